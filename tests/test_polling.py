"""Polling in process: the update journal (bot.telegram_bot.journal, the journal table of bot.store,
polling.UpdateQueue) and the backpressure of polling.GatedUpdatesRequest, with the bot's own updater
long-polling the fake Bot API (tests/helpers.py polling()).

What a crash does to a real process is in tests/test_telegram_e2e.py (hard kill); here the state a
crash would leave behind is read at the moment each reply leaves: what the database has committed
and what Telegram has not been told arrived.
"""
from __future__ import annotations

import asyncio
import sqlite3
from contextlib import closing

import pytest
from helpers import ANSWER, NONE, ROOT, Watching, polling, sent, settings_for
from telegram import Bot, Update
from telegram.error import BadRequest, NetworkError
from telegram.ext import Application

from bot.store import JOURNAL_BATCH, Store
from bot.telegram_bot import app as app_mod
from bot.telegram_bot import journal
from bot.telegram_bot.polling import UpdateQueue


def journal_rows(db) -> dict[int, tuple[str | None, int]]:
    """update_id -> (payload, done), as committed (what a crash would leave)."""
    with closing(sqlite3.connect(db)) as conn:
        try:
            rows = conn.execute("SELECT update_id, payload, done FROM journal").fetchall()
        except sqlite3.OperationalError:  # not created yet
            return {}
    return {uid: (payload, done) for uid, payload, done in rows}


def poll_until(bot, done, timeout: float = 20.0) -> None:
    """Run the bot's updater until `done(fake)` holds and every update has been confirmed, then stop it."""
    async def scenario() -> None:
        async with polling(bot.app):
            assert await bot.fake.async_wait_for(lambda t: done(t) and t.pending_updates() == 0, timeout)

    bot.run(scenario())


def test_a_polled_question_is_journaled_before_telegram_is_told_then_marked_answered(make_bot, api, tmp_path):
    db = tmp_path / "bot.sqlite3"
    uid = api.add_message(ANSWER)
    at_confirmation: list[dict] = []  # the committed journal when each getUpdates confirming it left

    async def before(method: str, params: dict) -> None:
        if method == "getUpdates" and params.get("offset", 0) > uid:
            at_confirmation.append(journal_rows(db))

    bot = make_bot(updates_request=Watching(api.request(), before))
    poll_until(bot, lambda t: len(sent(t.calls)) == 1)
    assert uid in at_confirmation[0]
    assert journal_rows(db) == {uid: (None, 1)}  # answered: the text is gone, the id kept a while


def test_questions_a_crash_left_unanswered_are_answered_first_and_their_redelivery_dropped(make_bot, api, tmp_path):
    crashed = [api.make_update_dict("message", text, user_id=user) for user, text in ((501, ANSWER), (502, NONE))]
    log = Store(tmp_path / "bot.sqlite3")
    for update in crashed:
        log.journal(update["update_id"], journal.payload(Update.de_json(update, Bot(api.token))))
    log.close()
    for update in crashed:
        api.add_update(update)  # never confirmed before the crash: Telegram delivers them again
    api.add_message("hi", user_id=503)
    bot = make_bot()
    poll_until(bot, lambda t: len(sent(t.calls)) >= 3)
    chats = [c.params["chat_id"] for c in sent(api.calls)]
    assert sorted(chats[:2]) == [501, 502] and chats[2:] == [503]
    assert set(journal_rows(tmp_path / "bot.sqlite3").values()) == {(None, 1)}


def test_the_bots_own_inline_answer_left_in_the_journal_is_still_not_answered(make_bot, api, tmp_path):
    inline_answer = api.make_update_dict("message", ANSWER, user_id=501)
    inline_answer["message"]["via_bot"] = api.bot_user()  # sent with @RunnersFaqBot in the chat with the bot
    log = Store(tmp_path / "bot.sqlite3")
    log.journal(inline_answer["update_id"], journal.payload(Update.de_json(inline_answer, Bot(api.token))))
    log.close()
    api.add_message("hi", user_id=502)
    poll_until(make_bot(), lambda t: len(sent(t.calls, 502)) == 1)
    assert [c.params["text"][:40] for c in sent(api.calls, 501)] == []


def test_an_unreadable_journal_row_is_dropped_and_the_bot_goes_on(make_bot, api, tmp_path, caplog):
    log = Store(tmp_path / "bot.sqlite3")
    log.journal(7, "{not json")
    log.close()
    api.add_message("hi")
    bot = make_bot()
    poll_until(bot, lambda t: len(sent(t.calls)) == 1)
    assert journal_rows(tmp_path / "bot.sqlite3")[7] == (None, 1)
    assert "Dropping a journal entry that cannot be read" in caplog.text


@pytest.fixture
def slow_sends(api):
    """The fake's request object, each send taking a moment (as over a network), so that the
    updater can poll again while replies are still going out."""
    async def before(method: str, params: dict) -> None:
        if method == "sendMessage":
            await asyncio.sleep(0.001)

    return Watching(api.request(), before)


def test_polling_waits_while_the_bot_owns_a_full_backlog(make_bot, api, slow_sends):
    bot = make_bot(request=slow_sends)
    limit = bot.app.bot_data.updates_request.limit = 10  # a small backlog, to see it reached
    for user in range(150):
        api.add_message("hi", user_id=10_000 + user)
    poll_until(bot, lambda t: len(sent(t.calls)) == 150)
    fetched = answered = polls = 0
    for call in sorted(api.calls, key=lambda c: c.time):
        if call.method == "getUpdates" and call.params.get("timeout"):
            assert fetched - answered < limit, (fetched, answered)  # owned before it asked for more
            fetched += len(call.result or [])
            polls += 1
        elif call.method == "sendMessage":
            answered += 1
    assert fetched == 150 and polls >= 3


@pytest.mark.parametrize("backlog", [200, 50], ids=["limiter-off", "rate-limit-10"])
def test_a_crash_at_any_moment_would_lose_no_question_and_repeat_at_most_a_batch(make_bot, api, tmp_path, backlog):
    """Whenever a call leaves the bot, what a restart would do: a question neither answered, nor
    journaled, nor still waiting at Telegram is lost; an answered one still unanswered in the journal,
    or neither journaled nor confirmed to Telegram (it would come again), is answered twice."""
    db = tmp_path / "bot.sqlite3"
    users = {api.add_message("hi", user_id=20_000 + n): 20_000 + n for n in range(250)}
    lost: set[int] = set()
    twice = [0]

    async def before(method: str, params: dict) -> None:
        chats = {c.params["chat_id"] for c in sent(api.calls)}
        rows = journal_rows(db)
        unconfirmed = {u["update_id"] for u in api.queued_updates()}
        for uid, user in users.items():
            if user not in chats and uid not in unconfirmed and rows.get(uid, (None, 1))[1] == 1:
                lost.add(uid)
        twice[0] = max(twice[0], sum(1 for uid, user in users.items() if user in chats
                                     and (rows[uid][1] == 0 if uid in rows else uid in unconfirmed)))
        if method == "sendMessage":
            await asyncio.sleep(0.001)

    bot = make_bot(request=Watching(api.request(), before), updates_request=Watching(api.request(), before))
    bot.app.bot_data.updates_request.limit = backlog  # 50: what TELEGRAM_RATE_LIMIT 1-12 gives (app.BACKLOG_SECONDS)
    poll_until(bot, lambda t: len(sent(t.calls)) == 250)
    assert not lost
    assert twice[0] <= JOURNAL_BATCH + app_mod.LANES_UNLIMITED, twice[0]


def test_an_update_delivered_again_while_running_is_queued_once():
    # From a second new user's trial: a webhook update posted twice was answered twice (Telegram
    # redelivers one whose HTTP 200 it did not get); only ids from before a restart were dropped.
    queue = UpdateQueue()
    for update_id in (7, 8, 7, 9, 8):
        queue.put_nowait(Update(update_id))
    assert [queue.get_nowait().update_id for _ in range(queue.qsize())] == [7, 8, 9]
    assert queue.in_flight == 3


@pytest.mark.parametrize("error, code, says", [
    (NetworkError("httpx.ConnectError: All connection attempts failed"), 1, "Could not reach Telegram"),
    (BadRequest("Bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443"), 2,
     "Telegram refused the webhook"),
])
def test_a_webhook_start_that_fails_names_the_cause(api, tmp_path, monkeypatch, capsys, error, code, says):
    # From a sixth code review: no network at boot was reported as "Telegram refused the webhook".
    (tmp_path / "faq.yaml").write_bytes((ROOT / "faq.yaml").read_bytes())

    def fail(*args, **kwargs):
        raise error
    monkeypatch.setattr(Application, "run_webhook", fail)
    settings = settings_for(api, tmp_path, WEBHOOK_URL="https://bot.example.com/hook", WEBHOOK_SECRET="s3cret")
    assert app_mod.run(settings) == code
    err = capsys.readouterr().err
    assert says in err and ("refused" in err) == (code == 2), err


def test_polling_mode_says_so_in_the_log_before_it_calls_telegram(api, tmp_path, monkeypatch, caplog):
    # A new user with no network saw only "getMe failed" warnings: nothing said the bot was polling.
    (tmp_path / "faq.yaml").write_bytes((ROOT / "faq.yaml").read_bytes())
    said_before: list[str] = []

    def poll(*args, **kwargs):  # the first Bot API call (getMe) happens in here
        said_before.extend(r.getMessage() for r in caplog.records)
    monkeypatch.setattr(Application, "run_polling", poll)
    caplog.set_level("INFO")
    assert app_mod.run(settings_for(api, tmp_path)) == 0
    assert any(m.startswith("Polling mode (no WEBHOOK_URL set)") for m in said_before), said_before
    assert api.token not in caplog.text


def test_a_cut_off_token_is_warned_about_without_the_token():
    # A fifteenth new user's trial: a token pasted half-way passed and the bot then blamed the network for ever.
    assert app_mod.short_token_warning("123456:" + "A" * 35) is None
    assert app_mod.short_token_warning(None) is None
    said = app_mod.short_token_warning("123456:AAHdqTcvCH1vGWJx")
    assert said is not None and "has 16 characters" in said and "@BotFather" in said
    assert "AAHdqTcvCH1vGWJx" not in said and "123456" not in said
