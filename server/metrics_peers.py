"""`/metrics` of `serve --workers N`: every worker's series, each labelled with its worker.

The workers share one port, so a scrape reaches whichever worker took the connection,
and each holds only its own counters: served as they are, the series jumped between
workers from one scrape to the next (a counter reset to Prometheus on every other
scrape, and about half the traffic never seen). So `serve` makes a private folder for the
run (`PEERS_DIR`: `metrics/` in the run's folder, `server.runfolder`, removed when it
stops), each worker answers on a Unix socket there (`<pid>.sock`: its own exposition,
nothing else), and the worker a scrape reaches
asks every socket in the folder and serves all of them, each sample with a `worker`
label (the worker's pid). Counters stay monotonic per series; a worker that is
restarted is a new series, which `rate()` and `sum()` handle as they do any target's
restart. The alert rules and the dashboard already sum over series
(`deploy/prometheus/`). A worker that does not answer within `ASK_TIMEOUT_SECONDS` is
left out of that scrape (its socket removed once its process is gone). One worker (no
folder) serves its registry as it is, with no label.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.metrics_core import Metric
from prometheus_client.parser import text_string_to_metric_families

PEERS_DIR = "VYAPAR_METRICS_PEERS_DIR"
"""Set by `serve --workers N` (N > 1) for its workers: the folder of their sockets."""
ASK_TIMEOUT_SECONDS = 2.0
WORKER_LABEL = "worker"

log = logging.getLogger("vyaparmitra")


def peers_dir() -> Path | None:
    raw = os.environ.get(PEERS_DIR)
    return Path(raw) if raw else None


class PeerServer:
    """This worker's socket in the run's folder, answering with its exposition."""

    def __init__(self, folder: Path, exposition: Callable[[], bytes]) -> None:
        self.path = folder / f"{os.getpid()}.sock"
        self.exposition = exposition
        self._server: asyncio.AbstractServer | None = None

    async def start(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()  # a worker before it with this pid
        self._server = await asyncio.start_unix_server(self._answer, path=str(self.path))
        os.chmod(self.path, 0o600)

    async def _answer(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            writer.write(self.exposition())
            await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await writer.wait_closed()

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await self._server.wait_closed()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


async def _ask(path: Path, within: float) -> bytes | None:
    """One worker's exposition, or None when it does not answer `within` seconds."""
    try:
        async with asyncio.timeout(within):
            reader, writer = await asyncio.open_unix_connection(str(path))
            try:
                return await reader.read()
            finally:
                writer.close()
    except (TimeoutError, OSError):
        pid = path.stem
        if pid.isdigit() and not _alive(int(pid)):
            # a worker that died without removing its socket
            await asyncio.to_thread(path.unlink, missing_ok=True)
        return None


def labelled(texts: Iterable[tuple[str, str]]) -> bytes:
    """The expositions (worker, text) as one, each sample labelled with its worker."""
    families: dict[str, Metric] = {}
    for worker, text in texts:
        for family in text_string_to_metric_families(text):
            merged = families.get(family.name)
            if merged is None:
                merged = Metric(family.name, family.documentation, family.type, family.unit)
                families[family.name] = merged
            for sample in family.samples:
                merged.samples.append(
                    sample._replace(labels={**sample.labels, WORKER_LABEL: worker})
                )

    class _Gathered:
        def collect(self) -> Iterable[Metric]:
            return list(families.values())

    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Gathered())
    return generate_latest(registry)


def _other_workers(folder: Path) -> list[Path]:
    me = os.getpid()
    return sorted(
        path for path in folder.glob("*.sock") if path.stem.isdigit() and int(path.stem) != me
    )


async def gather(folder: Path, own: bytes, *, within: float = ASK_TIMEOUT_SECONDS) -> bytes:
    """Every worker's exposition (this one's is `own`), labelled by worker."""
    me = os.getpid()
    others = await asyncio.to_thread(_other_workers, folder)
    answers = await asyncio.gather(*(_ask(path, within) for path in others))
    texts = [(str(me), own.decode())]
    for path, answer in zip(others, answers, strict=True):
        if answer is None:
            log.warning("a worker did not answer for /metrics", extra={"worker": path.stem})
            continue
        texts.append((path.stem, answer.decode()))
    return await asyncio.to_thread(labelled, texts)
