"""The command line: run the bot, ask questions, chat in the terminal, check faq.yaml, evaluate, report."""
from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import yaml

from bot import admin, config, replies, takers
from bot import text as textmod
from bot.conversation import Conversation, Response, Sender
from bot.decision import Decision, Kind
from bot.faq import ENTRY_KEYS, FAQ, FAQError, comment_warnings, continuation_warnings, counted, load_faq
from bot.live import FaqSource, Snapshot
from bot.matching import CLAUSE_DISCOUNT, NOT_COVERED_FACTOR, Matcher, combine
from bot.store import Store

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_NOT_ANSWERED = 3  # teach: the question was added, and the bot still does not answer it with the entry
# Said under the list of configuration problems when the token is the one missing.
NO_TOKEN = (
    "Get a token from @BotFather in Telegram, then paste it here, where it is neither shown nor kept in your\n"
    "shell's history (bash or zsh), and start the bot:\n"
    "  read -rs TELEGRAM_BOT_TOKEN && export TELEGRAM_BOT_TOKEN\n"
    "  python -m bot run\n"
    "To try the bot offline, with no token: python -m bot chat"
)
# ...for a process with no terminal (a Procfile dyno, a service): there is nobody to paste it (a sixteenth new user).
NO_TOKEN_SERVICE = (
    "This process has no terminal to paste a token into. Get a token from @BotFather "
    "in Telegram and set it where this process gets its settings: on Heroku in the app's Settings, Config Vars; "
    "elsewhere in an env file readable only by the bot's user (chmod 600); see README.md, Quick start. "
    "To try the bot offline, with no token: python -m bot chat"
)

ASK_USAGE = (
    "ask: no question given. Write it after ask (python -m bot ask 'can running give me abs'), or give one "
    "question per line on standard input (python -m bot ask < questions.txt)."
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit status. The one entry point of `python -m bot` and of the
    `runners-faq-bot` console script (pyproject.toml), so that both behave the same."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # `... ask --explain ... | head -1`: the reader left; not an error of ours. Standard output goes to devnull,
        # or Python's own flush at exit raises it again (a new user saw the traceback from the console script only,
        # which did not go through bot/__main__.py).
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (AttributeError, OSError, ValueError):  # standard output is no file (a test's StringIO)
            pass
        return EXIT_OK


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "run"
    if command == "run":
        return _run(args)
    faq_path = args.faq or config.faq_path_from_env()
    if command == "check":
        if args.path and args.faq and not _same_file(Path(args.path), Path(args.faq)):
            # two files named: say so rather than check one of them quietly (a fourteenth new user)
            print(f"check: two files named ({args.faq} with --faq, {args.path} as the path): name one", file=sys.stderr)
            return EXIT_USAGE
        return check(Path(args.path or faq_path), strict=args.strict, show_all=args.all)
    if command == "teach":
        return teach(Path(faq_path), args.question, args.entry, force=args.force, db_path=args.db)
    if command == "undo":
        return undo(Path(faq_path), db_path=args.db)
    if command == "chat":
        source = _source_or_report(Path(faq_path))
        return chat(source, db_path=args.db) if source else EXIT_PROBLEMS
    faq = _load_or_report(Path(faq_path))
    if faq is None:
        return EXIT_PROBLEMS
    if command == "ask" and args.topics:
        return topics_list(faq, as_json=args.json)
    matcher = Matcher(faq)
    if command == "ask":
        return ask(matcher, args.question, as_json=args.json, explain=args.explain)
    if command == "eval":
        return evaluate(matcher, Path(args.file), verbose=args.verbose, summary=args.summary)
    if command == "report":
        return report(matcher, days=args.days, fmt=args.format, db_path=args.db)
    raise AssertionError(command)


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: 'faq.yaml' and 'tests/../faq.yaml' do (a new user's `check --faq`
    was refused as two files), and so do a link and its target."""
    if a.exists() and b.exists():
        return os.path.samefile(a, b)
    return a.resolve() == b.resolve()


def _parser() -> argparse.ArgumentParser:
    faq_help = "the FAQ file (default: $FAQ_PATH, or faq.yaml in the current folder)"
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Runners' FAQ bot. With no command, runs the Telegram bot (or the terminal chat "
                    "when TELEGRAM_BOT_TOKEN is not set and this is a terminal; `run` never starts the chat: "
                    "without a token it says what is missing and exits 2).",
    )
    parser.add_argument("--faq", metavar="PATH", help=faq_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--faq", metavar="PATH", default=argparse.SUPPRESS, help=faq_help)
        return p

    add("run", "run the Telegram bot (polling, or webhook when WEBHOOK_URL is set)")
    p = add("ask", "answer questions: the arguments, or one per line from standard input")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--explain", action="store_true",
                   help="also show what was read (clauses, concepts, warning signs and their modifiers), each close "
                        "entry's score and what of the question it leaves unexplained, and why the decision was taken")
    p.add_argument("--topics", action="store_true",
                   help="list the FAQ's entries (id and title, one per line; with --json, one object each) and exit")
    p.add_argument("question", nargs="*", help="the question (words are joined)")
    p = add("chat", "talk to the bot in the terminal, with numbered choices for buttons")
    p.add_argument("--db", metavar="PATH", default=None,
                   help="log the questions to this question log, as the bot does, to try report and teach offline "
                        "(default: nothing is stored; use a file of its own, not the bot's)")
    p = add("check", "check faq.yaml and warn about entries that compete for the same questions")
    p.add_argument("path", nargs="?", help="the file to check (default: the --faq file)")
    p.add_argument("--strict", action="store_true",
                   help="exit 1 on any warning too (for a script or CI: an entry none of its own questions reach is a "
                        "warning, since the bot still serves the file)")
    p.add_argument("--all", action="store_true",
                   help=f"list every warning (by default the first {WARNINGS_SHOWN} of each kind, then how many more; "
                        "errors are always all listed)")
    p = add("eval", "score the matcher on a labelled question file")
    p.add_argument("file", nargs="?", default="tests/data/questions-dev.yaml",
                   help="YAML list of {text, expect, kind} (default: tests/data/questions-dev.yaml)")
    p.add_argument("-v", "--verbose", action="store_true", help="also list every question it got wrong")
    p.add_argument("--summary", action="store_true",
                   help="figures only, no questions (for held-out sets: reading their errors would tune on them)")
    p = add("teach", "add a question to an entry's alternates in faq.yaml (checked, every other byte kept; "
                     "the earlier version is kept in .faq-history/)")
    p.add_argument("question", help="the question, as a user wrote it (quote it)")
    p.add_argument("entry", help="the entry id, e.g. back-pain-after-run")
    p.add_argument("--force", action="store_true",
                   help="add it even when it shares no topic with the entry (the bot would still not answer it with "
                        "the entry), which is refused otherwise")
    p.add_argument("--db", metavar="PATH", default=None,
                   help="the bot's question log, where the taught question (and its group) leaves the unanswered "
                        "list, as from /unanswered (default: $DB_PATH or faqbot.sqlite3; nothing is done there if it "
                        "does not exist)")
    p = add("undo", "put back faq.yaml as it was before the last change made by teach or from the chat "
                    "(as /undo does; refused when the file was edited some other way since)")
    p.add_argument("--db", metavar="PATH", default=None,
                   help="the bot's question log, where an undone teach's questions go back on /unanswered "
                        "(default: $DB_PATH or faqbot.sqlite3; nothing is done there if it does not exist)")
    p = add("report", "questions asked, unanswered questions grouped, helpfulness per entry")
    p.add_argument("--days", type=_positive_int, default=None, help="only the last N days (default: all kept)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--db", metavar="PATH", default=None, help="the database (default: $DB_PATH or faqbot.sqlite3)")
    return parser


def _positive_int(raw: str) -> int:
    if not (raw.isascii() and raw.isdigit()) or int(raw) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of days, 1 or more, got {raw!r}")
    return int(raw)


def _load_or_report(path: Path, out: TextIO | None = None) -> FAQ | None:
    try:
        return load_faq(path)
    except FAQError as exc:
        _report(path, exc, out or sys.stderr)
        return None


def _source_or_report(path: Path) -> FaqSource | None:
    """The FAQ as the bot serves it (reloaded on a save), for the terminal chat."""
    try:
        return FaqSource.load(path)
    except FAQError as exc:
        _report(path, exc, sys.stderr)
        return None


def _after_colon(message: str) -> str:
    """A sentence of its own ("There is nothing to undo: ...") put after "Cannot undo: ", with its first word in
    lower case (a new user read "Cannot undo: There is..."), unless that word is a name or an acronym (faq.yaml, a
    quoted title, FAQ) or "I"."""
    first = message.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].isalpha() and first[1:].islower():
        return message[0].lower() + message[1:]
    return message


def _report(path: Path, exc: FAQError, out: TextIO) -> None:
    if exc.missing:
        # Where it was looked for, and no "after fixing it": there is no file to fix (a new user).
        print(f"{path}: cannot use this FAQ: {exc.problems[0].message}.", file=out)
        return
    print(f"{path}: cannot use this FAQ ({counted(len(exc.problems), 'problem')}):", file=out)
    for problem in exc.problems:
        print(f"  {problem}", file=out)
    print(f"Run `python -m bot check {path}` after fixing it.", file=out)


# -- run -----------------------------------------------------------------------------------


def _run(args: argparse.Namespace) -> int:
    """Run the Telegram bot. Without a token, the bare `python -m bot` on a terminal starts the terminal chat (the
    README's way to try the bot offline); `python -m bot run`, which --help says runs the Telegram bot, never does
    (a new user took the chat for the bot): it lists every configuration problem, the missing token first, says
    how to set the token and how to try the bot offline, and exits 2."""
    env = dict(os.environ)
    if args.faq:
        env["FAQ_PATH"] = args.faq
    terminal = sys.stdin.isatty() and sys.stdout.isatty()
    try:
        settings = config.from_env(env)
    except config.ConfigError as exc:
        settings, problems = None, list(exc.problems)
    else:
        problems = []
    if settings is not None and settings.token:
        from bot.telegram_bot.app import run

        return run(settings)
    if settings is not None and terminal and args.command is None:
        print("No TELEGRAM_BOT_TOKEN set: starting the terminal chat. "
              "To connect to Telegram, get a token from @BotFather and set TELEGRAM_BOT_TOKEN.")
        source = _source_or_report(settings.faq_path)
        return chat(source) if source else EXIT_PROBLEMS
    no_token = not env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if no_token:
        problems.insert(0, "TELEGRAM_BOT_TOKEN is not set (get a token from @BotFather in Telegram)")
    # The FAQ file too, so that every problem shows at once (an eleventh new user's trial).
    faq_path = Path(env.get("FAQ_PATH", "").strip() or "faq.yaml")
    try:
        load_faq(faq_path)
    except FAQError as faq_exc:
        first = faq_exc.problems[0] if faq_exc.problems else ""
        problems.append(f"FAQ_PATH {str(faq_path)!r} cannot be used ({counted(len(faq_exc.problems), 'problem')}"
                        f"{', the first' if len(faq_exc.problems) > 1 else ''}: {first}); "
                        f"see python -m bot check {faq_path}")
    print("Cannot start: bad configuration:", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    if no_token:
        print(NO_TOKEN if sys.stdin.isatty() else NO_TOKEN_SERVICE, file=sys.stderr)
    return EXIT_USAGE


# -- ask -----------------------------------------------------------------------------------


def topics_list(faq: FAQ, *, as_json: bool, out: TextIO | None = None) -> int:
    """Print each entry's id and title, one per line ("abs  Can running give you abs?"), or with `as_json` one
    {"id", "title"} object per line: the ids `ask --json` and `eval` files use (a ninth new user found no list)."""
    out = out or sys.stdout
    width = max((len(entry.id) for entry in faq.entries), default=0)
    for entry in faq.entries:
        if as_json:
            print(json.dumps({"id": entry.id, "title": entry.title}, ensure_ascii=False), file=out)
        else:
            print(f"{entry.id:<{width}}  {entry.title}", file=out)
    return 0


def ask(matcher: Matcher, words: list[str], *, as_json: bool, explain: bool = False, out: TextIO | None = None,
        stdin: TextIO | None = None) -> int:
    """Answer the question in `words`, or each line of standard input; with `explain`, say why."""
    out = out or sys.stdout
    if words:
        questions = [" ".join(words)]
        if not questions[0].strip():
            print("ask: the question is empty", file=sys.stderr)
            return EXIT_USAGE
    else:
        stdin = stdin or sys.stdin
        if stdin.isatty():
            print("Type one question per line; Ctrl-D ends.", file=sys.stderr)
        questions = [line.rstrip("\n") for line in stdin]
        if not any(question.strip() for question in questions):
            # Nothing printed and exit 0 read as a bot with no answer (a new user's `ask </dev/null`).
            print(ASK_USAGE, file=sys.stderr)
            return EXIT_USAGE
    first = True
    for question in questions:
        if not question.strip():
            continue
        decision = matcher.decide(question, explain=explain)
        text = reply_text(matcher.faq, decision, question)
        if as_json:
            record = as_record(question, decision, text)
            if explain:
                record["explain"] = decision.explain
            print(json.dumps(record, ensure_ascii=False), file=out)
        else:
            if not first:
                print("-" * 40, file=out)
            print(text, file=out)
            if explain and decision.explain:
                print(file=out)
                print(explanation_text(decision.explain), file=out)
        first = False
    return EXIT_OK


def explanation_text(explain: dict) -> str:
    """The --explain block for a person: what was read, the signs, the close entries, the reason."""
    lines = ["How I read it:"]
    if explain["language"] not in ("en", None):
        lines.append(f"  language: {explain['language']} (not English)")
    for clause in explain["clauses"]:
        mark = "asks" if clause["asks"] else "tells"
        lines.append(f"  [{mark}] {clause['words']}")
        if clause["concepts"]:
            lines.append(f"         concepts: {', '.join(clause['concepts'])}")
    if explain["signs"]:
        lines.append("Warning signs:")
        for sign in explain["signs"]:
            state = "STANDS" if sign["stands"] else ("ordinary: " + sign["ordinary"] if sign["ordinary"] else
                                                     "lacks " + sign["lacks"] if sign["lacks"] else "does not stand")
            modifiers = f" ({', '.join(sign['modifiers'])})" if sign["modifiers"] else ""
            lines.append(f"  {sign['flag']}/{sign['sign']}: \"{sign['words']}\"{modifiers}: {state}")
    if explain["entries"]:
        lines.append("Close entries:")
        for entry in explain["entries"]:
            notes = []
            if entry["unexplained"]:
                notes.append(f"leaves unexplained: {', '.join(entry['unexplained'])}")
            if entry["not_covered"]:
                factor = entry.get("not_covered_factor") or NOT_COVERED_FACTOR
                told = "tells of" if factor != NOT_COVERED_FACTOR else "asks about"
                notes.append(f"{told} {', '.join(entry['not_covered'])}, which the FAQ does not cover "
                             f"(score x {factor})")
            if entry["one_clause_of_several"]:
                notes.append(f"from one asking clause of several (score x {CLAUSE_DISCOUNT})")
            lines.append(f"  {entry['id']}: {entry['score']} (recall {entry['recall']}, precision "
                         f"{entry['precision']}, F1 {round(100 * combine(entry['recall'], entry['precision']), 1)})"
                         + "".join(f"; {n}" for n in notes))
    if explain.get("told_over"):
        lines.append(f"Told only as over or denied, so they rule no entry out: {', '.join(explain['told_over'])}")
    if explain.get("ruled_out"):
        lines.append("Ruled out (a requires group of theirs has no word in the message; faq.yaml synonyms):")
        for entry in explain["ruled_out"]:
            groups = "; and ".join(" or ".join(group) for group in entry["requires_missing"])
            lines.append(f"  {entry['id']}: needs a word for {groups}")
    lines.append(f"Why: {explain['why']}")
    return "\n".join(lines)


def as_record(question: str, decision: Decision, reply: str) -> dict:
    """The --json line for one question."""
    return {
        "question": question,
        "decision": decision.kind.value,
        "id": decision.entry_id,
        "score": decision.score,
        "suggestions": list(decision.suggestions),
        "reply": reply,
    }


def reply_text(faq: FAQ, decision: Decision, question: str) -> str:
    """What a user would read, as plain text, with buttons shown as numbered choices."""
    return "\n\n".join(_plain(r) for r in replies.for_decision(faq, decision, question, feedback=False))


def _plain(reply: replies.Reply, numbered: list[replies.Button] | None = None) -> str:
    text = reply.plain
    buttons = [b for row in reply.buttons for b in row]
    if buttons:
        lines = [text, ""]
        for n, button in enumerate(buttons, 1):
            lines.append(f"  {n}) {button.text}")
        text = "\n".join(lines)
    if numbered is not None:
        numbered[:] = buttons
    return text


# -- chat ----------------------------------------------------------------------------------


def chat(faq: Matcher | FaqSource, stdin: TextIO | None = None, out: TextIO | None = None, *,
         db_path: str | None = None) -> int:
    """A conversation in the terminal, with the same replies as in Telegram (buttons as numbers).

    With a FaqSource, faq.yaml is reloaded when it is saved, as the bot does, and /reload reloads it
    at once (an eleventh new user's trial: an admin trying a new entry here saw nothing of it). With `db_path`
    the questions are logged there as the bot logs them, so that report and teach can be tried offline (a new
    user's report had nothing to read); without it nothing is stored."""
    # The chat prints each reload's outcome itself: the watcher's own warning would say a broken save twice.
    watcher = logging.getLogger("bot.live")
    level = watcher.level
    watcher.setLevel(logging.ERROR)
    store = Store(Path(db_path)) if db_path else None
    try:
        return _chat(faq, stdin, out, store)
    finally:
        watcher.setLevel(level)
        if store is not None:
            store.close()


# The terminal chat's user, for its votes in a question log (Telegram's user ids start at 1).
TERMINAL_USER = 0

# The Telegram admin commands, and what does their work from the terminal.
_ADMIN_ELSEWHERE = {
    "stats": "python -m bot report shows what was asked and answered (the log fills while the Telegram bot runs, "
             "or this chat started with --db PATH).",
    "unanswered": "python -m bot report lists what found no answer; "
                  "python -m bot teach \"QUESTION\" ENTRY-ID adds one.",
    "undo": "python -m bot undo takes back the last change made by teach or from the chat.",
    "faq": "the file is the faq.yaml you started me with; python -m bot check FILE says what is wrong with it.",
}


def _chat(faq: Matcher | FaqSource, stdin: TextIO | None, out: TextIO | None, store: Store | None = None) -> int:
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    source = faq if isinstance(faq, FaqSource) else _Fixed(Snapshot(faq.faq, faq, ""))
    # The terminal chat stores nothing unless given a log (chat --db), and /privacy says which.
    conversation = Conversation(source, store, question_log=store is not None, journal=False, telegram=False)
    # One chat, so follow-ups are read with the last reply; with a log, one voter, so that a 👍/👎 is stored for
    # report (a new user's 👎 was thanked and dropped).
    me = Sender(user_id=TERMINAL_USER if store is not None else None, chat_id=0)
    choices: list[replies.Button] = []
    interactive = stdin.isatty()

    def show(response: Response) -> None:
        if response.toast:
            print(response.toast, file=out)
            print(file=out)
        for reply in response.replies:
            print(_plain(reply, choices if reply.buttons else None), file=out)
            print(file=out)

    print("Runners' FAQ bot: ask a question in your own words. /topics lists what I know; "
          "a number picks a choice; quit or Ctrl-D ends.\n", file=out)
    if store is not None:
        print(f"Questions are logged to {store.path}: python -m bot report --db {store.path} lists those that found no "
              "answer.\n", file=out)
    while True:
        if interactive:
            print("you> ", end="", file=out, flush=True)
        line = stdin.readline()
        if not line:
            break
        text = line.strip()
        if not text:
            continue
        if text.lower() in ("/quit", "/exit", "/q", "quit", "exit"):
            break
        if isinstance(source, FaqSource) and (text.lower() == "/reload" or source.changed_on_disk()):
            result = source.reload()
            if text.lower() == "/reload" or result.changed or result.first_report or result.recovered:
                print(f"[{source.path.name}] {result.summary()}", file=out)
                if not result.ok:
                    # The problems alone read as a bot that stopped (a new user): say what is served and what to do.
                    print(f"Still answering from the last good version; fix the file and save again "
                          f"(python -m bot check {source.path} lists every problem).", file=out)
                print(file=out)
            if text.lower() == "/reload":
                continue
        if text.isdigit():
            if not choices:
                print("There is nothing to pick from that message: type a question.\n", file=out)
                continue
            index = int(text) - 1
            if not 0 <= index < len(choices):
                print(f"Pick a number from 1 to {len(choices)}.\n", file=out)
                continue
            show(conversation.press(choices[index].data, me))
            continue
        choices.clear()  # a number only ever picks from the message just shown
        if text.startswith("/"):
            name, _, args = text[1:].partition(" ")
            if name.lower() in _ADMIN_ELSEWHERE:
                # (a twenty-second new user got the help four times for /stats, /unanswered, /undo and /faq)
                print(f"/{name.lower()} is an admin command of the Telegram bot. "
                      f"Here: {_ADMIN_ELSEWHERE[name.lower()]}", end="\n\n", file=out)
                continue
            show(conversation.command(name, args, me))
        else:
            show(conversation.question(text, me))
    print("Bye!", file=out)
    return EXIT_OK


@dataclass(frozen=True)
class _Fixed:
    """One FAQ version, for a conversation that never reloads."""

    current: Snapshot


# -- check ---------------------------------------------------------------------------------


WARNINGS_SHOWN = 20  # of each kind of warning, unless check --all: an 11,000-entry FAQ gave 159,000 lines


def check(path: Path, out: TextIO | None = None, *, strict: bool = False, show_all: bool = False) -> int:
    """Validate the file; list every problem (exit 1) and warn about competing entries (exit 1 with `strict`).
    Every problem found is listed in one run, errors first, then warnings, each by line: with errors that stop the bot
    from serving the file, the entries that could be read are still checked (a new user fixed problems pass by pass).
    Every error is listed; of each kind of warning, the first WARNINGS_SHOWN and how many more (`show_all`: all)."""
    out = out or sys.stdout
    try:
        faq: FAQ | None = load_faq(path)
        refused: list[str] = []
        matching_read = True
    except FAQError as exc:
        if exc.missing:
            _report(path, exc, out)
            return EXIT_PROBLEMS
        faq, matching_read = exc.partial, exc.matching_read
        refused = [f"{p.path}:{p.line}:{p.col}: error: {p.message}" for p in exc.problems]
    # The checks of how questions find entries need the synonyms: with a broken matching section they would only
    # say every name is unknown.
    matcher = Matcher(faq) if faq is not None and faq.entries and matching_read else None
    dead_by_id = unreachable(faq, matcher, path) if faq is not None and matcher is not None else {}
    dead = list(dead_by_id.values())
    # (the slow part of check on a big FAQ: each entry's own questions, decided once for the warnings and the verdict)
    stray = admin.stray_phrasings(matcher, progress=_Progress(sys.stderr)) if faq is not None and matcher else []
    kinds = warning_kinds(faq, matcher, path, said=dead, stray=stray)
    # Entries none of whose own questions is answered with them, but for a requires typo (an error, above): a warning,
    # since the bot serves the file, but named in the verdict (a new user's copy of an entry, and an entry of stop
    # words, ended "usable" with nothing but its per-question warnings to say that nobody would get it).
    unanswered = [i for i in _unanswered_entries(faq, stray) if i not in dead_by_id] if faq is not None else []
    total = sum(len(found) for _, found in kinds)
    shown_by_kind = [(label, found if show_all else found[:WARNINGS_SHOWN], len(found)) for label, found in kinds]
    shown = sum(len(said) for _, said, _ in shown_by_kind)
    # The errors first: after a dozen warnings they scrolled out of sight (a twenty-second new user); each list by
    # line (a new user read line 272's warning before line 35's).
    for error in sorted([*refused, *dead], key=lambda said: _line_key(said, path)):
        print(error, file=out)
    for warning in sorted((w for _, said, _ in shown_by_kind for w in said), key=lambda said: _line_key(said, path)):
        print(warning, file=out)
    for label, said, found in shown_by_kind:
        # (a new user's check of an 11,000-entry FAQ printed 159,000 warning lines, with no summary)
        if found > len(said):
            print(f"... and {found - len(said)} more like this ({label})", file=out)
    hidden = f"{shown} shown above; check --all lists every one" if shown < total else ""
    warned = f", and {counted(total, 'warning')}{f' ({hidden})' if hidden else ''}" if total else ""
    errors = counted(len(refused) + len(dead), "error")
    if refused:
        # One verdict, and a true one: the header said "cannot use" and the summary "a running bot still loads this
        # file" (a new user).
        unchecked = ("" if matcher is not None or faq is None else
                     " The checks of how questions find the entries did not run: they need the matching section "
                     "without errors.")
        print(f"{path}: cannot be used: {errors}{warned}. The bot does not serve a file with errors (a running bot "
              f"keeps answering from its last good version): fix them and run check again.{unchecked}", file=out)
        return EXIT_PROBLEMS
    if dead:
        # (an entry that does not answer its own question: "1 error", "it", "its"; never "problem(s)")
        one = len(dead) == 1
        also = (f" Nobody gets {_entries_named(unanswered)} as an answer to any of "
                f"{'its' if len(unanswered) == 1 else 'their'} own questions either (see the warnings)."
                if unanswered else "")
        print(f"{path}: {errors}{warned}: {'an entry that does' if one else 'entries that do'} not answer "
              f"{'its' if one else 'their'} own question ({_names(list(dead_by_id))}) cannot be reached by anyone "
              f"(fix the name in {'its' if one else 'their'} requires). The bot would still serve this file, but "
              f"nobody would get {'that entry' if one else 'them'}.{also}", file=out)
        return EXIT_PROBLEMS
    assert faq is not None
    entries = counted(len(faq.entries), "entry", "entries")
    if not total:
        print(f"{path}: OK, {entries}, no warnings.", file=out)
        return EXIT_OK
    # Usable (the bot serves it) but not clean: said so, not "OK" (a fourteenth new user read "OK" past an entry
    # that none of its own questions reached).
    nobody = (f" nobody gets {_entries_named(unanswered)} as an answer to any of "
              f"{'its' if len(unanswered) == 1 else 'their'} own questions (the warnings say what they get instead):"
              if unanswered else "")
    print(f"{path}: usable, {entries}, {counted(total, 'warning')}{f' ({hidden})' if hidden else ' above'}: the bot "
          f"serves this file, but{nobody} read {'it' if total == 1 else 'them'}"
          f"{'' if strict else ' (check --strict exits 1 on any)'}.", file=out)
    return EXIT_PROBLEMS if strict else EXIT_OK


def _unanswered_entries(faq: FAQ, stray: Sequence[tuple[str, str, str]]) -> list[str]:
    """The ids of the entries none of whose own questions (question and alternates) the bot answers with them, from
    admin.stray_phrasings' findings, in the file's order."""
    missed: dict[str, int] = {}
    for entry_id, _, _ in stray:
        missed[entry_id] = missed.get(entry_id, 0) + 1
    return [e.id for e in faq.entries if e.phrasings and missed.get(e.id, 0) >= len(e.phrasings)]


NAMES_SAID = 5  # entries named in a verdict; the rest are counted


def _names(ids: list[str]) -> str:
    """"'a'", "'a' and 'b'", "'a', 'b', 'c', 'd', 'e' and 3 more"."""
    if len(ids) > NAMES_SAID:
        return ", ".join(repr(i) for i in ids[:NAMES_SAID]) + f" and {len(ids) - NAMES_SAID} more"
    return _and(ids)


def _entries_named(ids: list[str]) -> str:
    """"entry 'a'" or "entries 'a' and 'b'"."""
    return f"{'entry' if len(ids) == 1 else 'entries'} {_names(ids)}"


def _line_key(said: str, path: Path) -> tuple[int, int]:
    """(line, column) of a problem said as "PATH:LINE[:COL]: ...", to list problems by line."""
    m = re.match(re.escape(str(path)) + r":(\d+)(?::(\d+))?:", said)
    return (int(m.group(1)), int(m.group(2) or 0)) if m else (0, 0)


def warning_kinds(faq: FAQ | None, matcher: Matcher | None, path: Path, *, said: Sequence[str] = (),
                  stray: Sequence[tuple[str, str, str]] | None = None) -> list[tuple[str, list[str]]]:
    """Every warning of `check`, by kind: (what the kind's warnings are about, said as in "... and 5 more like this
    (titles too long for a button)", its warnings). Kinds with none are left out. Without `faq` (YAML could not read
    the file) only the warnings read from the text; without `matcher` (no synonyms to trust) none of those about how
    questions find entries. A name in requires that an error of `said` names already is not warned about again.
    `stray`: admin.stray_phrasings(matcher), when the caller has it already (it is found here otherwise)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeError):
        return []
    kinds = [
        ("'#' signs that start a comment inside a text", comment_warnings(text, str(path))),
        ("lines YAML joins to the list item above them", continuation_warnings(text, str(path))),
    ]
    if faq is not None:
        buttons = button_warnings(faq, path)
        kinds += [
            ("titles too long for a button", [w for w in buttons if w.endswith("(set a shorter `title`)")]),
            ("ids too long for Telegram's button data",
             [w for w in buttons if not w.endswith("(set a shorter `title`)")]),
            ("entry keys indented into an answer's text", key_in_answer_warnings(faq, path)),
            ("questions listed twice, in one entry or in two", twice_warnings(faq, path)),
        ]
    if faq is not None and matcher is not None:
        errors = {m.group(1) for e in said if (m := re.search(r": error: ('[^']*': requires names '[^']*')", e))}
        concepts = [w for w in concept_warnings(faq, path) if w.split(": warning: ", 1)[1].split(",")[0] not in errors]
        empty = " has no words: add its words, or remove it"
        kinds += [
            ("concepts with no words", [w for w in concepts if w.endswith(empty)]),
            ("names in requires or excludes that are no concept", [w for w in concepts if not w.endswith(empty)]),
            ("concepts whose phrase takes the words an entry requires", word_taking_warnings(faq, matcher, path)),
            ("topic phrases that are also synonyms", topic_warnings(faq, path)),
            *_stray_kinds(faq, path, matcher, stray),
        ]
    return [(label, found) for label, found in kinds if found]


BUTTON_TEXT = 30  # characters of a button label a phone shows before cutting it short


def button_warnings(faq: FAQ, path: Path) -> list[str]:
    """Entries whose buttons would be too long: a title a phone cuts short, an id past Telegram's
    64-byte callback data (bot.buttons)."""
    from bot import buttons

    out = []
    for entry in faq.entries:
        if len(entry.title) > BUTTON_TEXT:
            out.append(f"{path}:{entry.line}: warning: {entry.id!r}: the title {entry.title!r} is {len(entry.title)} "
                       f"characters; phones cut buttons at about {BUTTON_TEXT} (set a shorter `title`)")
        longest = max(len(buttons.encode(press).encode()) for press in (
            buttons.Vote(entry.id, False, "f" * 8), buttons.ShowEntry(entry.id, "f" * 8),
            buttons.Teach("f" * 8, entry.id)))
        if longest > buttons.MAX_DATA_BYTES:
            out.append(f"{path}:{entry.line}: warning: {entry.id!r}: the id makes button data {longest} bytes; "
                       f"Telegram allows {buttons.MAX_DATA_BYTES} (use a shorter id)")
    return out


def twice_warnings(faq: FAQ, path: Path) -> list[str]:
    """A question or alternate listed again, in its own entry or another, case and punctuation aside (as teach
    compares them): twice in one entry it does nothing; in two entries the same words cannot lead to both, so one of
    them never gets them (a new user's alternate listed twice passed check as OK)."""
    from bot.editing import phrasing_words

    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    first: dict[tuple[str, ...], tuple[str, str, int]] = {}  # words -> (entry id, which item, line)
    out = []
    for entry in faq.entries:
        after: dict[str, int] = {}  # a text -> the line it was last found on, so that a copy is found below it
        for n, phrasing in enumerate(entry.phrasings):
            line = _line_of(lines, phrasing, after.get(phrasing, entry.line - 1) + 1)
            after[phrasing] = line
            which = "the question" if n == 0 else f"alternate {n}"  # counted from 1, as faq.py's problems count
            words = phrasing_words(phrasing)
            if not words:
                continue
            if words not in first:
                first[words] = (entry.id, which, line)
                continue
            other, other_which, other_line = first[words]
            if other == entry.id:
                out.append(f"{path}:{line}: warning: {entry.id!r}: {which} {phrasing!r} repeats {other_which} (line "
                           f"{other_line}): remove one")
            else:
                out.append(f"{path}:{line}: warning: {entry.id!r}: {which} {phrasing!r} is also {other_which} of "
                           f"{other!r} (line {other_line}): the same words cannot lead to both, so keep them in the "
                           f"entry that answers them")
    return out


def topic_warnings(faq: FAQ, path: Path) -> list[str]:
    """A phrase in `not_covered` or `other_causes` that is also a synonym: the synonym wins, so the
    topic line does nothing (an admin who writes "stretching" there to keep it out is not served)."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    synonym_of = {p.lower(): concept for concept, phrases in faq.synonyms.items() for p in phrases}
    out = []
    for key, phrases in (("not_covered", faq.not_covered), ("other_causes", faq.other_causes)):
        start = next((n for n, line in enumerate(lines) if line.lstrip().startswith(f"{key}:")), 0)
        for phrase in phrases:
            concept = synonym_of.get(phrase.lower())
            if concept:
                out.append(f"{path}:{_line_of(lines, phrase, start + 1)}: warning: {key}: {phrase!r} is also a synonym "
                           f"of {concept!r}, which wins: remove it from one of the two")
    return out


def unreachable(faq: FAQ, matcher: Matcher, path: Path) -> dict[str, str]:
    """Errors, by entry id, for entries whose `requires` names no concept and whose own question then gets no
    answer: the entry is dead, almost always by a typo ("sixpackz" for `abs`: an eighteenth new user's `check` said
    "usable" and exited 0)."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    out = {}
    for entry in faq.entries:
        unknown = [n for group in entry.requires for n in sorted(group) if n not in faq.synonyms]
        if not unknown:
            continue
        got = matcher.decide(entry.question)
        if got.kind is Kind.ANSWER and got.entry_id == entry.id:
            continue
        line, col = _place(lines, "requires:", unknown[0], entry.line)
        out[entry.id] = (f"{path}:{line}:{col}: error: {entry.id!r}: requires names {unknown[0]!r}, which is no "
                         f"concept under synonyms, and the entry's own question {entry.question!r} is not answered "
                         f"with it ({got.kind}): {_unknown_fix(faq, unknown[0])}")
    return out


def _taken_by(faq: FAQ, name: str) -> str | None:
    """The topic list (`not_covered` or `other_causes`) that holds `name` as a phrase of its own, if any."""
    return next((key for key, phrases in (("not_covered", faq.not_covered), ("other_causes", faq.other_causes))
                 if name.lower() in (p.lower() for p in phrases)), None)


def _unknown_fix(faq: FAQ, name: str) -> str:
    """What to do about a name in `requires` that is no concept: a topic line that takes the word, or a typo."""
    if key := _taken_by(faq, name):
        return f"{name!r} is listed under {key}, which takes the word: take it out there, or make a concept for it " \
               f"under synonyms"
    return f"name a concept of synonyms{_concept_hint(faq, name)}"


def _concept_hint(faq: FAQ, name: str) -> str:
    """" (did you mean 'butt'?)" for a name that is no concept, when one is close (or a word of one's synonyms is), or
    ""."""
    import difflib  # only `check` needs it: spared at the bot's start-up

    # A word of a concept's synonyms names it too: "stretchs" is warmup's "stretches", not "treat" (an eleventh new
    # user's trial).
    owner = {word: concept for concept, words in faq.synonyms.items() for word in words}
    word = difflib.get_close_matches(name, list(owner), n=1, cutoff=0.8)
    close = difflib.get_close_matches(name, sorted(faq.synonyms), n=1, cutoff=0.6)
    if word and owner[word[0]] == word[0]:
        return f" (did you mean {word[0]!r}?)"
    return (f" (did you mean {owner[word[0]]!r}, whose synonyms have {word[0]!r}?)" if word else
            f" (did you mean {close[0]!r}?)" if close else "")


def _place(lines: list[str], key: str, name: str, start: int) -> tuple[int, int]:
    """Line and column of `name` on the `key` line at or after line `start` (the entry's own line when
    there is none)."""
    line = _line_of(lines, key, start)
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return line, (text.find(name) + 1 if name in text else 1)


def concept_warnings(faq: FAQ, path: Path) -> list[str]:
    """Names in `requires` and `excludes` that are no concept under `synonyms`: only that very word
    would then count, which is almost always a typo ("buttocks" for `butt`, "radiatingg")."""
    out = []
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    start = next((n for n, line in enumerate(lines) if line.lstrip().startswith("synonyms:")), 0)
    for concept, words in faq.synonyms.items():
        if not words:  # "stretchy: []": a concept with no words reads nothing (a fifteenth new user)
            out.append(f"{path}:{_line_of(lines, concept + ':', start + 1)}: warning: synonyms: {concept!r} has no "
                       f"words: add its words, or remove it")
        # An emoji the bot reads as no word ("🤧"; 🍑 reads "butt") never matches (a fourteenth new user: check said
        # nothing).
        for word in words:
            if not textmod.words(textmod.normalize(word)):
                out.append(f"{path}:{_line_of(lines, concept + ':', start + 1)}: warning: synonyms: {concept!r}: "
                           f"{word!r} is read as no word at all (an emoji or a mark the bot drops), so it never "
                           f"matches: write the word it stands for")
    for entry in faq.entries:
        named = [("requires", n) for group in entry.requires for n in sorted(group)]
        named += [("excludes", n) for n in sorted(entry.excludes)]
        for key, name in named:
            if name in faq.synonyms:
                continue
            hint = _concept_hint(faq, name)
            line, col = _place(lines, f"{key}:", name, entry.line)
            listed = _taken_by(faq, name)
            counts = (f"it is listed under {listed}, which takes the word, so it never counts here" if listed else
                      f"only the word {name!r} itself will count")
            out.append(f"{path}:{line}:{col}: warning: {entry.id!r}: {key} names {name!r}, which is no concept "
                       f"under synonyms: {counts}{hint}")
    return out


def word_taking_warnings(faq: FAQ, matcher: Matcher, path: Path) -> list[str]:
    """Concepts that no entry's `requires` or `excludes`, nor `asks`, names, whose phrase takes the words of an
    entry's question that a concept its requires names needed: the question then no longer meets them (a new
    user's `lbp: [lower back pain]` left "lower back pain after running" unanswered, and check said only that
    the questions got no answer). A concept no entry names that takes no such words is left alone: it is read
    in entries' questions, or it takes its words in another sense on purpose (`back-again`)."""
    lexicon = matcher.lexicon
    named = set(faq.asks) | {c for entry in faq.entries for group in entry.requires for c in group}
    named |= {c for entry in faq.entries for c in entry.excludes}
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    start = next((n for n, line in enumerate(lines) if line.lstrip().startswith("synonyms:")), 0)
    phrase_words = {concept: [tuple(lexicon.spelled(p)) for p in phrases] for concept, phrases in faq.synonyms.items()}
    read = [(entry, [(tuple(words), set(lexicon.concepts(list(words))))
                     for words in (lexicon.spelled(p) for p in entry.phrasings)]) for entry in faq.entries]
    out = []
    for concept, phrases in faq.synonyms.items():
        if concept in named:
            continue
        key = lexicon.concept_key(concept)
        for phrase, words in zip(phrases, phrase_words[concept], strict=True):
            # entry id -> the required concepts whose words the phrase took; the first question it happened to
            needing: dict[str, set[str]] = {}
            example = ""
            for entry, phrasings in read:
                for said, feats in phrasings:
                    if key not in feats or not _holds(said, words):
                        continue
                    unmet = [g for g in entry.requires if not any(lexicon.concept_key(c) in feats for c in g)]
                    took = {c for g in unmet for c in g if any(_holds(words, w) for w in phrase_words.get(c, ()))}
                    if took:
                        needing.setdefault(entry.id, set()).update(took)
                        example = example or next(p for p in entry.phrasings if tuple(lexicon.spelled(p)) == said)
            if not needing:
                continue
            line = _line_of(lines, f"{concept}:", start + 1)
            line = _line_of(lines, phrase, line)
            text = lines[line - 1] if 0 < line <= len(lines) else ""
            took = sorted(set().union(*needing.values()))
            out.append(f"{path}:{line}:{text.find(phrase) + 1 if phrase in text else 1}: warning: synonyms: "
                       f"{concept!r} is named in no entry's requires or excludes, nor in asks, and its phrase takes "
                       f"the words {phrase!r} that {_and(sorted(needing))} need for {_and(took)} (their requires), as "
                       f"in {example!r}: add {concept!r} to the requires group{'s' if len(took) > 1 else ''} holding "
                       f"{_and(took)}, or take the phrase out of {concept!r}")
    return out


def _holds(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether `part` is a run of `words`."""
    n = len(part)
    return n > 0 and any(words[i:i + n] == part for i in range(len(words) - n + 1))


def _and(names: list[str]) -> str:
    quoted = [repr(n) for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def key_in_answer_warnings(faq: FAQ, path: Path) -> list[str]:
    """Entries whose answer text holds a line that looks like one of the entry's keys ("related:
    [...]" indented under "answer: |"): users would see it, and the key does nothing."""
    keys = re.compile(r"^\s*(" + "|".join(sorted(ENTRY_KEYS)) + r"):(\s|$)", re.MULTILINE)
    out = []
    for entry in faq.entries:
        for m in keys.finditer(entry.answer):
            said = entry.answer[m.start():].split("\n", 1)[0].strip()
            said = said if len(said) <= 40 else said[:39] + "…"
            out.append(f"{path}:{entry.line}: warning: {entry.id!r}: the answer's text has the line {said!r}: is "
                       f"`{m.group(1)}` indented too far? (an entry's keys line up with `answer:`)")
    return out


# What happens instead to an entry's question (admin.stray_phrasings' words, as each begins), and the kind's name.
_STRAY = (("is answered by ", "questions of an entry answered by another entry"),
          ("only gets 'did you mean'", "questions of an entry that only get 'did you mean'"),
          ("triggers the urgent-care message", "questions of an entry that trigger the urgent-care message"),
          ("gets no answer", "questions of an entry that get no answer"))


class _Progress:
    """Says on `out` how far `check` has got with the entries' own questions and about how long is left, every tenth,
    once it has taken PROGRESS_AFTER seconds: an 11,000-entry FAQ printed nothing for 23 minutes (a twenty-seventh
    new user). `clock` is time.monotonic, replaceable in tests."""

    def __init__(self, out: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self.out, self.clock = out, clock
        self.start = clock()
        self.said = 0  # tenths said

    def __call__(self, done: int, total: int) -> None:
        tenth = done * 10 // total
        if tenth <= self.said or tenth >= 10:
            return
        spent = self.clock() - self.start
        if spent < PROGRESS_AFTER:
            return
        self.said = tenth
        left = spent * (total - done) / done
        print(f"check: {done:,} of {total:,} questions of the entries read ({tenth * 10}%), about "
              f"{_duration(left)} left", file=self.out, flush=True)


PROGRESS_AFTER = 5.0  # seconds of checking before `check` says how far it has got


def _duration(seconds: float) -> str:
    """"45 s", "3 min", "1 h 20 min"."""
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 90 else f"{minutes // 60} h {minutes % 60} min"


def _stray_kinds(faq: FAQ, path: Path, matcher: Matcher | None = None,
                 stray: Sequence[tuple[str, str, str]] | None = None) -> list[tuple[str, list[str]]]:
    """Warnings for phrasings of one entry that the matcher answers with another entry, or not at all, by what
    happens instead, each kind in _STRAY's order. `stray`: admin.stray_phrasings' findings, if found already."""
    from bot import admin
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    entries = {entry.id: entry for entry in faq.entries}
    kinds: dict[str, list[str]] = {label: [] for _, label in _STRAY}
    if stray is None:
        stray = admin.stray_phrasings(matcher or Matcher(faq), progress=_Progress(sys.stderr))
    # An entry new since the version the bot last served is named as the cause of the questions it takes (a new user's
    # check blamed an old entry's alternates for a new entry's).
    new = takers.new_entries(faq, path)
    starts = {entry.id: entry.line for entry in faq.entries}
    for entry_id, phrasing, what in stray:
        label = next((label for start, label in _STRAY if what.startswith(start)), _STRAY[-1][1])
        kinds[label].append(takers.warning(path, _line_of(lines, phrasing, entries[entry_id].line), entry_id, phrasing,
                                           what, starts, new))
    return list(kinds.items())


def _line_of(lines: list[str], phrase: str, start: int) -> int:
    for n in range(max(0, start - 1), len(lines)):
        if phrase in lines[n]:
            return n + 1
    return start


# -- teach and undo --------------------------------------------------------------------------


def undo(path: Path, db_path: str | None = None, out: TextIO | None = None) -> int:
    """Restore faq.yaml from before the last change made by teach or from the chat; exit 1 if refused.
    A running bot serves the restored file within seconds (it watches the file); an undone teach's
    questions go back on /unanswered when the question log at `db_path` ($DB_PATH) exists. The log
    is written first: when it cannot be, nothing is undone, so running undo again is always safe."""
    from bot import editing
    from bot.store import Store

    out = out or sys.stdout
    try:
        version = editing.undoable(path)
    except editing.EditRefused as exc:
        print(f"Cannot undo: {_after_colon(str(exc))}", file=sys.stderr)
        return EXIT_PROBLEMS
    named = db_path or os.environ.get("DB_PATH", "").strip()
    log = Path(db_path or config.db_path_from_env())
    # Only a teach hid questions from /unanswered; an undone upload or replacement has none to put back.
    teach_undone = str(editing.history(path)[-1].get("what", "")).startswith("added an alternate")
    if log.is_file():
        store = Store(log, purge=False)
        try:
            store.restore(version)
            relisted = store.healthy
        finally:
            store.close()
        if not relisted:
            print(f"Cannot undo: {log} could not be written (see the warning above), so a teach's questions "
                  "could not go back on /unanswered; nothing was undone. Try again in a moment, or point "
                  "--db at the bot's question log.", file=sys.stderr)
            return EXIT_PROBLEMS
    elif teach_undone:
        # Said for the default path too: a new user's undo said nothing, and the question silently stayed off the list.
        where = f"{log}: no question log there" if named else (
            f"Note: no question log at {log} (the default; name the bot's with --db PATH or DB_PATH)")
        print(f"{where}, so the undone question was not put back on /unanswered from here. A running bot puts it "
              "back on /unanswered itself when it sees faq.yaml change; while the bot is stopped it stays off the "
              "list.", file=sys.stderr)
    try:
        edit = editing.undo(path)
    except editing.EditRefused as exc:  # changed between the two calls: by the bot's own /undo, say
        print(f"Cannot undo: {_after_colon(str(exc))}", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as exc:  # a read-only folder, a full disk: the log is ahead of the file, harmlessly
        relisted_note = (" The taught questions are already back on /unanswered." if log.is_file() else "")
        print(f"Cannot undo: {path} or its history could not be written ({exc.strerror or exc}); faq.yaml is as "
              f"it was.{relisted_note} Fix that and run undo again.", file=sys.stderr)
        return EXIT_PROBLEMS
    print(edit.summary, file=out)
    return EXIT_OK


def teach(path: Path, question: str, entry_id: str, out: TextIO | None = None, *, force: bool = False,
          db_path: str | None = None) -> int:
    """Add `question` to entry `entry_id`'s alternates, as /unanswered's buttons do; exit 1 if refused. A question
    that shares no topic with the entry, which the bot would still not answer with it, is refused unless `force`
    (admin.unrelated). Once added, it and its group leave the unanswered list of the question log at `db_path`
    ($DB_PATH) when that exists, until the teach is undone."""
    from bot import editing

    out = out or sys.stdout
    faq = _load_or_report(path)
    if faq is None:
        return EXIT_PROBLEMS
    matcher = Matcher(faq)
    before = matcher.decide(question)
    if before.kind is Kind.ANSWER and before.entry_id == entry_id:
        # A refusal, as the README says, so not exit 0: a new user's script took "nothing added" for a teach.
        print(f"Cannot teach: the bot already answers this with {entry_id} (score {before.score}); nothing added.",
              file=sys.stderr)
        if editing.holds_contact_details(question):
            # said even when nothing is added: a twentieth new user took the silence for the check not running
            print("(It also seems to hold personal details (a phone number or an email address), which teach would "
                  "have refused to write into faq.yaml.)", file=sys.stderr)
        return EXIT_PROBLEMS
    unrelated = None if force else admin.unrelated(matcher, entry_id, question)
    if unrelated:
        # Refused, not added with a note (a new user's "my knees hurt after running" went into abs): say why, what
        # would make it belong, where else it may go, and how to add it all the same.
        reason, advice = unrelated
        closest = matcher.closest(question)
        elsewhere = f" (the closest is {closest[0]})" if closest and closest[0] != entry_id else ""
        entry = faq.get(entry_id)
        title = f" (\u201c{entry.title}\u201d)" if entry else ""
        other = f"it belongs to another entry, teach it there{elsewhere}; or add it as it is with --force."
        then = f"If it does belong to {entry_id}, {advice}, and teach it again; if {other}" if advice else f"If {other}"
        print(f"Cannot teach: \u201c{' '.join(question.split())}\u201d shares no topic with {entry_id}{title}: "
              f"{reason}, so the bot would still not answer it with that entry. Nothing was added.\n{then}",
              file=sys.stderr)
        if editing.holds_contact_details(question):
            # Every reason at once: a new user's question with an email address was refused for its topic alone.
            print("(It also seems to hold personal details (a phone number or an email address), which teach "
                  "refuses to write into faq.yaml, with --force too: teach it written without them.)", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        edit = editing.add_alternate(path, entry_id, question)
    except editing.EditRefused as exc:
        print(f"Cannot teach: {_after_colon(str(exc))}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    except FAQError as exc:
        print(f"{path}: cannot change this FAQ ({counted(len(exc.problems), 'problem')}); fix it first:",
              file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(edit.summary, file=out)
    if edit.warning:
        print(f"Warning: {edit.warning}", file=out)
    matcher = Matcher(load_faq(path))
    _taught_off_the_list(question, entry_id, matcher, edit.digest, db_path, out)
    decision = matcher.decide(question)
    if decision.kind is Kind.URGENT:
        print("Note: it still gets the urgent-care reply first (it tells a warning sign); the entry is "
              "offered after it.", file=out)
    elif not (decision.kind is Kind.ANSWER and decision.entry_id == entry_id):
        got = decision.entry_id or ", ".join(decision.suggestions)
        print(f"Note: the bot still does not answer it with {entry_id} on its own (it gets {decision.kind.value}"
              f"{': ' + got if got else ''}): {admin.why_not(matcher, entry_id, question)}. It is in faq.yaml all the "
              f"same; `python -m bot undo` takes it out again.", file=out)
        # Added, but the teach did not do what it is for: a script can tell (an eighteenth new user).
        return EXIT_NOT_ANSWERED
    return EXIT_OK


def _taught_off_the_list(question: str, entry_id: str, matcher: Matcher, digest: str, db_path: str | None,
                         out: TextIO) -> None:
    """Take a taught question's group off the unanswered list of the question log, if there is one, as a teach from
    /unanswered does (a new user's report still listed a question teach had fixed): the group report shows it in,
    the same question told slightly differently too (the README's own example taught a logged question without its
    "my", and the group stayed without a word); said when no question like it is listed. Only the group's questions
    that `matcher` (the FAQ after the teach) answers with the entry leave; the others stay, and how many is said (a
    new user's teach cleared a wording that still got no answer). `digest`, the version the teach made, puts them
    back when that teach is undone."""
    from bot import recheck
    from bot import report as report_mod
    from bot.store import normalize

    log = Path(db_path or config.db_path_from_env())
    if not log.is_file():
        if db_path:
            print(f"Note: no question log at {log}, so nothing was taken off the unanswered list there.", file=out)
        return
    store = Store(log, purge=False)
    try:
        rows = store.review()
        group = report_mod.review_group_of(store, question)
        if not store.healthy:
            print(f"Warning: {log} could not be read (see the warning above), so nothing was taken off the "
                  "unanswered list there.", file=sys.stderr)
            return
        if group is None:
            print(f"Note: no question like it is on the unanswered list in {log}, so nothing was taken off it.",
                  file=out)
            return
        split = recheck.taught(matcher, entry_id, group.forms, rows)
        whose = ("its group" if normalize(question) in group.forms else
                 # Said with the logged wording, so that the admin sees which group it was taken for.
                 f"the group of \u201c{' '.join(group.representative.split())}\u201d, the same question told "
                 "differently")
        total = split.left_asked + split.stayed_asked
        stay = (f"{counted(split.stayed_asked, 'question')} {'stays' if split.stayed_asked == 1 else 'stay'} on it, "
                f"which the bot does not answer with {entry_id} yet (such as \u201c{split.stayed_example}\u201d)")
        if not split.left:
            print(f"Nothing was taken off the unanswered list in {log}: {whose} ({counted(total, 'question')} "
                  f"asked) still {'gets' if total == 1 else 'get'} no answer with {entry_id}, so "
                  f"{'it stays' if total == 1 else 'they stay'} on it.", file=out)
            return
        store.dismiss(split.left, edit=digest)
        if not store.healthy:
            print(f"Warning: {log} could not be written (see the warning above), so the question is still on the "
                  "unanswered list there.", file=sys.stderr)
        elif not split.stayed:
            print(f"Taken off the unanswered list in {log}: {whose} ({counted(total, 'question')} asked; undo puts "
                  f"them back).", file=out)
        else:
            print(f"Taken off the unanswered list in {log}: {split.left_asked} of the {total} questions of {whose}, "
                  f"those the bot now answers with {entry_id} (undo puts them back); {stay}.", file=out)
    finally:
        store.close()


# -- eval ----------------------------------------------------------------------------------


def evaluate(matcher: Matcher, path: Path, *, verbose: bool = False, summary: bool = False,
             out: TextIO | None = None) -> int:
    """Print accuracy by kind, the wrong answers and the missed red flags for a labelled file."""
    from bot import evaluation

    out = out or sys.stdout
    try:
        cases = evaluation.load_cases(path)
    except OSError as exc:
        print(f"{path}: cannot read it ({exc.strerror or exc}); give a labelled question file, such as "
              "tests/data/questions-dev.yaml in the repository", file=sys.stderr)
        return EXIT_PROBLEMS
    except (ValueError, yaml.YAMLError) as exc:
        message = str(exc).removeprefix(f"{path}: ")
        print(f"{path}: {message}", file=sys.stderr)
        return EXIT_PROBLEMS
    unknown = evaluation.unknown_expectations(matcher, cases)
    if unknown:
        print(f"{path}: expects ids that are not in the FAQ: {', '.join(unknown)}", file=sys.stderr)
        return EXIT_PROBLEMS
    result = evaluation.evaluate(matcher, cases)
    print(f"{path}:", file=out)
    for line in result.summary_lines():
        print(f"  {line}", file=out)
    print("  by kind (right/total):", file=out)
    for kind, (right, total) in result.by_kind().items():
        print(f"    {kind:<14} {right:>4}/{total:<4} {100 * right / total:5.1f}%", file=out)
    if summary:
        return EXIT_OK

    def show(title: str, items) -> None:
        if items:
            print(f"\n{title}:", file=out)
            for o in items:
                d = o.decision
                got = d.entry_id or ", ".join(d.suggestions) or ""
                print(f"  [{o.case.kind}] expected {o.case.expect}, got {d.kind} {got} ({d.score}): "
                      f"{o.case.text[:160]}", file=out)

    show("Wrong answers", result.wrong_answers)
    show("Missed red flags", result.missed_red_flags)
    show("Near misses flagged urgent", result.flagged_near_misses)
    if verbose:
        show("Everything else it got wrong", [o for o in result.outcomes if not o.correct
                                              and not o.confidently_wrong and o.case.expect != Kind.URGENT
                                              and o not in result.flagged_near_misses])
    return EXIT_OK


# -- report --------------------------------------------------------------------------------


def report(matcher: Matcher, *, days: int | None, fmt: str, db_path: str | None, out: TextIO | None = None) -> int:
    """Print the question-log report: the same figures as /stats, plus grouped unanswered questions."""
    from bot import recheck
    from bot import report as report_mod
    from bot.grouping import group_questions
    from bot.store import Store

    out = out or sys.stdout
    path = Path(db_path or config.db_path_from_env())
    if not path.exists():
        print(f"{path}: no question log here yet (set DB_PATH or --db to the bot's database). The log fills only "
              f"while the Telegram bot runs (python -m bot run); ask logs nothing, and chat only with --db (to try "
              f"it offline: python -m bot chat --db try.sqlite3, then report --db try.sqlite3).", file=sys.stderr)
        return EXIT_PROBLEMS
    with open(path, "rb") as head:
        # Opening would write the schema into an empty file: the report only reads.
        if head.read(16) != b"SQLite format 3\x00":
            print(f"{path}: not a question log (not an SQLite database file).", file=sys.stderr)
            return EXIT_PROBLEMS
    store = Store(path, purge=False)
    try:
        if not store.healthy:
            print(f"{path}: cannot read the question log (see the warning above).", file=sys.stderr)
            return EXIT_PROBLEMS
        stats = store.stats(days)
        rows = store.review(days)
    finally:
        store.close()
    # What the faq.yaml in use answers now (a hand edit, a synonym added since) is shown apart, not as unanswered
    # (a new user's report listed questions the current file answered).
    still, now, entry_of = recheck.answered_now(matcher, rows)
    groups = group_questions(still)[:50]
    answered = [(group, entry_of[group.representative]) for group in group_questions(now)[:50]]

    def answers_now(text: str) -> str | None:
        decision = matcher.decide(text)
        return decision.entry_id if decision.kind is Kind.ANSWER else None

    titles = {e.id: e.title for e in matcher.faq.entries}
    print(report_mod.render(stats, groups, fmt=fmt, closest=matcher.closest, titles=titles, answered=answered,
                            answers_now=answers_now), file=out)
    return EXIT_OK
