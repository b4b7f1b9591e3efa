"""An alarm a reply raised (a warning sign, the crisis or eating reply) and the words that talk it down."""
from __future__ import annotations

import re

from bot import text as textmod
from bot.decision import Decision, Kind

# Plain denials: they talk down any alarm, the crisis reply's too.
_PLAIN_DENIALS = (
    r"did not mean", r"didnt mean", r"not like that", r"not what i meant", r"joking", r"kidding", r"jk",
    r"exaggerating", r"over ?reacting", r"false alarm", r"i should say", r"not going to do anything",
    r"i am safe", r"not suicidal", r"i am fine", r"i am ok(?:ay)?", r"all good",
)
# Words that talk a warning sign down, on the normalised words ("it's" is "it", "im" is "i am",
# "didn't" is "did not").
_DISMISS = re.compile(r"\b(?:" + "|".join((
    *_PLAIN_DENIALS,
    r"no way", r"not going", r"not gonna", r"will not", r"wont", r"no need", r"do not need", r"dont need",
    r"fine now", r"it fine", r"(?:ok|okay|better) now", r"gone now",
    # typed without the apostrophe: "its fine its just a bit sore" (an eighteenth new user; "its just a bit dizzy",
    # "only a bit of blood" add a sign, which _WORSE holds: an eighty-second review)
    r"its fine", r"it is fine", r"its just", r"it is just", r"just a bit", r"only a bit",
    r"went away", r"passed(?! out)", r"it just", r"it was just", r"just my", r"probably just", r"only my",
    r"nothing serious", r"not serious", r"not that bad", r"no big deal", r"not a big deal",
    r"was because", r"because i", r"nah", r"all clear", r"never ?mind",
)) + r")\b")
# ...and, of a warning sign only, what puts it off or explains it ("it's probably nothing, just a cold",
# "I'll see the GP tomorrow", "it was beetroot actually"). After the crisis reply the same words can
# tell a plan ("I've planned it for tomorrow", "I'm not being dramatic"): never read as a denial there.
_DISMISS_SIGN = re.compile(r"\b(?:" + "|".join((
    r"it nothing", r"it is nothing", r"probably nothing", r"just a cold", r"being dramatic",
    r"see (?:the|a|my) (?:gp|doctor|doc|physio|midwife)", r"booked", r"appointment", r"tomorrow", r"closed",
    # someone else's plan for a doctor, not A&E now: "ok we'll take her to the doctor today" (a twelfth new user got
    # the whole block again)
    r"(?:take|taking|bring|bringing|get|getting|drive|driving) (?:her|him|them|my \w+|our \w+) (?:to|into|in to) "
    r"(?:the |a |my |our |his |her )?(?:gp|doctor|doctors|doc|physio|surgery|clinic|walk in|midwife)",
    r"get (?:her|him|them|it) (?:checked|seen|looked at)",
    r"it was actually", r"actually it was",
    r"it was (?:just |only )?(?:the |my |a )?(?:beetroot|beets|food|bra|strap|shoes?|laces|stitch|cold|heat|"
    r"nerves|dehydration|cramp|pack|sports bra|sun)\b",
    r"said no", r"no it is not", r"not really",
    # "honestly I'm not worried", "I feel fine though", "it's probably the saddle" (a tenth new user)
    r"not worried", r"not too worried",
    r"(?<!not )(?<!never )(?:i )?feel (?:fine|ok|okay|alright|great|good)(?! (?:at|in|when))",
    r"probably (?:the|my|from|just) (?!worst|most|biggest|start|beginning|first)\w+",
    # someone else's word that they are well, or won't go: "she says she is ok, she dont want to go hospital"; and
    # Pidgin's "e don pass", "i fit walk" (a fifteenth new user got the whole block again)
    r"(?:she|he|they) (?:says|said|say|insists|reckons|swears) (?:she|he|they) (?:is|are|was|were|feels|feel) "
    r"(?:ok|okay|fine|alright|good|better)",
    r"(?:do not|does not|did not|will not) want to go(?! alone| by| on (?:my|his|her|their) own| with| in)",
    r"e don pass", r"don pass", r"i fit walk", r"e no serious",
)) + r")\b")
# A sign told worse, spreading or new beside an explanation is no denial: "it was cold and now the pain is
# spreading to my arm", "it was the sun, and now more bleeding" (cold brings on angina: no harmless cause).
_WORSE = re.compile(r"(?<!no )(?<!not )(?<!never )\b(?:worse|spreading|spread|spreads|arm|jaw|crushing|crushed|"
                    # a look told as well: "he says he is ok?? he is white and sweating" (the 129th review)
                    r"clammy|pale|grey|gray|sweating|sweaty|"
                    # a sign added: "it's fine, just a bit dizzy", "only a bit of blood from my head"
                    r"dizzy|dizziness|blood|bloody|bright red|spotting|leaking|leaky|stiff neck|vomit\w*|confused|"
                    # (not the chest, the breath or bleeding named: "my chest is fine now", "the bleeding stopped")
                    # (a bike's saddle is no sign added: "lol im fine, its just from the saddle on my bike", a
                    # twenty-first new user; the body's "saddle area" is, and "numb" beside it says so too)
                    r"weak|tingl\w*|faint\w*|groin|(?<!the )(?<!bike )(?<!my )saddle|"
                    # ...but told as still there, back or worse, they keep the alarm (an eighty-sixth review)
                    # (not an ordinary "I'll still see the GP", "fine again now", "a new sports bra": an 87th review)
                    r"still (?:hurts?|hurting|tight|bleeding|numb|there|painful|bad|dizzy|weak|heavy|hard|going)|"
                    r"(?:started|starting|happening|hurting|bleeding|back|came|coming) again|tighter|heavier|is back|"
                    r"came back|coming back|(?:a )?new pain|"
                    r"(?:has|have|had|did|does|will|would) not stopped?|(?:has|have|had|did|does|will|would) not stop|"
                    r"squeezing|barely|can not breathe|could not breathe|collapsed|fainted|passed out|"
                    r"more bleeding|bleeding more|heavier|still no|still not|no kicks|numb|numbness|weaker|"
                    # fear, a sign still there, feeling awful, or someone else's calm: "I'm not worried, I'm
                    # terrified", "I feel fine apart from the fact I still can't pee", "my wife isn't worried but I am"
                    r"terrified|scared|frightened|(?<!that )(?<!not )(?:awful|terrible|dreadful)|apart from|except|"
                    r"still can|still cannot|still (?:have|has|had) not|still not|just can not|unable to|"
                    r"(?:have|has) not been able|not able to|"
                    r"can not (?:pee|wee|go|feel|move|walk)|agony(?! (?:has|is) (?:gone|over|better))|"
                    r"but i am(?! (?:fine|ok|okay|alright|good|better|not))|"
                    # a temperature told is no calming down: "I feel fine, but it's 39.4 now"
                    r"(?:3[89]|4[0-2]|10[0-4])(?:\.\d+)?)\b")
# A plan, a time or the means, or a denial itself denied ("not a joke", "not being dramatic"): no denial.
_NOT_A_DENIAL = re.compile(r"\b(?:plan|planned|planning|tonight|tomorrow|booked|pills|rope|bridge|(?<!not )mean it|"
                           r"burden|much longer|too much|letter|letters|note|goodbye|given away|race weight|"
                           r"make weight|lose weight|get lighter|"
                           r"not (?:a |being |even )?(?:joke|joking|kidding|dramatic|exaggerating))\b")
# "yes" after the crisis reply may say yes to it, even after a denial was heard.
_YES = re.compile(r"^(?:yes|yeah|yep|yup|it does|i do|i am(?! not)|true|actually yes)\b(?! it was a joke)")
# Going for help, told as the whole message's end: "ok ok I'll go", "calling them now", "on my way" (a thirteenth new
# user got the no-phone block again); not "I'll go for a run instead".
_GOING = re.compile(r"(?:i will go|ill go|i am going|going now|on my way|heading (?:there|in|over)|"
                    # ...or taking someone: "we're taking him to A&E now"
                    r"(?:take|taking|bring|bringing|drive|driving) (?:her|him|them|my \w+|our \w+) (?:to|into|in to) "
                    r"(?:a and e|hospital|the hospital|er|the er|urgent care|casualty)|"
                    r"calling (?:them|now|999|111|112|911)|ringing (?:them|now|999|111)|will do|i will call|ill call|"
                    r"i will ring|ill ring)(?: now| then| in| right now| straight away| to (?:a and e|the doctor|"
                    r"the gp|hospital|the hospital|er|urgent care|the er))?$")


def lead(decision: Decision) -> str | None:
    """How an URGENT decision's reply opens: its `why` ("emergency", "today", "crisis", "eating"), or
    "pregnancy" when a pregnancy's sign leads (the midwife or maternity unit rather than A&E, NHS:
    urgent signs in pregnancy); None for any other decision."""
    if decision.kind is not Kind.URGENT:
        return None
    if decision.why == "emergency" and decision.flags[:1] == ("pregnancy",):
        return "pregnancy"
    return decision.why


def alarm_of(decision: Decision) -> str | None:
    """The alarms an URGENT decision raised, joined by "+": "emergency", "pregnancy" or "today" (a
    warning sign, as urgent as it was and where it sends), "crisis" and "eating" (their replies); None
    for any other decision."""
    opening = lead(decision)
    if opening is None or opening in ("crisis", "eating"):
        return opening
    said = [flag for flag in ("crisis", "eating") if flag in decision.flags]
    return "+".join([opening or "today", *said])


def helplines(alarm: str) -> bool:
    """Whether an `alarm` pointed to helplines (the crisis or eating-disorder reply)."""
    return "crisis" in alarm or "eating" in alarm


# After the crisis or eating reply only a plain denial counts: "it just", "won't" or "because I" say
# nothing of the kind ("I won't be here much longer", "it's just too much").
_DENIAL = re.compile(r"\b(?:" + "|".join((
    *_PLAIN_DENIALS,
    # The running thing meant, not a cause of despair ("I meant my job, losing it means I've lost everything").
    r"i meant (?:the|my) (?:hills?|runs?|races?|training|legs|back|knees?|pace|session|intervals|reps)",
)) + r")\b")


def dismisses(message: str, alarm: str = "today") -> bool:
    """Whether `message` talks an `alarm` down ("lol no way", "it's just my bra"; of a warning sign
    also "I'll see the GP tomorrow"); after the crisis or eating reply never a plan, a time or a
    denial denied ("I've planned it for tomorrow", "no it's not a joke")."""
    text = " ".join(textmod.words(textmod.normalize(message)))
    if helplines(alarm):
        return _DENIAL.search(text) is not None and _NOT_A_DENIAL.search(text) is None
    return (_DISMISS.search(text) is not None or _DISMISS_SIGN.search(text) is not None) and _WORSE.search(text) is None


# Someone who cannot make the call the alarm asks for: deaf, no voice, no phone or signal (a twelfth new user:
# "I can't phone anyone, I'm deaf" was told to call again).
# Speaking to someone is no phone trouble ("I can't talk to my family"), unless the phone or being overheard is
# why (a sixty-third review: "I can't talk to anyone on the phone", "I can't talk to you now, he'll hear me").
# Deaf of oneself, not "tone deaf", "deaf to my complaints" or "fell on deaf ears" (an eighty-fourth review).
_DEAF = r"(?<!tone )deaf(?! to (?:my|me|his|her|their|our|your|the|all|any|reason|it)\b| ears?\b)"
_NO_PHONE = re.compile(rf"\b(?:{_DEAF}|"
                       r"hard of hearing|hearing impaired|hearing impairment|hearing loss|speech impaired|"
                       r"sign language|mute|non ?verbal|no voice|lost my voice|"
                       r"(?:can not|cannot|unable to|not able to) "
                       r"(?:phone|call|ring|hear|(?:speak|talk)(?! (?:about|of)\b)(?! to (?!(?:\S+ ){0,4}(?:"
                       r"on the phone|by phone|over the phone|out loud|right now|at the moment|"
                       r"(?:he|she|they) (?:will|would|might|could|can) hear|hell hear|shell hear))))|"
                       r"no (?:phone|signal|reception|credit|battery)|"
                       r"phone (?:is |has )?(?:dead|died|broken|flat|out of battery)|"
                       # Pidgin's "my phone don die", "no airtime" (a fifteenth new user was told to call anyway)
                       r"phone (?:don |done |e don |have )?(?:die|spoil|spoilt)|no (?:airtime|network|data))\b")


# What lasts beyond the moment (being deaf, having no voice), not a flat phone or a run's breath: kept for the chat.
_NO_PHONE_LASTING = re.compile(rf"\b(?:{_DEAF}|hard of hearing|hearing impaired|hearing impairment|hearing loss|"
                               r"speech impaired|sign language|mute|non ?verbal|"
                               r"no voice|lost my voice|"
                               # for good, not of a moment or a person: "can't speak since my stroke", not "can't hear
                               # you over the wind" or "can't speak to my coach about it"
                               r"(?:can not|cannot|unable to|not able to) (?:hear|speak|talk)"
                               r"(?= at all| since| after| anymore| any more| properly| well|$))")


def cannot_phone_lasting(message: str) -> bool:
    """Whether `message` says its writer cannot phone for good ("I'm deaf"), not only now ("my phone died")."""
    return _NO_PHONE_LASTING.search(" ".join(textmod.words(textmod.normalize(message)))) is not None


def cannot_phone(message: str) -> bool:
    """Whether `message` says its writer cannot make a phone call ("I'm deaf", "no signal out here")."""
    return _NO_PHONE.search(" ".join(textmod.words(textmod.normalize(message)))) is not None


def tells_worse(message: str) -> bool:
    """Whether `message` tells the sign as still there or worse ("it's agony", "I still haven't been",
    "it's spreading to my arm"): what a talk-down must not hold (_WORSE)."""
    return _WORSE.search(" ".join(textmod.words(textmod.normalize(message)))) is not None


def says_going(message: str) -> bool:
    """Whether `message` ends by saying its writer is going for help now ("ok ok I'll go", "calling 111 now")."""
    return _GOING.search(" ".join(textmod.words(textmod.normalize(message)))) is not None


def says_yes(message: str) -> bool:
    """Whether `message` opens with a yes ("yes", "yeah", "it does"), not "i am not" or "yes it was a joke"."""
    return _YES.match(" ".join(textmod.words(textmod.normalize(message)))) is not None


# What a question about the alarm, the care it points to or the body it was about names (a forty-ninth and a
# fiftieth review: "who can I talk to though?", "should I go to A&E with this pain?").
_ABOUT_CARE = re.compile(r"\b(?:ambulance|a ?& ?e|a and e|er|hospital|doctor|doctors|gp|nurse|paramedics?|midwife|"
                         r"999|911|112|111|emergency|urgent|call|ring|phone|talk|speak|help|helpline|samaritans|"
                         r"serious|worried|worry|scared|safe|wait|waiting|sign|signs|symptoms?|pain|hurts?|hurting|"
                         r"ache|aching|sore|back|spine|legs?|foot|feet|numb|numbness|tingl\w*|bladder|pee|wee|bowel|"
                         r"poo|fever|temperature|chest|breath\w*|heart|bleeding|blood|fall|fell|fallen|head|dizzy|"
                         r"faint\w*|medicine|medication|pills?|tablets?|painkillers?|crisis|suicid\w*|kill|die|"
                         r"dying|alive|live|myself|feel|feeling|okay|ok|alright|fine|worse|worst|tonight|x ?rays?|"
                         r"xrays?|x ?rayed|scan\w*|mri|nerves?|check|checked|broken|fracture\w*|bruised?)\b")


# The care itself asked about: where to go, whom to see, how serious (narrower than _ABOUT_CARE, which holds the body).
_ASKING_START = re.compile(r"(?:so |but |and |ok |um )?(?:should|shall|do|does|is|are|can|could|would|will|must|"
                           r"need|what|which|where|how|when)\b")
_CARE_ASKED = re.compile(r"\b(?:ambulance|a ?& ?e|a and e|er|hospital|doctor|doctors|gp|urgent care|walk in|111|999|"
                         r"911|112|emergency|serious|dangerous|worried|worry)\b")


def asks_about_care(message: str) -> bool:
    """Whether `message` asks about the care an alarm pointed to: "should i go to A&E with this pain?", "A&E or GP?",
    "is it serious?" (a fifteenth new user was offered FAQ entries for these after a doctor-today alarm)."""
    words = " ".join(textmod.words(textmod.normalize(message)))
    return _CARE_ASKED.search(words) is not None and ("?" in message or _ASKING_START.match(words) is not None)


def about_care(message: str) -> bool:
    """Whether `message` speaks of the alarm, the care it points to or the body (_ABOUT_CARE): "should I go to
    A&E?", "who can I talk to?", "is my back ok?"; "how many calories does a 5k burn?" does not."""
    return _ABOUT_CARE.search(" ".join(textmod.words(textmod.normalize(message)))) is not None
