#!/usr/bin/env python3
"""Writes a deterministic "orders" CSV of about a requested size, for the benchmarks.

    gen_csv.py [--size 1G] [--seed 42] [--out PATH] [--force]

Sizes are binary: 1M = 2**20 bytes, 1G = 2**30. The file never exceeds the size and stops at a whole line, so it is
at most one line (~200 bytes) short of it. 12 columns plus a header:

    id            int64, 1, 2, 3, ...
    customer_id   int, 1 .. 2,000,000
    amount        decimal with exactly 2 places (about 2% negative: refunds)
    price         double (up to 6 decimals, so the number of decimals varies)
    quantity      small int, 1 .. 20
    is_active     true / false
    order_date    yyyy-mm-dd
    created_at    ISO-8601 timestamp with milliseconds and a Z offset, 2023-01-01T08:15:30.123Z
    updated_at    ISO-8601 timestamp without offset, 2023-01-03T10:00:07; about 15% empty (null)
    country       two-letter code from a small set
    email         name.<customer_id>@domain
    comment       free text; about 10% empty, about 30% quoted because they hold a comma, a few with "" inside

Rows are generated in fixed chunks of CHUNK_ROWS, each from its own generator seeded with (seed, chunk number), so
a file is the same whatever machine writes it, and a smaller file is a prefix of a larger one with the same seed.
Strings are built column-wise with Arrow compute kernels and written as one buffer per chunk, which is what makes
1 GB take seconds rather than minutes.

Without --out the file is cached as bench/out/data/orders-<size>-seed<seed>.csv, with a .json beside it holding
the row count; a later call with the same size and seed (and generator version) reuses it. The path is printed on
the last line of stdout.
"""
import argparse
import json
import os
import re
import sys
import time

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# Bump when the output changes, so cached files are regenerated.
GEN_VERSION = 1
CHUNK_ROWS = 1 << 18

HEADER = ("id,customer_id,amount,price,quantity,is_active,order_date,created_at,updated_at,country,email,"
          "comment\n")

COUNTRIES = ["US", "DE", "GB", "FR", "JP", "BR", "IN", "CA", "AU", "ES", "IT", "NL", "SE", "MX", "PL", "KR"]
COUNTRY_WEIGHTS = np.array([30, 12, 10, 8, 7, 6, 6, 5, 4, 3, 3, 2, 1.5, 1.2, 0.8, 0.5])
COUNTRY_WEIGHTS = COUNTRY_WEIGHTS / COUNTRY_WEIGHTS.sum()
NAMES = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "niaj",
         "olivia", "peggy", "rupert", "sybil", "trent", "uma", "victor", "wendy", "xavier", "yara", "zoe", "li.wei",
         "maria", "jose", "anna", "mohamed", "fatima", "hiroshi", "sofia", "lukas"]
DOMAINS = ["example.com", "mail.example.org", "shop.example.net", "corp.example", "example.co.uk", "post.example.de",
           "inbox.example.fr", "webmail.example.jp"]
WORDS = ["delivered", "late", "on time", "damaged box", "gift wrap", "express", "returned", "refund requested",
         "customer called", "left at door", "signature required", "second attempt", "warehouse B", "priority",
         "fragile", "backordered", "split shipment", "address corrected", "paid by card", "invoice sent",
         "coupon applied", "loyalty member", "first order", "bulk discount", "weekend delivery", "no notes",
         "needs follow-up", "escalated", "resolved", "partial refund", "size exchange", "color mismatch"]

EPOCH_2023_MS = 1672531200000  # 2023-01-01T00:00:00Z
EPOCH_2023_DAYS = 19358        # 2023-01-01 as days since 1970-01-01
SPAN_DAYS = 3 * 365


def parse_size(text):
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgGtT]?)[bB]?\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (examples: 100M, 1G, 2G)")
    factor = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}[m.group(2).lower()]
    return int(float(m.group(1)) * factor)


def size_label(text):
    return re.sub(r"[^0-9A-Za-z.]", "", text).upper().rstrip("B") or "0"


def _str(values):
    return pc.cast(pa.array(values), pa.string())


def _join(parts, sep=""):
    return pc.binary_join_element_wise(*parts, sep)


def chunk_lines(seed, chunk_no, first_id, n):
    """One chunk of n CSV lines as a pyarrow StringArray (each element ends with a newline)."""
    rng = np.random.default_rng([seed, chunk_no])
    ids = _str(np.arange(first_id, first_id + n, dtype=np.int64))

    customer = rng.integers(1, 2_000_001, n)
    customer_s = _str(customer)

    cents = np.minimum(np.rint(rng.lognormal(8.0, 1.1, n)).astype(np.int64), 99_999_999) + 1
    negative = rng.random(n) < 0.02
    amount = _join([_str(cents // 100), pc.utf8_lpad(_str(cents % 100), 2, "0")], ".")
    amount = pc.if_else(pa.array(negative), _join([pa.scalar("-"), amount]), amount)

    price = _str(np.round(rng.lognormal(3.0, 1.0, n), 6))
    quantity = _str(rng.integers(1, 21, n))
    active = pc.if_else(pa.array(rng.random(n) < 0.8), pa.scalar("true"), pa.scalar("false"))

    order_days = rng.integers(0, SPAN_DAYS, n) + EPOCH_2023_DAYS
    order_date = pc.cast(pa.array(order_days.astype(np.int32), pa.date32()), pa.string())

    created_ms = order_days.astype(np.int64) * 86_400_000 + rng.integers(0, 86_400_000, n)
    created = pc.strftime(pa.array(created_ms, pa.timestamp("ms")), format="%Y-%m-%dT%H:%M:%S")
    created = _join([created, pa.scalar("Z")])

    updated_s = created_ms // 1000 + rng.integers(0, 30 * 86_400, n)
    updated = pc.strftime(pa.array(updated_s, pa.timestamp("s")), format="%Y-%m-%dT%H:%M:%S")
    updated = pc.if_else(pa.array(rng.random(n) < 0.15), pa.scalar(""), updated)

    country = pa.array(COUNTRIES).take(pa.array(rng.choice(len(COUNTRIES), n, p=COUNTRY_WEIGHTS)))

    names = pa.array(NAMES).take(pa.array(rng.integers(0, len(NAMES), n)))
    domains = pa.array(DOMAINS).take(pa.array(rng.integers(0, len(DOMAINS), n)))
    email = _join([names, pa.scalar("."), customer_s, pa.scalar("@"), domains])

    words = pa.array(WORDS)
    w1 = words.take(pa.array(rng.integers(0, len(WORDS), n)))
    w2 = words.take(pa.array(rng.integers(0, len(WORDS), n)))
    w3 = words.take(pa.array(rng.integers(0, len(WORDS), n)))
    ref = _str(rng.integers(100_000, 1_000_000, n))
    plain = _join([w1, pa.scalar(" "), w2, pa.scalar(" ref "), ref])
    with_comma = _join([pa.scalar('"'), w1, pa.scalar(", "), w2, pa.scalar(", "), w3, pa.scalar(" ref "), ref,
                        pa.scalar('"')])
    with_quotes = _join([pa.scalar('"customer said ""'), w1, pa.scalar('"", then '), w2, pa.scalar(", ref "), ref,
                         pa.scalar('"')])
    kind = rng.random(n)
    comment = pc.if_else(pa.array(kind < 0.10), pa.scalar(""),
                         pc.if_else(pa.array(kind < 0.40), with_comma,
                                    pc.if_else(pa.array(kind < 0.43), with_quotes, plain)))

    line = _join([ids, customer_s, amount, price, quantity, active, order_date, created, updated, country, email,
                  comment], ",")
    return _join([line, pa.scalar("")], "\n")


def write_csv(path, target_bytes, seed, progress=True):
    """Writes the CSV to path; returns (rows, bytes)."""
    tmp = f"{path}.tmp-{os.getpid()}"
    written = 0
    rows = 0
    started = time.monotonic()
    try:
        with open(tmp, "wb", buffering=0) as f:
            header = HEADER.encode()
            if len(header) > target_bytes:
                raise SystemExit(f"size {target_bytes} is smaller than the header")
            f.write(header)
            written = len(header)
            chunk_no = 0
            while True:
                arr = chunk_lines(seed, chunk_no, rows + 1, CHUNK_ROWS)
                offsets_buf, data_buf = arr.buffers()[1], arr.buffers()[2]
                offsets = np.frombuffer(offsets_buf, dtype=np.int32)[arr.offset:arr.offset + len(arr) + 1]
                base = int(offsets[0])
                room = target_bytes - written
                if int(offsets[-1]) - base <= room:
                    take = len(arr)
                else:
                    take = int(np.searchsorted(offsets - base, room, side="right")) - 1
                end = int(offsets[take])
                f.write(memoryview(data_buf)[base:end])
                written += end - base
                rows += take
                chunk_no += 1
                if progress and sys.stderr.isatty():
                    print(f"\r  {written / (1 << 20):8.0f} MiB, {rows:,} rows", end="", file=sys.stderr)
                if take < len(arr):
                    break
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    if progress and sys.stderr.isatty():
        print(file=sys.stderr)
    if progress:
        print(f"generated {path}: {written:,} bytes, {rows:,} rows in {time.monotonic() - started:.1f} s",
              file=sys.stderr)
    return rows, written


def cached_csv(size_text, seed, out_dir=None, force=False, progress=True):
    """Path and metadata of the cached CSV for (size, seed), generating it when missing or stale."""
    out_dir = out_dir or os.path.join(os.path.dirname(os.path.abspath(__file__)), "out", "data")
    os.makedirs(out_dir, exist_ok=True)
    target = parse_size(size_text)
    path = os.path.join(out_dir, f"orders-{size_label(size_text)}-seed{seed}.csv")
    meta_path = path[:-4] + ".json"
    if not force and os.path.exists(path) and os.path.exists(meta_path):
        try:
            with open(meta_path) as f:
                meta = json.load(f)
            if (meta.get("version") == GEN_VERSION and meta.get("target_bytes") == target
                    and meta.get("bytes") == os.path.getsize(path)):
                return path, meta
        except (OSError, ValueError):
            pass
    rows, written = write_csv(path, target, seed, progress)
    meta = {"version": GEN_VERSION, "seed": seed, "target_bytes": target, "bytes": written, "rows": rows,
            "columns": HEADER.strip().split(",")}
    with open(meta_path, "w") as f:
        json.dump(meta, f, indent=1)
    return path, meta


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", default="1G", help="target size: 100M, 1G, 2G, ... (binary units; default 1G)")
    ap.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    ap.add_argument("--out", help="write here instead of the cache under bench/out/data (always regenerates)")
    ap.add_argument("--force", action="store_true", help="regenerate even when cached")
    args = ap.parse_args()
    parse_size(args.size)  # validate early
    if args.out:
        rows, written = write_csv(args.out, parse_size(args.size), args.seed)
        print(json.dumps({"rows": rows, "bytes": written}), file=sys.stderr)
        print(args.out)
    else:
        path, meta = cached_csv(args.size, args.seed, force=args.force)
        print(f"{meta['rows']:,} rows, {meta['bytes']:,} bytes", file=sys.stderr)
        print(path)


if __name__ == "__main__":
    try:
        main()
    except argparse.ArgumentTypeError as e:
        sys.exit(f"gen_csv.py: {e}")
