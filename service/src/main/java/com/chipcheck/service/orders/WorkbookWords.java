package com.chipcheck.service.orders;

import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.i18n.DecisionTranslator;
import com.chipcheck.rules.i18n.Language;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words of an annotated workbook in its language: the verdict columns, the outcome labels, the Summary, and the
 * rules' reasons (through {@link DecisionTranslator}). Codes (outcomes, ECCNs, licence exceptions), rule ids and CFR
 * citations stay as they are in every language: the regulation is English.
 */
public final class WorkbookWords {

    private static final List<String> ADDED_ZH = List.of("ECCN", "TPP", "性能密度", "结论", "许可例外", "判定理由", "法规依据",
            "名单筛查", "风险提示", "需审批人", "替代型号", "许可证 / NAC", "可否发货");

    private static final Map<Outcome, String> OUTCOME_ZH = new EnumMap<>(Map.of(
            Outcome.NLR, "无需许可证",
            Outcome.ACA, "适用许可例外 ACA",
            Outcome.NAC, "适用许可例外 NAC（须事先通知 BIS）",
            Outcome.LICENSED, "已有许可证覆盖",
            Outcome.LICENSE_REQUIRED, "需申请许可证",
            Outcome.PROHIBITED, "禁止出口",
            Outcome.HOLD, "暂停发货，待人工复核"));

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("Summary", "汇总"),
            Map.entry("Order", "订单"),
            Map.entry("Order outcome", "订单结论"),
            Map.entry("Rule-set version", "规则集版本"),
            Map.entry("Screening list version", "筛查名单版本"),
            Map.entry("Exchange-rate table", "汇率表版本"),
            Map.entry("Uploaded (UTC)", "上传时间（UTC）"),
            Map.entry("As-of dates", "判定日期"),
            Map.entry("Lines", "行数"),
            Map.entry("Lines that may ship", "可发货行数"),
            Map.entry("NAC lines not cleared", "NAC 尚未放行的行数"),
            Map.entry(" (NLR, ACA, LICENSED, and NAC once its notification has cleared)", "（NLR、ACA、LICENSED，以及通知已获放行的 NAC）"),
            Map.entry(" (no notification to BIS, or its 25-day review or confirmation pending: they may not ship yet)",
                    "（尚未向 BIS 通知，或 25 天审查期或确认尚未结束：暂不得发货）"),
            Map.entry("yes", "是"),
            Map.entry("no", "否"),
            Map.entry("no hit", "未命中"),
            Map.entry("HIT", "命中"),
            Map.entry("POSSIBLE", "疑似"),
            Map.entry("list version", "名单版本"),
            Map.entry("reviewed false positives", "已复核的误报"),
            Map.entry("end user", "最终用户"),
            Map.entry("ultimate consignee", "最终收货人"),
            Map.entry("intermediate consignee", "中间收货人"),
            Map.entry("purchaser", "采购方"),
            Map.entry("units left", "件剩余"),
            Map.entry("left", "剩余"),
            Map.entry("licence", "许可证"),
            Map.entry("notification", "通知"),
            Map.entry("submitted", "提交于"),
            Map.entry("earliest ship date", "最早发货日"),
            Map.entry("compliance officer", "合规专员"),
            Map.entry("procurement manager", "采购经理"),
            Map.entry("procurement director", "采购总监"),
            Map.entry("NOT_NOTIFIED", "NOT_NOTIFIED 尚未通知 BIS"),
            Map.entry("WAITING", "WAITING 审查期内或待 BIS 确认"),
            Map.entry("CLEARED", "CLEARED 已放行"),
            Map.entry("OBJECTED", "OBJECTED BIS 已提出异议"));

    private final Language language;
    private final DecisionTranslator translator;

    private WorkbookWords(Language language) {
        this.language = language;
        this.translator = DecisionTranslator.of(language);
    }

    static WorkbookWords of(Language language) {
        return new WorkbookWords(language);
    }

    Language language() {
        return language;
    }

    /** The headers of the verdict columns. */
    List<String> added() {
        return language == Language.ZH ? ADDED_ZH : AnnotatedWorkbookWriter.ADDED;
    }

    /** An outcome as shown: its code, and in Chinese its meaning after it ("HOLD 暂停发货，待人工复核"). */
    String outcome(Outcome o) {
        return language == Language.ZH ? o.name() + " " + OUTCOME_ZH.get(o) : o.name();
    }

    /** A label or fixed phrase of the workbook. */
    String word(String english) {
        return language == Language.ZH ? ZH.getOrDefault(english, english) : english;
    }

    /** Who must approve, a comma-joined list of approvers ("compliance officer, procurement manager"). */
    String approvers(String english) {
        if (english == null || language == Language.EN) {
            return english;
        }
        return String.join("、", java.util.Arrays.stream(english.split(", ")).map(this::word).toList());
    }

    /** A rule's reason text. */
    String reason(String ruleId, String english) {
        return translator.text(ruleId, english);
    }

    /**
     * The language of a workbook's answer: the one asked for explicitly ({@code lang}), else Chinese for a header
     * written in Chinese, else the one the caller's browser or client prefers (Accept-Language).
     */
    public record Choice(Language explicit, Language preferred) {
        static final Choice ENGLISH = new Choice(null, Language.EN);

        Language forHeader(boolean chineseHeader) {
            if (explicit != null) {
                return explicit;
            }
            return chineseHeader ? Language.ZH : preferred;
        }
    }
}
