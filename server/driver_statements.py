"""The hottest statements run straight on the driver (`DriverStatement`), and their rows
made into mapped instances without the ORM (`attribute_keys`, `loaded`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

import psycopg
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

T = TypeVar("T")


class DriverStatement:
    """A Core statement run straight on the psycopg connection of a session's transaction:
    compiled once per dialect, prepared by the server, no ORM and no execution context,
    with the column types' own conversions both ways. For the hottest statements only
    (a bid's read and write), where SQLAlchemy's per-statement work cost more than the
    database's. Errors come out as SQLAlchemy's (`OperationalError`…), the connection
    invalidated when it is lost, as `session.execute` would leave them."""

    def __init__(self, statement: Any) -> None:
        self.statement = statement
        self._compiled: dict[str, tuple[str, Any, dict[str, Any], list[Any]]] = {}

    def _compile(self, dialect: Any) -> tuple[str, Any, dict[str, Any], list[Any]]:
        found = self._compiled.get(dialect.name)
        if found is None:
            compiled = self.statement.compile(dialect=dialect)
            binds = dict(compiled._bind_processors)
            results = [
                column.type._cached_result_processor(dialect, None)
                for column in self.statement.selected_columns
            ]
            found = self._compiled[dialect.name] = (compiled.string, compiled, binds, results)
        return found

    async def rows(self, session: AsyncSession, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        connection = await session.connection()
        dialect = connection.dialect
        sql, compiled, binds, results = self._compile(dialect)
        values = compiled.construct_params(params)
        for name, process in binds.items():
            if name in values:
                values[name] = process(values[name])
        raw = await connection.get_raw_connection()
        driver: psycopg.AsyncConnection[Any] = raw.driver_connection  # type: ignore[assignment]
        try:
            cursor = driver.cursor()
            await cursor.execute(sql, values, prepare=True)
            # Whether rows came back, from the result's status: `cursor.description`
            # would build a column object per column (a bid's read has 29) only to ask.
            result = cursor.pgresult
            returned = result is not None and result.status == psycopg.pq.ExecStatus.TUPLES_OK
            fetched = await cursor.fetchall() if returned else []
        except psycopg.Error as err:
            lost = dialect.is_disconnect(err, raw, None)  # type: ignore[arg-type]
            if lost:
                await connection.invalidate()
            raise DBAPIError.instance(
                sql, None, err, psycopg.Error, connection_invalidated=lost, dialect=dialect
            ) from err
        return [
            tuple(value if p is None else p(value) for p, value in zip(results, row, strict=True))
            for row in fetched
        ]


def attribute_keys(cls: type[Any], table: Any) -> list[str]:
    """The mapped attribute of each of `table`'s columns, in column order (for `loaded`)."""
    mapper = sa_inspect(cls)
    return [mapper.get_property_by_column(c).key for c in table.c]


def loaded(cls: type[T], keys: list[str], values: Sequence[object]) -> T:
    """An instance of a mapped class whose attributes are `values` (a `DriverStatement`'s
    row), as loaded ones, outside any session (as a read outside the identity map would
    give it)."""
    instance: T = cls._sa_class_manager.new_instance()  # type: ignore[attr-defined]
    instance.__dict__.update(zip(keys, values, strict=True))
    return instance
