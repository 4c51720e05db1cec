"""The API against its own OpenAPI document: schemathesis generates requests for every
operation (valid ones and invalid ones) as a customer and as a vendor, sends them to a
real server on loopback, and checks each answer: never a server error, a status the
document lists, and a body and headers that match its schema.

Bounded (a fixed number of examples per operation, derandomized) so that it runs the same
way every time, in well under a minute on two cores.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi._hypothesis import _draw_negated_locations
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from server import migrate
from server.app import create_app
from tests.conftest import make_settings

EXAMPLES = int(os.environ.get("VYAPAR_TEST_SCHEMA_EXAMPLES", "12"))
"""Per operation, role and mode (about 35 operations x 2 roles x 2 modes); raise it with
VYAPAR_TEST_SCHEMA_EXAMPLES for a deeper search."""

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]


base_url_database: dict[str, Path] = {}
"""The SQLite file behind each served `base_url` (for `gone`, which deactivates accounts)."""


@pytest.fixture(scope="module")
def base_url(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("schema") / "api.db"
    shutil.copy(sqlite_template, path)
    base_url_database.clear()
    app = create_app(
        make_settings(
            f"sqlite+aiosqlite:///{path}",
            payment_rate_limit="10000/minute",
            # Telephony configured, so that its webhooks answer an unsigned request with
            # 403 (unconfigured, they answer 503 to everyone).
            twilio_auth_token="schema-test-twilio-token",
        )
    )
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive(), "the server did not start"
        assert time.monotonic() < deadline, "the server took over 30 s to start"
        time.sleep(0.02)
    try:
        base_url_database[f"http://127.0.0.1:{port}"] = path
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def tokens(base_url: str) -> dict[str, str]:
    """A vendor with a product and a stall code, a customer who bargained and bought: so
    that ids 1, 2, … name real things the generated requests can reach."""
    with httpx.Client(base_url=base_url, timeout=30) as http:

        def register(role: str, phone: str, **extra: Any) -> str:
            body = {"name": role, "phone": phone, "password": "correct horse battery"}
            r = http.post("/api/auth/register", json={**body, "role": role, **extra})
            assert r.status_code == 201, r.text
            token: str = r.json()["token"]
            return token

        vendor = register("vendor", "+919800000001", business_name="Ramesh Sabzi")
        customer = register("customer", "+919800000002")
        v, c = {"Authorization": f"Bearer {vendor}"}, {"Authorization": f"Bearer {customer}"}
        product = http.post(
            "/api/products",
            json={
                "names": {"en": "Tomato"},
                "list_price_paise": 4000,
                "floor_price_paise": 3000,
                "stock": 50,
            },
            headers=v,
        ).json()
        assert http.post("/api/qr", json={}, headers=v).status_code == 201
        for _ in range(2):
            n = http.post(
                "/api/negotiations",
                json={"product_id": product["id"], "amount_paise": 3500},
                headers=c,
            ).json()
        r = http.post(f"/api/negotiations/{n['id']}/accept", json={}, headers=v)
        assert r.status_code == 200, r.text
    return {"customer": customer, "vendor": vendor}


@pytest.fixture(scope="module")
def schema(base_url: str) -> Any:
    return schemathesis.openapi.from_url(f"{base_url}/openapi.json")


GeneratedCases = list[tuple[str, GenerationMode, list[Any]]]


def generate_cases(operation: Any, mode: GenerationMode) -> list[Any]:
    """The cases hypothesis generates for one operation and mode: derandomized, so the
    same ones every run, and the same for every role (made once, sent as each)."""
    cases: list[Any] = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def collect(case: Any) -> None:
        cases.append(case)

    try:
        collect()
    except Unsatisfiable:
        assert mode is GenerationMode.NEGATIVE  # nothing to get wrong (no parameters)
    return cases


def can_negate(operation: Any) -> bool:
    """Whether schemathesis finds anything in `operation` that it can make invalid: a
    parameter or body with a constraint to break. Where it finds nothing, every negative
    draw is rejected and hypothesis gives up empty-handed after some 460 tries (2-6 s
    for each such operation), so these get no negative cases without asking hypothesis.
    The question is schemathesis's own: the locations it picks from to break a case."""
    nothing_given: dict[ParameterLocation, dict[str, Any] | None] = {
        ParameterLocation.PATH: None,
        ParameterLocation.HEADER: None,
        ParameterLocation.COOKIE: None,
        ParameterLocation.QUERY: None,
    }
    negated = _draw_negated_locations(
        cast(Any, lambda _: True),  # its draw of which of them to break: every one
        operation,
        GenerationMode.NEGATIVE,
        explicit=nothing_given,
        body_is_generated=True,
    )
    return negated is not None


@pytest.fixture(scope="module")
def generated(schema: Any) -> GeneratedCases:
    """Every operation's cases, valid and invalid, generated once for both roles
    (generating them is most of this module's time)."""
    found: GeneratedCases = []
    for result in schema.get_all_operations():
        operation = result.ok()
        positive, negative = GenerationMode.POSITIVE, GenerationMode.NEGATIVE
        found.append((operation.label, positive, generate_cases(operation, positive)))
        cases = generate_cases(operation, negative) if can_negate(operation) else []
        found.append((operation.label, negative, cases))
    return found


def send_as(
    case: Any, token: str, mode: GenerationMode, failures: list[str], statuses: list[int]
) -> None:
    """One generated case sent with `token` (a copy of it: the case serves every role),
    its answer checked against the document."""
    checks = [*CHECKS, negative_data_rejection] if mode is GenerationMode.NEGATIVE else CHECKS
    case = case.derive()
    case.headers = {**(case.headers or {}), "Authorization": f"Bearer {token}"}
    response = case.call(allow_redirects=False, timeout=30)
    statuses.append(response.status_code)
    try:
        case.validate_response(response, checks=checks)
    except (AssertionError, BaseExceptionGroup) as exc:  # a check failed
        failures.append(f"{case.operation.label} ({mode.value}): {exc}"[:2000])


@pytest.mark.parametrize("role", ["customer", "vendor"])
def test_every_operation_keeps_to_the_document(
    generated: GeneratedCases, tokens: dict[str, str], role: str
) -> None:
    failures: list[str] = []
    answered: dict[str, list[int]] = {}
    for label, mode, cases in generated:
        statuses = answered.setdefault(label, [])
        for case in cases:
            send_as(case, tokens[role], mode, failures, statuses)
    # Not vacuous: every operation was called, and many were let through (the token works).
    assert len(answered) >= 30
    assert all(answered.values())
    assert sum(len(s) for s in answered.values()) >= len(answered) * EXAMPLES
    succeeded = [label for label, s in answered.items() if any(200 <= c < 300 for c in s)]
    assert len(succeeded) >= 10, succeeded
    assert not failures, f"{len(failures)} failures:\n\n" + "\n\n".join(failures[:20])


@pytest.fixture(scope="module")
def gone(base_url: str, tokens: dict[str, str]) -> dict[str, dict[str, int]]:
    """Things whose other party is gone, as each role meets them: for the customer, a
    deactivated vendor's product and a negotiation with an offer of that vendor's to
    accept (`stall_closed`); for the vendor, a negotiation with the offer of a deactivated
    customer (`customer_gone`). The generated requests never reach such a state (every
    account they can name is active), which is how the 410s of opening a negotiation and
    of accepting stayed out of the document; these ids take them there."""
    import sqlite3

    with httpx.Client(base_url=base_url, timeout=30) as http:

        def register(role: str, phone: str, **extra: Any) -> tuple[int, dict[str, str]]:
            body = {"name": role, "phone": phone, "password": "correct horse battery"}
            r = http.post("/api/auth/register", json={**body, "role": role, **extra})
            assert r.status_code == 201, r.text
            return r.json()["user"]["id"], {"Authorization": f"Bearer {r.json()['token']}"}

        def product(headers: dict[str, str]) -> int:
            body = {"names": {"en": "Onion"}, "list_price_paise": 4000, "stock": 50}
            r = http.post(
                "/api/products", json={**body, "floor_price_paise": 3000}, headers=headers
            )
            assert r.status_code == 201, r.text
            return int(r.json()["id"])

        def open_(headers: dict[str, str], product_id: int) -> int:
            body = {"product_id": product_id, "amount_paise": 3500}
            r = http.post("/api/negotiations", json=body, headers=headers)
            assert r.status_code == 201, r.text
            return int(r.json()["id"])

        v, c = ({"Authorization": f"Bearer {tokens[role]}"} for role in ("vendor", "customer"))
        closed_vendor, v2 = register("vendor", "+919800000011", business_name="Closed Stall")
        closed_product = product(v2)
        with_closed = open_(c, closed_product)
        r = http.post(
            f"/api/negotiations/{with_closed}/bids", json={"amount_paise": 3800}, headers=v2
        )
        assert r.status_code == 201, r.text
        gone_customer, c2 = register("customer", "+919800000012")
        with_gone = open_(c2, product(v))
    database = base_url_database[base_url]
    with sqlite3.connect(database) as conn:
        conn.executemany(
            "UPDATE users SET is_active = 0 WHERE id = ?", [(closed_vendor,), (gone_customer,)]
        )
    return {
        "customer": {
            "negotiation_id": with_closed,
            "product_id": closed_product,
            "vendor_id": closed_vendor,
        },
        "vendor": {"negotiation_id": with_gone},
    }


@pytest.mark.parametrize("role", ["customer", "vendor"])
def test_every_operation_on_things_whose_other_party_is_gone_keeps_to_the_document(
    generated: GeneratedCases, gone: dict[str, dict[str, int]], tokens: dict[str, str], role: str
) -> None:
    """Every operation's valid cases again, their ids pointed at what `gone` made: each
    answer's status must be one the document lists (410 included where it is answered)."""
    ids = gone[role]
    failures: list[str] = []
    answered: dict[str, list[int]] = {}
    for label, mode, cases in generated:
        if mode is not GenerationMode.POSITIVE:
            continue
        for case in cases:
            params = case.path_parameters or {}
            body = case.body if isinstance(case.body, dict) else {}
            if not {*params, *body} & ids.keys():
                continue
            case = case.derive()
            case.path_parameters = {k: ids.get(k, v) for k, v in params.items()}
            if body:
                case.body = {k: ids.get(k, v) for k, v in body.items()}
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {tokens[role]}"}
            response = case.call(allow_redirects=False, timeout=30)
            answered.setdefault(label, []).append(response.status_code)
            try:
                case.validate_response(
                    response, checks=[not_a_server_error, status_code_conformance]
                )
            except (AssertionError, BaseExceptionGroup) as exc:
                failures.append(f"{label}: {exc}"[:2000])
    # Not vacuous: the gone states were met, on the operations that answer them.
    gone_410 = {label for label, statuses in answered.items() if 410 in statuses}
    expected = {"POST /api/negotiations/{negotiation_id}/accept"}
    if role == "customer":
        expected |= {"POST /api/negotiations", "POST /api/negotiations/{negotiation_id}/bids"}
    assert expected <= gone_410, answered
    assert not failures, f"{len(failures)} failures:\n\n" + "\n\n".join(failures[:20])


def test_every_error_answer_is_documented_with_the_error_schema(tmp_path: Path) -> None:
    app = create_app(make_settings(f"sqlite+aiosqlite:///{tmp_path / 'unused.db'}"))
    spec = app.openapi()
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    error_ref = {"$ref": "#/components/schemas/ErrorOut"}
    for path, operations in spec["paths"].items():
        if not path.startswith("/api/"):
            continue
        for method, operation in operations.items():
            errors = {int(s): r for s, r in operation["responses"].items() if int(s) >= 400}
            assert 503 in errors or path == "/api/ws-ticket", (method, path)
            for status, answer in errors.items():
                if (path, status) == ("/api/payment/callback", 503):  # a browser's page
                    assert list(answer["content"]) == ["text/html"]
                    continue
                schema = answer["content"]["application/json"]["schema"]
                assert schema == error_ref, (method, path, status)
            # A body not UTF-8, slow or too big, whether the route reads one or not.
            assert {400, 408, 413} <= set(errors), (method, path)
            if "requestBody" in operation:
                assert 422 in errors, (method, path)
            if "{" in path:
                assert 422 in errors, (method, path)
    # Who may call what, as the dependencies say.
    ops = spec["paths"]
    assert {401, 403, 429} <= {int(s) for s in ops["/api/products"]["post"]["responses"]}
    assert 401 not in {int(s) for s in ops["/api/payment/webhook"]["post"]["responses"]}
    # Lists say how to get the next page.
    for path in ("/api/orders", "/api/vendors/{vendor_id}/products", "/api/negotiations"):
        assert "Link" in ops[path]["get"]["responses"]["200"]["headers"]


def test_a_body_sent_to_an_operation_without_one_is_answered_as_documented(
    base_url: str,
) -> None:
    """The body limits judge a body before any route runs, so an operation that takes no
    body (`POST /api/payment/link/{order_id}`, every GET) still answers 400
    `body_not_utf8` for JSON that is not UTF-8 and 413 for one over the limit: each
    operation's entry in /openapi.json lists both, with the error schema."""
    with httpx.Client(base_url=base_url, timeout=60) as http:
        spec = http.get("/openapi.json").json()
        bodies = {
            400: b"\xff\xfe{\x00}\x00",  # UTF-16 `{}`
            413: b"{" + b" " * (3 << 20) + b"}",
        }
        tried = 0
        for path, operations in spec["paths"].items():
            url = re.sub(r"\{[^}]+\}", "1", path)
            for method, operation in operations.items():
                for status, body in bodies.items():
                    r = http.request(
                        method.upper(),
                        url,
                        content=body,
                        headers={"Content-Type": "application/json"},
                    )
                    assert r.status_code == status, (method, path, r.status_code, r.text)
                    code = "body_not_utf8" if status == 400 else "payload_too_large"
                    assert r.json()["error"]["code"] == code
                    answer = operation["responses"].get(str(status))
                    assert answer is not None, (method, path, status)
                    ref = answer["content"]["application/json"]["schema"]["$ref"]
                    assert ref == "#/components/schemas/ErrorOut", (method, path, status)
                    tried += 1
        assert tried >= 2 * 35
        for path in ("/healthz", "/api/me", "/api/orders"):
            assert {"400", "408", "413"} <= set(spec["paths"][path]["get"]["responses"])
        link = spec["paths"]["/api/payment/link/{order_id}"]["post"]
        assert "requestBody" not in link
        assert {"400", "408", "413"} <= set(link["responses"])


def integer_schemas(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every `"type": "integer"` schema in an OpenAPI document, with where it is."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from integer_schemas(item, f"{where}/{i}")
    elif isinstance(node, dict):
        if node.get("type") == "integer":
            yield where, node
        for key, value in node.items():
            yield from integer_schemas(value, f"{where}/{key}")


def test_every_id_bound_is_the_exact_integer(tmp_path: Path) -> None:
    """Body ids were bounded by `9.223372036854776e+18` (2^63 as a float: an id the API
    refuses was valid by the document) while path and query ids said 2^63 - 1."""
    from starlette.testclient import TestClient

    app = create_app(make_settings(f"sqlite+aiosqlite:///{tmp_path / 'unused.db'}"))
    answer = TestClient(app).get("/openapi.json")
    assert answer.status_code == 200
    assert "9.223372036854776e+18" not in answer.text
    spec = answer.json()
    ids: list[str] = []
    for where, schema in integer_schemas(spec):
        for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            if key in schema:
                assert type(schema[key]) is int, (where, key, schema[key])
        name = where.rsplit("/", 3)
        bounded = "maximum" in schema or "minimum" in schema  # answers' ids carry none
        if bounded and any(part.endswith("_id") or part == "before" for part in name):
            ids.append(where)
            assert schema.get("maximum") == 2**63 - 1, (where, schema)
            assert schema.get("minimum") == 1, (where, schema)
    bodies = spec["components"]["schemas"]
    for model, field in [
        ("NegotiationOpenIn", "product_id"),
        ("CreateIn", "order_id"),
        ("TicketIn", "negotiation_id"),
        ("RefundIn", "order_id"),
        ("QRIn", "product_id"),
    ]:
        declared = bodies[model]["properties"][field]
        declared = declared.get("anyOf", [declared])[0]
        assert declared["maximum"] == 2**63 - 1 and type(declared["maximum"]) is int, model
    parameters = [
        (f"{method} {path} {parameter['name']}", parameter["schema"])
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        for parameter in operation.get("parameters", [])
        if parameter["name"].endswith("_id") or parameter["name"] == "before"
    ]
    assert len(parameters) >= 5, parameters
    for where, schema in parameters:
        schema = schema.get("anyOf", [schema])[0]
        if schema.get("type") == "integer":
            assert schema["maximum"] == 2**63 - 1 and type(schema["maximum"]) is int, where
    assert any(where.startswith("/components/") for where in ids), ids


def test_readiness_lists_its_503_with_the_body_it_really_has(tmp_path: Path) -> None:
    """`/readyz` answers 503 (with `Retry-After`) while the database cannot be reached: the
    document served at /openapi.json lists it, with the readiness body the probe really
    sends (its own schema, as docs/api.md "Health" says, not the error schema)."""
    from sqlalchemy.ext.asyncio import create_async_engine
    from starlette.testclient import TestClient

    from server.api.routes.health import ReadinessOut

    def conforms(body: dict[str, Any], schema: dict[str, Any]) -> None:
        assert set(schema["required"]) <= set(body) <= set(schema["properties"]), body
        assert body["status"] in schema["properties"]["status"]["enum"], body
        ReadinessOut.model_validate(body, strict=True)

    url = f"sqlite+aiosqlite:///{tmp_path / 'ready.db'}"
    migrate.upgrade(url)  # ready: reachable, and at the head revision
    app = create_app(make_settings(url))
    with TestClient(app) as client:
        spec = client.get("/openapi.json").json()
        responses = spec["paths"]["/readyz"]["get"]["responses"]
        assert set(responses) == {"200", "400", "408", "413", "503"}
        ref = {"$ref": "#/components/schemas/ReadinessOut"}
        for status in ("200", "503"):
            assert responses[status]["content"]["application/json"]["schema"] == ref
        assert "Retry-After" in responses["503"]["headers"]
        schema = spec["components"]["schemas"]["ReadinessOut"]
        ready = client.get("/readyz")
        assert ready.status_code == 200
        conforms(ready.json(), schema)
        app.state.engine = create_async_engine(
            f"sqlite+aiosqlite:///{tmp_path / 'missing' / 'x.db'}"
        )
        down = client.get("/readyz")
        assert down.status_code == 503 and down.headers["retry-after"]
        assert down.json()["status"] == "not ready"
        conforms(down.json(), schema)
