package com.chipcheck.rules.licence;

import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.order.Decimals;
import com.chipcheck.rules.order.FieldProblem;
import com.chipcheck.rules.screening.NameNormalizer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A License Exception NAC notification as submitted to BIS (15 CFR 740.8(a)(2), (c)): the items (part numbers, or
 * ECCNs), the destination, the end user and consignees, and the quantity notified. One notification covers several
 * shipments to the same end user of the same items while their cumulative quantity stays within it. BIS answers on
 * the 25th day with a confirmation number, or objects; both are recorded later, never by editing the notification.
 *
 * @param parts           part numbers notified; empty: any part of {@code eccns}
 * @param eccns           ECCNs notified, when no parts are named
 * @param destination     the ISO country the items go to
 * @param parties         the end user (and any ultimate consignee) named in the notification
 * @param quantity        units notified, across all shipments under it
 * @param value           value notified, across all shipments under it, in {@code currency} (null: none stated)
 * @param submitted       the day it was submitted in SNAP-R
 * @param bisConfirmation the NAC confirmation number (null: none yet)
 * @param objectedOn      the day BIS objected (null: no objection)
 * @param objection       what BIS said
 */
public record NacNotification(String id, Set<String> parts, Set<String> eccns, String destination, List<LicenceParty> parties,
                              BigDecimal quantity, BigDecimal value, String currency, LocalDate submitted, String bisConfirmation,
                              LocalDate objectedOn, String objection) {

    /** ECCNs of this engine NAC may apply to (740.8(a): 3A090 except .c, and 4A090). */
    public static final Set<String> ECCNS = Set.of("3A090.a", "3A090.b", "4A090.a", "4A090.b");
    /** BIS reviews a notification for 25 calendar days; NAC is usable from the 25th day (740.8(c)). */
    public static final int REVIEW_DAYS = 25;
    private static final Pattern CONFIRMATION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]{0,39}");

    public NacNotification {
        parts = parts == null ? Set.of() : Set.copyOf(parts);
        eccns = eccns == null ? Set.of() : Set.copyOf(eccns);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** The first day NAC can be used under it: submitted + 25 calendar days. */
    public LocalDate earliestShipDate() {
        return submitted.plusDays(REVIEW_DAYS);
    }

    public NacNotification withId(String newId) {
        return new NacNotification(newId, parts, eccns, destination, parties, quantity, value, currency, submitted, bisConfirmation, objectedOn, objection);
    }

    public NacNotification confirmed(String number) {
        return new NacNotification(id, parts, eccns, destination, parties, quantity, value, currency, submitted, number, objectedOn, objection);
    }

    public NacNotification objected(LocalDate on, String what) {
        return new NacNotification(id, parts, eccns, destination, parties, quantity, value, currency, submitted, bisConfirmation, on, what);
    }

    /** What is wrong with a notification as registered, field by field; empty when it can be registered. */
    public List<FieldProblem> problems() {
        List<FieldProblem> out = new ArrayList<>();
        if (parts.isEmpty() && eccns.isEmpty()) {
            out.add(new FieldProblem("parts", "parts or eccns is required: the items notified"));
        }
        for (String p : parts) {
            if (p == null || p.length() > 200 || Licence.partKey(p).isEmpty()) {
                out.add(new FieldProblem("parts", "a part number must be 1 to 200 characters, with a letter or digit"));
            }
        }
        for (String e : eccns) {
            if (!ECCNS.contains(e)) {
                out.add(new FieldProblem("eccns", "\"" + bounded(e) + "\" is not an ECCN License Exception NAC covers here " + ECCNS));
            }
        }
        if (destination == null || !Countries.isCode(destination)) {
            out.add(new FieldProblem("destination", destination == null ? "is required: the ISO country the items go to"
                    : "\"" + bounded(destination) + "\" is not an ISO country code"));
        }
        if (parties.isEmpty()) {
            out.add(new FieldProblem("parties", "is required: the end user the notification names"));
        }
        for (int i = 0; i < parties.size(); i++) {
            LicenceParty p = parties.get(i);
            if (p == null || p.name() == null || p.name().isBlank() || p.name().length() > 400 || NameNormalizer.tokens(p.name()).isEmpty()) {
                out.add(new FieldProblem("parties[" + i + "].name", "is required, 1 to 400 characters, with a word to match by"));
            } else if (p.country() != null && !Countries.isCode(p.country())) {
                out.add(new FieldProblem("parties[" + i + "].country", "\"" + bounded(p.country()) + "\" is not an ISO country code"));
            } else if (p.role() != null && !Licence.ROLES.contains(p.role())) {
                out.add(new FieldProblem("parties[" + i + "].role", "is END_USER or ULTIMATE_CONSIGNEE, or absent (either)"));
            }
        }
        if (quantity == null) {
            out.add(new FieldProblem("quantity", "is required: the units notified"));
        } else if (Decimals.problem(quantity) != null) {
            out.add(new FieldProblem("quantity", Decimals.problem(quantity)));
        } else if (quantity.signum() <= 0) {
            out.add(new FieldProblem("quantity", "must be positive"));
        }
        if (value != null && Decimals.problem(value) != null) {
            out.add(new FieldProblem("value", Decimals.problem(value)));
        } else if (value != null && value.signum() <= 0) {
            out.add(new FieldProblem("value", "must be positive"));
        }
        if (value != null && (currency == null || !currency.matches("[A-Z]{3}"))) {
            out.add(new FieldProblem("currency", "is required with a value: a three-letter ISO 4217 code such as USD"));
        }
        if (submitted == null) {
            out.add(new FieldProblem("submitted", "is required: the day the notification was submitted to BIS"));
        }
        if (bisConfirmation != null && !CONFIRMATION.matcher(bisConfirmation).matches()) {
            out.add(new FieldProblem("bisConfirmation", "letters, digits, spaces, '.', '/' or '-', at most 40 characters"));
        }
        return out;
    }

    /** Whether a confirmation number is well formed. */
    public static boolean isConfirmationNumber(String s) {
        return s != null && CONFIRMATION.matcher(s).matches();
    }

    private static String bounded(String s) {
        return s == null ? "null" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
