package com.chipcheck.service.orders;

import java.util.Locale;
import java.util.Optional;

/** The columns of an order sheet, matched case-insensitively and in any order. Other columns are kept as they are. */
public enum OrderColumn {
    LINE("Line", true),
    PART_NUMBER("Part Number", true),
    QUANTITY("Quantity", true),
    DESTINATION("Destination", true),
    END_USER("End User", true),
    END_USER_COUNTRY("End User Country", true),
    END_USER_HQ_COUNTRY("End User HQ Country", true),
    ULTIMATE_PARENT_COUNTRY("Ultimate Parent Country", true),
    SHIP_DATE("Ship Date", true),
    UNIT_PRICE("Unit Price", false),
    CURRENCY("Currency", false),
    ULTIMATE_CONSIGNEE("Ultimate Consignee", false),
    ULTIMATE_CONSIGNEE_COUNTRY("Ultimate Consignee Country", false),
    ULTIMATE_CONSIGNEE_HQ_COUNTRY("Ultimate Consignee HQ Country", false),
    ULTIMATE_CONSIGNEE_PARENT_COUNTRY("Ultimate Consignee Parent Country", false),
    INTERMEDIATE_CONSIGNEE("Intermediate Consignee", false),
    INTERMEDIATE_CONSIGNEE_COUNTRY("Intermediate Consignee Country", false),
    PURCHASER("Purchaser", false),
    PURCHASER_COUNTRY("Purchaser Country", false),
    END_USER_TYPE("End User Type", false),
    END_USER_INCORPORATED("End User Incorporated", false),
    DECLARED_CAPACITY("Declared Capacity", false);

    private final String header;
    private final boolean required;

    OrderColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public static Optional<OrderColumn> of(String headerText) {
        if (headerText == null) {
            return Optional.empty();
        }
        String normalised = headerText.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (OrderColumn c : values()) {
            if (c.header.toLowerCase(Locale.ROOT).equals(normalised)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
