package com.chipcheck.service.orders;

import com.chipcheck.rules.util.Csv;

import java.io.IOException;
import java.io.InputStream;
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
        try (InputStream in = Files.newInputStream(csv)) {
            List<List<String>> rows = Csv.readRows(in);
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
        } catch (IOException e) {
            throw new OrderFileException("the CSV file cannot be read: " + e.getMessage());
        }
    }
}
