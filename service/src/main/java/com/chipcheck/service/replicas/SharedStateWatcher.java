package com.chipcheck.service.replicas;

import com.chipcheck.rules.procurement.ProcurementPolicies;
import com.chipcheck.rules.procurement.ProcurementPolicy;
import com.chipcheck.rules.screening.ScreeningList;
import com.chipcheck.rules.screening.ScreeningLists;
import com.chipcheck.service.policy.PolicyFiles;
import com.chipcheck.service.screening.JdbcFalsePositiveRegister;
import com.chipcheck.service.screening.ListFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Keeps this replica on what the shared database says is in use: the screening list version, the procurement policy
 * version, the exchange-rate table and the reviewed false positives another replica put in use are used here within one poll (2 s by default,
 * {@code chipcheck.replicas.poll-ms}), without a restart. Every answer names the list and policy versions it used.
 */
@Component
public class SharedStateWatcher {

    private static final Logger log = LoggerFactory.getLogger(SharedStateWatcher.class);

    private final ListFiles listFiles;
    private final ScreeningLists lists;
    private final com.chipcheck.service.shared.KeptVersions<PolicyFiles.PolicyVersion> policyFiles;
    private final ProcurementPolicies policies;
    private final JdbcFalsePositiveRegister falsePositives;
    private final com.chipcheck.service.shared.KeptVersions<com.chipcheck.service.money.RateFiles.RatesVersion> rateFiles;
    private final com.chipcheck.rules.money.ExchangeRateTables rates;
    private Long listSeq;
    private Long policySeq;
    private Long ratesSeq;

    public SharedStateWatcher(ListFiles listFiles, ScreeningLists lists, com.chipcheck.service.shared.KeptVersions<PolicyFiles.PolicyVersion> policyFiles, ProcurementPolicies policies,
                              JdbcFalsePositiveRegister falsePositives, com.chipcheck.service.shared.KeptVersions<com.chipcheck.service.money.RateFiles.RatesVersion> rateFiles,
                              com.chipcheck.rules.money.ExchangeRateTables rates) {
        this.rateFiles = rateFiles;
        this.rates = rates;
        this.ratesSeq = rateFiles.currentSeq();
        this.listFiles = listFiles;
        this.lists = lists;
        this.policyFiles = policyFiles;
        this.policies = policies;
        this.falsePositives = falsePositives;
        this.listSeq = listFiles.currentSeq();
        this.policySeq = policyFiles.currentSeq();
    }

    /** The list and policy versions in use, for operators: one series per version, 1 for the one in use. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void meters(io.micrometer.core.instrument.MeterRegistry registry) {
        this.inUse = io.micrometer.core.instrument.MultiGauge.builder("chipcheck.version.in.use")
                .description("the screening list and procurement policy versions this replica uses").register(registry);
        publish();
    }

    private io.micrometer.core.instrument.MultiGauge inUse;

    private void publish() {
        if (inUse != null) {
            inUse.register(java.util.List.of(
                    io.micrometer.core.instrument.MultiGauge.Row.of(io.micrometer.core.instrument.Tags.of("area", "list", "version",
                            lists.current().list().version().id()), 1),
                    io.micrometer.core.instrument.MultiGauge.Row.of(io.micrometer.core.instrument.Tags.of("area", "policy", "version",
                            policies.current() == null ? "none" : policies.current().version()), 1),
                    io.micrometer.core.instrument.MultiGauge.Row.of(io.micrometer.core.instrument.Tags.of("area", "exchange-rates", "version",
                            rates.current().version()), 1)), true);
        }
    }

    /**
     * Follows one kind of kept version: when the version in use moved since the last poll ({@code seq}) and is not the one
     * this replica uses ({@code notOurs}, asked only then), it is adopted here.
     *
     * @return the sequence now seen
     */
    private static Long follow(String what, Long seen, Long seq, java.util.function.BooleanSupplier notOurs,
                               java.util.function.Supplier<String> adopt) {
        if (seq == null || seq.equals(seen)) {
            return seen;
        }
        if (notOurs.getAsBoolean()) { // not put in use here
            log.info("{} {} put in use by another replica: used here too", what, adopt.get());
        }
        return seq;
    }

    @Scheduled(initialDelayString = "${chipcheck.replicas.poll-ms:2000}", fixedDelayString = "${chipcheck.replicas.poll-ms:2000}")
    public void poll() {
        try {
            listSeq = follow("screening list", listSeq, listFiles.currentSeq(),
                    () -> !Objects.equals(listFiles.currentName(), lists.current().list().version().id()), () -> {
                        ScreeningList in = listFiles.current().orElseThrow();
                        lists.adopt(in);
                        return in.version().id();
                    });
            policySeq = follow("procurement policy", policySeq, policyFiles.currentSeq(),
                    () -> policies.current() == null || !Objects.equals(policyFiles.currentName(), policies.current().version()), () -> {
                        ProcurementPolicy in = ProcurementPolicy.compile(policyFiles.currentContent().orElseThrow()); // once per version
                        policies.replace(in);
                        return in.version();
                    });
            ratesSeq = follow("exchange-rate table", ratesSeq, rateFiles.currentSeq(),
                    () -> !Objects.equals(rateFiles.currentName(), rates.current().version()), () -> {
                        com.chipcheck.rules.money.ExchangeRates in = com.chipcheck.rules.money.ExchangeRates.parse(rateFiles.currentContent().orElseThrow());
                        rates.replace(in);
                        return in.version();
                    });
            falsePositives.refresh();
            publish();
        } catch (RuntimeException e) { // the database away for a moment: try again at the next poll, keep answering
            log.warn("cannot read the shared state: {}", e.toString());
        }
    }
}
