"""The parts of `turn_latency.py`: options, clips, clients, a conversation, analysis,
report and the JSON document."""
