"""The parts of `api_load.py`: its HTTP client, set-up, traffic, CPU accounting and report."""
