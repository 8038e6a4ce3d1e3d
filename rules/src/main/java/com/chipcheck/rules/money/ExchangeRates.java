package com.chipcheck.rules.money;

import com.chipcheck.rules.util.Resources;
import com.chipcheck.rules.util.Sha256;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dated table of exchange rates, kept by compliance officers like the policy table: what one unit of a currency is
 * worth in US dollars over a period. Prices in any ISO 4217 currency are converted with the rate valid on the line's
 * ship date before they are compared with the policy's USD price bands or summed into an order value. Its version is
 * the SHA-256 of the file, named on every decision. Rows: {@code currency,valid_from,valid_to,usd_per_unit,source};
 * {@code valid_to} may be empty (still valid); two rows of one currency may not overlap.
 */
public final class ExchangeRates {

    public static final String BUNDLED = "reference/exchange_rates.csv";
    /** The rule id of the hold for a price that cannot be converted (the procurement review, ProcurementReview). */
    public static final String NO_RATE_RULE = "PRICE-NO-RATE";
    private static final String HEADER = "currency,valid_from,valid_to,usd_per_unit,source";
    /** Rows a table may hold: a daily rate of 40 currencies for ten years is far below. */
    private static final int MAX_ROWS = 200_000;
    private static final BigDecimal MAX_RATE = new BigDecimal("1000000");
    /** The smallest rate a currency in use has (the Iranian rial is ~0.000024 USD); below it a rate is a typo. */
    private static final BigDecimal MIN_RATE = new BigDecimal("0.0000001");

    /** One rate over a period. */
    public record Rate(String currency, LocalDate validFrom, LocalDate validTo, BigDecimal usdPerUnit, String source) {
        boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    private final String version;
    private final byte[] file;
    private final Map<String, List<Rate>> byCurrency;

    private ExchangeRates(String version, byte[] file, Map<String, List<Rate>> byCurrency) {
        this.version = version;
        this.file = file;
        this.byCurrency = byCurrency;
    }

    /** The table shipped with the rule base, compiled once. */
    public static ExchangeRates bundled() {
        return Bundled.TABLE;
    }

    private static final class Bundled {
        static final ExchangeRates TABLE = parse(Resources.bytes(BUNDLED));
    }

    /** Reads and checks a table; a bad row is refused naming the row and the column. */
    public static ExchangeRates parse(byte[] csv) {
        Map<String, List<Rate>> rates = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null || !header.replace("\uFEFF", "").strip().equalsIgnoreCase(HEADER)) {
                throw new ExchangeRateTableException("the first line must be the header \"" + HEADER + "\"");
            }
            String line;
            int row = 1;
            while ((line = in.readLine()) != null) {
                row++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (row > MAX_ROWS) {
                    throw new ExchangeRateTableException("more than " + MAX_ROWS + " rows");
                }
                Rate rate = row(line, row);
                rates.computeIfAbsent(rate.currency(), k -> new ArrayList<>()).add(rate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (List<Rate> list : rates.values()) {
            list.sort(Comparator.comparing(Rate::validFrom));
            for (int i = 1; i < list.size(); i++) {
                Rate before = list.get(i - 1);
                Rate after = list.get(i);
                if (before.validTo() == null || !before.validTo().isBefore(after.validFrom())) {
                    throw new ExchangeRateTableException(after.currency() + ": the rate from " + after.validFrom()
                            + " overlaps the rate from " + before.validFrom() + "; a day has one rate");
                }
            }
        }
        if (rates.isEmpty()) {
            throw new ExchangeRateTableException("the table has no rates");
        }
        return new ExchangeRates("rates-" + Sha256.hex(csv).substring(0, 16), csv.clone(), Map.copyOf(rates));
    }

    private static Rate row(String line, int row) {
        String[] cells = line.split(",", -1);
        if (cells.length < 4) {
            throw new ExchangeRateTableException("row " + row + ": expected currency,valid_from,valid_to,usd_per_unit,source");
        }
        String currency = Currencies.fold(cells[0]);
        if (!Currencies.isIso4217(currency)) {
            throw new ExchangeRateTableException("row " + row + ", currency: \"" + cut(cells[0]) + "\" is not an ISO 4217 currency code");
        }
        if (currency.equals("USD")) {
            throw new ExchangeRateTableException("row " + row + ": USD is the unit of the table and has no rate");
        }
        LocalDate from = date(cells[1], row, "valid_from", false);
        LocalDate to = date(cells[2], row, "valid_to", true);
        if (to != null && to.isBefore(from)) {
            throw new ExchangeRateTableException("row " + row + ": valid_to " + to + " is before valid_from " + from);
        }
        BigDecimal rate;
        try {
            rate = new BigDecimal(cells[3].strip());
        } catch (NumberFormatException e) {
            throw new ExchangeRateTableException("row " + row + ", usd_per_unit: \"" + cut(cells[3]) + "\" is not a number");
        }
        if (rate.compareTo(MIN_RATE) < 0 || rate.compareTo(MAX_RATE) > 0) {
            throw new ExchangeRateTableException("row " + row + ", usd_per_unit: must be between " + MIN_RATE.toPlainString() + " and "
                    + MAX_RATE.toPlainString());
        }
        String source = cells.length > 4 ? String.join(",", java.util.Arrays.copyOfRange(cells, 4, cells.length)).strip() : "";
        return new Rate(currency, from, to, rate, source.length() > 200 ? source.substring(0, 200) : source);
    }

    private static LocalDate date(String cell, int row, String column, boolean optional) {
        String t = cell.strip();
        if (t.isEmpty() && optional) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new ExchangeRateTableException("row " + row + ", " + column + ": \"" + cut(t) + "\" is not a date (YYYY-MM-DD)");
        }
    }

    private static String cut(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    /** What one unit of the currency was worth in USD on the day; USD is 1; empty if the table has no rate. */
    public Optional<BigDecimal> usdPerUnit(String currency, LocalDate day) {
        if ("USD".equals(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        if (day == null) {
            return Optional.empty();
        }
        return byCurrency.getOrDefault(currency, List.of()).stream().filter(r -> r.validOn(day)).map(Rate::usdPerUnit).findFirst();
    }

    /**
     * The amount in USD on the day (a USD amount as given; another currency's to the cent); empty if the table has no
     * rate for the currency on that day.
     */
    public Optional<BigDecimal> toUsd(BigDecimal amount, String currency, LocalDate day) {
        if ("USD".equals(currency)) {
            return Optional.of(amount);
        }
        return usdPerUnit(currency, day).map(rate -> amount.multiply(rate, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN)
                .stripTrailingZeros());
    }

    /**
     * Why a price in this currency cannot be compared in USD on the day (no rate in this table), or empty if it can: what
     * a check and a workbook cell say alike.
     */
    public Optional<String> noRate(String currency, LocalDate day) {
        return usdPerUnit(currency, day).isPresent() ? Optional.empty() : Optional.of("the exchange-rate table in use (" + version
                + ") has no " + currency + " rate on " + day + ", so the price cannot be compared in USD");
    }

    /** The currencies the table has rates for. */
    public java.util.Set<String> currencies() {
        return byCurrency.keySet();
    }

    public String version() {
        return version;
    }

    public byte[] file() {
        return file.clone();
    }

    public int rows() {
        return byCurrency.values().stream().mapToInt(List::size).sum();
    }
}
