package com.chipcheck.bench;

import com.chipcheck.rules.screening.FalsePositiveRegister;
import com.chipcheck.rules.screening.PartyScreening;
import com.chipcheck.rules.screening.Screener;
import com.chipcheck.rules.screening.ScreeningList;
import com.chipcheck.rules.screening.ScreeningPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Time to screen one party against a list of the full CSL's size (12,000 entries, about 30,000 names). Every
 * party name is new (a fresh distinctive word), so the screener's per-name cache never answers: this is the cost
 * of a party seen for the first time. Half the parties are variants of listed names (a hit or a near hit), half
 * are unrelated. Sample mode: JMH reports the median and the p99. See docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ScreeningBenchmark {

    private Screener screener;
    private ScreeningList list;
    private final Random random = new Random(7);
    private long n;

    @Setup
    public void setUp() {
        list = SyntheticList.of(12_000, 42);
        screener = new Screener(list, ScreeningPolicy.DEFAULT, FalsePositiveRegister.NONE, Clock.systemUTC());
    }

    @Benchmark
    public PartyScreening screenOneParty() {
        String name;
        if (random.nextBoolean()) {
            // a listed name with a new word in front, as a customer's own spelling of a listed company might read
            String listed = list.entries().get(random.nextInt(list.size())).name();
            name = SyntheticList.distinctive(random) + " " + listed;
        } else {
            name = SyntheticList.name(random) + " " + (n++);
        }
        return screener.screen("END_USER", name, "CN");
    }
}
