"""What the turns add up to: per-turn rows (latency, premature cuts, stages), the
summary per N and the verdicts against the bar."""

from __future__ import annotations

import difflib
import math
import re
import statistics
from collections.abc import Sequence
from typing import Any

from benchmarks.lib.stats import median, percentile, rounded
from benchmarks.turn_data import Line
from benchmarks.turns.conversation import Pair

BAR_P50_MS = 450.0
BAR_P95_MS = 600.0
SCALE_P95_MS = 2000.0
STAGES = ("stt", "understand", "domain", "translate", "tts_first_audio")


def first_phrase_lost(line: Line, heard: Sequence[str]) -> bool:
    """A line with pauses whose first phrase ("Tomatoes,", "For you,") is missing from what
    the server heard: the endpointer dropped it as a false start before the pause (or the
    STT lost it). Not premature, but the listener does not hear those words either."""
    if not line.pauses or not heard:
        return False
    first = next(p for p in line.parts if isinstance(p, str))
    from audio.understanding import understand

    price = understand(first, language=line.language).amount_paise
    read = understand(" ".join(heard), language=line.language).amount_paise
    if price is not None and read == price:
        return False  # "Thirty six," heard as "36,": not its words, but its price
    words = [w for w in re.findall(r"[a-z]+", first.lower()) if len(w) >= 3]
    said = list(set(re.findall(r"[a-z]+", " ".join(heard).lower())))
    # Close enough counts as heard ("brother" heard as "rather" is a transcription error).
    return bool(words) and not any(
        difflib.get_close_matches(w, said, n=1, cutoff=0.7) for w in words
    )


def outcome(eos: float, relay: float | None, question: float | None) -> tuple[str, float | None]:
    """How a line came out, and when its first response came (monotonic s): "direct" (its
    words reached the listener, no question first: the relay), "asked" (its speaker was
    asked back about the price first: the question, and a relay after the answer), or
    "lost" (nothing reached the listener; no response is counted, whatever was asked)."""
    if relay is None:
        return "lost", None
    if question is None or relay <= question:
        return "direct", relay
    return "asked", question


def turn_rows(pair: Pair, reply_timeout: float) -> list[dict[str, Any]]:
    """Per turn: the client latency, premature and timeout flags, the server's stages,
    and for a line asked back of its speaker the question, the answers and the relay."""
    rows = []
    # Final transcripts only: partials (the shopper's own, while speaking) are no cut. Each
    # side's own screen shows its transcripts, those kept from the other side included.
    transcripts = {
        side: [(t, e) for t, e in pair.screen(side).of("transcript") if e.get("final", True)]
        for side in ("customer", "vendor")
    }
    partials = [(t, e) for t, e in pair.browser.of("transcript") if not e.get("final", True)]
    latency_events = {e["utterance_id"]: e for _, e in pair.browser.of("latency")}
    offers = {e.get("utterance_id"): e for _, e in pair.browser.of("offer")}
    speech_started = pair.browser.of("speech_started")
    for i, turn in enumerate(pair.turns):
        if turn.said is None:
            continue
        start = turn.said.first_frame
        eos = turn.said.last_speech_frame
        nxt = pair.turns[i + 1].said if i + 1 < len(pair.turns) else None
        end = nxt.first_frame if nxt is not None else math.inf
        # The line itself ends where the speaker began answering a question about it.
        line_end = turn.answers[0].said.first_frame if turn.answers else end
        everything = [(t, e) for t, e in transcripts[turn.speaker] if e.get("side") == turn.speaker]
        mine = [(t, e) for t, e in everything if start <= t < line_end]
        uids = [e["utterance_id"] for _, e in mine]
        all_uids = [e["utterance_id"] for t, e in everything if start <= t < end]
        if turn.speaker == "customer":
            replies = [s for s in pair.phone.segments if s.utterance_id in all_uids]
            if not replies:  # a burst cut off before its mark: match by time
                replies = [s for s in pair.phone.segments if start <= s.started < end and s.started]
        else:
            replies = [pair.browser.replies[u] for u in all_uids if u in pair.browser.replies]
        relay = min((r.started for r in replies if r.started), default=None)
        questions = [
            r
            for r in pair.heard_by(turn.speaker)
            if (r.utterance_id or "").endswith("-confirm")
            and r.started
            and start <= r.started < end
        ]
        question = min((r.started for r in questions), default=None)
        kind, first = outcome(eos, relay, question)
        latency = None if first is None else (first - eos) * 1000
        timeout = latency is None or latency > reply_timeout * 1000
        started_at = [
            t for t, e in speech_started if e.get("side") == turn.speaker and start <= t < line_end
        ]
        # Cut at a pause: the endpointer closed an utterance inside the line (a second
        # speech start, more than one transcript), or words or a reply came back early.
        premature = (
            len(started_at) > 1
            or len(uids) > 1
            or any(t < eos for t, _ in mine)
            or (first is not None and first < eos)
        )
        relay_reply = min((r for r in replies if r.started), key=lambda r: r.started, default=None)
        server = latency_events.get(relay_reply.utterance_id or "") if relay_reply else None
        if server is None and uids:
            server = latency_events.get(uids[-1])
        stages = dict(server["stages_ms"]) if server else {}
        total = server["total_ms"] if server else None
        silence = stages.pop("endpoint", None)  # the server's own: VAD silence waited
        if total is not None:
            stages["endpoint"] = round(total - sum(stages.get(s, 0.0) for s in STAGES), 1)
        offer = next((offers[u] for u in all_uids if u in offers), None)
        lost = first_phrase_lost(turn.line, [str(e.get("text") or "") for _, e in mine])
        by_uid = {r.utterance_id: r for r in replies if r.utterance_id}
        pieces = [
            {
                "utterance_id": e["utterance_id"],
                "text": e.get("text"),
                "transcript_ms": round((t - eos) * 1000),
                "reply_ms": round((by_uid[e["utterance_id"]].started - eos) * 1000)
                if e["utterance_id"] in by_uid and by_uid[e["utterance_id"]].started
                else None,
                "server_total_ms": latency_events.get(e["utterance_id"], {}).get("total_ms"),
            }
            for t, e in mine
        ]
        answers = []
        for k, answer in enumerate(turn.answers):
            until = turn.answers[k + 1].said.first_frame if k + 1 < len(turn.answers) else end
            answers.append(
                {
                    "asked_about": answer.utterance_id,
                    "asked_paise": answer.asked_paise,
                    "said": answer.words,
                    "heard": [
                        e.get("text") for t, e in everything if answer.said.first_frame <= t < until
                    ],
                    "end_of_speech_ms": round((answer.said.last_speech_frame - eos) * 1000),
                }
            )
        last_eos = turn.answers[-1].said.last_speech_frame if turn.answers else eos
        rows.append(
            {
                "pair": pair.index,
                "negotiation_id": pair.negotiation_id,
                "turn": turn.index,
                "speaker": turn.speaker,
                "listener": "vendor" if turn.speaker == "customer" else "customer",
                "line": turn.line.id,
                "said": turn.line.text,
                "heard": [e.get("text") for _, e in mine],
                "utterance_ids": uids,
                "pieces": pieces,
                "speech_started_events": len(started_at),
                "timeline_ms": {
                    "end_of_speech": round((eos - start) * 1000),
                    "speech_started": [round((t - start) * 1000) for t in started_at],
                    "transcripts": [round((t - start) * 1000) for t, _ in mine],
                    "question_audio": None
                    if question is None
                    else round((question - start) * 1000),
                    "first_reply_audio": None if relay is None else round((relay - start) * 1000),
                },
                "outcome": kind,
                "latency_ms": rounded(latency, 1),
                "question_ms": None if question is None else round((question - eos) * 1000, 1),
                "relay_ms": None if relay is None else round((relay - eos) * 1000, 1),
                "relay_after_answer_ms": round((relay - last_eos) * 1000, 1)
                if relay is not None and turn.answers
                else None,
                "answers": answers,
                "gave_up": turn.gave_up,
                "premature": premature,
                "early_reply": first is not None and first < eos,
                "offer_line": turn.line.offer,
                "language": turn.line.language,
                "end_of_turn": server.get("end_of_turn") if server else None,
                "vad_silence_ms": silence,
                "partials": [
                    e.get("text")
                    for t, e in partials
                    if turn.speaker == "customer" and start <= t < end
                ],
                "first_phrase_lost": lost,
                "timeout": timeout,
                "server_total_ms": total,
                "stages_ms": stages,
                "delivery_ms": rounded((relay - last_eos) * 1000 - total, 1)
                if relay is not None and total is not None
                else None,
                "reply_audio_s": round(sum(r.seconds for r in replies), 2),
                "interrupted": any(r.interrupted for r in replies),
                "bid_paise": offer.get("amount_paise") if offer else None,
                "expected_bid_paise": turn.line.expected[1]
                if turn.line.expected[0] == "bid"
                else None,
                "note": turn.note,
            }
        )
    return rows


def summarize(n: int, rows: list[dict[str, Any]], extra: dict[str, Any]) -> dict[str, Any]:
    clean = [r for r in rows if not r["premature"] and not r["timeout"]]
    ranked = [r["latency_ms"] for r in clean] + [math.inf for r in rows if r["timeout"]]
    ranked = [v for v in ranked if v is not None]
    by_direction = {}
    for speaker in ("customer", "vendor"):
        vals = [r["latency_ms"] for r in clean if r["speaker"] == speaker]
        by_direction[f"{speaker}_to_{'vendor' if speaker == 'customer' else 'customer'}"] = {
            "turns": len(vals),
            "p50_ms": rounded(percentile(vals, 50), 1),
            "p95_ms": rounded(percentile(vals, 95), 1),
        }
    by_kind = {}
    for kind, offer in (("offers", True), ("other_lines", False)):
        vals = [r["latency_ms"] for r in clean if r["offer_line"] is offer]
        by_kind[kind] = {
            "turns": len(vals),
            "p50_ms": rounded(percentile(vals, 50), 1),
            "p95_ms": rounded(percentile(vals, 95), 1),
        }
    # The server's stages of the turns relayed directly (an asked turn's relay is timed
    # from its speaker's answer).
    direct = [r for r in clean if r.get("outcome", "direct") == "direct"]
    stage_medians = {
        s: rounded(median(r["stages_ms"][s] for r in direct if s in r["stages_ms"]), 1)
        for s in (*STAGES, "endpoint")
    }
    stage_medians["total"] = rounded(
        median(r["server_total_ms"] for r in direct if r["server_total_ms"] is not None), 1
    )
    stage_medians["delivery"] = rounded(
        median(r["delivery_ms"] for r in direct if r["delivery_ms"] is not None), 1
    )
    return {
        "n": n,
        "turns": len(rows),
        "measured": len(clean),
        "premature": sum(1 for r in rows if r["premature"]),
        "early_replies": sum(1 for r in rows if r["early_reply"]),
        "not_offers": sum(1 for r in rows if not r["offer_line"]),
        "first_phrase_lost": sum(1 for r in rows if r["first_phrase_lost"]),
        "ended_on_complete_move": sum(1 for r in rows if r["end_of_turn"] == "complete"),
        "ended_on_sentence": sum(1 for r in rows if r["end_of_turn"] == "sentence"),
        "partials_per_shopper_turn": rounded(
            statistics.fmean(len(r["partials"]) for r in rows if r["speaker"] == "customer"), 2
        )
        if any(r["speaker"] == "customer" for r in rows)
        else None,
        "timeouts": sum(1 for r in rows if r["timeout"]),
        "interrupted": sum(1 for r in rows if r["interrupted"]),
        "bids_recorded": sum(1 for r in rows if r["bid_paise"] is not None),
        "bids_expected": sum(1 for r in rows if r["expected_bid_paise"] is not None),
        "bids_as_said": sum(
            1
            for r in rows
            if r["expected_bid_paise"] is not None and r["bid_paise"] == r["expected_bid_paise"]
        ),
        "latency_ms": {
            "p50": rounded(percentile(ranked, 50), 1),
            "p95": rounded(percentile(ranked, 95), 1),
            "max": rounded(max(ranked), 1) if ranked else None,
            "min": rounded(min(ranked), 1) if ranked else None,
            "mean": rounded(statistics.fmean(v for v in ranked if not math.isinf(v)), 1)
            if any(not math.isinf(v) for v in ranked)
            else None,
        },
        "by_direction": by_direction,
        "by_kind": by_kind,
        "outcomes": outcomes(rows),
        "server_stage_medians_ms": stage_medians,
        **extra,
        "rows": rows,
    }


def outcomes(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The turns by how they came out (`outcome`): relayed directly (latency to the
    relay), asked back of their speaker (to the question, and to the relay after the
    answer, from the line's end of speech and from the answer's), lost (no relay)."""

    def spread(values: list[float]) -> dict[str, float | None]:
        return {
            "p50_ms": rounded(percentile(values, 50), 1),
            "p95_ms": rounded(percentile(values, 95), 1),
        }

    by = {k: [r for r in rows if r.get("outcome") == k] for k in ("direct", "asked", "lost")}
    asked = by["asked"]
    return {
        "direct": {
            "turns": len(by["direct"]),
            **spread([r["relay_ms"] for r in by["direct"] if not r["premature"]]),
        },
        "asked": {
            "turns": len(asked),
            "answers": sum(len(r["answers"]) for r in asked),
            "question": spread([r["question_ms"] for r in asked]),
            "relay": spread([r["relay_ms"] for r in asked]),
            "relay_after_answer": spread(
                [
                    r["relay_after_answer_ms"]
                    for r in asked
                    if r["relay_after_answer_ms"] is not None
                ]
            ),
            "lines": [r["line"] for r in asked],
        },
        "lost": {
            "turns": len(by["lost"]),
            "asked": sum(1 for r in by["lost"] if r["question_ms"] is not None),
            "lines": [r["line"] for r in by["lost"]],
        },
    }


def verdicts(steps: list[dict[str, Any]]) -> dict[str, Any]:
    one = next((s for s in steps if s["n"] == 1), None)
    bar = None
    if one is not None:
        lat = one["latency_ms"]
        met = (
            lat["p50"] is not None
            and lat["p50"] <= BAR_P50_MS
            and lat["p95"] is not None
            and lat["p95"] <= BAR_P95_MS
            and one["premature"] == 0
            and one["timeouts"] == 0
        )
        bar = {
            "p50_ms": lat["p50"],
            "p95_ms": lat["p95"],
            "premature": one["premature"],
            "timeouts": one["timeouts"],
            "target": f"p50 <= {BAR_P50_MS:.0f} ms, p95 <= {BAR_P95_MS:.0f} ms, no premature",
            "met": met,
        }
    under = [
        s["n"]
        for s in steps
        if s["latency_ms"]["p95"] is not None and s["latency_ms"]["p95"] < SCALE_P95_MS
    ]
    return {"bar_at_n1": bar, "largest_n_p95_under_2s": max(under) if under else None}
