"""Typed errors of the audio layer. `retryable` tells a caller whether to try again."""

from __future__ import annotations


class AudioError(Exception):
    """Base of everything the audio layer raises on purpose."""


class AudioFormatError(AudioError, ValueError):
    """Bytes that are not the audio they claim to be (bad WAV, odd byte count, rate)."""


class EngineError(AudioError):
    def __init__(
        self,
        message: str,
        *,
        retryable: bool,
        provider: str | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable
        self.provider = provider
        self.status = status

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.message!r}, retryable={self.retryable}, "
            f"provider={self.provider!r}, status={self.status!r})"
        )


class EngineUnavailable(EngineError):
    """The provider cannot serve this language/task at all (not worth retrying)."""

    def __init__(self, message: str, *, provider: str | None = None) -> None:
        super().__init__(message, retryable=False, provider=provider)


class EngineTimeout(EngineError):
    def __init__(self, message: str, *, provider: str | None = None) -> None:
        super().__init__(message, retryable=True, provider=provider)


class PoolSaturated(EngineError):
    """The worker pool's queue is full; the caller should tell the speaker we are busy."""

    def __init__(self, message: str, *, provider: str | None = None) -> None:
        super().__init__(message, retryable=True, provider=provider)
