"""End to end for the admins: live reload of faq.yaml, /reload, /stats, /unanswered, votes, the log.

The real bot process runs against the fake Bot API server (tests/fake_telegram.py) with its own
copy of faq.yaml and its own database in tmp_path.
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path


from conftest import ROOT
from bot import store as store_mod

ADMIN = 4242
USER = 1001
OTHER = 1002
ABS_QUESTION = "can running give me abs"
MARKER = "Freshly edited abs answer"


def faq_copy(tmp_path: Path) -> Path:
    path = tmp_path / "faq.yaml"
    path.write_text((ROOT / "faq.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def edit_abs_answer(text: str, marker: str) -> str:
    """The FAQ text with the abs entry's answer starting with `marker`."""
    head, sep, tail = text.partition("  - id: abs\n")
    assert sep, "faq.yaml has no abs entry"
    answer_at = tail.index("    answer: |-\n") + len("    answer: |-\n")
    return head + sep + tail[:answer_at] + f"      <b>{marker}.</b>\n\n" + tail[answer_at:]


def texts_to(fake, chat_id: int) -> list[str]:
    return [c.params["text"] for c in fake.sent_messages() if c.params.get("chat_id") == chat_id]


def ask_and_wait(fake, text: str, chat_id: int = USER, timeout: float = 15.0) -> str:
    """Send a question; return the first reply to it (all replies in that chat are counted)."""
    before = len(texts_to(fake, chat_id))
    fake.add_message(text, user_id=chat_id)
    assert fake.wait_for(lambda t: len(texts_to(t, chat_id)) > before, timeout), f"no reply to {text!r}"
    return texts_to(fake, chat_id)[before]


def replies_after(fake, chat_id: int, before: int, timeout: float = 15.0) -> list[str]:
    fake.wait_for(lambda t: len(texts_to(t, chat_id)) > before, timeout)
    time.sleep(0.5)
    return texts_to(fake, chat_id)[before:]


def served_within(fake, seconds: float) -> bool:
    """Keep asking until the edited answer comes back, for at most `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if MARKER in ask_and_wait(fake, ABS_QUESTION):
            return True
        time.sleep(0.2)
    return False


def test_an_edit_is_served_within_5_seconds_without_a_restart(fake, launch, tmp_path):
    path = faq_copy(tmp_path)
    bot = launch(FAQ_PATH=str(path))
    assert MARKER not in ask_and_wait(fake, ABS_QUESTION)

    path.write_text(edit_abs_answer(path.read_text(encoding="utf-8"), MARKER), encoding="utf-8")
    assert served_within(fake, 5.0), "the edited answer was not served within 5 seconds"
    assert bot.running


def test_an_atomic_replace_is_served_too(fake, launch, tmp_path):
    path = faq_copy(tmp_path)
    launch(FAQ_PATH=str(path))
    ask_and_wait(fake, ABS_QUESTION)
    staging = tmp_path / "faq.yaml.new"
    staging.write_text(edit_abs_answer(path.read_text(encoding="utf-8"), MARKER), encoding="utf-8")
    os.replace(staging, path)
    assert served_within(fake, 5.0)


def test_a_broken_edit_keeps_the_last_good_faq_and_tells_the_admins_once(fake, launch, tmp_path):
    path = faq_copy(tmp_path)
    good = path.read_text(encoding="utf-8")
    bot = launch(FAQ_PATH=str(path), ADMIN_IDS=f"{ADMIN}")
    first = ask_and_wait(fake, ABS_QUESTION)

    # Break it: an unclosed quote is a YAML syntax error with a line number.
    lines = good.splitlines()
    lines[2] = 'disclaimer: "never closed'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Keep asking while the watcher sees the broken file: every question still gets the old answer.
    for _ in range(12):
        assert ask_and_wait(fake, ABS_QUESTION) == first
        time.sleep(0.25)
    assert fake.wait_for(lambda t: any("problem" in x for x in texts_to(t, ADMIN)), 10)
    time.sleep(2.5)  # several more watcher ticks: still one notice for this broken version
    notices = [x for x in texts_to(fake, ADMIN) if "problem" in x]
    assert len(notices) == 1, notices
    assert f"{path}:" in notices[0] and "YAML syntax" in notices[0]
    assert bot.running

    # Fixing it brings the new version in.
    path.write_text(edit_abs_answer(good, MARKER), encoding="utf-8")
    assert served_within(fake, 6.0)


def test_reload_command_for_an_admin_and_refused_for_anyone_else(fake, launch, tmp_path):
    path = faq_copy(tmp_path)
    bot = launch(FAQ_PATH=str(path), ADMIN_IDS=f"{ADMIN}")
    # The admin's command menu (and only theirs) carries the admin commands.
    scoped = [c for c in fake.calls_of("setMyCommands") if c.params.get("scope")]
    assert any(c.params["scope"].get("chat_id") == ADMIN for c in scoped)
    assert all("reload" in json.dumps(c.params["commands"]) for c in scoped)
    unscoped = [c for c in fake.calls_of("setMyCommands") if not c.params.get("scope")]
    assert unscoped and all("reload" not in json.dumps(c.params["commands"]) for c in unscoped)

    before = len(texts_to(fake, ADMIN))
    fake.add_message("/reload", user_id=ADMIN)
    assert "No change" in replies_after(fake, ADMIN, before)[0]

    path.write_text(edit_abs_answer(path.read_text(encoding="utf-8"), MARKER), encoding="utf-8")
    before = len(texts_to(fake, ADMIN))
    fake.add_message("/reload", user_id=ADMIN)
    reply = replies_after(fake, ADMIN, before)[0]
    assert "edited: abs" in reply or "No change" in reply  # the watcher may have been quicker

    before = len(texts_to(fake, OTHER))
    fake.add_message("/reload", user_id=OTHER)
    refused = replies_after(fake, OTHER, before)
    assert refused and all("Reloaded" not in x and "No change" not in x for x in refused)
    assert "Refused admin command /reload" in bot.output


def test_stats_unanswered_votes_and_a_log_without_user_ids(fake, launch, tmp_path):
    db = tmp_path / "bot.sqlite3"
    launch(ADMIN_IDS=f"{ADMIN}", DB_PATH=str(db))
    ask_and_wait(fake, ABS_QUESTION)
    ask_and_wait(fake, "how do I stop chafing on long runs")
    ask_and_wait(fake, "how do I stop chafing on long runs??")
    # A vote, then the same user's second vote on the same answer replaces it.
    for data in ("vote:abs:up", "vote:abs:down"):
        fake.add_callback_query(data, user_id=USER)
    fake.add_callback_query("vote:abs:up", user_id=OTHER)
    assert fake.wait_for(lambda t: len(t.calls_of("answerCallbackQuery")) >= 3, 10)

    before = len(texts_to(fake, ADMIN))
    fake.add_message("/stats", user_id=ADMIN)
    stats_text = replies_after(fake, ADMIN, before)[0]
    assert "Questions: <b>3</b>" in stats_text
    assert "none: 2" in stats_text and "answer: 1" in stats_text
    assert "<code>abs</code>: 👍 1 👎 1" in stats_text

    before = len(texts_to(fake, ADMIN))
    fake.add_message("/stats lots", user_id=ADMIN)
    assert replies_after(fake, ADMIN, before)[0].startswith("Usage: /stats [days]")

    before = len(texts_to(fake, ADMIN))
    fake.add_message("/unanswered", user_id=ADMIN)
    unanswered = replies_after(fake, ADMIN, before)[0]
    assert "chafing" in unanswered

    before = len(texts_to(fake, OTHER))
    fake.add_message("/stats", user_id=OTHER)
    assert all("chafing" not in x for x in replies_after(fake, OTHER, before))

    # The database: one vote per user, the second replacing the first; no user id anywhere.
    store = store_mod.Store(db)
    try:
        stats = store.stats()
        assert stats.helpfulness.get("abs") == (1, 1)
        assert stats.by_decision["answer"] >= 1 and stats.by_decision["none"] >= 2
    finally:
        store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("bot.sqlite3*"))
    for user_id in (USER, OTHER, ADMIN):
        assert str(user_id).encode() not in raw


def test_an_unusable_database_never_stops_the_answers(fake, launch, tmp_path):
    unusable = tmp_path / "a-directory"
    unusable.mkdir()
    bot = launch(DB_PATH=str(unusable))
    for n in range(3):
        assert "abs" in ask_and_wait(fake, ABS_QUESTION).lower()
    assert bot.running
    assert bot.output.count("a-directory") >= 1  # the problem is logged (once, by the store)


def test_an_older_database_is_upgraded_in_place(fake, launch, tmp_path):
    db = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(db)
    store_mod.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO questions (asked_at, text, decision, entry_id, score) VALUES (?, ?, ?, ?, ?)",
                 (time.time(), "an old question", "none", None, None))
    conn.commit()
    conn.close()
    launch(DB_PATH=str(db))
    ask_and_wait(fake, ABS_QUESTION)
    deadline = time.monotonic() + 5.0  # the bot writes its log in batches, once a second
    while True:
        conn = sqlite3.connect(db)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            texts = [r[0] for r in conn.execute("SELECT text FROM questions ORDER BY id")]
        finally:
            conn.close()
        if ABS_QUESTION in texts or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert version == store_mod.SCHEMA_VERSION
    assert texts[0] == "an old question" and ABS_QUESTION in texts


def test_question_log_off_stores_no_questions(fake, launch, tmp_path):
    db = tmp_path / "bot.sqlite3"
    launch(DB_PATH=str(db), QUESTION_LOG="off")
    ask_and_wait(fake, ABS_QUESTION)
    time.sleep(0.5)
    if db.exists():
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("SELECT COUNT(*) FROM questions").fetchone()[0] == 0
        finally:
            conn.close()
