package com.chipcheck.rules.screening;

import java.util.List;

/** Where reviewed false positives are kept. {@code revision} changes whenever one is added. */
public interface FalsePositiveRegister {

    List<FalsePositive> all();

    long revision();

    FalsePositiveRegister NONE = new FalsePositiveRegister() {
        @Override
        public List<FalsePositive> all() {
            return List.of();
        }

        @Override
        public long revision() {
            return 0;
        }
    };
}
