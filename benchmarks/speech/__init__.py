"""The parts of `engines.py`: speech corpus, STT, TTS, per-language scoring and report."""
