"""Adapter-facing wording: what a chat platform adapter says around the coach's own replies."""
from __future__ import annotations

# Said when one update failed inside the adapter or the coach; the bot keeps running.
APOLOGY = "Sorry, I couldn't handle that one. Nothing was saved. Please try again in a moment."

# A button pressed by someone other than the person it was offered to.
NOT_FOR_YOU = "That prompt was for someone else. Type /today to start your own session."


def private_fallback_note(name: str, link: str) -> str:
    """Posted in a group when a private message could not reach `name`; `link` opens the bot."""
    return f"{name}, I have something for you in private. Open it here: {link}"


# --- Discord -----------------------------------------------------------------

# Discord has no deep link that carries a payload, so the note names the command to send.
def discord_private_fallback_note(mention: str, command: str) -> str:
    """Posted in a server channel when a member's DMs are closed to the bot."""
    return (
        f"{mention}, I have something for you in private, but your DMs are closed to me. "
        f"Open a direct message with me and use `{command}` there to read it."
    )


DISCORD_SENT_PRIVATELY = "I've sent you the details privately."
DISCORD_POSTED_IN_CHANNEL = "Done: I posted it in the channel."

# Slash-command option descriptions (Discord shows them under each option, 100 characters at most).
DISCORD_OPTION_REPS = "How many reps you did in this set"
DISCORD_OPTION_LOAD = "The load, e.g. 20kg, 45 lb or bodyweight (leave empty for the planned load)"
DISCORD_OPTION_SCALE = "0 means none, 10 the worst you can imagine"
DISCORD_OPTION_TOKEN = "The code from my note in the server, if you have one"
DISCORD_OPTION_TEXT = "Optional: {what}"
