package com.chipcheck.rules.item;

/**
 * A part contained in a system (4A090): a catalogue part number, or the part's own figures, and how many.
 *
 * @param chip the contained part's figures when it is not a catalogue part (null otherwise)
 */
public record Component(String partNumber, int count, ChipSpec chip) {
    public Component {
        if (count <= 0) {
            throw new IllegalArgumentException("component count must be positive, was " + count);
        }
    }

    public Component(String partNumber, int count) {
        this(partNumber, count, null);
    }
}
