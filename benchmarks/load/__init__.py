"""The parts of `api_load.py`: its command line, HTTP client, set-up, traffic, CPU accounting
and report."""
