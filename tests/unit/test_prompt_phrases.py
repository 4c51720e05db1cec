"""Whisper's prompts are generic: no two words in a row of any prompt (with a stall's
product names) are two words in a row of anything the tests or the benchmarks say or
read: the turn benchmark's lines, the engine benchmark's sentences, the test corpus and
every string in the tests. A prompt that holds a benchmark phrase makes the benchmark
measure the prompt (Whisper continues its prompt)."""

from __future__ import annotations

import ast
import io
import itertools
import json
import re
import tokenize
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from audio.providers.whisper_readings import DOMAIN_PROMPTS, build_prompt
from benchmarks.turn_data import ALL_LINES

ROOT = Path(__file__).resolve().parents[2]
_PUNCTUATION = re.compile(r"[\s,.:;!?।॥'\"()\[\]{}\-–—،۔؟…]+")
NAMES = {"hi": ("टमाटर",), "en": ("Tomato",), "ta": ("தக்காளி",)}
"""A stall's product name, after the frame (the names' own order is the stall's data)."""
SELF = {"test_prompt_phrases.py", "test_stt_prompts.py"}
"""Tests of the prompts themselves, which quote them."""


def pairs(text: str) -> set[tuple[str, str]]:
    words = [w for w in _PUNCTUATION.split(unicodedata.normalize("NFC", text).lower()) if w]
    return set(itertools.pairwise(words))


def strings(path: Path) -> Iterator[str]:
    """The string literals of a Python file (not its comments)."""
    for token in tokenize.generate_tokens(io.StringIO(path.read_text()).readline):
        if token.type == tokenize.STRING:
            try:
                value = ast.literal_eval(token.string)
            except (ValueError, SyntaxError):
                continue
            if isinstance(value, str):
                yield value


def said_anywhere() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for line in ALL_LINES:
        found |= pairs(line.text)
    for folder in ("tests", "benchmarks"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name not in SELF:
                for text in strings(path):
                    found |= pairs(text)
    for path in (ROOT / "tests" / "corpus").rglob("*.jsonl"):
        for row in path.read_text().splitlines():
            if row.strip():
                found |= pairs(str(json.loads(row).get("text", "")))
    return found


def test_no_prompt_shares_two_words_with_a_test_or_a_benchmark() -> None:
    said = said_anywhere()
    assert ("rupees", "a") in said and ("रुपये", "किलो") in said  # the scan sees the lines
    for language in DOMAIN_PROMPTS:
        prompt = build_prompt(language, NAMES.get(language, ()))
        assert not pairs(prompt or "") & said, (language, prompt, pairs(prompt or "") & said)
