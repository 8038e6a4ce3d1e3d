package com.chipcheck.rules.properties;

import com.chipcheck.rules.catalogue.CatalogueEntry;
import com.chipcheck.rules.country.GroupMembership;
import com.chipcheck.rules.engine.ReferenceData;
import com.chipcheck.rules.item.ChipSpec;
import com.chipcheck.rules.item.Component;
import com.chipcheck.rules.item.ItemKind;
import com.chipcheck.rules.item.PerformanceFigure;
import com.chipcheck.rules.order.LineParty;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.order.Party;
import com.chipcheck.rules.order.Purchase;
import com.chipcheck.rules.timeline.Instrument;
import com.chipcheck.rules.timeline.RegulatoryTimeline;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generators of order lines as a compliance officer could describe them through the API: catalogue parts and
 * ad-hoc chips (1–4 throughput figures, with and without unit labels, at every bit length, close to each threshold),
 * high bandwidth memory with and without processing logic, systems nested up to three deep, every country of the
 * Country Group table as ship-to address, end-user location, headquarters, parent and consignee, and as-of dates on
 * and either side of every regime boundary.
 */
final class Lines {

    static final ReferenceData REF = ReferenceData.bundled();

    /** Every country the reference data knows, and some it gives no group at all. */
    static final List<String> COUNTRIES;
    /** Every date on which something changes (instruments, Country Group memberships), the day before and after. */
    static final List<LocalDate> BOUNDARY_DATES;

    static {
        Set<String> countries = new TreeSet<>(List.of("US", "HK", "UA", "BR", "NG", "CL"));
        Set<LocalDate> dates = new TreeSet<>();
        for (GroupMembership m : REF.countryGroups().memberships()) {
            countries.add(m.country());
            around(m.validFrom(), dates);
            around(m.validTo() == null ? null : m.validTo().plusDays(1), dates);
        }
        for (Instrument i : REF.timeline().instruments()) {
            around(i.effectiveFrom(), dates);
            around(i.effectiveTo() == null ? null : i.effectiveTo().plusDays(1), dates);
        }
        dates.removeIf(d -> d.isBefore(RegulatoryTimeline.EARLIEST) || d.isAfter(LocalDate.of(2027, 12, 31)));
        COUNTRIES = List.copyOf(countries);
        BOUNDARY_DATES = List.copyOf(dates);
    }

    private static void around(LocalDate d, Set<LocalDate> out) {
        if (d != null) {
            out.add(d.minusDays(1));
            out.add(d);
            out.add(d.plusDays(1));
        }
    }

    private Lines() {
    }

    /** Where decisions turn: advanced-computing destinations, D:5, Macau, embargoes, the UAE, third countries, the US. */
    static final List<String> OFTEN = List.of("CN", "HK", "MO", "VN", "SA", "AE", "RU", "IR", "UA", "KH", "MY", "SG", "IL", "US", "DE");

    /** Any country of the table, half of the time one of those where decisions turn. */
    static Arbitrary<String> countries() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(COUNTRIES)), Tuple.of(1, Arbitraries.of(OFTEN)));
    }

    static Arbitrary<LocalDate> dates() {
        Arbitrary<LocalDate> any = Arbitraries.integers().between(0, 5 * 365)
                .map(n -> RegulatoryTimeline.EARLIEST.plusDays(n));
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(BOUNDARY_DATES)), Tuple.of(1, any));
    }

    // ---- items

    /** What a line ships: a catalogue part number, or an ad-hoc description. */
    record Item(String partNumber, ChipSpec chip) {
    }

    static Arbitrary<Item> items() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, catalogueParts().map(p -> new Item(p, null))),
                Tuple.of(4, ics().map(c -> new Item(null, c))),
                Tuple.of(1, hbm().map(c -> new Item(null, c))),
                Tuple.of(2, systems(1).map(c -> new Item(null, c))));
    }

    static Arbitrary<String> catalogueParts() {
        return Arbitraries.of(REF.catalogue().entries().stream().map(CatalogueEntry::partNumber).toList());
    }

    static Arbitrary<Boolean> datacenter() {
        return Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.25);
    }

    private static final int[] THRESHOLDS = {1600, 2400, 4800};

    /** Dense TOPS at a bit length: near a TPP threshold (a hair below, on it, a hair above), or anywhere. */
    static Arbitrary<BigDecimal> denseTops(int bits) {
        Arbitrary<BigDecimal> near = Combinators.combine(Arbitraries.of(1600, 2400, 4800, 800, 1200, 2400, 3200),
                        Arbitraries.of("-0.01", "0", "0.01"))
                .as((t, eps) -> BigDecimal.valueOf(t).divide(BigDecimal.valueOf(bits), 10, RoundingMode.HALF_UP)
                        .add(new BigDecimal(eps)).max(BigDecimal.ZERO));
        Arbitrary<BigDecimal> anywhere = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("3000")).ofScale(2);
        return Arbitraries.frequencyOf(Tuple.of(3, near), Tuple.of(2, anywhere));
    }

    static Arbitrary<Integer> bitLengths() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(4, 8, 16, 32, 64)), Tuple.of(1, Arbitraries.integers().between(1, 128)));
    }

    static Arbitrary<PerformanceFigure> figures() {
        Arbitrary<String> unit = Arbitraries.of("die0", "die1", "tensor").injectNull(0.5);
        return Combinators.combine(unit, bitLengths()).flatAs((u, bits) ->
                denseTops(bits).map(t -> new PerformanceFigure(u, null, bits, t)));
    }

    /** A die area that puts the density near 1.6, 3.2 or 5.92 for this TPP, or anywhere, or none. */
    static Arbitrary<BigDecimal> dieArea(BigDecimal tpp) {
        Arbitrary<BigDecimal> anywhere = Arbitraries.bigDecimals().between(new BigDecimal("20"), new BigDecimal("2500")).ofScale(1);
        if (tpp == null || tpp.signum() == 0) {
            return anywhere.injectNull(0.15);
        }
        Arbitrary<BigDecimal> near = Combinators.combine(Arbitraries.of("1.6", "3.2", "5.92"), Arbitraries.of("-0.0001", "0", "0.0001"))
                .as((pd, eps) -> tpp.divide(new BigDecimal(pd), 10, RoundingMode.HALF_UP).add(new BigDecimal(eps)))
                .filter(a -> a.signum() > 0);
        return Arbitraries.frequencyOf(Tuple.of(2, near), Tuple.of(2, anywhere)).injectNull(0.15);
    }

    static Arbitrary<BigDecimal> interconnect() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(new BigDecimal("599.99"), new BigDecimal("600"))),
                Tuple.of(2, Arbitraries.bigDecimals().between(new BigDecimal("100"), new BigDecimal("1200")).ofScale(0))).injectNull(0.2);
    }

    static Arbitrary<ChipSpec> ics() {
        return figures().list().ofMinSize(1).ofMaxSize(4).flatMap(fs -> {
            BigDecimal tpp = spec(ItemKind.IC, null, fs, null, null, null, null, null, List.of()).figures().tpp();
            return Combinators.combine(dieArea(tpp), datacenter(), interconnect())
                    .as((area, dc, io) -> spec(ItemKind.IC, dc, fs, area, io, null, null, null, List.of()));
        });
    }

    static Arbitrary<ChipSpec> hbm() {
        Arbitrary<BigDecimal> bandwidth = Arbitraries.bigDecimals().between(new BigDecimal("100"), new BigDecimal("4000")).ofScale(1);
        Arbitrary<List<PerformanceFigure>> logic = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.<PerformanceFigure>of())),
                Tuple.of(2, figures().list().ofMinSize(1).ofMaxSize(2)));
        return Combinators.combine(bandwidth, Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.5), logic, datacenter(),
                        Arbitraries.of("-0.01", "0", "0.01", "far"), Arbitraries.integers().between(0, 9))
                .flatAs((bw, dfp, fs, dc, eps, missing) -> {
                    // package area near the 2 GB/s per mm2 boundary, or far from it; sometimes missing
                    BigDecimal area = eps.equals("far") ? new BigDecimal("300") : bw.divide(new BigDecimal("2"), 10, RoundingMode.HALF_UP).add(new BigDecimal(eps));
                    BigDecimal tpp = fs.isEmpty() ? null : spec(ItemKind.HBM, null, fs, null, null, null, null, null, List.of()).figures().tpp();
                    return dieArea(tpp).map(die -> spec(ItemKind.HBM, dc, fs, fs.isEmpty() ? null : die, null, missing == 0 ? null : bw,
                            missing == 1 ? null : area, dfp, List.of()));
                });
    }

    static Arbitrary<ChipSpec> systems(int depth) {
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 8);
        List<Tuple.Tuple2<Integer, Arbitrary<? extends Component>>> kinds = new ArrayList<>();
        kinds.add(Tuple.of(3, Combinators.combine(catalogueParts(), count).as((p, n) -> new Component(p, n, null))));
        kinds.add(Tuple.of(3, Combinators.combine(ics(), count).as((c, n) -> new Component(null, n, c))));
        kinds.add(Tuple.of(1, Combinators.combine(hbm(), count).as((c, n) -> new Component(null, n, c))));
        if (depth < 3) {
            kinds.add(Tuple.of(2, Combinators.combine(Arbitraries.lazy(() -> systems(depth + 1)), count).as((c, n) -> new Component(null, n, c))));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Arbitrary<Component> component = Arbitraries.frequencyOf(kinds.toArray(new Tuple.Tuple2[0]));
        return Combinators.combine(component.list().ofMinSize(1).ofMaxSize(3), datacenter())
                .as((contents, dc) -> spec(ItemKind.SYSTEM, dc, List.of(), null, null, null, null, null, contents));
    }

    static ChipSpec spec(ItemKind kind, Boolean dc, List<PerformanceFigure> figures, BigDecimal dieArea, BigDecimal io,
                         BigDecimal bandwidth, BigDecimal packageArea, Boolean dfp, List<Component> contents) {
        return new ChipSpec("generated " + kind.name().toLowerCase(), kind, dc, dc == null ? null : "generated declaration", figures,
                dieArea, io, bandwidth, packageArea, dfp, contents, null, "property test");
    }

    // ---- parties and lines

    static Arbitrary<Party> endUsers() {
        Arbitrary<Integer> where = Arbitraries.integers().between(0, 9);
        return Combinators.combine(countries(), countries(), countries(), where, where, Arbitraries.integers().between(0, 19))
                .as((located, hq, parent, hqChoice, parentChoice, uae) -> new Party("Generated End User Co", located,
                        hqChoice < 5 ? located : hqChoice == 9 ? null : hq,
                        parentChoice < 5 ? (hqChoice < 5 ? located : hq) : parentChoice == 9 ? null : parent,
                        uae == 0));
    }

    static Arbitrary<LineParty> ultimateConsignees() {
        return Combinators.combine(countries(), countries(), Arbitraries.integers().between(0, 3))
                .as((c, hq, same) -> new LineParty(LineParty.ULTIMATE_CONSIGNEE, "Generated Consignee Ltd", c, same > 0 ? c : hq,
                        same > 0 ? c : hq)).injectNull(0.75);
    }

    static Arbitrary<LineParty> intermediateConsignees() {
        return countries().map(c -> new LineParty(LineParty.INTERMEDIATE_CONSIGNEE, "Generated Forwarder Ltd", c)).injectNull(0.8);
    }

    static Arbitrary<OrderLine> lines() {
        Arbitrary<Integer> shipToMode = Arbitraries.integers().between(0, 9);
        return Combinators.combine(items(), Arbitraries.integers().between(1, 16), endUsers(), shipToMode, countries(),
                        ultimateConsignees(), intermediateConsignees(), dates())
                .as((item, qty, endUser, mode, other, consignee, forwarder, date) -> {
                    String shipTo = mode < 6 ? endUser.country() : mode < 8 ? other : "US";
                    List<LineParty> parties = new ArrayList<>();
                    if (consignee != null) {
                        parties.add(consignee);
                    }
                    if (forwarder != null) {
                        parties.add(forwarder);
                    }
                    return new OrderLine("1", item.partNumber(), item.chip(), BigDecimal.valueOf(qty), shipTo, endUser, date)
                            .withOtherParties(parties);
                });
    }

    /** Lines with the commercial side the procurement policy reads: price, currency, end-user type, age, capacity. */
    static Arbitrary<OrderLine> linesWithPurchase() {
        Arbitrary<Purchase> purchase = Combinators.combine(
                Arbitraries.bigDecimals().between(new BigDecimal("100"), new BigDecimal("120000")).ofScale(0).injectNull(0.2),
                Arbitraries.of("USD", "EUR").injectNull(0.3),
                Arbitraries.of(Purchase.END_USER_TYPES.stream().sorted().toList()).injectNull(0.3),
                Arbitraries.integers().between(0, 2000).injectNull(0.5),
                Arbitraries.integers().between(1, 64).injectNull(0.6))
                .as((price, currency, type, ageDays, capacity) -> new Purchase(price, currency, type,
                        ageDays == null ? null : LocalDate.of(2026, 9, 30).minusDays(ageDays),
                        capacity == null ? null : BigDecimal.valueOf(capacity)));
        return Combinators.combine(lines(), purchase).as(OrderLine::withPurchase);
    }
}
