"""Self-tests of tests/fake_telegram.py against the real python-telegram-bot client."""
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
from pathlib import Path

import httpx
import pytest
import telegram
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResultArticle, InputTextMessageContent
from telegram.error import BadRequest, Conflict, InvalidToken, NetworkError, RetryAfter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fake_telegram import (  # noqa: E402
    FakeTelegram,
    parse_telegram_html,
    utf16_len,
    validate_reply_markup,
    validate_telegram_html,
)


@pytest.fixture
def tg():
    with FakeTelegram() as fake:
        yield fake


def make_bot(fake: FakeTelegram, token: str | None = None) -> telegram.Bot:
    return telegram.Bot(token or fake.token, base_url=f"{fake.api_url}/bot")


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
        ("<b>open", "Can't find end tag corresponding to start tag \"b\""),
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


def test_reply_markup_validation():
    ok = {"inline_keyboard": [[{"text": "A", "callback_data": "x" * 64}, {"text": "B", "url": "https://t.me/x"}]]}
    assert validate_reply_markup(ok) is None
    assert validate_reply_markup(json.dumps(ok)) is None
    assert validate_reply_markup({"inline_keyboard": [[{"text": "A", "callback_data": "x" * 65}]]}) == "BUTTON_DATA_INVALID"
    assert validate_reply_markup({"inline_keyboard": [[{"text": "A", "callback_data": "é" * 33}]]}) == "BUTTON_DATA_INVALID"
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


def test_update_builders_entities_in_utf16():
    fake = FakeTelegram()  # builders work without starting the server
    fake.add_message("🏃 hi @RunnersFaqBot and /help", chat_id=-100123, chat_type="supergroup")
    fake.add_message("/start@RunnersFaqBot now", user_id=7)
    update = fake._updates[-2]
    msg = update["message"]
    assert msg["chat"] == {"id": -100123, "type": "supergroup", "title": "Test Group"}
    assert msg["entities"] == [
        {"type": "mention", "offset": 6, "length": 14},
        {"type": "bot_command", "offset": 25, "length": 5},
    ]
    cmd = fake._updates[-1]["message"]
    assert cmd["chat"]["id"] == 7 and cmd["chat"]["type"] == "private"
    assert cmd["entities"] == [{"type": "bot_command", "offset": 0, "length": 20}]
    assert FakeTelegram.text_entities("mail me a@b.com or and/or") == []
    with pytest.raises(ValueError):
        fake.add_message("x", chat_type="group")  # groups need a negative chat_id
    with pytest.raises(ValueError):
        fake.add_non_text("hologram")


# ------------------------------------------------------------------ against PTB's Bot


def test_bot_basics_send_and_validate(tg):
    async def scenario():
        async with make_bot(tg) as bot:
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
            edited = await bot.edit_message_text("<i>Edited</i>", chat_id=1001, message_id=m1.message_id, parse_mode="HTML")
            with pytest.raises(BadRequest, match="(?i)message is not modified"):
                await bot.edit_message_text("<i>Edited</i>", chat_id=1001, message_id=m1.message_id, parse_mode="HTML")
            with pytest.raises(BadRequest, match="(?i)message to edit not found"):
                await bot.edit_message_text("x", chat_id=1001, message_id=999)
            assert await bot.send_chat_action(1001, "typing") is True
            assert await bot.delete_message(1001, m2.message_id) is True
            doc = await bot.send_document(1001, document=b"hello file", filename="a.txt", caption="<b>c</b>", parse_mode="HTML")
            return m1, m2, edited, doc

    m1, m2, edited, doc = asyncio.run(scenario())
    assert m1.text == "Hi & welcome 🏃"
    assert m1.entities[0].type == "bold" and m1.parse_entity(m1.entities[0]) == "Hi"
    assert m1.from_user.id == 999000 and m1.chat.id == 1001 and m1.chat.type == "private"
    assert m1.reply_markup.inline_keyboard[0][0].callback_data == "more:1"
    assert m2.message_id == m1.message_id + 1 and m2.text == "123"
    assert edited.text == "Edited" and edited.edit_date is not None
    assert doc.caption == "c" and doc.document is not None

    sends = tg.calls_of("sendMessage")
    assert [c.http_status for c in sends] == [200, 200, 400, 400, 400, 400]
    assert len(tg.sent_messages()) == 2
    first = sends[0].params
    assert first["chat_id"] == 1001 and first["parse_mode"] == "HTML"
    assert first["text"] == "<b>Hi</b> &amp; welcome 🏃"
    assert first["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "more:1"
    assert sends[1].params["text"] == "123"  # string params stay strings even if they look like JSON
    assert sends[2].response["description"].startswith("Bad Request: can't parse entities: ")
    # multipart upload parsed
    upload = tg.calls_of("sendDocument")[0].params
    assert upload["chat_id"] == 1001 and upload["caption"] == "<b>c</b>"
    files = [v for v in upload.values() if isinstance(v, dict) and "filename" in v]
    assert files and files[0]["data"] == b"hello file" and files[0]["filename"] == "a.txt"
    # raw requests: POST to /bot<token>/<method>, form-encoded bodies
    raw = tg.requests
    assert all(r.http_method == "POST" and r.path.startswith(f"/bot{tg.token}/") for r in raw)
    send_raw = [r for r in raw if r.path.endswith("/sendMessage")][0]
    assert send_raw.header("content-type").startswith("application/x-www-form-urlencoded")
    # httpx keeps the connection alive: several requests share one client port
    assert len({r.peer for r in raw}) < len(raw)


def test_get_updates_offsets_limit_and_long_poll(tg):
    ids = [tg.add_message(f"m{i}") for i in range(3)]
    assert ids == sorted(ids) and len(set(ids)) == 3
    assert tg.pending_updates() == 3

    async def scenario():
        async with make_bot(tg) as bot:
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


def test_update_kinds_parse_in_ptb(tg):
    tg.add_message("hello", user_id=5, username="runner5", first_name="Ann")
    tg.add_message("/start@RunnersFaqBot", user_id=5, chat_id=-100777, chat_type="supergroup")
    tg.add_message("thanks", user_id=5, reply_to_bot=True)
    tg.add_message("hello again", user_id=5, edited=True)
    for kind in ("sticker", "photo", "voice", "document", "location", "video"):
        tg.add_non_text(kind, user_id=5)
    tg.add_callback_query("more:1", user_id=5, message_id=1, message_text="Pick one")
    tg.add_inline_query("knee pain", user_id=5)

    async def scenario():
        async with make_bot(tg) as bot:
            updates = await bot.get_updates()
            cq = updates[10].callback_query
            iq = updates[11].inline_query
            answered = await bot.answer_callback_query(cq.id, text="ok")
            edited = await bot.edit_message_text("Picked", chat_id=cq.message.chat.id, message_id=cq.message.message_id)
            with pytest.raises(BadRequest, match="(?i)query ID is invalid"):
                await bot.answer_callback_query("12345")
            results = [
                InlineQueryResultArticle(str(i), f"Title {i}", InputTextMessageContent(f"<b>{i}</b>", parse_mode="HTML"))
                for i in range(50)
            ]
            ok = await bot.answer_inline_query(iq.id, results)
            with pytest.raises(BadRequest, match="(?i)RESULTS_TOO_MUCH"):
                await bot.answer_inline_query(iq.id, results + [InlineQueryResultArticle("x", "t", InputTextMessageContent("t"))])
            with pytest.raises(BadRequest, match="(?i)RESULT_ID_DUPLICATE"):
                await bot.answer_inline_query(iq.id, results[:2] + results[:1])
            with pytest.raises(BadRequest, match="(?i)RESULT_ID_INVALID"):
                await bot.answer_inline_query(iq.id, [InlineQueryResultArticle("i" * 65, "t", InputTextMessageContent("t"))])
            with pytest.raises(BadRequest, match="(?i)can't parse entities"):
                await bot.answer_inline_query(
                    iq.id, [InlineQueryResultArticle("1", "t", InputTextMessageContent("a<b", parse_mode="HTML"))]
                )
            return updates, answered, edited, ok

    updates, answered, edited, ok = asyncio.run(scenario())
    assert len(updates) == 12
    u0 = updates[0].message
    assert u0.text == "hello" and u0.from_user.username == "runner5" and u0.from_user.first_name == "Ann"
    assert u0.chat.type == "private" and u0.date is not None and not u0.entities
    group = updates[1].message
    assert group.chat.id == -100777 and group.chat.type == "supergroup"
    assert group.parse_entities(["bot_command"]) and list(group.parse_entities(["bot_command"]).values()) == [
        "/start@RunnersFaqBot"
    ]
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


def test_faults_map_to_ptb_errors(tg):
    tg.fail_next("sendMessage", status=429, retry_after=7, description="Too Many Requests: retry after 7")
    tg.fail_next("sendMessage", status=502, description="Bad Gateway")
    tg.drop_next("sendMessage")

    async def scenario():
        async with make_bot(tg) as bot:  # initialize() calls getMe once
            tg.fail_next("getMe", status=500, times=2)
            with pytest.raises(RetryAfter) as ra:
                await bot.send_message(1001, "a")
            with pytest.raises(NetworkError) as bad_gateway:
                await bot.send_message(1001, "b")
            with pytest.raises(NetworkError) as dropped:
                await bot.send_message(1001, "c")
            ok = await bot.send_message(1001, "d")
            for _ in range(2):
                with pytest.raises(NetworkError):
                    await bot.get_me()
            me = await bot.get_me()
        with pytest.raises(InvalidToken):
            async with make_bot(tg, token="654321:WRONG-token"):  # initialize() calls getMe
                pass
        return ra.value, bad_gateway.value, dropped.value, ok, me

    ra, bad_gateway, dropped, ok, me = asyncio.run(scenario())
    assert "Retry in 7" in str(ra)
    assert not isinstance(bad_gateway, (BadRequest, RetryAfter)) and "Bad Gateway" in str(bad_gateway)
    assert not isinstance(dropped, (BadRequest, RetryAfter))
    assert ok.text == "d" and me.username == "RunnersFaqBot"
    statuses = [(c.http_status, c.note) for c in tg.calls_of("sendMessage")]
    assert statuses == [(429, "injected"), (502, "injected"), (0, "dropped"), (200, "")]
    assert tg.calls_of("sendMessage")[0].response["parameters"] == {"retry_after": 7}
    assert [c.http_status for c in tg.calls_of("getMe")] == [200, 500, 500, 200, 401]
    assert len(tg.sent_messages()) == 1


def test_http_level_errors_and_keepalive(tg):
    with httpx.Client(base_url=tg.api_url) as client:
        unknown = client.post(f"/bot{tg.token}/sendTelepathy")
        assert unknown.status_code == 404
        assert unknown.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
        unauthorized = client.post("/bot1:nope/getMe")
        assert unauthorized.status_code == 401
        assert unauthorized.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
        other = client.post(f"/bot{tg.token}/pinChatMessage", data={"chat_id": "5", "message_id": "3"})
        assert other.json() == {"ok": True, "result": True}
        as_json = client.post(f"/bot{tg.token}/sendMessage", json={"chat_id": 5, "text": "json body"})
        assert as_json.json()["result"]["text"] == "json body"
        lower = client.post(f"/bot{tg.token}/getme")  # Telegram method names are case-insensitive
        assert lower.json()["result"]["username"] == "RunnersFaqBot"
    assert tg.calls_of("pinChatMessage")[0].params == {"chat_id": 5, "message_id": 3}
    assert len({r.peer for r in tg.requests}) == 1  # five requests, one keep-alive connection

    # Connection: close is honoured: the server answers, then closes the socket.
    with socket.create_connection(("127.0.0.1", tg.port), timeout=5) as sock:
        body = b"chat_id=9&text=bye"
        sock.sendall(
            f"POST /bot{tg.token}/sendMessage HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, payload = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200") and b"Connection: close" in head
    assert json.loads(payload)["result"]["text"] == "bye"

    # Pipelined requests on one connection, one with a chunked body, are answered in order.
    with socket.create_connection(("127.0.0.1", tg.port), timeout=5) as sock:
        chunked = b"8\r\nchat_id=\r\nc\r\n9&text=piped\r\n0\r\n\r\n"
        sock.sendall(
            f"POST /bot{tg.token}/getMe HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n".encode()
            + f"POST /bot{tg.token}/sendMessage HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\n".encode()
            + chunked
        )
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    bodies = [json.loads(part.split(b"\r\n\r\n", 1)[1].split(b"HTTP/1.1")[0]) for part in data.split(b"HTTP/1.1 ")[1:]]
    assert bodies[0]["result"]["username"] == "RunnersFaqBot"
    assert bodies[1]["result"]["text"] == "piped" and bodies[1]["result"]["chat"]["id"] == 9
    assert tg.calls_of("sendMessage")[-1].params == {"chat_id": 9, "text": "piped"}


def test_webhook_state(tg):
    async def scenario():
        async with make_bot(tg) as bot:
            with pytest.raises(BadRequest, match="(?i)HTTPS URL"):
                await bot.set_webhook("http://example.com/hook")
            assert await bot.set_webhook("https://example.com/hook", secret_token="s3cret_-")
            info = await bot.get_webhook_info()
            with pytest.raises(Conflict):
                await bot.get_updates()
            assert await bot.delete_webhook()
            after = await bot.get_webhook_info()
            await bot.set_my_commands([("start", "Start"), ("help", "Help")])
            commands = await bot.get_my_commands()
            with pytest.raises(BadRequest, match="(?i)BOT_COMMAND_INVALID"):
                await bot.set_my_commands([("Bad-Command", "x")])
            return info, after, commands

    info, after, commands = asyncio.run(scenario())
    assert info.url == "https://example.com/hook" and after.url == ""
    assert [c.command for c in commands] == ["start", "help"]


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


def test_application_run_polling_in_subprocess(tg, tmp_path):
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
    last_poll = tg.calls_of("getUpdates")[-1]
    assert last_poll.params.get("timeout") == 0 and last_poll.http_status == 200
    assert tg.pending_updates() == 0
    assert all(c.http_status == 200 or c.note == "client disconnected" for c in tg.calls)
    assert all(r.http_method == "POST" and r.path.startswith(f"/bot{tg.token}/") for r in tg.requests)
