package com.chipcheck.service.screening;

import com.chipcheck.rules.screening.ScreeningPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.HashMap;
import java.util.Map;

/**
 * Screening thresholds from configuration ({@code chipcheck.screening.*}); per list by the start of its CSL source
 * name, e.g. {@code chipcheck.screening.lists[Entity List].match=0.90}.
 */
@ConfigurationProperties("chipcheck.screening")
public record ScreeningProperties(double matchThreshold, double reviewThreshold, double countryMismatchFactor,
                                  Map<String, ListThresholds> lists) {

    public record ListThresholds(double match, double review) {
    }

    public ScreeningPolicy policy() {
        Map<String, ScreeningPolicy.Thresholds> perList = new HashMap<>();
        if (lists != null) {
            lists.forEach((name, t) -> perList.put(name, new ScreeningPolicy.Thresholds(t.match(), t.review())));
        }
        return new ScreeningPolicy(new ScreeningPolicy.Thresholds(matchThreshold, reviewThreshold), perList, countryMismatchFactor);
    }
}
