"""Engine providers: faster-whisper, Piper, espeak-ng, the phrasebook, Bhashini."""
