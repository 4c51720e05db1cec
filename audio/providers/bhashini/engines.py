"""The protocols of audio.engines (ASR, MT, transliteration, TTS) over one shared client."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Sequence

from audio.acts import NegotiationAct
from audio.codecs import float32_to_pcm16, read_wav_bytes, resample
from audio.errors import AudioFormatError, EngineUnavailable
from audio.frames import Float32Array, SpeechChunk, Transcript, Translation
from audio.providers.bhashini.client import BhashiniClient
from audio.providers.bhashini.config import PROVIDER
from audio.providers.bhashini.pipeline import _malformed, encode_wav


class _BhashiniEngine:
    name = PROVIDER
    over_network = True
    """A chain gives it only `remote_provider_wait_seconds` when another provider follows."""

    def __init__(self, client: BhashiniClient) -> None:
        self.client = client

    def _check(self, *languages: str) -> None:
        for language in languages:
            if language not in self.client.config.languages:
                raise EngineUnavailable(
                    f"bhashini is not configured for {language!r}", provider=PROVIDER
                )


class BhashiniASR(_BhashiniEngine):
    """`ASREngine` over Bhashini ASR."""

    def supports(self, language: str) -> bool:
        """Whether `language` is among the configured languages."""
        return language in self.client.config.languages

    async def transcribe(
        self,
        audio: Float32Array,
        *,
        sample_rate: int,
        language: str,
        hints: Sequence[str] = (),
        utterance_id: str | None = None,
    ) -> Transcript:
        """Send one utterance as a 16 kHz WAV; `hints` are not supported by Bhashini."""
        self._check(language)
        started = time.perf_counter()
        # Resampling a few seconds of audio takes well under a millisecond: not worth a thread.
        wav = encode_wav(audio, sample_rate)
        encoded = time.perf_counter()
        text = await self.client.recognize(wav, language=language)
        done = time.perf_counter()
        return Transcript(
            text=text.strip(),
            language=language,
            provider=self.name,
            utterance_id=utterance_id,
            timings={"encode": encoded - started, "request": done - encoded},
        )


class BhashiniMT(_BhashiniEngine):
    """`MTEngine` over Bhashini NMT; acts are still rendered by the phrasebook."""

    def supports(self, source: str, target: str) -> bool:
        """Whether both languages are configured."""
        languages = self.client.config.languages
        return source in languages and target in languages

    async def translate(
        self, text: str, *, source: str, target: str, act: NegotiationAct | None = None
    ) -> Translation:
        """Translate free text remotely; an `act` is rendered locally so prices stay exact."""
        from audio.phrasebook import without_words

        kept = without_words(text, source=source, target=target, act=act, provider=self.name)
        if kept is not None:
            return kept
        self._check(source, target)
        translated = await self.client.translate(text, source=source, target=target)
        return Translation(translated, source, target, self.name)


class BhashiniTransliteration(_BhashiniEngine):
    """`TransliterationEngine` over Bhashini transliteration."""

    def supports(self, source: str, target: str) -> bool:
        """Whether both languages are configured."""
        languages = self.client.config.languages
        return source in languages and target in languages

    async def transliterate(self, text: str, *, source: str, target: str) -> str:
        """Rewrite `text` into `target`'s script remotely."""
        if source == target or not text.strip():
            return text
        self._check(source, target)
        return await self.client.transliterate(text, source=source, target=target)


class BhashiniTTS(_BhashiniEngine):
    """`TTSEngine` over Bhashini TTS: one chunk per request, resampled to the asked rate."""

    def __init__(self, client: BhashiniClient, *, gender: str | None = None) -> None:
        super().__init__(client)
        self.gender = gender or client.config.tts_gender

    def supports(self, language: str) -> bool:
        """Whether `language` is among the configured languages."""
        return language in self.client.config.languages

    def voice_names(self, language: str) -> list[str]:
        """Bhashini's voices are its two genders."""
        return ["male", "female"] if self.supports(language) else []

    async def synthesize(
        self,
        text: str,
        *,
        language: str,
        sample_rate: int,
        voice: str | None = None,
        rate: float = 1.0,
    ) -> AsyncIterator[SpeechChunk]:
        """Yield the whole reply as one chunk. `voice` may be "male" or "female"; Bhashini
        has no speaking-rate control, so `rate` is not applied."""
        if not text.strip():
            return
        self._check(language)
        gender = voice if voice in ("male", "female") else self.gender
        wav, _declared = await self.client.synthesize(text, language=language, gender=gender)
        try:
            # The WAV header is the authority on the rate; the declared one is informative.
            samples, got_rate = read_wav_bytes(wav)
        except AudioFormatError as exc:
            raise _malformed("tts", str(exc)) from None
        pcm = float32_to_pcm16(resample(samples, got_rate, sample_rate))
        yield SpeechChunk(pcm=pcm, sample_rate=sample_rate, text=text, index=0, final=True)
