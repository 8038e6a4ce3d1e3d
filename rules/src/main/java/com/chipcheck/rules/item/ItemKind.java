package com.chipcheck.rules.item;

/** What an order line ships: a bare integrated circuit, a high-bandwidth-memory stack, or a system containing ICs. */
public enum ItemKind {
    /** An integrated circuit with processing units: GPU, TPU, ASIC (3A090.a/.b, Note 3 to 3A090). */
    IC,
    /** High bandwidth memory (3A090.c). */
    HBM,
    /** A computer, board or server containing ICs (4A090). */
    SYSTEM
}
