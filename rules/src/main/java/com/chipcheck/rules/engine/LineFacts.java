package com.chipcheck.rules.engine;

import com.chipcheck.rules.catalogue.CatalogueEntry;
import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.facts.DestinationFact;
import com.chipcheck.rules.facts.HeadquartersFact;
import com.chipcheck.rules.facts.InputProblem;
import com.chipcheck.rules.facts.ItemFact;
import com.chipcheck.rules.facts.LineFact;
import com.chipcheck.rules.item.ChipSpec;
import com.chipcheck.rules.item.Component;
import com.chipcheck.rules.item.ItemKind;
import com.chipcheck.rules.item.ProcessingFigures;
import com.chipcheck.rules.order.FieldProblem;
import com.chipcheck.rules.order.LineValidator;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.order.Party;
import com.chipcheck.rules.screening.PartyScreening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns an order line into the facts the rules reason over: the line and its date, the item (and, for a
 * system, the items it contains) with computed figures, the destinations with their Country Groups on that
 * date, and the headquarters countries. Data look-ups only: every conclusion is left to the rules.
 */
final class LineFacts {

    private static final int MAX_SYSTEM_DEPTH = 3;

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
        inForce = ref.timeline().inForceOn(asOf);
        facts.add(new LineFact(lineId, asOf, inForce, endUser != null && endUser.uaeApproved()));
        addItem(line, lineId + "/item");
        String shipTo = Countries.resolve(line.destinationCountry()).orElse(null);
        if (shipTo != null) {
            facts.add(destination(DestinationFact.SHIP_TO, shipTo));
        }
        if (endUser != null) {
            Countries.resolve(endUser.country())
                    .filter(located -> shipTo == null || !ref.aliases().evaluatedAs(located).equals(ref.aliases().evaluatedAs(shipTo)))
                    .ifPresent(located -> facts.add(destination(DestinationFact.END_USER_LOCATION, located)));
        }
        facts.add(headquarters(HeadquartersFact.END_USER, endUser == null ? null : endUser.headquartersCountry()));
        facts.add(headquarters(HeadquartersFact.ULTIMATE_PARENT, endUser == null ? null : endUser.ultimateParentCountry()));
    }

    private void addItem(OrderLine line, String itemId) {
        if (line.chip() != null) {
            String label = line.partNumber() != null && !line.partNumber().isBlank() ? line.partNumber() : line.chip().name();
            addSpec(line.chip(), label, itemId, null, 1, 0);
            return;
        }
        Optional<CatalogueEntry> entry = ref.catalogue().find(line.partNumber());
        if (entry.isPresent()) {
            addSpec(entry.get().spec(), entry.get().partNumber(), itemId, null, 1, 0);
        } else {
            facts.add(ItemFact.unknown(lineId, itemId, null, line.partNumber()));
        }
    }

    /** Adds the item and, for a system, its contents; returns the item's datacenter designation. */
    private Boolean addSpec(ChipSpec spec, String label, String itemId, String parentId, int count, int depth) {
        Boolean datacenter = spec.datacenter();
        if (spec.kind() == ItemKind.SYSTEM && depth < MAX_SYSTEM_DEPTH) {
            List<Boolean> contained = new ArrayList<>();
            int n = 0;
            for (Component c : spec.contains()) {
                String childId = itemId + "/" + (++n);
                Optional<CatalogueEntry> child = ref.catalogue().find(c.partNumber());
                if (c.chip() != null) {
                    String childLabel = c.partNumber() != null ? c.partNumber() : c.chip().name();
                    contained.add(addSpec(c.chip(), childLabel, childId, itemId, c.count(), depth + 1));
                } else if (child.isPresent()) {
                    contained.add(addSpec(child.get().spec(), child.get().partNumber(), childId, itemId, c.count(), depth + 1));
                } else {
                    facts.add(ItemFact.unknown(lineId, childId, itemId, c.partNumber()));
                }
            }
            if (datacenter == null) {
                datacenter = carriedUp(contained);
            }
        }
        ProcessingFigures figures = spec.figures();
        facts.add(new ItemFact(lineId, itemId, parentId, spec.kind().name(), label, true, datacenter,
                spec.datacenterEvidence(), figures.tpp(), figures.performanceDensity(), spec.dieAreaMm2(),
                spec.interconnectGBs(), spec.memoryBandwidthGBs(), figures.memoryBandwidthDensity(),
                spec.dominantFunctionProcessing(), count));
        return datacenter;
    }

    /** A system is for datacenters if any IC in it is; not, if none is; unknown otherwise (regulation.md a.4). */
    private static Boolean carriedUp(List<Boolean> contained) {
        if (contained.contains(Boolean.TRUE)) {
            return Boolean.TRUE;
        }
        return !contained.isEmpty() && !contained.contains(null) ? Boolean.FALSE : null;
    }

    private DestinationFact destination(String role, String entered) {
        String evaluated = ref.aliases().evaluatedAs(entered);
        Set<String> groups = ref.countryGroups().groupsOf(evaluated, asOf);
        groupsUsed.put(evaluated, groups);
        return new DestinationFact(lineId, role, entered, evaluated, groups);
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
