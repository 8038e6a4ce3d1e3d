package com.chipcheck.rules.licence;

import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.decision.LicenceUse;
import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.decision.Reason;
import com.chipcheck.rules.decision.ReasonKind;
import com.chipcheck.rules.order.LineParty;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.screening.NameNormalizer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the licence-required lines of one decision against the registered licences (15 CFR 750.7: a licence
 * authorises the items, parties, destinations, quantity and value it states, while it is valid). A line a licence
 * covers, with enough quantity and value left, becomes LICENSED and says under which licence and what is left; a
 * line none covers stays LICENSE_REQUIRED and says why the nearest licence does not cover it. Lines of one decision
 * draw from one tally, in order: two lines cannot both take a licence's last units. Only LICENSE_REQUIRED lines are
 * matched: a held line needs a person first, and a prohibited one cannot be licensed here.
 */
public final class LicenceCoverage {

    public static final String RULE = "750.7-LICENCE";
    public static final String CITATION = "15 CFR 750.7 (licence terms: items, parties, destinations, quantity, value, validity)";
    public static final String STATEMENT = "A licence-required line is LICENSED when a registered licence valid on its ship date names its "
            + "ECCN (and part, if it names parts), every destination and the end user and ultimate consignee, with enough units and value left";

    private final List<LicenceStanding> book;
    private final Map<String, BigDecimal[]> taken = new HashMap<>(); // per licence: units, value taken by earlier lines

    /** @param book the registered licences with what was drawn from them, in the order they are preferred */
    public LicenceCoverage(List<LicenceStanding> book) {
        this.book = List.copyOf(book);
    }

    /** Every line of a decision, in order. */
    public List<LineDecision> apply(List<OrderLine> lines, List<LineDecision> decisions) {
        if (book.isEmpty()) {
            return decisions;
        }
        List<LineDecision> out = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            out.add(apply(lines.get(i), decisions.get(i)));
        }
        return out;
    }

    public LineDecision apply(OrderLine line, LineDecision d) {
        if (d.outcome() != Outcome.LICENSE_REQUIRED || book.isEmpty()) {
            return d;
        }
        LocalDate day = d.asOf();
        LicenceStanding nearest = null;
        List<String> nearestGaps = null;
        for (LicenceStanding s : book) {
            List<String> gaps = gaps(s, line, d, day);
            if (gaps.isEmpty()) {
                return licensed(line, d, s);
            }
            if (nearest == null || distance(gaps) < distance(nearestGaps)) {
                nearest = s;
                nearestGaps = gaps;
            }
        }
        List<Reason> reasons = new ArrayList<>(d.reasons());
        reasons.add(new Reason(RULE, CITATION, "No registered licence covers the line: the nearest, " + nearest.licence().number()
                + ", " + String.join("; ", nearestGaps), ReasonKind.LICENCE));
        return d.withLicence(Outcome.LICENSE_REQUIRED, reasons, null);
    }

    /**
     * How far a licence is from covering the line: a term that does not fit the line (ECCN, part, destination, party)
     * counts 1; a licence for this very line that has lapsed (expired, revoked, not yet valid) 0.6; one drawn down
     * too far (quantity or value left) 0.5. The licence written for the line is the one to name.
     */
    private static double distance(List<String> gaps) {
        return gaps.stream().mapToDouble(g -> g.startsWith("has ") || g.startsWith("limits value") ? 0.5
                : g.startsWith("expired") || g.startsWith("was revoked") || g.startsWith("is valid only") ? 0.6 : 1.0).sum();
    }

    private LineDecision licensed(OrderLine line, LineDecision d, LicenceStanding s) {
        Licence l = s.licence();
        BigDecimal[] t = taken.computeIfAbsent(l.number(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        t[0] = t[0].add(line.quantity());
        BigDecimal value = value(line);
        if (value != null) {
            t[1] = t[1].add(value);
        }
        BigDecimal unitsLeft = s.remainingQuantity() == null ? null : s.remainingQuantity().subtract(t[0]);
        BigDecimal valueLeft = s.remainingValue() == null ? null : s.remainingValue().subtract(t[1]);
        List<Reason> reasons = new ArrayList<>(d.reasons());
        reasons.removeIf(r -> r.kind() == ReasonKind.OUTCOME);
        reasons.add(new Reason(RULE, CITATION, "Licensed: licence " + l.number() + " (valid " + l.validFrom() + " to " + l.validUntil()
                + ") covers " + d.eccn() + ", the destinations and the parties of the line; "
                + (unitsLeft == null ? "no quantity limit" : plain(unitsLeft) + " of " + plain(l.quantity()) + " units left after it")
                + (valueLeft == null ? "" : "; " + plain(valueLeft) + " " + l.currency() + " of " + plain(l.value()) + " left"), ReasonKind.OUTCOME));
        return d.withLicence(Outcome.LICENSED, reasons, new LicenceUse(l.number(), unitsLeft, valueLeft, l.currency()));
    }

    /** Why the licence does not cover the line, in the order an officer checks a licence; empty when it does. */
    private List<String> gaps(LicenceStanding s, OrderLine line, LineDecision d, LocalDate day) {
        Licence l = s.licence();
        List<String> gaps = new ArrayList<>();
        if (l.revokedOn() != null && !day.isBefore(l.revokedOn())) {
            gaps.add("was revoked on " + l.revokedOn());
        } else if (day.isBefore(l.validFrom())) {
            gaps.add("is valid only from " + l.validFrom() + " (ship date " + day + ")");
        } else if (day.isAfter(l.validUntil())) {
            gaps.add("expired on " + l.validUntil() + " (ship date " + day + ")");
        }
        if (d.eccn() == null || !l.eccns().contains(d.eccn())) {
            gaps.add("does not authorise " + (d.eccn() == null ? "items outside 3A090/4A090" : d.eccn()) + " (it names " + sorted(l.eccns()) + ")");
        }
        if (!l.parts().isEmpty() && (Licence.partKey(line.partNumber()).isEmpty()
                || l.parts().stream().map(Licence::partKey).noneMatch(Licence.partKey(line.partNumber())::equals))) {
            gaps.add("does not name the part " + (line.partNumber() == null ? "(described by its figures)" : "\"" + line.partNumber() + "\""));
        }
        Set<String> missing = new LinkedHashSet<>(destinations(line));
        missing.removeAll(l.destinations());
        if (!missing.isEmpty()) {
            gaps.add("does not name the destination " + String.join(", ", missing) + " (it names " + sorted(l.destinations()) + ")");
        }
        for (LineParty p : parties(line)) {
            if (l.parties().stream().noneMatch(named -> same(named, p))) {
                gaps.add("does not name the " + p.roleName() + " \"" + p.name() + "\"");
            }
        }
        if (parties(line).isEmpty()) {
            gaps.add("cannot be matched: the line names no end user");
        }
        BigDecimal[] t = taken.getOrDefault(l.number(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        if (s.remainingQuantity() != null) {
            BigDecimal left = s.remainingQuantity().subtract(t[0]);
            if (left.compareTo(line.quantity()) < 0) {
                gaps.add("has " + plain(left.max(BigDecimal.ZERO)) + " units left of " + plain(l.quantity()) + " (the line needs " + plain(line.quantity()) + ")");
            }
        }
        if (s.remainingValue() != null) {
            BigDecimal value = value(line);
            if (value == null || !l.currency().equals(line.purchase().currency())) {
                gaps.add("limits value to " + plain(l.value()) + " " + l.currency() + ", and the line gives no unit price in " + l.currency());
            } else {
                BigDecimal left = s.remainingValue().subtract(t[1]);
                if (left.compareTo(value) < 0) {
                    gaps.add("has " + plain(left.max(BigDecimal.ZERO)) + " " + l.currency() + " left of " + plain(l.value())
                            + " (the line is worth " + plain(value) + ")");
                }
            }
        }
        return gaps;
    }

    /**
     * Where the item goes: the ship-to, where the end user is, and where every consignee is (ultimate or
     * intermediate): a licence or notification must name each of these countries.
     */
    static List<String> destinations(OrderLine line) {
        Set<String> out = new LinkedHashSet<>();
        Countries.resolve(line.destinationCountry()).ifPresent(out::add);
        if (line.endUser() != null) {
            Countries.resolve(line.endUser().country()).ifPresent(out::add);
        }
        for (LineParty p : line.otherParties()) {
            if (!LineParty.PURCHASER.equals(p.role())) {
                Countries.resolve(p.country()).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    /** The parties a licence must name: the end user and any ultimate consignee. */
    static List<LineParty> parties(OrderLine line) {
        List<LineParty> out = new ArrayList<>();
        if (line.endUser() != null && line.endUser().name() != null) {
            out.add(new LineParty(LineParty.END_USER, line.endUser().name(), line.endUser().country()));
        }
        line.otherParties().stream().filter(p -> LineParty.ULTIMATE_CONSIGNEE.equals(p.role()) && p.name() != null).forEach(out::add);
        return out;
    }

    /**
     * Whether a named party is the line's party: the same words once legal forms, case, accents and look-alike letters
     * are set aside (in any order), the same country if both say one, and the same role if the licence gives one.
     */
    static boolean same(LicenceParty named, LineParty p) {
        if (named.role() != null && !named.role().equals(p.role())) {
            return false;
        }
        String a = named.country() == null ? null : Countries.resolve(named.country()).orElse(null);
        String b = p.country() == null ? null : Countries.resolve(p.country()).orElse(null);
        if (a != null && b != null && !a.equals(b)) {
            return false;
        }
        List<String> x = NameNormalizer.tokens(named.name()).stream().sorted().toList();
        return !x.isEmpty() && x.equals(NameNormalizer.tokens(p.name()).stream().sorted().toList());
    }

    /** What a line is worth: quantity times unit price (null without a price). */
    public static BigDecimal value(OrderLine line) {
        BigDecimal price = line.purchase().unitPrice();
        return price == null || line.quantity() == null ? null : price.multiply(line.quantity());
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String sorted(Set<String> s) {
        return String.join(", ", s.stream().sorted(Comparator.naturalOrder()).toList());
    }
}
