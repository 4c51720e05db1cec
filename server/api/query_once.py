"""A query parameter given twice (`?limit=5&limit=500`) is refused, 422 naming it: the
framework would keep the last one silently, so a client (or a proxy that appended its
own) reads a page, a filter or a language it did not mean, and a log or cache keyed on
the first sees another request than the one answered. Parameters a route takes as a list
may repeat; names the route does not read are left alone."""

from __future__ import annotations

from fastapi import Depends
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic.fields import FieldInfo
from starlette.requests import HTTPConnection

_single: dict[int, frozenset[str]] = {}


def _single_names(dependant: Dependant) -> frozenset[str]:
    """The query parameters `dependant` and its dependencies read as one value each."""
    names = {field.alias for field in dependant.query_params if not _is_sequence(field.field_info)}
    for sub in dependant.dependencies:
        names |= _single_names(sub)
    return frozenset(names)


def _is_sequence(info: FieldInfo) -> bool:
    from fastapi._compat import field_annotation_is_sequence

    return bool(field_annotation_is_sequence(info.annotation))


async def refuse_repeated_query(connection: HTTPConnection) -> None:
    """422 `validation_error` for a parameter this route reads once, given more than once.

    A coroutine, though it awaits nothing: FastAPI runs a plain function dependency in
    its thread pool, a hop on every request for a check that reads the query string (and
    most requests have none)."""
    route = connection.scope.get("route")
    if not connection.scope.get("query_string") or connection.scope["type"] != "http":
        return
    if not isinstance(route, APIRoute):
        return
    single = _single.get(id(route))
    if single is None:
        single = _single[id(route)] = _single_names(route.dependant)
    params = connection.query_params
    for name in dict.fromkeys(params.keys()):
        values = params.getlist(name)
        if len(values) > 1 and name in single:
            raise RequestValidationError(
                [
                    {
                        "type": "repeated",
                        "loc": ("query", name),
                        "msg": f"given {len(values)} times; give `{name}` once",
                        "input": values,
                    }
                ]
            )


ONCE = Depends(refuse_repeated_query)
"""On every API router whose routes answer JSON: `include_router(…, dependencies=[ONCE])`."""
