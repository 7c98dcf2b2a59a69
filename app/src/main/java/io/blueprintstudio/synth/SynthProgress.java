package io.blueprintstudio.synth;

/** Where synthesis says how far it got: a line for people and the fraction done (0..1). */
@FunctionalInterface
public interface SynthProgress {

    SynthProgress NONE = (step, fraction) -> { };

    void step(String step, double fraction);
}
