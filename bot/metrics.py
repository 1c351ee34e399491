"""Prometheus metrics for one worker process (counts only: never who, never what was said).

Each worker serves its own /metrics; Prometheus scrapes every worker and its `instance` label keeps
them apart. We chose that over the client's multiprocess mode: workers are separate containers or
units that may sit on different machines, and multiprocess mode needs a shared directory and loses
live gauges.
"""
from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from core.reminders.postman import TickReport

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class PrometheusMetrics:
    """The core's Metrics port, plus the counters the adapters, postman and database feed."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.messages = Counter("backcoach_messages_handled_total", "Incoming messages handled", ["platform", "outcome"], registry=r)
        self.latency = Histogram("backcoach_handling_seconds", "Time to handle one message (unit of work included)", ["platform"], buckets=LATENCY_BUCKETS, registry=r)
        self.replies = Counter("backcoach_replies_sent_total", "Messages sent, edited or toasted", ["platform", "kind"], registry=r)
        self.rate_limited = Counter("backcoach_rate_limited_total", "429 answers from a platform", ["platform"], registry=r)
        self.retries = Counter("backcoach_send_retries_total", "Sends tried again", ["platform"], registry=r)
        self.reminders = Counter("backcoach_reminders_total", "Reminders by outcome: due, sent, late, dropped, retried", ["outcome"], registry=r)
        self.safety = Counter("backcoach_safety_events_total", "Warning signs escalated, by tier", ["tier"], registry=r)
        self.db_errors = Counter("backcoach_database_errors_total", "Errors raised by the database driver", registry=r)

    # The core's port.
    def message_handled(self, platform: str, outcome: str, seconds: float) -> None:
        self.messages.labels(platform, outcome).inc()
        self.latency.labels(platform).observe(seconds)

    def safety_event(self, tier: str) -> None:
        self.safety.labels(tier).inc()

    # Fed by the adapters and the postman.
    def reply_sent(self, platform: str, kind: str = "new") -> None:
        self.replies.labels(platform, kind).inc()

    def platform_rate_limited(self, platform: str) -> None:
        self.rate_limited.labels(platform).inc()

    def send_retried(self, platform: str) -> None:
        self.retries.labels(platform).inc()

    def postman_tick(self, report: TickReport) -> None:
        for outcome, count in (("due", report.planned), ("sent", report.sent), ("late", report.skipped),
                               ("dropped", report.unreachable + report.failed), ("retried", report.retried)):
            if count:
                self.reminders.labels(outcome).inc(count)

    def watch_database(self, engine: AsyncEngine) -> None:
        @event.listens_for(engine.sync_engine, "handle_error")
        def _count(_: Any) -> None:
            self.db_errors.inc()
