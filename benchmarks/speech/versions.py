"""What a speech-engine run was measured on: the machine (CPUs, platform, Python) and the
versions of the engines and their runtimes (faster-whisper, CTranslate2, ONNX Runtime,
Piper, espeak-ng)."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import shutil
import subprocess
from typing import Any

from benchmarks.lib.machine import cpu_model


def machine() -> dict[str, Any]:
    versions: dict[str, str | None] = {}
    for package in ("faster-whisper", "ctranslate2", "onnxruntime", "piper-tts", "numpy"):
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = None
    espeak = shutil.which("espeak-ng")
    if espeak:
        done = subprocess.run(
            [espeak, "--version"], capture_output=True, text=True, timeout=5, check=False
        )
        versions["espeak-ng"] = done.stdout.split(":")[1].split()[0] if ":" in done.stdout else None
    return {
        "nproc": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu": cpu_model() or "unknown",
        "platform": platform.platform(),
        "python": platform.python_version(),
        "versions": versions,
    }
