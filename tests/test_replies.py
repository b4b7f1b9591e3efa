"""Tests for bot.replies: every reply is valid Telegram HTML that fits, with well-formed buttons."""
from __future__ import annotations

import html
from pathlib import Path

import pytest

from bot import evaluation, markup, replies
from bot.faq import FAQ, Entry, FAQError, load_faq, parse_faq
from bot.matching import Decision, Matcher

ROOT = Path(__file__).resolve().parent.parent
CALLBACK_PREFIXES = ("faq:", "vote:", "topics")


@pytest.fixture(scope="module")
def faq() -> FAQ:
    return load_faq(ROOT / "faq.yaml")


def buttons_of(reply: replies.Reply) -> list[replies.Button]:
    return [b for row in reply.buttons for b in row]


def assert_sendable(items: list[replies.Reply]) -> None:
    assert items
    for reply in items:
        assert markup.check(reply.html) == [], (reply.html[:200], markup.check(reply.html)[:3])
        assert 0 < markup.telegram_length(reply.html) <= markup.MAX_MESSAGE_LENGTH
        for button in buttons_of(reply):
            assert button.text.strip()
            assert len(button.data.encode("utf-8")) <= 64
            assert button.data.startswith(CALLBACK_PREFIXES), button.data


def all_decisions(faq: FAQ) -> list[Decision]:
    ids = [e.id for e in faq.entries]
    out = [Decision("answer", entry_id=i, score=90.0) for i in ids]
    out += [Decision("urgent", entry_id=i, flags=("chest",)) for i in ids]
    out += [Decision("urgent", flags=("saddle", "bladder")), Decision("none"), Decision("none", score=12.0)]
    out += [Decision("suggest", score=50.0, suggestions=tuple(ids[i:i + 3])) for i in range(0, len(ids), 3)]
    out += [Decision("smalltalk", smalltalk=k) for k in (*replies.SMALLTALK, "something-new")]
    return out


# -- every entry, every decision -----------------------------------------------------------


def test_every_entry_reply_is_sendable(faq):
    for e in faq.entries:
        for feedback in (True, False):
            assert_sendable(replies.entry(faq, e.id, feedback=feedback))


def test_every_decision_kind_is_sendable(faq):
    decisions = all_decisions(faq)
    assert {d.kind for d in decisions} == {"answer", "suggest", "none", "urgent", "smalltalk"}
    for d in decisions:
        assert_sendable(replies.for_decision(faq, d, "a question & <an> answer?"))


def test_every_matcher_decision_on_the_labelled_set_is_sendable(faq):
    matcher = Matcher(faq)
    for case in evaluation.load_cases(ROOT / "tests" / "data" / "questions-dev2.yaml"):
        assert_sendable(replies.for_decision(faq, matcher.decide(case.text), case.text))


def test_other_replies_are_sendable(faq):
    items = [replies.welcome(faq), replies.topics(faq), replies.help_text(faq), replies.help_text(faq, group=True),
             replies.disclaimer(faq), replies.privacy(question_log=True, retention_days=90),
             replies.privacy(question_log=False, retention_days=90), replies.non_text(), replies.apology(),
             replies.unknown_entry(faq), replies.fallback(faq)]
    assert_sendable(items)


def test_callback_data_fits_for_the_longest_id():
    long_id = "a" * 40  # the longest id the loader accepts
    faq = parse_faq(f"""\
disclaimer: Not medical advice.
fallback: Sorry.
urgent: See a doctor.
entries:
  - id: {long_id}
    title: {"T" * 40}
    question: Question one?
    alternates: [alt one]
    answer: Answer one.
    related: [{"b" * 40}]
  - id: {"b" * 40}
    question: Question two?
    alternates: [alt two]
    answer: Answer two.
""")
    items = replies.entry(faq, long_id) + [replies.did_you_mean(faq, (long_id, "b" * 40), "q"), replies.topics(faq)]
    assert_sendable(items)
    assert max(len(b.data.encode()) for r in items for b in buttons_of(r)) == len(f"vote:{long_id}:down")


# -- answers ---------------------------------------------------------------------------------


def test_answer_ends_with_the_disclaimer_and_has_vote_buttons(faq):
    for e in faq.entries:
        (reply,) = replies.entry(faq, e.id)
        assert reply.html.startswith(e.answer)
        assert reply.plain.rstrip().endswith(markup.to_plain(faq.disclaimer))
        data = [b.data for b in buttons_of(reply)]
        assert data[:2] == [f"vote:{e.id}:up", f"vote:{e.id}:down"]
        assert "👍" in buttons_of(reply)[0].text and "👎" in buttons_of(reply)[1].text
        assert data[2:] == [f"faq:{r}" for r in e.related]


def test_answer_without_feedback_has_no_vote_buttons(faq):
    for e in faq.entries:
        (reply,) = replies.entry(faq, e.id, feedback=False)
        assert [b.data for b in buttons_of(reply)] == [f"faq:{r}" for r in e.related]
        assert not any(b.data.startswith("vote:") for b in buttons_of(reply))


def test_for_decision_answer_passes_feedback_through(faq):
    d = Decision("answer", entry_id="abs", score=100.0)
    assert any(b.data.startswith("vote:") for b in buttons_of(replies.for_decision(faq, d, "q")[-1]))
    last = replies.for_decision(faq, d, "q", feedback=False)[-1]
    assert not any(b.data.startswith("vote:") for b in buttons_of(last))


def test_a_long_answer_is_split_with_the_buttons_on_the_last_message(faq):
    answer = "\n\n".join(f"<b>Point {i}.</b> " + "Run easy and build up slowly. " * 12 for i in range(40))
    base = faq.entries[0]
    big = FAQ(disclaimer=faq.disclaimer, fallback=faq.fallback, urgent=faq.urgent,
              entries=(Entry(id="big", title="Big", question="Big?", alternates=("big",), answer=answer,
                             related=(base.id,)), base))
    items = replies.entry(big, "big")
    assert len(items) > 2
    assert_sendable(items)
    assert all(r.buttons == () for r in items[:-1]) and buttons_of(items[-1])
    assert items[-1].plain.rstrip().endswith(markup.to_plain(faq.disclaimer))


def test_unknown_entry_id_gives_the_topics(faq):
    (reply,) = replies.entry(faq, "no-such-entry")
    assert [b.data for b in buttons_of(reply)] == [f"faq:{e.id}" for e in faq.entries]


# -- urgent, did-you-mean, fallback, small talk ----------------------------------------------


def test_urgent_message_alone_with_the_entry_one_tap_away(faq):
    # An FAQ answer right after the urgent advice ("mild strains settle...") would undercut it.
    items = replies.for_decision(faq, Decision("urgent", entry_id="muscle-strain", flags=("leg-weakness",)), "q")
    assert len(items) == 1
    assert items[0].html == replies.urgent(faq).html
    assert markup.to_plain(faq.urgent) in items[0].plain
    assert faq.get("muscle-strain").answer not in items[0].html
    assert [b.data for row in items[0].buttons for b in row] == ["faq:muscle-strain"]


def test_urgent_alone_when_no_entry(faq):
    items = replies.for_decision(faq, Decision("urgent", flags=("chest",)), "q")
    assert items == [replies.urgent(faq)]


def test_did_you_mean_escapes_the_users_text(faq):
    question = "<script>alert('x')</script> & <b>"
    reply = replies.did_you_mean(faq, ("abs", "weight-loss"), question)
    assert "<script>" not in reply.html and "&lt;script&gt;" in reply.html and "&amp;" in reply.html
    assert markup.check(reply.html) == []
    assert html.escape(question) in reply.html
    assert question in reply.plain  # the user reads back exactly what they typed
    assert [b.data for b in buttons_of(reply)] == ["faq:abs", "faq:weight-loss", "topics"]


def test_a_follow_up_offer_says_the_quote_is_this_message(faq):
    # An eleventh new user read "Going on from your last question, “...”" as quoting the last question itself.
    reply = replies.did_you_mean(faq, ("prevent-back-pain",), "and what about stretching?", follow_up=True)
    assert reply.plain.startswith("Going on from your last question, your message “and what about stretching?”")


def test_did_you_mean_truncates_a_very_long_question(faq):
    question = "why does my back hurt " * 300
    reply = replies.did_you_mean(faq, ("abs", "weight-loss"), question)
    assert markup.telegram_length(reply.html) < 400
    assert "…" in reply.plain
    echoed = reply.plain.split("“")[1].split("”")[0]
    assert len(echoed) <= replies.QUESTION_ECHO_MAX
    assert " ".join(question.split()).startswith(echoed.rstrip("…"))


def test_did_you_mean_collapses_whitespace(faq):
    reply = replies.did_you_mean(faq, ("abs",), "my\n\n  back\thurts")
    assert "“my back hurts”" in reply.plain


def test_suggest_decision_lists_each_suggestion_once(faq):
    d = Decision("suggest", score=50.0, suggestions=("abs", "weight-loss", "butt-smaller"))
    (reply,) = replies.for_decision(faq, d, "q")
    assert [b.data for b in buttons_of(reply)] == ["faq:abs", "faq:weight-loss", "faq:butt-smaller", "topics"]


def test_none_shows_the_fallback_and_topics(faq):
    (reply,) = replies.for_decision(faq, Decision("none"), "how do I stop chafing")
    assert reply.html == faq.fallback
    assert len(buttons_of(reply)) == len(faq.entries)


@pytest.mark.parametrize("kind, shows_topics", [
    ("greeting", True), ("help", True), ("identity", True), ("thanks", False), ("ack", False), ("bye", False),
    ("laugh", False),
])
def test_small_talk_replies(faq, kind, shows_topics):
    (reply,) = replies.for_decision(faq, Decision("smalltalk", smalltalk=kind), "x")
    assert reply.html == replies.SMALLTALK[kind]
    assert bool(reply.buttons) == shows_topics


# -- a FAQ that loads must never produce a message Telegram rejects --------------------------


def test_long_urgent_and_fallback_texts_are_refused_or_fit():
    text = f"""\
disclaimer: Not medical advice.
fallback: {"f" * 5000}
urgent: {"u" * 5000}
entries:
  - id: one
    question: Question one?
    alternates: [alt one]
    answer: Answer one.
"""
    try:
        faq = parse_faq(text)
    except FAQError as exc:  # refusing the file is a fix too, if it names both texts
        messages = " ".join(p.message for p in exc.problems)
        assert "urgent" in messages and "fallback" in messages
        return
    for d in (Decision("urgent", flags=("chest",)), Decision("none")):
        assert_sendable(replies.for_decision(faq, d, "q"))


def test_the_reply_in_another_language_says_where_to_get_help_now(faq):
    # From a fifth new user's trial: the bot cannot read "je veux mourir" or "no puedo orinar" for a crisis
    # or a warning sign, so the English-only reply names emergency numbers and crisis lines.
    reply = replies.for_decision(faq, Decision("none", why="not-english"), "je veux mourir")
    plain = reply[0].plain
    assert "English" in plain and "112" in plain and "999" in plain and "911" in plain
    assert "findahelpline.com" in plain and reply[0].buttons


def test_every_fixed_reply_is_html_telegram_accepts():
    """An unescaped "&" ("A&E") made Telegram refuse the reminder after an alarm (Bad Request: can't
    parse entities), found by the benchmark's fake server: every fixed text must pass markup.check."""
    from bot import markup
    texts = [*replies.AFTER_ALARM.values(), *replies.REMINDERS.values(), replies.CRISIS, replies.EATING,
             *replies.URGENCY_LEAD.values()]
    assert [t for t in texts if markup.check(t)] == []
    assert all(not markup.check(replies.alarm_reminder(kind).html) for kind in ("emergency", "today", "crisis",
                                                                                "eating", "emergency+crisis"))


def test_a_pregnancys_urgent_reply_leads_with_the_maternity_unit(matcher):
    """A review found the pregnancy reply opening with "go to A&E" while its body said the maternity unit."""
    question = "I'm 20 weeks pregnant and I've had some bleeding after my jog"
    first = replies.for_decision(matcher.faq, matcher.decide(question), question)[0]
    assert first.html.startswith(f"🚑 {replies.URGENCY_LEAD['pregnancy']}")
    question = "chest pain on my run today"
    assert replies.for_decision(matcher.faq, matcher.decide(question), question)[0].html.startswith(
        f"🚑 {replies.URGENCY_LEAD['emergency']}")


def test_an_urgent_reply_says_which_sign_it_heard(matcher):
    """A fourteenth new user: the urgent reply never said what set it off, for a sign told in passing."""
    from bot import signs
    assert set(replies.SIGN_TOLD) == set(signs.FLAGS)
    decision = matcher.decide("fell off a ladder this morning and my back really hurts")
    [reply] = replies.for_decision(matcher.faq, decision, "fell off a ladder")
    assert "You mentioned a fall or an accident." in reply.html
    assert reply.html.index("You mentioned") < reply.html.index(matcher.faq.urgent[:40])


def test_blood_in_the_pee_is_said_as_told(matcher):
    """A fifteenth new user: blood in the pee was echoed as "very dark urine after hard exercise"."""
    question = "my back hurts and there is blood in my pee"
    [reply] = replies.for_decision(matcher.faq, matcher.decide(question), question)
    assert "You mentioned blood in the pee" in reply.plain and "hard exercise" not in reply.plain.split("\n")[1]


def test_a_collapse_is_named_as_told(matcher):
    """A sixteenth new user: a grandad who collapsed on his jog was told "You mentioned chest symptoms"."""
    question = "my grandad collapsed on his morning jog yesterday, back pain since, what should he do"
    [reply] = replies.for_decision(matcher.faq, matcher.decide(question), question)
    assert "or a collapse" in reply.plain.split("\n")[1]


def test_a_sign_the_faq_cannot_place_still_gets_where_help_is(matcher):
    """A sixteenth new user: a toddler's fall with a child who won't walk got the plain fallback and topics."""
    question = "my toddler fell down the stairs and now he wont walk"
    decision = matcher.decide(question)
    assert decision.kind == "none" and decision.why == "sign-unplaced"
    [reply] = replies.for_decision(matcher.faq, decision, question)
    assert "emergency number" in reply.plain and reply.buttons  # the topics stay
    # ...not for an ordinary "fall" with no one hurt
    for ordinary in ("my toenail went black after my marathon, is it going to fall off",
                     "I had an accident with my watch strap, it snapped mid run"):
        assert matcher.decide(ordinary).why != "sign-unplaced"


@pytest.mark.parametrize("message, line", [
    # a seventy-eighth review: someone hurt now in other words, and no one hurt
    ("my dad fell and broke his arm", True),
    ("my son fell off his bike and hit his head", True),
    ("my phone fell in the bath and won't wake up", False),
    ("my son fell off his bike, he's not bleeding and can walk fine", False),
])
def test_the_emergency_line_follows_someone_hurt_now(matcher, message, line):
    decision = matcher.decide(message)
    assert (decision.why == "sign-unplaced") is line, decision


def test_the_urgent_reply_names_two_signs_and_whose_they_are(matcher):
    # An eighteenth new user: "my dad fell off a ladder ... his legs feel weak" was told "If you have..." and of one
    # sign only.
    d = matcher.decide("my dad has had a fever of 39 since yesterday with his back pain, and the back pain wakes him "
                       "every night, nothing eases it")
    assert d.kind == "urgent" and d.whose == "other" and len(d.flags) >= 2, d
    text = replies.for_decision(matcher.faq, d, "q")[0].plain
    assert "You told of someone else:" in text and "The advice below is for them" in text, text
    assert ", and " in text.split("\n")[1], text
    mine = matcher.decide("I have had a fever of 39 since yesterday with my back pain, and the back pain wakes me "
                          "every night, nothing eases it")
    assert mine.whose is None and "someone else" not in replies.for_decision(matcher.faq, mine, "q")[0].plain


@pytest.mark.parametrize("message", [
    # The eighty-second review: the writer's own sign beside another's, or told by someone else, is the writer's
    "my friend said I have numbness in my groin and back pain",
    "my dad fell off a ladder and hurt his back, and so did I",
    "my coach says my legs are weak and my back hurts",
])
def test_the_writers_own_sign_is_not_called_someone_elses(matcher, message):
    d = matcher.decide(message)
    assert d.kind == "urgent" and d.whose is None, d


@pytest.mark.parametrize("message", [
    # The eighty-third review: the writer speaking ("I'm worried", "what do I do") tells no sign of their own
    "my wife's legs went numb, I'm worried",
    "my husband lost control of his bladder and his back is agony, what do I do",
])
def test_the_writer_speaking_of_someone_elses_sign_is_told_its_theirs(matcher, message):
    d = matcher.decide(message)
    assert d.kind == "urgent" and d.whose == "other", d


@pytest.mark.parametrize("message, other", [
    # The eighty-fourth review: the writer's own sign after someone else's, "I have it too", "says I have to"
    ("my friend has numbness in her groin and I wet myself on the run too", False),
    ("my dad has numbness in both legs and I have it too", False),
    ("my wife says I have to take him, his legs gave way", True),
])
def test_whose_signs_after_the_first(matcher, message, other):
    d = matcher.decide(message)
    assert d.kind == "urgent" and (d.whose == "other") == other, d


@pytest.mark.parametrize("message, other", [
    # The eighty-fifth review: the writer's own heart, and a heart that sank
    ("my wife has chest pain on runs, and my heart keeps skipping beats on easy jogs", False),
    ("my heart sank when my friend collapsed on the run", True),
])
def test_whose_heart(matcher, message, other):
    d = matcher.decide(message)
    assert d.kind == "urgent" and (d.whose == "other") == other, d


def test_an_emergency_after_a_fall_says_keep_still_and_call_an_ambulance(faq):
    # A nineteenth new user: "fell off the ladder ... can't move his legs" was told only "or go to A&E now".
    text = replies.urgent(faq, "emergency", ("leg-weakness", "trauma"), other=True).plain
    assert "keep still" in text and "ambulance rather than going by car" in text
    assert "keep still" not in replies.urgent(faq, "emergency", ("saddle",)).plain
    assert "if moving hurts badly" in replies.urgent(faq, "emergency", ("trauma",)).plain  # said with its condition


def test_someone_elses_sign_is_told_without_your(faq):
    assert "blood in the pee" in replies.urgent(faq, "today", ("dark-urine",), other=True).plain


def test_cannot_phone_with_no_signal_says_an_emergency_call_can_use_another_network():
    assert "another network" in replies.no_phone("emergency").plain


def test_a_child_told_by_age_is_someone_else(matcher):
    # A nineteenth new user: "my 12 year old" got "You mentioned", not "You told of someone else".
    question = "my 12 year old has started wetting the bed again and says his back hurts after football"
    [reply] = replies.for_decision(matcher.faq, matcher.decide(question), question)
    assert "You told of someone else" in reply.plain
    question = "my 40 year old legs went numb and weak after my run"
    [reply] = replies.for_decision(matcher.faq, matcher.decide(question), question)
    assert "You told of someone else" not in reply.plain


def test_the_doctor_today_reminder_says_when_to_call_instead():
    # A nineteenth new user asked "should i call an ambulance?" after a doctor-today alarm and was told only
    # "Please see a doctor today."
    text = replies.alarm_reminder("today").plain
    assert text.startswith("Please see a doctor today.") and "emergency number instead" in text


def test_a_long_echo_is_cut_at_a_word_end(faq):
    """A twenty-second new user saw "...in the m…": the echo ends with a whole word."""
    question = "a" * 150 + " " + "b" * 100  # the limit falls inside the second word
    reply = replies.did_you_mean(faq, ("abs",), question)
    echoed = reply.plain.split("“", 1)[1].split("”", 1)[0]
    assert echoed.endswith("…") and " ".join(question.split()).startswith(echoed[:-1])
    assert " ".join(question.split())[len(echoed) - 1] == " "  # the next character was a space: a whole word


def test_the_heatstroke_reply_says_what_to_do_while_waiting(faq):
    reply = replies.urgent(faq, "emergency", ("heat",))
    assert "heatstroke" in reply.plain and "cool" in reply.plain and "emergency number" in reply.plain


def test_an_echo_cut_at_a_words_end_keeps_that_word(faq):
    """The hundredth review: a cut that fell exactly at a word's end dropped that whole word."""
    head = "b" * 150 + " " + "a" * (replies.QUESTION_ECHO_MAX - 152)  # ends exactly where the cut falls
    echoed = replies.did_you_mean(faq, ("abs",), head + " more words after the limit").plain.split("“", 1)[1]
    assert echoed.split("”", 1)[0] == head + "…"


def test_an_urgent_reply_leads_with_what_to_do_and_folds_the_whole_list(faq):
    # A twenty-sixth new user: a man who fell off his bike read the whole list of signs, pregnancy included, and
    # "see a doctor today" wore an ambulance.
    fall = replies.urgent(faq, "emergency", ("trauma",))
    today = replies.urgent(faq, "today", ("fever",))
    assert fall.html.startswith("🚑 ") and today.html.startswith("🩺 ")
    for reply in (fall, today):
        lead, rest = reply.html.split("\n\n", 1)
        assert faq.urgent not in lead
        assert rest == f"All the warning signs, for reference:\n<blockquote expandable>{faq.urgent}</blockquote>"
        assert markup.to_plain(faq.urgent) in reply.plain  # the terminal and the log still show it all
    assert replies.urgent(faq).html == f"🚑 {faq.urgent}"  # no lead: the list is the message


def test_a_fall_that_needs_a_doctor_today_says_when_it_needs_an_ambulance(faq):
    # A ninth new user: "see a doctor today" for an older person's fall, then the list's "a serious fall ... A&E now",
    # read as two levels of urgency for the same fall. The lead says when it is the ambulance.
    lead = replies.urgent(faq, "today", ("trauma",)).html.split("\n\n", 1)[0]
    assert lead.startswith("🩺 ") and replies.FALL_WORSE in lead
    assert replies.FALL_WORSE not in replies.urgent(faq, "today", ("fever",)).html


@pytest.mark.parametrize("message, line", [
    # A thirtieth new user: a frightened runner asking about cauda equina got the bare fallback. A sign only feared or
    # asked about, or the condition named, gets the warning signs under the fallback; a sign denied does not.
    ("is cauda equina something runners get?", True),
    ("what would happen if I couldn't feel my bum one day", True),
    ("im scared my legs will give way in the race", True),
    # a thirty-first new user's: a fear of a sign of the nerves told without its context, a question of when to
    # seek care
    ("what if my feet go numb on a long run", True),
    ("what are the red flag signs for back pain", True),
    ("how can I tell if my back pain is serious", True),
    # (a question of when to seek care about another part gets no back-pain list: the hundred-and-thirteenth review)
    ("when should I see a physio about my hamstring", False),
    ("no numbness anywhere, just a sore knee", False),
    ("what shoes are best for trail running", False),
])
def test_a_feared_sign_gets_the_warning_signs_under_the_fallback(matcher, message, line):
    decision = matcher.decide(message)
    assert decision.kind == "none", decision
    [reply] = replies.for_decision(matcher.faq, decision, message)
    assert ("Warning signs with back pain" in reply.plain) is line, reply.plain
    assert reply.buttons  # the topics stay


def test_the_help_lists_ask_and_start_and_tells_of_inline_mode_only_in_telegram(faq):
    # (a twelfth new user: /help left out /ask and /start, and told of inline mode in the terminal chat)
    telegram, terminal = replies.help_text(faq).plain, replies.help_text(faq, telegram=False).plain
    assert "/ask" in telegram and "/start" in telegram and "Inline" in telegram
    assert "/ask" in terminal and "Inline" not in terminal
