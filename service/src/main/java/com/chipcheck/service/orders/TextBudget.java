package com.chipcheck.service.orders;

/**
 * How much cell text one upload may bring into memory. Rows are bounded by count, entries by inflate ratio and
 * size; this bounds what is inside them: one cell may hold at most what Excel itself allows (32,767 characters), and
 * all cells of an upload together at most {@link #limitFor the limit}: the configured number of characters, and never
 * more than the heap can carry while the order is decided. A character of cell text is held several times over
 * (the row read, the parsed line, the decision that echoes names and part numbers, the annotated workbook), so the
 * heap is counted at {@value #HEAP_BYTES_PER_CHARACTER} bytes a character; with two orders decided at once
 * ({@code chipcheck.orders.concurrent}) that leaves most of the heap to checks and everything else.
 */
final class TextBudget {

    /** Excel's own limit for the text of one cell. */
    static final int MAX_CELL_CHARACTERS = 32_767;
    static final long HEAP_BYTES_PER_CHARACTER = 32;

    private final long limit;
    private long used;

    TextBudget(long limit) {
        this.limit = limit;
    }

    /** The smaller of the configured limit and what this process's heap can carry. */
    static long limitFor(long configured) {
        return Math.min(configured, Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_CHARACTER);
    }

    long limit() {
        return limit;
    }

    /** Counts one cell's text; refuses the upload, naming the cell or the limit, when it is over either bound. */
    void take(String where, String text) {
        if (text == null) {
            return;
        }
        if (text.length() > MAX_CELL_CHARACTERS) {
            throw new OrderFileException(where + " holds " + text.length() + " characters; a cell holds at most "
                    + MAX_CELL_CHARACTERS + " (Excel's own limit)");
        }
        used += text.length();
        if (used > limit) {
            throw new OrderFileException(tooMuch(limit));
        }
    }

    static String tooMuch(long limit) {
        return "the order holds more than " + limit + " characters of cell text, more than this service decides in one "
                + "upload (chipcheck.orders.max-text-characters, and the memory it runs with): split it into smaller orders";
    }
}
