"""Tests for bot.grouping and report.unanswered: near-duplicate unanswered questions grouped."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DAY, T0, FakeClock  # the `clock` fixture is in conftest too

from bot import store as store_module
from bot.grouping import group_of, group_questions
from bot.report import unanswered
from bot.store import Store


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock):
    s = Store(tmp_path / "faq.sqlite3", clock=clock)
    yield s
    s.close()


def test_near_duplicates_form_one_group(store: Store, clock: FakeClock) -> None:
    store.log_question("how do i stop chafing", "none", None, None)
    clock.advance(60)
    store.log_question("what should I eat before a long run", "none", None, None)
    clock.advance(60)
    store.log_question("How do I stop chafing??", "none", None, None)
    clock.advance(60)
    store.log_question("how to stop chafing", "none", None, None)
    clock.advance(60)
    store.log_question("how do i stop chafing", "answer", "chafing", 90.0)  # answered: not included

    groups = unanswered(store)
    assert [g.count for g in groups] == [3, 1]
    chafing, food = groups
    assert chafing.representative == "How do I stop chafing??"  # most frequent form, latest wording
    assert chafing.texts == ["how to stop chafing", "How do I stop chafing??"]
    assert chafing.latest == T0 + 180
    assert food.texts == ["what should I eat before a long run"]


def test_groups_most_frequent_first_then_latest(store: Store, clock: FakeClock) -> None:
    for text in ("shin splints", "shin splints", "hill repeats", "tempo pace"):
        store.log_question(text, "none", None, None)
        clock.advance(1)
    groups = unanswered(store)
    assert [(g.representative, g.count) for g in groups] == [
        ("shin splints", 2),
        ("tempo pace", 1),
        ("hill repeats", 1),
    ]
    assert [g.representative for g in unanswered(store, limit=1)] == ["shin splints"]


def test_unanswered_window(store: Store, clock: FakeClock) -> None:
    store.log_question("old one", "none", None, None)
    clock.advance(8 * DAY)
    store.log_question("new one", "none", None, None)
    assert [g.representative for g in unanswered(store, days=7)] == ["new one"]
    assert len(unanswered(store)) == 2


def test_unanswered_looks_at_the_latest_rows_only(
    store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "UNMATCHED_SCAN", 2)
    for text in ("oldest marathon question", "middle tempo question", "newest interval question"):
        store.log_question(text, "none", None, None)
        clock.advance(1)
    assert {g.representative for g in unanswered(store)} == {"middle tempo question", "newest interval question"}


def test_containment_groups_longer_wording() -> None:
    rows = [
        ("what is a tempo run and how fast should it be", None, 3.0),
        ("What is a tempo run?", None, 2.0),
        ("what is a tempo run", None, 1.0),
        ("how do i", None, 0.5),
        ("how do i run a marathon in under four hours", None, 0.4),
    ]
    groups = group_questions(rows)
    assert [(g.representative, g.count) for g in groups] == [
        ("What is a tempo run?", 3),
        ("how do i", 1),  # a bare "how do i" does not swallow every "how do i ..." question
        ("how do i run a marathon in under four hours", 1),
    ]


def test_grouping_ignores_punctuation_only_texts() -> None:
    assert group_questions([("???", None, 1.0)]) == []


def test_word_forms_and_joining_words_do_not_split_a_group() -> None:
    # From a new user's trial: three knee questions stayed three groups.
    rows = [
        ("my knee hurts after running", None, 3.0),
        ("my knees hurt when i run", None, 2.0),
        ("Knees hurt while running?", None, 1.5),
        ("my knee hurts after cycling", None, 1.0),
    ]
    groups = group_questions(rows)
    assert [(g.representative, g.count) for g in groups] == [
        ("my knee hurts after running", 3),
        ("my knee hurts after cycling", 1),  # another activity stays apart
    ]


def test_a_question_told_slightly_differently_finds_the_group_it_belongs_to() -> None:
    # The README's teach example (a new user): the logged "my lower back feels battered ..." and the taught "lower
    # back feels battered ..." are one question; teach took nothing off the list, and said nothing.
    rows = [
        ("my lower back feels battered every time I finish a long one", None, 3.0),
        ("my knee hurts after running", None, 2.0),
        ("my knees hurt when i run", None, 1.0),
    ]
    groups = group_questions(rows)
    assert group_of("lower back feels battered every time I finish a long one", rows) == groups[1]
    assert group_of("Knees hurt while running?", rows) == groups[0]
    assert group_of("my knees hurt when i run", rows) == groups[0]  # its own wording
    assert group_of("my knee hurts after cycling", rows) is None  # another activity: a group of its own
    assert group_of("???", rows) is None and group_of("anything", []) is None


def test_wordings_of_one_question_on_a_topic_group_together_and_other_questions_stay_apart() -> None:
    # From new users' /unanswered: several ways of asking about a stitch, or about ibuprofen before running, were each
    # a group of their own. The same topic word (not an everyday word, not running talk) asked about in the same way
    # groups them; what makes it another question keeps it apart: after a run instead of before, a body part's pain,
    # another body part, words denied, or more asked than the topic ("does yoga help you lose weight").
    asked = [
        "how do i get rid of a stitch",
        "why do i get a stitch when running",
        "side stitch while running",
        "stitch in my side when i run what causes it",
        "how to stop getting stitches",
        "is it ok to take ibuprofen before a run",
        "can i take ibuprofen before running",
        "ibuprofen before a long run safe?",
        "taking ibuprofen before a race",
        "is ibuprofen after a run ok",
        "ibuprofen for knee pain",
        "ibuprofen for back pain",
        "how do i stop chafing",
        "chafing between my thighs",
        "is yoga good for runners?",
        "What are the best yoga poses for runners?",
        "Does yoga help you lose weight?",
        "what to eat before a marathon",
        "how to train for a marathon",
        "my knee hurts after running",
        "my knee hurts after cycling",
        "is it ok to run without a stitch",
    ]
    groups = group_questions([(text, None, float(-n)) for n, text in enumerate(asked)])
    together = sorted(sorted(g.texts) for g in groups if len(g.texts) > 1)
    assert together == sorted(sorted(texts) for texts in (asked[0:5], asked[5:9], asked[12:14], asked[14:16])), together
    alone = {g.texts[0] for g in groups if len(g.texts) == 1}
    assert alone == {*asked[9:12], asked[16], *asked[17:22]}, alone
