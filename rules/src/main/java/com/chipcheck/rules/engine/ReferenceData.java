package com.chipcheck.rules.engine;

import com.chipcheck.rules.catalogue.PartsCatalogue;
import com.chipcheck.rules.country.CountryGroups;
import com.chipcheck.rules.country.DestinationAliases;
import com.chipcheck.rules.timeline.RegulatoryTimeline;

/** The data the rules reason over: parts, Country Groups, effective dates and destination aliases. */
public record ReferenceData(PartsCatalogue catalogue, CountryGroups countryGroups, RegulatoryTimeline timeline,
                            DestinationAliases aliases) {

    public static ReferenceData bundled() {
        return new ReferenceData(PartsCatalogue.bundled(), CountryGroups.bundled(), RegulatoryTimeline.bundled(),
                DestinationAliases.bundled());
    }
}
