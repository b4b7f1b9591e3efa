"""The Telegram handlers in process, private chats: commands, questions, buttons, inline mode, errors.

Each test runs updates through python-telegram-bot's own Application, built by
bot.telegram_bot.app.build_application, against the fake Bot API's in-process transport (see
tests/helpers.py), and checks exactly what was sent: text, buttons, chat. The expected replies come
from bot.replies, which tests/test_replies.py tests on its own.
"""
from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from helpers import (
    ANSWER,
    BOT_NAME,
    FOREIGN,
    NONE,
    REF,
    SUGGEST,
    URGENT,
    USER,
    as_replies,
    button_data,
    expected_for,
    generated_faq,
    of,
    ref_of,
    sent,
    toasts,
)

from bot import replies
from bot.conversation import QUESTION_MAX
from bot.replies import Button, Reply
from bot.telegram_bot import sending


@pytest.fixture
def big_bot(make_bot, tmp_path):
    """The bot with a generated FAQ of 120 entries (6 pages of topics)."""
    path = tmp_path / "big.yaml"
    path.write_text(generated_faq(120), encoding="utf-8")
    return make_bot(FAQ_PATH=str(path))


# ------------------------------------------------------------------------------ commands


COMMANDS = [  # a command in a private chat, and its replies for a FAQ
    ("/start", lambda faq: [replies.welcome(faq)]),
    ("/start back-pain-normal", lambda faq: replies.entry(faq, "back-pain-normal")),
    ("/start no-such-entry", lambda faq: [replies.unknown_entry(faq)]),
    ("/help", lambda faq: [replies.help_text(faq)]),
    (f"/help@{BOT_NAME}", lambda faq: [replies.help_text(faq)]),
    ("/topics", lambda faq: [replies.topics(faq)]),
    ("/disclaimer", lambda faq: [replies.disclaimer(faq)]),
    ("/privacy", lambda faq: [replies.privacy(question_log=True, retention_days=90)]),
    ("/whatever", lambda faq: [replies.help_text(faq)]),
    ("/ask", lambda faq: [replies.help_text(faq)]),
]


@pytest.mark.parametrize("command, want", COMMANDS, ids=[command for command, _ in COMMANDS])
def test_a_command_gets_its_reply(bot, command, want):
    calls = bot.message(command)
    assert as_replies(sent(calls)) == want(bot.faq)
    assert all(c.params["chat_id"] == USER and "reply_parameters" not in c.params for c in calls)


def test_privacy_says_so_when_the_question_log_is_off(make_bot):
    bot = make_bot(QUESTION_LOG="off", LOG_RETENTION_DAYS="30")
    assert as_replies(sent(bot.message("/privacy"))) == [replies.privacy(question_log=False, retention_days=30)]


@pytest.mark.parametrize("command", ["/start@OtherBot", "/help@OtherBot", "/ask@OtherBot can running give me abs"])
def test_a_command_for_another_bot_is_ignored(bot, command):
    assert bot.message(command) == []


def test_ask_answers_the_question_after_it(bot):
    calls = sent(bot.message(f"/ask {ANSWER}"))
    assert as_replies(calls) == expected_for(bot, ANSWER, ref=ref_of(calls))


def test_topics_come_20_at_a_time_with_a_more_topics_button(big_bot):
    [topics] = sent(big_bot.message("/topics"))
    assert as_replies([topics]) == [replies.topics(big_bot.faq)]
    assert button_data(topics) == [f"faq:topic-{i:03d}" for i in range(1, 21)] + ["topics:1"]
    assert topics.params["reply_markup"]["inline_keyboard"][-1][0]["text"] == "More topics (2/6) ▶"


def test_start_with_a_big_faq_shows_the_first_page_of_topics(big_bot):
    [welcome] = sent(big_bot.message("/start"))
    assert as_replies([welcome]) == [replies.welcome(big_bot.faq)]
    assert len(button_data(welcome)) == 21


@pytest.mark.parametrize("page, turns", [(1, ["topics", "topics:2"]), (5, ["topics:4"])])
def test_the_topic_page_buttons_turn_the_pages(big_bot, page, turns):
    calls = big_bot.press(f"topics:{page}")
    [shown] = sent(calls)
    assert as_replies([shown]) == [replies.topics(big_bot.faq, page=page)]
    assert button_data(shown)[0] == f"faq:topic-{page * 20 + 1:03d}" and button_data(shown)[-len(turns):] == turns


# ------------------------------------------------------------------------------ questions


def test_a_question_gets_its_answer_with_the_disclaimer_and_vote_buttons(bot):
    calls = sent(bot.message(ANSWER))
    ref = ref_of(calls)
    assert REF.match(ref)
    assert as_replies(calls) == expected_for(bot, ANSWER, ref=ref)
    assert calls[-1].params["text"].endswith(f"<i>{bot.faq.disclaimer}</i>")
    assert button_data(calls[-1])[:2] == [f"vote:back-pain-after-run:up:{ref}", f"vote:back-pain-after-run:down:{ref}"]


def test_an_unsure_match_offers_did_you_mean_buttons_with_the_question_ref(bot):
    [offer] = sent(bot.message(SUGGEST))
    ref = ref_of([offer])
    assert as_replies([offer]) == expected_for(bot, SUGGEST, ref=ref)
    assert button_data(offer) == [f"faq:herniated-disc:{ref}", f"faq:back-pain-after-run:{ref}", "topics"]


def test_no_match_gets_the_fallback_with_every_topic(bot):
    [fallback] = sent(bot.message(NONE))
    assert as_replies([fallback]) == [replies.fallback(bot.faq)]
    assert button_data(fallback) == [f"faq:{e.id}" for e in bot.faq.entries]


def test_warning_signs_get_only_the_urgent_reply_and_a_doctor_today_keeps_the_topic_for_later(bot):
    # From a tenth and an eleventh code review: an emergency offers no FAQ entry ("keep moving" one
    # tap under saddle numbness); a sign for a doctor today keeps the topic asked about.
    assert as_replies(sent(bot.message(URGENT))) == [Reply(replies.urgent(bot.faq, "emergency", ("saddle",)).html)]
    calls = sent(bot.message("my lower back hurts after running and I have a fever of 39"))
    assert as_replies(calls) == [Reply(replies.urgent(bot.faq, "today", ("fever",)).html,
                                       ((Button("Later: Lower back pain after a run", "faq:back-pain-after-run"),),))]


def test_words_of_suicide_get_only_the_crisis_reply(bot):
    assert as_replies(sent(bot.message("i want to die, my back pain is so bad"))) == [Reply(replies.CRISIS)]
    [first, *_] = inline_results(bot, "i want to die, my back pain is so bad")
    assert first["title"] == "💬 Talk to someone now"
    assert first["input_message_content"]["message_text"] == replies.CRISIS


def test_another_language_gets_the_english_only_reply(bot):
    assert as_replies(sent(bot.message(FOREIGN))) == [replies.not_english(bot.faq)]


def test_small_talk_gets_its_reply(bot):
    assert as_replies(sent(bot.message("thanks!"))) == [replies.smalltalk(bot.faq, "thanks")]


def test_an_edited_message_is_answered_again_as_a_new_question(bot):
    bot.message("hi", message_id=10)
    calls = bot.message(ANSWER, message_id=10, edited=True)
    assert as_replies(sent(calls)) == expected_for(bot, ANSWER, ref=ref_of(sent(calls)))


@pytest.mark.parametrize("text", [
    "why does my lower back hurt " + "really " * 700 + "after running?",
    "x" * 5000,
    "<b>hi</b> & <script>alert(1)</script> &amp; </b> <i>",
    "\u202eylno txet lanoitcerid\u202c \u200b\ufeff",
])
def test_a_long_or_odd_message_gets_the_reply_for_its_first_4096_characters(bot, text):
    calls = sent(bot.message(text))
    assert as_replies(calls) == expected_for(bot, text[:QUESTION_MAX], ref=ref_of(calls))


def random_texts(n: int, seed: int = 20240501) -> list[str]:
    """Text from many scripts with HTML's special characters, invisible and bidi characters mixed in."""
    rng = random.Random(seed)
    ranges = [(0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x590, 0x6FF), (0x900, 0x97F),
              (0x3040, 0x30FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0x1F300, 0x1FAFF), (0x300, 0x36F),
              (0x200B, 0x200F), (0x2028, 0x202E), (0xFE00, 0xFE0F), (0x1D400, 0x1D7FF), (0x10000, 0x1007F)]
    texts = []
    while len(texts) < n:
        chars = [rng.choice("<>&\"'\n\t;#/@") if rng.random() < 0.15 else chr(rng.randint(*rng.choice(ranges)))
                 for _ in range(rng.randint(1, 80))]
        text = "".join(chars).lstrip("/")
        if text.strip():
            texts.append(text)
    return texts


def test_random_text_gets_exactly_the_expected_replies_in_valid_html(bot):
    # Each from its own chat: a chat remembers its last reply (bot.memory), and these are unrelated.
    for n, text in enumerate(random_texts(300)):  # the make_bot fixture checks every text sent as Telegram HTML
        calls = sent(bot.message(text, user_id=5000 + n))
        assert as_replies(calls) == expected_for(bot, text, ref=ref_of(calls)), repr(text)


@pytest.mark.parametrize("kind", ["sticker", "voice", "photo", "video", "location", "document"])
def test_a_message_without_text_gets_one_short_reply(bot, kind):
    calls = bot.feed("non_text", kind)
    assert [c.method for c in calls] == ["sendMessage"]
    assert as_replies(calls) == [replies.non_text()]


def test_a_photo_with_a_caption_is_answered_as_a_question(bot):
    calls = sent(bot.feed("photo", ANSWER))
    assert as_replies(calls) == expected_for(bot, ANSWER, ref=ref_of(calls))


def test_a_file_with_a_caption_is_answered_as_a_question(bot):
    calls = bot.feed("document", b"%PDF-1.4", "plan.pdf", caption=ANSWER)
    assert as_replies(sent(calls)) == expected_for(bot, ANSWER, ref=ref_of(sent(calls)))
    assert not of(calls, "getFile")  # nobody's file is downloaded


def test_the_bots_own_inline_answer_sent_into_a_chat_is_not_answered(bot, api):
    update = api.make_update_dict("message", ANSWER)
    update["message"]["via_bot"] = api.bot_user()
    assert bot.process(update) == []


# ------------------------------------------------------------------------------ buttons


def test_an_entry_button_shows_the_entry(bot):
    calls = bot.press("faq:abs")
    assert as_replies(sent(calls)) == replies.entry(bot.faq, "abs")
    assert toasts(calls) == [None]


def test_a_did_you_mean_pick_shows_the_entry_and_is_kept_for_the_admins(bot):
    ref = ref_of(sent(bot.message(SUGGEST)))
    calls = bot.press(f"faq:herniated-disc:{ref}")
    assert as_replies(sent(calls)) == replies.entry(bot.faq, "herniated-disc")
    assert [(row.text, row.picked) for row in bot.store.review()] == [(SUGGEST, "herniated-disc")]


def test_a_vote_is_thanked_and_a_second_vote_replaces_the_first(bot):
    ref = ref_of(sent(bot.message(ANSWER)))
    first = bot.press(f"vote:back-pain-after-run:up:{ref}")
    second = bot.press(f"vote:back-pain-after-run:down:{ref}")
    bot.press("vote:back-pain-after-run:up", user_id=USER + 1)
    assert toasts(first) == [replies.vote_thanks(True)]
    assert toasts(second) == ["Vote changed. " + replies.vote_thanks(False)]
    assert not sent(first + second)
    assert bot.store.stats().helpfulness == {"back-pain-after-run": (1, 1)}


def test_the_topics_button_lists_the_topics(bot):
    assert as_replies(sent(bot.press("topics"))) == [replies.topics(bot.faq)]


def test_a_button_for_an_entry_no_longer_in_the_faq_says_so(bot):
    assert as_replies(sent(bot.press("faq:no-such-entry"))) == [replies.unknown_entry(bot.faq)]


@pytest.mark.parametrize("data", ["something-old", "faq:Not_An_Id", "topics:0", "vote:abs:sideways", "teach:1:abs", ""])
def test_a_forged_or_stale_button_only_stops_the_spinner(bot, data):
    calls = bot.press(data)
    assert [(c.method, c.ok, c.params.get("text")) for c in calls] == [("answerCallbackQuery", True, None)]


def test_a_button_under_an_inline_answer_only_stops_the_spinner(bot, api):
    update = api.make_update_dict("callback_query", "faq:abs")
    query = update["callback_query"]
    del query["message"]
    query["inline_message_id"] = "AgAAAInline"
    assert [c.method for c in bot.process(update)] == ["answerCallbackQuery"]


# ------------------------------------------------------------------------------ inline mode


def inline_results(bot, query: str) -> list[dict]:
    [answer] = of(bot.feed("inline_query", query), "answerInlineQuery")
    assert answer.params["cache_time"] == 60 and answer.params.get("is_personal") in (None, False)
    return answer.params["results"]


def test_an_inline_query_offers_the_best_entry_first_with_the_disclaimer(bot):
    results = inline_results(bot, "why does my lower back hurt after running")
    best = results[0]
    assert best["id"] == "back-pain-after-run" and best["title"] == "Lower back pain after a run"
    assert best["input_message_content"]["parse_mode"] == "HTML"
    assert best["input_message_content"]["message_text"].endswith(f"<i>{bot.faq.disclaimer}</i>")


@pytest.mark.parametrize("query, first", [("", []), ("zzzz qqqq", ["!none"])])
def test_an_empty_or_unmatched_inline_query_offers_every_topic(bot, query, first):
    assert [r["id"] for r in inline_results(bot, query)] == first + [e.id for e in bot.faq.entries]


def test_an_unmatched_inline_query_says_so_above_the_topics(bot):
    # From a second new user's trial: "knee pain" offered every topic, the back-pain answer first,
    # one tap from being posted as if it answered.
    [answer] = of(bot.feed("inline_query", "knee pain"), "answerInlineQuery")
    assert answer.params["button"] == {"text": replies.INLINE_NO_MATCH, "start_parameter": "topics"}
    # From a third new user's trial: the first result says so too, so a tap posts no topic as an answer.
    first = answer.params["results"][0]
    assert first["id"] == "!none"
    assert first["input_message_content"]["message_text"] == replies.no_answer_inline(bot.faq).html
    [answer] = of(bot.feed("inline_query", ""), "answerInlineQuery")
    assert "button" not in answer.params
    assert as_replies(sent(bot.message("/start topics"))) == [replies.topics(bot.faq)]


def test_an_urgent_inline_query_that_fits_no_entry_offers_the_urgent_message_alone(bot):
    assert [r["id"] for r in inline_results(bot, "cant feel my groin after running")] == ["!urgent"]


def test_an_inline_query_with_warning_signs_offers_the_urgent_message_first(bot):
    results = inline_results(bot, URGENT)
    assert results[0]["id"] == "!urgent"
    assert results[0]["input_message_content"]["message_text"] == replies.urgent(bot.faq, "emergency").html


@pytest.mark.parametrize("query, urgency, title", [
    ("chest pain while running", "emergency", "🚑 This can be an emergency: get help now"),
    ("my lower back hurts and I have a fever of 39", "today", "🩺 Please see a doctor today"),
])
def test_an_inline_urgent_message_says_how_soon_as_the_chat_does(bot, query, urgency, title):
    # From a new user's trial: inline mode said "may need a doctor today" of chest pain.
    [first, *_] = inline_results(bot, query)
    assert first["title"] == title
    assert first["input_message_content"]["message_text"] == replies.urgent(bot.faq, urgency).html
    assert first["input_message_content"]["message_text"].startswith(f"{title[0]} {replies.URGENCY_LEAD[urgency]}")


@pytest.mark.parametrize("query", ["", "what is made-up topic 7", "zzzz qqqq"])
def test_inline_mode_offers_at_most_50_results(big_bot, query):
    assert len(inline_results(big_bot, query)) == 50


# ------------------------------------------------------------------------------ errors and retries


def test_a_handler_that_raises_gets_the_apology_and_the_bot_keeps_going(bot, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(bot.app.bot_data.conversation, "question", broken)
    assert as_replies(sent(bot.message(ANSWER))) == [replies.apology()]
    monkeypatch.undo()
    calls = sent(bot.message(ANSWER))
    assert as_replies(calls) == expected_for(bot, ANSWER, ref=ref_of(calls))


def test_a_send_telegram_refuses_gets_the_apology(bot, api):
    api.fail_next("sendMessage", status=400, description="Bad Request: injected")
    calls = bot.message(ANSWER)
    assert [c.http_status for c in calls] == [400, 200]
    assert as_replies(sent(calls)) == [replies.apology()]


def test_a_failing_button_stops_the_spinner_and_apologises(bot, monkeypatch):
    monkeypatch.setattr(bot.app.bot_data.conversation, "press", lambda *a: 1 / 0)
    calls = bot.press("faq:abs")
    assert [c.method for c in calls] == ["answerCallbackQuery", "sendMessage"]
    assert as_replies(sent(calls)) == [replies.apology()]


def test_a_user_who_blocked_the_bot_gets_no_apology(bot, api):
    api.fail_next("sendMessage", status=403, description="Forbidden: bot was blocked by the user")
    assert [c.http_status for c in bot.message(ANSWER)] == [403]


@pytest.fixture
def naps(monkeypatch) -> list[float]:
    """The pauses bot.telegram_bot.sending takes before a retry (recorded, not slept)."""
    taken: list[float] = []

    async def nap(seconds: float) -> None:
        taken.append(seconds)

    monkeypatch.setattr(sending, "asyncio", SimpleNamespace(sleep=nap))
    return taken


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # PTB's own RetryAfter warns
def test_a_429_is_retried_after_the_time_telegram_asks_with_the_limiter_off(bot, api, naps):
    api.fail_next("sendMessage", status=429, retry_after=3, description="Too Many Requests: retry after 3")
    calls = bot.message(ANSWER)
    assert [c.http_status for c in calls] == [429, 200] and naps == [3.1]
    assert calls[0].params == calls[1].params


@pytest.mark.parametrize("fault", ["dropped", "502"])
def test_a_dropped_connection_or_a_5xx_is_retried(bot, api, naps, fault):
    if fault == "dropped":
        api.drop_next("sendMessage")
    else:
        api.fail_next("sendMessage", status=502, description="Bad Gateway")
    calls = bot.message(ANSWER)
    assert [c.method for c in calls] == ["sendMessage", "sendMessage"] and not calls[0].ok and calls[1].ok
    assert naps == [0.5]


def test_sends_that_keep_failing_end_in_the_apology_attempt(bot, api, naps):
    api.drop_next("sendMessage", times=8)
    calls = bot.message(ANSWER)
    assert [c.note for c in calls] == ["dropped"] * 8  # 4 tries for the answer, 4 for the apology
    assert naps == [0.5, 1.0, 2.0] * 2


def test_a_pick_from_a_follow_ups_offer_is_kept_for_the_admins(bot):
    # A fourteenth new user: the follow-up ("what about stretching?" after the strain's answer) is logged with its own
    # decision, and the entry picked from its offer was lost to the report.
    bot.message("i pulled something in my back")
    offer = sent(bot.message("what about stretching?"))
    ref = ref_of(offer)
    assert ref, offer
    bot.press(f"faq:prevent-back-pain:{ref}")
    assert ("what about stretching?", "prevent-back-pain") in [(row.text, row.picked) for row in bot.store.review()]
