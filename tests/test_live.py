"""Tests for bot.live.FaqSource: reloading faq.yaml while serving, keeping the last good version."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from bot import admin
from bot.faq import FAQError
from bot.live import FaqSource

ROOT = Path(__file__).resolve().parent.parent
ORIGINAL = (ROOT / "faq.yaml").read_text(encoding="utf-8")
NEW_ENTRY = """
  - id: hedgehog-running
    question: Can hedgehogs go running?
    alternates:
      - do hedgehogs jog
    answer: Hedgehogs trot surprisingly fast.
"""


def with_new_entry(text: str, entry: str = NEW_ENTRY) -> str:
    """The FAQ text with `entry` added as the last entry (before the matching section)."""
    head, sep, tail = text.partition("\nmatching:")
    if not sep:
        return text + entry
    return f"{head.rstrip()}\n{entry.strip(chr(10))}\n\n{sep.lstrip(chr(10))}{tail}"


@pytest.fixture
def path(tmp_path) -> Path:
    p = tmp_path / "faq.yaml"
    p.write_text(ORIGINAL, encoding="utf-8")
    return p


@pytest.fixture
def source(path) -> FaqSource:
    return FaqSource.load(path)


def test_load_serves_the_file(source):
    assert len(source.current.faq.entries) == 11
    assert source.current.matcher.decide("can running give me abs").entry_id == "abs"
    assert source.changed_on_disk() is False


def test_load_of_a_broken_file_raises(tmp_path):
    p = tmp_path / "faq.yaml"
    p.write_text("disclaimer: [\n", encoding="utf-8")
    with pytest.raises(FAQError):
        FaqSource.load(p)
    with pytest.raises(FAQError):
        FaqSource.load(tmp_path / "missing.yaml")


def test_reload_of_an_unchanged_file_changes_nothing(source):
    before = source.current
    result = source.reload()
    assert result.changed is False and result.ok and result.problems == ()
    assert source.current is before
    assert "No change" in result.summary()


def test_reload_after_adding_an_entry(path, source):
    path.write_text(with_new_entry(ORIGINAL), encoding="utf-8")
    assert source.changed_on_disk()
    result = source.reload()
    assert result.changed and result.ok
    assert result.added == ("hedgehog-running",) and result.removed == () and result.edited == ()
    assert source.current.faq.get("hedgehog-running") is not None
    assert source.current.matcher.decide("do hedgehogs jog").entry_id == "hedgehog-running"
    assert "added: hedgehog-running" in result.summary()
    assert source.changed_on_disk() is False


def test_reload_reports_removed_and_edited_entries(path, source):
    start = ORIGINAL.index("  - id: butt-smaller")
    assert "Running works your core" in ORIGINAL[:start]  # in the answer of "abs"
    edited = ORIGINAL[:start].replace("Running works your core", "Running trains your core")
    # drop the related links to the removed entry, or the file would (rightly) be refused
    edited = re.sub(r",\s*butt-smaller\b|\bbutt-smaller,\s*", "", edited)
    assert "butt-smaller" not in edited
    path.write_text(edited, encoding="utf-8")
    result = source.reload()
    assert result.ok, result.summary()
    assert result.removed == ("butt-smaller",)
    assert "abs" in result.edited
    assert source.current.faq.get("butt-smaller") is None


def test_broken_edit_keeps_the_old_version_and_reports_once(path, source):
    old = source.current
    broken = ORIGINAL.replace("  - id: abs\n", "  - id: abs\n    colour: red\n", 1)
    path.write_text(broken, encoding="utf-8")
    bad_line = broken.splitlines().index("    colour: red") + 1

    first = source.reload()
    assert first.changed is False and not first.ok and first.first_report is True
    assert [(p.line, p.col) for p in first.problems] == [(bad_line, 5)]
    assert str(first.problems[0]).startswith(f"{path}:{bad_line}:5: ")
    assert source.current is old
    assert source.current.matcher.decide("can running give me abs").entry_id == "abs"
    assert f":{bad_line}:5:" in first.summary()

    second = source.reload()  # the same broken content: do not tell the admins again
    assert second.first_report is False and second.problems == first.problems and source.current is old

    path.write_text(broken + "\n# the same mistake, saved again\n", encoding="utf-8")
    third = source.reload()  # other bytes, the same problems: not news (from a new user's trial)
    assert third.first_report is False and third.problems == first.problems and source.current is old

    path.write_text(broken.replace("colour: red", "colour: red\n    size: big", 1), encoding="utf-8")
    fourth = source.reload()  # a new mistake is news
    assert fourth.first_report is True and source.current is old


def test_undoing_a_broken_edit_is_news_and_the_same_mistake_later_is_news_again(path, source):
    # From a third code review: putting back the served file was never announced, and then the same
    # mistake made again was never reported.
    broken = ORIGINAL.replace("  - id: abs\n", "  - id: abs\n    colour: red\n", 1)
    path.write_text(broken, encoding="utf-8")
    assert source.reload().first_report
    path.write_text(ORIGINAL, encoding="utf-8")
    back = source.reload()
    assert back.recovered and not back.changed
    assert admin.notice(back, source) == f"<b>{path.name} is fixed:</b> it is the version being served again."
    path.write_text(broken, encoding="utf-8")
    assert source.reload().first_report  # the same mistake, made again later, is news again


def test_the_fix_after_a_reported_broken_edit_is_news_too(path, source):
    path.write_text(ORIGINAL.replace("  - id: abs\n", "  - id: abs\n    colour: red\n", 1), encoding="utf-8")
    assert admin.notice(source.reload(), source) is not None
    path.write_text(with_new_entry(ORIGINAL), encoding="utf-8")
    fixed = source.reload()
    assert fixed.changed and fixed.recovered
    assert admin.notice(fixed, source).startswith(f"<b>{path.name} is fixed.</b> added:")
    # The terminal chat's line says it too (a fifteenth new user saw only "Reloaded. edited: abs").
    assert fixed.summary().startswith("Fixed and reloaded. added:")
    path.write_text(ORIGINAL, encoding="utf-8")
    # An ordinary edit on the server is news too (from a third new user's trial: a hand edit or the
    # CLI's teach or undo went unannounced), and nothing at all is no news.
    again = source.reload()
    assert again.changed and not again.recovered
    assert admin.notice(again, source).startswith(f"<b>{path.name} was changed on the server</b> and is now served.")
    assert admin.notice(source.reload(), source) is None


def test_fixing_a_broken_edit_serves_the_new_version(path, source):
    path.write_text(with_new_entry(ORIGINAL, NEW_ENTRY.replace("answer:", "answr:")), encoding="utf-8")
    assert not source.reload().ok
    path.write_text(with_new_entry(ORIGINAL), encoding="utf-8")
    result = source.reload()
    assert result.ok and result.changed and result.added == ("hedgehog-running",)
    assert source.current.faq.get("hedgehog-running") is not None


def test_broken_then_the_same_broken_again_after_a_fix_is_reported_again(path, source):
    broken = ORIGINAL + "colour: red\n"
    path.write_text(broken, encoding="utf-8")
    assert source.reload().first_report is True
    path.write_text(with_new_entry(ORIGINAL), encoding="utf-8")
    assert source.reload().ok
    path.write_text(broken, encoding="utf-8")
    assert source.reload().first_report is True


def test_a_deleted_file_keeps_the_old_version(path, source):
    old = source.current
    path.unlink()
    assert source.changed_on_disk()
    result = source.reload()
    assert not result.ok and "the file does not exist" in result.problems[0].message
    assert source.current is old


def test_a_non_utf8_edit_is_a_problem(path, source):
    path.write_bytes(ORIGINAL.encode("utf-8") + b"# caf\xe9\n")
    result = source.reload()
    assert not result.ok and "not UTF-8" in result.problems[0].message
    assert len(source.current.faq.entries) == 11


def test_atomic_rename_over_the_file_is_detected(path, source):
    tmp = path.with_name("faq.yaml.tmp")
    tmp.write_text(with_new_entry(ORIGINAL), encoding="utf-8")
    assert source.changed_on_disk() is False
    os.replace(tmp, path)
    assert source.changed_on_disk() is True
    result = source.reload()
    assert result.added == ("hedgehog-running",)
    assert source.changed_on_disk() is False


def test_atomic_rename_is_detected_even_with_the_same_size_and_mtime(path, source):
    # Only the inode differs: an editor that keeps timestamps, or two saves in one clock tick.
    st = os.stat(path)
    tmp = path.with_name("faq.yaml.tmp")
    tmp.write_text(ORIGINAL, encoding="utf-8")
    os.utime(tmp, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(tmp, path)
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns) == (st.st_size, st.st_mtime_ns) and after.st_ino != st.st_ino
    assert source.changed_on_disk() is True
    assert source.reload().changed is False  # same content: nothing to swap


def test_a_snapshot_taken_before_a_reload_stays_whole(path, source):
    snapshot = source.current
    path.write_text(with_new_entry(ORIGINAL), encoding="utf-8")
    source.reload()
    assert snapshot.faq.get("hedgehog-running") is None
    assert snapshot.matcher.faq is snapshot.faq
    assert source.current.matcher.faq is source.current.faq is not snapshot.faq


def test_force_reload_rebuilds_even_when_unchanged(source):
    before = source.current
    result = source.reload(force=True)
    assert result.changed and result.ok and source.current is not before
    assert result.added == result.removed == result.edited == ()


def test_a_tagged_scalar_edit_is_reported_not_raised(path, source):
    path.write_text(ORIGINAL.replace("  - id: abs\n", "  - id: abs\n    title: !!python/name:os.system ''\n", 1),
                    encoding="utf-8")
    result = source.reload()
    assert not result.ok and source.current.faq.get("abs") is not None


def test_a_server_edit_whose_new_alternate_gets_another_answer_says_so(path, source):
    # From a third new user's trial: an alternate added by hand that the bot still did not answer
    # with its entry was reloaded without a word; only `check` said so.
    six_pack = "      - will running give me a six pack\n"
    edited = ORIGINAL.replace(six_pack, six_pack + "      - why does my lower back hurt after I run\n", 1)
    assert edited != ORIGINAL
    path.write_text(edited, encoding="utf-8")
    text = admin.notice(source.reload(), source)
    assert "was changed on the server" in text and "Not answered with their own entry yet" in text
    assert "abs: “why does my lower back hurt after I run” is answered by &#x27;back-pain-after-run&#x27;" in text


def test_a_hand_edit_that_takes_questions_out_of_an_entry_says_which(path, source):
    # From an eleventh new user's trial: an editor's older copy saved over a teach from the chat took the
    # taught line out, and the notice said only "edited: abs".
    six_pack = "      - will running give me a six pack\n"
    assert six_pack in ORIGINAL
    path.write_text(ORIGINAL.replace(six_pack, "", 1), encoding="utf-8")
    result = source.reload()
    assert result.dropped == (("abs", "will running give me a six pack"),)
    text = admin.notice(result, source)
    assert "Questions this edit took out of their entries" in text and "abs: “will running give me a six pack”" in text


def test_an_edit_that_keeps_every_question_drops_none(path, source):
    path.write_text(ORIGINAL.replace("will running give me a six pack", "Will running give me a six pack", 1),
                    encoding="utf-8")
    result = source.reload()
    assert result.changed and result.dropped == ()


def test_a_synonym_edit_that_moves_an_entrys_questions_says_so(path, source):
    # From an eleventh new user's trial: a change in the matching section alone reloaded with "Only the general
    # texts or synonyms changed" although it took questions away from their entries.
    abs_words = " cubes, abs, ab, abdominal,"
    assert abs_words in ORIGINAL
    path.write_text(ORIGINAL.replace(abs_words, " cubes, abdominal,", 1), encoding="utf-8")
    text = admin.notice(source.reload(), source)
    assert "Only the general texts or synonyms changed" in text and "Not answered with their own entry yet" in text


def test_a_start_with_a_broken_file_serves_the_last_good_version(path, source):
    # From an eleventh new user's trial: a broken save served the last good version until a restart, and then
    # the bot would not start at all.
    served = FaqSource.load(path, keep=True)
    path.write_text(with_new_entry(ORIGINAL), encoding="utf-8")
    assert served.reload().changed  # the version with the new entry is served, and kept
    path.write_text(ORIGINAL.replace("  - id: abs\n", "  - id abs\n", 1), encoding="utf-8")
    with pytest.raises(FAQError):
        FaqSource.load(path)
    restarted = FaqSource.load(path, keep=True)
    assert restarted.current.faq.get("hedgehog-running") is not None
    problems, _ = restarted.started_broken
    assert problems and "started, but faq.yaml has" in admin.started_broken_html(restarted)
    assert not restarted.reload().first_report  # told once, at the start: not again by the watcher
    path.write_text(ORIGINAL, encoding="utf-8")
    fixed = restarted.reload()
    assert fixed.changed and fixed.recovered and restarted.started_broken is None


def test_a_first_start_with_a_broken_file_still_refuses(tmp_path):
    broken = tmp_path / "faq.yaml"
    broken.write_text(ORIGINAL.replace("  - id: abs\n", "  - id abs\n", 1), encoding="utf-8")
    with pytest.raises(FAQError):
        FaqSource.load(broken, keep=True)


def test_a_trial_keeps_nothing_and_each_faq_file_has_its_own_fallback(path, tmp_path):
    # A review: the terminal chat trying a draft in the same folder wrote the version the bot falls back to.
    FaqSource.load(path, keep=True)
    draft = tmp_path / "draft.yaml"
    draft.write_text(with_new_entry(ORIGINAL), encoding="utf-8")
    FaqSource.load(draft)                # a trial: keeps nothing
    FaqSource.load(draft, keep=True)     # another bot on another file: its own fallback
    path.write_text(ORIGINAL.replace("  - id: abs\n", "  - id abs\n", 1), encoding="utf-8")
    restarted = FaqSource.load(path, keep=True)
    assert restarted.current.faq.get("hedgehog-running") is None and restarted.started_broken


def test_a_broken_kept_version_reports_the_files_own_problems(path, tmp_path):
    FaqSource.load(path, keep=True)
    (tmp_path / ".faq-history" / "last-good-faq.yaml").write_text("entries: [", encoding="utf-8")
    path.write_text(ORIGINAL.replace("  - id: abs\n", "  - id abs\n", 1), encoding="utf-8")
    with pytest.raises(FAQError) as err:
        FaqSource.load(path, keep=True)
    assert all(p.path == str(path) for p in err.value.problems)
