package com.chipcheck.rules.licence;

import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.order.Decimals;
import com.chipcheck.rules.order.FieldProblem;
import com.chipcheck.rules.screening.NameNormalizer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A BIS licence as registered by a compliance officer (15 CFR 750.7): what it authorises (ECCNs, and parts if it
 * names them), to where, for whom, how much, and from when to when. A licence is never edited: it is registered,
 * drawn down by shipments and possibly revoked.
 *
 * @param parts        part numbers the licence names; empty: any part of its ECCNs
 * @param destinations ISO country codes the items may go to
 * @param parties      the ultimate consignee and end users the licence names; empty: the licence names none
 * @param quantity     units authorised in all (null: no quantity limit)
 * @param value        value authorised in all, in {@code currency} (null: no value limit)
 * @param revokedOn    the day from which the licence no longer authorises anything (null: not revoked)
 */
public record Licence(String number, LocalDate validFrom, LocalDate validUntil, Set<String> eccns, Set<String> parts,
                      Set<String> destinations, List<LicenceParty> parties, BigDecimal quantity, BigDecimal value,
                      String currency, String provisos, LocalDate revokedOn) {

    /** ECCNs the engine classifies and a licence may name. */
    public static final Set<String> ECCNS = Set.of("3A090.a", "3A090.b", "3A090.c", "4A090.a", "4A090.b");
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]{0,39}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** Roles a licence may give the parties it names. */
    static final Set<String> ROLES = Set.of("END_USER", "ULTIMATE_CONSIGNEE");

    public Licence {
        eccns = eccns == null ? Set.of() : Set.copyOf(eccns);
        parts = parts == null ? Set.of() : Set.copyOf(parts);
        destinations = destinations == null ? Set.of() : Set.copyOf(destinations);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** The same licence, revoked from {@code day}. */
    public Licence revoked(LocalDate day) {
        return new Licence(number, validFrom, validUntil, eccns, parts, destinations, parties, quantity, value, currency, provisos, day);
    }

    /** Whether it authorises anything on {@code day}: within its validity, and not revoked by then. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil) && (revokedOn == null || day.isBefore(revokedOn));
    }

    /** What is wrong with a licence as registered, field by field; empty when it can be registered. */
    public List<FieldProblem> problems() {
        List<FieldProblem> out = new ArrayList<>();
        if (number == null || !NUMBER.matcher(number).matches()) {
            out.add(new FieldProblem("number", "is required: letters, digits, spaces, '.', '/' or '-', at most 40 characters"));
        }
        if (validFrom == null) {
            out.add(new FieldProblem("validFrom", "is required"));
        }
        if (validUntil == null) {
            out.add(new FieldProblem("validUntil", "is required"));
        } else if (validFrom != null && validUntil.isBefore(validFrom)) {
            out.add(new FieldProblem("validUntil", validUntil + " is before validFrom " + validFrom));
        }
        if (eccns.isEmpty()) {
            out.add(new FieldProblem("eccns", "is required: the ECCNs the licence authorises"));
        }
        for (String e : eccns) {
            if (!ECCNS.contains(e)) {
                out.add(new FieldProblem("eccns", "\"" + bounded(e) + "\" is not an ECCN this engine classifies " + ECCNS));
            }
        }
        for (String p : parts) {
            if (p == null || p.length() > 200 || partKey(p).isEmpty()) {
                out.add(new FieldProblem("parts", "a part number must be 1 to 200 characters, with a letter or digit"));
            }
        }
        if (destinations.isEmpty()) {
            out.add(new FieldProblem("destinations", "is required: the countries the licence authorises"));
        }
        for (String d : destinations) {
            if (!Countries.isCode(d)) {
                out.add(new FieldProblem("destinations", "\"" + bounded(d) + "\" is not an ISO country code"));
            }
        }
        if (parties.isEmpty()) {
            out.add(new FieldProblem("parties", "is required: the end user and ultimate consignee the licence names"));
        }
        for (int i = 0; i < parties.size(); i++) {
            LicenceParty p = parties.get(i);
            if (p == null || p.name() == null || p.name().isBlank() || p.name().length() > 400
                    || NameNormalizer.tokens(p.name()).isEmpty()) {
                out.add(new FieldProblem("parties[" + i + "].name", "is required, 1 to 400 characters, with a word to match by"));
            } else if (p.country() != null && !Countries.isCode(p.country())) {
                out.add(new FieldProblem("parties[" + i + "].country", "\"" + bounded(p.country()) + "\" is not an ISO country code"));
            } else if (p.role() != null && !ROLES.contains(p.role())) {
                out.add(new FieldProblem("parties[" + i + "].role", "is END_USER or ULTIMATE_CONSIGNEE, or absent (either)"));
            }
        }
        positive("quantity", quantity, out);
        positive("value", value, out);
        if (value != null && (currency == null || !CURRENCY.matcher(currency).matches())) {
            out.add(new FieldProblem("currency", "is required with a value: a three-letter ISO 4217 code such as USD"));
        }
        if (provisos != null && provisos.length() > 4000) {
            out.add(new FieldProblem("provisos", "is longer than 4000 characters"));
        }
        return out;
    }

    private static void positive(String field, BigDecimal v, List<FieldProblem> out) {
        if (v == null) {
            return;
        }
        String bound = Decimals.problem(v);
        if (bound != null) {
            out.add(new FieldProblem(field, bound));
        } else if (v.signum() <= 0) {
            out.add(new FieldProblem(field, "must be positive"));
        }
    }

    private static String bounded(String s) {
        return s == null ? "null" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A part number as compared: case, spacing and punctuation aside. */
    static String partKey(String part) {
        return part == null ? "" : part.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "");
    }
}
