"""The admin side of the Telegram layer, in process: /reload, /stats, /unanswered with its teach
buttons, /undo, /faq, a faq.yaml sent as a file, notices to the other admins, the command menus, the
question log; and that nobody else gets any of it.

ADMIN and OTHER_ADMIN are the admins (tests/helpers.py settings_for); USER is not.
"""
from __future__ import annotations

import difflib
import functools
import sqlite3
import time

import pytest
from helpers import (
    ADMIN,
    ANSWER,
    NONE,
    OTHER_ADMIN,
    SUGGEST,
    USER,
    as_replies,
    button_data,
    expected_for,
    of,
    ref_of,
    sent,
    toasts,
)

from bot import admin, live, replies, store
from bot.telegram_bot import app as app_mod

TEACH = "doctor say I have disc hernia, I can still run or no?"  # == SUGGEST: its group offers herniated-disc
MARKER = "Freshly edited abs answer"


def edit_abs_answer(text: str, marker: str = MARKER) -> str:
    """The FAQ text with the abs entry's answer starting with `marker`."""
    head, sep, tail = text.partition("  - id: abs\n")
    answer_at = tail.index("    answer: |-\n") + len("    answer: |-\n")
    return head + sep + tail[:answer_at] + f"      <b>{marker}.</b>\n\n" + tail[answer_at:]


def texts(calls, chat_id: int) -> list[str]:
    return [c.params["text"] for c in sent(calls, chat_id)]


def unanswered(bot) -> list:
    """/unanswered from the admin: the header, then one message per group of questions."""
    return sent(bot.message("/unanswered", user_id=ADMIN))


def teach_buttons(group_message) -> list[str]:
    return [d for d in button_data(group_message) if d.startswith("teach:")]


# ------------------------------------------------------------------------------ /reload and notices


def test_reload_says_there_is_no_change_then_what_changed(bot, faq_file):
    assert texts(bot.message("/reload", user_id=ADMIN), ADMIN) == [
        "No change: the FAQ on disk is the one being served.\nServing 11 entries."]
    faq_file.write_text(edit_abs_answer(faq_file.read_text(encoding="utf-8")), encoding="utf-8")
    assert texts(bot.message("/reload", user_id=ADMIN), ADMIN) == ["Reloaded. edited: abs\nServing 11 entries."]
    assert MARKER in sent(bot.message("can running give me abs"))[0].params["text"]


def test_reload_of_a_broken_faq_lists_its_problems_tells_the_other_admins_and_keeps_serving(bot, faq_file):
    good = sent(bot.message(ANSWER))[0].params["text"]
    faq_file.write_text(faq_file.read_text(encoding="utf-8").replace("disclaimer: >-", 'disclaimer: "never closed'),
                        encoding="utf-8")
    calls = bot.message("/reload", user_id=ADMIN)
    [reply] = texts(calls, ADMIN)
    assert reply.startswith(f"<b>{faq_file} has 1 problem.</b> Still serving the last good version (11 entries).")
    assert f"<code>{faq_file}:" in reply and "YAML syntax" in reply
    assert texts(calls, OTHER_ADMIN) == [reply]  # the notice; the admin who asked is not told twice
    assert sent(bot.message(ANSWER))[0].params["text"] == good


def test_a_broken_edit_saved_while_running_is_sent_to_every_admin_once(bot, api, faq_file, monkeypatch):
    monkeypatch.setattr(app_mod, "install_stop_signals", lambda loop: None)  # the test process keeps its own
    monkeypatch.setattr(live, "watch", functools.partial(live.watch, interval=0.05, settle=0.05))
    broken = faq_file.read_text(encoding="utf-8").replace("disclaimer: >-", 'disclaimer: "never closed')
    source = bot.source

    def notices(t) -> dict[int, int]:
        return {a: sum(" has 1 problem." in c.params["text"] for c in sent(t.calls, a)) for a in (ADMIN, OTHER_ADMIN)}

    async def scenario() -> None:
        await app_mod.post_init(bot.app)
        faq_file.write_text(broken, encoding="utf-8")
        assert await api.async_wait_for(lambda t: notices(t) == {ADMIN: 1, OTHER_ADMIN: 1})
        faq_file.write_text(broken, encoding="utf-8")  # saved again, the same mistake
        assert await api.async_wait_for(lambda t: not source.changed_on_disk())  # the watcher has looked
        await app_mod.post_stop(bot.app)

    bot.run(scenario())
    assert notices(api) == {ADMIN: 1, OTHER_ADMIN: 1}


def menus(api) -> dict[int | None, list[str]]:
    """The command menus set, by the chat they are scoped to (None: everyone's)."""
    return {(c.params.get("scope") or {}).get("chat_id"): [m["command"] for m in c.params["commands"]]
            for c in of(api.calls, "setMyCommands")}


def test_the_command_menu_has_the_admin_commands_in_each_admins_chat_only(bot, api):
    bot.run(app_mod.set_menu(bot.app))
    public, admins = list(app_mod.MENU), list(app_mod.MENU) + list(admin.COMMANDS)
    assert menus(api) == {None: public, ADMIN: admins, OTHER_ADMIN: admins}


def test_an_admin_who_never_started_the_bot_does_not_stop_the_other_admins_menu(bot, api, caplog):
    api.fail_next("setMyCommands", status=400, description="Bad Request: chat not found")  # ADMIN's, the first
    bot.run(app_mod.set_admin_menus(bot.app, []))
    assert list(menus(api)) == [OTHER_ADMIN]
    assert "Could not set the admin command menu for one admin" in caplog.text


# ------------------------------------------------------------------------------ /stats and the question log


def test_stats_count_questions_decisions_and_votes(bot):
    ref = ref_of(sent(bot.message(ANSWER)))
    bot.message(NONE)
    bot.message(NONE + "??")
    bot.press(f"vote:back-pain-after-run:up:{ref}")
    bot.press(f"vote:back-pain-after-run:down:{ref}", user_id=USER + 1)
    [stats] = texts(bot.message("/stats", user_id=ADMIN), ADMIN)
    assert "Questions: <b>3</b>" in stats and "answer: 1 (33.3%)" in stats and "none: 2 (66.7%)" in stats
    assert "<code>back-pain-after-run</code>: 👍 1 👎 1 (50% helpful)" in stats
    assert f"2× {NONE.lower()}" in stats


@pytest.mark.parametrize("command, usage", [("/stats lots", admin.USAGE["stats"]),
                                            ("/unanswered -1", admin.USAGE["unanswered"])])
def test_a_bad_number_gets_the_usage(bot, command, usage):
    assert texts(bot.message(command, user_id=ADMIN), ADMIN) == [usage]


def test_the_question_log_holds_no_user_id(bot, tmp_path):
    people = (918273601, 918273602, 918273603)
    for user in people:
        ref = ref_of(sent(bot.message(ANSWER, user_id=user)))
        bot.press(f"vote:back-pain-after-run:up:{ref}", user_id=user)
    bot.store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("bot.sqlite3*"))
    assert ANSWER.encode() in raw and not any(str(user).encode() in raw for user in people)


def test_question_log_off_stores_no_question(make_bot):
    bot = make_bot(QUESTION_LOG="off")
    calls = sent(bot.message(ANSWER))
    assert ref_of(calls) is None  # no ref either: nothing to tie a vote to
    assert bot.store.stats().total == 0


def test_an_older_question_log_is_upgraded_and_used(make_bot, tmp_path):
    conn = sqlite3.connect(tmp_path / "bot.sqlite3")
    store.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO questions (asked_at, text, decision) VALUES (?, 'an old question', 'none')",
                 (time.time(),))
    conn.commit()
    conn.close()
    bot = make_bot()
    bot.message(ANSWER)
    assert bot.store.stats().total == 2 and bot.store.db.version == store.SCHEMA_VERSION


# ------------------------------------------------------------------------------ /unanswered and teaching


def test_unanswered_sends_one_message_per_group_with_teach_buttons(bot):
    bot.message(NONE)
    bot.message(TEACH)
    header, latest, earlier = unanswered(bot)
    assert header.params["text"].startswith("<b>2 groups of questions the bot did not answer well</b>")
    assert TEACH in latest.params["text"] and NONE in earlier.params["text"]
    token = button_data(latest)[-1].removeprefix("skip:")
    assert button_data(latest) == [f"teach:{token}:herniated-disc", f"skip:{token}"]
    assert button_data(earlier) == [f"skip:{button_data(earlier)[-1].removeprefix('skip:')}"]  # nothing close
    assert token != button_data(earlier)[-1].removeprefix("skip:")


def test_teaching_adds_the_question_to_the_entrys_alternates_and_says_it_is_now_answered(bot, faq_file):
    bot.message(TEACH)
    before = faq_file.read_text(encoding="utf-8")
    [group] = unanswered(bot)[1:]
    calls = bot.press(teach_buttons(group)[0], user_id=ADMIN, message_id=group.result["message_id"])
    after = faq_file.read_text(encoding="utf-8")
    diff = [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert diff == [f'+      - "{TEACH}"']
    line = after.splitlines().index(f'      - "{TEACH}"') + 1
    [edit] = of(calls, "editMessageText")  # the list shows what was done, in place
    assert edit.params["message_id"] == group.result["message_id"]
    assert edit.params["text"] == (f"Added “{TEACH}” to “Herniated (slipped) disc” (faq.yaml line {line}). "
                                   "The bot answers it with that entry from now on. /undo takes it back.")
    calls = sent(bot.message(TEACH))
    assert as_replies(calls) == replies.entry(bot.faq, "herniated-disc", ref=ref_of(calls))


SIX_PACK = ("does jogging carve out a six pack", "does jogging carve out a six pack", "jogging carve out a six pack?",
            "does jogging carve out a six pack on my knees")  # one group; the last still gets no answer after a teach


def test_a_teach_takes_off_only_the_questions_the_entry_now_answers_and_says_how_many_stayed(bot):
    # A new user: the teach button cleared the whole group, though one wording of it still got no answer.
    for text in SIX_PACK:
        bot.message(text)
    [group] = unanswered(bot)[1:]
    token = button_data(group)[-1].removeprefix("skip:")
    [edit] = of(bot.press(f"teach:{token}:abs", user_id=ADMIN, message_id=group.result["message_id"]),
                "editMessageText")
    assert edit.params["text"].endswith(
        "The bot answers it with that entry from now on. 1 of its group's 4 questions stays on /unanswered: the bot "
        "does not answer it with that entry (such as “does jogging carve out a six pack on my knees”); the "
        "other 3 left the list. /undo takes it back."), edit.params["text"]
    [left] = unanswered(bot)[1:]
    assert left.params["text"].startswith("<b>1×</b> does jogging carve out a six pack on my knees"), left.params
    bot.message("/undo", user_id=ADMIN)
    [back] = unanswered(bot)[1:]
    assert back.params["text"].startswith("<b>4×</b> does jogging carve out a six pack "), back.params


def test_unanswered_leaves_out_questions_a_hand_edit_of_faq_yaml_answers_now(bot, faq_file):
    bot.message(NONE)
    bot.message("does jogging carve out a six pack")
    assert len(unanswered(bot)) == 3
    text = faq_file.read_text(encoding="utf-8")
    faq_file.write_text(text.replace("      - does jogging build abs\n",
                                     "      - does jogging build abs\n      - does jogging carve out a six pack\n", 1),
                        encoding="utf-8")
    bot.message("/reload", user_id=ADMIN)
    [header, group] = unanswered(bot)
    assert header.params["text"].startswith("<b>1 group of questions") and NONE in group.params["text"]


def test_a_teach_button_pressed_twice_says_it_is_already_added(bot, faq_file):
    # From a new user's trial: the second press said faq.yaml had changed since the list was made.
    bot.message(TEACH)
    [group] = unanswered(bot)[1:]
    bot.press(teach_buttons(group)[0], user_id=ADMIN, message_id=group.result["message_id"])
    once = faq_file.read_bytes()
    [edit] = of(bot.press(teach_buttons(group)[0], user_id=ADMIN, message_id=group.result["message_id"]),
                "editMessageText")
    assert edit.params["text"] == f"Already added: “{TEACH}” is one of “Herniated (slipped) disc”'s questions."
    assert faq_file.read_bytes() == once


def test_the_other_admins_are_told_of_a_teach_and_an_undo(bot):
    bot.message(TEACH)
    [group] = unanswered(bot)[1:]
    calls = bot.press(teach_buttons(group)[0], user_id=ADMIN, message_id=group.result["message_id"])
    [told] = [c for c in sent(calls) if c.params["chat_id"] == OTHER_ADMIN]
    assert told.params["text"].startswith("An admin taught the bot from /unanswered. Added")
    assert not [c for c in sent(calls) if c.params["chat_id"] == ADMIN]  # the one who pressed sees the edit
    calls = bot.message("/undo", user_id=ADMIN)
    [told] = [c for c in sent(calls) if c.params["chat_id"] == OTHER_ADMIN]
    assert told.params["text"].startswith("An admin used /undo.")


def test_teaching_an_entry_that_still_would_not_answer_says_so(bot):
    bot.message(TEACH)
    [group] = unanswered(bot)[1:]
    token = button_data(group)[-1].removeprefix("skip:")
    [edit] = of(bot.press(f"teach:{token}:abs", user_id=ADMIN, message_id=group.result["message_id"]),
                "editMessageText")
    assert "Note: the bot still does not answer it with that entry on its own" in edit.params["text"]
    # From a new user's trial: the note names what is missing, not just "requires or synonyms".
    assert "the entry requires a word for abs (faq.yaml synonyms), and the question has none" in edit.params["text"]


def test_a_teach_button_pressed_after_faq_yaml_changed_on_disk_is_refused(bot, faq_file):
    bot.message(TEACH)
    [group] = unanswered(bot)[1:]
    faq_file.write_text(edit_abs_answer(faq_file.read_text(encoding="utf-8")), encoding="utf-8")
    edited = faq_file.read_bytes()
    [edit] = of(bot.press(teach_buttons(group)[0], user_id=ADMIN, message_id=group.result["message_id"]),
                "editMessageText")
    assert edit.params["text"] == ("faq.yaml has changed since this list was made; nothing was added. "
                                   "Ask for the list again to see it with the current file.")
    assert faq_file.read_bytes() == edited


def test_the_next_teach_from_the_same_list_still_works_after_one_changed_the_file(bot, faq_file):
    # From a third new user's trial: after one teach, every other button of the list was refused as
    # "faq.yaml has changed since this list was made" (the change was the list's own teach).
    bot.message(TEACH)
    bot.message("physio say bulging disc, ok to run or no?")
    groups = unanswered(bot)[1:]
    assert len(groups) == 2
    for group in groups:
        [edit] = of(bot.press(teach_buttons(group)[0], user_id=ADMIN, message_id=group.result["message_id"]),
                    "editMessageText")
        assert edit.params["text"].startswith("Added"), edit.params["text"]


def test_a_teach_button_from_an_unknown_list_is_refused(bot):
    [edit] = of(bot.press("teach:0badc0de:abs", user_id=ADMIN), "editMessageText")
    assert edit.params["text"] == "This list is out of date. Send /unanswered for a fresh one."


def test_not_for_the_faq_hides_the_group_from_later_lists(bot):
    bot.message(NONE)
    [group] = unanswered(bot)[1:]
    [edit] = of(bot.press(button_data(group)[-1], user_id=ADMIN, message_id=group.result["message_id"]),
                "editMessageText")
    assert edit.params["text"] == f"Set aside: “{NONE}” will not be listed again."
    assert [c.params["text"] for c in unanswered(bot)] == [
        "Nothing to review: every recent question got an answer, or was set aside."]


def test_undo_restores_the_file_as_it_was(bot, faq_file):
    original = faq_file.read_bytes()
    bot.message(TEACH)
    [group] = unanswered(bot)[1:]
    bot.press(teach_buttons(group)[0], user_id=ADMIN, message_id=group.result["message_id"])
    [reply] = texts(bot.message("/undo", user_id=ADMIN), ADMIN)
    assert faq_file.read_bytes() == original
    assert reply == (f"Undone: added an alternate to herniated-disc (\u201c{TEACH}\u201d removed).\n"
                     "Reloaded. edited: herniated-disc\nServing 11 entries.")
    (said,) = texts(bot.message("/undo", user_id=ADMIN), ADMIN)
    assert said.startswith("There is nothing to undo") and ".faq-history/" in said
    # A new user saw "from `teach`" with its backticks: the reply is HTML, where they are literal.
    assert "`" not in said, said


def test_an_undone_teach_puts_its_question_back_on_the_list(bot):
    # From a new user's trial: after /undo the question never came back to /unanswered or report.
    bot.message(TEACH)
    [group] = unanswered(bot)[1:]
    bot.press(teach_buttons(group)[0], user_id=ADMIN, message_id=group.result["message_id"])
    bot.message(TEACH)  # asked again: answered now, so nothing to review
    assert [c.params["text"] for c in unanswered(bot)] == [
        "Nothing to review: every recent question got an answer, or was set aside."]
    bot.message("/undo", user_id=ADMIN)
    listed = [c.params["text"] for c in unanswered(bot)]
    assert any(TEACH in text for text in listed), listed


def test_an_undone_teach_keeps_the_questions_set_aside_hidden(bot):
    bot.message(NONE)
    [group] = unanswered(bot)[1:]
    bot.press(button_data(group)[-1], user_id=ADMIN, message_id=group.result["message_id"])  # not for the FAQ
    bot.message(TEACH)
    [taught] = unanswered(bot)[1:]
    bot.press(teach_buttons(taught)[0], user_id=ADMIN, message_id=taught.result["message_id"])
    bot.message("/undo", user_id=ADMIN)
    listed = " ".join(c.params["text"] for c in unanswered(bot))
    assert TEACH in listed and NONE not in listed


# ------------------------------------------------------------------------------ faq.yaml as a file


def test_faq_sends_the_file_in_use(bot, api, faq_file):
    calls = bot.message("/faq", user_id=ADMIN)
    [document] = api.sent_documents()
    assert (document.chat_id, document.file_name, document.data) == (ADMIN, "faq.yaml", faq_file.read_bytes())
    assert document.caption.startswith("The faq.yaml in use (11 entries).") and not sent(calls)


def test_an_uploaded_faq_that_passes_the_checks_replaces_the_file_and_is_served(bot, api, faq_file):
    new = edit_abs_answer(faq_file.read_text(encoding="utf-8")).encode()
    calls = bot.feed("document", new, "faq.yaml", user_id=ADMIN)
    assert faq_file.read_bytes() == new
    summary = "faq.yaml replaced. Edited abs. Now 11 entries."
    assert texts(calls, ADMIN) == [summary + " /undo takes it back."]
    assert texts(calls, OTHER_ADMIN) == ["An admin uploaded a new faq.yaml. Edited abs. Now 11 entries."]
    assert MARKER in sent(bot.message("can running give me abs"))[0].params["text"]


def test_a_broken_uploaded_faq_is_refused_with_its_problems_and_the_file_kept(bot, faq_file):
    original = faq_file.read_bytes()
    broken = original.replace(b"  - id: abs\n", b"  - id: abs\n    colour: blue\n")
    [reply] = texts(bot.feed("document", broken, "my-edit.yml", user_id=ADMIN), ADMIN)
    line = broken.decode().splitlines().index("    colour: blue") + 1
    assert reply.startswith("<b>my-edit.yml has 1 problem; faq.yaml was not changed.</b>\n<code>my-edit.yml:"
                            f"{line}:5: ")
    assert faq_file.read_bytes() == original


# ------------------------------------------------------------------------------ everyone else


@pytest.mark.parametrize("command", ["/reload", "/stats", "/unanswered", "/undo", "/faq"])
def test_an_admin_command_from_anyone_else_gets_the_help_and_is_logged(bot, api, command, caplog):
    assert as_replies(sent(bot.message(command))) == [replies.help_text(bot.faq)]
    assert not api.sent_documents()
    assert f"Refused admin command {command}" in caplog.text and str(USER) not in caplog.text


def test_an_admin_command_sent_in_a_group_is_ignored_and_logged_as_sent_in_a_group(bot, caplog):
    # From a second new user's trial: an admin's /stats in the group was logged as "from a non-admin user".
    caplog.set_level("INFO")
    assert sent(bot.message("/stats", user_id=ADMIN, chat_id=-100300, chat_type="supergroup")) == []
    assert "Ignored admin command /stats sent in a group" in caplog.text and "non-admin" not in caplog.text


def test_a_teach_button_from_anyone_else_is_refused_and_changes_nothing(bot, faq_file):
    original = faq_file.read_bytes()
    bot.message(TEACH)
    [group] = unanswered(bot)[1:]
    for chat in (USER, -100300):  # someone else; the admin in a group
        calls = bot.press(teach_buttons(group)[0], user_id=USER if chat == USER else ADMIN, chat_id=chat)
        assert [c.method for c in calls] == ["answerCallbackQuery"]
        assert toasts(calls) == ["Only the bot's admins can do that."]
    assert faq_file.read_bytes() == original


def test_a_file_from_anyone_else_is_a_question_when_captioned_and_never_replaces_the_faq(bot, api, faq_file):
    original = faq_file.read_bytes()
    calls = bot.feed("document", b"entries: []\n", "faq.yaml", caption=ANSWER)
    assert as_replies(sent(calls)) == expected_for(bot, ANSWER, ref=ref_of(sent(calls)))
    assert as_replies(sent(bot.feed("document", b"entries: []\n", "faq.yaml"))) == [replies.non_text()]
    assert faq_file.read_bytes() == original and not of(api.calls, "getFile")


def test_an_admin_question_is_still_answered_like_anyone_elses(bot):
    calls = sent(bot.message(SUGGEST, user_id=ADMIN))
    assert as_replies(calls) == expected_for(bot, SUGGEST, ref=ref_of(calls))


def test_an_admins_file_without_a_yaml_name_gets_a_hint_and_changes_nothing(bot, faq_file):
    before = faq_file.read_bytes()
    calls = bot.feed("document", before, "faq.txt", user_id=ADMIN)
    # One reply, not the "text questions only" line first (from a new user's trial).
    assert texts(calls, ADMIN) == ["To replace faq.yaml, send it as a file whose name ends in "
                                   "<code>.yaml</code> or <code>.yml</code>. Questions I read as text only. 🙂"]
    assert faq_file.read_bytes() == before


def test_a_reload_that_takes_a_taught_question_out_lists_its_whole_group_again(tmp_path):
    # A review: only the file watcher put taught questions back, and only the one wording in the file.
    from helpers import ROOT

    from bot import editing
    from bot.live import FaqSource
    from bot.store import Store, normalize
    path = tmp_path / "faq.yaml"
    path.write_bytes((ROOT / "faq.yaml").read_bytes())
    source = FaqSource.load(path)
    store = Store(tmp_path / "log.sqlite3")
    try:
        asked = ["how long till i see abs if i run every day", "how long till I see abs if I run daily??"]
        for text in asked:
            store.log_question(text, "suggest", None, None)
        edit = editing.add_alternate(path, "abs", asked[0])
        store.dismiss([normalize(t) for t in asked], edit=edit.digest)
        source.reload()
        assert store.review() == []
        kept = [line for line in path.read_text(encoding="utf-8").splitlines(keepends=True) if asked[0] not in line]
        path.write_text("".join(kept), encoding="utf-8")  # an editor's older copy saved over the teach
        done = admin.run("reload", "", source, store)
        assert "took out of their entries" in done.notice
        assert sorted(r.text for r in store.review()) == sorted(asked)
    finally:
        store.close()
