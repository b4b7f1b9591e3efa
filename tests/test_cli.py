"""Tests for the command line (`python -m bot ...`), run as a user runs it: in a child process."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli, evaluation, markup
from bot.faq import load_faq
from bot.live import FaqSource
from bot.matching import ASIDE_FACTOR, Matcher

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "questions-dev.yaml"
BOT_VARS = (
    "TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "TELEGRAM_RATE_LIMIT", "FAQ_PATH", "ADMIN_IDS", "DB_PATH",
    "LOG_LEVEL", "WEBHOOK_URL", "PORT", "WEBHOOK_SECRET", "QUESTION_LOG", "LOG_RETENTION_DAYS",
)
KINDS = {"answer", "suggest", "none", "urgent", "smalltalk"}

SMALL_FAQ = """\
disclaimer: Not medical advice.
fallback: Sorry, only hedgehogs here.
urgent: See a doctor today.
entries:
  - id: hedgehog-running
    question: Can hedgehogs go running?
    alternates:
      - do hedgehogs jog
      - hedgehog running speed
    answer: Hedgehogs trot surprisingly fast.
"""


def run(*args: str, stdin: str | None = None, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in BOT_VARS}
    # The package is imported from the repo, whatever the working folder.
    clean["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], cwd=cwd, env=clean, text=True, encoding="utf-8",
        input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True, timeout=60,
    )

def saving_on_reload(path: Path, saves: list[str], lines: str) -> io.StringIO:
    """The chat's standard input, `lines`, that writes the next of `saves` to `path` as each /reload is read."""
    texts = iter(saves)

    class SavesBeforeReload(io.StringIO):
        def readline(self, *args):
            line = super().readline(*args)
            if line.startswith("/reload"):
                path.write_text(next(texts), encoding="utf-8")
            return line

    return SavesBeforeReload(lines)



def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture(scope="module")
def faq():
    return load_faq(ROOT / "faq.yaml")


# -- no Telegram in the core ----------------------------------------------------------------


def test_core_modules_do_not_import_telegram():
    code = ("import bot.faq, bot.markup, bot.text, bot.triage, bot.matching, bot.replies, bot.cli, bot.live, "
            "bot.evaluation; import sys; print('telegram' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"


def test_answering_a_question_does_not_import_telegram():
    code = ("import sys, io, contextlib; from bot.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()): rc = main(['ask', 'can running give me abs'])\n"
            "print(rc, 'telegram' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "0 False", proc.stderr


# -- ask ------------------------------------------------------------------------------------


def test_ask_json_prints_one_object_with_exactly_the_documented_keys(faq):
    proc = run("ask", "--json", "can running give me abs")
    assert proc.returncode == 0, proc.stderr
    (record,) = json_lines(proc.stdout)
    assert set(record) == {"question", "decision", "id", "score", "suggestions", "reply"}
    assert record["question"] == "can running give me abs"
    assert record["decision"] == "answer" and record["id"] == "abs"
    assert isinstance(record["score"], (int, float)) and not isinstance(record["score"], bool)
    assert record["suggestions"] == []
    # reply is the plain text a user reads: the answer and the disclaimer, no HTML.
    assert record["reply"].startswith(markup.to_plain(faq.get("abs").answer).split("\n")[0])
    assert markup.to_plain(faq.disclaimer) in record["reply"]
    assert "<b>" not in record["reply"] and "&amp;" not in record["reply"]


def test_ask_topics_lists_every_entry_id_and_title(faq):
    # A ninth new user looked for the topics in `ask --help` and found none.
    proc = run("ask", "--topics")
    assert proc.returncode == 0, proc.stderr
    rows = [line.split(None, 1) for line in proc.stdout.splitlines()]
    assert [(i, t.strip()) for i, t in rows] == [(e.id, e.title) for e in faq.entries]
    records = json_lines(run("ask", "--topics", "--json").stdout)
    assert records == [{"id": e.id, "title": e.title} for e in faq.entries]


def test_ask_json_joins_the_words_into_one_question():
    proc = run("ask", "--json", "will", "running", "make", "my", "peach", "go", "flat")
    (record,) = json_lines(proc.stdout)
    assert record["question"] == "will running make my peach go flat"
    assert (record["decision"], record["id"]) == ("answer", "butt-smaller")


def test_ask_json_types_for_every_kind():
    questions = ["hi", "can running give me abs", "how do I stop chafing?", "I get chest pain when I run",
                 "sore back from running, is it normal or a strain?"]
    proc = run("ask", "--json", stdin="\n".join(questions) + "\n")
    records = json_lines(proc.stdout)
    assert [r["question"] for r in records] == questions
    assert [r["decision"] for r in records] == ["smalltalk", "answer", "none", "urgent", "suggest"]
    for r in records:
        assert r["decision"] in KINDS
        assert r["id"] is None or isinstance(r["id"], str)
        assert r["score"] is None or isinstance(r["score"], (int, float))
        assert isinstance(r["suggestions"], list) and all(isinstance(s, str) for s in r["suggestions"])
        assert isinstance(r["reply"], str) and r["reply"].strip()
    assert records[0]["id"] is None and records[0]["score"] is None
    assert len(records[4]["suggestions"]) >= 2 and records[4]["id"] is None
    assert "1) " in records[4]["reply"]  # buttons become numbered choices


def test_ask_stdin_skips_blank_lines():
    proc = run("ask", "--json", stdin="hi\n\n   \ncan running give me abs\n\nmy achilles hurts\n")
    records = json_lines(proc.stdout)
    assert [r["question"] for r in records] == ["hi", "can running give me abs", "my achilles hurts"]
    assert [r["decision"] for r in records] == ["smalltalk", "answer", "none"]


def test_ask_without_json_prints_the_plain_reply(faq):
    proc = run("ask", "can running give me abs")
    assert proc.returncode == 0
    assert markup.to_plain(faq.disclaimer) in proc.stdout
    assert "{" not in proc.stdout and "<b>" not in proc.stdout
    assert re.search(r"^\s+1\) Related: ", proc.stdout, re.M)


# -- --faq and FAQ_PATH -----------------------------------------------------------------------


@pytest.fixture
def small_faq(tmp_path) -> Path:
    path = tmp_path / "hedgehogs.yaml"
    path.write_text(SMALL_FAQ, encoding="utf-8")
    return path


@pytest.mark.parametrize("where", ["before", "after"])
def test_faq_option_chooses_the_file(small_faq, where):
    args = ["--faq", str(small_faq), "ask", "--json", "do hedgehogs jog"] if where == "before" else \
        ["ask", "--faq", str(small_faq), "--json", "do hedgehogs jog"]
    (record,) = json_lines(run(*args).stdout)
    assert (record["decision"], record["id"]) == ("answer", "hedgehog-running")


def test_faq_path_environment_variable_chooses_the_file(small_faq):
    (record,) = json_lines(run("ask", "--json", "do hedgehogs jog", FAQ_PATH=str(small_faq)).stdout)
    assert record["id"] == "hedgehog-running"
    check = run("check", FAQ_PATH=str(small_faq))
    assert check.returncode == 0 and ": OK, 1 entry, " in check.stdout


def test_default_faq_is_the_one_in_the_current_folder(small_faq):
    (small_faq.parent / "faq.yaml").write_text(SMALL_FAQ, encoding="utf-8")
    (record,) = json_lines(run("ask", "--json", "do hedgehogs jog", cwd=small_faq.parent).stdout)
    assert record["id"] == "hedgehog-running"


def test_ask_with_a_broken_faq_exits_1_with_the_problems(tmp_path):
    path = tmp_path / "faq.yaml"
    path.write_text(SMALL_FAQ.replace("answer:", "answr:"), encoding="utf-8")
    proc = run("--faq", str(path), "ask", "hi")
    assert proc.returncode == 1 and proc.stdout == ""
    assert f"{path}:10:5: " in proc.stderr  # "    answr:" is line 10 of SMALL_FAQ


# -- check ------------------------------------------------------------------------------------


def test_check_repo_faq_is_ok():
    proc = run("check")
    assert proc.returncode == 0, proc.stdout
    assert "faq.yaml: OK, 11 entries" in proc.stdout


def test_check_broken_copy_lists_every_problem_with_line_and_column(tmp_path):
    original = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    lines = original.splitlines()
    abs_line = lines.index("  - id: abs") + 1
    broken = original.replace("  - id: abs\n", "  - id: abs\n    colour: red\n", 1)
    broken = broken.replace("    title: Can running give you abs?\n",
                            "    title: Can running give you abs? And a six pack, please?\n", 1)
    path = tmp_path / "faq.yaml"
    path.write_text(broken, encoding="utf-8")
    proc = run("check", str(path))
    assert proc.returncode == 1
    listed = re.findall(rf"^\s*{re.escape(str(path))}:(\d+):(\d+): (.+)$", proc.stdout, re.M)
    assert len(listed) == 2, proc.stdout
    # the unknown key is on the line after "- id: abs"; the title on the line after that
    assert (int(listed[0][0]), int(listed[0][1])) == (abs_line + 1, 5) and "colour" in listed[0][2]
    assert int(listed[1][0]) == abs_line + 2 and "title" in listed[1][2]


def _broken_copy() -> str:
    """The repo's faq.yaml with the mistakes of a new user's copy, one of each kind: a requires and an excludes naming
    no concept, a duplicate id, an unknown key, a misspelt answer key, a too long answer, a list item indented
    differently from the others and a tab in the indentation."""
    text = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    for old, new in (("requires: [[fat, weight], run]", "requires: [[fat, wieght], run]"),
                     ("excludes: [radiating, curve, disc, beginner, new-runner-syndrome]",
                      "excludes: [radiating, curve, disc, beginer, new-runner-syndrome]"),
                     ("  - id: spine-curvature\n", "  - id: herniated-disc\n"),
                     ("    excludes: [radiating, keep]\n", "    excludes: [radiating, keep]\n    tags: [strain]\n"),
                     ("      - does jogging build abs\n", "       - does jogging build abs\n"),
                     ("    title: Can running give you abs?\n", "\t  title: Can running give you abs?\n")):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    at = text.index("    answer: |-", text.index("  - id: butt-smaller"))
    text = text[:at] + "    anwser: |-" + text[at + len("    answer: |-"):]
    at = text.index("    answer: |-\n", text.index("  - id: prevent-back-pain")) + len("    answer: |-\n")
    return text[:at] + "      " + "Warm up well before every run and build up slowly. " * 90 + "\n\n" + text[at:]


def test_check_lists_every_problem_of_a_broken_copy_in_one_run_by_line(tmp_path):
    # A new user: one tab showed a single problem and hid eight; after fixing those, a requires typo that was there all
    # along appeared as an error, and the warnings (an excludes typo) only once every error was fixed. Every problem
    # that can be found is now listed in one run, errors then warnings, each by line.
    path = tmp_path / "faq.yaml"
    path.write_text(_broken_copy(), encoding="utf-8")
    proc = run("check", str(path))
    assert proc.returncode == 1, proc.stdout
    out = proc.stdout
    errors = [int(n) for n in re.findall(rf"^{re.escape(str(path))}:(\d+):\d+: error: ", out, re.M)]
    warnings = [int(n) for n in re.findall(rf"^{re.escape(str(path))}:(\d+):(?:\d+:)? ?warning: ", out, re.M)]
    for said in ("a tab is used for indentation", "duplicate id 'herniated-disc'", "unknown key 'tags'",
                 "unknown key 'anwser'", "missing required key 'answer'", "answer with the disclaimer is",
                 "indented differently", "error: 'weight-loss': requires names 'wieght'",
                 "warning: 'back-pain-after-run': excludes names 'beginer'"):
        assert said in out, (said, out)
    assert len(errors) == 9 and errors == sorted(errors), out
    assert warnings and warnings == sorted(warnings), out
    assert out.index(": error: ") < out.index(": warning: ")
    # the error says itself which concept is meant, and is not said again as a warning
    assert re.search(r"requires names 'wieght'.* \(did you mean 'weight'", out), out
    assert "warning above" not in out and "warning: 'weight-loss': requires names 'wieght'" not in out, out
    # one verdict, and a true one: the bot refuses this file
    assert "still loads" not in out and "usable" not in out, out
    assert out.splitlines()[-1].startswith(f"{path}: cannot be used: 9 errors"), out.splitlines()[-1]


def test_check_warns_about_a_key_indented_into_the_answer(tmp_path):
    original = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    at = original.index("    related:")
    broken = original[:at] + "      related:" + original[at + len("    related:"):]
    path = tmp_path / "faq.yaml"
    path.write_text(broken, encoding="utf-8")
    proc = run("check", str(path))
    assert proc.returncode == 0
    assert re.search(rf"^{re.escape(str(path))}:\d+: warning: .*'related: \[.*indented too far", proc.stdout, re.M), \
        proc.stdout


def test_check_names_a_requires_or_excludes_that_is_no_concept(tmp_path):
    # From a new user's trial: `requires: [buttocks]` (for butt) passed check without a word about it.
    original = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    broken = original.replace("    requires: [butt]\n", "    requires: [buttocks]\n", 1).replace(
        "    excludes: [curve, disc, radiating]", "    excludes: [curve, disc, radiatingg]", 1)
    assert broken.count("buttocks]") == 1 and "radiatingg" in broken
    path = tmp_path / "faq.yaml"
    path.write_text(broken, encoding="utf-8")
    proc = run("check", str(path))
    assert proc.returncode == 1  # the typo leaves the butt entry unreachable: an error since an eighteenth new user
    # (said once, as the error, with the concept meant: not again as a warning)
    assert re.search(r":\d+: error: 'butt-smaller': requires names 'buttocks', which is no concept .*"
                     r"did you mean 'butt'", proc.stdout), proc.stdout
    assert "warning: 'butt-smaller': requires names" not in proc.stdout, proc.stdout
    assert re.search(r"excludes names 'radiatingg'.*did you mean 'radiating'", proc.stdout), proc.stdout
    assert "no concept" not in run("check", str(ROOT / "faq.yaml")).stdout


def test_check_names_the_concept_whose_synonym_a_requires_typo_is(tmp_path):
    # From an eleventh new user's trial: "stretchs" was offered "did you mean 'treat'?".
    original = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    path = tmp_path / "faq.yaml"
    path.write_text(original.replace("    requires: [back, prevent]\n", "    requires: [back, stretchs]\n", 1),
                    encoding="utf-8")
    assert "did you mean 'warmup', whose synonyms have 'stretches'?" in run("check", str(path)).stdout


def test_check_says_what_to_look_at_for_a_broken_indentation(tmp_path):
    original = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    broken = original.replace("\n    answer:", "\n   answer:", 1)
    path = tmp_path / "faq.yaml"
    path.write_text(broken, encoding="utf-8")
    proc = run("check", str(path))
    assert proc.returncode == 1 and "indentation" in proc.stdout, proc.stdout


def test_check_missing_file_exits_1(tmp_path):
    proc = run("check", str(tmp_path / "nope.yaml"))
    assert proc.returncode == 1 and "the file does not exist" in proc.stdout


def test_check_warns_about_competing_entries(tmp_path):
    text = """\
disclaimer: Not medical advice.
fallback: Sorry.
urgent: See a doctor today.
entries:
  - id: abs-question
    question: Can running give me abs?
    alternates:
      - does jogging build a six pack
    answer: Sometimes.
  - id: skinny
    question: Will running make me skinny?
    alternates:
      - does jogging make you thin
      - Can running give me abs?
    answer: Maybe.
"""
    path = tmp_path / "faq.yaml"
    path.write_text(text, encoding="utf-8")
    proc = run("check", str(path))
    assert proc.returncode == 0  # warnings do not fail the check
    warnings = [line for line in proc.stdout.splitlines() if ": warning: " in line]
    duplicate = [w for w in warnings if "'skinny'" in w and "Can running give me abs?" in w]
    assert duplicate, proc.stdout
    assert duplicate[0].startswith(f"{path}:14: warning:")  # the line of the copied alternate
    assert "abs-question" in duplicate[0]
    assert f"{len(warnings)} warnings above" in proc.stdout
    # not "OK" with warnings (a fourteenth new user), and --strict fails on them for a script or CI
    assert ": usable, " in proc.stdout and ": OK," not in proc.stdout
    strict = run("check", "--strict", str(path))
    assert strict.returncode == 1 and "usable" in strict.stdout


def test_check_warns_about_a_question_listed_twice(tmp_path):
    # A new user listed an alternate twice, and check said OK; the same words in two entries lead to one of them only.
    path = tmp_path / "faq.yaml"
    path.write_text(SMALL_FAQ.replace("      - hedgehog running speed\n",
                                      "      - hedgehog running speed\n      - Do hedgehogs jog?\n")
                    + "  - id: hedgehog-speed\n    question: How fast is a hedgehog?\n    alternates:\n"
                      "      - hedgehog running speed\n    answer: Fast.\n", encoding="utf-8")
    out = io.StringIO()
    assert cli.check(path, out=out) == cli.EXIT_OK
    said = out.getvalue()
    assert f"{path}:10: warning: 'hedgehog-running': alternate 3 'Do hedgehogs jog?' repeats alternate 1 (line 8): " \
        "remove one" in said, said
    assert f"{path}:15: warning: 'hedgehog-speed': alternate 1 'hedgehog running speed' is also alternate 2 of " \
        "'hedgehog-running' (line 9)" in said, said
    assert cli.check(path, out=io.StringIO(), strict=True) == cli.EXIT_PROBLEMS


def test_checks_verdict_names_an_entry_none_of_whose_questions_gets_it(tmp_path):
    # A new user: an entry of stop words ("What is it?") got three per-question warnings, and a second copy of an entry
    # under another id thirteen, and both ended "usable", exit 0, with no word that nobody gets the entry, which the
    # README promises the verdict says. It stays a warning (the bot serves the file; --strict exits 1), now named.
    original = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    at = original.index("  - id: butt-smaller\n")
    path = tmp_path / "faq.yaml"
    path.write_text(original[:at] + "  - id: stopwords\n    question: What is it?\n    alternates:\n"
                    "      - how is that\n      - is it so\n    answer: Something.\n" + original[at:], encoding="utf-8")
    out = io.StringIO()
    assert cli.check(path, out=out) == cli.EXIT_OK
    assert out.getvalue().splitlines()[-1] == (
        f"{path}: usable, 12 entries, 3 warnings above: the bot serves this file, but nobody gets entry 'stopwords' as "
        "an answer to any of its own questions (the warnings say what they get instead): read them (check --strict "
        "exits 1 on any)."), out.getvalue()
    assert cli.check(path, out=io.StringIO(), strict=True) == cli.EXIT_PROBLEMS
    # a copy under another id: nobody gets either of the two
    start, end = original.index("  - id: back-pain-after-run\n"), original.index("  - id: back-pain-normal\n")
    copy = original[start:end].replace("  - id: back-pain-after-run\n", "  - id: back-pain-copy\n")
    path.write_text(original[:at] + copy + original[at:], encoding="utf-8")
    out = io.StringIO()
    assert cli.check(path, out=out) == cli.EXIT_OK
    assert "but nobody gets entries 'back-pain-after-run' and 'back-pain-copy' as an answer to any of their own " \
        "questions" in out.getvalue().splitlines()[-1], out.getvalue()
    # an entry some of whose questions reach it is not named
    out = io.StringIO()
    path.write_text(original.replace("      - does jogging build abs\n", "      - does jogging build abs\n"
                                     "      - is it so\n", 1), encoding="utf-8")
    assert cli.check(path, out=out) == cli.EXIT_OK and "nobody gets" not in out.getvalue(), out.getvalue()


def test_check_refuses_two_files_named_at_once(tmp_path):
    # A fourteenth new user: `check --faq broken.yaml faq.yaml` quietly checked faq.yaml alone.
    proc = run("--faq", str(tmp_path / "broken.yaml"), "check", str(ROOT / "faq.yaml"))
    assert proc.returncode == 2 and "two files named" in proc.stderr


def test_check_takes_one_file_named_twice_by_different_paths():
    # A new user: `check --faq faq.yaml tests/../faq.yaml` was refused as two files, though it is one.
    proc = run("--faq", "faq.yaml", "check", "tests/../faq.yaml")
    assert proc.returncode == 0 and "two files named" not in proc.stderr, proc.stderr
    assert "tests/../faq.yaml: OK," in proc.stdout, proc.stdout


# -- chat -------------------------------------------------------------------------------------


def test_chat_shows_numbered_choices_and_follows_them(faq):
    abs_number = [e.id for e in faq.entries].index("abs") + 1
    first_related = faq.get("abs").related[0]
    stdin = f"hi\n{abs_number}\ncan running give me abs\n3\n99\n/quit\nhow do I stop chafing\n"
    proc = run("chat", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    # "hi" shows the topics as numbered choices
    for n, e in enumerate(faq.entries, 1):
        assert f"  {n}) {e.title}" in out
    abs_first = markup.to_plain(faq.get("abs").answer).split("\n")[0]
    assert out.count(abs_first) == 2  # picked by number, then asked in words
    assert "  1) 👍 Helpful" in out and "  2) 👎 Not helpful" in out
    assert f"  3) Related: {faq.get(first_related).title}" in out
    assert markup.to_plain(faq.get(first_related).answer).split("\n")[0] in out  # choice 3 followed
    assert "Pick a number from 1 to" in out
    assert out.rstrip().endswith("Bye!")
    assert markup.to_plain(faq.fallback) not in out  # nothing after /quit was read


# -- eval -------------------------------------------------------------------------------------


def test_eval_prints_accuracy_and_every_kind():
    proc = run("eval", "tests/data/questions-dev.yaml")
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"balanced accuracy: \d+\.\d%", proc.stdout)
    assert "red flags caught: " in proc.stdout and "by kind" in proc.stdout
    for kind in {c.kind for c in evaluation.load_cases(DEV)}:
        assert re.search(rf"^\s+{re.escape(kind)}\s+\d+/\d+\s+\d+\.\d%$", proc.stdout, re.M), kind


def test_eval_of_a_missing_file_exits_1(tmp_path):
    proc = run("eval", str(tmp_path / "nope.yaml"))
    assert proc.returncode == 1


def test_eval_lists_a_wrong_answer(tmp_path):
    path = tmp_path / "labels.yaml"
    path.write_text('- text: "can running give me abs"\n  expect: weight-loss\n  kind: plain\n', encoding="utf-8")
    proc = run("eval", str(path))
    assert "Wrong answers:" in proc.stdout
    assert "expected weight-loss, got answer abs" in proc.stdout


# -- running the bot without a token ----------------------------------------------------------


def test_run_without_token_and_without_a_terminal_exits_2_with_help():
    proc = run()
    assert proc.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in proc.stderr and "@BotFather" in proc.stderr
    assert proc.stdout == ""
    # From a new user's trial: the hint put the token on the command line, which the README warns against; and
    # with no terminal (a Procfile process) there is nobody to paste it, so it says where settings go (a sixteenth).
    assert "TELEGRAM_BOT_TOKEN=" not in proc.stderr and "paste it here" not in proc.stderr
    assert "Config Vars" in proc.stderr and "chmod 600" in proc.stderr


def _on_a_terminal(*args: str, **env: str) -> tuple[int, str, str]:
    """Run `python -m bot ARGS` with a terminal (a pty) as standard input and output, no token set, and "quit" typed
    in case the terminal chat starts: (exit status, what the terminal showed, standard error)."""
    import pty

    master, slave = pty.openpty()
    base = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "FAQ_PATH", "ADMIN_IDS")}
    proc = subprocess.Popen([sys.executable, "-m", "bot", *args], cwd=ROOT, env={**base, **env}, stdin=slave,
                            stdout=slave, stderr=subprocess.PIPE, text=True)
    os.close(slave)
    os.write(master, b"quit\n")
    try:
        _, err = proc.communicate(timeout=60)
    finally:
        shown = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            shown += chunk
        os.close(master)
    return proc.returncode, shown.decode(errors="replace"), err


def test_run_without_a_token_on_a_terminal_says_what_is_missing_instead_of_starting_the_chat():
    # A new user: `python -m bot run` on a terminal, with no token, started the terminal chat, though --help says `run`
    # runs the Telegram bot. It lists every configuration problem (the missing token first), says how to set the
    # token and how to try the bot offline, and exits 2; the bare `python -m bot` still starts the chat, as the README
    # says.
    status, shown, err = _on_a_terminal("run", ADMIN_IDS="abc")
    assert status == 2 and "terminal chat" not in shown and "Ask me" not in shown, (shown, err)
    lines = err.splitlines()
    assert lines[0] == "Cannot start: bad configuration:", err
    assert lines[1].startswith("  TELEGRAM_BOT_TOKEN is not set") and lines[2].startswith("  ADMIN_IDS"), err
    assert "read -rs TELEGRAM_BOT_TOKEN" in err and "offline, with no token: python -m bot chat" in err, err
    status, shown, err = _on_a_terminal("run")
    assert status == 2 and "TELEGRAM_BOT_TOKEN is not set" in err and "python -m bot chat" in err, (shown, err)
    status, shown, err = _on_a_terminal()
    assert status == 0 and "starting the terminal chat" in shown, (shown, err)


def test_run_help_and_the_readme_say_run_needs_a_token():
    proc = run("--help")
    assert "`run` never starts the chat" in " ".join(proc.stdout.split()), proc.stdout
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "`python -m bot run` without a token lists what is missing" in readme


def test_bad_admin_ids_exit_2_listing_the_problem():
    proc = run(ADMIN_IDS="123, abc,456")
    assert proc.returncode == 2
    assert "ADMIN_IDS" in proc.stderr and "'abc'" in proc.stderr
    assert "'123'" not in proc.stderr


# -- report ------------------------------------------------------------------------------


def _report(db, *args):
    return subprocess.run([sys.executable, "-m", "bot", "report", "--db", str(db), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def test_chat_with_db_logs_its_questions_so_the_unanswered_workflow_can_be_tried_offline(tmp_path):
    # A new user: report exited 1 ("no question log here yet") because ask and chat log nothing, so /unanswered,
    # report and teach could not be tried without Telegram. `chat --db PATH` logs as the bot does, into a file of the
    # admin's choosing (never by default: trying the bot on the server must not mix into the real log).
    db = tmp_path / "try.sqlite3"
    proc = run("chat", "--db", str(db), stdin="how do I stop chafing on long runs\n/privacy\nquit\n")
    assert proc.returncode == 0, proc.stderr
    assert "logged to" in proc.stdout and str(db) in proc.stdout, proc.stdout
    assert "Questions are not stored" not in proc.stdout, proc.stdout  # /privacy says what this chat keeps
    table = _report(db)
    assert table.returncode == 0 and "how do I stop chafing on long runs" in table.stdout, table.stdout + table.stderr
    # without --db nothing is written anywhere
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    proc = run("chat", "--faq", str(ROOT / "faq.yaml"), stdin="how do I stop chafing\nquit\n", cwd=elsewhere)
    assert proc.returncode == 0 and list(elsewhere.iterdir()) == [], list(elsewhere.iterdir())


def test_the_privacy_of_the_terminal_chat_without_db_says_it_stores_nothing():
    # A new user: /privacy in `chat` (no --db) said votes were kept, tied to a hash of the account, and that the
    # question log was "turned off on this bot", though the chat writes nothing anywhere.
    said = " ".join(run("chat", stdin="/privacy\nquit\n").stdout.split())
    assert "Nothing on disk: this chat keeps neither your questions nor your 👍/👎 votes." in said, said
    assert "turned off on this bot" not in said and "salted hash" not in said, said


def test_a_vote_in_the_chat_with_db_is_stored_and_reported(tmp_path):
    # A new user: a 👎 in `chat --db` was thanked ("The FAQ's editors will look at it.") and dropped, and report said
    # "(no votes)". The terminal chat counts as one voter.
    db = tmp_path / "try.sqlite3"
    proc = run("chat", "--db", str(db), stdin="will running give me abs\n2\nquit\n")
    assert proc.returncode == 0 and "editors will look at it" in proc.stdout, proc.stdout + proc.stderr
    table = _report(db)
    assert "(no votes)" not in table.stdout and re.search(r"^\s+abs\s+0\s+1\s+0%$", table.stdout, re.M), table.stdout


def test_a_taught_question_leaves_the_unanswered_list_until_undone(tmp_path):
    # A new user: report still listed a question after `teach` fixed it, where a teach from /unanswered hides it.
    faq, db = tmp_path / "faq.yaml", tmp_path / "try.sqlite3"
    faq.write_text((ROOT / "faq.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    question = "does jogging carve out a six pack"
    run("chat", "--faq", str(faq), "--db", str(db), stdin=f"{question}\nquit\n")
    assert question in _report(db).stdout
    proc = run("teach", "--faq", str(faq), "--db", str(db), question, "abs")
    assert proc.returncode == 0 and "Taken off the unanswered list" in proc.stdout, proc.stdout + proc.stderr
    assert question not in _report(db).stdout
    # undo puts it back, as /undo does
    assert run("undo", "--faq", str(faq), "--db", str(db)).returncode == 0
    assert question in _report(db).stdout


def test_the_readmes_teach_example_finds_its_group_and_keeps_it_listed_while_unanswered(tmp_path):
    # A new user followed the README: chatted "my lower back feels battered every time I finish a long one", taught
    # it without its "my", and report still listed the group, without a word from teach. Teach finds the group; the
    # logged question still gets no answer (its word 'battered' is no synonym yet), so it stays on the list, said so
    # (another new user: a teach cleared questions that still got no answer).
    faq, db = tmp_path / "faq.yaml", tmp_path / "try.sqlite3"
    faq.write_text((ROOT / "faq.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    logged, taught = ("my lower back feels battered every time I finish a long one",
                      "lower back feels battered every time I finish a long one")
    assert f'python -m bot teach "{taught}" back-pain-after-run' in (ROOT / "README.md").read_text(encoding="utf-8")
    run("chat", "--faq", str(faq), "--db", str(db), stdin=f"{logged}\nquit\n")
    assert logged in _report(db).stdout
    proc = run("teach", "--faq", str(faq), "--db", str(db), taught, "back-pain-after-run")
    assert proc.returncode == cli.EXIT_NOT_ANSWERED and "(perhaps 'battered'?)" in proc.stdout, proc.stdout
    assert f"Nothing was taken off the unanswered list in {db}: the group of \u201c{logged}\u201d, the same question " \
        "told differently (1 question asked) still gets no answer with back-pain-after-run, so it stays on it." \
        in proc.stdout, proc.stdout
    assert logged in _report(db).stdout
    assert run("undo", "--faq", str(faq), "--db", str(db)).returncode == 0
    assert logged in _report(db).stdout
    # a question like none on the list: said in one line
    proc = run("teach", "--faq", str(faq), "--db", str(db), "does jogging carve out a six pack", "abs")
    assert proc.returncode == 0 and f"Note: no question like it is on the unanswered list in {db}, so nothing was " \
        "taken off it." in proc.stdout.splitlines(), proc.stdout
    assert logged in _report(db).stdout


def test_report_shows_apart_the_questions_that_a_hand_edit_answers_now(tmp_path):
    # A new user: report listed as unanswered questions that the faq.yaml in use answered after a hand edit. The README
    # example's advice followed ('battered' added to pain), its logged question is "answered now", not unanswered.
    faq, db = tmp_path / "faq.yaml", tmp_path / "try.sqlite3"
    faq.write_text((ROOT / "faq.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    logged = "my lower back feels battered every time I finish a long one"
    run("chat", "--faq", str(faq), "--db", str(db), stdin=f"{logged}\nhow do I stop chafing\nquit\n")
    unanswered = _report(db, "--faq", str(faq)).stdout.split("Unanswered questions, grouped")[1]
    assert logged in unanswered and "Answered now" not in unanswered, unanswered
    faq.write_text(faq.read_text(encoding="utf-8").replace("    pain: [pain, ", "    pain: [battered, pain, ", 1),
                   encoding="utf-8")
    table = _report(db, "--faq", str(faq)).stdout
    unanswered, answered = table.split("Unanswered questions, grouped")[1].split("Answered now")
    assert logged not in unanswered and "how do I stop chafing" in unanswered, table
    assert f"  - {logged}: 1 asked, now answered by back-pain-after-run" in answered, table
    assert re.search(r"my lower back feels battered .*back-pain-after-run", table.split("Helpfulness")[1]), table
    data = json.loads(_report(db, "--faq", str(faq), "--format", "json").stdout)
    assert [g["representative"] for g in data["unanswered"]] == ["how do I stop chafing"]
    assert [(g["representative"], g["id"]) for g in data["answered_now"]] == [(logged, "back-pain-after-run")]
    assert logged not in _report(db, "--faq", str(faq), "--format", "csv").stdout


def test_teach_takes_off_only_the_questions_the_entry_now_answers_and_says_how_many_stayed(tmp_path):
    # A new user: teach took a whole group off the list, though one wording of it still got no answer after the teach.
    faq, db = tmp_path / "faq.yaml", tmp_path / "try.sqlite3"
    faq.write_text((ROOT / "faq.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    asked = ["does jogging carve out a six pack", "jogging carve out a six pack?",
             "does jogging carve out a six pack on my knees"]
    run("chat", "--faq", str(faq), "--db", str(db), stdin="\n".join([*asked, "quit"]) + "\n")
    proc = run("teach", "--faq", str(faq), "--db", str(db), asked[0], "abs")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"Taken off the unanswered list in {db}: 2 of the 3 questions of its group, those the bot now answers " \
        "with abs (undo puts them back); 1 question stays on it, which the bot does not answer with abs yet (such as " \
        f"\u201c{asked[2]}\u201d)." in proc.stdout, proc.stdout
    listed = _report(db).stdout.split("Unanswered questions, grouped")[1]
    assert asked[2] in listed and asked[1] not in listed, listed
    assert run("undo", "--faq", str(faq), "--db", str(db)).returncode == 0
    assert asked[1] in _report(db).stdout


def test_report_in_every_format(tmp_path):
    from bot.store import Store

    db = tmp_path / "log.sqlite3"
    store = Store(db)
    store.log_question("can running give me abs", "answer", "abs", 100.0)
    for text in ("how do i stop chafing", "How do I stop chafing??", "best running watch"):
        store.log_question(text, "none", None, None)
    store.vote(7, "abs", False)
    store.close()

    table = _report(db)
    assert table.returncode == 0, table.stderr
    assert "chafing" in table.stdout and "abs" in table.stdout

    as_json = _report(db, "--format", "json", "--days", "7")
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert data["total"] == 4 and data["by_decision"]["none"] == 3
    groups = {g["representative"].lower().rstrip("?"): g["count"] for g in data["unanswered"]}
    assert groups.get("how do i stop chafing") == 2
    assert {"id": "abs", "helpful": 0, "unhelpful": 1} in data["helpfulness"]

    as_csv = _report(db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert {r["count"] for r in rows} == {"2", "1"}


def test_report_without_a_database_says_so(tmp_path):
    missing = _report(tmp_path / "nothing-here.sqlite3")
    assert missing.returncode == 1
    assert "no question log" in missing.stderr
    assert "fills only while the Telegram bot runs" in missing.stderr  # a twentieth new user looked for it offline


def test_report_rejects_a_bad_day_count(tmp_path):
    bad = _report(tmp_path / "x.sqlite3", "--days", "zero")
    assert bad.returncode == 2 and "whole number of days" in bad.stderr


def test_report_only_reads_it_never_purges(tmp_path):
    from bot.store import Store

    db = tmp_path / "log.sqlite3"
    old = [0.0]
    store = Store(db, clock=lambda: old[0], retention_days=3650)
    store.log_question("a very old question", "none", None, None)  # asked in 1970
    store.close()
    assert _report(db, "--format", "json").returncode == 0
    store = Store(db, retention_days=3650, purge=False)
    try:
        assert store.stats().total == 1
    finally:
        store.close()


def test_chat_knows_privacy_and_ask_and_forgets_old_choices():
    run = subprocess.run([sys.executable, "-m", "bot", "chat"], cwd=ROOT,
                         input="/privacy\n/ask can running give me abs\n"
                         "it feels numb when I sit on the loo seat\n2\n/quit\n", capture_output=True, text=True,
                         timeout=60)
    out = run.stdout
    assert "What I store" in out                      # /privacy
    assert "Running works your core" in out           # /ask <question>
    # The urgent reply has no choices: a number does not reach back to an older message.
    assert "nothing to pick" in out


def test_the_package_ships_every_module_of_the_bot():
    """An installed copy must run the Telegram bot: every package under bot/ is in the wheel."""
    import tomllib

    from setuptools import find_packages

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    shipped = set(find_packages(where=str(ROOT), include=include))
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "bot").rglob("__init__.py")}
    assert on_disk and on_disk <= shipped, sorted(on_disk - shipped)


def test_the_readme_says_when_runners_faq_bot_runs_an_old_copy():
    # A new user added a word to bot/data/kept-words.txt, as the README says, and `runners-faq-bot` went on reading
    # the old list: `pip install .` copies the package, and only `python -m bot` from the project folder reads ./bot.
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    start = readme.index("## Commands")
    commands = readme[start:readme.index("| command | what it does |", start)]
    assert "`runners-faq-bot`" in commands and "`pip install .` again" in commands, commands
    assert "`pip install -e .`" in commands, commands
    kept = readme[readme.index("Add a word there when `ask --explain`"):]
    assert "`pip install .` again" in kept, kept


@pytest.mark.parametrize("how", ["console script", "python -m bot"])
def test_a_reader_that_leaves_early_gets_no_traceback(how):
    # A new user: `runners-faq-bot ask ... | head -1` printed a BrokenPipeError traceback; `python -m bot` did not,
    # since only bot/__main__.py caught it. The console script is run here as pip's wrapper runs it.
    import tomllib

    target = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"][
        "runners-faq-bot"]
    module, _, function = target.partition(":")
    command = ([sys.executable, "-c", f"import sys; from {module} import {function}; sys.exit({function}())"]
               if how == "console script" else [sys.executable, "-m", "bot"])
    env = {k: v for k, v in os.environ.items() if k not in BOT_VARS}
    # Far more than a pipe holds, so the program is still writing when the reader leaves.
    proc = subprocess.Popen([*command, "ask", "--explain"], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(b"is lower back pain normal?\n" * 300)
    proc.stdin.close()
    assert proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0 and "Traceback" not in err and "BrokenPipeError" not in err, err


def test_a_missing_token_is_listed_with_the_other_configuration_problems():
    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "FAQ_PATH")}
    run = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=ROOT, env={**env, "ADMIN_IDS": "abc"},
                         stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert "TELEGRAM_BOT_TOKEN is not set" in run.stderr and "ADMIN_IDS" in run.stderr


def test_chat_ends_on_quit_and_refuses_admin_commands_without_logging(caplog):
    out = io.StringIO()
    faq = load_faq(ROOT / "faq.yaml")
    with caplog.at_level("WARNING"):
        assert cli.chat(Matcher(faq), stdin=io.StringIO("/reload\nquit\ncan running give me abs\n"), out=out) == 0
    text = out.getvalue()
    assert text.rstrip().endswith("Bye!") and "abs" not in text.split("Bye!")[0].split("/reload")[-1].lower()
    assert not [r for r in caplog.records if "Refused admin command" in r.getMessage()]


def test_ask_refuses_an_empty_question():
    run = subprocess.run([sys.executable, "-m", "bot", "ask", ""], cwd=ROOT, capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 2 and "empty" in run.stderr and run.stdout == ""


@pytest.mark.parametrize("stdin", [None, "\n  \n"])  # /dev/null, and blank lines only
def test_ask_with_no_question_says_how_to_give_one(stdin):
    # A new user: `python -m bot ask </dev/null` printed nothing and exited 0.
    proc = run("ask", stdin=stdin)
    assert proc.returncode == 2 and proc.stdout == ""
    assert "no question given" in proc.stderr and "one question per line on standard input" in proc.stderr


def explain_of(question: str) -> dict:
    out = io.StringIO()
    assert cli.ask(Matcher(load_faq(ROOT / "faq.yaml")), [question], as_json=True, explain=True, out=out) == 0
    return json.loads(out.getvalue())["explain"]


def test_explain_names_clauses_signs_entries_and_why():
    e = explain_of("I have no numbness in my legs at all. can running give me abs?")
    assert set(e) == {"language", "clauses", "signs", "entries", "told_over", "ruled_out", "why"}
    assert e["language"] == "en"
    assert [c["asks"] for c in e["clauses"]] == [False, True] and "#abs" in e["clauses"][1]["concepts"]
    assert e["signs"] and all(sign["flag"] == "leg-weakness" and "negated" in sign["modifiers"]
                              and sign["stands"] is False for sign in e["signs"])
    top = e["entries"][0]
    assert top["id"] == "abs" and set(top) >= {"score", "recall", "precision", "unexplained", "not_covered",
                                              "one_clause_of_several"}
    assert e["why"].startswith("the best entry scores")


def test_explain_says_what_cut_a_score():
    e = explain_of("my lower back hurts after yoga and running, why?")
    assert "yoga" in e["entries"][0]["not_covered"]
    e = explain_of("does the zorblax stretch help my back after runs")
    assert "zorblax" in e["entries"][0]["unexplained"]
    text = io.StringIO()
    cli.ask(Matcher(load_faq(ROOT / "faq.yaml")), ["my lower back hurts after yoga and running, why?"], as_json=False,
            explain=True, out=text)
    assert "which the FAQ does not cover (score x 0.45)" in text.getvalue() and "Why: " in text.getvalue()


def test_teach_adds_nothing_for_a_question_already_answered_or_already_there(tmp_path, capsys):
    # A refusal exits 1, as the README's "refuses" says (a new user's script took the exit 0 for a teach).
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    out = io.StringIO()
    assert cli.teach(faq, "can running give me abs", "abs", out=out) == cli.EXIT_PROBLEMS
    assert capsys.readouterr().err.startswith("Cannot teach: the bot already answers this with abs")
    assert faq.read_bytes() == (ROOT / "faq.yaml").read_bytes()
    assert cli.teach(faq, "Back pain after running!!", "back-pain-after-run", out=io.StringIO()) == 1
    assert faq.read_bytes() == (ROOT / "faq.yaml").read_bytes()  # an existing alternate, but for case and marks


def test_teach_names_the_concepts_a_question_has_no_word_for(tmp_path):
    # From a new user's trial: the note said only that "requires or the synonyms may need a word".
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    out = io.StringIO()
    # (exit 3: added, and still not answered with the entry on its own, an eighteenth new user)
    assert cli.teach(faq, "lower back feels battered every time I finish a long one", "back-pain-after-run",
                     out=out) == cli.EXIT_NOT_ANSWERED
    assert "the entry requires a word for cause, pain or run (faq.yaml synonyms)" in out.getvalue(), out.getvalue()
    # ...and which of its words that might be (a fifteenth new user: the note did not say), never a common word
    # such as "every" (a sixteenth)
    assert "(perhaps 'battered'?)" in out.getvalue(), out.getvalue()
    assert "'every'" not in out.getvalue()
    # ...and that the question is in the file all the same, with the way back (a fourteenth new user)
    assert "It is in faq.yaml all the same; `python -m bot undo` takes it out again." in out.getvalue()


def test_teach_suggests_widening_requires_when_the_word_is_another_concepts(tmp_path):
    # From an eleventh new user's trial: "stretches" is warmup's word, so "add its word to the synonyms" led to a
    # duplicate-synonym error; widening the requires group was what worked.
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    out = io.StringIO()
    assert cli.teach(faq, "stretches for lower back after running", "prevent-back-pain", out=out) == \
        cli.EXIT_NOT_ANSWERED
    assert "if its word already belongs to warmup, add that concept to the entry's requires group ([prevent, " \
           "warmup])" in out.getvalue(), out.getvalue()


def test_undo_on_the_server_takes_back_a_teach(tmp_path):
    # From a new user's trial: /undo existed only in Telegram, though teach runs on the server.
    faq = tmp_path / "faq.yaml"
    original = (ROOT / "faq.yaml").read_bytes()
    faq.write_bytes(original)
    assert cli.teach(faq, "lower back feels battered every time I finish a long one", "back-pain-after-run",
                     out=io.StringIO()) == cli.EXIT_NOT_ANSWERED
    assert faq.read_bytes() != original
    proc = run("undo", "--faq", str(faq))
    assert proc.returncode == 0 and proc.stdout.startswith("Undone: added an alternate to back-pain-after-run")
    assert faq.read_bytes() == original
    proc = run("undo", "--faq", str(faq))
    assert proc.returncode == 1 and "Cannot undo: there is nothing to undo" in proc.stderr


def test_undo_says_which_taught_question_it_took_out(tmp_path):
    from bot import editing
    # A new user ran undo three times and read "Undone: added an alternate to back-pain-after-run." each time.
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    taught = ["lower back feels battered every time I finish a long one", "hips feel battered every time I finish "
              "a long one", "calves feel battered whenever I stop a long one"]
    for question in taught:  # (hips and calves share no topic with the entry: added with --force)
        cli.teach(faq, question, "back-pain-after-run", out=io.StringIO(), force=True)
    assert len(editing.history(faq)) == 3
    said = []
    for _ in taught:
        out = io.StringIO()
        assert cli.undo(faq, str(tmp_path / "none.sqlite3"), out=out) == cli.EXIT_OK
        said.append(out.getvalue().strip())
    assert said == [f"Undone: added an alternate to back-pain-after-run (\u201c{q}\u201d removed)."
                    for q in reversed(taught)]
    assert faq.read_bytes() == (ROOT / "faq.yaml").read_bytes()


@pytest.mark.parametrize("question, warned", [
    ("my name is Sarah Jones from 12 Acacia Road and my lower back aches after running", True),
    ("lower back feels battered every time I finish a long one, from 4b Mill Lane", True),
    ("lower back feels battered every time I finish 10 miles on the road", False),
    ("lower back feels battered every time I finish a 5k road race", False),
])
def test_teach_warns_of_a_name_or_a_street_address_but_adds_the_question(tmp_path, question, warned):
    # A new user's teach stored a name and a house address without a word; phone numbers and emails are refused.
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    out = io.StringIO()
    assert cli.teach(faq, question, "back-pain-after-run", out=out) in (cli.EXIT_OK, cli.EXIT_NOT_ANSWERED)
    assert question in faq.read_text(encoding="utf-8")
    assert ("Warning: the question seems to hold personal details" in out.getvalue()) == warned, out.getvalue()


def test_teach_never_suggests_a_name_or_an_address_as_a_synonym(tmp_path):
    # A new user: "(perhaps 'dave', 'elm', 'battered'?)" for a question with a name and a street address.
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    out = io.StringIO()
    question = "my name is Dave from 12 Elm Street and my lower back feels battered every time I finish a long one"
    assert cli.teach(faq, question, "back-pain-after-run", out=out) == cli.EXIT_NOT_ANSWERED
    assert "(perhaps 'battered'?)" in out.getvalue(), out.getvalue()


def test_teach_says_an_email_address_too_when_it_refuses_a_question_for_its_topic(tmp_path, capsys):
    # A new user's "dave@example.com back battered" was refused for its topic alone, and "perhaps 'dave'" offered.
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    assert cli.teach(faq, "dave@example.com back battered", "back-pain-after-run",
                     out=io.StringIO()) == cli.EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert "shares no topic" in err and "(perhaps 'battered'?)" in err, err
    assert "It also seems to hold personal details (a phone number or an email address), which teach refuses to " \
        "write into faq.yaml, with --force too" in err, err
    assert faq.read_bytes() == (ROOT / "faq.yaml").read_bytes()


def test_undo_on_the_server_puts_a_teachs_questions_back_on_the_list(tmp_path):
    # From a third code review: the CLI undo restored the file but left the taught question hidden.
    from bot import editing
    from bot.store import Store
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    db = tmp_path / "faq.sqlite3"
    question = "lower back feels battered every time I finish a long one"
    store = Store(db)
    store.log_question(question, "none", None, None)
    [row] = store.review()
    edit = editing.add_alternate(faq, "back-pain-after-run", question)
    store.dismiss([row.normalized], edit=edit.digest)  # as the teach button does
    assert store.review() == []
    store.close()
    proc = run("undo", "--faq", str(faq), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    store = Store(db)
    assert [r.text for r in store.review()] == [question]
    store.close()
    # From a fourth code review: a wrong --db path was silent.
    editing.add_alternate(faq, "back-pain-after-run", question)
    proc = run("undo", "--faq", str(faq), "--db", str(tmp_path / "nope.sqlite3"))
    assert proc.returncode == 0 and "no question log there" in proc.stderr, proc.stderr


def test_undo_that_cannot_write_the_question_log_undoes_nothing_so_a_rerun_is_safe(tmp_path):
    # From a fifth code review: faq.yaml was restored, exit 1 said "refused", and the obvious re-run
    # undid a second teach, whose questions then stayed hidden for good.
    from bot import editing
    faq = tmp_path / "faq.yaml"
    original = (ROOT / "faq.yaml").read_bytes()
    faq.write_bytes(original)
    editing.add_alternate(faq, "back-pain-after-run", "lower back feels battered after long ones")
    taught_once = faq.read_bytes()
    editing.add_alternate(faq, "muscle-strain", "pulled something in my back on the hills")
    taught_twice = faq.read_bytes()
    bad = tmp_path / "log.sqlite3"
    bad.write_bytes(b"not a database at all")
    proc = run("undo", "--faq", str(faq), "--db", str(bad))
    assert proc.returncode == 1 and "nothing was undone" in proc.stderr, proc.stderr
    assert faq.read_bytes() == taught_twice and bad.read_bytes() == b"not a database at all"
    proc = run("undo", "--faq", str(faq), "--db", str(tmp_path / "faq.sqlite3"))  # none there: said, not fatal
    assert proc.returncode == 0 and "no question log there" in proc.stderr, proc.stderr
    assert faq.read_bytes() == taught_once


def test_undo_that_cannot_write_faq_yaml_says_so_and_changes_nothing(tmp_path, monkeypatch, capsys):
    # From a sixth code review: a failing faq.yaml write ended in a traceback.
    from bot import editing
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    editing.add_alternate(faq, "back-pain-after-run", "lower back feels battered after long ones")
    taught = faq.read_bytes()

    def read_only(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(editing, "_atomic_write", read_only)
    assert cli.main(["undo", "--faq", str(faq), "--db", str(tmp_path / "none.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert "could not be written (Permission denied)" in err and "run undo again" in err, err
    assert faq.read_bytes() == taught and editing.undoable(faq)


def test_undo_whose_history_cannot_be_written_puts_faq_yaml_back_and_can_run_again(tmp_path, monkeypatch, capsys):
    # From a seventh code review: faq.yaml was restored but the history index was not, so every later
    # undo was refused as "changed some other way".
    from bot import editing
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    original = faq.read_bytes()
    editing.add_alternate(faq, "back-pain-after-run", "lower back feels battered after long ones")
    taught = faq.read_bytes()
    write_index = editing._write_index

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(editing, "_write_index", disk_full)
    assert cli.main(["undo", "--faq", str(faq), "--db", str(tmp_path / "none.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "faq.yaml is as it was" in err and "already back" not in err, err
    assert faq.read_bytes() == taught
    monkeypatch.setattr(editing, "_write_index", write_index)
    assert cli.main(["undo", "--faq", str(faq), "--db", str(tmp_path / "none.sqlite3")]) == 0
    assert faq.read_bytes() == original


def test_undo_says_when_the_db_path_variable_names_no_question_log(tmp_path):
    # From a fifth code review: only --db was checked; a $DB_PATH typo was silent.
    from bot import editing
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    editing.add_alternate(faq, "back-pain-after-run", "lower back feels battered after long ones")
    proc = run("undo", "--faq", str(faq), DB_PATH=str(tmp_path / "typo.sqlite3"))
    assert proc.returncode == 0 and "typo.sqlite3: no question log there" in proc.stderr, proc.stderr


def test_undo_without_db_says_that_no_question_log_is_at_the_default_path(tmp_path):
    # A new user: `undo` without --db said nothing when faqbot.sqlite3 was not in the folder, and the undone question
    # silently stayed off /unanswered. It says where it looked, what that means and how to name the bot's log.
    from bot import editing
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    editing.add_alternate(faq, "back-pain-after-run", "lower back feels battered after long ones")
    proc = run("undo", "--faq", str(faq), cwd=tmp_path)
    assert proc.returncode == 0 and "Undone: added an alternate" in proc.stdout, proc.stderr
    err = proc.stderr
    assert "no question log at faqbot.sqlite3" in err and "--db" in err and "DB_PATH" in err, err
    assert "running bot puts it back on /unanswered itself" in err, err
    # an undone upload hid no question: nothing to say
    editing.replace_file(faq, (ROOT / "faq.yaml").read_bytes().replace(b"Can running give you abs?", b"Abs?"))
    proc = run("undo", "--faq", str(faq), cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr


@pytest.mark.parametrize("content", [b"", b"not a database at all"])
def test_report_on_a_file_that_is_not_a_question_log_says_so_and_leaves_it_alone(tmp_path, content):
    db = tmp_path / "x.sqlite3"
    db.write_bytes(content)
    run = subprocess.run([sys.executable, "-m", "bot", "report", "--db", str(db)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1 and "not a question log" in run.stderr and db.read_bytes() == content


def test_eval_refuses_a_file_that_expects_ids_the_faq_does_not_have(tmp_path):
    questions = tmp_path / "q.yaml"
    questions.write_text("- text: hi\n  expect: no-such-entry\n  kind: plain\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "bot", "eval", str(questions)], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 1 and "no-such-entry" in run.stderr and "nan" not in run.stdout


def test_check_warns_about_a_topic_that_is_also_a_synonym(tmp_path):
    # From a fourth new user's trial: "stretching" added to not_covered did nothing, and check said OK.
    original = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    edited = original.replace("  not_covered: [", "  not_covered: [stretching, ", 1)
    path = tmp_path / "faq.yaml"
    path.write_text(edited, encoding="utf-8")
    proc = run("check", str(path))
    assert proc.returncode == 0
    line = next(n for n, text in enumerate(edited.splitlines(), 1) if text.startswith("  not_covered: [stretching"))
    assert f":{line}: warning: not_covered: 'stretching' is also a synonym of 'warmup'" in proc.stdout, proc.stdout
    assert "also a synonym" not in run("check", str(ROOT / "faq.yaml")).stdout


def test_check_warns_about_a_concept_no_entry_names_that_takes_the_words_of_a_required_one(tmp_path, capsys):
    # A new user's `lbp: [lower back pain]` left "lower back pain after running" unanswered, and check said only
    # that entries' questions got no answer.
    original = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    edited = original.replace("  synonyms:\n", "  synonyms:\n    lbp: [lower back pain]\n", 1)
    path = tmp_path / "faq.yaml"
    path.write_text(edited, encoding="utf-8")
    assert cli.check(path) == cli.EXIT_OK
    out = capsys.readouterr().out
    line = edited.splitlines().index("    lbp: [lower back pain]") + 1
    [said] = [w for w in out.splitlines() if "synonyms: 'lbp'" in w]
    assert said.startswith(f"{path}:{line}:11: warning: synonyms: 'lbp' is named in no entry's requires"), said
    assert "takes the words 'lower back pain' that 'back-pain-after-run'" in said and "need for 'back'" in said
    # Concepts no entry names that take no word an entry needs ('back-again', 'warmup') are no warning.
    assert cli.check(ROOT / "faq.yaml") == cli.EXIT_OK and "OK, 11 entries, no warnings" in capsys.readouterr().out


def test_explain_says_when_the_runner_up_was_too_close(faq):
    d = Matcher(faq).decide("sore back from running, is it normal or a strain?", explain=True)
    assert d.kind == "suggest" and d.score >= 62
    assert "by only" in d.explain["why"] and "needs a lead of 10" in d.explain["why"]


def test_the_terminal_chat_serves_an_edit_and_reloads_on_request(tmp_path):
    # From an eleventh new user's trial: the chat kept the file it started with, and /reload showed the help.
    path = tmp_path / "faq.yaml"
    path.write_bytes((ROOT / "faq.yaml").read_bytes())
    title = "title: Can running give you abs?"
    assert title in path.read_text(encoding="utf-8")

    class EditsBeforeReload(io.StringIO):
        """Saves an edit of the abs entry's title just before /reload is read."""

        def readline(self, *args):
            line = super().readline(*args)
            if line.startswith("/reload"):
                path.write_text(path.read_text(encoding="utf-8").replace(title, "title: Abs from running, edited", 1),
                                encoding="utf-8")
            return line

    out = io.StringIO()
    assert cli.chat(FaqSource.load(path), stdin=EditsBeforeReload("/topics\n/reload\n/topics\nquit\n"), out=out) == 0
    text = out.getvalue()
    assert "Abs from running, edited" not in text.split("[faq.yaml]")[0]
    assert "[faq.yaml] Reloaded. edited: abs" in text
    assert "Abs from running, edited" in text.split("[faq.yaml]")[1]


def test_explain_names_the_entries_ruled_out_by_their_requires():
    # From an eleventh new user's trial: the entry an admin expected was not listed at all, nor why.
    proc = run("ask", "--explain", "stretches for lower back after running")
    assert "Ruled out" in proc.stdout and "prevent-back-pain: needs a word for prevent" in proc.stdout
    [line] = json_lines(run("ask", "--json", "--explain", "stretches for lower back after running").stdout)
    assert {"id": "prevent-back-pain", "requires_missing": [["prevent"]]} in line["explain"]["ruled_out"]


def test_explain_names_a_topic_told_only_as_over():
    message = "Years ago I had a herniated disc, long gone now. Last week I strained my lower back. Ok to keep running?"
    assert "Told only as over or denied, so they rule no entry out: disc" in run("ask", "--explain", message).stdout
    [line] = json_lines(run("ask", "--json", "--explain", message).stdout)
    assert line["explain"]["told_over"] == ["disc"] and line["id"] == "run-with-strained-back"


def test_a_broken_faq_file_is_listed_with_the_other_configuration_problems(tmp_path):
    # From an eleventh new user's trial: with a bad ADMIN_IDS only that showed; the FAQ's problem came on the next try.
    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "FAQ_PATH")}
    run = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=ROOT, stdin=subprocess.DEVNULL,
                         env={**env, "ADMIN_IDS": "abc", "FAQ_PATH": str(tmp_path / "missing.yaml")},
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert "ADMIN_IDS" in run.stderr and "missing.yaml' cannot be used" in run.stderr \
        and "the file does not exist" in run.stderr


def test_teach_with_a_mistyped_id_names_the_closest_and_the_ids(tmp_path):
    # A fifteenth new user's trial: "no entry 'back-pain-after-runn'" and nothing else.
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    proc = run("teach", "--faq", str(faq), "my back feels wrecked after the long one", "back-pain-after-runn")
    assert proc.returncode == 1
    assert "(did you mean 'back-pain-after-run'?)" in proc.stderr and "butt-smaller" in proc.stderr, proc.stderr
    assert faq.read_bytes() == (ROOT / "faq.yaml").read_bytes()


def test_check_warns_about_a_concept_with_no_words(tmp_path):
    # A fifteenth new user's trial: "stretchy: []" under synonyms passed without a word.
    original = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    path = tmp_path / "faq.yaml"
    path.write_text(original.replace("  synonyms:\n", "  synonyms:\n    stretchy: []\n", 1), encoding="utf-8")
    proc = run("check", str(path))
    assert proc.returncode == 0 and "warning: synonyms: 'stretchy' has no words" in proc.stdout, proc.stdout
    assert run("check", "--strict", str(path)).returncode == 1


def test_the_terminal_chat_says_a_broken_save_once_and_then_that_it_is_fixed(tmp_path, caplog):
    # A fifteenth new user's trial: a broken save was printed twice (the watcher's log and the chat), and the fix
    # was told only as "Reloaded. edited: abs".
    path = tmp_path / "faq.yaml"
    good = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    path.write_text(good, encoding="utf-8")
    saves = [good.replace("  - id: abs\n", "  - id: abs\n    colour: red\n", 1),
             good.replace("title: Can running give you abs?", "title: Abs from running", 1)]
    out = io.StringIO()
    with caplog.at_level("WARNING"):
        assert cli.chat(FaqSource.load(path), stdin=saving_on_reload(path, saves, "/reload\n/reload\nquit\n"),
                        out=out) == 0
    text = out.getvalue()
    assert text.count("unknown key 'colour'") == 1, text
    assert "[faq.yaml] Fixed and reloaded. edited: abs" in text
    assert not [r for r in caplog.records if r.name == "bot.live"]


def test_check_refuses_an_entry_a_requires_typo_leaves_unreachable(tmp_path):
    # An eighteenth new user: `requires: [sixpackz]` left abs unanswerable, and check said "usable", exit 0.
    original = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    assert original.count("    requires: [abs]\n") == 1
    path = tmp_path / "faq.yaml"
    path.write_text(original.replace("    requires: [abs]\n", "    requires: [sixpackz]\n"), encoding="utf-8")
    proc = run("check", str(path))
    line = original[:original.index("    requires: [abs]\n")].count("\n") + 1
    assert proc.returncode == 1, proc.stdout
    assert re.search(rf":{line}:16: error: 'abs': requires names 'sixpackz'.*is not answered with it", proc.stdout), \
        proc.stdout
    assert "did you mean 'abs', whose synonyms have 'sixpack'?" in proc.stdout, proc.stdout
    # A twentieth new user could not parse "a running bot would serve the file with it so".
    assert "The bot would still serve this file" in proc.stdout and "nobody would get that entry" in proc.stdout
    assert "cannot be used" not in proc.stdout
    # the verdict names it (a new user read only the verdict)
    assert "an entry that does not answer its own question ('abs') cannot be reached" in proc.stdout, proc.stdout


def test_the_terminal_chat_says_a_broken_save_keeps_the_last_good_version_and_what_to_do(tmp_path):
    # A new user: "[faq.yaml] faq.yaml:274:6: YAML syntax: ..." said neither that the bot still answers nor what to do.
    path = tmp_path / "faq.yaml"
    good = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    path.write_text(good, encoding="utf-8")
    saves = [good.replace("  - id: abs\n", "  - id: abs\n  oops: [\n", 1), good + "\n"]
    out = io.StringIO()
    assert cli.chat(FaqSource.load(path), stdin=saving_on_reload(
        path, saves, "/reload\ncan running give me abs\n/reload\nquit\n"), out=out) == 0
    broken, fixed = out.getvalue().split("[faq.yaml] Fixed", 1)
    assert "[faq.yaml] " in broken and "Still answering from the last good version; fix the file and save again " \
        f"(python -m bot check {path} lists every problem)." in broken, broken
    assert "abs" in broken.split("lists every problem).")[1].lower()  # and it does answer
    assert "Still answering" not in fixed


def test_teach_says_why_it_offers_no_everyday_word(tmp_path, capsys):
    # An eighteenth new user: "does doing crunches help my running" got "add its word for that" and no word; an
    # eighty-second review: offering everyday words ("good", "look") as synonyms broke other answers.
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    out = io.StringIO()
    # (it names nothing abs requires: refused, with the same advice, and added with --force, a later new user)
    assert cli.teach(faq, "will it make my belly look good", "abs", out=io.StringIO()) == cli.EXIT_PROBLEMS
    assert "no word of it is rare enough to suggest safely" in capsys.readouterr().err
    assert cli.teach(faq, "will it make my belly look good", "abs", out=out, force=True) == cli.EXIT_NOT_ANSWERED
    assert "no word of it is rare enough to suggest safely" in out.getvalue()
    assert "'good'" not in out.getvalue() and "'look'" not in out.getvalue(), out.getvalue()


def test_check_says_when_a_requires_word_is_taken_by_not_covered(tmp_path):
    # An eighty-second review: `requires: [treadmill]` blamed a typo, though not_covered takes the word.
    original = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    path = tmp_path / "faq.yaml"
    path.write_text(original.replace("    requires: [abs]\n", "    requires: [treadmill]\n"), encoding="utf-8")
    proc = run("check", str(path))
    assert proc.returncode == 1 and "'treadmill' is listed under not_covered, which takes the word" in proc.stdout, \
        proc.stdout


def test_check_refuses_a_typo_that_leaves_the_entry_only_offered(tmp_path):
    # An eighty-second review: `requires: [back, prevnt]` left prevention only offered, and check exited 0.
    original = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    assert original.count("    requires: [back, prevent]\n") == 1
    path = tmp_path / "faq.yaml"
    path.write_text(original.replace("    requires: [back, prevent]\n", "    requires: [back, prevnt]\n"),
                    encoding="utf-8")
    proc = run("check", str(path))
    assert proc.returncode == 1 and "error: 'prevent-back-pain': requires names 'prevnt'" in proc.stdout, proc.stdout


def test_teach_says_a_phone_number_even_when_the_question_is_already_answered(tmp_path, capsys):
    # A twentieth new user: "nothing added" and not a word of the number, as if it had not been checked.
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    assert cli.teach(faq, "call me on 07700 900123 about my sore back after runs", "back-pain-after-run",
                     out=io.StringIO()) == cli.EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert "nothing added" in err and "personal details" in err, err
    assert faq.read_bytes() == (ROOT / "faq.yaml").read_bytes()


def test_a_teach_note_says_under_which_lists_the_word_goes(tmp_path):
    # A twentieth new user: "add its word ... to the synonyms" left them to guess which list, and where.
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    out = io.StringIO()
    assert cli.teach(faq, "lower back feels battered every time I finish a long one", "back-pain-after-run",
                     out=out) == cli.EXIT_NOT_ANSWERED
    assert "'battered'" in out.getvalue() and "under matching: synonyms: in faq.yaml" in out.getvalue()
    assert "pain: [...]" in out.getvalue(), out.getvalue()


def test_the_terminal_chat_points_admin_commands_to_the_command_line():
    """A twenty-second new user got the help text for /stats, /unanswered, /undo and /faq in the terminal chat."""
    out = io.StringIO()
    assert cli.chat(Matcher(load_faq(ROOT / "faq.yaml")), stdin=io.StringIO("/stats\n/unanswered\n/undo\n/faq\n"),
                    out=out) == 0
    text = out.getvalue()
    for name, command in (("stats", "report"), ("unanswered", "teach"), ("undo", "undo"), ("faq", "check")):
        assert f"/{name} is an admin command of the Telegram bot" in text and f"python -m bot {command}" in text


def test_counts_are_said_in_words_not_as_problem_s(tmp_path):
    # A new user read "(1 problem(s))" and "0 warning(s)": one problem, two problems, no warnings.
    out = io.StringIO()
    assert cli.check(ROOT / "faq.yaml", out=out) == cli.EXIT_OK
    assert out.getvalue().endswith(": OK, 11 entries, no warnings.\n"), out.getvalue()
    path = tmp_path / "faq.yaml"
    path.write_text(SMALL_FAQ.replace("  - id: hedgehog-running\n", "  - id: hedgehog-running\n    colour: red\n"),
                    encoding="utf-8")
    out = io.StringIO()
    assert cli.check(path, out=out) == cli.EXIT_PROBLEMS
    assert f"{path}: cannot be used: 1 error." in out.getvalue(), out.getvalue()
    path.write_text(SMALL_FAQ.replace("answer:", "answr:"), encoding="utf-8")
    out = io.StringIO()
    assert cli.check(path, out=out) == cli.EXIT_PROBLEMS
    assert f"{path}: cannot be used: 2 errors." in out.getvalue(), out.getvalue()
    # one entry and one warning (a title longer than a phone shows on a button)
    path.write_text(SMALL_FAQ.replace("    question: Can hedgehogs go running?\n",
                                      "    title: Can hedgehogs go running at night?\n"
                                      "    question: Can hedgehogs go running?\n"), encoding="utf-8")
    out = io.StringIO()
    assert cli.check(path, out=out) == cli.EXIT_OK
    assert f"{path}: usable, 1 entry, 1 warning above" in out.getvalue(), out.getvalue()
    assert "(s)" not in out.getvalue()


def test_a_refusal_goes_on_in_lower_case_after_its_colon(tmp_path, capsys):
    # A new user read "Cannot undo: There is nothing to undo": one sentence, so no capital after the colon.
    faq = tmp_path / "faq.yaml"
    faq.write_bytes((ROOT / "faq.yaml").read_bytes())
    assert cli.undo(faq, str(tmp_path / "none.sqlite3")) == cli.EXIT_PROBLEMS
    assert capsys.readouterr().err.startswith("Cannot undo: there is nothing to undo: ")
    assert cli.teach(faq, "lower back feels battered after a long one, ring me on 07700 900123", "back-pain-after-run",
                     out=io.StringIO()) == cli.EXIT_PROBLEMS
    assert capsys.readouterr().err.startswith("Cannot teach: the question seems to hold personal details")
    assert cli.teach(faq, "my lower back hurts after long runs", "back-pain-after-runn", out=io.StringIO()) == \
        cli.EXIT_PROBLEMS
    assert capsys.readouterr().err.startswith("Cannot teach: there is no entry 'back-pain-after-runn' in faq.yaml")
    # a name keeps its case: faq.yaml, an id, a quoted title
    assert [cli._after_colon(said) for said in ("faq.yaml has changed", "\u201cAbs\u201d already has it", "FAQ",
                                                "I", "Cannot read it")] == [
        "faq.yaml has changed", "\u201cAbs\u201d already has it", "FAQ", "I", "cannot read it"]


def test_a_missing_file_is_said_to_be_missing_with_where_the_bot_looked(tmp_path, monkeypatch):
    # A new user's `check /nope.yaml` ended "Run `python -m bot check /nope.yaml` after fixing it": there is
    # nothing to fix in a file that is not there.
    out = io.StringIO()
    assert cli.check(tmp_path / "nope.yaml", out=out) == cli.EXIT_PROBLEMS
    said = out.getvalue()
    assert said.startswith(f"{tmp_path / 'nope.yaml'}: cannot use this FAQ: the file does not exist (looked for "
                           f"{(tmp_path / 'nope.yaml').resolve()})"), said
    assert "after fixing" not in said and "problem" not in said and said.count("\n") == 1, said
    # a relative name: where it was looked for, from the folder the command ran in; and a file of a close name
    (tmp_path / "faq.yml").write_text(SMALL_FAQ, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    assert cli.check(Path("faq.yaml"), out=out) == cli.EXIT_PROBLEMS
    assert f"(looked for {tmp_path / 'faq.yaml'}; there is {tmp_path / 'faq.yml'}: did you mean that?)" in \
        out.getvalue(), out.getvalue()
    # ...and a folder that is not there either
    out = io.StringIO()
    assert cli.check(tmp_path / "drafts" / "faq.yaml", out=out) == cli.EXIT_PROBLEMS
    assert f"(looked for {tmp_path / 'drafts' / 'faq.yaml'}; the folder {tmp_path / 'drafts'} does not exist " \
           "either)" in out.getvalue(), out.getvalue()


def test_teach_refuses_a_question_that_shares_no_topic_with_the_entry_unless_forced(tmp_path, capsys):
    # A new user's `teach "my knees hurt after running" abs` saved the pairing with only a note.
    faq = tmp_path / "faq.yaml"
    original = (ROOT / "faq.yaml").read_bytes()
    faq.write_bytes(original)
    assert cli.teach(faq, "my knees hurt after running", "abs", out=io.StringIO()) == cli.EXIT_PROBLEMS
    err = capsys.readouterr().err
    # Running and pain are shared by the whole FAQ: the question is about knees, a topic faq.yaml lists as not
    # covered, which the entry does not speak of.
    assert err == ("Cannot teach: \u201cmy knees hurt after running\u201d shares no topic with abs (\u201cCan "
                   "running give you abs?\u201d): it is about knees, which faq.yaml lists under not_covered, and the "
                   "entry does not speak of it, so the bot would still not answer it with that entry. Nothing was "
                   "added.\n"
                   "If it belongs to another entry, teach it there; or add it as it is with --force.\n"), err
    assert faq.read_bytes() == original and not (tmp_path / ".faq-history").exists()
    assert cli.teach(faq, "my knees hurt after running", "weight-loss", out=io.StringIO()) == cli.EXIT_PROBLEMS
    assert "it is about knees, which faq.yaml lists under not_covered" in capsys.readouterr().err
    # A question with no word for what the entry requires: how to give it one, if it does belong there.
    assert cli.teach(faq, "how do I prevent it from coming back", "prevent-back-pain", out=io.StringIO()) == \
        cli.EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert "shares no topic with prevent-back-pain (\u201cPreventing running back pain\u201d): it has no word for " \
           "what the entry requires (back, faq.yaml synonyms)" in err, err
    assert "If it does belong to prevent-back-pain, add its word for that" in err and "(back: [...])" in err, err
    assert faq.read_bytes() == original
    # --force adds it all the same, with the note that the bot still does not answer it so
    out = io.StringIO()
    assert cli.teach(faq, "my knees hurt after running", "abs", out=out, force=True) == cli.EXIT_NOT_ANSWERED
    assert "my knees hurt after running" in faq.read_text(encoding="utf-8")
    assert "Note: the bot still does not answer it with abs" in out.getvalue()
    # a question that shares a topic is added with the note, as before (the lower back, here)
    assert cli.teach(faq, "lower back feels battered every time I finish a long one", "back-pain-after-run",
                     out=io.StringIO()) == cli.EXIT_NOT_ANSWERED
    # on the command line
    proc = run("teach", "--faq", str(faq), "my knees hurt after running", "back-pain-after-run")
    assert proc.returncode == 1 and "shares no topic with back-pain-after-run" in proc.stderr, proc.stderr
    proc = run("teach", "--faq", str(faq), "--force", "my knees hurt after running", "back-pain-after-run")
    assert proc.returncode == cli.EXIT_NOT_ANSWERED, proc.stderr


def _many_entries(n: int, *, title: str = "", requires: str = "") -> str:
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo",
             "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor",
             "whiskey", "xray", "yankee", "zulu"]
    entries = "".join(
        f"  - id: e{i}\n" + (f"    title: {title} {words[i]}\n" if title else "")
        + (f"    requires: [{requires}]\n" if requires else "")
        + f"    question: Do {words[i]} hogs run?\n    alternates: [{words[i]} hog {words[i]}]\n"
        f"    answer: About {words[i]}.\n" for i in range(n))
    return "disclaimer: Not medical advice.\nfallback: Sorry.\nurgent: See a doctor today.\nentries:\n" + entries


def test_check_shows_twenty_warnings_of_a_kind_then_counts_the_rest_and_all_shows_every_one(tmp_path):
    # A new user's check of an 11,000-entry FAQ printed 159,000 warning lines, with no summary and no cap.
    path = tmp_path / "faq.yaml"
    path.write_text(_many_entries(25, title="A title a phone cuts short,"), encoding="utf-8")
    out = io.StringIO()
    assert cli.check(path, out=out) == cli.EXIT_OK
    lines = out.getvalue().splitlines()
    titles = [line for line in lines if "warning: " in line and "phones cut buttons" in line]
    assert len(titles) == cli.WARNINGS_SHOWN == 20
    assert "... and 5 more like this (titles too long for a button)" in lines, lines
    assert lines[-1].startswith(f"{path}: usable, 25 entries, 25 warnings (20 shown above; check --all lists every "
                                "one): the bot serves this file"), lines[-1]
    out = io.StringIO()
    assert cli.check(path, out=out, show_all=True) == cli.EXIT_OK
    assert len([line for line in out.getvalue().splitlines() if "phones cut buttons" in line]) == 25
    assert "more like this" not in out.getvalue()
    assert out.getvalue().splitlines()[-1].startswith(f"{path}: usable, 25 entries, 25 warnings above: ")
    # Errors all show, then each kind of warning up to 20: here every entry requires a concept that does not exist
    # (25 errors, not warned about again), and each entry's questions get no answer (a kind of warning).
    path.write_text(_many_entries(25, requires="nosuch"), encoding="utf-8")
    out = io.StringIO()
    assert cli.check(path, out=out) == cli.EXIT_PROBLEMS
    text = out.getvalue()
    assert len(re.findall(r": error: 'e\d+': requires names 'nosuch'", text)) == 25
    assert not re.findall(r": warning: 'e\d+': requires names 'nosuch'", text)
    assert len(re.findall(r": warning: 'e\d+': '.*' gets no answer", text)) == 20
    assert "... and 30 more like this (questions of an entry that get no answer)" in text, text
    assert text.splitlines()[-1].startswith(f"{path}: 25 errors, and 50 warnings (20 shown above; check --all lists "
                                            "every one): entries that do not answer"), text.splitlines()[-1]
    # on the command line
    proc = run("check", "--all", str(path))
    assert proc.returncode == 1 and "more like this" not in proc.stdout


def test_check_says_how_far_it_has_got_on_a_slow_faq(capsys):
    # A twenty-seventh new user's 11,000-entry FAQ printed nothing for 23 minutes: once checking has taken
    # PROGRESS_AFTER seconds, each tenth of the entries' questions read is said on stderr, with the time left.
    ticks = iter(range(0, 10_000, 3))  # each call of the clock: three seconds later
    progress = cli._Progress(sys.stderr, clock=lambda: float(next(ticks)))
    for done in range(1, 101):
        progress(done, 100)
    said = capsys.readouterr().err.splitlines()
    assert said and all(line.startswith("check: ") and "questions of the entries read" in line for line in said)
    assert all(re.search(r"\(\d+%\), about \d+ (?:s|min) left$", line) for line in said), said
    assert len(said) <= 9 and said[-1].startswith("check: 90 of 100")


def test_check_is_quiet_when_it_is_quick(capsys):
    progress = cli._Progress(sys.stderr, clock=lambda: 0.0)
    for done in range(1, 101):
        progress(done, 100)
    assert capsys.readouterr().err == ""


def test_check_lists_the_problems_above_a_syntax_error(tmp_path):
    # A new user: one key indented by 5 spaces on line 339 showed only the parser's message, and fixing it revealed
    # every other error above it. They are now listed with it, by line.
    text = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    for old, new in (("  - id: herniated-disc\n", "  - id: herniated-disc\n    tags: [x]\n"),
                     ("run]\n    question: Will running", "run]\n     question: Will running")):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "faq.yaml"
    path.write_text(text, encoding="utf-8")
    proc = run("check", str(path))
    assert proc.returncode == 1, proc.stdout
    errors = re.findall(rf"^{re.escape(str(path))}:(\d+):\d+: error: (.*)$", proc.stdout, re.M)
    assert [n for n, _ in errors] == ["140", "339"], proc.stdout
    assert "unknown key 'tags'" in errors[0][1]
    assert "'question:' is indented differently from the keys around it" in errors[1][1], errors[1][1]


def test_explain_gives_the_factor_a_story_aside_cut_by():
    # A topic not covered told only as the story's aside cuts a score by ASIDE_FACTOR, not the full factor, and the
    # explanation says which (it printed 0.45 for both).
    question = ("I run to work twice a week with a hydration pack on. after the run home my lower back aches. "
                "why does it ache after these runs?")
    top = explain_of(question)["entries"][0]
    assert top["not_covered"] == ["hydration"] and top["not_covered_factor"] == ASIDE_FACTOR, top
    assert explain_of("my lower back hurts after yoga and running, why?")["entries"][0]["not_covered_factor"] == 0.45
    text = io.StringIO()
    cli.ask(Matcher(load_faq(ROOT / "faq.yaml")), [question], as_json=False, explain=True, out=text)
    assert f"tells of hydration, which the FAQ does not cover (score x {ASIDE_FACTOR})" in text.getvalue()


def test_check_names_a_new_entry_that_takes_an_old_entrys_questions_as_the_cause(tmp_path):
    # A new user added an entry that took an old entry's questions, and every warning blamed the old entry's
    # alternates. With the version the bot last served kept beside the file, the new entry leads the warning.
    from bot import editing

    original = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    path = tmp_path / "faq.yaml"
    editing.keep_last_good(path, original.encode("utf-8"))
    at = original.index("  - id: abs\n")
    path.write_text(original[:at] + "  - id: post-run-soreness\n    title: Sore after a run\n"
                    "    requires: [back, [pain, run]]\n    question: Why is my lower back sore after a run?\n"
                    "    alternates:\n      - my lower back is sore after running\n"
                    "    answer: It is usually tired muscles.\n\n" + original[at:], encoding="utf-8")
    new_line = path.read_text(encoding="utf-8").splitlines().index("  - id: post-run-soreness") + 1
    out = io.StringIO()
    cli.check(path, out=out, show_all=True)
    said = out.getvalue()
    taken = [line for line in said.splitlines() if "'back-pain-after-run'" in line and ": warning: " in line]
    assert taken, said
    for line in taken:
        assert f": warning: the new entry 'post-run-soreness' (line {new_line}) takes a question of " \
            "'back-pain-after-run': " in line, line
    # without the served version kept (a first check), the old entry's warning is as before, naming the other entry
    (tmp_path / ".faq-history" / "last-good-faq.yaml").unlink()
    out = io.StringIO()
    cli.check(path, out=out, show_all=True)
    assert "the new entry" not in out.getvalue() and "'post-run-soreness'" in out.getvalue()


def test_check_warns_about_a_synonym_read_as_no_word(tmp_path):
    # A fourteenth new user's trial: an emoji the bot drops ("🤧") under synonyms passed, and never matched.
    original = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    path = tmp_path / "faq.yaml"
    path.write_text(original.replace("  synonyms:\n", "  synonyms:\n    sneeze: [🤧, sneezing]\n", 1), encoding="utf-8")
    proc = run("check", str(path))
    assert proc.returncode == 0 and "warning: synonyms: 'sneeze': '🤧' is read as no word" in proc.stdout, proc.stdout
