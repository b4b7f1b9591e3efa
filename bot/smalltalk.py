"""Small talk: hi, thanks, ok, bye, who are you, help, lol, complaints: told apart from questions."""
from __future__ import annotations

import re
from collections.abc import Callable

from bot.text import EMOJI_WORDS

SMALLTALK_PATTERNS = (
    ("greeting", r"(?:hi+|hello+|hey+|hiya|heya|yo|howdy|sup|wass?up|good (?:morning|afternoon|evening|day)|"
                 r"greetings|hallo|hola|morning|evening|what is up|how are you|how is it going|how are things)"
                 r"(?: there| bot| all| everyone| guys| mate)?"),
    ("thanks", r"(?:thanks?|thank you|thanks a lot|thank you so much|many thanks|cheers|much appreciated|"
               r"appreciate it|ta|thx|thanx|merci|merci beaucoup|great thanks|ok thanks|okay thanks|thanks bot|"
               # Patois and other thanks: "tank yuh", "tenk yu"
               r"tank yuh|tank you|tanks|tenk yu|tenk you|thank yuh|"
               # thanks in the languages people add to an English one: "thank you, gracias"
               r"gracias|danke|danke schon|grazie|obrigado|obrigada|dziekuje|dzieki|asante|arigato)"
               r"(?: (?:so |very )?much| sm| kindly| very kindly)?(?: mate| buddy| man| boss| bro| sir| maam)?"
               r"(?: god bless(?: you)?(?: well)*)?(?: o)?"
               # "thank you for your help", "thanks anyway": how people who write whole sentences end.
               r"(?: for (?:the |your |all (?:the |your )?)?(?:help|advice|info|information|answer|answers|reply|"
               r"replies|tips|time|assistance|kindness|patience))?(?: anyway| anyways| though| tho)?"
               # "thank you, you have been most helpful"
               r"(?:,? (?:you have|you ve|youve) been (?:most |very |so |really |a great |a big )?(?:help|helpful))?"),
    ("bye", r"(?:bye+|goodbye|good bye|bye bye|see you|see ya|cya|later|good night|goodnight|take care|"
            r"have a (?:good|nice|great) (?:one|day|evening|night|weekend)|"
            # a letter's sign-off, with the writer's name: "Yours faithfully, Margaret"
            r"(?:yours (?:faithfully|sincerely|truly|ever)|(?:kind|best|warm|warmest) (?:regards|wishes)|regards)"
            r"(?: (?!pain|back|run|running|weight|abs|help)[a-z]+)?)"),
    ("ack", r"(?:ok+|okay|okey|k|kk|cool|great|nice|good|got it|alright|all right|sure|fine|perfect|"
            r"understood|i see|makes sense|awesome|sounds good|yes|no|yep|nope|yeah|noted|ok cool|ok got it|mate|"
            r"that helped|that helps|helpful|very helpful|that is helpful|brilliant|legend|x+|so much|a lot|"
            r"(?:you have|youve|you ve) been (?:(?:very|so|really|a) )?"
            r"(?:helpful|great|a great help|a big help|a help))"),
    ("identity", r"(?:who are you|what are you|who am i (?:talking|chatting|speaking) (?:to|with)|"
                 r"are you (?:a |an )?(?:bot|human|real|robot|ai|person|machine)(?: \w+){0,4}|"
                 r"what is this|who made you|what is your name|who is this|is this a (?:bot|human|real person)|"
                 r"are you (?:chat ?gpt|gpt|an ai|ai|a real person|real|alive)|"
                 r"are you (?:a |an )?(?:real |qualified |actual )?(?:doctor|nurse|physio|physiotherapist|gp|medic|"
                 r"medical professional|health professional)|is this (?:a |an )?(?:real )?(?:doctor|nurse|physio))"),
    ("help", r"(?:help|help me|what can you do|what do you do|how does this work|how do i use (?:this|you)|"
             r"what can i ask|what do you know|menu|topics|options|commands|start|what can you answer|"
             # a twenty-sixth new user's "can u help me"
             r"(?:can|could|will) you help(?: me)?(?: please| pls| plz)?|please help(?: me)?|help me please)"),
    ("laugh", r"(?:lol+|haha+|hehe+|lmao|rofl|xd)"),
    ("complaint", r"(?:you are (?:useless|rubbish|stupid|dumb|no help|not helpful|bad)|useless(?: bot)?|"
                  r"(?:stupid|dumb|bad|rubbish) bot|you suck|this is (?:useless|rubbish)|not helpful|no help|"
                  r"(?:that |it |this )?did not help(?: at all)?|"
                  # a wrong answer told as such (a twenty-sixth new user)
                  r"wrong answer|(?:that is|that was|thats|that|you are|you got it|you have got it) wrong|"
                  r"not what i (?:asked|meant|wanted)|"
                  # rudeness is a complaint too, met as one: "f*** off" got a topic button (a twelfth new user)
                  r"f+ off|fuck off|f off|piss off|sod off|get lost|shut up|go away)"),
)
_ANY_CHATTER = "|".join(f"(?:{pat})" for _, pat in SMALLTALK_PATTERNS)
_ALL_CHATTER_RE = re.compile(rf"^(?:{_ANY_CHATTER})(?: (?:{_ANY_CHATTER}))*$")
_SMALLTALK_RES = tuple((kind, re.compile(rf"^(?:{pat})(?: |$)")) for kind, pat in SMALLTALK_PATTERNS)
_EMOJI_SMALLTALK = {"👍": "ack", "👌": "ack", "🙏": "thanks", "❤️": "thanks", "❤": "thanks", "👋": "greeting",
                    "😂": "laugh", "🤣": "laugh", "😄": "laugh", "😀": "laugh", "😊": "ack", "🙂": "ack",
                    # a sad face alone: a feeling, not a question nobody could match (a twelfth new user's "😭" got
                    # "I still couldn't match that one")
                    "😭": "sad", "😢": "sad", "😞": "sad", "😔": "sad", "🥺": "sad", "☹": "sad", "🙁": "sad",
                    "😩": "sad", "😫": "sad", "💔": "sad"}


def smalltalk(message: str, words: list[str]) -> str | None:
    """The kind of small talk `message` is ("greeting", "thanks", "ack", "bye", "identity", "help",
    "laugh", "complaint", "sad": a sad face alone), or None for anything else. `words` are its normalised words."""
    if len(message) < 32 and not message.isascii():
        stripped = message.strip().replace("\ufe0f", "")
        for modifier in range(0x1F3FB, 0x1F400):  # skin tones: "👋🏽" is "👋"
            stripped = stripped.replace(chr(modifier), "")
        if stripped in _EMOJI_SMALLTALK:
            return _EMOJI_SMALLTALK[stripped]
        if len(set(stripped)) == 1 and stripped[0] in _EMOJI_SMALLTALK:  # "😂😂😂", "👍👍"
            return _EMOJI_SMALLTALK[stripped[0]]
    if not words or len(words) > 12:
        return None
    text = " ".join(words)
    if not _ALL_CHATTER_RE.match(text):
        # "thanks 💪": an emoji read as a word ("strong") after the thanks is no question; "hi 👋 sciatica"
        # is one (the word is the user's own, a thirty-eighth review)
        if (message.isascii() or words[-1] != _emoji_word_at_end(message)
                or not _ALL_CHATTER_RE.match(" ".join(words[:-1]))):
            return None
        text = " ".join(words[:-1])
    # A complaint anywhere says what the message is for: "thanks, it didn't help at all" (the hundred-and-fifth review).
    if _COMPLAINT_IN.search(text):
        return "complaint"
    # "cheers mate, that helped": all chatter; the opening words say which kind.
    for kind, rx in _SMALLTALK_RES:
        if rx.match(text):
            return kind
    return "ack"


# Chatter inside a short message of other small words: "hi! new here", "cheers pal, appreciate it", "thx bot ur the
# goat" (chat4, chat5, mixed: all chatter but a few words of their own). Only the kinds that cannot be ordinary
# words of a statement: not an "ok", "no", "good", "fine", "a lot" or "start" (the hundred-and-fourth review: "I
# have no energy on my runs"), and a greeting only where the message opens ("I run 5k every morning").
_INSIDE_KINDS = ("complaint", "identity", "thanks", "bye", "laugh")
_PATTERN = dict(SMALLTALK_PATTERNS)
_CHATTER_IN = re.compile(r"(?<![^ ])(?:" + "|".join(f"(?:{_PATTERN[k]})" for k in _INSIDE_KINDS) + ")(?= |$)")
_GREETING_FIRST = re.compile(rf"(?:{_PATTERN['greeting']})(?= |$)")
_QUESTION_WORDS = frozenset("how what why when where which who can could should would will does do did is are am "
                            "any anything tips advice "
                            # a request: "translate good morning into spanish", "tell me a joke lol"
                            "translate tell give show explain write recommend list suggest find make "
                            # a question without its mark: "wondering if I should rest", "need new shoes", "best time
                            # to run morning or evening" (the hundred-and-fourth review)
                            "wondering wonder not unsure want need needs interested best looking".split())
# Words that make the rest of a chatty message a question, a request or a complaint wherever they stand: "hi what
# time is best", "hey tell me more lol", "thanks but it is worse today" (the hundred-and-fifth review).
_REQUESTS = frozenset("how what why when where which should wondering wonder tell give please explain".split())
# Words that make the rest of a chatty message tell something: of feeling ill, or of a body part that is no topic:
# "hi, i feel really unwell", "thanks, my chest is weird lol" get the "none" reply and its doctor line (the
# hundred-and-seventh review). Not words with an everyday sense in chatter: "sick" (great), "weird", "heart" ("from
# the bottom of my heart"), Scots "wee" (small): the hundred-and-eighth review.
_UNWELL = frozenset("unwell ill poorly dizzy faint numb tingly swollen bleeding vomiting nauseous nausea blurry "
                    "blurred chest breath breathe breathing vision lips throat peed pee leak leaking leaked".split())
# ...and feeling some way, told as a state: "hey, i feel sick", "feeling awful today"
_FEELING = re.compile(r"(?<![^ ])(?:feel|feels|feeling|felt|am|i am) (?:so |really |very |a bit |quite )?"
                      r"(?:sick|awful|terrible|horrible|rough|weird|strange|off|funny|rubbish|crap|grim)(?: |$)")
_TELLING = _REQUESTS | _UNWELL | {"worse", "worst", "nothing", "but", "need"}
# "do you know about marathons", "can you tell me more" (not "good to know": the hundred-and-sixth review)
_ASKING_PAIR = re.compile(r"(?<![^ ])(?:do|can|could|will|would|are) you ")
# A choice asked without "?": "stretch before run yes or no"
_CHOICE = re.compile(r"(?<![^ ])(?:yes or no|or not|or nah|or no)(?: |$)|(?<![^ ])or ")
# The kinds that say what the message is for, before a laugh or an "ok" beside them.
_KIND_ORDER = ("complaint", "identity", "thanks", "bye", "greeting", "help", "ack", "laugh")


def chatter_in(tokens: list[str], known: Callable[[str], bool]) -> str | None:
    """The kind of small talk in a short message that is not all chatter: at most 16 words (`tokens` are its
    marked words, "," "." "?" standing alone), holding a whole chatter phrase (a greeting only where it opens),
    and asking nothing outside its chatter (no "?", choice, question or request word opening a clause that is not
    itself chatter, nor "or" in one), its other words all `known` English ("asdkjh qwe lol" is no chatter). None
    otherwise. The caller checks that the message names no topic, pain or injury ("thanks, still hurts though")."""
    words = [t for t in tokens if t not in ",.?"]
    if not words or len(words) > 16:
        return None
    if complaint := _COMPLAINT_IN.search(" ".join(words)):
        if not set(" ".join(words)[:complaint.start()].split()) <= _OF_THE_BOT:
            return None  # "paracetamol didn't help": a treatment's, told to the bot
        if "?" not in tokens and _REQUESTS.isdisjoint(words):
            return "complaint"  # "thanks but that didn't help at all" (not "..., can you tell me more?")
    clauses, current = [], []
    for t in tokens:
        if t in ",.?":
            if current:
                clauses.append((" ".join(current), t == "?"))
            current = []
        else:
            current.append(t)
    if current:
        clauses.append((" ".join(current), False))
    kinds, told = [], 0
    for n, (text, asked) in enumerate(clauses):
        if _ALL_CHATTER_RE.match(text):
            kinds.extend(kind for kind, rx in _SMALLTALK_RES if rx.match(text))
            continue
        if asked or text.split(" ", 1)[0] in _QUESTION_WORDS or _CHOICE.search(text):
            return None
        spans = [m.span() for m in _CHATTER_IN.finditer(text)]
        if n == 0 and (first := _GREETING_FIRST.match(text)):
            spans.insert(0, first.span())
        rest = text
        for lo, hi in reversed(spans):
            rest = rest[:lo] + " " + rest[hi:]
        if (not all(known(w) for w in rest.split()) or not _TELLING.isdisjoint(rest.split())
                or _ASKING_PAIR.search(rest + " ") or _FEELING.search(text)):
            return None
        kinds.extend(kind for lo, hi in spans for kind, rx in _SMALLTALK_RES if rx.match(text[lo:hi]))
        told += len(rest.split())
    # A laugh or an "ok" beside a story of its own is the story's: "my phone fell and cracked during my run lol" (a
    # twenty-sixth new user) tells something; thanks or a greeting beside one is still chatter.
    if told > 5 and set(kinds) <= {"laugh", "ack"}:
        return None
    return min(kinds, key=_KIND_ORDER.index) if kinds else None


_COMPLAINT_IN = re.compile(r"(?<![^ ])(?:did not help|not helpful|no help|useless|rubbish)(?: |$)")
# ...said of the bot or its answer, or alone: every word before it one of these (not "paracetamol didn't help", the
# hundred-and-seventh review; "your advice did not help" is one, "took paracetamol but it didnt help" is not: the
# hundred-and-eighth)
_OF_THE_BOT = frozenset("that this it you your answer answers reply replies advice link info information tip tips "
                        "suggestion suggestions bot lol ok okay thanks thank thx cheers but so really still nope no "
                        "sorry well hmm just totally completely pretty was is are were the".split())


def without_chatter(words: list[str]) -> list[str]:
    """`words` with their whole chatter phrases taken out, for the caller's check that the rest names no topic:
    "thanks for the tips, off for my run now" keeps "off for my run now" (the tips are the thanks', not a topic)."""
    text = " ".join(words)
    return _ANY_CHATTER_IN.sub(" ", text).split()


_ANY_CHATTER_IN = re.compile(rf"(?<![^ ])(?:{_ANY_CHATTER})(?= |$)")


def _emoji_word_at_end(message: str) -> str | None:
    """The word bot.text reads for the emoji `message` ends with ("💪" -> "strong"), or None."""
    end = message.rstrip(" \ufe0f\u200d\u2640\u2642!.").rstrip("".join(map(chr, range(0x1F3FB, 0x1F400))))
    return next((word for emoji, word in EMOJI_WORDS.items() if emoji.strip("\u200d\ufe0f") and
                 end.endswith(emoji.rstrip("\u200d\ufe0f"))), None)
