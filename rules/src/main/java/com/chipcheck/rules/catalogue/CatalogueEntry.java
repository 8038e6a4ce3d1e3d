package com.chipcheck.rules.catalogue;

import com.chipcheck.rules.item.ChipSpec;

/** A part of the catalogue: its figures, how sure we are of them, and where they come from. */
public record CatalogueEntry(String partNumber, String vendor, ChipSpec spec, String confidence, String sources) {
}
