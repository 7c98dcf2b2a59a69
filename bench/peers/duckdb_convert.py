#!/usr/bin/env python3
"""Benchmark peer: DuckDB converts IN.csv to OUT.parquet (snappy) with 2 threads.

    duckdb_convert.py IN.csv OUT.parquet [--threads 2]

Runs COPY (SELECT * FROM read_csv('IN')) TO 'OUT' (FORMAT parquet, COMPRESSION snappy) in an in-memory database,
then fsyncs OUT (our converter syncs its output before committing it, so every peer does the same), and prints
{"rows": N} on stdout.
"""
import argparse
import json
import os

import duckdb


def sql_string(text):
    return "'" + text.replace("'", "''") + "'"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("parquet")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    con = duckdb.connect(":memory:")
    con.execute(f"SET threads = {int(args.threads)}")
    result = con.execute(f"COPY (SELECT * FROM read_csv({sql_string(args.csv)})) TO {sql_string(args.parquet)} "
                         f"(FORMAT parquet, COMPRESSION snappy)").fetchone()
    con.close()
    fd = os.open(args.parquet, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    print(json.dumps({"rows": result[0] if result else None}))


if __name__ == "__main__":
    main()
