"""The eating-disorder reply through the matcher (bot.matching's hook for bot.eating, from a fifth new user's trial)."""
from __future__ import annotations

import pytest

from bot import replies
from bot.decision import Kind


@pytest.mark.parametrize("message", [
    "i'm only eating about 900 calories a day and running every morning, is that ok?",
    "i just feel so disgusting in my body",
    "i've been starving myself to make race weight",
    "i make myself sick after eating so i can stay light for racing",
    "I eat 800 calories a day and run 40 miles a week, why am I not losing weight?",
    "taking laxatives to drop weight before race day, does running help too?",
    "I skip meals so I can run more, will running make my butt smaller?",
])
def test_an_eating_disorder_told_gets_the_eating_reply_and_no_weight_answer(matcher, message):
    d = matcher.decide(message)
    assert (d.kind, d.why, d.entry_id) == (Kind.URGENT, "eating", None), d
    assert replies.for_decision(matcher.faq, d, message) == [replies.Reply(replies.EATING)]


@pytest.mark.parametrize("message, entry", [
    ("how do i lose weight by running", "weight-loss"),
    ("will running help me lose weight?", "weight-loss"),
    ("why am i not losing weight then, i run every day", "runners-still-fat"),
])
def test_a_weight_question_still_gets_its_answer(matcher, message, entry):
    d = matcher.decide(message)
    assert d.why != "eating" and entry in (d.entry_id, *d.suggestions), d


def test_with_words_of_suicide_both_replies_come_crisis_first(matcher):
    message = "I want to die, I've been starving myself for weeks"
    d = matcher.decide(message)
    assert d.why == "crisis" and d.flags == ("crisis", "eating"), d
    sent = replies.for_decision(matcher.faq, d, message)
    assert sent == [replies.Reply(replies.CRISIS), replies.Reply(replies.EATING)]


def test_with_a_warning_sign_the_urgent_advice_comes_first(matcher):
    message = "my back hurts and I have a fever and chills, and I've been starving myself to race lighter"
    d = matcher.decide(message)
    assert d.kind is Kind.URGENT and "eating" in d.flags and d.why in ("today", "emergency") and d.entry_id is None, d
    sent = replies.for_decision(matcher.faq, d, message)
    assert sent[0] == replies.urgent(matcher.faq, d.why, d.flags) and sent[-1] == replies.Reply(replies.EATING)
