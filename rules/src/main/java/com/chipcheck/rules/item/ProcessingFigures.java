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
 * length over the precisions it supports (note 2.2), and the units are summed. Figures without a unit label
 * are one implicit unit whose precisions are told apart by bit length; two unlabelled figures at the <em>same</em>
 * bit length may be two precisions of one unit (FP8 and INT8) or two units (two dies), and nothing in the input
 * says which. They are read as separate units, summed: TPP only grows with that reading, and 3A090 only
 * controls more as TPP grows, so the ambiguity can never lower control. {@code tppIfOneUnit} keeps the other
 * reading, so that a rule can say which was taken; it is null when the figures are not ambiguous.
 */
public record ProcessingFigures(BigDecimal tpp, BigDecimal performanceDensity, BigDecimal memoryBandwidthDensity,
                                BigDecimal tppIfOneUnit) {

    public static final int COMPARISON_SCALE = 20;

    public static ProcessingFigures of(ChipSpec spec) {
        Readings tpp = totalProcessingPerformance(spec);
        BigDecimal pd = tpp == null ? null : density(tpp.controlling(), spec.dieAreaMm2());
        BigDecimal mbd = spec.memoryBandwidthGBs() == null ? null
                : density(spec.memoryBandwidthGBs(), spec.packageAreaMm2());
        return new ProcessingFigures(tpp == null ? null : tpp.controlling(), pd, mbd,
                tpp == null || tpp.oneUnit().compareTo(tpp.controlling()) == 0 ? null : tpp.oneUnit());
    }

    /** The TPP as read (unlabelled figures at one bit length summed), and as it would be read if they were one unit. */
    private record Readings(BigDecimal controlling, BigDecimal oneUnit) {
    }

    /** Null when the spec has no throughput figure at all: a missing figure, never zero. */
    private static Readings totalProcessingPerformance(ChipSpec spec) {
        if (spec.performance().isEmpty()) {
            return null;
        }
        Map<String, BigDecimal> bestPerLabelledUnit = new TreeMap<>();
        Map<Integer, BigDecimal> unlabelledSumPerBitLength = new TreeMap<>();
        BigDecimal unlabelledBest = null;
        for (PerformanceFigure f : spec.performance()) {
            if (f.labelled()) {
                bestPerLabelledUnit.merge(f.unit(), f.tpp(), BigDecimal::max);
            } else {
                unlabelledSumPerBitLength.merge(f.bitLength(), f.tpp(), BigDecimal::add);
                unlabelledBest = unlabelledBest == null ? f.tpp() : unlabelledBest.max(f.tpp());
            }
        }
        BigDecimal labelled = bestPerLabelledUnit.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal implicit = unlabelledSumPerBitLength.values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        BigDecimal oneUnit = unlabelledBest == null ? BigDecimal.ZERO : unlabelledBest;
        return new Readings(labelled.add(implicit).stripTrailingZeros(), labelled.add(oneUnit).stripTrailingZeros());
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
