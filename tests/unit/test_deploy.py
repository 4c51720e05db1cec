"""deploy/compose.yaml and its Caddyfile name only what the server actually reads: every
app container's command is a real `vyaparmitra` command, every setting a field of
`Settings`, every health check a route the app serves, every Caddy placeholder one the
proxy is given."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click
import pytest
import uvicorn.config
import yaml

from server.app import create_app
from server.cli import main
from server.settings import Settings
from tests.conftest import make_settings

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
UVICORN_ENV = {"FORWARDED_ALLOW_IPS"}
"""Read by uvicorn itself (which `vyaparmitra serve` runs), not by `Settings`."""
POSTGRES_ENV = {"POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    return data


def app_services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The services that run this project's image (built from the Dockerfile)."""
    found = {
        name: svc
        for name, svc in compose["services"].items()
        if svc.get("build", {}).get("dockerfile") == "Dockerfile"
    }
    assert set(found) == {"migrate", "app"}
    return found


def route_paths() -> set[str]:
    """Every path the app serves (its routers' routes, and its own)."""
    app = create_app(make_settings("sqlite://"))
    found: set[str] = set()
    pending: list[Any] = list(app.routes)
    while pending:
        route = pending.pop()
        inner = getattr(route, "original_router", None)
        if inner is not None:  # an included router (no prefixes here)
            pending.extend(inner.routes)
        elif isinstance(getattr(route, "path", None), str):
            found.add(route.path)
    assert "/healthz" in found and "/ws/telephony/twilio" in found
    return found


def setting_names() -> set[str]:
    return {f"VYAPAR_{name.upper()}" for name in Settings.model_fields}


def env_file_names(path: Path) -> set[str]:
    return {
        line.split("=", 1)[0]
        for line in path.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }


def test_the_app_reads_every_setting_the_deployment_gives(compose: dict[str, Any]) -> None:
    assert "FORWARDED_ALLOW_IPS" in inspect.getsource(uvicorn.config)
    known = setting_names() | UVICORN_ENV
    for name, svc in app_services(compose).items():
        unknown = set(svc["environment"]) - known
        assert not unknown, f"{name} sets what nothing reads: {unknown}"
        assert svc["environment"]["VYAPAR_AUTO_MIGRATE"] == "false"
        for entry in svc["env_file"]:
            assert not entry["required"]
            example = DEPLOY / f"{entry['path']}.example"
            unknown = env_file_names(example) - setting_names()
            assert not unknown, f"{example.name} sets what nothing reads: {unknown}"
    # The URLs name the services that are there, and build valid settings.
    env = compose["services"]["app"]["environment"]
    services = set(compose["services"])
    values = {
        k.removeprefix("VYAPAR_").lower(): interpolated(v)
        for k, v in env.items()
        if k.startswith("VYAPAR_")
    }
    assert urlsplit(values["database_url"]).hostname == "db" and "db" in services
    assert urlsplit(values["redis_url"]).hostname == "redis" and "redis" in services
    settings = Settings(**values)
    assert settings.env == "production" and not settings.is_sqlite


def interpolated(value: str) -> str:
    """A compose value with each `${NAME:?why}` filled in (48 letters: a valid secret)."""
    return re.sub(r"\$\{[^}]*\}", "x" * 48, value)


def resolve(args: list[str]) -> click.Command:
    """The command `args` names, its options parsed as click would (an unknown option or
    command raises)."""
    assert args[0] == "vyaparmitra"
    command: click.Command = main
    rest = args[1:]
    while True:
        ctx = command.make_context("vyaparmitra", list(rest))
        if not isinstance(command, click.Group):
            return command
        name, sub, rest = command.resolve_command(ctx, list(rest))
        assert sub is not None, f"no command {name!r}"
        command = sub


def test_every_command_is_one_the_cli_has(compose: dict[str, Any]) -> None:
    services = app_services(compose)
    assert resolve(services["migrate"]["command"]).name == "upgrade"
    assert resolve(services["app"]["command"]).name == "serve"
    # Migrations run once, to completion, before any app container starts.
    assert services["migrate"]["restart"] == "no"
    assert services["app"]["depends_on"]["migrate"] == {
        "condition": "service_completed_successfully"
    }
    assert services["migrate"]["depends_on"]["db"] == {"condition": "service_healthy"}
    assert services["app"]["deploy"]["replicas"] >= 2


def test_health_checks_ask_paths_the_app_serves(compose: dict[str, Any]) -> None:
    routes = route_paths()
    app = compose["services"]["app"]
    port = app["environment"]["VYAPAR_PORT"]
    check = " ".join(app["healthcheck"]["test"])
    asked = re.findall(r"http://127\.0\.0\.1:(\d+)(/[\w/]*)", check)
    assert asked, check
    for asked_port, path in asked:
        assert asked_port == port
        assert path in routes, f"{path} is not a route"
    for name in ("db", "redis", "proxy"):
        assert compose["services"][name]["healthcheck"]["test"][0] == "CMD"
    assert compose["services"]["proxy"]["depends_on"]["app"] == {"condition": "service_healthy"}
    assert set(compose["services"]["db"]["environment"]) <= POSTGRES_ENV


def test_the_proxy_reaches_the_app_and_has_what_its_caddyfile_names(
    compose: dict[str, Any],
) -> None:
    caddyfile = (DEPLOY / "Caddyfile").read_text()
    proxy = compose["services"]["proxy"]
    assert set(re.findall(r"\{\$(\w+)\}", caddyfile)) == set(proxy["environment"])
    assert "./Caddyfile:/etc/caddy/Caddyfile:ro" in proxy["volumes"]
    app = compose["services"]["app"]
    upstream = re.search(r"dynamic a \{\s*name (\w+)\s*port (\d+)", caddyfile)
    assert upstream is not None
    assert upstream[1] == "app" and upstream[2] == app["environment"]["VYAPAR_PORT"]
    assert re.search(r"@metrics path /metrics\s*respond @metrics 404", caddyfile)
    assert "ports" not in app  # only through the proxy
    assert app["environment"]["VYAPAR_PUBLIC_BASE_URL"].startswith("https://${SITE_ADDRESS")


def test_the_deploy_readme_names_routes_that_exist() -> None:
    routes = route_paths()
    readme = (DEPLOY / "README.md").read_text()
    named = set(re.findall(r"wss?://[^/\s`]+(/[\w/{}-]*)", readme))
    named |= set(re.findall(r"https://[^/\s`]+(/[\w/{}-]*)", readme))
    assert {"/ws/telephony/twilio", "/ws/telephony/exotel"} <= named
    assert named <= routes, named - routes
