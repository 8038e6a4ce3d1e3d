package com.chipcheck.service.orders;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.order.OrderLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workbooks as other producers write them ({@code src/test/resources/producers}, sources in its README): each valid
 * order is read exactly as the reference reading of the same cells (the CSV LibreOffice converted) and decided
 * alike; each unusable one is refused in words, naming the cause and the fix, with no Java class name.
 */
class ProducerCorpusTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "producers");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Za-z]+(Exception|Error)\\b|java\\.|poi\\.");
    private static OrderWorkbooks workbooks;
    private static List<OrderLine> reference;
    private static List<LineDecision> referenceDecisions;

    @BeforeAll
    static void referenceReading() {
        workbooks = new OrderWorkbooks(ExportControlEngine.bundled(), Clock.systemUTC(), 10_000);
        reference = lines(CORPUS.resolve("order.csv").toFile());
        referenceDecisions = workbooks.evaluate(CORPUS.resolve("order.csv").toFile(), "REF").decision().lines();
        assertEquals(4, reference.size());
    }

    private static List<OrderLine> lines(File file) {
        return new OrderSheetParser().parse(workbooks.read(file).orderRows()).lines();
    }

    @ParameterizedTest
    @ValueSource(strings = {"libreoffice-7.4-excel-2007-365.xlsx", "libreoffice-7.4-office-open-xml.xlsx", "exceljs-4.4.0.xlsx",
            "sheetjs-0.18.5.xlsx", "derived-1904-dates.xlsx", "derived-no-cell-references.xlsx"})
    void aValidOrderIsReadAsItsCellsSayAndDecidedAlike(String name) {
        File file = CORPUS.resolve(name).toFile();
        List<OrderLine> read = lines(file);
        assertEquals(reference.size(), read.size(), name);
        for (int i = 0; i < reference.size(); i++) {
            OrderLine want = reference.get(i);
            OrderLine got = read.get(i);
            String at = name + " line " + (i + 1);
            assertEquals(want.lineId(), got.lineId(), at);
            assertEquals(want.partNumber(), got.partNumber(), at);
            assertEquals(0, want.quantity().compareTo(got.quantity()), at);
            assertEquals(want.destinationCountry(), got.destinationCountry(), at);
            assertEquals(want.endUser(), got.endUser(), at);
            assertEquals(want.asOf(), got.asOf(), at + ": the ship date, in the workbook's own date system");
            assertEquals(List.of(), got.problems(), at);
        }
        java.io.ByteArrayOutputStream annotated = new java.io.ByteArrayOutputStream();
        List<LineDecision> decided;
        try {
            decided = workbooks.evaluateAndWrite(file, "CORPUS", annotated).decision().lines();
            // the annotated workbook keeps every cell the producer wrote, in its place
            Path back = java.nio.file.Files.createTempFile("annotated", ".xlsx");
            java.nio.file.Files.write(back, annotated.toByteArray());
            List<SheetRow> original = workbooks.read(file).orderRows();
            List<SheetRow> written = workbooks.read(back.toFile()).orderRows();
            for (int r = 0; r < original.size(); r++) {
                for (var cell : original.get(r).cells().entrySet()) {
                    assertEquals(cell.getValue(), written.get(r).cells().get(cell.getKey()), name + " row " + (r + 1) + " column " + cell.getKey());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (int i = 0; i < referenceDecisions.size(); i++) {
            assertEquals(referenceDecisions.get(i).outcome(), decided.get(i).outcome(), name + " line " + (i + 1));
            assertEquals(referenceDecisions.get(i).asOf(), decided.get(i).asOf(), name + " line " + (i + 1));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "derived-duplicate-entry.xlsx | holds the part \"xl/worksheets/sheet1.xml\" twice | save it again as Excel Workbook (.xlsx)",
            "derived-strict-open-xml.xlsx | Strict Open XML | Save As > Excel Workbook (.xlsx)"})
    void anUnusableWorkbookIsRefusedInWordsWithTheFix(String name, String cause, String fix) {
        File file = CORPUS.resolve(name).toFile();
        OrderFileException refused = assertThrows(OrderFileException.class, () -> workbooks.read(file));
        String message = refused.getMessage();
        assertTrue(message.contains(cause) && message.contains(fix), message);
        assertTrue(message.matches(".*\\(reference W-[0-9A-Z]+\\)$"), "a reference the clerk can quote: " + message);
        assertFalse(CLASS_NAME.matcher(message).find(), "no Java class name: " + message);
    }

    @org.junit.jupiter.api.Test
    void aCsvWithAByteOrderMarkIsReadAndOneNotInUtf8IsRefusedInWords() throws Exception {
        Path withBom = java.nio.file.Files.createTempFile("bom", ".csv");
        byte[] csv = java.nio.file.Files.readAllBytes(CORPUS.resolve("order.csv"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        java.nio.file.Files.write(withBom, bom);
        java.nio.file.Files.write(withBom, csv, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(reference, lines(withBom.toFile()), "Excel's CSV UTF-8 starts with a byte order mark");

        Path gbk = java.nio.file.Files.createTempFile("gbk", ".csv");
        java.nio.file.Files.write(gbk, ("Line,Part Number,Quantity,Destination,End User\n1,NVIDIA H100 SXM5 80GB,8,CN,北京云计算有限公司\n")
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        OrderFileException refused = assertThrows(OrderFileException.class, () -> lines(gbk.toFile()));
        assertTrue(refused.getMessage().contains("not UTF-8 text") && refused.getMessage().contains("CSV UTF-8"), refused.getMessage());
    }
}
