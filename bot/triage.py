"""Red-flag triage: warning signs that need a doctor now, found before anything else is matched.

Rules run on text that `bot.text` has normalised and spell-corrected, so "numbnes in my groyn"
reads "numbness in my groin". Each rule pairs a sign with its context (numbness near the saddle
area, weakness near a leg, a fall with back pain) and skips signs that are negated ("no
numbness") or that are ordinary after exercise (tired legs, feeling warm, weight lost on purpose).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

FLAGS = ("saddle", "bladder", "leg-weakness", "trauma", "fever", "weight-loss", "night-pain", "chest")


# The text triage reads is lowercase words between spaces, so "no letter or digit before" is a
# word start; this look-behind lets the regex engine skip ahead where a leading \b would not.
_WORD_START = r"(?<![a-z0-9])"


def _alt(*parts: str) -> str:
    return "(?:" + "|".join(parts) + ")"


class _Near:
    """Two patterns in either order with at most `gap` words between them.

    Two plain scans and a comparison of word positions: far cheaper on a long message than
    one regular expression that tries every gap at every position.
    """

    def __init__(self, a: str, b: str, gap: int) -> None:
        self.a = re.compile(rf"{_WORD_START}{a}\b")
        self.b = re.compile(rf"{_WORD_START}{b}\b")
        self.gap = gap

    def finditer(self, text: str):
        spans_a = [(m.start(), m.end()) for m in self.a.finditer(text)]
        if not spans_a:
            return
        spans_b = [(m.start(), m.end()) for m in self.b.finditer(text)]
        for sa, ea in spans_a:
            for sb, eb in spans_b:
                first_end, second_start = (ea, sb) if sa <= sb else (eb, sa)
                between = text[first_end:second_start]
                if second_start >= first_end and len(between.split()) <= self.gap:
                    yield _Start(sa)  # a negation must stand before the sign itself: "no numbness"
                    break


@dataclass(frozen=True)
class _Start:
    position: int

    def start(self) -> int:
        return self.position


def _near(a: str, b: str, gap: int = 8) -> _Near:
    return _Near(a, b, gap)


NUMB = _alt(r"numb\w*", r"tingl\w*", r"pins and needles", r"no feeling",
            r"(?:can not|do not|could not|barely|hardly) (?:really |quite |properly |even )?feel",
            r"(?:gone|went|going|fallen|fell) to sleep", r"asleep",
            r"lost (?:the )?feeling", r"loss of (?:feeling|sensation)", r"deadness", r"dead", r"buzzing",
            r"(?:less|reduced|no|lost) sensation", r"feel nothing", r"fizz\w*", r"prickl\w*",
            r"without (?:any )?(?:sensation|feeling)", r"(?:like (?:it is |its |it s )?)?sleeping", r"anaesthe\w*",
            r"anesthe\w*", r"novocaine", r"(?:after|at) (?:the )?dentist", r"weird and numb")
SADDLE = _alt(r"groin", r"genital\w*", r"privates", r"private (?:parts|area)", r"crotch", r"penis", r"vagina",
              r"vulva", r"scrotum", r"testicles?", r"balls", r"buttocks?", r"butt cheeks?", r"cheeks", r"bum",
              r"butt", r"backside", r"bottom", r"inner thighs?", r"saddle", r"back passage", r"anus", r"rectum",
              r"perineum", r"taint", r"down there", r"between (?:my|the) legs", r"wip\w+", r"toilet", r"loo",
              r"toilet seat", r"loo seat", r"(?:sit|sitting|sat) on", r"nether regions?", r"undercarriage",
              r"private parts?", r"where i sit", r"willy", r"willie", r"dick", r"fanny", r"front bottom",
              r"down below", r"lady parts", r"man parts", r"my bits")
PEE = _alt(r"pee\w*", r"urin\w*", r"bladder", r"bowels?", r"wee\w*", r"poo\w*", r"stool", r"toilet", r"loo",
           r"piss\w*", r"number (?:one|two)", r"bathroom", r"restroom", r"pants", r"underwear", r"myself")
LOSE_CONTROL = _alt(r"leak\w*", r"dribbl\w*", r"incontinen\w*", r"(?:lost|losing|lose|no|loss of) control",
                    r"not (?:\w+ )?control\w*", r"comes? out (?:alone|by itself|on its own)",
                    r"without (?:noticing|realizing|realising|knowing|feeling)", r"(?:did not|didn t) (?:notice|realise|realize|feel)",
                    r"(?:can not|could not|unable to|trouble|struggl\w* to|hard to) (?:control|hold)",
                    r"accidents?", r"wet(?:ting)?", r"soil\w*", r"(?:can not|do not|could not) (?:tell|feel|know)")
CANT_PEE = _alt(r"(?:can not|could not|unable to|not able to) (?:seem to |really |even |manage to )(?:pee|wee|urinate|go)",
                r"(?:problem|trouble|difficult\w*|hard|hesitan\w*) (?:\w+ ){0,2}(?:start|starting|begin\w*) (?:the |to )?"
                r"(?:urin\w*|pee\w*|wee\w*|stream)", r"(?:push|press|strain)\w* (?:\w+ ){0,2}(?:to|for) (?:\w+ ){0,2}(?:pee|wee|urin\w*)",
                r"(?:not|have not|had not|has not) (?:\w+ )?passed (?:any )?(?:water|urine)",
                r"(?:can not|could not) (?:\w+ )?(?:make|do|have|manage) (?:a )?(?:pee|wee|urine)", r"only (?:a few )?drops",
                r"strain\w* to (?:\w+ ){0,3}(?:pee|wee|urin\w*|go)", r"(?:barely|hardly|nothing|not much|only a dribble) (?:\w+ ){0,2}(?:came|comes|coming) out",
                r"(?:have not|had not|has not|not) been (?:for|able to have) a (?:wee|pee)", r"(?:can not|could not|unable to|not able to|struggl\w* to|trouble|difficulty|difficult to|hard to|"
                r"not been able to|have not been able to|barely|problems?) (?:to )?(?:pee\w*|urinat\w*|wee\w*|"
                r"empty\w* my bladder|pass\w* urine|go(?:ing)? to the (?:toilet|loo|bathroom))")
WETTING = _alt(r"(?:wet|peed|pee|pissed|soiled|pooed|pooped|poop|poo|shat|messed|wetting|peeing) (?:\w+ )?(?:myself|my self|my pants|"
               r"the bed|my underwear|my shorts)", r"incontinen\w*",
               r"(?:do not|can not|did not|no longer) (?:really |always |even |quite )?(?:know|feel|tell|notice|sense) "
               r"(?:\w+ )?when (?:my bladder is full|i need (?:to )?(?:pee|wee|go|the loo|the toilet|the bathroom)|"
               r"i have to (?:pee|wee|go))",
               r"(?:feel|tell|know|notice|sense) (?:when|if) (?:my )?(?:bladder|bowel)\w* (?:is|are) full")
LEG = _alt(r"legs?", r"foot", r"feet", r"thighs?", r"calf", r"calves", r"ankles?", r"knees?", r"toes?", r"tip ?toes?",
           r"heels?", r"shin\w*")
LEG_STRONG = _alt(r"giv\w* (?:way|out)", r"gave (?:way|out)", r"buckl\w*", r"collaps\w*",
                  r"(?:can not|could not|unable to|hard to|struggl\w* to) (?:lift|move|feel|control|stand on|bend)",
                  r"(?:no|lost|losing|lose) (?:strength|power|control)", r"drag\w*", r"foot drop", r"drop foot",
                  r"slap\w*", r"flop\w*",
 r"both (?:of my )?legs (?:\w+ ){0,2}?(?:numb\w*|tingl\w*|weak\w*)", r"catch\w* (?:on|and)", r"scuff\w*", r"trip\w* (?:me )?up", r"paralys\w*", r"floppy", r"no feeling", r"not working", r"won t work", r"will not (?:work|hold)")
LEG_WEAK = _alt(r"weak\w*", r"wobbly", r"unsteady", r"trip\w* over", r"dead", r"shaky")
FATIGUE = _alt(r"tired", r"heavy", r"jelly", r"fatigu\w*", r"exhaust\w*", r"sore", r"achy", r"worn out",
               r"after (?:\w+ ){0,3}?(?:run|race|workout|session|marathon|training|interval\w*|sprint\w*|hill\w*|"
               r"miles?|\d+ ?k|leg day|gym|squats)")
LEG_NEW = _alt(r"sudden\w*", r"new", r"getting worse", r"worse", r"out of nowhere", r"for no reason", r"scared",
               r"since", r"spreading")
FALL = _alt(r"fell", r"fall(?:en|ing|s)?", r"slipp?\w*", r"tripp?ed", r"trip (?:over|on|up)", r"crash\w*",
            r"went down hard", r"taken out by", r"rear end\w*", r"ran into (?:me|a|the)", r"car accident", r"bumped", r"clipped", r"(?:hit|knocked|ran into|drove into) me", r"car (?:hit|bumped|clipped|struck)", r"hit the (?:ground|deck|floor|pavement)", r"took a (?:tumble|spill|fall)",
            r"tumbled?", r"stacked it", r"face ?plant\w*", r"came off (?:my|the) (?:bike|horse)", r"collid\w*", r"collision",
            r"accident", r"hit by", r"knocked (?:down|over|off)", r"run over", r"struck by", r"landed (?:hard )?on",
            r"thrown (?:off|from)", r"whiplash", r"went flying", r"wiped out", r"bike crash", r"car crash")
# Falls that are not falls, checked around each fall word (cheaper than rewriting the message).
NOT_FALL = re.compile(r"\b(?:fell|fall|falling|fallen) (?:in love|asleep|behind|apart|off the wagon|short|for)\b|"
                      r"\b(?:in|this|last|next|the|early|late) fall\b|\bfall (?:marathon|race|season|half|10k|5k)\b|"
                      r"\bslip(?:ped)? (?:disc|disk)s?\b|\b(?:road )?trip to\b|\b(?:ran|run) over (?:to|the)\b|"
                      r"\bfall (?:into|under)\b|\b(?:fitness|motivation|pace|speed|form|mileage|training|times?|weight)"
                      r" (?:has |have |just |really |kind of )?(?:fell|fallen|dropped) off\b|\boff a cliff\b|"
                      r"\bcrash(?:ed|ing)? (?:out|on|onto|in) (?:the |my |bed|sofa|couch)\w*|\b(?:fall|falls|falling|fell) out\b")
# "I slipped but caught myself, didn't fall": the message itself says there was no fall.
NO_FALL = re.compile(r"\bcaught myself\b|\bdid not (?:fall|hit)\b|\bwithout falling\b")
BACK_PAIN = _alt(r"back", r"spine", r"spinal", r"tailbone", r"coccyx", r"lumbar", r"hurt\w*", r"pain\w*",
                 r"ache\w*", r"aching", r"sore\w*", r"agony", r"kill\w*", r"throb\w*")
FEVER = _alt(r"(?<!hay )fever\w*", r"feverish", r"high temp\w*", r"(?:a|running a|got a|have a|with a) temp(?:erature)?",
             r"temp(?:erature)? (?:is |was |of |at |around |about )?(?:3[89]|39|4[01]|10[0-4])", r"thermometer",
             r"temperature of", r"(?:3[89]|4[01]|10[0-4])(?:\.\d)? ?(?:degrees|c|f)\b", r"chills", r"the chills",
             r"shiver\w*", r"shakes",
             r"rigou?rs", r"night sweats", r"sweating at night", r"hot and cold", r"flu\w*", r"burning up",
             r"infection")
WEIGHT_LOSS = _alt(r"(?:los\w*|lost|dropp?\w*|shed\w*|down) (?:\w+ ){0,3}?(?:\d+ ?)?(?:weight|pounds|kilos|kilo|kg|lbs|stone)",
                   r"weight (?:has been |is |keeps )?(?:dropping|going down|falling|go(?:es)? down|drops?)", r"weight loss", r"getting thinner", r"wasting",
                   r"(?:lost|dropped|down|los\w*) (?:about |around |almost |nearly |over )?\d+ ?(?:kg|kilos?|pounds|lbs|stone)",
                   r"clothes (?:are )?(?:getting |very |too |so |all )?(?:loose|baggy|big)", r"look\w* (?:so |really |very )?(?:thin|skinny|gaunt)",
                   r"getting (?:thin|skinny)", r"belt (?:is )?on the (?:last|tightest) notch", r"(?:watch|ring|rings) (?:slides?|loose|falls?)",
                   r"trousers (?:keep )?falling (?:down|off)", r"jeans (?:are )?falling (?:down|off)")
UNEXPLAINED = _alt(r"without (?:trying|dieting|meaning to|any reason|explanation|changing)",
                   r"without (?:\w+ ){0,2}diet\w*", r"not (?:\w+ ){0,2}diet\w*", r"no diet",
                   r"(?:did not|do not|didn t) (?:want|mean|try) to (?:lose|diet)", r"eat normal\w*",
                   r"(?:no|lost my|lost the|without) appetite", r"appetite (?:is |has )?gone", r"not hungry",
                   r"(?:do not|did not|not|never) (?:\w+ )?try\w*", r"not on purpose",
                   r"not (?:trying|dieting|on a diet)", r"no reason", r"unexplained", r"unexpected\w*",
                   r"unintention\w*", r"(?:do not|no) (?:know|idea) why", r"for no", r"mysterious\w*",
                   r"eating (?:normally|the same|more|loads|fine|as usual)", r"(?:have not|did not) changed?",
                   r"weird\w*", r"strange\w*", r"even though i eat", r"not sure why", r"can not explain",
                   r"out of nowhere", r"by itself", r"on its own", r"not intentional\w*", r"no explanation")
NIGHT = _alt(r"at night", r"night\w*", r"overnight", r"[1-5] ?am", r"(?:1|2|3|4|5) in the morning", r"wak\w* me", r"woke me", r"wake up (?:in|with|from|because)",
             r"keeps me (?:up|awake)", r"(?:can not|could not|unable to|hard to) sleep", r"middle of the night",
             r"in bed")
NIGHT_SEVERE = _alt(r"severe\w*", r"worst", r"worse", r"unbearable", r"agony", r"excruciating", r"terrible",
                    r"intense", r"constant", r"wak\w* me", r"woke me", r"keeps me (?:up|awake)",
                    r"(?:can not|could not|unable to) sleep", r"rest (?:does not|did not|is not|will not) help",
                    r"(?:does not|did not|will not|never) (?:ease|go away|settle|let up|stop)", r"no matter",
                    r"nothing helps", r"even (?:when|while|if) (?:i )?(?:rest|lie|lying)", r"kill\w*", r"throb\w*")
REST_NO_HELP = _alt(r"(?:lying|lie) (?:down|flat) (?:is|was) (?:agony|unbearable|impossible|too painful|excruciating|torture)",
                    r"sleep\w* (?:in|on) (?:the |a |an |my )?(?:armchair|chair|sofa|couch|floor|recliner)",r"(?:rest|resting|lying down|lie down|sleeping)\w* (?:does not|did not|is not|will not|"
                    r"never|has not|makes? no|doesnt) (?:\w+ ){0,3}?(?:help|ease|work|change|differen\w*|improve|better)\w*",
                    r"even (?:when|while|if|after) (?:i am )?(?:resting|rest|lying|lie|sleeping)",
                    r"no matter (?:how|what|which) (?:i )?(?:lie|position|rest)", r"no position")
CHEST = _alt(r"chest (?:\w+ ){0,2}?(?:pains?|hurts?|hurting|tight\w*|pressure|discomfort|ache\w*|aching|heav\w*|"
             r"squeez\w*|burn\w*|crush\w*|sharp|stabbing)", r"(?:pain|pressure|tightness|heaviness|ache|squeez\w*|crush\w*) (?:in|on|across|"
             r"around) (?:my|the) chest", r"tight\w* chest", r"heart (?:attack|pain)", r"angina",
             r"(?:can not|could not|struggl\w* to|hard to|trouble|unable to|difficult\w* to|fight\w* to) "
             r"(?:breathe|breath|catch (?:my )?breath|get (?:my |enough )?(?:air|breath))", r"short(?:ness)? of breath",
             r"gasp\w*", r"breathless\w*", r"faint\w*", r"passed out", r"black(?:ed)? out", r"palpitat\w*",
             r"heart (?:racing|pounding|fluttering|skipping|flutter\w*)", r"pain (?:down|in) my (?:left )?arm",
             r"jaw pain")
CHEST_WORD = _alt(r"chest", r"sternum", r"breastbone", r"rib ?cage")
CHEST_FEELING = _alt(r"pain\w*", r"hurt\w*", r"tight\w*", r"pressure", r"heav\w*", r"squeez\w*", r"crush\w*",
                     r"elephant", r"band", r"sitting on", r"weight on", r"burn\w*", r"ache\w*", r"aching", r"sharp",
                     r"stabb\w*", r"discomfort", r"funny", r"weird", r"strange", r"clench\w*", r"gripp?\w*", r"vice")
ARM_JAW = _alt(r"(?:left )?arm (?:tingl\w*|numb\w*|pain|ache\w*|aching|hurt\w*|heavy|dead)", r"jaw (?:pain|ache\w*|hurt\w*)",
               r"(?:pain|ache\w*|aching|tingl\w*) (?:\w+ ){0,2}(?:left )?(?:arm|jaw)")
CHEST_ORDINARY = re.compile(r"\b(?:hills?|uphill|sprint\w*|intervals?|fast|speed ?work|when i push|first mile)\b")
CHEST_SERIOUS = re.compile(r"\bchest\b|\bfaint|\bpassed out|\bblack|\bpalpitat|\bheart attack|\barm\b|\bjaw\b|"
                           r"\bcan not breathe|\bcould not breathe|\bangina|\bdrowning|\beasy (?:jog|run|pace)|"
                           r"\bnot even|\bat rest|\bwalking|\bon the flat")


@dataclass(frozen=True)
class _Rule:
    flag: str
    gates: tuple[re.Pattern[str], ...]  # word stems the rule needs; most messages lack them
    test: Callable[[str, str], bool]


# A negation reaches no further than its clause: "no fever but I can't feel my legs".
_CLAUSE_BREAK = re.compile(r"\bbut\b|\bhowever\b|\band\b|\bthough\b|[,;.]")


def _found(rx: re.Pattern[str] | _Near, text: str) -> bool:
    """True when `rx` matches somewhere that is not negated ("no numbness", "without fever")."""
    for m in rx.finditer(text):
        before = text[max(0, m.start() - 60): m.start()]
        # A "but" resets the negation: "no fever but I can't feel my legs".
        if not _negated(_CLAUSE_BREAK.split(before)[-1]):
            return True
    return False


_NEGATORS = frozenset({"no", "not", "without", "never", "nor", "none", "zero", "neither", "denies"})
_NEGATING_PHRASES = ("free of", "absence of", "lack of")


def _negated(before: str) -> bool:
    """A negation among the last four words before a sign ("no", "not", "without", "free of")."""
    tail = before.split()[-4:]
    if _NEGATORS.intersection(tail):
        return True
    joined = " ".join(tail)
    return any(p in joined for p in _NEGATING_PHRASES)


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_SADDLE = _near(NUMB, SADDLE, 8)
_BLADDER_A = _near(LOSE_CONTROL, PEE, 5)
_BLADDER_B = _c(rf"{_WORD_START}{CANT_PEE}\b")
_BLADDER_C = _c(rf"{_WORD_START}{WETTING}\b")
_LEG_STRONG = _near(LEG_STRONG, LEG, 6)
# Standing on the toes or heels of one foot tests leg strength; people report failing it.
_TIPTOES = _c(rf"{_WORD_START}(?:can not|could not|unable to|not able to) (?:\w+ ){{0,5}}(?:tip ?toes?|heels?)\b")
_TIPTOES_NEAR = _near(r"(?:can not|could not|unable to|not able to) (?:do|manage)", r"(?:tip ?toes?|heels?)", 10)
_LEG_NUMB = _near(_alt(r"numb\w*", r"tingl\w*", r"pins and needles", r"no feeling"), LEG, 6)
_LEG_WEAK = _near(LEG_WEAK, LEG, 5)
_FATIGUE = _c(rf"{_WORD_START}{FATIGUE}\b")
_LEG_NEW = _c(rf"{_WORD_START}{LEG_NEW}\b")
_FALL = _c(rf"{_WORD_START}{FALL}\b")
_BACK_PAIN = _c(rf"{_WORD_START}{BACK_PAIN}\b")
_FEVER = _c(rf"{_WORD_START}{FEVER}\b")
_WEIGHT = _c(rf"{_WORD_START}{WEIGHT_LOSS}\b")
_UNEXPLAINED = _c(rf"{_WORD_START}{UNEXPLAINED}\b")
_NIGHT = _c(rf"{_WORD_START}{NIGHT}\b")
_NIGHT_SEVERE = _c(rf"{_WORD_START}{NIGHT_SEVERE}\b")
_REST = _c(rf"{_WORD_START}{REST_NO_HELP}\b")
_CHEST = _c(rf"{_WORD_START}{CHEST}\b")
_CHEST_NEAR = _near(CHEST_WORD, CHEST_FEELING, 6)
_ARM_JAW = _c(rf"{_WORD_START}{ARM_JAW}\b")


# Each rule reads `w`, the sentences around the words that woke it (the sign itself is found
# there), and `t`, the whole message (for context such as back pain mentioned elsewhere).


# "Back" that is not the body part: "get back to running", "came back", "back and forth".
_NOT_BACK_BEFORE = re.compile(r"(?:get|got|getting|come|came|coming|go|going|went|be|been|bounce|bouncing|ease|easing|"
                              r"build|building|start|started|starting|feeling|fight|cut|cutting|hold|holding) $")
_NOT_BACK_AFTER = re.compile(r" (?:to (?:running|training|it|normal|work|school|the gym)|into running|on track|then|"
                             r"home|and forth)\b")


@lru_cache(maxsize=256)
def _back_pain(t: str) -> bool:
    """Back pain, or pain, is mentioned (and "back" is not just "get back to running")."""
    for m in _BACK_PAIN.finditer(t):
        if m.group() != "back":
            return True
        if not (_NOT_BACK_BEFORE.search(t, max(0, m.start() - 10), m.start())
                or _NOT_BACK_AFTER.match(t, m.end())):
            return True
    return False


def _falls(w: str) -> bool:
    """A real fall, crash or collision word in `w` (not "fell in love", not a "slipped disc")."""
    for m in _FALL.finditer(w):
        lo, hi = max(0, m.start() - 12), min(len(w), m.end() + 30)
        if not any(n.start() <= m.start() < n.end() or m.start() <= n.start() < m.end()
                   for n in NOT_FALL.finditer(w, lo, hi)):
            if not _negated(_CLAUSE_BREAK.split(w[max(0, m.start() - 60): m.start()])[-1]):
                return True
    return False


# A fever that is over ("had a fever last month, all better now") is not a sign now.
_FEVER_OVER = re.compile(r"\b(?:fever|temperature|temp|flu)\b.*\b(?:all better|cleared|gone|went away|is over|passed|"
                         r"last (?:month|week|year)|recovered)\b")


# Numb or tingling toes from tight shoes, a bike ride, or now and then on a long run are ordinary.
_NUMB_BENIGN = re.compile(r"\b(?:shoes?|laces|trainers|toes|bike|cycling|ride|sitting|crossed|a bit|slightly|"
                          r"sometimes|occasionally|now and then|went away|goes away|wears off|wore off)\b")


def _leg_weakness(w: str, t: str) -> bool:
    if _found(_LEG_STRONG, w) or _found(_TIPTOES, w) or _found(_TIPTOES_NEAR, w):
        return True
    if _found(_LEG_NUMB, w) and not _NUMB_BENIGN.search(w):
        return True
    # "Weak legs" after a hard session is ordinary fatigue unless something says it is new or odd.
    return _found(_LEG_WEAK, w) and (not _FATIGUE.search(t) or bool(_LEG_NEW.search(t)))


def _trauma(w: str, t: str) -> bool:
    return not NO_FALL.search(t) and _falls(w) and _back_pain(t)


def _chest(w: str, t: str) -> bool:
    if _found(_CHEST_NEAR, w) or _found(_ARM_JAW, w):
        return True
    if not _found(_CHEST, w):
        return False
    # Being out of breath on a hill or a sprint is ordinary; chest pain or fainting never is.
    return bool(CHEST_SERIOUS.search(w)) or not CHEST_ORDINARY.search(w)


# Numbness from a bike saddle that wears off when you get off is ordinary.
_SADDLE_BENIGN = re.compile(r"\b(?:bike|cycling|cycle|ride|riding|spin class|saddle sore\w*)\b.*\b(?:went away|goes away|"
                            r"wore off|wears off|got off|get off|gone now|passed|came back|back to normal|fine after|gone after|"
                            r"gone by|gone within|was gone|better after)\b")


_BIKE = re.compile(r"\b(?:bike|cycling|cycle|ride|riding|spin class|saddle sore\w*|spinning)\b")


def _saddle(w: str, t: str) -> bool:
    if not _found(_SADDLE, w):
        return False
    # A numb seat from a bike saddle is ordinary, unless it stays or comes with back pain.
    return not (_SADDLE_BENIGN.search(t) or (_BIKE.search(t) and not _back_pain(t)))


def _bladder(w: str, t: str) -> bool:
    return _found(_BLADDER_A, w) or _found(_BLADDER_B, w) or _found(_BLADDER_C, w)


def _fever(w: str, t: str) -> bool:
    return _found(_FEVER, w) and _back_pain(t) and not _FEVER_OVER.search(t)


def _weight_loss(w: str, t: str) -> bool:
    return _found(_WEIGHT, w) and bool(_UNEXPLAINED.search(t))


def _night_pain(w: str, t: str) -> bool:
    if not _back_pain(t):
        return False
    return (_found(_NIGHT, w) and bool(_NIGHT_SEVERE.search(t))) or _found(_REST, w)


# Gates: word stems a message must hold for a rule to be worth running. The first names the sign
# itself (the rule reads the sentences around it); any others must appear somewhere too.
_PAINFUL = r"back|spin|tailbone|coccyx|lumbar|hurt|pain|ache|aching|achy|sore|agony|kill|throb"
RULES = (
    _Rule("saddle", (_c(r"numb|tingl|needles|feel$|feeling|sensation|dead|buzz|fizz|prickl|sleep|asleep|without|"
                        r"anaesthe|anesthe|novocaine|dentist"),
                     _c(r"groin|genital|privates|private|crotch|penis|vagina|vulva|scrotum|testic|balls|butt|cheeks|"
                        r"bum|backside|bottom|inner|thigh|saddle|passage|anus|rectum|perineum|taint|there$|between|"
                        r"wip|toilet|loo$|seat|sit|sat$|nether|undercarriage|willy|willie|dick|fanny|below|parts?$|bits$")),
          _saddle),
    _Rule("bladder", (_c(r"leak|dribbl|incontinen|control|accident|wet$|wetting|soil|pee|urin|wee$|wees$|weeing|weed$|"
                         r"poo$|poos$|pooed|pooing|poop|bladder|bowel|toilet|loo$|piss|bathroom|shat$|passed|drops$|"
                         r"stream$"),), _bladder),
    _Rule("leg-weakness", (_c(r"legs?$|foot|feet|thigh|calf|calves|ankle|knee|toes?$|tiptoe|tip$|heels?$|shin"),
                           _c(r"weak|wobbl|unsteady|trip|dead|shaky|giv|gave|buckl|collaps|lift|move|control|stand|bend|"
                              r"strength|power|drag|drop|slap|flop|paraly|floppy|numb|feel|needles|tingl|work|hold|"
                              r"catch|scuff|not$|unable|cannot")),
          _leg_weakness),
    _Rule("trauma", (_c(r"fell|fall|slip|trip|crash|collid|collision|accident|hit$|knock|struck|land|thrown|"
                        r"whiplash|flying|wiped|tumbl|stacked|plant|faceplant|bump|clipped|car$|went$|came$|taken$|"
                        r"rear$|ran$"),
                     _c(_PAINFUL)), _trauma),
    _Rule("fever", (_c(r"fever|temp|thermometer|chill|shiver|shakes|rigo|sweat|cold|flu$|burning|infection|"
                       r"(?:3[89]|4[01]|10[0-4])(?:\.\d)?(?:c|f)?$"), _c(_PAINFUL)), _fever),
    _Rule("weight-loss", (_c(r"weight|pounds?$|kilos?$|kgs?$|lbs?$|stones?$|thin$|thinner|thinning|skinny|gaunt|wasting|loose|baggy|"
                             r"clothes|belt|watch$|rings?$|trousers|jeans|\d+(?:kg|kilos?|lbs?)$"),),
          _weight_loss),
    _Rule("night-pain", (_c(r"night|overnight|wak|woke|sleep|bed$|\d+am$|morning|rest$|resting|rested|rests$|lying|"
                            r"lie$|position|armchair|recliner|chair$"),
                         _c(_PAINFUL)), _night_pain),
    _Rule("chest", (_c(r"chest|heart|angina|breath|gasp|faint|passed|black|palpitat|arm$|arms$|jaw|air$|sternum|"
                       r"breastbone|rib"),), _chest),
)

# Words the rules look for, so that spelling correction can bring typos back to them.
VOCABULARY = frozenset("""
numb numbness tingling tingle tingly needles feeling sensation groin genitals genital privates crotch penis
vagina scrotum testicles buttocks buttock bottom inner thigh thighs saddle passage anus rectum perineum wipe
wiping toilet seat pee peeing urine urinate bladder bowel bowels poo poop stool leaking leak dribbling dribble
incontinence control accident accidents wetting wet myself underwear legs leg foot feet weakness weak giving
gave buckling buckled collapsed collapse dragging drag slapping paralysed paralyzed floppy wobbly unsteady
fell fall falling fallen slipped slip tripped trip crashed crash collided collision accident knocked landed
tumble whiplash hit car bike back spine spinal tailbone coccyx hurt hurts hurting pain painful ache aching
agony fever feverish temperature temp thermometer chills shivering shivers shaking sweats sweating flu
infection weight pounds kilos losing lost dropping thinner trying dieting unexplained unexpected reason
clothes loose baggy night nights overnight wakes waking woke sleep sleeping severe worst unbearable
excruciating terrible intense constant rest resting lying position chest pressure tightness tight heavy
squeezing crushing breathe breath breathless breathlessness breathing gasping faint fainted fainting dizzy
palpitations heart racing pounding arm jaw numbed myself pooed asleep tiptoes slaps sternum loo wee poo bum pee willy willie armchair recliner
""".split())


_GATES: dict[str, frozenset[tuple[str, int]]] = {}


def _gates_of(token: str) -> frozenset[tuple[str, int]]:
    """The (rule, gate) pairs this token opens; cached, since people reuse the same words."""
    flags = frozenset((rule.flag, n) for rule in RULES for n, gate in enumerate(rule.gates) if gate.match(token))
    if len(_GATES) < 50_000:
        _GATES[token] = flags
    return flags


def red_flags(clean_text: str, extra_phrases: tuple[str, ...] = (), *, first_only: bool = False) -> tuple[str, ...]:
    """The warning signs in a normalised, spell-corrected message (sentences joined by " . ").

    With `first_only`, stop at the first sign found: one is enough for the urgent-care message.
    """
    return signs([s.split() for s in clean_text.split(" . ")], extra_phrases, first_only=first_only)


def signs(sentences: list[list[str]], extra_phrases: tuple[str, ...] = (), *, first_only: bool = False) -> tuple[str, ...]:
    """The warning signs in a message given as sentences of spell-corrected words, in FLAGS order."""
    woken: dict[tuple[str, int], set[int]] = {}
    gates = _GATES.get
    for i, sentence in enumerate(sentences):
        for token in sentence:
            opened = gates(token)
            if opened is None:
                opened = _gates_of(token)
            for key in opened:
                woken.setdefault(key, set()).update((i - 1, i, i + 1))
    found: list[str] = []
    lines: list[str] = []  # the text is built only when a rule has something to read
    text = ""
    for rule in RULES:
        near = woken.get((rule.flag, 0))
        if near and all((rule.flag, n) in woken for n in range(1, len(rule.gates))):
            if not lines:
                lines = [" ".join(s) for s in sentences]
                text = " . ".join(lines)
            window = " . ".join(lines[i] for i in sorted(near) if 0 <= i < len(lines))
            if rule.test(window, text):
                found.append(rule.flag)
                if first_only:
                    break
    if extra_phrases:
        padded = f" {' . '.join(' '.join(s) for s in sentences)} "
        if any(f" {p} " in padded for p in extra_phrases):
            found.append("custom")
    return tuple(found)
