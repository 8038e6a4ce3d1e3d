package com.chipcheck.service.records;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** The workbook of an impact analysis (GET /api/v1/impact/{id}/report.xlsx). */
final class ImpactReport {

    private ImpactReport() {
    }

    /** The flips on one sheet, the change and the counts on another; text from orders is never evaluated as a formula. */
    static byte[] workbook(ImpactAnalysis.ImpactRequest request, ImpactAnalysis.Result result) throws IOException {
        List<ImpactAnalysis.Flip> flips = result.flips();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true); // text from orders is never evaluated as a formula
            SXSSFSheet sheet = wb.createSheet("Flips");
            String[] header = {"Decision", "Kind", "Order", "Line", "Part Number", "Destination", "Outcome now", "Outcome under the change", "Licence lost", "Reasons under the change"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            int r = 1;
            for (ImpactAnalysis.Flip f : flips) {
                Row row = sheet.createRow(r++);
                String[] values = {f.decisionId(), f.kind(), f.orderId(), f.lineId(), f.partNumber(), f.destination(), f.before(), f.after(),
                        f.licenceLost(), String.join("\n", f.reasonsAfter())};
                for (int c = 0; c < values.length; c++) {
                    String v = values[c] == null ? "" : values[c];
                    row.createCell(c).setCellValue(v.length() > 32_000 ? v.substring(0, 32_000) : v);
                    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                        row.getCell(c).setCellStyle(quoted);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            SXSSFSheet about = wb.createSheet("Change");
            String[][] lines = {{"Description", request.description() == null ? "" : request.description()},
                    {"Candidate as-of date", request.asOf() == null ? "(unchanged)" : request.asOf().toString()},
                    {"Candidate Country Group table", request.hasCountryGroups() ? "supplied" : "(unchanged)"},
                    {"Candidate 3A090 thresholds", request.hasThresholds() ? request.thresholdsCsv() : "(unchanged)"},
                    {"Records re-run", String.valueOf(result.records())}, {"Lines re-run", String.valueOf(result.lines())},
                    {"Lines that flip", String.valueOf(flips.size())}};
            for (int i = 0; i < lines.length; i++) {
                Row row = about.createRow(i);
                row.createCell(0).setCellValue(lines[i][0]);
                row.createCell(1).setCellValue(lines[i][1]);
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }
}
