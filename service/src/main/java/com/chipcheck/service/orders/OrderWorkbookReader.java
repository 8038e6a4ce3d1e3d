package com.chipcheck.service.orders;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.File;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the order sheet of an .xlsx with POI's streaming (SAX) API, never the whole-workbook usermodel: the
 * sheet named "Order", else the first. Date cells come out as ISO dates; other cells as Excel displays them.
 */
public final class OrderWorkbookReader {

    private final int maxRows;

    public OrderWorkbookReader(int maxRows) {
        this.maxRows = maxRows;
    }

    public List<SheetRow> read(File xlsx) {
        try (OPCPackage pkg = OPCPackage.open(xlsx, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            InputStream chosen = null;
            while (sheets.hasNext()) {
                InputStream sheet = sheets.next();
                if (chosen == null || sheets.getSheetName().equalsIgnoreCase("Order")) {
                    if (chosen != null) {
                        chosen.close();
                    }
                    chosen = sheet;
                    if (sheets.getSheetName().equalsIgnoreCase("Order")) {
                        break;
                    }
                } else {
                    sheet.close();
                }
            }
            if (chosen == null) {
                throw new OrderFileException("the workbook has no sheet");
            }
            Collector collector = new Collector(maxRows);
            try (InputStream sheet = chosen) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            return collector.rows;
        } catch (OrderFileException e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new OrderFileException("the file is not an .xlsx workbook, or it is encrypted (password-protected)");
        } catch (Exception e) {
            throw new OrderFileException("the workbook cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** Formats date cells as ISO dates so that a Ship Date never depends on the sheet's locale format. */
    static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
                return date.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final List<SheetRow> rows = new ArrayList<>();
        private Map<Integer, String> current;
        private int rowNumber;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            if (rows.size() >= maxRows) {
                throw new OrderFileException("the order has more than " + maxRows + " rows");
            }
            rowNumber = rowNum + 1;
            current = new HashMap<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new SheetRow(rowNumber, current));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            current.put((int) new CellReference(cellReference).getCol(), formattedValue);
        }
    }

}
