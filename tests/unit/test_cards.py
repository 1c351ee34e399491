"""The living card in the core: revisions on buttons, stale and foreign presses, one card per session."""
from __future__ import annotations

from datetime import timedelta

from core.coach import Coach
from core.messages import ChatKind, Incoming, Reply, Visibility
from core.text import cards as card_text
from core.text import general
from tests.fakes import FakeClock, FakeUnitOfWork, Store


class Chat:
    def __init__(self) -> None:
        self.store = Store()
        self.clock = FakeClock()
        self.coach = Coach(lambda: FakeUnitOfWork(self.store), self.clock, default_timezone="Europe/London")

    async def say(self, text: str = "", *, who: str = "ana", group: str | None = None, payload: str | None = None,
                  revision: int | None = None, owner: str | None = None) -> list[Reply]:
        self.clock.move(timedelta(seconds=5))
        return await self.coach.handle(Incoming(
            platform="console", chat_id=f"group:{group}" if group else f"dm:{who}",
            chat_kind=ChatKind.GROUP if group else ChatKind.PRIVATE, sender_id=who, sender_name=who.title(),
            sent_at=self.clock.now(), text=text, payload=payload, revision=revision, card_owner_id=owner,
        ))

    async def press(self, reply: Reply, payload: str, *, who: str = "ana", group: str | None = None, owner: str | None = None) -> list[Reply]:
        choice = next(c for c in reply.choices if c.payload == payload)
        return await self.say(payload=payload, revision=choice.revision, who=who, group=group, owner=owner)

    async def onboard(self, who: str = "ana") -> None:
        for answer in ("/start", "2", "1 4 5", "1", "1", "keep", "2", "6"):
            await self.say(answer, who=who)

    def working_sets(self) -> list[int]:
        return [s.reps for s in sorted(self.store.sets.values(), key=lambda s: s.id or 0) if not s.warmup]


def _card(replies: list[Reply]) -> Reply:
    return next(r for r in replies if r.card is not None)


async def _at_first_working_set(chat: Chat, who: str = "ana", group: str | None = None) -> Reply:
    await chat.onboard(who)
    card = _card(await chat.say("/today", who=who, group=group))
    card = _card(await chat.press(card, "pain 1", who=who, group=group))
    while "Warm-up set" in card.text.partition("\n\n")[2]:
        card = _card(await chat.press(card, "done", who=who, group=group))
    return card


async def test_every_button_of_a_card_carries_the_revision_of_its_question() -> None:
    chat = Chat()
    card = await _at_first_working_set(chat)
    assert card.card is not None and {c.revision for c in card.choices} == {card.card.revision}


async def test_a_double_tap_logs_one_set_and_the_second_tap_gets_a_toast() -> None:
    chat = Chat()
    card = await _at_first_working_set(chat)
    first = await chat.press(card, "7")  # pull-ups: a rep button (they refuse "done")
    second = await chat.press(card, "7")
    assert any(r.toast and "logged" in r.text for r in first)
    assert [(r.toast, r.text) for r in second] == [(True, card_text.PRESS_PASSED)]
    assert len(chat.working_sets()) == 1


async def test_an_old_button_changes_nothing_but_typed_text_answers_the_current_question() -> None:
    chat = Chat()
    card = await _at_first_working_set(chat)
    await chat.press(card, "7")  # pull-ups: a rep button (they refuse "done")
    stale = await chat.press(card, "skip")
    assert len(stale) == 1 and stale[0].toast and stale[0].visibility is Visibility.PRIVATE
    typed = await chat.say("9")
    assert "set 3 of" in _card(typed).text
    assert chat.working_sets() == [7, 9]


async def test_a_press_on_someone_elses_card_is_a_toast_for_the_presser_only() -> None:
    chat = Chat()
    card = await _at_first_working_set(chat, "ana", group="gym")
    await chat.onboard("ben")
    refused = await chat.say(payload="done", revision=card.choices[0].revision, who="ben", group="gym", owner="ana")
    assert [(r.toast, r.text) for r in refused] == [(True, general.NOT_YOUR_PROMPT.format(name="Ben"))]
    assert chat.working_sets() == []


async def test_a_session_is_one_card_edited_silently_with_the_summary_as_a_new_message() -> None:
    chat = Chat()
    await chat.onboard()
    replies = await chat.say("/today")
    opened = _card(replies)
    assert opened.notify and opened.card is not None
    keys, new_messages = {opened.card.key}, 1
    card = opened
    for _ in range(100):
        payloads = [c.payload for c in card.choices]
        if not payloads:
            break
        pick = "10" if "10" in payloads else "pain 1" if "pain 1" in payloads else payloads[0]
        replies = await chat.press(card, pick)
        for reply in replies:
            if reply.card is not None:
                keys.add(reply.card.key)
                new_messages += reply.notify
            elif not reply.toast:
                new_messages += 1
        asking = [r for r in replies if r.choices and not r.toast]
        if not asking:
            break
        card = asking[-1]
    assert keys == {opened.card.key}
    assert len(chat.working_sets()) >= 12 and new_messages / len(chat.working_sets()) <= 0.25


async def test_onboarding_in_a_group_asks_the_health_screen_in_private() -> None:
    chat = Chat()
    replies: list[Reply] = []
    for answer in ("/start", "2", "1 4 5", "1", "1", "keep", "2"):
        replies = await chat.say(answer, who="ben", group="gym")
    public = [r for r in replies if r.visibility is Visibility.PUBLIC]
    private = [r for r in replies if r.visibility is Visibility.PRIVATE]
    assert len(public) == 1 and "in private" in public[0].text and not public[0].choices
    assert len(private) == 1 and private[0].choices and "health" in private[0].text.lower()
    done = await chat.say(payload="6", revision=private[0].choices[-1].revision, who="ben")  # answered in the DM
    assert any("All set" in r.text for r in done)
