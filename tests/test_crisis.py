"""Words of suicide or self-harm get the crisis reply first, never an FAQ answer (from a new user's trial)."""
from __future__ import annotations

import pytest

from bot import crisis, replies
from bot import text as textmod
from bot.decision import Kind


def words(message: str) -> list[str]:
    return textmod.words(textmod.normalize(message))


@pytest.mark.parametrize("message", [
    "my back hurts after every run and honestly I feel like killing myself",
    "I want to die, this back pain never stops",
    "been having suicidal thoughts since the injury stopped me running",
    "some days I don't want to be here anymore, my back is so bad",
    "honestly I don't want to go on like this, the back pain has taken running from me",
    "I've been harming myself again since I had to stop running",
    "my family would be better off without me, I can't even run now",
])
def test_speaking_of_suicide_or_self_harm_gets_the_crisis_reply(matcher, message):
    d = matcher.decide(message)
    assert d.kind is Kind.URGENT and d.why == "crisis" and d.entry_id is None, d
    assert replies.for_decision(matcher.faq, d, message) == [replies.Reply(replies.CRISIS)]


@pytest.mark.parametrize("message", [
    "that hill nearly killed me, is back pain after hills normal?",
    "I'm killing myself on these intervals and my lower back aches after",
    "I'm not suicidal, just fed up with this back pain, when will it stop?",
    "I hurt myself on my run, back is sore, is it a strain?",
    "my legs were dying by mile 20, is that normal?",
    "I'd kill for a six pack, will running give me abs?",
    "Is running three times a week enough? I really don't want to go on some crazy diet",
])
def test_running_hyperbole_and_a_denial_are_no_crisis(matcher, message):
    assert not crisis.told(words(message))
    assert matcher.decide(message).why != "crisis"


def test_the_crisis_reply_names_where_to_get_help_now():
    plain = replies.Reply(replies.CRISIS).plain
    assert "emergency number" in plain and "116 123" in plain and "988" in plain and "findahelpline.com" in plain
