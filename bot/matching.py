"""From a user's message to one decision: urgent, small talk, answer, did-you-mean or none.

Each entry is scored on each clause that asks, with the rest of the message as context:
- recall: how much of one of the entry's phrasings the clause and the message's topics cover,
  each concept weighted by how few entries use it (IDF);
- precision: how much of the asking clause the entry explains. Words no entry knows and the
  entry's answer does not mention ("zorblax", "collagen", "inversion table") count against it,
  unless they are everyday words or running talk: an entry that leaves the question's own
  content unexplained is not answered with confidence.
The story around a question gives topics (a strained back, a race on Sunday), never the kind of
answer wanted: that comes from the clause that asks (faq.yaml's `asks` concepts).
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import pairwise
from operator import truediv
from typing import Any, NamedTuple

from bot import crisis, eating, markup, modifiers, reading, smalltalk, triage
from bot import text as textmod
from bot.decision import Decision, Kind
from bot.faq import FAQ, no_gc
from bot.lexicon import NEUTRAL, RUNNING_TALK, STOPWORDS, Lexicon
from bot.modifiers import Modifier
from bot.spelling import SUFFIXES, common_words

# Concepts nearly every runner's question has: never the one to widen an entry's requires with.
_COMMON_TOPICS = frozenset(("#run", "#after", "#back", "#pain", "#runners"))
# Thresholds on the 0-100 score, tuned on the tuning sets in tests/data (never on an -unseen set).
ANSWER_AT = 62.0
SUGGEST_AT = 40.0
MARGIN = 10.0          # the best must lead the runner-up by this much to be answered outright
SUGGEST_SPREAD = 22.0  # suggestions come from within this distance of the best
NOT_COVERED_FACTOR = 0.45
ASIDE_FACTOR = 0.75  # topics not covered told only as the story's aside (Matcher._routine)
# A story's topic told only as denied or over ("no sciatica at all", "the slipped disc I had at uni 15 years ago")
# rules no entry out: what it says of now is nothing (ConText, bot.modifiers).
_STALE = frozenset({Modifier.NEGATED, Modifier.HISTORICAL})
# Topics not covered that set a story's scene rather than name its subject: the weather, the place,
# the gadgets, the company and the pace a story's runs happen with ("too hot to run outside in Dubai,
# so I do the treadmill with the kids' app on...") are not what a question that borrows the story's
# topics asks about. Named in an asking clause, they still count. (Causes that compete with running,
# such as sitting at a desk or walking, are no scene: they stay.)
_SCENE = frozenset("!" + topic for topic in (
    "heat", "hot weather", "cold weather", "rain", "snow", "weather", "dark", "night running", "altitude",
    "treadmill", "ultra", "pace", "watch", "garmin", "strava", "app", "music", "headphones",
    "kids", "children", "dog", "stroller", "pram", "lazy", "motivation"))
# Running told as not the subject: "not strictly running", "nothing to do with running", "not from running".
_RUNNING_DENIED = re.compile(r"(?<![^ ])(?:not|nothing to do with|never|no|non) (?:\S+ ){0,2}?(?:running|run|runs|"
                             r"runner|jogging|jog)(?= )")
# The FAQ's topics small talk may name in passing: "off for my run now", "gm runners".
_CHATTER_TOPICS = frozenset(("#run", "#runners"))
# Words that turn a message to another topic (Matcher._topic_shift).
_SHIFT_WORDS = frozenset(("anyway", "unrelated", "different", "separate", "another", "random", "note", "topic",
                          "subject", "real", "actual"))
_SHIFT_NAMED = re.compile(r"(?<![^ ])(?:(?:totally |completely |somewhat )?(?:unrelated|different|separate|random) "
                          r"(?:question|q|note)|on (?:another|a different|a separate|an unrelated) note|"
                          r"(?:slightly |a bit )?off topic|changing the subject|(?:anyway )?unrelated but) ")
# A clause that is only the cue: "Anyway, real question.", "OK, my actual question:".
_SHIFT_MARKER = re.compile(r"(?:(?:anyway|ok|okay|so|right|now) )*(?:(?:my|the|a) )?(?:real|actual|main|proper) "
                           r"(?:question|q) |(?:anyway )+")
RECALL_BETA = 1.0      # recall counts this many times as much as precision (F-beta)
UNKNOWN_THING = 1.5     # an unexplained thing ("zorblax", "collagen") against the rarest known concept
SUBJECT = 3.0          # an unexplained thing the question is about counts this many times as much
CLAUSE_DISCOUNT = 0.9  # a score from one asking clause of several
NO_CONTENT_PRECISION = 0.4  # an asking clause with nothing to explain ("anyone else?"): no evidence either way
MAX_SUGGESTIONS = 3
READS_KEPT = 16        # readings kept by Matcher.read (functools.lru_cache: thread-safe)
_WEIGHT_CONCEPTS = frozenset({"#weight", "#fat", "#not-losing", "#shrink", "#butt"})
# Someone hurt now, beside a warning sign the FAQ's context does not hold: "now he won't walk", "can't get up".
_HURT_NOW = re.compile(r"(?<![^ ])(?:will not|wont|can not|cannot|could not|unable to|not able to) (?:\S+ )?"
                       r"(?:walk|move|stand|get up|breathe)|unconscious|not breathing|knocked out|blacked out|"
                       r"passed out|(?<!not )(?<!no )bleeding|blood everywhere|screaming|"
                       r"(?:broke|broken|hit|banged|bashed) (?:his|her|my|their) (?:\S+ )?(?:head|arm|leg|wrist|hip|"
                       r"ankle|neck)|in (?:a lot of|so much|agony|terrible) pain|bent the wrong way")
# The writer in the message as well, whatever the triage read of whose the sign is: "my friend said I have numbness",
# "and so did I", "my coach says my legs are weak" (an eighty-second review): then the reply says "You mentioned".
_WRITERS_OWN = re.compile(r"(?<![^ ])(?:so did i|so do i|so have i|me too|same here|i have the same|i also have|"
                          r"mine too|(?:i have|i get|i got|i feel|i felt|i had) (?:it|that|them|this|the same) too|"
                          r"(?:said|says|thinks|reckons|told me) (?:that )?i (?:have|had|am|was|might)(?! to )|"
                          r"my (?:own |lower |left |right |upper )?(?:back|legs?|"
                          r"groin|bum|butt|bottom|backside|chest|bladder|bowels?|feet|foot|spine|hips?|thighs?|arms?|"
                          r"breathing|temperature|weight|pee|wee|tailbone|knees?|body|"
                          r"heart(?! sank| went out| goes out| broke| was in| is in))) ")
# Cauda equina named as a fear or a question (NHS: a spinal emergency), for the fallback's list of warning signs.
_CONDITION_FEARED = re.compile(r"(?<![^ ])(?:cauda equina|cauda|ces|cauda equina syndrome) ")

# Signs of the nerves whose fear alone earns the list: "what if my legs go numb while running" (a thirty-first new
# user), not a weight loss hoped for.
_FEARED_ALONE = frozenset({"saddle", "bladder", "leg-weakness"})
# A question of when to seek care: "when should I go to A&E with back pain", "how do I know when to worry".
_WHEN_TO_WORRY = re.compile(
    r"(?<![^ ])(?:when|how do i know when|how will i know when) (?:should|do|would|must) (?:i|you|we|one) (?:\S+ )?"
    r"(?:worry|be worried|be concerned|go to (?:a and e|the er|er|hospital|urgent care|a doctor|the doctor)|"
    r"see a (?:doctor|gp|physio)|call (?:999|911|112|an ambulance))"
    r"|when (?:is|does) (?:back pain|lower back pain|it|this) (?:\S+ ){0,3}(?:serious|an emergency|dangerous|worrying)"
    r"|(?:what are|list) (?:the )?(?:warning|red flag) signs"
    # "what are the signs my back pain is serious" (a thirty-second new user)
    r"|(?:signs|symptoms|how do i know|how can i tell) (?:\S+ ){0,4}(?:is|are|might be|could be) (?:serious|an "
    r"emergency|dangerous|something serious)"
    r"|when to (?:worry|be worried|go to (?:a and e|the er|hospital)|see a (?:doctor|gp)|get help|seek help)")
# A question for the warning signs themselves, not for a named condition's ("what are the symptoms of a slipped disc"):
# "what would be the first signs that a back like mine is turning into something serious?", "what are the warning
# signs that would mean I need to stop and get to a hospital?" (lay-redflags45, forum39, letters4). No entry lists
# them; the fallback does.
_ASKS_FOR_SIGNS = re.compile(r"(?<![^ ])(?:what|which) (?:\S+ ){0,5}(?:signs|symptoms|red flags)(?! of )(?: \S+){0,18} "
                             r"(?:serious|an emergency|emergency|dangerous|worrying|worry|hospital|a and e|checked|"
                             r"check|doctor|gp|stop)(?: |$)"
                             # ...or named as warning signs, or asked how to tell (the hundred-and-sixteenth
                             # review: "what are the red flags for back pain?", "how do I know if my back pain is an
                             # emergency?")
                             r"|(?<![^ ])(?:what|which|wat) (?:are |r |would be |might be )?(?:the )?(?:\S+ )?"
                             r"(?:warning|red flag|danger|red) (?:signs|sings|symptoms|flags)(?: |$)"
                             r"|(?<![^ ])(?:how do i know|how can i tell|how will i know|how would i know) "
                             r"(?:\S+ ){0,6}"
                             r"(?:is|are|might be|could be) (?:serious|an emergency|dangerous|something serious|"
                             r"worrying)(?: |$)")
# ...asked of the back: not "when should I see a doctor about my hamstring" (the hundred-and-thirteenth review).
_OF_THE_BACK = re.compile(r"(?<![^ ])(?:back|backs|spine|spinal|lumbar|sciatica|sciatic|disc|discs|cauda) ")
_NOT_FEARED = frozenset({Modifier.NEGATED, Modifier.HISTORICAL, Modifier.INTENDED, Modifier.ANIMAL})


def _asks_when_to_seek_care(seen: reading.Reading) -> bool:
    """A question of when to seek care, asked of the back (_WHEN_TO_WORRY, _OF_THE_BACK)."""
    text = " ".join(seen.tokens) + " "
    return _WHEN_TO_WORRY.search(text) is not None and _OF_THE_BACK.search(text) is not None


def _asks_for_signs(seen: reading.Reading) -> bool:
    """An asking clause asks what the warning signs are (_ASKS_FOR_SIGNS), of the back (_OF_THE_BACK)."""
    return (any(_ASKS_FOR_SIGNS.search(" ".join(c.words)) for c in seen.asking)
            and _OF_THE_BACK.search(" ".join(seen.tokens) + " ") is not None)


def _feared(finding: triage.Finding) -> bool:
    """A whole sign (no look-alike, nothing lacking but, for a sign of the nerves, the context a telling needs) only
    feared or asked about: not denied, over, wanted, an animal's."""
    return (Modifier.HYPOTHETICAL in finding.modifiers and not finding.ordinary
            and (not finding.lacks or finding.sign.flag in _FEARED_ALONE)
            and not finding.modifiers & _NOT_FEARED)


# Other sports and workouts, as topics not covered: a writer's routine beside running ("I do reformer pilates twice a
# week and I run"), which a back pain told of the run does not ask about.
_ACTIVITIES = frozenset("!" + topic for topic in (
    "pilates", "yoga", "swimming", "swim", "swimmer", "swimmers", "cycling", "bike", "biking", "bike ride",
    "bike rides", "road bike", "road riding", "mtb", "mountain bike", "mountain biking", "long ride", "long rides",
    "spin class",
    "walking", "walk", "hiking", "hike", "trek", "trekking", "climbing", "bouldering", "rowing", "lifting", "weights",
    "squat", "squats", "deadlift", "deadlifts", "bench press", "crossfit", "hiit", "elliptical", "stairmaster",
    "boxing", "skiing", "tennis", "football", "soccer", "basketball", "golf", "core class", "core classes",
    # ...and the rest of a day: a desk job, the dog, the weather, the kit
    "desk", "sitting", "office", "chair", "couch", "sofa", "dog", "dogs", "puppy", "stroller", "pram", "kids",
    "children", "snow", "rain", "weather", "cold weather", "hot weather", "heat", "dark", "app", "apps", "watch",
    "garmin", "strava", "music", "headphones", "plan", "training plan", "schedule", "coffee", "breakfast", "sleep",
    "trail shoes", "spikes", "minimal shoes", "minimalist", "barefoot", "treadmill", "massage", "foam roller",
    "foam rolling", "headlamp"))
# A state of the whole body, never a story's aside: "Second pregnancy, 32 weeks. ... an ache low by the sacrum".
_CONDITIONS = frozenset("!" + topic for topic in (
    "pregnant", "pregnancy", "trimester", "c section", "caesarean", "diabetes", "asthma", "arthritis", "covid",
    "blood pressure", "smoking", "mounjaro", "ozempic", "wegovy"))
# Other parts of the body and their troubles: told in a story, still perhaps what is asked ("my knee aches ... should I
# still run?"), so never only an aside when a back pain and running are tied only across clauses (Matcher._routine).
_BODY_TOPICS = frozenset("!" + topic for topic in (
    "knee", "knees", "kneecap", "back of my knee", "back of the knee", "back of my knees", "back of my leg",
    "back of my legs", "back of my thigh", "back of my heel", "back of the heel", "back of my calf", "shin", "shins",
    "shin splints", "achilles", "heel", "heels", "plantar", "plantar fasciitis", "arch of my foot", "foot", "feet",
    "ankle", "ankles", "hip", "hips", "hip flexor", "hip flexors", "hamstring", "hamstrings", "quad", "quads", "calf",
    "calves", "groin strain", "neck", "neck disc", "shoulder", "shoulders", "upper back", "mid back", "middle back",
    "between my shoulder blades", "shoulder blades", "it band", "itb", "iliotibial", "toe", "toes", "toenail",
    "toenails", "blister", "blisters", "chafing", "chafe", "chafed", "nipples", "side stitch", "stitch", "cramp",
    "cramps", "arm", "arms", "wrist", "elbow", "head", "headache", "boobs", "breasts", "thighs", "piriformis",
    "dead butt", "glute amnesia", "gluteal amnesia", "gluteus medius", "bottom of my foot", "bottom of the foot",
    "bottom of my heel", "bottom of heel", "bottom of my feet", "diastasis", "diastasis recti", "loose skin",
    "saggy skin", "stretch marks", "sunburn", "sunburnt", "sunburned", "allergies"))
# Ordinals and quantities tell no story of their own: "the first day", "every single month", "a scare last year".
_GENERIC = frozenset("first last next every single same other whole each much many few lot lots".split())
_ACTIVITY_BEFORE = frozenset(("after", "from", "doing"))
_NO_STORY, _STORY, _SPECIFIC = "", "story", "specific"
# Someone else whose running a message may tell of: "I'm not a runner but my son is".
_OTHERS = frozenset(("son", "daughter", "husband", "wife", "partner", "kid", "kids", "child", "children",
                     "boyfriend", "girlfriend", "friend", "dad", "mum", "mom", "brother", "sister", "teenager",
                     "he", "she", "his", "her", "they", "their"))
STORY_WORDS = 2        # words of a story no entry knows that make a message with no running talk about something else
CRISIS = "crisis"      # Decision.why and flag of a message that speaks of suicide or self-harm
EATING = "eating"      # Decision.why and flag of a message that tells of an eating disorder (bot.eating)
MAX_CANDIDATES = 60    # entries scored exactly per view (all of them in a small FAQ)
WEIGHT_STEP = 0.5      # IDF weights are summed in steps of this size to find the candidates
@dataclass
class _Entry:
    id: str
    requires: tuple[frozenset[str], ...]
    excludes: frozenset[str]
    answer: str
    mentioned: Callable[[frozenset[str]], frozenset[str]]  # _Mentions: topics not covered among words
    phrasings: list[frozenset[str]] = field(default_factory=list)
    vocab: set[str] = field(default_factory=set)
    where: dict[str, list[int]] = field(default_factory=dict)  # feature -> the phrasings that hold it
    needs: frozenset[frozenset[str]] = field(init=False)  # the `requires` groups, for one subset test

    def __post_init__(self) -> None:
        self.needs = frozenset(self.requires)

    # Read when the entry is first a close candidate, not at load: a 10,000-entry FAQ's answers
    # would otherwise take a fifth of its load time, mostly for entries no question reaches.
    @cached_property
    def answer_words(self) -> frozenset[str]:
        return _answer_words(self.answer)

    @cached_property
    def mentions(self) -> frozenset[str]:
        """The topics not covered elsewhere that this entry's answer talks about."""
        return self.mentioned(self.answer_words)


# _View and _Scored are made for every question (a _Scored per entry scored): named tuples are
# built several times faster than frozen dataclasses, and are as immutable.
class _View(NamedTuple):
    """One asking clause, read with the rest of the message as context."""

    asked: frozenset[str]      # the clause's own features
    query: frozenset[str]      # those and the message's topics
    unknown: tuple[str, ...]   # words of the clause no entry knows and that tell something
    borrowed: bool             # the clause names no topic of its own: the story supplies it
    subject: frozenset[str] = frozenset()  # unknown words the question is about ("does glucosamine help")
    aside: frozenset[str] = frozenset()  # topics not covered told only as the story's aside (_routine)


class _Scored(NamedTuple):
    score: float
    recall: float
    precision: float
    unexplained: tuple[str, ...]
    view: int
    not_covered: tuple[str, ...] = ()  # topics the FAQ does not cover, asked and not in the entry


def _not_covered_factor(scored: _Scored, view: _View) -> float | None:
    """The factor the topics not covered cut a score by (ASIDE_FACTOR when each is only the story's aside), as
    _score_views applies it; None when there are none."""
    return _cut(view.aside, scored.not_covered) if scored.not_covered else None


def _cut(aside: frozenset[str], outside: tuple[str, ...]) -> float:
    """ASIDE_FACTOR when every topic not covered is only the story's aside, else NOT_COVERED_FACTOR."""
    return ASIDE_FACTOR if aside.issuperset("!" + o for o in outside) else NOT_COVERED_FACTOR


class Matcher:
    """Answers messages from one FAQ; build a new one when the FAQ changes."""

    def __init__(self, faq: FAQ) -> None:
        with no_gc():
            self._build(faq)

    def _build(self, faq: FAQ) -> None:
        self.faq = faq
        entry_words = [[textmod.words(textmod.normalize(p)) for p in entry.phrasings] for entry in faq.entries]
        self.lexicon = lexicon = Lexicon(faq, entry_words)
        self.speller = lexicon.speller
        self._asks = frozenset(lexicon.concept_key(c) for c in faq.asks)
        self._excluding = frozenset(lexicon.concept_key(c) for entry in faq.entries for c in entry.excludes)
        self._red_flag_phrases = tuple(p for p in (" ".join(lexicon.spelled(p)) for p in faq.red_flag_phrases) if p)
        self._entries: list[_Entry] = []
        mentions = _Mentions(faq.not_covered, lexicon)
        for entry, per_entry in zip(faq.entries, entry_words, strict=True):
            item = _Entry(
                id=entry.id,
                requires=tuple(frozenset(lexicon.concept_key(c) for c in group) for group in entry.requires),
                excludes=frozenset(lexicon.concept_key(c) for c in entry.excludes),
                answer=entry.answer,
                mentioned=mentions,
            )
            for words in per_entry:
                feats = frozenset(lexicon.concepts(self.speller.words(words)))
                if feats:
                    item.phrasings.append(feats)
                    item.vocab |= feats
            for group in item.requires:
                item.vocab |= group
            self._entries.append(item)
        self._by_id = {item.id: item for item in self._entries}
        n = max(1, len(self._entries))
        df: dict[str, int] = {}
        for item in self._entries:
            for f in item.vocab:
                df[f] = df.get(f, 0) + 1
        self._weight = {f: math.log(1.0 + n / d) for f, d in df.items()}
        self._unknown_weight = math.log(1.0 + n)  # as much as the rarest feature: no entry has it
        self._known = frozenset(self._weight)  # for one set intersection where a message's features are filtered
        self._postings = _bitmaps(self._entries)
        self._steps = {f: max(1, round(w / WEIGHT_STEP)) for f, w in self._weight.items()}
        self._phrasing_weight = [[self._w(p) or 1.0 for p in item.phrasings] for item in self._entries]
        for item in self._entries:
            for j, feats in enumerate(item.phrasings):
                for f in feats:
                    item.where.setdefault(f, []).append(j)
        # feature -> the `requires` groups holding it: a message meets exactly the groups of its features
        groups_of: dict[str, set[frozenset[str]]] = {}
        for item in self._entries:
            for group in item.needs:
                for f in group:
                    groups_of.setdefault(f, set()).add(group)
        self._groups_of = {f: frozenset(groups) for f, groups in groups_of.items()}
        self._common = common_words()
        speller = self.speller
        self._read = lru_cache(maxsize=READS_KEPT)(lambda message: reading.read(message, speller))
        self._last_triage: tuple[reading.Reading, bool, triage.Triage] | None = None
        self._members_of: dict[int, tuple[int, ...]] = {}  # bitmap -> _members(bitmap), for _candidates

    def _met(self, feats: frozenset[str]) -> frozenset[frozenset[str]]:
        """The `requires` groups that `feats` meet (hold a feature of): an entry's requires are met
        when its `needs` are a subset, one set operation instead of a loop per entry."""
        groups_of = self._groups_of
        return frozenset().union(*[groups_of[f] for f in feats if f in groups_of])

    def _w(self, feats) -> float:
        weight = self._weight
        return sum(weight.get(f, 0.0) for f in feats)

    # -- reading --------------------------------------------------------------------------

    def read(self, message: str) -> reading.Reading:
        """The message normalised, spelled and split into clauses (see bot.reading). The last few
        readings are kept: a chat's message is read again for its follow-up context (bot.context)."""
        return self._read(message)

    def triage(self, message: str | reading.Reading, *, first_only: bool = False) -> triage.Triage:
        """The warning signs in `message` (spelled right first, so typos reach them). The last result is
        kept for the same reading: a chat's message is triaged again for its context (bot.context); a
        first_only triage serves a whole one when it left nothing out (triage.Triage.whole)."""
        seen = message if isinstance(message, reading.Reading) else self.read(message)
        last = self._last_triage
        if last is not None and last[0] is seen and (last[1] == first_only or (not first_only and last[2].whole)):
            return last[2]
        found = triage.assess(seen.tokens, self._red_flag_phrases, first_only=first_only)
        self._last_triage = (seen, first_only, found)
        return found

    def _clause_concepts(self, seen: reading.Reading) -> dict[reading.Clause, list[str]]:
        """Each clause's concepts: an asking clause's all, a story clause's without a back told fine. Read once a
        message: _views, _scores and _stale each need them."""
        concepts = self.lexicon.concepts
        out = {}
        shift = self._topic_shift(seen)
        for at, c in enumerate(seen.clauses):
            if at < shift:  # the story before "Different question:" is another topic
                out[c] = []
                continue
            if c.asks:
                out[c] = concepts(list(c.words))
                continue
            words = _without_part_fine(c.words)
            plain = _without_simile(words)
            found = concepts(words)
            # a simile takes out only topics the FAQ does not cover: "like a sway back" still names the curve
            out[c] = found if plain is words else [f for f in found if f[0] != "!"] + [
                f for f in concepts(plain) if f[0] == "!"]
        return out

    def _topic_shift(self, seen: reading.Reading) -> int:
        """The index of the clause where the message turns to another topic, or 0: a clause that names the turn
        ("Different question:", "unrelated, but"), or an asking clause opening on "anyway" that names content of its
        own and refers to nothing before it ("Anyway, what should I eat before a morning parkrun?"). A discourse
        marker of a topic shift (Grosz and Sidner 1986, cue phrases): the story before it is no context for the
        question after it (lay-redflags47, forum42)."""
        clauses = seen.clauses
        if len(clauses) < 2 or _SHIFT_WORDS.isdisjoint(seen.words):
            return 0
        for at in range(len(clauses) - 1, 0, -1):
            words = clauses[at].words
            text = " ".join(words) + " "
            if _SHIFT_NAMED.search(text):
                return at
            # (the cue alone in a clause of its own, the question next: "Anyway, real question. How do you all stay
            # hydrated on runs?", forum44)
            marker = at > 0 and _SHIFT_MARKER.fullmatch(" ".join(clauses[at - 1].words) + " ")
            if clauses[at].asks and (words[0] == "anyway" or marker) and _REFERRING.isdisjoint(words):
                own = frozenset(self.lexicon.concepts(list(words[1:])))
                if any(f[0] == "!" or (f[0] == "#" and f not in self._asks and f not in _COMMON_TOPICS)
                       for f in own):
                    return at
        return 0

    def _views(self, seen: reading.Reading, told: dict[reading.Clause, list[str]] | None = None) -> list[_View]:
        """The asking clauses together, then each of them alone when there are several (`told`: _clause_concepts)."""
        feats_of = {c: frozenset(found) for c, found in (told or self._clause_concepts(seen)).items()}
        context = frozenset().union(*feats_of.values())
        topics = frozenset(f for f in context & self._known if f not in self._asks and f[0] != "!")
        asking = seen.asking
        # A pain the story ties to running ("after every long run my lower back feels tight") makes another
        # activity told in a clause of its own, with no pain in it, the writer's routine, not the question's subject:
        # "I do reformer pilates twice a week and I run" (scope21's kind).
        routine, aside = self._routine(feats_of, seen)
        over: dict[str, bool] = {}  # topic -> told as denied or over, worked out only where a view needs it
        # A fragment with no ask of its own ("stretching? new shoes?") offers options for the question
        # before it: it is read only with the others, never as a question on its own.
        alone = [c for c in asking if not (c.fragment and self._asks.isdisjoint(feats_of[c]))]
        groups = [asking] + ([(c,) for c in alone] if len(asking) > 1 else [])
        views = []
        for group in groups:
            feats = frozenset().union(*(feats_of[c] for c in group))
            feats -= self._settings(group)
            words = group[0].words if len(group) == 1 else tuple(w for c in group for w in c.words)
            unknown = self._unknown_words(tuple(w for w in words if w not in seen.places) if seen.places else words,
                                          feats)
            referred = self._referred(seen, group, feats_of)
            own_topics = self._stands_alone(feats)
            # A clause that leaves the topic to the story ("will it actually help her?") is read with
            # the story's topics, and with the topics it names that the FAQ does not cover.
            if own_topics:
                # (with what it asks to be the cause: "Could that be the reason my lower back is sore after my jog?")
                asked = feats | self._pointed_cause(seen, group, feats_of)
            else:
                # A topic the clause names itself counts whatever the story says of it, and a scene's
                # topic never: only the others are read.
                for f in context:
                    if f[0] == "!" and f not in feats and f not in _SCENE and f not in over:
                        over[f] = _told_over(seen, f)
                asked = feats | topics | frozenset(f for f in context if f[0] == "!" and (
                    f in feats or (f not in _SCENE and f not in routine and not over.get(f))))
            views.append(_View(asked, feats | topics, unknown + referred, not own_topics, _subject(group, unknown),
                               aside - feats))
        return views

    @staticmethod
    def _routine(feats_of: dict[reading.Clause, frozenset[str]],
                 seen: reading.Reading) -> tuple[frozenset[str], frozenset[str]]:
        """Topics not covered told only in story clauses with no pain or back in them, when the story ties a back
        pain to running: the other activities among them (_ACTIVITIES), which count for nothing, and the rest, an
        aside that cuts a score less (ASIDE_FACTOR); both empty when it does not. A story clause with the back's pain
        and running ties it; one with the back's pain alone, running told in another clause, ties it more loosely:
        then the activities are only an aside and the rest (a calf's cramp) counts in full. Running denied in
        `seen` ("not running", "nothing to do with running") allows no loose tie."""
        story = [f for c, f in feats_of.items() if not c.asks]
        # (the back named in one clause, its pain told of "it" in the next: "What's new this year is my lower back.
        # After the Sunday run it's stiff the rest of the day", forum50)
        story += [a | b for a, b in pairwise(story) if "#back" in a and "#pain" in b and "#back" not in b]
        # (a long post tells the pain and the runs in clauses of their own: "my lower back is wrecked the next day",
        # "four runs a week", forum40's kind)
        tied = any("#pain" in f and "#back" in f and "#run" in f for f in story)
        # (the denial is looked for last: most messages never get that far)
        if not tied and not (any("#pain" in f and "#back" in f for f in story)
                             and any("#run" in f for f in feats_of.values())
                             and not _RUNNING_DENIED.search(" ".join(seen.tokens) + " ")):
            return frozenset(), frozenset()
        painful = frozenset().union(*(f for f in feats_of.values() if "#pain" in f or "#back" in f))
        told = frozenset(t for c, f in feats_of.items() if not c.asks for t in f if t[0] == "!" and t not in painful)
        if not tied:  # (tied only across clauses: another activity an aside, and a part of the body still asked)
            return frozenset(), told - _CONDITIONS - _BODY_TOPICS
        return told & _ACTIVITIES, told - _ACTIVITIES - _CONDITIONS

    def _settings(self, group: tuple[reading.Clause, ...]) -> frozenset[str]:
        """Topics not covered that only say where or with what someone runs ("running on the
        treadmill", "jogging with my dog"), by when ("prevent back pain creeping in before race day"), or what
        a running question is set against ("why does my back hurt after running when walking and cycling leave
        it alone"): the setting of the question, not its subject (the last two: forum28)."""
        out = set()
        for clause in group:
            text = " ".join(clause.words) + " "
            if not _DEADLINE_WORDS.isdisjoint(clause.words):
                for m in _DEADLINE.finditer(text):
                    out.update(f for f in self.lexicon.concepts(m.group(1).split()) if f[0] == "!")
            if not _CONTRAST_WORDS.isdisjoint(clause.words) and not _SETTING_VERBS.isdisjoint(clause.words):
                for m in _CONTRAST.finditer(text):
                    named = next(g for g in m.groups() if g)
                    out.update(f for f in self.lexicon.concepts(named.split()) if f[0] == "!")
            if _SETTING_VERBS.isdisjoint(clause.words) or _SETTING_LINKS.isdisjoint(clause.words):
                continue  # no "run on", "jog with": most clauses, spared the regex
            for m in _SETTING.finditer(" ".join(clause.words) + " "):
                # A pain told on a running scene is the run's: "my back hurting on the treadmill" (not
                # "my back hurts on the rowing machine").
                pain = m.group().split(" ", 1)[0] in _PAIN_VERBS
                out.update(f for f in self.lexicon.concepts(m.group(1).split())
                           if f[0] == "!" and (not pain or f in _SCENE))
        return frozenset(out)

    def _stands_alone(self, feats: frozenset[str]) -> bool:
        """The clause names a topic of its own: alone, it meets some entry's `requires` with a concept
        that is not only an `asks` one ("is it normal for my back to hurt" does; "should I still go"
        leaves the topic to the story)."""
        topical = (feats & self._known) - self._asks
        if not topical:
            return False
        met, met_topically = self._met(feats), self._met(topical)
        for idx in self._candidates(topical):
            needs = self._entries[idx].needs
            if needs <= met and (not needs or not needs.isdisjoint(met_topically)):
                return True
        return False

    def _pointed_cause(self, seen: reading.Reading, group: tuple[reading.Clause, ...],
                       feats_of: dict[reading.Clause, frozenset[str]]) -> frozenset[str]:
        """The topics of the clause before an asking clause that asks whether it is the cause ("I have a sway back
        when I stand. Could that be the reason my lower back is sore after my jog?", chat12): what "that" stands for
        is the question's subject. The kinds of question it asks are left out (this clause asks its own)."""
        out: set[str] = set()
        clauses = seen.clauses
        for clause in group:
            if _REFERRING.isdisjoint(clause.words[:4]) or not _POINTS_CAUSE.match(" ".join(clause.words) + " "):
                continue
            at = clauses.index(clause)
            if at:
                out |= (feats_of[clauses[at - 1]] & self._known) - self._asks
        return frozenset(out)

    def _referred(self, seen: reading.Reading, group: tuple[reading.Clause, ...],
                  feats_of: dict[reading.Clause, frozenset[str]]) -> tuple[str, ...]:
        """Unknown things of the clause before an asking clause that points back ("buying one",
        "could it help"): what "it" stands for is part of the question."""
        out: list[str] = []
        clauses = seen.clauses
        for clause in group:
            if _REFERRING.isdisjoint(clause.words):
                continue
            at = clauses.index(clause)
            if at:
                before = clauses[at - 1]
                out.extend(self._unknown_words(before.words, feats_of[before]))
        return tuple(dict.fromkeys(out))

    def _unknown_words(self, words: tuple[str, ...], feats: frozenset[str]) -> tuple[str, ...]:
        """Words of a clause that tell something no entry knows ("zorblax", "collagen", "ketosis")."""
        weight, common = self._weight, self._common
        return tuple(dict.fromkeys(
            w for w in words if w in feats and w not in weight and len(w) > 2 and w.isalpha()
            and w not in NEUTRAL and w not in common and _stem(w) not in NEUTRAL))

    # -- scoring --------------------------------------------------------------------------

    def _candidates(self, feats: frozenset[str]) -> list[int] | tuple[int, ...]:
        """Entries worth scoring exactly: at most MAX_CANDIDATES, those whose features weigh most
        against the message's (each feature's IDF weight in steps of WEIGHT_STEP).

        The sums are kept as a bit-sliced index (O'Neil and Quass, "Improved query performance
        with variant indexes", SIGMOD 1997): plane k is an int whose bit i is bit k of entry i's
        sum, so adding a feature is a few big-int operations whatever the FAQ's size, and the top
        entries are read from the planes, highest first (Rinfret, O'Neil and O'Neil, "Bit-sliced
        index arithmetic", SIGMOD 2001)."""
        postings = self._postings
        known = [f for f in feats if f in postings]
        if not known:
            return []
        if len(self._entries) <= MAX_CANDIDATES:
            found = 0
            for f in known:
                found |= postings[f]
            # A small FAQ's unions of postings are few and come back question after question: each is read once.
            members = self._members_of.get(found)
            if members is None:
                if len(self._members_of) >= 4096:
                    self._members_of.clear()
                members = self._members_of[found] = tuple(_members(found))
            return members
        planes: list[int] = []
        steps = self._steps
        for f in known:
            _add(planes, postings[f], steps[f])
        return _members(_top(planes, MAX_CANDIDATES))

    def _score_views(self, views: list[_View], context: frozenset[str]) -> dict[int, _Scored]:
        """Each eligible entry's best score over the views."""
        best: dict[int, _Scored] = {}
        weight = self._weight
        getw = weight.__getitem__
        for n, view in enumerate(views):
            known_query = view.query & self._known
            if not known_query:
                continue
            asked_known = view.asked & self._known
            asked_weight = sum(map(getw, asked_known))
            not_covered = {f for f in view.asked if f[0] == "!"}
            met = self._met(known_query)
            for idx in self._candidates(known_query):
                item = self._entries[idx]
                if item.excludes and not item.excludes.isdisjoint(context):
                    continue
                if not item.needs <= met:
                    continue
                covered = [0.0] * len(item.phrasings)
                for f in item.vocab & known_query:
                    w = getw(f)
                    for j in item.where.get(f, ()):
                        covered[j] += w
                recall = max(map(truediv, covered, self._phrasing_weight[idx]), default=0.0)
                unexplained = tuple(w for w in view.unknown if w not in item.answer_words
                                    and _stem(w) not in item.answer_words) if view.unknown else ()
                total = asked_weight
                if unexplained:
                    total += sum(self._unknown_weight * _thing_weight(w) * (SUBJECT if w in view.subject else 1.0)
                                 for w in unexplained)
                shared = sum(map(getw, item.vocab & asked_known))
                precision = shared / total if total else NO_CONTENT_PRECISION
                score = 100.0 * combine(recall, precision)
                outside = () if not not_covered else tuple(sorted(
                    f[1:] for f in not_covered - (item.vocab | item.mentions)))
                if outside:
                    score *= _cut(view.aside, outside)
                if n:  # one asking clause of several: a little less sure than all of them together
                    score *= CLAUSE_DISCOUNT
                if idx not in best or score > best[idx].score:
                    best[idx] = _Scored(score, recall, precision, unexplained, n, outside)
        return best

    def rank(self, message: str, limit: int = 10) -> list[tuple[str, float]]:
        """Entries for `message`, best first, with their scores."""
        seen = self.read(message)
        return self._top(self._scores(seen)[0], limit)

    def _scores(self, seen: reading.Reading) -> tuple[dict[int, _Scored], list[_View]]:
        told = self._clause_concepts(seen)
        views = self._views(seen, told)
        context = frozenset().union(*(v.query | v.asked for v in views)) if views else frozenset()
        if len(seen.clauses) > 1 and (stale := self._stale(seen, context, told)):
            context -= stale
            views = [v._replace(asked=v.asked - stale, query=v.query - stale) for v in views]
        # A back told only as fine, even in the asking clause, rules out no entry: "back is ok, how do I get abs?"
        # (the ninety-seventh review; `context` serves only the entries' `excludes`).
        if "#back" in context and "#back" in self._excluding and all(
                "#back" not in self._without_back_fine(c, told) for c in seen.clauses):
            context -= {"#back"}
        return self._score_views(views, context), views

    def _without_back_fine(self, clause: reading.Clause, told: dict[reading.Clause, list[str]]) -> list[str]:
        """A clause's concepts without a back told fine; `told` (_clause_concepts) has a story clause's so already,
        and an asking clause's when no back in it is told fine."""
        if not clause.asks:
            return told[clause]
        words = _without_part_fine(clause.words)
        return told[clause] if words == list(clause.words) else self.lexicon.concepts(words)

    def _stale(self, seen: reading.Reading, context: frozenset[str],
               told: dict[reading.Clause, list[str]] | None = None) -> frozenset[str]:
        """Concepts that rule an entry out (`excludes`) that a story clause tells only as denied or over, every
        mention a word of its own told of nothing now or returning (_told_now), no lifelong
        condition, and no asking clause names: "the herniated disc I had at uni 15 years ago" does not rule out
        the entry on running with a strained back. Not the FAQ's common topics (the back, pain)."""
        candidates = (context & self._excluding) - _COMMON_TOPICS
        if not candidates:  # most messages: no topic that rules an entry out
            return frozenset()
        concepts = self.lexicon.concepts
        # (`told`, _clause_concepts, has them for an asking clause, and for a story clause with no back told fine)
        of_clause = [(c.asks, told[c] if told is not None and (c.asks or "back" not in c.words)
                      else concepts(list(c.words))) for c in seen.clauses]
        candidates -= frozenset().union(*(frozenset(found) for asks, found in of_clause if asks))
        if not candidates:
            return frozenset()
        tokens = seen.tokens
        text = " ".join(tokens) + " "
        starts, at = [], 0
        for tok in tokens:
            starts.append(at)
            at += len(tok) + 1
        of_token = {t: frozenset(concepts([t])) for t in set(tokens) if t not in ",.?"}
        stale = set()
        for concept in candidates:
            spans = [(i, (starts[i], starts[i] + len(t))) for i, t in enumerate(tokens)
                     if t in of_token and concept in of_token[t]]
            told = sum(found.count(concept) for _, found in of_clause)
            if spans and told <= len(spans) and all(
                    tokens[i] not in _LIFELONG and modifiers.modifiers(text, a, b + 1) & _STALE
                    and not _told_now(text, a, b) for i, (a, b) in spans):
                stale.add(concept)
        return frozenset(stale)

    def _top(self, scores: dict[int, _Scored], limit: int) -> list[tuple[str, float]]:
        ranked = sorted([(_tie(s.score), i) for i, s in scores.items()])[:limit]
        return [(self._entries[i].id, round(-s, 1)) for s, i in ranked]

    def names_topic(self, message: str) -> bool:
        """Whether `message` names one of the FAQ's topics (a concept of its synonyms that is not only a
        way of asking, such as #cause or #ok): "what stretches for my back?" does, "who can I talk to?"
        and "should I call an ambulance?" do not."""
        general = self._asks | {self.lexicon.concept_key(c) for c in ("back", "pain", "run", "after")}
        return any(c[0] == "#" and c not in general for c in self.lexicon.concepts(list(self.read(message).words)))

    def knows(self, entry_id: str, concepts: set[str] | frozenset[str], words: list[str] | tuple[str, ...]) -> bool:
        """Whether an entry's phrasings or `requires` hold one of `concepts`, or its answer one of `words`
        (or its stem): "stretching" is in the answer on why a back hurts after a run. False for an
        unknown id."""
        item = self._by_id.get(entry_id)
        if item is None:
            return False
        answer = item.answer_words
        return not item.vocab.isdisjoint(concepts) or any(w in answer or _stem(w) in answer for w in words)

    def about_weight(self, entry_id: str) -> bool:
        """Whether an entry speaks of weight, fat or body size (its phrasings or `requires` hold the FAQ's
        `weight`, `fat`, `not-losing`, `shrink` or `butt` concept): not to be offered after the
        eating-disorder reply. False for an unknown id."""
        item = self._by_id.get(entry_id)
        return item is not None and not item.vocab.isdisjoint(_WEIGHT_CONCEPTS)

    def unmet_requires(self, entry_id: str, message: str) -> list[tuple[str, ...]]:
        """The entry's `requires` groups (concept names, as in faq.yaml) that no word of `message`
        meets: why a question taught to an entry may still not get it. [] when all are met."""
        index = next((i for i, e in enumerate(self._entries) if e.id == entry_id), None)
        if index is None:
            return []
        seen = self.read(message)
        feats = self._concepts_of(seen)
        return [tuple(sorted(f.removeprefix("#") for f in group))
                for group in self._entries[index].requires if group.isdisjoint(feats)]

    def _concepts_of(self, seen: reading.Reading) -> frozenset[str]:
        """Every concept of a message's clauses (the words each clause keeps in the FAQ's sense)."""
        return frozenset().union(*(frozenset(self.lexicon.concepts(list(c.words))) for c in seen.clauses))

    def _ruled_out(self, seen: reading.Reading, scores: dict[int, Any]) -> list[dict[str, Any]]:
        """Entries that share the message's topics but were not scored, because a `requires` group of
        theirs has no word in it: what an admin looks for when the expected entry is missing (an
        eleventh new user's trial). At most 5, those sharing most topics first."""
        feats = self._concepts_of(seen)
        topical = frozenset(f for f in feats if f[0] == "#" and f not in self._asks)
        found = []
        for idx, item in enumerate(self._entries):
            shared = len(item.vocab & topical)
            if idx in scores or not shared:
                continue
            unmet = [sorted(f.removeprefix("#") for f in group) for group in item.requires if group.isdisjoint(feats)]
            if unmet:
                found.append((shared, item.id, unmet))
        found.sort(key=lambda x: -x[0])
        return [{"id": entry_id, "requires_missing": unmet} for _, entry_id, unmet in found[:5]]

    def other_topics(self, entry_id: str, message: str) -> list[str]:
        """The topic concepts of `message` (faq.yaml names) that none of the entry's `requires` groups
        holds: a concept to widen an unmet group with, when the question's word is already another
        concept's (an eleventh new user's trial: "stretches" is warmup's, so adding it to prevent's
        synonyms was refused)."""
        item = self._by_id.get(entry_id)
        if item is None:
            return []
        seen = self.read(message)
        feats = self._concepts_of(seen)
        held = frozenset().union(*item.requires) if item.requires else frozenset()
        return sorted(f.removeprefix("#") for f in feats
                      if f[0] == "#" and f not in held and f not in self._asks and f not in _COMMON_TOPICS)

    def closest(self, message: str) -> tuple[str, float] | None:
        ranked = self.rank(message, 1)
        return ranked[0] if ranked else None

    # -- the decision ---------------------------------------------------------------------

    def decide(self, message: str, *, explain: bool = False) -> Decision:
        """Triage and words of suicide or self-harm (bot.crisis), then small talk, then FAQ matching:
        one decision for one message. Words of suicide alone make an URGENT decision whose `why` is
        "crisis"; with a warning sign as well, `why` is its urgency and "crisis" is among the `flags`.

        With `explain`, the decision carries an `explain` dict (see explanation()).
        """
        seen = self.read(message)
        if seen.language not in ("en", None):
            return self._done(Decision(Kind.NONE, why="not-english"), seen, None, None, explain)
        found = self.triage(seen, first_only=not explain)
        if (not found.whole and found.urgency is triage.Urgency.EMERGENCY
                and not {"trauma", "heat"} & set(found.flags) and triage.may_need_first_aid(seen.tokens)):
            # An emergency with a fall or the heat told is read whole: the reply adds their first aid, and another
            # sign that stood first stopped the quick pass before them ("fell down the stairs and now I cant feel my
            # legs" got no "keep still": a twenty-seventh new user). Only such messages pay for it.
            found = self.triage(seen)
        in_crisis = crisis.told(seen.tokens)
        # Words of suicide first, then an eating disorder: each gets its reply, and no FAQ answer.
        said = ((CRISIS,) if in_crisis else ()) + ((EATING,) if eating.told(seen.tokens) else ())
        if said and not found.flags:
            return self._done(Decision(Kind.URGENT, flags=said, why=said[0]), seen, found, None, explain)
        if not found.flags:
            chatter = smalltalk.smalltalk(message, list(seen.plain))
            if chatter:
                return self._done(Decision(Kind.SMALLTALK, smalltalk=chatter), seen, found, None, explain)
        scores, views = self._scores(seen)
        decision = self._pick(scores)
        if (decision.kind is Kind.NONE and decision.score is None and not found.flags
                and (chatter := smalltalk.chatter_in(list(seen.tokens), self.lexicon.speller.is_word))
                and all(c in _CHATTER_TOPICS or c[0] not in "!^#"
                        for c in self.lexicon.concepts(smalltalk.without_chatter(list(seen.words))))):
            # Chatter beside a few words of its own, naming no topic, pain or injury: "hi! new here", "thx bot ur
            # the goat" (not "thanks, still hurts though": the hundred-and-fourth review).
            return self._done(Decision(Kind.SMALLTALK, smalltalk=chatter), seen, found, None, explain)
        if decision.kind is Kind.ANSWER and decision.entry_id in self.faq.about_running:
            decision = self._about_running(decision, seen)
        if decision.kind is Kind.SUGGEST and not found.flags and (_asks_when_to_seek_care(seen)
                                                                  or _asks_for_signs(seen)):
            decision = Decision(Kind.NONE, score=decision.score, why="sign-feared")
        if decision.kind is Kind.ANSWER and not found.flags and _asks_for_signs(seen):
            decision = Decision(Kind.NONE, score=decision.score, why="sign-feared")
        if decision.kind is Kind.ANSWER and not found.flags and decision.entry_id is not None:
            # A sign only feared names no topic either: "what if I couldn't feel my bum one day" is no question about
            # a butt's size (a thirtieth new user's kind); the fallback with the warning signs instead. (A question of
            # when to seek care that an entry answers keeps it: "when should I see a doctor about a pulled muscle?")
            feared = [f.words for f in found.findings if _feared(f)]
            if feared and not self._answers_without(seen, feared, decision.entry_id):
                decision = Decision(Kind.NONE, score=decision.score, why="sign-feared")
        if found.flags:
            # With words of suicide, self-harm or an eating disorder too, both replies and no FAQ entry for later.
            entry_id = decision.entry_id if decision.kind is Kind.ANSWER and not said else None
            # An emergency gets no FAQ entry for later: "keep moving" one tap under saddle numbness is no
            # help (a tenth and an eleventh code review). A "see a doctor today" sign keeps its topic.
            if found.urgency is triage.Urgency.EMERGENCY:
                entry_id = None
            if entry_id is not None and not self._answers_without_signs(seen, found, entry_id):
                entry_id = None  # "numb bum after a run" is no question about a butt's size
            # Every sign that stands is named, the lead first (a father's fall and his weak legs: an eighteenth
            # new user was told of the legs only), and whose they are when all are someone else's.
            # (from the first pass, which stops at the first emergency: a whole triage of every urgent message cost the
            # red-flag sets a third more time per message, tests/bench; only someone else's is checked whole, since a
            # sign of the writer's own may come after: "my friend has numbness in her groin and I wet myself too")
            standing = [f for f in found.findings if f.stands]
            others = bool(standing) and all(Modifier.OTHER_PERSON in f.modifiers for f in standing)
            whole = self.triage(seen) if others and not found.whole else found
            standing = [f for f in whole.findings if f.stands]
            whose = ("other" if standing and all(Modifier.OTHER_PERSON in f.modifiers for f in standing)
                     and not _WRITERS_OWN.search(" ".join(seen.tokens) + " ") else None)
            decision = Decision(Kind.URGENT, entry_id=entry_id, score=decision.score, whose=whose,
                                flags=tuple(dict.fromkeys((found.lead, *whole.flags, *said))), why=str(found.urgency))
        elif decision.kind is Kind.NONE and decision.why is None and self._sign_without_back(seen):
            decision = replace(decision, why="sign-unplaced")
        elif decision.kind is Kind.NONE and decision.why is None and self._sign_feared(seen, found):
            decision = replace(decision, why="sign-feared")
        return self._done(decision, seen, found, (scores, views), explain)

    @staticmethod
    def _sign_feared(seen: reading.Reading, found: triage.Triage) -> bool:
        """A warning sign only feared or asked about ("what if I lose control of my bladder?"), or cauda equina named
        ("could I have cauda equina?"), in a message nothing else answers: the fallback should say which signs need
        urgent care (a thirtieth new user: a frightened runner got the bare fallback). Not a sign denied or over.
        `found` may be a first_only triage: with no sign standing, it left out only rows whose needs are missing,
        whose findings would lack them anyway."""
        if _CONDITION_FEARED.search(" ".join(seen.tokens) + " ") or _asks_when_to_seek_care(seen):
            return True
        return any(_feared(f) for f in found.findings)

    def _sign_without_back(self, seen: reading.Reading) -> bool:
        """An emergency's sign told, and not denied, over or someone's fear, that stands short only of the back
        pain it needs ("my toddler fell down the stairs and now he won't walk"): the FAQ has no answer, but the
        fallback should say where help is (a sixteenth new user). Only for messages nothing else matched."""
        if not _HURT_NOW.search(" ".join(seen.tokens) + " "):
            return False  # a toenail that may fall off, a watch strap's accident: no one hurt now
        return any(f.lacks in ("back pain", "the back") and f.sign.urgency is triage.Urgency.EMERGENCY
                   and not f.ordinary and not (f.modifiers & triage.CANCELS)
                   for f in self.triage(seen, first_only=False).findings)

    def _about_running(self, decision: Decision, seen: reading.Reading) -> Decision:
        """An answer with an entry about running (faq.yaml's `about_running`), not given when the
        message names a topic the FAQ does not cover, or tells a story of its own, and never speaks of
        running: "my back aches from weeding", "do squats make your butt bigger" (5 of scope-unseen4's
        11 wrong answers were such). The entry is offered as "did you mean" when its answer speaks of
        the topic named, when only the story's words are unknown, or when running is told but shared
        with the other sport named ("after my 10k, I play rugby too"); otherwise the answer is "none"
        (why "not-running"), and the reply shows every topic."""
        tokens, denied = self.lexicon.running_denied(seen.tokens)
        # "I'm not a runner but my son is, his back hurts after races": another's running is still
        # running talk (not "I cycle with my friend").
        denied = denied and not _others_run(seen.tokens)
        if not denied:
            tokens = seen.tokens
        words = [w for w in tokens if w not in ",.?"]
        # The unspelled words hold the denied running too: without them, a denial's words are gone.
        plain = [w for w in seen.plain if w not in RUNNING_TALK] if denied else seen.plain
        if not denied and not RUNNING_TALK.isdisjoint(words):
            sensed = [w for clause in seen.clauses for w in clause.words]
            # Running words all in another sense are no running talk: "I run out of steam by the back nine".
            if RUNNING_TALK.isdisjoint(sensed):
                words, plain = sensed, [w for w in plain if w not in RUNNING_TALK]
        # Running talk first: most messages have it, and it is a set test where the concepts of the
        # whole message are a pass over every word (with another sport named, fewer words count).
        if self.lexicon.speaks_of_running([*words, *plain], other_sport=True):
            return decision
        concepts = self.lexicon.concepts(words)
        named = {c for c in concepts if c[0] in "!^"}
        # Who denies running trains at something else: "training" and "miles" are not a run's then.
        ran = self.lexicon.speaks_of_running([*words, *plain], other_sport=denied or any(c[0] == "^" for c in named))
        story = self._untold_story(decision.entry_id, concepts, plain) if not (ran or named) else _NO_STORY
        if ran or not (named or story or denied):
            return decision
        # (its running as told: a denied run is no run of the phrasing's, "I don't run at all, why does my back
        # ache?" read as "why does my back ache after a run", a README check)
        told = frozenset(self.lexicon.concepts(words if denied else seen.words))
        if told in self._by_id[decision.entry_id].phrasings:
            return decision  # one of the entry's own phrasings, maybe taught by an admin: the FAQ says so
        # Offered when its answer speaks of the topic named ("will squats give me a bigger bum?": the
        # answer suggests squats), or running is told beside another sport; otherwise nothing fits:
        # "my back is wrecked after riding lessons" is no question for a running entry.
        activity = named or story is _SPECIFIC
        if (activity and self._by_id[decision.entry_id].mentions.isdisjoint(named)
                and not self.lexicon.speaks_of_running([*words, *plain])):
            return Decision(Kind.NONE, score=decision.score, why="not-running")
        entry = self.faq.get(decision.entry_id)
        suggestions = tuple(dict.fromkeys([decision.entry_id, *(entry.related if entry else ())]))[:2]
        return Decision(Kind.SUGGEST, score=decision.score, suggestions=suggestions, why="not-running")

    def _untold_story(self, entry_id: str, concepts: list[str], words: list[str] | tuple[str, ...]) -> str:
        """What story of its own a message that never speaks of running tells, that no entry knows and
        the entry's answer does not explain: _SPECIFIC for at least STORY_WORDS such words that are not
        everyday English ("GP confirmed a UTI, I'm on antibiotics"), _STORY for fewer or everyday ones
        ("...before my period, every single month") or one activity named as what the pain came after
        ("the day after bouldering": not a common word nor a sign's), else _NO_STORY. A bare question
        ("back pain normal?") tells none: in a runners' bot it is about running. `words` are the
        message's words as typed (bot.reading's `plain`)."""
        item = self._by_id[entry_id]
        answer, weight = item.answer_words, self._weight
        told = {c for c in concepts if c[0] not in "#!^" and c not in weight and c not in NEUTRAL and len(c) > 2
                and c.isalpha() and c not in _GENERIC and c not in answer and _stem(c) not in answer}
        if any(w.endswith("ing") and i and words[i - 1] in _ACTIVITY_BEFORE and w not in self._common
               and w not in triage.VOCABULARY and any(w.startswith(t) for t in told) for i, w in enumerate(words)):
            return _STORY
        if len(told) < STORY_WORDS:
            return _NO_STORY
        # Words of a story of its own that are not everyday English ("sertraline", "centile") tell what
        # it is about; "keep back pain away for the long term" tells no story at all.
        return _SPECIFIC if sum(w not in self._common for w in told) >= STORY_WORDS else _STORY

    def _answers_without_signs(self, seen: reading.Reading, found: triage.Triage, entry_id: str) -> bool:
        """Whether the message still gets `entry_id` with the words of its standing signs taken out:
        the entry offered for later must answer the rest of the message, not the sign's own words
        ("numb bum after a run" is no question about a butt's size)."""
        # Every sign, as explain sees them, so both give the same entry. A first_only triage stops
        # early only at a standing emergency, so short of one it already holds every sign that stands.
        full = found if found.urgency is not triage.Urgency.EMERGENCY else self.triage(seen)
        return self._answers_without(seen, [f.words for f in full.findings if f.stands], entry_id)

    def _answers_without(self, seen: reading.Reading, standing: list[str], entry_id: str) -> bool:
        """Whether the message still gets `entry_id` with the words `standing` (signs' words) taken out."""
        vocab = self._by_id[entry_id].vocab
        topical = {c for words in standing for c in self.lexicon.concepts(words.split())
                   if c.startswith("#") and c not in self._asks}
        if vocab.isdisjoint(topical):
            return True  # the signs' words name no topic of the entry: no need to score again
        text = " ".join(seen.tokens)
        for words in standing:
            text = text.replace(words, " ", 1)
        rest = self._pick(self._scores(self.read(text))[0])
        return rest.kind is Kind.ANSWER and rest.entry_id == entry_id

    def _pick(self, scores: dict[int, _Scored]) -> Decision:
        ranked = self._top(scores, MAX_SUGGESTIONS + 1)
        if not ranked or ranked[0][1] < SUGGEST_AT:
            return Decision(Kind.NONE, score=ranked[0][1] if ranked else None)
        top_id, top = ranked[0]
        if top >= ANSWER_AT and (len(ranked) == 1 or top - ranked[1][1] >= MARGIN):
            return Decision(Kind.ANSWER, entry_id=top_id, score=top)
        suggestions = tuple(i for i, s in ranked[:MAX_SUGGESTIONS] if s >= max(SUGGEST_AT * 0.75, top - SUGGEST_SPREAD))
        if len(suggestions) < 2:
            # One button is a yes/no question: offer the runner-up, or else the entries the FAQ's
            # editors listed as related to the best one, so "did you mean" is a real choice.
            entry = self.faq.get(top_id)
            extra = [i for i, _ in ranked[1:2]] + list(entry.related if entry else ())
            suggestions = tuple(dict.fromkeys([top_id, *extra]))[:2]
        return Decision(Kind.SUGGEST, score=top, suggestions=suggestions)

    def _done(self, decision: Decision, seen: reading.Reading, found: triage.Triage | None,
              scored: tuple[dict[int, _Scored], list[_View]] | None, explain: bool) -> Decision:
        if not explain:
            return decision
        return replace(decision, explain=self._explanation(decision, seen, found, scored))

    def _explanation(self, decision: Decision, seen: reading.Reading, found: triage.Triage | None,
                     scored: tuple[dict[int, _Scored], list[_View]] | None) -> dict[str, Any]:
        """What was read and why the decision was taken, as plain data (`ask --explain`)."""
        out: dict[str, Any] = {
            "language": seen.language,
            "clauses": [{"words": " ".join(c.words), "asks": c.asks,
                         "concepts": sorted(self.lexicon.concepts(list(c.words)))} for c in seen.clauses],
            "signs": [{"sign": f.sign.name, "flag": f.sign.flag, "urgency": str(f.urgency), "words": f.words,
                       "modifiers": sorted(str(m) for m in f.modifiers), "stands": f.stands,
                       "ordinary": f.ordinary, "lacks": f.lacks} for f in (found.findings if found else ())],
            "entries": [],
        }
        if scored:
            scores, views = scored
            for idx in sorted(scores, key=lambda i: (_tie(scores[i].score), i))[:5]:
                s = scores[idx]
                out["entries"].append({"id": self._entries[idx].id, "score": round(s.score, 1),
                                       "recall": round(s.recall, 2), "precision": round(s.precision, 2),
                                       "unexplained": list(s.unexplained), "not_covered": list(s.not_covered),
                                       "not_covered_factor": _not_covered_factor(s, views[s.view]),
                                       "one_clause_of_several": bool(s.view),
                                       "clause": " ".join(sorted(views[s.view].asked))})
        if scored and len(seen.clauses) > 1:
            views = self._views(seen)  # as read, before _scores took the stale topics out
            context = frozenset().union(*(v.query | v.asked for v in views)) if views else frozenset()
            out["told_over"] = sorted(c.removeprefix("#") for c in self._stale(seen, context))
        else:
            out["told_over"] = []
        out["ruled_out"] = self._ruled_out(seen, scored[0] if scored else {})
        out["why"] = _why(decision)
        ranked = out["entries"]
        if (decision.kind is Kind.SUGGEST and decision.why is None and decision.score is not None
                and decision.score >= ANSWER_AT and len(ranked) > 1):
            # The score was enough; the runner-up was too close: say so with the numbers.
            second = ranked[1]
            out["why"] = (f"the best entry scores {decision.score} (at least {ANSWER_AT:g}) but leads {second['id']} "
                          f"({second['score']}) by only {round(decision.score - second['score'], 1)}; an answer needs "
                          f"a lead of {MARGIN:g}")
        return out


def combine(recall: float, precision: float) -> float:
    """One 0-1 score from recall and precision: their weighted harmonic mean (F-beta, beta =
    RECALL_BETA), so an entry must both cover a phrasing and explain the question."""
    if recall <= 0 or precision <= 0:
        return 0.0
    b2 = RECALL_BETA * RECALL_BETA
    return (1 + b2) * recall * precision / (b2 * precision + recall)


def _why(decision: Decision) -> str:
    if decision.why == "not-english":
        return "the message is not in English"
    if decision.kind is Kind.URGENT:
        return f"a warning sign stands ({', '.join(decision.flags)}): urgent care ({decision.why})"
    if decision.kind is Kind.SMALLTALK:
        return f"small talk ({decision.smalltalk})"
    if decision.kind is Kind.ANSWER:
        return f"the best entry scores {decision.score} (at least {ANSWER_AT:g}) and leads by {MARGIN:g} or more"
    if decision.why == "not-running":
        return (f"the best entry scores {decision.score}, but it is about running and the message speaks of "
                "another topic and never of running")
    if decision.kind is Kind.SUGGEST:
        return f"the best score {decision.score} is between {SUGGEST_AT:g} and {ANSWER_AT:g}, or others are close"
    return f"no entry scores {SUGGEST_AT:g} or more"


class _Mentions:
    """Which of faq.yaml's topics not covered an answer talks about (all of a topic's words, or
    their stems, are among the answer's words)."""

    def __init__(self, topics: tuple[str, ...], lexicon: Lexicon) -> None:
        # Indexed by each topic's first word and its stem, so an answer looks up only its own words.
        self._by_word: dict[str, list[tuple[str, tuple[tuple[str, str], ...]]]] = {}
        for topic in topics:
            spelled = tuple((w, _stem(w)) for w in lexicon.spelled(topic))
            if spelled:
                for key in set(spelled[0]):
                    self._by_word.setdefault(key, []).append((f"!{topic}", spelled))

    def __call__(self, words: frozenset[str]) -> frozenset[str]:
        out = set()
        for word in words:
            for key, spelled in self._by_word.get(word, ()):
                if all(w in words or stem in words for w, stem in spelled):
                    out.add(key)
        return frozenset(out)


def _tie(score: float) -> float:
    """A sort key, best first, that treats scores equal to 9 places as ties (broken by FAQ order):
    sums over sets of strings differ in their last bits from run to run (hash seeds)."""
    return -round(score, 9)


def _bitmaps(entries: list[_Entry]) -> dict[str, int]:
    """feature -> an int whose bit i is set when entry i has the feature."""
    where: dict[str, list[int]] = {}
    for idx, item in enumerate(entries):
        for f in item.vocab:
            where.setdefault(f, []).append(idx)
    size = len(entries) // 8 + 1
    out = {}
    for f, idxs in where.items():
        bits = bytearray(size)
        for i in idxs:
            bits[i >> 3] |= 1 << (i & 7)
        out[f] = int.from_bytes(bits, "little")
    return out


def _add(planes: list[int], mask: int, value: int) -> None:
    """Add `value` to the bit-sliced sums of the entries in `mask` (ripple carry, plane by plane)."""
    k = 0
    while value:
        if value & 1:
            carry, j = mask, k
            while carry:
                if j >= len(planes):
                    planes.extend([0] * (j + 1 - len(planes)))
                plane = planes[j]
                planes[j] = plane ^ carry
                carry &= plane
                j += 1
        value >>= 1
        k += 1


def _top(planes: list[int], limit: int) -> int:
    """The entries with the `limit` highest sums, as a bitmap (ties at the cut broken by position)."""
    chosen, open_ = 0, 0
    for plane in planes:
        open_ |= plane  # entries with any weight at all
    if open_.bit_count() <= limit:
        return open_
    for plane in reversed(planes):
        high = open_ & plane
        count = chosen.bit_count() + high.bit_count()
        if count > limit:
            open_ = high
        else:
            chosen |= high
            open_ &= ~plane
            if count == limit:
                return chosen
    while open_ and chosen.bit_count() < limit:
        low = open_ & -open_
        chosen |= low
        open_ ^= low
    return chosen


def _members(bits: int) -> list[int]:
    """The positions of the set bits of `bits`, lowest first."""
    digits = bin(bits)[:1:-1]  # lowest bit first, without the "0b"
    out = []
    at = digits.find("1")
    while at >= 0:
        out.append(at)
        at = digits.find("1", at + 1)
    return out


# A place or company of the running itself: "after running on the treadmill", "runs with my dog".
_PAIN_VERBS = frozenset(("hurt", "hurts", "hurting", "ache", "aches", "aching", "sore"))
_SETTING_VERBS = frozenset(("run", "runs", "running", "ran", "jog", "jogs", "jogging", "jogged", "walk", "walking",
                           "race", "racing", *_PAIN_VERBS))
_SETTING_LINKS = frozenset(("on", "with", "around", "along"))
_SETTING = re.compile(rf"\b(?:{'|'.join(sorted(_SETTING_VERBS))}) (?:{'|'.join(sorted(_SETTING_LINKS))}) "
                      r"(?:the |my |a |an )?((?:[a-z]+ ){1,2})")
# By when: "before race day", "by my race", "in time for the marathon".
# (not "by": "caused by cycling", "prevent it by doing yoga" name the topic asked about, the ninety-seventh review)
_DEADLINE_WORDS = frozenset(("before", "until", "till", "ahead", "time", "leading"))
_DEADLINE = re.compile(r"(?<![^ ])(?:before|until|till|ahead of|in time for|leading up to) (?:the |my |a |an |"
                       r"next )?((?:[a-z]+ ){1,2})")
# Set against: "...when walking and cycling leave it alone", "...but swimming is fine", and a "than" that ends the
# question ("lose weight faster than cycling?", "bother my back more than rowing ever did?"); not a "than" the
# question goes on from ("is running worse than cycling for back pain?" asks about both, the ninety-seventh
# review), nor "unlike".
_CONTRAST_WORDS = frozenset(("when", "whereas", "while", "but", "than"))
_CONTRAST = re.compile(r"(?<![^ ])(?:when|whereas|while|but) ((?:[a-z]+ ){1,4}?)(?:leave|leaves|left) it alone |"
                       r"(?<![^ ])(?:when|whereas|while|but) ((?:[a-z]+ ){1,4}?)(?:is|are|was|were|feels|feel) "
                       r"(?:fine|ok|okay|alright|no problem) |"
                       r"(?<![^ ])than (?:the |my |a |an )?((?:[a-z]+ ){1,2}?)(?:ever |still |really )?"
                       r"(?:did |does |do |is |was |used to |ever did )?$")
# A question about a thing names it first: "does glucosamine help", "will a zorblax belt stop",
# "should I try a quorbit", "is kombucha good for".
_OPENERS = frozenset(("does", "do", "did", "will", "would", "can", "could", "is", "are", "should", "might", "has"))
_ACTIONS = frozenset(("try", "buy", "use", "take", "get", "wear", "drink", "eat", "do", "using", "taking", "wearing",
                      "drinking", "eating", "adding", "having",
                      "a", "an", "the", "some", "my", "i", "it", "this", "that"))


def _subject(group: tuple[reading.Clause, ...], unknown: tuple[str, ...]) -> frozenset[str]:
    """The unknown words a question opens on: after "does", "will a", "should I try a"..."""
    if not unknown:
        return frozenset()
    out = set()
    for clause in group:
        words = clause.words
        if words and words[0] in _OPENERS:
            at = 1
            while at < len(words) and at < 5 and words[at] in _ACTIONS:  # "should i try a": up to four such words
                at += 1
            # Three words: a compound's head comes last ("apple cider vinegar").
            out.update(w for w in words[at:at + 3] if w in unknown)
    return frozenset(out)


_REFERRING = frozenset(("it", "one", "this", "that", "these", "those", "them", "they"))
# An asking clause that opens by asking whether what it points back at is the cause: "could that be the reason",
# "is this why", "might it be what's causing".
_POINTS_CAUSE = re.compile(r"(?:could|can|would|might|may|is|was) (?:that|this|it|these|those) (?:be |really be |"
                           r"actually be )?(?:the (?:reason|cause|culprit|problem)|why|what is causing|causing|"
                           r"behind|to blame)")
# Endings of describing and doing words ("bearable", "quickly", "derails"): the specific content
# a question can carry that no entry explains is mostly things (kit, food, products, body parts).
_NOT_A_THING = ("able", "ible", "ly", "ing", "ed", "ous", "ful", "less", "ive", "ish", "est")


def _thing_weight(word: str) -> float:
    """How much an unexplained word counts: a thing fully (UNKNOWN_THING), a describing word half."""
    return 0.5 if word.endswith(_NOT_A_THING) else UNKNOWN_THING


def _others_run(tokens: tuple[str, ...] | list[str]) -> bool:
    """Someone else's running is told: a running word within seven words after "my son", "his", "her"...,
    or "but my son is" after the writer's denial."""
    for i, w in enumerate(tokens):
        if w not in _OTHERS:
            continue
        after = tokens[i + 1:i + 8]
        # "...but my son is, his back...": the clause ends at "is" (not "my wife is a physio")
        if not RUNNING_TALK.isdisjoint(after) or "country" in after or (
                i > 1 and tokens[i - 1] == "my" and after[:1] and after[0] in ("is", "does")
                and (len(after) == 1 or after[1] in (",", "."))):
            return True
    return False


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=4096)
def _answer_words(answer: str) -> frozenset[str]:
    """The words (and stems) an entry's answer uses: it explains a question that names them.

    Cached by text, so a big FAQ whose entries share answers shares the sets too."""
    words = {w for w in textmod.words(textmod.normalize(markup.to_plain(answer))) if w not in STOPWORDS}
    return frozenset(words | {_stem(w) for w in words})


_PART_FINE = re.compile(r" (?:(?:is|are|was|were|feel|feels|felt|seem|seems|have been|has been|now|all|totally|"
                        r"completely|absolutely|still|doing) )*(?:fine|ok|okay|grand|good|great|sound|healed|better|"
                        r"normal|perfect|no problem|no bother) ")
_DETAIL = re.compile(r" (?:swelling|swollen|bruis\w*|redness|red|clicking|clicks|lump|lumps|bump|cut|cuts|graze\w*|"
                     r"bleeding|blood|marks?|rash) ")
# A first stage of the story, since left behind: "walked it at first and now I'm jogging bits".
_STAGE_PASSED = re.compile(r" (?:\S+ ){0,3}(?:at first|initially|to begin with|to start with|in the beginning) ")


# The back told fine is no topic of the message: "went numb on the saddle, back fine", "back's fine,
# any tips?" (ConText reads it as a negated finding; the words would otherwise name the back entries').
# The parts a story may tell fine in one list with the back: "knees ok, back fine, hips fine" (the
# hundred-and-twenty-second review).
_PARTS = frozenset("back knee knees hip hips leg legs ankle ankles feet foot neck shoulder shoulders hamstring "
                   "hamstrings calf calves quad quads glute glutes arm arms".split())
_PART_FINE = re.compile(r"(?<![^ ])(?<!strained )(?<!sore )(?<!bad )(?<!pulled )(?<!injured )(?<!tweaked )(?<!hurt )"
                        r"(?<!achy )(?<!painful )(?<!stiff )(?<!a )(?:my |the |his |her )?(?:(?:lower |low )?back|"
                        + "|".join(sorted(_PARTS - {"back"})) + ") "
                        r"(?:is |was |feels |felt |seems |has been |have been |itself |itself is )?"
                        r"(?:totally |completely |absolutely |perfectly |all |"
                        r"still |otherwise |100% |actually |always )?(?:fine|ok|okay|good|grand|great|sound|perfect|"
                        r"no problem|no bother|unaffected)(?= |$)")


# What may follow a back told fine for it to be a denial: nothing in its clause, a word that ends the
# thought ("back's fine though", "back fine and legs fine", "back's fine thankfully") or a new clause's
# subject. Anything else makes it a time or a condition: "fine when I run", "fine yesterday", "fine
# normally", "felt great running".
_FINE_ENDS = frozenset(("though", "tho", "and", "so", "thankfully", "thank", "luckily", "touch", "btw", "lol",
                        "haha", "x", "xx", "otherwise", "too", "as", "well",
                        # a new clause's subject, unpunctuated: "back's fine it's just annoying", "back fine my knee"
                        "it", "its", "i", "im", "my", "the", "just", "this", "that", "nothing", "no",
                        # ...or another part told in the same breath: "nothing hurts, back fine, legs fine"
                        # (lay-redflags48)
                        "legs", "leg", "knees", "knee", "hips", "hip", "neck", "feet", "ankles", "shoulders", "back",
                        "everything", "all",
                        # ...or a new question: "back ok, how to get abs" (a twentieth new user)
                        "how", "what", "why", "can", "could", "should", "will", "would", "does", "do", "is", "any",
                        "tips", "best"))


# A simile's "like": before a comparison's subject ("like a cramp", "like someone slipped a knife in", "like I've been
# digging the garden"), not after one who likes ("I like a hill", "would like a tip").
_SIMILE_NEXT = frozenset(("a", "an", "someone", "somebody", "i", "i've", "i'd", "i'm", "id", "ive", "im",
                          "being", "having", "getting", "sitting"))
_LIKER = frozenset(("i", "you", "we", "they", "would", "do", "not", "really", "d", "to", "he", "she", "people"))
SIMILE_WORDS = 5  # the words of a comparison taken out after its "like"


def _without_simile(words: list[str]) -> list[str]:
    """A story clause's words without a simile's comparison: a topic told only as what a pain felt like is no topic
    of the story ("a sharp grab like a cramp that never let go": no cramp; forum37's kind)."""
    if "like" not in words:
        return words
    out, skip = [], 0
    for i, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        if (w == "like" and i + 1 < len(words) and words[i + 1] in _SIMILE_NEXT
                and (i == 0 or words[i - 1] not in _LIKER)):
            skip = SIMILE_WORDS
            continue
        out.append(w)
    return out


def _without_part_fine(words: tuple[str, ...]) -> list[str]:
    """A story clause's words without a back told fine ("back's fine", "my lower back is totally ok"),
    unless more follows that qualifies it ("my back feels fine when I run", "was fine yesterday")."""
    if _PARTS.isdisjoint(words):
        return list(words)
    text = " ".join(words) + " "
    out, at = [], 0
    for m in _PART_FINE.finditer(text):
        after = text[m.end():].split()
        if after and (after[0] not in _FINE_ENDS or after[0] == "though" and len(after) > 1):
            continue
        out.append(text[at:m.start()])
        at = m.end()
    if not out:
        return list(words)
    return (" ".join(out) + " " + text[at:]).split()


# A mention told of the present or of a return, in its own clause or the next one that goes on about it ("..., it
# came back last week"), is no story over: "I had scoliosis as a teenager, the curve is about 25 degrees now", "the
# disc I slipped 5 years ago has been playing up", "and it hasn't fully healed" (the sixty-eighth and sixty-ninth
# reviews). Not a now of something else in the sentence ("I am now 45", "running again").
_NOW_TOLD = re.compile(r"(?<![^ ])(?:now|today|still|currently|these days|at the moment|again|recently|lately|"
                       r"this week|last week|this month|came back|comes back|coming back|come back|returned|"
                       r"flare\S*|flaring|playing up|acting up|never (?:\S+ ){0,2}(?:went|gone|cleared|healed)|"
                       r"never been the same|not (?:\S+ ){0,2}(?:healed|gone|better|right|cleared|settled)|"
                       r"twinge\S*|niggl\S*|hurts|aches|is sore|keeps|diagnosed) ")
# ...where a now that tells it over does not count: "long gone now", "fine for years now", "no problems now".
_OVER_NOW = re.compile(r"(?<![^ ])(?:gone|fine|ok|okay|healed|better|normal|over|sorted|cleared|settled|good|"
                       r"recovered|resolved|no problems?|no issues?|nothing)(?: [a-z]+){0,3} now ")
# ...and "diagnosed" told with its end: "diagnosed with a bulge in 2010 but it resolved completely".
_RESOLVED = re.compile(r"(?<![^ ])(?:resolved|recovered|cleared|healed|gone|fine since|fine ever since) ")
_GOES_ON = re.compile(r"(?:, |and |but |which |that )?(?:it|that|this|which|the disc|the pain|the curve|it has|"
                      r"it is|it s|and it|but it|and has|and is|has|is|never|still|not|keeps|comes|came|flares|"
                      r"flared) ")
_WRITER_TAKES_OVER = re.compile(r" (?:and|but|so|then) (?:i|we|my) ")
# Conditions that last a life: a curve diagnosed in the teens is there now (NHS, scoliosis).
_LIFELONG = frozenset(("scoliosis", "kyphosis", "lordosis", "hyperlordosis", "degenerative", "ddd"))


def _told_now(text: str, start: int, end: int) -> bool:
    """Whether the mention at text[start:end] is told of now or of a return (_NOW_TOLD) in its own clause, or in
    the next clause when that goes on about it (a pronoun, "and has ..."); never in a now that tells it over."""
    lo, hi = _bounds(text, start, end, ",.?")
    own = text[lo:hi]
    if hi < len(text) and text[hi:hi + 2] == ", ":
        after = text[hi + 2:_bounds(text, hi + 2, hi + 2, ",.?")[1]]
        if _GOES_ON.match(after):
            # up to where the writer takes over as subject: "it's gone now and I'm running again"
            own += _WRITER_TAKES_OVER.split(after, 1)[0] + " "
    said = _OVER_NOW.sub("", own)
    found = _NOW_TOLD.search(said)
    if found and found.group().startswith("diagnosed") and _RESOLVED.search(text, *_bounds(text, start, end, ".?")):
        found = _NOW_TOLD.search(said.replace("diagnosed ", ""))
    return found is not None


def _bounds(text: str, start: int, end: int, marks: str) -> tuple[int, int]:
    """Character bounds of the stretch of `text` holding text[start:end] between the nearest of `marks` (a clause
    with ",.?", a sentence with ".?"), each word with its space."""
    lo = max(text.rfind(f" {mark} ", 0, start) for mark in marks)
    ends = [i for i in (text.find(f" {mark} ", end) for mark in marks) if i >= 0]
    return (lo + 3 if lo >= 0 else 0), (min(ends) + 1 if ends else len(text))


def _told_over(seen: reading.Reading, topic: str) -> bool:
    """Whether a topic not covered (a `!` feature) belongs to a story told as denied or over, as ConText
    reads a finding (bot.modifiers): "broke my wrist two years ago, all healed", "chest tightness last
    year, the inhaler sorted it" are background to the question, not what it asks about."""
    text = " ".join(seen.tokens) + " "
    # The topic's word as told, inflected or not ("walked" for walk, "knees" for knees).
    spans = [m.span() for m in re.finditer(rf"(?<![^ ]){re.escape(topic[1:])}[a-z]{{0,3}}(?= )", text)]
    if not spans:
        return False
    start, end = spans[0]
    found = modifiers.modifiers(text, start, end + 1)
    if Modifier.NEGATED in found or Modifier.HISTORICAL in found or _STAGE_PASSED.match(text, end):
        return True
    # A later mention that tells the part itself fine: "both knees were replaced. Knees are grand, it's my back
    # that grumbles" (not a detail of it denied, "no ankle swelling", nor a resolution read back over "but",
    # "the shin's bruised but my back is fine").
    return any(_PART_FINE.match(text, end) or (not _DETAIL.match(text, end) and Modifier.NEGATED in modifiers.modifiers(
        text, start, end + 1)) for start, end in spans[1:])
