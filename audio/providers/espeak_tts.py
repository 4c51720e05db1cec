"""Text to speech with the espeak-ng program: robotic, but it speaks every Indian language.

It is the fallback that keeps a Tamil or Kannada speaker hearing *something* when no
neural voice is installed for their language. Each sentence is one `espeak-ng --stdout`
process run in the worker pool (a few milliseconds each, `by_sentence`); text goes in
on stdin, never through a shell or as an argument that could be read as an option.
"""

from __future__ import annotations

import functools
import io
import logging
import shutil
import subprocess
import wave
from collections.abc import AsyncIterator, Iterable, Mapping
from contextlib import aclosing

from audio.codecs import float32_to_pcm16, pcm16_to_float32, resample
from audio.errors import EngineError, EngineTimeout, EngineUnavailable
from audio.frames import SpeechChunk
from audio.providers.by_sentence import check_request, synthesize_by_sentence
from audio.voices import normalize_language
from audio.workers import WorkerPool

log = logging.getLogger("vyaparmitra.audio")

ESPEAK_VOICES: Mapping[str, str] = {
    "en": "en",  # British-based; closer to Indian English than en-us
    "hi": "hi",
    "bn": "bn",
    "ta": "ta",
    "te": "te",
    "mr": "mr",
    "gu": "gu",
    "kn": "kn",
    "ml": "ml",
    "pa": "pa",
    "ur": "ur",
    "as": "as",
    "or": "or",
}
"""Language → espeak-ng voice name (as `espeak-ng --voices` lists them)."""

DEFAULT_WPM = 175
"""espeak-ng's own default speed, which `rate=1.0` keeps."""
MIN_WPM, MAX_WPM = 80, 450
"""The speeds espeak-ng accepts; rates beyond them are clamped."""


class EspeakTTS:
    """A `TTSEngine` that runs espeak-ng once per sentence."""

    name = "espeak-ng"

    def __init__(
        self,
        *,
        pool: WorkerPool,
        executable: str = "espeak-ng",
        voices: Mapping[str, str] = ESPEAK_VOICES,
        timeout: float = 10.0,
    ) -> None:
        """`timeout` bounds each sentence's process; a hung espeak-ng is killed."""
        self.pool = pool
        self.voices = dict(voices)
        self.timeout = timeout
        self.executable = shutil.which(executable)
        """Absolute path of espeak-ng, or None when it is not installed."""

    @property
    def available(self) -> bool:
        """Whether the espeak-ng program was found."""
        return self.executable is not None

    def supports(self, language: str) -> bool:
        """Whether espeak-ng is installed and has a voice for `language`."""
        return self.available and normalize_language(language) in self.voices

    def voice_names(self, language: str) -> list[str]:
        """The espeak-ng voice for `language` (none when it is not supported)."""
        return [self.voices[normalize_language(language)]] if self.supports(language) else []

    def voice_for(self, language: str, voice: str | None = None) -> str:
        """The espeak-ng voice: `voice` if it is one of ours, else the language's default.

        Unknown names (a Piper voice handed down a fallback chain) are ignored; only
        names from the voice table are accepted so nothing odd reaches the command line.
        """
        if self.executable is None:
            raise EngineUnavailable(
                "espeak-ng is not installed (apt-get install espeak-ng)", provider=self.name
            )
        if voice is not None and voice in self.voices.values():
            return voice
        code = normalize_language(language)
        if code not in self.voices:
            raise EngineUnavailable(f"espeak-ng has no voice for {code!r}", provider=self.name)
        return self.voices[code]

    async def warm(self, languages: Iterable[str] = ("hi",)) -> None:
        """Run espeak-ng once per language so the program and voice data are cached."""
        for language in languages:
            if self.supports(language):
                voice = self.voice_for(language)
                await self.pool.run(self._render, voice, "1", DEFAULT_WPM, 22050)

    async def synthesize(
        self,
        text: str,
        *,
        language: str,
        sample_rate: int,
        voice: str | None = None,
        rate: float = 1.0,
    ) -> AsyncIterator[SpeechChunk]:
        """Yield one PCM16 chunk per sentence at `sample_rate`, each as soon as it is ready
        (`synthesize_by_sentence`): one espeak-ng process per sentence."""
        check_request(sample_rate, rate)
        espeak_voice = self.voice_for(language, voice)
        wpm = min(MAX_WPM, max(MIN_WPM, round(DEFAULT_WPM * rate)))
        render = functools.partial(self._render, espeak_voice, wpm=wpm, sample_rate=sample_rate)
        stream = synthesize_by_sentence(
            text,
            render,
            pool=self.pool,
            sample_rate=sample_rate,
            provider=self.name,
            voice=espeak_voice,
        )
        async with aclosing(stream):
            async for chunk in stream:
                yield chunk

    def _render(self, espeak_voice: str, sentence: str, wpm: int, sample_rate: int) -> bytes:
        """One sentence → PCM16LE at `sample_rate`. Runs in a worker thread."""
        if self.executable is None:
            raise EngineUnavailable("espeak-ng is not installed", provider=self.name)
        command = [self.executable, "-v", espeak_voice, "-s", str(wpm), "-b", "1"]
        try:
            # An argument list (no shell) with the text on stdin: nothing in the text
            # can become an option or a command.
            done = subprocess.run(  # noqa: S603
                [*command, "--stdout", "--stdin"],
                input=sentence.encode("utf-8"),
                capture_output=True,
                timeout=self.timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise EngineTimeout(
                f"espeak-ng took longer than {self.timeout:g}s on one sentence",
                provider=self.name,
            ) from exc
        except OSError as exc:
            raise EngineUnavailable(f"cannot run espeak-ng: {exc}", provider=self.name) from exc
        if done.returncode != 0:
            detail = done.stderr.decode("utf-8", "replace").strip()[-300:]
            raise EngineError(
                f"espeak-ng exited with {done.returncode}: {detail}",
                retryable=False,
                provider=self.name,
            )
        pcm, native_rate = parse_streamed_wav(done.stdout)
        if not pcm or native_rate == sample_rate:
            return pcm
        return float32_to_pcm16(resample(pcm16_to_float32(pcm), native_rate, sample_rate))


def parse_streamed_wav(data: bytes) -> tuple[bytes, int]:
    """A mono 16-bit WAV written to a pipe → (PCM16LE bytes, sample rate).

    espeak-ng writes the header before it knows the length and cannot seek back on
    stdout, so the RIFF and data sizes are placeholders (0x7ffff000). The sizes are
    therefore ignored: everything after the data header, up to EOF, is audio. Empty
    output (nothing to say) is empty audio.
    """
    if not data:
        return b"", 0
    try:
        with wave.open(io.BytesIO(data), "rb") as w:
            channels, width, rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            # Ask for at least as many frames as the bytes could hold, whatever the
            # header claims; the stream simply ends at EOF.
            pcm = w.readframes(len(data) // max(1, channels * width) + 1)
    except (wave.Error, EOFError) as exc:
        raise EngineError(
            f"espeak-ng wrote something that is not a WAV stream: {exc}",
            retryable=False,
            provider="espeak-ng",
        ) from exc
    if width != 2 or channels != 1:
        raise EngineError(
            f"espeak-ng wrote {channels}-channel {8 * width}-bit audio; expected mono 16-bit",
            retryable=False,
            provider="espeak-ng",
        )
    return pcm[: len(pcm) - len(pcm) % 2], rate
