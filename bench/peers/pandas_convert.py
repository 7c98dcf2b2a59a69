#!/usr/bin/env python3
"""Benchmark peer: pandas reads all of IN.csv, then writes OUT.parquet with pyarrow (snappy).

    pandas_convert.py IN.csv OUT.parquet

This is what the seed's Python Lambda did: pandas.read_csv (the whole file in memory, pandas' default dtypes),
then DataFrame.to_parquet(engine='pyarrow', compression='snappy'). OUT is fsynced at the end (our converter syncs
its output, so every peer does), and {"rows": N} is printed on stdout.
"""
import argparse
import json
import os

import pandas as pd


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("parquet")
    args = ap.parse_args()
    df = pd.read_csv(args.csv)
    df.to_parquet(args.parquet, engine="pyarrow", compression="snappy")
    fd = os.open(args.parquet, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    print(json.dumps({"rows": len(df)}))


if __name__ == "__main__":
    main()
