"""Changing faq.yaml from the chat: add an alternate, replace the whole file, undo; every other byte kept.

Every change is checked with the same checks as `python -m bot check` before it replaces the live
file, is refused when the file changed since the admin looked at it, and is written atomically (a
temporary file in the same folder, then a rename). The version it replaces is kept in a short
history beside the file (`.faq-history/` next to faq.yaml, the newest HISTORY_KEEP versions), which
`undo` restores from.

An alternate is inserted at the line PyYAML's node marks give, after the entry's last alternate,
in the list's own style: a byte diff of the file shows one added line (block lists) or one added
item (flow lists), nothing else.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.faq import FAQ, FAQError, Problem, close_name, counted, decode, parse_faq

# A phone number (nine digits or more; not a date with a number after it, "2025-04-13 10 days out") or an
# email address (a domain of letters: not a pace, "10k@5.30").
_PHONE = re.compile(r"\+?\d(?:[ ()-]?\d){8,}")
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
_EMAIL = re.compile(r"[\w.+-]+@[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}", re.IGNORECASE)
# Warned of, not refused (a new user taught "my name is Sarah Jones from 12 Acacia Road ..."): a name or a house
# number before a street word. The words between are the street's name, not a distance ("10 miles on the road").
# (not "my name is on the parkrun results": a review)
_OWN_NAME = re.compile(r"\bmy name(?:'s|\s+is)\s+(?!on\b|in\b|at\b|the\b|not\b|down\b|up\b|listed\b|written\b|"
                       r"spelt\b|spelled\b|missing\b|wrong\b)", re.IGNORECASE)
_ADDRESS = re.compile(r"\b\d{1,4}[a-z]?,?\s+((?:[a-z'-]+\s+){1,3})(?:road|street|avenue|lane|close|drive)\b",
                      re.IGNORECASE)
_NOT_A_STREET_NAME = frozenset((
    "a", "an", "the", "on", "in", "of", "to", "at", "by", "for", "from", "and", "or", "then", "my", "i", "we", "was",
    "is", "k", "km", "kms", "mile", "miles", "metres", "meters", "min", "mins", "minutes", "hour", "hours", "hrs",
    "day", "days", "week", "weeks", "month", "months", "year", "years", "times", "x", "reps", "sets", "laps", "runs",
    "up", "down", "along", "sprints", "strides", "hills", "hill", "repeats", "intervals", "jogs", "walks", "loops",
))
HISTORY_DIR = ".faq-history"
HISTORY_KEEP = 20
LAST_GOOD = "last-good-{name}"  # in HISTORY_DIR: the version the bot last served, per FAQ file, for a broken start
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class EditRefused(Exception):
    """The change was not made; `problems` are faq.yaml problems (with line numbers) when the new
    file would not pass `check`, otherwise the message says why."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


@dataclass(frozen=True)
class Edit:
    """A change made: what it did in one line, the new version's digest, the entries it touched."""

    summary: str
    digest: str
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    edited: tuple[str, ...] = ()
    line: int | None = None  # the line an alternate was added on
    undone: str | None = None  # for an undo: the digest of the version it took back
    warning: str | None = None  # said with the summary: a change made that may still need taking back


def digest(data: bytes) -> str:
    """The version of a faq.yaml: sha256 of its bytes, in hex (as bot.live computes it)."""
    return hashlib.sha256(data).hexdigest()


def holds_contact_details(question: str) -> bool:
    """Whether `question` holds a phone number or an email address (dates such as 12/03/2024 are not phone
    numbers): such a question is never written into faq.yaml."""
    return bool(_EMAIL.search(question)) or any(not _DATE.match(m.group()) for m in _PHONE.finditer(question))


def add_alternate(path: str | Path, entry_id: str, question: str, *, expected: str | None = None) -> Edit:
    """Add `question` (trimmed) to the alternates of entry `entry_id`.

    `expected`: the digest of the version the admin looked at; a different file on disk refuses the
    change. Raises EditRefused (an unknown entry, a question the entry already has, a changed file,
    a result that would not pass `check`).
    """
    path = Path(path)
    question = " ".join(question.split())
    if not question:
        raise EditRefused("There is no question to add.")
    if holds_contact_details(question):
        # faq.yaml is shared with every admin, its history and often a repository (an eleventh new user's trial).
        raise EditRefused("The question seems to hold personal details (a phone number or an email address); "
                          "nothing was added. Teach it written without them.")
    data = _read(path)
    if expected is not None and digest(data) != expected and not _only_recorded_edits_since(path, expected, data):
        raise EditRefused("faq.yaml has changed since this list was made; nothing was added. "
                          "Ask for the list again to see it with the current file.")
    text = decode(data, str(path))
    faq = _parse(text, path)
    entry = faq.get(entry_id)
    if entry is None:
        # The ids to choose from, the closest first: an admin on a server has no faq.yaml open (a fifteenth new
        # user).
        ids = [e.id for e in faq.entries]
        close = close_name(entry_id, ids)
        raise EditRefused(f"There is no entry {entry_id!r} in faq.yaml"
                          + (f" (did you mean {close!r}?)" if close else "")
                          + f". Its entries: {', '.join(ids)}.")
    if any(_same(question, p) for p in entry.phrasings):
        raise EditRefused(f"\u201c{entry.title}\u201d already has \u201c{question}\u201d.")
    new_text, line = _with_alternate(text, entry_id, question)
    _parse(new_text, path)  # the same checks as `check`: a file that would not load is never written
    new_data = new_text.encode("utf-8")
    if data.startswith(b"\xef\xbb\xbf"):
        new_data = b"\xef\xbb\xbf" + new_data
    _replace(path, data, new_data, f"added an alternate to {entry_id}", question=question)
    said = f"Added \u201c{question}\u201d to \u201c{entry.title}\u201d ({path.name} line {line})."
    return Edit(said, digest(new_data), edited=(entry_id,), line=line, warning=personal_details_warning(question))


def personal_words(question: str) -> frozenset[str]:
    """The words, lower case, of the personal details a question seems to hold: an email address's parts, a street
    address's name, the name after "my name is" (with a surname written with a capital). Never a word to suggest as
    a synonym (a new user's teach suggested "perhaps 'dave', 'elm'")."""
    found: list[str] = []
    for m in _EMAIL.finditer(question):
        found += re.findall(r"[^\W\d_]+", m.group())
    for m in _ADDRESS.finditer(question):
        if _NOT_A_STREET_NAME.isdisjoint(m.group(1).lower().split()):
            found += m.group(1).split()
    for m in _OWN_NAME.finditer(question):
        name = re.match(r"([^\W\d_][\w'-]*)(?:\s+([A-Z][\w'-]*))?", question[m.end():])
        if name:
            found += [w for w in name.groups() if w]
    return frozenset(w.lower() for w in found)


def personal_details_warning(question: str) -> str | None:
    """What to say of a taught question that seems to hold a name or a street address (None if none seems to):
    unlike a phone number or an email address these are too often mistaken to refuse ("my name is" may
    introduce a question), but faq.yaml is shared with every admin, its history and often a repository."""
    found = [what for what, seen in (
        ("a name after \u201cmy name is\u201d", bool(_OWN_NAME.search(question))),
        ("a street address", any(_NOT_A_STREET_NAME.isdisjoint(m.group(1).lower().split())
                                 for m in _ADDRESS.finditer(question))),
    ) if seen]
    if not found:
        return None
    return (f"the question seems to hold personal details ({' and '.join(found)}), and faq.yaml is shared with "
            "every admin, its history and often a repository: if so, undo this (/undo, or python -m bot undo) and "
            "teach it written without them.")


def replace_file(path: str | Path, new_data: bytes, *, name: str = "the new file") -> Edit:
    """Replace faq.yaml with `new_data` when it passes `check`; raises EditRefused with every problem."""
    path = Path(path)
    try:
        new_faq = _parse(decode(new_data, name), Path(name))
    except FAQError as exc:
        raise EditRefused(f"{name} has {counted(len(exc.problems), 'problem')}; faq.yaml was not changed.",
                          exc.problems) from None
    old_data = _read(path)
    if new_data == old_data:
        raise EditRefused("This is the file already in use; nothing changed.")
    try:
        old_faq = parse_faq(decode(old_data, str(path)), str(path))
    except FAQError:
        old_faq = None  # the live file is broken: any good file is an improvement
    _replace(path, old_data, new_data, "replaced from the chat")
    added, removed, edited = changes(old_faq, new_faq)
    return Edit(_change_summary(added, removed, edited, len(new_faq.entries)), digest(new_data),
                added, removed, edited)


def undoable(path: str | Path) -> str:
    """The digest of the version undo() would take back (a teach's questions are logged under it);
    raises EditRefused as undo() would, without changing anything."""
    path = Path(path)
    history = _history(path)
    if not history:
        # (no backticks: the reason is also sent in Telegram's HTML, where a new user saw them as they are)
        raise EditRefused("There is nothing to undo: no teach or upload from the chat, and no teach made with python "
                          "-m bot teach, is left in its history (.faq-history/ beside faq.yaml).")
    if digest(_read(path)) != history[-1]["after"]:
        # ...with the way out (a sixteenth new user), naming the change (an eleventh new user could not tell which)
        last = history[-1]
        named = f"{last['what']} (“{last['question']}”)" if last.get("question") else str(last["what"])
        raise EditRefused("faq.yaml was changed some other way after the last teach or change from the chat; "
                          f"undoing it would lose that edit, so nothing was undone. The change it would take back: "
                          f"{named}. Take that change's lines out in an editor (the version before it is "
                          f"{HISTORY_DIR}/{last['file']} beside faq.yaml, to compare with).")
    return history[-1]["after"]


def undo(path: str | Path) -> Edit:
    """Restore the version before the last change made from the chat; raises EditRefused when there
    is none, or when faq.yaml was edited some other way since (undoing would lose that edit)."""
    path = Path(path)
    undoable(path)
    history = _history(path)
    last = history[-1]
    before = (_history_dir(path) / last["file"]).read_bytes()
    current = _read(path)
    _atomic_write(path, before)
    try:
        _write_index(path, history[:-1])
    except OSError:
        # The index still names the change: put the file back as it was, so undo can be run again.
        _atomic_write(path, current)
        raise
    (_history_dir(path) / last["file"]).unlink(missing_ok=True)  # last: the index no longer needs it
    # Three undone teaches to one entry read alike (a new user): the question taken out is named.
    taken_out = f" (\u201c{last['question']}\u201d removed)" if last.get("question") else ""
    return Edit(f"Undone: {last['what']}{taken_out}.", digest(before), undone=last["after"])


def history(path: str | Path) -> list[dict]:
    """The kept versions, oldest first: {"time", "what", "file", "after"} (see HISTORY_DIR)."""
    return _history(Path(path))


def keep_last_good(path: str | Path, data: bytes) -> None:
    """Keep `data`, the version being served, as the one to start with should faq.yaml be broken at
    the next start (an eleventh new user's trial: the last good version lived only in memory, so a
    restart after a broken save took the bot down). Nothing when it cannot be written."""
    path = Path(path)
    kept = _history_dir(path) / LAST_GOOD.format(name=path.name)
    try:
        if kept.exists() and kept.read_bytes() == data:
            return
        kept.parent.mkdir(exist_ok=True)
        _atomic_write(kept, data)
    except OSError:
        pass  # a read-only folder: the bot still serves; it only cannot fall back at a restart


def last_good(path: str | Path) -> tuple[bytes, float] | None:
    """The version kept by keep_last_good() and when it was saved (Unix time), or None."""
    path = Path(path)
    kept = _history_dir(path) / LAST_GOOD.format(name=path.name)
    try:
        return kept.read_bytes(), kept.stat().st_mtime
    except OSError:
        return None


def teaches_of(path: str | Path, questions: list[str]) -> list[str]:
    """The versions (digests) that the teaches of `questions` made, from the history: what a store
    keys a teach's hidden questions by (bot.store.Store.restore)."""
    wanted = {phrasing_key(q) for q in questions}
    return [e["after"] for e in _history(Path(path)) if phrasing_key(str(e.get("question", ""))) in wanted]


def phrasing_key(text: str) -> str:
    """A phrasing as compared across versions of faq.yaml: case and spacing aside."""
    return " ".join(text.casefold().split())


def changes(old: FAQ | None, new: FAQ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(added, removed, edited) entry ids from `old` to `new`."""
    old_by_id = {e.id: e for e in old.entries} if old else {}
    new_by_id = {e.id: e for e in new.entries}
    added = tuple(i for i in new_by_id if i not in old_by_id)
    removed = tuple(i for i in old_by_id if i not in new_by_id)
    edited = tuple(i for i in new_by_id if i in old_by_id and _key(new_by_id[i]) != _key(old_by_id[i]))
    return added, removed, edited


# -- the alternate's place --------------------------------------------------------------------


def _with_alternate(text: str, entry_id: str, question: str) -> tuple[str, int]:
    """The text with `question` added after the entry's last alternate; and the line it is on."""
    root = yaml.compose(text, Loader=_LOADER)
    alternates = _alternates_node(root, entry_id)
    quoted = json.dumps(question, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
    lines = text.splitlines(keepends=True)
    if alternates.flow_style or not alternates.value:
        # [a, b] -> [a, b, "new"]: insert just before the closing bracket.
        end = alternates.end_mark
        close = sum(len(line) for line in lines[: end.line]) + end.column - 1
        sep = ", " if alternates.value else ""
        return text[:close] + sep + quoted + text[close:], end.line + 1
    last = alternates.value[-1]
    first_item = alternates.value[0]
    dash_col = _dash_column(lines[first_item.start_mark.line], first_item.start_mark.column)
    end_line = last.end_mark.line if last.end_mark.column > 0 else last.end_mark.line - 1
    insert_at = end_line + 1  # the line after the last alternate
    newline = "\r\n" if lines[end_line].endswith("\r\n") else "\n"
    if not lines[end_line].endswith(("\n", "\r")):
        lines[end_line] += newline
    lines.insert(insert_at, f"{' ' * dash_col}- {quoted}{newline}")
    return "".join(lines), insert_at + 1


def _alternates_node(root: yaml.Node, entry_id: str) -> yaml.Node:
    entries = next(v for k, v in root.value if k.value == "entries")
    for item in entries.value:
        keys = {k.value: v for k, v in item.value}
        if keys.get("id") is not None and keys["id"].value == entry_id:
            return keys["alternates"]
    raise EditRefused(f"There is no entry {entry_id!r} in faq.yaml.")


def _dash_column(line: str, item_column: int) -> int:
    """The column of the "- " before a block list item."""
    dash = line.rfind("-", 0, item_column)
    return dash if dash >= 0 else max(0, item_column - 2)


# -- files --------------------------------------------------------------------------------------


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise EditRefused(f"Cannot read {path}: {exc.strerror}.") from None


def _parse(text: str, path: Path) -> FAQ:
    return parse_faq(text, str(path))


def _only_recorded_edits_since(path: Path, version: str, data: bytes) -> bool:
    """Whether the file went from `version` to `data` only by edits the history records (teaches
    and uploads from the chat, the CLI's teach): a list made before them is still a fair basis for
    the next teach, while a hand edit since refuses it."""
    current = digest(data)
    folder = _history_dir(path)
    for entry in reversed(_history(path)):
        if entry.get("after") != current or not str(entry.get("what", "")).startswith("added an alternate"):
            return False  # an upload replaces the whole file, as a hand edit does
        before = entry.get("before")
        if before is None:  # written before "before" was kept
            try:
                before = digest((folder / entry["file"]).read_bytes())
            except (OSError, KeyError):
                return False
        if before == version:
            return True
        current = before
    return False


def _replace(path: Path, old: bytes, new: bytes, what: str, question: str | None = None) -> None:
    """Keep `old` in the history, then write `new` over the file atomically (`question`: a teach's). Raises
    EditRefused, with the folder to fix, when the folder or its history cannot be written (a thirteenth new user's
    teach as a service user on a checkout it did not own ended in a PermissionError traceback)."""
    try:
        _replace_unchecked(path, old, new, what, question)
    except OSError as exc:
        raise EditRefused(
            f"Could not write beside {path.name} ({exc.strerror or exc}: {exc.filename or path.parent}); "
            f"{path.name} was not changed. The user the bot runs as needs write access to the folder "
            f"{path.parent} (for {path.name} and its history in {HISTORY_DIR}/).") from exc


def _replace_unchecked(path: Path, old: bytes, new: bytes, what: str, question: str | None = None) -> None:
    folder = _history_dir(path)
    folder.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + f"-{time.time_ns() % 1_000_000:06d}"
    name = f"{stamp}-{path.name}"
    (folder / name).write_bytes(old)
    entries = _history(path) + [{"time": time.time(), "what": what, "file": name, "before": digest(old),
                                 "after": digest(new), **({"question": question} if question else {})}]
    for gone in entries[:-HISTORY_KEEP]:
        (folder / gone["file"]).unlink(missing_ok=True)
    _write_index(path, entries[-HISTORY_KEEP:])
    _atomic_write(path, new)


def _atomic_write(path: Path, data: bytes) -> None:
    """Write a temporary file in the same folder, then rename it over `path` (readers see the old
    file or the new one, never half of one)."""
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _history_dir(path: Path) -> Path:
    return path.parent / HISTORY_DIR


def _history(path: Path) -> list[dict]:
    index = _history_dir(path) / "index.json"
    try:
        return json.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []


def _write_index(path: Path, entries: list[dict]) -> None:
    index = _history_dir(path) / "index.json"
    tmp = index.with_suffix(".tmp")
    tmp.write_text(json.dumps(entries, indent=1), encoding="utf-8")
    os.replace(tmp, index)


def phrasing_words(text: str) -> tuple[str, ...]:
    """A phrasing's words, case and punctuation aside: two phrasings with the same words are one to teach and check
    ("Is it normal?" and "is it normal")."""
    return tuple("".join(ch if ch.isalnum() or ch.isspace() else " " for ch in text.casefold()).split())


def _same(a: str, b: str) -> bool:
    """The same phrasing but for case, punctuation and spacing ("Is it normal?" and "is it normal")."""
    return phrasing_words(a) == phrasing_words(b)


def _key(entry) -> tuple:
    return (entry.title, entry.question, entry.alternates, entry.answer, entry.related, entry.requires, entry.excludes)


def _change_summary(added, removed, edited, total: int) -> str:
    parts = [f"{label} {', '.join(ids)}" for label, ids in (("Added", added), ("Removed", removed),
                                                              ("Edited", edited)) if ids]
    return ("faq.yaml replaced. " + ("; ".join(parts) + "." if parts else "Only the general texts or matching changed.")
            + f" Now {counted(total, 'entry', 'entries')}.")
