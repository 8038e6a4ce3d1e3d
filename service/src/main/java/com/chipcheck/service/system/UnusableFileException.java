package com.chipcheck.service.system;

/**
 * A file that cannot be used at all (an order workbook that is not one, a licence workbook without its columns): 422
 * with a problem type of its own, mapped once in {@link ProblemHandler}.
 */
public abstract class UnusableFileException extends RuntimeException {

    protected UnusableFileException(String message) {
        super(message);
    }

    /** The problem type's last word, e.g. {@code unusable-order-file}. */
    public abstract String problemType();

    /** The problem's title, e.g. "Unusable order file". */
    public abstract String title();

    /** What the detail starts with, e.g. "The uploaded file cannot be used: ". */
    public abstract String lead();
}
