package io.blueprintstudio.aws;

/** Hears what a deploy or destroy does, on the thread doing it. */
public interface DeployListener {
    /** A step: bootstrap checked, asset published, change set created, waiting, ... */
    void step(String message);

    /** A new stack event, each once, in the order CloudFormation recorded them. */
    void event(StackEvent event);

    /** Hears nothing. */
    DeployListener NONE = new DeployListener() {
        @Override
        public void step(String message) {
        }

        @Override
        public void event(StackEvent event) {
        }
    };
}
