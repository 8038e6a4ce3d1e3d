package com.chipcheck.rules.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a party name against a list name, token by token (docs/screening.md):
 * <ul>
 * <li>Legal forms are gone already. Generic words ("technology", "group", "government") count half a distinctive
 *     word and place names a tenth, and a score needs a distinctive word in common (similarity 0.85 or more):
 *     generic words alone never make a hit. A name of generic words only must equal the list name token for token.</li>
 * <li>Tokens are aligned one to one, the most similar pairs first: one word of the party is never credited against
 *     several words of the entry. Two tokens are similar only within an edit allowance that grows with their length
 *     (one edit up to five letters, two up to eight, three beyond), after spelling variants of transliteration are
 *     folded ("ks"/"x", "y"/"i", "kh"/"h" …): "shanlan" is not "shangfu", "brown" is not "browningweight", but
 *     "aleksandr" is "alexander". A token of three characters or fewer must be equal. Chinese-character tokens (the
 *     cores of Chinese names, {@link HanNames}) must be equal, or one of three characters or more must stand within the
 *     other, or one of two at the start of the other (scored 0.9).</li>
 * <li>Names in Chinese characters: the same core of three characters or more, with only places and descriptors beside
 *     it, is a hit ({@link #HAN_CORE}); a core of two characters is a possible hit at most, unless the names differ
 *     only by a place one of them leaves out.</li>
 * <li>The party's words count three times as much as the entry's: a word of the party that the entry lacks costs,
 *     a word the entry has and the party omits (a patronymic, a second surname, a leading initialism) costs less.
 *     The whole names run together are also compared by edit distance (transliteration spacing: "Zhi Pu Hua
 *     Zhang" / "Zhipu Huazhang"); the higher of the two is the score.</li>
 * </ul>
 */
public final class NameMatcher {

    private static final int SHORT = 3;
    /**
     * The fewest Chinese characters one core must have to count when it stands anywhere within another; a core of two
     * counts only at the start of the other (华为 in 华为终端), where a trade name stands.
     */
    private static final int HAN_CONTAINED_MIN = 3;
    private static final int COMPACT_MIN = 6;
    private static final double DISTINCTIVE_MIN = 0.85;

    private NameMatcher() {
    }

    public static NameScore score(List<String> party, List<String> entry) {
        return score(PreparedName.of(party), PreparedName.of(entry), 0, true);
    }

    /**
     * @param floor   a score below this is of no interest: comparisons that cannot reach it stop early (0 for none)
     * @param explain collect the token pairs for the explanation (costly; only for hits)
     */
    static NameScore score(PreparedName party, PreparedName entry, double floor, boolean explain) {
        if (party.tokens().isEmpty() || entry.tokens().isEmpty()) {
            return NameScore.NONE;
        }
        List<String> p = party.distinctive();
        List<String> e = entry.distinctive();
        if (p.isEmpty() || e.isEmpty()) {
            boolean same = party.tokens().stream().sorted().toList().equals(entry.tokens().stream().sorted().toList());
            if (!same && p.isEmpty() && e.isEmpty() && holdsEveryChineseWord(party.tokens(), entry.tokens())) {
                // 上海微电子装备（集团）股份有限公司 holds 上海 | 微电子 | 装备: a Chinese name of place and line of business only
                return new NameScore(CONTAINED, "generic words only, in Chinese characters: the name holds every word of the listed name",
                        List.of(), 1, 1, 0);
            }
            return new NameScore(same ? 1.0 : 0.0, "generic words only: the whole name must be equal", List.of(),
                    same ? 1 : 0, same ? 1 : 0, 0);
        }
        double distinctiveBest = 0;
        for (int i = 0; i < p.size(); i++) {
            for (int j = 0; j < e.size(); j++) {
                distinctiveBest = Math.max(distinctiveBest, token(p.get(i), e.get(j), party.distinctiveSpelled().get(i),
                        entry.distinctiveSpelled().get(j)));
            }
        }
        List<String> pairs = explain ? new ArrayList<>() : null;
        double forward = 0;
        double backward = 0;
        double tokens = 0;
        boolean contained = false;
        if (distinctiveBest >= DISTINCTIVE_MIN || explain) {
            Alignment a = align(party, entry);
            forward = a.forward();
            backward = a.backward();
            contained = a.contained();
            if (pairs != null) {
                pairs.addAll(a.pairs());
            }
        }
        String hanNote = "";
        if (distinctiveBest >= DISTINCTIVE_MIN) {
            tokens = PARTY_SHARE * forward + (1 - PARTY_SHARE) * backward;
            if (contained && tokens < CONTAINED) {
                tokens = CONTAINED; // "Huawei Cloud Computing Technologies" holds all of "Huawei Technologies"
            }
            switch (hanCore(party, entry)) {
                case SAME -> {
                    if (tokens < HAN_CORE) {
                        tokens = HAN_CORE; // 杭州海康威视数字技术 is 海康威视: the same core, only places and descriptors beside it
                        hanNote = "; the same Chinese core " + e + ", places and descriptors aside";
                    }
                }
                case SHORT -> {
                    // 北京曙光 need not be 曙光: two characters name a company only in its place and line of business
                    tokens = Math.min(tokens, CONTAINED);
                    hanNote = "; a Chinese core of two characters, with other places, descriptors or words: a possible hit at most";
                }
                default -> {
                }
            }
            if (!explain && floor > 0 && tokens >= floor) {
                return new NameScore(tokens, "token alignment", List.of(), forward, backward, 0); // enough to pass
            }
        }
        double compact = numbersDiffer(party.tokens(), entry.tokens()) ? 0 // "Shipping Three" is not "Shipping Five"
                : Math.max(runTogether(party.allTogether(), entry.allTogether(), floor),
                        p.size() != e.size() ? runTogether(party.distinctiveTogether(), entry.distinctiveTogether(), floor) : 0);
        boolean useCompact = compact > tokens;
        String method = useCompact ? "run-together names"
                : distinctiveBest >= DISTINCTIVE_MIN ? "token alignment" + hanNote : "no distinctive token in common";
        return new NameScore(useCompact ? compact : tokens, method, pairs == null ? List.of() : pairs, forward, backward, compact);
    }

    /**
     * The least score of two names in Chinese characters with the same core of three characters or more, with nothing
     * beside it on either side but places and descriptors (杭州海康威视数字技术股份有限公司 / 海康威视): a hit. A
     * Chinese name is place, trade name, line of business and legal form, and the trade name is what names the company;
     * a list often gives only the short form.
     */
    static final double HAN_CORE = 0.95;

    private enum HanCore { NONE, SAME, SHORT }

    /**
     * SAME: every distinctive token of both names is in Chinese characters, they are the same, and they hold three
     * characters or more. SHORT: the distinctive tokens are in Chinese characters, one side's hold two characters or
     * fewer, and the names differ in more than a place one of them leaves out (华为终端 / 华为 as well): two characters (曙光, 海光, 飞腾) are a
     * trade name only within a place and a line of business, and many companies elsewhere bear them.
     */
    private static HanCore hanCore(PreparedName party, PreparedName entry) {
        List<String> p = party.distinctive();
        List<String> e = entry.distinctive();
        if (!p.stream().allMatch(NameNormalizer::han) || !e.stream().allMatch(NameNormalizer::han)) {
            return HanCore.NONE;
        }
        int pc = p.stream().mapToInt(String::length).sum();
        int ec = e.stream().mapToInt(String::length).sum();
        if (ec >= 3 && p.stream().sorted().toList().equals(e.stream().sorted().toList())) {
            return HanCore.SAME;
        }
        return Math.min(pc, ec) <= 2 && !samePlacesAside(party.tokens(), entry.tokens()) ? HanCore.SHORT : HanCore.NONE;
    }

    /** The same tokens once places are set aside, and the same places where both names give any (天津飞腾 / 飞腾). */
    private static boolean samePlacesAside(List<String> a, List<String> b) {
        List<String> pa = a.stream().filter(NameMatcher::place).sorted().toList();
        List<String> pb = b.stream().filter(NameMatcher::place).sorted().toList();
        return a.stream().filter(t -> !place(t)).sorted().toList().equals(b.stream().filter(t -> !place(t)).sorted().toList())
                && (pa.isEmpty() || pb.isEmpty() || pa.equals(pb));
    }

    private static boolean place(String token) {
        return NameNormalizer.PLACES.contains(token) || HanNames.place(token);
    }

    /**
     * Both names in Chinese characters and of generic words only (a place and a line of business: 上海 | 微电子 | 装备),
     * the listed one of two words or more, and the party's holding every one of them: a possible hit, as a name holding
     * every distinctive word of a listed name is. Chinese state groups and their units are named so.
     */
    private static boolean holdsEveryChineseWord(List<String> party, List<String> entry) {
        if (entry.size() < 2 || !party.stream().allMatch(NameNormalizer::han) || !entry.stream().allMatch(NameNormalizer::han)) {
            return false;
        }
        List<String> rest = new ArrayList<>(party);
        for (String t : entry) {
            if (!rest.remove(t)) {
                return false;
            }
        }
        return true;
    }

    /** How much the party's side weighs against the entry's in the token score. */
    private static final double PARTY_SHARE = 0.75;
    /**
     * The least score of a name that holds every distinctive word of a listed name, with nothing beside them but
     * generic words and places: a possible hit at the default thresholds (0.84 review, 0.92 match), since a listed
     * group's affiliates are named so.
     */
    static final double CONTAINED = 0.88;

    /**
     * @param forward  weighted share of the party's tokens the alignment covers, by similarity
     * @param backward weighted share of the entry's tokens it covers
     */
    /** @param contained every distinctive token of the entry is aligned closely, and every unaligned party token is generic */
    private record Alignment(double forward, double backward, List<String> pairs, boolean contained) {
    }

    /** Aligns the tokens one to one, the most similar pairs first; a token left without a partner scores 0. */
    private static Alignment align(PreparedName party, PreparedName entry) {
        List<String> pt = party.tokens();
        List<String> et = entry.tokens();
        List<double[]> candidates = new ArrayList<>(); // {similarity, i, j}
        for (int i = 0; i < pt.size(); i++) {
            for (int j = 0; j < et.size(); j++) {
                double s = token(pt.get(i), et.get(j), party.spelled().get(i), entry.spelled().get(j));
                if (s > 0) {
                    candidates.add(new double[] {s, i, j});
                }
            }
        }
        candidates.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
        double[] partySim = new double[pt.size()];
        int[] partner = new int[pt.size()];
        java.util.Arrays.fill(partner, -1);
        boolean[] entryUsed = new boolean[et.size()];
        double[] entrySim = new double[et.size()];
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (partner[i] < 0 && !entryUsed[j]) {
                partner[i] = j;
                entryUsed[j] = true;
                partySim[i] = c[0];
                entrySim[j] = c[0];
            }
        }
        joined(pt, et, partner, entryUsed, partySim, entrySim, false);
        int[] entryPartner = new int[et.size()];
        java.util.Arrays.fill(entryPartner, -1);
        for (int i = 0; i < pt.size(); i++) {
            if (partner[i] >= 0) {
                entryPartner[partner[i]] = i;
            }
        }
        boolean[] partyUsed = new boolean[pt.size()];
        for (int i = 0; i < pt.size(); i++) {
            partyUsed[i] = partner[i] >= 0;
        }
        joined(et, pt, entryPartner, partyUsed, entrySim, partySim, true);
        List<String> pairs = new ArrayList<>(pt.size());
        for (int i = 0; i < pt.size(); i++) {
            pairs.add(pt.get(i) + "~" + (partner[i] < 0 ? "-" : et.get(partner[i])) + String.format(Locale.ROOT, " %.2f", partySim[i]));
        }
        double[] pw = party.weights();
        double[] ew = entry.weights();
        boolean conflicting = conflict(pt, partySim, et, entrySim);
        if (conflicting) { // two different patronymics or initials: they tell the persons apart
            pw = full(pt, partySim, pw);
            ew = full(et, entrySim, ew);
        }
        // an acronym of three letters ("BAE", "ABC") is too little to hold a name by; a Chinese character counts as two
        // letters (a two-character core, 壁仞, is a word, and as much as a four-letter one)
        boolean contained = !conflicting && entry.distinctive().stream().mapToInt(t -> NameNormalizer.han(t) ? 2 * t.length() : t.length()).sum() >= 4;
        for (int j = 0; j < et.size() && contained; j++) {
            contained = NameNormalizer.generic(et.get(j)) || entrySim[j] >= 0.9;
        }
        for (int i = 0; i < pt.size() && contained; i++) {
            contained = partySim[i] > 0 || NameNormalizer.generic(pt.get(i));
        }
        return new Alignment(weighted(partySim, pw), weighted(entrySim, ew), pairs, contained);
    }

    /**
     * Two adjacent unaligned tokens of one side that run together into an unaligned token of the other ("patr ushev" /
     * "patrushev", "mohammad hasni" / "mohammadhasni") align with it, at 0.95 each.
     */
    private static void joined(List<String> from, List<String> to, int[] partner, boolean[] toUsed, double[] fromSim,
                               double[] toSim, boolean reverse) {
        for (int i = 0; i + 1 < from.size(); i++) {
            if (partner[i] >= 0 || partner[i + 1] >= 0 || reverse && (fromSim[i] > 0 || fromSim[i + 1] > 0)) {
                continue;
            }
            String together = spelling(from.get(i) + from.get(i + 1));
            for (int j = 0; j < to.size(); j++) {
                if (!toUsed[j] && toSim[j] == 0 && spelling(to.get(j)).equals(together)) {
                    partner[i] = j;
                    partner[i + 1] = j;
                    toUsed[j] = true;
                    fromSim[i] = 0.95;
                    fromSim[i + 1] = 0.95;
                    toSim[j] = 0.95;
                    break;
                }
            }
        }
    }

    private static boolean conflict(List<String> pt, double[] ps, List<String> et, double[] es) {
        return unalignedQualifier(pt, ps) && unalignedQualifier(et, es);
    }

    private static boolean unalignedQualifier(List<String> tokens, double[] sim) {
        for (int i = 0; i < tokens.size(); i++) {
            if (sim[i] == 0 && NameNormalizer.qualifier(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The weights with every unaligned patronymic or initial counted in full. */
    private static double[] full(List<String> tokens, double[] sim, double[] weights) {
        double[] w = weights.clone();
        for (int i = 0; i < tokens.size(); i++) {
            if (sim[i] == 0 && NameNormalizer.qualifier(tokens.get(i))) {
                w[i] = 1.0;
            }
        }
        return w;
    }

    private static double weighted(double[] similarity, double[] weights) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < similarity.length; i++) {
            sum += weights[i] * similarity[i];
            total += weights[i];
        }
        return total == 0 ? 0 : sum / total;
    }

    /** Two names run together, compared by edit distance; 0 if too short, or if the lengths alone rule out {@code floor}. */
    private static double runTogether(String a, String b, double floor) {
        if (a.length() < COMPACT_MIN || b.length() < COMPACT_MIN || NameNormalizer.han(a) || NameNormalizer.han(b)) {
            return 0;
        }
        if ((double) Math.min(a.length(), b.length()) / Math.max(a.length(), b.length()) < floor) {
            return 0; // the edit distance is at least the difference in length
        }
        double s = levenshteinSimilarity(a, b, floor);
        int longer = Math.max(a.length(), b.length());
        // for spacing ("Zhi Pu" / "Zhipu"), with a typo at most: a whole word more or less is not spacing
        return Math.round((1 - s) * longer) <= (longer >= 12 ? 2 : 1) ? s : 0;
    }

    /** Both names carry numbers, and not the same ones. */
    private static boolean numbersDiffer(List<String> a, List<String> b) {
        List<String> x = a.stream().filter(t -> t.chars().allMatch(Character::isDigit)).sorted().toList();
        List<String> y = b.stream().filter(t -> t.chars().allMatch(Character::isDigit)).sorted().toList();
        return !x.isEmpty() && !y.isEmpty() && !x.equals(y);
    }

    /**
     * 1 - edit distance / longer length: not biased to the prefix as Jaro-Winkler is, for whole names run together.
     * Returns 0 as soon as no alignment can reach {@code floor} (every cell of a row is already too far).
     */
    static double levenshteinSimilarity(String a, String b, double floor) {
        int longer = Math.max(a.length(), b.length());
        int limit = (int) Math.floor(longer * (1.0 - floor));
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return 0;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[b.length()] / longer;
    }

    static List<String> distinctive(List<String> tokens) {
        return tokens.stream().filter(t -> !NameNormalizer.generic(t)).toList();
    }

    static double token(String a, String b) {
        return token(a, b, spelling(a), spelling(b));
    }

    /** @param x {@code a} with its spelling variants folded, {@code y} likewise */
    private static double token(String a, String b, String x, String y) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (NameNormalizer.han(a) || NameNormalizer.han(b)) {
            // one core within the other (寒武纪 / 中科寒武纪 once 中科 is cut off … or not); two characters only at the
            // start (华为 / 华为终端): written without spaces, any two characters turn up across a word boundary
            // (上海光明 holds 海光). A core of two is a possible hit at most (hanCore).
            if (!NameNormalizer.han(a) || !NameNormalizer.han(b)) {
                return 0.0;
            }
            String shorter = a.length() <= b.length() ? a : b;
            String longer = shorter == a ? b : a;
            boolean within = shorter.length() >= HAN_CONTAINED_MIN ? longer.contains(shorter)
                    : shorter.length() == 2 && longer.startsWith(shorter);
            return within ? 0.9 : 0.0;
        }
        if (NameNormalizer.initial(a) || NameNormalizer.initial(b)) {
            return a.charAt(0) == b.charAt(0) ? 0.9 : 0.0; // an initial stands for a name that starts with it
        }
        if (x.equals(y)) {
            return 0.97; // the same name in two transliterations ("xi" / "shi", "lukashenko" / "lukasenko")
        }
        if (a.length() <= SHORT || b.length() <= SHORT) {
            return 0.0;
        }
        int longer = Math.max(x.length(), y.length());
        int allowed = longer <= 9 ? 1 : 2;
        if (Math.abs(x.length() - y.length()) > allowed) {
            return 0.0; // "brown" is not "browningweight"
        }
        double edits = levenshteinSimilarity(x, y, 1.0 - (allowed + 0.5) / longer);
        if (Math.round((1.0 - edits) * longer) > allowed) {
            return 0.0; // more edits than a spelling variant or typo explains: another name
        }
        return Math.max(edits, JaroWinkler.similarity(x, y));
    }

    private static final String[][] SPELLINGS = {{"ks", "x"}, {"kh", "h"}, {"sh", "s"}, {"x", "s"}, {"ph", "f"}, {"yi", "i"}, {"iy", "i"}, {"ey", "ei"},
            {"ay", "ai"}, {"oy", "oi"}, {"yu", "iu"}, {"ya", "ia"}, {"ye", "e"}, {"y", "i"}, {"j", "i"}, {"w", "v"},
            {"ts", "z"}, {"tz", "z"}, {"ck", "k"}, {"c", "k"}, {"q", "k"}, {"ou", "u"}, {"oo", "u"}};

    /** A token with the spelling variants of transliteration folded: "aleksandr" and "alexander" come closer. */
    static String spelling(String token) {
        String s = token;
        for (String[] r : SPELLINGS) {
            s = s.replace(r[0], r[1]);
        }
        return s;
    }
}
