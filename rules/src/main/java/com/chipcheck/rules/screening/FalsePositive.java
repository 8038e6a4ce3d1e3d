package com.chipcheck.rules.screening;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A compliance officer's finding that a party is not a list entry. It suppresses that pair only, while the entry
 * reads as it did when reviewed ({@code entryHash}) and until {@code expires}; then the hit comes back by itself.
 *
 * It suppresses nothing until a second compliance officer approves it ({@code approvedBy}): a false positive
 * turns held lines clear, so the one who records it may not make it apply alone (four eyes).
 *
 * @param party the party's name as screened; compared in its normalised form, with its country
 */
public record FalsePositive(String id, String party, String partyCountry, String entryId, String entryHash,
                            String reason, String reviewer, Instant recordedAt, LocalDate expires, String approvedBy,
                            Instant approvedAt) {

    /** A false positive as recorded, waiting for its approval. */
    public FalsePositive(String id, String party, String partyCountry, String entryId, String entryHash, String reason,
                         String reviewer, Instant recordedAt, LocalDate expires) {
        this(id, party, partyCountry, entryId, entryHash, reason, reviewer, recordedAt, expires, null, null);
    }

    public FalsePositive approved(String by, Instant at) {
        return new FalsePositive(id, party, partyCountry, entryId, entryHash, reason, reviewer, recordedAt, expires, by, at);
    }

    public boolean isApproved() {
        return approvedBy != null;
    }

    public boolean covers(String partyName, String country, ListEntry entry, LocalDate today) {
        return isApproved() && NameNormalizer.partyKey(party, partyCountry).equals(NameNormalizer.partyKey(partyName, country))
                && entryId.equals(entry.id()) && entryHash.equals(entry.contentHash()) && !today.isAfter(expires);
    }

    /** Why a recorded false positive no longer suppresses its entry, or null if it still does. */
    public String reopenedBecause(ListEntry current, LocalDate today) {
        if (current == null) {
            return "the entry is no longer on the list";
        }
        if (!entryHash.equals(current.contentHash())) {
            return "the list entry changed since the review";
        }
        if (today.isAfter(expires)) {
            return "the review expired on " + expires;
        }
        return null;
    }
}
