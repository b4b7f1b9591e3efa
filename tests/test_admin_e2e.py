"""End to end for what only a running process shows: faq.yaml edited on disk is served within 5
seconds without a restart, a restart with a broken faq.yaml, and a DB_PATH that is no database.

The real bot process runs against the fake Bot API server (tests/fakebotapi) with its own copy of
faq.yaml (the `faq_file` fixture) and its own database in tmp_path. /reload, /stats, /unanswered,
teaching, uploads and the notices to admins are tested in process (tests/test_admin_handlers.py).
"""
from __future__ import annotations

import os
import time

ABS_QUESTION = "can running give me abs"


def edit_abs_answer(text: str, marker: str) -> str:
    """The FAQ text with the abs entry's answer starting with `marker`."""
    head, sep, tail = text.partition("  - id: abs\n")
    assert sep, "faq.yaml has no abs entry"
    answer_at = tail.index("    answer: |-\n") + len("    answer: |-\n")
    return head + sep + tail[:answer_at] + f"      <b>{marker}.</b>\n\n" + tail[answer_at:]


def texts_to(fake, chat_id: int) -> list[str]:
    return [c.params["text"] for c in fake.sent_messages() if c.params.get("chat_id") == chat_id]


def ask_and_wait(fake, text: str, chat_id: int = 1001, timeout: float = 15.0) -> str:
    """Send a question; return the first reply to it."""
    before = len(texts_to(fake, chat_id))
    fake.add_message(text, user_id=chat_id)
    assert fake.wait_for(lambda t: len(texts_to(t, chat_id)) > before, timeout), f"no reply to {text!r}"
    return texts_to(fake, chat_id)[before]


def served_within(fake, marker: str, seconds: float) -> bool:
    """Keep asking until the edited answer comes back, for at most `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if marker in ask_and_wait(fake, ABS_QUESTION):
            return True
    return False


def test_an_edit_is_served_within_5_seconds_without_a_restart(fake, launch, faq_file, tmp_path):
    bot = launch(FAQ_PATH=str(faq_file))
    assert "Edited in place" not in ask_and_wait(fake, ABS_QUESTION)
    faq_file.write_text(edit_abs_answer(faq_file.read_text(encoding="utf-8"), "Edited in place"), encoding="utf-8")
    assert served_within(fake, "Edited in place", 5.0), "the edit was not served within 5 seconds"
    staging = tmp_path / "faq.yaml.new"  # an editor that writes elsewhere and renames over the file
    staging.write_text(edit_abs_answer(faq_file.read_text(encoding="utf-8"), "Renamed over"), encoding="utf-8")
    os.replace(staging, faq_file)
    assert served_within(fake, "Renamed over", 5.0), "the replaced file was not served within 5 seconds"
    assert bot.running


def test_a_db_path_that_is_no_database_is_refused_at_start(fake, launch, tmp_path):
    # From an eleventh new user's trial: such a file once started the bot with the question log and the
    # journal silently off (a database that breaks while the bot runs is tested in process, test_store).
    unusable = tmp_path / "not-a-database.sqlite3"
    unusable.write_bytes(b"this is not an SQLite file at all" * 40)
    bot = launch(ready=False, DB_PATH=str(unusable))
    assert bot.wait(30) == 2
    assert "DB_PATH is not an SQLite database" in bot.output and not fake.calls

ADMIN = 4242
ASKER = 1001
PICKER = 1002
QUESTION = "doctor say I have disc hernia, I can still run or no?"  # "did you mean" with this faq.yaml


def replies_to(fake, chat_id: int, before: int, timeout: float = 15.0) -> list:
    assert fake.wait_for(lambda t: len([c for c in t.sent_messages() if c.params.get("chat_id") == chat_id]) > before,
                         timeout), "no reply"
    return [c for c in fake.sent_messages() if c.params.get("chat_id") == chat_id][before:]


def buttons_of(call) -> list[str]:
    markup = call.params.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row if "callback_data" in b]


def sent_count(fake, chat_id: int) -> int:
    return len([c for c in fake.sent_messages() if c.params.get("chat_id") == chat_id])


def test_an_admin_teaches_the_running_bot_from_the_chat(fake, launch, faq_file):
    """Issue 9 through the real process: a pick, /unanswered, a teach press and its byte diff, the
    question answered from then on, /undo, /faq, and uploads with and without problems."""
    launch(FAQ_PATH=str(faq_file), ADMIN_IDS=str(ADMIN))
    original = faq_file.read_bytes()

    # Someone gets "did you mean" and picks an entry: the pick is evidence for the admins.
    fake.add_message(QUESTION, user_id=PICKER)
    offer = replies_to(fake, PICKER, 0)
    pick = next(d for d in buttons_of(offer[-1]) if d.startswith("faq:herniated-disc:"))
    fake.add_callback_query(pick, user_id=PICKER, message_id=offer[-1].result["message_id"])
    assert fake.wait_for(lambda t: len(t.calls_of("answerCallbackQuery")) >= 1, 15)

    fake.add_message("/unanswered", user_id=ADMIN)
    # The list may come as several messages: wait for the one with the question, not only the first.
    assert fake.wait_for(lambda t: any("disc hernia" in (c.params.get("text") or "") for c in t.sent_messages()
                                       if c.params.get("chat_id") == ADMIN), 15), "the question was not listed"
    listed = replies_to(fake, ADMIN, 0)
    group = next(c for c in listed if "disc hernia" in c.params["text"])
    teach = next(d for d in buttons_of(group) if d.startswith("teach:") and d.endswith(":herniated-disc"))
    assert any("1 picked" in b["text"] for row in group.params["reply_markup"]["inline_keyboard"] for b in row)

    before = sent_count(fake, ADMIN)
    fake.add_callback_query(teach, user_id=ADMIN, message_id=group.result["message_id"])
    assert fake.wait_for(lambda t: QUESTION.encode() in faq_file.read_bytes(), 15), "the question was not added"
    taught = faq_file.read_bytes()
    added = [line for line in taught.splitlines() if line not in original.splitlines()]
    assert len(taught.splitlines()) == len(original.splitlines()) + 1 and len(added) == 1  # one line, nothing else
    assert fake.wait_for(lambda t: any("from now on" in (c.params.get("text") or "")
                                       for c in t.calls_of("editMessageText") + t.sent_messages()[before:]), 15)
    fake.add_message(QUESTION, user_id=ASKER)
    reply = replies_to(fake, ASKER, 0)
    assert "vote:herniated-disc:up" in " ".join(buttons_of(reply[-1]))  # answered with the entry now

    before = sent_count(fake, ADMIN)
    fake.add_message("/undo", user_id=ADMIN)
    replies_to(fake, ADMIN, before)
    assert faq_file.read_bytes() == original

    fake.add_message("/faq", user_id=ADMIN)
    assert fake.wait_for(lambda t: len(t.sent_documents()) == 1, 15)
    assert fake.sent_documents()[0].file.data == original

    before = sent_count(fake, ADMIN)
    fake.add_document(b"disclaimer: x\nentries:\n  - id: [broken\n", "faq.yaml", user_id=ADMIN)
    refusal = replies_to(fake, ADMIN, before)[-1].params["text"]
    assert "faq.yaml:" in refusal and faq_file.read_bytes() == original

    renamed = original.replace(b"title: Running to lose weight", b"title: Running for weight loss")
    before = sent_count(fake, ADMIN)
    fake.add_document(renamed, "faq.yaml", user_id=ADMIN)
    replies_to(fake, ADMIN, before)
    assert fake.wait_for(lambda t: faq_file.read_bytes() == renamed, 15)


def test_a_restart_with_a_broken_file_serves_the_last_good_version_and_tells_the_admins(fake, launch, faq_file):
    # From an eleventh new user's trial: the last good version lived only in memory, so a restart after a broken
    # save left the members with no bot at all.
    first = launch(FAQ_PATH=str(faq_file), ADMIN_IDS=str(ADMIN))
    assert "Edited" not in ask_and_wait(fake, ABS_QUESTION)
    first.stop()
    faq_file.write_text(faq_file.read_text(encoding="utf-8").replace("  - id: abs\n", "  - id abs\n", 1),
                        encoding="utf-8")
    second = launch(FAQ_PATH=str(faq_file), ADMIN_IDS=str(ADMIN))
    assert "abs" in ask_and_wait(fake, ABS_QUESTION).lower()
    assert fake.wait_for(lambda t: any("has 1 problem" in text and "last good version" in text
                                       for text in texts_to(t, ADMIN)), 10.0), texts_to(fake, ADMIN)
    assert second.running
