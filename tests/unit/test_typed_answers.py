"""Answers people actually type at the coach's questions: time zones, units, numbers, ways out."""
from __future__ import annotations

from typing import Any

import pytest

from core.coach import Coach
from core.messages import Reply
from core.progress.ports import Outputs
from core.timezones import Place
from tests.fakes import FakeUnitOfWork
from tests.unit.test_coach_foundation import Chat


class FakePlaces:
    """Two countries and a city, as a place database would answer."""

    PLACES = {
        "india": Place("India", "Asia/Kolkata"),
        "united states": Place("United States", "America/New_York", several_zones=True),
        "munich": Place("Munich, Germany", "Europe/Berlin"),
    }

    async def find(self, name: str) -> Place | None:
        return self.PLACES.get(name.lower())

    async def similar(self, name: str, limit: int) -> tuple[str, ...]:
        return ("Munich",) if name.lower().startswith("mun") else ()


class PlacesChat(Chat):
    def __init__(self) -> None:
        super().__init__()
        outputs = Outputs(charts=Any, files=Any, places=FakePlaces())  # type: ignore[arg-type]
        self.coach = Coach(lambda: FakeUnitOfWork(self.store), self.clock, default_timezone="UTC", outputs=outputs)

    async def to_timezone_question(self) -> None:
        for answer in ("/start", "2", "1 4 5", "1", "1"):
            await self.say(answer)

    def zone(self) -> str:
        return next(iter(self.store.profiles.values())).timezone


@pytest.fixture
def chat() -> PlacesChat:
    return PlacesChat()


def texts(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


@pytest.mark.parametrize(
    ("typed", "zone", "said"),
    [
        ("europe/london", "Europe/London", "Europe/London"),
        ("london", "Europe/London", "Europe/London"),
        ("new york", "America/New_York", "America/New_York"),
        ("EST", "America/New_York", "I took EST to mean America/New_York, which moves to summer time"),
        ("pst", "America/Los_Angeles", "America/Los_Angeles"),
        ("CET", "Europe/Berlin", "Europe/Berlin"),
        ("IST", "Asia/Kolkata", "Asia/Kolkata"),
        ("utc", "UTC", "UTC"),
        ("GMT+1", "Etc/GMT-1", "UTC+01:00 all year round"),
        ("UTC-5", "Etc/GMT+5", "UTC-05:00 all year round"),
        ("+05:30", "Asia/Kolkata", "Asia/Kolkata"),
        ("India", "Asia/Kolkata", "for India"),
        ("United States", "America/New_York", "United States has more than one time zone; I picked America/New_York"),
        ("munich", "Europe/Berlin", "for Munich, Germany"),
    ],
)
async def test_a_time_zone_typed_loosely_is_resolved_and_the_coach_says_which_zone_it_chose(
    chat: PlacesChat, typed: str, zone: str, said: str
) -> None:
    await chat.to_timezone_question()
    replies = await chat.say(typed)
    assert said in texts(replies)
    assert replies[-1].text.startswith("How many back sessions")
    assert chat.zone() == zone


@pytest.mark.parametrize("typed", ["Europe", "America", "US/", "x" * 300, "Etc", "../../etc/passwd", "posix"])
async def test_a_region_or_a_huge_answer_is_refused_with_suggestions_not_a_crash(chat: PlacesChat, typed: str) -> None:
    await chat.to_timezone_question()
    replies = await chat.say(typed)
    assert len(replies) == 1 and chat.zone() == "UTC"
    assert "time zone" in replies[0].text


async def test_a_region_typed_alone_suggests_zones_in_that_region(chat: PlacesChat) -> None:
    await chat.to_timezone_question()
    replies = await chat.say("Europe")
    assert "Did you mean: Europe/London, Europe/Berlin" in replies[0].text


async def test_a_misspelt_place_suggests_the_closest_names(chat: PlacesChat) -> None:
    await chat.to_timezone_question()
    assert "Europe/London" in (await chat.say("Europe/Londn"))[0].text
    assert "Munich" in (await chat.say("Munchen city"))[0].text
    assert chat.zone() == "UTC"


def profile(chat: Chat) -> Any:
    return next(iter(chat.store.profiles.values()))


@pytest.mark.parametrize(("typed", "units"), [("kilos", "kg"), ("Kilograms", "kg"), ("pounds", "lb"), ("lbs", "lb")])
async def test_units_typed_as_words_are_understood(chat: PlacesChat, typed: str, units: str) -> None:
    for answer in ("/start", "2", "1 4 5", "1"):
        await chat.say(answer)
    replies = await chat.say(typed)
    assert replies[-1].text.startswith("Which time zone")
    assert profile(chat).units.value == units


async def test_a_miss_on_a_numbered_question_shows_the_options_again(chat: PlacesChat) -> None:
    for answer in ("/start", "2", "1 4 5", "1"):
        await chat.say(answer)
    refused = await chat.say("stones")
    assert refused[0].text.splitlines() == ["Please pick one of the numbers, 1 to 2.", "1. kg", "2. lb"]
    missed_list = await chat.say("9")
    assert "1. kg" in missed_list[0].text


@pytest.mark.parametrize("typed", ["²", "³", "①", "２"])
async def test_unicode_digits_never_crash_a_numbered_question(chat: PlacesChat, typed: str) -> None:
    await chat.say("/start")
    replies = await chat.say(typed)
    if typed == "２":  # a full-width 2 is a 2
        assert replies[-1].text.startswith("What can you train with?")
        assert profile(chat).level.value == "returning"
    else:
        assert "Please pick one of the numbers" in replies[0].text and "1. New" in replies[0].text


async def test_unicode_digits_in_settings_equipment_and_snooze_are_refused_politely(chat: PlacesChat) -> None:
    await chat.onboard()
    await chat.say("/settings")
    refused = (await chat.say("²"))[0].text
    assert "Please pick one" in refused and "1. Training level: Returning" in refused and "{" not in refused
    await chat.say("2")  # equipment
    assert "didn't recognise" in (await chat.say("¹ ²"))[0].text
    await chat.say("cancel")
    assert "/snooze" in (await chat.say("/snooze ³⁰"))[0].text
    snoozed = await chat.say("/snooze ٣٠")  # Arabic-Indic 30
    assert "30 minutes" in snoozed[0].text or "later" in snoozed[0].text.lower()


async def test_equipment_typed_in_a_text_only_chat_completes_on_its_own(chat: PlacesChat) -> None:
    for answer in ("/start", "2"):
        await chat.say(answer)
    replies = await chat.say("1")
    assert replies[-1].text.startswith("How is your back these days?")
    assert {e.value for e in profile(chat).equipment} == {"dumbbells"}


async def test_a_pressed_equipment_button_toggles_and_says_how_to_finish(chat: PlacesChat) -> None:
    for answer in ("/start", "2"):
        await chat.say(answer)
    replies = await chat.say("1", payload="1")
    assert replies[-1].text == "Picked so far: Dumbbells. Tap more, then Done (or type done) to finish."
    await chat.say("4", payload="4")
    replies = await chat.say("done")
    assert replies[-1].text.startswith("How is your back these days?")
    assert {e.value for e in profile(chat).equipment} == {"dumbbells", "pullup_bar"}


@pytest.mark.parametrize("way_out", ["cancel", "/cancel", "back", "Cancel"])
async def test_settings_has_a_way_out_that_changes_nothing(chat: PlacesChat, way_out: str) -> None:
    await chat.onboard()
    before = profile(chat)
    menu = await chat.say("/settings")
    assert "Type cancel" in menu[-1].text and any(c.payload == "cancel" for c in menu[-1].choices)
    left = await chat.say(way_out)
    assert left[-1].text == "Nothing changed."
    await chat.say("/settings")
    await chat.say("5")  # time zone
    assert (await chat.say(way_out))[-1].text == "Nothing changed."
    assert profile(chat) == before
    assert chat.store.conversations[before.user_id].step.value == "idle"
    assert "1 a week" not in (await chat.say("3"))[0].text  # a number now is not a settings answer


async def test_cancel_with_nothing_open_says_so(chat: PlacesChat) -> None:
    await chat.onboard()
    assert "nothing open to cancel" in (await chat.say("/cancel"))[0].text


async def test_a_swap_typed_with_a_superscript_digit_shows_the_options_instead_of_crashing(chat: PlacesChat) -> None:
    from tests.unit.test_coach_foundation import _to_first_working_set

    await _to_first_working_set(chat)
    refused = await chat.say("/swap ²")
    assert refused[0].text.startswith('I can\'t swap to "²" here. Options:')
    by_number = await chat.say("/swap ١")  # an Arabic-Indic 1 is option 1
    assert by_number[0].text.startswith("Swapped Pull-up for")


@pytest.mark.parametrize(("typed", "expected"), [("٣", 3), ("pain ７", 7), ("²", None), ("pain ²", None)])
def test_a_pain_score_in_another_script_is_read_and_a_look_alike_is_not_a_score(typed: str, expected: int | None) -> None:
    from core.safety.pain import parse_pain

    assert parse_pain(typed, expecting=True) == expected
