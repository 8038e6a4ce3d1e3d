package com.chipcheck.rules.facts;

/** Something about the line's input that could not be read or is out of range; the rules hold the line. */
public final class InputProblem {
    private final String lineId;
    private final String text;

    public InputProblem(String lineId, String text) {
        this.lineId = lineId;
        this.text = text;
    }

    public String getLineId() { return lineId; }
    public String getText() { return text; }
}
