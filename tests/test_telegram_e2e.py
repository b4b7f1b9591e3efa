"""End to end: the real bot process (`python -m bot`) against the fake Bot API server, over HTTP.

Only what needs a process is here: signals and exit statuses, what the process prints, the real
HTTP client under faults, webhook mode's web server, and crashes and restarts on the same database.
Everything the handlers do is tested in process (tests/test_handlers.py, test_surfaces.py,
test_admin_handlers.py, test_polling.py). The `launch` fixture also checks, after each test, that the
token never appeared in the process's output and that every outgoing text was valid Telegram HTML.
"""
from __future__ import annotations

import json
import signal
import time
import urllib.error
import urllib.request
from collections import Counter

from conftest import BotProcess, base_env, free_port, secret_forms
from helpers import ANSWER

from bot.store import JOURNAL_BATCH
from bot.telegram_bot.app import REJECTED_TOKEN


def answered(fake) -> Counter:
    """Messages sent, by chat (every question in these tests gets exactly one)."""
    return Counter(c.params["chat_id"] for c in fake.sent_messages())


def wait_answered(fake, users, timeout: float = 30.0) -> None:
    assert fake.wait_for(lambda t: set(users) <= set(answered(t)), timeout), sorted(set(users) - set(answered(fake)))


def received(fake) -> set[int]:
    """The chats of the updates the bot fetched to handle (not those of the final getUpdates of a
    shutdown, timeout 0, which only confirms what came before)."""
    return {u["message"]["chat"]["id"] for c in fake.calls_of("getUpdates") if c.params.get("timeout")
            for u in c.result or []}


# ------------------------------------------------------------------------------ lifecycle


def test_sigterm_answers_everything_received_and_exits_0_within_the_deadline(fake, launch):
    """The bot only fetches what it can answer before the deadline; the rest stays at Telegram."""
    proc = launch()
    users = range(40_000, 40_600)
    for user in users:
        fake.add_message(ANSWER, user_id=user)
    assert fake.wait_for(lambda t: len(t.sent_messages()) >= 40, 20)
    rc, took = proc.stop(signal.SIGTERM)
    assert rc == 0 and took < 10, (rc, took, proc.output[-2000:])
    assert "Shutdown took longer" not in proc.output  # it finished, not the watchdog
    counts = answered(fake)
    assert set(counts) == received(fake) and set(counts.values()) == {1}
    assert fake.pending_updates() == 600 - len(counts) > 0


def test_a_restart_answers_the_questions_sent_while_it_was_down_exactly_once(fake, launch):
    proc = launch()
    fake.add_message(ANSWER, user_id=300)
    wait_answered(fake, [300])
    assert proc.stop()[0] == 0
    for user in (301, 302, 303):
        fake.add_message(ANSWER, user_id=user)
    fake.add_callback_query("topics", user_id=304)
    proc = launch()
    wait_answered(fake, [301, 302, 303, 304])
    assert proc.stop()[0] == 0
    assert answered(fake) == {300: 1, 301: 1, 302: 1, 303: 1, 304: 1}


def test_a_hard_kill_loses_no_question_and_answers_few_twice(fake, launch):
    users = range(50_000, 50_200)
    for user in users:
        fake.add_message(ANSWER, user_id=user)
    proc = launch()  # 30 messages a second: the kill comes in the middle
    assert fake.wait_for(lambda t: len(t.sent_messages()) >= 40, 20)
    proc.kill()  # SIGKILL: no handler runs, nothing is flushed
    assert 40 <= len(fake.sent_messages()) < len(users)
    proc = launch(TELEGRAM_RATE_LIMIT="0")  # the same DB_PATH
    wait_answered(fake, users)
    assert proc.stop()[0] == 0
    counts = answered(fake)
    assert set(counts) == set(users)
    twice = sum(n - 1 for n in counts.values())
    assert twice <= len(users) // 100 + JOURNAL_BATCH, twice


# ------------------------------------------------------------------------------ faults


def test_polling_and_sending_faults_still_answer_every_question_exactly_once(fake, launch):
    fake.fail_next("getUpdates", status=502, description="Bad Gateway")
    for user in (200, 201):
        fake.add_message(ANSWER, user_id=user)
    proc = launch(ready=False)
    wait_answered(fake, [200, 201])
    fake.fail_next("getUpdates", status=429, retry_after=1, description="Too Many Requests: retry after 1")
    fake.fail_next("sendMessage", status=429, retry_after=1, description="Too Many Requests: retry after 1")
    fake.drop_next("sendMessage")
    fake.fail_next("sendMessage", status=502, description="Bad Gateway")
    for user in (202, 203, 204):
        fake.add_message(ANSWER, user_id=user)
    wait_answered(fake, [202, 203, 204])
    fake.drop_next("getUpdates")
    fake.add_message(ANSWER, user_id=205)
    assert fake.wait_for(lambda t: any(c.note == "dropped" for c in t.calls_of("getUpdates")), 20)
    fake.add_message(ANSWER, user_id=206)
    wait_answered(fake, [205, 206])
    assert proc.stop()[0] == 0
    assert answered(fake) == {user: 1 for user in range(200, 207)}
    faults = [(c.http_status, c.note) for c in fake.calls_of("getUpdates") if c.note in ("injected", "dropped")]
    assert faults == [(502, "injected"), (429, "injected"), (0, "dropped")]
    assert sorted(c.http_status for c in fake.calls_of("sendMessage") if not c.ok) == [0, 429, 502]


def test_a_webhook_telegram_refuses_ends_the_bot_with_the_reason(fake, launch):
    # From a second new user's trial: a refused setWebhook was retried forever with nothing logged,
    # while the log said "listening".
    reason = "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443"
    fake.fail_next("setWebhook", status=400, times=20, description=reason)
    port = free_port()
    proc = launch(ready=False, WEBHOOK_URL=f"https://127.0.0.1:{port}/hook", PORT=str(port),
                  WEBHOOK_SECRET="s3cret_Token-42")
    code = proc.wait(60)  # it ends on its own after a few tries
    assert code == 2, proc.output[-3000:]
    refused = [line for line in proc.stderr.splitlines() if line.startswith("Telegram refused the webhook")]
    assert refused and "webhook can be set up only on ports 80, 88, 443 or 8443" in refused[0], proc.stderr[-2000:]
    assert "443, 80, 88 or 8443" in refused[0] and "Task was destroyed" not in proc.stderr


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
    assert set(hook.params["allowed_updates"]) == {"message", "edited_message", "callback_query", "inline_query",
                                                  "my_chat_member"}

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

    def message(update_id: int, user: int) -> dict:
        return {"update_id": update_id, "message": {
            "message_id": 1, "date": int(time.time()), "text": ANSWER,
            "from": {"id": user, "is_bot": False, "first_name": "W"}, "chat": {"id": user, "type": "private",
                                                                                "first_name": "W"}}}

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
    wait_answered(fake, [400])
    assert proc.stop()[0] == 0
    assert answered(fake) == {400: 1}
    assert not fake.calls_of("getUpdates")


# ------------------------------------------------------------------------------ secrets and configuration


def test_token_is_never_printed_even_at_debug(fake, launch):
    proc = launch(LOG_LEVEL="DEBUG")
    fake.fail_next("getUpdates", status=502)
    fake.add_message(ANSWER, user_id=500)
    fake.fail_next("sendMessage", status=400, description="Bad Request: injected")
    fake.add_message(ANSWER, user_id=501)
    fake.drop_next("sendMessage")
    fake.add_message(ANSWER, user_id=502)
    wait_answered(fake, [500, 501, 502])
    assert proc.stop()[0] == 0
    assert "DEBUG" in proc.output and "Polling failed" in proc.output  # it did log, at DEBUG
    assert "Traceback" in proc.output  # the injected 400 was logged with its traceback
    for form in secret_forms(fake.token):
        assert form not in proc.output


def test_rejected_token_exits_2_with_one_line(fake, tmp_path):
    wrong = "654321:WRONG-token-0123456789abcdefghijklm"
    proc = BotProcess(base_env(fake, tmp_path, TELEGRAM_BOT_TOKEN=wrong, LOG_LEVEL="INFO")).start()
    assert proc.wait(30) == 2
    # the mode said before the first call (INFO), then the one line of why it stopped
    lines = [line for line in proc.output.splitlines() if line.strip()]
    assert lines[-1] == REJECTED_TOKEN and all("Polling mode" in line for line in lines[:-1]) and len(lines) <= 2
    for form in secret_forms(wrong):
        assert form not in proc.output


def test_bad_configuration_exits_2_listing_every_problem(fake, tmp_path):
    env = {"ADMIN_IDS": "12,abc", "WEBHOOK_URL": "https://example.org/hook", "LOG_LEVEL": "LOUD", "PORT": "http"}
    proc = BotProcess(base_env(fake, tmp_path, **env)).start()
    assert proc.wait(30) == 2
    for needle in ("ADMIN_IDS", "'abc'", "WEBHOOK_SECRET", "LOG_LEVEL", "'LOUD'", "PORT", "'http'"):
        assert needle in proc.stderr, proc.output
    assert fake.token not in proc.output
    assert not fake.calls  # it never talked to Telegram


def test_token_revoked_while_running_exits_2(fake, launch):
    proc = launch()
    fake.add_message("hi", user_id=600)
    wait_answered(fake, [600])
    fake.token = "999999:ANOTHER-token-after-revocation-xyz"  # every call now gets 401
    fake.add_message("hi", user_id=601)
    assert proc.wait(20) == 2
    assert proc.stderr.strip().splitlines()[-1] == REJECTED_TOKEN


# ------------------------------------------------------------------------------ surfaces


def test_the_surfaces_of_issue_10_in_a_running_bot(fake, launch, tmp_path):
    """One process, every surface: a 120-entry FAQ's paged /start, a forum topic, a group upgraded
    to a supergroup before the answer, a channel's automatic forward and a channel post (both
    ignored), a photo whose caption is the question."""
    from helpers import generated_faq

    big = tmp_path / "faq.yaml"
    big.write_text(generated_faq(120), encoding="utf-8")
    mention = f"@{fake.bot_username} what is made-up topic 7?"
    fake.add_message("/start", user_id=70)
    fake.add_message(mention, user_id=71, chat_id=-100700, chat_type="supergroup", message_thread_id=5,
                     topic_name="Injuries")
    fake.add_message(mention, user_id=72, chat_id=-700, chat_type="group")
    fake.migrate_chat(-700, -100701, user_id=72)  # upgraded before the bot answers: the reply follows
    fake.add_automatic_forward(mention, group_id=-100702)
    fake.add_channel_post(mention)
    fake.add_photo("what is made-up topic 9?", user_id=73)
    launch.allowed.append("upgraded to a supergroup")  # the first send to the old id, then ChatMigrated
    proc = launch(FAQ_PATH=str(big))
    wait_answered(fake, [70, -100700, -100701, 73])
    assert proc.stop()[0] == 0

    start = [c for c in fake.sent_messages() if c.params["chat_id"] == 70]
    assert any(d.startswith("topics:") for d in buttons_of(start[-1]))  # "More topics": 120 entries paged
    (topic_reply,) = [c for c in fake.sent_messages() if c.params["chat_id"] == -100700]
    assert topic_reply.params.get("message_thread_id") == 5
    assert "topic <b>7</b>" in topic_reply.params["text"] or "topic 7" in topic_reply.params["text"]
    assert -700 not in answered(fake)
    assert -100702 not in answered(fake) and -1001000000500 not in answered(fake)
    (caption_reply,) = [c for c in fake.sent_messages() if c.params["chat_id"] == 73]
    assert "9" in caption_reply.params["text"]


def buttons_of(call) -> list[str]:
    markup = call.params.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row if "callback_data" in b]
