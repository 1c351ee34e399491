"""Logs never carry what a person typed: an exception's words stay out, its type and place stay in."""
from __future__ import annotations

import io
import logging
from zoneinfo import ZoneInfo

from bot.cli import WordlessFormatter

TYPED = "Flat 5, 12 Acacia Avenue"


def _logged(emit: object) -> str:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(WordlessFormatter("%(levelname)s %(name)s: %(message)s"))
    log = logging.getLogger("test.privacy")
    log.addHandler(handler)
    log.propagate = False
    try:
        emit(log)  # type: ignore[operator]
    finally:
        log.removeHandler(handler)
    return stream.getvalue()


def _crash_on_a_typed_time_zone(log: logging.Logger) -> None:
    try:
        ZoneInfo(TYPED)
    except Exception:
        log.exception("the coach failed on message 42")


def _crash_while_handling_another(log: logging.Logger) -> None:
    try:
        try:
            int(TYPED)
        except ValueError as error:
            raise RuntimeError(f"could not read {TYPED!r}") from error
    except RuntimeError as error:
        log.error("telegram: %s", error, exc_info=error)


def test_a_crash_on_a_typed_time_zone_logs_the_error_type_and_place_but_not_the_words() -> None:
    logged = _logged(_crash_on_a_typed_time_zone)
    assert "the coach failed on message 42" in logged
    assert "ZoneInfoNotFoundError" in logged or "ValueError" in logged
    assert "test_log_privacy.py" in logged  # where it happened is still there
    assert "Acacia" not in logged


def test_an_error_passed_as_a_log_argument_and_its_cause_are_logged_without_their_words() -> None:
    logged = _logged(_crash_while_handling_another)
    assert "telegram: RuntimeError" in logged
    assert "ValueError" in logged and "RuntimeError" in logged
    assert "Acacia" not in logged


def test_a_platform_that_cannot_be_reached_is_still_named_in_the_log() -> None:
    from core.errors import PlatformUnreachable

    logged = _logged(lambda log: log.warning("%s; trying again", PlatformUnreachable("telegram: cannot reach the Bot API")))
    assert "telegram: cannot reach the Bot API; trying again" in logged
