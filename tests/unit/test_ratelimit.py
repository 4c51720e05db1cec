"""Rate limits per user and per client IP, in memory and in a real Redis."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable, Sequence

import pytest
from starlette.routing import BaseRoute

from server.app import create_app
from server.ratelimit import RateLimiter, Verdict, sliding_wait
from server.settings import Settings
from tests.conftest import REDIS_URL, need

MEMORY = "async+memory://"
LIMITS = {"auth": "3/minute", "bids": "4/minute", "general": "2/minute"}
IP = "203.0.113.7"

Make = Callable[..., RateLimiter]


@pytest.fixture(params=["memory", "redis"])
async def make(request: pytest.FixtureRequest) -> AsyncIterator[Make]:
    """Build limiters on one backend; each starts from empty counters."""
    uri = MEMORY if request.param == "memory" else "async+" + need(REDIS_URL, "Redis")
    built: list[RateLimiter] = [RateLimiter(uri, dict(LIMITS))]
    await built[0].reset()

    def build(limits: dict[str, str] | None = None, **kwargs: object) -> RateLimiter:
        rl = RateLimiter(uri, dict(limits or LIMITS), **kwargs)  # type: ignore[arg-type]
        built.append(rl)
        return rl

    yield build
    for rl in built:
        await rl.reset()
        await rl.aclose()


async def hits(
    rl: RateLimiter, n: int, category: str, *, ip: str = IP, user_id: int | None = None
) -> list[Verdict]:
    return [await rl.hit(category, ip=ip, user_id=user_id) for _ in range(n)]


def assert_denied(verdict: Verdict, window_seconds: int = 60) -> None:
    assert verdict.allowed is False
    # A full window weighs on the next one too: up to two windows to wait.
    assert 1 <= verdict.retry_after <= 2 * window_seconds


async def test_anonymous_gets_n_then_is_denied(make: Make) -> None:
    rl = make()
    allowed = await hits(rl, 3, "auth")
    assert allowed == [Verdict(True)] * 3
    assert all(v.retry_after == 0 for v in allowed)
    denied = await rl.hit("auth", ip=IP, user_id=None)
    assert_denied(denied)
    # Still denied on the next try: a denial does not free a slot.
    assert_denied(await rl.hit("auth", ip=IP, user_id=None))


@pytest.mark.parametrize("category", sorted(LIMITS))
async def test_each_category_uses_its_own_limit(category: str, make: Make) -> None:
    rl = make()
    n = int(LIMITS[category].split("/")[0])
    assert all(v.allowed for v in await hits(rl, n, category, user_id=1))
    assert_denied(await rl.hit(category, ip=IP, user_id=1))


async def test_categories_are_independent(make: Make) -> None:
    rl = make()
    assert all(v.allowed for v in await hits(rl, 3, "auth"))
    assert_denied(await rl.hit("auth", ip=IP, user_id=None))
    assert (await rl.hit("general", ip=IP, user_id=None)).allowed
    assert (await rl.hit("bids", ip=IP, user_id=None)).allowed


def route_categories(routes: Sequence[BaseRoute]) -> set[str]:
    """The category of every `rate_limit(...)` dependency of `routes`, however nested."""
    found: set[str] = set()
    for route in routes:
        included = getattr(route, "original_router", None)  # an included router
        if included is not None:
            found |= route_categories(included.routes)
        dependants = [getattr(route, "dependant", None)]
        while dependants:
            dependant = dependants.pop()
            if dependant is None:
                continue
            dependants.extend(dependant.dependencies)
            call = dependant.call
            if call is not None and call.__qualname__.startswith("rate_limit."):
                found.add(inspect.getclosurevars(call).nonlocals["category"])
    return found


async def test_settings_give_every_category_the_app_uses_a_limit() -> None:
    # Bids over the live socket count as "bids" too, wrong /metrics tokens "metrics", and
    # the deals an address opens at one stall "stall_deals" (`count_stall_deal`), and a
    # password sign-in also counts against its account's "sign_ins" (the login route).
    used = route_categories(create_app(Settings()).routes) | {
        "bids",
        "metrics",
        "stall_deals",
        "sign_ins",
    }
    assert {"auth", "bids", "general", "payments", "sockets", "joins"} <= used
    limiter = RateLimiter.from_settings(Settings(redis_url=None))
    try:
        assert limiter.categories == used
    finally:
        await limiter.aclose()


async def test_anonymous_ips_are_independent(make: Make) -> None:
    rl = make()
    assert all(v.allowed for v in await hits(rl, 3, "auth", ip="198.51.100.1"))
    assert_denied(await rl.hit("auth", ip="198.51.100.1", user_id=None))
    assert all(v.allowed for v in await hits(rl, 3, "auth", ip="198.51.100.2"))


async def test_users_behind_one_ip_are_limited_separately(make: Make) -> None:
    rl = make()
    assert all(v.allowed for v in await hits(rl, 4, "bids", user_id=1))
    assert_denied(await rl.hit("bids", ip=IP, user_id=1))
    # A second shopper on the same market Wi-Fi is not punished for the first one.
    assert all(v.allowed for v in await hits(rl, 4, "bids", user_id=2))
    assert_denied(await rl.hit("bids", ip=IP, user_id=2))


async def test_a_user_is_limited_across_ips(make: Make) -> None:
    rl = make()
    for i in range(4):
        assert (await rl.hit("bids", ip=f"198.51.100.{i}", user_id=1)).allowed
    assert_denied(await rl.hit("bids", ip="198.51.100.99", user_id=1))


async def test_ip_limit_is_five_times_the_user_limit_for_known_users(make: Make) -> None:
    rl = make()
    per_user = 4
    # Five users each use their whole allowance: 5 × 4 = 20 hits from one IP, all allowed.
    for user in range(1, 6):
        verdicts = await hits(rl, per_user, "bids", user_id=user)
        assert all(v.allowed for v in verdicts), user
    # A sixth user has a fresh per-user allowance but the IP is now spent.
    assert_denied(await rl.hit("bids", ip=IP, user_id=6))
    # The same sixth user from another IP is fine.
    assert (await rl.hit("bids", ip="198.51.100.200", user_id=6)).allowed


async def test_ip_factor_is_configurable(make: Make) -> None:
    rl = make(ip_factor=2)
    for user in (1, 2):
        assert all(v.allowed for v in await hits(rl, 2, "general", user_id=user))
    assert_denied(await rl.hit("general", ip=IP, user_id=3))


async def test_bids_get_a_wider_address_window_than_other_categories(make: Make) -> None:
    rl = make(ip_factors={"bids": 8})
    # Eight accounts behind one address each offer their own 4: all taken.
    for user in range(1, 9):
        assert all(v.allowed for v in await hits(rl, 4, "bids", user_id=user)), user
    assert_denied(await rl.hit("bids", ip=IP, user_id=9))  # the address is spent at 8×
    # Other categories keep the plain factor: the sixth account is refused there.
    for user in range(1, 6):
        assert all(v.allowed for v in await hits(rl, 2, "general", user_id=user)), user
    assert_denied(await rl.hit("general", ip=IP, user_id=6))


async def test_a_market_behind_one_address_keeps_its_offers(make: Make) -> None:
    """The limits as configured: a market of 20 accounts behind one address (a hotspot,
    a carrier's NAT) each offering at their own per-account limit keeps every offer;
    one account past its own limit is still refused, and so is the address past its
    window, whatever new account asks."""
    settings = Settings(_env_file=None)
    assert (settings.rate_limit_bids, settings.rate_limit_bids_ip_factor) == ("30/minute", 20)
    from_settings = RateLimiter.from_settings(settings)
    assert from_settings._ip_items["bids"].amount == 600
    assert from_settings._ip_items["general"].amount == 600  # 120/minute, 5×
    await from_settings.aclose()
    # The same amounts over an hour, so that the 600 offers (seconds of them on a busy
    # machine) never straddle the edge of a window: past that edge a sliding-window
    # counter weighs the window before less and less, and the address would seem to have
    # room again.
    per_hour = settings.rate_limit_bids.replace("minute", "hour")
    rl = make(
        {"bids": per_hour, "general": settings.rate_limit_general},
        ip_factors={"bids": settings.rate_limit_bids_ip_factor},
    )
    for user in range(1, 21):
        verdicts = await hits(rl, 30, "bids", user_id=user)
        assert all(v.allowed for v in verdicts), (user, verdicts.count(Verdict(True)))
    hour = 3600
    assert_denied(await rl.hit("bids", ip="198.51.100.9", user_id=1), hour)  # its own 30
    assert_denied(await rl.hit("bids", ip=IP, user_id=21), hour)  # the address's 600 spent
    assert (await rl.hit("bids", ip="198.51.100.9", user_id=21)).allowed


async def test_anonymous_requests_get_the_plain_limit_per_ip(make: Make) -> None:
    rl = make()
    # Known users on this IP have a 5× allowance; anonymous ones have the plain one.
    assert all(v.allowed for v in await hits(rl, 2, "general"))
    assert_denied(await rl.hit("general", ip=IP, user_id=None))


async def test_disabled_limiter_always_allows(make: Make) -> None:
    rl = make(enabled=False)
    assert rl.categories == set(LIMITS)
    for category in rl.categories:
        verdicts = await hits(rl, 50, category) + await hits(rl, 50, category, user_id=1)
        assert verdicts == [Verdict(True)] * 100


async def test_reset_forgets_every_counter(make: Make) -> None:
    rl = make()
    await hits(rl, 3, "auth")
    assert_denied(await rl.hit("auth", ip=IP, user_id=None))
    await rl.reset()
    assert (await rl.hit("auth", ip=IP, user_id=None)).allowed


async def test_retry_after_reflects_the_window(make: Make) -> None:
    rl = make({"auth": "1/hour", "bids": "1/second", "general": "1/minute"})
    assert (await rl.hit("auth", ip=IP, user_id=None)).allowed
    verdict = await rl.hit("auth", ip=IP, user_id=None)
    assert verdict.allowed is False
    assert 60 < verdict.retry_after <= 7200  # sliding windows align to the clock
    assert (await rl.hit("bids", ip=IP, user_id=None)).allowed
    verdict = await rl.hit("bids", ip=IP, user_id=None)
    assert verdict.allowed is False and verdict.retry_after in (1, 2)


async def test_from_settings_uses_memory_and_the_configured_limits() -> None:
    settings = Settings(
        env="test",
        redis_url=None,
        rate_limit_auth="1/minute",
        rate_limit_bids="2/minute",
        rate_limit_general="3/minute",
    )
    rl = RateLimiter.from_settings(settings)
    assert rl.enabled is True
    assert type(rl.storage).__module__.startswith("limits.aio.storage")
    assert type(rl.storage).__name__ == "MemoryStorage"
    for category, n in (("auth", 1), ("bids", 2), ("general", 3)):
        assert all(v.allowed for v in await hits(rl, n, category))
        assert_denied(await rl.hit(category, ip=IP, user_id=None))


async def test_from_settings_honours_disabled() -> None:
    rl = RateLimiter.from_settings(
        Settings(env="test", redis_url=None, rate_limit_enabled=False, rate_limit_auth="1/minute")
    )
    assert rl.enabled is False
    assert all(v.allowed for v in await hits(rl, 10, "auth"))


def test_the_wait_counts_the_last_windows_weight() -> None:
    # 1/hour, used 29 s before the hour: the next window is weighed down by this one to
    # its end, so the wait is the 29 s left in this window and the next whole hour.
    assert sliding_wait(1, 3600, previous=0, left=29, current=1) == 3629
    assert sliding_wait(1, 1, previous=0, left=0.5, current=1) == 2
    # 5/minute, 6 last minute and 2 now, 40 s left: 6 × 40/60 + 2 + 1 > 5 until the last
    # minute's share falls to 2, with 20 s left, 20 s on.
    assert sliding_wait(5, 60, previous=6, left=40, current=2) == 20


class _Clock:
    """`time.time` for the limiter and the `limits` memory storage, set by the test."""

    def __init__(self, now: float) -> None:
        self.now = now

    def time(self) -> float:
        return self.now


async def test_a_full_window_still_weighs_just_after_it_ends(
    make: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 3/minute used up in the last 0.1 s of a minute; 0.05 s into the next one, the last
    # minute still weighs 3 × 59.95/60 ≈ 2.998: a fourth request is one too many, in
    # memory as in Redis (the memory counter once floored the weight to 2 and let it in).
    import limits.aio.storage.memory as memory_storage

    clock = _Clock(1_800_000_000 - 0.1)  # 0.1 s before a minute (and an hour) ends
    monkeypatch.setattr(memory_storage, "time", clock)
    monkeypatch.setattr("server.ratelimit.time", clock)
    rl = make({"auth": "3/minute", "bids": "3/minute", "general": "3/minute"})
    assert [v.allowed for v in await hits(rl, 3, "auth")] == [True] * 3
    clock.now += 0.15
    assert_denied(await rl.hit("auth", ip=IP, user_id=None))
    # Half a minute on, half the last minute's weight is gone: 1.5 + 0 + 1 ≤ 3.
    clock.now += 30
    assert (await rl.hit("auth", ip=IP, user_id=None)).allowed


@pytest.mark.parametrize("into_the_window", [0.5, 30.0, 59.5])
async def test_waiting_out_retry_after_is_enough_and_not_much_more(
    make: Make, monkeypatch: pytest.MonkeyPatch, into_the_window: float
) -> None:
    # A client that waits the Retry-After it was given gets in, and one second less would
    # not have been enough: 30/minute used up early in a minute weighs on the next minute
    # too (about 62 s to wait from its start), with or without a window before it.
    import limits.aio.storage.memory as memory_storage

    clock = _Clock(1_800_000_000 + into_the_window)  # a minute (and an hour) starts at 0
    monkeypatch.setattr(memory_storage, "time", clock)
    monkeypatch.setattr("server.ratelimit.time", clock)
    rl = make({"auth": "30/minute", "bids": "30/minute", "general": "30/minute"})
    assert all(v.allowed for v in await hits(rl, 30, "auth"))
    refused = await rl.hit("auth", ip=IP, user_id=None)
    assert refused.allowed is False
    start = clock.now
    clock.now = start + refused.retry_after - 1
    assert not (await rl.hit("auth", ip=IP, user_id=None)).allowed
    clock.now = start + refused.retry_after
    assert (await rl.hit("auth", ip=IP, user_id=None)).allowed
