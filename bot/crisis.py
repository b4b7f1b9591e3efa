"""Words of suicide or self-harm: where to get help now comes before anything the FAQ could say.

Not one of the back-pain warning signs (bot.signs), and not read for its context the same way:
a message that speaks of wanting to die gets the crisis reply even in a story about a back, and only
"not suicidal" or "never thought of suicide" is taken as a denial. The phrases are the plain ways
people say it (Samaritans and NHS guidance on talking about suicide); running's hyperbole ("that
hill nearly killed me", "I'm killing myself on these intervals", "hurt myself on a run") is left
alone.
"""
from __future__ import annotations

import re

from bot.phrases import compile_phrases, gate_words
from bot.text import STOPWORDS

PHRASES = (
    "suicid*", "self harm*", "harm|harming myself",
    "want|wanna|going|gonna|feel_like|thinking_of|thinking_about|thought_of|thought_about|plan|planning|try|"
    "tried|trying ~2 kill|killing myself",
    "end|ending|take|taking my|my_own ~1 life", "end|ending it all",
    "want|wanna|wish ~1 to? die", "wish i|i_was|i_were dead", "better off dead", "better off without me",
    "{not} want to live|be_alive|be_here|wake_up|exist", "no reason to live", "not worth living",
    # "Go on" only as going on living: "I don't want to go on some crazy diet" is no crisis.
    "{not} want to go on ,|.|anymore|like_this|living", "no reason to go on ,|.|anymore|living",
)
_SAID = compile_phrases(PHRASES)
_DENIED = re.compile(r"(?:not|never|no|nor) (?:\S+ ){0,2}$")
# One of these is in every match ("die", "kill*", "life"...): most messages hold none, and skip the regex.
_GATE, _GATE_PREFIXES = gate_words(PHRASES, STOPWORDS)


def told(words: list[str] | tuple[str, ...]) -> bool:
    """Whether a message's words (bot.text.words: lowercase, contractions spelt out) speak of
    suicide or self-harm, other than to deny it ("I'm not suicidal")."""
    if _GATE.isdisjoint(words) and not any(w.startswith(_GATE_PREFIXES) for w in words):
        return False
    text = " ".join(words) + " "
    return any(not _DENIED.search(text[:m.start()]) for m in _SAID.finditer(text))
