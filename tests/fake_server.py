"""The server as `vyaparmitra serve` runs it, hearing and speaking through the fakes of
`tests.fakes`: for tests that need more than one server process but are not about the
engines. Settings come from the environment as usual; `VYAPAR_TEST_HEARS` is a JSON list
of what the recogniser hears, in order.

    python -m tests.fake_server --port 8001
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
from collections.abc import AsyncIterator

import uvicorn
from fastapi import FastAPI

from server.app import create_app
from tests.fakes import FakeEngines, FakeSTT, FakeTTS


def fake_app() -> FastAPI:
    app = create_app()
    hears = json.loads(os.environ.get("VYAPAR_TEST_HEARS", "[]"))
    started = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with started(app):
            live = app.state.live
            tts = FakeTTS(chunks=4, chunk_seconds=0.25)
            live.engines = FakeEngines(live.engines, FakeSTT(*hears), tts)
            yield

    app.router.lifespan_context = lifespan
    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run(fake_app(), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
