package com.chipcheck.rules.screening;

import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.util.Csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Precision and recall of the screener on a labelled set ({@code party,country,expected,label}; expected is the
 * entry id, or ids separated by ';', or empty for a party that is on no list). A hit (MATCH) on an expected entry
 * is a true positive, on any other entry a false positive; an expected entry without a MATCH is a false negative.
 * A POSSIBLE is counted apart: it holds the line for a person, so it costs review time, not a wrong release.
 * Run: {@code java -cp rules/target/classes:... com.chipcheck.rules.screening.ScreeningEvaluation LIST CASES}.
 */
public final class ScreeningEvaluation {

    public record Case(String party, String country, Set<String> expected, String label) {
    }

    public record Outcome(Case c, List<String> matches, List<String> possibles) {
        boolean found() {
            return c.expected().stream().anyMatch(matches::contains);
        }

        boolean flagged() {
            return c.expected().stream().anyMatch(id -> matches.contains(id) || possibles.contains(id));
        }

        List<String> wrong() {
            return matches.stream().filter(id -> !c.expected().contains(id)).toList();
        }
    }

    public record Result(int cases, int truePositives, int falsePositives, int falseNegatives, int flaggedForReview,
                         int expectedHits, List<Outcome> misses, List<Outcome> falseAlarms) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return expectedHits == 0 ? 1.0 : (double) truePositives / expectedHits;
        }

        /** Share of expected entries that were at least held for review (MATCH or POSSIBLE). */
        public double recallWithReview() {
            return expectedHits == 0 ? 1.0 : (double) flaggedForReview / expectedHits;
        }
    }

    private ScreeningEvaluation() {
    }

    public static List<Case> cases(InputStream csv) {
        List<Case> cases = new ArrayList<>();
        for (Map<String, String> r : Csv.readRecords(csv)) {
            Set<String> expected = Arrays.stream(r.get("expected").split(";")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet());
            cases.add(new Case(r.get("party"), Countries.resolve(r.get("country")).orElse(null), expected, r.get("label")));
        }
        return cases;
    }

    public static Result evaluate(ScreeningList list, ScreeningPolicy policy, List<Case> cases) {
        Screener screener = new Screener(list, policy, FalsePositiveRegister.NONE, Clock.systemUTC());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int flagged = 0;
        int expected = 0;
        List<Outcome> misses = new ArrayList<>();
        List<Outcome> alarms = new ArrayList<>();
        for (Case c : cases) {
            PartyScreening s = screener.screen("PARTY", c.party(), c.country());
            List<String> matches = s.hits().stream().filter(h -> h.certainty() == Certainty.MATCH).map(h -> h.entry().id()).toList();
            List<String> possibles = s.hits().stream().filter(h -> h.certainty() == Certainty.POSSIBLE).map(h -> h.entry().id()).toList();
            Outcome o = new Outcome(c, matches, possibles);
            if (!c.expected().isEmpty()) {
                expected++;
                if (o.found()) {
                    tp++;
                } else {
                    fn++;
                    misses.add(o);
                }
                if (o.flagged()) {
                    flagged++;
                }
            }
            if (!o.wrong().isEmpty()) {
                fp += o.wrong().size();
                alarms.add(o);
            }
        }
        return new Result(cases.size(), tp, fp, fn, flagged, expected, misses, alarms);
    }

    public static void main(String[] args) throws IOException {
        ScreeningList list = CslReader.read(Files.readAllBytes(Path.of(args[0])), args[0], Instant.now(), "evaluation", false);
        List<Case> cases;
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            cases = cases(in);
        }
        Result r = evaluate(list, ScreeningPolicy.DEFAULT, cases);
        System.out.printf(Locale.ROOT, "%d cases (%d with an expected entry), list %s: precision %.3f, recall %.3f, recall incl. review %.3f (TP %d, FP %d, FN %d)%n",
                r.cases(), r.expectedHits(), list.version().id(), r.precision(), r.recall(), r.recallWithReview(),
                r.truePositives(), r.falsePositives(), r.falseNegatives());
        r.misses().forEach(o -> System.out.println("  missed: " + o));
        r.falseAlarms().forEach(o -> System.out.println("  false alarm: " + o));
        System.out.println("| kind | cases | expected hits | found | held for review | false alarms |\n|---|---|---|---|---|---|");
        cases.stream().collect(java.util.stream.Collectors.groupingBy(Case::label, java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                .forEach((label, of) -> {
                    Result k = evaluate(list, ScreeningPolicy.DEFAULT, of);
                    System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", label, k.cases(), k.expectedHits(),
                            k.truePositives(), k.flaggedForReview(), k.falsePositives());
                });
    }
}
