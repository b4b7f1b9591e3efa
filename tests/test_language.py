"""Whether a message is in English (bot.language): the bot reads English only, never guessing from a loanword."""
from __future__ import annotations

import pytest


# From a fifth new user's trial: short French, Spanish and Portuguese messages with one function word
# of their language, or with a word they share with English ("no", "as"), were taken for English.
@pytest.mark.parametrize("message", [
    "je ne peux plus",
    "tengo miedo, no puedo respirar",
    "no me siento bien",
    "quiero dejar de correr, no puedo",
    "je suis très fatigué",
    "não consigo correr as manhãs",
    "quero parar de correr",
])
def test_a_short_message_in_another_language_gets_none(matcher, message):
    d = matcher.decide(message)
    assert (d.kind, d.why) == ("none", "not-english"), d


# ...but English with a foreign word or two stays English.
@pytest.mark.parametrize("message", [
    "i want to die, no puedo correr",
    "my back hurts after running, que pasa?",
    "ran the camino de santiago and now my lower back hurts",
    "is back pain normal after a 10k? gracias",
    "my abuela says running will make my butt smaller",
    "merci, that helps",
    "that je ne sais quoi feeling after a long run",
    "lowr bak pian aftr runnning y",
    "no pain no gain, right? my back aches after runs",
    # From a seventeenth code review: txt-speak's "mi" and "la".
    "mi bak hurtz",
    "la bak pian aftr runz",
])
def test_english_with_a_foreign_word_stays_english(matcher, message):
    assert matcher.decide(message).why != "not-english"
