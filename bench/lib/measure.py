"""Runs one command and measures its wall time and the peak RSS of its whole process tree.

Two sources for the peak, and the larger one is reported:
  * GNU time (/usr/bin/time -v), when present: the kernel's own high-water mark (ru_maxrss from wait4), exact even
    for a spike between polls, but per process (the largest process of the tree, not their sum);
  * psutil polling every POLL_SECONDS: the sum of the RSS of every process in the tree, so a tree of several
    processes is counted whole, but a spike shorter than the interval can be missed.
For a single process (all tools here: the launcher execs java, each peer is one python) the two agree, and the
kernel's figure is the exact one. The command is started through GNU time rather than straight from Python because
a child forked from a big Python process carries the parent's high-water mark across exec.

Wall time is measured here, around the whole run (GNU time's own start-up is about a millisecond).
"""
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time

import psutil

POLL_SECONDS = 0.02
GNU_TIME = "/usr/bin/time"


def gnu_time_available():
    if not (os.path.isfile(GNU_TIME) and os.access(GNU_TIME, os.X_OK)):
        return False
    try:
        probe = subprocess.run([GNU_TIME, "-v", "true"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return "Maximum resident set size" in probe.stderr


class Result:
    def __init__(self, returncode, wall, peak_rss, peak_source, stdout, stderr, peak_kernel=0, peak_polled=0):
        self.returncode = returncode
        self.peak_kernel = peak_kernel  # bytes, from GNU time; 0 without it
        self.peak_polled = peak_polled  # bytes, psutil tree sum
        self.wall = wall                # seconds
        self.peak_rss = peak_rss        # bytes
        self.peak_source = peak_source  # "kernel" or "polled"
        self.stdout = stdout
        self.stderr = stderr


def _tree_rss(root):
    """Sum of RSS over root's descendants (not root itself when root is GNU time), or None when gone."""
    try:
        procs = root.children(recursive=True)
    except psutil.Error:
        return None
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run(cmd, env=None, cwd=None, use_gnu_time=True):
    """Runs cmd (a list), waits, and returns a Result. stdout and stderr are captured to files, not pipes."""
    with tempfile.TemporaryDirectory(prefix="bench-measure-") as tmp:
        time_file = os.path.join(tmp, "time.txt")
        out_path, err_path = os.path.join(tmp, "stdout"), os.path.join(tmp, "stderr")
        full = [GNU_TIME, "-v", "-o", time_file, "--"] + list(cmd) if use_gnu_time else list(cmd)
        peak_polled = 0
        stop = threading.Event()

        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            started = time.monotonic()
            proc = subprocess.Popen(full, stdout=out, stderr=err, env=env, cwd=cwd)
            try:
                root = psutil.Process(proc.pid)
            except psutil.Error:
                root = None

            def poll():
                nonlocal peak_polled
                while not stop.is_set():
                    if root is not None:
                        total = _tree_rss(root)
                        if not use_gnu_time:
                            try:
                                total = (total or 0) + root.memory_info().rss
                            except psutil.Error:
                                pass
                        if total:
                            peak_polled = max(peak_polled, total)
                    stop.wait(POLL_SECONDS)

            poller = threading.Thread(target=poll, daemon=True)
            poller.start()
            returncode = proc.wait()
            wall = time.monotonic() - started
            stop.set()
            poller.join()

        with open(out_path, "rb") as f:
            stdout = f.read().decode("utf-8", "replace")
        with open(err_path, "rb") as f:
            stderr = f.read().decode("utf-8", "replace")
        peak_kernel = 0
        if use_gnu_time and os.path.exists(time_file):
            with open(time_file) as f:
                report = f.read()
            m = re.search(r"Maximum resident set size \(kbytes\):\s*(\d+)", report)
            if m:
                peak_kernel = int(m.group(1)) * 1024
            m = re.search(r"Command exited with non-zero status (\d+)", report)
            if m and returncode == 0:
                returncode = int(m.group(1))
            # GNU time writes its own report to time_file; anything else it said went to stderr with the command's.
        if peak_kernel >= peak_polled:
            return Result(returncode, wall, peak_kernel, "kernel", stdout, stderr, peak_kernel, peak_polled)
        return Result(returncode, wall, peak_polled, "polled", stdout, stderr, peak_kernel, peak_polled)


def warm_page_cache(path):
    """Reads the file once (like `cat path > /dev/null`), so every tool starts with it in the page cache."""
    with open(path, "rb", buffering=0) as f:
        buf = bytearray(8 << 20)
        view = memoryview(buf)
        while f.readinto(view):
            pass


def sync():
    if shutil.which("sync"):
        subprocess.run(["sync"], check=False)
    else:
        os.sync()
