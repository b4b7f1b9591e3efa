"""Logged questions read again with the faq.yaml in use: which of them the bot answers now.

A teach takes off the unanswered list only the questions of its group that now get the taught entry (a new
user's teach cleared a whole group, one wording of which still got no answer); the report shows apart the
questions that the current faq.yaml answers since they were asked (a hand edit, a new synonym), so that what is
listed as unanswered is what still needs work. Nothing here changes a decision: each question is decided as the
bot would decide it now (bot.matching.Matcher.decide), on its own.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.decision import Decision, Kind
from bot.matching import Matcher
from bot.store import normalize


def gets(decision: Decision, entry_id: str) -> bool:
    """Whether a decision gives the entry: its answer, or offered after the urgent-care reply."""
    return decision.entry_id == entry_id and decision.kind in (Kind.ANSWER, Kind.URGENT)


@dataclass(frozen=True)
class Taught:
    """A taught group split: the normalised texts the taught entry now answers, and those it does not."""

    left: tuple[str, ...]    # forms that get the entry now: off the unanswered list
    stayed: tuple[str, ...]  # forms that still do not: they stay on it
    left_asked: int          # questions asked with the forms that left
    stayed_asked: int
    stayed_example: str      # a wording that stays ("" when none)


def taught(matcher: Matcher, entry_id: str, forms: Sequence[str], rows: Iterable[tuple]) -> Taught:
    """Split a group's `forms` by whether `matcher` (the FAQ after the teach) answers them with `entry_id`.

    `rows` are the logged questions (text, normalized, ...), such as bot.store.Store.review()'s: each form is
    decided in the wordings people used (a form none of them holds, in its own words), and leaves only when every
    one of them gets the entry."""
    wanted = set(forms)
    wordings: dict[str, dict[str, None]] = {form: {} for form in forms}
    asked: Counter[str] = Counter()
    for row in rows:
        form = row[1] if row[1] is not None else normalize(row[0])
        if form in wanted:
            wordings[form][row[0]] = None
            asked[form] += 1
    left, stayed = [], []
    for form in forms:
        texts = list(wordings[form]) or [form]
        (left if all(gets(matcher.decide(text), entry_id) for text in texts) else stayed).append(form)
    example = next(iter(wordings[stayed[0]]), stayed[0]) if stayed else ""
    return Taught(tuple(left), tuple(stayed), sum(max(asked[f], 1) for f in left),
                  sum(max(asked[f], 1) for f in stayed), " ".join(example.split()))


def answered_now(matcher: Matcher, rows: Iterable[tuple]) -> tuple[list[tuple], list[tuple], dict[str, str]]:
    """Split logged review rows (bot.store.ReviewRow: text, normalized, asked_at, decision, entry_id, ...) into those
    that still need work and those the FAQ in use answers now, with {text: entry id} for the latter: a question that
    got no answer or only "did you mean" and now gets an entry, or whose answer was voted 👎 and now gets another
    entry (a new user's report listed questions that a hand edit of faq.yaml had answered since)."""
    still: list[tuple] = []
    now: list[tuple] = []
    entry: dict[str, str] = {}
    decided: dict[str, Decision] = {}
    for row in rows:
        text = row[0]
        decision = decided.get(text)
        if decision is None:
            decision = decided[text] = matcher.decide(text)
        was = row[4] if row[3] == Kind.ANSWER.value else None
        if decision.kind is Kind.ANSWER and decision.entry_id and decision.entry_id != was:
            now.append(row)
            entry[text] = decision.entry_id
        else:
            still.append(row)
    return still, now, entry
