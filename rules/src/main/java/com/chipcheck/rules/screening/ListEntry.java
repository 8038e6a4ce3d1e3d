package com.chipcheck.rules.screening;

import com.chipcheck.rules.util.Sha256;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of the Consolidated Screening List (fields of trade.gov's {@code results[]}, regulation.md (i)).
 *
 * @param source    the list: "Entity List", "Specially Designated Nationals", "Denied Persons List", ...
 * @param countries ISO codes of the entry's addresses (and its {@code country} field where given)
 */
public record ListEntry(String id, String source, String name, List<String> altNames, Set<String> countries,
                        String addresses, String programs, String licenseRequirement, String licensePolicy,
                        String federalRegisterNotice, String startDate, String remarks) {

    public static final String ENTITY_LIST = "Entity List";
    private static final Pattern FOOTNOTE = Pattern.compile("(?i)(?:footnote|FN)\\s*(\\d)");

    public ListEntry {
        altNames = altNames == null ? List.of() : List.copyOf(altNames);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
    }

    /** The name and every alias, the name first. */
    public List<String> allNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), altNames.stream()).toList();
    }

    /**
     * The Entity List footnote (1, 3, 4 or 5), which the CSL carries in no field of its own: it is read from the
     * licence requirement or the remarks (regulation.md (i)); null if neither names one.
     */
    public Integer footnote() {
        for (String text : new String[] {licenseRequirement, remarks}) {
            if (text != null) {
                Matcher m = FOOTNOTE.matcher(text);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        return null;
    }

    /** A hash of everything the entry says: a reviewed false positive is reopened when this changes. */
    public String contentHash() {
        String all = String.join("\u001f", id, source, name, String.join("\u001e", altNames),
                String.join("\u001e", new java.util.TreeSet<>(countries)), nz(addresses), nz(programs), nz(licenseRequirement),
                nz(licensePolicy), nz(federalRegisterNotice), nz(startDate), nz(remarks));
        return Sha256.hex(all).substring(0, 16);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
