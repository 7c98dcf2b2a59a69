"""bench/convert: our converter against DuckDB, pyarrow and pandas on the same generated CSV. See bench/README.md.

Run through bench/convert, which picks the peers' Python and makes sure GNU time is there.
"""
import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
ROOT = os.path.dirname(BENCH)
sys.path.insert(0, HERE)
sys.path.insert(0, BENCH)

import measure  # noqa: E402
import gen_csv  # noqa: E402

TOOLS = ["ours", "duckdb", "pyarrow", "pandas"]
MIB = 1 << 20


def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem = f"{int(line.split()[1]) / (1 << 20):.1f} GiB"
                    break
    except OSError:
        pass
    return os.cpu_count(), model, mem


def java_version():
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30).stderr
        return out.splitlines()[0].strip() if out else "?"
    except (OSError, subprocess.SubprocessError):
        return "not found"


def peer_versions():
    versions = {}
    for name in ("duckdb", "pyarrow", "pandas"):
        try:
            versions[name] = __import__(name).__version__
        except ImportError:
            versions[name] = "missing"
    return versions


def parquet_rows(path):
    """Row count from the Parquet footer (opened in a child so this process stays small), or an error string."""
    code = ("import sys, pyarrow.parquet as pq\n"
            "f = pq.ParquetFile(sys.argv[1])\n"
            "print(f.metadata.num_rows)\n")
    r = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True)
    if r.returncode != 0:
        return None, (r.stderr.strip().splitlines() or ["unreadable"])[-1]
    return int(r.stdout.strip()), None


def parse_xmx(text):
    values = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if part.lower() in ("none", "default", "-"):
            values.append(None)
        else:
            values.append(part[len("-Xmx"):] if part.startswith("-Xmx") else part)
    return values or [None]


def plan(only, xmx_values):
    """(label, kind, xmx) per run, in order."""
    runs = []
    for tool in only:
        if tool == "ours":
            for x in xmx_values:
                runs.append(("ours" if x is None else f"ours -Xmx{x}", "ours", x))
        else:
            runs.append((tool, tool, None))
    return runs


def command(kind, csv_path, out_path, xmx, threads):
    py = sys.executable
    if kind == "ours":
        env = dict(os.environ)
        opts = env.get("BPS_JAVA_OPTS", "").split()
        opts = [o for o in opts if not o.startswith("-Xmx")]
        if xmx:
            opts.append(f"-Xmx{xmx}")
        env["BPS_JAVA_OPTS"] = " ".join(opts)
        return [os.path.join(ROOT, "blueprint-studio"), "convert", csv_path, out_path, "--report", "json"], env
    if kind == "duckdb":
        return [py, os.path.join(BENCH, "peers", "duckdb_convert.py"), csv_path, out_path,
                "--threads", str(threads)], None
    if kind == "pyarrow":
        return [py, os.path.join(BENCH, "peers", "pyarrow_convert.py"), csv_path, out_path], None
    if kind == "pandas":
        return [py, os.path.join(BENCH, "peers", "pandas_convert.py"), csv_path, out_path], None
    raise ValueError(kind)


def ensure_ours_built():
    """Runs the launcher once untimed: it builds the program with Maven when needed."""
    print("checking ours: ./blueprint-studio convert --help (builds on first use) ...", file=sys.stderr)
    r = subprocess.run([os.path.join(ROOT, "blueprint-studio"), "convert", "--help"], cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"bench/convert: ./blueprint-studio convert --help failed (exit {r.returncode}):\n{r.stderr}")


def fmt(value, spec):
    return "—" if value is None else format(value, spec)


def table(rows):
    header = ["tool", "wall s", "peak RSS MB", "rows", "output MB", "wall ratio vs ours", "memory ratio vs ours"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(r) + " |")
    return "\n".join(lines)


def run_one(label, kind, xmx, csv_path, csv_rows, run_dir, args, use_gnu_time, suffix=""):
    """One measured run of one tool, with its output checked; returns a dict (problem is None when it worked)."""
    out_path = os.path.join(run_dir, label.replace(" ", "_") + ".parquet")
    if os.path.exists(out_path):
        os.unlink(out_path)
    cmd, env = command(kind, csv_path, out_path, xmx, args.threads)
    measure.sync()
    measure.warm_page_cache(csv_path)
    print(f"running {label}{suffix} ...", file=sys.stderr)
    res = measure.run(cmd, env=env, cwd=ROOT, use_gnu_time=use_gnu_time)
    problem = None
    rows = None
    out_bytes = os.path.getsize(out_path) if os.path.exists(out_path) else None
    if res.returncode != 0:
        problem = f"exit {res.returncode}"
    elif out_bytes is None:
        problem = "no output file"
    else:
        rows, err = parquet_rows(out_path)
        if err:
            problem = f"unreadable output: {err}"
        elif rows != csv_rows:
            problem = f"{rows:,} rows, CSV has {csv_rows:,}"
    if kind == "ours" and problem is None:
        try:
            report = json.loads(res.stdout.strip().splitlines()[-1])
            if report.get("rowsWritten") != csv_rows:
                problem = f"report says rowsWritten={report.get('rowsWritten')}"
        except (ValueError, IndexError, AttributeError):
            problem = "no JSON report on stdout"
    if problem:
        err_lines = res.stderr.strip().splitlines()
        shown = err_lines if len(err_lines) <= 14 else err_lines[:6] + ["\t..."] + err_lines[-6:]
        print(f"  {label} FAILED: {problem}", *shown, sep="\n", file=sys.stderr)
    else:
        print(f"  {label}: {res.wall:.2f} s, peak {res.peak_rss / MIB:.0f} MB (kernel {res.peak_kernel / MIB:.0f}, "
              f"polled {res.peak_polled / MIB:.0f}), {rows:,} rows, {out_bytes / MIB:.1f} MB", file=sys.stderr)
    if not args.keep_output and os.path.exists(out_path):
        os.unlink(out_path)
    return {"wall": res.wall, "peak": res.peak_rss, "rows": rows, "out_bytes": out_bytes, "problem": problem}


def targets(results, csv_bytes):
    """Lines checking the README's targets against this run, where it has what they need."""
    ok = {r["label"]: r for r in results if not r["problem"]}
    ours = next((r for r in results if r["kind"] == "ours" and not r["problem"]), None)
    lines = []

    def verdict(good):
        return "**met**" if good else "**not met**"

    if ours and "pandas" in ok:
        ratio = ok["pandas"]["wall"] / ours["wall"]
        lines.append(f"- {ours['label']} faster than pandas+pyarrow by 3x or more: pandas ÷ ours = {ratio:.2f} "
                     f"— {verdict(ratio >= 3)}")
    if ours and "duckdb" in ok:
        ratio = ours["wall"] / ok["duckdb"]["wall"]
        lines.append(f"- {ours['label']} wall within 1.5x of DuckDB: ours ÷ DuckDB = {ratio:.2f} "
                     f"— {verdict(ratio <= 1.5)}")
    for r in results:
        if r["kind"] == "ours" and not r["problem"]:
            mb = r["peak"] / MIB
            if csv_bytes >= 2 * (1 << 30) * 0.99:
                lines.append(f"- {r['label']} peak memory under 400 MB on a 2 GB input: {mb:.0f} MB "
                             f"— {verdict(mb < 400)}")
            else:
                lines.append(f"- {r['label']} peak memory: {mb:.0f} MB (the 400 MB target is for a 2G input: "
                             "`bench/convert --size 2G --only ours --xmx 256m`)")
    return ["Targets (bench/README.md):", ""] + lines + [""] if lines else []


def main():
    ap = argparse.ArgumentParser(prog="bench/convert",
                                 description="Wall time and peak memory of CSV -> Parquet: ours vs DuckDB, pyarrow, "
                                             "pandas, on one generated CSV.")
    ap.add_argument("--size", default="1G", help="generated CSV size: 100M, 1G, 2G, ... (default 1G)")
    ap.add_argument("--seed", type=int, default=42, help="generator seed (default 42)")
    ap.add_argument("--only", default=",".join(TOOLS),
                    help="comma-separated subset of " + ",".join(TOOLS) + " (default: all, in that order)")
    ap.add_argument("--xmx", default="none",
                    help="heap limit for ours, e.g. 256m; comma-separate for several runs of ours "
                         "(none = the JVM's default; default: none)")
    ap.add_argument("--threads", type=int, default=2, help="DuckDB threads (default 2)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per tool, round-robin; reports the median wall and the largest peak (default 1)")
    ap.add_argument("--keep-output", action="store_true",
                    help="keep the Parquet files in bench/out/run/ (default: deleted after checking)")
    args = ap.parse_args()

    try:
        gen_csv.parse_size(args.size)
    except Exception as e:  # argparse.ArgumentTypeError
        ap.error(str(e))
    only = [t.strip() for t in args.only.split(",") if t.strip()]
    unknown = [t for t in only if t not in TOOLS]
    if unknown or not only:
        ap.error(f"--only: unknown tool(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(TOOLS)}")
    xmx_values = parse_xmx(args.xmx)
    use_gnu_time = measure.gnu_time_available()
    if not use_gnu_time:
        print("GNU time not available: peak RSS comes from psutil polling only", file=sys.stderr)

    csv_path, meta = gen_csv.cached_csv(args.size, args.seed)
    csv_rows, csv_bytes = meta["rows"], meta["bytes"]
    print(f"input: {csv_path} ({csv_bytes / MIB:.0f} MB, {csv_rows:,} rows)", file=sys.stderr)

    if "ours" in only:
        ensure_ours_built()

    run_dir = os.path.join(BENCH, "out", "run")
    os.makedirs(run_dir, exist_ok=True)
    runs = plan(only, xmx_values)
    samples = {label: [] for label, _, _ in runs}
    for rep in range(args.repeat):
        for label, kind, xmx in runs:
            samples[label].append(run_one(label, kind, xmx, csv_path, csv_rows, run_dir, args, use_gnu_time,
                                          f" ({rep + 1}/{args.repeat})" if args.repeat > 1 else ""))

    results = []
    for label, kind, _ in runs:
        got = samples[label]
        failed = [g for g in got if g["problem"]]
        if failed:
            results.append({"label": label, "kind": kind, "problem": failed[0]["problem"],
                            "out_bytes": failed[0]["out_bytes"]})
        else:
            results.append({"label": label, "kind": kind, "problem": None,
                            "wall": statistics.median(g["wall"] for g in got),
                            "peak": max(g["peak"] for g in got),
                            "rows": got[0]["rows"], "out_bytes": got[0]["out_bytes"]})

    base = next((r for r in results if r["kind"] == "ours" and not r["problem"]), None)
    rows_md = []
    for r in results:
        if r["problem"]:
            out_mb = r["out_bytes"] / MIB if r["out_bytes"] else None
            rows_md.append([r["label"], "—", "—", f"FAILED: {r['problem']}", fmt(out_mb, ".1f"), "—", "—"])
            continue
        wall_ratio = r["wall"] / base["wall"] if base else None
        mem_ratio = r["peak"] / base["peak"] if base else None
        rows_md.append([r["label"], f"{r['wall']:.2f}", f"{r['peak'] / MIB:.0f}", f"{r['rows']:,}",
                        f"{r['out_bytes'] / MIB:.1f}", fmt(wall_ratio, ".2f"), fmt(mem_ratio, ".2f")])

    cpus, model, mem = machine()
    versions = peer_versions()
    ours_opts = []
    if "ours" in only:
        extra = " ".join(o for o in os.environ.get("BPS_JAVA_OPTS", "").split() if not o.startswith("-Xmx"))
        ours_opts.append(f"ours: `./blueprint-studio convert IN OUT --report json`, {java_version()}, JVM flags "
                         "as the launcher sets them (heap: the launcher's default unless the row says -Xmx, which "
                         "goes in through BPS_JAVA_OPTS)" + (f", BPS_JAVA_OPTS={extra}" if extra else ""))
    how_peak = ("the larger of GNU time's (the kernel's high-water mark) and psutil polling of the process tree"
                if use_gnu_time else "psutil polling of the process tree every 20 ms")
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    repeat_note = (f"; wall is the median of {args.repeat} runs, peak RSS the largest" if args.repeat > 1 else
                   "; one run each")
    doc = [f"# CSV → Parquet, {args.size} input", "",
           f"- machine: {cpus} CPUs (nproc), {model}, {mem} RAM, {platform.system()} {platform.release()}",
           f"- input: `{os.path.relpath(csv_path, ROOT)}`, {csv_bytes:,} bytes ({csv_bytes / MIB:.0f} MB), "
           f"{csv_rows:,} rows, 12 columns, seed {args.seed}",
           f"- peers: DuckDB {versions['duckdb']} (threads={args.threads}), pyarrow {versions['pyarrow']}, "
           f"pandas {versions['pandas']}; Python {platform.python_version()}",
           *(f"- {o}" for o in ours_opts),
           f"- peak RSS: {how_peak}; page cache warmed with the CSV before each run; every tool fsyncs its output"
           f"{repeat_note}",
           f"- ratios are tool ÷ ours (above 1: slower / more memory than ours); MB = 2^20 bytes; {when}",
           "", table(rows_md), ""]
    doc += targets(results, csv_bytes)
    text = "\n".join(doc)
    print(text)
    md_path = os.path.join(BENCH, "out", f"convert-{gen_csv.size_label(args.size)}.md")
    with open(md_path, "w") as f:
        f.write(text)
    print(f"written to {os.path.relpath(md_path, ROOT)}", file=sys.stderr)
    return 1 if any(r["problem"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
