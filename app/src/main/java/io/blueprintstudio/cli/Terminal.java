package io.blueprintstudio.cli;

import java.io.Console;

/** The user's terminal, for yes/no questions; absent when input or output is redirected. */
interface Terminal {
    /** True when a person can answer. */
    boolean interactive();

    /** Asks a yes/no question; anything but y/yes is no. */
    boolean confirm(String question);

    /** The process's own terminal ({@link System#console()}: null when not on a terminal). */
    static Terminal system() {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return System.console() != null;
            }

            @Override
            public boolean confirm(String question) {
                Console c = System.console();
                String answer = c == null ? null : c.readLine("%s [y/N] ", question);
                return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
            }
        };
    }
}
