package io.blueprintstudio.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts the pinned MiniStack into the sandbox's venv, once: creates the venv with the user's Python 3 and installs
 * with pip, each pip line reported as progress. A cancelled or failed install removes the half-made venv, so the
 * next start begins clean.
 */
final class SandboxInstaller {
    private static final String VERSIONS_SCRIPT = "import importlib.metadata as m\n"
            + "for p in %s:\n"
            + "    try: print(p + '==' + m.version(p))\n"
            + "    except m.PackageNotFoundError: print(p + '==')\n";

    /** Prints a line no other program would: a program that merely exits 0 is not taken for Python. */
    private static final String PYTHON_CHECK = "import sys; print('python-version %d.%d.%d' % sys.version_info[:3])";
    private static final Pattern PYTHON_VERSION = Pattern.compile("python-version (\\d+)\\.(\\d+)\\.(\\d+)");
    /** Marks a venv this class made, so it may clear it. */
    private static final String MARKER = "blueprint-studio-sandbox.txt";

    private final SandboxSetup setup;
    private final Pins pins;
    private final Watchdog watchdog;

    /** @param watchdog what venv and pip run under, so that a killed app leaves neither running */
    SandboxInstaller(SandboxSetup setup, Pins pins, Watchdog watchdog) {
        this.setup = setup;
        this.pins = pins;
        this.watchdog = watchdog;
    }

    /** True when the venv already holds exactly the pinned versions. */
    boolean isInstalled() throws InterruptedException {
        Path python = setup.venvProgram("python");
        if (!Files.isExecutable(python) || !Files.isExecutable(setup.venvProgram("ministack"))) {
            return false;
        }
        String names = pins.versions().keySet().stream().map(n -> "'" + n + "'")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        List<String> lines = new ArrayList<>();
        try {
            Processes.Outcome o = Processes.run(List.of(python.toString(), "-c", VERSIONS_SCRIPT.formatted(names)),
                    lines::add);
            return o.exitCode() == 0 && lines.containsAll(pins.requirements());
        } catch (IOException broken) {
            return false;
        }
    }

    /** Installs unless already installed. */
    void ensureInstalled(SandboxProgress progress) throws SandboxException, InterruptedException {
        progress.update("Checking the sandbox's MiniStack " + pins.ministack() + " …", -1);
        if (isInstalled()) {
            return;
        }
        refuseForeignVenv();
        checkPython(progress);
        boolean done = false;
        try {
            progress.update("Creating a Python environment for the sandbox in " + setup.venv() + " …", 0.05);
            deleteVenv(); // an incomplete one of ours, from an older pin or an interrupted install
            markOurs(); // first, so a venv half made by an interrupted run is still known as ours
            run(watchdog.command(setup.python(), "venv", List.of(setup.venv().toString())), "create the venv",
                    progress, 0.05);
            List<String> pip = new ArrayList<>(List.of("install", "--disable-pip-version-check", "--no-input",
                    "--progress-bar", "off"));
            pip.addAll(pins.requirements());
            progress.update("Installing " + String.join(" ", pins.requirements()) + " …", 0.1);
            run(watchdog.command(setup.venvProgram("python").toString(), "pip", pip), "install MiniStack", progress,
                    0.1);
            done = true;
        } finally {
            if (!done) {
                deleteVenv();
            }
        }
        progress.update("MiniStack " + pins.ministack() + " installed", 1);
    }

    /** A folder that is not a venv we made is never cleared or deleted: it may be someone's own environment. */
    private void refuseForeignVenv() throws SandboxException {
        Path venv = setup.venv();
        boolean empty;
        try (Stream<Path> entries = Files.exists(venv) ? Files.list(venv) : Stream.empty()) {
            empty = entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new SandboxException("Cannot read the sandbox folder " + venv + ": " + e.getMessage(), e);
        }
        if (!empty && !Files.exists(venv.resolve(MARKER))) {
            throw new SandboxException(venv + " exists but was not made by Blueprint Studio, and it does not hold"
                    + " MiniStack " + pins.ministack() + ". Move it away, or point the sandbox at another folder.");
        }
    }

    private void markOurs() throws SandboxException {
        try {
            Files.createDirectories(setup.venv());
            Files.writeString(setup.venv().resolve(MARKER), "The local sandbox's Python environment; "
                    + "Blueprint Studio rebuilds it when its pinned MiniStack version changes.\n");
        } catch (IOException e) {
            throw new SandboxException("Cannot write in " + setup.venv() + ": " + e.getMessage(), e);
        }
    }

    /** A missing or old Python gets a message with what to do instead; never a stack trace. */
    private void checkPython(SandboxProgress progress) throws SandboxException, InterruptedException {
        progress.update("Looking for Python 3 (" + setup.python() + ") …", 0.01);
        List<String> out = new ArrayList<>();
        Processes.Outcome o;
        try {
            o = Processes.run(List.of(setup.python(), "-c", PYTHON_CHECK), out::add);
        } catch (IOException e) {
            throw new SandboxException("Python 3 was not found (tried '" + setup.python() + "'). The local sandbox"
                    + " runs MiniStack, a Python program. Install Python 3.10 or newer and start the sandbox again,"
                    + " or run MiniStack yourself and choose it as a local endpoint:" + System.lineSeparator()
                    + manualCommand(), e);
        }
        Matcher m = out.stream().map(PYTHON_VERSION::matcher).filter(Matcher::matches).findFirst().orElse(null);
        if (o.exitCode() != 0 || m == null) {
            String text = String.join(" ", out).strip();
            String said = text.isEmpty() ? "nothing" : "'" + (text.length() > 200 ? text.substring(0, 200) + " …"
                    : text) + "'";
            throw new SandboxException("'" + setup.python() + "' does not run as Python 3 (exit code " + o.exitCode()
                    + ", it printed " + said + "). MiniStack needs Python 3.10 or newer. Install one, or run "
                    + "MiniStack yourself:" + System.lineSeparator() + manualCommand());
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (major != 3 || minor < 10) {
            throw new SandboxException("'" + setup.python() + "' is Python " + m.group(1) + "." + m.group(2) + "."
                    + m.group(3) + "; MiniStack needs Python 3.10 or newer. Install one, or run MiniStack yourself:"
                    + System.lineSeparator() + manualCommand());
        }
    }

    /** What a user types to run the same MiniStack by hand. */
    String manualCommand() {
        return "  python3 -m venv ministack-venv && ministack-venv/bin/pip install "
                + String.join(" ", pins.requirements()) + System.lineSeparator()
                + "  GATEWAY_PORT=4566 BIND_HOST=127.0.0.1 IOT_MTLS_ENABLED=0 SFTP_ENABLED=0 ministack-venv/bin/ministack"
                + System.lineSeparator()
                + "  (then use the local endpoint http://127.0.0.1:4566)";
    }

    private void run(List<String> command, String what, SandboxProgress progress, double at)
            throws SandboxException, InterruptedException {
        // pip prints a line per package collected: enough to show it is moving, without a fake percentage.
        int[] lines = {0};
        Processes.Outcome o;
        try {
            o = Processes.run(command, line -> {
                lines[0]++;
                progress.update(line.strip(), Math.min(0.95, at + lines[0] * 0.02));
            });
        } catch (IOException e) {
            throw new SandboxException("Could not " + what + ": " + e.getMessage(), e);
        }
        if (o.exitCode() != 0) {
            throw new SandboxException("Could not " + what + " (exit code " + o.exitCode() + "). Its last output:"
                    + System.lineSeparator() + o.tailText());
        }
    }

    private void deleteVenv() {
        if (!Files.exists(setup.venv().resolve(MARKER))) {
            return;
        }
        try {
            for (Path p : deletionOrder(setup.venv())) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // The marker goes last, so what is left behind is still known as ours and deleted again next time.
        }
    }

    /** Children before their folders, and the marker after everything but the venv folder itself. */
    static List<Path> deletionOrder(Path venv) throws IOException {
        Path marker = venv.resolve(MARKER);
        List<Path> order;
        try (Stream<Path> all = Files.walk(venv)) {
            order = new ArrayList<>(all.filter(p -> !p.equals(marker) && !p.equals(venv))
                    .sorted(Comparator.reverseOrder()).toList());
        }
        order.add(marker);
        order.add(venv);
        return order;
    }
}
