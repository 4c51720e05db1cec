"""`/metrics` of `serve --workers 2`: every scrape, whichever worker takes it, serves both
workers' series, each labelled with its worker, so the totals neither jump nor halve
between scrapes."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import REDIS_URL, need
from tests.integration.test_live_two_processes import server_env, start_serve, stop, until_up


def _series(text: str, sample_name: str) -> dict[tuple[tuple[str, str], ...], float]:
    out: dict[tuple[tuple[str, str], ...], float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == sample_name:
                out[tuple(sorted(sample.labels.items()))] = sample.value
    return out


async def test_every_scrape_serves_every_workers_series(postgres_url: str, tmp_path: Path) -> None:
    redis_url = need(REDIS_URL, "Redis")
    env = server_env(postgres_url, redis_url, "metrics-workers-secret-" + "m" * 32)
    log = tmp_path / "serve.log"
    proc, port = start_serve(env, log)
    base = f"http://127.0.0.1:{port}"
    try:
        await until_up(base, proc, log)
        for _ in range(40):  # fresh connections: both workers take some
            async with httpx.AsyncClient() as client:
                assert (await client.get(f"{base}/healthz")).status_code == 200
        workers_seen: set[str] = set()
        for _ in range(8):
            async with httpx.AsyncClient() as client:
                text = (await client.get(f"{base}/metrics")).text
            healthz = _series(text, "vyapar_http_responses_total")
            by_worker: dict[str, float] = defaultdict(float)
            for labels, value in healthz.items():
                named = dict(labels)
                if named["route"] == "/healthz":
                    by_worker[named.get("worker", "unlabelled")] += value
            # Every scrape: the whole count, whichever worker answered it.
            assert sum(by_worker.values()) == 40, (by_worker, log.read_text()[-2000:])
            capacity = _series(text, "vyapar_db_pool_capacity")
            workers = {dict(labels).get("worker", "unlabelled") for labels in capacity}
            assert len(workers) == 2, text[-2000:]
            workers_seen |= workers
        assert len(workers_seen) == 2  # the same two workers, scrape after scrape
    finally:
        stop(proc)
