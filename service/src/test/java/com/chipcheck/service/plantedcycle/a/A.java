package com.chipcheck.service.plantedcycle.a;

/** Half of a cycle planted for ArchitectureTest: a needs b. */
public class A {
    public com.chipcheck.service.plantedcycle.b.B b;
}
