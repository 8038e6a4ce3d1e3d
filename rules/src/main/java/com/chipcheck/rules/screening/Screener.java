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

    /**
     * The party's tokens, and, for a name written in Chinese characters and in another script ("杭州海康威视数字技术股份有限公司
     * (Hangzhou Hikvision Digital Technology Co., Ltd.)", "Hikvision 海康威视"), each script's part on its own: a list
     * names the party in one script at a time, and the other part would count as words the entry lacks.
     */
    static List<List<String>> parts(List<String> tokens) {
        List<String> han = tokens.stream().filter(NameNormalizer::han).toList();
        List<String> other = tokens.stream().filter(t -> !NameNormalizer.han(t)).toList();
        if (han.stream().allMatch(NameNormalizer::generic) || other.stream().allMatch(NameNormalizer::generic)) {
            return List.of(tokens);
        }
        return List.of(tokens, han, other);
    }

    private PartyScreening compute(String name, String country, LocalDate today) {
        double floor = policy.lowestReview();
        Map<String, ScreeningHit> best = new HashMap<>();
        List<List<String>> parts = parts(NameNormalizer.tokens(name));
        for (int part = 0; part < parts.size(); part++) {
            screen(name, part == 0 ? "" : part == 1 ? " (its part in Chinese characters)" : " (its part in other letters)",
                    parts.get(part), country, floor, best);
        }
        return decided(name, country, today, best);
    }

    private void screen(String name, String part, List<String> tokens, String country, double floor, Map<String, ScreeningHit> best) {
        PreparedName party = PreparedName.of(tokens);
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
            String explanation = String.format(Locale.ROOT, "\"%s\"%s scored %.3f against \"%s\" (%s; %s; thresholds %.2f match, %.2f review)",
                    name, part, score, candidate.name(), s.explain(), countryNote, t.match(), t.review());
            ScreeningHit hit = new ScreeningHit(entry, candidate.name(), score, certainty, explanation);
            best.merge(entry.id(), hit, (a, b) -> a.score() >= b.score() ? a : b);
        }
    }

    private PartyScreening decided(String name, String country, LocalDate today, Map<String, ScreeningHit> best) {
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
