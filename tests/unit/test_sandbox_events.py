"""The sandbox's list of webhook events is the list of events it makes."""

from __future__ import annotations

import re
from pathlib import Path

import server.payments.sandbox as sandbox
from server.payments.sandbox.api import WEBHOOK_EVENTS


def test_every_event_made_is_one_a_webhook_may_be_set_to_carry() -> None:
    made: set[str] = set()
    for source in Path(sandbox.__file__).parent.glob("*.py"):
        made |= set(re.findall(r'_event\(\s*"([a-z_.]+)"', source.read_text()))
    assert made == WEBHOOK_EVENTS
