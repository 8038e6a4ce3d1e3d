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
        List<PartyScreening> screening) {

    /** The same decision for another line with identical content. */
    public LineDecision withLineId(String id) {
        return java.util.Objects.equals(id, lineId) ? this : new LineDecision(id, partNumber, asOf, eccn, eccnParagraph, tpp, performanceDensity,
                outcome, licenseExceptions, reasons, advisories, licenceRequirements, exceptionsEvaluated, countryGroups,
                instrumentsInForce, screening);
    }

    /** The same decision with the screening of another line that gave the rules the same facts. */
    public LineDecision withScreening(List<PartyScreening> parties) {
        return new LineDecision(lineId, partNumber, asOf, eccn, eccnParagraph, tpp, performanceDensity, outcome,
                licenseExceptions, reasons, advisories, licenceRequirements, exceptionsEvaluated, countryGroups,
                instrumentsInForce, parties);
    }
}
