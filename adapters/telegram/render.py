"""Reply -> Telegram: HTML text in safe pieces, inline keyboards. Pure functions, no network."""
from __future__ import annotations

import hashlib
import html
import logging
from collections import OrderedDict
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from core.messages import Choice

log = logging.getLogger(__name__)

# Telegram counts message length in UTF-16 code units after entity parsing; escaping only
# lengthens the source, so measuring the escaped HTML keeps a safe margin for mentions.
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_BYTES = 64
ALIAS_PREFIX = "#"


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def mention(user_id: str, name: str) -> str:
    """A text mention: it notifies the member and, unlike @username, works for everyone."""
    return f'<a href="tg://user?id={html.escape(user_id)}">{html.escape(name or user_id)}</a>'


def _fits(text: str, limit: int) -> bool:
    return utf16_len(html.escape(text)) <= limit


def _longest_prefix(text: str, limit: int) -> int:
    low, high = 1, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if _fits(text[:mid], limit):
            low = mid
        else:
            high = mid - 1
    return low


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Plain text cut into pieces whose escaped HTML fits `limit`: at a paragraph, a line, then a word."""
    pieces: list[str] = []
    rest = text
    while rest and not _fits(rest, limit):
        cut = _longest_prefix(rest, limit)
        head = rest[:cut]
        for sep in ("\n\n", "\n", " "):
            at = head.rfind(sep)
            if at > cut // 2:
                cut = at + len(sep)
                break
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n")
    if rest.strip() or not pieces:
        pieces.append(rest.rstrip())
    return pieces


def to_html_pieces(text: str, *, header: str = "", footer: str = "", limit: int = MAX_TEXT) -> list[str]:
    """Escaped pieces of `text`; `header`/`footer` are ready HTML (mentions) added to the first/last."""
    room = limit - utf16_len(header) - utf16_len(footer) - 2
    pieces = [html.escape(piece) for piece in split_text(text, max(room, 256))]
    if header:
        pieces[0] = header + pieces[0]  # the header carries its own separator
    if footer:
        pieces[-1] = f"{pieces[-1]}\n\n{footer}" if pieces[-1] else footer
    return pieces


class PayloadAliases:
    """Keeps callback data within Telegram's 64 bytes.

    The coach's payloads are short ("pain:7", "10"); a longer one is a bug upstream, so it is
    logged and mapped through a short hash kept in memory (lost on restart: the button then
    answers like stale text, which the coach handles).
    """

    def __init__(self, capacity: int = 2048) -> None:
        self._capacity = capacity
        self._by_alias: OrderedDict[str, str] = OrderedDict()

    @staticmethod
    def fits(payload: str) -> bool:
        """Sent as it is, with no alias to remember."""
        return len(payload.encode()) <= MAX_CALLBACK_BYTES and not payload.startswith(ALIAS_PREFIX)

    def encode(self, payload: str) -> str:
        if self.fits(payload):
            return payload
        log.warning("button payload over %d bytes, aliased: %r", MAX_CALLBACK_BYTES, payload)
        alias = ALIAS_PREFIX + hashlib.sha256(payload.encode()).hexdigest()[:20]
        self._by_alias[alias] = payload
        self._by_alias.move_to_end(alias)
        while len(self._by_alias) > self._capacity:
            self._by_alias.popitem(last=False)
        return alias

    def decode(self, data: str) -> str:
        return self._by_alias.get(data, data) if data.startswith(ALIAS_PREFIX) else data


REVISION_MARK = "~"


def button_data(choice: Choice) -> str:
    """The callback data of a button: its payload, then the revision of the question it answers."""
    if choice.revision is None:
        return choice.payload
    return f"{choice.payload}{REVISION_MARK}{choice.revision}"


def read_button_data(data: str) -> tuple[str, int | None]:
    """(payload, revision) back from callback data; buttons sent before revisions existed have none."""
    payload, mark, revision = data.rpartition(REVISION_MARK)
    if mark and revision.isdigit() and payload:
        return payload, int(revision)
    return data, None


def _per_row(choices: Sequence[Choice]) -> int:
    widest = max(len(choice.label) for choice in choices)
    if widest <= 3:
        return 6  # 0-10 pain scale: two tidy rows
    if widest <= 10:
        return 4
    return 2 if widest <= 20 else 1


def keyboard(choices: Sequence[Choice], aliases: PayloadAliases) -> InlineKeyboardMarkup | None:
    if not choices:
        return None
    size = _per_row(choices)
    buttons = [InlineKeyboardButton(c.label, callback_data=aliases.encode(button_data(c))) for c in choices]
    return InlineKeyboardMarkup([buttons[i : i + size] for i in range(0, len(buttons), size)])


class Keyboards:
    """Inline keyboards, each built once.

    The coach offers the same few again and again (the pain scale, reps around a target,
    done or skip), and building PTB's objects costs about 0.1 ms on every reply that has
    buttons, ahead of sending it. They are immutable, so one can be sent any number of times.
    A keyboard with an aliased payload is built afresh: its alias may since have been forgotten.
    """

    def __init__(self, aliases: PayloadAliases, capacity: int = 512) -> None:
        self._aliases = aliases
        self._capacity = capacity
        self._built: OrderedDict[tuple[Choice, ...], InlineKeyboardMarkup] = OrderedDict()

    def __call__(self, choices: Sequence[Choice]) -> InlineKeyboardMarkup | None:
        key = tuple(choices)
        markup = self._built.get(key)
        if markup is not None:
            self._built.move_to_end(key)
            return markup
        markup = keyboard(key, self._aliases)
        if markup is not None and all(PayloadAliases.fits(button_data(choice)) for choice in key):
            self._built[key] = markup
            if len(self._built) > self._capacity:
                self._built.popitem(last=False)
        return markup
