package com.chipcheck.rules.country;

import com.chipcheck.rules.util.Csv;
import com.chipcheck.rules.util.Resources;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Country Groups of 15 CFR 740 Supp. No. 1 with validity dates ({@code reference/country_groups.csv}).
 * The rules never name a group's members: they ask which groups a country is in on the as-of date.
 */
public final class CountryGroups {

    public static final String RESOURCE = "reference/country_groups.csv";

    private final List<GroupMembership> memberships;
    private final Map<String, List<GroupMembership>> byCountry;

    public CountryGroups(List<GroupMembership> memberships) {
        this.memberships = List.copyOf(memberships);
        this.byCountry = this.memberships.stream().collect(Collectors.groupingBy(GroupMembership::country));
    }

    public static CountryGroups bundled() {
        return parse(Resources.bytes(RESOURCE));
    }

    public static CountryGroups parse(byte[] csv) {
        List<GroupMembership> rows = new ArrayList<>();
        List<Map<String, String>> records = Csv.readRecords(new ByteArrayInputStream(csv));
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> r = records.get(i);
            String country = r.get("iso2");
            if (!Countries.isCode(country)) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 2) + ": not an ISO 3166 code: " + country);
            }
            rows.add(new GroupMembership(r.get("group"), country, date(r.get("valid_from")), date(r.get("valid_to")),
                    r.get("source_note")));
        }
        return new CountryGroups(rows);
    }

    /** The groups a country is in on a date, e.g. [D:1, D:4, D:5] for CN. */
    public Set<String> groupsOf(String country, LocalDate on) {
        Set<String> groups = new TreeSet<>();
        for (GroupMembership m : byCountry.getOrDefault(country, List.of())) {
            if (m.validOn(on)) {
                groups.add(m.group());
            }
        }
        return Collections.unmodifiableSet(groups);
    }

    public List<GroupMembership> memberships() {
        return memberships;
    }

    private static LocalDate date(String cell) {
        return cell == null || cell.isBlank() ? null : LocalDate.parse(cell.trim());
    }
}
