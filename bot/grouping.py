"""Near-duplicate grouping of unanswered questions, for the report and /unanswered."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.store import normalize

GROUP_THRESHOLD = 85.0

# Words that carry no topic in a runner's question; dropping them lets "how do I stop
# chafing" and "how to stop chafing" (token_sort_ratio 80) land in one group.
# Negations are deliberately absent: "can I run" and "can't I run" differ.
_FILLER = frozenset(
    "a an the how what why when where which who whom is are am was were be do does did "
    "can could should would will shall may might must i me my mine you your we our it its "
    "to please anyone someone any tips advice".split()
)


# Joining words a question can swap without changing what it asks ("knees hurt when I run" and
# "knee hurts after running"), for the third key, where word forms are also brought to their stem.
_LINKS = frozenset("after when while during from on in of for and or so just really im ive its".split())
_ENDINGS = ("ing", "ed", "es", "s")


def _stem(word: str) -> str:
    """A word without an inflection ending ("hurts" -> "hurt", "running" -> "run", "knees" -> "kne":
    a stem for comparing, not a word)."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            return word[:-1] if ending == "ing" and len(word) > 3 and word[-1] == word[-2] else word
    return word


# Words that make two questions on one topic different questions: a painkiller before a run or after it, a body part
# against another ("chafing on my nipples", "chafing between my thighs"), a pain of one ("ibuprofen for knee pain",
# "ibuprofen before a run"), a wording denied or not. ("side" is no body part here: "a stitch in my side" is a stitch.)
_TIMING = frozenset(("before", "after"))
_BODY = frozenset("""
back spine neck shoulder shoulders arm arms elbow wrist hand hands chest rib ribs stomach belly hip hips groin
glute glutes butt bum thigh thighs hamstring hamstrings quad quads knee knees shin shins calf calves ankle ankles
achilles foot feet heel heels toe toes head nipple nipples
""".split())
_PAIN = frozenset("pain pains painful hurt hurts hurting ache aches aching achy sore soreness".split())
_DENIED = frozenset("no not never without cant can't dont don't wont won't isnt isn't shouldnt shouldn't".split())


def _topic(words: Sequence[str]) -> tuple[tuple[str, ...], frozenset[str]]:
    """The words that carry a question's topic on their own, and the rest of what it asks.

    The topic: words not among the commonest English words, not filler and not running talk ("stitch", "ibuprofen",
    "chafing"; not "knee", "marathon", "rid"), as stems, sorted; () when it has none. Two wordings with the same
    topic words ask about one thing ("how do i get rid of a stitch", "side stitch while running") when the rest, the
    words left once the topic, the ways of asking, stop words, running talk, body parts and pain are taken away,
    differ by one word at most ("how do i get rid of a stitch" and "stitch in my side every time i run past 3k" do;
    "is yoga good for runners" and "does yoga help you lose weight" do not), unless _apart() tells them apart."""
    from bot.lexicon import NEUTRAL  # the running talk; imported here, as only grouping a list needs it
    from bot.spelling import common_words
    from bot.text import STOPWORDS

    common = common_words()
    stems = {w: _stem(w) for w in words if w.isalpha() and w not in _FILLER and w not in NEUTRAL}
    topic = {stem for w, stem in stems.items() if len(w) >= 4 and w not in _BODY and w not in common
             and stem not in common}
    rest = frozenset(stem for w, stem in stems.items() if stem not in topic and w not in _LINKS
                     and w not in _ASKING and w not in STOPWORDS and w not in _BODY and w not in _PAIN)
    return tuple(sorted(topic)), rest


# Words that ask about a topic rather than name one: "how do i get rid of a stitch", "why do i keep getting a stitch",
# "can i still run with shin splints" ask about one thing.
_ASKING = frozenset("""
get gets getting got rid stop stops stopping prevent avoid fix fixed cure treat deal help helps tips tip best good bad
ok okay safe normal bad worse better wrong cause causes caused causing reason why keep keeps kept always every time
times again still happen happens happening sharp sudden bit little much lot quite very go goes going away start
started starting right left mean means worth actually really thing something anything everything today now new
know need want make makes made look should could would can will dont don't without
""".split())


def _apart(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two wordings that share their topic words still ask different things: one before a run and one after,
    each about another body part, a pain of a body part in one only, or one denied and one not."""
    timing_a, timing_b = _TIMING.intersection(a), _TIMING.intersection(b)
    body_a, body_b = {_stem(w) for w in _BODY.intersection(a)}, {_stem(w) for w in _BODY.intersection(b)}
    pain_a, pain_b = body_a if _PAIN.intersection(a) else set(), body_b if _PAIN.intersection(b) else set()
    return ((bool(timing_a) and bool(timing_b) and timing_a != timing_b)
            or (bool(body_a) and bool(body_b) and body_a != body_b)
            or pain_a != pain_b
            or bool(_DENIED.intersection(a)) != bool(_DENIED.intersection(b)))


@dataclass(frozen=True)
class UnansweredGroup:
    representative: str  # the most frequent (then latest) text of the group
    texts: list[str]  # distinct texts in the group, most recent first
    count: int  # questions in the group
    latest: float  # unix time of the latest
    forms: tuple[str, ...] = ()  # the normalised texts of the group
    picks: dict[str, int] = field(default_factory=dict)  # entry id -> times picked from "did you mean"


def group_questions(rows: Iterable[tuple]) -> list[UnansweredGroup]:
    """Cluster (text, normalized, asked_at, ...) rows, newest first, into groups of near-duplicates.

    A row may carry more (bot.store.ReviewRow): its `picked` entry is counted into the group's picks.

    Identical normalised texts count as one form. Forms are taken most frequent (then
    latest) first; each joins the earliest group whose leading form it matches
    (token_sort_ratio >= 85 on the normalised text or on it without filler words, or one
    contained in the other when the shorter has 3+ words, or the same topic words asked about in the
    same way: _topic(), _apart()) or else starts a new group.
    Comparing with the leader only, not every member, stops groups drifting by chains.
    """
    counts: Counter[str] = Counter()
    latest: dict[str, float] = {}
    wording: dict[str, str] = {}  # normalised form -> its most recent original text
    picked: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        text, normalized, asked_at = row[0], row[1], row[2]
        form = normalized if normalized is not None else normalize(text)
        if not form:
            continue  # nothing but punctuation: no question to group
        if getattr(row, "picked", None):
            picked[form][row.picked] += 1
        counts[form] += 1
        if form not in latest or asked_at > latest[form]:
            latest[form] = asked_at
            wording[form] = text
    forms = sorted(counts, key=lambda f: (-counts[f], -latest[f], f))
    clusters = _cluster(forms)
    groups = []
    for members in clusters:
        lead = members[0]
        by_recency = sorted(members, key=lambda f: (-latest[f], f))
        groups.append(
            UnansweredGroup(
                representative=wording[lead],
                texts=[wording[f] for f in by_recency],
                count=sum(counts[f] for f in members),
                latest=max(latest[f] for f in members),
                forms=tuple(members),
                picks=dict(sum((picked[f] for f in members), Counter()).most_common()),
            )
        )
    groups.sort(key=lambda g: (-g.count, -g.latest))
    return groups


def group_of(text: str, rows: Iterable[tuple]) -> UnansweredGroup | None:
    """The group of `rows` (grouped as group_questions() groups them) that holds a question worded `text`: the one
    holding its normalised text, or else the one it joins as a near-duplicate ("lower back feels battered ..." and
    "my lower back feels battered ..."). None when it would be a group of its own, or has no words.

    The question is grouped as if asked once more, before every row, so that it comes last of the forms and leads
    no group the rows make: the rows' groups are exactly those of group_questions(rows)."""
    rows = list(rows)
    form = normalize(text)
    if not form:
        return None
    groups = group_questions(rows)
    held = next((g for g in groups if form in g.forms), None)
    if held is not None:
        return held
    joined = next(g for g in group_questions([*rows, (text, form, -math.inf)]) if form in g.forms)
    if len(joined.forms) == 1:
        return None
    return next(g for g in groups if joined.forms[0] in g.forms)


def _cluster(forms: Sequence[str]) -> list[list[str]]:
    """Greedy leader clustering of distinct normalised forms, in the order given."""
    # ratio() on space-joined sorted tokens is exactly token_sort_ratio; sorting once
    # per form instead of once per comparison keeps 5,000 forms around a second at worst.
    df = Counter(word for form in forms for word in set(form.split()))
    sorted_index, key_index, stem_index = _LengthIndex(), _LengthIndex(), _LengthIndex()
    leaders: list[str] = []
    clusters: list[list[str]] = []
    by_word: defaultdict[str, list[int]] = defaultdict(list)  # word -> leaders containing it
    by_rarest: defaultdict[str, list[int]] = defaultdict(list)  # rarest word -> containable leaders
    by_topic: defaultdict[tuple[str, ...], list[int]] = defaultdict(list)  # topic words (_topic) -> leaders
    rests: list[frozenset[str]] = []  # each leader's rest of what it asks (_topic)

    for form in forms:
        words = form.split()
        sorted_form = " ".join(sorted(words))
        key = " ".join(sorted(w for w in words if w not in _FILLER)) or sorted_form
        stems = " ".join(sorted({_stem(w) for w in words if w not in _FILLER and w not in _LINKS})) or key
        matches = sorted_index.matches(sorted_form) | key_index.matches(key) | stem_index.matches(stems)
        if len(words) >= 3:
            matches |= _containing(form, words, leaders, by_word, by_rarest, df)
        topic, rest = _topic(words)
        if topic:
            matches |= {i for i in by_topic.get(topic, ())
                        if len(rest ^ rests[i]) <= 1 and not _apart(words, leaders[i].split())}
        if matches:
            clusters[min(matches)].append(form)
            continue
        index = len(leaders)
        leaders.append(form)
        clusters.append([form])
        sorted_index.add(sorted_form, index)
        key_index.add(key, index)
        stem_index.add(stems, index)
        rests.append(rest)
        if topic:
            by_topic[topic].append(index)
        for word in set(words):
            by_word[word].append(index)
        if _containable(words):
            by_rarest[min(words, key=lambda w: (df[w], w))].append(index)
    return clusters


def _containable(words: Sequence[str]) -> bool:
    """Whether a form may be matched by containment: 3+ words, 2+ of them not filler.

    The second condition keeps a bare "how do i" from swallowing every "how do i ..." question.
    """
    return len(words) >= 3 and sum(word not in _FILLER for word in words) >= 2


def _containing(
    form: str,
    words: list[str],
    leaders: list[str],
    by_word: dict[str, list[int]],
    by_rarest: dict[str, list[int]],
    df: Counter[str],
) -> set[int]:
    """Leaders that contain `form` as whole words, or are contained in it (the shorter containable)."""
    padded = f" {form} "
    found = set()
    if _containable(words):
        # A leader containing form must contain form's rarest word.
        for index in by_word.get(min(words, key=lambda w: (df[w], w)), ()):
            if padded in f" {leaders[index]} ":
                found.add(index)
    # A containable leader inside form has its rarest word among form's words.
    for word in set(words):
        for index in by_rarest.get(word, ()):
            if f" {leaders[index]} " in padded:
                found.add(index)
    return found


class _LengthIndex:
    """Leader strings bucketed by length, so a query is only scored against lengths that can reach the threshold."""

    _WIDTH = 4  # characters per bucket: few enough extract() calls, few wasted comparisons

    def __init__(self) -> None:
        """Start empty."""
        self._buckets: defaultdict[int, tuple[list[str], list[int]]] = defaultdict(lambda: ([], []))

    def add(self, text: str, index: int) -> None:
        """Remember leader `index` under `text`."""
        strings, indexes = self._buckets[len(text) // self._WIDTH]
        strings.append(text)
        indexes.append(index)

    def matches(self, query: str) -> set[int]:
        """Indexes of leaders whose text scores fuzz.ratio >= GROUP_THRESHOLD with `query`."""
        # ratio = 2*common / (len_a + len_b) caps the other length at these bounds.
        share = GROUP_THRESHOLD / 100
        low = math.floor(len(query) * share / (2 - share))
        high = math.ceil(len(query) * (2 - share) / share)
        found = set()
        for bucket in range(low // self._WIDTH, high // self._WIDTH + 1):
            if bucket not in self._buckets:
                continue
            strings, indexes = self._buckets[bucket]
            for _, _, position in process.extract(
                query, strings, scorer=fuzz.ratio, score_cutoff=GROUP_THRESHOLD, limit=None
            ):
                found.add(indexes[position])
        return found
