#!/usr/bin/env python3
"""Benchmark peer: pyarrow streams IN.csv into OUT.parquet (snappy).

    pyarrow_convert.py IN.csv OUT.parquet [--block-size 8M] [--row-group-rows 1048576]

pyarrow.csv.open_csv reads record batches (types inferred from the first block); batches are gathered until a row
group's worth of rows and written with pyarrow.parquet.ParquetWriter, so memory stays near one row group. Writing
each small batch as it comes would make thousands of tiny row groups, which no one would ship. OUT is fsynced at
the end (our converter syncs its output, so every peer does), and {"rows": N} is printed on stdout.
"""
import argparse
import json
import os

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq


def size(text):
    text = text.strip().upper()
    factor = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(text[-1:], 1)
    return int(float(text.rstrip("KMG")) * factor)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("parquet")
    ap.add_argument("--block-size", type=size, default=size("8M"), help="CSV read block (default 8M)")
    ap.add_argument("--row-group-rows", type=int, default=1 << 20,
                    help="rows per Parquet row group (default 1048576, pyarrow's own maximum)")
    args = ap.parse_args()

    reader = pacsv.open_csv(args.csv, read_options=pacsv.ReadOptions(block_size=args.block_size))
    rows = 0
    pending, pending_rows = [], 0
    with pq.ParquetWriter(args.parquet, reader.schema, compression="snappy") as writer:
        for batch in reader:
            pending.append(batch)
            pending_rows += batch.num_rows
            if pending_rows >= args.row_group_rows:
                writer.write_table(pa.Table.from_batches(pending, reader.schema), row_group_size=args.row_group_rows)
                rows += pending_rows
                pending, pending_rows = [], 0
        if pending:
            writer.write_table(pa.Table.from_batches(pending, reader.schema), row_group_size=args.row_group_rows)
            rows += pending_rows
    fd = os.open(args.parquet, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    print(json.dumps({"rows": rows}))


if __name__ == "__main__":
    main()
