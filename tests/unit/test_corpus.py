"""The market-sentence corpus: what people say at a stall, understood in all ten languages.

Each line of `tests/corpus/understanding/<lang>.jsonl` was written from how shoppers and
vendors talk, before the tables were extended (see its README); `benchmarks/understanding.py`
prints the same figures as a table. Three bars: no wrong price in any language (a price
recorded at the recording confidence that is not the one said), no wrong accept (an
accept at the recording confidence on a line that accepts nothing), and at least 95 % of the
lines of each language understood whole (intent, amount, per unit or total, quantity,
unit, final).
"""

from __future__ import annotations

import json

import pytest

from benchmarks.understanding import CORPUS, LANGUAGES, describe, judge, load_corpus, score

CASES = load_corpus()
ACCURACY_BAR = 0.95


def test_the_corpus_has_sixty_lines_or_more_per_language() -> None:
    counts = {lang: sum(c.language == lang for c in CASES) for lang in LANGUAGES}
    assert all(n >= 60 for n in counts.values()), counts


def test_every_line_is_well_formed() -> None:
    fields = {"text", "speaker", "context", "intent", "amount_paise", "per_unit", "quantity"}
    fields |= {"unit", "note"}
    for language in LANGUAGES:
        lines = (CORPUS / f"{language}.jsonl").read_text(encoding="utf-8").splitlines()
        for number, raw in enumerate(lines, 1):
            row = json.loads(raw)
            assert fields <= set(row), (language, number)
            assert set(row) <= fields | {"final", "unsure", "reference_paise"}, (language, number)
            assert row.get("reference_paise") is None or row["context"] == "reply"
            assert row["context"] in ("opening", "reply"), (language, number)
            assert row["speaker"] in ("customer", "vendor"), (language, number)
            assert row["intent"] in ("offer", "counter", "accept", "reject", "question", "other")
            assert row["amount_paise"] is None or isinstance(row["amount_paise"], int)
            assert row["unit"] in (None, "kg", "g", "dozen", "piece", "litre", "bunch")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_wrong_price_no_wrong_accept_and_most_lines_understood(language: str) -> None:
    verdicts = [judge(c) for c in CASES if c.language == language]
    table = score(verdicts)[language]
    wrong = [describe(v) for v in verdicts if v.wrong_price]
    assert not wrong, "wrong prices:\n" + "\n".join(wrong)
    accepts = [describe(v) for v in verdicts if v.wrong_accept]
    assert not accepts, "wrong accepts:\n" + "\n".join(accepts)
    misses = [describe(v) for v in verdicts if not v.right]
    assert table.accuracy >= ACCURACY_BAR, (
        f"{table.right}/{table.lines} right ({table.accuracy:.1%}):\n" + "\n".join(misses)
    )
