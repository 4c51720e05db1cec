"""Everything that touches sound: frames, codecs, VAD, engines. Never imports `server`."""
