"""What the benchmarks share: statistics, the machine and its load, a spawned server, output."""
