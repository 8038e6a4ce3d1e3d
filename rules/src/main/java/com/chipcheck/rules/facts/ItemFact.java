package com.chipcheck.rules.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * An item of a line with its computed figures. A system line has one top item (the system) and one item per
 * contained part, whose {@code parentItemId} is the system; a part of a system inside a system is {@code within}
 * both, so that a rule can reach what a system contains at any depth. Figures are null when unknown, never zero.
 */
public final class ItemFact {

    private final String lineId;
    private final String itemId;
    private final String parentItemId;
    private final Set<String> within;
    private final com.chipcheck.rules.item.ItemKind kind;
    private final String partNumber;
    private final boolean known;
    private final Boolean datacenter;
    private final String datacenterEvidence;
    private final BigDecimal tpp;
    private final BigDecimal tppIfOneUnit;
    private final BigDecimal performanceDensity;
    private final BigDecimal dieAreaMm2;
    private final BigDecimal interconnectGBs;
    private final BigDecimal memoryBandwidthGBs;
    private final BigDecimal memoryBandwidthDensity;
    private final Boolean dominantFunctionProcessing;
    private final BigDecimal units;
    private final boolean catalogued;

    /**
     * @param ancestors the systems this item is inside, innermost first (empty for the line's item)
     */
    public ItemFact(String lineId, String itemId, List<String> ancestors, com.chipcheck.rules.item.ItemKind kind, String partNumber, boolean known,
                    Boolean datacenter, String datacenterEvidence, BigDecimal tpp, BigDecimal tppIfOneUnit,
                    BigDecimal performanceDensity, BigDecimal dieAreaMm2, BigDecimal interconnectGBs,
                    BigDecimal memoryBandwidthGBs, BigDecimal memoryBandwidthDensity, Boolean dominantFunctionProcessing,
                    BigDecimal units, boolean catalogued) {
        this.lineId = lineId;
        this.itemId = itemId;
        this.parentItemId = ancestors.isEmpty() ? null : ancestors.get(0);
        this.within = Set.copyOf(ancestors);
        this.kind = kind;
        this.partNumber = partNumber;
        this.known = known;
        this.datacenter = datacenter;
        this.datacenterEvidence = datacenterEvidence;
        this.tpp = tpp;
        this.tppIfOneUnit = tppIfOneUnit;
        this.performanceDensity = performanceDensity;
        this.dieAreaMm2 = dieAreaMm2;
        this.interconnectGBs = interconnectGBs;
        this.memoryBandwidthGBs = memoryBandwidthGBs;
        this.memoryBandwidthDensity = memoryBandwidthDensity;
        this.dominantFunctionProcessing = dominantFunctionProcessing;
        this.units = units;
        this.catalogued = catalogued;
    }

    /** An item the catalogue does not know and the request did not describe. */
    public static ItemFact unknown(String lineId, String itemId, List<String> ancestors, String partNumber) {
        return new ItemFact(lineId, itemId, ancestors, null, partNumber, false, null, null, null, null, null, null, null,
                null, null, null, BigDecimal.ONE, false);
    }

    public String getLineId() { return lineId; }
    public String getItemId() { return itemId; }
    public String getParentItemId() { return parentItemId; }
    public boolean isTop() { return parentItemId == null; }
    /** Every system this item is inside, at any depth. */
    public Set<String> getWithin() { return within; }
    public com.chipcheck.rules.item.ItemKind getKind() { return kind; }

    /**
     * Whether 3A090.a and .b read this item as an integrated circuit with processing units: an IC, or high bandwidth
     * memory co-packaged with logic whose dominant function is processing, which Technical Note 1 to 3A090.c takes
     * out of 3A090.c because it is a processor.
     */
    public boolean isProcessor() {
        return kind == com.chipcheck.rules.item.ItemKind.IC || (kind == com.chipcheck.rules.item.ItemKind.HBM && Boolean.TRUE.equals(dominantFunctionProcessing));
    }
    public String getPartNumber() { return partNumber; }
    public boolean isKnown() { return known; }
    public Boolean getDatacenter() { return datacenter; }
    public String getDatacenterEvidence() { return datacenterEvidence; }
    public BigDecimal getTpp() { return tpp; }
    /** The TPP if figures without a unit label at the same bit length were one unit; null when they are not ambiguous. */
    public BigDecimal getTppIfOneUnit() { return tppIfOneUnit; }
    /** TPP / applicable die area, floored at 20 decimals so threshold comparisons are exact. */
    public BigDecimal getPerformanceDensity() { return performanceDensity; }
    public BigDecimal getDieAreaMm2() { return dieAreaMm2; }
    public BigDecimal getInterconnectGBs() { return interconnectGBs; }
    public BigDecimal getMemoryBandwidthGBs() { return memoryBandwidthGBs; }
    public BigDecimal getMemoryBandwidthDensity() { return memoryBandwidthDensity; }
    public Boolean getDominantFunctionProcessing() { return dominantFunctionProcessing; }
    /** How many of this item one unit of the line's item holds: the counts multiplied down the nesting. */
    public BigDecimal getUnits() { return units; }
    /** The item's figures are the parts catalogue's (a known, packaged chip), not a description given with the order. */
    public boolean isCatalogued() { return catalogued; }
    /** TPP times how many of the item one unit of the line's item holds (2 boards of 4 dies: 8); null without a TPP. */
    public BigDecimal getTppTimesCount() { return tpp == null ? null : tpp.multiply(units); }

    /** The name used in reasons: the part number, or the item id for an unnamed ad-hoc spec. */
    public String getLabel() {
        return partNumber == null || partNumber.isBlank() ? itemId : partNumber;
    }
}
