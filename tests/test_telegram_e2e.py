"""End to end: the real bot process (`python -m bot`) against the fake Bot API server, over HTTP.

Every test starts the bot as a child process, feeds it updates through tests/fake_telegram.py and
checks what it sent back. The `launch` fixture also checks, after each test, that the token never
appeared in the process's output and that every outgoing text was valid Telegram HTML.
"""
from __future__ import annotations

import json
import random
import signal
import time
import urllib.error
import urllib.request
from collections import Counter
from functools import lru_cache

import pytest
import yaml

from conftest import ROOT, BotProcess, base_env, free_port, html_problems, secret_forms
from bot import replies
from bot.live import FaqSource, Snapshot

BOT = "RunnersFaqBot"
SETTLE = 1.0  # seconds to wait after the expected replies, to catch duplicates


@lru_cache(maxsize=None)
def snap() -> Snapshot:
    return FaqSource.load(ROOT / "faq.yaml").current


@lru_cache(maxsize=None)
def examples(kind: str) -> tuple[str, ...]:
    """Questions from the dev set that the matcher decides as `kind` (answer, suggest, ...)."""
    cases = yaml.safe_load((ROOT / "tests" / "data" / "questions-dev.yaml").read_text(encoding="utf-8"))
    found = tuple(c["text"] for c in cases if snap().matcher.decide(c["text"]).kind == kind)
    assert found, f"no {kind} example in the dev set"
    return found


def expected(text: str) -> list[replies.Reply]:
    """What the bot should send for a private text message (mirrors the handler's rules)."""
    s = snap()
    question = text[:4096]
    if not question.strip():
        return [replies.help_text(s.faq)]
    return replies.for_decision(s.faq, s.matcher.decide(question), question)


def sent_to(fake, chat_id: int) -> list:
    return [c for c in fake.sent_messages() if c.params.get("chat_id") == chat_id]


def texts_to(fake, chat_id: int) -> list[str]:
    return [c.params["text"] for c in sent_to(fake, chat_id)]


def buttons(call) -> list[str]:
    """The callback_data of every button on a sent message."""
    markup = call.params.get("reply_markup") or {}
    return [b.get("callback_data") for row in markup.get("inline_keyboard", []) for b in row]


def wait_counts(fake, want: dict[int, int], timeout: float = 30.0) -> None:
    """Wait until each chat got its number of messages, then a little more; assert exact counts."""
    fake.wait_for(lambda t: all(len(sent_to(t, c)) >= n for c, n in want.items()), timeout)
    time.sleep(SETTLE)
    got = Counter(c.params.get("chat_id") for c in fake.sent_messages())
    wrong = {c: (got.get(c, 0), n) for c, n in want.items() if got.get(c, 0) != n}
    assert not wrong, f"chats with the wrong number of messages (got, expected): {dict(list(wrong.items())[:10])}"


# ------------------------------------------------------------------------------ private chats


def test_private_chat_surfaces(fake, launch):
    s = snap()
    answer_q, suggest_q, none_q, urgent_q = examples("answer")[0], examples("suggest")[0], examples("none")[0], examples("urgent")[0]
    cases = {
        1: ("/start", [replies.welcome(s.faq)]),
        2: ("/start back-pain-normal", replies.entry(s.faq, "back-pain-normal")),
        3: ("/start no-such-entry", [replies.unknown_entry(s.faq)]),
        4: ("/help", [replies.help_text(s.faq)]),
        5: ("/topics", [replies.topics(s.faq)]),
        6: ("/disclaimer", [replies.disclaimer(s.faq)]),
        7: ("/privacy", [replies.privacy(question_log=True, retention_days=90)]),
        8: (answer_q, expected(answer_q)),
        9: (suggest_q, expected(suggest_q)),
        10: (none_q, expected(none_q)),
        11: (urgent_q, expected(urgent_q)),
        12: ("hi", expected("hi")),
        13: ("/whatever", [replies.help_text(s.faq)]),
        14: (f"/ask {answer_q}", expected(answer_q)),
        15: (f"/help@{BOT}", [replies.help_text(s.faq)]),
        16: ("/help@SomeOtherBot", []),
    }
    launch()
    for user, (text, _) in cases.items():
        fake.add_message(text, user_id=user)
    wait_counts(fake, {user: len(want) for user, (_, want) in cases.items()})
    for user, (text, want) in cases.items():
        calls = sent_to(fake, user)
        assert [c.params["text"] for c in calls] == [r.html for r in want], text
        for call, reply in zip(calls, want):
            assert buttons(call) == [b.data for row in reply.buttons for b in row], text
            assert call.params.get("parse_mode") == "HTML"
            assert "reply_parameters" not in call.params  # no quoting in private chats
    # The answer ends with the disclaimer and carries vote and related-entry buttons.
    answer = sent_to(fake, 8)[-1]
    assert s.faq.disclaimer in answer.params["text"]
    assert any(d.startswith("vote:") for d in buttons(answer)) and any(d.startswith("faq:") for d in buttons(answer))
    # Did you mean: one button per suggestion, then "none of these".
    decision = s.matcher.decide(suggest_q)
    assert buttons(sent_to(fake, 9)[0]) == [f"faq:{i}" for i in decision.suggestions] + ["topics"]
    # Nothing matched: the fallback with the full topics keyboard.
    assert len(buttons(sent_to(fake, 10)[0])) == len(s.faq.entries)
    # Warning signs: the urgent-care message comes first.
    assert texts_to(fake, 11)[0] == replies.urgent(s.faq).html
    # The command menu was set at start-up.
    commands = fake.calls_of("setMyCommands")[0].params["commands"]
    assert {"start", "help", "topics", "disclaimer", "privacy", "ask"} <= {c["command"] for c in commands}


def test_buttons_and_callbacks(fake, launch):
    s = snap()
    suggest_q = examples("suggest")[0]
    launch()
    fake.add_message(suggest_q, user_id=50)
    wait_counts(fake, {50: 1})
    offer = sent_to(fake, 50)[0]
    first = buttons(offer)[0]
    message_id = offer.result["message_id"]

    fake.add_callback_query(first, user_id=50, message_id=message_id)
    fake.add_callback_query("vote:abs:up", user_id=51)
    fake.add_callback_query("vote:abs:down", user_id=52)
    fake.add_callback_query("topics", user_id=53)
    fake.add_callback_query("faq:no-such-entry", user_id=54)
    fake.add_callback_query("something-old", user_id=55)
    wait_counts(fake, {50: 1 + len(replies.entry(s.faq, first[4:])), 51: 0, 52: 0, 53: 1, 54: 1, 55: 0})
    assert texts_to(fake, 50)[1:] == [r.html for r in replies.entry(s.faq, first[4:])]
    assert texts_to(fake, 53) == [replies.topics(s.faq).html]
    assert texts_to(fake, 54) == [replies.unknown_entry(s.faq).html]
    answers = fake.calls_of("answerCallbackQuery")
    assert len(answers) == 6 and all(a.ok for a in answers)
    notes = {a.params.get("text") for a in answers}
    assert replies.vote_thanks(True) in notes and replies.vote_thanks(False) in notes


def test_edited_message_in_private_chat_is_answered_again(fake, launch):
    launch()
    fake.add_message("hi", user_id=60, message_id=10)
    wait_counts(fake, {60: len(expected("hi"))})
    corrected = examples("answer")[1]
    fake.add_message(corrected, user_id=60, message_id=10, edited=True)
    wait_counts(fake, {60: len(expected("hi")) + len(expected(corrected))})
    assert texts_to(fake, 60)[-len(expected(corrected)):] == [r.html for r in expected(corrected)]


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice", "document", "location", "video"])
def test_non_text_gets_one_short_reply(fake, launch, kind):
    launch()
    fake.add_non_text(kind, user_id=70)
    wait_counts(fake, {70: 1})
    assert texts_to(fake, 70) == [replies.non_text().html]


# ------------------------------------------------------------------------------ groups


def test_groups_answer_only_when_addressed(fake, launch):
    s = snap()
    q = examples("answer")[0]
    none_q = examples("none")[0]
    launch()
    g = -100200
    fake.add_message(f"@{BOT} {q}", chat_id=g - 1, chat_type="supergroup", user_id=101, message_id=501)
    fake.add_message(q, chat_id=g - 2, chat_type="supergroup", user_id=102)                        # not addressed
    fake.add_message(f"@{BOT.lower()} {q}", chat_id=g - 3, chat_type="group", user_id=103)         # any case
    fake.add_message(f"@{BOT}x {q}", chat_id=g - 4, chat_type="group", user_id=104)                # another name
    fake.add_message(q, chat_id=g - 5, chat_type="group", user_id=105, reply_to_bot=True)
    fake.add_message(f"/ask {q}", chat_id=g - 6, chat_type="group", user_id=106)
    fake.add_message(f"/ask@{BOT} {q}", chat_id=g - 7, chat_type="group", user_id=107)
    fake.add_message(f"/ask@OtherBot {q}", chat_id=g - 8, chat_type="group", user_id=108)
    fake.add_message("/help", chat_id=g - 9, chat_type="group", user_id=109)
    fake.add_message(f"/help@{BOT}", chat_id=g - 10, chat_type="group", user_id=110)
    fake.add_message("/help@OtherBot", chat_id=g - 11, chat_type="group", user_id=111)
    fake.add_message("/unknown", chat_id=g - 12, chat_type="group", user_id=112)
    fake.add_message(f"@{BOT} {none_q}", chat_id=g - 13, chat_type="group", user_id=113)
    fake.add_message(f"@{BOT}", chat_id=g - 14, chat_type="group", user_id=114)
    fake.add_non_text("sticker", chat_id=g - 15, chat_type="group", user_id=115)
    fake.add_message(f"@{BOT} {q}", chat_id=g - 16, chat_type="group", user_id=116, edited=True)
    fake.add_message("/topics", chat_id=g - 17, chat_type="group", user_id=117)
    n = len(expected(q))
    want = {g - 1: n, g - 2: 0, g - 3: n, g - 4: 0, g - 5: n, g - 6: n, g - 7: n, g - 8: 0, g - 9: 1,
            g - 10: 1, g - 11: 0, g - 12: 0, g - 13: 1, g - 14: 1, g - 15: 0, g - 16: 0, g - 17: 1}
    wait_counts(fake, want)
    for chat in (g - 1, g - 3, g - 5, g - 6, g - 7):
        assert texts_to(fake, chat) == [r.html for r in expected(q)]
    # Answers in groups quote the question.
    assert sent_to(fake, g - 1)[0].params["reply_parameters"]["message_id"] == 501
    assert texts_to(fake, g - 9) == [replies.help_text(s.faq, group=True).html]
    assert texts_to(fake, g - 14) == [replies.help_text(s.faq, group=True).html]
    # Unmatched in a group: the fallback text with one button, not the whole topics keyboard.
    fallback = sent_to(fake, g - 13)[0]
    assert fallback.params["text"] == replies.fallback(s.faq).html
    assert buttons(fallback) == ["topics"]
    # /topics asked for explicitly shows the full list.
    assert len(buttons(sent_to(fake, g - 17)[0])) == len(s.faq.entries)


def test_group_buttons_edit_in_place_and_non_text_replies(fake, launch):
    s = snap()
    launch()
    g = -100300
    fake.add_callback_query("faq:abs", chat_id=g, user_id=120, message_id=7)
    fake.add_callback_query("topics", chat_id=g, user_id=121, message_id=7)
    # A sticker replying to the bot gets the short reply; one that does not is ignored.
    bot_msg = {"message_id": 7, "from": fake.bot_user(), "chat": {"id": g - 1, "type": "supergroup", "title": "G"},
               "date": int(time.time()), "text": "earlier"}
    sticker = {"file_id": "AgADx", "file_unique_id": "AQADx", "type": "regular", "width": 512, "height": 512,
               "is_animated": False, "is_video": False}
    fake.add_update({"message": {"message_id": 8, "from": {"id": 122, "is_bot": False, "first_name": "T"},
                                 "chat": {"id": g - 1, "type": "supergroup", "title": "G"}, "date": int(time.time()),
                                 "sticker": sticker, "reply_to_message": bot_msg}})
    fake.wait_for(lambda t: len([c for c in t.calls_of("editMessageText") if c.ok]) >= 2, 20)
    wait_counts(fake, {g: 0, g - 1: 1})
    edits = [c for c in fake.calls_of("editMessageText") if c.ok]
    assert [e.params["text"] for e in edits] == [replies.entry(s.faq, "abs")[0].html, replies.topics(s.faq).html]
    assert all(e.params["chat_id"] == g and e.params["message_id"] == 7 for e in edits)
    assert texts_to(fake, g - 1) == [replies.non_text().html]


# ------------------------------------------------------------------------------ inline mode


def test_inline_mode(fake, launch):
    s = snap()
    launch()
    fake.add_inline_query("why does my lower back hurt after running", user_id=130)
    fake.add_inline_query("", user_id=131)
    fake.add_inline_query("zzzz qqqq", user_id=132)
    fake.add_inline_query(next(q for q in examples("urgent") if len(q) < 200), user_id=133)
    fake.add_inline_query("back " * 200, user_id=134)
    assert fake.wait_for(lambda t: len(t.calls_of("answerInlineQuery")) >= 5, 20)
    time.sleep(SETTLE)
    calls = {c.params["inline_query_id"]: c for c in fake.calls_of("answerInlineQuery")}
    assert len(calls) == 5 and all(c.ok for c in calls.values())
    by_user = {}
    for update in fake.calls_of("getUpdates"):
        for u in update.result or []:
            if "inline_query" in u:
                by_user[u["inline_query"]["from"]["id"]] = calls[u["inline_query"]["id"]]
    for call in by_user.values():
        results = call.params["results"]
        assert 1 <= len(results) <= 50
        assert call.params.get("is_personal") in (None, False)
        assert call.params.get("cache_time") == 60
        for r in results:
            assert r["type"] == "article" and r["title"]
            assert r["input_message_content"]["parse_mode"] == "HTML"
    first = by_user[130].params["results"]
    assert first[0]["id"] == "back-pain-after-run"
    assert s.faq.disclaimer in first[0]["input_message_content"]["message_text"]
    assert [r["id"] for r in by_user[131].params["results"]] == [e.id for e in s.faq.entries]
    assert [r["id"] for r in by_user[132].params["results"]] == [e.id for e in s.faq.entries]
    assert by_user[133].params["results"][0]["id"] == "!urgent"  # no entry id can be "!urgent"


# ------------------------------------------------------------------------------ faults


def test_faults_every_question_answered_exactly_once(fake, launch):
    questions = list(examples("answer")[:5])
    fake.fail_next("getUpdates", status=502, times=3, description="Bad Gateway")
    for i, q in enumerate(questions):
        fake.add_message(q, user_id=200 + i)
    proc = launch(ready=False)
    want = {200 + i: len(expected(q)) for i, q in enumerate(questions)}
    wait_counts(fake, want, timeout=40)
    assert [c.http_status for c in fake.calls_of("getUpdates")][:3] == [502, 502, 502]

    q = examples("answer")[5]
    fake.fail_next("sendMessage", status=429, retry_after=1, description="Too Many Requests: retry after 1")
    fake.add_message(q, user_id=210)
    want[210] = len(expected(q))
    wait_counts(fake, want)
    limited = [c for c in fake.calls_of("sendMessage") if c.http_status == 429]
    assert len(limited) == 1 and limited[0].params["chat_id"] == 210
    retried = sent_to(fake, 210)[0]
    assert retried.time - limited[0].time >= 0.9  # waited retry_after

    fake.drop_next("sendMessage")
    fake.add_message(q, user_id=211)
    fake.fail_next("sendMessage", status=502, description="Bad Gateway")
    fake.add_message(q, user_id=212)
    want.update({211: len(expected(q)), 212: len(expected(q))})
    wait_counts(fake, want)

    fake.drop_next("getUpdates")
    fake.add_message(q, user_id=213)
    fake.wait_for(lambda t: any(c.note == "dropped" and c.method == "getUpdates" for c in t.calls), 20)
    fake.add_message(q, user_id=214)
    want.update({213: len(expected(q)), 214: len(expected(q))})
    wait_counts(fake, want)
    assert proc.running
    assert sum(1 for c in fake.calls if c.note == "dropped") == 2


def test_429_is_retried_with_the_limiter_off(fake, launch):
    proc = launch(TELEGRAM_RATE_LIMIT="0")
    q = examples("answer")[0]
    fake.fail_next("sendMessage", status=429, retry_after=1, description="Too Many Requests: retry after 1")
    fake.drop_next("sendMessage")
    fake.add_message(q, user_id=230)
    wait_counts(fake, {230: len(expected(q))})
    failed = [c for c in fake.calls_of("sendMessage") if not c.ok]
    assert [c.http_status for c in failed] == [429, 0]
    assert sent_to(fake, 230)[0].time - failed[0].time >= 0.9
    assert proc.running and "DeprecationWarning" not in proc.output


def test_handler_error_gets_an_apology(fake, launch):
    launch()
    fake.fail_next("sendMessage", status=400, description="Bad Request: injected")
    fake.add_message(examples("answer")[0], user_id=220)
    wait_counts(fake, {220: 1})
    assert texts_to(fake, 220) == [replies.apology().html]


def test_default_rate_limit_holds(fake, launch):
    q = examples("answer")[0]
    assert len(expected(q)) == 1
    launch()
    users = range(10_000, 10_150)
    for user in users:
        fake.add_message(q, user_id=user)
    wait_counts(fake, {u: 1 for u in users}, timeout=60)
    times = sorted(c.time for c in fake.sent_messages())
    assert len(times) == 150
    after_burst = (len(times) - 30) / (times[-1] - times[29])
    overall = len(times) / (times[-1] - times[0])
    assert 15 <= after_burst <= 36, after_burst
    assert overall <= 45, overall


# ------------------------------------------------------------------------------ lifecycle


def test_sigterm_answers_everything_received_and_exits_0(fake, launch):
    q = examples("answer")[0]
    proc = launch()
    users = range(20_000, 20_200)
    for user in users:
        fake.add_message(q, user_id=user)
    received = lambda t: sum(len(c.result or []) for c in t.calls_of("getUpdates")) >= 200  # noqa: E731
    assert fake.wait_for(received, 20)
    rc, took = proc.stop(signal.SIGTERM)
    answered = Counter(c.params["chat_id"] for c in fake.sent_messages())
    assert rc == 0, proc.output[-2000:]
    assert took < 10, took
    assert all(answered[u] == 1 for u in users), sum(answered[u] == 1 for u in users)
    assert fake.pending_updates() == 0  # all confirmed to "Telegram": none will come back


def test_sigterm_under_a_big_backlog_still_exits_in_time(fake, launch):
    """The bot only fetches what it can answer before the deadline; the rest stays at Telegram."""
    q = examples("answer")[0]
    proc = launch()
    users = range(40_000, 40_600)
    for user in users:
        fake.add_message(q, user_id=user)
    assert fake.wait_for(lambda t: len(t.sent_messages()) >= 40, 20)
    rc, took = proc.stop(signal.SIGTERM)
    answered = Counter(c.params["chat_id"] for c in fake.sent_messages())
    assert rc == 0 and took < 10, (rc, took)
    assert set(answered.values()) == {1}
    assert len(answered) + fake.pending_updates() == 600, (len(answered), fake.pending_updates())
    assert fake.pending_updates() > 0


def test_restart_with_questions_pending(fake, launch):
    q = examples("answer")[0]
    proc = launch()
    fake.add_message(q, user_id=300)
    wait_counts(fake, {300: 1})
    assert proc.stop()[0] == 0
    for user in (301, 302, 303):
        fake.add_message(q, user_id=user)
    fake.add_callback_query("topics", user_id=304)
    time.sleep(0.5)
    assert not any(sent_to(fake, u) for u in (301, 302, 303, 304))
    launch()
    wait_counts(fake, {300: 1, 301: 1, 302: 1, 303: 1, 304: 1})


def test_webhook_mode(fake, launch):
    port = free_port()
    secret = "s3cret_Token-42"
    url = f"https://127.0.0.1:{port}/tg/hook-7f3a"
    proc = launch(ready=False, WEBHOOK_URL=url, PORT=str(port), WEBHOOK_SECRET=secret)
    fake.wait_for(lambda t: any(c.ok for c in t.calls_of("setWebhook")) or not proc.running, 30)
    hooks = [c for c in fake.calls_of("setWebhook") if c.ok]
    assert hooks and proc.running, proc.output[-3000:]
    hook = hooks[0]
    assert hook.params["url"] == url and hook.params["secret_token"] == secret
    assert set(hook.params["allowed_updates"]) == {"message", "edited_message", "callback_query", "inline_query"}

    def post(update: dict, token: str | None) -> int:
        headers = {"Content-Type": "application/json"}
        if token is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = token
        request = urllib.request.Request(f"http://127.0.0.1:{port}/tg/hook-7f3a", json.dumps(update).encode(), headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as err:
            return err.code

    q = examples("answer")[0]
    message = lambda uid, user: {"update_id": uid, "message": {  # noqa: E731
        "message_id": 1, "date": int(time.time()), "text": q,
        "from": {"id": user, "is_bot": False, "first_name": "W"}, "chat": {"id": user, "type": "private", "first_name": "W"}}}
    deadline = time.monotonic() + 20
    while True:  # the webhook server may start a moment after setWebhook
        try:
            status = post(message(1, 400), secret)
            break
        except OSError:
            assert time.monotonic() < deadline, proc.output
            time.sleep(0.2)
    assert status == 200
    assert post(message(2, 401), "wrong-secret") == 403
    assert post(message(3, 402), None) == 403
    wait_counts(fake, {400: len(expected(q)), 401: 0, 402: 0})
    assert not fake.calls_of("getUpdates")
    rc, took = proc.stop()
    assert rc == 0 and took < 10


# ------------------------------------------------------------------------------ secrets and configuration


def test_token_is_never_printed_even_at_debug(fake, launch):
    proc = launch(LOG_LEVEL="DEBUG")
    fake.fail_next("getUpdates", status=502)
    fake.add_message(examples("answer")[0], user_id=500)
    fake.fail_next("sendMessage", status=400, description="Bad Request: injected")
    fake.add_message(examples("answer")[1], user_id=501)
    fake.drop_next("sendMessage")
    fake.add_message(examples("answer")[2], user_id=502)
    wait_counts(fake, {500: 1, 501: 1, 502: 1})
    assert proc.stop()[0] == 0
    assert "DEBUG" in proc.output and "Polling failed" in proc.output  # it did log, at DEBUG
    assert "Traceback" in proc.output  # the injected 400 was logged with its traceback
    for form in secret_forms(fake.token):
        assert form not in proc.output


def test_rejected_token_exits_2_with_one_line(fake, tmp_path):
    wrong = "654321:WRONG-token-0123456789abcdefghijklm"
    proc = BotProcess(base_env(fake, tmp_path, TELEGRAM_BOT_TOKEN=wrong, LOG_LEVEL="INFO")).start()
    rc = proc.wait(30)
    assert rc == 2
    lines = [line for line in proc.output.splitlines() if line.strip()]
    assert lines == ["Telegram rejected TELEGRAM_BOT_TOKEN (check it with @BotFather)"]
    for form in secret_forms(wrong):
        assert form not in proc.output


@pytest.mark.parametrize(
    "env, needles",
    [
        ({"ADMIN_IDS": "12,abc"}, ["ADMIN_IDS", "'abc'"]),
        ({"WEBHOOK_URL": "https://example.org/hook"}, ["WEBHOOK_SECRET"]),
        ({"ADMIN_IDS": "x", "WEBHOOK_URL": "https://example.org/hook"}, ["ADMIN_IDS", "WEBHOOK_SECRET"]),
        ({"TELEGRAM_BOT_TOKEN": ""}, ["TELEGRAM_BOT_TOKEN", "@BotFather"]),
    ],
)
def test_bad_configuration_exits_2(fake, tmp_path, env, needles):
    proc = BotProcess(base_env(fake, tmp_path, **env)).start()
    assert proc.wait(30) == 2
    for needle in needles:
        assert needle in proc.stderr, proc.output
    assert fake.token not in proc.output
    assert not fake.calls  # it never talked to Telegram


# ------------------------------------------------------------------------------ bad input


def random_texts(n: int, seed: int = 20240501) -> list[str]:
    rng = random.Random(seed)
    ranges = [(0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x590, 0x6FF), (0x900, 0x97F),
              (0x3040, 0x30FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0x1F300, 0x1FAFF), (0x300, 0x36F),
              (0x200B, 0x200F), (0x2028, 0x202E), (0xFE00, 0xFE0F), (0x1D400, 0x1D7FF), (0x10000, 0x1007F)]
    specials = "<>&\"'\n\t;#/@"
    texts = []
    while len(texts) < n:
        chars = []
        for _ in range(rng.randint(1, 80)):
            if rng.random() < 0.15:
                chars.append(rng.choice(specials))
            else:
                lo, hi = rng.choice(ranges)
                chars.append(chr(rng.randint(lo, hi)))
        text = "".join(chars).lstrip("/")
        if text.strip():
            texts.append(text)
    return texts


def test_bad_input_each_answered_once_with_valid_html(fake, launch):
    texts = random_texts(300) + [
        "why does my back hurt " + "really " * 700 + "after running?",       # ~5,000 characters
        "x" * 5000,
        "🏃‍♀️💥😭🦴",
        "👍",
        "\u200b\u200c\u200d\ufeff",
        "back\u200b pain\u200d after\u2060 running",
        "<b>hi</b> & <script>alert(1)</script>",
        "&amp; &lt; <a href='x'>link</a> </b> <i>",
        "\u202eylno txet lanoitcerid\u202c",
    ]
    launch(TELEGRAM_RATE_LIMIT="0")
    want = {}
    for i, text in enumerate(texts):
        fake.add_message(text, user_id=100_000 + i)
        want[100_000 + i] = len(expected(text))
    wait_counts(fake, want, timeout=60)
    assert not html_problems(fake)
    for i, text in enumerate(texts):
        assert texts_to(fake, 100_000 + i) == [r.html for r in expected(text)], repr(text)


def test_token_revoked_while_running_exits_2(fake, launch):
    proc = launch()
    fake.add_message("hi", user_id=600)
    wait_counts(fake, {600: len(expected("hi"))})
    fake.token = "999999:ANOTHER-token-after-revocation-xyz"  # every call now gets 401
    fake.add_message("hi", user_id=601)
    assert proc.wait(20) == 2
    assert proc.stderr.strip().splitlines()[-1] == "Telegram rejected TELEGRAM_BOT_TOKEN (check it with @BotFather)"
