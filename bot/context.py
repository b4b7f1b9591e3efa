"""What a chat has already told that a later warning sign needs: a back that hurts, a pregnancy now."""
from __future__ import annotations

from bot import triage
from bot.decision import Decision, Kind
from bot.matching import Matcher
from bot.memory import TTL_SECONDS
from bot.phrases import compile_phrases
from bot.signs import WEEKS_ALONG

# Told as plain sentences, they read the way a message that told them itself would: several signs count
# only with back pain told (a fever, a fall, bedwetting) or with a pregnancy told (a quiet baby).
BACK_PAIN = "the back hurts"
PREGNANT = "i am pregnant"
AFTER_BIRTH = "i gave birth recently"
# (The message's end is read as "." so that "I'm 36 weeks" ends a sentence, unlike "I'm 6 weeks out".)
# Who is due: the writer, the baby, a partner ("we're" arrives as "were", a past tense too: left out), or
# the message opening on it ("due in 2 weeks and still running").
_DUE = ".|,|i_am|baby_is|baby|she_is|she|we_are|wife_is|wife|partner_is|partner due"
# A pregnancy of one's own told outright: it stands whatever else the message says.
_PREGNANT_STATED = compile_phrases(("i_am|currently|now ~1 pregnant", "# weeks pregnant", *WEEKS_ALONG,
                                    "i am ~1 # weeks|wks|wk .|,|and|pregnant|along|but|so|now|today",
                                    "#w|#wk|#wks .|,|and|pregnant", "trimester", "my bump", "baby ~2 due|is_due",
                                    "due date", "expecting ~2 baby|a_baby|twins",
                                    # Her own due date: "I'm due in January", "I'm due in 3 weeks" (not a period's,
                                    # nor "due in for a physio review").
                                    f"{_DUE} in|on january|february|march|april|may|june|july|august|september|"
                                    "october|november|december", f"{_DUE} on the? #th|#st|#nd|#rd|#",
                                    f"{_DUE} in # ~1 week|weeks|wks|days|months",
                                    f"{_DUE} in a|next ~1 week|month|few_weeks|couple_of_weeks"))
# "Pregnant" alone counts unless the message is about a pregnancy over, hoped for, denied or only asked
# about ("can you get pregnant while training?", "is running safe for pregnant women?").
_NOT_NOW = compile_phrases(("was|were pregnant", "postpartum", "post partum", "after ~2 the|my birth",
                            "trying ~2 to ~2 pregnant|conceive", "pregnancy test", "{not} ~2 pregnant",
                            "get|getting|fall pregnant", "pregnant women|runners|people|mums|ladies",
                            "am|could|might i ~1 be? pregnant"))
# A birth of her own in the last months: not "I had a baby 2 years ago", "my sister gave birth" or a shower.
_BORN = ".|,|i|we have? just|recently|only? gave_birth|given_birth|had_a_baby|had_my_baby|had_the_baby"
_AFTER_BIRTH = compile_phrases((
    "postpartum", "post partum", "postnatal", "post natal", "after ~2 the|my birth",
    # Her own ("I had...", or the message opening on it), and recent.
    f"{_BORN} ~3 a|an|one|two|three|four|five|six|seven|eight|few|couple_of|# ~1 day|days|week|weeks|wk|wks ago",
    f"{_BORN} ~3 a|one|two|three|four|five|six|couple_of|few|1|2|3|4|5|6 ~1 month|months ago",
    ".|,|i_am|as_a|a new mum|mom|mummy|mommy|mother|parent", ".|,|i|we have? just|recently gave_birth|given_birth|"
    "had_a_baby|had_my_baby",
    f"{_BORN} ~2 yesterday|recently|last_week|last_weekend|last_month|last_night|this_week|this_month|on_monday|"
    "on_tuesday|on_wednesday|on_thursday|on_friday|on_saturday|on_sunday",
    "weeks|days postpartum", "baby|son|daughter|twins is|are|s ~1 # weeks|days old",
    "baby|son|daughter|twins is|are|s ~1 1|2|3|4|5|6 months old"))


# A birth long ago or someone else's: "I recently had a baby 3 years ago", "a baby shower for my sister".
_OLD_BIRTH = compile_phrases(("# years|year ago", "last year", "years ago", "baby shower",
                              "sister|friend|wife|daughter|cousin|colleague ~3 gave_birth|had_a_baby|new_mum"))


def told(matcher: Matcher, message: str, earlier: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The context `message` tells, added to what the chat told `earlier`: BACK_PAIN when it tells a
    back that hurts and not denied (as triage reads it), PREGNANT when it tells a pregnancy now ("34
    weeks pregnant", "I'm 36 weeks"), not one over, hoped for, denied or asked about, AFTER_BIRTH when
    it tells a recent birth ("6 weeks postpartum")."""
    seen = matcher.read(message)
    text = ". " + " ".join(seen.tokens) + " . "
    out = list(earlier)
    if triage.back_pain_told(seen.tokens):
        out.append(BACK_PAIN)
    if _PREGNANT_STATED.search(text) or (" pregnant " in text and not _NOT_NOW.search(text)):
        out.append(PREGNANT)
    if _AFTER_BIRTH.search(text) and not _OLD_BIRTH.search(text):
        out.append(AFTER_BIRTH)
    return tuple(dict.fromkeys(out))


def still_told(told_before: tuple[str, ...], told_at: float, now: float) -> tuple[str, ...]:
    """What the chat told, while it is younger than memory.TTL_SECONDS (seconds, time.monotonic())."""
    return told_before if now - told_at < TTL_SECONDS else ()


def with_context(matcher: Matcher, message: str, context: tuple[str, ...]) -> Decision | None:
    """The urgent decision `message` makes when read after what the chat told before ("my daughter's
    back hurts after running club", then "she's started wetting the bed again"), or None when it makes
    none: a warning sign only, never the crisis or eating reply, which need no context."""
    if not context:
        return None
    # Only a sign the context could change is worth reading again: one held back for want of back pain,
    # or a pregnancy's sign held back at all. A triage pass, where reading the whole message again would
    # be a second decision for most messages of a chat about back pain.
    if not any(f.lacks in ("back pain", "the back") or (f.sign.flag == "pregnancy" and (f.lacks or f.ordinary))
               for f in matcher.triage(message).findings):
        return None
    decision = matcher.decide(" . ".join(context) + " . " + message)
    if decision.kind is Kind.URGENT and decision.why in ("emergency", "today"):
        return decision
    return None
