package com.chipcheck.bench;

import com.chipcheck.rules.catalogue.CatalogueEntry;
import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.engine.ReferenceData;
import com.chipcheck.rules.item.ChipSpec;
import com.chipcheck.rules.item.Component;
import com.chipcheck.rules.item.ItemKind;
import com.chipcheck.rules.item.ProcessingFigures;
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

    private record Classified(String eccn, Boolean datacenter, boolean hold) {
        static final Classified HOLD = new Classified(null, null, true);
        static final Classified NONE = new Classified(null, null, false);
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
        Classified item = spec.map(s -> classify(s, inForce, 0)).orElse(Classified.HOLD);
        hold |= item.hold();
        String eccn = item.eccn();
        String level = item.level();

        Party endUser = line.endUser();
        String shipTo = Countries.resolve(line.destinationCountry()).map(ref.aliases()::evaluatedAs).orElse(null);
        List<String> destinations = new ArrayList<>();
        if (shipTo != null) {
            destinations.add(shipTo);
        }
        if (endUser != null) {
            Countries.resolve(endUser.country()).map(ref.aliases()::evaluatedAs)
                    .filter(c -> !c.equals(shipTo)).ifPresent(destinations::add);
        }
        boolean acDest = false, d5Dest = false, prohibited = false, anyCn = false, anyMo = false, anyAe = false;
        for (String d : destinations) {
            Set<String> g = ref.countryGroups().groupsOf(d, asOf);
            acDest |= (g.contains("D:1") || g.contains("D:4") || g.contains("D:5")) && !g.contains("A:5") && !g.contains("A:6");
            d5Dest |= g.contains("D:5") || d.equals("MO");
            prohibited |= g.contains("E:1") || g.contains("E:2") || d.equals("RU") || d.equals("BY");
            hold |= d.equals("UA");
            anyCn |= d.equals("CN");
            anyMo |= d.equals("MO");
            anyAe |= d.equals("AE");
        }
        String hq = endUser == null ? null : resolved(endUser.headquartersCountry());
        String parent = endUser == null ? null : resolved(endUser.ultimateParentCountry());
        boolean d5Hq = d5OrMacau(hq, asOf) || d5OrMacau(parent, asOf);
        boolean exported = shipTo != null && !shipTo.equals("US");

        boolean ac2023 = inForce.contains("AC2023");
        if (ac2023 && eccn != null && (hq == null || parent == null) && exported) {
            hold = true;
        }
        boolean required = false;
        if (eccn != null) {
            boolean ab = level.equals("a") || level.equals("b");
            if (inForce.contains("AC2022") && level.equals("a")) {
                required |= anyCn || (anyMo && inForce.contains("MACAU2023"));
            }
            if (ac2023 && ab) {
                required |= acDest || (d5Hq && !acDest && exported);
            }
            if (inForce.contains("UAE_A5") && ab && anyAe && !(endUser != null && endUser.uaeApproved())) {
                required = true;
            }
            if (inForce.contains("HBM2024") && level.equals("c")) {
                required |= d5Dest || (d5Hq && !d5Dest && exported);
            }
            if (ac2023 && required && level.equals("a") && item.datacenter() == null) {
                hold = true;
            }
        }
        if (hold) {
            return new Result(Outcome.HOLD, eccn);
        }
        if (prohibited) {
            return new Result(Outcome.PROHIBITED, eccn);
        }
        if (!required) {
            return new Result(Outcome.NLR, eccn);
        }
        boolean eligible = ac2023 && ("b".equals(level) || ("a".equals(level) && Boolean.FALSE.equals(item.datacenter())));
        if (eligible && (d5Dest || d5Hq)) {
            return new Result(Outcome.NAC, eccn);
        }
        if (eligible && inForce.contains("NAC_ONLY")) {
            return new Result(Outcome.NAC, eccn);
        }
        if (eligible && inForce.contains("ACA_D1_D4")) {
            Set<String> g = ref.countryGroups().groupsOf(shipTo, asOf);
            if (g.contains("D:1") || g.contains("D:4")) {
                return new Result(Outcome.ACA, eccn);
            }
        }
        if (eligible && inForce.contains("DIFFUSION")) {
            return new Result(Outcome.ACA, eccn);
        }
        return new Result(Outcome.LICENSE_REQUIRED, eccn);
    }

    private String resolved(String country) {
        return Countries.resolve(country).map(ref.aliases()::evaluatedAs).orElse(null);
    }

    private boolean d5OrMacau(String country, LocalDate asOf) {
        return country != null && (country.equals("MO") || ref.countryGroups().groupsOf(country, asOf).contains("D:5"));
    }

    private Classified classify(ChipSpec spec, Set<String> inForce, int depth) {
        ProcessingFigures f = spec.figures();
        if (spec.kind() == ItemKind.SYSTEM) {
            if (spec.contains().isEmpty() || depth >= 3) {
                return Classified.HOLD;
            }
            boolean a = false, b = false, held = false;
            List<Boolean> dcs = new ArrayList<>();
            for (Component c : spec.contains()) {
                Optional<ChipSpec> child = c.chip() != null ? Optional.of(c.chip())
                        : ref.catalogue().find(c.partNumber()).map(CatalogueEntry::spec);
                Classified k = child.map(s -> classify(s, inForce, depth + 1)).orElse(Classified.HOLD);
                held |= k.hold();
                a |= "3A090.a".equals(k.eccn());
                b |= "3A090.b".equals(k.eccn());
                dcs.add(child.map(ChipSpec::datacenter).orElse(null));
            }
            Boolean dc = spec.datacenter() != null ? spec.datacenter()
                    : dcs.contains(Boolean.TRUE) ? Boolean.TRUE : dcs.contains(null) ? null : Boolean.FALSE;
            String eccn = a ? "4A090.a" : b ? "4A090.b" : null;
            return new Classified(eccn, dc, held);
        }
        if (spec.kind() == ItemKind.HBM) {
            if (!inForce.contains("HBM2024") || Boolean.TRUE.equals(spec.dominantFunctionProcessing())) {
                return Classified.NONE;
            }
            BigDecimal mbd = f.memoryBandwidthDensity();
            if (mbd == null) {
                return Classified.HOLD;
            }
            return mbd.compareTo(MBD_2) > 0 ? new Classified("3A090.c", spec.datacenter(), false) : Classified.NONE;
        }
        BigDecimal tpp = f.tpp();
        BigDecimal pd = f.performanceDensity();
        Boolean dc = spec.datacenter();
        if (tpp == null) {
            return Classified.HOLD;
        }
        if (inForce.contains("AC2022")) {
            if (tpp.compareTo(B4800) < 0) {
                return Classified.NONE;
            }
            if (spec.interconnectGBs() == null) {
                return Classified.HOLD;
            }
            return spec.interconnectGBs().compareTo(IO_600) >= 0 ? new Classified("3A090.a", dc, false) : Classified.NONE;
        }
        boolean midRange = tpp.compareTo(B1600) >= 0 && tpp.compareTo(B4800) < 0;
        boolean held = midRange && (dc == null || (pd == null && dc));
        boolean a = tpp.compareTo(B4800) >= 0 || (tpp.compareTo(B1600) >= 0 && pd != null && pd.compareTo(PD_5_92) >= 0);
        boolean b = pd != null && ((tpp.compareTo(B2400) >= 0 && tpp.compareTo(B4800) < 0 && pd.compareTo(PD_1_6) >= 0 && pd.compareTo(PD_5_92) < 0)
                || (tpp.compareTo(B1600) >= 0 && pd.compareTo(PD_3_2) >= 0 && pd.compareTo(PD_5_92) < 0));
        boolean note2 = Boolean.FALSE.equals(dc) && tpp.compareTo(B4800) < 0;
        String eccn = note2 ? null : a ? "3A090.a" : b ? "3A090.b" : null;
        return new Classified(eccn, dc, held);
    }
}
