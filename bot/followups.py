"""A message read in the light of the chat's last turn: a follow-up, a sign talked down, thanks after an alarm."""
from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from weakref import WeakKeyDictionary

from rapidfuzz import fuzz

from bot import context
from bot.alarms import (
    about_care,
    alarm_of,
    asks_about_care,
    cannot_phone,
    dismisses,
    helplines,
    says_going,
    says_yes,
    tells_worse,
)
from bot.decision import Decision, Kind
from bot.matching import SUGGEST_AT, Matcher
from bot.memory import Turn

ALARM_FOLLOWUPS = 6  # messages after an urgent or crisis reply that are still read as about it
FOLLOWUP_MAX_WORDS = 12  # a longer message says what it is about on its own
SURE_FOLLOWUP = 90.0  # a follow-up read with the topic is answered from this score up, else offered
# ...from this score when all it adds is what kind of question it is about the same topic ("what can I do to stop it
# happening again?" after the causes: prevention), since the topic is the last answer's (a fifteenth new user).
SURE_ASK_FOLLOWUP = 75.0
ASK_FOLLOWUP_WORDS = 4  # ...and has at least this many words (a bare "why?" is only offered)
# The back's concepts: a follow-up naming one after a weight answer asks something new.
_BACK_SIDE = frozenset({"#back", "#disc", "#curve", "#strain"})
# A time word of the back entries' phrasings ("after a run"): no topic of its own in a follow-up.
_WHEN = frozenset({"#after"})
# Small talk that closes a talk: after an alarm it gets "take care", not "ask me about abs".
CLOSING = frozenset({"thanks", "ack", "bye", "laugh"})
@dataclass(frozen=True)
class Step:
    """What to do with one message: `decision` to answer with (maybe read with the last topic),
    and `note`: None (reply as usual), "close" (take care), "restate" (the alarm, kindly, again,
    before any answer in `decision`: for a message that talks it down), "repeat" (the alarm's own
    reply again: "should I call an ambulance?", "I've got the pills here"), "remind" (one line of it,
    once it has been repeated), "no-phone" (how to get help without a call: "I can't phone, I'm deaf"),
    "again" (the fallback, shorter, pointing to `entry_id`) or "picked" (an entry of the "did you mean" list just
    shown, picked by typing: "the second one")."""

    decision: Decision
    note: str | None = None
    followed: bool = False  # `decision` came from reading the message with the last topic
    signs: tuple[str, ...] = ()  # for an urgent `decision`: the names of every warning sign that stands


def step(matcher: Matcher, message: str, decision: Decision, turn: Turn | None) -> Step:
    """Decide on `message` given the chat's last `turn` (None: as it stands). A new warning sign or
    crisis is never hidden: an URGENT decision stands, unless it repeats the sign whose advice is still
    being talked about (then that advice is said again kindly, once more, or in one line)."""
    if turn is None:
        return Step(decision, signs=standing(matcher, message) if decision.kind is Kind.URGENT else ())
    # A sign that needs what was told before: back pain, then "she's started wetting the bed again".
    told = context.still_told(turn.told, turn.told_at, time.monotonic())
    urgent = decision if decision.kind is Kind.URGENT else context.with_context(matcher, message, told)
    if urgent is not None:
        signs = standing(matcher, message if urgent is decision else " . ".join((*told, message))) or urgent.flags
        # The same warning sign's advice while it is still talked about ("it's only a bit sore, climbers
        # fall all the time" after a fall's A&E advice) is said kindly again or in one line, not the whole
        # block on every message (a ninth new user). A sign that asks for more, the same one told again
        # after a denial, a crisis or an eating disorder gets the whole reply.
        if (turn.alarm and turn.since_alarm < ALARM_FOLLOWUPS and not helplines(turn.alarm) and not turn.calm
                and alarm_of(urgent) == turn.alarm and set(signs) <= set(turn.signs)):
            if dismisses(message, turn.alarm):
                return Step(Decision(Kind.SMALLTALK, smalltalk="after-alarm"), "restate")
            return Step(Decision(Kind.SMALLTALK, smalltalk="after-alarm"),
                        "repeat" if turn.since_alarm == 0 and decision.kind is Kind.URGENT else "remind")
        return Step(urgent, signs=signs)
    unmatched = decision.kind is Kind.NONE and decision.why != "not-english"
    if turn.alarm and turn.since_alarm < ALARM_FOLLOWUPS:
        if cannot_phone(message):
            return Step(Decision(Kind.SMALLTALK, smalltalk="after-alarm"), "no-phone")
        asks = any(c.asks for c in matcher.read(message).clauses)  # the message holds a question
        # After the eating-disorder reply, no weight-loss advice for the next few messages ("how do I lose
        # 5 kg fast?"): the reply's help again, then its one line (Beat: don't discuss weight or numbers).
        if ("eating" in turn.alarm and decision.kind in (Kind.ANSWER, Kind.SUGGEST)
                and any(matcher.about_weight(e) for e in (decision.entry_id, *decision.suggestions) if e)):
            return Step(Decision(Kind.SMALLTALK, smalltalk="after-alarm"),
                        "repeat" if turn.since_alarm == 0 else "remind")
        # A sign told as still there or worse beside an FAQ topic ("probably the disc thing, it's agony") gets
        # the alarm again, not the topic's answer (a fifty-third review).
        if (not helplines(turn.alarm) and not turn.calm and tells_worse(message)
                and not asks):
            return Step(Decision(Kind.SMALLTALK, smalltalk="after-alarm"),
                        "repeat" if turn.since_alarm == 0 else "remind")
        if dismisses(message, turn.alarm):
            # "it's fine now, but why does it hurt after runs?" still gets its answer, after the care.
            return Step(decision if asks and decision.kind in (Kind.ANSWER, Kind.SUGGEST) else
                        Decision(Kind.SMALLTALK, smalltalk="after-alarm"), "restate")
        # The care asked about ("should i go to A&E with this pain?", "A&E or GP?", "is it serious?"), before or after
        # a denial: the alarm's own line, not entries read from the topic nor a goodbye (a fifteenth new user).
        if asks_about_care(message) and decision.kind is not Kind.ANSWER and not helplines(turn.alarm):
            return Step(Decision(Kind.SMALLTALK, smalltalk="after-alarm"),
                        "repeat" if turn.since_alarm == 0 and not turn.calm else "remind")
        # "yes" or "ok" after the crisis reply may confirm it: the lines again, not "take care".
        pointed = helplines(turn.alarm)
        saying_yes = says_yes(message)
        closing = CLOSING - {"ack"} if pointed and (not turn.calm or saying_yes) else CLOSING
        if decision.kind is Kind.SMALLTALK and decision.smalltalk in closing:
            return Step(decision, "close")
        if unmatched and says_going(message):  # "ok ok I'll go": take care, not the block again
            return Step(Decision(Kind.SMALLTALK, smalltalk="after-alarm"), "close")
        # ("😭" too: after the crisis reply, the lines again in one, not a general word of comfort; and "shut up", "f***
        # off", "that didn't help": not "sorry I wasn't more help" with the topics, a hundred-and-twenty-seventh review)
        if decision.kind is Kind.SMALLTALK and decision.smalltalk in ("greeting", "identity", "help", "sad",
                                                                      "complaint"):
            return Step(decision, "remind")  # "hi", "who are you?" right after an alarm: what it asked, in one line
        # ...unless a denial was already heard: then "ok" just closes.
        confirms = (pointed and decision.kind is Kind.SMALLTALK and decision.smalltalk == "ack"
                    and (not turn.calm or saying_yes))
        if unmatched or confirms:
            followed = follow_up(matcher, message, turn) if unmatched else None
            if followed is not None:
                return Step(followed, followed=True)
            # Once the alarm was talked down and that was heard, a new question that nothing fits gets the usual
            # reply, not the alarm's line again: on a topic of the FAQ ("what stretches for my back?": a tenth new
            # user) or on none ("what's the best protein powder?": a thirty-third); a question about the alarm,
            # its care or the body ("who can I talk to?", "should I go to A&E with this pain?") still gets it.
            if (unmatched and turn.calm and not saying_yes and asks
                    and (matcher.names_topic(message) or not about_care(message))):
                return Step(decision)
            # "should I call an ambulance?", "it's spreading to my arm", "I've got the pills here": the
            # alarm's own reply again, as urgent as it was; after that once, a short reminder, so the
            # same block does not come back on every message.
            # (A denial heard and now taken back gets the whole reply again too.)
            return Step(Decision(Kind.SMALLTALK, smalltalk="after-alarm"),
                        "repeat" if turn.since_alarm == 0 or (turn.calm and saying_yes) else "remind")
        return Step(decision)
    if turn.offered and (picked := pick(message, turn.offered)) is not None:
        return Step(Decision(Kind.ANSWER, entry_id=picked, why="picked"), "picked", followed=True)
    if unmatched:
        followed = follow_up(matcher, message, turn) or joined(matcher, message, turn)
        if followed is not None:
            return Step(followed, followed=True)
        if turn.fallback:
            return Step(decision, "again")
    return Step(decision)


def joined(matcher: Matcher, message: str, turn: Turn) -> Decision | None:
    """`message` read with the last question when neither found an answer alone, as people start vague and go on in
    a second message ("my back", then "it pain me after long run sunday": a fifteenth new user got "I still couldn't
    match that one" twice); the joined reading's answer, or None. Only a short message after an unanswered one."""
    if turn.kind != "none" or not turn.asked or len(message.split()) > FOLLOWUP_MAX_WORDS:
        return None
    together = matcher.decide(f"{turn.asked} . {message}")
    return together if together.kind is Kind.ANSWER else None


# A typed pick from the "did you mean" list just shown, as people answer one without pressing its button: "the second
# one", "2", "yes" (a twelfth new user: "yes" got "👍", "the first one" the topic list). Position words, and the
# words around them that say nothing else.
_POSITIONS = {"first": 0, "1st": 0, "1": 0, "top": 0, "second": 1, "2nd": 1, "2": 1, "two": 1, "third": 2, "3rd": 2,
              "3": 2, "three": 2, "last": -1, "bottom": -1, "lower": -1}
_YES = frozenset(("yes", "yeah", "yea", "yep", "yup", "ya", "y", "aye", "correct", "exactly", "yess", "yesss",
                  "that", "this", "one"))
_AROUND = frozenset(("the", "one", "please", "pls", "plz", "option", "number", "no", "nr", "it", "is", "s", "ok",
                     "okay", "button", "i", "meant", "mean", "want", "choose", "pick", "take", "thanks", "thx", "ta",
                     "that", "this", "a", "m", "im", "am", "sure", "def", "definitely", "oh", "ah", "hmm", "um"))
_WORD = re.compile(r"[a-z0-9]+")
PICK_MAX_WORDS = 6


def pick(message: str, offered: tuple[str, ...]) -> str | None:
    """The entry of `offered` (the "did you mean" ids just shown, in order) that `message` picks by position ("the
    second one", "2", "last") or by a bare yes (the first); None when it says anything else ("no, not that", "the
    second one sounds wrong but what about shoes?")."""
    words = _WORD.findall(message.lower().replace("’", "'"))
    if not words or len(words) > PICK_MAX_WORDS or "no" in words[:1] or "not" in words:
        return None
    positions = [_POSITIONS[w] for w in words if w in _POSITIONS]
    if any(w not in _POSITIONS and w not in _AROUND and w not in _YES for w in words):
        return None
    if positions:
        index = positions[0]
        return offered[index] if -len(offered) <= index < len(offered) else None
    return offered[0] if any(w in _YES for w in words) else None


# A word sent to mend the last message, as chat does: "*back", "back*", "*back sorry", "i meant back".
_CORRECTION = re.compile(r"^\s*(?:i\s+)?(?:meant\s+)?(?:\*+\s*([a-z][a-z'-]*)\s*\**|([a-z][a-z'-]*)\s*\*+)"
                         r"\s*(?:sorry|soz|sry|oops|lol|typo|my bad)?\s*[.!]*\s*$", re.IGNORECASE)
_TYPED_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
CORRECTION_SIMILARITY = 60.0  # rapidfuzz ratio (0-100) of the mended word to the word it replaces, at least


def is_correction(message: str, asked: str, read: Callable[[str], Iterable[str]]) -> bool:
    """Whether `message` is only a word sent to mend the last message ("*back", "back* sorry") and that word is
    already in `asked` (the last question as typed, or as `read` gives its words: "lower bag" was read "lower back"),
    so nothing changes. "*neck" after a question on the back is no such correction: it asks of another part (the
    hundred-and-twenty-seventh review was told "my answer above stands"). `read` is called only for a correction
    whose word is not typed in `asked`."""
    found = _CORRECTION.match(message)
    if found is None:
        return False
    word = (found.group(1) or found.group(2)).lower()
    def holds(text: str) -> bool:
        return any(m.group().lower() == word for m in _TYPED_WORD.finditer(text))

    return holds(asked) or holds(" ".join(read(asked)))


def corrected(message: str, asked: str) -> str | None:
    """`asked` (the last question as typed) with the word that `message` mends put right ("*back" after "why does my
    lower bask hurt"): the word of `asked` most like the correction (rapidfuzz ratio at least
    CORRECTION_SIMILARITY, not the same word) replaced by it; None when `message` is no correction or no word is
    like it."""
    found = _CORRECTION.match(message)
    if found is None:
        return None
    word = (found.group(1) or found.group(2)).lower()
    best, at = 0.0, None
    for m in _TYPED_WORD.finditer(asked):
        typed = m.group().lower()
        if typed == word or len(typed) < 2:
            continue
        score = fuzz.ratio(typed, word)
        if score > best:
            best, at = score, m
    if at is None or best < CORRECTION_SIMILARITY:
        return None
    return asked[:at.start()] + word + asked[at.end():]


def standing(matcher: Matcher, text: str) -> tuple[str, ...]:
    """The names of every warning sign (bot.signs rows) that stands in `text`, sorted; () when none
    does. Names, not flags: "can't pee", then "wet myself" is another sign of the same class."""
    return tuple(sorted({f.sign.name for f in matcher.triage(text).findings if f.stands}))


def follow_up(matcher: Matcher, message: str, turn: Turn) -> Decision | None:
    """`message` read with the last topic's words ("and what about stretching?" after an answer on
    back pain), or None. Taken only when the message is short, names something the FAQ knows besides
    that topic, and then gets an answer with another entry than the last, or suggestions."""
    # (the words as typed: "I'll" is one word, though it is read as "I will")
    if not turn.topic or sum(any(ch.isalnum() for ch in w) for w in message.split()) > FOLLOWUP_MAX_WORDS:
        return None
    seen = matcher.read(message)
    own = {c for c in matcher.lexicon.concepts(seen.words) if c.startswith("#")}
    topic = set(matcher.lexicon.concepts(list(turn.topic)))
    if not own - topic - {matcher.lexicon.concept_key("ok")}:
        return None  # "is that serious?", "do you run?": nothing of its own to read with the topic
    # The topic's "back" is the body part, told as one ("strained muscle back running" would read as a return to
    # running: an eighteenth new user's "what about stretching?" after the strain's answer).
    text = " ".join((message, *("my back" if word == "back" else word for word in turn.topic)))
    decision = matcher.decide(text)
    # The topic's words are not the person's: a sign read in them was never told ("without changing my
    # diet?" after "lose weight" is no weight lost without trying). A sign in the person's own words
    # that needed the topic ("it started after I slipped on ice and fell", after a back question) stands.
    if decision.kind is Kind.URGENT:
        told = f" {' '.join(seen.tokens)} "
        standing = [f for f in matcher.triage(text).findings if f.stands]
        return decision if any(f" {f.words} " in told for f in standing) else None
    subject = topic - {matcher.lexicon.concept_key("run")}

    def on_topic(entry_id: str) -> bool:
        # Weight or back, as the last answer was: "is that normal?" after a weight answer is no question about back
        # pain (a seventy-fifth review).
        return not turn.entry_id or matcher.about_weight(entry_id) == matcher.about_weight(turn.entry_id)

    # A follow-up that names the other side itself ("what about my back?" after a weight answer) is a new question.
    if turn.entry_id and own & _BACK_SIDE and matcher.about_weight(turn.entry_id):
        return None
    if decision.kind is Kind.SUGGEST:
        kept = tuple(e for e in decision.suggestions if on_topic(e))
        return replace(decision, suggestions=kept, why="follow-up") if kept else None
    if decision.kind is not Kind.ANSWER:
        return None
    # Taken only when the entry knows something the follow-up itself says: the topic's words alone
    # choosing it ("what shoes?" after "is it normal" is no question about causes) are no reason.
    new = own - topic - {matcher.lexicon.concept_key("ok")}
    words = [w for w in seen.words if not new.isdisjoint(matcher.lexicon.concepts([w]))]
    # "After" in every back entry's phrasings chooses none of them by itself: "should I stretch before or after?"
    # after prevention is about stretching, which the causes' answer never names (a twelfth new user got it).
    specific = new - _WHEN or new
    specific_words = [w for w in words if not specific.isdisjoint(matcher.lexicon.concepts([w]))]
    asks = {matcher.lexicon.concept_key(a) for a in matcher.faq.asks}
    only_asks = bool(new) and new <= asks
    # A follow-up of a few words that only asks another kind of question is answered from 75; a bare one, or one
    # that asks why ("why?", "why does that help?" after prevention asks why the advice works: the seventy-fifth
    # and seventy-seventh reviews), is never answered outright, only offered.
    if not only_asks:
        sure = SURE_FOLLOWUP
    elif matcher.lexicon.concept_key("cause") in new or len(seen.words) < ASK_FOLLOWUP_WORDS:
        sure = float("inf")
    else:
        sure = SURE_ASK_FOLLOWUP
    if (decision.entry_id != turn.entry_id and matcher.knows(decision.entry_id or "", specific, specific_words)
            and on_topic(decision.entry_id or "")):
        if decision.score is not None and decision.score >= sure:
            return decision
        suggestions: tuple[str, ...] = (decision.entry_id or "",)
    else:
        suggestions = ()
    # Otherwise offer the entries that know what the follow-up adds: near the question first, then
    # any on the same topic whose answer speaks of it ("and what about stretching?" after "why does
    # my back hurt after a run" offers prevention and the strain).
    knowing = [entry_id for entry_id, score in matcher.rank(text, 5)
               if score >= SUGGEST_AT and entry_id != turn.entry_id
               and matcher.knows(entry_id, specific, specific_words)
               and on_topic(entry_id)]
    knowing += [entry.id for entry in matcher.faq.entries
                if entry.id != turn.entry_id and on_topic(entry.id) and matcher.knows(entry.id, subject, ())
                and matcher.knows(entry.id, specific, specific_words)]
    suggestions = tuple(dict.fromkeys([*suggestions, *knowing]))[:2]
    # ...and the last entry after one other, when its own answer speaks of it ("should I stretch before or after?"
    # after prevention, whose answer says when to stretch)
    if len(suggestions) == 1 and turn.entry_id and matcher.knows(turn.entry_id, specific, specific_words):
        suggestions = (*suggestions, turn.entry_id)
    if not suggestions:
        # No other entry near it: those on the same side whose answers speak of it, the last one after them
        # ("what about stretching?" after the strain's answer, which names stretching, offers prevention; the last
        # question asked again in other words offers its answer again), rather than the whole topic list (an
        # eighteenth new user).
        # (the closest first: "what about shoes?" after the strain offers prevention, which speaks of shoes; the
        # last entry only when its answer speaks of it, not chosen by the topic's words: an eighty-second review)
        speaking = [e.id for e in matcher.faq.entries
                    if on_topic(e.id) and matcher.knows(e.id, specific, specific_words)]
        closeness = dict(matcher.rank(text, len(speaking) + 5)) if len(speaking) > 2 else {}
        speaking.sort(key=lambda e: -closeness.get(e, 0.0))
        suggestions = tuple([e for e in speaking if e != turn.entry_id]
                            + ([turn.entry_id] if turn.entry_id in speaking else []))[:2]
    if not suggestions:
        return None
    return Decision(Kind.SUGGEST, score=decision.score, suggestions=suggestions, why="follow-up")


def topic_words(matcher: Matcher, entry_id: str | None) -> tuple[str, ...]:
    """The words of an entry's question that name its topic ("back", "hurt", "run"), not how it asks."""
    if not entry_id:
        return ()
    known = _TOPICS.setdefault(matcher, {})  # a reload builds a new Matcher; the old one's words go with it
    if entry_id not in known:
        known[entry_id] = _topic_words(matcher, entry_id)
    return known[entry_id]


_TOPICS: WeakKeyDictionary[Matcher, dict[str, tuple[str, ...]]] = WeakKeyDictionary()


def _topic_words(matcher: Matcher, entry_id: str) -> tuple[str, ...]:
    entry = matcher.faq.get(entry_id)
    if entry is None:
        return ()
    asks = {matcher.lexicon.concept_key(a) for a in matcher.faq.asks}
    words: list[str] = []
    for word in matcher.read(entry.question).words:
        concepts = matcher.lexicon.concepts([word])
        if concepts and all(c.startswith("#") and c not in asks for c in concepts) and word not in words:
            words.append(word)
    return tuple(words)
