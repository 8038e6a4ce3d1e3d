package com.chipcheck.bench;

import com.chipcheck.rules.screening.ListEntry;
import com.chipcheck.rules.screening.ListVersion;
import com.chipcheck.rules.screening.ScreeningList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A screening list of the full CSL's size for the benchmark (the machine has no network): names built from
 * pinyin and Latin syllables, generic words, places and legal forms, with aliases, seeded so every run screens
 * the same list. The real CSL has about 12,000 entries and some 30,000 names with aliases.
 */
public final class SyntheticList {

    /** Onsets x rimes: about 300 syllables, the order of pinyin's 400, so names are as varied as real ones. */
    private static final String[] ONSETS = {"b", "ch", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s",
            "sh", "t", "v", "w", "x", "y", "z", "zh", "tr"};
    private static final String[] RIMES = {"a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "i", "ian", "in", "ing",
            "o", "ong", "ou", "u", "un", "ov", "ek"};
    private static final String[] GENERIC = {"Technology", "Electronics", "Trading", "International", "Industrial", "Group",
            "Information", "Semiconductor", "Computing", "Systems", "Logistics", "Import Export"};
    private static final String[] PLACES = {"Beijing", "Shanghai", "Shenzhen", "Hong Kong", "Moscow", "Dubai", "Singapore", ""};
    private static final String[] FORMS = {"Co., Ltd.", "Limited", "LLC", "JSC", "Pte. Ltd.", "FZE", "Corporation", ""};
    private static final String[] SOURCES = {"Entity List (EL) - Bureau of Industry and Security",
            "Specially Designated Nationals (SDN) - Treasury Department", "Denied Persons List (DPL) - Bureau of Industry and Security",
            "Military End User (MEU) List - Bureau of Industry and Security", "Unverified List (UVL) - Bureau of Industry and Security"};
    private static final String[] COUNTRIES = {"CN", "HK", "RU", "IR", "AE", "SG", "TR", "MY", "BY", "KP"};

    private SyntheticList() {
    }

    public static String distinctive(Random r) {
        StringBuilder w = new StringBuilder();
        int n = 2 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            w.append(ONSETS[r.nextInt(ONSETS.length)]).append(RIMES[r.nextInt(RIMES.length)]);
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    public static String name(Random r) {
        String place = PLACES[r.nextInt(PLACES.length)];
        String core = distinctive(r) + (r.nextInt(3) == 0 ? " " + distinctive(r) : "");
        return ((place.isEmpty() ? "" : place + " ") + core + " " + GENERIC[r.nextInt(GENERIC.length)] + " "
                + FORMS[r.nextInt(FORMS.length)]).trim();
    }

    public static ScreeningList of(int entries, long seed) {
        Random r = new Random(seed);
        List<ListEntry> list = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            List<String> aliases = new ArrayList<>();
            int n = r.nextInt(4); // 0-3 aliases: about 2.5 names per entry
            for (int a = 0; a < n; a++) {
                aliases.add(name(r));
            }
            list.add(new ListEntry("syn-" + i, SOURCES[r.nextInt(SOURCES.length)], name(r), aliases,
                    Set.of(COUNTRIES[r.nextInt(COUNTRIES.length)]), "", "", "For all items subject to the EAR.", "", "", "", ""));
        }
        int names = list.stream().mapToInt(e -> e.allNames().size()).sum();
        return new ScreeningList(new ListVersion("csl-synthetic-" + entries, "", "synthetic", names, Map.of(),
                Instant.EPOCH, "bench", false), list);
    }
}
