"""What a chat has already told that a later warning sign needs: a back that hurts, a pregnancy now."""
from __future__ import annotations

from bot.decision import Decision, Kind
from bot.matching import Matcher
from bot.phrases import compile_phrases
from bot.signs import WEEKS_ALONG

# Told as plain sentences, they read the way a message that told them itself would: several signs count
# only with back pain told (a fever, a fall, bedwetting) or with a pregnancy told (a quiet baby).
BACK_PAIN = "my back hurts"
PREGNANT = "i am pregnant"
_PREGNANT_NOW = compile_phrases(("pregnant", "trimester", "my bump", "# weeks pregnant", *WEEKS_ALONG))
_NOT_NOW = compile_phrases(("was|were pregnant", "postpartum", "post partum", "after ~2 the|my birth",
                            "trying ~2 to ~2 pregnant|conceive", "pregnancy test"))


def told(matcher: Matcher, message: str, earlier: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The context `message` tells, added to what the chat told `earlier` (kept with its last Turn
    for memory.TTL_SECONDS): BACK_PAIN when it tells a back that hurts, PREGNANT when it tells a
    pregnancy now ("34 weeks pregnant", "I'm 30 weeks,"), not one that is over."""
    seen = matcher.read(message)
    concepts = {c for clause in seen.clauses for c in matcher.lexicon.concepts(list(clause.words))}
    text = " ".join(seen.tokens) + " "
    out = list(earlier)
    if "#back" in concepts and "#pain" in concepts:
        out.append(BACK_PAIN)
    if _PREGNANT_NOW.search(text) and not _NOT_NOW.search(text):
        out.append(PREGNANT)
    return tuple(dict.fromkeys(out))


def with_context(matcher: Matcher, message: str, context: tuple[str, ...]) -> Decision | None:
    """The urgent decision `message` makes when read after what the chat told before ("my daughter's
    back hurts after running club", then "she's started wetting the bed again"), or None when it makes
    none: a warning sign only, never the crisis or eating reply, which need no context."""
    if not context:
        return None
    # Only a sign found and held back for want of context is worth reading again (a triage pass, where
    # reading the whole message again would be a second decision for every message of a chat).
    if not any(f.lacks for f in matcher.triage(message).findings):
        return None
    decision = matcher.decide(" . ".join(context) + " . " + message)
    if decision.kind is Kind.URGENT and decision.why in ("emergency", "today"):
        return decision
    return None
