"""Tests for bot.matching: decisions on real-user-style questions, the traps from the issue,
robustness, and the accuracy targets on the labelled question sets."""
from __future__ import annotations

import json
import math
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from bot import evaluation
from bot.decision import Decision, Kind
from bot.faq import load_faq
from bot.matching import MAX_SUGGESTIONS, Matcher

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "questions-dev.yaml"
DEV2 = ROOT / "tests" / "data" / "questions-dev2.yaml"
DEV3 = ROOT / "tests" / "data" / "questions-dev3.yaml"
DEV4 = ROOT / "tests" / "data" / "questions-dev4.yaml"
TUNING = (DEV, DEV2, DEV3, DEV4)
# Written by someone who saw only the topic list, and never used for tuning.
UNSEEN = ROOT / "tests" / "data" / "questions-unseen.yaml"
BACK_IDS = {"back-pain-after-run", "back-pain-normal", "muscle-strain", "herniated-disc", "spine-curvature",
            "prevent-back-pain", "run-with-strained-back"}


@pytest.fixture(scope="module")
def ids(matcher) -> set[str]:
    return {e.id for e in matcher.faq.entries}


def assert_well_formed(d: Decision, ids: set[str]) -> None:
    """The invariants of each kind of decision."""
    assert d.kind in Kind
    if d.kind == "answer":
        assert d.entry_id in ids and d.suggestions == () and d.flags == ()
        assert isinstance(d.score, float) and 0 <= d.score <= 100
    elif d.kind == "suggest":
        assert d.entry_id is None and d.flags == ()
        assert 1 <= len(d.suggestions) <= MAX_SUGGESTIONS
        assert len(set(d.suggestions)) == len(d.suggestions) and set(d.suggestions) <= ids
    elif d.kind == "none":
        assert d.entry_id is None and d.suggestions == () and d.flags == ()
    elif d.kind == "urgent":
        assert d.flags and (d.entry_id is None or d.entry_id in ids)
    else:
        assert d.smalltalk and d.entry_id is None and d.flags == ()


# -- what users type -----------------------------------------------------------------------


@pytest.mark.parametrize("message, expected", [
    ("whys my lowr bak so sor aftr jogin", "back-pain-after-run"),
    ("will running make my peach go flat", "butt-smaller"),
    ("core muscles jogging?", "abs"),
    ("is training ok when my back is strained from Tuesday", "run-with-strained-back"),
    ("me run every day, why belly still big?", "runners-still-fat"),
    ("Why does my lower back hurt after a run?", "back-pain-after-run"),
    ("I have a herniated disc at L5, is running bad for it?", "herniated-disc"),
])
def test_issue_examples_are_answered(matcher, message, expected):
    d = matcher.decide(message)
    assert (d.kind, d.entry_id) == ("answer", expected), d


@pytest.mark.parametrize("message", [
    "my achilles hurts after running, what should I do?",
    "IT band pain on the outside of my knee when I run",
    "how do I stop chafing on long runs?",
    "is it ok to go running with my dog?",
    "should I drink coffee before a run?",
    "does altitude training help runners?",
    "how can I stay safe running after dark?",
    "my shins hurt when I run",
    "what should I eat before a marathon?",
])
def test_running_questions_not_in_the_faq_get_none(matcher, message):
    d = matcher.decide(message)
    assert d.kind == "none", d


@pytest.mark.parametrize("plain, padded", [
    ("how is it possible", "how is it really even possible"),
    ("so it does not happen again", "so it like does not happen again"),
    ("should i go see a physio", "should i actually go see a physio"),
])
def test_filler_words_inside_a_synonym_phrase_do_not_break_it(matcher, plain, padded):
    concepts = matcher.lexicon.concepts
    assert concepts(plain.split()) == concepts(padded.split())
    assert any(c.startswith("#") for c in concepts(padded.split()))


def test_a_filler_word_is_not_skipped_when_the_phrase_lacks_the_next_word(matcher):
    # "how is it even" is no synonym: the words stay words, not a concept of a longer phrase
    assert "#cause" not in matcher.lexicon.concepts("how is it even true".split())


def test_trap_ok_is_small_talk_not_the_is_it_ok_entry(matcher):
    # token_set_ratio scores "ok" 100 against "Is it OK to run with a strained back?".
    d = matcher.decide("ok")
    assert (d.kind, d.smalltalk, d.entry_id) == ("smalltalk", "ack", None)
    assert matcher.decide("Is it OK to feed my cat tuna?").kind == "none"


@pytest.mark.parametrize("message", ["my", "my cat is sick", "what is my name?", "where did I leave my keys?"])
def test_trap_a_question_sharing_only_my_is_not_answered(matcher, message):
    # WRatio gives 85.5 to any two strings sharing one word such as "my".
    d = matcher.decide(message)
    assert d.kind == "none", d
    assert matcher.rank(message) == []


@pytest.mark.parametrize("message, kind", [
    ("hi", "greeting"), ("Hello there 👋", "greeting"), ("good morning!", "greeting"),
    ("thanks", "thanks"), ("thank you so much", "thanks"), ("cheers mate, that helped", "thanks"),
    ("ok", "ack"), ("okay", "ack"), ("👍", "ack"),
    ("who are you", "identity"), ("are you a bot?", "identity"),
    ("help", "help"), ("what can you do", "help"),
    ("bye", "bye"), ("lol", "laugh"),
])
def test_small_talk_kinds(matcher, message, kind):
    d = matcher.decide(message)
    assert (d.kind, d.smalltalk) == ("smalltalk", kind)


@pytest.mark.parametrize("message, expected", [
    ("hi, can running give me abs?", "abs"),
    ("hello! why does my lower back hurt after running?", "back-pain-after-run"),
    ("hey there, will running make my bum smaller?", "butt-smaller"),
    ("good morning! will running give me a six pack?", "abs"),
    ("thanks! and does running make your butt smaller?", "butt-smaller"),
    ("are you a bot? can running give me abs?", "abs"),
])
def test_greeting_followed_by_a_question_gets_the_answer(matcher, message, expected):
    d = matcher.decide(message)
    assert (d.kind, d.entry_id) == ("answer", expected), d


@pytest.mark.parametrize("message, expected", [
    ("my knee hurts, also will running give me abs?", "abs"),
    ("how do I stop chafing? and does running make your butt smaller?", "butt-smaller"),
    ("I run with my dog every morning. Will running help me lose weight?", "weight-loss"),
    ("my shins are sore but is it normal for my lower back to hurt after running?", "back-pain-normal"),
    ("what shoes should I buy, and can running give me abs?", "abs"),
])
def test_two_part_message_answers_the_covered_part(matcher, message, expected):
    d = matcher.decide(message)
    assert (d.kind, d.entry_id) == ("answer", expected), d


def test_a_genuinely_ambiguous_question_offers_the_back_entries(matcher, ids):
    # Three back entries each explain part of it: "sore back from running" (after-run),
    # "is it normal" (normal) and "a strain" (muscle-strain); none leads by the margin.
    d = matcher.decide("sore back from running, is it normal or a strain?")
    assert d.kind == "suggest", d
    assert_well_formed(d, ids)
    assert 2 <= len(d.suggestions) <= 3
    assert set(d.suggestions) <= BACK_IDS
    assert {"back-pain-normal", "muscle-strain"} <= set(d.suggestions)


@pytest.mark.parametrize("message", ["back pain running", "running and my back", "back strain"])
def test_keyword_questions_about_the_back_stay_on_back_entries(matcher, message):
    d = matcher.decide(message)
    assert d.kind in ("answer", "suggest"), d
    assert ({d.entry_id} if d.kind == "answer" else set(d.suggestions)) <= BACK_IDS


def test_suggest_always_offers_two_or_three_entries(matcher):
    cases = [c for path in TUNING for c in evaluation.load_cases(path)]
    lonely = [c.text for c in cases
              if (d := matcher.decide(c.text)).kind == "suggest" and not 2 <= len(d.suggestions) <= 3]
    assert lonely == []


# -- rank ----------------------------------------------------------------------------------


def test_rank_is_sorted_limited_and_known(matcher, ids):
    message = "running back pain weight abs butt strain disc"
    full = matcher.rank(message)
    assert len(full) >= 3
    scores = [s for _, s in full]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 100 for s in scores)
    assert {i for i, _ in full} <= ids and len({i for i, _ in full}) == len(full)
    assert matcher.rank(message, 2) == full[:2]
    assert matcher.rank(message, 0) == []
    assert matcher.closest(message) == full[0]


def test_rank_of_nothing_is_empty(matcher):
    assert matcher.rank("") == [] and matcher.closest("") is None


def test_the_answer_is_the_top_of_the_ranking(matcher):
    d = matcher.decide("can running give me abs")
    assert d.kind == "answer" and matcher.rank("can running give me abs")[0] == (d.entry_id, d.score)


# -- robustness ----------------------------------------------------------------------------


@pytest.mark.parametrize("message", [
    "", " ", "\n\n\n", "\u200b\u200c\u200d\ufeff", "😀😀😀", "🏃‍♀️💨", "?" * 5000, "a" * 5000,
    ("why does my back hurt after running " * 200)[:5000], "\x00", "<b>&amp;</b>", "我的背很痛",
])
def test_odd_inputs_never_raise(matcher, ids, message):
    assert_well_formed(matcher.decide(message), ids)


def test_random_unicode_never_raises(matcher, ids):
    rng = random.Random(4242)
    blocks = [(0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x4FF), (0x590, 0x6FF),
              (0x900, 0x97F), (0x200B, 0x200F), (0x2028, 0x202E), (0x3040, 0x30FF), (0x4E00, 0x4FFF),
              (0xFE00, 0xFE0F), (0x1F300, 0x1F6FF), (0x0, 0x1F)]
    for _ in range(300):
        text = "".join(chr(rng.randint(*rng.choice(blocks))) for _ in range(rng.randint(0, 300)))
        assert_well_formed(matcher.decide(text), ids)


def test_zero_width_characters_do_not_change_the_decision(matcher):
    plain = matcher.decide("can running give me abs")
    assert matcher.decide("can run\u200bning give me a\u200dbs") == plain


def test_decide_is_deterministic(matcher):
    messages = [c.text for c in evaluation.load_cases(DEV)][:120]
    first = [matcher.decide(m) for m in messages]
    assert [matcher.decide(m) for m in messages] == first
    fresh = Matcher(load_faq(ROOT / "faq.yaml"))
    assert [fresh.decide(m) for m in messages] == first


def test_every_decision_on_the_labelled_sets_is_well_formed(matcher, ids):
    for path in (*TUNING, UNSEEN):
        for case in evaluation.load_cases(path):
            assert_well_formed(matcher.decide(case.text), ids)


# -- the labelled sets ---------------------------------------------------------------------


@pytest.mark.parametrize("path", [*TUNING, UNSEEN], ids=["dev", "dev2", "dev3", "dev4", "unseen"])
def test_label_file_is_valid(matcher, ids, path):
    cases = evaluation.load_cases(path)
    assert evaluation.unknown_expectations(matcher, cases) == []
    assert all(c.expect in ids | {"none", "urgent", "smalltalk"} for c in cases)
    assert all(c.text.strip() for c in cases)
    assert len(cases) >= 250
    assert sum(c.expect == "urgent" for c in cases) >= 30
    assert sum(c.kind == "near-miss" for c in cases) >= 10
    assert {c.expect for c in cases} >= ids  # every entry is asked about
    assert len({c.text for c in cases}) == len(cases)  # no duplicates


def test_unseen_set_is_not_a_copy_of_the_tuning_sets():
    # Short, common questions ("hi", "can running give you abs?") are written the same way by
    # different people, so a few coincide; the unseen set must still be mostly its own.
    tuning = {c.text.strip().lower() for path in TUNING for c in evaluation.load_cases(path)}
    unseen = {c.text.strip().lower() for c in evaluation.load_cases(UNSEEN)}
    assert len(tuning & unseen) < 0.15 * len(unseen)


@pytest.fixture(scope="module", params=TUNING, ids=["dev", "dev2", "dev3", "dev4"])
def dev_report(matcher, request) -> evaluation.Report:
    return evaluation.evaluate(matcher, evaluation.load_cases(request.param))


@pytest.fixture(scope="module")
def unseen_report(matcher) -> evaluation.Report:
    # Only the questions no tuning set also holds word for word ("hi", "running six pack"...).
    tuning = {c.text.strip().lower() for path in (*TUNING, REDFLAGS) for c in evaluation.load_cases(path)}
    fresh = [c for c in evaluation.load_cases(UNSEEN) if c.text.strip().lower() not in tuning]
    return evaluation.evaluate(matcher, fresh)


# The issue's targets, on each tuning set.
def test_dev_balanced_accuracy_target(dev_report):
    assert dev_report.balanced_accuracy >= 0.92, dev_report.summary_lines()


def test_dev_confidently_wrong_answers_target(dev_report):
    assert len(dev_report.wrong_answers) <= 0.02 * len(dev_report.outcomes), \
        [(o.case.text, o.decision) for o in dev_report.wrong_answers]


def test_dev_every_red_flag_caught(dev_report):
    assert dev_report.red_flags
    assert [o.case.text for o in dev_report.missed_red_flags] == []


def test_dev_at_most_one_near_miss_flagged(dev_report):
    assert dev_report.near_misses
    assert len(dev_report.flagged_near_misses) <= 1, [o.case.text for o in dev_report.flagged_near_misses]


REDFLAGS = ROOT / "tests" / "data" / "questions-redflags.yaml"


def test_the_red_flag_tuning_set_is_caught_and_its_near_misses_are_not(matcher):
    """96 warning signs told every way people tell them, and 48 messages that only sound alarming."""
    report = evaluation.evaluate(matcher, evaluation.load_cases(REDFLAGS))
    assert len(report.red_flags) >= 90 and len(report.near_misses) >= 40
    assert [o.case.text for o in report.missed_red_flags] == []
    assert len(report.flagged_near_misses) <= 1, [o.case.text for o in report.flagged_near_misses]


# Unseen set: REGRESSION FLOORS, not the targets. Measured on the current code (python -m bot eval
# tests/data/questions-unseen.yaml) and loosened a little, so that a change that makes the matcher
# worse on questions it was not tuned on fails here. Nobody may tune on this file: read only its
# summary, never its wrong answers.
UNSEEN_BALANCED_ACCURACY_FLOOR = 0.89   # measured 0.914 on the 284 questions not in a tuning set
UNSEEN_WRONG_ANSWER_CEILING = 0.045     # measured 9/284 = 0.032
UNSEEN_RED_FLAGS_MISSED_MAX = 5         # measured 4 of 32 missed
UNSEEN_NEAR_MISSES_FLAGGED_MAX = 3      # measured 1 of 12 flagged


def test_unseen_balanced_accuracy_floor(unseen_report):
    assert unseen_report.balanced_accuracy >= UNSEEN_BALANCED_ACCURACY_FLOOR, unseen_report.summary_lines()


def test_unseen_wrong_answer_ceiling(unseen_report):
    assert len(unseen_report.wrong_answers) / len(unseen_report.outcomes) <= UNSEEN_WRONG_ANSWER_CEILING


def test_unseen_red_flag_floor(unseen_report):
    assert len(unseen_report.red_flags) >= 30
    assert len(unseen_report.missed_red_flags) <= UNSEEN_RED_FLAGS_MISSED_MAX


def test_unseen_near_miss_ceiling(unseen_report):
    assert len(unseen_report.flagged_near_misses) <= UNSEEN_NEAR_MISSES_FLAGGED_MAX


# The sets written from real public posts. Tuning sets: every red flag caught and at most one near
# miss flagged (the targets), and the rest as REGRESSION FLOORS: measured on the current code with
# `python -m bot eval --summary FILE`, loosened by about three points. Held-out sets: floors only,
# and nobody reads their errors (once read, a set is renamed and becomes a tuning set).
#            file stem              balanced  wrong   red missed  near flagged  (floor, ceiling, max, max)
REAL_POST_SETS = {
    "lay-redflags": (0.79, 0.035, 0, 1),      # measured 0.820, 0.015, 0/80, 0/50
    "lay-redflags2": (0.61, 0.05, 0, 1),      # measured 0.640, 0.029, 0/102, 0/71
    "lay-redflags3": (0.72, 0.06, 0, 1),      # measured 0.755, 0.038, 0/80, 0/51
    "chat": (0.83, 0.04, 0, 1),               # measured 0.865, 0.018, 0/16, 0/10
    "chat2": (0.78, 0.055, 0, 1),             # measured 0.818, 0.034, 0/16, 0/11
    "chat3": (0.81, 0.045, 0, 1),             # measured 0.849, 0.025, 0/16, 0/10
    "scope": (0.75, 0.05, 0, 1),              # measured 0.789, 0.028, 0/4, 0/6
    "scope2": (0.63, 0.09, 0, 1),             # measured 0.662, 0.069, 0/6, 0/6
    "scope3": (0.60, 0.14, 0, 1),             # measured 0.639, 0.119, 0/4, 0/6
    "forum": (0.69, 0.07, 0, 1),              # measured 0.722, 0.050, 0/12, 0/8
    "forum2": (0.60, 0.11, 0, 1),             # measured 0.639, 0.093, 0/8, 0/8
    "forum3": (0.56, 0.08, 0, 1),             # measured 0.595, 0.057, 0/12, 0/10
    "lay-redflags4": (0.63, 0.03, 0, 1),      # measured 0.669, 0.000, 0/63, 1/33
    "mixed": (0.79, 0.04, 0, 1),              # measured 0.823, 0.012, 0/11, 0/10
    "lay-redflags5": (0.45, 0.07, 0, 1),      # measured 0.481, 0.052, 0/78, 0/32
    "lay-redflags6": (0.62, 0.03, 0, 1),      # measured 0.655, 0.010, 0/60, 1/31
    "lay-redflags7": (0.70, 0.04, 0, 1),      # measured 0.739, 0.022, 0/53, 0/27
    "forum4": (0.73, 0.06, 0, 1),             # measured 0.766, 0.033, 0/6, 0/6
    "lay-redflags8": (0.78, 0.03, 0, 1),      # measured 0.819, 0.010, 0/40, 0/50
    "lay-redflags9": (0.59, 0.06, 1, 1),      # measured 0.623, 0.043, 1/57, 0/28 (held out: 0.540, 5/57, 7/28)
    "lay-redflags10": (0.71, 0.03, 0, 1),     # measured 0.742, 0.011, 0/57, 0/28 (held out: 0.722, 5/57, 2/28)
    "forum5": (0.64, 0.11, 0, 1),             # measured 0.678, 0.084, 0/5, 0/5 (held out: 0.670, 0.074, 1/5)
    "lay-redflags11": (0.54, 0.08, 0, 1),     # measured 0.572, 0.062, 0/48, 0/26 (first read: 0.341, 35/48, 9/26)
    "lay-redflags12": (0.62, 0.03, 3, 1),     # measured 0.650, 0.012, 3/51, 0/25 (header says which 3 and why)
    "forum6": (0.58, 0.12, 1, 1),             # measured 0.613, 0.096, 1/5, 1/6 (header says which and why)
    "chat-unseen3": (0.82, 0.04, 0, 1),       # held out: measured 0.856, 0.018, 0/8 missed, 1/7
    "chat4": (0.83, 0.05, 0, 1),              # measured 0.864, 0.032, 0/8, 0/6 (held out as chat-unseen4: the same)
    "lay-redflags13": (0.51, 0.05, 0, 1),     # measured 0.538, 0.035, 0/51, 0/27 (held out: 0.473, 9/51, 4/27)
    "forum7": (0.65, 0.08, 0, 2),             # first read: 0.689, 0.057, 0/5, 2/5 (held out as forum-unseen5)
    "lay-redflags14": (0.72, 0.03, 0, 1),     # first read 0.710, 4/52, 3/28 (held out as redflags-unseen8); 0.760, 0, 0
    "chat5": (0.82, 0.04, 0, 1),              # first read: 0.853, 0.010, 0/9, 1/6 (held out as chat-unseen5)
    "forum8": (0.65, 0.07, 0, 4),             # first read: 0.694, 0.048, 0/4, 4/6 (held out as forum-unseen6)
    "lay-redflags15": (0.80, 0.03, 3, 4),     # first read: 0.833, 0.011, 3/54, 4/28 (held out as redflags-unseen9)
    "forum9": (0.85, 0.05, 0, 1),             # first read: 0.883, 0.023, 0/5, 0/5 (held out as forum-unseen7)
    "lay-redflags16": (0.61, 0.04, 6, 3),     # first read: 0.643, 0.025, 6/45, 3/28 (held out as redflags-unseen10)
    "chat6": (0.78, 0.03, 0, 1),              # first read: 0.817, 0.011, 0/8, 0/5 (held out as chat-unseen6)
    "forum10": (0.75, 0.08, 0, 2),            # first read: 0.783, 0.062, 0/5, 1/6 (held out as forum-unseen8)
    "lay-redflags17": (0.62, 0.02, 4, 5),     # first read: 0.656, 0.000, 4/46, 5/30 (held out as redflags-unseen11)
    "scope5": (0.66, 0.10, 0, 1),             # first read: 0.694, 0.081, 0/2, 0/3 (held out as scope-unseen5)
    "lay-redflags18": (0.82, 0.02, 4, 2),     # first read: 0.855, 0.000, 4/46, 1/28 (held out as redflags-unseen12)
    "forum13": (0.72, 0.02, 0, 2),            # first read: 0.758, 0.000, 0/5, 1/5 (held out as forum-unseen11)
    "forum12": (0.62, 0.12, 0, 2),            # first read: 0.655, 0.100, 0/5, 1/5 (held out as forum-unseen10)
    "forum11": (0.67, 0.04, 1, 3),            # first read: 0.708, 0.025, 1/4, 2/7 (held out as forum-unseen9)
    "scope4": (0.47, 0.14, 1, 1),             # first read: 0.500, 0.112, 1/3, 0/3 (held out as scope-unseen4)
    "lay-redflags19": (0.66, 0.03, 2, 3),     # first read: 0.697, 0.012, 2/45, 3/28 (held out as redflags-unseen13)
    "scope6": (0.57, 0.12, 0, 1),             # first read: 0.612, 0.100, 0/2, 0/4 (held out as scope-unseen6)
    "lay-redflags20": (0.60, 0.05, 0, 1),     # first read: 0.556, 0.024, 0/22, 3/52 (a tuning set from the start)
    "chat7": (0.89, 0.04, 0, 1),              # first read: 0.866, 0.022, 0/8, 0/5 (held out as chat-unseen7)
    "lay-redflags21": (0.48, 0.03, 1, 4),     # first read: 0.557, 0.000, 1/45, 4/28 (held out as redflags-unseen14)
    "scope7": (0.61, 0.13, 0, 1),             # first read: 0.648, 0.047, 0/3, 1/4 (held out as scope-unseen7)
    "forum15": (0.67, 0.08, 0, 1),            # first read: 0.708, 0.059, 0/5, 0/5 (held out as forum-unseen15)
    "forum16": (0.70, 0.08, 0, 1),            # first read: 0.745, 0.049, 0/5, 0/4 (held out as forum-unseen16)
    "chat8": (0.71, 0.06, 0, 2),              # first read: 0.812, 0.046, 0/9, 2/6 (held out as chat-unseen8)
    "scope8": (0.63, 0.10, 0, 1),             # first read: 0.698, 0.079, 0/3, 0/4 (held out as scope-unseen8)
    "lay-redflags22": (0.50, 0.05, 5, 4),     # first read: 0.542, 0.024, 5/45, 4/30 (held out as redflags-unseen15)
    "lay-redflags23": (0.81, 0.06, 7, 1),     # first read: 0.850, 0.037, 7/45, 1/30 (held out as redflags-unseen16)
    "scope9": (0.70, 0.06, 0, 1),             # first read: 0.735, 0.034, 0/3, 1/4 (held out as scope-unseen9)
    "lay-redflags24": (0.68, 0.03, 6, 1),     # first read: 0.718, 0.000, 6/45, 0/28 (held out as redflags-unseen17)
    "forum17": (0.66, 0.06, 0, 1),            # first read: 0.696, 0.038, 0/4, 0/5 (held out as forum-unseen17)
    "chat-unseen9": (0.85, 0.03, 1, 1),       # held out: measured 0.885, 0.011, 1/8 missed, 0/6 (9bd1187)
    "scope10": (0.69, 0.06, 0, 1),            # first read: 0.728, 0.035, 0/3, 0/4 (held out as scope-unseen10)
    "forum14": (0.68, 0.07, 0, 2),            # first read: 0.724, 0.050, 0/5, 2/6 (held out as forum-unseen12)
    "scope11": (0.77, 0.07, 0, 1),            # first read: 0.758, 0.092, 0/3, 0/4 (held out as scope-unseen11)
    "forum18": (0.75, 0.07, 0, 1),            # first read: 0.724, 0.050, 0/5, 2/5 (held out as forum-unseen18)
    "lay-redflags25": (0.55, 0.04, 0, 1),     # first read: 0.500, 0.025, 5/45, 5/28 (held out as redflags-unseen18)
    "lay-redflags26": (0.72, 0.04, 3, 1),     # first read: 0.757, 0.012, 3/47, 1/30 (held out as redflags-unseen19)
    "forum19": (0.76, 0.03, 0, 1),            # first read: 0.796, 0.000, 0/4, 0/5 (held out as forum-unseen19)
    "scope12": (0.74, 0.05, 0, 1),            # first read: 0.722, 0.046, 0/3, 0/4 (held out as scope-unseen12)
    "scope13": (0.71, 0.04, 0, 1),            # first read: 0.742, 0.012, 0/3, 0/4 (held out as scope-unseen13)
    "chat-unseen10": (0.82, 0.04, 0, 1),      # held out: measured 0.855, 0.011, 0/8 missed, 0/5 (1ccf495)
    "chat-unseen11": (0.86, 0.02, 0, 1),      # held out: measured 0.896, 0.000, 0/8 missed, 0/6 (efe6864)
    "forum20": (0.69, 0.06, 0, 2),            # first read: 0.725, 0.038, 0/5, 2/5 (held out as forum-unseen20)
    "scope14": (0.67, 0.05, 0, 1),            # first read: 0.708, 0.034, 0/3, 1/4 (held out as scope-unseen14)
    "lay-redflags28": (0.45, 0.07, 8, 3),     # first read: 0.488, 0.048, 8/45, 3/30 (held out as redflags-unseen21)
    "scope16": (0.71, 0.04, 0, 1),            # first read: 0.743, 0.023, 0/3, 0/4 (held out as scope-unseen15)
    "forum21": (0.78, 0.07, 0, 2),            # first read: 0.811, 0.047, 0/4, 1/4 (held out as forum-unseen21)
    "lay-redflags29": (0.59, 0.04, 4, 6),     # first read: 0.621, 0.025, 4/45, 6/28 (held out as redflags-unseen22)
    "lay-redflags27": (0.57, 0.08, 8, 4),     # first read: 0.601, 0.061, 8/45, 4/29 (held out as redflags-unseen20)
    "lay-redflags30": (0.54, 0.02, 3, 2),     # first read: 0.568, 0.000, 3/45, 2/28 (held out as redflags-unseen23)
    "scope15": (0.64, 0.07, 0, 1),            # first read: 0.672, 0.048, 0/3, 0/4 (held out as scope-unseen16)
    "redflags-unseen24": (0.87, 0.03, 1, 3),  # held out: measured 0.900, 0.012, 1/45 missed, 3/28 (c7a0dc6)
    "scope18": (0.77, 0.06, 0, 1),            # first read: 0.824, 0.035, 0/3, 0/4 (held out as scope-unseen17)
    "forum23": (0.73, 0.05, 1, 2),            # first read: 0.764, 0.024, 1/5, 1/7 (held out as forum-unseen23)
    "chat9": (0.80, 0.04, 2, 1),              # first read: 0.832, 0.011, 2/9, 0/6 (held out as chat-unseen12)
    "forum22": (0.72, 0.06, 0, 1),            # first read: 0.759, 0.038, 0/5, 0/5 (held out as forum-unseen22)
    "chat10": (0.83, 0.04, 1, 1),             # first read: 0.866, 0.022, 1/8, 0/5 (held out as chat-unseen13)
    "forum24": (0.68, 0.07, 1, 3),            # first read: 0.718, 0.049, 1/5, 3/11 (held out as forum-unseen24)
    "lay-redflags31": (0.66, 0.02, 5, 4),     # first read: 0.693, 0.000, 5/47, 4/26 (held out as redflags-unseen25)
    "scope17": (0.51, 0.12, 2, 2),            # first read: 0.543, 0.099, 2/4, 2/4 (held out as scope-unseen18)
    "redflags-unseen26": (0.79, 0.02, 7, 2),  # held out: measured 0.826, 0.000, 7/47 missed, 2/28 (71cda1d)
    "chat-unseen14": (0.77, 0.04, 0, 1),      # held out: measured 0.810, 0.028, 0/9 missed, 0/8 (71cda1d)
    "forum25": (0.70, 0.06, 0, 1),            # first read: 0.686, 0.038, 0/5, 3/9 (as forum-unseen25); 0.730 now
    "scope19": (0.75, 0.05, 0, 1),            # first read: 0.733, 0.071, 0/5, 1/7 (as scope-unseen19); 0.780 now
    "lay-redflags32": (0.80, 0.03, 0, 1),     # first read: 0.560, 0.025, 6/45, 7/29 (as redflags-unseen27); 0.830 now
    "scope-unseen20": (0.76, 0.09, 0, 1),     # held out: measured 0.795, 0.072, 0/4 missed, 0/6 (ff8adaf)
    "chat-unseen15": (0.76, 0.04, 0, 1),      # held out: measured 0.798, 0.018, 0/8 missed, 0/6 (ff8adaf)
    "forum-unseen26": (0.77, 0.06, 1, 1),     # held out: measured 0.808, 0.038, 1/5 missed, 0/9 (ff8adaf)
    "scope-unseen21": (0.74, 0.06, 1, 1),     # held out: measured 0.770, 0.038, 1/4 missed, 1/6 (ac0582a)
    "chat-unseen16": (0.77, 0.05, 0, 2),      # held out: measured 0.807, 0.027, 0/9 missed, 2/7 (ac0582a)
    "forum27": (0.55, 0.09, 0, 3),            # first read: 0.578, 0.064, 0/5, 3/10 (held out as forum-unseen27)
    "lay-redflags33": (0.60, 0.05, 7, 5),     # first read: 0.503, 0.039, 18/43, 9/29 (as redflags-unseen28); 0.651 now
    "lay-redflags34": (0.70, 0.05, 0, 1),     # first read: 0.670, 0.024, 8/46, 3/28 (as redflags-unseen29); 0.732 now
    "forum28": (0.68, 0.05, 0, 1),            # first read: 0.594, 0.025, 1/5, 4/8 (as forum-unseen28); 0.713 now
    "lay-redflags35": (0.69, 0.02, 0, 2),     # first read: 0.697, 0.000, 6/46, 4/30 (as redflags-unseen30); 0.719 now
    "chat-unseen17": (0.83, 0.06, 0, 1),      # held out: measured 0.858, 0.037, 0/10 missed, 0/6 (a27ac33)
    "chat-unseen18": (0.86, 0.03, 0, 2),      # held out: measured 0.889, 0.009, 0/8 missed, 1/7 (a7ffff7)
    "forum30": (0.58, 0.06, 0, 4),            # first read: 0.612, 0.039, 0/6, 3/9 (as forum-unseen30)
    "lay-redflags36": (0.48, 0.05, 11, 9),    # first read: 0.512, 0.025, 11/45, 9/29 (as redflags-unseen31)
    "letters1": (0.75, 0.06, 1, 1),           # first read: 0.689, 0.043, 1/8, 2/8 (held out as letters-unseen1);
                                              # 0.784, 0.043, 1/8, 0/8 after its kinds
    "forum29": (0.73, 0.05, 0, 1),            # first read: 0.621, 0.090, 2/6, 1/9 (as forum-unseen29); 0.763 now
    "scope23": (0.73, 0.07, 0, 1),            # first read: 0.760, 0.044, 0/4, 0/7 (held out as scope-unseen22)
    "chat-unseen19": (0.79, 0.04, 1, 2),      # held out: measured 0.824, 0.027, 1/10 missed, 2/7 (45fabc6)
    "lay-redflags37": (0.94, 0.02, 8, 1),     # first read: 0.979, 0.000, 8/46, 0/28 (as redflags-unseen32)
    "forum37": (0.71, 0.07, 0, 2),            # first read: 0.751, 0.050, 0/5, 1/4, 5 other false alarms (held out
                                              # as forum-unseen32)
    "letters-unseen2": (0.83, 0.04, 2, 1),    # held out: measured 0.869, 0.028, 1/10 missed, 0/8 (45fabc6)
    "scope-unseen23": (0.78, 0.03, 1, 1),     # held out: measured 0.816, 0.012, 1/4 missed, 0/8 (45fabc6)
    "lay-redflags38": (0.81, 0.03, 17, 3),     # first read: 0.844, 0.012, 14/46, 2/28 (held out as redflags-unseen33)
    "forum33": (0.68, 0.08, 0, 1),            # first read: 0.672, 0.062, 2/3, 0/2 (held out as forum-unseen33);
                                              # 0.717, 0.062, 0/3, 0/2 after its kinds
    "forum31": (0.77, 0.03, 0, 1),            # first read: 0.783, 0.017, 0/5, 0/5, 4 other false alarms (held out as
                                              # forum-unseen34); 0.807 and 1 false alarm after its kinds
    "lay-redflags40": (0.76, 0.04, 0, 1),     # first read: 0.600, 0.025, 3/45, 6/28 (held out as redflags-unseen35);
                                              # 0.790, 0.025, 0/45, 0/28 after its kinds
    "forum32": (0.62, 0.04, 0, 1),            # first read: 0.599, 0.017, 2/5, 3/5, 4 other false alarms (held out
                                              # as forum-unseen35); 0.647, 0.017, 0/5, 1/5, 0 after its kinds
    "chat-unseen21": (0.76, 0.05, 0, 1),      # held out: measured 0.797, 0.029, 0/8 missed, 1/7 (fa9fd32 and after)
    "lay-redflags39": (0.68, 0.04, 1, 5),     # first read: 0.549, 0.038, 9/45, 7/28 (held out as redflags-unseen34);
                                              # 0.712, 0.025, 1/45, 5/28 after its kinds and the wrapped lines
    "chat-unseen20": (0.81, 0.02, 2, 1),      # held out: measured 0.846, 0.000, 2/7 missed, 0/5 (e55ba14; 64 items)
    "lay-redflags41": (0.76, 0.02, 0, 1),     # first read: 0.597, 0.000, 5/45, 6/28 (held out as redflags-unseen36);
                                              # 0.796, 0.000, 0/45, 0/28 after its kinds
    "forum34": (0.64, 0.04, 0, 1),            # first read: 0.678, 0.014, 0/5, 1/5, 4 other false alarms (held
                                              # out as forum-unseen36)
    "chat11": (0.75, 0.04, 0, 1),             # first read: 0.786, 0.020, 0/8, 1/7 (held out as chat-unseen22)
    "scope20": (0.62, 0.10, 0, 1),            # first read: 0.642, 0.075, 0/4, 1/6 (held out as scope-unseen24);
                                              # 0.668, 0.088, 0/4, 0/6, no other false alarm after its kinds
    "forum35": (0.67, 0.04, 0, 1),            # first read: 0.708, 0.017, 0/6, 1/6, 6 other false alarms (held out
                                              # as forum-unseen37, 0.694 when added)
    "letters2": (0.70, 0.07, 1, 1),           # first read: 0.733, 0.057, 1/10, 1/8 (held out as letters-unseen3)
    "lay-redflags42": (0.62, 0.02, 2, 5),     # first read: 0.650, 0.000, 2/45, 5/28 (held out as redflags-unseen37)
    "scope21": (0.54, 0.07, 0, 1),            # first read: 0.571, 0.038, 0/4, 0/6, 7 other false alarms (held out
                                              # as scope-unseen25)
    "lay-redflags43": (0.61, 0.03, 5, 5),     # first read: 0.641, 0.013, 5/45, 5/28 (held out as redflags-unseen38)
    "chat-unseen23": (0.84, 0.03, 0, 1),      # held out: measured 0.869, 0.010, 0/8 missed, 0/7 (when added)
    "scope22": (0.68, 0.09, 0, 1),            # first read: 0.709, 0.075, 0/4, 1/6 (held out as scope-unseen26)
    "letters-unseen4": (0.77, 0.03, 0, 1),    # held out: measured 0.802, 0.014, 0/6 missed, 1/8 (when added)
    "forum-unseen38": (0.69, 0.04, 0, 4),     # held out: measured 0.727, 0.029, 0/6 missed, 4/8 (when added)
    "forum36": (0.66, 0.05, 0, 1),            # first read: 0.698, 0.043, 0/6, 1/8 (held out as forum-unseen39)
    "scope-unseen27": (0.75, 0.09, 0, 1),     # held out: measured 0.790, 0.075, 0/4 missed, 0/6 (when added)
    "scope-unseen28": (0.77, 0.06, 0, 2),     # held out: measured 0.801, 0.038, 0/4 missed, 2/6 (4756979)
    "chat-unseen24": (0.86, 0.04, 0, 1),      # held out: measured 0.898, 0.020, 0/8 missed, 0/7 (4756979)
    "lay-redflags44": (0.67, 0.03, 0, 2),     # first read: 0.682, 0.013, 7/45, 4/28 (held out as redflags-unseen39);
                                              # 0.701, 0.013, 0/45, 2/28 after its kinds
    "forum-unseen40": (0.74, 0.06, 1, 1),     # held out: measured 0.773, 0.043, 1/6 missed, 0/8 (4756979)
    "forum38": (0.70, 0.11, 1, 1),            # first read: 0.748, 0.086, 1/6, 0/8 (held out as forum-unseen41)
    "letters3": (0.59, 0.07, 0, 2),           # first read: 0.625, 0.043, 0/6, 2/10 (held out as letters-unseen5)
    "lay-redflags45": (0.64, 0.05, 0, 1),     # first read: 0.619, 0.037, 1/45, 5/28 (held out as redflags-unseen40);
                                              # 0.679, 0.037, 0/45, 0/28 after its kinds
    "forum39": (0.61, 0.04, 0, 1),            # first read: 0.646, 0.014, 0/6, 1/8 (held out as forum-unseen42)
    "letters4": (0.63, 0.12, 0, 2),           # first read: 0.667, 0.100, 0/6, 2/10 (held out as letters-unseen6)
    "chat-unseen25": (0.81, 0.06, 1, 1),      # held out: measured 0.843, 0.040, 1/10 missed, 0/10 (41450de, when added)
    "lay-redflags46": (0.66, 0.03, 1, 1),     # first read: 0.573, 0.025, 5/45, 5/28 (held out as redflags-unseen41;
                                              # 0.535, 6/28 when added); 0.703, 0.013, 1/45, 1/28 after its kinds
    "forum40": (0.72, 0.06, 0, 1),            # first read: 0.684, 0.043, 0/6, 1/8, 3 other false alarms (held out as
                                              # forum-unseen43); 0.761, 0.043, 0/6, 0/8, none after its kinds
    "letters5": (0.77, 0.07, 0, 1),           # first read: 0.770, 0.071, 0/6, 2/10 (held out as letters-unseen7);
                                              # 0.814, 0.057, 0/6, 0/10 after its kinds
    "forum41": (0.75, 0.09, 0, 1),            # first read: 0.760, 0.086, 1/6, 2/8 (held out as forum-unseen44);
                                              # 0.792, 0.086, 0/6, 0/8 after its kinds
    "lay-redflags47": (0.86, 0.02, 0, 1),     # first read: 0.794, 0.013, 6/45, 3/28 (held out as redflags-unseen42);
                                              # 0.893, 0.013, 0/45, 0/28 after its kinds
    "forum42": (0.62, 0.07, 0, 1),            # first read: 0.604, 0.043, 1/6, 4/8 (held out as forum-unseen45);
                                              # 0.656, 0.057, 0/6, 0/8, no other false alarm after its kinds
    "letters-unseen8": (0.71, 0.06, 0, 2),    # held out: measured 0.743, 0.043, 0/6 missed, 2/10 (be30c14, when added)
    "forum43": (0.57, 0.08, 0, 1),            # first read: 0.562, 0.057, 0/6, 0/8, 4 other false alarms (held out
                                              # as forum-unseen46); 0.604, 0.071, 0/6, 0/8, none after its kinds (two
                                              # false alarms became answers from the wrong back entry)
    "forum44": (0.61, 0.11, 0, 1),            # first read: 0.604, 0.100, 0/6, 2/8, 3 other false alarms (held out
                                              # as forum-unseen47); 0.646, 0.100, 0/6, 0/8, none after its kinds
    "lay-redflags48": (0.80, 0.03, 0, 1),     # first read: 0.702, 0.025, 2/45, 3/28 (held out as redflags-unseen43);
                                              # 0.833, 0.013, 0/45, 0/28 after its kinds
    "forum45": (0.70, 0.05, 0, 1),            # first read: 0.718, 0.029, 1/6, 3/8, 2 other false alarms (held out as
                                              # forum-unseen48); 0.739, 0.029, 0/6, 0/8, none after its kinds
    "forum47": (0.72, 0.05, 0, 1),            # first read: 0.750, 0.043, 0/6, 0/8 (held out as forum-unseen49);
                                              # 0.750, 0.029, 0/6, 0/8, no other false alarm after its kind
    "redflags-unseen44": (0.81, 0.02, 7, 1),  # held out: measured 0.841, 0.000, 7/45 missed, 0/28 (016ec2a, when
                                              # added; the same at 8a2c7c9)
    "forum46": (0.69, 0.06, 0, 1),            # first read: 0.651, 0.057, 1/6, 2/8, 3 other false alarms (held out
                                              # as forum-unseen50); 0.717, 0.043, 0/6, 0/8, none after its kinds
    "chat12": (0.74, 0.05, 0, 1),             # first read: 0.721, 0.060, 0/10, 2/10 (held out as chat-unseen26);
                                              # 0.764, 0.030, 0/10, 0/10, no other false alarm after its kinds
    "forum48": (0.74, 0.05, 1, 2),            # first read: 0.771, 0.029, 1/6, 1/8, 2 other false alarms (held out
                                              # as forum-unseen51)
    "chat13": (0.73, 0.03, 0, 2),             # first read: 0.771, 0.010, 0/10, 1/10, 2 other false alarms (held
                                              # out as chat-unseen27)
    "redflags-unseen45": (0.77, 0.07, 1, 2),  # held out: measured 0.798, 0.050, 1/45 missed, 1/28 (when added; the
                                              # same at 70f9f3c)
    "chat-unseen28": (0.87, 0.03, 1, 2),      # held out: measured 0.907, 0.010, 1/10 missed, 1/10 (when added;
                                              # at 70f9f3c the same but 2/10 missed)
    "forum49": (0.74, 0.05, 1, 2),            # first read: 0.777, 0.029, 1/6, 1/8, 2 other false alarms (held out
                                              # as forum-unseen52)
    "scope24": (0.81, 0.09, 0, 1),            # first read: 0.773, 0.125, 0/4, 0/11, 2 other false alarms (held out
                                              # as scope-unseen29); 0.845, 0.062, 0/4, 0/11, 1 after its kinds
    "chat-unseen29": (0.78, 0.04, 0, 2),      # held out: measured 0.811, 0.020, 0/10 missed, 1/10, 2 other false
                                              # alarms (when added, 38bf07b; the same at 79a54dc)
    "lay-redflags49": (0.76, 0.03, 0, 1),     # first read: 0.619, 0.012, 5/45, 6/28, 1 other false alarm (held out
                                              # as redflags-unseen46); 0.798, 0.012, 0/45, 0/28 after its kinds
    "forum51": (0.73, 0.07, 0, 1),            # first read: 0.750, 0.071, 0/6, 1/7, 3 other false alarms (held out
                                              # as forum-unseen53); 0.760, 0.043, 0/6, 1/7, 1 after its kinds
    "lay-redflags50": (0.72, 0.03, 3, 3),     # first read: 0.750, 0.000, 3/45, 3/28, no other false alarm (held
                                              # out as redflags-unseen47)
    "scope-unseen30": (0.80, 0.04, 1, 2),     # held out: measured 0.838, 0.012, 1/4 missed, 1/11, 2 other false
                                              # alarms (when added, af35bed; the same at 79a54dc)
    "forum50": (0.59, 0.07, 0, 1),            # first read: 0.562, 0.043, 0/6, 2/7, 2 other false alarms (held out
                                              # as forum-unseen54); 0.625, 0.043, 0/6, 0/7, none after its kinds
    "forum52": (0.62, 0.07, 2, 3),            # first read: 0.656, 0.043, 2/6, 3/7, 3 other false alarms (held out
                                              # as forum-unseen55)
}


@pytest.mark.parametrize("stem", sorted(REAL_POST_SETS))
def test_real_post_sets_hold_their_targets_and_floors(matcher, stem):
    floor, ceiling, missed_max, flagged_max = REAL_POST_SETS[stem]
    cases = evaluation.load_cases(ROOT / "tests" / "data" / f"questions-{stem}.yaml")
    report = evaluation.evaluate(matcher, cases)
    held_out = "unseen" in stem
    # A held-out set's failures are not printed: reading them would make it a tuning set.
    summary = report.summary_lines() if not held_out else "held out: see python -m bot eval --summary"
    assert report.balanced_accuracy >= floor, summary
    assert len(report.wrong_answers) <= ceiling * len(report.outcomes), summary
    assert len(report.missed_red_flags) <= missed_max, summary if held_out else [
        o.case.text for o in report.missed_red_flags]
    assert len(report.flagged_near_misses) <= flagged_max, summary if held_out else [
        o.case.text for o in report.flagged_near_misses]


def test_every_question_set_is_measured_by_a_test():
    stems = {p.stem.removeprefix("questions-") for p in (ROOT / "tests" / "data").glob("questions-*.yaml")}
    measured = set(REAL_POST_SETS) | {"dev", "dev2", "dev3", "dev4", "redflags", "unseen"}
    assert stems <= measured, f"add floors for {sorted(stems - measured)}"


def test_report_arithmetic_on_a_tiny_set(matcher):
    cases = [
        evaluation.Case("can running give me abs", "abs", "plain"),              # right
        evaluation.Case("can running give me abs", "weight-loss", "plain"),      # confidently wrong
        evaluation.Case("how do I stop chafing?", "none", "out-of-scope"),      # right
        evaluation.Case("I get chest pain when I run", "urgent", "red-flag"),  # caught
        evaluation.Case("hi", "smalltalk", "smalltalk"),
    ]
    report = evaluation.evaluate(matcher, cases)
    assert report.rate(report.in_scope) == 0.5 and report.rate(report.out_of_scope) == 1.0
    assert math.isclose(report.balanced_accuracy, 0.75)
    assert [o.case.expect for o in report.wrong_answers] == ["weight-loss"]
    assert report.missed_red_flags == [] and report.by_kind()["plain"] == (1, 2)


@pytest.mark.parametrize("question", [
    "my lower back hurts after running on the treadmill, why?",
    "my back aches after jogging with my dog, why?",
])
def test_where_or_with_what_someone_runs_does_not_make_a_question_out_of_scope(matcher, question):
    """A topic the FAQ does not cover that only sets the scene ("on the treadmill") is not the subject."""
    d = matcher.decide(question)
    assert d.kind in ("answer", "suggest") and (d.entry_id or d.suggestions[0]) == "back-pain-after-run", d


def test_a_pain_told_on_a_running_scene_is_the_runs(matcher):
    """"My back hurting on the treadmill" sets the scene as "running on the treadmill" does (from scope10,
    read after it was held out); a machine of another sport stays the subject."""
    assert matcher.decide("how can I stop my lower back aching on the treadmill?").entry_id == "prevent-back-pain"
    assert matcher.decide("my back hurts on the rowing machine, what should I do?").kind == "none"


@pytest.mark.parametrize("question", ["which treadmill is best for a runner?",
                                      "is running on a treadmill better than outside?"])
def test_a_question_about_the_setting_itself_stays_out_of_scope(matcher, question):
    assert matcher.decide(question).kind == "none"


# Two entries that score the same for a question (here back-pain-normal and prevent-back-pain);
# their order used to follow the process's string hash seed.
TIED = ("is it normal for your back to be sore after running I'm new to this so I don't know if that's like a thing",
        "hey so is it normal for your back to be sore after running because mine is after my runs and I'm new "
        "to it and I'm 45 so I don't know if I should worry")


def test_tied_entries_come_in_the_same_order_whatever_the_hash_seed():
    script = ("import json, sys\nfrom bot.faq import load_faq\nfrom bot.matching import Matcher\n"
              "m = Matcher(load_faq('faq.yaml'))\n"
              "print(json.dumps([[m.decide(q).suggestions, m.rank(q, 3)] for q in json.loads(sys.argv[1])]))")
    outputs = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run([sys.executable, "-c", script, json.dumps(TIED)], cwd=ROOT, env=env,
                              capture_output=True, text=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs
    first = json.loads(outputs.pop())
    assert [s for s, _ in first] == [["back-pain-normal", "prevent-back-pain"]] * 2  # FAQ order breaks the tie


@pytest.mark.parametrize("question, entry", [
    # A twentieth new user: "without back pain" is what they want, not a back denied
    ("how do I run without back pain", "prevent-back-pain"),
    ("how can I keep training without back pain?", "prevent-back-pain"),
    ("ran 10k without back pain, how do I get abs", "abs"),
    # ...and a back told fine before a new question does not rule out the abs entry
    ("back ok, how to get abs", "abs"),
    # ...in the asking clause itself too (the ninety-seventh review)
    ("back is ok, how do I get abs?", "abs"),
    ("back ok how do i get abs", "abs"),
    ("back's fine, how can I get abs?", "abs"),
])
def test_a_back_pain_wanted_away_or_told_fine_before_a_question(matcher, question, entry):
    d = matcher.decide(question)
    assert (d.kind, d.entry_id) == ("answer", entry), (d.kind, d.entry_id, d.suggestions)


@pytest.mark.parametrize("question, entry", [
    # forum28's kinds, in new words: a topic the FAQ does not cover told only as by when, or as what running is
    # set against, is the question's setting, not its subject
    ("what can I do to keep back pain away before race day?", "prevent-back-pain"),
    ("why does my back hurt after running when the rowing machine leaves it alone?", "back-pain-after-run"),
])
def test_a_topic_told_as_a_deadline_or_a_contrast_is_no_subject(matcher, question, entry):
    d = matcher.decide(question)
    assert (d.kind, d.entry_id) == ("answer", entry), (d.kind, d.entry_id, d.suggestions)


@pytest.mark.parametrize("question", [
    # The ninety-seventh review: "by" and "than ... for back pain" name the topic asked about; a report with "best"
    # or "how about" is no wish
    "is my back pain after running caused by cycling?",
    "is running worse than cycling for back pain?",
    "best 10k ever, with no back pain at all! thanks",
    "how about that, I ran without back pain this week",
])
def test_the_review_97_questions_are_not_answered_outright(matcher, question):
    assert matcher.decide(question).kind != "answer"


def test_a_carer_is_a_person_not_an_unexplained_thing(matcher):
    # The ninety-seventh review: kept whole by the speller, "carers" had become a word no entry explains.
    d = matcher.decide("can carers run with back pain?")
    assert (d.kind, d.entry_id) == ("answer", "run-with-strained-back")


@pytest.mark.parametrize("question, entry", [
    # A number told in words is no unexplained thing (forum28: "if nineteen miles with a broom does nothing")
    ("will nineteen miles a week of running shift any weight?", "weight-loss"),
    ("can running thirteen miles a week give me abs?", "abs"),
])
def test_a_number_in_words_is_no_unexplained_thing(matcher, question, entry):
    d = matcher.decide(question)
    assert (d.kind, d.entry_id) == ("answer", entry), (d.kind, d.entry_id, d.suggestions)


@pytest.mark.parametrize("message, expected", [
    # A twenty-third new user: faq.yaml's "keep" synonyms held "running on" and "go out", so a surface or an outing
    # was read as asking whether to keep running ("lower back pain after running on treadmill" got the strained-back
    # answer with confidence). "Running on" now counts only before "it", "this", "a", "an" or a person's back.
    ("lower back pain after running on treadmill", "back-pain-after-run"),
    ("my lower back aches after running on grass, why?", "back-pain-after-run"),
    ("my back hurts every time I go out for a run", "back-pain-after-run"),
    ("is it ok to run on a strained back", "run-with-strained-back"),
    ("can i keep running on my sore back?", "run-with-strained-back"),
])
def test_where_someone_runs_is_no_question_of_running_on(matcher, message, expected):
    d = matcher.decide(message)
    assert (d.kind, d.entry_id) == ("answer", expected), d


def test_the_curve_answer_speaks_to_scoliosis(matcher):
    """A sideways curve named gets the curve entry, and that entry now says a word about it (a twenty-third new
    user: "i have scoliosis can i run a marathon" read only of sway back)."""
    d = matcher.decide("i have scoliosis can i run a marathon")
    assert (d.kind, d.entry_id) == ("answer", "spine-curvature")
    assert "scoliosis" in matcher.faq.get("spine-curvature").answer.lower()


@pytest.mark.parametrize("message, expected", [
    # "LBP", the forums' and clinics' abbreviation (a twenty-fourth new user: read as "lbs", so nothing matched)
    ("lbp after running", "back-pain-after-run"),
    ("LBP from running normal?", "back-pain-normal"),
    ("how to prevent LBP when running", "prevent-back-pain"),
])
def test_lbp_is_lower_back_pain(matcher, message, expected):
    d = matcher.decide(message)
    assert (d.kind, d.entry_id) == ("answer", expected), d


@pytest.mark.parametrize("message, expected", [
    # Preventing told as keeping it from coming back, and "good or bad for" a strained back as whether to run (a
    # twenty-fourth new user: the first got the causes with confidence, the second the strain entry)
    ("Do you have any advice for stopping lower back pain from coming back after running", "prevent-back-pain"),
    ("any tips for stopping the back pain from coming back on long runs?", "prevent-back-pain"),
    ("is jogging good or bad for a strained back", "run-with-strained-back"),
    ("is running good or bad for a pulled back muscle", "run-with-strained-back"),
])
def test_prevent_and_run_on_told_another_way(matcher, message, expected):
    d = matcher.decide(message)
    assert (d.kind, d.entry_id) == ("answer", expected), d


def test_riding_lessons_are_another_sport(matcher):
    """The README's own example: "after riding lessons" is not a question about running (a twenty-fourth new user
    found it offered the running entries)."""
    assert matcher.decide("my back aches after riding lessons").kind == "none"


@pytest.mark.parametrize("message, kind, entry", [
    # "back" of a bag or a swim stroke written as two words is no back (a twenty-fourth new user: "my back pack rubs
    # when i run" was offered the back-pain entries); "my back packed in" still is one
    ("my back pack rubs when i run", "none", None),
    ("is back stroke or running better for losing weight?", "answer", "weight-loss"),
    ("my back packed in on my run", "answer", "back-pain-after-run"),
])
def test_a_back_pack_is_no_back(matcher, message, kind, entry):
    d = matcher.decide(message)
    assert (d.kind, d.entry_id) == (kind, entry), d


@pytest.mark.parametrize("message, expected", [
    # A twenty-fifth new user: "an ache low in the back" is a back, as "pain in the back" was
    ("anyone else get a dull ache low in the back after long runs?", "back-pain-normal"),
    ("my lower back aches after running, sore in the back all evening, why?", "back-pain-after-run"),
])
def test_the_twenty_fifth_new_users_questions(matcher, message, expected):
    d = matcher.decide(message)
    assert (d.kind, d.entry_id) == ("answer", expected), d


@pytest.mark.parametrize("message", [
    # A question for the warning signs themselves gets the fallback with their list, not an entry (lay-redflags45,
    # forum39 and letters4's kind, in new words).
    "which symptoms would mean my back pain after running is serious enough to see a doctor?",
    "Sore lower back after my long runs for years, nothing dramatic. What would be the signs that it has turned into "
    "something I should get checked?",
    # ...named as danger signs or red flags, or asked how to tell (the hundred-and-sixteenth review's kind)
    "what are the danger signs for a sore lower back?",
    "how can I tell if my back pain after running is something serious?",
])
def test_a_question_for_the_warning_signs_gets_their_list(matcher, message):
    d = matcher.decide(message)
    assert (d.kind, d.why) == ("none", "sign-feared"), d


@pytest.mark.parametrize("message, expected", [
    # ...but the signs of a named condition, or when to see a doctor about a topic an entry answers, keep the entry.
    ("what are the symptoms of a slipped disc from running?", "herniated-disc"),
    ("why does my lower back hurt after a run and when should I see a doctor?", "back-pain-after-run"),
])
def test_the_signs_of_a_named_condition_keep_their_entry(matcher, message, expected):
    d = matcher.decide(message)
    assert (d.kind, d.entry_id) == ("answer", expected), d


@pytest.mark.parametrize("message, expected", [
    # A long post that tells the back's pain and the runs in clauses of their own: the story's other topics are an
    # aside that lowers the score, not a subject that rules the entry out (forum40's kind, in new words).
    ("I'm 47 and run three mornings a week before work. I also swim on Sundays. Lately my lower back is really sore "
     "the day after. Why does it keep doing this?", "back-pain-after-run"),
    ("Running five days a week for a half in May, and I bought a new watch. The morning after my long runs my lower "
     "back is stiff as a board. What causes that?", "back-pain-after-run"),
    # ...unless the running is denied.
    ("Nothing to do with running, but I swim three times a week and lately my lower back is really sore the day "
     "after. Why does it keep doing this?", None),
    # "back" of a round trip or of breath had again is no body's back (lay-redflags46's kind, in new words).
    ("First run after a cold today. I only jogged to the end of the street and back. Is it normal to feel this slow?",
     None),
    ("I get my breath back fast after hills but is it normal to be this puffed?", None),
])
def test_a_long_posts_story_and_the_senses_of_back(matcher, message, expected):
    decision = matcher.decide(message)
    offered = decision.entry_id or (decision.suggestions[0] if decision.suggestions else None)
    assert offered == expected, decision


@pytest.mark.parametrize("message", [
    # Weight and hormones or medication are topics the FAQ does not cover (letters5's kind, in new words).
    "I've put on 5 kilos since starting antidepressants even though I run, will running more take it off?",
    "I'm on medication that's made me gain weight, does running help with that?",
])
def test_weight_with_hormones_or_medication_is_not_covered(matcher, message):
    assert matcher.decide(message).kind == "none", matcher.decide(message)


@pytest.mark.parametrize("message, expected", [
    # The kinds of chat12 (held out as chat-unseen26, read this round), in new words: a pain denied on the run is
    # told, not a wish to prevent it; Trinidadian "doh" (do not); a shape of the back before "back when"; an asking
    # clause that asks whether what it points back at is the cause takes that as its subject.
    ("my lower back is stiff the day after long runs but it doesn't hurt during the run at all, why is that",
     "back-pain-after-run"),
    ("what can i do so my back doh ache when i run", "prevent-back-pain"),
    ("My physio says I have a sway back when I stand. Could that be why my back hurts after running?",
     "spine-curvature"),
    ("Got told my pelvis tips forward and I have a big arch. Is that why my lumbar aches on runs?", "spine-curvature"),
])
def test_the_kinds_of_chat12(matcher, message, expected):
    decision = matcher.decide(message)
    assert decision.kind == "answer" and decision.entry_id == expected, decision


@pytest.mark.parametrize("message, expected", [
    # The kind of forum47 (held out as forum-unseen49, read this round), in new words: "no change" after new shoes
    # is no weight that will not move (it was a synonym of not-losing, and the answer was runners-still-fat).
    ("My lower back gets bad within minutes of starting a run. New trainers, no change. I sit at a desk all day. Is "
     "there a stretching routine or something to do before runs to stop it?", "prevent-back-pain"),
])
def test_the_kinds_of_forum47(matcher, message, expected):
    decision = matcher.decide(message)
    offered = decision.entry_id or (decision.suggestions[0] if decision.suggestions else None)
    assert offered == expected, decision


@pytest.mark.parametrize("message", [
    # A gap in the abdominal wall after a birth (diastasis recti) is not the abs entry's question (forum46's kind, in
    # new words): it is for a physiotherapist, and the FAQ does not cover it.
    "I do ab work after every run but my six pack has a ridge down the middle, pretty sure it's diastasis. Is running "
    "making it worse?",
    "postpartum ab separation, 3 fingers wide. safe to run with split abs or do i wait",
    # ...told in plain words (the hundred-and-twenty-fifth review)
    "can running fix my separated stomach muscles after the baby?",
    "will running help the gap in my abs since the twins",
])
def test_an_ab_separation_is_not_the_abs_entry(matcher, message):
    assert matcher.decide(message).kind == "none", matcher.decide(message)


@pytest.mark.parametrize("message, expected", [
    # A topic shift named ("Different question:", "unrelated, but", "on another note") or an "anyway" question with
    # content of its own: the story before it is no context (lay-redflags47's and forum42's kind, in new words).
    ("My bum went numb on the train for a bit, all fine now. Anyway, what's a good breakfast before a 10k?", None),
    ("Grazed my elbow on a fall at the park last week, nothing else. Unrelated question: will running give me a six "
     "pack?", "abs"),
    ("My calf was tight on Sunday's run. On another note, is back ache normal when you start running?",
     "back-pain-normal"),
    # ...not an "anyway" that points back to the story.
    ("My lower back aches after every run since I upped the miles. Anyway, how do I stop it?", "prevent-back-pain"),
    # The cue alone in a clause, the question next (forum44's kind), or inside a clause with no mark before it (the
    # hundred-and-twenty-first review's), in new words.
    ("Ate a whole pizza last night, there go my abs lol. Anyway, real question. Which running watch should I get?",
     None),
    ("tweaked my lower back lifting boxes yesterday on another note which headphones stay in when running?", None),
    ("back is sore after runs, off topic but what gels do you use for a marathon?", None),
])
def test_a_topic_shift_leaves_the_story_behind(matcher, message, expected):
    decision = matcher.decide(message)
    offered = decision.entry_id if decision.kind == "answer" else None
    assert offered == expected, decision


@pytest.mark.parametrize("message, expected", [
    # A word voice typing split in two, its tail no word ("norm al", a ninth new user), and a crooked spine.
    ("is it norm al to get lower back pain when you start running", "back-pain-normal"),
    ("my spine is slightly crooked, is that why my back hurts when i run", "spine-curvature"),
])
def test_split_words_and_a_crooked_spine(matcher, message, expected):
    decision = matcher.decide(message)
    assert decision.kind == "answer" and decision.entry_id == expected, decision


@pytest.mark.parametrize("message", [
    # A back told fine in a list of parts ("back fine, legs fine") is no topic of the question (lay-redflags48's kind,
    # in new words).
    "Hit the wall at 30k and had to walk in. No pain at all, back fine, knees fine, just empty. What should I eat "
    "the week before?",
])
def test_a_back_told_fine_in_a_list_of_parts_is_no_topic(matcher, message):
    decision = matcher.decide(message)
    assert decision.kind == "none" or decision.entry_id not in {"prevent-back-pain", "back-pain-after-run"}, decision


@pytest.mark.parametrize("message", [
    # Other parts told fine in the same list as the back are no topics either (the hundred-and-twenty-second review's
    # kind, in new words).
    "Ankles fine, back ok, hips fine after the 10k. Will running ever give me a six pack?",
])
def test_parts_told_fine_in_a_list_are_no_topics(matcher, message):
    decision = matcher.decide(message)
    assert decision.kind == "answer" and decision.entry_id == "abs", decision
