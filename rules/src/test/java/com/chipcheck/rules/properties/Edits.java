package com.chipcheck.rules.properties;

import com.chipcheck.rules.item.ChipSpec;
import com.chipcheck.rules.item.Component;
import com.chipcheck.rules.item.ItemKind;
import com.chipcheck.rules.item.PerformanceFigure;
import com.chipcheck.rules.order.LineParty;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.order.Party;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Changes to a generated line: its item's tree of specs (a catalogue part is first written out as the figures the
 * catalogue holds, so every item can be edited the same way) and its parties' countries.
 */
final class Edits {

    private Edits() {
    }

    /** The line's item as an ad-hoc spec, with every catalogue reference inside it written out; null if unknown. */
    static ChipSpec spec(OrderLine line) {
        ChipSpec root = line.chip() != null ? line.chip()
                : Lines.REF.catalogue().find(line.partNumber()).map(e -> e.spec()).orElse(null);
        return root == null ? null : inline(root, 0);
    }

    private static ChipSpec inline(ChipSpec s, int depth) {
        if (s.contains().isEmpty() || depth > 6) {
            return s;
        }
        List<Component> contents = new ArrayList<>();
        for (Component c : s.contains()) {
            ChipSpec inner = c.chip() != null ? c.chip() : Lines.REF.catalogue().find(c.partNumber()).map(e -> e.spec()).orElse(null);
            // a catalogue part written out is an item described by its figures: it no longer names the part
            contents.add(inner == null ? c : new Component(c.chip() != null ? c.partNumber() : null, c.count(), inline(inner, depth + 1)));
        }
        return Specs.of(s).contains(contents).build();
    }

    /** Every spec of the tree, root first (depth-first). */
    static List<ChipSpec> nodes(ChipSpec root) {
        List<ChipSpec> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(ChipSpec s, List<ChipSpec> out) {
        out.add(s);
        for (Component c : s.contains()) {
            if (c.chip() != null) {
                collect(c.chip(), out);
            }
        }
    }

    /** The tree with node {@code index} (in the order of {@link #nodes}) replaced by {@code change} of it. */
    static ChipSpec replace(ChipSpec root, int index, UnaryOperator<ChipSpec> change) {
        int[] at = {index};
        return replace(root, at, change);
    }

    private static ChipSpec replace(ChipSpec s, int[] at, UnaryOperator<ChipSpec> change) {
        if (at[0] == 0) {
            at[0] = -1;
            return change.apply(s);
        }
        at[0]--;
        if (s.contains().isEmpty()) {
            return s;
        }
        List<Component> contents = new ArrayList<>();
        for (Component c : s.contains()) {
            contents.add(c.chip() == null || at[0] < 0 ? c : new Component(c.partNumber(), c.count(), replace(c.chip(), at, change)));
        }
        return Specs.of(s).contains(contents).build();
    }

    static boolean isProcessor(ChipSpec s) {
        return s.kind() == ItemKind.IC || (s.kind() == ItemKind.HBM && Boolean.TRUE.equals(s.dominantFunctionProcessing()));
    }

    /** The line with its item replaced by an edited spec (the part number stays as the label). */
    static OrderLine withSpec(OrderLine line, ChipSpec spec) {
        boolean catalogued = Lines.REF.catalogue().find(line.partNumber()).isPresent();
        return line.withItem(catalogued ? null : line.partNumber(), spec);
    }

    // ---- parties: each place a country can be given

    enum Slot {
        SHIP_TO, END_USER_LOCATION, END_USER_HQ, END_USER_PARENT, CONSIGNEE_LOCATION, CONSIGNEE_HQ, CONSIGNEE_PARENT,
        FORWARDER_LOCATION
    }

    static String get(OrderLine line, Slot slot) {
        Party e = line.endUser();
        return switch (slot) {
            case SHIP_TO -> line.destinationCountry();
            case END_USER_LOCATION -> e == null ? null : e.country();
            case END_USER_HQ -> e == null ? null : e.headquartersCountry();
            case END_USER_PARENT -> e == null ? null : e.ultimateParentCountry();
            case CONSIGNEE_LOCATION -> party(line, LineParty.ULTIMATE_CONSIGNEE) == null ? null : party(line, LineParty.ULTIMATE_CONSIGNEE).country();
            case CONSIGNEE_HQ -> party(line, LineParty.ULTIMATE_CONSIGNEE) == null ? null : party(line, LineParty.ULTIMATE_CONSIGNEE).headquartersCountry();
            case CONSIGNEE_PARENT -> party(line, LineParty.ULTIMATE_CONSIGNEE) == null ? null : party(line, LineParty.ULTIMATE_CONSIGNEE).ultimateParentCountry();
            case FORWARDER_LOCATION -> party(line, LineParty.INTERMEDIATE_CONSIGNEE) == null ? null : party(line, LineParty.INTERMEDIATE_CONSIGNEE).country();
        };
    }

    /** Whether the line has the party this slot belongs to. */
    static boolean has(OrderLine line, Slot slot) {
        return switch (slot) {
            case SHIP_TO -> true;
            case END_USER_LOCATION, END_USER_HQ, END_USER_PARENT -> line.endUser() != null;
            case CONSIGNEE_LOCATION, CONSIGNEE_HQ, CONSIGNEE_PARENT -> party(line, LineParty.ULTIMATE_CONSIGNEE) != null;
            case FORWARDER_LOCATION -> party(line, LineParty.INTERMEDIATE_CONSIGNEE) != null;
        };
    }

    static OrderLine set(OrderLine line, Slot slot, String country) {
        Party e = line.endUser();
        return switch (slot) {
            case SHIP_TO -> line.withDestinationCountry(country);
            case END_USER_LOCATION -> line.withEndUser(e.withCountry(country));
            case END_USER_HQ -> line.withEndUser(e.withHeadquartersCountry(country));
            case END_USER_PARENT -> line.withEndUser(e.withUltimateParentCountry(country));
            case CONSIGNEE_LOCATION -> withParty(line, LineParty.ULTIMATE_CONSIGNEE,
                    p -> new LineParty(p.role(), p.name(), country, p.headquartersCountry(), p.ultimateParentCountry()));
            case CONSIGNEE_HQ -> withParty(line, LineParty.ULTIMATE_CONSIGNEE,
                    p -> new LineParty(p.role(), p.name(), p.country(), country, p.ultimateParentCountry()));
            case CONSIGNEE_PARENT -> withParty(line, LineParty.ULTIMATE_CONSIGNEE,
                    p -> new LineParty(p.role(), p.name(), p.country(), p.headquartersCountry(), country));
            case FORWARDER_LOCATION -> withParty(line, LineParty.INTERMEDIATE_CONSIGNEE,
                    p -> new LineParty(p.role(), p.name(), country, p.headquartersCountry(), p.ultimateParentCountry()));
        };
    }

    private static LineParty party(OrderLine line, String role) {
        return line.otherParties().stream().filter(p -> p.role().equals(role)).findFirst().orElse(null);
    }

    private static OrderLine withParty(OrderLine line, String role, UnaryOperator<LineParty> change) {
        return line.withOtherParties(line.otherParties().stream().map(p -> p.role().equals(role) ? change.apply(p) : p).toList());
    }

    /** A ChipSpec with one component changed: the record has no copies of its own. */
    static final class Specs {
        private String name;
        private ItemKind kind;
        private Boolean datacenter;
        private String evidence;
        private List<PerformanceFigure> performance;
        private BigDecimal dieArea;
        private BigDecimal interconnect;
        private BigDecimal bandwidth;
        private BigDecimal packageArea;
        private Boolean dfp;
        private List<Component> contains;
        private String declaredEccn;
        private String source;

        static Specs of(ChipSpec s) {
            Specs b = new Specs();
            b.name = s.name();
            b.kind = s.kind();
            b.datacenter = s.datacenter();
            b.evidence = s.datacenterEvidence();
            b.performance = s.performance();
            b.dieArea = s.dieAreaMm2();
            b.interconnect = s.interconnectGBs();
            b.bandwidth = s.memoryBandwidthGBs();
            b.packageArea = s.packageAreaMm2();
            b.dfp = s.dominantFunctionProcessing();
            b.contains = s.contains();
            b.declaredEccn = s.declaredEccn();
            b.source = s.source();
            return b;
        }

        Specs datacenter(Boolean v) { datacenter = v; evidence = v == null ? null : "edited declaration"; return this; }
        Specs performance(List<PerformanceFigure> v) { performance = v; return this; }
        Specs dieArea(BigDecimal v) { dieArea = v; return this; }
        Specs interconnect(BigDecimal v) { interconnect = v; return this; }
        Specs bandwidth(BigDecimal v) { bandwidth = v; return this; }
        Specs packageArea(BigDecimal v) { packageArea = v; return this; }
        Specs dfp(Boolean v) { dfp = v; return this; }
        Specs contains(List<Component> v) { contains = v; return this; }

        ChipSpec build() {
            return new ChipSpec(name, kind, datacenter, evidence, performance, dieArea, interconnect, bandwidth, packageArea, dfp,
                    contains, declaredEccn, source);
        }
    }
}
