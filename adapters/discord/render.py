"""Reply -> what discord.py sends: text chunks, mentions, a file and a persistent view."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import discord

from core.messages import Reply

CONTENT_LIMIT = 2000
EMBED_TITLE_LIMIT = 256
EMBED_LIMIT = 4000  # Discord allows 4,096 in a description; room for the escaping
EMBED_LINES = 3  # a reply of this many lines or more (a plan, a card, a summary) is shown as an embed
EMBED_COLOUR = 0x2B7A78


@dataclass
class Rendered:
    """One Discord message's keyword arguments (content, view, files, allowed mentions)."""

    content: str
    embed: discord.Embed | None = None
    view: discord.ui.View | None = None
    files: list[discord.File] = field(default_factory=list)
    allowed_mentions: discord.AllowedMentions = field(default_factory=discord.AllowedMentions.none)

    def kwargs(self) -> dict[str, Any]:
        out: dict[str, Any] = {"content": self.content or None, "allowed_mentions": self.allowed_mentions}
        out["embeds"] = [self.embed] if self.embed is not None else []
        if self.view is not None:
            out["view"] = self.view
        if self.files:
            out["files"] = self.files
        return out


def _chunks(content: str, limit: int = CONTENT_LIMIT) -> Iterator[str]:
    """Split at line breaks where possible so a long summary stays readable."""
    while len(content) > limit:
        cut = content.rfind("\n", 0, limit)
        cut = cut if cut > 0 else limit
        yield content[:cut]
        content = content[cut:].lstrip("\n")
    yield content


def mention_ids(reply: Reply, addressed: bool) -> list[str]:
    """Who this message pings: the group reminder's members, or the member it is addressed to."""
    ids = [uid for uid, _ in reply.mentions]
    if addressed and reply.to_user_id and reply.to_user_id not in ids:
        ids.insert(0, reply.to_user_id)
    return [uid for uid in ids if uid.isdigit()]


def render(reply: Reply, *, addressed: bool, view: discord.ui.View | None) -> list[Rendered]:
    """`addressed`: a public reply in a server to one member, who gets a mention in front.

    Only the people named are pinged (AllowedMentions lists them); the coach's own text is
    escaped so a stray * or _ is shown, not formatted.
    """
    ids = mention_ids(reply, addressed)
    body = discord.utils.escape_markdown(reply.text, as_needed=True)
    prefix = " ".join(f"<@{uid}>" for uid in ids)
    content = f"{prefix} {body}".strip() if prefix else body
    allowed = (
        discord.AllowedMentions(everyone=False, roles=False, replied_user=False,
                                users=[discord.Object(int(uid)) for uid in ids])
        if ids
        else discord.AllowedMentions.none()
    )
    lines = body.split("\n")
    if len(lines) >= EMBED_LINES and reply.attachment is None and len(body) <= EMBED_LIMIT:
        # A plan, a card or a summary: a titled embed reads better than a wall of text.
        title, rest = lines[0], "\n".join(lines[1:]).strip()
        if len(title) > EMBED_TITLE_LIMIT:
            title, rest = "", body
        embed = discord.Embed(title=title or None, description=rest or None, colour=EMBED_COLOUR)
        return [Rendered(prefix, embed=embed, view=view, allowed_mentions=allowed)]
    parts = list(_chunks(content))
    messages = [Rendered(part, allowed_mentions=allowed) for part in parts]
    last = messages[-1]
    last.view = view
    if reply.attachment is not None:
        last.files = [discord.File(reply.attachment.path, filename=reply.attachment.filename)]
    return messages
