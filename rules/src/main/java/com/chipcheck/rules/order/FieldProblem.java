package com.chipcheck.rules.order;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A field of a line that cannot be used as given, e.g. {@code destinationCountry}: "Chna" is not a country.
 *
 * @param missing the field was not given at all (rather than given wrong): a workbook row whose cell could not be
 *                read already names that cell, so its "missing" problem would only repeat it
 */
public record FieldProblem(String field, String message, @JsonIgnore boolean missing) {

    public FieldProblem(String field, String message) {
        this(field, message, false);
    }

    static FieldProblem missing(String field, String message) {
        return new FieldProblem(field, message, true);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
