package com.chipcheck.rules.engine;

import com.chipcheck.rules.catalogue.PartsCatalogue;
import com.chipcheck.rules.country.CountryGroups;
import com.chipcheck.rules.country.DestinationAliases;
import com.chipcheck.rules.facts.Thresholds;
import com.chipcheck.rules.timeline.RegulatoryTimeline;

/** The data the rules reason over: parts, Country Groups, effective dates, destination aliases and the 3A090 thresholds. */
public record ReferenceData(PartsCatalogue catalogue, CountryGroups countryGroups, RegulatoryTimeline timeline,
                            DestinationAliases aliases, Thresholds thresholds) {

    public static ReferenceData bundled() {
        return new ReferenceData(PartsCatalogue.bundled(), CountryGroups.bundled(), RegulatoryTimeline.bundled(),
                DestinationAliases.bundled(), Thresholds.bundled());
    }

    public ReferenceData withCountryGroups(CountryGroups groups) {
        return new ReferenceData(catalogue, groups, timeline, aliases, thresholds);
    }

    public ReferenceData withThresholds(Thresholds candidate) {
        return new ReferenceData(catalogue, countryGroups, timeline, aliases, candidate);
    }
}
