"""Score the matcher on a labelled question file: accuracy by kind, wrong answers, missed red flags."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.decision import Decision, Kind
from bot.matching import Matcher

SPECIAL = (Kind.NONE, Kind.URGENT, Kind.SMALLTALK)


@dataclass(frozen=True)
class Case:
    text: str
    expect: str
    kind: str
    flag: str | None = None


@dataclass
class Outcome:
    case: Case
    decision: Decision

    @property
    def correct(self) -> bool:
        d, e = self.decision, self.case.expect
        if e in SPECIAL:
            return d.kind == e
        return d.kind is Kind.ANSWER and d.entry_id == e

    @property
    def confidently_wrong(self) -> bool:
        d, e = self.decision, self.case.expect
        return d.kind is Kind.ANSWER and d.entry_id != e and e != Kind.URGENT


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def _of(self, pred) -> list[Outcome]:
        return [o for o in self.outcomes if pred(o.case)]

    @property
    def in_scope(self) -> list[Outcome]:
        return self._of(lambda c: c.expect not in SPECIAL)

    @property
    def out_of_scope(self) -> list[Outcome]:
        return self._of(lambda c: c.expect == Kind.NONE)

    @property
    def red_flags(self) -> list[Outcome]:
        return self._of(lambda c: c.expect == Kind.URGENT)

    @property
    def near_misses(self) -> list[Outcome]:
        """Messages that only look alarming: kind "near-miss", or "near-miss-<way>" ("near-miss-over")."""
        return self._of(lambda c: c.kind == "near-miss" or c.kind.startswith("near-miss-"))

    def rate(self, outcomes: list[Outcome]) -> float:
        return sum(o.correct for o in outcomes) / len(outcomes) if outcomes else float("nan")

    @property
    def balanced_accuracy(self) -> float:
        return (self.rate(self.in_scope) + self.rate(self.out_of_scope)) / 2

    @property
    def wrong_answers(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.confidently_wrong]

    @property
    def missed_red_flags(self) -> list[Outcome]:
        return [o for o in self.red_flags if not o.correct]

    @property
    def flagged_near_misses(self) -> list[Outcome]:
        return [o for o in self.near_misses if o.decision.kind is Kind.URGENT]

    @property
    def false_alarms(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.expect != Kind.URGENT and o.decision.kind is Kind.URGENT]

    def by_kind(self) -> dict[str, tuple[int, int]]:
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for o in self.outcomes:
            counts[o.case.kind][0] += o.correct
            counts[o.case.kind][1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(counts.items())}

    def summary_lines(self) -> list[str]:
        n = len(self.outcomes)
        ins, outs = self.in_scope, self.out_of_scope
        suggested = sum(1 for o in ins if o.decision.kind is Kind.SUGGEST and o.case.expect in o.decision.suggestions)
        lines = [
            f"questions: {n}",
            f"balanced accuracy: {100 * self.balanced_accuracy:.1f}%  "
            f"(in-scope answered right {sum(o.correct for o in ins)}/{len(ins)} = {100 * self.rate(ins):.1f}%, "
            f"out-of-scope rejected {sum(o.correct for o in outs)}/{len(outs)} = {100 * self.rate(outs):.1f}%)",
            f"in-scope offered as 'did you mean' with the right entry: {suggested}/{len(ins)}",
            f"confidently wrong answers: {len(self.wrong_answers)}/{n} = "
            f"{100 * len(self.wrong_answers) / max(1, n):.1f}%",
            f"red flags caught: {len(self.red_flags) - len(self.missed_red_flags)}/{len(self.red_flags)}",
            f"near misses flagged urgent: {len(self.flagged_near_misses)}/{len(self.near_misses)}",
            f"other false alarms (urgent on a non-red-flag message): "
            f"{len(self.false_alarms) - len(self.flagged_near_misses)}",
        ]
        return lines


def load_cases(path: str | Path) -> list[Case]:
    """Read a labelled file: a YAML list of {text, expect, kind[, flag]}."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a YAML list of {{text, expect, kind}} items")
    cases = []
    for i, item in enumerate(data, 1):
        if not isinstance(item, dict) or "text" not in item or "expect" not in item:
            raise ValueError(f"{path}: item {i} needs text and expect")
        cases.append(Case(str(item["text"]), str(item["expect"]), str(item.get("kind", "plain")), item.get("flag")))
    return cases


def evaluate(matcher: Matcher, cases: list[Case]) -> Report:
    return Report([Outcome(c, matcher.decide(c.text)) for c in cases])


def unknown_expectations(matcher: Matcher, cases: list[Case]) -> list[str]:
    known = {e.id for e in matcher.faq.entries} | set(SPECIAL)
    return sorted(Counter(c.expect for c in cases if c.expect not in known))
