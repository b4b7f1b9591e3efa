"""Phrase patterns over a message's words: a small notation for the triage tables, compiled to regexes.

A message is read as lowercase words, each followed by one space, with "," for a clause mark and
"." or "?" for a sentence end standing as words of their own: "no fever , legs numb ? " A pattern
is a space-separated list of slots:

- `numb` that word; `numb*` any word that starts with "numb"; `#` a number ("6", "39.5", "6kg");
  `#m` a number written with that unit ("800m", "1.5m", not "6kg");
- `pee|wee|urin*` any one of these; `lie_down|stay_in_bed` options of several words (an underscore
  joins the words of one option);
- `my?` an optional slot;
- `~2` up to two other words in between (`~` up to one). A gap never spans a negation word, a
  clause mark or a sentence end, so "chest does not hurt" is not "chest ~2 hurt*";
- `{cannot}` any phrase of a shared list in MACROS ("can not", "unable to", "struggling to"...).

Raises ValueError for a pattern that starts or ends with a gap, names an unknown macro, ends a
slot with a "?" option (a trailing "?" makes the slot optional; "?" first or between is literal), or
holds a contraction's remnant such as "i_m" or "hasn_t" (contractions arrive spelt out).
"""
from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Iterator

NEGATION_WORDS = ("no", "not", "never", "nor", "without", "nothing", "neither", "none")
# Shared multi-word slots. Contractions arrive spelled out by bot.text ("can't" -> "can not").
MACROS = {
    "cannot": ("can not", "could not", "unable to", "not able to", "no able to", "struggl* to", "hard to", "trouble",
               "difficult* to", "difficulty", "no longer able to", "can no longer", "could no longer",
               "not been able to", "not being able to"),
    "not": ("do not", "does not", "did not", "will not", "would not", "is not", "was not", "has not",
            "have not", "had not", "never", "not", "no longer"),
    "my": ("my", "his", "her", "their", "your", "the", "a"),
}
_CONTRACTED = re.compile(r"[a-z]_(?:s|m|re|ve|ll|d|t)(?![a-z])")
_GAP_WORD = rf"(?!(?:{'|'.join(NEGATION_WORDS)}|,|\.|\?) )[^ ]+ "


# Words a prefix takes in that are no form of its stem: "numb*" is never "number", nor "sweat*" a "sweatshirt".
_NOT_OF_STEM = {"numb": "er", "sweat": "er|shirt|pant|band|suit"}


def _slot(slot: str) -> str:
    options = []
    for option in slot.split("|"):
        if option == "#":
            options.append(r"\d+(?:\.\d+)?[a-z]*")
        elif option.startswith("#") and option[1:].isalpha():
            options.append(r"\d+(?:\.\d+)?" + re.escape(option[1:]))
        elif option.endswith("*"):
            stem = option[:-1]
            unlike = f"(?!{_NOT_OF_STEM[stem]})" if stem in _NOT_OF_STEM else ""
            options.append(re.escape(stem).replace("_", " ") + unlike + r"[^ ,.?]*")
        else:
            options.append(re.escape(option).replace("_", " "))
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


def pattern(phrase: str) -> str:
    """The regex source for one phrase; each word it matches is followed by a space."""
    slots = phrase.split()
    if not slots or slots[0].startswith("~") or slots[-1].startswith("~"):
        raise ValueError(f"a phrase must start and end with a word: {phrase!r}")
    if any(slot.endswith("|?") for slot in slots):
        # "go ,|.|?" would read as an optional "go ,|." and match "go" before anything at all.
        raise ValueError(f"a slot cannot end with a literal '?' option (a trailing ? makes it optional; put the "
                         f"'?' first or between): {phrase!r}")
    if _CONTRACTED.search(phrase):
        # bot.text spells contractions out ("I'm" -> "i am", "hasn't" -> "has not", "she's" -> "she"):
        # such an option could never match.
        raise ValueError(f"a contraction's remnant never matches (write it spelt out): {phrase!r}")
    if "&" in phrase:
        # bot.text spells "&" out ("A&E" -> "a and e"): "a&e" could never match.
        raise ValueError(f"'&' never matches (write it spelt out, as a_and_e): {phrase!r}")
    parts = []
    for slot in slots:
        if slot.startswith("{"):
            name = slot.strip("{}?")
            if name not in MACROS:
                raise ValueError(f"unknown macro {slot} in {phrase!r}")
            group = "(?:" + "|".join(pattern(p) for p in MACROS[name]) + ")"
            parts.append(group + "?" if slot.endswith("?") else group)
        elif slot.startswith("~"):
            parts.append(f"(?:{_GAP_WORD}){{0,{int(slot[1:] or 1)}}}")
        elif slot.endswith("?") and len(slot) > 1:
            parts.append(f"(?:{_slot(slot[:-1])} )?")
        else:
            parts.append(f"{_slot(slot)} ")
    return "".join(parts)


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of `phrases` from a word start, longest alternatives first."""
    return _compile(_sources(phrases))


def _sources(phrases: Iterable[str]) -> list[str]:
    return sorted({pattern(p) for p in phrases}, key=len, reverse=True)


def _compile(sources: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![^ ])(?:" + "|".join(sources) + ")")


_NEVER = re.compile(r"(?!)")


class StartTable:
    """compile_phrases(phrases).match(text, at) for `at` the start of a word: the same match, from an
    alternation cut down to the phrases that can begin with that word (_starts), in the same order.
    The regex engine tries a big table's alternatives one by one at each start, a few microseconds
    for a triage row of a hundred phrases; most of them cannot begin with the word there."""

    __slots__ = ("_sources", "_starts", "_by_word", "_by_set")

    def __init__(self, phrases: Iterable[str]) -> None:
        phrases = tuple(phrases)
        # (the same list as compile_phrases makes, so that alternatives of one length keep its order)
        self._sources = _sources(phrases)
        starts: dict[str, tuple[set[str], set[str], bool]] = {}
        for phrase in phrases:
            exact, prefixes, anywhere = starts.setdefault(pattern(phrase), (set(), set(), False))
            more_exact, more_prefixes, more_anywhere = _starts(phrase)
            exact |= more_exact
            prefixes |= more_prefixes
            if more_anywhere:
                starts[pattern(phrase)] = (exact, prefixes, True)
        self._starts = [(frozenset(exact), tuple(sorted(prefixes)), anywhere)
                        for exact, prefixes, anywhere in map(starts.__getitem__, self._sources)]
        self._by_word: dict[str, re.Pattern[str]] = {}
        self._by_set: dict[tuple[int, ...], re.Pattern[str]] = {}

    def match(self, text: str, at: int, word: str, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """What compile_phrases(phrases).match(text, at, endpos) gives, `word` being the word that starts at `at`
        (whole, though `endpos` may cut it)."""
        rx = self._by_word.get(word)
        if rx is None:
            rx = self._for(word)
        return rx.match(text, at, endpos)

    def _for(self, word: str) -> re.Pattern[str]:
        chosen = tuple(i for i, (exact, prefixes, anywhere) in enumerate(self._starts)
                       if anywhere or word in exact or word.startswith(prefixes))
        rx = self._by_set.get(chosen)
        if rx is None:
            rx = self._by_set[chosen] = _compile([self._sources[i] for i in chosen]) if chosen else _NEVER
        if len(self._by_word) >= 10_000:  # words a prefix opens ("numb*", numbers) are many: keep it bounded
            self._by_word.clear()
        self._by_word[word] = rx
        return rx


class PhraseTable:
    """compile_phrases(phrases) for finditer() over long texts: tried only at the words a match can
    begin with. At every other word the regex engine still tries each alternative in turn, about a
    microsecond a word for a table as big as bot.crisis's; here such a word costs a set test. For a
    small table or a short window the regex alone is as fast: use this for big tables searched
    through whole messages. Matches are exactly those of the regex (`self.regex`)."""

    __slots__ = ("_phrases", "_regex", "_exact", "_prefixes", "_anywhere", "_table")

    def __init__(self, phrases: Iterable[str]) -> None:
        phrases = tuple(phrases)
        self._phrases = phrases
        self._regex: re.Pattern[str] | None = None  # compiled when first asked for (bot.crisis's takes ~20 ms)
        self._table = StartTable(phrases)
        exact: set[str] = set()
        prefixes: set[str] = set()
        anywhere = False
        for phrase in phrases:
            more_exact, more_prefixes, more_anywhere = _starts(phrase)
            exact |= more_exact
            prefixes |= more_prefixes
            anywhere = anywhere or more_anywhere
        self._exact, self._prefixes, self._anywhere = frozenset(exact), tuple(sorted(prefixes)), anywhere

    @property
    def regex(self) -> re.Pattern[str]:
        """compile_phrases(phrases): searched only when a match may begin at any word (`_anywhere`)."""
        if self._regex is None:
            self._regex = compile_phrases(self._phrases)
        return self._regex

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """What self.regex.finditer(text, pos, endpos) finds."""
        endpos = len(text) if endpos is None else min(endpos, len(text))
        if self._anywhere:
            return self.regex.finditer(text, pos, endpos)
        return self._scan(text, pos, endpos)

    def _scan(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        # A match starts at a word (the regex looks behind for a space) and holds its first word
        # whole, followed by a space inside the window: a cut word at `endpos` starts none.
        match, exact, prefixes = self._table.match, self._exact, self._prefixes
        at = free = pos
        starts_word = pos == 0 or text[pos - 1] == " "
        for word in text[pos:endpos].split(" "):
            if starts_word and at >= free and (word in exact or word.startswith(prefixes)):
                m = match(text, at, word, endpos)
                if m is not None:
                    yield m
                    free = m.end()
            starts_word = True
            at += len(word) + 1


def _starts(phrase: str) -> tuple[set[str], set[str], bool]:
    """(words, prefixes) a match of `phrase` can begin with, and whether it can begin anywhere (its
    slots before a gap are all optional)."""
    exact: set[str] = set()
    prefixes: set[str] = set()
    for slot in phrase.split():
        if slot.startswith("~"):
            return exact, prefixes, True
        optional = slot.endswith("?") and len(slot) > 1
        if slot.startswith("{"):
            for inner in MACROS[slot.strip("{}?")]:
                more_exact, more_prefixes, more_anywhere = _starts(inner)
                if more_anywhere:
                    return exact, prefixes, True
                exact |= more_exact
                prefixes |= more_prefixes
            if optional:
                continue
            return exact, prefixes, False
        for option in (slot[:-1] if optional else slot).split("|"):
            if option.startswith("#"):  # "#" and "#m": a number starts the word
                prefixes.update("0123456789")
            elif option.endswith("*") and "_" not in option:
                prefixes.add(option[:-1])
            else:
                exact.add(option.split("_")[0])
        if not optional:
            return exact, prefixes, False
    return exact, prefixes, True  # every slot optional: it may match at any word


def first_words(phrases: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """(words, prefixes) that can start a match of one of `phrases`: a match can only begin at a
    word that is one of them, so no other place needs trying (see _starts)."""
    exact: set[str] = set()
    prefixes: set[str] = set()
    for phrase in phrases:
        more_exact, more_prefixes, _ = _starts(phrase)
        exact |= more_exact
        prefixes |= more_prefixes
    return frozenset(exact), tuple(sorted(prefixes))


def gate_words(phrases: Iterable[str], common: frozenset[str] = frozenset()) -> tuple[frozenset[str], tuple[str, ...]]:
    """(words, prefixes) one of which every match of `phrases` must hold: a message holding none of
    them cannot match, so the regex is not worth running (the "gate"). From each phrase the slot
    that must match and is least common is taken ("numb*" rather than "my" or "can not"), so the
    gate stays shut for most messages; `common` names words every other message holds."""
    exact: set[str] = set()
    prefixes: set[str] = set()
    for phrase in phrases:
        options = min((_slot_words(slot, common) for slot in phrase.split()
                       if not slot.startswith("~") and not (slot.endswith("?") and len(slot) > 1)),
                      key=lambda options: _gate_cost(options, common))
        for word, is_prefix in options:
            (prefixes.add if is_prefix else exact.add)(word)
    return frozenset(exact), tuple(sorted(prefixes))


class Gate:
    """A cheap test that a message's words can hold a match of `phrases`: gate_words' least common
    slot of some phrase, and with it every other slot that phrase must match a word with. One slot
    alone lets through too much when a table's phrases are made of everyday words ("better off
    dead", "nothing but"); so does a union of such slots over many phrases. Only speed depends on
    the choice of slots, never a result: each slot tested is one that every match holds."""

    __slots__ = ("_exact", "_prefixes", "_then")

    def __init__(self, phrases: Iterable[str], common: frozenset[str] = frozenset()) -> None:
        then: dict[str, list[tuple[tuple[frozenset[str], tuple[str, ...]], ...]]] = {}
        exact: set[str] = set()
        prefixes: set[str] = set()
        for phrase in phrases:
            slots = [slot for slot in phrase.split() if not slot.startswith("~") and not (slot.endswith("?")
                                                                                         and len(slot) > 1)]
            options = [_slot_words(slot, common) for slot in slots]
            first = min(options, key=lambda o: _gate_cost(o, common))  # as gate_words chooses
            rest = tuple(_split(o) for slot, o in zip(slots, options, strict=True)
                         if o is not first and _one_word(slot))
            for word, is_prefix in first:
                key = " " + word if is_prefix else word
                (prefixes.add if is_prefix else exact.add)(key)
                then.setdefault(key, []).append(rest)
        self._exact, self._prefixes, self._then = frozenset(exact), tuple(sorted(prefixes)), then

    def opens(self, tokens: list[str] | tuple[str, ...]) -> bool:
        """False when no phrase can match words `tokens` (lowercase words and marks, each a word
        of the text the phrases are searched in); True when one may."""
        keys = [*self._exact.intersection(tokens)]
        text = ""
        if self._prefixes:
            text = " " + " ".join(tokens)  # a word starts with p when " p" is in it: one substring search
            keys.extend(p for p in self._prefixes if p in text)
        return bool(keys) and self._then_open(keys, frozenset(tokens), text, tokens)

    def opens_in(self, present: frozenset[str], text: str) -> bool:
        """opens() for words several gates test: `present` the set of them, `text` them each after a space."""
        keys = [*self._exact.intersection(present)]
        if self._prefixes:
            keys.extend(p for p in self._prefixes if p in text)
        return bool(keys) and self._then_open(keys, present, text)

    def _then_open(self, keys: list[str], present: frozenset[str], text: str, tokens: Iterable[str] = ()) -> bool:
        """Whether some phrase of a key found has all its other one-word slots in `present` (`text`, the
        words joined after a space each, is made from `tokens` when a prefix needs it and it is "")."""
        for key in keys:
            for rest in self._then[key]:
                for words, starts in rest:
                    if words.isdisjoint(present):
                        if not starts:  # most slots: no prefix to look for, so no text to make
                            break
                        text = text or " " + " ".join(tokens)
                        if not any(p in text for p in starts):
                            break
                else:
                    return True
        return False


def _split(options: tuple[tuple[str, bool], ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    return (frozenset(w for w, is_prefix in options if not is_prefix),
            tuple(sorted(" " + w for w, is_prefix in options if is_prefix)))


def _one_word(slot: str) -> bool:
    """Whether _slot_words tells exactly which word a match of `slot` holds: not for a number
    (`#`: any digit the regex knows), a mark (the text may end in one no word list holds), or a
    several-word option whose longest word may be a stem (`be_sick*` holds "sickly")."""
    if slot.startswith("{"):
        return all(_one_word(s) for p in MACROS[slot.strip("{}")] for s in p.split()
                   if not s.startswith("~") and not (s.endswith("?") and len(s) > 1))
    return not any(c in slot for c in "#,.?") and not any("_" in o and "*" in o for o in slot.split("|"))


def _slot_words(slot: str, common: frozenset[str]) -> tuple[tuple[str, bool], ...]:
    """What a mandatory slot needs in the message: (word, is a prefix) for each of its options."""
    if slot.startswith("{"):
        return _macro_slot_words(slot.strip("{}"), common)
    out: list[tuple[str, bool]] = []
    for option in slot.split("|"):
        if option.startswith("#"):
            out.extend((digit, True) for digit in "0123456789")
        elif option.endswith("*") and "_" not in option:
            out.append((option[:-1], True))
        else:  # the longest word of the option: it must be there too, and is the rarest bet
            out.append((max(option.rstrip("*").split("_"), key=len), False))
    return tuple(out)


@functools.cache
def _macro_slot_words(name: str, common: frozenset[str]) -> tuple[tuple[str, bool], ...]:
    # (a table names {not} and {cannot} in hundreds of phrases: work each out once)
    words, prefixes = gate_words(MACROS[name], common)
    return (*((w, False) for w in sorted(words)), *((p, True) for p in prefixes))


def _gate_cost(options: tuple[tuple[str, bool], ...], common: frozenset[str]) -> int:
    """How often a slot's words turn up in ordinary messages, roughly: common words, negations and
    marks (every message has some) cost most, then short prefixes, which start many words."""
    return sum(20 if word in common or word in NEGATION_WORDS or word in ",.?" else 3 if is_prefix and len(word) <= 3
               else 2 if is_prefix else 1 for word, is_prefix in options)


_WORD_SEPARATORS = re.compile(r"[ |_?]+")
_MACRO_NAMES = re.compile(r"\{(\w+)\??\}")


def words_of(phrases: Iterable[str]) -> set[str]:
    """Every whole word of three letters or more that the phrases name (not the stems of `word*`),
    for the speller's vocabulary."""
    # (one split of all the phrases at once: the tables hold thousands, and start-up pays for this)
    joined = " ".join(phrases)
    found = {word for word in _WORD_SEPARATORS.split(joined) if len(word) > 2 and word.isalpha()}
    for name in _MACRO_NAMES.findall(joined):
        found |= _macro_words(name)
    return found


@functools.cache
def _macro_words(name: str) -> frozenset[str]:
    return frozenset(words_of(MACROS[name]))
