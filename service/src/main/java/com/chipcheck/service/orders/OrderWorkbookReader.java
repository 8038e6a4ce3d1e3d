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
import org.xml.sax.Attributes;
import org.xml.sax.XMLReader;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

import java.io.File;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an .xlsx with POI's streaming (SAX) API, never the whole-workbook usermodel: every sheet, the order being
 * the sheet named "Order", else the first. Date cells come out as ISO dates; other cells as Excel displays them.
 * The row limit counts the rows of all sheets together.
 */
public final class OrderWorkbookReader {

    private final int maxRows;
    private final long maxTextCharacters;

    public OrderWorkbookReader(int maxRows) {
        this(maxRows, TextBudget.limitFor(Long.MAX_VALUE));
    }

    /** @param maxTextCharacters the cell text one upload may hold, all sheets and the shared strings together */
    public OrderWorkbookReader(int maxRows, long maxTextCharacters) {
        this.maxRows = maxRows;
        this.maxTextCharacters = maxTextCharacters;
    }

    /** Told about the order sheet while it is read: its dimension (when the file states it), then each row. */
    public interface OrderSheetListener {
        /** @param lastColumn the last column (0-based) the sheet says it uses */
        default void dimension(int lastColumn) {
        }

        void row(SheetRow row);
    }

    public WorkbookContent read(File xlsx) {
        return read(xlsx, row -> { });
    }

    /**
     * Reads every sheet; each row of the order sheet is also handed to {@code orderRows} as soon as it is read,
     * so that a consumer on another thread can decide lines while the rest of the file is still being read.
     */
    public WorkbookContent read(File xlsx, OrderSheetListener orderRows) {
        try (OPCPackage pkg = OPCPackage.open(xlsx, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            // the shared strings are read into memory whole: their size is checked before, as XML bytes (never
            // fewer than the characters of text they hold)
            for (org.apache.poi.openxml4j.opc.PackagePart part
                    : pkg.getPartsByContentType(org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType())) {
                if (part.getSize() > maxTextCharacters) {
                    throw new OrderFileException(TextBudget.tooMuch(maxTextCharacters));
                }
            }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator first = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (first.hasNext()) {
                first.next().close();
                names.add(first.getSheetName());
            }
            if (names.isEmpty()) {
                throw new OrderFileException("the workbook has no sheet");
            }
            int order = Math.max(0, names.stream().map(n -> n.equalsIgnoreCase("Order")).toList().indexOf(true));
            java.util.Set<String> hidden = hiddenSheets(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<WorkbookContent.NamedSheet> read = new ArrayList<>();
            Collector collector = new Collector(maxRows, new TextBudget(maxTextCharacters)); // one budget across all sheets
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    boolean isOrder = read.size() == order;
                    collector.listener = isOrder ? orderRows : null;
                    XMLFilterImpl parser = new XMLFilterImpl(SAXHelper.newXMLReader()) {
                        @Override
                        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                            if (isOrder && "dimension".equals(localName) && atts.getValue("ref") != null) {
                                String ref = atts.getValue("ref");
                                String last = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : ref;
                                orderRows.dimension(new CellReference(last).getCol());
                            }
                            super.startElement(uri, localName, qName, atts);
                        }
                    };
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new IsoDateFormatter(), false));
                    parser.parse(new InputSource(sheet));
                    read.add(new WorkbookContent.NamedSheet(sheets.getSheetName(), collector.take(), hidden.contains(sheets.getSheetName())));
                }
            }
            return new WorkbookContent(read, order);
        } catch (OrderFileException e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new OrderFileException("the file is not an .xlsx workbook, or it is encrypted (password-protected)");
        } catch (Exception e) {
            throw new OrderFileException("the workbook cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** The names of the sheets workbook.xml marks hidden or veryHidden. */
    private static java.util.Set<String> hiddenSheets(XSSFReader reader) throws Exception {
        java.util.Set<String> hidden = new java.util.HashSet<>();
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader parser = SAXHelper.newXMLReader();
            parser.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if ("sheet".equals(localName) && atts.getValue("state") != null && !"visible".equals(atts.getValue("state"))) {
                        hidden.add(atts.getValue("name"));
                    }
                }
            });
            parser.parse(new InputSource(workbook));
        }
        return hidden;
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
        private final TextBudget text;
        private List<SheetRow> rows = new ArrayList<>();
        private int total;
        private OrderSheetListener listener;
        private Map<Integer, String> current;
        private int rowNumber;

        Collector(int maxRows, TextBudget text) {
            this.maxRows = maxRows;
            this.text = text;
        }

        @Override
        public void startRow(int rowNum) {
            if (++total > maxRows) {
                throw new OrderFileException("the workbook has more than " + maxRows + " rows");
            }
            rowNumber = rowNum + 1;
            current = new HashMap<>();
        }

        List<SheetRow> take() {
            List<SheetRow> taken = rows;
            rows = new ArrayList<>();
            return taken;
        }

        @Override
        public void endRow(int rowNum) {
            SheetRow row = new SheetRow(rowNumber, current);
            rows.add(row);
            if (listener != null) {
                listener.row(row);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            text.take("cell " + cellReference, formattedValue);
            current.put((int) new CellReference(cellReference).getCol(), formattedValue);
        }
    }

}
