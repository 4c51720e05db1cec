"""Latency and load benchmarks. Each one prints a table and writes JSON (and a PNG when
matplotlib is importable) under `benchmarks/results/`, which git ignores."""
