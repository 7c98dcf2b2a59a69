"""Runs a Python module (MiniStack, pip, venv) in this process for as long as the program that started it lives.

Blueprint Studio keeps this process's standard input open and never writes to it. End of input therefore means
the app has ended, however it ended (kill -9 included), and the module is stopped instead of running on alone.

usage: python sandbox-watchdog.py MODULE [ARG ...]    (as python -m MODULE ARG ...)
"""
import os
import runpy
import signal
import sys
import threading
import time

GRACE_SECONDS = 5


def _stop_everything():
    """SIGTERM first (MiniStack shuts down cleanly on it), then SIGKILL once the grace period is over."""
    group = hasattr(os, "killpg") and os.getpgrp() == os.getpid()
    try:
        if group:
            os.killpg(0, signal.SIGTERM)  # our own group: the module's children (pip's builds, ensurepip) too
        else:
            os.kill(os.getpid(), signal.SIGTERM)
    except OSError:
        pass
    time.sleep(GRACE_SECONDS)
    if group:
        try:
            os.killpg(0, signal.SIGKILL)
        except OSError:
            pass
    os._exit(1)


def _watch_stdin():
    try:
        # os.read, not sys.stdin: a thread blocked in a buffered read would abort the interpreter's own shutdown.
        while os.read(0, 4096):
            pass  # nothing is ever written: read until the app's end closes the pipe
    except OSError:
        pass
    _stop_everything()


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        sys.exit(2)
    if hasattr(os, "setpgrp"):
        os.setpgrp()  # so that the module's own children can be stopped with it
    here = os.path.dirname(os.path.abspath(__file__))
    if sys.path and os.path.abspath(sys.path[0] or ".") == here:
        del sys.path[0]  # the sandbox folder's contents must not shadow the module's imports
    module = sys.argv[1]
    sys.argv = sys.argv[1:]
    threading.Thread(target=_watch_stdin, name="sandbox-watchdog", daemon=True).start()
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
