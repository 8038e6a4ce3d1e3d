package com.chipcheck.rules.facts;

import java.math.BigDecimal;

/**
 * An item of a line with its computed figures. A system line has one top item (the system) and one item per
 * contained part, whose {@code parentItemId} is the system. Figures are null when unknown, never zero.
 */
public final class ItemFact {

    private final String lineId;
    private final String itemId;
    private final String parentItemId;
    private final String kind;
    private final String partNumber;
    private final boolean known;
    private final Boolean datacenter;
    private final String datacenterEvidence;
    private final BigDecimal tpp;
    private final BigDecimal performanceDensity;
    private final BigDecimal dieAreaMm2;
    private final BigDecimal interconnectGBs;
    private final BigDecimal memoryBandwidthGBs;
    private final BigDecimal memoryBandwidthDensity;
    private final Boolean dominantFunctionProcessing;
    private final int count;

    public ItemFact(String lineId, String itemId, String parentItemId, String kind, String partNumber, boolean known,
                    Boolean datacenter, String datacenterEvidence, BigDecimal tpp, BigDecimal performanceDensity,
                    BigDecimal dieAreaMm2, BigDecimal interconnectGBs, BigDecimal memoryBandwidthGBs,
                    BigDecimal memoryBandwidthDensity, Boolean dominantFunctionProcessing, int count) {
        this.lineId = lineId;
        this.itemId = itemId;
        this.parentItemId = parentItemId;
        this.kind = kind;
        this.partNumber = partNumber;
        this.known = known;
        this.datacenter = datacenter;
        this.datacenterEvidence = datacenterEvidence;
        this.tpp = tpp;
        this.performanceDensity = performanceDensity;
        this.dieAreaMm2 = dieAreaMm2;
        this.interconnectGBs = interconnectGBs;
        this.memoryBandwidthGBs = memoryBandwidthGBs;
        this.memoryBandwidthDensity = memoryBandwidthDensity;
        this.dominantFunctionProcessing = dominantFunctionProcessing;
        this.count = count;
    }

    /** An item the catalogue does not know and the request did not describe. */
    public static ItemFact unknown(String lineId, String itemId, String parentItemId, String partNumber) {
        return new ItemFact(lineId, itemId, parentItemId, null, partNumber, false, null, null, null, null, null, null,
                null, null, null, 1);
    }

    public String getLineId() { return lineId; }
    public String getItemId() { return itemId; }
    public String getParentItemId() { return parentItemId; }
    public boolean isTop() { return parentItemId == null; }
    public String getKind() { return kind; }
    public String getPartNumber() { return partNumber; }
    public boolean isKnown() { return known; }
    public Boolean getDatacenter() { return datacenter; }
    public String getDatacenterEvidence() { return datacenterEvidence; }
    public BigDecimal getTpp() { return tpp; }
    /** TPP / applicable die area, floored at 20 decimals so threshold comparisons are exact. */
    public BigDecimal getPerformanceDensity() { return performanceDensity; }
    public BigDecimal getDieAreaMm2() { return dieAreaMm2; }
    public BigDecimal getInterconnectGBs() { return interconnectGBs; }
    public BigDecimal getMemoryBandwidthGBs() { return memoryBandwidthGBs; }
    public BigDecimal getMemoryBandwidthDensity() { return memoryBandwidthDensity; }
    public Boolean getDominantFunctionProcessing() { return dominantFunctionProcessing; }
    public int getCount() { return count; }

    /** The name used in reasons: the part number, or the item id for an unnamed ad-hoc spec. */
    public String getLabel() {
        return partNumber == null || partNumber.isBlank() ? itemId : partNumber;
    }
}
