"""Spelling: which words are English, and typos and word forms mapped onto the words the bot knows."""
from __future__ import annotations

import re
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from importlib import resources

from rapidfuzz import process
from rapidfuzz.distance import OSA

SUFFIXES = ("ing", "ed", "es", "s", "ly", "er", "ness")
_TRIPLED = re.compile(r"(.)\1{2,}")


class WordList:
    """A read-only set of words kept as sorted CRC-32s: 160 KB for SCOWL's 40,000 words instead
    of the 5 MB a set of strings takes in every bot process. A stranger's word shares a CRC with
    one of them about once in 100,000 tries; the cost is one typo left uncorrected."""

    def __init__(self, crcs: array) -> None:
        self._crcs = crcs

    @classmethod
    def from_words(cls, words: Iterable[str]) -> WordList:
        return cls(array("I", sorted({zlib.crc32(w.encode()) for w in words})))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        crc = zlib.crc32(word.encode())
        i = bisect_left(self._crcs, crc)
        return i < len(self._crcs) and self._crcs[i] == crc

    def __len__(self) -> int:
        return len(self._crcs)


@cache
def _word_list(name: str) -> WordList:
    # Stored in CRC-32 order, so loading needs no sort and no big temporary set.
    crcs = array("I")
    with resources.files("bot").joinpath(f"data/{name}").open(encoding="utf-8") as lines:
        for line in lines:
            word = line.strip()
            if word:
                crc = zlib.crc32(word.encode())
                if not crcs or crcs[-1] != crc:
                    crcs.append(crc)
    return WordList(crcs)


def english_words() -> WordList:
    """Real English words (SCOWL sizes 10-50), which typo correction must never 'correct'."""
    return _word_list("english-words.txt")


def common_words() -> WordList:
    """The most common English words (SCOWL sizes 10 and 20, about 12,000): words that tell no
    topic of their own ("help", "weak", "people"), as opposed to "collagen" or "mattress"."""
    return _word_list("common-words.txt")


class Speller:
    """Maps word forms and typos onto a vocabulary: the words the FAQ and triage know.

    `speller(word)` gives one word, as the FAQ knows it: typos fixed and word forms brought to the
    form the FAQ uses ("hurting" -> "hurt" when the FAQ has "hurt"). `speller.typo(word)` only fixes
    typos: a real word keeps its form ("happened" stays), for phrase tables that name forms.
    `speller.words(tokens, forms=...)` spells a message's words, keeping the "," "." "?" marks and
    splitting words typed together ("mybackhurts" -> "my back hurts").
    """

    def __init__(self, vocabulary: set[str], extra_known: set[str] = frozenset()) -> None:
        self.vocabulary = frozenset(vocabulary)
        self._choices = sorted(vocabulary)
        self._english = english_words()
        self._known = frozenset(extra_known)
        self.cache: dict[str, str] = {}  # word -> its spelling; read directly on hot paths
        self._split_cache: dict[str, tuple[str, ...]] = {}
        self._typo_cache: dict[str, str] = {}  # word -> typo() of it: English words cost a CRC and a bisect

    def __call__(self, word: str) -> str:
        hit = self.cache.get(word)
        if hit is None:
            hit = self._fix(word)
            if len(self.cache) < 50_000:
                self.cache[word] = hit
        return hit

    def typo(self, word: str) -> str:
        """`word` with a typo fixed; a real word (English, or one the bot knows) unchanged."""
        if word in self.vocabulary or word in self._english or word in self._known or word.isdigit():
            return word
        return self(word)

    def _typo_cached(self, word: str) -> str:
        spelled = self.typo(word)
        if len(self._typo_cache) < 50_000:
            self._typo_cache[word] = spelled
        return spelled

    def words(self, tokens: list[str], *, forms: bool = True, keep: frozenset[str] = frozenset()) -> list[str]:
        """Each token spelled right ("," "." "?" kept); a run-together word becomes its words; a
        token in `keep` (a name) stays as typed.

        With forms=False, only typos are fixed (see typo())."""
        out: list[str] = []
        known, splits = (self.cache if forms else self._typo_cache), self._split_cache
        spell = self.__call__ if forms else self._typo_cached
        for at, token in enumerate(tokens):
            if token in keep:
                out.append(token)
                continue
            # A word voice typing split in two, its tail no word at all: "fee ver", "bow els", "norm al".
            if at and out and out[-1] == tokens[at - 1] and self._joins(tokens[at - 1], token):
                out[-1] = tokens[at - 1] + token
                continue
            spelled = known.get(token) or spell(token)
            if spelled == token and len(token) >= 6 and token not in self.vocabulary:
                parts = splits.get(token)
                if parts is None:
                    parts = self._split(token) or (token,)
                    if len(splits) < 50_000:
                        splits[token] = parts
                out.extend(parts)
            else:
                out.append(spelled)
        return out

    def _joins(self, head: str, tail: str) -> bool:
        """`tail` (up to four letters) is no word, and `head` + `tail` is one of the bot's own words."""
        return (len(tail) <= 4 and head + tail in self.vocabulary and tail.isalpha() and head.isalpha()
                and not self.is_word(tail))

    def is_word(self, word: str) -> bool:
        """`word` is English or one the bot knows: a typo fix would leave it as it is."""
        return word in self.vocabulary or word in self._english or word in self._known or word.isdigit()

    def _knows(self, word: str) -> bool:
        return word in self.vocabulary or word in self._known or (len(word) > 1 and word in self._english)

    def _split(self, word: str) -> tuple[str, ...] | None:
        """Two or three known words that make `word`, at least one of them the bot's own; None if not."""
        if not word.isalpha() or word in self._english or word in self._known:
            return None
        # Two words before three ("headstand" is "head stand", not "he ad stand", whose "he" would read as
        # someone else's sign), and of those the one with most of the bot's own words, then the first
        # ("bumsaddle" is "bum saddle", not "bums addle").
        twos, threes = [], []
        for i in range(2, len(word) - 1):
            left, right = word[:i], word[i:]
            if not self._knows(left):
                continue
            if self._knows(right) and (left in self.vocabulary or right in self.vocabulary):
                twos.append((left, right))
            for j in range(2, len(right) - 1):
                mid, last = right[:j], right[j:]
                if self._knows(mid) and self._knows(last) and (
                        left in self.vocabulary or mid in self.vocabulary or last in self.vocabulary):
                    threes.append((left, mid, last))
        found = twos or threes
        return max(found, key=lambda parts: sum(p in self.vocabulary for p in parts)) if found else None

    def _fix(self, word: str) -> str:
        if word in self.vocabulary or word.isdigit() or word in self._known:
            return word
        if _TRIPLED.search(word):  # "baaack", "sooo sore": a letter held down
            for squeezed in (_TRIPLED.sub(r"\1", word), _TRIPLED.sub(r"\1\1", word)):
                if squeezed in self.vocabulary or squeezed in self._english or squeezed in self._known:
                    return self(squeezed)
            return self(_TRIPLED.sub(r"\1\1", word))
        # Word forms first: "hurting" -> "hurt", "strains" -> "strain", "jogging" -> "jog".
        if word.endswith("in") and word + "g" in self.vocabulary:  # "runnin", "gettin"
            return word + "g"
        if word.endswith("ies") and word[:-3] + "y" in self.vocabulary:
            return word[:-3] + "y"
        for suffix in SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= (2 if word[0].isdigit() else 3):
                stem = word[: -len(suffix)]
                for cand in (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else None):
                    if cand and cand in self.vocabulary:
                        return cand
        if len(word) < 3 or not word.isalpha() or word in self._english:
            return word
        # A guarded typo fix: close in edit distance, and the same first letter for short words.
        # Two edits only for words of seven letters or more: a shorter word two edits from a sign's
        # word is more often another word ("chiros" is no "chills", "lekker" no "leaked").
        limit = 1 if len(word) <= 6 else 2
        best = None
        for cand, dist, _ in process.extract(word, self._choices, scorer=OSA.distance, score_cutoff=limit, limit=8):
            if len(word) <= 5 and cand[0] != word[0]:
                continue
            if len(cand) < 3 or (dist == 2 and len(cand) < 5):
                continue
            # Dropped letters are the commonest phone typo ("bak", "stil"), so at equal distance
            # prefer a word that contains the typed letters in order.
            # A letter typed twice is as common: "fatt" is "fat" before "fast".
            # Two edits away, a word's ending survives a typo better than its vowels: "weeknes" is "weakness", not
            # "weekend".
            key = (dist, not (_subsequence(word, cand) or _undoubled(word, cand)), cand[0] != word[0],
                   -_shared_ending(word, cand) if dist == 2 else 0, abs(len(cand) - len(word)), cand)
            if best is None or key < best[0]:
                best = (key, cand)
        return best[1] if best else word


def _shared_ending(word: str, cand: str) -> int:
    """How many of the last three letters `word` and `cand` share, from the end."""
    n = 0
    while n < 3 and n < min(len(word), len(cand)) and word[-1 - n] == cand[-1 - n]:
        n += 1
    return n


def _undoubled(word: str, cand: str) -> bool:
    """`cand` is `word` with one letter of a doubled pair left out ("fatt" -> "fat")."""
    return len(cand) == len(word) - 1 and any(
        word[i] == word[i + 1] and word[:i] + word[i + 1:] == cand for i in range(len(word) - 1))


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)
