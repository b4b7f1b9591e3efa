"""The kinds of real-user writing issue 8 names, each on new examples written for these tests."""
from __future__ import annotations

import pytest

from bot.matching import Matcher


def concepts(matcher: Matcher, message: str) -> set[str]:
    seen = matcher.read(message)
    return {c for clause in seen.clauses for c in matcher.lexicon.concepts(list(clause.words))}


# Word sense: the word names an FAQ topic in one sense only; its neighbours decide.
@pytest.mark.parametrize("message, concept", [
    ("the learning curve for trail running is steep, any tips?", "#curve"),
    ("my core temperature goes through the roof on summer runs", "#abs"),
    ("got back home from my run and had a shower", "#back"),
    ("does running fasted teach my body to use fat as fuel?", "#fat"),
    ("is the weight of my hydration vest a problem on long runs?", "#weight"),
    ("stuck on 52 minutes for 10k all year, how do I get faster?", "#not-losing"),
    ("the curves on the indoor track hurt my ankles", "#curve"),
    ("new shoes should keep me going for the rest of the season", "#rest"),
])
def test_a_word_in_another_sense_names_no_topic(matcher, message, concept):
    assert concept not in concepts(matcher, message)


@pytest.mark.parametrize("message, concept", [
    ("my core is weak, will running fix it?", "#abs"),
    ("my weight has been stuck for months even though I run", "#not-losing"),
    ("my spine has a curve, does that matter for running?", "#curve"),
])
def test_the_same_word_in_the_faqs_sense_still_names_it(matcher, message, concept):
    assert concept in concepts(matcher, message)


# Voice typing: sound-alikes, no punctuation, fillers.
@pytest.mark.parametrize("message, expected", [
    ("um so my lower bag is really sore after running like why", "back-pain-after-run"),
    ("so basically my back hearts after every run is that normal", "back-pain-normal"),
    ("can lord doses make my back ache when I run", "spine-curvature"),
    ("i have scully oasis will running hurt my back", "spine-curvature"),
])
def test_voice_typing_reaches_the_entry(matcher, message, expected):
    d = matcher.decide(message)
    assert expected in ((d.entry_id,) + d.suggestions), d


# Thumb typing and emoji.
@pytest.mark.parametrize("message, expected", [
    ("will 🏃🏻 make my 🍑 smaller", "butt-smaller"),
    ("bäck hürts after rünning why", "back-pain-after-run"),
    ("lowerback\u200b hurts after my runs why", "back-pain-after-run"),
])
def test_thumb_typing_and_emoji_reach_the_entry(matcher, message, expected):
    d = matcher.decide(message)
    assert expected in ((d.entry_id,) + d.suggestions), d


# Other languages: a short reply in English, never an entry guessed from a loanword or an alarm.
@pytest.mark.parametrize("message", [
    "me duele la espalda después de correr, es normal?",
    "Ich habe Rückenschmerzen nach dem Laufen, was kann ich tun?",
    "minha coluna dói depois de correr, é normal?",
])
def test_a_message_in_another_language_gets_none(matcher, message):
    d = matcher.decide(message)
    assert (d.kind, d.why) == ("none", "not-english"), d


# Weight questions are about intent: never the unexplained-weight-loss red flag.
@pytest.mark.parametrize("message", [
    "how many km a week do I need to run to lose 5 kg?",
    "I want to lose weight for my wedding, is running the best way?",
    "put on 3 kilos since I started marathon training, how?",
    "I eat more since I took up running. is jogging any use for losing weight?",
    "dropped 6 kg in the spring which was brilliant, but I eat the same and it's stopped, why?",
])
def test_a_weight_question_is_no_red_flag(matcher, message):
    assert matcher.decide(message).kind != "urgent"


# Unexplained content: a specific thing the entry does not explain is no confident answer.
@pytest.mark.parametrize("message", [
    "does glucosamine stop my back aching after runs?",
    "does drinking kombucha after a run stop back pain?",
    "will a flibbertine belt stop my back hurting after runs?",
])
def test_unexplained_content_is_not_answered_with_confidence(matcher, message):
    assert matcher.decide(message).kind != "answer"


# Long posts: the story first, the question at the end; the asking sentence decides.
def test_a_long_post_is_read_by_its_asking_sentence(matcher):
    post = ("I've been running for about three years, mostly 5k and 10k, and last spring I did my first half. "
            "Work has been crazy so I've only managed two runs a week lately, and my new shoes are a bit stiff. "
            "On Saturday I did 8 miles with my club and my lower back felt tight for the last two. "
            "It eased off by the evening. Is that normal?")
    d = matcher.decide(post)
    assert "back-pain-normal" in ((d.entry_id,) + d.suggestions), d
