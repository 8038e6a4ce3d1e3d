package com.chipcheck.bench;

import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Checks per second through the Drools rule base and through the hand-coded baseline, for one-line and
 * 1,000-line orders. Lines/second = ops/s x lines. See docs/performance.md for the command and the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class RuleBaseBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    @Param({"1", "1000"})
    public int lines;

    private ExportControlEngine engine;
    private HandCodedDecider baseline;
    private List<OrderLine> order;

    @Setup
    public void setUp() {
        engine = ExportControlEngine.bundled().afresh(); // the rules on every line, nothing remembered between invocations
        baseline = new HandCodedDecider(engine.reference());
        order = Workload.sample(engine.reference(), lines, 42);
    }

    @Benchmark
    public OrderDecision ruleBase() {
        return engine.check(new Order("bench", AS_OF, order));
    }

    @Benchmark
    public List<HandCodedDecider.Result> handCoded() {
        return baseline.decide(order, AS_OF);
    }
}
