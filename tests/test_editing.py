"""Tests for bot.editing: alternates added with every other byte kept, whole-file replacement,
refusals with clear reasons, the history beside the file, and undo."""
from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from bot import editing
from bot.editing import EditRefused
from bot.faq import load_faq

ROOT = Path(__file__).resolve().parent.parent

BLOCK = """\
# a comment that must survive
disclaimer: Not medical advice.
fallback: 'Sorry, no answer.'
urgent: See a doctor today.

entries:
  - id: one
    question: Question one?
    alternates:
      - alt one   # trailing comment
      - "alt two"

    answer: Answer one.
  - id: two
    question: Question two?
    alternates: [first, 'second']
    answer: Answer two.
"""


@pytest.fixture
def faq(tmp_path: Path) -> Path:
    path = tmp_path / "faq.yaml"
    path.write_text(BLOCK, encoding="utf-8")
    return path


def added_lines(before: str, after: str) -> list[str]:
    return [line[1:] for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line.startswith("+") and not line.startswith("+++")]


def removed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line.startswith("-") and not line.startswith("---")]


def test_a_block_list_gets_one_line_in_its_own_indentation(faq: Path) -> None:
    edit = editing.add_alternate(faq, "one", "  how's my   back?  ")
    after = faq.read_text(encoding="utf-8")
    assert added_lines(BLOCK, after) == ['      - "how\'s my back?"'] and removed_lines(BLOCK, after) == []
    assert edit.line == after.splitlines().index('      - "how\'s my back?"') + 1
    assert load_faq(faq).get("one").alternates == ("alt one", "alt two", "how's my back?")
    assert "# a comment that must survive" in after and "# trailing comment" in after


def test_a_flow_list_gets_one_more_item_and_nothing_else_changes(faq: Path) -> None:
    editing.add_alternate(faq, "two", 'a "quoted" one: with colon')
    after = faq.read_text(encoding="utf-8")
    assert added_lines(BLOCK, after) == ["    alternates: [first, 'second', \"a \\\"quoted\\\" one: with colon\"]"]
    assert load_faq(faq).get("two").alternates[-1] == 'a "quoted" one: with colon'


def test_the_repo_faq_changes_by_one_line(tmp_path: Path) -> None:
    path = tmp_path / "faq.yaml"
    before = (ROOT / "faq.yaml").read_bytes()
    path.write_bytes(before)
    editing.add_alternate(path, "abs", "does jogging tone your stomach muscles? 💪 ünïcode")
    after = path.read_bytes()
    lines_before, lines_after = before.split(b"\n"), after.split(b"\n")
    assert len(lines_after) == len(lines_before) + 1
    assert [line for line in lines_after if line not in lines_before] == [
        '      - "does jogging tone your stomach muscles? 💪 ünïcode"'.encode()]


def test_crlf_and_a_byte_order_mark_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "faq.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + BLOCK.replace("\n", "\r\n").encode())
    editing.add_alternate(path, "one", "windows line ends")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b'      - "windows line ends"\r\n' in data
    assert data.count(b"\r\n") == BLOCK.count("\n") + 1 and b"\n" not in data.replace(b"\r\n", b"")


def test_a_file_changed_since_the_list_was_made_is_refused(faq: Path) -> None:
    shown = editing.digest(faq.read_bytes())
    faq.write_text(BLOCK.replace("Answer one.", "Answer one, edited."), encoding="utf-8")
    with pytest.raises(EditRefused, match="changed since"):
        editing.add_alternate(faq, "one", "new question", expected=shown)
    assert "new question" not in faq.read_text(encoding="utf-8")


@pytest.mark.parametrize("entry, question, reason", [
    ("nope", "anything", "no entry 'nope'"),
    ("one", "ALT ONE", "already has"),
    ("one", "   ", "no question"),
])
def test_refusals_say_why_and_change_nothing(faq: Path, entry: str, question: str, reason: str) -> None:
    with pytest.raises(EditRefused, match=reason):
        editing.add_alternate(faq, entry, question)
    assert faq.read_text(encoding="utf-8") == BLOCK
    assert editing.history(faq) == []


def test_history_keeps_the_versions_and_undo_walks_back(faq: Path) -> None:
    editing.add_alternate(faq, "one", "first change")
    editing.add_alternate(faq, "two", "second change")
    assert [h["what"] for h in editing.history(faq)] == ["added an alternate to one", "added an alternate to two"]
    assert "Undone: added an alternate to two" in editing.undo(faq).summary
    assert "second change" not in faq.read_text(encoding="utf-8")
    editing.undo(faq)
    assert faq.read_text(encoding="utf-8") == BLOCK
    with pytest.raises(EditRefused, match="nothing to undo"):
        editing.undo(faq)


def test_undo_refuses_to_lose_an_edit_made_by_hand(faq: Path) -> None:
    editing.add_alternate(faq, "one", "from the chat")
    edited = faq.read_text(encoding="utf-8").replace("Answer two.", "Answer two, by hand.")
    faq.write_text(edited, encoding="utf-8")
    with pytest.raises(EditRefused, match="changed some other way") as refused:
        editing.undo(faq)
    assert faq.read_text(encoding="utf-8") == edited
    # ...and names the change it would have taken back, and the version before it (an eleventh new user)
    assert "The change it would take back: added an alternate to one (“from the chat”)" in str(refused.value)
    assert editing.history(faq)[-1]["file"] in str(refused.value)


def test_the_history_is_short(faq: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(editing, "HISTORY_KEEP", 3)
    for n in range(5):
        editing.add_alternate(faq, "one", f"question number {n}")
    kept = editing.history(faq)
    assert len(kept) == 3
    files = sorted(p.name for p in (faq.parent / editing.HISTORY_DIR).iterdir() if p.name != "index.json")
    assert files == sorted(h["file"] for h in kept)


def test_replacing_the_file_checks_it_first_and_says_what_changed(faq: Path) -> None:
    broken = BLOCK.replace("answer: Answer two.", "answr: Answer two.").encode()
    with pytest.raises(EditRefused) as info:
        editing.replace_file(faq, broken, name="upload.yaml")
    assert info.value.problems and all(p.path == "upload.yaml" for p in info.value.problems)
    assert faq.read_text(encoding="utf-8") == BLOCK
    new = BLOCK.replace("Answer two.", "Answer two, better.") + (
        "  - id: three\n    question: Question three?\n    alternates: [x]\n    answer: Three.\n")
    edit = editing.replace_file(faq, new.encode(), name="upload.yaml")
    assert edit.added == ("three",) and edit.edited == ("two",) and edit.removed == ()
    assert "Added three" in edit.summary and "Edited two" in edit.summary
    assert faq.read_text(encoding="utf-8") == new
    editing.undo(faq)
    assert faq.read_text(encoding="utf-8") == BLOCK


def test_an_upload_in_another_encoding_is_refused_at_its_line(faq: Path) -> None:
    with pytest.raises(EditRefused) as info:
        editing.replace_file(faq, BLOCK.replace("Answer one.", "Caf\xe9 one.").encode("cp1252"), name="win.yaml")
    (problem,) = info.value.problems
    assert problem.line == BLOCK.splitlines().index("    answer: Answer one.") + 1
    assert "UTF-8" in problem.message


def test_the_same_file_again_is_not_a_change(faq: Path) -> None:
    with pytest.raises(EditRefused, match="already in use"):
        editing.replace_file(faq, BLOCK.encode(), name="same.yaml")


def test_a_list_made_before_teaches_still_teaches_but_not_after_an_upload(tmp_path):
    # From a third new user's trial and an eighth code review: the list's own teaches keep it usable;
    # an upload replaces the whole file, as a hand edit does, so the list is stale.
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    listed = editing.digest(faq.read_bytes())
    editing.add_alternate(faq, "abs", "will jogging carve my stomach", expected=listed)
    editing.add_alternate(faq, "weight-loss", "jogging to drop a jeans size", expected=listed)
    uploaded = faq.read_bytes().replace(b"Can running give you abs?", b"Does running give you abs?")
    editing.replace_file(faq, uploaded)
    with pytest.raises(EditRefused, match="changed since this list was made"):
        editing.add_alternate(faq, "abs", "does running tone the tummy", expected=listed)


@pytest.mark.parametrize("question", [
    "hi im Sarah Jones 07700 900123, my knee hurts after running",
    "email me at runner.sam@example.org about my back",
])
def test_a_question_with_personal_details_is_not_added(faq: Path, question: str) -> None:
    # From an eleventh new user's trial: a name and phone number went into the shared faq.yaml without a word.
    before = faq.read_text(encoding="utf-8")
    with pytest.raises(EditRefused, match="personal details"):
        editing.add_alternate(faq, "one", question)
    assert faq.read_text(encoding="utf-8") == before


def test_a_date_or_a_race_time_is_no_personal_detail(faq: Path) -> None:
    editing.add_alternate(faq, "one", "since 2024-11-30 my 10k time went from 52:30 to 55:10, why?")
    assert "52:30" in faq.read_text(encoding="utf-8")


@pytest.mark.parametrize("question", ["my name is on the parkrun results but my back aches after every run",
                                      "2 sprints up Acacia Road and my lower back aches",
                                      "4 strides down Mill Lane and my back hurts"])
def test_ordinary_questions_get_no_personal_details_warning(question):
    # The ninety-first review: these were warned of as a name or an address.
    from bot.editing import personal_details_warning
    assert personal_details_warning(question) is None


@pytest.mark.parametrize("question, words", [
    ("my name is Dave from 12 Elm Street and my back aches", {"dave", "elm"}),
    ("my name's Priyanka Patel, back sore after long runs", {"priyanka", "patel"}),
    ("email dave.smith@example.com back battered", {"dave", "smith", "example", "com"}),
    ("my name is on the parkrun results but my back aches after every run", set()),
    ("2 sprints up Acacia Road and my lower back aches", set()),
])
def test_the_words_of_personal_details_are_known(question, words):
    # A new user's teach suggested "perhaps 'dave', 'elm'" as synonyms: a name and a street's.
    assert editing.personal_words(question) == words


def test_a_refused_upload_counts_its_problems_in_words(faq: Path) -> None:
    # A new user read "has 1 problem(s)".
    with pytest.raises(EditRefused) as info:
        editing.replace_file(faq, BLOCK.replace("  - id: two\n", "  - id: two\n    colour: red\n").encode(),
                             name="upload.yaml")
    assert str(info.value) == "upload.yaml has 1 problem; faq.yaml was not changed."
    with pytest.raises(EditRefused) as info:
        editing.replace_file(faq, BLOCK.replace("answer: Answer two.", "answr: Answer two.").encode(),
                             name="upload.yaml")
    assert str(info.value) == "upload.yaml has 2 problems; faq.yaml was not changed."


def test_an_upload_saved_as_utf16_is_refused_as_utf16(faq: Path) -> None:
    # A new user's UTF-16 file was only "byte 0xff here is not UTF-8".
    with pytest.raises(EditRefused) as info:
        editing.replace_file(faq, BLOCK.encode("utf-16"), name="notepad.yaml")
    (problem,) = info.value.problems
    assert problem.message.startswith("the file looks like UTF-16 (it starts with the byte order mark 0xFF 0xFE)")
    assert faq.read_text(encoding="utf-8") == BLOCK


def test_an_upload_of_one_entry_says_one_entry(faq: Path) -> None:
    # "Now 1 entries." read as "1 problem(s)" did to a new user.
    one = BLOCK[:BLOCK.index("  - id: two")]
    assert editing.replace_file(faq, one.encode(), name="one.yaml").summary.endswith(" Now 1 entry.")


def test_a_folder_the_bot_cannot_write_refuses_with_what_to_fix(faq: Path) -> None:
    # (a file where the history folder goes stands in for a folder the bot's user cannot write: chmod does not stop
    # root, which runs CI; a thirteenth new user's teach ended in a PermissionError traceback)
    (faq.parent / editing.HISTORY_DIR).write_text("not a folder", encoding="utf-8")
    with pytest.raises(EditRefused) as refused:
        editing.add_alternate(faq, "one", "how is my back")
    assert "faq.yaml was not changed" in str(refused.value) and "write access to the folder" in str(refused.value)
    assert faq.read_text(encoding="utf-8") == BLOCK
