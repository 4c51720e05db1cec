"""Market lines in the ten languages the product speaks: speak, transcribe, understand,
and score each by what the product would do with its price."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

from audio.acts import ActKind
from audio.interpret import act_from
from audio.understanding import Understanding, understand
from audio.workers import WorkerPool
from benchmarks.engines_data import (
    MARKET,
    MARKET_QUICK,
    PriceSentence,
)
from benchmarks.lib.output import cell
from benchmarks.lib.stats import median, rounded
from benchmarks.speech.corpus import SAMPLE_RATE, Utterance
from benchmarks.speech.stt import SttConfig, load_stt
from benchmarks.speech.text import char_edits, normalize_words, word_edits

LANGUAGES = ("en", "hi", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa")
"""The languages the product speaks, in the order the per-language table prints them."""
ESPEAK_VARIANT = "f3"
"""espeak-ng's "female3" variant of each language's voice: the product replies in the
plain voice, so the measured speech is not the voice the product itself speaks in."""
STT_MIN_CONFIDENCE = 0.35
"""The live path's gate on the recogniser's own confidence (`handle_words` in
server/live/turns/pipeline.py): below it the words are relayed and nothing is recorded."""
ULCA_DOUBLE_LABEL = "bhashini (ULCA double)"
"""The double cannot hear: it answers each clip's reference text, registered for the
clip's exact WAV bytes. The row measures the real client, the protocol and the
understanding of a perfect transcript, not Bhashini's recognition."""


class Outcome(StrEnum):
    """What the live path does with one price sentence (see `price_outcome`)."""

    EXACT = "exact"
    """Recorded, at the price said."""
    ASKED = "asked"
    """A price heard but not recorded: below the recording confidence (or not a move),
    so the speaker sees "Heard ₹X" and says it again."""
    MISSED = "missed"
    """No price heard."""
    WRONG = "wrong"
    """Recorded at a price that is not the one said: the outcome that must not happen."""


def parse_languages(text: str) -> tuple[str, ...]:
    """`--languages`: comma-separated codes of `LANGUAGES`, "all", or "none"."""
    words = [w.strip().lower() for w in text.split(",") if w.strip()]
    if words == ["all"]:
        return LANGUAGES
    if words in ([], ["none"]):
        return ()
    unknown = [w for w in words if w not in LANGUAGES]
    if unknown:
        raise SystemExit(
            f"engines: --languages knows {', '.join(LANGUAGES)} (or all, none);"
            f" not {', '.join(unknown)}"
        )
    return tuple(code for code in LANGUAGES if code in words)


def market_sentences(languages: Sequence[str], quick: bool) -> list[PriceSentence]:
    """The `MARKET` lines of `languages` (the first `MARKET_QUICK` each when `quick`)."""
    out: list[PriceSentence] = []
    for language in languages:
        lines = MARKET[language]
        out += lines[:MARKET_QUICK] if quick else lines
    return out


def recorded_by_live_path(understood: Understanding, stt_confidence: float) -> bool:
    """Whether the live path records the understood price as a move.

    As `handle_words` does: `act_from` (intent, the recording confidence
    `audio.interpret.MIN_CONFIDENCE`, a price for an offer or counter), then the
    recogniser's confidence gate; a question is relayed, never recorded.
    """
    act = act_from(understood, speaker="shopper")
    if act is None or stt_confidence < STT_MIN_CONFIDENCE:
        return False
    return act.kind is not ActKind.QUESTION and act.amount_paise is not None


def price_outcome(expected_paise: int, heard_paise: int | None, recorded: bool) -> Outcome:
    """exact, asked, missed or wrong (see `Outcome`)."""
    if heard_paise is None:
        return Outcome.MISSED
    if not recorded:
        return Outcome.ASKED
    return Outcome.EXACT if heard_paise == expected_paise else Outcome.WRONG


def check_references(sentences: Sequence[PriceSentence]) -> dict[str, dict[str, Any]]:
    """Per language: which reference lines `understand()` reads to their amount and which
    the live path would record; lines that do not are listed (the language tables may
    still lack their words) and measured all the same. `reading` lists lines whose price
    is read right but whose per-unit flag or unit is not the line's."""
    out: dict[str, dict[str, Any]] = {}
    for s in sentences:
        entry = out.setdefault(
            s.language,
            {"lines": 0, "parse": 0, "recorded": 0, "broken": [], "unrecorded": [], "reading": []},
        )
        understood = understand(s.text, language=s.language)
        entry["lines"] += 1
        if understood.amount_paise != s.amount_paise:
            entry["broken"].append(s.id)
            continue
        entry["parse"] += 1
        if (understood.per_unit, understood.unit) != (s.per_unit, s.unit):
            # Informational: the price is right, its unit or per-unit reading is not.
            entry["reading"].append(
                {"id": s.id, "per_unit": understood.per_unit, "unit": understood.unit}
            )
        if recorded_by_live_path(understood, 1.0):
            entry["recorded"] += 1
        else:
            entry["unrecorded"].append(s.id)
    return out


def judge_transcript(
    config: str,
    utt: Utterance,
    text: str,
    stt_confidence: float,
    latency_s: float,
    *,
    scored: bool = True,
) -> dict[str, Any]:
    """One transcript read the way the live path reads it, and scored."""
    sentence = utt.sentence
    language = sentence.language
    understood = understand(text, language=language) if text.strip() else None
    heard = understood.amount_paise if understood else None
    recorded = understood is not None and recorded_by_live_path(understood, stt_confidence)
    reference = normalize_words(sentence.text, language)
    hypothesis = normalize_words(text, language)
    edits, ref_chars = char_edits(reference, hypothesis)
    return {
        "config": config,
        "id": sentence.id,
        "language": language,
        "seconds": round(utt.seconds, 3),
        "vad_pieces": utt.vad_pieces,
        "latency_s": round(latency_s, 4),
        "transcript": text,
        "reference": sentence.text,
        "stt_confidence": round(stt_confidence, 3),
        "understood_confidence": round(understood.confidence, 3) if understood else None,
        "intent": str(understood.intent) if understood else None,
        "amount_paise": heard,
        "expected_paise": sentence.amount_paise,
        "recorded": recorded,
        "outcome": price_outcome(sentence.amount_paise, heard, recorded),
        "scored": scored,
        "ref_words": len(reference),
        "word_edits": word_edits(reference, hypothesis) if scored else None,
        "ref_chars": ref_chars,
        "char_edits": edits if scored else None,
    }


async def run_languages(
    corpus: Sequence[Utterance],
    models: Any,
    threads: int,
    log: Callable[[str], None],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Each market line through the offline recognisers (tiny.en on English, base on all,
    live defaults, the product as a hint), then through Bhashini's protocol against the
    local ULCA double; every transcript read by `understand()` as the live path reads it."""
    from audio.providers.bhashini import BhashiniASR, BhashiniClient, BhashiniConfig, encode_wav
    from tests.ulca_double import run_ulca_double

    pool = WorkerPool("lang-bench", workers=1, queue=4)
    loads: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    try:
        engines = []
        for model, languages in (("tiny.en", ("en",)), ("base", LANGUAGES)):
            if not any(u.sentence.language in languages for u in corpus):
                continue
            config = SttConfig(f"{model} t{threads}", model, threads, languages)
            loaded = await load_stt(config, models, pool)
            engines.append(loaded)
            loads.append({"config": config.label, "load_s": round(loaded.load_s, 4)})
            log(f"  loaded {config.label:<28} load {loaded.load_s:6.2f} s")
        for index, utt in enumerate(corpus):
            sentence = utt.sentence
            hints = (sentence.product,) if sentence.product else ()
            for loaded in engines:
                if sentence.language not in loaded.config.languages:
                    continue
                started = time.perf_counter()
                transcript = await loaded.engine.transcribe(
                    utt.audio, sample_rate=SAMPLE_RATE, language=sentence.language, hints=hints
                )
                latency = time.perf_counter() - started
                rows.append(
                    judge_transcript(
                        loaded.config.label, utt, transcript.text, transcript.confidence, latency
                    )
                )
            if (index + 1) % 10 == 0 or index + 1 == len(corpus):
                log(f"  transcribed {index + 1}/{len(corpus)} market lines")
    finally:
        pool.shutdown()

    with run_ulca_double() as double:
        bhashini = BhashiniConfig(
            ulca_base_url=double.base_url,
            user_id=double.user_id,
            api_key=double.api_key,
            pipeline_id=double.pipeline_id,
        )
        async with BhashiniClient(bhashini) as client:
            asr = BhashiniASR(client)
            for utt in corpus:
                sentence = utt.sentence
                double.register_transcript(encode_wav(utt.audio, SAMPLE_RATE), sentence.text)
                started = time.perf_counter()
                transcript = await asr.transcribe(
                    utt.audio, sample_rate=SAMPLE_RATE, language=sentence.language
                )
                latency = time.perf_counter() - started
                rows.append(
                    judge_transcript(
                        ULCA_DOUBLE_LABEL,
                        utt,
                        transcript.text,
                        transcript.confidence,
                        latency,
                        scored=False,
                    )
                )
    log(f"  {ULCA_DOUBLE_LABEL}: {len(corpus)} market lines")
    return loads, rows


def summarize_languages(
    rows: Sequence[dict[str, Any]], references: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Per configuration and language: outcomes, WER and CER, median latency, and the
    wrong prices spelled out (what was said, heard and recorded)."""
    out = []
    keys = list(dict.fromkeys((r["config"], r["language"]) for r in rows))
    order = {code: i for i, code in enumerate(LANGUAGES)}
    configs = list(dict.fromkeys(r["config"] for r in rows))
    keys.sort(key=lambda k: (order.get(k[1], len(order)), configs.index(k[0])))
    for config, language in keys:
        mine = [r for r in rows if r["config"] == config and r["language"] == language]
        scored = [r for r in mine if r["scored"]]
        words = sum(r["ref_words"] for r in scored)
        chars = sum(r["ref_chars"] for r in scored)
        reference = references.get(language, {})
        summary: dict[str, Any] = {
            "config": config,
            "language": language,
            "n": len(mine),
            "reference_parse": reference.get("parse"),
            "reference_broken": list(reference.get("broken", [])),
            **{str(name): sum(r["outcome"] == name for r in mine) for name in Outcome},
            "wer": rounded(sum(r["word_edits"] for r in scored) / words, 4) if words else None,
            "cer": rounded(sum(r["char_edits"] for r in scored) / chars, 4) if chars else None,
            "median_latency_s": rounded(median(r["latency_s"] for r in mine), 4),
            "median_seconds": rounded(median(r["seconds"] for r in mine), 3),
            "wrong_cases": [
                {
                    "id": r["id"],
                    "said": r["reference"],
                    "heard": r["transcript"],
                    "expected_paise": r["expected_paise"],
                    "recorded_paise": r["amount_paise"],
                }
                for r in mine
                if r["outcome"] == Outcome.WRONG
            ],
        }
        out.append(summary)
    return out


def format_language_table(section: dict[str, Any]) -> list[str]:
    """The per-language table: one line per language and recogniser."""
    lines = [
        "Speak → transcribe → understand, per language: espeak-ng"
        f" +{section['espeak_variant']} at {section['wpm']} wpm (Piper joe for en), our"
        " endpointer, live STT defaults with the product as a hint, understand() as the live"
        " path reads it",
        f"{'lang':<5}{'recogniser':<24}{'lines':>6}{'ref ok':>8}{'exact':>7}{'asked':>7}"
        f"{'missed':>8}{'WRONG':>7}{'WER':>8}{'CER':>8}{'median ms':>11}",
    ]
    for s in section["summary"]:
        ref = "-" if s["reference_parse"] is None else f"{s['reference_parse']}/{s['n']}"
        wer = "-" if s["wer"] is None else f"{s['wer']:.1%}"
        cer = "-" if s["cer"] is None else f"{s['cer']:.1%}"
        lines.append(
            f"{s['language']:<5}{s['config']:<24}{s['n']:>6}{ref:>8}{s['exact']:>7}"
            f"{s['asked']:>7}{s['missed']:>8}{s['wrong']:>7}{wer:>8}{cer:>8}"
            f"{cell(s['median_latency_s'], 11, 0, 1000)}"
        )
    lines.append(
        "exact: recorded at the price said; asked: a price heard but not recorded (below the"
        f" recording confidence {section['min_confidence']}, or the recogniser's own below"
        f" {section['stt_min_confidence']}): the speaker is asked; missed: no price heard;"
        " WRONG: a price recorded that is not the one said"
    )
    lines.append(
        "ref ok: reference lines understand() reads to their amount (the ceiling for exact);"
        " WER/CER after number words become digits"
    )
    lines.append(
        f"{ULCA_DOUBLE_LABEL}: a local double of the service that answers each clip's"
        " reference text: the real client and protocol on loopback and the understanding of a"
        " perfect transcript, not Bhashini's recognition or its network latency"
    )
    broken = {k: v["broken"] for k, v in section["references"].items() if v["broken"]}
    if broken:
        lines.append(
            "reference lines understand() does not read to their amount yet: "
            + "; ".join(f"{k}: {', '.join(v)}" for k, v in broken.items())
        )
    wrong = [(s["config"], c) for s in section["summary"] for c in s["wrong_cases"]]
    for config, case in wrong:
        lines.append(
            f"WRONG {case['id']} ({config}): said {case['said']!r}, heard {case['heard']!r},"
            f" recorded {case['recorded_paise']} paise for {case['expected_paise']}"
        )
    return lines
