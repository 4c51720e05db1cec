"""The parts of `turn_latency.py`: clips, clients, a conversation, analysis and report."""
