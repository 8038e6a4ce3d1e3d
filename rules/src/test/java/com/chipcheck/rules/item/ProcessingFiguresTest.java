package com.chipcheck.rules.item;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessingFiguresTest {

    private static ChipSpec chip(BigDecimal area, PerformanceFigure... figures) {
        return new ChipSpec("x", ItemKind.IC, true, null, List.of(figures), area, null, null, null, null, null, null, null);
    }

    @Test
    void tppIsTheBestPrecisionOfEachUnitSummedOverUnits() {
        ChipSpec spec = chip(new BigDecimal("800"),
                new PerformanceFigure("tensor", "FP8", 8, new BigDecimal("1979")),
                new PerformanceFigure("tensor", "FP16", 16, new BigDecimal("989.5")),
                new PerformanceFigure("vector", "FP32", 32, new BigDecimal("67")));
        // tensor: max(15832, 15832) ; vector: 2144
        assertEquals(0, new BigDecimal("17976").compareTo(spec.figures().tpp()));
    }

    @Test
    void tppIsExactDecimalArithmetic() {
        ChipSpec spec = chip(null, new PerformanceFigure(8, new BigDecimal("0.1")), new PerformanceFigure(8, new BigDecimal("0.2")));
        // one unit: the best of 0.8 and 1.6; no binary floating point anywhere
        assertEquals("1.6", spec.figures().tpp().toPlainString());
    }

    @Test
    void densityIsFlooredSoThatAHairBelowAThresholdStaysBelowIt() {
        ChipSpec spec = chip(new BigDecimal("500.0000000001"), new PerformanceFigure(8, new BigDecimal("370")));
        BigDecimal pd = spec.figures().performanceDensity();
        assertTrue(pd.compareTo(new BigDecimal("5.92")) < 0, "2960 / 500.0000000001 must stay below 5.92, was " + pd);
        assertEquals(0, ProcessingFigures.forDisplay(pd).compareTo(new BigDecimal("5.92")), "shown rounded for people");
    }

    @Test
    void anExactQuotientIsExact() {
        ChipSpec spec = chip(new BigDecimal("500"), new PerformanceFigure(8, new BigDecimal("370")));
        assertEquals(0, new BigDecimal("5.92").compareTo(spec.figures().performanceDensity()));
    }

    @Test
    void missingFiguresStayMissingNeverZero() {
        ProcessingFigures f = chip(null).figures();
        assertNull(f.tpp());
        assertNull(f.performanceDensity());
        assertNull(chip(BigDecimal.ZERO, new PerformanceFigure(8, BigDecimal.TEN)).figures().performanceDensity());
    }
}
