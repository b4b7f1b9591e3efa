"""Self-tests of the fake Bot API (tests/fakebotapi) through the real python-telegram-bot client, on both transports."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import telegram
from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    ReplyParameters,
    Update,
)
from telegram.error import BadRequest, ChatMigrated, Conflict, InvalidToken, NetworkError, RetryAfter
from telegram.ext import CommandHandler, ContextTypes, MessageHandler, filters

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fake_telegram import (  # noqa: E402
    FakeRequest,
    FakeTelegram,
    parse_telegram_html,
    utf16_len,
    validate_reply_markup,
    validate_telegram_html,
)

BotFactory = Callable[..., telegram.Bot]


@pytest.fixture(params=["http", "in-process"])
def transport(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def tg(transport: str) -> Iterator[FakeTelegram]:
    fake = FakeTelegram()
    if transport == "http":
        fake.start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture
def http_tg() -> Iterator[FakeTelegram]:
    with FakeTelegram() as fake:
        yield fake


def bot_for(fake: FakeTelegram, transport: str, token: str | None = None) -> telegram.Bot:
    """A PTB Bot that reaches `fake` over HTTP or in-process."""
    if transport == "http":
        return telegram.Bot(token or fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url)
    return telegram.Bot(token or fake.token, request=fake.request(), get_updates_request=fake.request())


@pytest.fixture
def make_bot(tg: FakeTelegram, transport: str) -> BotFactory:
    return lambda token=None: bot_for(tg, transport, token)


# ------------------------------------------------------------------ pure validators


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "<b>bold</b> <strong>s</strong> <i>i</i><em>e</em><u>u</u><ins>i</ins><s>s</s><strike>x</strike><del>d</del>",
        '<a href="https://example.com/?a=1&amp;b=2">link</a>',
        "<code>x &lt; y &amp;&amp; y &gt; z</code>",
        '<pre><code class="language-python">print("hi")</code></pre>',
        "<blockquote>q</blockquote><blockquote expandable>long</blockquote>",
        '<tg-spoiler>s</tg-spoiler> <span class="tg-spoiler">s</span>',
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
        "&#39;quoted&#x27; &quot;q&quot; 5 > 3",
        "<B>upper-case tags are fine</B>",
    ],
)
def test_valid_html(text):
    assert validate_telegram_html(text) is None


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("1 < 2", 'Unsupported start tag ""'),
        ("AT&T", 'Unescaped "&"'),
        ("a&nbsp;b", 'Unsupported HTML entity "&nbsp;"'),
        ("line<br>break", 'Unsupported start tag "br"'),
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("close</b>", "Unexpected end tag"),
        ("<b><i>x</b></i>", 'expected "</i>", found "</b>"'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler"'),
        ("<a>no href</a>", 'Tag "a" must have attribute "href"'),
        ("<b", "Unclosed start tag"),
        ("<p>para</p>", 'Unsupported start tag "p"'),
    ],
)
def test_invalid_html(text, fragment):
    error = validate_telegram_html(text)
    assert error is not None and error.startswith("can't parse entities: ")
    assert fragment in error


def test_html_length_counts_visible_utf16_units():
    # Tags and entities do not count; an emoji outside the BMP counts as 2.
    assert validate_telegram_html("<b>" + "a" * 4096 + "</b>") is None
    assert validate_telegram_html("&amp;" * 4096) is None
    assert validate_telegram_html("a" * 4097) == "message is too long"
    assert validate_telegram_html("🏃" * 2048) is None
    assert validate_telegram_html("🏃" * 2049) == "message is too long"
    assert validate_telegram_html("  <b> </b>  ") == "message text is empty"
    plain, entities = parse_telegram_html("🏃 <b>run</b> &amp; <i>rest</i>")
    assert plain == "🏃 run & rest"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 3},
        {"type": "italic", "offset": 9, "length": 4},
    ]
    assert utf16_len("🏃a") == 3


def test_the_fake_uses_bot_markups_parser():
    import fakebotapi.rules

    import bot.markup

    assert parse_telegram_html is bot.markup.parse_telegram_html
    assert fakebotapi.rules.parse_telegram_html is bot.markup.parse_telegram_html


def test_reply_markup_validation():
    ok = {"inline_keyboard": [[{"text": "A", "callback_data": "x" * 64}, {"text": "B", "url": "https://t.me/x"}]]}
    assert validate_reply_markup(ok) is None
    assert validate_reply_markup(json.dumps(ok)) is None
    assert (
        validate_reply_markup({"inline_keyboard": [[{"text": "A", "callback_data": "x" * 65}]]})
        == "BUTTON_DATA_INVALID"
    )
    assert (
        validate_reply_markup({"inline_keyboard": [[{"text": "A", "callback_data": "é" * 33}]]})
        == "BUTTON_DATA_INVALID"
    )
    assert validate_reply_markup({"inline_keyboard": [[{"text": "A", "callback_data": ""}]]}) == "BUTTON_DATA_INVALID"
    assert "Text buttons are unallowed" in validate_reply_markup({"inline_keyboard": [[{"text": "A"}]]})
    assert "exactly one" in validate_reply_markup(
        {"inline_keyboard": [[{"text": "A", "callback_data": "a", "url": "https://x.org"}]]}
    )
    assert "Wrong HTTP URL" in validate_reply_markup({"inline_keyboard": [[{"text": "A", "url": "not a url"}]]})
    assert validate_reply_markup({"inline_keyboard": [[{"text": "A", "switch_inline_query": ""}]]}) is None
    assert validate_reply_markup({"inline_keyboard": [[{"text": "", "callback_data": "a"}]]}) is not None
    assert validate_reply_markup({"inline_keyboard": {"text": "A"}}) is not None
    assert validate_reply_markup("{not json") is not None


# ------------------------------------------------------------------ update builders (no transport)


def test_update_builders_entities_in_utf16():
    fake = FakeTelegram()  # builders work without any transport
    fake.add_message("🏃 hi @RunnersFaqBot and /help", chat_id=-100123, chat_type="supergroup")
    fake.add_message("/start@RunnersFaqBot now", user_id=7)
    queued = fake.queued_updates()
    msg = queued[-2]["message"]
    assert msg["chat"] == {"id": -100123, "type": "supergroup", "title": "Test Group"}
    assert msg["entities"] == [
        {"type": "mention", "offset": 6, "length": 14},
        {"type": "bot_command", "offset": 25, "length": 5},
    ]
    cmd = queued[-1]["message"]
    assert cmd["chat"]["id"] == 7 and cmd["chat"]["type"] == "private"
    assert cmd["entities"] == [{"type": "bot_command", "offset": 0, "length": 20}]
    assert FakeTelegram.text_entities("mail me a@b.com or and/or") == []
    queued[-1]["message"]["text"] = "changed"  # a copy: the queue is untouched
    assert fake.queued_updates()[-1]["message"]["text"] == "/start@RunnersFaqBot now"
    with pytest.raises(ValueError):
        fake.add_message("x", chat_type="group")  # groups need a negative chat_id
    with pytest.raises(ValueError):
        fake.add_non_text("hologram")
    with pytest.raises(ValueError):
        fake.add_message("x", user_id=5, message_thread_id=3)  # topics exist only in supergroups


def test_make_update_dict_builds_without_queueing():
    fake = FakeTelegram()
    first = fake.make_update_dict("message", "/start", user_id=7)
    second = fake.make_update_dict("callback_query", "more:1", user_id=7)
    assert fake.pending_updates() == 0
    assert second["update_id"] == first["update_id"] + 1
    assert first["message"]["text"] == "/start" and second["callback_query"]["data"] == "more:1"
    queued = fake.add_message("later")
    assert queued == second["update_id"] + 1  # reserved ids are never handed out again
    with pytest.raises(ValueError):
        fake.make_update_dict("telepathy")
    with pytest.raises(ValueError):
        fake.make_update_dict("update_dict", "x")


# ------------------------------------------------------------------ against PTB's Bot, both transports


def test_bot_basics_send_and_validate(tg, make_bot):
    async def scenario():
        async with make_bot() as bot:
            me = await bot.get_me()
            assert (me.id, me.username, me.is_bot) == (999000, "RunnersFaqBot", True)
            assert me.can_join_groups is True and me.can_read_all_group_messages is False
            assert me.supports_inline_queries is True

            keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data="more:1")]])
            m1 = await bot.send_message(1001, "<b>Hi</b> &amp; welcome 🏃", parse_mode="HTML", reply_markup=keyboard)
            m2 = await bot.send_message(1001, "123")
            with pytest.raises(BadRequest, match="(?i)can't parse entities"):
                await bot.send_message(1001, "1 < 2", parse_mode="HTML")
            with pytest.raises(BadRequest, match="(?i)message is too long"):
                await bot.send_message(1001, "x" * 4097)
            with pytest.raises(BadRequest, match="(?i)message text is empty"):
                await bot.send_message(1001, "   ")
            bad_kb = InlineKeyboardMarkup([[InlineKeyboardButton("Bad", callback_data="y" * 65)]])
            with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
                await bot.send_message(1001, "hi", reply_markup=bad_kb)
            edited = await bot.edit_message_text(
                "<i>Edited</i>", chat_id=1001, message_id=m1.message_id, parse_mode="HTML"
            )
            with pytest.raises(BadRequest, match="(?i)message is not modified"):
                await bot.edit_message_text("<i>Edited</i>", chat_id=1001, message_id=m1.message_id, parse_mode="HTML")
            with pytest.raises(BadRequest, match="(?i)message to edit not found"):
                await bot.edit_message_text("x", chat_id=1001, message_id=999)
            assert await bot.send_chat_action(1001, "typing") is True
            assert await bot.delete_message(1001, m2.message_id) is True
            with pytest.raises(BadRequest, match="(?i)caption is too long"):
                await bot.send_photo(1001, photo="AgADphoto", caption="c" * 1025)
            return m1, m2, edited

    m1, m2, edited = asyncio.run(scenario())
    assert m1.text == "Hi & welcome 🏃"
    assert m1.entities[0].type == "bold" and m1.parse_entity(m1.entities[0]) == "Hi"
    assert m1.from_user.id == 999000 and m1.chat.id == 1001 and m1.chat.type == "private"
    assert m1.reply_markup.inline_keyboard[0][0].callback_data == "more:1"
    assert m2.message_id == m1.message_id + 1 and m2.text == "123"
    assert edited.text == "Edited" and edited.edit_date is not None

    sends = tg.calls_of("sendMessage")
    assert [c.http_status for c in sends] == [200, 200, 400, 400, 400, 400]
    assert len(tg.sent_messages()) == 2
    first = sends[0].params
    assert first["chat_id"] == 1001 and first["parse_mode"] == "HTML"
    assert first["text"] == "<b>Hi</b> &amp; welcome 🏃"
    assert first["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "more:1"
    assert sends[1].params["text"] == "123"  # string params stay strings even if they look like JSON
    assert sends[2].response["description"].startswith("Bad Request: can't parse entities: ")
    raw = tg.requests
    assert all(r.http_method == "POST" and r.path.startswith(f"/bot{tg.token}/") for r in raw)
    send_raw = [r for r in raw if r.path.endswith("/sendMessage")][0]
    assert send_raw.header("content-type").startswith("application/x-www-form-urlencoded")
    assert b"chat_id=1001" in send_raw.body
    # One client, one connection: every request comes from the same peer.
    assert len({r.peer for r in raw if r.path.endswith("/sendMessage")}) == 1


def test_get_updates_offsets_limit_and_long_poll(tg, make_bot):
    ids = [tg.add_message(f"m{i}") for i in range(3)]
    assert ids == sorted(ids) and len(set(ids)) == 3
    assert tg.pending_updates() == 3

    async def scenario():
        async with make_bot() as bot:
            first = await bot.get_updates(limit=2)
            again = await bot.get_updates()  # nothing confirmed yet: all three again
            rest = await bot.get_updates(offset=first[-1].update_id + 1)
            empty = await bot.get_updates(offset=ids[-1] + 1)
            pending_after_confirm = tg.pending_updates()

            # Long poll: an update added from another thread ends the wait promptly.
            timer = threading.Timer(0.5, lambda: tg.add_message("/start late", user_id=42))
            timer.start()
            t0 = time.monotonic()
            late = await bot.get_updates(offset=ids[-1] + 1, timeout=5)
            waited = time.monotonic() - t0
            timer.join()

            t0 = time.monotonic()
            none = await bot.get_updates(offset=late[-1].update_id + 1, timeout=1)
            idle = time.monotonic() - t0
            return first, again, rest, empty, pending_after_confirm, late, waited, none, idle

    first, again, rest, empty, pending, late, waited, none, idle = asyncio.run(scenario())
    assert [u.message.text for u in first] == ["m0", "m1"]
    assert [u.update_id for u in again] == ids
    assert [u.message.text for u in rest] == ["m2"]
    assert empty == () and pending == 0
    assert 0.4 <= waited < 2.0, waited
    assert len(late) == 1 and late[0].message.text == "/start late"
    assert late[0].message.from_user.id == 42 and late[0].message.chat.id == 42
    assert late[0].message.entities[0].type == "bot_command"
    assert none == () and 0.9 <= idle < 3.0, idle
    assert tg.pending_updates() == 0
    polls = tg.calls_of("getUpdates")
    assert polls[3].params == {"offset": ids[-1] + 1}
    assert polls[4].params["timeout"] == 5


def test_long_poll_notices_a_client_that_went_away_in_process():
    tg = FakeTelegram()

    async def scenario():
        async with bot_for(tg, "in-process") as bot:
            poll = asyncio.create_task(bot.get_updates(timeout=30))
            assert await tg.async_wait_for(lambda t: t.is_polling(), 5)
            poll.cancel()
            with pytest.raises(asyncio.CancelledError):
                await poll

    asyncio.run(scenario())
    assert not tg.is_polling()
    (call,) = tg.calls_of("getUpdates")
    assert (call.http_status, call.note, call.response) == (0, "client disconnected", None)


def test_long_poll_notices_a_client_that_went_away_over_http(http_tg):
    with socket.create_connection(("127.0.0.1", http_tg.port), timeout=5) as sock:
        body = b"timeout=30"
        sock.sendall(
            f"POST /bot{http_tg.token}/getUpdates HTTP/1.1\r\nHost: x\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        assert http_tg.wait_for(lambda t: t.is_polling(), 5)
    assert http_tg.wait_for(lambda t: not t.is_polling() and t.calls_of("getUpdates"), 5)
    (call,) = http_tg.calls_of("getUpdates")
    assert (call.http_status, call.note) == (0, "client disconnected")
    # The server is still fine for the next client.
    http_tg.add_message("after")
    assert (
        httpx.post(f"{http_tg.api_url}/bot{http_tg.token}/getUpdates").json()["result"][0]["message"]["text"] == "after"
    )


def test_update_kinds_parse_in_ptb(tg, make_bot):
    tg.add_message("hello", user_id=5, username="runner5", first_name="Ann")
    tg.add_message("/start@RunnersFaqBot", user_id=5, chat_id=-100777, chat_type="supergroup")
    tg.add_message("thanks", user_id=5, reply_to_bot=True)
    tg.add_message("hello again", user_id=5, edited=True)
    for kind in ("sticker", "photo", "voice", "document", "location", "video"):
        tg.add_non_text(kind, user_id=5)
    tg.add_callback_query("more:1", user_id=5, message_id=1, message_text="Pick one")
    tg.add_inline_query("knee pain", user_id=5)

    async def scenario():
        async with make_bot() as bot:
            updates = await bot.get_updates()
            cq = updates[10].callback_query
            iq = updates[11].inline_query
            answered = await bot.answer_callback_query(cq.id, text="ok")
            edited = await bot.edit_message_text("Picked", chat_id=cq.message.chat.id, message_id=cq.message.message_id)
            with pytest.raises(BadRequest, match="(?i)query ID is invalid"):
                await bot.answer_callback_query("12345")
            with pytest.raises(BadRequest, match="(?i)MESSAGE_TOO_LONG"):
                await bot.answer_callback_query(cq.id, text="x" * 201)
            results = [
                InlineQueryResultArticle(
                    str(i), f"Title {i}", InputTextMessageContent(f"<b>{i}</b>", parse_mode="HTML")
                )
                for i in range(50)
            ]
            ok = await bot.answer_inline_query(iq.id, results)
            with pytest.raises(BadRequest, match="(?i)RESULTS_TOO_MUCH"):
                await bot.answer_inline_query(
                    iq.id, results + [InlineQueryResultArticle("x", "t", InputTextMessageContent("t"))]
                )
            with pytest.raises(BadRequest, match="(?i)RESULT_ID_DUPLICATE"):
                await bot.answer_inline_query(iq.id, results[:2] + results[:1])
            with pytest.raises(BadRequest, match="(?i)RESULT_ID_INVALID"):
                await bot.answer_inline_query(
                    iq.id, [InlineQueryResultArticle("i" * 65, "t", InputTextMessageContent("t"))]
                )
            with pytest.raises(BadRequest, match="(?i)can't parse entities"):
                await bot.answer_inline_query(
                    iq.id, [InlineQueryResultArticle("1", "t", InputTextMessageContent("a<b", parse_mode="HTML"))]
                )
            with pytest.raises(BadRequest, match="(?i)message can't be edited"):
                await bot.edit_message_text("mine now", chat_id=5, message_id=updates[2].message.message_id)
            return updates, answered, edited, ok

    updates, answered, edited, ok = asyncio.run(scenario())
    assert len(updates) == 12
    u0 = updates[0].message
    assert u0.text == "hello" and u0.from_user.username == "runner5" and u0.from_user.first_name == "Ann"
    assert u0.chat.type == "private" and u0.date is not None and not u0.entities
    group = updates[1].message
    assert group.chat.id == -100777 and group.chat.type == "supergroup"
    assert list(group.parse_entities(["bot_command"]).values()) == ["/start@RunnersFaqBot"]
    reply = updates[2].message
    assert reply.reply_to_message.from_user.id == 999000 and reply.reply_to_message.from_user.is_bot
    assert updates[3].edited_message.text == "hello again"
    assert reply.message_id == u0.message_id + 1  # message ids count per chat
    assert updates[3].edited_message.message_id == reply.message_id  # edits the last user message
    assert updates[3].edited_message.edit_date is not None
    kinds = updates[4:10]
    assert kinds[0].message.sticker and kinds[1].message.photo and kinds[2].message.voice
    assert kinds[3].message.document and kinds[4].message.location and kinds[5].message.video
    assert all(k.message.text is None for k in kinds)
    cq = updates[10].callback_query
    assert cq.data == "more:1" and cq.message.text == "Pick one" and cq.from_user.id == 5
    assert updates[11].inline_query.query == "knee pain"
    assert answered is True and ok is True and edited.text == "Picked"


def test_faults_map_to_ptb_errors(tg, make_bot):
    tg.fail_next("sendMessage", status=429, retry_after=7, description="Too Many Requests: retry after 7")
    tg.fail_next("sendMessage", status=502, description="Bad Gateway")
    tg.drop_next("sendMessage")
    tg.fail_next(
        "sendMessage",
        status=400,
        migrate_to_chat_id=-100999,
        description="Bad Request: group chat was upgraded to a supergroup chat",
    )

    async def scenario():
        async with make_bot() as bot:  # initialize() calls getMe once
            tg.fail_next("getMe", status=500, times=2)
            with pytest.raises(RetryAfter) as ra:
                await bot.send_message(1001, "a")
            with pytest.raises(NetworkError) as bad_gateway:
                await bot.send_message(1001, "b")
            with pytest.raises(NetworkError) as dropped:
                await bot.send_message(1001, "c")
            with pytest.raises(ChatMigrated) as migrated:
                await bot.send_message(-999, "c2")
            ok = await bot.send_message(1001, "d")
            for _ in range(2):
                with pytest.raises(NetworkError):
                    await bot.get_me()
            me = await bot.get_me()
        with pytest.raises(InvalidToken):
            async with make_bot(token="654321:WRONG-token"):  # initialize() calls getMe
                pass
        return ra.value, bad_gateway.value, dropped.value, migrated.value, ok, me

    ra, bad_gateway, dropped, migrated, ok, me = asyncio.run(scenario())
    assert "Retry in 7" in str(ra)
    assert not isinstance(bad_gateway, (BadRequest, RetryAfter)) and "Bad Gateway" in str(bad_gateway)
    assert not isinstance(dropped, (BadRequest, RetryAfter))
    assert migrated.new_chat_id == -100999
    assert ok.text == "d" and me.username == "RunnersFaqBot"
    statuses = [(c.http_status, c.note) for c in tg.calls_of("sendMessage")]
    assert statuses == [(429, "injected"), (502, "injected"), (0, "dropped"), (400, "injected"), (200, "")]
    assert tg.calls_of("sendMessage")[0].response["parameters"] == {"retry_after": 7}
    assert tg.calls_of("sendMessage")[3].response["parameters"] == {"migrate_to_chat_id": -100999}
    assert [c.http_status for c in tg.calls_of("getMe")] == [200, 500, 500, 200, 401]
    assert len(tg.sent_messages()) == 1
    with pytest.raises(ValueError):
        tg.fail_next("getMe", status=500, times=0)


def test_webhook_state(tg, make_bot):
    async def scenario():
        async with make_bot() as bot:
            with pytest.raises(BadRequest, match="(?i)HTTPS URL"):
                await bot.set_webhook("http://example.com/hook")
            assert await bot.set_webhook(
                "https://example.com/hook", secret_token="s3cret_-", allowed_updates=["message"]
            )
            info = await bot.get_webhook_info()
            with pytest.raises(Conflict):
                await bot.get_updates()
            assert await bot.delete_webhook()
            after = await bot.get_webhook_info()
            await bot.set_my_commands([("start", "Start"), ("help", "Help")])
            await bot.set_my_commands([("stats", "Stats")], scope=telegram.BotCommandScopeChat(4242))
            commands = await bot.get_my_commands()
            scoped = await bot.get_my_commands(scope=telegram.BotCommandScopeChat(4242))
            with pytest.raises(BadRequest, match="(?i)BOT_COMMAND_INVALID"):
                await bot.set_my_commands([("Bad-Command", "x")])
            await bot.delete_my_commands()
            return info, after, commands, scoped, await bot.get_my_commands()

    info, after, commands, scoped, deleted = asyncio.run(scenario())
    assert info.url == "https://example.com/hook" and info.allowed_updates == ("message",) and after.url == ""
    assert [c.command for c in commands] == ["start", "help"]
    assert [c.command for c in scoped] == ["stats"]
    assert deleted == ()


def test_forum_topics(tg, make_bot):
    forum = -1008800
    tg.add_message(
        "in a topic", user_id=5, chat_id=forum, chat_type="supergroup", message_thread_id=42, topic_name="Knees"
    )
    tg.add_message("outside topics", user_id=6, chat_id=forum, chat_type="supergroup")

    async def scenario():
        async with make_bot() as bot:
            updates = await bot.get_updates()
            question = updates[0].message
            answer = await bot.send_message(forum, "answer", message_thread_id=42)
            quoted = await bot.send_message(forum, "quoted", reply_parameters=ReplyParameters(question.message_id))
            doc = await bot.send_document(forum, b"plan", filename="plan.txt", message_thread_id=42)
            with pytest.raises(BadRequest, match="(?i)message thread not found"):
                await bot.send_message(forum, "x", message_thread_id=7)
            with pytest.raises(BadRequest, match="(?i)message thread not found"):
                await bot.send_message(5, "x", message_thread_id=42)
            return updates, answer, quoted, doc

    updates, answer, quoted, doc = asyncio.run(scenario())
    question, outside = updates[0].message, updates[1].message
    assert question.is_topic_message and question.message_thread_id == 42 and question.chat.is_forum
    assert question.reply_to_message.forum_topic_created.name == "Knees"
    assert question.reply_to_message.message_id == 42
    assert not outside.is_topic_message and outside.message_thread_id is None and outside.chat.is_forum
    assert (answer.message_thread_id, answer.is_topic_message) == (42, True)
    assert quoted.message_thread_id == 42 and quoted.reply_to_message.message_id == question.message_id
    assert doc.message_thread_id == 42
    assert tg.calls_of("sendMessage")[0].params["message_thread_id"] == 42
    assert tg.calls_of("sendDocument")[0].params["message_thread_id"] == 42
    assert tg.sent_documents()[0].message_thread_id == 42


def test_a_group_upgraded_to_a_supergroup(tg, make_bot):
    tg.add_message("hello group", user_id=5, chat_id=-4001, chat_type="group")
    service = tg.migrate_chat(-4001, -1004001, user_id=5)

    async def scenario():
        async with make_bot() as bot:
            updates = await bot.get_updates()
            with pytest.raises(ChatMigrated) as migrated:
                await bot.send_message(-4001, "to the old group")
            with pytest.raises(ChatMigrated):
                await bot.send_document(-4001, b"x", filename="x.txt")
            moved = await bot.send_message(migrated.value.new_chat_id, "to the supergroup")
            return updates, migrated.value, moved

    updates, migrated, moved = asyncio.run(scenario())
    assert [u.update_id for u in updates[1:]] == service
    assert updates[1].message.migrate_to_chat_id == -1004001 and updates[1].message.chat.id == -4001
    assert updates[2].message.migrate_from_chat_id == -4001 and updates[2].message.chat.type == "supergroup"
    assert migrated.new_chat_id == -1004001
    assert moved.chat.id == -1004001 and moved.chat.type == "supergroup"
    failed = tg.calls_of("sendMessage")[0]
    assert failed.http_status == 400 and failed.note == ""  # the fake's own answer, not an injected one
    assert failed.response["parameters"] == {"migrate_to_chat_id": -1004001}
    assert tg.migrate_chat(-4002, -1004002, service_messages=False) == []
    with pytest.raises(ValueError):
        tg.migrate_chat(-4003, -4003)


def test_captions_and_downloadable_files(tg, make_bot, transport):
    photo_bytes = b"\xff\xd8\xff\xe0 a small jpeg" * 10
    tg.add_photo("/start@RunnersFaqBot my knee", user_id=5, photo_bytes=photo_bytes)
    tg.add_document(b"%PDF-1.4 training plan", "plan.pdf", caption="my plan", user_id=5)
    tg.add_document(b"a,b\n", "data.csv", user_id=5, mime_type="text/plain")

    async def scenario():
        async with make_bot() as bot:
            updates = await bot.get_updates()
            photo_file = await bot.get_file(updates[0].message.photo[-1].file_id)
            photo = bytes(await photo_file.download_as_bytearray())
            doc_file = await bot.get_file(updates[1].message.document.file_id)
            doc = bytes(await doc_file.download_as_bytearray())
            with pytest.raises(BadRequest, match="(?i)invalid file_id"):
                await bot.get_file("no-such-file")
            with pytest.raises(InvalidToken):  # Telegram answers 404; PTB calls that InvalidToken
                await bot.request.retrieve(doc_file.file_path.replace("plan", "missing").replace("file_", "nofile_"))
            return updates, photo_file, photo, doc_file, doc

    updates, photo_file, photo, doc_file, doc = asyncio.run(scenario())
    with_photo = updates[0].message
    assert with_photo.caption == "/start@RunnersFaqBot my knee"
    assert [(e.type, e.offset, e.length) for e in with_photo.caption_entities] == [("bot_command", 0, 20)]
    assert with_photo.text is None and len(with_photo.photo) == 2
    assert photo == photo_bytes and with_photo.photo[-1].file_size == len(photo_bytes)
    document = updates[1].message.document
    assert (document.file_name, document.mime_type, document.file_size) == ("plan.pdf", "application/pdf", 22)
    assert updates[1].message.caption == "my plan" and not updates[1].message.caption_entities
    assert doc == b"%PDF-1.4 training plan" and doc_file.file_path.endswith(".pdf")
    assert updates[2].message.document.mime_type == "text/plain"
    base = tg.base_file_url if transport == "http" else "https://api.telegram.org/file/bot"
    assert doc_file.file_path.startswith(f"{base}{tg.token}/documents/")


def test_send_document_is_stored_and_retrievable(tg, make_bot):
    async def scenario():
        async with make_bot() as bot:
            sent = await bot.send_document(
                1001, document=b"col1,col2\n1,2\n", filename="export.csv", caption="<b>Export</b>", parse_mode="HTML"
            )
            again = await bot.send_document(1002, document=sent.document.file_id)
            file = await bot.get_file(sent.document.file_id)
            data = bytes(await file.download_as_bytearray())
            recaptioned = await bot.edit_message_caption(chat_id=1001, message_id=sent.message_id, caption="v2")
            with pytest.raises(BadRequest, match="(?i)wrong file identifier"):
                await bot.send_document(1001, document="no-such-file-id")
            with pytest.raises(BadRequest, match="(?i)caption is too long"):
                await bot.send_document(1001, document=b"x", filename="x.txt", caption="c" * 1025)
            return sent, again, data, recaptioned

    sent, again, data, recaptioned = asyncio.run(scenario())
    assert sent.document.file_name == "export.csv" and sent.caption == "Export"
    assert sent.caption_entities[0].type == "bold"
    assert again.document.file_id == sent.document.file_id and again.chat.id == 1002
    assert data == b"col1,col2\n1,2\n"
    assert recaptioned.caption == "v2" and recaptioned.edit_date is not None
    first, second = tg.sent_documents()
    assert (first.chat_id, first.file_name, first.data, first.caption) == (
        1001,
        "export.csv",
        b"col1,col2\n1,2\n",
        "Export",
    )
    assert first.message_id == sent.message_id and first.message_thread_id is None
    assert second.file is first.file and tg.stored_file(sent.document.file_id) is first.file
    upload = tg.calls_of("sendDocument")[0].params["document"]
    assert upload == {"filename": "export.csv", "content_type": "text/csv", "size": 14, "data": b"col1,col2\n1,2\n"}
    assert [c.http_status for c in tg.calls_of("sendDocument")] == [200, 200, 400, 400]


def test_channel_posts_and_automatic_forwards(tg, make_bot):
    channel, discussion = -1009001, -1009002
    post_id = tg.add_channel_post("News for @RunnersFaqBot", channel, title="Runners News", username="runnersnews")
    tg.add_automatic_forward("News for @RunnersFaqBot", group_id=discussion, channel_id=channel)

    async def scenario():
        async with make_bot() as bot:
            updates = await bot.get_updates()
            to_channel = await bot.send_message(channel, "from the bot")
            tg.add_channel_post("only messages wanted", channel)
            filtered = await bot.get_updates(offset=updates[-1].update_id + 1, allowed_updates=["message"])
            return updates, to_channel, filtered

    updates, to_channel, filtered = asyncio.run(scenario())
    post = updates[0].channel_post
    assert updates[0].update_id == post_id
    assert post.chat.type == "channel" and post.chat.title == "Runners News" and post.chat.username == "runnersnews"
    assert post.sender_chat.id == channel and post.from_user is None
    assert post.entities[0].type == "mention"
    forward = updates[1].message
    assert forward.is_automatic_forward and forward.chat.id == discussion and forward.chat.type == "supergroup"
    assert forward.sender_chat.id == channel and forward.from_user.id == 777000
    assert forward.forward_origin.type == "channel" and forward.forward_origin.chat.id == channel
    assert forward.forward_origin.message_id == post.message_id
    assert to_channel.sender_chat.id == channel and to_channel.from_user is None
    assert filtered == () and tg.pending_updates() == 0  # Telegram drops what the bot did not ask for


def test_both_transports_share_one_state_and_answer_the_same_bytes(http_tg):
    async def scenario():
        request = http_tg.request()
        async with httpx.AsyncClient() as client:
            for method, query in (
                ("getMe", ""),
                ("sendMessage", "chat_id=5&text=1+%3C+2&parse_mode=HTML"),
                ("sendTelepathy", ""),
                ("getFile", "file_id=nope"),
            ):
                over_http = await client.post(f"{http_tg.api_url}/bot{http_tg.token}/{method}?{query}")
                in_process = await request.do_request(
                    f"https://api.telegram.org/bot{http_tg.token}/{method}?{query}", "POST"
                )
                assert in_process == (over_http.status_code, over_http.content), method
        async with bot_for(http_tg, "http") as over_http, bot_for(http_tg, "in-process") as in_process:
            first = await over_http.send_message(7, "one")
            second = await in_process.send_message(7, "two")
        return first, second

    first, second = asyncio.run(scenario())
    assert second.message_id == first.message_id + 1  # one chat, one message counter
    peers = {r.peer for r in http_tg.requests}
    assert any(p and p[0] == "in-process" for p in peers) and any(p and p[0] == "127.0.0.1" for p in peers)


def test_a_bug_in_the_fake_answers_500_rather_than_hanging(monkeypatch):
    tg = FakeTelegram()

    def broken(params: dict) -> dict:
        raise ZeroDivisionError("oops")

    monkeypatch.setattr(tg, "_api_getMe", broken)
    answer = asyncio.run(tg.answer(f"/bot{tg.token}/getMe", {}))
    assert answer.status == 500 and "ZeroDivisionError" in json.loads(answer.body)["description"]
    assert tg.calls[0].note.startswith("fake error: ")


# ------------------------------------------------------------------ PTB's Application in-process


async def _reply_hello(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("Hello!")


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("echo: " + update.message.text)


def test_application_process_update_in_process():
    tg = FakeTelegram()

    async def scenario():
        app = tg.application_builder().build()
        app.add_handler(CommandHandler("start", _reply_hello))
        async with app:
            await app.process_update(Update.de_json(tg.make_update_dict("message", "/start", user_id=7), app.bot))
            await app.process_update(
                Update.de_json(
                    tg.make_update_dict(
                        "message", "/start", user_id=8, chat_id=-100500, chat_type="supergroup", message_thread_id=3
                    ),
                    app.bot,
                )
            )

    asyncio.run(scenario())
    assert [(c.params["chat_id"], c.params["text"]) for c in tg.sent_messages()] == [(7, "Hello!"), (-100500, "Hello!")]
    assert tg.sent_messages()[1].params["message_thread_id"] == 3  # PTB's reply_text stays in the topic
    assert tg.sent_messages()[1].result["is_topic_message"] is True
    assert [c.method for c in tg.calls] == ["getMe", "sendMessage", "sendMessage"]
    assert tg.pending_updates() == 0 and tg.requests[0].peer[0] == "in-process"


def test_application_updater_polls_in_process():
    tg = FakeTelegram()

    async def scenario():
        app = tg.application_builder().build()
        app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
        async with app:
            await app.updater.start_polling(poll_interval=0, timeout=5)
            await app.start()
            assert await tg.async_wait_for(lambda t: t.is_polling(), 5)
            tg.add_message("one", user_id=1)
            threading.Thread(target=tg.add_message, args=("two",), kwargs={"user_id": 2}).start()
            answered = await tg.async_wait_for(lambda t: len(t.sent_messages()) == 2 and t.is_polling(), 5)
            await app.updater.stop()
            await app.stop()
        return answered

    assert asyncio.run(scenario())
    assert sorted((c.params["chat_id"], c.params["text"]) for c in tg.sent_messages()) == [
        (1, "echo: one"),
        (2, "echo: two"),
    ]
    assert tg.pending_updates() == 0 and not tg.is_polling()
    polls = tg.calls_of("getUpdates")
    assert polls[-2].note == "client disconnected"  # the poll the updater cancelled when it stopped
    assert polls[-1].params["timeout"] == 0 and polls[-1].ok  # then it confirmed the last offset


# ------------------------------------------------------------------ HTTP only


def test_http_level_errors_keepalive_and_bodies(http_tg):
    tg = http_tg
    doc = tg.make_document(b"bytes on disk", "notes.txt")["message"]["document"]
    file_path = tg.stored_file(doc["file_id"]).file_path
    with httpx.Client(base_url=tg.api_url) as client:
        unknown = client.post(f"/bot{tg.token}/sendTelepathy")
        assert unknown.status_code == 404
        assert unknown.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
        unauthorized = client.post("/bot1:nope/getMe")
        assert unauthorized.status_code == 401
        assert unauthorized.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
        assert client.get("/favicon.ico").status_code == 404
        other = client.post(f"/bot{tg.token}/pinChatMessage", data={"chat_id": "5", "message_id": "3"})
        assert other.json() == {"ok": True, "result": True}
        as_json = client.post(f"/bot{tg.token}/sendMessage", json={"chat_id": 5, "text": "json body"})
        assert as_json.json()["result"]["text"] == "json body"
        lower = client.post(f"/bot{tg.token}/getme")  # Telegram method names are case-insensitive
        assert lower.json()["result"]["username"] == "RunnersFaqBot"
        in_query = client.get(f"/bot{tg.token}/sendMessage", params={"chat_id": 6, "text": "by GET"})
        assert in_query.json()["result"]["chat"]["id"] == 6
        not_utf8 = client.post(
            f"/bot{tg.token}/sendMessage",
            content=b"chat_id=5&text=%FF",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert not_utf8.status_code == 400 and "can't parse request body" in not_utf8.json()["description"]
        uploaded = client.post(
            f"/bot{tg.token}/sendDocument",
            data={"chat_id": "9", "caption": "up"},
            files={"document": ("r.txt", b"raw upload", "text/plain")},
        )
        assert uploaded.json()["result"]["document"]["file_name"] == "r.txt"
        download = client.get(f"/file/bot{tg.token}/{file_path}")
        assert download.status_code == 200 and download.content == b"bytes on disk"
        assert download.headers["content-type"] == "text/plain"
        assert client.get(f"/file/bot1:nope/{file_path}").status_code == 401
        assert client.get(f"/file/bot{tg.token}/documents/missing.txt").status_code == 404
    assert tg.calls_of("pinChatMessage")[0].params == {"chat_id": 5, "message_id": 3}
    assert tg.sent_documents()[0].data == b"raw upload" and tg.sent_documents()[0].caption == "up"
    assert len({r.peer for r in tg.requests}) == 1  # every request on one keep-alive connection
    assert tg.requests[0].path == f"/bot{tg.token}/sendTelepathy"


def test_reset_calls_and_restart_errors(http_tg):
    httpx.post(f"{http_tg.api_url}/bot{http_tg.token}/getMe")
    assert len(http_tg.calls) == 1 and len(http_tg.requests) == 1
    http_tg.reset_calls()
    assert http_tg.calls == [] and http_tg.requests == []
    with pytest.raises(RuntimeError):
        http_tg.start()
    assert isinstance(http_tg.request(), FakeRequest)


# ------------------------------------------------------------------ a real Application in a subprocess

ECHO_BOT = textwrap.dedent(
    """
    import logging, os
    from telegram.ext import Application, CommandHandler, MessageHandler, filters

    logging.basicConfig(level=logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)

    async def start(update, context):
        await update.message.reply_text("Hello!")

    async def echo(update, context):
        await update.message.reply_text("echo: " + update.message.text)

    app = Application.builder().token(os.environ["BOT_TOKEN"]).base_url(os.environ["BOT_BASE_URL"]).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.run_polling()
    """
)


def test_application_run_polling_in_subprocess(http_tg, tmp_path):
    tg = http_tg
    script = tmp_path / "echo_bot.py"
    script.write_text(ECHO_BOT)
    env = {**os.environ, "BOT_TOKEN": tg.token, "BOT_BASE_URL": f"{tg.api_url}/bot"}
    proc = subprocess.Popen(
        [sys.executable, str(script)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert tg.wait_for(lambda t: t.is_polling(), timeout=20), "bot never started polling"
        tg.add_message("/start", user_id=11)
        tg.add_message("hello there", user_id=12)
        tg.add_message("🏃 5 < 10 & fast", user_id=11)
        tg.add_message("/start@RunnersFaqBot", user_id=13, chat_id=-100555, chat_type="supergroup")
        tg.add_message("/start@SomeOtherBot", user_id=13, chat_id=-100555, chat_type="supergroup")
        assert tg.wait_for(lambda t: len(t.sent_messages()) >= 4 and t.pending_updates() == 0, timeout=15)
        time.sleep(0.7)  # anything sent twice would show up now
        sent = sorted((c.params["chat_id"], c.params["text"]) for c in tg.sent_messages())
        assert sent == sorted(
            [(11, "Hello!"), (12, "echo: hello there"), (11, "echo: 🏃 5 < 10 & fast"), (-100555, "Hello!")]
        )
        assert proc.poll() is None
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            out, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err, err
    assert tg.token not in err + out  # httpx URL logging was silenced
    methods = [c.method for c in tg.calls]
    assert methods[:3] == ["getMe", "deleteWebhook", "getUpdates"]
    # On stopping, PTB confirms the offset with a getUpdates of timeout 0. On a loaded machine the long
    # poll it interrupts may be recorded after it (as "client disconnected"), so look at the last two.
    assert any(c.params.get("timeout") == 0 and c.http_status == 200 for c in tg.calls_of("getUpdates")[-2:])
    assert tg.pending_updates() == 0
    assert all(c.http_status == 200 or c.note == "client disconnected" for c in tg.calls)
    assert all(r.http_method == "POST" and r.path.startswith(f"/bot{tg.token}/") for r in tg.requests)
