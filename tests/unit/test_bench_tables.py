"""`benchmarks.tables`: the median and spread per language and for all, and its JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audio.languages import LANGUAGES
from benchmarks import tables


def test_the_summary_is_the_median_and_spread_of_fresh_runs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    runs = iter([{"import": 1.0, **{lang: 0.1 * k for lang in LANGUAGES}} for k in (3, 1, 2)])
    monkeypatch.setattr(tables, "one_run", lambda: next(runs))
    assert tables.main(["--repeats", "3", "--out", str(tmp_path)]) == 0
    document = json.loads((tmp_path / "tables.json").read_text(encoding="utf-8"))
    assert document["repeats"] == 3
    assert document["seconds"]["hi"] == {"median_s": 0.2, "min_s": 0.1, "max_s": 0.3}
    assert document["seconds"]["all"]["median_s"] == pytest.approx(0.2 * len(LANGUAGES))
    printed = capsys.readouterr().out
    assert "load average" in printed and "all" in printed


def test_one_run_reads_the_child_s_last_line(monkeypatch: pytest.MonkeyPatch) -> None:
    class Done:
        stdout = "a warning\n" + json.dumps({"import": 0.5, "hi": 0.25}) + "\n"

    monkeypatch.setattr(tables.subprocess, "run", lambda *a, **k: Done())
    assert tables.one_run() == {"import": 0.5, "hi": 0.25}
