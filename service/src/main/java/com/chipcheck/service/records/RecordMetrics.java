package com.chipcheck.service.records;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.order.Order;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;

/**
 * What operators watch of the decisions (at /actuator/prometheus): decisions by kind, and lines by kind and outcome,
 * counted as their records are stored, so that a count is a record of the chain.
 */
@Component
public class RecordMetrics implements DecisionLedger.Index {

    private final MeterRegistry registry;

    public RecordMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void recorded(DecisionRecord record, Order input, OrderDecision decision) {
        if (decision == null) {
            return; // a person's act: not a decision of lines
        }
        Counter.builder("chipcheck.decisions").description("decisions stored, by kind (CHECK, ORDER)")
                .tag("kind", record.kind().name()).register(registry).increment();
        Map<com.chipcheck.rules.decision.Outcome, Integer> counts = new EnumMap<>(com.chipcheck.rules.decision.Outcome.class);
        for (LineDecision l : decision.lines()) {
            counts.merge(l.outcome(), 1, Integer::sum);
        }
        counts.forEach((outcome, n) -> Counter.builder("chipcheck.lines").description("lines decided, by kind and outcome")
                .tag("kind", record.kind().name()).tag("outcome", outcome.name()).register(registry).increment(n));
    }
}
