package com.chipcheck.rules.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Screens party names against one list version with a policy and the reviewed false positives. Results are
 * cached per name and country for as long as the list, the register and the day stay the same.
 */
public final class Screener {

    private static final int CACHE_LIMIT = 100_000;

    private final ScreeningList list;
    private final ScreeningPolicy policy;
    private final FalsePositiveRegister falsePositives;
    private final Clock clock;
    private final Map<String, PartyScreening> cache = new ConcurrentHashMap<>();
    private volatile String cacheStamp = "";

    public Screener(ScreeningList list, ScreeningPolicy policy, FalsePositiveRegister falsePositives, Clock clock) {
        this.list = list;
        this.policy = policy;
        this.falsePositives = falsePositives;
        this.clock = clock;
    }

    public ScreeningList list() {
        return list;
    }

    public ScreeningPolicy policy() {
        return policy;
    }

    public PartyScreening screen(String role, String name, String country) {
        if (name == null || name.isBlank()) {
            return new PartyScreening(role, name, country, list.version().id(), List.of(), List.of());
        }
        LocalDate today = LocalDate.now(clock);
        String stamp = falsePositives.revision() + "@" + today;
        if (!stamp.equals(cacheStamp) || cache.size() > CACHE_LIMIT) {
            cache.clear();
            cacheStamp = stamp;
        }
        PartyScreening found = cache.computeIfAbsent(name + "|" + country, k -> compute(name, country, today));
        return new PartyScreening(role, found.name(), found.country(), found.listVersion(), found.hits(), found.suppressed(),
                found.lookAlikes());
    }

    private PartyScreening compute(String name, String country, LocalDate today) {
        List<String> tokens = NameNormalizer.tokens(name);
        PreparedName party = PreparedName.of(tokens);
        double floor = policy.lowestReview();
        Map<String, ScreeningHit> best = new HashMap<>();
        for (ScreeningList.IndexedName candidate : list.candidates(tokens)) {
            NameScore quick = NameMatcher.score(party, candidate.prepared(), floor, false);
            if (quick.score() < floor) {
                continue; // cannot reach any review threshold
            }
            NameScore s = NameMatcher.score(party, candidate.prepared(), 0, true);
            ListEntry entry = candidate.entry();
            double score = s.score();
            String countryNote;
            if (country == null || entry.countries().isEmpty()) {
                countryNote = "country not compared";
            } else if (entry.countries().contains(country)) {
                countryNote = "country " + country + " agrees";
            } else {
                score *= policy.countryMismatchFactor();
                countryNote = "country " + country + " is not the entry's " + entry.countries() + " (x" + policy.countryMismatchFactor() + ")";
            }
            ScreeningPolicy.Thresholds t = policy.thresholds(entry.source());
            if (score < t.review()) {
                continue;
            }
            Certainty certainty = score >= t.match() ? Certainty.MATCH : Certainty.POSSIBLE;
            String explanation = String.format(Locale.ROOT, "\"%s\" scored %.3f against \"%s\" (%s; %s; thresholds %.2f match, %.2f review)",
                    name, score, candidate.name(), s.explain(), countryNote, t.match(), t.review());
            ScreeningHit hit = new ScreeningHit(entry, candidate.name(), score, certainty, explanation);
            best.merge(entry.id(), hit, (a, b) -> a.score() >= b.score() ? a : b);
        }
        List<ScreeningHit> hits = new ArrayList<>();
        List<String> suppressed = new ArrayList<>();
        List<FalsePositive> reviewed = best.isEmpty() ? List.of() : falsePositives.all();
        for (ScreeningHit hit : best.values()) {
            FalsePositive fp = reviewed.stream()
                    .filter(f -> f.covers(name, country, hit.entry(), today)).findFirst().orElse(null);
            if (fp == null) {
                hits.add(hit);
            } else {
                suppressed.add(hit.entry().id() + " (reviewed false positive " + fp.id() + " by " + fp.reviewer()
                        + " until " + fp.expires() + ": " + fp.reason() + ")");
            }
        }
        hits.sort(Comparator.comparingDouble(ScreeningHit::score).reversed().thenComparing(h -> h.entry().id()));
        return new PartyScreening(null, name, country, list.version().id(), hits, suppressed, LookAlikes.fold(name).warning());
    }
}
