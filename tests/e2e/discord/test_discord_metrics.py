"""The Discord adapter reports what it posts to the metrics that /metrics serves."""
from __future__ import annotations

import pytest
from prometheus_client import CollectorRegistry

from adapters.discord import DiscordAdapter
from bot.metrics import PrometheusMetrics
from core.errors import RecipientUnreachable
from core.messages import Outgoing, Reply


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


@pytest.fixture
def adapter(build_adapter, registry) -> DiscordAdapter:
    return build_adapter(metrics=PrometheusMetrics(registry=registry))


def _replies(registry: CollectorRegistry, kind: str) -> float:
    return registry.get_sample_value("backcoach_replies_sent_total", {"platform": "discord", "kind": kind}) or 0.0


async def test_each_answer_a_member_sees_is_counted_in_the_metrics(simcord_env, adapter, registry):
    alice = simcord_env.create_user("alice")
    started = await alice.slash("start")
    assert started.response.content == "Welcome! How long have you trained regularly?"
    assert _replies(registry, "new") == 1
    chosen = await alice.click(started.response.message, label="Under 3 months")
    assert chosen.followups[0].content.startswith("Saved: new.")
    assert _replies(registry, "new") == 2
    assert (_replies(registry, "new"), _replies(registry, "edit"), _replies(registry, "ephemeral")) == (
        adapter.traffic.new, adapter.traffic.edits, adapter.traffic.ephemeral)


async def test_a_pushed_reminder_is_counted_and_closed_dms_are_not(simcord_env, adapter, registry):
    alice = simcord_env.create_user("alice")
    await adapter.messenger.send(Outgoing("discord", str(alice.id), Reply("Back day today.", to_user_id=str(alice.id))))
    assert alice.dm_channel.history()[-1].content == "Back day today."
    assert _replies(registry, "new") == 1
    simcord_env.inject_error("POST", f"/channels/{alice.dm_channel.id}/messages", status=403, code=50007,
                             message="Cannot send messages to this user")
    with pytest.raises(RecipientUnreachable):
        await adapter.messenger.send(Outgoing("discord", str(alice.id), Reply("Back day today.")))
    assert _replies(registry, "new") == 1
