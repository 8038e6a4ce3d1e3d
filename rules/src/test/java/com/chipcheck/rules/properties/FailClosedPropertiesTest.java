package com.chipcheck.rules.properties;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.decision.Reason;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.item.ChipSpec;
import com.chipcheck.rules.item.Component;
import com.chipcheck.rules.item.ItemKind;
import com.chipcheck.rules.item.PerformanceFigure;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.procurement.ProcurementPolicies;
import com.chipcheck.rules.procurement.ProcurementPolicy;
import com.chipcheck.rules.procurement.ShipmentHistory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The fail-closed guarantees as properties over thousands of generated lines (see {@link Lines}): no change that
 * adds control, wraps an item, removes a fact or routes the goods through a US address can turn a line that does not
 * clear into one that does. A line <em>clears</em> when its outcome is NLR, NAC or ACA. Each property runs twice:
 * with a fixed seed (the same lines on every build) and with a random one (new lines every build; jqwik prints the
 * seed of a failure, and a counter-example is printed as a body for {@code POST /api/v1/checks}).
 */
class FailClosedPropertiesTest {

    static final Set<Outcome> CLEARING = EnumSet.of(Outcome.NLR, Outcome.NAC, Outcome.ACA);
    /** The outcomes that say the law controls the line: the starting points "more control" may never clear. */
    static final Set<Outcome> CONTROLLED = EnumSet.of(Outcome.LICENSE_REQUIRED, Outcome.PROHIBITED);

    private static final String FIXED_SEED = "20261202";
    private static final int FIXED_TRIES = 1500;
    private static final int RANDOM_TRIES = 700;

    /** The production rule base and reference data, deciding every line through the rules (nothing remembered). */
    static final ExportControlEngine ENGINE = ExportControlEngine.bundled().afresh();

    static LineDecision decide(OrderLine line) {
        return ENGINE.check(new Order("PROPERTY", line.asOf(), List.of(line))).lines().get(0);
    }

    // ---- wrapping never clears, and never lowers the ECCN paragraph

    @Property(tries = FIXED_TRIES, seed = FIXED_SEED, shrinking = ShrinkingMode.BOUNDED)
    void wrappingNeverClears(@ForAll("lines") OrderLine line, @ForAll("wrappings") Wrapping wrapping) {
        checkWrapping(line, wrapping);
    }

    @Property(tries = RANDOM_TRIES, shrinking = ShrinkingMode.BOUNDED)
    void wrappingNeverClearsOnRandomLines(@ForAll("lines") OrderLine line, @ForAll("wrappings") Wrapping wrapping) {
        checkWrapping(line, wrapping);
    }

    /** Put the line's item, N of it, inside a system, inside a system …, each declaring datacenter use or not. */
    record Wrapping(int depth, int count, Boolean datacenter) {
        OrderLine apply(OrderLine line) {
            Component inner = line.chip() != null ? new Component(line.partNumber(), count, line.chip())
                    : new Component(line.partNumber(), count, null);
            ChipSpec wrapped = null;
            for (int d = 0; d < depth; d++) {
                wrapped = Lines.spec(ItemKind.SYSTEM, datacenter, List.of(), null, null, null, null, null, List.of(inner));
                inner = new Component(null, 1, wrapped);
            }
            return new OrderLine(line.lineId(), null, wrapped, line.quantity(), line.destinationCountry(), line.endUser(), line.asOf())
                    .withOtherParties(line.otherParties()).withPurchase(line.purchase());
        }
    }

    @Provide
    Arbitrary<Wrapping> wrappings() {
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 8), Lines.datacenter())
                .as(Wrapping::new);
    }

    private void checkWrapping(OrderLine line, Wrapping wrapping) {
        LineDecision bare = decide(line);
        OrderLine wrappedLine = wrapping.apply(line);
        LineDecision wrapped = decide(wrappedLine);
        Statistics.label("bare outcome").collect(bare.outcome());
        if (!CLEARING.contains(bare.outcome()) && CLEARING.contains(wrapped.outcome())) {
            throw counterExample("wrapping the item in a system cleared a line that did not clear", line, bare, wrappedLine, wrapped);
        }
        // 4A090 has paragraphs for systems of 3A090.a and .b circuits only: 3A090.c memory is followed by the clearing check
        if (rank(bare.eccn()) >= 2 && rank(wrapped.eccn()) < rank(bare.eccn()) && wrapped.outcome() != Outcome.HOLD) {
            throw counterExample("wrapping lowered the ECCN paragraph from " + bare.eccn() + " to " + wrapped.eccn(),
                    line, bare, wrappedLine, wrapped);
        }
    }

    /** How much an ECCN controls: .a above .b above .c above none. */
    static int rank(String eccn) {
        if (eccn == null) {
            return 0;
        }
        return switch (eccn.charAt(eccn.length() - 1)) {
            case 'a' -> 3;
            case 'b' -> 2;
            case 'c' -> 1;
            default -> 0;
        };
    }

    // ---- more control never clears

    @Property(tries = FIXED_TRIES, seed = FIXED_SEED, shrinking = ShrinkingMode.BOUNDED)
    void moreControlNeverClears(@ForAll("lines") OrderLine line, @ForAll("controls") MoreControl change) {
        checkMoreControl(line, change);
    }

    @Property(tries = RANDOM_TRIES, shrinking = ShrinkingMode.BOUNDED)
    void moreControlNeverClearsOnRandomLines(@ForAll("lines") OrderLine line, @ForAll("controls") MoreControl change) {
        checkMoreControl(line, change);
    }

    /**
     * One change that can only add control: raise a throughput figure, add a processing unit, declare an item (or an
     * item inside a system) designed for datacenters, or move a party's location, headquarters or parent into D:5 or
     * Macau. {@code node}, {@code figure} and {@code target} are taken modulo what the line has.
     */
    record MoreControl(String kind, int node, int figure, BigDecimal factor, Edits.Slot slot, int target) {
        OrderLine apply(OrderLine line) {
            ChipSpec spec = Edits.spec(line);
            return switch (kind) {
                case "raise a figure" -> {
                    if (spec == null) {
                        yield null;
                    }
                    List<ChipSpec> nodes = Edits.nodes(spec);
                    List<Integer> withFigures = new ArrayList<>();
                    for (int i = 0; i < nodes.size(); i++) {
                        if (!nodes.get(i).performance().isEmpty()) {
                            withFigures.add(i);
                        }
                    }
                    if (withFigures.isEmpty()) {
                        yield null;
                    }
                    int at = withFigures.get(Math.floorMod(node, withFigures.size()));
                    yield Edits.withSpec(line, Edits.replace(spec, at, s -> {
                        List<PerformanceFigure> fs = new ArrayList<>(s.performance());
                        int j = Math.floorMod(figure, fs.size());
                        PerformanceFigure f = fs.get(j);
                        fs.set(j, new PerformanceFigure(f.unit(), f.precision(), f.bitLength(), f.denseTops().multiply(factor).setScale(10, java.math.RoundingMode.FLOOR).max(f.denseTops())));
                        return Edits.Specs.of(s).performance(fs).build();
                    }));
                }
                case "add a processing unit" -> {
                    if (spec == null) {
                        yield null;
                    }
                    List<ChipSpec> nodes = Edits.nodes(spec);
                    List<Integer> processors = new ArrayList<>();
                    for (int i = 0; i < nodes.size(); i++) {
                        if (Edits.isProcessor(nodes.get(i))) {
                            processors.add(i);
                        }
                    }
                    if (processors.isEmpty()) {
                        yield null;
                    }
                    int at = processors.get(Math.floorMod(node, processors.size()));
                    yield Edits.withSpec(line, Edits.replace(spec, at, s -> {
                        List<PerformanceFigure> fs = new ArrayList<>(s.performance());
                        fs.add(new PerformanceFigure("added unit", "FP8", 8, factor.multiply(new BigDecimal("100"))));
                        return Edits.Specs.of(s).performance(fs).build();
                    }));
                }
                case "declare it designed for datacenters" -> {
                    if (spec == null) {
                        yield null;
                    }
                    int at = Math.floorMod(node, Edits.nodes(spec).size());
                    yield Edits.withSpec(line, Edits.replace(spec, at, s -> Edits.Specs.of(s).datacenter(Boolean.TRUE).build()));
                }
                case "move a party into D:5 or Macau" -> {
                    String now = Edits.get(line, slot);
                    if (!Edits.has(line, slot) || now == null || d5OrMacau(now, line.asOf())) {
                        yield null; // nothing to move, or already there
                    }
                    List<String> targets = d5AndMacau(line.asOf());
                    yield Edits.set(line, slot, targets.get(Math.floorMod(target, targets.size())));
                }
                default -> throw new IllegalStateException(kind);
            };
        }
    }

    @Provide
    Arbitrary<MoreControl> controls() {
        return Combinators.combine(
                Arbitraries.of("raise a figure", "add a processing unit", "declare it designed for datacenters", "move a party into D:5 or Macau"),
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 3),
                Arbitraries.of(new BigDecimal("1.0001"), new BigDecimal("1.01"), new BigDecimal("1.5"), new BigDecimal("2"), new BigDecimal("10")),
                Arbitraries.of(Edits.Slot.class), Arbitraries.integers().between(0, 40))
                .as(MoreControl::new);
    }

    private void checkMoreControl(OrderLine line, MoreControl change) {
        OrderLine changed = change.apply(line);
        Assume.that(changed != null);
        LineDecision before = decide(line);
        Statistics.label("outcome before").collect(before.outcome());
        if (!CONTROLLED.contains(before.outcome())) {
            return; // a HOLD waits for a missing fact, which the change may rightly supply (e.g. datacenter = true on a .b chip)
        }
        LineDecision after = decide(changed);
        if (CLEARING.contains(after.outcome())) {
            throw counterExample("\"" + change.kind() + "\" cleared a line the law controls", line, before, changed, after);
        }
    }

    static boolean d5OrMacau(String country, LocalDate on) {
        String c = Lines.REF.aliases().evaluatedAs(com.chipcheck.rules.country.Countries.resolve(country).orElse(country));
        return c.equals("MO") || Lines.REF.countryGroups().groupsOf(c, on).contains("D:5");
    }

    static List<String> d5AndMacau(LocalDate on) {
        Set<String> out = new TreeSet<>(List.of("MO"));
        for (String c : Lines.COUNTRIES) {
            if (Lines.REF.countryGroups().groupsOf(c, on).contains("D:5")) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    // ---- missing never clears

    @Property(tries = FIXED_TRIES, seed = FIXED_SEED, shrinking = ShrinkingMode.BOUNDED)
    void missingNeverClears(@ForAll("lines") OrderLine line, @ForAll("removals") Removal removal) {
        checkMissing(line, removal);
    }

    @Property(tries = RANDOM_TRIES, shrinking = ShrinkingMode.BOUNDED)
    void missingNeverClearsOnRandomLines(@ForAll("lines") OrderLine line, @ForAll("removals") Removal removal) {
        checkMissing(line, removal);
    }

    /**
     * Leave out one optional figure of the item (or of an item inside it), or one country of a party. Memory without
     * processing figures and without a word on its dominant function is a plain memory stack, a different item decided
     * as one: so the processing figures of memory, and the dominant function of memory without processing figures, are
     * not "missing" when left out.
     */
    record Removal(String field, int node, Edits.Slot slot) {
        OrderLine apply(OrderLine line) {
            if (field.equals("a party's country")) {
                return Edits.has(line, slot) && Edits.get(line, slot) != null ? Edits.set(line, slot, null) : null;
            }
            ChipSpec spec = Edits.spec(line);
            if (spec == null) {
                return null;
            }
            int at = Math.floorMod(node, Edits.nodes(spec).size());
            ChipSpec target = Edits.nodes(spec).get(at);
            Edits.Specs edit = Edits.Specs.of(target);
            switch (field) {
                case "die area" -> { if (target.dieAreaMm2() == null) return null; edit.dieArea(null); }
                case "datacenter designation" -> { if (target.datacenter() == null) return null; edit.datacenter(null); }
                case "interconnect" -> { if (target.interconnectGBs() == null) return null; edit.interconnect(null); }
                case "memory bandwidth" -> { if (target.memoryBandwidthGBs() == null) return null; edit.bandwidth(null); }
                case "package area" -> { if (target.packageAreaMm2() == null) return null; edit.packageArea(null); }
                case "dominant function" -> {
                    // without processing figures, memory that does not say it is a processor is a plain memory stack: another item
                    if (target.dominantFunctionProcessing() == null || target.performance().isEmpty()) return null;
                    edit.dfp(null);
                }
                case "throughput figures" -> {
                    if (target.performance().isEmpty() || !Edits.isProcessor(target)) return null;
                    edit.performance(List.of());
                }
                default -> throw new IllegalStateException(field);
            }
            ChipSpec changed = edit.build();
            return Edits.withSpec(line, Edits.replace(spec, at, s -> changed));
        }
    }

    @Provide
    Arbitrary<Removal> removals() {
        return Combinators.combine(
                Arbitraries.of("die area", "datacenter designation", "interconnect", "memory bandwidth", "package area",
                        "dominant function", "throughput figures", "a party's country", "a party's country"),
                Arbitraries.integers().between(0, 20), Arbitraries.of(Edits.Slot.class))
                .as(Removal::new);
    }

    private void checkMissing(OrderLine line, Removal removal) {
        OrderLine reduced = removal.apply(line);
        Assume.that(reduced != null);
        LineDecision complete = decide(line);
        Statistics.label("complete outcome").collect(complete.outcome());
        if (CLEARING.contains(complete.outcome())) {
            return;
        }
        LineDecision without = decide(reduced);
        if (CLEARING.contains(without.outcome())) {
            throw counterExample("leaving out the " + removal.field() + (removal.field().startsWith("a party") ? " (" + removal.slot() + ")" : "")
                    + " cleared a line that did not clear", line, complete, reduced, without);
        }
    }

    // ---- the ship-to address is not a loophole

    @Property(tries = FIXED_TRIES, seed = FIXED_SEED, shrinking = ShrinkingMode.BOUNDED)
    void shipToIsNotALoophole(@ForAll("lines") OrderLine line, @ForAll("viaUs") boolean viaUs, @ForAll("countries") String via) {
        checkShipTo(line, viaUs ? "US" : via);
    }

    @Property(tries = RANDOM_TRIES, shrinking = ShrinkingMode.BOUNDED)
    void shipToIsNotALoopholeOnRandomLines(@ForAll("lines") OrderLine line, @ForAll("viaUs") boolean viaUs, @ForAll("countries") String via) {
        checkShipTo(line, viaUs ? "US" : via);
    }

    @Provide
    Arbitrary<Boolean> viaUs() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(true)), net.jqwik.api.Tuple.of(1, Arbitraries.just(false)));
    }

    @Provide
    Arbitrary<String> countries() {
        return Lines.countries();
    }

    /** Shipped to the end user directly, then to another address (a US warehouse, a forwarder) for the same end user. */
    private void checkShipTo(OrderLine line, String via) {
        Assume.that(line.endUser() != null && line.endUser().country() != null && !line.endUser().country().equals("US"));
        OrderLine direct = line.withDestinationCountry(line.endUser().country());
        OrderLine routed = line.withDestinationCountry(via);
        LineDecision d = decide(direct);
        Statistics.label("outcome shipped directly").collect(d.outcome());
        if (CLEARING.contains(d.outcome())) {
            return;
        }
        LineDecision r = decide(routed);
        if (CLEARING.contains(r.outcome())) {
            throw counterExample("shipping to " + via + " for the same end user cleared a line that did not clear when shipped to it directly",
                    direct, d, routed, r);
        }
    }

    // ---- an unusual kind or an ambiguous description is read the way that controls more

    @Property(tries = FIXED_TRIES, seed = FIXED_SEED, shrinking = ShrinkingMode.BOUNDED)
    void aProcessorDescribedAsMemoryIsStillAProcessor(@ForAll("icLines") OrderLine line) {
        checkProcessorAsMemory(line);
    }

    @Property(tries = RANDOM_TRIES, shrinking = ShrinkingMode.BOUNDED)
    void aProcessorDescribedAsMemoryIsStillAProcessorOnRandomLines(@ForAll("icLines") OrderLine line) {
        checkProcessorAsMemory(line);
    }

    @Provide
    Arbitrary<OrderLine> icLines() {
        return Combinators.combine(Lines.lines(), Lines.ics()).as((l, ic) -> l.withItem(null, ic));
    }

    /** The same chip given as high bandwidth memory co-packaged with logic whose dominant function is processing. */
    private void checkProcessorAsMemory(OrderLine line) {
        ChipSpec ic = line.chip();
        OrderLine asMemory = line.withItem(null, hbm(ic));
        LineDecision asIc = decide(line);
        Statistics.label("outcome as an IC").collect(asIc.outcome());
        if (CLEARING.contains(asIc.outcome())) {
            return;
        }
        LineDecision m = decide(asMemory);
        if (CLEARING.contains(m.outcome())) {
            throw counterExample("describing a processor as co-packaged memory cleared a line that did not clear", line, asIc, asMemory, m);
        }
    }

    private static ChipSpec hbm(ChipSpec ic) {
        return new ChipSpec(ic.name(), ItemKind.HBM, ic.datacenter(), ic.datacenterEvidence(), ic.performance(), ic.dieAreaMm2(),
                ic.interconnectGBs(), new BigDecimal("3000"), new BigDecimal("100"), Boolean.TRUE, List.of(), null, ic.source());
    }

    @Property(tries = FIXED_TRIES, seed = FIXED_SEED, shrinking = ShrinkingMode.BOUNDED)
    void unlabelledFiguresAreNeverReadBelowTheirControllingReading(@ForAll("icLines") OrderLine line, @ForAll("figureIndexes") int which) {
        checkUnlabelled(line, which);
    }

    @Property(tries = RANDOM_TRIES, shrinking = ShrinkingMode.BOUNDED)
    void unlabelledFiguresAreNeverReadBelowTheirControllingReadingOnRandomLines(@ForAll("icLines") OrderLine line,
                                                                                @ForAll("figureIndexes") int which) {
        checkUnlabelled(line, which);
    }

    @Provide
    Arbitrary<Integer> figureIndexes() {
        return Arbitraries.integers().between(0, 3);
    }

    /**
     * Split one figure into two dies of the same figure: labelled as two units, the chip is what it is; given without
     * labels, nothing says whether they are two units or two precisions of one, and the decision may not be lighter
     * than for two units.
     */
    private void checkUnlabelled(OrderLine line, int which) {
        ChipSpec ic = line.chip();
        PerformanceFigure f = ic.performance().get(Math.floorMod(which, ic.performance().size()));
        List<PerformanceFigure> others = new ArrayList<>(ic.performance());
        others.remove(f);
        List<PerformanceFigure> labelled = new ArrayList<>(others);
        labelled.add(new PerformanceFigure("split die A", f.precision(), f.bitLength(), f.denseTops()));
        labelled.add(new PerformanceFigure("split die B", f.precision(), f.bitLength(), f.denseTops()));
        List<PerformanceFigure> unlabelled = new ArrayList<>(others);
        unlabelled.add(new PerformanceFigure(null, f.precision(), f.bitLength(), f.denseTops()));
        unlabelled.add(new PerformanceFigure(null, f.precision(), f.bitLength(), f.denseTops()));
        OrderLine twoUnits = line.withItem(null, Edits.Specs.of(ic).performance(labelled).build());
        OrderLine ambiguous = line.withItem(null, Edits.Specs.of(ic).performance(unlabelled).build());
        LineDecision known = decide(twoUnits);
        Statistics.label("outcome with two labelled units").collect(known.outcome());
        if (CLEARING.contains(known.outcome())) {
            return;
        }
        LineDecision read = decide(ambiguous);
        if (CLEARING.contains(read.outcome())) {
            throw counterExample("figures without unit labels were read as lighter than two units", twoUnits, known, ambiguous, read);
        }
    }

    // ---- replay and impact on the stored date are identities

    private static final ProcurementPolicy POLICY = ProcurementPolicy.bundled();
    /** Shipments of the past year, a fixed function of the end user, so that the cap rule reads the same history each time. */
    private static final ShipmentHistory HISTORY = (key, from, to) -> BigDecimal.valueOf(Math.floorMod(key.hashCode(), 4) * 250_000L);
    private static final ExportControlEngine WITH_POLICY = ENGINE.toBuilder()
            .policies(new ProcurementPolicies(POLICY)).history(HISTORY).build();

    @Property(tries = 500, seed = FIXED_SEED, shrinking = ShrinkingMode.BOUNDED)
    void replayAndImpactAreIdentities(@ForAll("orders") Order order) {
        checkIdentities(order);
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void replayAndImpactAreIdentitiesOnRandomOrders(@ForAll("orders") Order order) {
        checkIdentities(order);
    }

    @Provide
    Arbitrary<Order> orders() {
        return Combinators.combine(Lines.linesWithPurchase().list().ofMinSize(1).ofMaxSize(4), Lines.dates())
                .as((lines, date) -> {
                    List<OrderLine> dated = new ArrayList<>();
                    for (int i = 0; i < lines.size(); i++) {
                        dated.add(lines.get(i).withLineId(String.valueOf(i + 1)).withAsOf(i % 2 == 0 ? date : null));
                    }
                    return new Order("PROPERTY", date, dated);
                });
    }

    /** As the service stores a decision (engine with its memo and the policy), re-decides it afresh, and re-runs it on its own date. */
    private void checkIdentities(Order order) {
        List<LineDecision> stored = ENGINE.toBuilder().policies(new ProcurementPolicies(POLICY)).history(HISTORY).build()
                .check(order).lines();
        List<LineDecision> replayed = WITH_POLICY.afresh().check(order).lines();
        List<LineDecision> impact = WITH_POLICY.withReference(ENGINE.reference()).check(order.withAsOf(order.asOf())).lines();
        for (int i = 0; i < stored.size(); i++) {
            Statistics.label("stored outcome").collect(stored.get(i).outcome());
            for (List<LineDecision> again : List.of(replayed, impact)) {
                LineDecision a = stored.get(i);
                LineDecision b = again.get(i);
                if (a.outcome() != b.outcome() || !a.reasons().equals(b.reasons()) || !a.redFlags().equals(b.redFlags())) {
                    throw new AssertionError((again == replayed ? "a replay" : "an impact analysis on the stored date")
                            + " decided line " + a.lineId() + " differently: " + a.outcome() + " stored, " + b.outcome() + " again\n"
                            + "stored reasons:\n  " + reasons(a) + "\nagain:\n  " + reasons(b) + "\nthe order, as a check request:\n"
                            + CheckRequestJson.of(order.lines()));
                }
            }
        }
    }

    // ---- what a failure says

    @Provide
    Arbitrary<OrderLine> lines() {
        return Lines.lines();
    }

    private static AssertionError counterExample(String what, OrderLine before, LineDecision b, OrderLine after, LineDecision a) {
        return new AssertionError(what + "\n\nbefore: " + b.outcome() + " " + b.eccn() + "\n  " + reasons(b)
                + "\nafter: " + a.outcome() + " " + a.eccn() + "\n  " + reasons(a)
                + "\n\nPOST /api/v1/checks, before:\n" + CheckRequestJson.of(before)
                + "\n\nPOST /api/v1/checks, after:\n" + CheckRequestJson.of(after));
    }

    private static String reasons(LineDecision d) {
        return d.reasons().stream().map(FailClosedPropertiesTest::reason).collect(Collectors.joining("\n  "));
    }

    private static String reason(Reason r) {
        return "[" + r.ruleId() + "] " + r.text();
    }
}
