"""`vyaparmitra serve`: checks what the settings and options ask for (TLS files as a pair,
workers with PostgreSQL and Redis), readies the database once, starts the shared engine
process for several workers, then runs uvicorn."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import click

from server.cli_numbers import AsciiIntRange
from server.settings import Settings

PORT = AsciiIntRange(1, 65535)
"""Every command's `--port` (`serve`, `sandbox`, `tls dev`): a port outside it, or not in
ASCII digits, is a usage error (exit 2), not a traceback from the socket or a port taken
modulo 65536."""

WEBSOCKET_OPTIONS: dict[str, Any] = {"ws_ping_interval": None, "ws_ping_timeout": None}
"""uvicorn's own protocol-level keepalive, off wherever the app is served: it closed a
socket whose client stopped reading with 1011 "keepalive ping timeout" (its 20 s + 20 s)
before the project's heartbeat (`VYAPAR_WS_PING_SECONDS` x `VYAPAR_WS_PING_MISSES`: 4002)
or its slow-consumer check (1013) could, and 1011 is no code docs/protocol.md has. The
heartbeat finds a dead browser or console socket; `VYAPAR_PHONE_SILENCE_SECONDS` a
phone leg."""


def register(main: click.Group, load: Any) -> None:
    """Attach `serve` to the CLI group; `load()` returns Settings."""

    @main.command()
    @click.option("--host", default=None, help="Interface to bind (default from VYAPAR_HOST).")
    @click.option(
        "--port",
        default=None,
        type=PORT,
        help="Port (default from VYAPAR_PORT).",
    )
    @click.option(
        "--workers",
        default=1,
        show_default=True,
        type=AsciiIntRange(min=1),
        help="Worker processes (use PostgreSQL and Redis for more than one).",
    )
    @click.option(
        "--tls-cert",
        default=None,
        type=click.Path(dir_okay=False, path_type=Path),
        help="Serve HTTPS with this certificate chain, PEM (default VYAPAR_TLS_CERT_FILE).",
    )
    @click.option(
        "--tls-key",
        default=None,
        type=click.Path(dir_okay=False, path_type=Path),
        help="The certificate's private key, PEM (default VYAPAR_TLS_KEY_FILE).",
    )
    def serve(
        host: str | None,
        port: int | None,
        workers: int,
        tls_cert: Path | None,
        tls_key: Path | None,
    ) -> None:
        """Run the HTTP server (HTTPS with a certificate and key)."""
        import uvicorn

        from server.logs import configure_logging

        settings: Settings = load()
        configure_logging(settings.log_level, json_lines=settings.log_json)
        if workers > 1 and settings.is_sqlite:
            raise click.ClickException("More than one worker needs PostgreSQL, not SQLite.")
        if workers > 1 and not settings.redis_url:
            raise click.ClickException(
                "More than one worker needs VYAPAR_REDIS_URL: rate limits, socket tickets and "
                "rooms must be shared between the workers."
            )
        embedded_sandbox = not (settings.razorpay_key_id and settings.razorpay_key_secret)
        if workers > 1 and embedded_sandbox and settings.razorpay_sandbox_port:
            raise click.ClickException(
                f"VYAPAR_RAZORPAY_SANDBOX_PORT={settings.razorpay_sandbox_port} with {workers} "
                "workers: each worker starts its own embedded Razorpay sandbox, and only one "
                "can bind a fixed port. Run one sandbox for all of them (`vyaparmitra sandbox "
                "--port N` with VYAPAR_RAZORPAY_KEY_ID, VYAPAR_RAZORPAY_KEY_SECRET and "
                "VYAPAR_RAZORPAY_BASE_URL set for the server), or leave the port at 0 "
                "(one sandbox per worker, on any free port)."
            )
        if embedded_sandbox and settings.env == "production":
            raise click.ClickException(
                "Payments need Razorpay keys in production: set VYAPAR_RAZORPAY_KEY_ID, "
                "VYAPAR_RAZORPAY_KEY_SECRET and VYAPAR_RAZORPAY_WEBHOOK_SECRET (the embedded "
                "sandbox is for development)."
            )
        tls = _tls_files(settings, tls_cert, tls_key)
        _check_port(host or settings.host, port or settings.port)
        _follow_port(settings, port or settings.port, https=tls is not None)
        from server.data_folder import ensure_sqlite_dir

        ensure_sqlite_dir(settings.database_url)  # a data folder it cannot write: one line
        _check_models(settings)
        from server import restore

        # Held while it serves: `db restore` refuses to replace the file under it.
        with restore.holding(settings.database_url):
            _ready_database(settings)
            from server import drain, headtimeout, prefork, start_up_signal

            with start_up_signal.ends_start_up(workers > 1), contextlib.ExitStack() as cleanup:
                run = _run_folder(cleanup) if workers > 1 else None
                if run is not None and settings.shared_engines:
                    _start_engine_process(settings, cleanup, run)
                headtimeout.configure(settings.header_timeout_seconds, settings.max_header_bytes)
                if workers > 1:
                    prefork.mark_supervisor()
                if workers > 1 and settings.fork_workers:
                    prefork.preload(tables=settings.warm_engines)
                    prefork.fork_workers()
                prefork.tune_collector()
                drain.install(settings.drain_seconds)
                if workers > 1:
                    drain.install_supervisor(settings.drain_seconds)
                failures = _count_worker_failures() if workers > 1 else []
                _run_or_fail(
                    uvicorn.run,
                    failures,
                    "server.app:create_app",
                    factory=True,
                    http=headtimeout.HeadTimeoutProtocol,
                    h11_max_incomplete_event_size=settings.max_header_bytes,
                    host=host or settings.host,
                    port=port or settings.port,
                    workers=workers,
                    access_log=False,
                    log_config=None,
                    proxy_headers=True,
                    server_header=False,
                    # The socket limit applies as frames are read (and inflated, with
                    # permessage-deflate), not only once a whole message sits in memory.
                    ws_max_size=settings.ws_max_message_bytes,
                    **WEBSOCKET_OPTIONS,
                    timeout_worker_healthcheck=settings.worker_healthcheck_seconds,
                    timeout_graceful_shutdown=settings.shutdown_grace_seconds,
                    ssl_certfile=tls[0] if tls else None,
                    ssl_keyfile=tls[1] if tls else None,
                )


def _run_folder(cleanup: contextlib.ExitStack) -> Path:
    """The run's private folder (`server.runfolder`), after removing those of earlier runs
    that were killed: the workers' metrics sockets (`server.metrics_peers`) and the drain
    mark (`server.drain`) go in it, and it is removed when `serve` stops, however its
    start-up ends."""
    import os
    import shutil

    from server import runfolder, start_up_signal
    from server.drain import DRAIN_FILE
    from server.metrics_peers import PEERS_DIR

    runfolder.reap()

    def remove(folder: Path) -> None:
        # This process may go on (a test, an embedding caller): an app it builds later
        # must not look for its workers' sockets in the removed folder.
        os.environ.pop(PEERS_DIR, None)
        os.environ.pop(DRAIN_FILE, None)
        shutil.rmtree(folder, ignore_errors=True)

    # A SIGTERM between the folder's making and its removal being set up would leave it.
    with start_up_signal.whole_step():
        folder = runfolder.make()
        cleanup.callback(remove, folder)
    (folder / "metrics").mkdir(mode=0o700)
    os.environ[PEERS_DIR] = str(folder / "metrics")
    os.environ[DRAIN_FILE] = str(folder / "draining")
    return folder


WORKER_FAILED = (
    "The server could not start: a worker failed at start-up (its reason is logged above); "
    "no retry would help until that is put right."
)


def _count_worker_failures() -> list[int]:
    """With several workers, uvicorn's supervisor stops when a worker fails before it
    serves (its start-up raised) and returns as from a clean stop: note each such worker
    (its pid) so `serve` exits with status 1, not 0, for a supervisor to see."""
    from uvicorn.config import STARTUP_FAILURE
    from uvicorn.supervisors.multiprocess import Multiprocess

    failures: list[int] = []
    keep_alive = Multiprocess.keep_subprocess_alive

    def noting_failures(self: Multiprocess) -> None:
        keep_alive(self)
        failures.extend(
            process.pid or 0
            for process in self.processes
            if process.exitcode == STARTUP_FAILURE and (process.pid or 0) not in failures
        )

    Multiprocess.keep_subprocess_alive = noting_failures  # type: ignore[method-assign]
    return failures


def _run_or_fail(run: Any, failures: list[int], *args: Any, **kwargs: Any) -> None:
    """`uvicorn.run`, then one line and status 1 when a worker (or the one server) could
    not start: its exit status 3 with one worker, 0 with several."""
    from uvicorn.config import STARTUP_FAILURE

    try:
        run(*args, **kwargs)
    except SystemExit as exc:
        if exc.code == STARTUP_FAILURE:
            raise click.ClickException(WORKER_FAILED) from None
        raise
    if failures:
        raise click.ClickException(WORKER_FAILED)


def _check_port(host: str, port: int, choose: str = "--port / VYAPAR_PORT") -> None:
    """Bind the address as uvicorn will, and let go, before anything starts: a port in use
    (another server), one this user may not take, or a host that is not this machine's is
    one line now (status 1), not a log line after migrations, start-up and the engines'
    warm-up. `choose` names where another port is set (`sandbox` checks with it too)."""
    import socket

    where = f"{host}:{port}"
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise click.ClickException(
            f"Cannot listen on {where}: {reason} (is another server there? stop it, or "
            f"choose another {choose})."
        ) from None


def _follow_port(settings: Settings, port: int, *, https: bool) -> None:
    """Without VYAPAR_PUBLIC_BASE_URL, QR codes and the pages' own origin point at this
    machine on the port (and scheme) actually served, not at the default's 8000."""
    import os

    if "public_base_url" in settings.model_fields_set:
        return
    os.environ["VYAPAR_PUBLIC_BASE_URL"] = f"{'https' if https else 'http'}://localhost:{port}"


def _start_engine_process(settings: Settings, cleanup: contextlib.ExitStack, run: Path) -> Any:
    """One copy of the speech models for every worker: start the engine process (its
    socket in the run's folder, `_run_folder`), wait (bounded) while it loads them, and
    point the workers at its socket. It is stopped however start-up ends."""
    import os

    from server import start_up_signal
    from server.engine_process import EngineProcess

    engines = EngineProcess(
        run / "engines.sock",
        hang_seconds=settings.engine_hang_seconds,
        start_seconds=settings.engine_start_seconds,
    )
    cleanup.callback(engines.stop)
    with start_up_signal.whole_step():
        engines.start()
    if not engines.wait_ready(settings.engine_start_seconds):
        if engines.failed is not None:
            # A reason no restart fixes (a model it cannot make usable): not restarted.
            raise click.ClickException(engines.failed)
        click.echo(
            f"The engine process did not answer within {settings.engine_start_seconds:g} s; "
            "starting the workers anyway (turns get engine_unavailable until it does).",
            err=True,
        )
    os.environ["VYAPAR_ENGINE_SOCKET"] = str(engines.path)
    return engines


def _check_models(settings: Settings) -> None:
    """Engine settings this machine cannot run (a GPU it lacks, a compute type its device
    does not run, a chain with no provider that can work: `check_start_engines`) and,
    with the engines warmed at start-up, a speech model that start-up could not make
    usable, and no restart would (`base` truncated or changed in a read-only cache, a
    packaged file changed), are one line and status 1 now, before any worker or the
    engine process tries to load them (the engine process would fail the same way on
    every restart). A provider named without its own settings is a warning."""
    import logging

    from audio.config import AudioConfig
    from audio.engine_checks import EngineSettingsError, check_start_engines, check_start_models
    from audio.model_errors import ModelNotAvailable

    config = AudioConfig.from_settings(settings)
    try:
        warnings = check_start_engines(config)
    except EngineSettingsError as exc:
        raise click.ClickException(f"invalid settings: {exc}") from None
    for warning in warnings:
        logging.getLogger("vyaparmitra.engines").warning(warning)
    if not settings.warm_engines:
        return
    try:
        check_start_models(config, settings.warm_languages)
    except ModelNotAvailable as exc:
        raise click.ClickException(str(exc).splitlines()[0]) from None


def _tls_files(settings: Settings, cert: Path | None, key: Path | None) -> tuple[Path, Path] | None:
    """The certificate and key to serve HTTPS with (the options, else the settings), both
    checked to load as a pair before anything starts; None: plain HTTP."""
    from server.cli_tls import check_tls_files

    if cert is None and key is None:
        cert, key = settings.tls_cert_file, settings.tls_key_file
    if cert is None or key is None:
        if cert is not None or key is not None:
            raise click.UsageError("--tls-cert and --tls-key go together.")
        return None
    check_tls_files(cert, key)
    if not settings.public_base_url.startswith("https://"):
        click.echo(
            f"note: VYAPAR_PUBLIC_BASE_URL is {settings.public_base_url}; QR codes and the "
            "socket origin check expect the https:// address phones open.",
            err=True,
        )
    return cert, key


def _ready_database(settings: Settings) -> None:
    """Before any worker starts: migrate once (or check the database is at head), each
    wait bounded by the answer timeout. A database that cannot be reached (down, frozen)
    ends `serve` here with one line and `EXIT_DATABASE_UNAVAILABLE`, for a supervisor to
    retry, instead of workers that never come up. Workers check again at start-up."""
    from server import migrate

    timeout = settings.db_answer_timeout_seconds
    if settings.should_auto_migrate:
        migrate.upgrade(settings.database_url, answer_timeout=timeout)
        return
    st = migrate.status(settings.database_url, answer_timeout=timeout)
    if not st.up_to_date and settings.env != "test":
        raise click.ClickException(
            f"The database is at {st.current or '<base>'}, not {st.head}; "
            "run `vyaparmitra db upgrade` first."
        )
