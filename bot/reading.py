"""Reading a message: normalised, spelled, word senses resolved, split into clauses that ask or tell.

A long post tells a story and then asks; the clause that asks says what answer is wanted, the
story says what it is about. So each clause is marked: it asks when its sentence ends with "?"
(the last clause of it), when it opens like a question ("why", "is it", "should I": an auxiliary
followed by its subject, so "did my usual parkrun" is not one), or when it asks for something
("any tips", "thoughts", "advice"). A message with no asking clause asks with all of it ("lower
back pain after runs"): `Reading.asking` then gives every clause.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from bot import senses
from bot import text as textmod
from bot.language import language
from bot.phrases import compile_phrases
from bot.spelling import Speller

MAX_CHARS = 4000  # Telegram messages are at most 4096 characters; the rest is not read

_QUESTION_WORDS = frozenset("""why how what whats whys when where which who whom wat wot any anyone anybody
howcome""".split())
_AUXILIARIES = frozenset("""is are am can could should shall will would does do did has have may might was were
isnt arent""".split())
# What follows an auxiliary that opens a question: its subject ("is it", "should I", "can running").
_SUBJECTS = frozenset("""i you it this that these those my your his her their our we they he she there anyone
anybody someone people runners running jogging a an the it's everyone every other others one somebody""".split())
_ASKS = compile_phrases((
    # ("tips" asked for, not a pelvis that "tips forward": scope13)
    "any tips|advice|ideas|suggestions|thoughts|help|recommendations|idea", "thoughts", "advice",
    "some|your|give|share|need|want|for|with|got|have ~1 tips", "tips for|on|to|please|pls|plz|anyone|welcome|"
    "appreciated|guys|folks|everyone|people|needed|wanted",
    "help me", "please help", "tell me", "wondering", "i want|need to know", "i would like to know", "curious",
    "let me know",
    "anyone else", "does anyone", "has anyone", "did anyone", "should i", "can i", "do i", "what do i",
    "realistically", "am i", "yes or no", "or not", "or should i", "or just", "or rest", "or stop", "or keep",
    "recommend*", "suggestions", "explain", "worth it", "how long", "how much", "how many", "what to do",
    "what should", "what can", "is it normal|ok|okay|safe|bad|common|possible|true", "could it be", "could this be",
    "kidding myself", "any experience", "experiences", "opinions", "input",
))
# Who a reason's clause is about: "because I", "cos my back" (not "because of").
_REASON_SUBJECTS = frozenset("i my we our he his she her they their it there".split())
_CONNECTIVES = frozenset(("but", "also", "btw", "anyway", "plus", "however"))


# Clause and Reading are made for every message (a Clause per clause): named tuples are built several
# times faster than frozen dataclasses, and are as immutable.
class Clause(NamedTuple):
    words: tuple[str, ...]  # spelled, senses resolved, no marks
    asks: bool
    fragment: bool = False  # a short question that is no alternative ("stretching?", "new shoes?")


class Reading(NamedTuple):
    text: str                  # the normalised message
    tokens: list[str]          # spelled words with "," "." "?" marks, sound-alikes rewritten (what triage reads)
    clauses: tuple[Clause, ...]
    language: str | None       # "en", another language's code, "other-script", or None (too short to tell)
    plain: tuple[str, ...] = ()  # the normalised words as typed: no marks, not spelled
    places: frozenset[str] = frozenset()  # names of places, races and people signing off: no content

    @property
    def words(self) -> list[str]:
        return [w for clause in self.clauses for w in clause.words]

    @property
    def asking(self) -> tuple[Clause, ...]:
        """The clauses that ask; every clause when none does."""
        return tuple(c for c in self.clauses if c.asks) or self.clauses


FRAGMENT_WORDS = 3
# A capitalised word after a lower-case word or a comma may be a name ("I am from Spain", "the Paris
# marathon", "Thanks, Dennis"): told as a place, a race or a signature (_PLACE), the speller must not
# make it "sprain", "parts" or "tennis".
# (The capital first, then the look back over it: the regex engine then skips to capitals, of which a
# message has few, instead of trying the look back at every character.)
_NAME = re.compile(r"[A-Z](?<=[a-z,;:] [A-Z])[a-z]{2,}\b")


# ...of a place, a race, a person or the writer when told so ("from Spain", "the Paris marathon", "ran
# with Chester", "my coach Dennis", "Thanks, Dennis"): no content an answer must explain, unlike "the
# Zorblax stretch"; "my Grion" is no name.
_PLACE = re.compile(r"(?:\b(?:from|in|at|near|to|visiting|around|across|with|coach|friend|mate|buddy|pal|physio|"
                    r"doctor|dr|named|called|husband|wife|partner|son|daughter|brother|sister|mum|mom|dad) |"
                    r"\b(?:thanks|thank you|thx|cheers|regards|wishes|love|ta)[,.!]* )([A-Z][a-z]{2,})\b"
                    # "running with Sciatia pain" is a typo of a pain's name, not a friend
                    r"(?! (?:pain|pains|ache|aches|problems|issues|trouble|symptoms|flare))|"
                    r"\b([A-Z][a-z]{2,}) (?:marathon|half|10k|5k|race|parkrun|ultra)\b", re.IGNORECASE)


def _places(message: str, names: frozenset[str]) -> frozenset[str]:
    """The names in `names` that `message` tells as a place, a race or a signature."""
    return frozenset(w for m in _PLACE.finditer(message) if (w := (m.group(1) or m.group(2)).lower()) in names)


def _names(message: str, speller: Speller) -> frozenset[str]:
    """Names in `message` that are no English word (lower-cased); none when most words are
    capitalised (Title Case Writing tells nothing)."""
    if message.islower() or message.isupper():
        return frozenset()
    found = [m.group() for m in _NAME.finditer(message)]
    if not found or 2 * sum(w[:1].isupper() for w in message.split()) > len(message.split()):
        return frozenset()
    return frozenset(w for w in (f.lower() for f in found) if not speller.is_word(w))


def read(message: str, speller: Speller) -> Reading:
    """Read a message (at most MAX_CHARS of it) with the FAQ's speller."""
    text = textmod.normalize(message[:MAX_CHARS])
    marked = textmod.marked_words(text)
    plain = tuple([w for w in marked if w not in ",.?"])
    lang = language(text, plain)
    # Only a name told as a place, a race or a signature is kept from the speller: a capitalised typo
    # of a sign's word ("my Grion is numb", "my Bladdar") must still be put right.
    names = _names(message[:MAX_CHARS], speller)
    names = _places(message[:MAX_CHARS], names) if names else names
    tokens = senses.sound_alikes(speller.words(marked, forms=False, keep=names))
    # Without any "?" (voice typing, a quick note) a question can only show by how it opens; with
    # one, a sentence that opens like a question but ends in "." tells ("What annoys me is...").
    marked_questions = "?" in tokens
    spelled = speller.cache.get  # the speller's own cache first: a call per word costs more than the lookup
    message_words = frozenset(tokens)
    elsewhere = senses.one_sense(tokens, message_words)
    clauses: list[Clause] = []
    sentence: list[str] = []
    for token in [*tokens, "."]:
        if token not in ".?":
            sentence.append(token)
            continue
        question = token == "?"
        for words, asks, alternative in _clauses(sentence, question=question,
                                                  by_opening=question or not marked_questions):
            meant = senses.other_senses([w if w in names else (spelled(w) or speller(w)) for w in words], elsewhere,
                                        message_words)
            if meant:
                fragment = question and not alternative and len(meant) <= FRAGMENT_WORDS
                clauses.append(Clause(tuple(meant), asks, fragment))
        sentence = []
    return Reading(text, tokens, tuple(clauses), lang, plain, names)


_FILLERS = frozenset("um umm uh uhh er erm hmm basically".split())


# A topic shift's cue phrases (Grosz and Sidner 1986) open a clause of their own wherever they stand: "pulled my back
# last week, on another note what's a good podcast?", "my spine curves a bit, off topic but which watch?" (the
# hundred-and-twenty-first review). Matcher._topic_shift reads them.
_SHIFT_CUES = (("on", "another", "note"), ("on", "a", "different", "note"), ("on", "a", "separate", "note"),
               ("off", "topic"), ("unrelated", "question"), ("different", "question"), ("random", "question"),
               ("separate", "question"))
_SHIFT_ENDS = frozenset(cue[-1] for cue in _SHIFT_CUES)


def _at_shift(part: list[str]) -> list[list[str]]:
    """`part` split before each topic-shift cue that does not open it."""
    for i in range(1, len(part)):
        if any(tuple(part[i:i + len(cue)]) == cue for cue in _SHIFT_CUES):
            # (an "off topic" that ends the part is a clause of its own: "..., off topic" before "but which...")
            return [part[:i], *_at_shift(part[i:])]
    return [part]


def _at_reason(part: list[str]) -> list[list[str]]:
    """`part` split before a "because" that opens a clause with its own subject ("because I", not "because of")."""
    cut = next((i for i in range(1, len(part) - 1) if part[i] == "because" and part[i + 1] in _REASON_SUBJECTS), None)
    return [part[:cut], part[cut:]] if cut else [part]


def _clauses(sentence: list[str], *, question: bool, by_opening: bool) -> list[tuple[list[str], bool, bool]]:
    """A sentence's clauses as typed: split at connectives ("but", "also", ", and"), each with
    whether it asks and whether it is the second of two alternatives ("is it normal or a strain?")."""
    parts: list[list[str]] = [[]]
    if _CONNECTIVES.isdisjoint(sentence) and "and" not in sentence:
        parts[-1] = sentence  # one part, as most sentences are: no word to look at one by one
    else:
        for i, word in enumerate(sentence):
            starts_new = (word in _CONNECTIVES and parts[-1]) or (
                word == "and" and i > 0 and sentence[i - 1] == "," and parts[-1])
            if starts_new:
                parts.append([])
                continue
            parts[-1].append(word)
    if not _SHIFT_ENDS.isdisjoint(sentence):
        parts = [piece for p in parts for piece in _at_shift(p)]
    parts = [p for p in ((p if "," not in p else [w for w in p if w != ","]) for p in parts) if p]
    # A reason given with its own subject is a clause of its own, the asker's story: "does running actually give you
    # abs cos I've somehow got a flat gut even with all the beers" (chat13). Not in the part a "?" closes, where the
    # reason is what is asked ("is my back sore because I run on my toes?", "worry ... just because my back hurts?").
    if "because" in sentence:
        parts = [piece for n, p in enumerate(parts)
                 for piece in (_at_reason(p) if not (question and n == len(parts) - 1) else [p])]
    alternatives = 1
    if question and parts and "or" in parts[-1][1:-1]:
        # "Is it normal or a strain?": each alternative asks on its own too.
        last = parts[-1]
        cut = last.index("or", 1)
        if len(last) - cut > 2:
            parts[-1:] = [last[:cut], last[cut + 1:]]
            alternatives = 2
    out = []
    for n, words in enumerate(parts):
        # Voice typing's fillers before the question word: "um why does my back hurt", "so basically is it normal".
        lead = next((i for i, w in enumerate(words) if w not in _FILLERS), 0)
        first = words[lead:]
        # In a sentence that ends with "?", an auxiliary opens a question whatever follows ("will core
        # work help?"); without one, only before a subject ("is it", "should I").
        aux = first[0] in _AUXILIARIES and len(first) > 1 and (question or first[1] in _SUBJECTS or first[1] == "not")
        opens = by_opening and (first[0] in _QUESTION_WORDS or aux)
        asks = (question and n >= len(parts) - alternatives) or opens or bool(_ASKS.search(" ".join(words) + " ")) or (
            words[-1] == "tips")
        out.append((words, asks, alternatives == 2 and n == len(parts) - 1))
    return out
