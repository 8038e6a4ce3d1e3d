package com.chipcheck.rules.i18n;

import java.util.Locale;

/**
 * The languages the product answers in. Reasons are decided and recorded in English, the language of the regulation;
 * they are shown in Chinese on request, with the same rule ids, citations and outcomes.
 */
public enum Language {
    EN("en"),
    ZH("zh-CN");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag (Content-Language, html lang). */
    public String tag() {
        return tag;
    }

    /**
     * The language asked for by a {@code lang} parameter or an Accept-Language header ("zh-CN,zh;q=0.9,en;q=0.8"):
     * the first range we speak, in the caller's order of preference; English otherwise. Any Chinese (zh, zh-CN,
     * zh-Hans, zh-TW, zh-HK) is answered in Simplified Chinese, the only Chinese the texts are written in.
     */
    public static Language of(String asked) {
        if (asked == null || asked.isBlank()) {
            return EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(asked.length() > 200 ? asked.substring(0, 200) : asked)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String r = range.getRange().toLowerCase(Locale.ROOT);
                if (r.equals("zh") || r.startsWith("zh-")) {
                    return ZH;
                }
                if (r.equals("en") || r.startsWith("en-") || r.equals("*")) {
                    return EN;
                }
            }
        } catch (IllegalArgumentException e) {
            return EN; // a malformed header is answered in the default language, not refused
        }
        return EN;
    }
}
