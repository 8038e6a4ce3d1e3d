package com.chipcheck.service.orders;

/** An uploaded file that cannot be an order at all: not a workbook, encrypted, no header, too large. */
public class OrderFileException extends RuntimeException {
    public OrderFileException(String message) {
        super(message);
    }
}
