package com.chipcheck.rules.i18n;

import com.chipcheck.rules.decision.ExceptionEvaluated;
import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.decision.Reason;
import com.chipcheck.rules.decision.RedFlag;
import com.chipcheck.rules.decision.RequirementFound;

import java.util.List;

/**
 * A decision as shown in a language: every text a rule wrote (reasons, advisories, requirements, exceptions, and the
 * procurement policy's red flags where the table's text has a template) in that language; rule ids, citations,
 * outcomes, codes and figures as decided. The record keeps the English the decision was made in.
 */
public final class DecisionTranslator {

    private final Translations translations;
    private final Language language;

    public DecisionTranslator(Translations translations, Language language) {
        this.translations = translations;
        this.language = language;
    }

    public static DecisionTranslator of(Language language) {
        return new DecisionTranslator(Translations.bundled(), language);
    }

    public Language language() {
        return language;
    }

    public OrderDecision translate(OrderDecision d) {
        return language == Language.EN ? d : d.withLines(d.lines().stream().map(this::translate).toList());
    }

    public LineDecision translate(LineDecision d) {
        if (language == Language.EN) {
            return d;
        }
        return new LineDecision(d.lineId(), d.partNumber(), d.asOf(), d.eccn(), d.eccnParagraph(), d.tpp(), d.performanceDensity(),
                d.outcome(), d.licenseExceptions(), reasons(d.reasons()), reasons(d.advisories()),
                d.licenceRequirements().stream().map(r -> new RequirementFound(r.ruleId(), r.citation(), r.basis(), r.scope(),
                        text(r.ruleId(), r.text()))).toList(),
                d.exceptionsEvaluated().stream().map(e -> new ExceptionEvaluated(e.code(), e.available(), e.ruleId(), e.citation(),
                        text(e.ruleId(), e.text()))).toList(),
                d.countryGroups(), d.instrumentsInForce(), d.screening(),
                d.redFlags().stream().map(f -> new RedFlag(f.code(), text("POLICY-" + f.code(), f.text()), f.citation(), f.severity(),
                        f.rule())).toList(),
                d.approvalNeeded(), d.alternatives(), d.licence(), d.nac());
    }

    private List<Reason> reasons(List<Reason> reasons) {
        return reasons.stream().map(r -> new Reason(r.ruleId(), r.citation(), text(r.ruleId(), r.text()), r.kind())).toList();
    }

    /** A rule's text in the language; the text as recorded if it has no template (never lost, never blank). */
    public String text(String ruleId, String english) {
        return translations.reason(ruleId, english, language);
    }

    /** A word or phrase in the language. */
    public String term(String english) {
        return translations.term(english, language);
    }
}
