package com.chipcheck.rules.procurement;

/** A policy table that cannot be used, with the cell or the reason. */
public class PolicyTableException extends RuntimeException {
    public PolicyTableException(String message) {
        super(message);
    }
}
