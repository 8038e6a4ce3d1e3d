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
 * A strict "more than" (memory bandwidth density "more than 2") needs more: floor(x) &gt; t exactly when x &gt; t
 * only if a quotient above t is above it by more than the last kept place. It is: every figure is bounded at the
 * boundary (15 digits before the point, 12 after: {@code Decimals}), so x - t = (n - t·a)/a is, when positive, at
 * least 10^-24 / 10^15 for a threshold of up to 12 decimals, far above 10^-{@value #COMPARISON_SCALE}.
 *
 * <p>TPP aggregates processing units (Technical Note 2.1.d): each unit contributes its highest TOPS x bit
 * length over the precisions it supports (note 2.2), and the units are summed. Figures without a unit label are
 * read as the precisions of one implicit unit, as a datasheet lists them, unless two of them share a bit length:
 * then the description shows several units without saying which figure belongs to which, and every unlabelled
 * figure is read as a unit of its own and summed. TPP only grows with that reading and 3A090 only controls more as
 * TPP grows, so the ambiguity can never lower control. {@code tppIfOneUnit} keeps the lightest reading, so that the
 * rules can hold a line whose classification turns on it and say which reading was taken; it is null when the
 * figures are not ambiguous.
 */
public record ProcessingFigures(BigDecimal tpp, BigDecimal performanceDensity, BigDecimal memoryBandwidthDensity,
                                BigDecimal tppIfOneUnit) {

    public static final int COMPARISON_SCALE = 50;

    public static ProcessingFigures of(ChipSpec spec) {
        if (!withinBounds(spec)) {
            return new ProcessingFigures(null, null, null, null); // the validator names the figure; nothing is computed from it
        }
        Readings tpp = totalProcessingPerformance(spec);
        BigDecimal pd = tpp == null ? null : density(tpp.controlling(), spec.dieAreaMm2());
        BigDecimal mbd = spec.memoryBandwidthGBs() == null ? null
                : density(spec.memoryBandwidthGBs(), spec.packageAreaMm2());
        return new ProcessingFigures(tpp == null ? null : tpp.controlling(), pd, mbd,
                tpp == null || tpp.oneUnit().compareTo(tpp.controlling()) == 0 ? null : tpp.oneUnit());
    }

    private static boolean withinBounds(ChipSpec spec) {
        return com.chipcheck.rules.order.Decimals.bounded(spec.dieAreaMm2()) && com.chipcheck.rules.order.Decimals.bounded(spec.packageAreaMm2())
                && com.chipcheck.rules.order.Decimals.bounded(spec.memoryBandwidthGBs())
                && spec.performance().stream().allMatch(f -> com.chipcheck.rules.order.Decimals.bounded(f.denseTops()));
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
        Map<Integer, Integer> unlabelledPerBitLength = new TreeMap<>();
        BigDecimal unlabelledSum = BigDecimal.ZERO;
        BigDecimal unlabelledBest = BigDecimal.ZERO;
        for (PerformanceFigure f : spec.performance()) {
            if (f.labelled()) {
                bestPerLabelledUnit.merge(f.unit().toLowerCase(java.util.Locale.ROOT), f.tpp(), BigDecimal::max); // "NPU" is "npu"
            } else {
                unlabelledPerBitLength.merge(f.bitLength(), 1, Integer::sum);
                unlabelledSum = unlabelledSum.add(f.tpp());
                unlabelledBest = unlabelledBest.max(f.tpp());
            }
        }
        BigDecimal labelled = bestPerLabelledUnit.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean ambiguous = unlabelledPerBitLength.values().stream().anyMatch(n -> n > 1);
        BigDecimal oneUnit = labelled.add(unlabelledBest).stripTrailingZeros();
        return new Readings(ambiguous ? labelled.add(unlabelledSum).stripTrailingZeros() : oneUnit, oneUnit);
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
