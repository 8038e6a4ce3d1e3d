package com.chipcheck.features;

import com.chipcheck.rules.decision.Outcome;
import io.cucumber.java.ParameterType;

import java.time.LocalDate;

/** Words of the specifications that stand for values: dates as 2026-09-30, outcomes as NLR or HOLD. */
public class ParameterTypes {

    @ParameterType("\\d{4}-\\d{2}-\\d{2}")
    public LocalDate isodate(String text) {
        return LocalDate.parse(text);
    }

    @ParameterType("NLR|ACA|NAC|LICENSE_REQUIRED|PROHIBITED|HOLD")
    public Outcome outcome(String text) {
        return Outcome.valueOf(text);
    }
}
