package io.blueprintstudio.aws;

/** What an execution did in one state, as derived from its events. */
public enum StateStatus {
    /** Entered and not yet left. */
    RUNNING("running"),
    /** Left normally. */
    SUCCEEDED("succeeded"),
    /** The execution failed in it (a Fail state, or an error no Catch handled). */
    FAILED("failed"),
    /** An error happened in it and a Catch sent the execution on. */
    CAUGHT("caught");

    private final String words;

    StateStatus(String words) {
        this.words = words;
    }

    @Override
    public String toString() {
        return words;
    }
}
