package com.chipcheck.service.plantedcycle.b;

/** The other half of the planted cycle: b needs a. */
public class B {
    public com.chipcheck.service.plantedcycle.a.A a;
}
