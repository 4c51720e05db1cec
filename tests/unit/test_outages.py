"""An outage is logged as one warning line with its cause; any other failure with its
traceback (`server.outages`)."""

from __future__ import annotations

import logging

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError
from sqlalchemy import exc as sa

from server.outages import log_failure, outage_kind
from server.redisconn import RedisPoolExhausted

log = logging.getLogger("vyaparmitra.test")


@pytest.mark.parametrize(
    ("exc", "kind", "says"),
    [
        (
            sa.OperationalError("SELECT 1", {}, Exception("server closed\nthe connection")),
            "database",
            "turn failed: database unavailable",
        ),
        (RedisConnectionError("Connection refused"), "redis", "turn failed: redis unavailable"),
        (
            RedisPoolExhausted("Too many connections"),
            "overloaded",
            "turn failed: a pool stayed full",
        ),
        (sa.TimeoutError("QueuePool limit"), "overloaded", "turn failed: a pool stayed full"),
    ],
)
def test_an_outage_is_one_warning_line(
    exc: BaseException, kind: str, says: str, caplog: pytest.LogCaptureFixture
) -> None:
    assert outage_kind(exc) == kind
    caplog.set_level(logging.INFO, logger="vyaparmitra")
    log_failure(log, "turn failed", exc, side="vendor")
    [record] = caplog.records
    assert record.levelno == logging.WARNING and not record.exc_info
    assert record.getMessage() == says
    assert "\n" not in record.error  # type: ignore[attr-defined]


def test_any_other_failure_keeps_its_traceback(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="vyaparmitra")
    fault = KeyError("bids")
    assert outage_kind(fault) is None
    try:
        raise fault
    except KeyError as exc:
        log_failure(log, "turn failed", exc, side="vendor")
    [record] = caplog.records
    assert record.levelno == logging.ERROR and record.exc_info is not None
    assert record.getMessage() == "turn failed"
