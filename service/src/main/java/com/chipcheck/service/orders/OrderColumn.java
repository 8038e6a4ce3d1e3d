package com.chipcheck.service.orders;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of an order sheet, matched in any order, case-insensitively and whatever the spacing, by their English
 * header or the headers Chinese-speaking buyers write (Simplified, and the Traditional forms of Hong Kong and Taiwan).
 * Other columns are kept as they are.
 */
public enum OrderColumn {
    LINE("Line", true, "行号", "行號", "序号", "序號", "项次", "項次"),
    PART_NUMBER("Part Number", true, "料号", "料號", "型号", "型號", "产品型号", "產品型號", "物料编号", "物料編號"),
    QUANTITY("Quantity", true, "数量", "數量"),
    DESTINATION("Destination", true, "目的国", "目的國", "目的地", "目的国家", "目的國家", "收货国", "收貨國"),
    END_USER("End User", true, "最终用户", "最終用戶", "最終用户"),
    END_USER_COUNTRY("End User Country", true, "最终用户所在国", "最終用戶所在國", "最终用户国家", "最終用戶國家"),
    END_USER_HQ_COUNTRY("End User HQ Country", true, "最终用户总部所在国", "最終用戶總部所在國", "最终用户总部国家", "最終用戶總部國家"),
    ULTIMATE_PARENT_COUNTRY("Ultimate Parent Country", true, "最终母公司所在国", "最終母公司所在國", "最终母公司国家", "最終母公司國家"),
    SHIP_DATE("Ship Date", true, "发货日期", "發貨日期", "出货日期", "出貨日期", "装运日期", "裝運日期"),
    UNIT_PRICE("Unit Price", false, "单价", "單價", "含税单价", "含稅單價"),
    CURRENCY("Currency", false, "币种", "幣種", "币别", "幣別", "货币", "貨幣"),
    ULTIMATE_CONSIGNEE("Ultimate Consignee", false, "最终收货人", "最終收貨人"),
    ULTIMATE_CONSIGNEE_COUNTRY("Ultimate Consignee Country", false, "最终收货人所在国", "最終收貨人所在國"),
    ULTIMATE_CONSIGNEE_HQ_COUNTRY("Ultimate Consignee HQ Country", false, "最终收货人总部所在国", "最終收貨人總部所在國"),
    ULTIMATE_CONSIGNEE_PARENT_COUNTRY("Ultimate Consignee Parent Country", false, "最终收货人母公司所在国", "最終收貨人母公司所在國"),
    INTERMEDIATE_CONSIGNEE("Intermediate Consignee", false, "中间收货人", "中間收貨人"),
    INTERMEDIATE_CONSIGNEE_COUNTRY("Intermediate Consignee Country", false, "中间收货人所在国", "中間收貨人所在國"),
    PURCHASER("Purchaser", false, "采购方", "採購方", "买方", "買方"),
    PURCHASER_COUNTRY("Purchaser Country", false, "采购方所在国", "採購方所在國", "买方所在国", "買方所在國"),
    END_USER_TYPE("End User Type", false, "最终用户类型", "最終用戶類型"),
    END_USER_INCORPORATED("End User Incorporated", false, "最终用户成立日期", "最終用戶成立日期"),
    DECLARED_CAPACITY("Declared Capacity", false, "申报用量", "申報用量", "声明用量", "聲明用量");

    private static final Map<String, OrderColumn> BY_HEADER = new HashMap<>();
    private static final Map<String, Boolean> CHINESE = new HashMap<>();

    static {
        for (OrderColumn c : values()) {
            BY_HEADER.put(fold(c.header), c);
            CHINESE.put(fold(c.header), false);
            for (String alias : c.aliases) {
                if (BY_HEADER.put(fold(alias), c) != null) {
                    throw new IllegalStateException("header alias " + alias + " names two columns");
                }
                CHINESE.put(fold(alias), true);
            }
        }
    }

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    OrderColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The English header, as the annotated workbook and messages name the column. */
    public String header() {
        return header;
    }

    /** The first Chinese header (Simplified), as a Chinese message names the column. */
    public String chineseHeader() {
        return aliases.get(0);
    }

    public boolean required() {
        return required;
    }

    public static Optional<OrderColumn> of(String headerText) {
        return headerText == null ? Optional.empty() : Optional.ofNullable(BY_HEADER.get(fold(headerText)));
    }

    /** A price header that states its currency: 单价（元）, 含税单价(RMB), 单价/美元, Unit Price (CNY), Unit Price USD. */
    private static final java.util.regex.Pattern PRICE_WITH_CURRENCY = java.util.regex.Pattern.compile(
            "((?:含税)?单价|(?:含稅)?單價|unit price)\\s*[(（/／]?\\s*([^()（）/／\\s]{1,8})\\s*[)）]?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The currency a price header states (单价（元） is CNY), or empty if the header is not a price header with a
     * currency that names one currency.
     */
    public static Optional<String> priceCurrency(String headerText) {
        if (headerText == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = PRICE_WITH_CURRENCY.matcher(Normalizer.normalize(headerText, Normalizer.Form.NFKC).strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String named = m.group(2).equals("元") ? "CNY" : com.chipcheck.rules.money.Currencies.fold(m.group(2));
        return com.chipcheck.rules.money.Currencies.isIso4217(named) ? Optional.of(named) : Optional.empty();
    }

    /**
     * Whether a header row is written in Chinese: more of the columns it names are named in Chinese than in English. The
     * parser and the annotated workbook both decide the workbook's language by this.
     */
    public static boolean writtenInChinese(java.util.Collection<String> headerCells) {
        int chinese = 0;
        int english = 0;
        for (String text : headerCells) {
            if (isChinese(text)) {
                chinese++;
            } else if (of(text).isPresent() || priceCurrency(text).isPresent()) {
                english++;
            }
        }
        return chinese > english;
    }

    /** Whether the header is one of the Chinese ones. */
    public static boolean isChinese(String headerText) {
        return headerText != null && (CHINESE.getOrDefault(fold(headerText), false) || priceCurrency(headerText).isPresent()
                && headerText.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    /** Width (full-width letters, ideographic spaces), case and spacing do not matter. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
