package com.chipcheck.rules.money;

/** An exchange-rate table that cannot be used, naming the row and what is wrong; the table in use stays. */
public class ExchangeRateTableException extends RuntimeException {
    public ExchangeRateTableException(String message) {
        super(message);
    }
}
