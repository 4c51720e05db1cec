"""Offline free-text translation: a CTranslate2 translation model in a folder.

The folder holds a model converted for CTranslate2 (`model.bin`, `config.json`, the
vocabulary files) and the model's `tokenizer.json` (the Hugging Face tokenizers format),
as `ct2-transformers-converter --model facebook/nllb-200-distilled-600M
--copy_files tokenizer.json` writes it. The model is told the languages the NLLB way: the
source is `[source tag] + tokens + [</s>]` and the target starts with the target's tag
(FLORES-200 codes: `hin_Deva`, `tam_Taml`, …); any model that follows that convention
works.

Acts are never translated by the model: a price move is rendered by the phrasebook, so
amounts stay exact whatever the model says. Requests arriving within a few milliseconds
of each other, from any conversation, are translated together in one batch on the
worker pool; the model loads on first use, in the pool's thread.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audio.acts import NegotiationAct
from audio.errors import EngineUnavailable
from audio.frames import Translation
from audio.workers import WorkerPool

PROVIDER = "ct2"

FLORES_CODES: dict[str, str] = {
    "en": "eng_Latn",
    "hi": "hin_Deva",
    "bn": "ben_Beng",
    "ta": "tam_Taml",
    "te": "tel_Telu",
    "mr": "mar_Deva",
    "gu": "guj_Gujr",
    "kn": "kan_Knda",
    "ml": "mal_Mlym",
    "pa": "pan_Guru",
}
"""The project's languages as FLORES-200 codes, the language tags NLLB models know."""

MODEL_FILES = ("model.bin", "config.json", "tokenizer.json")


@dataclass(slots=True)
class _Request:
    source: list[str]
    prefix: list[str]
    done: asyncio.Future[str] = field(repr=False)


class CT2Translation:
    """`MTEngine` over a CTranslate2 translation model folder, batching across callers."""

    name = PROVIDER

    def __init__(
        self,
        folder: Path,
        *,
        pool: WorkerPool,
        device: str = "cpu",
        compute_type: str = "int8",
        cpu_threads: int = 2,
        beam_size: int = 2,
        max_batch: int = 16,
        batch_window: float = 0.005,
        max_input_tokens: int = 200,
    ) -> None:
        missing = [name for name in MODEL_FILES if not (folder / name).is_file()]
        if missing:
            raise EngineUnavailable(
                f"translation model folder {folder} lacks {', '.join(missing)}",
                provider=PROVIDER,
            )
        self.folder = folder
        self.pool = pool
        self.device = device
        self.compute_type = compute_type
        self.cpu_threads = cpu_threads
        self.beam_size = beam_size
        self.max_batch = max_batch
        self.batch_window = batch_window
        self.max_input_tokens = max_input_tokens
        self.batches = 0
        """Batches run so far (a batch serves every request that arrived in its window)."""
        self._tokenizer: Any = None
        self._translator: Any = None
        self._load_lock = threading.Lock()
        self._loading = asyncio.Lock()
        self._queue: list[_Request] = []
        self._flush: asyncio.Handle | None = None
        self._running: set[asyncio.Task[None]] = set()

    # --- the model ---------------------------------------------------------------------

    def _load_tokenizer(self) -> Any:
        with self._load_lock:
            if self._tokenizer is None:
                from tokenizers import Tokenizer

                self._tokenizer = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
        return self._tokenizer

    def _load(self) -> tuple[Any, Any]:
        tokenizer = self._load_tokenizer()
        with self._load_lock:
            if self._translator is None:
                import ctranslate2

                self._translator = ctranslate2.Translator(
                    str(self.folder),
                    device=self.device,
                    compute_type=self.compute_type,
                    intra_threads=self.cpu_threads,
                )
        return tokenizer, self._translator

    async def _ready(self) -> Any:
        """The tokenizer, once the model is loaded (one load, however many callers)."""
        if self._translator is None:
            async with self._loading:
                if self._translator is None:
                    await self.pool.run(self._load)
        return self._tokenizer

    def _tag(self, language: str) -> str | None:
        tokenizer = self._load_tokenizer()
        code = FLORES_CODES.get(language)
        if code is None or tokenizer.token_to_id(code) is None:
            return None
        return code

    def supports(self, source: str, target: str) -> bool:
        """Whether both languages have a FLORES code this model's vocabulary holds
        (reads the tokenizer only; `warm` reads it off the event loop first)."""
        if source not in FLORES_CODES or target not in FLORES_CODES:
            return False
        try:
            return self._tag(source) is not None and self._tag(target) is not None
        except Exception:  # an unreadable folder serves nothing
            return False

    async def warm(self) -> None:
        """Load the tokenizer and the model off the event loop, so no turn waits for them."""
        await self._ready()

    # --- translating ---------------------------------------------------------------------

    async def translate(
        self, text: str, *, source: str, target: str, act: NegotiationAct | None = None
    ) -> Translation:
        """Translate free text with the model; an `act` is rendered by the phrasebook."""
        from audio.phrasebook import without_words

        kept = without_words(text, source=source, target=target, act=act, provider=self.name)
        if kept is not None:
            return kept
        tokenizer = await self._ready()
        source_tag, target_tag = self._tag(source), self._tag(target)
        if source_tag is None or target_tag is None:
            raise EngineUnavailable(
                f"the translation model has no {source}→{target}", provider=PROVIDER
            )
        tokens = tokenizer.encode(text, add_special_tokens=False).tokens
        request = _Request(
            source=[source_tag, *tokens[: self.max_input_tokens], "</s>"],
            prefix=[target_tag],
            done=asyncio.get_running_loop().create_future(),
        )
        self._enqueue(request)
        return Translation(await request.done, source, target, self.name)

    def _enqueue(self, request: _Request) -> None:
        self._queue.append(request)
        if len(self._queue) >= self.max_batch:
            self._start_batch()
        elif self._flush is None:
            loop = asyncio.get_running_loop()
            self._flush = loop.call_later(self.batch_window, self._start_batch)

    def _start_batch(self) -> None:
        if self._flush is not None:
            self._flush.cancel()
            self._flush = None
        batch, self._queue = self._queue[: self.max_batch], self._queue[self.max_batch :]
        if self._queue:  # more than one batch arrived at once: the rest go next
            self._flush = asyncio.get_running_loop().call_soon(self._start_batch)
        if batch:
            self.batches += 1
            task = asyncio.get_running_loop().create_task(self._run_batch(batch))
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    async def _run_batch(self, batch: list[_Request]) -> None:
        try:
            texts = await self.pool.run(self._translate_batch, batch)
        except BaseException as exc:  # every waiting caller hears of it
            for request in batch:
                if not request.done.done():
                    request.done.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        for request, text in zip(batch, texts, strict=True):
            if not request.done.done():
                request.done.set_result(text)

    def _translate_batch(self, batch: list[_Request]) -> list[str]:
        tokenizer, translator = self._load()
        results = translator.translate_batch(
            [request.source for request in batch],
            target_prefix=[request.prefix for request in batch],
            beam_size=self.beam_size,
            max_decoding_length=2 * self.max_input_tokens,
        )
        texts = []
        for result in results:
            tokens = result.hypotheses[0][1:]  # the target's tag first
            ids = [tokenizer.token_to_id(token) for token in tokens]
            texts.append(
                tokenizer.decode([i for i in ids if i is not None], skip_special_tokens=True)
            )
        return texts
