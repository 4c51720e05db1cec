"""One speaker's replies prepared ahead, and when each is kept, waited for or stopped.

At a pause whose decode covers all the speech so far, the reply those words would make
is prepared (`ReplyAhead.prepare`: translated, synthesized) while the silence runs out.
If the speaker goes on, it is dropped. When the utterance ends on that pause, it becomes
the ending reply: the turn waits for it when its words are the turn's (its translation
and speech are the reply's), and stops it otherwise, so nothing prepared ahead lands
after the reply it was for. The wait is bounded: a reply still not ready after
`wait_s` is stopped and the turn makes its own, so a hung engine cannot hold a turn.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from audio.vad import SpeechMark

log = logging.getLogger("vyaparmitra.live")


class AheadReplies:
    """The reply being prepared for the pause being heard, and the one for an utterance
    that has ended, waiting for its turn (`settle`)."""

    def __init__(
        self,
        prepare: Callable[[str], Awaitable[None]],
        *,
        on_drop: Callable[[], None],
        wait_s: float,
        side: str,
        enabled: bool = True,
    ) -> None:
        self.enabled = enabled
        """False: nothing is prepared ahead (`TurnTaking.speak_ahead`)."""
        self._prepare = prepare
        self._on_drop = on_drop
        self.wait_s = wait_s
        self._side = side
        self.mark: SpeechMark | None = None
        """The pause whose words' reply is being prepared."""
        self._task: asyncio.Task[None] | None = None
        self._text = ""
        self.ending: tuple[str, asyncio.Task[None]] | None = None
        """The reply being prepared for the words of an utterance that has ended."""

    def at_pause(self, mark: SpeechMark, text: str) -> None:
        """Prepare the reply to `text`, the words of everything said up to `mark`."""
        self.drop()
        self.mark, self._text = mark, text
        self._task = asyncio.create_task(self._run(text), name=f"ahead-{self._side}")

    def went_on(self, mark: SpeechMark | None) -> None:
        """The endpointer's mark now: speech past the pause makes its reply no one's."""
        if self.mark is not None and mark is not None and mark != self.mark:
            self.drop()

    def utterance_ended(self, mark: SpeechMark | None) -> None:
        """The utterance ended at `mark`: a reply prepared at that very pause becomes the
        ending reply; one prepared at an earlier pause is dropped."""
        if self.mark is not None and self.mark != mark:
            self.drop()  # the utterance ended with more (or other) speech
        self.mark = None
        if self._task is not None:  # done or nearly: its speech is the relay's to use
            if self.ending is not None:
                self.ending[1].cancel()  # an earlier turn's, never settled
            self.ending = (self._text, self._task)
        self._task = None

    def for_ended(self, text: str) -> None:
        """Prepare the reply to `text` now: the words an ended utterance is about to be
        decoded to afresh (the speech is over, so nothing can resume it)."""
        if not self.enabled or not text.strip():
            return
        if self._task is not None:
            self._task.cancel()
        self._task = None
        if self.ending is not None:
            self.ending[1].cancel()
        self.ending = (text, asyncio.create_task(self._run(text), name=f"ahead-{self._side}"))

    async def settle(self, text: str) -> None:
        """Before the turn's reply to `text` is made: wait (at most `wait_s`) for a reply
        being prepared for these very words, stop one for other words."""
        ending, self.ending = self.ending, None
        if ending is None or ending[1].done():
            return
        words, task = ending
        if words == text:
            done, _ = await asyncio.wait([task], timeout=self.wait_s)
            if done:
                return
            log.warning("a reply prepared ahead was not ready; made afresh")
        task.cancel()

    def drop(self) -> None:
        """Stop the reply being prepared for the pause, and forget its speech."""
        self.mark = None
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._on_drop()

    def close(self) -> None:
        for task in (self._task, self.ending and self.ending[1]):
            if task is not None:
                task.cancel()

    async def _run(self, text: str) -> None:
        try:
            await self._prepare(text)
        except asyncio.CancelledError:
            raise
        except Exception:  # a guess: the turn itself reports what goes wrong
            log.debug("preparing a reply ahead failed", extra={"side": self._side})
