"""The FAQ model: load faq.yaml safely and report every problem with its line and column."""
from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot import markup
from bot import text as textmod

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
TITLE_MAX = 40
DISCLAIMER_MAX = 1000
RESERVED = 120  # characters the bot adds before the urgent and fallback texts (bot.replies)
CONCEPT_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class FAQError(Exception):
    """faq.yaml cannot be used; `problems` lists every reason, in file order. `missing`: the file is not there
    (its one problem says so, and where it was looked for): nothing in it to fix. `partial`: for `check`, the FAQ of
    what could be read (the entries without problems of their own), when YAML could read the file; its `synonyms`
    and other matching keys are sound only when `matching_read` (no problem in them, no misspelt `synonyms:`)."""

    def __init__(self, problems: list[Problem], *, missing: bool = False, partial: FAQ | None = None,
                 matching_read: bool = False) -> None:
        self.problems = sorted(problems, key=lambda p: (p.line, p.col))
        self.missing = missing
        self.partial = partial
        self.matching_read = matching_read
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    question: str
    alternates: tuple[str, ...]
    answer: str
    related: tuple[str, ...] = ()
    # Each item is a set of concepts, any one of which must appear in the question.
    requires: tuple[frozenset[str], ...] = ()
    # Concepts that rule the entry out when present.
    excludes: frozenset[str] = frozenset()
    line: int = 0

    @property
    def phrasings(self) -> tuple[str, ...]:
        return (self.question, *self.alternates)


@dataclass(frozen=True)
class FAQ:
    disclaimer: str
    fallback: str
    urgent: str
    entries: tuple[Entry, ...]
    # concept -> the words and phrases that mean it
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # words and phrases naming topics this FAQ does not cover
    not_covered: tuple[str, ...] = ()
    # extra phrases that always count as a warning sign
    red_flag_phrases: tuple[str, ...] = ()
    # concepts that say what kind of answer is wanted ("cause", "normal"), read from the asking clause
    asks: tuple[str, ...] = ()
    # entries whose answer is about running: answered outright only when running is spoken of or
    # nothing else is ("my back aches from weeding" is offered them as "did you mean")
    about_running: frozenset[str] = frozenset()
    # things other than running that explain a back or a weight (gardening, a kidney): no weight in
    # matching, but with one and no running, an about_running entry is only offered
    other_causes: tuple[str, ...] = ()
    path: str = "faq.yaml"

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    @property
    def _by_id(self) -> dict[str, Entry]:
        cached = self.__dict__.get("_by_id_cache")
        if cached is None:
            cached = {e.id: e for e in self.entries}
            object.__setattr__(self, "_by_id_cache", cached)
        return cached


MATCHING_KEYS = {"synonyms": "mapping", "not_covered": "list", "red_flag_phrases": "list", "asks": "list",
                 "about_running": "list", "other_causes": "list"}
TOP_KEYS = {
    "disclaimer": "text", "fallback": "text", "urgent": "text", "entries": "list", "matching": "mapping",
    # Files from before the matching section kept these at the top level; still read there.
    "synonyms": "mapping", "not_covered": "list", "red_flag_phrases": "list",
}
REQUIRED_TOP = ("disclaimer", "fallback", "urgent", "entries")
# What an unknown top-level key is told is allowed there: the README's layout, the matching section's keys under it.
TOP_LISTED = ("disclaimer", "fallback", "urgent", "entries", "matching")
ENTRY_KEYS = {"id", "title", "question", "alternates", "answer", "related", "requires", "excludes"}
REQUIRED_ENTRY = ("id", "question", "alternates", "answer")
ALL_KEYS = frozenset(TOP_KEYS) | frozenset(MATCHING_KEYS) | ENTRY_KEYS


def load_faq(path: str | Path) -> FAQ:
    """Read and check the FAQ file at `path`; raise FAQError listing every problem."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise FAQError([Problem(name, 1, 1, not_found(path))], missing=True) from None
    except OSError as exc:
        raise FAQError([Problem(name, 1, 1, f"cannot read the file: {exc.strerror}")]) from None
    return parse_faq(decode(data, name), name)


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """`n` of `noun` in words, for a message: "no warnings", "1 problem", "2 problems" (a new user read "1
    problem(s)" and "0 warning(s)"). `plural` for a noun that does not just take an s ("entries")."""
    many = plural or noun + "s"
    return f"no {many}" if n == 0 else f"{n} {noun if n == 1 else many}"


def not_found(path: str | Path) -> str:
    """The problem text for a FAQ file that is not there: where it was looked for and how to name another (a
    fourteenth new user ran the installed command from another folder and was told only "file not found"), with the
    file beside it that has the same name but for case or the other YAML ending ("faq.yml", "FAQ.yaml"), or an
    editor's ".txt" added ("faq.yaml.txt"), or that the folder is missing too."""
    where = Path(path).resolve()
    seen = ""
    try:
        if not where.parent.is_dir():
            seen = f"; the folder {where.parent} does not exist either"
        else:
            stem, name = where.stem.lower(), where.name.lower()
            close = sorted(p for p in where.parent.iterdir() if p.is_file() and (
                (p.stem.lower() == stem and p.suffix.lower() in (".yaml", ".yml")) or p.name.lower() == name + ".txt"))
            if close:
                seen = f"; there is {close[0]}: did you mean that?"
    except OSError:  # a folder it may not list
        pass
    return (f"the file does not exist (looked for {where}{seen}): run from the folder that holds faq.yaml, or name "
            f"the file with --faq PATH or FAQ_PATH")


def parse_faq(text: str, path: str = "faq.yaml") -> FAQ:
    """Parse FAQ YAML text (safe_load semantics); raise FAQError listing every problem."""
    with no_gc():
        return _Parser(text, path).parse()


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building a large structure of new objects.

    Nothing built here is garbage, yet with a 10,000-entry FAQ the collector would otherwise
    re-scan the growing tree many times and take most of the load time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Parser:
    """Walks the YAML node tree so that every problem keeps its line and column."""

    def __init__(self, text: str, path: str, *, cuts: tuple[tuple[int, str], ...] = (),
                 to_file: Callable[[int], int] = lambda line: line) -> None:
        self.text = text
        self.path = path
        # (the file's line of a YAML syntax error, the text cut out with its entry) for each cut made before this
        # text was read (around_syntax_error), and this text's line numbers as the file's
        self.cuts = cuts
        self.to_file = to_file
        self.problems: list[Problem] = []
        self.duplicated: list[int] = []  # lines of entries whose id was used before
        # for each id used twice, both copies as (line, what the entry asks): the copy renamed by mistake is the one
        # whose words name the id that went missing (a fourteenth new user was sent to the wrong copy)
        self.copies: list[tuple[tuple[int, str], tuple[int, str]]] = []
        self.bad_ids: list[int] = []  # lines of ids not in the id format ("Abs Entry")
        # ids of entries with problems of their own: named elsewhere, they are no second problem (a fifteenth new
        # user: a missing answer also read as "about_running: 'abs' is not the id of an entry")
        self.broken_ids: set[str] = set()
        # known key -> (the unknown key taken for its typo, its line): what goes missing with it follows from the typo
        self.misspelt: dict[str, tuple[str, int]] = {}
        self.loader: Any = None
        # line -> (indentation as written, as read) for the lines whose indentation had a tab
        self.shifted: dict[int, tuple[int, int]] = {}

    def renamed(self, missing: str = "") -> str:
        """For an unknown id (`missing`): the duplicate ids, or the ids out of the id format, found may be that entry
        renamed by mistake (then fixing that fixes this too). Of the two copies of a duplicate id, the one whose title
        and question hold more of `missing`'s words is named ("abs" renamed "weight-loss": the copy that asks about
        abs)."""
        if self.duplicated:
            lines = ", ".join(str(self.to_file(self.likelier_copy(pair, missing))) for pair in self.copies)
            return f" (perhaps the entry on line {lines}, whose id is a duplicate, was this one: fix that first)"
        if self.bad_ids:
            # an id renamed out of the format ("abs" to "Abs Entry", a twenty-fourth new user)
            lines = ", ".join(str(self.to_file(n)) for n in self.bad_ids)
            return f" (perhaps the id on line {lines}, which is not a valid id, was this one: fix that first)"
        return ""

    @staticmethod
    def likelier_copy(pair: tuple[tuple[int, str], tuple[int, str]], missing: str) -> int:
        """The line of the copy in `pair` whose words hold more of the id `missing`'s words; the second copy (the one
        `check` calls the duplicate) on a tie."""
        wanted = {w for w in missing.split("-") if len(w) > 2}
        first, second = ((line, len(wanted & set(textmod.words(textmod.normalize(asks))))) for line, asks in pair)
        return first[0] if first[1] > second[1] else second[0]

    def cut_away(self, entry_id: str) -> str:
        """For an unknown id: the YAML syntax error whose entry was cut from the reading with the entry `entry_id`
        below it, if one was (a new user's unclosed "[" cut the next entry too, and naming it read as a new error)."""
        for line, text in self.cuts:
            if re.search(rf"^ *(?:- )?id *:? *{re.escape(entry_id)} *$", text, re.MULTILINE):
                return (f" (this follows from the YAML syntax error on line {line}: entry {entry_id!r}, below it, was "
                        f"left unread with the entry that holds it; fix that first)")
        return ""

    def knock_on(self, key: str) -> str:
        """For a problem that follows from `key` being absent: the misspelt key on its line, if one was taken for
        it (a new user's `synonym:` was said last, after seven problems of asks that it caused)."""
        if key not in self.misspelt:
            return ""
        typo, line = self.misspelt[key]
        return (f" (this follows from the unknown key {typo!r} on line {self.to_file(line)}, meant for {key!r}: "
                "fix that first)")

    def problem(self, node_or_mark: Any, message: str) -> None:
        mark = getattr(node_or_mark, "start_mark", node_or_mark)
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, message))

    def parse(self) -> FAQ:
        if not self.text.strip():
            raise FAQError([Problem(self.path, 1, 1, "the file is empty")])
        if "\t" in self.text:
            # Read on as if a tab YAML trips on were spaces, so that it hides no other problem (a new user's tab hid
            # eight); the tab is a problem of its own, so the file is never served this way.
            self.text, self.shifted, tabs = _untabbed(self.text, self.path)
            self.problems.extend(tabs)
        try:
            return self.parse_text()
        except FAQError as exc:
            raise FAQError([self.unshifted(p) for p in exc.problems], partial=exc.partial,
                           matching_read=exc.matching_read) from None

    def around_syntax_error(self, exc: yaml.MarkedYAMLError, said: list[Problem]) -> list[Problem]:
        """The problems of the file read without the entry that holds a syntax error, at their lines in the file: a
        5-space key on line 339 hid a duplicate id, an unknown key and nine more errors above it (a new user). The
        entry is cut from its "- " line to the next entry or top-level key, leaving only its "- id:" line, so that the
        entries naming it (`related`) are no new problem; what is said on that line or inside the cut is left out (it
        is the syntax error's own). Further syntax errors are found the same way, one entry at a time."""
        mark = exc.problem_mark or exc.context_mark
        stopped = mark.line + 1 if mark else 1
        at = [stopped, *(p.line for p in said)]
        cut = _without_entry(self.text, min(at), max(at))
        if cut is None:
            return []
        text, start, stub, removed = cut
        cut_text = "\n".join(self.text.split("\n")[start:start + stub + removed])
        cause = self.to_file(said[0].line if said else stopped)
        try:
            _Parser(text, self.path, cuts=(*self.cuts, (cause, cut_text)),
                    to_file=lambda n: self.to_file(n if n <= start else n + removed)).parse()
            return []
        except FAQError as inner:
            out = []
            for p in inner.problems:
                if start < p.line <= start + stub:
                    continue  # the stub's own "missing question" and the like: the syntax error is the cause
                line = p.line if p.line <= start else p.line + removed
                out.append(Problem(p.path, line, p.col, p.message))
            return [p for p in out if p not in said]

    def unshifted(self, problem: Problem) -> Problem:
        """`problem` at its column in the file as written, not in the copy whose tabs became spaces."""
        old, new = self.shifted.get(problem.line, (0, 0))
        if problem.col <= new or old == new or "a tab is used for indentation" in problem.message:
            return problem
        return Problem(problem.path, problem.line, problem.col - (new - old), problem.message)

    def parse_text(self) -> FAQ:
        # libyaml's parser when PyYAML has it: same safe_load semantics and marks, many times faster.
        loader = _SAFE_LOADER(self.text)
        self.loader = loader
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            said = syntax_problems(exc, self.text, self.path, self.to_file)
            raise FAQError(self.problems + said + self.around_syntax_error(exc, said)) from None
        except yaml.YAMLError as exc:
            raise FAQError([*self.problems, Problem(self.path, 1, 1, f"YAML: {exc}")]) from None
        finally:
            loader.dispose()
        if root is None:
            raise FAQError([Problem(self.path, 1, 1, "the file is empty (only comments)")])
        if not isinstance(root, yaml.MappingNode):
            self.problem(root, "the top level must be a mapping with disclaimer, fallback, urgent and entries")
            raise FAQError(self.problems)

        top = self.mapping(root, TOP_KEYS, REQUIRED_TOP, "top level", listed=TOP_LISTED,
                           elsewhere=frozenset(MATCHING_KEYS) - frozenset(TOP_KEYS))
        disclaimer = self.text_value(top.get("disclaimer"), "disclaimer", html=True)
        fallback = self.text_value(top.get("fallback"), "fallback", html=True)
        urgent = self.text_value(top.get("urgent"), "urgent", html=True)
        if disclaimer and markup.telegram_length(disclaimer) > DISCLAIMER_MAX:
            # It rides along with every answer and /start, /disclaimer: keep it short.
            self.problem(top["disclaimer"], f"disclaimer is {markup.telegram_length(disclaimer)} characters; "
                                            f"at most {DISCLAIMER_MAX}")
        for key, text in (("urgent", urgent), ("fallback", fallback)):
            # Each is sent as one message of its own; the bot puts up to RESERVED characters before
            # it (an ambulance emoji and a line saying how urgent).
            room = markup.MAX_MESSAGE_LENGTH - RESERVED
            if text and markup.telegram_length(text) > room:
                self.problem(top[key], f"{key} is {markup.telegram_length(text)} characters; "
                             f"Telegram allows {room} here")
        before_matching = len(self.problems)
        tuning = self.matching_section(top)
        synonyms = self.synonyms(tuning.get("synonyms"))
        not_covered = self.phrase_list(tuning.get("not_covered"), "not_covered")
        other_causes = self.phrase_list(tuning.get("other_causes"), "other_causes")
        ask_items = self.phrase_items(tuning.get("asks"), "asks")
        asks = tuple(name for name, _ in ask_items)
        knock_on = "" if "synonyms" in tuning else self.knock_on("synonyms")
        for name, item in ask_items:
            if name not in synonyms:
                self.problem(item, f"asks: {name!r} is not a concept under synonyms" + knock_on)
        red_flag_items = self.phrase_items(tuning.get("red_flag_phrases"), "red_flag_phrases")
        red_flag_phrases = tuple(phrase for phrase, _ in red_flag_items)
        for phrase, item in red_flag_items:
            if not re.search(r"[a-z0-9]", phrase.lower()):
                self.problem(item, f"red_flag_phrases: {phrase!r} has no letters or digits the bot can match "
                                   "(it would match every message without words)")
        matching_read = len(self.problems) == before_matching and ("synonyms" in tuning or
                                                                   "synonyms" not in self.misspelt)
        entries = self.entries(top.get("entries"), disclaimer or "")
        ids = {e.id for e in entries}
        self.own_questions_urgent(red_flag_items, entries)
        running_items = self.phrase_items(tuning.get("about_running"), "about_running")
        for entry_id, item in running_items:
            if entries and entry_id not in ids and entry_id not in self.broken_ids:
                self.problem(item, f"about_running: {entry_id!r} is not the id of an entry"
                             + (self.cut_away(entry_id) or self.renamed(entry_id)))

        faq = FAQ(
            disclaimer=disclaimer or "", fallback=fallback or "", urgent=urgent or "",
            entries=tuple(entries), synonyms=synonyms, not_covered=not_covered,
            red_flag_phrases=red_flag_phrases, asks=asks,
            about_running=frozenset(entry_id for entry_id, _ in running_items if entry_id in ids),
            other_causes=other_causes, path=self.path,
        )
        if self.problems:
            raise FAQError(self.problems, partial=faq, matching_read=matching_read)
        return faq

    def matching_section(self, top: dict[str, Any]) -> dict[str, Any]:
        """The `matching:` section's keys, or the same keys at the top level (the older layout)."""
        section = top.get("matching")
        tuning: dict[str, Any] = {}
        if section is not None:
            if isinstance(section, yaml.MappingNode):
                tuning = self.mapping(section, MATCHING_KEYS, (), "matching")
            else:
                self.problem(section, f"matching must be a mapping of synonyms, not_covered, red_flag_phrases, "
                                      f"asks, about_running and other_causes, not a {_kind(section)}")
        for key in MATCHING_KEYS:
            if key in top:
                if key in tuning:
                    self.problem(top[key], f"{key} is given both here and under matching: keep one")
                else:
                    tuning[key] = top[key]
        return tuning

    # -- generic node helpers -------------------------------------------------------------

    def mapping(self, node: yaml.MappingNode, known: Any, required: tuple[str, ...], where: str, *,
                listed: Any = None, elsewhere: Any = ()) -> dict[str, Any]:
        """Map key -> value node, reporting duplicate, unknown and missing keys. `listed`: the keys an unknown key's
        problem names as allowed (default: all of `known`, some of which may be kept only for older files);
        `elsewhere`: keys that are not taken here but go under `matching:` (at the top level: the matching
        section's keys that no older file kept at the top)."""
        allowed = _and(sorted(known if listed is None else listed))
        if elsewhere:
            allowed += f" ({_and(sorted(MATCHING_KEYS))} go under matching:)"
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                self.problem(key_node, f"{where}: keys must be plain names")
                continue
            if key in out:
                self.problem(key_node, f"{where}: duplicate key {key!r} (the earlier one would be silently lost)")
                continue
            if key in elsewhere:
                # Said where it goes, not "unknown": the README's own key, one level off (a new user's upload).
                self.problem(key_node, f"{where}: {key!r} goes under matching: (indent it under a line 'matching:')")
                continue
            if key not in known:
                hint = close_name(key, [*known, *elsewhere])
                if hint and hint not in out:
                    self.misspelt.setdefault(hint, (key, key_node.start_mark.line + 1))
                said = (f" (did you mean {hint!r}? it goes under matching:)" if hint in elsewhere else
                        f" (did you mean {hint!r}?)" if hint else "")
                self.problem(key_node, f"{where}: unknown key {key!r}{said}; allowed: {allowed}")
                continue
            out[key] = value_node
        for key in required:
            if key not in out:
                self.problem(node, f"{where}: missing required key {key!r}")
        return out

    def scalar(self, node: Any) -> Any:
        assert self.loader is not None
        try:
            return self.loader.construct_object(node, deep=True)
        except Exception as exc:  # an unknown or malformed tag (!!python/..., !!int abc): a problem, never code
            self.problem(node, f"cannot read this value ({node.tag}): {getattr(exc, 'problem', None) or exc}")
            return None

    def text_value(self, node: Any, where: str, *, html: bool = False) -> str | None:
        if node is None:
            return None
        if not isinstance(node, yaml.ScalarNode):
            hint = ""
            if isinstance(node, yaml.MappingNode) and len(node.value) == 1 and not node.flow_style:
                # "- back pain after running: why" reads as a mapping: the colon and space were meant as text
                # (a twenty-fourth new user)
                hint = " (a colon and a space inside a text make it a mapping: put the whole text in quotes)"
            self.problem(node, f"{where} must be text, not a {_kind(node)}{hint}")
            return None
        explicit = self.text[node.start_mark.index: node.start_mark.index + 1] == "!"  # "!!bool maybe"
        if node.tag == _STR_TAG:
            value: Any = node.value  # what construct_object would return, without its bookkeeping
        elif not node.style and node.tag in _YAML11_TYPES and not explicit:
            # YAML 1.1 reads a plain `No`, `off`, `010`, `1e3` or `45:30` as a boolean or a number: in a
            # text field that is never what an admin meant, so the text is read as written.
            value = node.value
        else:
            before = len(self.problems)
            value = self.scalar(node)
            if len(self.problems) > before:
                return None  # the tag was already reported; "empty" would only repeat it
        if value is None or not isinstance(value, str):
            if value is None or str(value).strip() == "":
                self.problem(node, f"{where} is empty")
                return None
            value = str(value)
        value = value.strip()
        if not value:
            self.problem(node, f"{where} is empty")
            return None
        if html:
            for p in markup.check(value):
                line, col = _offset_position(node, value, p.offset, self.text)
                self.problems.append(Problem(self.path, line, col, f"{where}: {p.message}"))
        return value

    def phrase_list(self, node: Any, where: str) -> tuple[str, ...]:
        return tuple(value for value, _ in self.phrase_items(node, where))

    def own_questions_urgent(self, red_flag_items: list[tuple[str, Any]], entries: list[Entry]) -> None:
        """A red-flag phrase that one of the FAQ's own questions holds is an error, not a warning: every
        member who asks that question would get the urgent-care message instead of its answer (an
        eleventh new user's trial: "back pain" there made every back-pain question an emergency)."""
        if not red_flag_items or not entries:
            return
        phrasings = [(entry.id, f" {_words(p)} ") for entry in entries for p in entry.phrasings]
        for phrase, item in red_flag_items:
            words = f" {_words(phrase)} "
            if words.strip() and (hit := next((q for q in phrasings if words in q[1]), None)):
                self.problem(item, f"red_flag_phrases: {phrase!r} is in a question of entry {hit[0]!r} "
                                   f"(“{hit[1].strip()}”): everyone who asks it would get the urgent-care message "
                                   "instead of the answer. Use a longer phrase that only a warning sign holds")

    def phrase_items(self, node: Any, where: str) -> list[tuple[str, Any]]:
        """(text, its node) for each valid item of a list of texts; a bad item is reported and left out."""
        if node is None:
            return []
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
            self.problem(node, f"{where} is empty: put its items under it, one per line starting with \"- \"")
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{where} must be a list, not a {_kind(node)}")
            return []
        out = []
        for i, item in enumerate(node.value):
            # Numbered from 1, as an admin counts ("alternates[1]" read as the second item, a new user).
            value = self.text_value(item, f"{where}: item {i + 1}")
            if value is not None and (folded := _folded_items(item, self.text)):
                # A "- " indented one space more than the item above is read by YAML as more of that item's
                # text: every item below would be lost into one (a fifteenth new user: check said OK).
                joined = " ".join(value.split())
                joined = joined if len(joined) <= 60 else joined[:59] + "…"
                self.problem(item, f"{where}: the item on this line runs on into line {self.to_file(folded)}, whose "
                                   f"\"- \" is indented differently from this one's, so YAML read them as one text "
                                   f"(\"{joined}\"). Line up the \"-\" of every item with the first one")
                continue
            if value is not None:
                out.append((value, item))
        return out

    def synonyms(self, node: Any) -> dict[str, tuple[str, ...]]:
        if node is None:
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"synonyms must be a mapping of concept: [words], not a {_kind(node)}")
            return {}
        out: dict[str, tuple[str, ...]] = {}
        seen_phrase: dict[str, tuple[str, Any]] = {}
        for key_node, value_node in node.value:
            concept = str(self.scalar(key_node)) if isinstance(key_node, yaml.ScalarNode) else ""
            if not CONCEPT_RE.match(concept):
                self.problem(key_node, f"synonyms: concept name {concept!r} must be lowercase letters, digits, _ or -")
                continue
            if concept in out:
                self.problem(key_node, f"synonyms: duplicate concept {concept!r}")
                continue
            items = self.phrase_items(value_node, f"synonyms.{concept}")
            phrases = tuple(phrase for phrase, _ in items)
            for phrase, item in items:
                low = phrase.lower()
                if low in seen_phrase and seen_phrase[low][0] != concept:
                    # Both places: the one just added may be either (an admin adds words anywhere).
                    other, node = seen_phrase[low]
                    mark = node.start_mark
                    self.problem(item, f"synonyms.{concept}: {phrase!r} is also listed under {other!r} (line "
                                       f"{mark.line + 1}, column {mark.column + 1}): a phrase belongs to one concept, "
                                       f"keep it in one of the two")
                seen_phrase[low] = (concept, item)
            out[concept] = phrases
        return out

    # -- entries ---------------------------------------------------------------------------

    def entries(self, node: Any, disclaimer: str) -> list[Entry]:
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"entries must be a list, not a {_kind(node)}")
            return []
        if not node.value:
            self.problem(node, "entries is empty: the FAQ needs at least one entry")
        parsed: list[tuple[Entry, dict[str, Any]]] = []
        ids: dict[str, int] = {}
        asked: dict[str, str] = {}  # id -> its title and question, for naming the copy renamed by mistake
        for item in node.value:
            if not isinstance(item, yaml.MappingNode):
                self.problem(item, "each entry must be a mapping with id, question, alternates and answer, "
                                   f"not a {_kind(item)}")
                continue
            entry, nodes = self.entry(item, disclaimer)
            if entry is None:
                # Still a known id for `related`, so one broken entry is not reported again and again.
                id_node = nodes.get("id")
                if isinstance(id_node, yaml.ScalarNode) and ID_RE.match(str(id_node.value)):
                    ids.setdefault(str(id_node.value), id_node.start_mark.line + 1)
                    self.broken_ids.add(str(id_node.value))
                continue
            if entry.id in ids:
                self.problem(nodes["id"],
                             f"duplicate id {entry.id!r} (first used on line {self.to_file(ids[entry.id])})")
                self.duplicated.append(entry.line)
                self.copies.append(((ids[entry.id], asked.get(entry.id, "")),
                                    (entry.line, f"{entry.title} {entry.question}")))
                continue
            ids[entry.id] = entry.line
            asked[entry.id] = f"{entry.title} {entry.question}"
            parsed.append((entry, nodes))
        for entry, nodes in parsed:
            where = {str(n.value).strip(): n for n in getattr(nodes.get("related"), "value", [])
                     if isinstance(n, yaml.ScalarNode)}
            for rid in entry.related:
                rnode = where.get(rid, nodes.get("related"))
                if rid == entry.id:
                    self.problem(rnode, f"entry {entry.id!r}: related lists the entry itself")
                elif rid not in ids:
                    hint = close_name(rid, ids)
                    self.problem(rnode, f"entry {entry.id!r}: related names unknown id {rid!r}"
                                 + (self.cut_away(rid) or (f" (did you mean {hint!r}?)" if hint else
                                                           self.renamed(rid))))
        return [e for e, _ in parsed]

    def entry(self, node: yaml.MappingNode, disclaimer: str) -> tuple[Entry | None, dict[str, Any]]:
        # The entry's id first, so that every problem of the entry names it.
        id_node = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == "id"), None)
        said_id = id_node.value.strip() if isinstance(id_node, yaml.ScalarNode) else ""
        where = f"entry {said_id!r}" if said_id else f"entry at line {self.to_file(node.start_mark.line + 1)}"
        nodes = self.mapping(node, ENTRY_KEYS, REQUIRED_ENTRY, where)
        raw_id = self.text_value(nodes.get("id"), f"{where}: id")
        ok = all(k in nodes for k in REQUIRED_ENTRY)
        if raw_id is not None and not ID_RE.match(raw_id):
            self.problem(nodes["id"], f"{where}: id must be 1-40 lowercase letters, digits or dashes, "
                                      "starting with a letter or digit")
            self.bad_ids.append(nodes["id"].start_mark.line + 1)
            ok = False
        question = self.text_value(nodes.get("question"), f"{where}: question")
        answer = self.text_value(nodes.get("answer"), f"{where}: answer", html=True)
        title = self.text_value(nodes.get("title"), f"{where}: title") if "title" in nodes else None
        if title is not None and len(title) > TITLE_MAX:
            self.problem(nodes["title"],
                         f"{where}: title is {len(title)} characters; at most {TITLE_MAX} fit on a button")
        if title is not None and markup.check(title) == [] and title != markup.to_plain(title):
            self.problem(nodes["title"], f"{where}: title is plain text; HTML is not allowed there")
        alternates = self.phrase_list(nodes.get("alternates"), f"{where}: alternates") if "alternates" in nodes else ()
        related = self.phrase_list(nodes.get("related"), f"{where}: related")
        requires = self.requires(nodes.get("requires"), where)
        excludes = self.phrase_list(nodes.get("excludes"), f"{where}: excludes")
        if answer:
            total = markup.telegram_length(f"{answer}\n\n{disclaimer}")
            if total > markup.MAX_MESSAGE_LENGTH:
                self.problem(nodes["answer"], f"{where}: answer with the disclaimer is {total} characters; "
                             f"Telegram allows {markup.MAX_MESSAGE_LENGTH}")
        if not ok or raw_id is None or question is None or answer is None:
            return None, nodes
        if title is None:
            title = question if len(question) <= TITLE_MAX else question[: TITLE_MAX - 1].rstrip() + "…"
        entry = Entry(
            id=raw_id, title=title, question=question, alternates=alternates, answer=answer,
            related=related, requires=requires, excludes=frozenset(x.lower() for x in excludes),
            line=node.start_mark.line + 1,
        )
        return entry, nodes

    def requires(self, node: Any, where: str) -> tuple[frozenset[str], ...]:
        if node is None:
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{where}: requires must be a list of concepts (or lists of alternatives)")
            return ()
        groups = []
        for item in node.value:
            if isinstance(item, yaml.SequenceNode):
                group = self.phrase_list(item, f"{where}: requires")
            else:
                value = self.text_value(item, f"{where}: requires")
                group = (value,) if value else ()
            if group:
                groups.append(frozenset(g.lower() for g in group))
        return tuple(groups)


_STR_TAG = "tag:yaml.org,2002:str"
_YAML11_TYPES = frozenset(f"tag:yaml.org,2002:{t}" for t in ("bool", "int", "float", "timestamp"))


def decode(data: bytes, path: str) -> str:
    """The file's text; raises FAQError at the line and column of the first byte that is not UTF-8
    (a file saved by a Windows editor in cp1252, say), or, for a file in UTF-16 or UTF-32, says so."""
    if wide := _wide_encoding(data):
        what, name = wide
        file = Path(path).name
        raise FAQError([Problem(path, 1, 1, f"the file looks like {what}, not UTF-8: save it as UTF-8 (Notepad: File, "
                                            "Save As, Encoding: UTF-8; VS Code: click the encoding at the bottom "
                                            "right, Save with Encoding, UTF-8; or on the command line: iconv -f "
                                            f"{name} -t UTF-8 {file} > utf8-{file}, and use that file). Windows "
                                            "PowerShell's > writes UTF-16: pipe to Out-File -Encoding utf8 "
                                            "instead")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise FAQError([Problem(path, line, col, f"byte 0x{data[exc.start]:02x} here is not UTF-8 text: "
                                                  "save the file as UTF-8 (in most editors: Save As, "
                                                  "Encoding: UTF-8)")]) from None


_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32 (it starts with the byte order mark 0xFF 0xFE 0x00 0x00)", "UTF-32"),
          (b"\x00\x00\xfe\xff", "UTF-32 (it starts with the byte order mark 0x00 0x00 0xFE 0xFF)", "UTF-32"),
          (b"\xff\xfe", "UTF-16 (it starts with the byte order mark 0xFF 0xFE)", "UTF-16"),
          (b"\xfe\xff", "UTF-16 (it starts with the byte order mark 0xFE 0xFF)", "UTF-16"))


def _wide_encoding(data: bytes) -> tuple[str, str] | None:
    """(what the file looks like, iconv's name for it) for text in UTF-16 or UTF-32, as Windows tools save it
    (Notepad's "Unicode", PowerShell's >): a byte order mark, or, without one, a 0 in every other byte of
    mostly ASCII text (which is valid UTF-8, so YAML would only say "unacceptable character #x0000")."""
    for bom, what, name in _BOMS:
        if data.startswith(bom):
            return what, name
    head = data[:2000]
    if b"\x00" not in head or len(head) < 4:
        return None
    pairs = len(head) // 2
    even, odd = head[0:pairs * 2:2].count(0), head[1:pairs * 2:2].count(0)
    if max(even, odd) >= 0.3 * pairs and min(even, odd) <= 0.05 * pairs:
        return ("UTF-16 (every other byte is 0, as in UTF-16 without a byte order mark)",
                "UTF-16LE" if odd > even else "UTF-16BE")
    return None


def syntax_problems(exc: yaml.MarkedYAMLError, text: str, path: str,
                    to_file: Callable[[int], int] = lambda line: line) -> list[Problem]:
    """Where a YAML syntax error really is, said plainly.

    The parser notices a mistake where it can no longer go on, which is often far below it: an
    unclosed quote swallows the lines after it, an unclosed "[" runs on to the next key. So a tab
    in the indentation, a line with an unclosed quote or bracket before the point the parser
    stopped, is named first; the parser's own words follow, with the line where it stopped (said as the file's line
    by `to_file`, for a text read with an entry cut out)."""
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    stopped = to_file(line)
    what = " ".join(s for s in (exc.context, exc.problem) if s)
    lines = text.splitlines()
    if "could not find expected ':'" in what:
        # The parser stops on the line after the one that lost its colon: name that line.
        for number in range(min(line, len(lines)), max(line - 4, 0), -1):
            key = _KEY_WITHOUT_COLON.match(lines[number - 1])
            if key and key.group(1) in ALL_KEYS:
                return [Problem(path, number, key.start(1) + 1,
                                f"YAML syntax: {key.group(1)!r} has no ':' after it: write "
                                f"'{key.group(1)}: ...' (the parser stopped at line {stopped}: {what})")]
        what += " (a line above is missing the ':' after its key: write 'key: value')"
    elif "mapping values are not allowed" in what:
        stripped = lines[line - 1].strip() if 0 < line <= len(lines) else ""
        value = stripped.split(": ", 1)[1] if ": " in stripped else stripped.removeprefix("- ")
        raw = lines[line - 1] if 0 < line <= len(lines) else ""
        key = stripped.split(":", 1)[0].removeprefix("- ").strip()
        at_key = raw.find(":") + 1 == col  # the parser stopped at the key's own colon, not one in its text
        if value[:1] in "“”‘’":
            what += (" (curly quotes “ ” are letters to YAML, not quotes: put the text in straight quotes "
                     "\"...\")")
        elif key in ALL_KEYS and at_key:
            # A key indented differently from its neighbours, not a colon inside a text (a fifteenth new user).
            what += (f" ('{key}:' is indented differently from the keys around it: line it up with the other "
                     "keys of its entry)")
        else:
            what += " (a colon and a space inside a text: put the whole text in quotes)"
    elif (("expected key" in what or "expected <block end>" in what) and 0 < line <= len(lines)
          and (key := re.match(r"( *)([a-z_]+):(?:\s|$)", lines[line - 1])) and key.group(2) in ALL_KEYS
          and len(key.group(1)) + 1 == col):
        # The parser stopped at a known key's first letter: that key is out of line with the ones above it (a
        # 5-space `question:` after `requires: [...]` got only the parser's words, a new user).
        what += (f" ('{key.group(2)}:' is indented differently from the keys around it: line it up with the other "
                 "keys of its entry)")
    elif "expected '-' indicator" in what or "expected key" in what or "expected <block end>" in what:
        what += (" (check the indentation of this line and the one above it: keys of one entry line up, "
                 "and each item of a list starts with '- ' at the same indentation)")
    tabs = [p for p in tab_problems(text, path) if p.line <= line]
    if tabs:
        return tabs
    for number in range(min(line, len(lines)), 0, -1):
        cause = _unclosed(lines[number - 1])
        if cause:
            col_at, said = cause
            return [Problem(path, number, col_at,
                            f"YAML syntax: {said} (the parser stopped at line {stopped}: {what})")]
    return [Problem(path, line, col, f"YAML syntax: {what}")]


def _without_entry(text: str, first: int, last: int) -> tuple[str, int, int, int] | None:
    """`text` without the entry of `entries` that holds lines `first` to `last` (1-based), or the top-level section
    below the entries that holds them: (the text, the number of lines kept before the cut, 1 when a "- id: ..." line
    for the entry's id is put in its place else 0, the number of lines taken out), or None when there is nothing to
    cut (an error above the entries, or no entries list)."""
    lines = text.split("\n")
    top = next((n for n, line in enumerate(lines) if re.match(r"entries:\s*(#.*)?$", line)), None)
    if top is None:
        return None
    item = next((line for line in lines[top + 1:] if line.lstrip().startswith("- ")), None)
    if item is None:
        return None
    dash = item[:len(item) - len(item.lstrip())] + "- "
    if " " * (len(dash) - 2) + "- " != dash:
        return None

    def starts_entry(line: str) -> bool:
        return line.startswith(dash)

    def top_level(line: str) -> bool:
        return line[:1] not in ("", " ", "#", "-") and bool(line.strip())

    # An error below the entries (in matching:) cuts that section instead, so that every entry is still read.
    start = next((n for n in range(min(first, len(lines)) - 1, top, -1)
                  if starts_entry(lines[n]) or top_level(lines[n])), None)
    if start is None:
        return None
    # The next entry, or the next top-level key (matching:), after the last line the error is said at.
    end = next((n for n in range(max(last, start + 1), len(lines)) if starts_entry(lines[n]) or top_level(lines[n])),
               len(lines))
    # The cut entry's id, even from a broken line ("- id abs"), kept as an entry of its own: naming it is no error.
    named = (re.fullmatch(r" *(?:- )?id *:? *([a-z0-9][a-z0-9-]*) *", line) for line in lines[start:end])
    found = next((m.group(1) for m in named if m), None) if starts_entry(lines[start]) else None
    keep = [f"{dash}id: {found}"] if found else []
    if end - start - len(keep) <= 0:
        return None  # nothing would be cut: the same text would stop at the same place again
    return "\n".join([*lines[:start], *keep, *lines[end:]]), start, len(keep), end - start - len(keep)


_KEY_WITHOUT_COLON = re.compile(r"^\s*(?:- )?([a-z_]+) +[^:\s#]")


def comment_warnings(text: str, path: str) -> list[str]:
    """Lines where a '#' right before a word ("the #1 way to get abs") starts a YAML comment inside a
    text, so the rest of the line is silently dropped (an eleventh new user's trial); a comment after a
    space ("# note") is taken as meant."""
    out = []
    block = None  # the indentation a block text (answer: |-) must exceed; '#' is plain text inside it
    for number, line in enumerate(text.splitlines(), 1):
        body = line.strip()
        indent = len(line) - len(line.lstrip())
        if block is not None and (not body or indent > block):
            continue
        block = indent if re.search(r":\s*[|>][-+0-9]*\s*(?:#.*)?$", line) else None
        if body.startswith("#") or '"' in line or "'" in line:
            continue
        m = re.search(r"\s#[^\s#]", line)
        if m and (body.startswith("- ") or ": " in body):
            out.append(f"{path}:{number}:{m.start() + 2}: warning: '#' starts a comment in YAML, so the rest of "
                       "this line is not read: put the whole text in quotes")
    return out


def continuation_warnings(text: str, path: str) -> list[str]:
    """Lines that YAML joins to the list item above them: an item whose "- " was dropped ("- will running give me a
    six pack" then "  does jogging build abs") is read as one text, and a question is lost without an error (a
    twenty-fifth new user). Only a plain item's next line, indented under its text, that is no key and no item."""
    out = []
    previous: tuple[int, str] | None = None  # (indent of the item's text, the item's text) of a plain "- " item
    for number, line in enumerate(text.splitlines(), 1):
        body = line.strip()
        indent = len(line) - len(line.lstrip())
        if previous is not None and body and not body.startswith(("- ", "#")) and indent == previous[0] \
                and ": " not in body and not body.endswith(":"):
            out.append(f"{path}:{number}:{indent + 1}: warning: YAML joins this line to the item above it "
                       f"(\"{previous[1]} {body}\"); if it is a question of its own, start it with '- '")
        previous = None
        if body.startswith("- ") and body[2:3] not in ("'", '"', "|", ">", "[", "{") and not body.endswith(":"):
            previous = (indent + 2, body[2:])
    return out


def _unclosed(line: str) -> tuple[int, str] | None:
    """(column, what) when a line opens a quoted text or a [list] that it never closes."""
    body = line.split(" #", 1)[0] if '"' not in line and "'" not in line else line
    stripped = body.strip()
    value = stripped[2:] if stripped.startswith("- ") else (stripped.split(": ", 1)[1] if ": " in stripped else "")
    value = value.strip()
    at = line.find(value) + 1 if value else 0
    if value[:1] == '"' and (len(value) == 1 or not value.endswith('"') or value.endswith('\\"')):
        return at, 'this text opens a quote (") that is never closed on its line'
    if value[:1] == "'" and (value.count("'") % 2 == 1):
        return at, "this text opens a quote (') that is never closed on its line"
    if value[:1] == "[" and value.count("[") > value.count("]"):
        return at, 'this list opens with "[" and never closes with "]" on its line'
    return None


def tab_problems(text: str, path: str) -> list[Problem]:
    """A tab in a line's indentation, named as such (YAML indents with spaces only)."""
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            out.append(Problem(path, number, indent.index("\t") + 1,
                               "a tab is used for indentation here; YAML needs spaces (replace the tab with spaces)"))
    return out


def _untabbed(text: str, path: str) -> tuple[str, dict[int, tuple[int, int]], list[Problem]]:
    """`text` with each tab YAML trips on (in a line's indentation, at or above where the parser stopped) made spaces,
    until YAML reads the file or stops at a line no such tab explains; with line -> (indentation as written, as
    read) of the lines changed, and a problem for each. A tab inside a block text (an answer's) is its text: kept.
    Each tab line is read as the 2, 4 or 8 spaces that line it up with most lines near it and let YAML read on."""
    lines = text.split("\n")
    indents = [len(line) - len(line.lstrip(" \t")) for line in lines]
    tabbed = {p.line: p for p in tab_problems(text, path)}
    shifted: dict[int, tuple[int, int]] = {}
    problems = []
    stopped = _stops(text)
    while stopped:
        new = [n for n in sorted(tabbed) if n <= stopped and n not in shifted]
        if not new:
            break
        number = new[0]
        indent = lines[number - 1][:indents[number - 1]]
        near = []  # the indentations near it: of each line, and of the text after a "- "
        for m in range(max(0, number - 4), min(len(lines), number + 3)):
            body = lines[m].lstrip(" \t")
            if m != number - 1 and m + 1 not in tabbed and body and not body.startswith("#"):
                near += [indents[m], indents[m] + 2] if body.startswith("- ") else [indents[m]]
        tried = None
        for width in sorted((4, 2, 8), key=lambda w: -near.count(len(indent.expandtabs(w)))):
            candidate = [*lines[:number - 1], indent.expandtabs(width) + lines[number - 1][len(indent):],
                         *lines[number:]]
            after = _stops("\n".join(candidate))
            if tried is None or not after or after > number:
                tried = (width, candidate, after)
            if not after or after > number:
                break
        assert tried is not None
        width, lines, stopped = tried
        shifted[number] = (len(indent), len(indent.expandtabs(width)))
        problems.append(Problem(path, number, tabbed[number].col, f"{tabbed[number].message}; the rest of the file was "
                                f"checked reading this line's indentation as {shifted[number][1]} spaces"))
    return "\n".join(lines), shifted, problems


def _stops(text: str) -> int:
    """The line where YAML's parser stops with a syntax error in `text`, or 0 when it reads it."""
    loader = _SAFE_LOADER(text)
    try:
        loader.get_single_node()
        return 0
    except yaml.MarkedYAMLError as exc:
        return exc.problem_mark.line + 1 if exc.problem_mark else 1
    except yaml.YAMLError:
        return 1
    finally:
        loader.dispose()


def _folded_items(node: yaml.ScalarNode, text: str) -> int:
    """The line of the first "- " in a plain (unquoted) text over several lines, or 0: list items that YAML folded
    into one text because their indentation differs from the first item's."""
    if node.style or node.end_mark.line == node.start_mark.line:
        return 0
    source = text[node.start_mark.index:node.end_mark.index]
    return next((node.start_mark.line + 1 + n for n, line in enumerate(source.splitlines()) if n
                 and line.lstrip().startswith("- ")), 0)


def _and(names: list[str]) -> str:
    """ "a, b and c" """
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _kind(node: Any) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return "single value"


def close_name(name: str, known: Any) -> str | None:
    """The one of `known` (names) closest to `name`, a typo of it (rapidfuzz ratio at least 75), or None."""
    from rapidfuzz import fuzz, process

    match = process.extractOne(name, list(known), scorer=fuzz.ratio, score_cutoff=75)
    return match[0] if match else None


def _offset_position(node: yaml.ScalarNode, value: str, offset: int, text: str) -> tuple[int, int]:
    """Best line/column in the file for character `offset` of a scalar's value."""
    start_line = node.start_mark.line + 1
    if node.style in ("|", ">"):
        # Block scalars start on the line after the indicator; find the text line that holds it.
        before = value[:offset]
        line_in_value = before.count("\n")
        snippet = value[offset: offset + 20].split("\n")[0]
        lines = text.splitlines()
        guess = start_line + 1 + line_in_value
        for ln in range(guess, min(guess + 40, len(lines) + 1)):
            col = lines[ln - 1].find(snippet) if snippet else -1
            if col >= 0:
                return ln, col + 1
        return guess, 1
    return start_line, node.start_mark.column + 1


def _words(text: str) -> str:
    """The words of `text` as the bot reads them (contractions and shorthand spelled out: "can't" and
    "cant" are "can not"), one space apart, for a phrase-in-question test."""
    return " ".join(w for w in textmod.marked_words(textmod.normalize(text)) if w not in ",.?")
