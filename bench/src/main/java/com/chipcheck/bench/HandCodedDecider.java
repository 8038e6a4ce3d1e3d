package com.chipcheck.bench;

import com.chipcheck.rules.approval.UaeApprovedEntities;
import com.chipcheck.rules.catalogue.CatalogueEntry;
import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.engine.ReferenceData;
import com.chipcheck.rules.item.ChipSpec;
import com.chipcheck.rules.item.Component;
import com.chipcheck.rules.item.ItemKind;
import com.chipcheck.rules.item.ProcessingFigures;
import com.chipcheck.rules.order.LineParty;
import com.chipcheck.rules.order.LineValidator;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.order.Party;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rule base's decision logic written as plain Java if-chains: the performance baseline for the benchmark,
 * and a second, independent reading of the same rules that {@code HandCodedDeciderTest} compares with the
 * Drools rule base line by line. It computes outcome and ECCN only, without reasons. Not used by the product.
 */
public final class HandCodedDecider {

    public record Result(Outcome outcome, String eccn) {
    }

    /**
     * @param anyTrueInside    a system: something inside, at any depth, is designed for datacenters
     * @param containsC        the item is, or contains, 3A090.c memory
     * @param anyUnknownInside a system: a processor inside is of unknown design
     * @param note2Inside      a system: a processor inside, declared not for datacenters, has a TPP from 1600 to 4800
     */
    private record Classified(String eccn, Boolean datacenter, boolean hold, boolean anyTrueInside, boolean containsC,
                              boolean anyUnknownInside, boolean note2Inside) {
        static final Classified HOLD = new Classified(null, null, true, false, false, false, false);

        Classified(String eccn, Boolean datacenter, boolean hold, boolean anyTrueInside, boolean containsC) {
            this(eccn, datacenter, hold, anyTrueInside, containsC, false, false);
        }

        String level() { return eccn == null ? null : eccn.substring(eccn.length() - 1); }
    }

    private static final BigDecimal B1600 = new BigDecimal("1600");
    private static final BigDecimal B2400 = new BigDecimal("2400");
    private static final BigDecimal B4800 = new BigDecimal("4800");
    private static final BigDecimal PD_1_6 = new BigDecimal("1.6");
    private static final BigDecimal PD_3_2 = new BigDecimal("3.2");
    private static final BigDecimal PD_5_92 = new BigDecimal("5.92");
    private static final BigDecimal IO_600 = new BigDecimal("600");
    private static final BigDecimal MBD_2 = new BigDecimal("2");

    private final ReferenceData ref;

    public HandCodedDecider(ReferenceData ref) {
        this.ref = ref;
    }

    public List<Result> decide(List<OrderLine> lines, LocalDate orderAsOf) {
        List<Result> out = new ArrayList<>(lines.size());
        for (OrderLine line : lines) {
            out.add(decide(line, line.asOf() != null ? line.asOf() : orderAsOf));
        }
        return out;
    }

    public Result decide(OrderLine line, LocalDate asOf) {
        Set<String> inForce = ref.timeline().inForceOn(asOf);
        Optional<ChipSpec> spec = line.chip() != null ? Optional.of(line.chip())
                : ref.catalogue().find(line.partNumber()).map(CatalogueEntry::spec);
        boolean hold = !LineValidator.problems(line, asOf, spec.isPresent()).isEmpty() || !line.problems().isEmpty();
        Classified item = spec.map(s -> classify(s, inForce, 0, line.chip() == null)).orElse(Classified.HOLD);
        hold |= item.hold();
        String eccn = item.eccn();
        String level = item.level();

        // every country the item goes to: ship-to, the end user's own country, the consignees' countries
        Party endUser = line.endUser();
        String endUserCountry = endUser == null ? null : resolved(endUser.country());
        hold |= endUserCountry == null;
        List<String> destinations = new ArrayList<>();
        addIfNew(destinations, resolved(line.destinationCountry()));
        addIfNew(destinations, endUserCountry);
        for (LineParty p : line.otherParties()) {
            if (p.receivesTheItem()) {
                String c = resolved(p.country());
                hold |= c == null;
                addIfNew(destinations, c);
            }
        }
        boolean acDest = false, d5Dest = false, prohibited = false, anyCn = false, anyMo = false, anyAe = false, d1d4 = false;
        boolean exported = false;
        for (String d : destinations) {
            Set<String> g = ref.countryGroups().groupsOf(d, asOf);
            acDest |= (g.contains("D:1") || g.contains("D:4") || g.contains("D:5")) && !g.contains("A:5") && !g.contains("A:6");
            d5Dest |= g.contains("D:5") || d.equals("MO");
            d1d4 |= g.contains("D:1") || g.contains("D:4");
            prohibited |= g.contains("E:1") || g.contains("E:2") || d.equals("RU") || d.equals("BY");
            hold |= d.equals("UA");
            anyCn |= d.equals("CN");
            anyMo |= d.equals("MO");
            anyAe |= d.equals("AE");
            exported |= !d.equals("US");
        }
        String hq = endUser == null ? null : resolved(endUser.headquartersCountry());
        String parent = endUser == null ? null : resolved(endUser.ultimateParentCountry());
        boolean d5Hq = d5OrMacau(hq, asOf) || d5OrMacau(parent, asOf);
        boolean hqUnknown = hq == null || parent == null;
        for (LineParty p : line.otherParties()) {
            if (LineParty.ULTIMATE_CONSIGNEE.equals(p.role())) {
                String chq = resolved(p.headquartersCountry());
                String cparent = resolved(p.ultimateParentCountry());
                d5Hq |= d5OrMacau(chq, asOf) || d5OrMacau(cparent, asOf);
                hqUnknown |= chq == null || cparent == null;
            }
        }

        boolean ac2023 = inForce.contains("AC2023");
        boolean system = spec.isPresent() && spec.get().kind() == ItemKind.SYSTEM;
        if (ac2023 && (eccn != null || (system && item.containsC())) && hqUnknown && exported) {
            hold = true;
        }
        if (inForce.contains("HBM2024") && system && item.containsC() && (d5Dest || (d5Hq && exported))) {
            hold = true; // a system around 3A090.c memory where the memory alone would need a licence
        }
        boolean required = false;
        if (eccn != null) {
            boolean ab = level.equals("a") || level.equals("b");
            if (inForce.contains("AC2022") && level.equals("a")) {
                required |= anyCn || (anyMo && inForce.contains("MACAU2023"));
            }
            if (ac2023 && ab) {
                required |= acDest || (d5Hq && exported);
            }
            boolean consigneeNamed = line.otherParties().stream().anyMatch(p -> LineParty.ULTIMATE_CONSIGNEE.equals(p.role()));
            if (inForce.contains("UAE_A5") && ab && anyAe && !(endUser != null && endUser.uaeApproved() && !consigneeNamed)) {
                required = true;
            }
            if (inForce.contains("HBM2024") && level.equals("c")) {
                required |= d5Dest || (d5Hq && exported);
            }
            if (ac2023 && required && level.equals("a") && item.datacenter() == null) {
                hold = true;
            }
        }
        for (LineParty p : line.otherParties()) {
            hold |= resolved(p.country()) == null; // every named party says where it is
        }
        boolean consigneeNamedHere = line.otherParties().stream().anyMatch(p -> LineParty.ULTIMATE_CONSIGNEE.equals(p.role()));
        if (anyAe && endUser != null && endUser.uaeApproved() && !consigneeNamedHere) { // a declared approval must be listed, unexpired
            Optional<UaeApprovedEntities.Entry> listed = UaeApprovedEntities.bundled().find(endUser);
            hold |= listed.isEmpty() || (listed.get().expires() != null && !asOf.isBefore(listed.get().expires()));
        }
        if (!prohibited) { // a party in an embargoed country, or (for classified items leaving the US) headquarters there
            boolean classified = eccn != null || (system && item.containsC());
            boolean hqMatters = ac2023 && classified && exported;
            for (String c : new String[] {hq, parent}) {
                hold |= hqMatters && embargoed(c, asOf);
            }
            for (LineParty p : line.otherParties()) {
                hold |= !p.receivesTheItem() && embargoed(resolved(p.country()), asOf);
                hold |= hqMatters && LineParty.ULTIMATE_CONSIGNEE.equals(p.role())
                        && (embargoed(resolved(p.headquartersCountry()), asOf) || embargoed(resolved(p.ultimateParentCountry()), asOf));
            }
        }
        if (prohibited) {
            return new Result(Outcome.PROHIBITED, eccn); // a prohibition stands whatever is still open
        }
        if (hold) {
            return new Result(Outcome.HOLD, eccn);
        }
        if (!required) {
            return new Result(Outcome.NLR, eccn);
        }
        boolean eligible = ac2023 && ("b".equals(level) || ("a".equals(level) && Boolean.FALSE.equals(item.datacenter())));
        boolean uaeApproved = endUser != null && endUser.uaeApproved()
                && line.otherParties().stream().noneMatch(p -> LineParty.ULTIMATE_CONSIGNEE.equals(p.role()));
        if (eligible && "a".equals(level) && anyAe && inForce.contains("UAE_A5") && !uaeApproved) {
            return new Result(Outcome.HOLD, eccn); // the open question of .a items to the UAE is not cleared by an exception
        }
        if (eligible && (d5Dest || d5Hq)) {
            return new Result(Outcome.NAC, eccn);
        }
        if (eligible && inForce.contains("NAC_ONLY")) {
            return new Result(Outcome.NAC, eccn);
        }
        if (eligible && inForce.contains("ACA_D1_D4") && d1d4) {
            return new Result(Outcome.ACA, eccn);
        }
        if (eligible && inForce.contains("DIFFUSION")) {
            return new Result(Outcome.ACA, eccn);
        }
        return new Result(Outcome.LICENSE_REQUIRED, eccn);
    }

    private void addIfNew(List<String> destinations, String country) {
        if (country != null) {
            String evaluated = ref.aliases().evaluatedAs(country);
            if (!destinations.contains(evaluated)) {
                destinations.add(evaluated);
            }
        }
    }

    private String resolved(String country) {
        return Countries.resolve(country).map(ref.aliases()::evaluatedAs).orElse(null);
    }

    /** Embargoed, or Ukraine, whose Crimea, DNR and LNR regions are: a party there holds the line. */
    private boolean embargoed(String country, LocalDate asOf) {
        if (country == null) {
            return false;
        }
        Set<String> g = ref.countryGroups().groupsOf(country, asOf);
        return g.contains("E:1") || g.contains("E:2") || country.equals("RU") || country.equals("BY") || country.equals("UA");
    }

    private boolean d5OrMacau(String country, LocalDate asOf) {
        return country != null && (country.equals("MO") || ref.countryGroups().groupsOf(country, asOf).contains("D:5"));
    }

    private Classified classify(ChipSpec spec, Set<String> inForce, int depth, boolean catalogued) {
        if (spec.kind() == ItemKind.SYSTEM) {
            return classifySystem(spec, inForce, depth);
        }
        ProcessingFigures f = spec.figures();
        boolean processor = spec.kind() == ItemKind.IC || Boolean.TRUE.equals(spec.dominantFunctionProcessing());
        if (!processor) { // HBM
            boolean held = f.tpp() != null && f.tpp().compareTo(B1600) >= 0; // processing figures, function not stated
            if (!inForce.contains("HBM2024")) {
                return new Classified(null, spec.datacenter(), held, false, false);
            }
            BigDecimal mbd = f.memoryBandwidthDensity();
            if (mbd == null) {
                return Classified.HOLD;
            }
            return mbd.compareTo(MBD_2) > 0 ? new Classified("3A090.c", spec.datacenter(), held, false, true)
                    : new Classified(null, spec.datacenter(), held, false, false);
        }
        BigDecimal tpp = f.tpp();
        BigDecimal pd = f.performanceDensity();
        Boolean dc = spec.datacenter();
        if (tpp == null) {
            return Classified.HOLD;
        }
        // unlabelled figures at one bit length: held when the one-unit and the separate-units readings straddle 3A090
        boolean ambiguous = f.tppIfOneUnit() != null && f.tppIfOneUnit().compareTo(B4800) < 0 && tpp.compareTo(B1600) >= 0;
        if (inForce.contains("AC2022")) {
            if (tpp.compareTo(B4800) < 0) {
                return new Classified(null, dc, ambiguous, false, false);
            }
            if (spec.interconnectGBs() == null) {
                return Classified.HOLD;
            }
            return new Classified(spec.interconnectGBs().compareTo(IO_600) >= 0 ? "3A090.a" : null, dc, ambiguous, false, false);
        }
        boolean midRange = tpp.compareTo(B1600) >= 0 && tpp.compareTo(B4800) < 0;
        boolean held = midRange && (dc == null || (pd == null && dc));
        held |= ambiguous;
        boolean a = tpp.compareTo(B4800) >= 0 || (tpp.compareTo(B1600) >= 0 && pd != null && pd.compareTo(PD_5_92) >= 0);
        boolean b = pd != null && ((tpp.compareTo(B2400) >= 0 && tpp.compareTo(B4800) < 0 && pd.compareTo(PD_1_6) >= 0 && pd.compareTo(PD_5_92) < 0)
                || (tpp.compareTo(B1600) >= 0 && pd.compareTo(PD_3_2) >= 0 && pd.compareTo(PD_5_92) < 0));
        boolean note2 = Boolean.FALSE.equals(dc) && tpp.compareTo(B4800) < 0;
        String eccn = note2 ? null : a ? "3A090.a" : b ? "3A090.b" : null;
        BigDecimal mbd = f.memoryBandwidthDensity();
        boolean memoryAbove2OrUnknown = mbd == null || mbd.compareTo(MBD_2) > 0;
        boolean memoryFigures = spec.kind() == ItemKind.HBM || spec.memoryBandwidthGBs() != null;
        boolean declaredProcessing = Boolean.TRUE.equals(spec.dominantFunctionProcessing());
        if (inForce.contains("HBM2024")) {
            // memory declared processing-dominant with nothing to show for it
            held |= memoryFigures && declaredProcessing && eccn == null && memoryAbove2OrUnknown;
            // an integrated circuit with memory figures above 2 GB/s/mm2, or of unknown density, not declared processing
            held |= spec.kind() == ItemKind.IC && !declaredProcessing && mbd != null && mbd.compareTo(MBD_2) > 0;
            held |= spec.kind() == ItemKind.IC && !declaredProcessing && !catalogued && spec.memoryBandwidthGBs() != null && mbd == null
                    && eccn == null;
        }
        return new Classified(eccn, dc, held, false, false);
    }

    /**
     * A system: 4A090.a/.b from the most controlled circuit at any depth; designed for datacenters if declared so, or
     * if anything inside is (a declaration "not" is overridden), unknown if something inside is of unknown design.
     */
    private Classified classifySystem(ChipSpec spec, Set<String> inForce, int depth) {
        if (spec.contains().isEmpty() || depth >= 8) {
            return Classified.HOLD;
        }
        boolean a = false, b = false, held = false, anyTrue = false, anyUnknown = false, containsC = false, note2 = false;
        for (Component c : spec.contains()) {
            Optional<ChipSpec> child = c.chip() != null ? Optional.of(c.chip())
                    : ref.catalogue().find(c.partNumber()).map(CatalogueEntry::spec);
            if (child.isEmpty()) {
                held = true;
                continue;
            }
            Classified k = classify(child.get(), inForce, depth + 1, c.chip() == null);
            held |= k.hold();
            String eccn = k.eccn() == null ? "" : k.eccn();
            a |= eccn.endsWith(".a");
            b |= eccn.endsWith(".b");
            containsC |= k.containsC();
            ChipSpec s = child.get();
            boolean processor = s.kind() == ItemKind.IC || Boolean.TRUE.equals(s.dominantFunctionProcessing());
            if (s.kind() == ItemKind.SYSTEM) {
                anyTrue |= Boolean.TRUE.equals(s.datacenter()) || k.anyTrueInside();
                anyUnknown |= k.anyUnknownInside();
                note2 |= k.note2Inside();
            } else if (processor) {
                anyTrue |= Boolean.TRUE.equals(s.datacenter());
                anyUnknown |= s.datacenter() == null;
                BigDecimal tpp = s.figures().tpp();
                note2 |= Boolean.FALSE.equals(s.datacenter()) && tpp != null && tpp.compareTo(B1600) >= 0 && tpp.compareTo(B4800) < 0;
            }
        }
        Boolean dc = Boolean.TRUE.equals(spec.datacenter()) || anyTrue ? Boolean.TRUE : anyUnknown ? null : Boolean.FALSE;
        // a datacenter system built around chips Note 2 excludes, and nothing else making it 4A090: unsettled
        held |= inForce.contains("AC2023") && Boolean.TRUE.equals(dc) && !a && !b && note2;
        return new Classified(a ? "4A090.a" : b ? "4A090.b" : null, dc, held, anyTrue, containsC, anyUnknown, note2);
    }
}
