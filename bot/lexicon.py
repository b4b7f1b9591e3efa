"""From words to concepts: the FAQ's synonyms and topics not covered, and the speller built on them.

A concept is "#name" (a synonym group of faq.yaml), "!phrase" (a topic the FAQ does not cover) or
a plain word the FAQ uses. Synonym phrases are matched longest first; stopwords become nothing.
"""
from __future__ import annotations

import re
from importlib import resources

from bot import modifiers, senses, spelling, triage
from bot import text as textmod
from bot.faq import FAQ
from bot.phrases import compile_phrases
from bot.text import STOPWORDS

__all__ = ["Lexicon", "NEUTRAL", "STOPWORDS"]

# Words that tell no topic of their own though they are not among the commonest English words:
# running talk and chat. Everything else a message says and no entry explains counts against it.
NEUTRAL = frozenset("""
run runs running ran runner runners jog jogs jogging jogged jogger km kms k mile miles mileage mpw marathon
marathons half halves ultra ultras race races racing raced parkrun parkruns treadmill treadmills trail trails
track tracks road roads pavement tarmac grass hill hills uphill downhill tempo interval intervals sprint
sprints pace paces paced easy long slow fast session sessions plan plans training train trained week weeks
weekly month months daily morning mornings evening evenings c25k couch graduated podcast app lap laps loop
loops club coach group buddy mates mate wife husband partner son daughter mum mom dad kids kid baby
carer carers guy guys lady ladies folks everyone anyone someone runner also lol haha tbh ngl imo btw um uh like
basically literally honestly actually really pretty quite bit lot tho though anyway yeah yep nope ok okay
gonna wanna gotta kinda sorta thing things stuff since ago recently lately currently usually always often
sometimes mostly pretty normally today tomorrow yesterday tonight weekend sunday monday tuesday wednesday
thursday friday saturday sundays mondays tuesdays wednesdays thursdays fridays saturdays weekends weekdays tues weds
thurs pre
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen
january february march april may june july august september october november
december jan feb apr jun jul aug sep sept oct nov dec christmas xmas easter thanksgiving halloween ramadan
diwali spring summer autumn fall winter age aged old older years year bro dude mate meh noob newbie
legit grandad granddad grandpa grandma gran nan aunt uncle cousin colleague boss friend friends sister brother
girlfriend boyfriend fiance fiancee wife husband
diagnosed diagnosis physio physiotherapist gp
po ba sa kasi grabe naman lang talaga yung ako ko yaar yar bhai ji na o sha jare oga arre acha accha achha
lekker ja eish howzit braai bakkie boet bru ag jislaaik arvo servo reckon crook heaps keen craic eejit
lockdown lockdowns covid uni
chuffed gutted gutting skint narked brassed miffed
mi inna lmao lmfao rofl lool yalla inshallah insha wallah habibi shukran mashallah alhamdulillah gwaan wah
""".split())
# Words that end like a form of a word the FAQ knows but are words of their own, which the speller must not
# take apart: an officer is no office, butter no butt, a bummer no bum, a slipper no slip, a former job no
# form (the -er and -ers forms in SCOWL's lists that the word-form rule mapped onto another word), and an
# FAQ no "fat" (one edit away).
NOT_FORMS = frozenset("""
former offer offers temper sheer bitter letter letters manner manners flower flowers career careers butter
officer officers stranger strangers lover lovers dealer dealers starter starters controller controllers timer
header outer keeper keepers owner owners reader readers holder holders leader leaders manager managers maker
makers taker worker workers listener listeners handler handlers scheduler wrecker supporter supporters bummer
slipper slippers skipper skippers quitter cutter cutters dropper tipper grabber stopper planner planners logger
gunner shredder sitter sitters jabber hitter hitters spinner squatter mummer faq faqs walker walkers hiker hikers
backer backers banker bankers dancer dancers stretcher stretchers lifter lifters
""".split())


def _data_words(name: str) -> frozenset[str]:
    """The words of bot/data/`name`, a file of words separated by white space, "#" starting a comment line."""
    lines = resources.files("bot").joinpath(f"data/{name}").read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.lstrip().startswith("#") for w in line.split())


# ...and the words bot/data/kept-words.txt lists (kit and app names, medicines, slang: a burpee split into "bur pee"
# told of urine, a Nike corrected to "nite" of the night); first names tell no topic.
NOT_FORMS = NOT_FORMS | _data_words("kept-words.txt")
FIRST_NAMES = _data_words("first-names.txt")  # also kept out of teach's synonym suggestions (bot.admin)
NEUTRAL = NEUTRAL | FIRST_NAMES
# Running talk beyond a FAQ's own `run` concept: with any of these (or a distance such as "15k" or
# "20 miler") a message speaks of running.
RUNNING_TALK = frozenset("""
run runs running ran runner runners jog jogs jogging jogged jogger joggers marathon marathons ultra ultras
parkrun parkruns c25k treadmill treadmills trail trails fartlek strides hill hills sprint sprints sprinting
sprinted xc crosscountry ultramarathon ultramarathons mile miles miler milers mileage km kms 5ks 10ks strava
training race races racing raced tempo intervals interval marathoner marathoners canicross lap laps
crosscountry orienteering hurdling hurdles steeplechase steeplechasing taper tapering plodding bounding
fartlekking downhilling overpronating underpronating overpronate underpronate overpronation pronation
""".split())
# Words that speak of running only when no other sport or cause is named: "after training", "race day"
# and "200 miles" are a gymnast's, a cyclist's or a driver's too ("hill sprints" or "tempo" are a
# runner's, rugby or not).
SHARED_TALK = frozenset("""
training race races racing raced mile miles km kms mileage lap laps
""".split())
_DISTANCE = re.compile(r"\d+(?:\.\d+)?(?:k|km|kms|mi|miler|milers)")
# Running denied by the writer, which is no running talk: "I don't run at all, the gym is where I
# train", "I'm not a runner, I cycle". Not "I can't run at all" (a runner kept from it), "I don't
# run anymore" (one who did), "I didn't run" (a run missed), "I'm not a fast runner" or "I have never
# run" (a beginner's question).
RUNNING_DENIED = compile_phrases((
    "i do not run|jog ,|.|myself|either", "i do not run|jog at_all ,|.|and|but|so|i|the",
    "i do not even run|jog", "i do not really|actually|properly run|jog ,|.|either|myself|i|but|so",
    "i never run|jog ,|.|myself|either",
    "i am not a|much_of_a runner|jogger", "not a runner|jogger myself", "not a runner|jogger ,|.|really|at_all",
    "non runner|jogger", "i do not do|go ~1 running|jogging",
))
# Concepts that "no" or "not" just before them take away: "no pain down my leg" is no sign of a disc.
NEGATABLE = frozenset({"#radiating", "#disc", "#curve"})
# "No back pain", "no back injury at the time": a back denied outright, the word just after "no" or "without".
# (Not "how do I not wreck my back": a pain to prevent.)
NEGATED_AT_ONCE = frozenset({"#back"})
_UNTIL = frozenset({"until", "till", "til"})


def _since_then(tokens: list[str], i: int) -> bool:
    """ "No back pain until last week", "no back problems before I started running": one since then."""
    after = tokens[i + 1:i + 5]
    return not _UNTIL.isdisjoint(after) or any(
        w == "before" and after[n + 1:n + 2] in (["i"], ["starting"], ["running"], ["this"])
        for n, w in enumerate(after))
_NEGATORS = frozenset({"no", "not", "without", "never", "nor", "zero", "none", "nothing"})
# What is asked for, not denied: "how do I run without back pain", "tips to train with no back pain". Not a
# report asked about ("how did I run 10k without back pain for once?", "I was able to run without back pain").
# (not "best", "help" or "trying": "best 10k ever, with no back pain at all!" is a report, the ninety-seventh review)
_WANTING = frozenset({"tips", "tip", "way", "ways", "want", "wanna", "possible", "advice", "hoping", "goal", "aim"})
_ASKING_VERBS = frozenset({"can", "could", "should", "would"})
_SUBJECTS = frozenset({"i", "you", "we", "one", "someone", "he", "she", "they"})
_REPORTED = frozenset({"come", "did", "was", "were", "has", "have", "had", "about"})


def _wanted(tokens: list[str], at: int) -> bool:
    """Whether the "without" or "with no" at tokens[at] names an outcome the writer asks for: "how do I...",
    "can I...", "tips to..." earlier in the message. Not "how come"/"how did I" (a report asked about) nor "I can"
    (no question), and not "no" without "with" before it."""
    if tokens[at] == "no" and (at == 0 or tokens[at - 1] != "with"):
        return False
    before = tokens[:at]
    for n, word in enumerate(before):
        after = before[n + 1:n + 2]
        if (word in _WANTING or (word == "how" and not set(after) & _REPORTED)
                or (word in _ASKING_VERBS and set(after) & _SUBJECTS and (n == 0 or before[n - 1] not in _SUBJECTS))):
            return True
    return False


class Lexicon:
    """The words one FAQ knows, its speller, and the synonym table; build a new one per FAQ version."""

    def __init__(self, faq: FAQ, entry_words: list[list[list[str]]]) -> None:
        """`entry_words`: each entry's phrasings as normalised word lists."""
        self.synonyms = faq.synonyms
        vocabulary: set[str] = set(triage.VOCABULARY)
        raw_phrases: list[tuple[list[str], str]] = []
        named = [(p, f"#{concept}") for concept, phrases in faq.synonyms.items()
                 for p in [concept.replace("-", " ").replace("_", " "), *phrases]]
        named += [(p, f"!{p}") for p in faq.not_covered] + [(p, f"^{p}") for p in faq.other_causes]
        for p, concept in named:
            words = textmod.words(textmod.normalize(p))
            raw_phrases.append((words, concept))
            # A clause's "back" in another sense is senses.OTHER_BACK; the message's tokens (what triage and the
            # running-talk test read) keep the word: the phrase is kept both ways.
            if (sensed := senses.phrase_senses(words)) != words:
                raw_phrases.append((sensed, concept))
        for words, _ in raw_phrases:
            vocabulary.update(words)
        vocabulary.discard(senses.OTHER_BACK)  # no typo is corrected into it
        for per_entry in entry_words:
            for words in per_entry:
                vocabulary.update(words)
        # Stopwords stay out of the vocabulary (a typo is not corrected into one) unless a synonym
        # phrase needs them ("stop getting" must survive "gettin").
        phrase_words = {w for words, _ in raw_phrases for w in words}
        vocabulary -= STOPWORDS - phrase_words - triage.VOCABULARY
        self.speller = spelling.Speller(vocabulary, extra_known=STOPWORDS | NEUTRAL | NOT_FORMS | triage.KNOWN
                                                                        | senses.KNOWN | modifiers.KIN_WORDS)
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        seen: set[tuple[str, ...]] = set()
        for words, concept in raw_phrases:
            key = tuple(w if w == senses.OTHER_BACK else self.speller(w) for w in words)
            if key and key not in seen:
                seen.add(key)
                by_first.setdefault(key[0], []).append((key, concept))
        for options in by_first.values():
            options.sort(key=lambda kv: -len(kv[0]))  # longest phrase first
        # Phrases of two or more words by first word; single words straight to their concept.
        self._longer = {w: [kv for kv in opts if len(kv[0]) > 1] for w, opts in by_first.items()
                        if any(len(kv[0]) > 1 for kv in opts)}
        # The same phrases by their first two words: a word that starts many phrases ("so", "how")
        # is then tried against the few that go on with the next word, not all of them.
        self._by_two: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
        for options in self._longer.values():
            for key, concept in options:
                self._by_two.setdefault(key[:2], []).append((key, concept))
        single = {w: kv[1] for w, opts in by_first.items() for kv in opts if len(kv[0]) == 1}
        self._single = single
        self._carried = _carried(faq, single, self._longer)
        # word -> what it becomes ("" for a stopword), for every word that starts no longer phrase
        self._fast = {w: "" for w in STOPWORDS}
        self._fast.update(single)
        self._fast.update((w, w) for w in vocabulary if w not in self._fast)
        for w in self._longer:
            self._fast.pop(w, None)

    @staticmethod
    def speaks_of_running(words: list[str], *, other_sport: bool = False) -> bool:
        """Whether a message's `words` speak of running: a word of RUNNING_TALK or a distance ("15k",
        "20 miler"). Not "exercise" or "workout", which the FAQ's `run` concept also holds; with
        `other_sport` (another sport or cause named), not SHARED_TALK's words either."""
        if not RUNNING_TALK.isdisjoint(words):
            if not other_sport or not (RUNNING_TALK - SHARED_TALK).isdisjoint(words):
                return True
        elif not other_sport and "country" in words and any(
                words[i - 1] == "cross" for i, w in enumerate(words) if i and w == "country"):
            return True  # "just joined cross country", not cross-country skiing
        # "after driving 200 miles", "a 50k ride": with another sport named, a distance is no run either
        return not other_sport and any(w[:1].isdigit() and _DISTANCE.fullmatch(w) for w in words)

    @staticmethod
    def running_denied(tokens: list[str]) -> tuple[list[str], bool]:
        """`tokens` without the words of running the writer denies (RUNNING_DENIED), and whether any was."""
        text = " ".join(tokens) + " "
        spans = [m.span() for m in RUNNING_DENIED.finditer(text)]
        if not spans:
            return tokens, False
        kept, position = [], 0
        for word in tokens:
            if not any(start <= position < end for start, end in spans) or word not in RUNNING_TALK:
                kept.append(word)
            position += len(word) + 1
        return kept, True

    def concept_key(self, name: str) -> str:
        """The feature for a concept named in faq.yaml (`requires`, `excludes`, `asks`)."""
        name = name.lower()
        return f"#{name}" if name in self.synonyms else self.speller(name)

    def spelled(self, text: str) -> list[str]:
        """A short text's words, normalised and spelled (for faq.yaml's own phrases)."""
        return self.speller.words(textmod.words(textmod.normalize(text)))

    def concepts(self, tokens: list[str]) -> list[str]:
        """Replace synonym phrases (longest first) by their concept; drop stopwords; keep other words."""
        out: list[str] = []
        i, end = 0, len(tokens)
        longer, by_two, single, fast = self._longer, self._by_two, self._single, self._fast
        fillers = () if FILLERS.isdisjoint(tokens) else [j for j, t in enumerate(tokens) if t in FILLERS]
        while i < end:
            token = tokens[i]
            concept = fast.get(token)
            if concept is not None:  # the common case: one lookup settles the word
                if concept == _WEIGHT and token in _THIN and _not_thin(tokens, i):
                    concept = _FAT
                if concept and not (concept in NEGATABLE and _negated(tokens, i)):
                    out.append(concept)
                i += 1
                continue
            matched = False
            exact = by_two.get((token, tokens[i + 1]), ()) if i + 1 < end else ()
            # 8 words: the longest synonym phrases with a filler or two inside
            filled = fillers and any(i < j < i + 8 for j in fillers)
            options = exact
            if filled:
                # A phrase's second word must be the next word or come after fillers only: the
                # phrases that go on with another word are not worth trying one by one.
                after = i + 1
                while after < end and tokens[after] in FILLERS:
                    after += 1
                reach = tokens[i + 1: after + 1]
                options = [kv for kv in longer.get(token, ()) if kv[0][1] in reach]
            for key, concept in options:
                size = len(key)
                if tuple(tokens[i: i + size]) != key:
                    size = _with_fillers(tokens, i, key) if filled else 0
                if size:
                    if not (concept in NEGATABLE and _negated(tokens, i)):
                        out.append(concept)
                        out.extend(self._carried.get(key, ()))
                    i += size
                    matched = True
                    break
            if matched:
                continue
            concept = single.get(token)
            if concept is not None:
                if concept and not (concept in NEGATABLE and _negated(tokens, i)) and not (
                        concept in NEGATED_AT_ONCE and i and tokens[i - 1] in ("no", "without")
                        and not _since_then(tokens, i) and not _wanted(tokens, i - 1)):
                    out.append(concept)
            elif token not in STOPWORDS and token != senses.OTHER_BACK:
                out.append(token)
            i += 1
        return out


def _carried(faq: FAQ, single: dict[str, str],
             longer: dict[str, list[tuple[tuple[str, ...], str]]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """phrase -> the topics its own words name besides the phrase's concept: "hurt my back" is a
    strain and the back. Only a topic some entry requires on its own (`back`, `butt`), only where
    the phrase tells it as a body part ("my back", "sway back", "back went"; not "get back to", "cut
    back", "behind it"), and only for phrases of a concept some entry uses: a concept no entry uses
    (`back-again`: "came back") exists to take its words in another sense."""
    alone = {f"#{next(iter(group))}" for entry in faq.entries for group in entry.requires if len(group) == 1}
    used = {f"#{c}" for entry in faq.entries for group in entry.requires for c in group}
    used |= {f"#{c}" for entry in faq.entries for c in entry.excludes} | {f"#{c}" for c in faq.asks}
    out = {}
    for options in longer.values():
        for key, concept in options:
            if concept not in used:
                continue
            extra = tuple(dict.fromkeys(c for n, w in enumerate(key) if (c := single.get(w)) in alone
                                        and c != concept and _as_body_part(key, n)))
            if extra:
                out[key] = extra
    return out


_OWNERS = frozenset(("my", "his", "her", "their", "your", "our", "sway", "swayed", "arched", "bad", "dodgy", "crook",
                     "lower", "low"))
_COMPLAINTS = frozenset(("went", "gone", "has"))


def _as_body_part(key: tuple[str, ...], n: int) -> bool:
    """The phrase's n-th word is told as a body part: owned ("my back") or complained of ("back went")."""
    return (n > 0 and key[n - 1] in _OWNERS) or (n + 1 < len(key) and key[n + 1] in _COMPLAINTS)


# Words people drop inside a phrase without changing it: "how is it even possible", "keep my back
# from really hurting", voice typing's "like" and "um".
FILLERS = frozenset({"even", "really", "actually", "just", "ever", "like", "um", "uh", "erm", "basically",
                     "literally", "honestly", "totally", "truly", "possibly"})


def _with_fillers(tokens: list[str], i: int, key: tuple[str, ...]) -> int:
    """How many tokens from `i` make the phrase `key` with filler words between its words; 0 if none."""
    at = i + 1
    for word in key[1:]:
        while at < len(tokens) and tokens[at] != word and tokens[at] in FILLERS:
            at += 1
        if at >= len(tokens) or tokens[at] != word:
            return 0
        at += 1
    return at - i


# Thinness denied is weight kept: "why aren't all runners skinny?", "still not any thinner" ask why runners stay
# heavy (faq.yaml's `fat`), not how to lose weight. Not a wish ("I don't want to get too thin").
_WEIGHT, _FAT = "#weight", "#fat"
_THIN = frozenset(("skinny", "skinnier", "thin", "thinner", "slim", "slimmer", "lean", "leaner"))
_WISHED = frozenset(("want", "wanted", "wants", "try", "trying", "tried", "wish", "hope", "afraid", "worried"))


def _not_thin(tokens: list[str], i: int) -> bool:
    before = tokens[max(0, i - 5): i]
    return not _NEGATORS.isdisjoint(before) and _WISHED.isdisjoint(before)


def _negated(tokens: list[str], i: int) -> bool:
    return any(t in _NEGATORS for t in tokens[max(0, i - 4): i])
