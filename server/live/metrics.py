"""Prometheus metrics of the live service, served at `/metrics`."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

TURN_BUCKETS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 5.0, 10.0)


class LiveMetrics:
    """One registry per app, so tests (and two apps in one process) do not collide."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.turn_seconds = Histogram(
            "vyapar_turn_seconds",
            "Per-turn latency by stage, from the speaker's end of speech.",
            ["stage"],
            buckets=TURN_BUCKETS,
            registry=self.registry,
        )
        self.rooms = Gauge(
            "vyapar_rooms_active", "Rooms with a socket in this process.", registry=self.registry
        )
        self.participants = Gauge(
            "vyapar_participants", "Connected participants.", ["client"], registry=self.registry
        )
        self.queue_depth = Gauge(
            "vyapar_engine_queue_depth",
            "Jobs running or waiting.",
            ["pool"],
            registry=self.registry,
        )
        self.bids = Counter(
            "vyapar_bids_total", "Bids recorded.", ["source"], registry=self.registry
        )
        self.errors = Counter(
            "vyapar_live_errors_total", "Errors sent to clients.", ["code"], registry=self.registry
        )
        self.utterances = Counter(
            "vyapar_utterances_total", "Utterances endpointed.", registry=self.registry
        )
        self.busy = Counter(
            "vyapar_busy_total", "Times a speaker was told we are busy.", registry=self.registry
        )
        self.end_of_turn = Counter(
            "vyapar_end_of_turn_total",
            "Utterances ended, by why: a complete move or a finished sentence after a short "
            "pause, or the full silence hangover.",
            ["reason"],
            registry=self.registry,
        )
        self.slow_consumers = Counter(
            "vyapar_slow_consumers_total",
            "Sockets closed with 1013 for not reading what was sent to them.",
            registry=self.registry,
        )
        self.not_understood = Counter(
            "vyapar_not_understood_total",
            "Speakers told their words made no move where a price was expected, by why.",
            ["reason"],
            registry=self.registry,
        )
        self.speech_ahead = Counter(
            "vyapar_speech_ahead_total",
            "Replies synthesized ahead, during the pause that may end the speaker's turn: "
            "prepared, used by the turn's reply, or dropped unheard.",
            ["outcome"],
            registry=self.registry,
        )
        self.partials = Counter(
            "vyapar_stt_partials_total",
            "Decodes of speech still going on: shown as partial transcripts, reused as the "
            "final one when nothing more was said (redecoded: not, for want of confidence).",
            ["outcome"],
            registry=self.registry,
        )
