"""The pool's own error records about a connection it could not reset, made one warning
line. When a unit of work has spent its database budget, or PostgreSQL stops answering,
the connection given back to the pool is closed by its bounded wait (`BoundedConnection`)
and SQLAlchemy's rollback on return fails: the pool then logs "Exception during reset or
similar" at error level with the whole traceback. The request was already answered (its
503, or its result), and the pool discards the connection; an operator needs one line
saying so, as for every other outage (docs/architecture.md, "Outages and overload")."""

from __future__ import annotations

import logging


def _not_answering(exc: BaseException | None, kind: type[BaseException]) -> BaseException | None:
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, kind):
            return exc
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


class ResetNotAnswering(logging.Filter):
    """Turn a reset failure caused by `kind` (the database not answering) into a warning
    without a traceback; every other record passes as it is."""

    def __init__(self, kind: type[BaseException]) -> None:
        super().__init__()
        self.kind = kind

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.ERROR or not record.exc_info:
            return True
        cause = _not_answering(record.exc_info[1], self.kind)
        if cause is None:
            return True
        record.msg = "a pooled connection could not be reset and was closed: %s"
        record.args = (cause,)
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info, record.exc_text = None, None
        return True


def quiet_reset_failures(pool_class: type, kind: type[BaseException]) -> None:
    """Install `ResetNotAnswering` on the logger SQLAlchemy gives `pool_class`'s pools
    (named after the class: `module.Class`)."""
    logger = logging.getLogger(f"{pool_class.__module__}.{pool_class.__name__}")
    if not any(isinstance(f, ResetNotAnswering) for f in logger.filters):
        logger.addFilter(ResetNotAnswering(kind))
