"""From a user's message to one decision: urgent, small talk, answer, did-you-mean or none.

Matching works on concepts, not raw strings: words are spelled right (bot.text), mapped through
the FAQ's synonyms ("peach", "bum", "glutes" -> butt), and compared with each entry's question
and alternates, each concept weighted by how few entries use it. An entry can require concepts
(a back-pain entry needs "back") and the FAQ lists topics it does not cover (knee, shins...), which
push a question towards "none". Long messages are also scored clause by clause, so the one
covered question in "my knee hurts, also will running give me abs?" still gets its answer.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from bot import text as textmod
from bot import triage
from bot.faq import FAQ

KINDS = ("answer", "suggest", "none", "urgent", "smalltalk")

# Thresholds on the 0-100 score, tuned on tests/data/questions-dev.yaml only.
ANSWER_AT = 62.0
SUGGEST_AT = 40.0
MARGIN = 10.0          # the best must lead the runner-up by this much to be answered outright
SUGGEST_SPREAD = 22.0  # suggestions come from within this distance of the best
NOT_COVERED_FACTOR = 0.55
MAX_SUGGESTIONS = 3

STOPWORDS = frozenset("""
a an the and or of to in on at for from with by about as into over under up down off out than then so
i me my mine myself we us our you your yours he him his she her hers they them their it its this that
these those there here is am are was were be been being do does did doing have has had having will would
shall should may might must could get gets got getting just really very much many lot lots some any
all also too quite bit little kind sort like well still even only ever always often sometimes usually
what which who whom whose when where how if because since while after before during until again
please hi hello hey thanks thank ok okay yes yeah yep no nope not dont im anyone anybody someone
guys guy people person question questions ask asking wondering wonder know tell help want need
think feel feels felt thing things stuff something anything way ways day days week weeks time times
one two three go going gone went make makes made making give gives gave take takes took say said
lol pls thx omg btw idk tbh imo haha hmm um uh umm er ah oh lately recently now today yesterday
""".split())

SMALLTALK_PATTERNS = (
    ("greeting", r"(?:hi+|hello+|hey+|hiya|heya|yo|howdy|sup|wass?up|good (?:morning|afternoon|evening|day)|"
                 r"greetings|hallo|hola|morning|evening|what is up|how are you|how is it going|how are things)"
                 r"(?: there| bot| all| everyone| guys| mate)?"),
    ("thanks", r"(?:thanks?|thank you|thanks a lot|thank you so much|many thanks|cheers|much appreciated|"
               r"appreciate it|ta|thx|thanx|merci|great thanks|ok thanks|okay thanks|thanks bot)(?: (?:so )?much)?(?: mate| buddy| man)?"),
    ("bye", r"(?:bye+|goodbye|good bye|bye bye|see you|see ya|cya|later|good night|goodnight|take care)"),
    ("ack", r"(?:ok+|okay|okey|k|kk|cool|great|nice|good|got it|alright|all right|sure|fine|perfect|"
            r"understood|i see|makes sense|awesome|sounds good|yes|no|yep|nope|yeah|noted|ok cool|ok got it|mate|that helped|that helps|helpful|very helpful|that is helpful|brilliant|legend)"),
    ("identity", r"(?:who are you|what are you|are you (?:a |an )?(?:bot|human|real|robot|ai|person|machine)(?: \w+){0,4}|"
                 r"what is this|who made you|what is your name|who is this|is this a (?:bot|human|real person))"),
    ("help", r"(?:help|help me|what can you do|what do you do|how does this work|how do i use (?:this|you)|"
             r"what can i ask|what do you know|menu|topics|options|commands|start|what can you answer)"),
    ("laugh", r"(?:lol+|haha+|hehe+|lmao|rofl|xd)"),
)
_ANY_CHATTER = "|".join(f"(?:{pat})" for _, pat in SMALLTALK_PATTERNS)
_ALL_CHATTER_RE = re.compile(rf"^(?:{_ANY_CHATTER})(?: (?:{_ANY_CHATTER}))*$")
_SMALLTALK_RES = tuple((kind, re.compile(rf"^(?:{pat})(?: |$)")) for kind, pat in SMALLTALK_PATTERNS)
_EMOJI_SMALLTALK = {"👍": "ack", "👌": "ack", "🙏": "thanks", "❤️": "thanks", "❤": "thanks", "👋": "greeting",
                    "😂": "laugh", "🤣": "laugh", "😄": "laugh", "😀": "laugh", "😊": "ack", "🙂": "ack"}


_QUESTION_RE = re.compile(r"\?|^(?:why|how|is|are|can|could|should|will|would|does|do|what|when|any|am|did)\b")


def _clear(ranked: list[tuple[str, float]]) -> bool:
    """The best is good enough and far enough ahead of the runner-up to answer outright."""
    if not ranked or ranked[0][1] < ANSWER_AT:
        return False
    return len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= MARGIN


@dataclass(frozen=True)
class _Ranking:
    best: list[tuple[str, float]]   # best score of each entry over the whole message and its clauses
    asked: list[tuple[str, float]]  # over the sentences that ask something
    whole: list[tuple[str, float]]  # over the whole message at once
    several: bool                   # the message has more than one clause


@dataclass(frozen=True)
class Decision:
    kind: str
    entry_id: str | None = None
    score: float | None = None
    suggestions: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    smalltalk: str | None = None


@dataclass
class _Entry:
    id: str
    requires: tuple[frozenset[str], ...]
    excludes: frozenset[str]
    phrasings: list[frozenset[str]] = field(default_factory=list)
    vocab: set[str] = field(default_factory=set)


class Matcher:
    """Answers messages from one FAQ; build a new one when the FAQ changes."""

    def __init__(self, faq: FAQ) -> None:
        self.faq = faq
        self._phrases: dict[tuple[str, ...], str] = {}
        self._max_phrase = 1
        self._red_flag_phrases: tuple[str, ...] = ()
        vocabulary: set[str] = set(triage.VOCABULARY)
        raw_phrases: list[tuple[str, str]] = []
        for concept, phrases in faq.synonyms.items():
            raw_phrases.extend((p, f"#{concept}") for p in [concept.replace("-", " ").replace("_", " "), *phrases])
        raw_phrases.extend((p, f"!{p}") for p in faq.not_covered)
        for phrase, _ in raw_phrases:
            vocabulary.update(textmod.words(textmod.normalize(phrase)))
        for entry in faq.entries:
            for phrasing in entry.phrasings:
                vocabulary.update(textmod.words(textmod.normalize(phrasing)))
        # Stopwords stay out of the vocabulary (a typo is not corrected into one) unless a synonym
        # phrase needs them ("stop getting" must survive "gettin").
        phrase_words = {w for phrase, _ in raw_phrases for w in textmod.words(textmod.normalize(phrase))}
        vocabulary -= STOPWORDS - phrase_words
        self.speller = textmod.Speller(vocabulary, extra_known=set(STOPWORDS))
        for phrase, concept in raw_phrases:
            key = tuple(self.speller(w) for w in textmod.words(textmod.normalize(phrase)))
            if key:
                self._phrases.setdefault(key, concept)
                self._max_phrase = max(self._max_phrase, len(key))
        self._red_flag_phrases = tuple(" ".join(self._clean_words(p)) for p in faq.red_flag_phrases)

        self._entries: list[_Entry] = []
        for entry in faq.entries:
            item = _Entry(
                id=entry.id,
                requires=tuple(frozenset(self._concept_key(c) for c in group) for group in entry.requires),
                excludes=frozenset(self._concept_key(c) for c in entry.excludes),
            )
            for phrasing in entry.phrasings:
                feats = self.features(phrasing)
                if feats:
                    item.phrasings.append(feats)
                    item.vocab |= feats
            for group in item.requires:
                item.vocab |= group
            self._entries.append(item)
        n = max(1, len(self._entries))
        df: dict[str, int] = {}
        for item in self._entries:
            for f in item.vocab:
                df[f] = df.get(f, 0) + 1
        self._weight = {f: math.log(1.0 + n / d) for f, d in df.items()}
        # Which entries and phrasings each feature appears in, so scoring touches only candidates.
        self._postings: dict[str, list[int]] = {}
        for idx, item in enumerate(self._entries):
            for f in item.vocab:
                self._postings.setdefault(f, []).append(idx)
        self._phrasing_weight = [[self._w(p) for p in item.phrasings] for item in self._entries]

    # -- text to features -----------------------------------------------------------------

    def _concept_key(self, name: str) -> str:
        name = name.lower()
        if name in self.faq.synonyms:
            return f"#{name}"
        return self.speller(name)

    def _clean_words(self, text: str) -> list[str]:
        return [self.speller(w) for w in textmod.words(textmod.normalize(text))]

    def _concepts(self, tokens: list[str]) -> list[str]:
        """Replace synonym phrases (longest first) by their concept; drop stopwords."""
        out: list[str] = []
        i = 0
        while i < len(tokens):
            for size in range(min(self._max_phrase, len(tokens) - i), 0, -1):
                concept = self._phrases.get(tuple(tokens[i: i + size]))
                if concept:
                    out.append(concept)
                    i += size
                    break
            else:
                if tokens[i] not in STOPWORDS:
                    out.append(tokens[i])
                i += 1
        return out

    def features(self, text: str) -> frozenset[str]:
        return frozenset(self._concepts(self._clean_words(text)))

    def _w(self, feats: frozenset[str] | set[str]) -> float:
        return sum(self._weight.get(f, 0.0) for f in feats)

    # -- scoring --------------------------------------------------------------------------

    def _scores(self, feats: frozenset[str], context: frozenset[str] = frozenset()) -> dict[int, float]:
        """0-100 score for each eligible entry that shares a feature with `feats`.

        `context` holds the whole message's features: an entry the message rules out ("I have
        sway back" rules out the general back-pain entry) stays out for each of its sentences.
        """
        known = [f for f in feats if f in self._weight]
        if not known:
            return {}
        known_w = self._w(known)
        candidates: set[int] = set()
        for f in known:
            candidates.update(self._postings.get(f, ()))
        not_covered = {f for f in feats if f.startswith("!")}
        scores: dict[int, float] = {}
        for idx in candidates:
            item = self._entries[idx]
            if item.excludes & (feats | context):
                continue
            if any(not (group & feats) for group in item.requires):
                continue
            recall = 0.0
            for pf, pw in zip(item.phrasings, self._phrasing_weight[idx]):
                if pw:
                    recall = max(recall, self._w(pf & feats) / pw)
            explained = self._w(item.vocab & feats) / known_w if known_w else 0.0
            score = 100.0 * (0.55 * recall + 0.45 * explained)
            if not_covered - item.vocab:
                score *= NOT_COVERED_FACTOR
            scores[idx] = score
        return scores

    def rank(self, message: str, limit: int = 10) -> list[tuple[str, float]]:
        """Entries for `message`, best first, with their scores (the best over the message's clauses)."""
        return self._rank(message, limit).best

    def _rank(self, message: str, limit: int) -> "_Ranking":
        """Rankings over the message: best of whole and clauses, the whole alone, the questions alone."""
        best: dict[int, float] = {}
        asked: dict[int, float] = {}
        whole: dict[int, float] = {}
        norm = textmod.normalize(message)[:2000]
        parts = textmod.clauses(norm)
        context = self.features(norm)
        for part in ([norm] + parts if len(parts) > 1 else [norm]):
            is_question = len(parts) > 1 and part is not norm and _QUESTION_RE.search(part)
            scores = self._scores(context if part is norm else self.features(part), context)
            if part is norm:
                whole = scores
            for idx, score in scores.items():
                if score > best.get(idx, -1.0):
                    best[idx] = score
                if is_question and score > asked.get(idx, -1.0):
                    asked[idx] = score
        return _Ranking(self._top(best, limit), self._top(asked, limit), self._top(whole, 1), len(parts) > 1)

    def _top(self, scores: dict[int, float], limit: int) -> list[tuple[str, float]]:
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [(self._entries[i].id, round(s, 1)) for i, s in ranked]

    def closest(self, message: str) -> tuple[str, float] | None:
        ranked = self.rank(message, 1)
        return ranked[0] if ranked else None

    # -- the decision ---------------------------------------------------------------------

    def decide(self, message: str) -> Decision:
        """Triage, then small talk, then FAQ matching: one decision for one message."""
        clean = " ".join(self._clean_words(message[:4000]))
        flags = triage.red_flags(clean, self._red_flag_phrases)
        ranking = self._rank(message, MAX_SUGGESTIONS + 1)
        if flags:
            best = self._pick(ranking)
            entry_id = best.entry_id if best.kind == "answer" else None
            return Decision("urgent", entry_id=entry_id, score=best.score, flags=flags)
        chatter = self.smalltalk(message)
        if chatter:
            return Decision("smalltalk", smalltalk=chatter)
        return self._pick(ranking)

    def _pick(self, ranking: "_Ranking") -> Decision:
        ranked, asked = ranking.best, ranking.asked
        if not ranked or ranked[0][1] < SUGGEST_AT:
            return Decision("none", score=ranked[0][1] if ranked else None)
        top_id, top = ranked[0]
        # In a message of several sentences, a side remark can match an entry well on its own;
        # answer outright only when the whole message or the question sentence agrees.
        agrees = not ranking.several or (ranking.whole and ranking.whole[0][0] == top_id) or (
            asked and asked[0][0] == top_id)
        if _clear(ranked) and agrees:
            return Decision("answer", entry_id=top_id, score=top)
        # A long message mentions many things; the sentence that asks the question settles a tie
        # between the entries the whole message made plausible.
        contenders = {i for i, _ in ranked[:MAX_SUGGESTIONS]}
        if _clear(asked) and asked[0][0] in contenders:
            return Decision("answer", entry_id=asked[0][0], score=asked[0][1])
        suggestions = tuple(i for i, s in ranked[:MAX_SUGGESTIONS] if s >= max(SUGGEST_AT * 0.75, top - SUGGEST_SPREAD))
        return Decision("suggest", score=top, suggestions=suggestions)

    def smalltalk(self, message: str) -> str | None:
        """The kind of small talk when the whole message is chatter, else None."""
        stripped = message.strip()
        if stripped in _EMOJI_SMALLTALK:
            return _EMOJI_SMALLTALK[stripped]
        words = " ".join(textmod.words(textmod.normalize(message)))
        if not words:
            return None
        if not _ALL_CHATTER_RE.match(words):
            return None
        # "cheers mate, that helped": all chatter; the opening words say which kind.
        for kind, rx in _SMALLTALK_RES:
            if rx.match(words):
                return kind
        return "ack"
