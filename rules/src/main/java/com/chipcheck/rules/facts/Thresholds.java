package com.chipcheck.rules.facts;

import com.chipcheck.rules.util.Csv;
import com.chipcheck.rules.util.Resources;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numeric parameters of ECCN 3A090 as data ({@code reference/thresholds.csv}, each with the words it stands
 * for), so that an impact analysis can ask what a changed threshold would flip. The rules compare against these
 * with the operator the text uses ("4800 or more" is >=), in exact decimals. One instance per session.
 */
public final class Thresholds {

    public static final String RESOURCE = "reference/thresholds.csv";
    private static final List<String> NAMES = List.of("tpp_a1", "tpp_a2", "pd_a2", "tpp_b1", "pd_b1", "pd_b2",
            "interconnect_2022", "hbm_density_c");

    private final Map<String, BigDecimal> values;

    private Thresholds(Map<String, BigDecimal> values) {
        this.values = Map.copyOf(values);
    }

    public static Thresholds bundled() {
        try (InputStream in = Resources.open(RESOURCE)) {
            return parse(in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every threshold must be given, once, as a positive decimal. */
    public static Thresholds parse(byte[] csv) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (Map<String, String> row : Csv.readRecords(new ByteArrayInputStream(csv))) {
            String name = row.get("name");
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown threshold \"" + name + "\"; known: " + NAMES);
            }
            BigDecimal value;
            try {
                value = new BigDecimal(row.get("value").trim());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("threshold " + name + ": \"" + row.get("value") + "\" is not a decimal number");
            }
            if (value.signum() <= 0) {
                throw new IllegalArgumentException("threshold " + name + " must be positive");
            }
            if (!com.chipcheck.rules.order.Decimals.bounded(value)) { // keeps the density comparisons exact
                throw new IllegalArgumentException("threshold " + name + " has more than 15 digits before the point or 12 after it");
            }
            if (values.put(name, value) != null) {
                throw new IllegalArgumentException("threshold " + name + " is given twice");
            }
        }
        if (!values.keySet().containsAll(NAMES)) {
            throw new IllegalArgumentException("thresholds missing: " + NAMES.stream().filter(n -> !values.containsKey(n)).toList());
        }
        return new Thresholds(values);
    }

    public Map<String, BigDecimal> values() {
        return values;
    }

    public BigDecimal getTppA1() { return values.get("tpp_a1"); }
    public BigDecimal getTppA2() { return values.get("tpp_a2"); }
    public BigDecimal getPdA2() { return values.get("pd_a2"); }
    public BigDecimal getTppB1() { return values.get("tpp_b1"); }
    public BigDecimal getPdB1() { return values.get("pd_b1"); }
    public BigDecimal getPdB2() { return values.get("pd_b2"); }
    public BigDecimal getInterconnect2022() { return values.get("interconnect_2022"); }
    public BigDecimal getHbmDensityC() { return values.get("hbm_density_c"); }
}
