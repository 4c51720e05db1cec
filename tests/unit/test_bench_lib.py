"""The benchmarks' shared library: statistics, output, the machine and a spawned server."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.lib.machine import (
    CpuMeter,
    Proc,
    load_average,
    process_cpu,
    processes,
    tree,
    tree_cpu,
)
from benchmarks.lib.output import cell, fail, finite, write_json
from benchmarks.lib.server import SpawnedServer, free_port
from benchmarks.lib.stats import median, percentile, rounded, spread_ms

# ---------------------------------------------------------------------------- stats


def test_percentile_is_nearest_rank() -> None:
    values = list(range(1, 101))  # 1..100
    assert percentile(values, 50) == 50
    assert percentile(values, 95) == 95
    assert percentile(values, 99.9) == 100
    assert percentile(values, 0) == 1
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0  # unsorted input is sorted first
    assert percentile([7.0], 99) == 7.0


def test_percentile_of_nothing_is_none_and_infinity_is_the_slowest() -> None:
    assert percentile([], 50) is None
    assert percentile(iter([]), 95) is None
    assert percentile([1.0, math.inf, 2.0], 95) == math.inf
    assert percentile([1.0, math.inf, 2.0], 50) == 2.0


def test_median_and_rounded() -> None:
    assert median([]) is None
    assert median([4.0, 1.0, 3.0, 2.0]) == 2.5
    assert median(x for x in (5.0,)) == 5.0
    assert rounded(None, 1) is None
    assert rounded(math.inf, 1) == math.inf
    assert rounded(1.23456, 4) == 1.2346
    assert rounded(1.25, 0) == 1.0


def test_spread_ms_turns_seconds_into_milliseconds() -> None:
    spread = spread_ms([0.001, 0.002, 0.003, 0.004], (50, 99.9), 3)
    assert spread == {"mean": 2.5, "p50": 2.0, "p99.9": 4.0, "max": 4.0}
    assert spread_ms([], (50, 95), 2) == {"mean": None, "p50": None, "p95": None, "max": None}


# ---------------------------------------------------------------------------- output


def test_cell_right_aligns_and_names_what_is_missing() -> None:
    assert cell(None) == "     -"
    assert cell(math.nan, 4) == "   -"
    assert cell(math.inf, 5) == "  inf"
    assert cell(12.6) == "    13"
    assert cell(0.1234, 7, 3) == "  0.123"
    assert cell(0.25, 5, 0, 1000) == "  250"


def test_json_is_strict_with_timeouts_as_null(tmp_path: Path) -> None:
    document = {"p95": math.inf, "rows": [1.5, (math.inf, "हाँ")], "ok": True}
    assert finite(document) == {"p95": None, "rows": [1.5, [None, "हाँ"]], "ok": True}
    path = tmp_path / "deep" / "out.json"
    write_json(document, path)
    text = path.read_text(encoding="utf-8")
    assert "हाँ" in text  # Indic scripts as they are
    assert json.loads(text) == {"p95": None, "rows": [1.5, [None, "हाँ"]], "ok": True}


def test_fail_says_why_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        fail("no database")
    assert stopped.value.code == 2
    assert capsys.readouterr().err.rstrip().endswith(": no database")


# ---------------------------------------------------------------------------- machine


def test_process_trees_and_their_cpu() -> None:
    procs = [Proc(1, 0, "init", 1.0), Proc(2, 1, "a", 2.0), Proc(3, 2, "b", 3.0)]
    procs.append(Proc(4, 1, "c", 4.0))
    assert tree(procs, [2]) == {2, 3}
    assert tree(procs, [1]) == {1, 2, 3, 4}
    assert tree(procs, []) == set()
    assert tree_cpu(procs, [2]) == 5.0
    assert tree_cpu(procs, [99]) == 0.0


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
def test_this_process_is_seen() -> None:
    assert os.getpid() in {p.pid for p in processes()}
    assert (process_cpu(os.getpid()) or 0.0) >= 0.0
    assert process_cpu(None) is None
    averages = load_average()
    assert averages is not None
    assert len(averages) == 3


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
def test_cpu_meter_counts_this_client() -> None:
    meter = CpuMeter()
    deadline = time.process_time() + 0.05
    while time.process_time() < deadline:  # bounded: 50 ms of CPU
        pass
    cores = meter.cores()
    assert cores["server"] is None
    assert cores["client"] is not None
    assert cores["client"] > 0
    assert cores["other"] is not None
    assert cores["other"] >= 0


# ---------------------------------------------------------------------------- server


def test_free_port_can_be_bound() -> None:
    import socket

    port = free_port()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))


def test_a_server_that_exits_while_starting_is_reported(tmp_path: Path) -> None:
    port = free_port()
    server = SpawnedServer(
        ["no-such-command"], {}, tmp_path / "server.log", f"http://127.0.0.1:{port}"
    )
    with pytest.raises(SystemExit) as stopped:
        server.start(timeout=30)
    assert stopped.value.code == 2
    assert (tmp_path / "server.log").read_text()  # the CLI said why
    server.stop()  # stopping a process that is gone is fine


def test_stop_ends_a_running_child(tmp_path: Path) -> None:
    port = free_port()
    server = SpawnedServer([], {}, tmp_path / "server.log", f"http://127.0.0.1:{port}")
    server.proc = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"], start_new_session=True
    )
    child = server.proc
    server.stop()
    assert child.poll() is not None
    assert server.pid is None


def test_a_first_phrase_heard_as_digits_is_not_lost() -> None:
    """`turn_latency`'s `lost`: a first phrase that is a price ("Thirty six,") heard in
    digits ("36,") was heard; one missing from the words was not."""
    from benchmarks.turn_data import Line
    from benchmarks.turns.analysis import first_phrase_lost

    line = Line("x", "vendor", ("Sixty two,", 0.35, "that is all."), ("bid", 6200))
    assert not first_phrase_lost(line, ["62, that is all."])
    assert first_phrase_lost(line, ["that is all."])
    assert first_phrase_lost(line, ["52, that is all."])
    other = Line("y", "vendor", ("Listen,", 0.35, "that is all."), ("other", None))
    assert not first_phrase_lost(other, ["Listen, that is all."])
    assert first_phrase_lost(other, ["that is all."])


# ------------------------------------------------------------- turn_latency: answers


def test_a_speaker_asked_back_says_yes_or_no_and_the_price_they_said() -> None:
    """`turn_latency`'s speakers answer "did you say ₹X?" as a person would: yes when X is
    the line's price, else no and the price in words (ICU's spell-out, the same words
    num2words writes in English); a plain no when the line named no price. The product
    understands each answer as that (a yes, a refusal, or the line's price)."""
    from num2words import num2words

    from audio.understanding import understand
    from benchmarks.turn_data import Line, answer_for, answers_for, spoken_rupees

    offer = Line("x1", "vendor", ("Fifty three for the big ones.",), ("bid", 5300))
    remark = Line("x2", "customer", ("The onions look good.",), ("other", None))
    hindi = Line("x3", "vendor", ("इकतालीस रुपये किलो।",), ("bid", 4100), "hi")
    assert answer_for(offer, 5300) == "Yes."
    assert answer_for(offer, 300) == "No, fifty-three."
    assert answer_for(offer, None) == "No, fifty-three."
    assert answer_for(remark, 1500) == "No."
    assert answer_for(hindi, 4100) == "हाँ।"
    assert answer_for(hindi, 4000) == "नहीं, इकतालीस।"
    for rupees in (19, 30, 47, 99):
        assert spoken_rupees(rupees * 100, "en") == num2words(rupees)
    with pytest.raises(ValueError):
        spoken_rupees(4150, "en")
    said = answers_for([offer, remark, hindi])
    assert said == [
        ("en", "No, fifty-three."),
        ("en", "Yes."),
        ("en", "No."),
        ("hi", "नहीं, इकतालीस।"),
        ("hi", "हाँ।"),
    ]
    for language, words in said:
        u = understand(words, language=language, has_outstanding_offer=True)
        if words.startswith(("No,", "नहीं,")):
            assert u.amount_paise in (5300, 4100), words
        else:
            assert u.amount_paise is None and u.intent.value in ("accept", "reject"), words


def test_a_turn_comes_out_relayed_directly_asked_back_or_lost() -> None:
    from benchmarks.turns.analysis import outcome

    assert outcome(1.0, 1.6, None) == ("direct", 1.6)
    assert outcome(1.0, 1.6, 2.0) == ("direct", 1.6)  # a later piece asked about
    assert outcome(1.0, 5.0, 1.8) == ("asked", 1.8)
    assert outcome(1.0, None, 1.8) == ("lost", None)
    assert outcome(1.0, None, None) == ("lost", None)


def test_turn_rows_time_a_question_the_answer_and_the_relay_after_it() -> None:
    """A vendor's line asked back ("did you say ₹1?") and answered "No, fifty-three." is
    one turn, not a line cut in two: its latency is the question's, the relay is timed
    from the line's end and from the answer's; a line relayed at once is direct; a line
    with no relay at all is lost and counts as a timeout."""
    from benchmarks.turn_data import Line
    from benchmarks.turns.analysis import summarize, turn_rows
    from benchmarks.turns.clients import Reply, Said
    from benchmarks.turns.conversation import Answered, Pair, Turn

    pair = Pair(0, 1, "c", "v")
    shopper = Line("x1", "customer", ("Would you take forty?",), ("bid", 4000))
    vendor = Line("x2", "vendor", ("Fifty three for the big ones.",), ("bid", 5300))
    remark = Line("x3", "vendor", ("The onions look good.",), ("other", None))
    direct = Turn(0, 0, "customer", shopper, Said(0.0, 2.0))
    asked = Turn(0, 1, "vendor", vendor, Said(10.0, 12.0))
    asked.answers.append(Answered("A", 100, "No, fifty-three.", Said(15.0, 16.0)))
    lost = Turn(0, 2, "vendor", remark, Said(30.0, 32.0))
    pair.turns = [direct, asked, lost]

    def final(side: str, uid: str, text: str) -> dict[str, object]:
        return {"type": "transcript", "side": side, "utterance_id": uid, "text": text}

    pair.browser.events = [
        (0.1, {"type": "speech_started", "side": "customer"}),
        (2.6, final("customer", "C", "Would you take 40?")),
        (10.1, {"type": "speech_started", "side": "vendor"}),
        (15.1, {"type": "speech_started", "side": "vendor"}),  # the answer
        (16.6, final("vendor", "B", "No, 53.")),
        (16.62, {"type": "offer", "utterance_id": "B", "amount_paise": 5300}),
        (30.1, {"type": "speech_started", "side": "vendor"}),
    ]
    pair.watcher.events = [
        (12.7, final("vendor", "A", "53 and 1 for the big ones")),
        (12.75, {"type": "confirm_price", "utterance_id": "A", "amount_paise": 100}),
        (16.6, final("vendor", "B", "No, 53.")),
        (32.7, final("vendor", "D", "The onions look good.")),
    ]
    pair.phone.segments = [
        Reply("C", 2.65, 1.0, ended=3.65),
        Reply("A-confirm", 12.9, 1.5, ended=14.4),
    ]
    pair.browser.replies = {"B": Reply("B", 16.7, 1.0, ended=17.7)}
    pair.browser.order = ["B"]
    rows = {r["line"]: r for r in turn_rows(pair, reply_timeout=10.0)}
    assert rows["x1"]["outcome"] == "direct"
    assert rows["x1"]["latency_ms"] == pytest.approx(650, abs=1)
    row = rows["x2"]
    assert row["outcome"] == "asked" and not row["premature"] and not row["timeout"]
    assert row["latency_ms"] == pytest.approx(900, abs=1)
    assert row["question_ms"] == pytest.approx(900, abs=1)
    assert row["relay_ms"] == pytest.approx(4700, abs=1)
    assert row["relay_after_answer_ms"] == pytest.approx(700, abs=1)
    assert row["heard"] == ["53 and 1 for the big ones"]
    assert row["answers"][0]["heard"] == ["No, 53."]
    assert row["bid_paise"] == 5300
    assert rows["x3"]["outcome"] == "lost" and rows["x3"]["timeout"]
    summary = summarize(1, list(rows.values()), {})
    ways = summary["outcomes"]
    assert ways["direct"]["turns"] == 1 and ways["asked"]["turns"] == 1
    assert ways["asked"]["question"]["p50_ms"] == pytest.approx(900, abs=1)
    assert ways["lost"] == {"turns": 1, "asked": 0, "lines": ["x3"]}
    assert summary["latency_ms"]["p50"] == pytest.approx(900, abs=1)
    assert math.isinf(summary["latency_ms"]["p95"])


def test_the_breakdown_splits_a_turn_after_its_end_of_speech(tmp_path: Path) -> None:
    """`benchmarks.turns.breakdown`: each turn relayed directly is split into the silence
    waited, the server's stages, the hops between them and the delivery; the server log's
    `utterance ended` line says whether the pause's decode stood. Asked, lost, premature
    and timed-out turns are left out."""
    from benchmarks.turns.breakdown import breakdown, guess_fates, markdown

    def row(line: str, speaker: str, offer: bool, **more: object) -> dict[str, object]:
        return {
            "line": line,
            "speaker": speaker,
            "offer_line": offer,
            "outcome": "direct",
            "premature": False,
            "timeout": False,
            "utterance_ids": [f"u-{line}"],
            "latency_ms": 700.0,
            "server_total_ms": 660.0,
            "vad_silence_ms": 584.0,
            "end_of_turn": "silence",
            "stages_ms": {"stt": 2.0, "understand": 5.0, "domain": 0.0, "translate": 0.0}
            | {"tts_first_audio": 60.0},
            **more,
        }

    rows = [
        row("a", "customer", False),
        row("b", "customer", False, outcome="asked"),
        row("c", "customer", False, timeout=True, latency_ms=None),
        row("d", "vendor", True, end_of_turn="complete", vad_silence_ms=480.0),
    ]
    log = tmp_path / "run_server.log"
    log.write_text(
        json.dumps({"msg": "utterance ended", "utterance_id": "u-a", "guess": "reused"})
        + "\nnot json\n"
    )
    fates = guess_fates(log)
    assert fates == {"u-a": "reused"}
    assert guess_fates(tmp_path / "missing.log") == {}
    table = breakdown([({"steps": [{"n": 1, "rows": rows}, {"n": 2, "rows": rows}]}, fates)])
    other = next(k for k in table if k["kind"] == "shopper (browser), other lines")
    assert other["turns"] == 1 and other["pause_decode"] == {"reused": 1}
    split = other["median_ms"]
    assert split["silence"] == 584.0 and split["tts1"] == 60.0
    assert split["hops"] == pytest.approx(660 - 584 - 2 - 5 - 60)
    assert split["deliv"] == pytest.approx(40.0)
    offers = next(k for k in table if k["kind"] == "vendor (phone), offers")
    assert offers["ended"] == {"complete": 1} and offers["pause_decode"] == {"?": 1}
    assert other["reply_ready"] == 0
    assert "| shopper (browser), other lines | 1 | 1 silence | 1 reused | 0 |" in markdown(table)


def test_a_benchmarked_server_has_every_request_limit_out_of_the_way() -> None:
    """Each `VYAPAR_RATE_LIMIT_*` window the server has is generous for the servers the
    benchmarks start (a window added later, left at its default, stopped the payments
    benchmark's set-up at its 30th deal, waiting out a ten-minute 429)."""
    from benchmarks.lib.server import GENEROUS_LIMIT, bench_env
    from server.settings import Settings

    windows = {
        f"VYAPAR_{name.upper()}"
        for name, field in Settings.model_fields.items()
        if name.startswith("rate_limit_") and field.annotation in (str, "str")
    }
    assert windows, "no rate-limit windows found in the settings"
    env = bench_env("sqlite+aiosqlite:///unused.db")
    assert {w: env.get(w) for w in windows} == dict.fromkeys(windows, GENEROUS_LIMIT)


def test_the_setups_spread_a_shoppers_deals_over_the_stalls() -> None:
    """One shopper may hold only a few open deals at one stall; `api_load`'s pairs put a
    shopper's deals at different stalls in turn, whatever the counts."""
    from benchmarks.load.setup import stall_of

    for customers, vendors, pairs in ((100, 10, 600), (200, 10, 600), (7, 3, 21), (100, 1, 300)):
        per: dict[tuple[int, int], int] = {}
        for p in range(pairs):
            key = (p % customers, stall_of(p, customers=customers, vendors=vendors))
            per[key] = per.get(key, 0) + 1
        most = -(-pairs // (customers * vendors))  # what spreading evenly leaves at most
        assert max(per.values()) == most, (customers, vendors, pairs)
