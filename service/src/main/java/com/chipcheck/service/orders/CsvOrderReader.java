package com.chipcheck.service.orders;

import com.chipcheck.rules.util.Csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads an order saved as CSV (UTF-8) into the same rows as a workbook. */
final class CsvOrderReader {

    private CsvOrderReader() {
    }

    static List<SheetRow> read(Path csv, int maxRows, long maxTextCharacters) {
        TextBudget text = new TextBudget(maxTextCharacters);
        String content = utf8(csv);
        List<List<String>> rows = Csv.readRows(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        if (rows.size() > maxRows) {
            throw new OrderFileException("the order has more than " + maxRows + " rows");
        }
        List<SheetRow> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            Map<Integer, String> cells = new HashMap<>();
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                text.take("row " + (r + 1) + ", field " + (c + 1), row.get(c));
                cells.put(c, row.get(c));
            }
            out.add(new SheetRow(r + 1, cells));
        }
        return out;
    }

    /**
     * The file as UTF-8 text, strictly: a byte that is not UTF-8 (a file saved as GBK, Big5 or Windows-1252) would
     * otherwise become a replacement character in a party's name and slip past screening. Excel's "CSV UTF-8" byte
     * order mark is dropped.
     */
    private static String utf8(Path csv) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(csv);
        } catch (IOException e) {
            throw new OrderFileException("the CSV file cannot be read from the upload; send it again");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new OrderFileException("the CSV file is not UTF-8 text (it may be saved as GBK, Big5 or Windows-1252): save it as "
                    + "\"CSV UTF-8\" in Excel, or as .xlsx");
        }
    }
}
