package io.blueprintstudio.sandbox;

import io.blueprintstudio.aws.Emulator;
import java.net.URI;
import java.nio.file.Path;

/** The peers the sandbox tests need, from the variables ./run-tests sets (see {@link Emulator#required}). */
public final class SandboxPeers {
    private SandboxPeers() {
    }

    /** The test suite's MiniStack. */
    public static URI ministack() {
        return Emulator.MINISTACK.endpoint();
    }

    /** The peers' venv, which holds the pinned MiniStack (so lifecycle tests need not install it). */
    public static Path peersVenv() {
        return Path.of(Emulator.required("BPS_PEERS_BIN", "the peers' venv")).getParent();
    }
}
