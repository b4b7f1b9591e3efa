"""How people type, made regular: case, unicode tricks, emoji, txt-speak, sentences and clauses."""
from __future__ import annotations

import re
import unicodedata

# Invisible characters people paste (or use to dodge filters) would otherwise split words: zero-width
# spaces and joiners, direction marks and isolates, the soft hyphen, emoji variation selectors and
# skin tones.
# The commonest English words: they tell no topic, and a phrase gate on them would open for every message.
STOPWORDS = frozenset("""
a an the and or of to in on at for from with by about as into over under up down off out than then so
i me my mine myself we us our you your yours he him his she her hers they them their it its this that
these those there here is am are was were be been being do does did doing have has had having will would
shall should may might must could get gets got getting just really very much many lot lots some any
all also too quite bit little kind sort like well still even only ever always often sometimes usually
what which who whom whose when where how if because since while after before during until again
please hi hello hey thanks thank ok okay yes yeah yep no nope not dont im anyone anybody someone
guys guy people person question questions ask asking wondering wonder know tell help want need
think feel feels felt thing things stuff something anything way ways day days week weeks time times
one two three go going gone went make makes made making give gives gave take takes took say said
lol pls thx omg btw idk tbh imo haha hmm um uh umm er ah oh lately recently now today yesterday
""".split())
_INVISIBLE = dict.fromkeys(
    [*map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff\u00ad\ufe0e\ufe0f\u2640\u2642"),
     *range(0x202A, 0x202F), *range(0x2066, 0x206A), *range(0x1F3FB, 0x1F400)], None)
_ODD_CHARS = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\ufe0e\ufe0f\u2018\u2019\u201b`\u00b4"
                        "\U0001F3FB-\U0001F3FF]")
# Emoji that stand for words people would otherwise type ("will running shrink my 🍑").
EMOJI_WORDS = {
    "🍑": "butt", "🏃": "run", "🏃‍": "run", "🚶": "walk", "💪": "strong", "🔙": "back", "🦵": "leg", "🦶": "foot",
    "🔥": "burn", "⚖": "weight", "🤕": "hurt", "🩹": "hurt", "😫": "", "😩": "", "😣": "", "😖": "", "🏋": "weights",
    "🚴": "cycling", "🤰": "pregnant", "🚽": "toilet", "💩": "poo", "🫀": "heart", "❤": "heart", "🫁": "lungs",
    "🍔": "food", "🍕": "food", "🥗": "salad", "🏊": "swim", "⬆": "up", "⬇": "down", "📈": "up", "📉": "down",
    "🦴": "bone", "🥵": "hot", "🤒": "fever", "🌡": "temperature", "🛏": "bed", "🌙": "night", "😴": "sleep",
    "6️⃣": "6", "🏅": "medal", "👶": "baby", "🍼": "baby", "🩸": "blood", "🤮": "sick", "🥶": "freezing",
}
_EMOJI_RE = re.compile("|".join(sorted(map(re.escape, EMOJI_WORDS), key=len, reverse=True)))
# A pained face right after a body part tells its pain ("back 😫 after run"); elsewhere it is a mood ("will running
# shrink my 🍑?? 😩") and is dropped (a fifteenth new user).
_SORE_FACE = re.compile(r"(?i)\b(back|spine|leg|legs|hip|hips|neck|glutes|bum|butt)\s*(?:[😫😩😣😖🤕]\s*)+")
# ...but after a bum told of its size or shape the face is a mood about it ("will running shrink my butt 😩").
_SHAPE = re.compile(r"(?i)\b(?:shrink|smaller|bigger|big|flat|flatter|tone|toned|size|lose|losing|lift|perky)\b")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "`": "'", "\u00b4": "'"})

def _latin_base() -> dict[int, str]:
    """Accented Latin letters to their base letter ("bäck", "rünning", "dìsc" from other keyboards)."""
    table = {ord("ß"): "ss", ord("æ"): "ae", ord("œ"): "oe", ord("ø"): "o", ord("ł"): "l", ord("đ"): "d"}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[0]
        if base.isascii() and base.isalpha() and code not in table:
            table[code] = base.lower()
    return table


_LATIN_BASE = _latin_base()


def fold_accents(text: str) -> str:
    """Accented Latin letters to their base ("después" -> "despues"), as normalize() does."""
    return text.translate(_LATIN_BASE)

# Txt-speak and contractions, word for word (after lowercasing, apostrophes removed).
SHORTHAND = {
    "u": "you", "ya": "you", "ur": "your", "youre": "you are", "r": "are", "y": "why", "whys": "why is",
    "wat": "what", "wut": "what", "wht": "what", "hw": "how", "im": "i am", "ive": "i have",
    "cant": "can not", "cnt": "can not", "cannot": "can not", "dont": "do not", "doesnt": "does not",
    "didnt": "did not", "isnt": "is not", "arent": "are not", "wont": "will not", "ahm": "i am", "ahve": "i have",
    "wasnt": "was not",
    "shouldnt": "should not", "couldnt": "could not", "wouldnt": "would not", "havent": "have not",
    "hasnt": "has not", "aint": "is not", "its": "it is", "thats": "that is", "whats": "what is",
    "hows": "how is", "theres": "there is", "pls": "please", "plz": "please", "bc": "because",
    "cuz": "because", "coz": "because", "cos": "because", "b4": "before", "abt": "about", "w": "with",
    "wo": "without", "gonna": "going to", "wanna": "want to", "gotta": "got to", "tho": "though",
    "thru": "through", "n": "and", "nd": "and", "2": "to", "4": "for", "bf": "boyfriend", "gf": "girlfriend",
    "m8": "mate", "m8s": "mates",
    "thx": "thanks", "ty": "thanks", "gm": "good morning", "wt": "weight", "tnx": "thanks", "rn": "right now",
    "idk": "i do not know",
    "smth": "something", "sth": "something", "becuz": "because", "bcoz": "because", "ppl": "people",
    "lbs": "pounds", "kgs": "kilos", "hrs": "hours", "mins": "minutes", "yr": "year", "yrs": "years",
    # (the speller took "cals" for "calf": "only eating 800 cals a day" missed the eating reply, a new user)
    "cals": "calories", "kcals": "calories", "kcal": "calories",
    # the clinic's and the forums' abbreviation (a twenty-fourth new user: "lbp after running" was read as "lbs")
    "lbp": "lower back pain", "lbps": "lower back pain",
    "wy": "why", "wen": "when", "wer": "where", "shud": "should", "cud": "could", "wud": "would",
    "frm": "from", "bout": "about", "luv": "love", "gud": "good", "jus": "just", "becos": "because",
    "dat": "that", "da": "the", "dis": "this", "doc": "doctor", "yday": "yesterday", "tmrw": "tomorrow",
    "tmr": "tomorrow", "2moro": "tomorrow", "tonite": "tonight", "2nite": "tonight", "2day": "today", "nah": "no",
    "dunno": "do not know", "wats": "what is",
    "dose": "does", "sum1": "someone", "any1": "anyone", "k": "ok",
    "b": "be", "c": "see", "bcuz": "because", "hadnt": "had not", "werent": "were not", "mustnt": "must not",
    # Geordie: "every time ah gan for a run", "gannin for a jog every neet"
    "gan": "go", "gannin": "going", "ganning": "going", "neet": "night",
    "neednt": "need not", "id": "i would", "chiro": "chiropractor",
    # Scots and Nigerian Pidgin words that English-reading would miss.
    "tae": "to", "cannae": "can not", "canna": "can not", "dinnae": "do not", "didnae": "did not",
    "wisnae": "was not", "isnae": "is not", "havnae": "have not", "hivnae": "have not", "noo": "now",
    "sair": "sore",
    "aboot": "about", "efter": "after", "naw": "no", "aye": "yes", "ye": "you", "wetin": "what", "abeg": "please",
    "bk": "back",
    # South African English: "why do so many okes still have a boep"
    "okes": "guys", "oke": "guy",
    "dey": "is", "wan": "want to", "whit": "what", "dae": "do", "oot": "out", "hae": "have",
    "giv": "give", "cn": "can", "itll": "it will", "theyll": "they will", "shes": "she is", "hes": "he is",
    "ull": "you will", "gimme": "give me", "lemme": "let me", "kinda": "kind of", "sorta": "sort of",
    "youll": "you will", "youve": "you have", "weve": "we have", "theyve": "they have", "theyre": "they are",
    "youd": "you would", "wouldve": "would have", "couldve": "could have", "shouldve": "should have",
    "whos": "who is", "wheres": "where is", "wif": "with", "ma": "my", "mah": "my", "iz": "is", "alot": "a lot",
    "abit": "a bit",
    # "d'you reckon", "y'know"
    "dyou": "do you", "dya": "do you", "didja": "did you", "yknow": "you know",
    # Jamaican Patois function words: "mi nuh want mi back fi start hurt", "inna di mawnin"
    "fi": "to", "di": "the", "mawnin": "morning", "bredda": "brother",
    # Trinidadian and Guyanese: "so meh back doh hurt me" (chat-unseen26)
    "doh": "do not",
    "yuh": "you", "dem": "them", "wid": "with", "pickney": "child",
    # Malay in Singapore and Malaysian English: "sakit pinggang since yesterday"
    "sakit": "pain", "pinggang": "lower back",
}
_EXPANSIONS = {k: tuple(v.split()) for k, v in SHORTHAND.items()}
_SLASH_WORDS = {"w/o": " without ", "w/": " with ", "b/c": " because "}
_SLASHES = re.compile(r"\bw/o\b|\bw/|\bb/c\b")
_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Words, and the marks triage reads: "," a clause mark; ".", "?" a sentence end.
# A decimal ("37.8", "5.5") is one word, not a sentence end between two numbers.
# A dash set apart by spaces parts clauses as a comma does ("24 weeks pregnant - is spotting ok?"); not a range
# ("5 - 10 miles") nor a hyphen ("period-like").
_MARKED_RE = re.compile(r"\d+\.\d+|[a-z0-9]+(?:'[a-z]+)?|[,.!?;:\n]|(?<=[a-z] )(?:--|[-\u2013\u2014])(?= )")
_ELLIPSIS = re.compile(r"\.{2,}|\u2026")
_MARKS = {",": ",", "?": "?", ".": ".", "!": ".", ";": ".", ":": ".", "\n": ".", "-": ",", "--": ",", "\u2013": ",",
          "\u2014": ","}
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten fifteen twenty thirty forty fifty "
                          "hundred half".split())
_CLOCK = re.compile(r"\b(\d{1,2}):([0-5]\d)\b")
_CONTRACTED_TAILS = {"ll": "will", "re": "are", "ve": "have", "d": "would", "m": "am"}
_SUBJECTS = frozenset(("i", "you", "he", "she", "it", "we", "they", "who", "that", "there"))
_DIGIT_WORDS = frozenset(("2", "4"))  # txt-speak for "to" and "for", unless a unit follows
# Tokens marked_words() changes; a text with none of them (most FAQ phrasings) skips the loop.
_SPECIAL_TOKENS = frozenset(_EXPANSIONS) | frozenset(_MARKS)
_MARK_TOKENS = frozenset(",.?")
_UNITS = frozenset("""miles mile km kms k kg kgs kilos kilo lbs lb pounds stone weeks week days day months month
years year hours hour minutes mins min times x sets reps runs laps rounds am pm percent nights""".split())
# "6kg" is six kilos, "900kcal" nine hundred calories; "5k" stays a distance.
_WEIGHT_UNIT = re.compile(r"(\d)(kgs?|kilos?|lbs?|st|pounds|kcals?|cals?|calories)\b")
# Sentence ends (a "?" stays with its sentence) and the words that start a new thought.
_SENTENCE_END = re.compile(r"[\x00.!;:\n]+")
_CONNECTIVE = re.compile(r"\s(?:but|also|btw|anyway|plus|and also|another thing)\s|,\s*(?:and|also|but)\s")
_CONNECTIVE_HINTS = ("but", "also", "btw", "anyway", "plus", "another thing", ", and")
# "my but", "ur but" is a butt spelt short, not a new thought.
_BUTT_OWNERS = ("my", "ur", "your", "her", "his", "the")
_SHORT_BUTT = re.compile(r"\b(my|ur|your|her|his|the) but\b")
_QUESTION_MARKS = re.compile(r"\?+")
_WRAPPED = re.compile(r"(?<=[^\W_]|,)[ \t]*\r?\n[ \t]*(?=[^\W\d_A-Z])")
_ARROW = re.compile(r"(\d)\s*(?:->|=>|-->|>|\u2192)\s*(?=\d)")
_PLUS_NUMBER = re.compile(r"(^|[\s(])\+(?=\d)")
_DIGIT = re.compile(r"\d")


# Punctuation spoken into voice typing and written out: "my back hurts question mark", "teenager
# period Could that be". "Period" is a mark only at the end or before a capital, and never after a
# word that makes it a period of time or a menstrual period ("my period", "a long period").
_SPOKEN_MARKS = re.compile(r"(?i)\b(?:question mark|comma|full stop|exclamation (?:mark|point)|new (?:line|paragraph)|"
                           r"period)\b")
_SPOKEN = (
    # Before a capital or at the end: "is there a question mark over running?" keeps its words.
    (re.compile(r"\s*\b(?i:question mark)\b(?=\s+[A-Z]|\s*$)"), "?"),
    (re.compile(r"(?i)\s*\bcomma\b"), ","),
    (re.compile(r"(?i)\s*\b(?:full stop|exclamation (?:mark|point)|new (?:line|paragraph))\b"), "."),
)
_PERIOD = re.compile(r"(\w*)\s+(?i:period)\b(?=\s+[A-Z]|\s*$)")
_PERIOD_OF = frozenset("my her your a the this that of on long short first last next heavy during grace trial whole "
                       "same".split())


# _SPOKEN_MARKS's phrases as they read lowercased: an ASCII text holding none of them has none to
# turn (outside ASCII, case-blind matching has more equivalents than lower(): the regex decides).
_SPOKEN_LOWER = ("question mark", "comma", "full stop", "exclamation mark", "exclamation point", "new line",
                 "new paragraph", "period")


def spoken_marks(text: str) -> str:
    """`text` with punctuation spoken into voice typing turned into marks ("hurt question mark" ->
    "hurt?"); unchanged when it has none. Case is read, so call it before lowercasing."""
    if text.isascii():  # a case-blind search of the whole text costs more than lowering it once
        lowered = text.lower()
        if not any(phrase in lowered for phrase in _SPOKEN_LOWER):
            return text
    if not _SPOKEN_MARKS.search(text):
        return text
    for rx, mark in _SPOKEN:
        text = rx.sub(mark, text)
    return _PERIOD.sub(lambda m: m.group() if m.group(1).lower() in _PERIOD_OF else m.group(1) + ".", text)


def normalize(text: str) -> str:
    """Lowercase NFKC text with invisible characters dropped, quotes made plain and spoken
    punctuation written as marks (spoken_marks)."""
    text = spoken_marks(text)
    if "\n" in text:
        # A line broken inside a sentence (a pasted or e-mailed paragraph, wrapped where the line ran out: no mark at
        # its end and the next line going on in lower case) is one line; a line ending in a mark, or a next line
        # opening with a capital, a digit or a list's dash, stays a sentence of its own (lay-redflags39).
        text = _WRAPPED.sub(" ", text)
    if text.isascii():  # the common case, and ten times cheaper
        text = text.lower().replace("`", "'")
    else:
        if _ODD_CHARS.search(text):  # translate() is slow per character; most texts need none of it
            text = text.translate(_QUOTES).translate(_INVISIBLE)
        if _EMOJI_RE.search(text):
            text = _SORE_FACE.sub(lambda m: f"{m.group(1)} " if m.group(1).lower() in ("glutes", "bum", "butt")
                                  and _SHAPE.search(text) else f"{m.group(1)} sore ", text)
            text = _EMOJI_RE.sub(lambda m: f" {EMOJI_WORDS[m.group()]} ", text)
        text = unicodedata.normalize("NFKC", text)
        if _ODD_CHARS.search(text):
            text = text.translate(_QUOTES)
        text = text.casefold()
        if not text.isascii():
            text = text.translate(_LATIN_BASE)
    if ":" in text:
        # a clock time is a number ("at 4:30"), not txt-speak's "4" for "for" and a sentence end
        text = _CLOCK.sub(r"\1.\2", text)
    if "&" in text:
        text = text.replace("&", " and ")
    if ">" in text or "\u2192" in text:
        # a log's arrow between two numbers is "to": "84.1 > 78.6kg", "84 -> 78" (lay-redflags38)
        text = _ARROW.sub(r"\1 to ", text)
    if "+" in text:
        # "+17kg" is a gain; "knees + back" is "and".
        text = _PLUS_NUMBER.sub(r"\1 up ", text).replace("+", " and ")
    if "w/" in text or "b/c" in text:  # the regex only where it can match: it is slow on long text
        text = _SLASHES.sub(lambda m: _SLASH_WORDS[m.group()], text)
    if "s " in text and _KIN_S.search(text):
        # "my husbands legs went numb": a phone drops the apostrophe of someone else's too (a thirty-second new user)
        text = _KIN_S.sub(r"\1 \2's ", text)
    if "backs " in text:
        # "my backs been killing me": a phone drops the apostrophe of one back, not two (a thirty-first new user)
        text = _ONE_BACK.sub(lambda m: f"{m.group(1)} back's " if m.group(1) else "back's ", text)
        # ...and several backs are each a back: "our backs hurt since the car crash" (the hundred-and-thirteenth review)
        text = _BACKS.sub("back ", text)
    return text


_KIN_S = re.compile(r"(?<![^ ])(my|our|your) (husband|wife|hubby|dad|mum|mom|son|daughter|partner|boyfriend|"
                    r"girlfriend|brother|sister|grandad|granddad|grandma|grandpa|nan|gran|mate|friend|neighbour|"
                    r"neighbor|client|coach)s (?=legs? |back |feet |foot |groin |bladder |chest |temperature |temp |"
                    r"weight |bum |butt |knees? |spine |hips? |arms? |pee |wee |breathing )")
_BACKS = re.compile(r"(?<![^ ])backs (?!up |onto |off |into |away |down |out |of |on to )")
_ONE_BACK = re.compile(r"(^|(?<![^ ])(?:my|his|her|the|lower|low|ur|your|me|ma|mah|their|dads|mums|wifes|hubbys)) ?"
                       r"backs "
                       r"(?!and |are |were |of |to |against |together )")


def clauses(text: str) -> list[str]:
    """Split a normalised message into the parts a person would read as separate sentences."""
    marked = _QUESTION_MARKS.sub("?\x00", text) if "?" in text else text
    if " but " in marked and any(f"{w} but " in marked for w in _BUTT_OWNERS):
        marked = _SHORT_BUTT.sub(r"\1 butt", marked)
    parts: list[str] = []
    for sentence in _SENTENCE_END.split(marked):
        # The connective words are rare; a plain substring test spares most sentences the regex.
        if any(c in sentence for c in _CONNECTIVE_HINTS):
            parts.extend(_CONNECTIVE.split(f" {sentence} "))
        else:
            parts.append(sentence)
    return [p for p in (p.strip() for p in parts) if p]


# "might of fell", "could of been": "of" written for the "'ve" it sounds like, before a past form (a sixth new user's
# "i think i might of fell on my back"); not "might of course".
_MODALS = frozenset(("could", "would", "should", "might", "must", "may"))
_PAST_FORMS = frozenset("fell been had done gone got broke hurt hit lost put ran did went split tore caught knocked "
                        "slipped landed".split())


def _modal_have(tokens: list[str]) -> list[str]:
    """tokens with "of" after a modal and before a past form read as "have" ("might of fell" -> "might have fell")."""
    for i in range(1, len(tokens) - 1):
        if tokens[i] == "of" and tokens[i - 1] in _MODALS and (
                tokens[i + 1] in _PAST_FORMS or tokens[i + 1].endswith(("ed", "en"))):
            tokens[i] = "have"
    return tokens


def marked_words(text: str) -> list[str]:
    """Words of a normalised text as words() gives them, with "," "." "?" marks between them
    (repeated marks collapsed, none at the start); the form bot.phrases and bot.triage read."""
    if " of " in text:
        return _modal_have(_marked_words(text))
    return _marked_words(text)


def _marked_words(text: str) -> list[str]:
    if _DIGIT.search(text):
        text = _WEIGHT_UNIT.sub(r"\1 \2", text)
    if ".." in text or "\u2026" in text:
        text = _ELLIPSIS.sub(" ", text)  # "my bum feels... different": a pause, not a sentence end
    tokens = _MARKED_RE.findall(text)
    if "'" not in text and _SPECIAL_TOKENS.isdisjoint(tokens):
        return tokens
    out: list[str] = []
    expand = _EXPANSIONS.get
    for i, token in enumerate(tokens):
        if token not in _SPECIAL_TOKENS and "'" not in token:
            out.append(token)  # a plain word, as most are
            continue
        mark = _MARKS.get(token)
        if mark is not None:
            if out and out[-1] not in ",.?":
                out.append(mark)
            elif out and mark != "," and out[-1] == ",":
                out[-1] = mark
            continue
        if "'" in token:
            head, _, tail = token.rpartition("'")
            if tail in _CONTRACTED_TAILS and head.isalpha() and not head.endswith("n") and (
                    tail != "d" or head in _SUBJECTS):  # "pee'd", "OK'd" are past tenses
                # "I'll", "she'll", "we're", "he'd" spelt out: without the apostrophe they would read as "ill",
                # "shell", "were" and "hed" (forum29's "I'll go from further out" read as being ill)
                out.extend((*(expand(head) or (head,)), _CONTRACTED_TAILS[tail]))
                continue
            token = (token[:-2] if token.endswith("'s") else token).replace("'", "")
            if not token:
                continue
        expanded = expand(token)
        if expanded is None or (token in _DIGIT_WORDS and _counted(tokens, i)) or (
                token == "k" and out and (out[-1] in _NUMBER_WORDS or out[-1].isdigit())):
            out.append(token)  # "2 miles" is a distance, not "to miles"; "the five k" no "five ok"
        else:
            out.extend(expanded)
    return out


def _counted(tokens: list[str], i: int) -> bool:
    """tokens[i] counts something: a unit follows ("2 miles"), or it opens a range ("up 4 or 5 times a night",
    "2 to 3 runs")."""
    after = tokens[i + 1:i + 3]
    return bool(after) and (after[0] in _UNITS or (
        len(after) == 2 and after[0] in ("or", "to") and (after[1].isdigit() or after[1] in _NUMBER_WORDS)))


def words(text: str) -> list[str]:
    """Words of a normalised text, with possessives dropped and txt-speak spelled out."""
    tokens = marked_words(text)
    return tokens if _MARK_TOKENS.isdisjoint(tokens) else [w for w in tokens if w not in _MARK_TOKENS]
