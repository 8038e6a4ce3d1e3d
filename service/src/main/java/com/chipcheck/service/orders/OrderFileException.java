package com.chipcheck.service.orders;

import com.chipcheck.service.system.UnusableFileException;

/** An uploaded file that cannot be an order at all: not a workbook, encrypted, no header, too large. */
public class OrderFileException extends UnusableFileException {
    public OrderFileException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "unusable-order-file";
    }

    @Override
    public String title() {
        return "Unusable order file";
    }

    @Override
    public String lead() {
        return "The uploaded file cannot be used: ";
    }
}
