package com.chipcheck.rules.item;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One datasheet throughput figure: the dense (non-sparse) peak TOPS or TFLOPS at one precision, and the bit
 * length of the multiply inputs at that precision (Technical Note 2 to 3A090.a and .b, items 1.c and 3).
 *
 * @param unit       the processing unit the figure belongs to; figures of different units are summed (note 1.d).
 *                   Without a label the figure belongs to one implicit unit ({@link ProcessingFigures} says how
 *                   unlabelled figures at the same bit length are read)
 * @param precision  a label such as "FP8" or "INT8", for the record only
 */
public record PerformanceFigure(String unit, String precision, int bitLength, BigDecimal denseTops) {

    public static final String DEFAULT_UNIT = "main";

    public PerformanceFigure {
        unit = unit == null || unit.isBlank() ? DEFAULT_UNIT : unit.trim();
        Objects.requireNonNull(denseTops, "denseTops");
        if (bitLength <= 0) {
            throw new IllegalArgumentException("bit length must be positive, was " + bitLength);
        }
        if (denseTops.signum() < 0) {
            throw new IllegalArgumentException("dense TOPS must not be negative, was " + denseTops);
        }
    }

    public PerformanceFigure(int bitLength, BigDecimal denseTops) {
        this(DEFAULT_UNIT, null, bitLength, denseTops);
    }

    /** Whether the figure names its processing unit. */
    public boolean labelled() {
        return !DEFAULT_UNIT.equals(unit);
    }

    /** TOPS x bit length: equal to 2 x MacTOPS x bit length when the datasheet counts a MAC as two operations. */
    public BigDecimal tpp() {
        return denseTops.multiply(BigDecimal.valueOf(bitLength));
    }
}
