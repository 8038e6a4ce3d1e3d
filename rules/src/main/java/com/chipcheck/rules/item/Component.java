package com.chipcheck.rules.item;

/** A part contained in a system (4A090): a catalogue part number and how many of it. */
public record Component(String partNumber, int count) {
    public Component {
        if (count <= 0) {
            throw new IllegalArgumentException("component count must be positive, was " + count);
        }
    }
}
