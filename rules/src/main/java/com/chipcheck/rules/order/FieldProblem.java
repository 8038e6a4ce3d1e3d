package com.chipcheck.rules.order;

/** A field of a line that cannot be used as given, e.g. {@code destinationCountry}: "Chna" is not a country. */
public record FieldProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
