package com.chipcheck.rules.approval;

import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.order.Party;
import com.chipcheck.rules.screening.NameNormalizer;
import com.chipcheck.rules.util.Csv;
import com.chipcheck.rules.util.Resources;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entities Supp. No. 8 to Part 740 approves to receive advanced computing items in the UAE
 * ({@code uae_approved_entities.csv}, regulation.md b.3). An order may declare its end user approved; the declaration
 * is believed only for a party this list names (by the distinctive words of its name, and for the U.S. companies
 * listed "and their subsidiaries", an ultimate parent in the United States). UAE government agencies are approved
 * too, but no list of names says which bodies they are, so their declarations are held for a person to confirm.
 */
public final class UaeApprovedEntities {

    public static final String RESOURCE = "reference/uae_approved_entities.csv";

    /** One entry: the words a party's name must contain, the parent's country it must have (if any), its expiry (if any). */
    public record Entry(String entity, Set<String> nameTokens, String ultimateParentCountry, LocalDate expires) {
    }

    private static final UaeApprovedEntities BUNDLED = load();

    private final List<Entry> entries;

    private UaeApprovedEntities(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static UaeApprovedEntities bundled() {
        return BUNDLED;
    }

    private static UaeApprovedEntities load() {
        List<Entry> entries = new ArrayList<>();
        for (Map<String, String> r : Csv.readRecords(new ByteArrayInputStream(Resources.bytes(RESOURCE)))) {
            String parent = r.get("ultimate_parent_country");
            String expires = r.get("expires");
            entries.add(new Entry(r.get("entity"), Set.of(r.get("name_tokens").trim().split("\\s+")),
                    parent == null || parent.isBlank() ? null : parent.trim(),
                    expires == null || expires.isBlank() ? null : LocalDate.parse(expires.trim())));
        }
        return new UaeApprovedEntities(entries);
    }

    /** The entry that names this party, if any: every word of the entry is a word of the party's name. */
    public Optional<Entry> find(Party party) {
        if (party == null || party.name() == null) {
            return Optional.empty();
        }
        Set<String> words = new HashSet<>(NameNormalizer.tokens(party.name()));
        String parent = Countries.resolve(party.ultimateParentCountry()).orElse(null);
        return entries.stream()
                .filter(e -> words.containsAll(e.nameTokens()))
                .filter(e -> e.ultimateParentCountry() == null || e.ultimateParentCountry().equals(parent))
                .findFirst();
    }
}
