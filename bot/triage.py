"""Red-flag triage: find each warning sign told in a message, read its context, decide if it stands.

A finding is one row of bot.signs found in the words (with its site near it, when it needs one).
It stands unless a ConText modifier cancels it (denied, over, feared, wanted: bot.modifiers), an
ordinary look-alike explains it (a numb bum after a bike ride that wore off), or it lacks what it
needs (back pain for a fever; "without trying" for a weight loss). A sign that is someone else's
still stands: the urgent advice is for them.

Input is a message in bot.phrases' form, already spelled right by bot.text: "numbnes in my groyn"
arrives as "numbness in my groin".
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import accumulate

from bot import phrases, text
from bot.modifiers import CANCELS, Modifier, modifiers, told_long_ago
from bot.phrases import NEGATION_WORDS, compile_phrases
from bot.senses import BODY_AFTER, FEEL_VERBS, HELD_BACK, IN_PAIN, troubled_back
from bot.signs import BACK, FLAGS, PAIN, SIGNS, WORDS, LookAlike, Sign, Urgency

__all__ = ["FLAGS", "Finding", "Triage", "assess", "red_flags", "VOCABULARY"]


@dataclass(frozen=True)
class Finding:
    """One sign found: the words, the modifiers on them, and why it does not stand (if it does not)."""

    sign: Sign
    words: str
    modifiers: frozenset[Modifier]
    ordinary: str | None = None  # the look-alike that explains it
    lacks: str | None = None     # what it needed and the message does not tell
    passed: bool = False         # told as over, but from today or last night (`Sign.recent_stands`)
    # an `own_only` sign of someone else whose own back is told too ("after finishing chemo ... a new pain low down
    # in her back"): the pair is theirs, and the advice for them (lay-redflags38)
    theirs: bool = False

    @property
    def urgency(self) -> Urgency:
        """The sign's urgency; a faint or chest pain that has passed is checked the same day (BHF)."""
        return Urgency.TODAY if self.passed else self.sign.urgency

    @property
    def stands(self) -> bool:
        cancels = CANCELS | {Modifier.INTENDED} if self.sign.intendable else CANCELS
        if self.sign.own_only and not self.theirs:
            cancels = cancels | {Modifier.OTHER_PERSON}
        if self.sign.past_stands:
            cancels = cancels - {Modifier.HISTORICAL}
        return not self.ordinary and not self.lacks and not (self.modifiers & cancels)


@dataclass(frozen=True)
class Triage:
    """Every finding in a message, in table order; `flags` names the signs that stand. `whole` is
    False for a first_only pass (see assess) that stopped early or left out rows that cannot stand."""

    findings: tuple[Finding, ...] = ()
    whole: bool = field(default=True, compare=False, repr=False)

    @property
    def flags(self) -> tuple[str, ...]:
        standing = {f.sign.flag for f in self.findings if f.stands}
        return tuple(flag for flag in (*FLAGS, "custom") if flag in standing) if standing else ()

    @property
    def lead(self) -> str | None:
        """The flag that sets the urgency: of the most urgent signs that stand, the first in FLAGS order
        (a chest emergency leads a fever that is "today")."""
        urgency = self.urgency
        leading = {f.sign.flag for f in self.findings if f.stands and f.urgency is urgency}
        return next((flag for flag in (*FLAGS, "custom") if flag in leading), None)

    @property
    def urgency(self) -> Urgency | None:
        levels = {f.urgency for f in self.findings if f.stands}
        return Urgency.EMERGENCY if Urgency.EMERGENCY in levels else (Urgency.TODAY if levels else None)


class _LookAlike:
    """One ordinary look-alike of a sign (bot.signs.LookAlike), its regexes compiled the first time a
    message opens its gate: a sign's look-alikes are most of the table's phrases and a message
    holds the words of few of them (see bench_matching.py for the effect)."""

    __slots__ = ("spec", "gate", "__dict__")

    def __init__(self, spec: LookAlike) -> None:
        self.spec = spec
        self.gate = phrases.Gate(spec.words)

    @cached_property
    def words(self) -> re.Pattern[str]:
        return compile_phrases(self.spec.words)

    @cached_property
    def unless(self) -> re.Pattern[str] | None:
        return _maybe(self.spec.unless)

    @cached_property
    def also(self) -> re.Pattern[str] | None:
        return _maybe(self.spec.also)


@dataclass(frozen=True)
class _Rule:
    """One sign's regexes, each compiled the first time it is needed: the whole table takes about
    0.1 s to compile, which start-up need not pay, and a message wakes only a few rules."""

    sign: Sign
    gate: tuple[frozenset[str], tuple[str, ...]]    # one of these is in every match
    starts: tuple[frozenset[str], tuple[str, ...]]  # every match begins with one of these

    @cached_property
    def finding(self) -> re.Pattern[str]:
        return compile_phrases(self.sign.finding)

    @cached_property
    def finding_at(self) -> phrases.StartTable:
        """The finding's regex as assess() tries it: at a word a match can begin with."""
        return phrases.StartTable(self.sign.finding)

    @cached_property
    def site(self) -> re.Pattern[str] | None:
        return _maybe(self.sign.site)

    @cached_property
    def needs(self) -> re.Pattern[str] | None:
        return _maybe(self.sign.needs)

    @cached_property
    def elsewhere(self) -> re.Pattern[str] | None:
        return _maybe(self.sign.elsewhere)

    @cached_property
    def needs_gate(self) -> phrases.Gate | None:
        return phrases.Gate(self.sign.needs) if self.sign.needs else None

    @cached_property
    def look_alikes(self) -> tuple[_LookAlike, ...]:
        return tuple(_LookAlike(a) for a in self.sign.look_alikes)


def _maybe(items: tuple[str, ...]) -> re.Pattern[str] | None:
    return compile_phrases(items) if items else None


# Words most runners' messages hold: a gate of them would wake a rule for nearly every message, so a
# rarer slot of the phrase is chosen as its gate (only speed depends on this, never a result).
_EVERYDAY = text.STOPWORDS | frozenset("back pain run running runs ran lower hurt hurts sore feel feeling like go "
                                       "going get got can do not is after my".split())
RULES = tuple(_Rule(s, phrases.gate_words(s.finding, _EVERYDAY), phrases.first_words(s.finding)) for s in SIGNS)
_CUSTOM = Sign("custom", "custom", Urgency.EMERGENCY, ())
_BACK = compile_phrases(BACK)
_BACK_PAIN = compile_phrases(BACK + PAIN)
VOCABULARY = frozenset(WORDS | phrases.words_of(p for s in SIGNS for p in (*s.finding, *s.site, *s.needs))
                       | phrases.words_of(BACK + PAIN))
# The look-alikes' words, for the speller to leave as typed but never to correct a typo into: unknown,
# "turbo" was "corrected" to "tubby" before its look-alike could see it; as a target, "insomnia"
# would take "painsomnia".
KNOWN = frozenset(phrases.words_of(p for s in SIGNS for a in s.look_alikes for p in (*a.words, *a.unless)))


# A rule with a site finds nothing in a message that holds no word of the site either.
_SITES = tuple(phrases.gate_words(s.sign.site, _EVERYDAY) if s.sign.site else None for s in RULES)
_SITED = sum(1 << i for i, site in enumerate(_SITES) if site is not None)


# token -> _opened_by(token), for every token seen (up to a bound): a dict lookup per token costs half an
# lru_cache call, and every message's every token is looked up.
_OPENED: dict[str, tuple[int, int, int] | None] = {}


def _opened(tokens: list[str]) -> list[tuple[int, tuple[int, int, int]]]:
    """(i, _opened_by(tokens[i])) for each token that opens some rule."""
    known = _OPENED
    if len(known) >= 50_000:
        known.clear()
    for token in tokens:
        if token not in known:
            known[token] = _opened_by(token)
    return [(i, o) for i, token in enumerate(tokens) if (o := known[token]) is not None]


def _opened_by(token: str) -> tuple[int, int, int] | None:
    """Bitmasks (bit i for RULES[i]) of the rules that `token` opens the gate of, those whose finding
    can start with it, and those whose site it can be part of; None for a token that does none, as
    most do."""
    gate, begins, site = (_holding(token, words, prefixes) for words, prefixes in _BY_WORD)
    return (gate, begins, site) if gate or begins or site else None


def _holding(token: str, words: dict[str, int], prefixes: dict[str, int]) -> int:
    """The bits of the rules whose (words, prefixes) hold `token`: the word itself, or a prefix it starts with."""
    bits = words.get(token, 0)
    for end in range(min(len(token), _LONGEST_PREFIX) + 1):
        bits |= prefixes.get(token[:end], 0)
    return bits


def _by_word(holds: list[tuple[frozenset[str], tuple[str, ...]] | None]) -> tuple[dict[str, int], dict[str, int]]:
    """word -> bits and prefix -> bits of the rules whose (words, prefixes) `holds` name them: a token's rules in
    a few dict lookups, not a test of every rule (the first time each token is seen)."""
    words: dict[str, int] = {}
    prefixes: dict[str, int] = {}
    for i, held in enumerate(holds):
        for word in held[0] if held else ():
            words[word] = words.get(word, 0) | 1 << i
        for prefix in held[1] if held else ():
            prefixes[prefix] = prefixes.get(prefix, 0) | 1 << i
    return words, prefixes


# (words, prefixes) -> bits, for the rules' gates, starts and sites in turn (see _opened_by).
_BY_WORD = (_by_word([r.gate for r in RULES]), _by_word([r.starts for r in RULES]), _by_word(list(_SITES)))
_LONGEST_PREFIX = max((len(p) for _, prefixes in _BY_WORD for p in prefixes), default=0)


# The words that tell a fall, an accident or the heat, whose first aid the urgent reply adds (bot.replies.urgent).
_FIRST_AID_WORDS = frozenset(("fell", "fall", "falls", "fallen", "falling", "slipped", "tripped", "tumbled",
                              "crashed", "crash", "accident", "collision", "collided", "knocked", "thrown", "landed",
                              "jumped", "hit", "heat", "heatstroke", "sunstroke", "hot", "came", "bucked"))


def may_need_first_aid(tokens: list[str] | tuple[str, ...]) -> bool:
    """Whether `tokens` hold a word that tells a fall, an accident or the heat (_FIRST_AID_WORDS), whose first aid
    the urgent reply adds: a quick first_only pass that stopped at another emergency may have left that sign out,
    so the caller reads the message whole (bot.matching.Matcher.decide; a twenty-seventh new user's fall lost its
    "keep still"). A word set, not the rows' gates: those open on everyday words and cost every urgent message a
    second reading (the real FAQ's p99 went from 1.0 to 1.5 ms)."""
    return not _FIRST_AID_WORDS.isdisjoint(tokens)


def assess(tokens: list[str], extra_phrases: tuple[str, ...] = (), *, first_only: bool = False) -> Triage:
    """Every warning sign in a message given as spell-corrected words with "," "." "?" marks (read closed by one).

    With `first_only`, only the signs that stand count: stop at the first emergency sign that stands
    (one is enough for the urgent message, and its urgency cannot rise), and leave out the rows whose
    needed words the message cannot hold (`Triage.whole` then False).
    `extra_phrases` (faq.yaml's red_flag_phrases, normalised) stand as the flag "custom" unless denied
    or told over (ConText's modifiers, as for the table's signs); asked about or feared, they stand.
    """
    # Closed by a mark, so that a phrase whose last word is a mark matches at the message's end too: "they keep
    # giving way" as much as "they keep giving way."
    if tokens and tokens[-1] not in (",", ".", "?"):
        tokens = [*tokens, "."]
    # A rule's regex is tried only when the message holds a word every match needs, and only at the
    # words a match can begin with: a long message then costs a few anchored matches, not scans.
    opened = _opened(tokens)
    gate = begins = site = 0
    for _, (g, b, s) in opened:
        gate, begins, site = gate | g, begins | b, site | s
    # A rule with no word to begin a match, or no word of its site, finds nothing.
    live = gate & begins & (site | ~_SITED)
    message = " ".join(tokens) + " "
    context = _Context(message)
    found: list[Finding] = []
    whole = True
    ends = list(accumulate(map(len, tokens))) if live else []  # token i starts at ends[i] - len + i
    # The offsets of the words that can begin a match of a live rule, with the rules they begin.
    firsts = [(ends[i] - len(tokens[i]) + i, b, tokens[i]) for i, (_, b, _) in opened if b & live]
    present: frozenset[str] | None = None  # the message's words, for the rows' needs gates
    while live:
        index = (live & -live).bit_length() - 1
        live &= live - 1
        rule = RULES[index]
        # A finding without the words its row needs ("discomfort" and no word of it easing at rest) is
        # never a sign that stands: judging it (ConText, the look-alikes) only tells why not.
        if first_only and rule.needs_gate is not None:
            present = frozenset(tokens) if present is None else present
            if not rule.needs_gate.opens_in(present, context.spaced):
                whole = False
                continue
        starts = [(at, word) for at, b, word in firsts if b >> index & 1]
        judged = [(m.start(), f) for m in _matches(rule.finding_at, message, starts)
                  if (f := _judge(rule, message, m.start(), m.end(), context))]
        mine = [f for _, f in judged]
        # A sign told as over anywhere ("fever's been gone since yesterday") is over everywhere, but
        # for a new time told in its own sentence: "nearly passed out last night ... fainted last year".
        if any(Modifier.HISTORICAL in f.modifiers for f in mine):
            mine = [f if Modifier.HISTORICAL in f.modifiers or _RECENT.search(message, *_sentence(message, at, at + 1))
                    or _AGAIN.search(message, *_sentence(message, at, at + 1))
                    else replace(f, modifiers=f.modifiers | {Modifier.HISTORICAL}) for at, f in judged]
        found.extend(mine)
        # One emergency is enough; a "see a doctor today" sign is not, since a later row may be an emergency
        # (chest pain is the table's last): "wake at night short of breath" must not read as only "today".
        if first_only and any(f.stands and f.urgency is Urgency.EMERGENCY for f in mine):
            return Triage(tuple(found), whole=False)
    if extra_phrases:
        plain = f" {' '.join(t for t in tokens if t not in ',.?')} "
        for phrase in extra_phrases:
            if f" {phrase} " not in plain:
                continue
            # Denied or over, as any sign ("I didn't fall off my bike"); asked about, feared or doubted, it
            # still stands: an admin lists a phrase to warn whoever names it ("could I have cauda equina?",
            # "I don't know if this is cauda equina"). Told anywhere in the message, it stands.
            judged = []
            for m in re.finditer(rf"(?<![^ ]){re.escape(phrase)} ", message):
                told = frozenset(modifiers(message, m.start(), m.end())) - {Modifier.HYPOTHETICAL}
                if Modifier.NEGATED in told and _DOUBTED.search(message, max(0, m.start() - 60), m.start()):
                    told -= {Modifier.NEGATED}
                judged.append(told)
            if judged:
                found.append(Finding(_CUSTOM, phrase, min(judged, key=len)))
    return Triage(tuple(found), whole)


# Doubt is no denial: "I don't know if this is", "can't rule out", "could this not be".
_DOUBTED = re.compile(r"(?<![^ ])(?:(?:do|does|did) not know (?:if|whether)|(?:can not|cannot|could not) "
                      r"(?:rule|tell)|not (?:been )?ruled out|(?:could|can|might) (?:this|it|that) not be|not sure "
                      r"(?:if|whether)) ")


def _matches(finding: phrases.StartTable, message: str, starts: list[tuple[int, str]]) -> list[re.Match[str]]:
    """What the finding's regex finditer() would find, trying only the given start offsets (in order; each with
    the word there)."""
    out = []
    end = 0
    for start, word in starts:
        if start >= end and (m := finding.match(message, start, word)):
            out.append(m)
            end = m.end()
    return out


def red_flags(message: str) -> tuple[str, ...]:
    """The flags of the signs that stand in a plain message (no spelling correction: for tests and tools)."""
    return assess(text.marked_words(text.normalize(message))).flags


def back_pain_told(marked: list[str] | tuple[str, ...]) -> bool:
    """Whether a message's marked words (bot.reading.Reading.tokens) tell a back that hurts now: not
    denied, over or only asked about ("my back's fine but my knee hurts", "my back pain is gone now",
    "does running cause back pain?" do not)."""
    return _back_told(" ".join(marked) + " ", _NOT_NOW)


_NOT_NOW = frozenset({Modifier.NEGATED, Modifier.HISTORICAL, Modifier.HYPOTHETICAL})
_DENIED_OR_FEARED = frozenset({Modifier.NEGATED, Modifier.HYPOTHETICAL})
# For others_back: the writer's own back, a present verb after a back, and another person named.
_OWN_BACK = re.compile(r"(?<![^ ])(?:my|mine|i have|i ve got|i get) (?:(?:own|lower|low|sore|bad|achy|poor) ){0,2}"
                       r"back ")
_CARRIED = re.compile(r"(?<![^ ])(?:and|but) (?:now |also |still |then )?(?:has|have|got|gets|is getting|is having|"
                      r"complains of|started getting) (?:\S+ ){0,2}$"
                      # with no verb at all: "my client had prostate cancer, now lower back pain" (a ninth new user)
                      r"|(?<![^ ]), (?:and )?now (?:\S+ ){0,2}$"
                      # past an aside that ends on its time: "My mum (survived lung cancer 3 yrs ago) has new lower
                      # back pain" (a tenth new user)
                      r"|(?<![^ ])(?:ago|back|before|then) (?:now )?(?:has|have|got|gets|is having) (?:\S+ ){0,2}$")
_NOW_BEFORE = re.compile(r"(?<![^ ])(?:now|today|these days|lately|recently|currently|new) (?:\S+ ){0,3}$")
_HURTS_NOW = re.compile(r" ?(?:(?:still|is|has|keeps|really|now|always|been|all) )*(?:hurts|aches|is|has|keeps|hurting|"
                        r"aching|kills|killing|pain now|pain all the time|pain these days)\b")
_SOMEONE_ELSE = re.compile(r"(?<![^ ])(?:son|daughter|girlfriend|boyfriend|wife|husband|partner|friend|mate|"
                           r"colleague|neighbour|sister|brother|kid|child|boy|girl|client|coach|teammate)s? ")
_DENIED = frozenset({Modifier.NEGATED})
# What the writer did for someone else that can hurt a back: lifting, carrying, catching, holding them (not "stepped
# back onto his foot, lost my balance and my back hit the wall", the writer's own fall: lay-redflags33).
_HELPING = re.compile(r"(?<![^ ])(?:lift|lifts|lifted|lifting|carry|carried|carrying|catch|caught|catching|hold|held|"
                      r"holding|helped|helping|picked|picking|pick|pulled|pulling|pushed|pushing|straightened|"
                      r"support|supported|supporting)(?![^ ])")
# The writer as the subject of the finding's verb: "carrying my son when I slipped" is the writer's own fall.
_I_DID = re.compile(r"(?<![^ ])i (?:(?:just|then|also|had|have|was|accidentally|nearly|almost) )?$")
# "my back", "my own lower back": the words just before a back word that make it the writer's.
_WRITERS = re.compile(r"(?<![^ ])(?:my|mine)(?: (?:own|lower|low|sore|bad|achy|poor))* $")


def _back_told(text: str, not_with: frozenset[Modifier]) -> bool:
    """A back word of `text` that is the body's and has none of the modifiers `not_with`."""
    return any(not _not_body_back(text, m) and not_with.isdisjoint(modifiers(text, m.start(), m.end()))
               for m in _BACK.finditer(text))


class _Context:
    """What several rules ask of the whole message, worked out once when first asked."""

    def __init__(self, message: str) -> None:
        self.message = message
        self._back: bool | None = None
        self._back_pain: bool | None = None

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(self.message.split())

    @cached_property
    def spaced(self) -> str:
        """The message with each word after a space, as phrases.Gate.opens_in takes it."""
        return " " + self.message

    @property
    def back(self) -> bool:
        """The back, or a pain, is told about ("back's fine all day, then at night..." counts)."""
        if self._back is None:
            self._back = any(not _not_body_back(self.message, m) for m in _BACK_PAIN.finditer(self.message))
        return self._back

    def others_back(self, after: int) -> bool:
        """The back of the person a finding at `after` is told of, told as theirs and hurting now: someone else's back
        (OTHER_PERSON) after the finding, neither denied nor only feared, with no other person named between them
        and no back of the writer's own in the message ("my dad had bowel cancer 3 years ago and his back hurts at
        night" is his; "my grandad had lung cancer. my son is 15 and his back aches" is the son's, and "my uncle
        had myeloma ... now my back hurts" the writer's: the hundred-and-eighth review). A past time on the back
        counts when a present verb goes with it ("3 years ago and his back hurts")."""
        return not _OWN_BACK.search(self.message) and self.their_back_after(after)

    def their_back_after(self, after: int) -> bool:
        """others_back without its first test: a back after `after` told as someone else's and hurting now,
        whatever back of the writer's own the message tells as well."""
        message = self.message
        for m in _BACK.finditer(message, after):
            # (a back told as the writer's is not theirs, whoever the sentence named before it: "picked my toddler
            # up after he toppled off the sofa and tweaked my lower back", the hundred-and-tenth review)
            if _not_body_back(message, m) or _WRITERS.search(message, max(0, m.start() - 24), m.start()):
                continue
            found = modifiers(message, m.start(), m.end())
            # the subject carried over from the finding's own: "my mum had cancer ... and now has back pain"
            if _CARRIED.search(message, max(0, m.start() - 30), m.start()):
                found = found | {Modifier.OTHER_PERSON}
            if (Modifier.OTHER_PERSON in found and _DENIED_OR_FEARED.isdisjoint(found)
                    and (Modifier.HISTORICAL not in found or _HURTS_NOW.match(message, m.end())
                         # "...a few years ago and now has back pain" (a thirty-first new user)
                         or _NOW_BEFORE.search(message, max(0, m.start() - 24), m.start()))
                    and not _SOMEONE_ELSE.search(message, after, m.start())):
                return True
        return False

    @property
    def back_pain(self) -> bool:
        """The back told about and not denied: "my back's fine" and "get back to running" do not count."""
        if self._back_pain is None:
            self._back_pain = _back_told(self.message, _DENIED)
        return self._back_pain


# What ends a trigger's scope between a site and its finding (ConText's termination terms, and a clause's comma).
_SCOPE_ENDS = re.compile(r"(?<![^ ])(?:,|but|however|although|though|yet|except|because|cos|since|now|then|until) ")


def _judge(rule: _Rule, message: str, start: int, end: int, context: _Context) -> Finding | None:
    """The finding at message[start:end], or None when its site is not near it."""
    sign = rule.sign
    words = message[start:end].strip()
    s_lo, s_hi = _sentence(message, start, end)
    own_lo, own_hi = start, end  # the finding's words, with its site: what an `own` look-alike must take in
    if rule.site is not None:
        lo, hi = _window(message, start, end, sign.near)
        c_lo, c_hi = s_lo, s_hi
        if sign.same_clause:
            c_lo, c_hi = _clause_of(message, start, end, c_lo, c_hi)
        lo, hi = max(lo, c_lo), min(hi, c_hi)
        # A site of several words needs only to begin (or end) within `near` words of the finding:
        # "numb skin right at the top of where my buttocks meet". The search reaches 60 characters
        # (about ten words) past the window so that such a site is found whole.
        site = _nearest(rule.site, message, max(c_lo, lo - 60), min(c_hi, hi + 60), start, end, lo, hi)
        # ...or told of the person a sentence that opens on "she" or "he" points back to: "Mum is 85. She slipped in
        # the bathroom two days ago" (an eighth new user's)
        if site is None and sign.site_told_before and _POINTS_BACK.match(message, s_lo):
            site = _nearest(rule.site, message, 0, s_lo, start, end)
        if site is None:
            return None
        other = rule.elsewhere and _nearest(rule.elsewhere, message, lo, hi, start, end)
        if other and _distance(other, start, end) < _distance(site, start, end):
            return None
        own_lo, own_hi = min(start, site.start()), max(end, site.end())
        words = message[own_lo:own_hi].strip()
    found = frozenset(modifiers(message, start, end))
    # A story read or imagined reaches the whole finding from its site on, not only its last words: "read a horror
    # story online about a guy whose legs went numb and gave out" (forum49), where the verb is past the trigger's reach.
    if (own_lo < start and Modifier.HYPOTHETICAL not in found and not _SCOPE_ENDS.search(message, own_lo, start)
            and Modifier.HYPOTHETICAL in modifiers(message, own_lo, end)):
        found |= {Modifier.HYPOTHETICAL}
    # An illness told as on its way out but not clearing in the same sentence is not over: "recovering from a
    # kidney infection, the symptoms haven't cleared" (a seventieth review).
    if sign.flag == "fever" and Modifier.HISTORICAL in found and _NOT_CLEARED.search(message, s_lo, s_hi):
        found -= {Modifier.HISTORICAL}
    passed = False
    # (a long-ago one told again today: "fainted last year, ok after, but it happened again this morning", the
    # ninety-first review)
    # ...and one told over with no time at all: "I collapsed at the finish line, I feel ok now" is today's (a
    # thirtieth new user; people writing on the day rarely say "today")
    if (sign.recent_stands and Modifier.HISTORICAL in found
            and (_RECENT.search(message, s_lo, s_hi) or not _ANY_TIME.search(message))
            and (not told_long_ago(message, s_lo, s_hi) or _AGAIN.search(message, s_lo, s_hi))):
        found -= {Modifier.HISTORICAL}
        # Its own sentence and the next: "Chest pain on my run this morning, gone now. It went down my arm."
        after = message.find(" . ", s_hi)
        passed = not _STILL_EMERGENCY.search(message, s_lo, after + 3 if after >= 0 else len(message))
    if _figurative(message, end):
        return Finding(sign, words, found, ordinary="told as a figure of speech")
    if sign.numbers_fall and not _falls(words, message[start:s_hi], message[s_lo:s_hi]):
        return Finding(sign, words, found, ordinary="a rise or a small change, not a significant fall")
    for look_alike in rule.look_alikes:
        if not look_alike.gate.opens_in(context.words, context.spaced):
            continue
        spec = look_alike.spec
        # (with the sentence's closing mark: "so this has knocked me ." ends a look-alike there)
        bounds = () if spec.anywhere else (s_lo, min(len(message), s_hi + 2))
        # A look-alike that is only guessed at ("is this a pelvic floor thing?") or denied ("I
        # haven't been cycling") explains nothing.
        # An `own` look-alike explains only the finding whose words it takes in ("my mood crashed").
        seen = next((m for m in look_alike.words.finditer(message, *bounds)
                     if (not spec.own or (m.start() < own_hi and own_lo < m.end()))
                     and (spec.sense or not (_guessed(message, m.start()) or _denied(message, m.start())
                                                   or _compared(message, m, start, end)))), None)
        # An exception only asked about ("is that coming from my back?") is no more told than a guessed cause.
        if seen and not (look_alike.unless and _told(look_alike.unless, message, unless_asked=True,
                                                     spans=_other_senses(rule, context, seen))) and (
                look_alike.also is None or _told(look_alike.also, message)):
            return Finding(sign, words, found, ordinary=seen.group().strip())
    if rule.needs is not None and not _told(rule.needs, message, *((s_lo, _then_next(message, s_hi, sign))
                                                                  if sign.needs_near else ()),
                                            cancels=_ASKED_ONLY if sign.needs_denied_ok else _NOT_TOLD):
        return Finding(sign, words, found, lacks="the words that make it a sign")
    if sign.needs_back and not context.back:
        return Finding(sign, words, found, lacks="the back")
    if sign.needs_back_pain and not context.back_pain:
        return Finding(sign, words, found, lacks="back pain")
    # Someone else's fall (fever, bedwetting) and only the writer's own back hurting: "her son had slipped out of his
    # wheelchair ... when I straightened up I felt a twinge low in my back" (letters1): the pair is nobody's.
    if (sign.needs_back_pain and Modifier.OTHER_PERSON in found and _OWN_BACK.search(message)
            and _HELPING.search(message) and not _I_DID.search(message, max(0, start - 16), start)
            and not context.their_back_after(start)):
        return Finding(sign, words, found, lacks="their back pain")
    theirs = sign.own_only and Modifier.OTHER_PERSON in found and context.others_back(start)
    return Finding(sign, words, found, passed=passed, theirs=theirs)


def _figurative(message: str, end: int) -> bool:
    """A finding ending at message[end] said at once to be a figure of speech: "I collapsed in November. Not
    literally, I mean motivation went out the window", "I died, figuratively." (ConText's other sense, for every
    sign). Only the finding just before it, and only a retraction that stands alone: "not literally" within four
    words and one mark of it, "figuratively" or "metaphorically" right after it, each followed by a mark or the
    message's end ("not literally dead" or "figuratively speaking I was done" qualify something else; a sign told
    elsewhere in the message still stands: the ninety-fourth and ninety-fifth reviews)."""
    after = message[end:end + 60].split()
    marks = 0
    for i, word in enumerate(after[:6]):
        if word in ",.?":
            marks += 1
            if marks > 1:
                return False
            continue
        if word == "not" and after[i + 1:i + 2] == ["literally"]:
            return i <= 4 and after[i + 2:i + 3] in ([], [","], ["."], ["?"])
        if word in ("figuratively", "metaphorically"):
            return i - marks <= 0 and after[i + 1:i + 2] in ([], [","], ["."], ["?"])
        if i >= 4:
            return False
    return False


# Today or last night, in the finding's own sentence: a faint or chest pain that has passed since
# still needs checking today; not when the sentence also sets it long ago (ConText's own triggers).
_RECENT = compile_phrases(("this morning|afternoon|evening", "today", "tonight", "last night", "yesterday",
                           "just now", "an hour ago", "# hours|minutes|mins ago"))

# Any time told, near or far: what keeps a sign told as over from being read as today's.
_ANY_TIME = compile_phrases(("ago", "last|this|past|previous|next week|weeks|month|months|year|years|weekend|time|"
                             "spring|summer|autumn|winter|season|race|run|marathon|night|monday|tuesday|wednesday|"
                             "thursday|friday|saturday|sunday",
                             "# ~1 days|weeks|months|years|yrs|wks", "a|one|few|couple|several day|days|week|weeks|"
                             "month|months|year|years", "once|twice|before|used to|back in|when i was|earlier|recently",
                             "jan*|feb*|march|april|june|july|aug*|sep*|oct*|nov*|dec*|christmas|easter",
                             "in # ", "years", "months", "weeks", "days", "yesterday", "today", "tonight",
                             # a duration: "back to normal within a minute" tells how it goes each time
                             "minute|minutes|mins|seconds|secs|hour|hours",
                             "morning", "afternoon", "evening"))

_NOT_CLEARED = compile_phrases(("symptoms|it|infection|fever|temperature|temp ~3 not ~1 cleared|gone|better|improv*|"
                                 "settled", "infection|symptoms|fever ~2 no better", "still not right", "relaps*",
                                 "it_has|it_is ~1 come_back|back_again|returned"))
# ...or a new episode told in it: "back running after the flu, but now I have a fever again".
_AGAIN = compile_phrases(("now ~4 again", "again now|today|tonight", "back again",
                          # (what happened again named as "it": not "my back pain happened again", a review)
                          "it|this|that happened|happen|happens ~1 again",
                          # "all checked and cleared, but it came back on my run today" (a ninety-third review)
                          "came|come|comes|coming back ~4 today|tonight|this_morning|yesterday|last_night",
                          "again this|last morning|afternoon|evening|night",
                          "again yesterday",
                          # an illness come back, not a runner "coming back from my run" (a sixty-eighth review)
                          "came|come|comes|coming back ,|.|and|again|now|today|tonight|last_night|this_morning|with",
                          # one finding over, another told as going on: "toes went numb, feeling came straight back,
                          # but my left leg is still numb" (an eighty-ninth review)
                          "still numb*|tingl*|weak*|dead|asleep|there|not_right", "is|are|feels|feel still"))

# A heart attack's own features keep a passed chest pain or faint an emergency (BHF): crushing,
# spreading to the arm or jaw, with sweating, lasting minutes, coming back, or a blow to the head.
_STILL_EMERGENCY = compile_phrases(("crush*", "down|into|in|to|up my|the ~1 arm|arms|jaw|neck", "jaw",
                                    "through to my|the back",
                                    "went|goes|going|spread*|radiat*|shot|shoots|shooting ~3 through|into my|the back",
                                    "sweat*", "clammy", "pressure", "squeez*", "tight*", "chest ~3 heavy|heaviness",
                                    "heavy|heaviness ~3 chest",
                                    "spread*", "radiat*", "lasted|lasting|for ~2 # mins|minutes|hour|half_an_hour",
                                    "several|few|ten|twenty|thirty minutes", "half an hour",
                                    "keeps|kept coming back", "comes and goes", "came back", "breath*", "breathless",
                                    "palpitat*", "racing|pounding heart", "heart ~2 racing|pounding",
                                    "hit|banged|bumped|cut|smacked|whacked|bashed|hurt my|the head", "bumped head",
                                    "head injury", "on my head", "head ~2 hit|hurt|bleeding|cut", "collaps*",
                                    "black* out", "and fell|fall", "fell down|over", "hit the ground|floor|pavement"))

# "Is this a pelvic floor thing?", "it's probably my trainers": an ordinary cause the person only
# guesses at explains nothing (ConText's "possible" on the look-alike itself).
# "Is that normal after kids?" asks whether it is normal, in the light of the cause it states: no guess.
_GUESS = re.compile(r"(?<![^ ])(?:is (?:this|it|that)(?! (?:normal|ok|okay|common|usual|expected) )|"
                    r"could it be|could this be|might it be|probably|maybe|perhaps|i guess|i think|i suppose|"
                    r"surely|must be|must have been|i reckon|i assume|i assumed|i presume|"
                    r"how do i stop|how to stop|how can i stop|or is it|or just|"
                    # a cause the writer talks themself into: "which I'm telling myself is a stitch" (lay-redflags36)
                    r"telling myself|tell myself|told myself|convincing myself|convinced myself|i hope|hoping) ")

# "Puffing on my easy 5k like I'm sprinting": an effort only compared with explains nothing either.
_SIMILE = re.compile(r"(?<![^ ])(?:like|as if|as though) (?:i|you|he|she|we|they) (?:am|was|were|is|are|had|have|"
                     r"would|just|did|have been|had been|would have) (?:just |been )?$")


def _compared(message: str, look_alike: re.Match[str], start: int, end: int) -> bool:
    """The look-alike stands in a simile of its own ("like I'm sprinting"), apart from the finding
    message[start:end] (in "like I'm sitting on my tailbone" the simile is the finding itself)."""
    return ((look_alike.start() >= end or look_alike.end() <= start)
            and _SIMILE.search(message, max(0, look_alike.start() - 40), look_alike.start()) is not None)


def _guessed(message: str, at: int) -> bool:
    """A guess phrase within the four words before `at`, in the same clause ("but" ends a guess's scope as it ends
    a negation's in NegEx: "probably being paranoid but my uncle had a heart attack" guesses nothing of the uncle)."""
    before = " " + " ".join(message[max(0, at - 80):at].split()[-6:]) + " "
    cut = max(before.rfind(" . "), before.rfind(" ? "), before.rfind(" , "))
    near = before[cut + 3:] if cut >= 0 else before
    if " but " in near:
        near = near[near.rfind(" but ") + 5:]
    return any(len(near[m.end():].split()) <= 4 for m in _GUESS.finditer(near))


# A sentence about the person one before it named: "She slipped...", "Since then he's been..."
_POINTS_BACK = re.compile(r"(?:(?:and|but|then|so|since then|on \S+|yesterday|last night|today) (?:, )?)?"
                          # (or with no subject at all: "Nan's 88 this year. Had a tumble in the garden")
                          r"(?:she|he|they|had|took|fell|slipped|tripped|went|came) ")


def _nearest(rx: re.Pattern[str], message: str, lo: int, hi: int, start: int, end: int,
             near_lo: int | None = None, near_hi: int | None = None) -> re.Match[str] | None:
    """The match of `rx` within [lo, hi) closest to message[start:end]; with `near_lo`/`near_hi`,
    only a match that overlaps [near_lo, near_hi)."""
    found = rx.finditer(message, lo, hi)
    if near_lo is not None:
        found = (m for m in found if m.start() < near_hi and m.end() > near_lo)
    return min(found, key=lambda m: _distance(m, start, end), default=None)


def _distance(m: re.Match[str], start: int, end: int) -> int:
    return max(0, m.start() - end, start - m.end())


def _told(rx: re.Pattern[str], message: str, *bounds: int,
          cancels: frozenset[Modifier] = frozenset({Modifier.NEGATED}), unless_asked: bool = False,
          spans: Callable[[], list[tuple[int, int]]] | None = None) -> bool:
    """Some match of `rx` in the message (or within `bounds`) without one of the `cancels` modifiers;
    with `unless_asked`, nor only asked about in a question ("is that coming from my back?"). A hedge
    ("I think it's spreading") still tells: people hedge what they feel. A match inside one of `spans()`
    (offsets in the message, asked for only once a match is found) tells nothing."""
    inside: list[tuple[int, int]] | None = None
    for m in rx.finditer(message, *bounds):
        if spans is not None:
            if inside is None:
                inside = spans()
            if any(lo <= m.start() and m.end() <= hi for lo, hi in inside):
                continue
        if cancels.isdisjoint(modifiers(message, m.start(), m.end())) and not (
                unless_asked and _asked(message, m.start())):
            return True
    return False


def _other_senses(rule: _Rule, context: _Context, seen: re.Match[str]) -> Callable[[], list[tuple[int, int]]]:
    """The spans of the rule's `sense` look-alikes in the message other than `seen` (the look-alike being judged,
    whose own words may hold its exception: "temperature 38 and ... in the" keeps the reading): an exception told
    within one of them is in another sense too, so no exception ("I feel like I got hit by a bus" beside "my energy
    totally crashed": neither is a crash)."""
    def spans() -> list[tuple[int, int]]:
        out = []
        for other in rule.look_alikes:
            if other.spec.sense and other.gate.opens_in(context.words, context.spaced):
                out.extend(m.span() for m in other.words.finditer(context.message) if m.span() != seen.span())
        return out
    return spans




_ASKED = re.compile(r"(?:^| )(?:is|could|might|can) (?:it|that|this) "
                    r"(?!normal |ok |okay |bad |fine |common |serious |dangerous |worrying |possible )"
                    r"(?:be )?(?:\S+ ){0,3}$"
                    r"|(?:^| )or (?:is )?(?:it )?$")


def _asked(message: str, at: int) -> bool:
    """The words before `at` in its sentence open a question about it ("is that coming from ...?"),
    and the sentence ends with "?"."""
    start = max(message.rfind(" . ", 0, at), message.rfind(" ? ", 0, at), message.rfind(" , ", 0, at))
    end = _sentence(message, at, at + 1)[1] - 1
    return message.startswith(" ? ", end) and bool(_ASKED.search(message[start + 3 if start >= 0 else 0:at]))


# What a sign needs must be told as a fact: "if she didn't change her diet" tells nothing.
_NOT_TOLD = frozenset({Modifier.NEGATED, Modifier.HYPOTHETICAL})
_ASKED_ONLY = frozenset({Modifier.HYPOTHETICAL})


def _clause_of(message: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The bounds of the finding's clause within the sentence's (`lo`, `hi`). A comma parts clauses, except after the
    chest named alone as a heading ("chest - tight and heavy on every run", _CHEST_HEADING) and before an aside that
    says where the finding is ("crushing pain, right in the middle of my chest, on my run": _WHERE_NEXT,
    _ON_THE_CHEST). A "but" before the finding parts them only after a denial or a part told fine, with another part
    named after it ("no chest pain but my back hurts", "chest is fine but my traps get tight"; not "chest isnt painful
    but its really tight"); a "but" after it, only when the finding itself is denied (not after a hedge: "dont think
    its serious a tight pain but in my chest"). The twenty-fourth new user, the hundred-and-fourth to
    hundred-and-eighth reviews."""
    comma = message.rfind(" , ", lo, start)
    but = message.rfind(" but ", lo, start)
    if but > comma and (_NEGATED_CLAUSE.search(message, max(comma, lo), but + 1) or _FINE_CLAUSE.search(
            message, max(comma, lo), but + 1)) and _OTHER_PART.search(message, but, start + 1):
        lo = but + 5
    elif comma >= 0 and not (_CHEST_HEADING.fullmatch(message, _after(message.rfind(" , ", lo, comma), lo), comma + 3)
                             and not _PART_FIRST.match(message, comma + 3)):
        lo = comma + 3
    at = end - 1
    while (comma := message.find(" , ", at, hi)) >= 0 and (_WHERE_NEXT.match(message, comma + 3)
                                                              or _ON_THE_CHEST.match(message, comma + 3)):
        at = comma + 3
    but = message.find(" but ", end - 1, hi)
    if but >= 0 and (comma < 0 or but < comma) and (_denied(message, start) or _NEGATED_CLAUSE.search(
            message, start, but + 1)):
        return lo, but + 1
    return lo, (comma + 1 if comma >= 0 else hi)


def _after(comma: int, lo: int) -> int:
    """Where the clause after a " , " found at `comma` opens, or `lo` when none was found (-1)."""
    return comma + 3 if comma >= 0 else lo


# The chest named alone before a comma or a dash, as a heading for what follows: "chest - tight and heavy on every
# run", "left side of my chest, sharp pain on runs" (the hundred-and-seventh review).
_CHEST_HEADING = re.compile(r" ?(?:(?:my|the|his|her|left|right|side|of|middle|centre|center|upper|lower|top|"
                            r"front) ){0,5}(?:chest|sternum|breastbone) , $")
# ...not the first of a list of parts: "chest, arms and shoulders tight from bench press" (the hundred-and-eighth
# review).
_PART_FIRST = re.compile(r"(?:and |my |the )*(?:arms?|shoulders?|back|legs?|triceps|biceps|abs|core|lats|traps|quads|"
                         r"glutes|hamstrings?|hammies|neck|calves|calf|shins?|hips?|knees?|stomach|tummy|belly|sides?|"
                         r"pecs|delts|forearms?|wrists?|upper back|lower back) ")
# A denial in a clause before "but", and where a thing is, opening an aside after a comma.
_NEGATED_CLAUSE = re.compile(rf"(?<![^ ])(?:{'|'.join(NEGATION_WORDS)}) ")
# ...or a part told fine before another part is named: "my chest is fine but my calves get tight" (the
# hundred-and-fifth review), not "chest is ok walking but gets really tight when I run" (the hundred-and-sixth)
_FINE_CLAUSE = re.compile(r"(?<![^ ])(?:fine|ok|okay|alright|good|great|normal) ")
# Another part is any thing named with "my", "the"... that is not the chest, a side of it or a feeling: "my traps",
# "the calves" (an open list, the hundred-and-seventh review: a closed one missed "traps", "toes", "lats").
_OTHER_PART = re.compile(r" (?:my|his|her|their|your|the|both|one|a) (?:left |right |lower |upper )?(?!(?:chest|heart|"
                         r"ribs?|rib|breast|breastbone|sternum|lungs?|it|this|that|left|right|middle|centre|center|"
                         r"upper|lower|top|side|front|whole|same|pain|ache|tight\w*|pressure|burn\w*|heav\w*|feel\w*|"
                         r"sensation|squeez\w*|band|weight|lump|stitch|bit|little|lot|run|runs|hills?|way|time|end|"
                         r"last|first|next|other|weird|strange|odd|funny|really|very|bad|sharp|dull|real)\b)[a-z]+ ")
# An aside that names the chest, after "on", "down", "up" or a side of it, closed by a comma or the message's end: "a
# heavy pressure, on my chest, when running up hills", "a crushing pain, left side of my chest, on my run" (not "legs
# were burning, on the hill my chest felt ok", nor "calves tight, right side of my chest. nothing else").
_ON_THE_CHEST = re.compile(r"(?:(?:mostly|mainly|all|sort of|kind of|right|just) )?(?:on|down|up|over|along|around|"
                           r"high|low|left|right|centre|center|middle|top|front)(?: (?:the|my|his|her|left|right|"
                           r"middle|centre|center|top|bottom|front|side|of|upper|lower|whole|in|up|high|low))* "
                           r"(?:chest|sternum|"
                           r"breastbone|ribs|heart) (?=, |[.?] ?$|$)")
_WHERE_NEXT = re.compile(r"(?:right |just |deep |mostly |mainly )?(?:in|across|around|behind|through|into|under|"
                         r"inside) ")


def _denied(message: str, at: int) -> bool:
    """A negation word within the three words before `at`, in the same clause ("I haven't been cycling"); "but"
    ends the clause as it ends a negation's scope in NegEx ("probably nothing but my grandad had ...")."""
    before = message[max(0, at - 60):at].split()[-3:]
    for mark in (",", "but"):
        if mark in before:
            before = before[len(before) - before[::-1].index(mark):]
    return any(w in NEGATION_WORDS for w in before)


_NOT_BODY_BEFORE = frozenset(("weeks", "months", "years", "days", "while", "ago", "get", "got", "getting", "come",
                              "came", "coming", "go", "going", "went", "be", "been",
                              "bounce", "bouncing", "ease", "easing", "build", "building", "start", "started",
                              "starting", "bring", "put", "way", "cut", "cutting", "fight", "hold", "holding",
                              "look", "looking", "give", "gave", "feeling",
                              # returned: "my appetite is back", "the sun was back"
                              "is", "was"))
_GOT_BACK = frozenset(("get", "got", "getting", "gets", "bring", "brings", "bringing", "brought", "want", "wanted",
                       "wants", "win", "won", "earn", "earned", "take", "took"))
_CLAUSE_ENDS = frozenset(("and", "but", "so", "or", "again", "yet", "now", "after", "before", "soon", "quickly",
                          "fast", "eventually", "properly", "fully", "?", ",", "."))
_DOWN_PLACES = tuple([w] for w in ("hill", "road", "stairs", "street", "path", "track", "trail", "lane", "mountain",
                                  "slope", "steps", "ladder", "bank", "valley", "fell", "hillside"))
_OBJECTS = frozenset(("me", "him", "her", "us", "them", "you"))
_HELD_BACK = frozenset(HELD_BACK)
_NOT_BODY_AFTER = frozenset(("to", "into", "home", "then", "when", "in", "from", "half", "end", "straight",
                             "on", "up", "of",

                             # a return to a place or a thing: "back at work this week", "back at it"
                             "at",
                             # returned to it: "back out 4 days a week", "back running", "back at it again"
                             "out", "running", "jogging", "training", "racing", "again"))
_COMPLAINT = frozenset(("everything", "neck", "legs", "hips", "shoulders", "aching", "aches", "achy", "hurting",
                        "hurts", "sore", "stiff", "killing", "agony", "pain", "painful",
                        # a second place sharing the complaint: "a nagging back and belly ache" (lay-redflags35)
                        "ache", "ached", "hurt", "pains", "belly", "tummy", "stomach", "knee", "knees", "leg", "hip"))
_PAIN_BEFORE = frozenset(("pain", "pains", "ache", "aches", "paining", "hurting", "hurt", "soreness", "spasm"))
_BODY_BEFORE = frozenset(("my", "his", "her", "their", "your", "lower", "low", "sore", "bad", "stiff", "upper"))
_TRIP = frozenset(("ran", "run", "running", "jogged", "jog", "jogging", "walked", "walk", "walking", "cycled", "cycle",
                   "cycling", "drove", "drive", "rode", "ride", "raced", "hiked", "swam"))


def _not_body_back(message: str, m: re.Match[str]) -> bool:
    """A back word that is not the lower back: "get back to running", "back in 2019", "a disc in my neck"."""
    after = message[m.end():m.end() + 24].split()
    if m.group() == "back " and (not after or (after[0] in _CLAUSE_ENDS and _COMPLAINT.isdisjoint(after[1:4]))):
        before = message[max(0, m.start() - 40):m.start()].split()
        clause = before[max((i + 1 for i, w in enumerate(before) if w in (",", ".", "?")), default=0):]
        # a thing got back, told at its clause's end: "how long did it take to get your running fitness back?"
        # (forum46; not "got a pain in my back", "got a sore back?", nor "...want to know. Back and everything
        # aching")
        if (clause and clause[-1] not in _BODY_BEFORE and clause[-1] != "the" and not troubled_back(clause, after)
                and not _GOT_BACK.isdisjoint(clause[-5:-1])):
            return True
    if after and after[0] in BODY_AFTER:
        return False
    if (after[:1] == ["in"] and any(w in ("neck", "cervical", "upper") for w in after[1:3])) or (
            after[:1] in (["neck"], ["cervical"])):
        return True
    if m.group() != "back ":
        return False
    before = message[max(0, m.start() - 24):m.start()].split()
    # (not the body's own back running on to another part: "pain from my back to back of my thigh", the
    # hundred-and-fifteenth review)
    if (after[:2] == ["to", "back"] and not (before and before[-1] in _BODY_BEFORE)) or before[-2:] == ["back", "to"]:
        return True  # "back-to-back meetings", "two runs back to back" (scope23)
    if after[:1] == ["of"]:
        return True  # "pain in back of my thigh": the back of something else
    if before and (before[-1] in _BODY_BEFORE or troubled_back(before, after)):
        return False
    # "run then 🤕 back + 🤒 fever" reads "hurt back and fever" (a ninth new user), not "got hurt back in 2019"
    if before[-1:] == ["hurt"] and not (after and after[0] in _NOT_BODY_AFTER):
        return False
    if before[-2:-1] and before[-1] in ("in", "on") and before[-2] in _PAIN_BEFORE:
        return False  # learners' English without "my": "pain in back on one side"
    if before and before[-1] in _NOT_BODY_BEFORE:
        return True
    # "the fear of falling is what's holding me back", "it set him back weeks" (forum29); not "hurt me back",
    # dialect for "my back"
    if before[-2:-1] and before[-1] in _OBJECTS and before[-2] in _HELD_BACK:
        return True
    if before[-2:-1] and before[-1] == "and" and before[-2] in _COMPLAINT:
        return False  # a second part sharing a complaint: "pain in my hip and back and I have a fever"
    if after[:1] == ["and"]:  # "back and forth": not the back, unless a complaint follows ("back and legs aching")
        return not _COMPLAINT.intersection(after[1:4])
    # a round trip: "ran to the park and back", "jogged out and back" (not "pain spreads to my hip and back")
    if before[-1:] == ["and"] and not _COMPLAINT.intersection(after[:3]) and (
            before[-2:-1] in (["there"], ["out"]) or not _TRIP.isdisjoint(before[-8:-1])):
        return True
    # "carried her pack back down the hill" (the hundred-and-tenth review), not "pain in the back down low"
    if after[:1] == ["down"]:
        return after[1:2] in (["to"], ["into"], ["again"], ["home"], ["stairs"]) or (
            after[1:2] == ["the"] and after[2:3] in _DOWN_PLACES)
    if after[:1] == ["in"] and after[1:2] and after[1] in IN_PAIN and not (before and before[-1] in FEEL_VERBS):
        return False  # "back in agony": a state of pain (not "came back in agony")
    # ("kicked in the back at football" is the body's)
    return bool(after and after[0] in _NOT_BODY_AFTER and not (after[0] == "at" and before[-1:] in (["the"], ["a"])))


_NUMBER = re.compile(r"(?<![^ ])(\d+(?:\.\d+)?)")
_UNIT = re.compile(r"(?<![^ ])(?:kg|kgs|kilo|kilos|stone|stones|st|pounds|lbs|lb) ")
_WEIGHED = re.compile(r"(?<![^ ])(\d+(?:\.\d+)?) (?:kg|kgs|kilo|kilos|stone|stones|st|pounds|lbs|lb) "
                      r"(?:(?:on|in) (?:the )?(?:\d+ )?(?:of )?([a-z]+) )?")
_MONTHS = {name: i for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")), start=1) for name in names}


# A loss of at least this share of the body's weight is a significant one: unintentional weight loss is
# clinically significant at 5% or more over 6 to 12 months (BMJ Best Practice, "Evaluation of unintentional
# weight loss"; NICE CKS). "From 98 kg to 97" over five months is no sign; over a shorter time told, the share
# shrinks with it (3.9% in two weeks is fast).
SIGNIFICANT_LOSS = 0.05
SIGNIFICANT_MONTHS = 6
# ...but never under this share, whatever the span: a body's weight moves by a kilo or two from day to day with
# its water, more in a runner who sweats (a sixty-ninth review).
FLOOR_LOSS = 0.02
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "few": 3, "couple": 2}
# A span told of the weights themselves: "in two weeks", "over the last month", "within 10 days" (not "back pain
# for 3 days", "4 days a week").
_SPAN = re.compile(r"(?<![^ ])(?<!for )(?<!for the )(?:in|over|within|the last|the past|past|last)(?: the)?"
                   r"(?: (\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|few|couple))?(?: of)? "
                   r"(day|days|week|weeks|wk|wks|fortnight|month|months) "
                   r"(?!a |per |each |(?:my|the|our) (?:\S+ )?(?:race|half|marathon|10k|event|wedding|holiday|is) )")
_FUTURE = re.compile(r"(?:is|are|race|marathon|10k|half|event|wedding|holiday) (?:\S+ )?$")
_PER_MONTH = {"day": 1 / 30, "days": 1 / 30, "week": 1 / 4.3, "weeks": 1 / 4.3, "wk": 1 / 4.3, "wks": 1 / 4.3,
              "fortnight": 1 / 2.15, "month": 1.0, "months": 1.0}
# Weights with their units, in kilograms: "11 st 12 lb", "13 stone", "76 kg", "180 lbs".
_WEIGHT_TOLD = re.compile(r"(?<![^ ])(\d+(?:\.\d+)?) (kg|kgs|kilo|kilos|kilograms|st|stone|stones|lb|lbs|pounds)"
                          r"(?: (\d+)(?: (?:lb|lbs|pounds))?)? ")
_KG = {"kg": 1.0, "kgs": 1.0, "kilo": 1.0, "kilos": 1.0, "kilograms": 1.0, "lb": 0.4536, "lbs": 0.4536,
       "pounds": 0.4536}


def _falls(words: str, tail: str = "", sentence: str = "") -> bool:
    """False only for two weights of which the later is not the smaller by a significant share of the earlier
    (SIGNIFICANT_LOSS, scaled down for a span shorter than SIGNIFICANT_MONTHS told of the weights in `tail`, never
    under FLOOR_LOSS): "from A ... to B" or "A kg to B kg" ("from 79 kg to 84", "from 98 kg to 97"), "was A ...
    now B" ("was 61 kg in June and I'm 68 now"), "A now, was B" ("92 kg now, was 100" falls); "lost 3 or 4 kg",
    "lost 3 to 4 kg" and "1 stone 10 pounds" name no direction. `tail` (the finding to its sentence's end) gives
    stones with their pounds and weights in two units, read in kilograms; `sentence` (the finding's sentence) a
    span told before the weights ("in the last 2 weeks I've gone from 70 kg to 67")."""
    pair = _in_kilograms(tail) or _earlier_and_later(words)
    if pair is None:
        return True
    share = SIGNIFICANT_LOSS
    # the span after the weights, or before them in their sentence ("in the last 2 weeks I've gone from 70 kg to
    # 67"), never one still to come ("my marathon is in 2 weeks")
    if span := _SPAN.search(tail) or next((m for m in _SPAN.finditer(sentence[:max(0, len(sentence) - len(tail))])
                                           if not _FUTURE.search(sentence, 0, m.start())), None):
        count = float(_COUNTS.get(span.group(1) or "a") or span.group(1))
        share = max(FLOOR_LOSS, share * min(1.0, count * _PER_MONTH[span.group(2)] / SIGNIFICANT_MONTHS))
    return pair[1] <= pair[0] * (1 - share)


def _in_kilograms(tail: str) -> tuple[float, float] | None:
    """The first two weights told with units in `tail`, in kilograms and in the order told, when one is in stones
    or their units differ ("from 11 st 12 lb to 11 st 2 lb", "from 13 stone to 76 kg"); None otherwise."""
    told = list(_WEIGHT_TOLD.finditer(tail))[:2]
    if len(told) < 2:
        return None
    units = [m.group(2) for m in told]
    stones = [u in ("st", "stone", "stones") for u in units]
    if not any(stones) and _KG[units[0]] == _KG[units[1]]:
        return None

    def kg(m: re.Match[str]) -> float:
        if m.group(2) in ("st", "stone", "stones"):
            return (float(m.group(1)) * 14 + float(m.group(3) or 0)) * 0.4536
        return float(m.group(1)) * _KG[m.group(2)]

    first, second = kg(told[0]), kg(told[1])
    # "I'm 76 kg now, was 13 stone": the one told with "was" or "from" second is the earlier
    return (second, first) if tail[:told[1].start()].endswith((" was ", " from ")) else (first, second)


def _earlier_and_later(words: str) -> tuple[float, float] | None:
    """The two weights of a finding, the earlier first, or None when it names no direction (numbers as told:
    stones with pounds are _falls' to read)."""
    text = f" {words} "
    numbers = [(m.start(), float(m.group(1))) for m in _NUMBER.finditer(text)]
    if len(numbers) < 2:
        return None
    first, last = numbers[0][1], numbers[-1][1]
    if text.startswith((" was ", " weighed ")):  # the past first
        return first, last
    now = text.find(" now ")
    if now >= 0 and " to " not in text:
        # the weight told with "now" is today's: "92 kg now, was 100", "now 61, was 68", "68 in June and 61 now"
        return (last, first) if now < numbers[1][0] else (first, last)
    if " to " in text and (" from " in text or len(_UNIT.findall(text)) >= 2):
        return first, last
    # two weights each with its unit, dates between: "82.4 kg on 1 sept , 76.9 kg on 28 nov". The older told
    # second with "was" or "from" ("58 kg on 1 dec , was 63 kg on 1 aug") is newest first; else the order that puts
    # the months closer is the one meant ("76.9 kg on 28 nov , 82.4 kg on 1 sept": September, then November, not
    # ten months on), and a tie keeps the order told (a sixty-third review: a cut-off read Dec then Aug as a gain).
    weighed = list(_WEIGHED.finditer(text))
    if len(weighed) >= 2:
        told_first, told_last = weighed[0], weighed[-1]
        first_kg, last_kg = float(told_first.group(1)), float(told_last.group(1))
        if text[:told_last.start()].endswith((" was ", " from ", " weighed ")):
            return last_kg, first_kg
        first_month, last_month = _MONTHS.get(told_first.group(2) or ""), _MONTHS.get(told_last.group(2) or "")
        if first_month and last_month and (first_month - last_month) % 12 < (last_month - first_month) % 12:
            return last_kg, first_kg
        return first_kg, last_kg
    return None


def _window(message: str, start: int, end: int, words: int) -> tuple[int, int]:
    """Character bounds of `words` words either side of message[start:end]."""
    lo = start
    for _ in range(words):
        if lo == 0:
            break
        found = message.rfind(" ", 0, lo - 1)
        lo = found + 1 if found >= 0 else 0
    hi = end
    for _ in range(words):
        found = message.find(" ", hi)
        if found < 0:
            break
        hi = found + 1
    return lo, hi


def _then_next(message: str, hi: int, sign: Sign) -> int:
    """For a sign told in steps (_TOLD_IN_STEPS), the end of the sentence after the one ending at `hi` when it goes on
    with the same moment ("Heartburn really bad this morning. Then I went weak and had to sit down": the
    hundred-and-fourth review); else `hi`. Only those: a night pain's "severe" in the next sentence is another
    thing's ("back is sore at night. Then my knee was agony on the run": the hundred-and-seventh review)."""
    if sign.flag in _TOLD_IN_STEPS and _THEN_NEXT.match(message, hi + 2):
        return _sentence(message, hi + 2, hi + 3)[1]
    return hi


# The signs told in steps: an attack, or a numbness that spreads ("my left leg went numb on the run. Then it got
# worse overnight and now its both": the hundred-and-eighth review).
_TOLD_IN_STEPS = frozenset({"chest", "leg-weakness"})
# A sentence that goes on with the moment before it.
_THEN_NEXT = re.compile(r"(?:and )?(?:then|straight after|right after|soon after|after that|(?:a few |a couple of )?"
                        r"(?:seconds|moments|minutes|a minute|a second) later) ")


def _sentence(message: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence holding message[start:end] (each word with its space)."""
    lo = max(message.rfind(" . ", 0, start), message.rfind(" ? ", 0, start))
    ends = [i for i in (message.find(" . ", end - 1), message.find(" ? ", end - 1)) if i >= 0]
    return (lo + 3 if lo >= 0 else 0), (min(ends) + 1 if ends else len(message))
