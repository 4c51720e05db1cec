"""The payments benchmark's figures: one round's CPU split and the others' cores, the
median and spread over rounds, and the errors summed."""

from __future__ import annotations

import asyncio

from benchmarks.payments.cpu import LoadSampler
from benchmarks.payments.traffic import Results
from benchmarks.payments_load import round_figures, summary, total_errors


def a_round(paid: int, wall: float, server: float, machine: float) -> dict:
    results = Results(create=[0.1] * paid, end_to_end=[0.5] * paid, status_polls=2 * paid)
    before = {"server": 10.0, "sandbox": 1.0, "postgres": 2.0, "client": 0.5, "machine": 100.0}
    after = {
        "server": 10.0 + server,
        "sandbox": 1.5,
        "postgres": 3.0,
        "client": 0.75,
        "machine": 100.0 + machine,
    }
    return round_figures(results, wall, before, after, {"mean": 3.0, "max": 4.0})


def test_a_round_splits_cpu_per_payment_and_counts_the_others() -> None:
    r = a_round(paid=100, wall=10.0, server=2.0, machine=6.0)
    assert r["payments_per_minute"] == 600.0
    assert r["status_polls_per_payment"] == 2.0
    assert r["cpu_ms_per_payment"] == {
        "server": 20.0,
        "sandbox": 5.0,
        "postgres": 10.0,
        "client": 2.5,
        "total": 37.5,
    }
    # 6 s of the machine busy, 3.75 s of it ours: the rest is everyone else's.
    assert r["other_processes_cores"] == 0.23
    assert r["cpu_cores_busy"]["server"] == 0.2


def test_a_round_never_reports_negative_others() -> None:
    assert a_round(paid=10, wall=1.0, server=1.0, machine=0.5)["other_processes_cores"] == 0.0


def test_rounds_give_median_and_spread() -> None:
    rounds = [a_round(paid=100, wall=w, server=2.0, machine=5.0) for w in (10.0, 20.0, 5.0)]
    rounds[1]["errors"] = {"create 503": 2}
    rounds[2]["errors"] = {"create 503": 1, "not paid in time": 1}
    s = summary(rounds)
    assert s["rounds"] == 3
    assert s["payments_per_minute"] == {"median": 600.0, "min": 300.0, "max": 1200.0}
    assert s["cpu_ms_per_payment"]["server"] == {"median": 20.0, "min": 20.0, "max": 20.0}
    assert total_errors(rounds) == {"create 503": 3, "not paid in time": 1}


def test_the_load_sampler_stops_cleanly() -> None:
    async def run() -> dict:
        sampler = LoadSampler()
        sampler.start()
        await asyncio.sleep(0.01)
        return await sampler.stop()

    out = asyncio.run(run())
    assert set(out) == {"mean", "max"}


def test_a_create_refused_for_load_is_asked_again_after_the_wait_it_names() -> None:
    """The server sheds load with 503 + `Retry-After`; the benchmark, as the shopper's
    page, waits that long and asks again, and counts the refusal instead of a failure."""
    from aiohttp import web

    from benchmarks.payments.traffic import LeanClient, pay_all

    asked: list[float] = []

    async def create(request: web.Request) -> web.Response:
        asked.append(asyncio.get_running_loop().time())
        if len(asked) == 1:
            return web.json_response(
                {"error": {"code": "overloaded"}}, status=503, headers={"Retry-After": "0.2"}
            )
        return web.json_response({"razorpay_order_id": "order_1"})

    async def pay(request: web.Request) -> web.Response:
        return web.json_response({})

    async def order(request: web.Request) -> web.Response:
        return web.json_response({"status": "paid"})

    async def run() -> Results:
        app = web.Application()
        app.router.add_post("/api/payment/create", create)
        app.router.add_post("/sandbox/orders/{id}/pay", pay)
        app.router.add_get("/api/orders/{id}", order)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        base = f"http://127.0.0.1:{port}"
        api, rzp = LeanClient(base, 2), LeanClient(base, 2)
        results = Results()
        try:
            await pay_all(api, rzp, [(1, {})], 1, results, 10.0, 0.01)
        finally:
            await api.aclose()
            await rzp.aclose()
            await runner.cleanup()
        return results

    results = asyncio.run(run())
    assert results.shed == 1 and results.errors == {}
    assert len(results.end_to_end) == 1
    assert asked[1] - asked[0] >= 0.2
