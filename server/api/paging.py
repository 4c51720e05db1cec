"""Pages of lists: a `limit`, a cursor (the last id or seq seen), and a `Link` to the next.

Every list route answers a JSON array (the shape clients already read) and, when there is
more, a `Link: <…>; rel="next"` header whose URL is the same query with the cursor moved
on. Cursors are keys, not positions, so rows added meanwhile never shift a page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Query, Request, Response
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError

from server.api.schemas import MAX_ID, Digits

T = TypeVar("T")

MAX_LIMIT = 500
MAX_OFFSET = 10_000

Limit = Annotated[
    int, Query(ge=1, le=MAX_LIMIT, description=f"Page size (at most {MAX_LIMIT})."), Digits
]
Offset = Annotated[
    int,
    Query(
        ge=0,
        le=MAX_OFFSET,
        description="Rows to skip after the cursor; the `next` link uses the cursor instead.",
    ),
    Digits,
]


def cursor(description: str) -> Any:
    return Query(ge=1, le=MAX_ID, description=description)


Cursor = int | None
"""The type of a cursor parameter: `Annotated[Cursor, cursor("…"), Digits]` (the limits
before the digits check, or OpenAPI loses them)."""


PAGING_PARAMETERS = ("limit", "offset", "before", "after", "active_before", "order")
"""The names lists page with. A list that does not take one refuses it (422 naming it)
rather than ignoring it and serving the first page again, which a client paging with it
would read as the next page, forever."""

_taken: dict[int, frozenset[str]] = {}


def _query_names(dependant: Dependant) -> frozenset[str]:
    names = {field.alias for field in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return frozenset(names)


def refuse_what_the_list_does_not_take(request: Request) -> None:
    """A paging parameter this route does not take is a 422 naming it."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    taken = _taken.get(id(route))
    if taken is None:
        taken = _taken[id(route)] = _query_names(dependant)
    for name in request.query_params:
        if name in PAGING_PARAMETERS and name not in taken:
            pages_with = ", ".join(f"`{n}`" for n in PAGING_PARAMETERS if n in taken)
            raise RequestValidationError(
                [
                    {
                        "type": "extra_forbidden",
                        "loc": ("query", name),
                        "msg": f"this list does not take `{name}`; it pages with {pages_with}",
                        "input": request.query_params[name],
                    }
                ]
            )


STRICT = Depends(refuse_what_the_list_does_not_take)
"""On every list route: `dependencies=[paging.STRICT]`."""


NEXT_LINK = {
    "Link": {
        "description": 'When there is a next page: `<URL>; rel="next"`.',
        "schema": {"type": "string"},
    }
}


def page(
    rows: Sequence[T],
    limit: int,
    request: Request,
    response: Response,
    next_cursor: Callable[[T], dict[str, int]],
) -> list[T]:
    """The first `limit` of `rows` (fetched with `limit + 1`); when there were more, a
    `Link` to the next page, its cursor from `next_cursor(last row shown)`."""
    shown = list(rows[:limit])
    if len(rows) > limit and shown:
        link_next(request, response, **next_cursor(shown[-1]))
    return shown


def link_next(request: Request, response: Response, **cursor: int) -> None:
    """Set `Link: rel="next"`: this request's query with `cursor` in place of the old
    cursor and any `offset`."""
    params = {k: v for k, v in request.query_params.items() if k != "offset"}
    params.update({k: str(v) for k, v in cursor.items()})
    url = request.url.replace_query_params(**params)
    response.headers["Link"] = f'<{url.path}?{url.query}>; rel="next"'
