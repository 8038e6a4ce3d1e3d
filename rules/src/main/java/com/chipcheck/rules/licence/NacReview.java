package com.chipcheck.rules.licence;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.NacStatus;
import com.chipcheck.rules.decision.NacUse;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.decision.Reason;
import com.chipcheck.rules.decision.ReasonKind;
import com.chipcheck.rules.order.LineParty;
import com.chipcheck.rules.order.OrderLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks up the prior notification to BIS that License Exception NAC needs (15 CFR 740.8(a)(2), (c)) for every line the
 * rules decided NAC. A line stays NAC, with {@code nac.status} saying whether it may ship: CLEARED only when a
 * notification names its items, destination and end user with quantity left, was submitted at least 25 days before
 * the ship date and carries BIS's confirmation number. A notification BIS objected to takes NAC away: the line needs a
 * licence. Lines of one decision count against one tally, in order, as shipments under one notification do.
 */
public final class NacReview {

    public static final String RULE = "740.8-NAC-NOTIFICATION";
    public static final String CITATION = "15 CFR 740.8(a)(2), (c) (NAC notification, 25-day review, confirmation)";
    public static final String STATEMENT = "A NAC line may ship only when a notification to BIS names its items, destination and end user with "
            + "enough units left, was submitted 25 days or more before the ship date and has BIS's confirmation number; if BIS objected, "
            + "a licence is required";

    private final List<NacStanding> book;
    private final Map<String, BigDecimal> taken = new HashMap<>(); // per notification: units counted by earlier lines
    private final Map<String, BigDecimal> takenValue = new HashMap<>(); // and their value

    /** @param book the notifications with what shipped under them, in the order they are preferred */
    public NacReview(List<NacStanding> book) {
        this.book = List.copyOf(book);
    }

    public List<LineDecision> apply(List<OrderLine> lines, List<LineDecision> decisions) {
        List<LineDecision> out = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            out.add(apply(lines.get(i), decisions.get(i)));
        }
        return out;
    }

    public LineDecision apply(OrderLine line, LineDecision d) {
        if (d.outcome() != Outcome.NAC) {
            return d;
        }
        LocalDate day = d.asOf();
        List<NacStanding> naming = new ArrayList<>(); // notifications of these items, to this place, for this end user
        NacStanding nearest = null;
        List<String> nearestGaps = null;
        for (NacStanding s : book) {
            List<String> gaps = gaps(s.notification(), line, d);
            if (gaps.isEmpty()) {
                naming.add(s);
            } else if (nearest == null || gaps.size() < nearestGaps.size()) {
                nearest = s;
                nearestGaps = gaps;
            }
        }
        // BIS objected to exporting these items to this end user: NAC is not available, whatever else the line's
        // notification names (another consignee, another destination) and whatever else was notified since
        for (NacStanding s : book) {
            NacNotification n = s.notification();
            if (n.objectedOn() != null && items(n, line, d) && endUserNamed(n, line)) {
                return objected(d, n);
            }
        }
        NacStanding waiting = null;
        List<String> short_ = new ArrayList<>();
        for (NacStanding s : naming) {
            NacNotification n = s.notification();
            BigDecimal left = s.remainingQuantity().subtract(taken.getOrDefault(n.id(), BigDecimal.ZERO));
            if (left.compareTo(line.quantity()) < 0) {
                short_.add(n.id() + " has " + LicenceCoverage.plain(left.max(BigDecimal.ZERO)) + " units left of "
                        + LicenceCoverage.plain(n.quantity()) + " notified (the line needs " + LicenceCoverage.plain(line.quantity()) + ")");
                continue;
            }
            BigDecimal value = LicenceCoverage.value(line);
            if (s.remainingValue() != null) { // cumulative value stays within the notified value too (740.8(a)(2))
                BigDecimal valueLeft = s.remainingValue().subtract(takenValue.getOrDefault(n.id(), BigDecimal.ZERO));
                if (value == null || !n.currency().equals(line.purchase().currency())) {
                    short_.add(n.id() + " limits value to " + LicenceCoverage.plain(n.value()) + " " + n.currency()
                            + ", and the line gives no unit price in " + n.currency());
                    continue;
                }
                if (valueLeft.compareTo(value) < 0) {
                    short_.add(n.id() + " has " + LicenceCoverage.plain(valueLeft.max(BigDecimal.ZERO)) + " " + n.currency() + " left of "
                            + LicenceCoverage.plain(n.value()) + " notified (the line is worth " + LicenceCoverage.plain(value) + ")");
                    continue;
                }
            }
            if (!day.isBefore(n.earliestShipDate()) && n.bisConfirmation() != null) {
                taken.merge(n.id(), line.quantity(), BigDecimal::add);
                if (value != null) {
                    takenValue.merge(n.id(), value, BigDecimal::add);
                }
                return cleared(d, n, left.subtract(line.quantity()));
            }
            if (waiting == null || n.earliestShipDate().isBefore(waiting.notification().earliestShipDate())) {
                waiting = s;
            }
        }
        if (waiting != null) {
            return waiting(d, waiting.notification());
        }
        String why = !short_.isEmpty() ? String.join("; ", short_)
                : nearest == null ? "none is registered (POST /api/v1/nac-notifications)"
                : "the nearest, " + nearest.notification().id() + ", " + String.join("; ", nearestGaps);
        return with(d, Outcome.NAC, "Not notified: License Exception NAC needs a notification to BIS at least 25 days before the"
                + " export (740.8(a)(2)); no notification covers the line: " + why + ". The line may not ship yet.",
                new NacUse(null, null, null, NacStatus.NOT_NOTIFIED));
    }

    private LineDecision cleared(LineDecision d, NacNotification n, BigDecimal left) {
        return with(d, Outcome.NAC, "NAC cleared: notification " + n.id() + " submitted " + n.submitted() + ", review ended "
                + n.earliestShipDate() + ", BIS confirmation " + n.bisConfirmation() + " (report it in AES); "
                + LicenceCoverage.plain(left) + " of " + LicenceCoverage.plain(n.quantity()) + " notified units left after the line",
                use(n, NacStatus.CLEARED));
    }

    private static LineDecision waiting(LineDecision d, NacNotification n) {
        String why = d.asOf().isBefore(n.earliestShipDate())
                ? "the ship date " + d.asOf() + " is before " + n.earliestShipDate() + ", the 25th day after it was submitted on " + n.submitted()
                : "the 25-day review ended on " + n.earliestShipDate() + " but no BIS confirmation number is recorded"
                        + " (POST /api/v1/nac-notifications/" + n.id() + "/confirmation)";
        return with(d, Outcome.NAC, "Waiting on NAC notification " + n.id() + ": " + why + ". The line may not ship yet.",
                use(n, NacStatus.WAITING));
    }

    private static LineDecision objected(LineDecision d, NacNotification n) {
        return with(d, Outcome.LICENSE_REQUIRED, "BIS objected to NAC notification " + n.id() + " on " + n.objectedOn()
                + (n.objection() == null || n.objection().isBlank() ? "" : " (" + n.objection() + ")")
                + ": License Exception NAC is not available; a licence is required", use(n, NacStatus.OBJECTED));
    }

    private static NacUse use(NacNotification n, NacStatus status) {
        return new NacUse(n.id(), n.submitted(), n.earliestShipDate(), status);
    }

    private static LineDecision with(LineDecision d, Outcome outcome, String text, NacUse use) {
        List<Reason> reasons = new ArrayList<>(d.reasons());
        if (outcome != Outcome.NAC) {
            reasons.removeIf(r -> r.kind() == ReasonKind.OUTCOME);
        }
        reasons.add(new Reason(RULE, CITATION, text, ReasonKind.NAC)); // kept when a licence then covers an objected line
        return d.withNac(outcome, reasons, use);
    }

    /** Whether the notification names the line's item: its part, or (naming no parts) its ECCN. */
    private static boolean items(NacNotification n, OrderLine line, LineDecision d) {
        String key = Licence.partKey(line.partNumber());
        return !n.parts().isEmpty() ? !key.isEmpty() && n.parts().stream().map(Licence::partKey).anyMatch(key::equals)
                : d.eccn() != null && n.eccns().contains(d.eccn());
    }

    private static boolean endUserNamed(NacNotification n, OrderLine line) {
        return LicenceCoverage.parties(line).stream().filter(p -> LineParty.END_USER.equals(p.role()))
                .anyMatch(p -> n.parties().stream().anyMatch(named -> LicenceCoverage.same(named, p)));
    }

    /** Why the notification does not name the line, in the order an officer checks one; empty when it does. */
    private static List<String> gaps(NacNotification n, OrderLine line, LineDecision d) {
        List<String> gaps = new ArrayList<>();
        if (!n.parts().isEmpty()) {
            if (!items(n, line, d)) {
                gaps.add("does not name the part " + (line.partNumber() == null ? "(described by its figures)" : "\"" + line.partNumber() + "\""));
            }
        } else if (!items(n, line, d)) {
            gaps.add("does not name " + (d.eccn() == null ? "items outside 3A090/4A090" : d.eccn()) + " (it names "
                    + String.join(", ", n.eccns().stream().sorted(Comparator.naturalOrder()).toList()) + ")");
        }
        List<String> elsewhere = LicenceCoverage.destinations(line).stream().filter(c -> !c.equals(n.destination())).toList();
        if (!elsewhere.isEmpty()) {
            gaps.add("names the destination " + n.destination() + ", and the line goes to " + String.join(", ", elsewhere));
        }
        for (LineParty p : LicenceCoverage.parties(line)) {
            if (n.parties().stream().noneMatch(named -> LicenceCoverage.same(named, p))) {
                gaps.add("does not name the " + p.roleName() + " \"" + p.name() + "\"");
            }
        }
        if (LicenceCoverage.parties(line).isEmpty()) {
            gaps.add("cannot be matched: the line names no end user");
        }
        return gaps;
    }
}
