"""Button presses: every kind of callback data, built and parsed in one place.

Telegram carries at most 64 bytes of callback data per button; entry ids are at most 40
characters and refs and tokens 8, so every kind below fits. Data from an older version of the bot,
or forged by a client, parses to None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.faq import ID_RE

MAX_DATA_BYTES = 64  # Bot API: InlineKeyboardButton.callback_data is 1-64 bytes
_ID = r"[a-z0-9][a-z0-9-]{0,39}"
_REF = r"[0-9a-f]{8}"


@dataclass(frozen=True)
class ShowEntry:
    """Show an entry's answer ("faq:<id>"); from "did you mean" also the question's ref, so the
    choice can be kept as evidence for a new alternate ("faq:<id>:<ref>")."""

    entry_id: str
    ref: str | None = None


@dataclass(frozen=True)
class Vote:
    """👍 or 👎 on an entry's answer to question `ref` ("vote:<id>:up[:<ref>]")."""

    entry_id: str
    helpful: bool
    ref: str | None = None


@dataclass(frozen=True)
class ShowTopics:
    """List the topics, page `page` of them ("topics", "topics:2")."""

    page: int = 0


@dataclass(frozen=True)
class Teach:
    """An admin adds the questions of offer `token` to entry `entry_id` ("teach:<token>:<id>")."""

    token: str
    entry_id: str


@dataclass(frozen=True)
class NotForFaq:
    """An admin hides the questions of offer `token` from /unanswered ("skip:<token>")."""

    token: str


Press = ShowEntry | Vote | ShowTopics | Teach | NotForFaq

_PATTERNS = (
    (re.compile(rf"^faq:({_ID})(?::({_REF}))?$"), lambda m: ShowEntry(m[1], m[2])),
    (re.compile(rf"^vote:({_ID}):(up|down)(?::({_REF}))?$"), lambda m: Vote(m[1], m[2] == "up", m[3])),
    (re.compile(r"^topics(?::([1-9][0-9]{0,3}))?$"), lambda m: ShowTopics(int(m[1] or 0))),
    (re.compile(rf"^teach:({_REF}):({_ID})$"), lambda m: Teach(m[1], m[2])),
    (re.compile(rf"^skip:({_REF})$"), lambda m: NotForFaq(m[1])),
)


def encode(press: Press) -> str:
    """The callback data for a press; raises ValueError for an id faq.yaml could not hold."""
    entry_id = getattr(press, "entry_id", None)
    if entry_id is not None and not ID_RE.match(entry_id):
        raise ValueError(f"not an entry id: {entry_id!r}")
    if isinstance(press, ShowEntry):
        return f"faq:{press.entry_id}" + (f":{press.ref}" if press.ref else "")
    if isinstance(press, Vote):
        return f"vote:{press.entry_id}:{'up' if press.helpful else 'down'}" + (f":{press.ref}" if press.ref else "")
    if isinstance(press, ShowTopics):
        return f"topics:{press.page}" if press.page else "topics"
    if isinstance(press, Teach):
        return f"teach:{press.token}:{press.entry_id}"
    return f"skip:{press.token}"


def parse(data: str | None) -> Press | None:
    """The press that `data` stands for, or None for data this version does not know."""
    if not data:
        return None
    for rx, make in _PATTERNS:
        m = rx.match(data)
        if m:
            return make(m)
    return None
