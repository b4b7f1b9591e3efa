"""Words of suicide or self-harm: where to get help now comes with anything else the bot says.

Not one of the back-pain warning signs (bot.signs), and not read for its context the same way: a
message that speaks of wanting to die gets the crisis reply even in a story about a back, and only
a denial of the words themselves ("not suicidal", "I don't want to die") takes it back. The phrases
are the plain ways people say it (Samaritans and NHS guidance on talking about suicide); running's
hyperbole ("that hill nearly killed me", "killing myself on these intervals", "suicide sprints",
"will I harm myself running on it?", "I don't want to wake up at 5am") is left alone.
"""
from __future__ import annotations

import re

from bot.phrases import compile_phrases, gate_words
from bot.text import STOPWORDS

_WISH = ("want|wanna|plan|planning|thinking_of|thinking_about|thought_of|thought_about|urge|feel_like|feeling_like|"
         "felt_like")
_WANT = f"{_WISH}|going|gonna|will|ill|might"  # "ill" is "I'll" without its apostrophe
PHRASES = (
    # "Suicidal", typed any way; suicide as a thought, a plan or an act, never a running drill ("suicides").
    "suicidal*", "sucidal*", "suicidle", "suicide ~2 thought*|feeling*|attempt*|note|plan*|ideation",
    "thinking|thought|think|considering|considered ~2 about|of? suicide", "commit* suicide", "attempt* suicide",
    "self harm*", "selfharm*", "overdose|overdosed|od",
    f"{_WANT} ~2 kill|killing myself|my_self",
    # Not "going to hurt myself if I run on it": a runner's worry, not a wish.
    f"{_WISH} ~2 harm|harming|hurt|hurting|cut|cutting myself|my_self",
    "cutting|cut|harming myself again|on_purpose", "cutting|harming myself ,|.",
    "end|ending|take|taking my|my_own life ,|.|tonight|today", "end|ending it all", "end|ending my life",
    f"{_WANT} ~2 to? end|ending it|things ,|.|all|now|tonight",
    "want|wanna|wish ~1 to? die", "want|wanna ~1 to? be dead",
    "wish ~3 dead|never_been_born|not_been_born|never_born|not_born", "rather be dead",
    "better off dead", "better off without me", "better off if i ~1 was|were gone|dead",
    "{not} want to live|be_alive|exist", "{not} want to be here anymore|any_more|now ,|.",
    "{not} want to wake up again|anymore|tomorrow|ever ,|.", "{not} want to wake up ,|.",
    "{not} want to go on ,|.|like_this|living", "{not} want to go on anymore|any_more ,|.",
    "{cannot} ~1 go on ,|.|anymore|like_this|living", "no point ~1 living|going_on|in_living|in_going_on",
    "no reason to live|go_on", "not worth living",
)
_SAID = compile_phrases(PHRASES)
# A denial of the words themselves, in their own clause: "not suicidal", "I don't want to die".
_DENIED = re.compile(r"(?:not|never|no|nor) (?:(?:really|ever|actually|even|been|felt|feel|feeling|am|was|at|all|"
                     r"that) ){0,2}$")
# Effort hyperbole: "gonna kill myself trying to get a sub 20", "I want to die lol".
_HYPERBOLE = compile_phrases(("kill|killing myself trying|doing|running|getting|on|with|over|for",
                              "die|dead lol|lmao|haha|hahaha|😂",
                              "die of ~1 embarrassment|shame|laughter|laughing|boredom",
                              "die on|at|up ~2 hill|hills|those|these|that|the_last"))
# One of these is in every match ("die", "kill*", "life"...): most messages hold none, and skip the regex.
_GATE, _GATE_PREFIXES = gate_words(PHRASES, STOPWORDS)


def told(marked: list[str] | tuple[str, ...]) -> bool:
    """Whether a message's words with their marks (bot.reading.Reading.tokens: lowercase, contractions
    spelt out, typos fixed, "," "." "?" standing alone) speak of suicide or self-harm, other than to
    deny it."""
    if _GATE.isdisjoint(marked) and not any(w.startswith(_GATE_PREFIXES) for w in marked):
        return False
    text = " ".join(marked) + " . "  # the message's end closes its last clause
    return any(not _DENIED.search(text[:m.start()]) and not _HYPERBOLE.search(text, m.start(), m.end() + 30)
               for m in _SAID.finditer(text))
