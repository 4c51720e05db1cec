"""The stall line's voice between deals, when the call is in no room: sentences said
straight to the phone, and an ear that listens for the vendor's yes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from audio.codecs import StreamResampler, float32_to_pcm16, pcm16_to_float32, resample
from audio.errors import EngineError
from audio.frames import Float32Array
from audio.vad import SpeechStarted, UtteranceEnded, endpointer_for
from server.live.clients import PhoneClient
from server.live.turns.rules import is_confirmation, opens_with_yes

if TYPE_CHECKING:
    from server.live.service import LiveService

log = logging.getLogger("vyaparmitra.live")


async def say(live: LiveService, client: PhoneClient, text: str, utterance_id: str) -> float:
    """Synthesize `text` in the client's language and stream it to the phone; the seconds
    of audio sent (the far end plays them in real time). A voice that fails says nothing."""
    tts = live.engines.tts(client.language)
    await client.start_audio(utterance_id, text)
    seconds = 0.0
    stream = tts.synthesize(text, language=client.language, sample_rate=client.output_rate)
    try:
        async for chunk in stream:
            if chunk.pcm:
                await client.send_audio(chunk.pcm)
                seconds += len(chunk.pcm) / 2 / chunk.sample_rate
    except EngineError as exc:
        log.warning("the stall line could not speak", extra={"error": exc.message})
    finally:
        await stream.aclose()  # type: ignore[attr-defined]
        await client.end_audio(utterance_id, interrupted=False)
    return seconds


class YesEar:
    """Listens to the phone while a customer is offered: each utterance is transcribed in
    the vendor's language and `on_yes` is called for a yes. Audio fed while not listening
    is dropped (standby costs no VAD or speech to text). After a yes the ear stops
    listening; the audio it had not yet heard is the caller's to take (`rest`): what the
    vendor says straight after "yes" belongs to the deal. A yes and more in one breath
    ("Yes, ninety rupees") is a yes too, and `on_yes` is given that utterance (PCM16 at
    8 kHz) for the deal to hear as its first words; a plain yes gives None. `on_speech` is
    called as each utterance starts, heard as a yes or not: someone is talking into this
    phone."""

    def __init__(
        self,
        live: LiveService,
        language: str,
        on_yes: Callable[[bytes | None], None],
        on_speech: Callable[[], None] | None = None,
    ) -> None:
        self.live = live
        self.language = language
        self.on_yes = on_yes
        self.on_speech = on_speech
        self.listening = False
        self._audio: asyncio.Queue[bytes] = asyncio.Queue(maxsize=500)
        self._fresh()
        self._task = asyncio.create_task(self._loop(), name="stall-ear")

    def _fresh(self) -> None:
        live = self.live
        self.endpointer = endpointer_for(8000, live.vad, live.vad_8k, live.endpointer_config)
        self.resampler = StreamResampler(8000, self.endpointer.rate)

    def listen(self, on: bool) -> None:
        if on and not self.listening:
            self._fresh()  # nothing heard before the offer counts
        self.listening = on

    def feed(self, pcm16: bytes) -> None:
        if not self.listening:
            return
        with contextlib.suppress(asyncio.QueueFull):
            self._audio.put_nowait(pcm16)

    def rest(self) -> list[bytes]:
        """The audio fed and not yet heard, taken out of the ear (PCM16, in order)."""
        taken: list[bytes] = []
        while not self._audio.empty():
            taken.append(self._audio.get_nowait())
        return taken

    async def _loop(self) -> None:
        while True:
            pcm16 = await self._audio.get()
            if not self.listening:
                continue
            try:
                x = self.resampler.process(pcm16_to_float32(pcm16))
                events = await self.live.vad_pool.run(self.endpointer.push, x, time.monotonic())
                for event in events:
                    if isinstance(event, SpeechStarted) and self.listening and self.on_speech:
                        self.on_speech()
                    if isinstance(event, UtteranceEnded) and self.listening:
                        await self._heard(event.utterance.audio)
            except asyncio.CancelledError:
                raise
            except Exception:  # one bad chunk or decode must not deafen the line
                log.exception("the stall line could not hear an answer")

    async def _heard(self, audio: Float32Array) -> None:
        asr = self.live.engines.asr(self.language)
        transcript = await asr.transcribe(
            resample(audio, self.endpointer.rate, 16000),
            sample_rate=16000,
            language=self.language,
        )
        if not self.listening:
            return
        if is_confirmation(transcript.text, self.language):
            self.listening = False  # what follows the yes is not the ear's to hear
            self.on_yes(None)
        elif opens_with_yes(transcript.text):
            self.listening = False
            self.on_yes(float32_to_pcm16(resample(audio, self.endpointer.rate, 8000)))

    async def close(self) -> None:
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
