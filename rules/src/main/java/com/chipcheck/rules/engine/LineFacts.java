package com.chipcheck.rules.engine;

import com.chipcheck.rules.approval.UaeApprovedEntities;
import com.chipcheck.rules.catalogue.CatalogueEntry;
import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.facts.DestinationFact;
import com.chipcheck.rules.facts.HeadquartersFact;
import com.chipcheck.rules.facts.InputProblem;
import com.chipcheck.rules.facts.ItemFact;
import com.chipcheck.rules.facts.LineFact;
import com.chipcheck.rules.facts.PartyFact;
import com.chipcheck.rules.item.ChipSpec;
import com.chipcheck.rules.item.Component;
import com.chipcheck.rules.item.ItemKind;
import com.chipcheck.rules.item.ProcessingFigures;
import com.chipcheck.rules.order.FieldProblem;
import com.chipcheck.rules.order.LineParty;
import com.chipcheck.rules.order.LineValidator;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.order.Party;
import com.chipcheck.rules.screening.PartyScreening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns an order line into the facts the rules reason over: the line and its date, the item (and, for a
 * system, everything it contains, at any depth) with computed figures, every country the item goes to (the
 * ship-to address, where the end user is, where the consignees are) with its Country Groups on that date, and the
 * headquarters countries of the end user and of an ultimate consignee. Data look-ups only: every conclusion is
 * left to the rules.
 */
final class LineFacts {

    /** Deeper nesting than this is refused as an input problem (a catalogue that contains itself stops here too). */
    static final int MAX_SYSTEM_DEPTH = 8;

    private final ReferenceData ref;
    private final List<Object> facts = new ArrayList<>();
    private final Map<String, Set<String>> groupsUsed = new TreeMap<>();
    private final String lineId;
    private final LocalDate asOf;
    private Set<String> inForce = Set.of();

    private LineFacts(ReferenceData ref, String lineId, LocalDate asOf) {
        this.ref = ref;
        this.lineId = lineId;
        this.asOf = asOf;
    }

    static LineFacts of(OrderLine line, String lineId, LocalDate asOf, ReferenceData ref, List<PartyScreening> screening) {
        LineFacts f = new LineFacts(ref, lineId, asOf);
        f.build(line);
        f.facts.addAll(LineScreening.facts(lineId, screening));
        return f;
    }

    List<Object> facts() {
        return facts;
    }

    Map<String, Set<String>> groupsUsed() {
        return groupsUsed;
    }

    Set<String> inForce() {
        return inForce;
    }

    private void build(OrderLine line) {
        boolean partKnown = line.chip() != null || ref.catalogue().find(line.partNumber()).isPresent();
        for (FieldProblem p : LineValidator.problems(line, asOf, partKnown)) {
            facts.add(new InputProblem(lineId, p.toString()));
        }
        for (String p : line.problems()) {
            facts.add(new InputProblem(lineId, p));
        }
        Party endUser = line.endUser();
        String endUserCountry = endUser == null ? null : Countries.resolve(endUser.country()).orElse(null);
        inForce = ref.timeline().inForceOn(asOf);
        // 742.6(a)(6)(iii)(B) lifts the UAE requirement only when the ultimate consignee and all end users are approved; a
        // named ultimate consignee carries no approval of its own in an order, so its presence leaves the line unapproved
        boolean consigneeNamed = line.otherParties().stream().anyMatch(p -> LineParty.ULTIMATE_CONSIGNEE.equals(p.role()));
        boolean declaredApproved = endUser != null && endUser.uaeApproved() && !consigneeNamed;
        Optional<UaeApprovedEntities.Entry> listed = declaredApproved ? UaeApprovedEntities.bundled().find(endUser) : Optional.empty();
        facts.add(new LineFact(lineId, asOf, inForce, declaredApproved, listed.map(UaeApprovedEntities.Entry::entity).orElse(null),
                listed.map(UaeApprovedEntities.Entry::expires).orElse(null)));
        facts.add(party("end user", endUserCountry, true));
        for (LineParty p : line.otherParties()) {
            facts.add(party(p.roleName(), Countries.resolve(p.country()).orElse(null), p.receivesTheItem()));
        }
        addItem(line, lineId + "/item");
        addDestinations(line, endUserCountry);
        facts.add(headquarters(HeadquartersFact.END_USER, endUser == null ? null : endUser.headquartersCountry()));
        facts.add(headquarters(HeadquartersFact.ULTIMATE_PARENT, endUser == null ? null : endUser.ultimateParentCountry()));
        for (LineParty p : line.otherParties()) {
            // the entity that receives the item weighs like the end user: a named ultimate consignee's headquarters and
            // parent are needed (and held for, when missing) exactly as the end user's are
            if (LineParty.ULTIMATE_CONSIGNEE.equals(p.role())) {
                facts.add(headquarters(HeadquartersFact.CONSIGNEE, p.headquartersCountry()));
                facts.add(headquarters(HeadquartersFact.CONSIGNEE_PARENT, p.ultimateParentCountry()));
            }
        }
    }

    /**
     * Every country the item goes to, once each, named by the first party that puts it there: the ship-to address,
     * the end user's own country, the ultimate and intermediate consignees' countries. Whatever the ship-to says, the
     * rules weigh all of them: a US warehouse or a forwarder in between does not change where the item ends up.
     */
    private void addDestinations(OrderLine line, String endUserCountry) {
        Map<String, String> byEvaluated = new java.util.LinkedHashMap<>();
        Map<String, String> entered = new java.util.HashMap<>();
        java.util.function.BiConsumer<String, String> add = (role, country) -> {
            if (country != null) {
                String evaluated = ref.aliases().evaluatedAs(country);
                if (byEvaluated.putIfAbsent(evaluated, role) == null) {
                    entered.put(evaluated, country);
                }
            }
        };
        add.accept(DestinationFact.SHIP_TO, Countries.resolve(line.destinationCountry()).orElse(null));
        add.accept(DestinationFact.END_USER_LOCATION, endUserCountry);
        for (LineParty p : line.otherParties()) {
            if (p.receivesTheItem()) {
                add.accept(p.roleName() + " location", Countries.resolve(p.country()).orElse(null));
            }
        }
        byEvaluated.forEach((evaluated, role) -> facts.add(destination(role, entered.get(evaluated))));
    }

    private void addItem(OrderLine line, String itemId) {
        Optional<CatalogueEntry> entry = ref.catalogue().find(line.partNumber());
        if (line.chip() != null && entry.isPresent()) {
            conflict(entry.get().partNumber()); // the catalogue's figures decide, and the line is held
        } else if (line.chip() != null) {
            String label = line.partNumber() != null && !line.partNumber().isBlank() ? line.partNumber() : line.chip().name();
            addSpec(line.chip(), label, itemId, List.of(), BigDecimal.ONE, false);
            return;
        }
        if (entry.isPresent()) {
            addSpec(entry.get().spec(), entry.get().partNumber(), itemId, List.of(), BigDecimal.ONE, true);
        } else {
            facts.add(ItemFact.unknown(lineId, itemId, List.of(), line.partNumber()));
        }
    }

    /**
     * Adds the item and, for a system, its contents at any depth; {@code ancestors} innermost first, {@code units} how
     * many of it one unit of the line's item holds.
     */
    private void addSpec(ChipSpec spec, String label, String itemId, List<String> ancestors, BigDecimal units, boolean catalogued) {
        if (spec.kind() == ItemKind.SYSTEM && ancestors.size() >= MAX_SYSTEM_DEPTH) {
            facts.add(new InputProblem(lineId, "\"" + label + "\" is a system nested more than " + MAX_SYSTEM_DEPTH
                    + " levels deep; describe it with fewer levels"));
            return;
        }
        if (spec.kind() == ItemKind.SYSTEM) {
            List<String> inside = new ArrayList<>(ancestors.size() + 1);
            inside.add(itemId);
            inside.addAll(ancestors);
            int n = 0;
            for (Component c : spec.contains()) {
                String childId = itemId + "/" + (++n);
                Optional<CatalogueEntry> child = ref.catalogue().find(c.partNumber());
                if (c.chip() != null && child.isPresent()) {
                    conflict(child.get().partNumber());
                    addSpec(child.get().spec(), child.get().partNumber(), childId, inside, units.multiply(BigDecimal.valueOf(c.count())), true);
                } else if (c.chip() != null) {
                    String childLabel = c.partNumber() != null ? c.partNumber() : c.chip().name();
                    addSpec(c.chip(), childLabel, childId, inside, units.multiply(BigDecimal.valueOf(c.count())), false);
                } else if (child.isPresent()) {
                    addSpec(child.get().spec(), child.get().partNumber(), childId, inside, units.multiply(BigDecimal.valueOf(c.count())), true);
                } else {
                    facts.add(ItemFact.unknown(lineId, childId, inside, c.partNumber()));
                }
            }
        }
        ProcessingFigures figures = spec.figures();
        facts.add(new ItemFact(lineId, itemId, ancestors, spec.kind(), label, true, spec.datacenter(),
                spec.datacenterEvidence(), figures.tpp(), figures.tppIfOneUnit(), figures.performanceDensity(),
                spec.dieAreaMm2(), spec.interconnectGBs(), spec.memoryBandwidthGBs(), figures.memoryBandwidthDensity(),
                spec.dominantFunctionProcessing(), units, catalogued));
    }

    /**
     * A catalogue part given with figures of its own: the catalogue's figures are the part's (the figures given would
     * otherwise re-describe a known chip), and the contradiction holds the line.
     */
    private void conflict(String part) {
        facts.add(new InputProblem(lineId, "\"" + part + "\" is a catalogue part, and figures were given for it as well: the "
                + "catalogue's figures are used; give either the part number or the figures of an item the catalogue does not hold"));
    }

    private DestinationFact destination(String role, String entered) {
        String evaluated = ref.aliases().evaluatedAs(entered);
        Set<String> groups = ref.countryGroups().groupsOf(evaluated, asOf);
        groupsUsed.put(evaluated, groups);
        return new DestinationFact(lineId, role, entered, evaluated, groups);
    }

    private PartyFact party(String role, String country, boolean receives) {
        String code = country == null ? null : ref.aliases().evaluatedAs(country);
        return new PartyFact(lineId, role, code, receives, code == null ? Set.of() : ref.countryGroups().groupsOf(code, asOf));
    }

    private HeadquartersFact headquarters(String basis, String country) {
        String code = Countries.resolve(country).map(ref.aliases()::evaluatedAs).orElse(null);
        Set<String> groups = code == null ? Set.of() : ref.countryGroups().groupsOf(code, asOf);
        if (code != null) {
            groupsUsed.put(code, groups);
        }
        return new HeadquartersFact(lineId, basis, code, groups);
    }
}
