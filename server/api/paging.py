"""Pages of lists: a `limit`, a cursor (the last id or seq seen), and a `Link` to the next.

Every list route answers a JSON array (the shape clients already read) and, when there is
more, a `Link: <…>; rel="next"` header whose URL is the same query with the cursor moved
on. Cursors are keys, not positions, so rows added meanwhile never shift a page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any, TypeVar

from fastapi import Query, Request, Response

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
