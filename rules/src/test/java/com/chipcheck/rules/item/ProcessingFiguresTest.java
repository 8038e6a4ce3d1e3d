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
        ChipSpec spec = chip(null, new PerformanceFigure(8, new BigDecimal("0.1")), new PerformanceFigure(16, new BigDecimal("0.15")));
        // one unit, two precisions: the best of 0.8 and 2.4; no binary floating point anywhere
        assertEquals("2.4", spec.figures().tpp().toPlainString());
        assertNull(spec.figures().tppIfOneUnit(), "figures at different bit lengths are not ambiguous");
    }

    @Test
    void unlabelledFiguresAtTheSameBitLengthAreReadAsSeparateUnitsTheReadingThatControlsMore() {
        // two dies of 375 dense TOPS at 8 bits, nothing says whether they are one unit or two
        ChipSpec spec = chip(null, new PerformanceFigure(8, new BigDecimal("375")), new PerformanceFigure(8, new BigDecimal("375")),
                new PerformanceFigure(16, new BigDecimal("180")));
        // once two unlabelled figures share a bit length nothing says which figure belongs to which unit: all are summed
        assertEquals(0, new BigDecimal("8880").compareTo(spec.figures().tpp()), "3000 + 3000 + 2880, not max(3000, 3000, 2880)");
        assertEquals(0, new BigDecimal("3000").compareTo(spec.figures().tppIfOneUnit()), "the lightest reading is kept for the rules");
    }

    @Test
    void figuresLabelledWithTheSameUnitArePrecisionsOfThatUnit() {
        ChipSpec spec = chip(null, new PerformanceFigure("gpu", "FP8", 8, new BigDecimal("375")),
                new PerformanceFigure("gpu", "INT8", 8, new BigDecimal("375")));
        assertEquals(0, new BigDecimal("3000").compareTo(spec.figures().tpp()));
        assertNull(spec.figures().tppIfOneUnit());
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
