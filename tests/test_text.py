"""Tests for bot.text: normalisation, words, clauses and the guarded typo fixer."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot import spelling
from bot import text as T
from bot.faq import load_faq
from bot.matching import Matcher

ROOT = Path(__file__).resolve().parent.parent


def w(raw: str) -> list[str]:
    return T.words(T.normalize(raw))


# -- normalize -----------------------------------------------------------------------------


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_normalize_removes_invisible_characters(invisible):
    assert T.normalize(f"lo{invisible}wer ba{invisible}ck") == "lower back"


def test_normalize_zero_width_only_is_empty():
    assert T.normalize("\u200b\u200c\u200d\ufeff") == ""


@pytest.mark.parametrize("quote", ["\u2018", "\u2019", "\u201b", "`"])
def test_normalize_folds_fancy_quotes_to_apostrophes(quote):
    assert T.normalize(f"IT{quote}S My Runner{quote}s Back") == "it's my runner's back"


def test_normalize_folds_the_acute_accent_used_as_an_apostrophe():
    assert T.normalize("it\u00b4s my back") == "it's my back"


def test_normalize_lowercases_and_unifies_compatibility_forms():
    assert T.normalize("ＢＡＣＫ Pain") == "back pain"  # full-width letters
    assert T.normalize("STRASSE ß") == "strasse ss"     # casefold, not just lower()


def test_normalize_spells_out_slash_shorthand():
    assert w("run w/o shoes") == ["run", "without", "shoes"]
    assert w("run w/ my dog") == ["run", "with", "my", "dog"]
    assert w("sore b/c of hills") == ["sore", "because", "of", "hills"]
    assert w("abs & butt") == ["abs", "and", "butt"]


@pytest.mark.parametrize("raw, word", [("how/why does my back hurt", "how"), ("slow/fast runs", "slow"),
                                       ("jab/cross drills", "jab")])
def test_slash_shorthand_only_as_a_whole_word(raw, word):
    assert word in w(raw)


# -- words ---------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    ("u", ["you"]), ("ur back", ["your", "back"]), ("y", ["why"]), ("pls", ["please"]),
    ("r u ok", ["are", "you", "ok"]), ("whys", ["why", "is"]), ("im", ["i", "am"]),
    ("b4 my run", ["before", "my", "run"]), ("idk", ["i", "do", "not", "know"]),
    ("gonna run", ["going", "to", "run"]), ("thx", ["thanks"]),
    ("is that normal or naw", ["is", "that", "normal", "or", "no"]),
    # a twenty-fourth new user's "lbp after running", read as pounds before
    ("lbp after running", ["lower", "back", "pain", "after", "running"]),
])
def test_words_expand_txt_speak(raw, expected):
    assert w(raw) == expected


def test_words_expand_contractions_with_any_apostrophe():
    assert w("I can't run, it is sore") == ["i", "can", "not", "run", "it", "is", "sore"]
    assert w("I don\u2019t know") == ["i", "do", "not", "know"]


def test_marked_words_keep_a_decimal_whole_and_read_an_ellipsis_as_a_pause():
    assert T.marked_words(T.normalize("temp 37.8. Back aches")) == ["temp", "37.8", ".", "back", "aches"]
    assert T.marked_words(T.normalize("it feels... different? ok")) == ["it", "feels", "different", "?", "ok"]


def test_words_drop_possessives():
    assert w("my runner's back and my girlfriend's bum") == ["my", "runner", "back", "and", "my", "girlfriend", "bum"]


def test_words_ignore_punctuation_and_emoji_read_as_words():
    assert w("back!!! pain??? 5k...") == ["back", "pain", "5k"]
    assert w("") == [] and w("😀😀") == []
    # Emoji that stand for words are those words, whatever their skin tone or gender sign.
    assert w("will 🏃🏾‍♀️ shrink my 🍑") == ["will", "run", "shrink", "my", "butt"]
    assert w("left 🦵 gave way, my 🔙 went 😫") == ["left", "leg", "gave", "way", "my", "back", "went"]
    # A pained face right after a body part is its pain; elsewhere a mood (a fifteenth new user's "back 😫 after run").
    assert w("back 😫 after run??") == ["back", "sore", "after", "run"]
    assert w("will running shrink my 🍑?? 😩") == ["will", "running", "shrink", "my", "butt"]


# -- clauses -------------------------------------------------------------------------------


def test_clauses_split_sentences():
    assert T.clauses("my back hurts. i run daily! is it ok; maybe") == [
        "my back hurts", "i run daily", "is it ok", "maybe"]


def test_clauses_keep_the_question_mark_with_its_sentence():
    assert T.clauses("my knee hurts? can running give me abs?? thanks") == [
        "my knee hurts?", "can running give me abs?", "thanks"]


@pytest.mark.parametrize("joiner", ["but", "also", "btw"])
def test_clauses_split_on_words_that_start_a_new_thought(joiner):
    assert T.clauses(f"my knee hurts {joiner} will running give me abs") == [
        "my knee hurts", "will running give me abs"]


def test_clauses_split_on_comma_and_but():
    assert T.clauses("i love running, but my back hurts after") == ["i love running", "my back hurts after"]


def test_clauses_do_not_split_inside_words():
    assert T.clauses("butter tastes good") == ["butter tastes good"]
    assert T.clauses("my butt hurts") == ["my butt hurts"]
    assert T.clauses("also-rans plus-size") == ["also-rans plus-size"]


def test_clauses_of_nothing():
    assert T.clauses("") == [] and T.clauses(" ... ?!") == ["?"]


def test_clauses_split_lines():
    assert T.clauses("first line\nsecond line") == ["first line", "second line"]


# -- Speller -------------------------------------------------------------------------------

VOCAB = {"back", "lower", "still", "fat", "butt", "pain", "run", "jog", "strain", "hurt", "abs", "lose"}


@pytest.fixture(scope="module")
def speller() -> spelling.Speller:
    return spelling.Speller(VOCAB)


@pytest.mark.parametrize("typo, fixed", [
    ("bak", "back"), ("bck", "back"), ("bakc", "back"), ("lowr", "lower"), ("stil", "still"),
    ("pian", "pain"), ("abss", "abs"), ("luse", "lose"),
])
def test_speller_fixes_dropped_and_swapped_letters(speller, typo, fixed):
    assert typo not in spelling.english_words()  # really a typo, not a word
    assert speller(typo) == fixed


@pytest.mark.parametrize("typo, fixed, vocabulary", [
    ("fatt", "fat", {"fat", "fast"}), ("bakk", "back", {"back", "bank"}), ("legg", "leg", {"leg", "led"}),
])
def test_speller_reads_a_letter_typed_twice_before_a_changed_letter(typo, fixed, vocabulary):
    # At one edit each, a doubled letter is the likelier thumb slip than a changed one.
    assert spelling.Speller(vocabulary)(typo) == fixed


@pytest.mark.parametrize("form, stem", [
    ("running", "run"), ("runs", "run"), ("jogging", "jog"), ("hurting", "hurt"), ("strained", "strain"),
])
def test_speller_maps_word_forms_to_the_vocabulary(speller, form, stem):
    assert speller(form) == stem


@pytest.mark.parametrize("word", ["fast", "but", "cat", "hat", "last", "bat", "lowest"])
def test_speller_never_changes_real_english_words(speller, word):
    assert word in spelling.english_words()
    assert speller(word) == word


@pytest.mark.parametrize("word", sorted(VOCAB))
def test_speller_keeps_known_words(speller, word):
    assert speller(word) == word


def test_speller_keeps_extra_known_words():
    assert spelling.Speller(VOCAB)("bak") == "back"
    assert spelling.Speller(VOCAB, extra_known={"bak"})("bak") == "bak"


@pytest.mark.parametrize("word", ["kain", "ba", "b4ck", "12345", "xyzzyq"])
def test_speller_guards(speller, word):
    # kain: a short word whose first letter differs from "pain"; ba: too short; b4ck: not letters;
    # digits; and nothing close.
    assert speller(word) == word


def test_speller_is_deterministic_and_cached(speller):
    assert [speller("bak") for _ in range(3)] == ["back"] * 3


def test_english_word_list_is_loaded():
    words = spelling.english_words()
    assert len(words) > 10_000
    assert all(w in words for w in ("fast", "but", "still", "back", "zebra"))
    assert not any(w in words for w in ("bak", "lowr", "jogin", "sixpack", 42))


def test_the_matchers_speller_fixes_the_issue_typos_but_not_fast():
    sp = Matcher(load_faq(ROOT / "faq.yaml")).speller
    assert [sp(x) for x in ("bak", "lowr", "sor", "groyn", "numbnes")] == ["back", "lower", "sore", "groin", "numbness"]
    assert sp("fast") == "fast" and sp("but") == "but"


@pytest.mark.parametrize("spoken, written", [
    ("Does my back hurt from running question mark", "does my back hurt from running?"),
    ("I jog comma my back hurts", "i jog, my back hurts"),
    ("I have scoliosis period Could that be it", "i have scoliosis. could that be it"),
    ("my lower back aches full stop why", "my lower back aches. why"),
    # A menstrual period or a period of time is no mark.
    ("my back aches on my period", "my back aches on my period"),
    ("for a long period Of time", "for a long period of time"),
    ("what period is best for base training", "what period is best for base training"),
    ("is there a question mark over running with a bad back", "is there a question mark over running with a bad back"),
])
def test_punctuation_spoken_into_voice_typing_becomes_marks(spoken, written):
    assert T.normalize(spoken) == written


def test_k_after_a_number_is_a_distance_not_ok():
    assert T.words(T.normalize("walked half of the five k"))[-2:] == ["five", "k"]
    assert T.words(T.normalize("ran a 10 k"))[-2:] == ["10", "k"]
    assert T.words(T.normalize("k thanks")) == ["ok", "thanks"]


def test_wt_is_weight_in_chat(matcher):
    """ "lose wt running??" got no answer: "wt" is chat for weight."""
    d = matcher.decide("can i lose wt by jogging?")
    assert d.kind == "answer" and d.entry_id == "weight-loss", d


def test_plural_weekdays_are_words_not_run_together_ones(matcher):
    # SCOWL's lowercase lists leave out proper nouns, so "sundays" was split into "sun days".
    assert matcher.read("long rides on Sundays and Saturdays, rest on Mondays").tokens[3:6] == [
        "sundays", "and", "saturdays"]


@pytest.mark.parametrize("word", ["burpees", "nike", "gary", "tommy", "nige", "pam", "torq", "statins", "tues",
                                  "acha", "huel", "stepups", "chundered", "amenorrhea"])
def test_exercise_brand_and_first_names_are_kept_whole(matcher, word):
    # A speller audit: "burpees" was split into "bur pees" (urine), "nike" and "nige" corrected to "nite" (night),
    # "gary" to "gray", "tommy" to "tummy", "torq" to "tore", "acha" to "ache", "amenorrhea" to "amen or rhea".
    assert matcher.read(f"doing {word} today").tokens == ["doing", word, "today"]


def test_first_names_and_day_abbreviations_tell_no_topic(matcher):
    from bot.lexicon import NEUTRAL
    from tests.test_kinds import concepts
    found = concepts(matcher, "ran with gary and tommy on tues")
    assert {c for c in found if c.startswith("#")} == {"#run"} and {"gary", "tommy", "tues"} <= found & NEUTRAL


@pytest.mark.parametrize("typed, read", [
    # forum29: "I'll go from further out" read as being ill; "she'll" as a shell, "we're" as "were"
    ("I'll go from further out", ["i", "will", "go", "from", "further", "out"]),
    ("she'll be fine, we're off", ["she", "will", "be", "fine", "we", "are", "off"]),
    ("he'd pulled it", ["he", "would", "pulled", "it"]),
    # ...but a past tense with an apostrophe stays one word
    ("I pee'd myself", ["i", "peed", "myself"]),
    # a range of numbers is no txt-speak "for": "up 4 or 5 times a night"
    ("up 4 or 5 times a night", ["up", "4", "or", "5", "times", "a", "night"]),
    ("going 4 a run", ["going", "for", "a", "run"]),
])
def test_contractions_and_number_ranges_are_read_as_written(typed, read):
    assert T.words(T.normalize(typed)) == read


@pytest.mark.parametrize("message, expected", [
    # "of" written for the "'ve" it sounds like, before a past form (a sixth new user's "i might of fell")
    ("i might of fell on the ice", ["i", "might", "have", "fell", "on", "the", "ice"]),
    ("he could of pulled something", ["he", "could", "have", "pulled", "something"]),
    # ...and left alone elsewhere
    ("you might of course rest", ["you", "might", "of", "course", "rest"]),
    ("a couple of days", ["a", "couple", "of", "days"]),
])
def test_modal_of_reads_as_have(message, expected):
    assert T.words(T.normalize(message)) == expected
