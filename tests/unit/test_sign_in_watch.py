"""The sign-in watch tells a socket to renew once, shortly before its token lapses, and
closes it at the lapse, even while the database that answers for revocations is away."""

from __future__ import annotations

from typing import Any

import pytest

from server.live.revocation import CLOSE_EXPIRED, SignInWatch


class AwayGate:
    """An account gate whose database cannot be reached."""

    async def standings(self, user_ids: list[int]) -> dict[int, Any]:
        raise ConnectionError("database away")


class Socket:
    def __init__(self) -> None:
        self.told: list[dict[str, Any]] = []
        self.closed: list[tuple[int, str, dict[str, Any] | None]] = []

    async def warn(self, event: dict[str, Any]) -> None:
        self.told.append(event)

    async def close(self, code: int, reason: str, last: dict[str, Any] | None) -> None:
        self.closed.append((code, reason, last))


async def test_renew_once_then_closed_at_the_lapse() -> None:
    watch = SignInWatch(AwayGate(), interval=1.0, renew_notice=60.0)  # type: ignore[arg-type]
    lapsing, lasting = Socket(), Socket()
    watch.watch(1, 3, lapsing.close, expires_at=1000.0, warn=lapsing.warn)
    watch.watch(2, 3, lasting.close, expires_at=None, warn=lasting.warn)

    assert await watch.sweep_lapses(now=900.0) == 0
    assert lapsing.told == []
    assert await watch.sweep_lapses(now=945.5) == 0
    assert lapsing.told == [{"type": "renew", "expires_in": 54}]
    assert await watch.sweep_lapses(now=950.0) == 0
    assert len(lapsing.told) == 1  # once
    assert await watch.sweep_lapses(now=1000.0) == 1
    [(code, reason, last)] = lapsing.closed
    assert (code, reason) == (CLOSE_EXPIRED, "token_expired")
    assert last is not None and last["type"] == "error" and last["code"] == "token_expired"
    assert len(watch) == 1
    assert lasting.told == [] and lasting.closed == []


async def test_a_lapse_is_closed_while_the_database_is_away() -> None:
    watch = SignInWatch(AwayGate(), interval=1.0, renew_notice=60.0)  # type: ignore[arg-type]
    lapsed, lasting = Socket(), Socket()
    watch.watch(1, 3, lapsed.close, expires_at=1.0, warn=lapsed.warn)
    watch.watch(2, 3, lasting.close)
    with pytest.raises(ConnectionError):
        await watch.sweep()
    assert [c[0] for c in lapsed.closed] == [CLOSE_EXPIRED]
    assert lasting.closed == []
