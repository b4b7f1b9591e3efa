"""What the bot decided about one message: the decision kinds, named once for every module."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """The five decisions, stored in the question log and printed by `ask --json` as their values."""

    ANSWER = "answer"        # one entry answers it
    SUGGEST = "suggest"      # "did you mean": 2-3 entries
    NONE = "none"            # out of scope: the fallback and the topics
    URGENT = "urgent"        # warning signs: the urgent-care message first
    SMALLTALK = "smalltalk"  # hi, thanks, who are you


@dataclass(frozen=True)
class Decision:
    """One message's decision.

    `entry_id` is the answered entry (for URGENT, the entry the message would otherwise get, if
    any); `score` is the best entry's 0-100 score or None when nothing scored; `suggestions` holds
    2-3 entry ids for SUGGEST; `flags` names the warning sign found (bot.triage); `smalltalk` the
    small-talk kind ("greeting", "thanks", ...); `why` a short reason where the kind alone does
    not say it ("not-english" for NONE, or "sign-unplaced" for a sign with someone hurt now that the FAQ cannot place,
    or "sign-feared" for a sign only feared or asked about; the urgency, "emergency" or "today", for URGENT, or "crisis"
    or "eating" for words of suicide or of an eating disorder alone, which are among the `flags` too);
    `explain` what was read and why, when asked for (bot.matching.Matcher.decide).
    """

    kind: Kind
    entry_id: str | None = None
    score: float | None = None
    suggestions: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    smalltalk: str | None = None
    why: str | None = None
    whose: str | None = None  # URGENT: "other" when every sign that stands is told of someone else
    explain: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.kind, Kind):  # Decision("answer") reads like Decision(Kind.ANSWER)
            object.__setattr__(self, "kind", Kind(self.kind))
