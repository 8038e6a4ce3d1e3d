package com.chipcheck.rules.item;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * TPP, performance density and memory bandwidth density, in exact decimal arithmetic.
 *
 * <p>TPP is exact: a sum of products of decimals. A density is a quotient and may not terminate, so it is
 * kept rounded <em>toward negative infinity</em> at {@value #COMPARISON_SCALE} decimal places. For any threshold
 * t with at most that many decimals, floor(x) &gt;= t exactly when x &gt;= t, and floor(x) &lt; t exactly when
 * x &lt; t; so the rules' comparisons ("5.92 or more", "less than 5.92") are exact, never off by a rounding.
 *
 * <p>TPP aggregates processing units (Technical Note 2.1.d): each unit contributes its highest TOPS x bit
 * length over the precisions it supports (note 2.2), and the units are summed. With one unit this is the
 * "max over precisions" of the datasheet; with several it is the reading that never understates TPP.
 */
public record ProcessingFigures(BigDecimal tpp, BigDecimal performanceDensity, BigDecimal memoryBandwidthDensity) {

    public static final int COMPARISON_SCALE = 20;

    public static ProcessingFigures of(ChipSpec spec) {
        BigDecimal tpp = totalProcessingPerformance(spec);
        BigDecimal pd = tpp == null ? null : density(tpp, spec.dieAreaMm2());
        BigDecimal mbd = spec.memoryBandwidthGBs() == null ? null
                : density(spec.memoryBandwidthGBs(), spec.packageAreaMm2());
        return new ProcessingFigures(tpp, pd, mbd);
    }

    /** Null when the spec has no throughput figure at all: a missing figure, never zero. */
    static BigDecimal totalProcessingPerformance(ChipSpec spec) {
        if (spec.performance().isEmpty()) {
            return null;
        }
        Map<String, BigDecimal> bestPerUnit = new TreeMap<>();
        for (PerformanceFigure f : spec.performance()) {
            bestPerUnit.merge(f.unit(), f.tpp(), BigDecimal::max);
        }
        return bestPerUnit.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
    }

    /** numerator / area, floored at the comparison scale; null when the area is missing or not positive. */
    static BigDecimal density(BigDecimal numerator, BigDecimal area) {
        if (area == null || area.signum() <= 0) {
            return null;
        }
        return numerator.divide(area, COMPARISON_SCALE, RoundingMode.FLOOR);
    }

    /** A density for people to read: three decimals, rounded half-up. Never used in a comparison. */
    public static BigDecimal forDisplay(BigDecimal density) {
        return density == null ? null : density.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
