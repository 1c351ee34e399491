"""The few named errors of the coach; adapters translate platform errors into these."""


class CoachError(Exception):
    """Base of every error the coach raises on purpose."""


class BadInput(CoachError):
    """The person's message could not be understood or is impossible; nothing was changed."""


class RecipientUnreachable(CoachError):
    """The platform refuses to deliver to this chat for good (blocked bot, closed DMs)."""


class RateLimited(CoachError):
    """The platform asked us to wait `retry_after` seconds before sending again."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"retry after {retry_after}s")
        self.retry_after = retry_after


class DeliveryFailed(CoachError):
    """A send failed for a reason that may pass; it can be tried again later."""


class ConcurrentUpdate(CoachError):
    """Someone else changed the same row first; the message is retried once."""


class PlatformUnreachable(CoachError):
    """Telegram or Discord could not be reached (network, DNS, their outage); trying later may work."""
