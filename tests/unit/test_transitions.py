"""The negotiation state machine: the transition table, its refusals, and price wording."""

from __future__ import annotations

import itertools

import pytest

from models import NegotiationStatus
from server.domain.errors import Conflict, IllegalTransition
from server.domain.negotiation import (
    ACTIVE,
    TRANSITIONS,
    can_transition,
    check_transition,
    rupees,
)

S = NegotiationStatus
ALL = list(S)

# The intended machine, written out independently of the table it checks.
EXPECTED: dict[NegotiationStatus, set[NegotiationStatus]] = {
    S.OPEN: {S.COUNTERED, S.ACCEPTED, S.REJECTED, S.EXPIRED, S.CANCELLED},
    S.COUNTERED: {S.COUNTERED, S.ACCEPTED, S.REJECTED, S.EXPIRED, S.CANCELLED},
    S.ACCEPTED: {S.LOCKED, S.EXPIRED, S.CANCELLED},
    S.LOCKED: {S.COMPLETED, S.EXPIRED},
    S.COMPLETED: set(),
    S.REJECTED: set(),
    S.EXPIRED: set(),
    S.CANCELLED: set(),
}
TERMINAL = [S.COMPLETED, S.REJECTED, S.EXPIRED, S.CANCELLED]
PAIRS = list(itertools.product(ALL, ALL))


def test_table_covers_every_state() -> None:
    assert set(TRANSITIONS) == set(ALL)
    for targets in TRANSITIONS.values():
        assert targets <= set(ALL)


def test_table_is_the_intended_machine() -> None:
    assert {k: set(v) for k, v in TRANSITIONS.items()} == EXPECTED


@pytest.mark.parametrize(("current", "target"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_every_pair_is_allowed_or_refused_with_a_sentence(
    current: NegotiationStatus, target: NegotiationStatus
) -> None:
    allowed = target in EXPECTED[current]
    assert can_transition(current, target) is allowed
    if allowed:
        assert check_transition(current, target) is None
        return
    with pytest.raises(IllegalTransition) as info:
        check_transition(current, target)
    err = info.value
    message = str(err)
    assert message == err.message
    assert message.startswith("This negotiation cannot ")
    assert message.endswith(f"(state {current.value}).")
    assert current.value in message
    assert err.detail == {"state": current.value, "target": target.value}
    assert err.code == "illegal_transition"
    assert isinstance(err, Conflict)


@pytest.mark.parametrize("state", TERMINAL)
def test_terminal_states_have_no_exits(state: NegotiationStatus) -> None:
    assert TRANSITIONS[state] == frozenset()
    for target in ALL:
        assert not can_transition(state, target)
        with pytest.raises(IllegalTransition):
            check_transition(state, target)


def test_only_terminal_states_have_no_exits() -> None:
    assert {s for s, targets in TRANSITIONS.items() if not targets} == set(TERMINAL)


def test_no_state_returns_to_open() -> None:
    assert all(S.OPEN not in targets for targets in TRANSITIONS.values())
    with pytest.raises(IllegalTransition, match=r"cannot reopen.*\(state COUNTERED\)"):
        check_transition(S.COUNTERED, S.OPEN)


def test_accepted_locked_completed_is_the_paid_path() -> None:
    path = [S.OPEN, S.COUNTERED, S.COUNTERED, S.ACCEPTED, S.LOCKED, S.COMPLETED]
    for current, target in itertools.pairwise(path):
        check_transition(current, target)
    # Skipping the lock is not allowed: payment must start before it completes.
    with pytest.raises(IllegalTransition, match=r"cannot be completed"):
        check_transition(S.ACCEPTED, S.COMPLETED)
    # Once payment is in progress nobody can walk away from the deal.
    with pytest.raises(IllegalTransition, match=r"locked while payment is in progress"):
        check_transition(S.LOCKED, S.CANCELLED)
    with pytest.raises(IllegalTransition, match=r"already accepted"):
        check_transition(S.ACCEPTED, S.COUNTERED)


def test_refusal_explains_why_in_words() -> None:
    with pytest.raises(IllegalTransition) as info:
        check_transition(S.COMPLETED, S.CANCELLED)
    assert str(info.value) == (
        "This negotiation cannot be cancelled: the deal is done and paid (state COMPLETED)."
    )
    with pytest.raises(IllegalTransition) as info:
        check_transition(S.REJECTED, S.COUNTERED)
    assert str(info.value) == (
        "This negotiation cannot take a counter-offer: it was rejected (state REJECTED)."
    )


def test_active_states_are_the_ones_that_take_offers() -> None:
    assert {S.OPEN, S.COUNTERED} == ACTIVE
    assert all(can_transition(s, S.COUNTERED) for s in ACTIVE)
    assert not any(can_transition(s, S.COUNTERED) for s in set(ALL) - ACTIVE)


@pytest.mark.parametrize(
    ("paise", "text"),
    [
        (0, "₹0"),
        (1, "₹0.01"),
        (5, "₹0.05"),
        (50, "₹0.50"),
        (99, "₹0.99"),
        (100, "₹1"),
        (3200, "₹32"),
        (4000, "₹40"),
        (4050, "₹40.50"),
        (4099, "₹40.99"),
        (60000, "₹600"),
        (99_900, "₹999"),
        (100_000, "₹1,000"),
        (125_050, "₹1,250.50"),
        (12_500_000, "₹1,25,000"),
        (1_000_000_000, "₹1,00,00,000"),
        (123456789, "₹12,34,567.89"),
        (2_147_483_647, "₹2,14,74,836.47"),
    ],
)
def test_rupees(paise: int, text: str) -> None:
    assert rupees(paise) == text
