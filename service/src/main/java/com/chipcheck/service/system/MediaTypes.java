package com.chipcheck.service.system;

import org.springframework.http.MediaType;

/** Media types the service answers with besides JSON. */
public final class MediaTypes {

    /** An Excel workbook (.xlsx): annotated orders, policy tables, impact reports, licence workbooks. */
    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private MediaTypes() {
    }
}
