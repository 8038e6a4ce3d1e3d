package com.chipcheck.features;

import com.chipcheck.rules.decision.ExceptionEvaluated;
import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.decision.Reason;
import com.chipcheck.rules.item.ChipSpec;
import com.chipcheck.rules.item.Component;
import com.chipcheck.rules.item.ItemKind;
import com.chipcheck.rules.item.PerformanceFigure;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.order.LineParty;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.order.Purchase;
import com.chipcheck.rules.procurement.ShipmentHistory;
import com.chipcheck.rules.screening.ListEntry;
import com.chipcheck.rules.screening.ListVersion;
import com.chipcheck.rules.screening.ScreeningList;
import io.cucumber.datatable.DataTable;
import com.chipcheck.rules.order.Party;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thin translations of the auditors' sentences into calls on the rule engine. No logic of their own. A line is
 * decided through {@link ExportControlEngine#check(Order)}, the path the service takes, with nothing remembered
 * between checks. Every rule a scenario is tagged with ({@code @rule-<id>}) must have fired on its line: the
 * scenario fails otherwise, so a tag can never claim a rule the scenario does not exercise.
 */
public class LineSteps {

    private String partNumber;
    private ChipSpec chip;
    /** Where the line ships: every scenario says it (there is no default destination). */
    private String destination;
    /** Unless a scenario says otherwise, the end user is located at the ship-to address. */
    private String endUserCountry;
    private boolean endUserCountryGiven = true;
    /** Unless a scenario says otherwise, the end user is headquartered, and owned, where it is located. */
    private static final String AT_LOCATION = "(where the end user is located)";
    private String headquarters = AT_LOCATION;
    private String ultimateParent = AT_LOCATION;
    private boolean uaeApproved;
    /** Licences registered in the scenario, and the units and value drawn from each. */
    private final Map<String, com.chipcheck.rules.licence.Licence> licences = new java.util.LinkedHashMap<>();
    private final Map<String, BigDecimal[]> drawn = new java.util.HashMap<>();
    /** NAC notifications registered in the scenario, and the units shipped under each. */
    private final Map<String, com.chipcheck.rules.licence.NacNotification> notifications = new java.util.LinkedHashMap<>();
    private final Map<String, BigDecimal> shippedUnderNac = new java.util.HashMap<>();
    private String endUserName = "End user";
    private final List<LineParty> otherParties = new ArrayList<>();
    private ScreeningList screeningList;
    private boolean withPolicy;
    private BigDecimal unitPrice;
    private String currency;
    private String endUserType;
    private LocalDate incorporated;
    private BigDecimal declaredCapacity;
    private BigDecimal shippedBefore = BigDecimal.ZERO;
    private LineDecision decision;
    /** The ids of the rules that fired on the scenario's lines: every reason, advisory, requirement and exception. */
    private final Set<String> fired = new java.util.TreeSet<>();

    // ---- the item ----

    @Given("the part {string}")
    public void thePart(String part) {
        partNumber = part;
        chip = null; // a scenario describes one item: a catalogue part, or a chip by its figures
    }

    @Given("a datacenter accelerator with {bigdecimal} dense TOPS at {int} bits and {bigdecimal} mm2 of logic die")
    public void datacenterAccelerator(BigDecimal tops, int bits, BigDecimal area) {
        partNumber = null;
        chip = ic(Boolean.TRUE, tops, bits, area, null);
    }

    @Given("a datacenter accelerator with {bigdecimal} dense TOPS at {int} bits and no die area")
    public void datacenterAcceleratorWithoutArea(BigDecimal tops, int bits) {
        partNumber = null;
        chip = ic(Boolean.TRUE, tops, bits, null, null);
    }

    @Given("a consumer graphics card with {bigdecimal} dense TOPS at {int} bits and {bigdecimal} mm2 of logic die")
    public void consumerCard(BigDecimal tops, int bits, BigDecimal area) {
        partNumber = null;
        chip = ic(Boolean.FALSE, tops, bits, area, null);
    }

    @Given("an accelerator not known to be for datacenters or not, with {bigdecimal} dense TOPS at {int} bits and {bigdecimal} mm2 of logic die")
    public void accelerator(BigDecimal tops, int bits, BigDecimal area) {
        partNumber = null;
        chip = ic(null, tops, bits, area, null);
    }

    @Given("an accelerator with {bigdecimal} dense TOPS at {int} bits and an interconnect of {bigdecimal} GB\\/s")
    public void acceleratorWithInterconnect(BigDecimal tops, int bits, BigDecimal io) {
        partNumber = null;
        chip = ic(Boolean.TRUE, tops, bits, new BigDecimal("800"), io);
    }

    @Given("an accelerator with {bigdecimal} dense TOPS at {int} bits and no published interconnect")
    public void acceleratorWithoutInterconnect(BigDecimal tops, int bits) {
        partNumber = null;
        chip = ic(Boolean.TRUE, tops, bits, new BigDecimal("800"), null);
    }

    @Given("an accelerator with no published throughput")
    public void acceleratorWithoutThroughput() {
        partNumber = null;
        chip = new ChipSpec("unpublished accelerator", ItemKind.IC, Boolean.TRUE, "order", List.of(), new BigDecimal("800"),
                null, null, null, null, null, null, "scenario");
    }

    @Given("high bandwidth memory with {bigdecimal} GB\\/s of bandwidth on a {bigdecimal} mm2 package")
    public void hbm(BigDecimal bandwidth, BigDecimal area) {
        partNumber = null;
        chip = new ChipSpec("HBM stack", ItemKind.HBM, null, null, List.of(), null, null, bandwidth, area, null, null,
                null, "scenario");
    }

    @Given("high bandwidth memory without a published package area")
    public void hbmWithoutArea() {
        partNumber = null;
        chip = new ChipSpec("HBM stack", ItemKind.HBM, null, null, List.of(), null, null, new BigDecimal("1000"), null,
                null, null, null, "scenario");
    }

    @Given("high bandwidth memory co-packaged with logic whose dominant function is processing")
    public void hbmCoPackaged() {
        partNumber = null;
        chip = new ChipSpec("HBM on logic", ItemKind.HBM, null, null, List.of(), null, null, new BigDecimal("3000"),
                new BigDecimal("100"), Boolean.TRUE, null, null, "scenario");
    }

    @Given("a server containing {int} of {string}")
    public void aServer(int count, String part) {
        partNumber = null;
        chip = new ChipSpec("server", ItemKind.SYSTEM, null, null, List.of(), null, null, null, null, null,
                List.of(new Component(part, count)), null, "scenario");
    }

    @Given("a server containing {int} datacenter accelerators with {bigdecimal} dense TOPS at {int} bits and {bigdecimal} mm2 of logic die")
    public void aServerOfAccelerators(int count, BigDecimal tops, int bits, BigDecimal area) {
        partNumber = null;
        chip = new ChipSpec("server", ItemKind.SYSTEM, null, null, List.of(), null, null, null, null, null,
                List.of(new Component(null, count, ic(Boolean.TRUE, tops, bits, area, null))), null, "scenario");
    }

    @Given("a rack of {int} boards, each containing {int} datacenter accelerators with {bigdecimal} dense TOPS at {int} bits and {bigdecimal} mm2 of logic die")
    public void aRackOfBoards(int boards, int count, BigDecimal tops, int bits, BigDecimal area) {
        aServerOfAccelerators(count, tops, bits, area);
        ChipSpec board = chip;
        chip = new ChipSpec("rack", ItemKind.SYSTEM, null, null, List.of(), null, null, null, null, null,
                List.of(new Component(null, boards, board)), null, "scenario");
    }

    @Given("a server whose contents are not given")
    public void aServerWithoutContents() {
        partNumber = null;
        chip = new ChipSpec("server", ItemKind.SYSTEM, Boolean.TRUE, "order", List.of(), null, null, null, null, null,
                List.of(), null, "scenario");
    }

    // ---- systems inside systems, and what they declare

    @Given("a rack containing {int} of {string}")
    public void aRack(int count, String part) {
        partNumber = null;
        chip = system("rack", null, new Component(part, count));
    }

    @Given("a pod containing {int} racks, each containing {int} servers of {int} {string}")
    public void aPod(int racks, int servers, int chips, String part) {
        ChipSpec server = system("server", null, new Component(part, chips));
        ChipSpec rack = system("rack", null, new Component(null, servers, server));
        partNumber = null;
        chip = system("pod", null, new Component(null, racks, rack));
    }

    @Given("a server declared {word} designed or marketed for datacenters, containing {int} of {string}")
    public void aDeclaredServer(String notOrNothing, int count, String part) {
        partNumber = null;
        chip = system("server", declared(notOrNothing), new Component(part, count));
    }

    @Given("a rack declared {word} designed or marketed for datacenters, containing {int} servers of {int} {string}")
    public void aDeclaredRack(String notOrNothing, int servers, int chips, String part) {
        partNumber = null;
        chip = system("rack", declared(notOrNothing), new Component(null, servers, system("server", null, new Component(part, chips))));
    }

    @Given("a server containing {int} accelerators not known to be for datacenters or not, with {bigdecimal} dense TOPS at {int} bits and {bigdecimal} mm2 of logic die")
    public void aServerOfUndeclaredAccelerators(int count, BigDecimal tops, int bits, BigDecimal area) {
        partNumber = null;
        chip = system("server", null, new Component(null, count, ic(null, tops, bits, area, null)));
    }

    @Given("a server containing {int} high bandwidth memory stacks with {bigdecimal} GB\\/s of bandwidth on a {bigdecimal} mm2 package")
    public void aServerOfHbm(int count, BigDecimal bandwidth, BigDecimal area) {
        partNumber = null;
        chip = system("server", null, new Component(null, count, new ChipSpec("HBM stack", ItemKind.HBM, null, null, List.of(), null,
                null, bandwidth, area, null, null, null, "scenario")));
    }

    private static Boolean declared(String notOrNothing) {
        return switch (notOrNothing) {
            case "not" -> Boolean.FALSE;
            case "as" -> Boolean.TRUE;
            default -> throw new IllegalArgumentException("say 'declared not designed …' or 'declared as designed …'");
        };
    }

    private static ChipSpec system(String name, Boolean datacenter, Component... contents) {
        return new ChipSpec(name, ItemKind.SYSTEM, datacenter, datacenter == null ? null : "scenario: declared by the buyer",
                List.of(), null, null, null, null, null, List.of(contents), null, "scenario");
    }

    // ---- several processing units, and memory with processing logic

    @Given("a datacenter accelerator with two throughput figures of {bigdecimal} dense TOPS at {int} bits without unit labels, and {bigdecimal} mm2 of logic die")
    public void twoUnlabelledFigures(BigDecimal tops, int bits, BigDecimal area) {
        partNumber = null;
        chip = new ChipSpec("two-die accelerator", ItemKind.IC, Boolean.TRUE, "datasheet: data-center product",
                List.of(new PerformanceFigure(bits, tops), new PerformanceFigure(bits, tops)), area, null, null, null, null, null,
                null, "scenario");
    }

    @Given("a datacenter accelerator with two throughput figures of {bigdecimal} dense TOPS at {int} bits, both labelled as processing unit {string}, and {bigdecimal} mm2 of logic die")
    public void twoFiguresOfOneUnit(BigDecimal tops, int bits, String unit, BigDecimal area) {
        partNumber = null;
        chip = new ChipSpec("accelerator", ItemKind.IC, Boolean.TRUE, "datasheet: data-center product",
                List.of(new PerformanceFigure(unit, "FP8", bits, tops), new PerformanceFigure(unit, "INT8", bits, tops)), area, null,
                null, null, null, null, null, "scenario");
    }

    @Given("high bandwidth memory co-packaged with logic whose dominant function is processing, with {bigdecimal} dense TOPS at {int} bits and {bigdecimal} mm2 of logic die")
    public void hbmProcessor(BigDecimal tops, int bits, BigDecimal area) {
        partNumber = null;
        chip = new ChipSpec("HBM on logic", ItemKind.HBM, Boolean.TRUE, "datasheet: data-center product",
                List.of(new PerformanceFigure(bits, tops)), area, null, new BigDecimal("3000"), new BigDecimal("100"), Boolean.TRUE,
                null, null, "scenario");
    }

    @Given("high bandwidth memory with {bigdecimal} dense TOPS at {int} bits of processing logic, not saying whether processing is its dominant function")
    public void hbmWithUnstatedFunction(BigDecimal tops, int bits) {
        partNumber = null;
        chip = new ChipSpec("HBM with logic", ItemKind.HBM, Boolean.TRUE, "datasheet: data-center product",
                List.of(new PerformanceFigure(bits, tops)), new BigDecimal("800"), null, new BigDecimal("1000"), new BigDecimal("600"),
                null, null, null, "scenario");
    }

    // ---- items described in ways that contradict themselves

    @Given("the part {string}, given with figures of its own: {bigdecimal} dense TOPS at {int} bits, not for datacenters")
    public void aCataloguePartWithItsOwnFigures(String part, BigDecimal tops, int bits) {
        chip = ic(Boolean.FALSE, tops, bits, new BigDecimal("814"), null);
        partNumber = part; // both: the catalogue part and figures for it
    }

    @Given("an accelerator whose {word} figure of {bigdecimal} dense TOPS is given at {int} bits")
    public void aFigureWithItsPrecision(String precision, BigDecimal tops, int bits) {
        partNumber = null;
        chip = new ChipSpec("accelerator", ItemKind.IC, Boolean.TRUE, "datasheet: data-center product",
                List.of(new PerformanceFigure(null, precision, bits, tops)), new BigDecimal("814"), null, null, null, null, null, null, "scenario");
    }

    @Given("a server given {bigdecimal} dense TOPS at {int} bits of its own, containing {int} datacenter accelerators with {bigdecimal} dense TOPS at {int} bits and {bigdecimal} mm2 of logic die")
    public void aServerWithFiguresOfItsOwn(BigDecimal ownTops, int ownBits, int count, BigDecimal tops, int bits, BigDecimal area) {
        partNumber = null;
        chip = new ChipSpec("server", ItemKind.SYSTEM, null, null, List.of(new PerformanceFigure(ownBits, ownTops)), null, null, null, null,
                null, List.of(new Component(null, count, ic(Boolean.TRUE, tops, bits, area, null))), null, "scenario");
    }

    @Given("an integrated circuit with {bigdecimal} dense TOPS at {int} bits and {bigdecimal} GB\\/s of memory bandwidth on a {bigdecimal} mm2 package")
    public void anIcWithMemoryFigures(BigDecimal tops, int bits, BigDecimal bandwidth, BigDecimal area) {
        partNumber = null;
        chip = new ChipSpec("memory-like IC", ItemKind.IC, Boolean.TRUE, "datasheet: data-center product",
                List.of(new PerformanceFigure(bits, tops)), new BigDecimal("100"), null, bandwidth, area, null, null, null, "scenario");
    }

    @Given("an integrated circuit with {bigdecimal} dense TOPS at {int} bits and {bigdecimal} GB\\/s of memory bandwidth, without its package area")
    public void anIcWithMemoryBandwidthOnly(BigDecimal tops, int bits, BigDecimal bandwidth) {
        anIcWithMemoryFigures(tops, bits, bandwidth, null);
    }

    @Given("an integrated circuit declared processing-dominant, with {bigdecimal} dense TOPS at {int} bits and {bigdecimal} GB\\/s of memory bandwidth on a {bigdecimal} mm2 package")
    public void aProcessingIcWithMemoryFigures(BigDecimal tops, int bits, BigDecimal bandwidth, BigDecimal area) {
        partNumber = null;
        chip = new ChipSpec("processing IC with memory", ItemKind.IC, Boolean.TRUE, "datasheet: data-center product",
                List.of(new PerformanceFigure(bits, tops)), new BigDecimal("100"), null, bandwidth, area, Boolean.TRUE, null, null, "scenario");
    }

    private static ChipSpec ic(Boolean datacenter, BigDecimal tops, int bits, BigDecimal area, BigDecimal io) {
        String evidence = datacenter == null ? null : datacenter ? "datasheet: data-center product" : "datasheet: consumer product";
        return new ChipSpec("accelerator", ItemKind.IC, datacenter, evidence, List.of(new PerformanceFigure(bits, tops)),
                area, io, null, null, null, null, null, "scenario");
    }

    // ---- the destination and the parties ----

    @Given("it ships to {string}")
    public void itShipsTo(String country) {
        destination = country;
    }

    @Given("it ships to {string} for an end user located there")
    public void itShipsToLocal(String country) {
        destination = country;
        endUserCountry = country;
        headquarters = country;
        ultimateParent = country;
    }

    @Given("the end user is located in {string}")
    public void endUserLocated(String country) {
        endUserCountry = country;
    }

    @Given("the end user is headquartered in {string} and its ultimate parent in {string}")
    public void endUserHeadquarters(String hq, String parent) {
        headquarters = hq;
        ultimateParent = parent;
    }

    @Given("the end user's country is not given")
    public void endUserCountryUnknown() {
        endUserCountryGiven = false;
    }

    @Given("the ultimate consignee is {string} in {string}, headquartered in {string}")
    public void theUltimateConsigneeIsHeadquartered(String name, String country, String hq) {
        otherParties.add(new LineParty(LineParty.ULTIMATE_CONSIGNEE, name, country, hq, hq));
    }

    @Given("the end user's headquarters country is not given")
    public void headquartersUnknown() {
        headquarters = null;
        ultimateParent = null;
    }

    @Given("the end user is {string}, declared an approved UAE entity of Supplement No. 8")
    public void uaeApproved(String name) {
        endUserName = name;
        uaeApproved = true;
    }

    // ---- the check ----

    @When("it is checked as of {isodate}")
    public void checkedAsOf(LocalDate asOf) {
        check(asOf, BigDecimal.ONE);
    }

    @When("it is classified as of {isodate}")
    public void classifiedAsOf(LocalDate asOf) {
        check(asOf, BigDecimal.ONE);
    }

    @When("{bigdecimal} of it are checked as of {isodate}")
    public void quantityChecked(BigDecimal quantity, LocalDate asOf) {
        check(asOf, quantity);
    }

    private void check(LocalDate asOf, BigDecimal quantity) {
        if (destination == null) {
            throw new IllegalStateException("the scenario does not say where the line ships: add a step such as "
                    + "'And it ships to \"US\" for an end user located there'");
        }
        String located = endUserCountry != null ? endUserCountry : destination;
        Party endUser = new Party(endUserName, endUserCountryGiven ? located : null, orLocation(headquarters, located),
                orLocation(ultimateParent, located), uaeApproved);
        OrderLine line = new OrderLine("1", partNumber, chip, quantity, destination, endUser, asOf)
                .withOtherParties(otherParties)
                .withPurchase(new Purchase(unitPrice, currency, endUserType, incorporated, declaredCapacity));
        ExportControlEngine engine;
        if (withPolicy) {
            ShipmentHistory history = (key, from, to) -> shippedBefore;
            engine = RuleBase.withPolicy(screeningList, history);
        } else {
            engine = screeningList == null ? RuleBase.engine() : RuleBase.withList(screeningList);
        }
        checkedWith = engine.afresh();
        checked = new Order("PO", asOf, List.of(line));
        decision = checkedWith.check(checked).lines().get(0);
        // as the service does: a NAC line's notification looked up, then licence-required lines matched to licences
        decision = new com.chipcheck.rules.licence.NacReview(notifications.values().stream()
                .map(n -> new com.chipcheck.rules.licence.NacStanding(n, shippedUnderNac.get(n.id()))).toList()).apply(line, decision);
        if (!licences.isEmpty()) {
            List<com.chipcheck.rules.licence.LicenceStanding> book = licences.values().stream()
                    .map(l -> new com.chipcheck.rules.licence.LicenceStanding(l, drawn(l.number())[0], drawn(l.number())[1])).toList();
            decision = new com.chipcheck.rules.licence.LicenceCoverage(book).apply(line, decision);
        }
        decision.reasons().forEach(r -> fired.add(r.ruleId()));
        decision.advisories().forEach(r -> fired.add(r.ruleId()));
        decision.licenceRequirements().forEach(r -> fired.add(r.ruleId()));
        decision.exceptionsEvaluated().forEach(e -> fired.add(e.ruleId()));
    }

    private ExportControlEngine checkedWith;
    private Order checked;
    private LineDecision again;

    @When("it is decided again for an impact analysis as of {isodate}")
    public void decidedAgainForImpact(LocalDate asOf) {
        // what POST /api/v1/impact does with a stored order: the same engine, the order re-dated
        again = checkedWith.withReference(checkedWith.reference()).check(checked.withAsOf(asOf)).lines().get(0);
    }

    @Then("the impact analysis gives the same outcome, reasons and red flags")
    public void impactIsTheSame() {
        assertEquals(decision.outcome(), again.outcome(), this::explain);
        assertEquals(decision.reasons(), again.reasons(), this::explain);
        assertEquals(decision.redFlags(), again.redFlags(), this::explain);
    }

    /**
     * Every text a rule wrote on the scenario's line reads in Chinese too: a reason that matches no template of its rule
     * in i18n/reasons.tsv fails the scenario (the procurement policy table's own texts are the officers' data, and
     * exempt). As every rule has a scenario, every rule's texts are covered.
     */
    /** Three lower-case English words in a row: prose, not a code, a name or a figure. */
    private static final java.util.regex.Pattern ENGLISH_WORDS = java.util.regex.Pattern.compile("\\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\\b");

    @io.cucumber.java.After
    public void everyReasonReadsInChinese() {
        if (decision == null) {
            return;
        }
        com.chipcheck.rules.i18n.Translations zh = com.chipcheck.rules.i18n.Translations.bundled();
        List<String> untranslated = new java.util.ArrayList<>();
        java.util.function.BiConsumer<String, String> check = (ruleId, text) -> {
            if (ruleId.startsWith("POLICY-")) {
                return;
            }
            java.util.Optional<String> chinese = zh.chineseWithoutQuotedData(ruleId, text);
            // a template that matched but left English prose in a place (an item of a list it could not read, a role
            // without its term) is no translation; what it quotes (names, evidence, BIS's words) stays as written
            if (chinese.isEmpty() || ENGLISH_WORDS.matcher(chinese.get()).find()) {
                untranslated.add("[" + ruleId + "] " + text + (chinese.isPresent() ? " -> " + chinese.get() : ""));
            }
        };
        decision.reasons().forEach(r -> check.accept(r.ruleId(), r.text()));
        decision.advisories().forEach(r -> check.accept(r.ruleId(), r.text()));
        decision.licenceRequirements().forEach(r -> check.accept(r.ruleId(), r.text()));
        decision.exceptionsEvaluated().forEach(e -> check.accept(e.ruleId(), e.text()));
        if (!untranslated.isEmpty()) {
            throw new AssertionError("reasons without a Chinese template in i18n/reasons.tsv: " + untranslated);
        }
    }

    /** A scenario tagged with a rule passes only if that rule fired on its line (RuleCoverageTest counts the tags). */
    @io.cucumber.java.After
    public void everyTaggedRuleFired(io.cucumber.java.Scenario scenario) {
        List<String> missing = scenario.getSourceTagNames().stream()
                .filter(t -> t.startsWith("@rule-"))
                .map(t -> t.substring("@rule-".length()))
                .filter(id -> !fired.contains(id))
                .sorted().toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("the scenario is tagged with rule(s) " + missing + " that did not fire on its line; "
                    + "rules that fired: " + fired);
        }
    }

    // ---- the company's procurement policy ----

    @Given("the company's procurement policy applies")
    public void thePolicyApplies() {
        withPolicy = true;
    }

    @Given("the unit price is {bigdecimal} {word}")
    public void theUnitPriceIs(BigDecimal price, String currencyCode) {
        unitPrice = price;
        currency = currencyCode;
    }

    @Given("the end user is a {word}")
    public void theEndUserIsA(String type) {
        endUserType = type;
    }

    @Given("the end user was incorporated on {isodate}")
    public void incorporatedOn(LocalDate date) {
        incorporated = date;
    }

    @Given("the end user declared a capacity of {bigdecimal} units")
    public void declaredCapacity(BigDecimal units) {
        declaredCapacity = units;
    }

    @Given("the purchaser {string} is in {string}")
    public void thePurchaserIsIn(String name, String country) {
        otherParties.add(new LineParty(LineParty.PURCHASER, name, country));
    }

    @Given("the intermediate consignee is {string} in {string}")
    public void theIntermediateConsigneeIs(String name, String country) {
        otherParties.add(new LineParty(LineParty.INTERMEDIATE_CONSIGNEE, name, country));
    }

    @Given("{bigdecimal} TPP x units were already shipped to this end user in the past year")
    public void alreadyShipped(BigDecimal tpp) {
        shippedBefore = tpp;
    }

    @Then("the policy flags {word} as {word}")
    public void thePolicyFlags(String code, String severity) {
        assertTrue(decision.redFlags().stream().anyMatch(f -> f.code().equals(code) && f.severity().equals(severity)),
                () -> "red flags: " + decision.redFlags() + "\n" + explain());
    }

    @Then("the policy raises no red flag")
    public void noRedFlag() {
        assertTrue(decision.redFlags().isEmpty(), () -> "red flags: " + decision.redFlags());
    }

    @Then("approval is needed by {string}")
    public void approvalNeededBy(String approvers) {
        assertEquals(approvers, decision.approvalNeeded(), this::explain);
    }

    @Then("no approval is needed")
    public void noApproval() {
        assertNull(decision.approvalNeeded(), this::explain);
    }

    @Then("{string} is offered instead with outcome {outcome}")
    public void offeredInstead(String part, Outcome outcome) {
        assertTrue(decision.alternatives().stream().anyMatch(a -> a.partNumber().equals(part) && a.outcome() == outcome),
                () -> "alternatives: " + decision.alternatives());
    }

    @Then("{string} is offered at {bigdecimal} of the requested TPP")
    public void offeredAtRatio(String part, BigDecimal ratio) {
        assertTrue(decision.alternatives().stream().anyMatch(a -> a.partNumber().equals(part) && a.tppRatio().compareTo(ratio) == 0),
                () -> "alternatives: " + decision.alternatives());
    }

    @Then("no alternative is offered")
    public void noAlternative() {
        assertTrue(decision.alternatives().isEmpty(), () -> "alternatives: " + decision.alternatives());
    }

    // ---- restricted-party screening ----

    @Given("the screening list holds these entries:")
    public void theScreeningListHolds(DataTable table) {
        List<ListEntry> entries = new ArrayList<>();
        for (Map<String, String> row : table.asMaps()) {
            String aliases = row.getOrDefault("aliases", "");
            entries.add(new ListEntry(row.get("id"), row.get("list"), row.get("name"),
                    aliases == null || aliases.isBlank() ? List.of() : List.of(aliases.split("\\s*;\\s*")),
                    row.get("country") == null || row.get("country").isBlank() ? Set.of() : Set.of(row.get("country")), "", "",
                    row.get("licence requirement"), "", "", "", ""));
        }
        screeningList = new ScreeningList(new ListVersion("csl-scenario", "", "scenario", entries.size(), Map.of(),
                Instant.EPOCH, "scenario", false), entries);
    }

    @Given("the end user is {string}")
    public void theEndUserIs(String name) {
        endUserName = name;
    }

    @Given("the ultimate consignee is {string} in {string}")
    public void theUltimateConsigneeIs(String name, String country) {
        otherParties.add(new LineParty(LineParty.ULTIMATE_CONSIGNEE, name, country));
    }

    @Given("the purchaser is {string} in {string}")
    public void thePurchaserIs(String name, String country) {
        otherParties.add(new LineParty(LineParty.PURCHASER, name, country));
    }

    @Then("the screening finds {word} {string} on entry {string}")
    public void theScreeningFinds(String certainty, String party, String entryId) {
        assertTrue(decision.screening().stream().anyMatch(p -> p.name().equals(party) && p.hits().stream()
                .anyMatch(h -> h.entry().id().equals(entryId) && h.certainty().name().equals(certainty))),
                () -> "screening: " + decision.screening() + "\n" + explain());
    }

    @Then("the screening finds no hit for {string}")
    public void theScreeningFindsNoHit(String party) {
        assertTrue(decision.screening().stream().anyMatch(p -> p.name().equals(party) && p.hits().isEmpty()),
                () -> "screening: " + decision.screening());
    }

    private static String orLocation(String country, String located) {
        return AT_LOCATION.equals(country) ? located : country;
    }

    // ---- what the auditor checks ----

    // ---- registered licences ----

    private BigDecimal[] drawn(String number) {
        return drawn.computeIfAbsent(number, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    }

    @Given("licence {string} authorises {bigdecimal} units of {word} to {string} for the end user {string}, valid from {isodate} to {isodate}")
    public void licenceAuthorises(String number, BigDecimal units, String eccn, String country, String endUser, LocalDate from, LocalDate until) {
        licences.put(number, new com.chipcheck.rules.licence.Licence(number, from, until, Set.of(eccn), Set.of(), Set.of(country),
                List.of(new com.chipcheck.rules.licence.LicenceParty(endUser, country)), units, null, null, null, null));
    }

    @Given("licence {string} also limits the value to {bigdecimal} {word}")
    public void licenceLimitsValue(String number, BigDecimal value, String currency) {
        com.chipcheck.rules.licence.Licence l = licences.get(number);
        licences.put(number, new com.chipcheck.rules.licence.Licence(l.number(), l.validFrom(), l.validUntil(), l.eccns(), l.parts(),
                l.destinations(), l.parties(), l.quantity(), value, currency, l.provisos(), l.revokedOn()));
    }

    @Given("{bigdecimal} units of licence {string} have been shipped")
    public void licenceDrawn(BigDecimal units, String number) {
        drawn(number)[0] = drawn(number)[0].add(units);
    }

    @Given("licence {string} was revoked on {isodate}")
    public void licenceRevoked(String number, LocalDate day) {
        licences.put(number, licences.get(number).revoked(day));
    }

    // ---- NAC notifications ----

    @Given("NAC notification {string} for {bigdecimal} units of {string} to {string} for the end user {string} was submitted on {isodate}")
    public void nacNotified(String id, BigDecimal units, String part, String country, String endUser, LocalDate submitted) {
        notifications.put(id, new com.chipcheck.rules.licence.NacNotification(id, Set.of(part), Set.of(), country,
                List.of(new com.chipcheck.rules.licence.LicenceParty(endUser, country)), units, null, null, submitted, null, null, null));
    }

    @Given("NAC notification {string} also limits the value to {bigdecimal} {word}")
    public void nacLimitsValue(String id, BigDecimal value, String currency) {
        com.chipcheck.rules.licence.NacNotification n = notifications.get(id);
        notifications.put(id, new com.chipcheck.rules.licence.NacNotification(n.id(), n.parts(), n.eccns(), n.destination(), n.parties(),
                n.quantity(), value, currency, n.submitted(), n.bisConfirmation(), n.objectedOn(), n.objection()));
    }

    @Given("BIS confirmed NAC notification {string} with confirmation number {string}")
    public void nacConfirmed(String id, String number) {
        notifications.put(id, notifications.get(id).confirmed(number));
    }

    @Given("BIS objected to NAC notification {string} on {isodate}: {string}")
    public void nacObjected(String id, LocalDate on, String what) {
        notifications.put(id, notifications.get(id).objected(on, what));
    }

    @Given("{bigdecimal} units have shipped under NAC notification {string}")
    public void shippedUnderNac(BigDecimal units, String id) {
        shippedUnderNac.merge(id, units, BigDecimal::add);
    }

    @Then("the NAC status is {word}")
    public void nacStatus(String status) {
        assertNotNull(decision.nac(), this::explain);
        assertEquals(status, decision.nac().status().name(), this::explain);
    }

    @Then("the earliest NAC ship date is {isodate}")
    public void earliestNacShipDate(LocalDate day) {
        assertEquals(day, decision.nac().earliestShipDate(), this::explain);
    }

    @Then("the line may ship")
    public void mayShip() {
        assertTrue(decision.shippable(), this::explain);
    }

    @Then("the line may not ship yet")
    public void mayNotShip() {
        assertFalse(decision.shippable(), this::explain);
    }

    @Then("the line ships under licence {string} with {bigdecimal} units left")
    public void shipsUnderLicence(String number, BigDecimal left) {
        assertEquals(Outcome.LICENSED, decision.outcome(), this::explain);
        assertEquals(number, decision.licence().number(), this::explain);
        assertEquals(0, left.compareTo(decision.licence().remainingQuantity()), this::explain);
    }

    @Then("the outcome is {outcome}")
    public void theOutcomeIs(Outcome expected) {
        assertEquals(expected, decision.outcome(), this::explain);
    }

    @Then("it is classified {word} by rule {string}")
    public void classifiedBy(String eccn, String ruleId) {
        assertEquals(eccn, decision.eccn(), this::explain);
        assertTrue(hasReason(ruleId), () -> "no reason from rule " + ruleId + "\n" + explain());
    }

    @Then("it is classified {word}")
    public void classified(String eccn) {
        assertEquals(eccn, decision.eccn(), this::explain);
    }

    @Then("it is outside 3A090 and 4A090")
    public void outside() {
        assertNull(decision.eccn(), this::explain);
        assertTrue(hasReason("NOT-3A090-4A090"), this::explain);
    }

    @Then("its total processing performance is {bigdecimal}")
    public void tppIs(BigDecimal tpp) {
        assertEquals(0, tpp.compareTo(decision.tpp()), () -> "TPP was " + decision.tpp());
    }

    @Then("its performance density is {bigdecimal}")
    public void pdIs(BigDecimal pd) {
        assertEquals(0, pd.compareTo(decision.performanceDensity()), () -> "PD was " + decision.performanceDensity());
    }

    @Then("a reason from rule {string} cites {string}")
    public void reasonCites(String ruleId, String citation) {
        assertTrue(decision.reasons().stream().anyMatch(r -> r.ruleId().equals(ruleId) && r.citation().contains(citation)),
                () -> "no reason from " + ruleId + " citing " + citation + "\n" + explain());
    }

    @Then("a reason from rule {string} says {string}")
    public void reasonSays(String ruleId, String text) {
        assertTrue(decision.reasons().stream().anyMatch(r -> r.ruleId().equals(ruleId) && r.text().contains(text)),
                () -> "no reason from " + ruleId + " saying \"" + text + "\"\n" + explain());
    }

    @Then("the reasons include rule {string}")
    public void reasonsInclude(String ruleId) {
        assertTrue(hasReason(ruleId), () -> "no reason from rule " + ruleId + "\n" + explain());
    }

    @Then("the reasons do not include rule {string}")
    public void reasonsDoNotInclude(String ruleId) {
        assertFalse(hasReason(ruleId), () -> "unexpected reason from rule " + ruleId + "\n" + explain());
    }

    @Then("the line is held because {string}")
    public void heldBecause(String text) {
        assertEquals(Outcome.HOLD, decision.outcome(), this::explain);
        assertTrue(decision.reasons().stream().anyMatch(r -> r.kind() == com.chipcheck.rules.decision.ReasonKind.HOLD && r.text().contains(text)),
                () -> "no hold reason saying \"" + text + "\"\n" + explain());
    }

    @Then("an advisory from rule {string} says {string}")
    public void advisory(String ruleId, String text) {
        assertTrue(decision.advisories().stream().anyMatch(r -> r.ruleId().equals(ruleId) && r.text().contains(text)),
                () -> "no advisory from " + ruleId + " saying \"" + text + "\"\n" + explain());
    }

    @Then("License Exception {word} is available")
    public void exceptionAvailable(String code) {
        assertTrue(decision.exceptionsEvaluated().stream().anyMatch(e -> e.code().equals(code) && e.available()), this::explain);
    }

    @Then("NAC and ACA are refused by rule {string}")
    public void exceptionsRefused(String ruleId) {
        assertTrue(decision.exceptionsEvaluated().stream()
                .anyMatch(e -> e.code().equals("NAC/ACA") && !e.available() && e.ruleId().equals(ruleId)), this::explain);
    }

    @Then("the licence exceptions used are {string}")
    public void exceptionsUsed(String codes) {
        assertEquals(codes, String.join(", ", decision.licenseExceptions()), this::explain);
    }

    @Then("a licence requirement from rule {string} is reported as {word}")
    public void requirementScope(String ruleId, String scope) {
        assertTrue(decision.licenceRequirements().stream().anyMatch(r -> r.ruleId().equals(ruleId) && r.scope().equals(scope)),
                this::explain);
    }

    private boolean hasReason(String ruleId) {
        return decision.reasons().stream().anyMatch(r -> r.ruleId().equals(ruleId))
                || decision.advisories().stream().anyMatch(r -> r.ruleId().equals(ruleId));
    }

    private String explain() {
        String reasons = decision.reasons().stream().map(LineSteps::line).collect(Collectors.joining("\n  "));
        String advisories = decision.advisories().stream().map(LineSteps::line).collect(Collectors.joining("\n  "));
        String exceptions = decision.exceptionsEvaluated().stream().map(ExceptionEvaluated::toString).collect(Collectors.joining("\n  "));
        return "decision: " + decision.outcome() + " " + decision.eccn() + " TPP " + decision.tpp() + "\n  " + reasons
                + "\n advisories:\n  " + advisories + "\n exceptions:\n  " + exceptions;
    }

    private static String line(Reason r) {
        return r.kind() + " [" + r.ruleId() + "] " + r.text();
    }
}
