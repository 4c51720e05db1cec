"""Telling a room what was recorded: the same events whichever channel made the move (a
socket's words or buttons in `Moves`, the HTTP API through `tell_committed`), changes no
party of the room made (an expiry, a payment, the vendor's edit of the product), and the
resync of a room's sockets, in every process, when they could not be told."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from sqlalchemy import select

from models import BidSource, Negotiation, NegotiationStatus, Product
from server.domain import negotiation as domain
from server.live.events import OfferMade, OrderPlaced, ProductChanged, StateChanged
from server.live.rooms import publish_resync
from server.live.views import negotiation_view, product_view

if TYPE_CHECKING:
    from server.live.service import LiveService

log = logging.getLogger("vyaparmitra.live")


class Telling:
    """What `Moves` tells its rooms; it needs `live` and `_resyncs`."""

    live: LiveService
    _resyncs: set[asyncio.Task[None]]

    async def publish_state(
        self, room_id: int, negotiation: Negotiation, *, rejected_by: str | None = None
    ) -> None:
        view = negotiation_view(negotiation)
        await self.live.publish(room_id, StateChanged(negotiation=view, rejected_by=rejected_by))

    # What was recorded, told to the room: the same events whichever channel made the move
    # (a socket's words or buttons here, the HTTP API through `tell_committed`).

    async def tell_bid(
        self,
        room_id: int,
        outcome: domain.BidOutcome,
        *,
        side: str,
        source: BidSource,
        utterance_id: str | None = None,
        transcript: str | None = None,
    ) -> None:
        """`offer` and `state`. Without `utterance_id` (a button, the HTTP API) the offer
        has no words of its own to relay: the other side's voice hears it said."""
        bid, product = outcome.bid, outcome.product
        await self.live.publish(
            room_id,
            OfferMade(
                side=side,
                bid_id=bid.id,
                bid_seq=bid.seq,
                amount_paise=bid.amount_paise,
                quantity=bid.quantity,
                unit=product.unit,
                product_names=dict(product.names),
                source=source.value,
                utterance_id=utterance_id,
                transcript=transcript,
                capped=outcome.capped,
                note=outcome.note,
                state=outcome.negotiation.status.value,
            ),
        )
        await self.publish_state(room_id, outcome.negotiation)

    async def tell_accept(
        self, room_id: int, outcome: domain.AcceptOutcome, *, side: str, source: BidSource
    ) -> None:
        """`order` and `state`."""
        o = outcome.order
        await self.live.publish(
            room_id,
            OrderPlaced(
                order={
                    "id": o.id,
                    "negotiation_id": o.negotiation_id,
                    "quantity": o.quantity,
                    "unit_price_paise": o.unit_price_paise,
                    "total_paise": o.total_paise,
                    "currency": o.currency,
                    "status": o.status.value,
                    "accepted_by": side,
                    "source": source.value,
                }
            ),
        )
        await self.publish_state(room_id, outcome.negotiation)

    async def _resync(self, room_id: int, reason: str) -> None:
        room = self.live.rooms.get(room_id)
        if room is not None:
            for client in room.everyone():
                with contextlib.suppress(Exception):
                    await client.close(1013, reason)

    async def tell_committed(self, room_id: int, tell: Callable[[], Awaitable[None]]) -> None:
        """Tell the room of a move another channel (the HTTP API) has committed. Never
        raises: the move stands whatever happens here (the record is the truth). Events
        that could not be published leave this process's sockets in the room to resync
        (1013, as after a lost subscription); a bus that is down has already made every
        room's sockets here resync, and other processes' lose their subscription too."""
        try:
            if not await self.live.bus.heard(room_id):
                return  # nobody in the room, in any process: nobody to tell
            await tell()
        except Exception as exc:
            log.warning(
                "a recorded move was not told to its room; its sockets resync",
                extra={"room": room_id, "error": f"{type(exc).__name__}: {exc}"},
            )
            await self._resync(room_id, "events lost; reconnect to resync")
            self._resync_elsewhere(room_id)

    def tell_unseen(self, negotiation_ids: set[int]) -> None:
        """Tell each room the state a change no party made left it in (an expiry, a
        payment): called once the change is committed (`server.domain.news`)."""

        async def tell_all() -> None:
            for room_id in sorted(negotiation_ids):
                await self.tell_committed(room_id, functools.partial(self._tell_state, room_id))

        task = asyncio.get_running_loop().create_task(tell_all(), name="tell-unseen")
        self._resyncs.add(task)
        task.add_done_callback(self._resyncs.discard)

    def tell_products(self, product_ids: set[int]) -> None:
        """Tell the room of every open negotiation of each product its vendor edited
        (a `product` event: the product as it is now): called once the edit is committed
        (`server.domain.news`). The request that made the edit is not kept waiting."""

        async def tell_all() -> None:
            for product_id in sorted(product_ids):
                await self._tell_product(product_id)

        task = asyncio.get_running_loop().create_task(tell_all(), name="tell-products")
        self._resyncs.add(task)
        task.add_done_callback(self._resyncs.discard)

    async def _tell_product(self, product_id: int) -> None:
        open_states = (NegotiationStatus.OPEN, NegotiationStatus.COUNTERED)
        try:
            async with self.live.unit() as session:
                product = await session.get(Product, product_id)
                room_ids = list(
                    await session.scalars(
                        select(Negotiation.id)
                        .where(
                            Negotiation.product_id == product_id,
                            Negotiation.status.in_(open_states),
                        )
                        .order_by(Negotiation.id)
                    )
                )
        except Exception as exc:
            # Which rooms are open is not known: those here resync (their snapshot and a
            # fresh copy of the product); elsewhere they keep the old product until then.
            log.warning(
                "a product edit was not told to its rooms; the rooms here resync",
                extra={"product": product_id, "error": f"{type(exc).__name__}: {exc}"},
            )
            for room in list(self.live.rooms.values()):
                if room.info.product_id == product_id:
                    await self._resync(room.id, "events lost; reconnect to resync")
            return
        if product is None:
            return
        event = ProductChanged(product=product_view(product))
        for room_id in room_ids:
            await self.tell_committed(room_id, functools.partial(self._publish, room_id, event))

    async def _publish(self, room_id: int, event: ProductChanged) -> None:
        await self.live.publish(room_id, event)

    async def _tell_state(self, room_id: int) -> None:
        async with self.live.unit() as session:
            negotiation = await session.get(Negotiation, room_id)
        if negotiation is not None:
            await self.publish_state(room_id, negotiation)

    def _resync_elsewhere(self, room_id: int) -> None:
        """Tell the room's sockets in every process to resync as soon as the bus answers
        again: with a hung Redis their subscriptions never broke, so they would not know."""

        async def publish() -> None:
            if not await publish_resync(self.live.bus, room_id):
                log.warning(
                    "a room's sockets elsewhere were not told to resync", extra={"room": room_id}
                )

        task = asyncio.create_task(publish(), name=f"resync-{room_id}")
        self._resyncs.add(task)
        task.add_done_callback(self._resyncs.discard)
