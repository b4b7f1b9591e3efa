"""Button presses: every kind of callback data, built and parsed in one place.

Telegram carries at most 64 bytes of callback data per button; entry ids are at most 40
characters, so every kind below fits. Data from an older version of the bot, or forged by a
client, parses to None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.faq import ID_RE

MAX_DATA_BYTES = 64  # Bot API: InlineKeyboardButton.callback_data is 1-64 bytes


@dataclass(frozen=True)
class ShowEntry:
    """Show an entry's answer ("faq:<id>")."""

    entry_id: str


@dataclass(frozen=True)
class Vote:
    """👍 or 👎 on an entry's answer ("vote:<id>:up" / "vote:<id>:down")."""

    entry_id: str
    helpful: bool


@dataclass(frozen=True)
class ShowTopics:
    """List the topics ("topics")."""


Press = ShowEntry | Vote | ShowTopics

# One pattern per kind, for PTB's CallbackQueryHandler(pattern=...).
ENTRY_PATTERN = re.compile(r"^faq:([a-z0-9][a-z0-9-]{0,39})$")
VOTE_PATTERN = re.compile(r"^vote:([a-z0-9][a-z0-9-]{0,39}):(up|down)$")
TOPICS_PATTERN = re.compile(r"^topics$")


def encode(press: Press) -> str:
    """The callback data for a press; raises ValueError for an entry id faq.yaml could not hold."""
    if isinstance(press, (ShowEntry, Vote)) and not ID_RE.match(press.entry_id):
        raise ValueError(f"not an entry id: {press.entry_id!r}")
    if isinstance(press, ShowEntry):
        return f"faq:{press.entry_id}"
    if isinstance(press, Vote):
        return f"vote:{press.entry_id}:{'up' if press.helpful else 'down'}"
    return "topics"


def parse(data: str | None) -> Press | None:
    """The press that `data` stands for, or None for data this version does not know."""
    if not data:
        return None
    if m := ENTRY_PATTERN.match(data):
        return ShowEntry(m.group(1))
    if m := VOTE_PATTERN.match(data):
        return Vote(m.group(1), m.group(2) == "up")
    if TOPICS_PATTERN.match(data):
        return ShowTopics()
    return None
