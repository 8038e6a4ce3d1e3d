package com.chipcheck.service.orders;

import java.util.List;

/**
 * Every sheet of an uploaded workbook as read, in workbook order, and which of them is the order. The other sheets
 * travel through untouched (their cell values) so that the annotated workbook is the user's workbook plus verdicts.
 */
public record WorkbookContent(List<NamedSheet> sheets, int orderSheet) {

    /** @param hidden the sheet was hidden (or very hidden) in the workbook: it stays hidden in the annotated one */
    public record NamedSheet(String name, List<SheetRow> rows, boolean hidden) {

        public NamedSheet(String name, List<SheetRow> rows) {
            this(name, rows, false);
        }
    }

    public WorkbookContent {
        sheets = List.copyOf(sheets);
    }

    /** A single-sheet order, e.g. read from CSV. */
    public static WorkbookContent single(List<SheetRow> rows) {
        return new WorkbookContent(List.of(new NamedSheet("Order", rows)), 0);
    }

    public List<SheetRow> orderRows() {
        return sheets.get(orderSheet).rows();
    }

    public String orderSheetName() {
        return sheets.get(orderSheet).name();
    }
}
