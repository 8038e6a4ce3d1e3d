package com.chipcheck.rules.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeRatesTest {

    private static final String HEADER = "currency,valid_from,valid_to,usd_per_unit,source\n";

    private static ExchangeRates table(String rows) {
        return ExchangeRates.parse((HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRateIsValidFromItsFirstToItsLastDayInclusive() {
        ExchangeRates t = table("CNY,2026-01-01,2026-06-30,0.14,test\nCNY,2026-07-01,,0.15,test\n");
        assertEquals(Optional.of(new BigDecimal("0.14")), t.usdPerUnit("CNY", LocalDate.of(2026, 6, 30)));
        assertEquals(Optional.of(new BigDecimal("0.15")), t.usdPerUnit("CNY", LocalDate.of(2026, 7, 1)));
        assertEquals(Optional.of(new BigDecimal("0.15")), t.usdPerUnit("CNY", LocalDate.of(2031, 1, 1)), "the last row has no end");
        assertEquals(Optional.empty(), t.usdPerUnit("CNY", LocalDate.of(2025, 12, 31)), "before the first row: no rate");
        assertEquals(Optional.empty(), t.usdPerUnit("CHF", LocalDate.of(2026, 7, 1)), "a currency the table lacks: no rate");
    }

    @Test
    void conversionIsExactDecimalToTheCentAndUsdIsAsGiven() {
        ExchangeRates t = table("CNY,2026-01-01,,0.1410,test\n");
        assertEquals(new BigDecimal("9024"), t.toUsd(new BigDecimal("64000"), "CNY", LocalDate.of(2026, 9, 30)).orElseThrow());
        assertEquals(new BigDecimal("0.14"), t.toUsd(new BigDecimal("1"), "CNY", LocalDate.of(2026, 9, 30)).orElseThrow());
        assertEquals(new BigDecimal("9000"), t.toUsd(new BigDecimal("9000"), "USD", LocalDate.of(2026, 9, 30)).orElseThrow());
    }

    @Test
    void aBadRowIsRefusedNamingTheRowAndColumn() {
        assertTrue(assertThrows(ExchangeRateTableException.class, () -> table("XYZ,2026-01-01,,0.1,test\n"))
                .getMessage().contains("row 2, currency: \"XYZ\" is not an ISO 4217 currency code"));
        assertTrue(assertThrows(ExchangeRateTableException.class, () -> table("CNY,2026-13-01,,0.1,test\n"))
                .getMessage().contains("row 2, valid_from"));
        assertTrue(assertThrows(ExchangeRateTableException.class, () -> table("CNY,2026-01-01,,-0.1,test\n"))
                .getMessage().contains("row 2, usd_per_unit: must be between"));
        assertTrue(assertThrows(ExchangeRateTableException.class, () -> table("CNY,2026-01-01,,abc,test\n"))
                .getMessage().contains("is not a number"));
        assertTrue(assertThrows(ExchangeRateTableException.class, () -> table("USD,2026-01-01,,1,test\n"))
                .getMessage().contains("USD is the unit of the table"));
        assertTrue(assertThrows(ExchangeRateTableException.class, () -> ExchangeRates.parse("a,b\n".getBytes(StandardCharsets.UTF_8)))
                .getMessage().contains("header"));
    }

    @Test
    void twoRatesOfOneCurrencyOnOneDayAreRefused() {
        ExchangeRateTableException e = assertThrows(ExchangeRateTableException.class,
                () -> table("CNY,2026-01-01,2026-06-30,0.14,a\nCNY,2026-06-30,,0.15,b\n"));
        assertTrue(e.getMessage().contains("overlaps"), e.getMessage());
        assertThrows(ExchangeRateTableException.class, () -> table("CNY,2026-01-01,,0.14,a\nCNY,2027-01-01,,0.15,b\n"),
                "an open-ended row followed by another overlaps it");
    }

    @Test
    void theVersionIsTheContentsHash() {
        ExchangeRates a = table("CNY,2026-01-01,,0.14,a\n");
        assertEquals(a.version(), table("CNY,2026-01-01,,0.14,a\n").version());
        assertNotEquals(a.version(), table("CNY,2026-01-01,,0.15,a\n").version());
        assertTrue(a.version().startsWith("rates-"));
    }

    @Test
    void theShippedTableCoversTheCurrenciesOfTheMarketsServed() {
        ExchangeRates shipped = ExchangeRates.bundled();
        for (String c : new String[] {"CNY", "HKD", "SGD", "MYR", "TWD", "EUR", "JPY", "AED"}) {
            assertTrue(shipped.usdPerUnit(c, LocalDate.of(2026, 9, 30)).isPresent(), c);
            assertTrue(shipped.usdPerUnit(c, LocalDate.of(2022, 10, 7)).isPresent(), c + " from the first advanced-computing rule on");
        }
    }

    @Test
    void currencyCodesAreIso4217FoldedNotAnyThreeLetters() {
        assertTrue(Currencies.isIso4217(Currencies.fold(" cny ")));
        assertEquals(false, Currencies.isIso4217("XYZ"));
        assertEquals(false, Currencies.isIso4217("RMB"), "RMB is a name, not the ISO code");
        assertEquals("CNY", Currencies.fold("RMB"), "the name folds to the code");
        assertEquals("CNY", Currencies.fold("人民币"));
        assertEquals("HKD", Currencies.fold("港币"));
        assertEquals("YEN", Currencies.fold("yen"), "anything else stays as written, to be refused");
    }
}
