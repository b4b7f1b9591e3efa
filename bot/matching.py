"""From a user's message to one decision: urgent, small talk, answer, did-you-mean or none.

Matching works on concepts, not raw strings: words are spelled right (bot.text), mapped through
the FAQ's synonyms ("peach", "bum", "glutes" -> butt), and compared with each entry's question
and alternates, each concept weighted by how few entries use it. An entry can require concepts
(a back-pain entry needs "back") and the FAQ lists topics it does not cover (knee, shins...), which
push a question towards "none". Long messages are also scored clause by clause, so the one
covered question in "my knee hurts, also will running give me abs?" still gets its answer.
"""
from __future__ import annotations

import heapq
import math
import re
from operator import truediv
from dataclasses import dataclass, field

from bot import text as textmod
from bot import triage
from bot.decision import Decision, Kind
from bot.faq import FAQ, no_gc

# Thresholds on the 0-100 score, tuned on the tuning sets in tests/data (never on questions-unseen.yaml).
ANSWER_AT = 62.0
SUGGEST_AT = 40.0
MARGIN = 10.0          # the best must lead the runner-up by this much to be answered outright
SUGGEST_SPREAD = 22.0  # suggestions come from within this distance of the best
NOT_COVERED_FACTOR = 0.45
MAX_SUGGESTIONS = 3
MAX_CHARS = 4000         # Telegram messages are at most 4096 characters; the rest is not read
MAX_CANDIDATES = 60      # entries scored exactly per message (all of them in a small FAQ)
CLAUSE_CANDIDATES = 3    # entries re-scored sentence by sentence: the best few of the whole message
RARE_MIN, RARE_SHARE = 40, 0.02  # a feature in at most max(40, 2% of entries) finds candidates

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
    ("bye", r"(?:bye+|goodbye|good bye|bye bye|see you|see ya|cya|later|good night|goodnight|take care|"
            r"have a (?:good|nice|great) (?:one|day|evening|night|weekend))"),
    ("ack", r"(?:ok+|okay|okey|k|kk|cool|great|nice|good|got it|alright|all right|sure|fine|perfect|"
            r"understood|i see|makes sense|awesome|sounds good|yes|no|yep|nope|yeah|noted|ok cool|ok got it|mate|that helped|that helps|helpful|very helpful|that is helpful|brilliant|legend|x+|so much|a lot)"),
    ("identity", r"(?:who are you|what are you|are you (?:a |an )?(?:bot|human|real|robot|ai|person|machine)(?: \w+){0,4}|"
                 r"what is this|who made you|what is your name|who is this|is this a (?:bot|human|real person)|"
                 r"are you (?:chat ?gpt|gpt|an ai|ai|a real person|real|alive))"),
    ("help", r"(?:help|help me|what can you do|what do you do|how does this work|how do i use (?:this|you)|"
             r"what can i ask|what do you know|menu|topics|options|commands|start|what can you answer)"),
    ("laugh", r"(?:lol+|haha+|hehe+|lmao|rofl|xd)"),
    ("complaint", r"(?:you are (?:useless|rubbish|stupid|dumb|no help|not helpful|bad)|useless(?: bot)?|"
                  r"(?:stupid|dumb|bad|rubbish) bot|you suck|this is (?:useless|rubbish)|not helpful|no help)"),
)
_ANY_CHATTER = "|".join(f"(?:{pat})" for _, pat in SMALLTALK_PATTERNS)
_ALL_CHATTER_RE = re.compile(rf"^(?:{_ANY_CHATTER})(?: (?:{_ANY_CHATTER}))*$")
_SMALLTALK_RES = tuple((kind, re.compile(rf"^(?:{pat})(?: |$)")) for kind, pat in SMALLTALK_PATTERNS)
_EMOJI_SMALLTALK = {"👍": "ack", "👌": "ack", "🙏": "thanks", "❤️": "thanks", "❤": "thanks", "👋": "greeting",
                    "😂": "laugh", "🤣": "laugh", "😄": "laugh", "😀": "laugh", "😊": "ack", "🙂": "ack"}


_QUESTION_RE = re.compile(r"\?|^(?:why|how|is|are|can|could|should|will|would|does|do|what|when|any|am|did)\b")


# Concepts that "no" or "not" just before them take away: "no pain down my leg" is no sign of a disc.
NEGATABLE = frozenset({"#radiating", "#disc", "#curve"})
_NEGATORS = frozenset({"no", "not", "without", "never", "nor", "zero", "none", "nothing"})


def _negated(tokens: list[str], i: int) -> bool:
    return any(t in _NEGATORS for t in tokens[max(0, i - 4): i])


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


@dataclass
class _Entry:
    id: str
    requires: tuple[frozenset[str], ...]
    excludes: frozenset[str]
    phrasings: list[frozenset[str]] = field(default_factory=list)
    vocab: set[str] = field(default_factory=set)
    where: dict[str, list[int]] = field(default_factory=dict)  # feature -> the phrasings that hold it


class Matcher:
    """Answers messages from one FAQ; build a new one when the FAQ changes."""

    def __init__(self, faq: FAQ) -> None:
        with no_gc():
            self._build(faq)

    def _build(self, faq: FAQ) -> None:
        self.faq = faq
        # Synonym phrases by their first word: most words start no phrase and cost one lookup.
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        vocabulary: set[str] = set(triage.VOCABULARY)
        raw_phrases: list[tuple[list[str], str]] = []
        for concept, phrases in faq.synonyms.items():
            for p in [concept.replace("-", " ").replace("_", " "), *phrases]:
                raw_phrases.append((textmod.words(textmod.normalize(p)), f"#{concept}"))
        raw_phrases.extend((textmod.words(textmod.normalize(p)), f"!{p}") for p in faq.not_covered)
        phrasing_words = [[textmod.words(textmod.normalize(p)) for p in entry.phrasings] for entry in faq.entries]
        for words, _ in raw_phrases:
            vocabulary.update(words)
        for per_entry in phrasing_words:
            for words in per_entry:
                vocabulary.update(words)
        # Stopwords stay out of the vocabulary (a typo is not corrected into one) unless a synonym
        # phrase needs them ("stop getting" must survive "gettin").
        phrase_words = {w for words, _ in raw_phrases for w in words}
        vocabulary -= STOPWORDS - phrase_words - triage.VOCABULARY
        self.speller = textmod.Speller(vocabulary, extra_known=set(STOPWORDS))
        seen: set[tuple[str, ...]] = set()
        for words, concept in raw_phrases:
            key = tuple(self.speller(w) for w in words)
            if key and key not in seen:
                seen.add(key)
                by_first.setdefault(key[0], []).append((key, concept))
        for options in by_first.values():
            options.sort(key=lambda kv: -len(kv[0]))  # longest phrase first
        # The same table split for speed: phrases of two or more words by first word, and
        # single words straight to their concept.
        self._longer = {w: [kv for kv in opts if len(kv[0]) > 1] for w, opts in by_first.items()
                        if any(len(kv[0]) > 1 for kv in opts)}
        self._single = {w: kv[1] for w, opts in by_first.items() for kv in opts if len(kv[0]) == 1}
        # word -> what it becomes ("" for a stopword), for every word that starts no longer phrase
        self._fast = {w: "" for w in STOPWORDS}
        self._fast.update(self._single)
        self._fast.update((w, w) for w in vocabulary if w not in self._fast)
        for w in self._longer:
            self._fast.pop(w, None)
        self._red_flag_phrases = tuple(p for p in (" ".join(self._clean_words(p)) for p in faq.red_flag_phrases) if p)

        self._entries: list[_Entry] = []
        for entry, per_entry in zip(faq.entries, phrasing_words):
            item = _Entry(
                id=entry.id,
                requires=tuple(frozenset(self._concept_key(c) for c in group) for group in entry.requires),
                excludes=frozenset(self._concept_key(c) for c in entry.excludes),
            )
            for words in per_entry:
                feats = frozenset(self._concepts([self.speller(w) for w in words]))
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
        # Which entries each feature appears in, so scoring touches only candidates. Features in
        # more than RARE_SHARE of a big FAQ find candidates only when nothing rarer does.
        self._postings: dict[str, list[int]] = {}
        for idx, item in enumerate(self._entries):
            for f in item.vocab:
                self._postings.setdefault(f, []).append(idx)
        rare_limit = max(RARE_MIN, int(n * RARE_SHARE))
        self._rare = frozenset(f for f, d in df.items() if d <= rare_limit)
        self._phrasing_weight = [[self._w(p) or 1.0 for p in item.phrasings] for item in self._entries]
        for item in self._entries:
            for j, feats in enumerate(item.phrasings):
                for f in feats:
                    item.where.setdefault(f, []).append(j)

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
        i, end = 0, len(tokens)
        longer, single, fast = self._longer, self._single, self._fast
        while i < end:
            token = tokens[i]
            concept = fast.get(token)
            if concept is not None:  # the common case: one lookup settles the word
                if concept and not (concept in NEGATABLE and _negated(tokens, i)):
                    out.append(concept)
                i += 1
                continue
            options = longer.get(token)
            if options:
                for key, concept in options:
                    size = len(key)
                    if i + size <= end and tuple(tokens[i: i + size]) == key:
                        if not (concept in NEGATABLE and _negated(tokens, i)):
                            out.append(concept)
                        i += size
                        break
                else:
                    options = None
                if options:
                    continue
            concept = single.get(token)
            if concept is not None:
                if concept and not (concept in NEGATABLE and _negated(tokens, i)):
                    out.append(concept)
            elif token not in STOPWORDS:
                out.append(token)
            i += 1
        return out

    def features(self, text: str) -> frozenset[str]:
        return frozenset(self._concepts(self._clean_words(text)))

    def _w(self, feats) -> float:
        weight = self._weight
        return sum(weight.get(f, 0.0) for f in feats)

    # -- scoring --------------------------------------------------------------------------

    def _candidates(self, feats: frozenset[str]) -> list[int]:
        """Entries worth scoring exactly: those sharing the message's rarest features, best first."""
        known = [f for f in feats if f in self._weight]
        rare = [f for f in known if f in self._rare] or known
        acc: dict[int, float] = {}
        weight, postings = self._weight, self._postings
        for f in rare:
            w = weight[f]
            for idx in postings[f]:
                acc[idx] = acc.get(idx, 0.0) + w
        if len(acc) <= MAX_CANDIDATES:
            return list(acc)
        return heapq.nlargest(MAX_CANDIDATES, acc, key=acc.__getitem__)

    def _scores(self, feats: frozenset[str], context: frozenset[str], candidates) -> dict[int, float]:
        """0-100 score for each eligible candidate entry.

        `context` holds the whole message's features: an entry the message rules out ("I have
        sway back" rules out the general back-pain entry) stays out for each of its sentences.
        """
        weight, postings = self._weight, self._postings
        known = frozenset(f for f in feats if f in weight)
        if not known:
            return {}
        getw = weight.__getitem__
        known_w = sum(map(getw, known))
        touched: set[int] = set()
        for f in known:
            touched.update(postings[f])
        not_covered = {f for f in feats if f[0] == "!"}
        scores: dict[int, float] = {}
        for idx in candidates:
            if idx not in touched:
                continue
            item = self._entries[idx]
            if item.excludes and not item.excludes.isdisjoint(context):
                continue
            for group in item.requires:
                if group.isdisjoint(known):
                    break
            else:
                group = None
            if group is not None:
                continue
            shared = item.vocab & known
            # Add each shared feature's weight to the phrasings that hold it; the best share wins.
            covered = [0.0] * len(item.phrasings)
            where = item.where
            for f in shared:
                w = getw(f)
                for j in where.get(f, ()):
                    covered[j] += w
            recall = max(map(truediv, covered, self._phrasing_weight[idx]), default=0.0)
            score = 100.0 * (0.55 * recall + 0.45 * sum(map(getw, shared)) / known_w)
            if not_covered and not not_covered <= item.vocab:
                score *= NOT_COVERED_FACTOR
            scores[idx] = score
        return scores

    def rank(self, message: str, limit: int = 10) -> list[tuple[str, float]]:
        """Entries for `message`, best first, with their scores (the best over the message's clauses)."""
        parts, _, spelled = self._read(message)
        return self._rank(parts, spelled, limit).best

    def _read(self, message: str) -> tuple[list[str], list[list[str]], list[list[str]]]:
        """The message's clauses, their words, and their words spelled right: read once, used thrice."""
        parts = textmod.clauses(textmod.normalize(message[:MAX_CHARS]))
        raw = [textmod.words(p) for p in parts]
        speller, known = self.speller, self.speller.cache
        return parts, raw, [[known.get(w) or speller(w) for w in ws] for ws in raw]

    def triage(self, message: str, *, first_only: bool = False) -> triage.Triage:
        """The warning signs in `message` (spelled right first, so typos reach them)."""
        speller, known = self.speller, self.speller.cache
        marked = [t if t in ",.?" else (known.get(t) or speller(t))
                  for t in textmod.marked_words(textmod.normalize(message[:MAX_CHARS]))]
        return triage.assess(marked, self._red_flag_phrases, first_only=first_only)

    def _rank(self, parts: list[str], spelled: list[list[str]], limit: int) -> _Ranking:
        """Rankings over the message: best of whole and clauses, the whole alone, the questions alone."""
        part_feats = [frozenset(self._concepts(ws)) for ws in spelled]
        context = frozenset().union(*part_feats)
        candidates = self._candidates(context)
        whole = self._scores(context, context, candidates)
        best = dict(whole)
        asked: dict[int, float] = {}
        if len(parts) > 1:
            # A clause's features are a subset of the whole message's, so an entry the whole
            # message cannot satisfy (requires, excludes) cannot be satisfied by one clause either.
            eligible = heapq.nlargest(CLAUSE_CANDIDATES, whole, key=whole.__getitem__)
            seen: set[tuple[frozenset[str], bool]] = set()
            for part, feats in zip(parts, part_feats):
                is_question = bool(_QUESTION_RE.search(part))
                if (feats, is_question) in seen or not eligible:
                    continue
                seen.add((feats, is_question))
                for idx, score in self._scores(feats, context, eligible).items():
                    if score > best.get(idx, -1.0):
                        best[idx] = score
                    if is_question and score > asked.get(idx, -1.0):
                        asked[idx] = score
        return _Ranking(self._top(best, limit), self._top(asked, limit), self._top(whole, 1), len(parts) > 1)

    def _top(self, scores: dict[int, float], limit: int) -> list[tuple[str, float]]:
        if not scores:
            return []
        ranked = sorted([(-s, i) for i, s in scores.items()])[:limit]
        entries = self._entries
        return [(entries[i].id, round(-s, 1)) for s, i in ranked]

    def closest(self, message: str) -> tuple[str, float] | None:
        ranked = self.rank(message, 1)
        return ranked[0] if ranked else None

    # -- the decision ---------------------------------------------------------------------

    def decide(self, message: str) -> Decision:
        """Triage, then small talk, then FAQ matching: one decision for one message."""
        parts, raw, spelled = self._read(message)
        flags = self.triage(message, first_only=True).flags
        if not flags:
            chatter = self._smalltalk(message, [w for ws in raw for w in ws])
            if chatter:
                return Decision(Kind.SMALLTALK, smalltalk=chatter)
        ranking = self._rank(parts, spelled, MAX_SUGGESTIONS + 1)
        if flags:
            best = self._pick(ranking)
            entry_id = best.entry_id if best.kind is Kind.ANSWER else None
            return Decision(Kind.URGENT, entry_id=entry_id, score=best.score, flags=flags)
        return self._pick(ranking)

    def _pick(self, ranking: _Ranking) -> Decision:
        ranked, asked = ranking.best, ranking.asked
        if not ranked or ranked[0][1] < SUGGEST_AT:
            return Decision(Kind.NONE, score=ranked[0][1] if ranked else None)
        top_id, top = ranked[0]
        # In a message of several sentences, a side remark can match an entry well on its own;
        # answer outright only when the whole message or the question sentence agrees.
        agrees = not ranking.several or (ranking.whole and ranking.whole[0][0] == top_id) or (
            asked and asked[0][0] == top_id)
        if _clear(ranked) and agrees:
            return Decision(Kind.ANSWER, entry_id=top_id, score=top)
        # A long message mentions many things; the sentence that asks the question settles a tie
        # between the entries the whole message made plausible.
        contenders = {i for i, _ in ranked[:MAX_SUGGESTIONS]}
        if _clear(asked) and asked[0][0] in contenders:
            return Decision(Kind.ANSWER, entry_id=asked[0][0], score=asked[0][1])
        suggestions = tuple(i for i, s in ranked[:MAX_SUGGESTIONS] if s >= max(SUGGEST_AT * 0.75, top - SUGGEST_SPREAD))
        if len(suggestions) < 2:
            # One button is a yes/no question: offer the runner-up, or else the entries the FAQ's
            # editors listed as related to the best one, so "did you mean" is a real choice.
            entry = self.faq.get(top_id)
            extra = [i for i, _ in ranked[1:2]] + list(entry.related if entry else ())
            suggestions = tuple(dict.fromkeys([top_id, *extra]))[:2]
        return Decision(Kind.SUGGEST, score=top, suggestions=suggestions)

    @staticmethod
    def _smalltalk(message: str, tokens: list[str]) -> str | None:
        stripped = message.strip()
        if stripped in _EMOJI_SMALLTALK:
            return _EMOJI_SMALLTALK[stripped]
        if not tokens or len(tokens) > 12:
            return None
        words = " ".join(tokens)
        if not _ALL_CHATTER_RE.match(words):
            return None
        # "cheers mate, that helped": all chatter; the opening words say which kind.
        for kind, rx in _SMALLTALK_RES:
            if rx.match(words):
                return kind
        return "ack"
