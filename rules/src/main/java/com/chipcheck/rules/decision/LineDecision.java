package com.chipcheck.rules.decision;

import com.chipcheck.rules.screening.PartyScreening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answer for one order line.
 *
 * @param eccn              3A090.a/.b/.c or 4A090.a/.b; for items outside them null, or the catalogue's declared ECCN
 * @param eccnParagraph     the finer paragraph met, e.g. 3A090.a.1
 * @param licenseExceptions the exception the outcome relies on (NAC or ACA), if any
 * @param countryGroups     the Country Groups used, per country, on the as-of date
 * @param instrumentsInForce regulatory instruments in force on the as-of date (ids of regulatory_timeline.csv)
 * @param screening          every party of the line screened against the restricted-party lists, with the hits
 * @param redFlags           what the company's procurement policy flagged (a HOLD flag holds the line)
 * @param approvalNeeded     who must approve the line under the procurement policy's approval tiers, if anyone
 * @param alternatives       for a line that needs a licence: catalogue parts with a lighter outcome for the same line
 * @param licence            the registered licence a LICENSED line ships under, with what is left of it after the line
 * @param nac                for a line that relies on License Exception NAC: its notification to BIS and status
 */
public record LineDecision(
        String lineId,
        String partNumber,
        LocalDate asOf,
        String eccn,
        String eccnParagraph,
        BigDecimal tpp,
        BigDecimal performanceDensity,
        Outcome outcome,
        List<String> licenseExceptions,
        List<Reason> reasons,
        List<Reason> advisories,
        List<RequirementFound> licenceRequirements,
        List<ExceptionEvaluated> exceptionsEvaluated,
        Map<String, Set<String>> countryGroups,
        Set<String> instrumentsInForce,
        List<PartyScreening> screening,
        List<RedFlag> redFlags,
        String approvalNeeded,
        List<Alternative> alternatives,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) LicenceUse licence,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) NacUse nac) {

    /** A decision that ships under no registered licence. */
    public LineDecision(String lineId, String partNumber, LocalDate asOf, String eccn, String eccnParagraph, BigDecimal tpp,
                        BigDecimal performanceDensity, Outcome outcome, List<String> licenseExceptions, List<Reason> reasons,
                        List<Reason> advisories, List<RequirementFound> licenceRequirements, List<ExceptionEvaluated> exceptionsEvaluated,
                        Map<String, Set<String>> countryGroups, Set<String> instrumentsInForce, List<PartyScreening> screening,
                        List<RedFlag> redFlags, String approvalNeeded, List<Alternative> alternatives) {
        this(lineId, partNumber, asOf, eccn, eccnParagraph, tpp, performanceDensity, outcome, licenseExceptions, reasons, advisories,
                licenceRequirements, exceptionsEvaluated, countryGroups, instrumentsInForce, screening, redFlags, approvalNeeded,
                alternatives, null, null);
    }

    public LineDecision {
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        // sorted, so that a decision is written the same way in every run (a replay compares what was stored)
        // (a decision copied to another line keeps the same sorted instances: an order of 100,000 lines shares them)
        countryGroups = countryGroups == null ? Map.of() : sorted(countryGroups);
        instrumentsInForce = instrumentsInForce == null ? Set.of() : instrumentsInForce instanceof java.util.SortedSet<String> s ? s
                : java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(instrumentsInForce));
    }

    private static Map<String, Set<String>> sorted(Map<String, Set<String>> groups) {
        if (groups instanceof java.util.SortedMap && groups.values().stream().allMatch(v -> v instanceof java.util.SortedSet)) {
            return groups;
        }
        java.util.TreeMap<String, Set<String>> out = new java.util.TreeMap<>();
        groups.forEach((country, set) -> out.put(country, java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(set))));
        return java.util.Collections.unmodifiableSortedMap(out);
    }

    /** The same decision for another line with identical content. */
    public LineDecision withLineId(String id) {
        return java.util.Objects.equals(id, lineId) ? this : new LineDecision(id, partNumber, asOf, eccn, eccnParagraph, tpp, performanceDensity,
                outcome, licenseExceptions, reasons, advisories, licenceRequirements, exceptionsEvaluated, countryGroups,
                instrumentsInForce, screening, redFlags, approvalNeeded, alternatives, licence, nac);
    }

    /** The same decision with the screening of another line that gave the rules the same facts. */
    public LineDecision withScreening(List<PartyScreening> parties) {
        return new LineDecision(lineId, partNumber, asOf, eccn, eccnParagraph, tpp, performanceDensity, outcome,
                licenseExceptions, reasons, advisories, licenceRequirements, exceptionsEvaluated, countryGroups,
                instrumentsInForce, parties, redFlags, approvalNeeded, alternatives, licence, nac);
    }

    /** The decision with the procurement policy's findings; a HOLD red flag has already set the outcome and reasons. */
    public LineDecision withProcurement(Outcome newOutcome, List<Reason> newReasons, List<RedFlag> flags, String approval,
                                        List<Alternative> options) {
        return new LineDecision(lineId, partNumber, asOf, eccn, eccnParagraph, tpp, performanceDensity, newOutcome,
                newOutcome == outcome ? licenseExceptions : List.of(), newReasons, advisories, licenceRequirements,
                exceptionsEvaluated, countryGroups, instrumentsInForce, screening, flags, approval, options, licence, nac);
    }

    /**
     * The decision once the registered licences are consulted: LICENSED under {@code use}, or still LICENSE_REQUIRED
     * with the reason saying why the nearest licence does not cover it ({@code use} null).
     */
    public LineDecision withLicence(Outcome newOutcome, List<Reason> newReasons, LicenceUse use) {
        return new LineDecision(lineId, partNumber, asOf, eccn, eccnParagraph, tpp, performanceDensity, newOutcome,
                licenseExceptions, newReasons, advisories, licenceRequirements, exceptionsEvaluated, countryGroups,
                instrumentsInForce, screening, redFlags, approvalNeeded, alternatives, use, nac);
    }

    /**
     * The decision once its NAC notification is looked up: still NAC with {@code use} saying whether it may ship, or
     * LICENSE_REQUIRED (BIS objected) with the exception gone.
     */
    public LineDecision withNac(Outcome newOutcome, List<Reason> newReasons, NacUse use) {
        return new LineDecision(lineId, partNumber, asOf, eccn, eccnParagraph, tpp, performanceDensity, newOutcome,
                newOutcome == Outcome.NAC ? licenseExceptions : List.of(), newReasons, advisories, licenceRequirements,
                exceptionsEvaluated, countryGroups, instrumentsInForce, screening, redFlags, approvalNeeded, alternatives, licence, use);
    }

    /**
     * Whether the line may ship as decided: NLR, ACA, LICENSED, or NAC once its notification is CLEARED. A NAC line
     * whose notification was not looked up is not shippable.
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean shippable() {
        return switch (outcome) {
            case NLR, ACA, LICENSED -> true;
            case NAC -> nac != null && nac.status() == NacStatus.CLEARED;
            default -> false;
        };
    }
}
