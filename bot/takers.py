"""For `check`: which entry takes another entry's own questions, and whether it is new.

An entry's question that gets another entry (answered by it, or offered with it as "did you mean") is lost to that
other entry: the warning names it as the cause, and says so first when it is new, that is not in the version of the
file the bot last served (bot.editing.last_good). A new user added an entry, and check's warnings all blamed the old
entry's alternates, as if they had gone wrong.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot import editing
from bot.faq import FAQ

_ANSWERED_BY = re.compile(r"is answered by '([^']+)' instead")
_OFFERED = re.compile(r"only gets 'did you mean' (.+) \(score")


def takers(entry_id: str, what: str) -> list[str]:
    """The other entries that get an entry's question, from admin.stray_phrasings' `what` ("is answered by 'b'
    instead (score 90.0)", "only gets 'did you mean' a, b (score 100.0)"); [] for no answer or the urgent reply."""
    answered = _ANSWERED_BY.match(what)
    if answered:
        return [answered.group(1)]
    offered = _OFFERED.match(what)
    if offered:
        return [i for i in offered.group(1).split(", ") if i != entry_id]
    return []


def new_entries(faq: FAQ, path: Path) -> frozenset[str]:
    """The ids of `faq`'s entries that the version of `path` the bot last served does not hold; none when no such
    version is kept, or it is the file itself."""
    kept = editing.last_good(path)
    try:
        if kept is None or kept[0] == path.read_bytes():
            return frozenset()
        old = yaml.safe_load(kept[0])
    except (OSError, yaml.YAMLError):
        return frozenset()
    entries = old.get("entries") if isinstance(old, dict) else None
    if not isinstance(entries, list):
        return frozenset()
    ids = {entry.get("id") for entry in entries if isinstance(entry, dict)}
    return frozenset(entry.id for entry in faq.entries if entry.id not in ids)


def warning(path: Path, line: int, entry_id: str, phrasing: str, what: str, lines: dict[str, int],
            new: frozenset[str]) -> str:
    """check's warning for an entry's question that the bot does not answer with it: led by the entry that takes it,
    as the cause, when that one is new ("the new entry 'b' (line 80) takes a question of 'a': ...")."""
    others = takers(entry_id, what)
    fresh = [i for i in others if i in new and entry_id not in new]
    if fresh:
        return (f"{path}:{line}: warning: the new entry {fresh[0]!r} (line {lines.get(fresh[0], 0)}) takes a question "
                f"of {entry_id!r}: {phrasing!r} {what}")
    return f"{path}:{line}: warning: {entry_id!r}: {phrasing!r} {what}"
