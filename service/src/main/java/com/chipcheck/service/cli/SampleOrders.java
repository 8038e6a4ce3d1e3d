package com.chipcheck.service.cli;

import com.chipcheck.service.orders.*;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the sample order files: {@code order-template.xlsx} (header, country lists and quantity > 0 as data
 * validation), {@code example-order.xlsx} (30 realistic lines covering every outcome) and, when a line count
 * is given, {@code large-order-N.xlsx} (the example lines repeated) and {@code large-order-distinct-N.xlsx} (every
 * line's end user distinct) for the benchmark (streamed with SXSSF; not committed).
 * Run: {@code java -jar service/target/chipcheck-service.jar samples samples/orders [100000]}.
 */
public final class SampleOrders {

    static final String[] HEADER = {"Line", "Part Number", "Quantity", "Destination", "End User", "End User Country",
            "End User HQ Country", "Ultimate Parent Country", "Ship Date", "Unit Price", "Currency", "Buyer Reference",
            "End User Type", "End User Incorporated", "Declared Capacity"};

    /** part, quantity, destination, end user, located, HQ, parent, ship date, unit price: every outcome appears. */
    static final List<Object[]> EXAMPLE = List.of(
            new Object[] {"NVIDIA H100 SXM5 80GB", 16, "DE", "Frankfurt AI Cloud GmbH", "DE", "DE", "DE", "2026-10-05", 27500},
            new Object[] {"NVIDIA H200 SXM 141GB", 8, "JP", "Tokyo Research KK", "JP", "JP", "JP", "2026-10-05", 32000},
            new Object[] {"NVIDIA B200 (HGX B200 180GB)", 8, "GB", "London Models Ltd", "GB", "GB", "US", "2026-10-06", 39000},
            new Object[] {"AMD Instinct MI300X", 8, "FR", "Paris Compute SAS", "FR", "FR", "FR", "2026-10-06", 15000},
            new Object[] {"NVIDIA H100 SXM5 80GB", 32, "SG", "Lion City AI Pte Ltd", "SG", "SG", "SG", "2026-10-07", 28000},
            new Object[] {"NVIDIA H100 SXM5 80GB", 64, "SG", "Acme Cloud Pte Ltd", "SG", "SG", "CN", "2026-10-07", 28000},
            new Object[] {"NVIDIA H100 PCIe 80GB", 4, "MY", "KL Datacentre Sdn Bhd", "MY", "MY", "HK", "2026-10-07", 24000},
            new Object[] {"NVIDIA H100 SXM5 80GB", 8, "China", "Beijing Cloud Co Ltd", "CN", "CN", "CN", "2026-10-08", 30000},
            new Object[] {"NVIDIA DGX H100", 1, "HK", "Kowloon Compute Ltd", "HK", "HK", "HK", "2026-10-08", 290000},
            new Object[] {"NVIDIA A800 SXM4 80GB", 8, "CN", "Shanghai AI Lab Co", "CN", "CN", "CN", "2026-10-08", 12000},
            new Object[] {"NVIDIA L40S 48GB", 10, "SA", "Riyadh Vision Co", "SA", "SA", "SA", "2026-10-09", 9000},
            new Object[] {"NVIDIA H100 SXM5 80GB", 16, "AE", "Dubai Hosting FZ LLC", "AE", "AE", "AE", "2026-10-09", 28500},
            new Object[] {"NVIDIA GeForce RTX 4090", 20, "VN", "Saigon Render Studio JSC", "VN", "VN", "VN", "2026-10-09", 1900},
            new Object[] {"NVIDIA GeForce RTX 5090", 10, "KZ", "Almaty Games LLP", "KZ", "KZ", "KZ", "2026-10-10", 2300},
            new Object[] {"NVIDIA GeForce RTX 4090", 50, "CN", "Shenzhen Graphics Co", "CN", "CN", "CN", "2026-10-10", 2100},
            new Object[] {"NVIDIA RTX 6000 Ada Generation", 4, "MO", "Macau Visual Ltd", "MO", "MO", "MO", "2026-10-10", 7000},
            new Object[] {"NVIDIA GeForce RTX 4090 D", 40, "CN", "Chengdu Esports Co", "CN", "CN", "CN", "2026-10-11", 1800},
            new Object[] {"NVIDIA H20 (HGX H20 96GB)", 16, "CN", "Hangzhou Cloud Co", "CN", "CN", "CN", "2026-10-11", 12000},
            new Object[] {"NVIDIA HGX H20 8-GPU", 2, "CN", "Hangzhou Cloud Co", "CN", "CN", "CN", "2026-10-11", 98000},
            new Object[] {"Intel Gaudi 2 (HL-225H)", 8, "IN", "Bengaluru AI Pvt Ltd", "IN", "IN", "IN", "2026-10-12", 8000},
            new Object[] {"Huawei Ascend 910B", 8, "TW", "Taipei Evaluation Lab", "TW", "TW", "TW", "2026-10-12", 14000},
            new Object[] {"NVIDIA H20 (HGX H20 96GB)", 8, "IR", "Tehran Trading Co", "IR", "IR", "IR", "2026-10-12", 12000},
            new Object[] {"NVIDIA GeForce RTX 4090", 10, "RU", "Moscow Render LLC", "RU", "RU", "RU", "2026-10-13", 2000},
            new Object[] {"NVIDIA H20 (HGX H20 96GB)", 4, "AE", "Gulf Re-export FZE", "IR", "IR", "IR", "2026-10-13", 12500},
            new Object[] {"AMD Instinct MI308X", 8, "SG", "Lion City AI Pte Ltd", "SG", "SG", "SG", "2026-10-13", 11000},
            new Object[] {"Intel Gaudi 3 China (HL-328 OAM)", 8, "CN", "Wuhan AI Co", "CN", "CN", "CN", "2026-10-14", 9000},
            new Object[] {"NVIDIA H999 Imaginary", 1, "DE", "Frankfurt AI Cloud GmbH", "DE", "DE", "DE", "2026-10-14", 1},
            new Object[] {"NVIDIA H100 SXM5 80GB", 8, "Chna", "Typo Trading Ltd", "CN", "CN", "CN", "2026-10-14", 28000},
            new Object[] {"NVIDIA GeForce RTX 4090", 4, "UA", "Kyiv Render LLC", "UA", "UA", "UA", "2026-10-15", 1900},
            new Object[] {"NVIDIA H100 SXM5 80GB", 8, "US", "San Jose Lab Inc", "US", "US", "US", "2026-10-15", 27000});

    /** The header of the Chinese twin, column for column (the headers Chinese buyers write; see OrderColumn). */
    public static final String[] HEADER_ZH = {"行号", "产品型号", "数量", "目的国", "最终用户", "最终用户所在国", "最终用户总部所在国",
            "最终母公司所在国", "发货日期", "单价", "币种", "客户参考号", "最终用户类型", "最终用户成立日期", "申报用量"};

    /** What a Chinese buyer writes for the countries of the example (other text stays as written, typos included). */
    private static final java.util.Map<String, String> COUNTRY_ZH = java.util.Map.ofEntries(
            java.util.Map.entry("DE", "德国"), java.util.Map.entry("JP", "日本"), java.util.Map.entry("GB", "英国"),
            java.util.Map.entry("US", "美国"), java.util.Map.entry("FR", "法国"), java.util.Map.entry("SG", "新加坡"),
            java.util.Map.entry("CN", "中国"), java.util.Map.entry("China", "中国大陆"), java.util.Map.entry("MY", "马来西亚"),
            java.util.Map.entry("HK", "中国香港"), java.util.Map.entry("SA", "沙特阿拉伯"), java.util.Map.entry("AE", "阿联酋"),
            java.util.Map.entry("VN", "越南"), java.util.Map.entry("KZ", "哈萨克斯坦"), java.util.Map.entry("MO", "澳门"),
            java.util.Map.entry("IN", "印度"), java.util.Map.entry("TW", "台灣"), java.util.Map.entry("IR", "伊朗"),
            java.util.Map.entry("RU", "俄罗斯"), java.util.Map.entry("UA", "乌克兰"));

    /** The yuan price a buyer quotes for a USD price, at the shipped table's 2026 rate (0.141 USD per CNY). */
    private static final java.math.BigDecimal USD_PER_CNY = new java.math.BigDecimal("0.1410");

    private SampleOrders() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/orders");
        Files.createDirectories(dir);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = header(wb);
            validations(sheet, 1000);
            save(wb, dir.resolve("order-template.xlsx"));
        }
        try (XSSFWorkbook wb = englishExample()) {
            save(wb, dir.resolve("example-order.xlsx"));
        }
        try (XSSFWorkbook wb = chineseExample()) {
            save(wb, dir.resolve("example-order-zh.xlsx"));
        }
        if (args.length > 1) {
            int lines = Integer.parseInt(args[1]);
            try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
                Sheet sheet = header(wb);
                for (int i = 0; i < lines; i++) {
                    row(sheet.createRow(i + 1), i + 1, EXAMPLE.get(i % EXAMPLE.size()));
                }
                save(wb, dir.resolve("large-order-" + lines + ".xlsx"));
                wb.dispose();
            }
            // The worst case for the engine: no two lines alike (each end user its own name), so none is decided once for many.
            try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
                Sheet sheet = header(wb);
                for (int i = 0; i < lines; i++) {
                    Object[] v = EXAMPLE.get(i % EXAMPLE.size()).clone();
                    v[3] = v[3] + " (site " + (i + 1) + ")";
                    row(sheet.createRow(i + 1), i + 1, v);
                }
                save(wb, dir.resolve("large-order-distinct-" + lines + ".xlsx"));
                wb.dispose();
            }
        }
        System.out.println("written to " + dir);
    }

    /** The example order: 30 realistic lines covering every outcome. */
    public static XSSFWorkbook englishExample() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = header(wb);
        for (int i = 0; i < EXAMPLE.size(); i++) {
            row(sheet.createRow(i + 1), i + 1, EXAMPLE.get(i));
        }
        validations(sheet, 1000);
        for (int c = 0; c < HEADER.length; c++) {
            sheet.autoSizeColumn(c);
        }
        return wb;
    }

    /**
     * The example order as a Chinese buyer writes it: Chinese headers, Chinese country names (Simplified, one in
     * Traditional), dates as 2026年10月5日, prices in yuan. It decides as its English twin does (ChineseWorkbookTest).
     */
    public static XSSFWorkbook chineseExample() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("订单");
        Row h = sheet.createRow(0);
        for (int c = 0; c < HEADER_ZH.length; c++) {
            h.createCell(c).setCellValue(HEADER_ZH[c]);
        }
        for (int i = 0; i < EXAMPLE.size(); i++) {
            Object[] v = EXAMPLE.get(i);
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(String.valueOf(i + 1));
            row.createCell(1).setCellValue((String) v[0]);
            row.createCell(2).setCellValue((Integer) v[1]);
            row.createCell(3).setCellValue(COUNTRY_ZH.getOrDefault((String) v[2], (String) v[2]));
            row.createCell(4).setCellValue((String) v[3]);
            for (int c = 5; c <= 7; c++) {
                row.createCell(c).setCellValue(COUNTRY_ZH.getOrDefault((String) v[c - 1], (String) v[c - 1]));
            }
            LocalDate ship = LocalDate.parse((String) v[7]);
            row.createCell(8).setCellValue(ship.getYear() + "年" + ship.getMonthValue() + "月" + ship.getDayOfMonth() + "日");
            row.createCell(9).setCellValue(new java.math.BigDecimal((Integer) v[8]).divide(USD_PER_CNY, 0, java.math.RoundingMode.HALF_UP).doubleValue());
            row.createCell(10).setCellValue("人民币");
            row.createCell(11).setCellValue("REF-" + (1001 + i));
        }
        sheet.createFreezePane(0, 1);
        return wb;
    }

    private static Sheet header(Workbook wb) {
        Sheet sheet = wb.createSheet("Order");
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row h = sheet.createRow(0);
        for (int c = 0; c < HEADER.length; c++) {
            h.createCell(c).setCellValue(HEADER[c]);
            h.getCell(c).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void row(Row row, int line, Object[] v) {
        row.createCell(0).setCellValue(String.valueOf(line));
        row.createCell(1).setCellValue((String) v[0]);
        row.createCell(2).setCellValue((Integer) v[1]);
        for (int c = 3; c <= 7; c++) {
            row.createCell(c).setCellValue((String) v[c - 1]);
        }
        row.createCell(8).setCellValue(LocalDate.parse((String) v[7]).toString());
        row.createCell(9).setCellValue((Integer) v[8]);
        row.createCell(10).setCellValue("USD");
        row.createCell(11).setCellValue("REF-" + (1000 + line));
    }

    /** Quantity must be a whole number above zero; countries come from a list of ISO codes. */
    private static void validations(Sheet sheet, int rows) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint quantity = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null);
        DataValidation q = helper.createValidation(quantity, new CellRangeAddressList(1, rows, 2, 2));
        q.setShowErrorBox(true);
        q.createErrorBox("Quantity", "Enter a whole number greater than 0");
        sheet.addValidationData(q);
        String[] codes = java.util.Locale.getISOCountries();
        Sheet lists = sheet.getWorkbook().createSheet("Countries");
        for (int i = 0; i < codes.length; i++) {
            lists.createRow(i).createCell(0).setCellValue(codes[i]);
        }
        sheet.getWorkbook().setSheetHidden(sheet.getWorkbook().getSheetIndex(lists), true);
        DataValidationConstraint country = helper.createFormulaListConstraint("Countries!$A$1:$A$" + codes.length);
        for (int col : new int[] {3, 5, 6, 7}) {
            DataValidation d = helper.createValidation(country, new CellRangeAddressList(1, rows, col, col));
            d.setShowErrorBox(false); // names such as "China" are accepted too; the list is a help, not a wall
            sheet.addValidationData(d);
        }
        // what the procurement policy reads about the end user (optional)
        DataValidation type = helper.createValidation(helper.createExplicitListConstraint(
                new String[] {"End User", "Reseller", "Distributor", "Freight Forwarder"}), new CellRangeAddressList(1, rows, 12, 12));
        type.setShowErrorBox(true);
        type.createErrorBox("End User Type", "Choose End User, Reseller, Distributor or Freight Forwarder");
        sheet.addValidationData(type);
    }

    private static void save(Workbook wb, Path path) throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            wb.write(out);
        }
    }
}
