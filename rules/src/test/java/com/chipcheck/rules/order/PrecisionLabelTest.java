package com.chipcheck.rules.order;

import com.chipcheck.rules.item.ChipSpec;
import com.chipcheck.rules.item.ItemKind;
import com.chipcheck.rules.item.PerformanceFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A precision label names the bit length of the multiply's inputs (Technical Note 2 to 3A090, 1.c). A figure whose
 * bit length contradicts its label is named, so the label is read however the datasheet spells it.
 */
class PrecisionLabelTest {

    @ParameterizedTest
    @CsvSource({"FP8,8", "fp8,8", "INT8,8", "FP 16,16", "fp-16,16", "BF16,16", "bfloat16,16", "BFloat 16,16", "NVFP4,4",
            "MXFP6,6", "FP8 E4M3,8", "E4M3,8", "E5M2,8", "FP E2M1,4", "E2M1,4", "TF32,32", "tf 32,32", "FP32,32", "FP64,64",
            "half,16", "Single,32", "double,64", "INT4,4", "FP16 (dense),16"})
    void labelsAreReadHoweverTheyAreSpelt(String label, int bits) {
        assertEquals(bits, LineValidator.bitLengthOf(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tensor", "peak", "sparse"})
    void freeTextNamesNoBitLength(String label) {
        assertNull(LineValidator.bitLengthOf(label));
    }

    @Test
    void tf32GivenAsNineteenBitsIsNamed() {
        ChipSpec chip = new ChipSpec("x", ItemKind.IC, Boolean.TRUE, "datasheet",
                List.of(new PerformanceFigure(null, "TF32", 19, new BigDecimal("400"))),
                new BigDecimal("800"), null, null, null, null, null, null, "test");
        List<FieldProblem> problems = new ArrayList<>();
        LineValidator.chipProblems(chip, "chip.", problems);
        assertEquals("chip.performance[0].bitLength", problems.get(0).field(), problems.toString());
    }
}
