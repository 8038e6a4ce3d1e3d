package com.chipcheck.rules.money;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217 currency codes, as the JDK knows them (USD, CNY, HKD …); a code outside them is no currency. */
public final class Currencies {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    private Currencies() {
    }

    /**
     * Names Chinese-speaking buyers write for a currency in their workbooks ("RMB", "人民币", "港币"): each names one
     * currency only. A symbol shared by several currencies (¥ is yen and yuan, $ is a dozen dollars) is not here.
     */
    private static final java.util.Map<String, String> NAMES = java.util.Map.ofEntries(
            java.util.Map.entry("RMB", "CNY"), java.util.Map.entry("人民币", "CNY"), java.util.Map.entry("人民幣", "CNY"),
            java.util.Map.entry("美元", "USD"), java.util.Map.entry("美金", "USD"), java.util.Map.entry("US$", "USD"),
            java.util.Map.entry("港币", "HKD"), java.util.Map.entry("港幣", "HKD"), java.util.Map.entry("港元", "HKD"),
            java.util.Map.entry("HK$", "HKD"), java.util.Map.entry("新加坡元", "SGD"), java.util.Map.entry("新币", "SGD"),
            java.util.Map.entry("新幣", "SGD"), java.util.Map.entry("S$", "SGD"), java.util.Map.entry("林吉特", "MYR"),
            java.util.Map.entry("马币", "MYR"), java.util.Map.entry("馬幣", "MYR"), java.util.Map.entry("RM", "MYR"),
            java.util.Map.entry("新台币", "TWD"), java.util.Map.entry("新台幣", "TWD"), java.util.Map.entry("NT$", "TWD"),
            java.util.Map.entry("欧元", "EUR"), java.util.Map.entry("歐元", "EUR"), java.util.Map.entry("日元", "JPY"),
            java.util.Map.entry("日圆", "JPY"), java.util.Map.entry("日圓", "JPY"), java.util.Map.entry("英镑", "GBP"),
            java.util.Map.entry("英鎊", "GBP"), java.util.Map.entry("韩元", "KRW"), java.util.Map.entry("韓元", "KRW"),
            java.util.Map.entry("澳门元", "MOP"), java.util.Map.entry("澳門元", "MOP"));

    /** The code as written, folded ("cny " is CNY, "人民币" and "RMB" are CNY), or null if blank. */
    public static String fold(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String code = java.text.Normalizer.normalize(written, java.text.Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT); // ＣＮＹ is CNY
        return NAMES.getOrDefault(code, code);
    }

    public static boolean isIso4217(String code) {
        return code != null && CODES.contains(code);
    }
}
