"""bench/cold-start: fresh-JVM wall time of converting a 1 MB CSV with the Lambda's shaded jar. See bench/README.md.

    cold_start.py JAR MAIN_CLASS [--runs 5] [--size 1M] [--seed 42]

JVM options come from the environment variable BPS_JAVA_OPTS (space-separated), e.g. the flags the Lambda java
runtime adds by default: "-XX:+TieredCompilation -XX:TieredStopAtLevel=1".
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
sys.path.insert(0, BENCH)

import gen_csv  # noqa: E402

MIB = 1 << 20


def parquet_rows(path):
    import pyarrow.parquet as pq
    return pq.ParquetFile(path).metadata.num_rows


def main():
    ap = argparse.ArgumentParser(prog="bench/cold-start")
    ap.add_argument("jar")
    ap.add_argument("main_class")
    ap.add_argument("--runs", type=int, default=5, help="timed runs (default 5)")
    ap.add_argument("--size", default="1M", help="CSV size (default 1M)")
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()

    csv_path, meta = gen_csv.cached_csv(args.size, args.seed)
    out_dir = os.path.join(BENCH, "out", "run")
    os.makedirs(out_dir, exist_ok=True)
    out_path = os.path.join(out_dir, "cold-start.parquet")
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    opts = shlex.split(os.environ.get("BPS_JAVA_OPTS", ""))
    cmd = [java, *opts, "-cp", args.jar, args.main_class, csv_path, out_path]

    def once():
        if os.path.exists(out_path):
            os.unlink(out_path)
        started = time.monotonic()
        r = subprocess.run(cmd, capture_output=True, text=True)
        wall = time.monotonic() - started
        if r.returncode != 0:
            sys.exit(f"bench/cold-start: {' '.join(cmd)} failed (exit {r.returncode}):\n{r.stderr.strip()}")
        rows = parquet_rows(out_path)
        if rows != meta["rows"]:
            sys.exit(f"bench/cold-start: output has {rows} rows, the CSV has {meta['rows']}")
        return wall

    # One untimed run: checks the class is there and the output is right, and puts the jar in the page cache
    # (a Lambda cold start does not read the jar from a cold disk either: it is unpacked beforehand).
    warm = once()
    walls = [once() for _ in range(args.runs)]
    os.unlink(out_path)

    jar_bytes = os.path.getsize(args.jar)
    lines = [
        f"jar: {os.path.relpath(args.jar, os.path.dirname(BENCH))} — {jar_bytes / MIB:.1f} MB ({jar_bytes:,} bytes)",
        f"input: {os.path.relpath(csv_path, os.path.dirname(BENCH))}, {meta['bytes']:,} bytes, {meta['rows']:,} rows",
        f"command: java {' '.join(opts) + ' ' if opts else ''}-cp JAR {args.main_class} IN OUT",
        f"fresh-JVM wall over {args.runs} runs (after 1 untimed run, {warm:.2f} s): "
        f"min {min(walls):.2f} s, median {statistics.median(walls):.2f} s, max {max(walls):.2f} s",
        "runs: " + ", ".join(f"{w:.2f}" for w in walls),
    ]
    print("\n".join(lines))
    with open(os.path.join(BENCH, "out", "cold-start.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
