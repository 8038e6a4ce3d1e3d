package com.chipcheck.rules.order;

import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.item.ChipSpec;
import com.chipcheck.rules.item.ItemKind;
import com.chipcheck.rules.item.PerformanceFigure;
import com.chipcheck.rules.timeline.RegulatoryTimeline;
import com.chipcheck.rules.screening.NameNormalizer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a line before the rules see it. The REST API answers these as a 400; a workbook row
 * keeps them and is held with them, so nothing is dropped. The engine checks again and holds: fail closed.
 */
public final class LineValidator {

    private LineValidator() {
    }

    public static List<FieldProblem> problems(OrderLine line, LocalDate asOf, boolean partKnown) {
        List<FieldProblem> problems = new ArrayList<>();
        if (line.lineId() == null || line.lineId().isBlank()) {
            problems.add(FieldProblem.missing("lineId", "is required"));
        }
        if (line.chip() == null && (line.partNumber() == null || line.partNumber().isBlank())) {
            problems.add(FieldProblem.missing("partNumber", "is required when no chip figures are given"));
        } else if (line.chip() == null && !partKnown) {
            problems.add(new FieldProblem("partNumber", "\"" + line.partNumber()
                    + "\" is not in the parts catalogue; give its figures as \"chip\""));
        }
        if (line.chip() != null) {
            chipProblems(line.chip(), "chip.", problems);
        }
        quantity(line.quantity(), problems);
        country("destinationCountry", line.destinationCountry(), true, problems);
        Party endUser = line.endUser();
        screenable("endUser.name", endUser == null ? null : endUser.name(), problems);
        for (int i = 0; i < line.otherParties().size(); i++) {
            LineParty p = line.otherParties().get(i);
            if (p.name() != null && !p.name().isBlank()) {
                screenable(p.roleName() + ".name", p.name(), problems);
            }
        }
        if (endUser != null) {
            country("endUser.country", endUser.country(), false, problems);
            country("endUser.headquartersCountry", endUser.headquartersCountry(), false, problems);
            country("endUser.ultimateParentCountry", endUser.ultimateParentCountry(), false, problems);
        }
        if (asOf != null && asOf.isBefore(RegulatoryTimeline.EARLIEST)) {
            problems.add(new FieldProblem("asOf", asOf + " is before " + RegulatoryTimeline.EARLIEST
                    + ", the earliest date this rule base answers for"));
        }
        if (!line.problems().isEmpty()) {
            // a field left empty because its cell could not be read is already named by that cell's problem
            problems.removeIf(FieldProblem::missing);
        }
        return problems;
    }

    /**
     * A party is screened by its name: a line without the end user's name, or with a name that is nothing but legal
     * forms and punctuation ("Co., Ltd.", "有限公司"), has nothing to screen and is held. Generic words ("Beijing Cloud
     * Co") are still screened, at their lower weight, so they are not refused here.
     */
    private static void screenable(String field, String name, List<FieldProblem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(FieldProblem.missing(field, "is required: every party of a line is screened by its name"));
            return;
        }
        List<String> tokens = NameNormalizer.tokens(name);
        if (tokens.isEmpty()) {
            problems.add(new FieldProblem(field, "\"" + name + "\" has no word to screen by (only legal forms or punctuation): "
                    + "give the party's registered name"));
        }
    }

    /** The most units one line may order. */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("10000000");

    private static void quantity(BigDecimal quantity, List<FieldProblem> problems) {
        if (quantity == null) {
            problems.add(FieldProblem.missing("quantity", "is required"));
        } else if (!Decimals.bounded(quantity) && quantity.signum() > 0 && quantity.scale() <= 0) {
            problems.add(new FieldProblem("quantity", "is more than " + MAX_QUANTITY.toPlainString() + " units"));
        } else if (!Decimals.bounded(quantity)) {
            problems.add(new FieldProblem("quantity", Decimals.problem(quantity)));
        } else if (quantity.signum() <= 0) {
            problems.add(new FieldProblem("quantity", quantity.toPlainString() + " is not a positive number"));
        } else if (quantity.compareTo(MAX_QUANTITY) > 0) {
            // a typo or a hostile number; no order line of accelerators is this large (and TPP x units must stay exact)
            problems.add(new FieldProblem("quantity", "is more than " + MAX_QUANTITY.toPlainString() + " units"));
        } else if (quantity.stripTrailingZeros().scale() > 0) {
            problems.add(new FieldProblem("quantity", quantity.toPlainString() + " is not a whole number"));
        }
    }

    private static void country(String field, String value, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.missing(field, "is required"));
            }
        } else if (Countries.resolve(value).isEmpty()) {
            problems.add(new FieldProblem(field, "\"" + value + "\" is not a country (ISO 3166-1 alpha-2 code, or the country's English or Chinese name)"));
        }
    }

    /** The figures of an ad-hoc item and, for a system, of every item it contains, each named by its path. */
    static void chipProblems(ChipSpec chip, String at, List<FieldProblem> problems) {
        bounded(at + "dieAreaMm2", chip.dieAreaMm2(), problems);
        bounded(at + "packageAreaMm2", chip.packageAreaMm2(), problems);
        bounded(at + "interconnectGBs", chip.interconnectGBs(), problems);
        bounded(at + "memoryBandwidthGBs", chip.memoryBandwidthGBs(), problems);
        for (int i = 0; i < chip.performance().size(); i++) {
            bounded(at + "performance[" + i + "].denseTops", chip.performance().get(i).denseTops(), problems);
        }
        positive(at + "dieAreaMm2", chip.dieAreaMm2(), problems);
        positive(at + "packageAreaMm2", chip.packageAreaMm2(), problems);
        notNegative(at + "interconnectGBs", chip.interconnectGBs(), problems);
        notNegative(at + "memoryBandwidthGBs", chip.memoryBandwidthGBs(), problems);
        if (chip.kind() == ItemKind.SYSTEM && chip.contains().isEmpty()) {
            problems.add(new FieldProblem(at + "contains", "a SYSTEM must list the parts it contains"));
        }
        if (chip.kind() == ItemKind.SYSTEM && !chip.performance().isEmpty()) {
            // a system is classified through the circuits inside it; figures of its own would be ignored, not weighed
            problems.add(new FieldProblem(at + "performance", "a SYSTEM is classified through the integrated circuits it contains: "
                    + "give the throughput figures on them (a multi-chip package is one IC: give it as kind IC)"));
        }
        for (int i = 0; i < chip.performance().size(); i++) {
            PerformanceFigure f = chip.performance().get(i);
            Integer implied = bitLengthOf(f.precision());
            if (implied != null && implied != f.bitLength()) {
                problems.add(new FieldProblem(at + "performance[" + i + "].bitLength", f.precision() + " multiplies " + implied
                        + "-bit inputs: a bit length of " + f.bitLength() + " contradicts it (Technical Note 2 to 3A090: the largest bit length of the inputs)"));
            }
        }
        if (chip.kind() != ItemKind.SYSTEM && !chip.contains().isEmpty()) {
            // an IC or HBM "containing" parts would have them ignored: only a system is classified through its contents
            problems.add(new FieldProblem(at + "contains", "only a SYSTEM contains parts; give kind SYSTEM, or describe the "
                    + chip.kind() + " by its own figures"));
        }
        for (int i = 0; i < chip.contains().size(); i++) {
            ChipSpec inner = chip.contains().get(i).chip();
            if (inner != null) {
                chipProblems(inner, at + "contains[" + i + "].chip.", problems);
            }
        }
    }

    private static final java.util.regex.Pattern PRECISION =
            java.util.regex.Pattern.compile("(?:MX|NV)?(FP|INT|BF|UINT|BFLOAT|FLOAT|TF)(\\d{1,2})(?:\\b|[^0-9]).*|(?:FP)?E(\\d)M(\\d)\\b.*");
    private static final java.util.Map<String, Integer> NAMED_PRECISIONS = java.util.Map.of("HALF", 16, "SINGLE", 32, "DOUBLE", 64);

    /**
     * The input bit length a precision label names, or null for free text. Spacing, hyphens and case do not matter
     * ("FP 16", "bfloat16", "fp-8"): FP8 and INT8: 8, BF16: 16, NVFP4: 4, E4M3 and E5M2: 8 (sign, exponent and
     * mantissa bits), E2M1: 4. TF32 reads as 32: its values are stored and given to the multiplier in 32 bits, and
     * reading 19 would lower TPP on a contested point; a different bit length with that label is therefore named.
     */
    static Integer bitLengthOf(String precision) {
        if (precision == null) {
            return null;
        }
        String label = precision.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s_-]+", "");
        Integer named = NAMED_PRECISIONS.get(label);
        if (named != null) {
            return named;
        }
        java.util.regex.Matcher m = PRECISION.matcher(label);
        if (!m.matches()) {
            return null;
        }
        return m.group(2) != null ? Integer.valueOf(m.group(2)) : 1 + Integer.parseInt(m.group(3)) + Integer.parseInt(m.group(4));
    }

    private static void bounded(String field, BigDecimal v, List<FieldProblem> problems) {
        String problem = Decimals.problem(v);
        if (problem != null) {
            problems.add(new FieldProblem(field, problem));
        }
    }

    private static void positive(String field, BigDecimal v, List<FieldProblem> problems) {
        if (v != null && v.signum() <= 0) {
            problems.add(new FieldProblem(field, v.toPlainString() + " must be greater than zero"));
        }
    }

    private static void notNegative(String field, BigDecimal v, List<FieldProblem> problems) {
        if (v != null && v.signum() < 0) {
            problems.add(new FieldProblem(field, v.toPlainString() + " must not be negative"));
        }
    }
}
