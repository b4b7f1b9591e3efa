"""Whether a message is in English: the bot reads English only, and must not guess from a loanword.

The method is the classic one for short texts: count each language's commonest function words
(articles, pronouns, prepositions, auxiliaries), which a sentence cannot do without, and compare
with English's; letters from other scripts count for their language. A message in Nigerian
Pidgin, Scots or Taglish keeps enough English function words to stay English. Word lists: the
commonest words of each language (Wiktionary frequency lists), trimmed of words English shares.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

from bot.spelling import english_words
from bot.text import fold_accents

ENGLISH = frozenset("""
the a an and or but of to in on at for from with by about as into over after before up down out off is am are
was were be been being do does did have has had will would can could should may might must i me my mine you
your we our us he him his she her they them their it its this that these those what which who why how when
where there here not no yes so if than then just very too also any some all my more most much many again
""".split())

# Function words of other languages that English never uses as words of its own.
FOREIGN = {
    "es": "el la los las de del que y en un una por para con es está estoy mi mis me no duele después cuando "
          "pero como más muy porque hago tengo puedo debo correr espalda dolor baja también hay sin sobre qué "
          "cómo ser hace desde todo ya lo le se nos al su sus estar estoy cuánto perder bajar peso quiero siento",
    "pt": "o os as de da do das dos que e em um uma por para com é está estou meu minha me dói depois quando "
          "mas como mais muito porque faço tenho posso devo correr costas dor também não sem sobre nas nos "
          "ao à se você perder peso barriga bunda quero consigo",
    "fr": "le la les de des du et en un une pour avec est je mon ma mes me mal après quand mais comme plus "
          "très parce que fais peux dois courir dos aussi pas sans sur ce cette qui ça c est au aux vous "
          "nous perdre poids ventre fait cest jai ne veux suis",
    "de": "der die das den dem des und ein eine einen ist ich mein meine mir mich nach wenn aber wie mehr "
          "sehr weil mache habe kann soll laufen rücken schmerzen auch nicht ohne auf zu von mit bei oder "
          "bekommt man vom nur beim nach dem abnehmen bauch",
    "it": "il lo la gli le di del della che e è un una per con sono mi mio mia dopo quando ma come più molto "
          "perché faccio ho posso devo correre schiena dolore anche non senza sul nella",
    "nl": "de het een en van is ik mijn mij na als maar hoe meer heel omdat doe heb kan moet lopen rug pijn "
          "ook niet zonder op voor met bij wat dat",
    "id": "saya aku yang dan di ke dari untuk dengan ini itu tidak bisa setelah kalau tapi apakah lari "
          "punggung sakit bawah juga sudah belum ada karena bagaimana kenapa berat badan perut",
    "tl": "ang ng mga sa na ko ako ang aking pag kapag pero paano bakit masakit likod tumakbo pagtakbo po "
          "naman lang ba ito yung hindi rin din kasi",
    "sw": "na ya wa kwa ni mimi yangu baada kukimbia mgongo maumivu sana lakini kama je nini",
    "tr": "ve bir bu da de ile için ben benim sonra ama nasıl neden koşu koşmak sırt ağrı çok değil mi",
    "pl": "i w na z do się nie jest mnie mi po ale jak bardzo bo biegu bieganiu plecy boli ból czy",
    "vi": "tôi của và là có không sau khi chạy bộ lưng đau bị được những một",
    "hi": "mera meri mujhe hai hain ke ki ka se ko mein main aur nahi kya kyun kaise baad dard kamar "
          "daudna daudne bhi hota hoti karu karo kitna",
}
_FOREIGN_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(fold_accents(words).split()) - ENGLISH for lang, words in FOREIGN.items()
}
# Function words a language shares with English ("no", "me", "as", "a"): evidence for neither side,
# so "quiero morir, ya no puedo más" is not English for its "no" (a fifth new user's trial).
_SHARED: dict[str, frozenset[str]] = {
    lang: frozenset(fold_accents(words).split()) & ENGLISH for lang, words in FOREIGN.items()
}

# word -> the languages whose function words hold it: one lookup per word of a message
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _vocab in _FOREIGN_WORDS.items():
    for _word in _vocab:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)
_FOREIGN_ANY = frozenset(_LANGUAGES_OF)


def language(raw: str, words: Sequence[str]) -> str | None:
    """"en" when `words` (a normalised message's words) read as English, another language's code
    when its function words clearly outnumber English ones, or None when there is too little to
    tell (a keyword or two). `raw` is the normalised text, for letters of other scripts."""
    if not raw.isascii():
        letters = [ch for ch in raw if ch.isalpha()]
        latin = sum(1 for ch in letters if ch.isascii() or "LATIN" in unicodedata.name(ch, ""))
        if latin < len(letters) / 2:
            return "other-script"
    if not words:
        return None
    if _FOREIGN_ANY.isdisjoint(words):
        best = 0  # no other language's function word, as in most messages: no count to make
    else:
        # Each function word once: Jamaican "mi seh mi cyaan pass water, mi back a kill mi" says "mi"
        # four times and stays one word of Spanish.
        scores = Counter(lang for w in set(words) for lang in _LANGUAGES_OF.get(w, ()))
        lang, best = scores.most_common(1)[0] if scores else ("", 0)
    if best < 2:
        if best == 1 and _only_foreign(words, lang):
            return lang
        return "en" if len(words) > 2 or any(w in ENGLISH for w in words) else None
    # English content words count half: Taglish and Pidgin keep English nouns and verbs.
    dictionary = english_words()
    english = sum(1 for w in words if w in ENGLISH and w not in _SHARED[lang]) + 0.5 * sum(
        1 for w in words if len(w) >= 4 and w not in ENGLISH and w in dictionary and w not in _FOREIGN_WORDS[lang])
    return lang if best > english else "en"


SHORT = 6  # words: a message this short may hold only one function word of its language
_TXT_AMBIGUOUS = frozenset({"mi", "ma", "la", "de", "da", "me", "mee"})


def _only_foreign(words: Sequence[str], lang: str) -> bool:
    """Whether a short message with one function word of `lang` ("je veux mourir") has no English in it:
    no English function word and no English word of three letters or more. One letter is no evidence
    ("y", "e"), and neither is a word of a txt-speak or typo-laden English message ("lowr bak pian")
    unless a function word of two letters or more names the language."""
    named = [w for w in words if len(w) >= 2 and lang in _LANGUAGES_OF.get(w, ())]
    # "mi" and "ma" are txt-speak's "my", "la" and "de" typos' too ("mi bak hurtz"): alone, no evidence.
    if len(words) > SHORT or not named or all(w in _TXT_AMBIGUOUS for w in named):
        return False
    dictionary = english_words()
    return not any(w in ENGLISH and w not in _SHARED[lang]
                   or (len(w) >= 3 and w in dictionary and w not in _FOREIGN_WORDS[lang]) for w in words)
