package com.chipcheck.rules.facts;

import com.chipcheck.rules.item.ProcessingFigures;

import java.math.BigDecimal;
import java.util.Set;

/** Formatting used by rule consequences, so reasons read the same everywhere. */
public final class Texts {

    private Texts() {
    }

    /** An exact figure as written, without exponent: 15832, 4706.8. */
    public static String num(BigDecimal value) {
        return value == null ? "unknown" : value.stripTrailingZeros().toPlainString();
    }

    /** A density rounded to three decimals for reading; the rules compare the exact value. */
    public static String density(BigDecimal value) {
        return value == null ? "unknown" : ProcessingFigures.forDisplay(value).toPlainString();
    }

    /**
     * The groups in a fixed (sorted) order: the facts hold them in an immutable set, whose iteration order changes
     * from one JVM to the next, and a reason must read the same in every run (a replay compares it).
     */
    public static String groupList(Set<String> groups) {
        return groups.isEmpty() ? "no Country Group of interest" : String.join(", ", groups.stream().sorted().toList());
    }
}
