package com.chipcheck.service.orders;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.Attributes;
import org.xml.sax.XMLReader;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an .xlsx with POI's streaming (SAX) API, never the whole-workbook usermodel: every sheet, the order being
 * the sheet named "Order", else the first. A number cell comes out as the number it stores, never as its number format
 * displays it, and a date cell as its ISO date ({@link StoredNumbers}); a text cell as its text, even when it looks like
 * a number. The row limit counts the rows of all sheets together.
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
        WorkbookProperties properties = null;
        try (OPCPackage pkg = OPCPackage.open(xlsx, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg, true); // Strict Open XML too, where POI reads it
            properties = properties(reader);
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
            java.util.Set<String> hidden = properties.hidden();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<WorkbookContent.NamedSheet> read = new ArrayList<>();
            // one budget across all sheets
            Collector collector = new Collector(maxRows, new TextBudget(maxTextCharacters), new StoredNumbers(styles, properties.date1904()));
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
                            if ("c".equals(localName) && (uri == null || XSSFRelation.NS_SPREADSHEETML.equals(uri))) {
                                collector.cellType(atts.getValue("t"), atts.getValue("s"));
                            }
                            super.startElement(uri, localName, qName, atts);
                        }
                    };
                    // no styles for POI's handler: it then formats no number and hands every value on as the file
                    // writes it; the collector reads a number cell by its style itself
                    parser.setContentHandler(new XSSFSheetXMLHandler(null, null, strings, collector, new DataFormatter(), false));
                    parser.parse(new InputSource(sheet));
                    read.add(new WorkbookContent.NamedSheet(sheets.getSheetName(), collector.take(), hidden.contains(sheets.getSheetName())));
                }
            }
            return new WorkbookContent(read, order);
        } catch (OrderFileException e) {
            throw e;
        } catch (Exception e) {
            throw WorkbookProblems.explain(xlsx, properties != null && properties.strict(), e);
        }
    }

    /**
     * What workbook.xml says of the whole workbook: which sheets are hidden, whether dates count from 1904 (Excel
     * for Mac's old "1904 date system": every date serial is 1,462 days less than in the 1900 system), and whether
     * the file is Strict Open XML (its own namespace).
     */
    record WorkbookProperties(java.util.Set<String> hidden, boolean date1904, boolean strict) {
    }

    static WorkbookProperties properties(XSSFReader reader) throws Exception {
        java.util.Set<String> hidden = new java.util.HashSet<>();
        boolean[] date1904 = {false};
        boolean[] strict = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader parser = SAXHelper.newXMLReader();
            parser.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if ("workbook".equals(localName)) {
                        strict[0] = uri != null && uri.startsWith("http://purl.oclc.org/ooxml/");
                    } else if ("workbookPr".equals(localName)) {
                        String flag = atts.getValue("date1904");
                        date1904[0] = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                    } else if ("sheet".equals(localName) && atts.getValue("state") != null && !"visible".equals(atts.getValue("state"))) {
                        hidden.add(atts.getValue("name"));
                    }
                }
            });
            parser.parse(new InputSource(workbook));
        }
        return new WorkbookProperties(hidden, date1904[0], strict[0]);
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final TextBudget text;
        private final StoredNumbers numbers;
        private List<SheetRow> rows = new ArrayList<>();
        private int total;
        private OrderSheetListener listener;
        private Map<Integer, String> current;
        private int rowNumber;
        private int column;
        /** The cell being read is a number (its value the number as written) and its style, as its {@code <c>} says. */
        private boolean number;
        private String style;

        Collector(int maxRows, TextBudget text, StoredNumbers numbers) {
            this.maxRows = maxRows;
            this.text = text;
            this.numbers = numbers;
        }

        /** @param type the cell's {@code t}: none or "n" for a number (a formula's cached number too) */
        void cellType(String type, String style) {
            this.number = type == null || "n".equals(type);
            this.style = style;
        }

        @Override
        public void startRow(int rowNum) {
            if (++total > maxRows) {
                throw new OrderFileException("the workbook has more than " + maxRows + " rows");
            }
            rowNumber = rowNum + 1;
            current = new HashMap<>();
            column = -1;
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
        public void cell(String cellReference, String written, XSSFComment comment) {
            // a cell without its reference (legal OOXML, written by .NET's Open XML SDK and generators) is the one after
            // the previous cell of its row, as Excel reads it
            column = cellReference == null ? column + 1 : new CellReference(cellReference).getCol();
            String value = number && written != null && !written.isBlank() ? numbers.text(written, style) : written;
            text.take("cell " + new CellReference(rowNumber - 1, column).formatAsString(), value);
            current.put(column, value);
        }
    }

}
