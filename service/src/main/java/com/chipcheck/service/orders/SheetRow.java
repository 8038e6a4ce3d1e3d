package com.chipcheck.service.orders;

import java.util.Map;
import java.util.TreeMap;

/** One row of the order sheet as read: its 1-based Excel row number and cell texts by 0-based column. */
public record SheetRow(int rowNumber, Map<Integer, String> cells) {

    public SheetRow {
        cells = new TreeMap<>(cells);
    }

    public String cell(Integer column) {
        return column == null ? null : cells.get(column);
    }

    public boolean blank() {
        return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
