package com.chipcheck.rules.country;

import com.chipcheck.rules.util.Csv;
import com.chipcheck.rules.util.Resources;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Destinations the EAR does not list separately and evaluates as another: HK as CN ({@code destination_aliases.csv}). */
public final class DestinationAliases {

    public static final String RESOURCE = "reference/destination_aliases.csv";

    public record Alias(String entered, String evaluatedAs, String citation, String note) {
    }

    private final Map<String, Alias> byEntered;

    private DestinationAliases(Map<String, Alias> byEntered) {
        this.byEntered = Map.copyOf(byEntered);
    }

    public static DestinationAliases bundled() {
        Map<String, Alias> map = new HashMap<>();
        for (Map<String, String> r : Csv.readRecords(new ByteArrayInputStream(Resources.bytes(RESOURCE)))) {
            map.put(r.get("entered"), new Alias(r.get("entered"), r.get("evaluated_as"), r.get("citation"), r.get("note")));
        }
        return new DestinationAliases(map);
    }

    public Optional<Alias> of(String country) {
        return Optional.ofNullable(byEntered.get(country));
    }

    public String evaluatedAs(String country) {
        return of(country).map(Alias::evaluatedAs).orElse(country);
    }
}
