"""The FAQ in use: the last good version of the file, swapped atomically when the file changes."""
from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from bot.editing import changes, keep_last_good, last_good, phrasing_key
from bot.faq import FAQ, FAQError, Problem, counted, decode, not_found, parse_faq
from bot.matching import Matcher

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Snapshot:
    """One FAQ version and the matcher built from it; handlers take one and use it throughout."""

    faq: FAQ
    matcher: Matcher
    digest: str


@dataclass(frozen=True)
class ReloadResult:
    changed: bool                      # a new version is now served
    problems: tuple[Problem, ...] = ()  # why the file on disk was not taken (the old version stays)
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    edited: tuple[str, ...] = ()
    first_report: bool = False         # True the first time these problems are seen
    recovered: bool = False            # a good version served after a broken one was reported
    dropped: tuple[tuple[str, str], ...] = ()  # (entry id, question) gone from an entry that stays
    tuning_changed: bool = False       # the matching section changed (synonyms, not_covered...)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if self.problems:
            return "\n".join(str(p) for p in self.problems)
        if self.recovered and not self.changed:
            return "Fixed: the file is the version being served again."
        if not self.changed:
            return "No change: the FAQ on disk is the one being served."
        parts = []
        for label, ids in (("added", self.added), ("removed", self.removed), ("edited", self.edited)):
            if ids:
                parts.append(f"{label}: {', '.join(ids)}")
        # After a broken save, say that the file is fixed (as the admins' notice does), not only what changed.
        return ("Fixed and reloaded. " if self.recovered else "Reloaded. ") + (
            "; ".join(parts) if parts else "Only the general texts or synonyms changed.")


@dataclass
class FaqSource:
    """Keeps the last good FAQ from `path` and reloads it when the file's content changes."""

    path: Path
    current: Snapshot
    _stat_key: tuple | None = None
    _reported_bad: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # At a start with a broken file, served from the last good version: the file's problems and when
    # that version was saved (Unix time).
    started_broken: tuple[tuple[Problem, ...], float] | None = None
    keep: bool = False  # keep each version served for a start with a broken file (the bot's, not a trial's)

    @classmethod
    def load(cls, path: str | Path, *, keep: bool = False) -> FaqSource:
        """Load the FAQ at start-up; raise FAQError when it is unusable. With `keep` (the bot), each
        version served is kept (bot.editing.keep_last_good), and a broken file at start serves the
        version kept, if any and itself good, instead (`started_broken` then says so). A terminal
        chat trying a draft keeps nothing: the bot's fallback is only ever what the bot served."""
        path = Path(path)
        try:
            data = _read(path)
            snap = _snapshot(path, data, hashlib.sha256(data).hexdigest())
        except FAQError as exc:
            kept = last_good(path) if keep else None
            if kept is None:
                raise
            try:
                snap = _snapshot(path, kept[0], hashlib.sha256(kept[0]).hexdigest())
            except FAQError:
                raise exc from None  # the file's own problems, not the kept version's
            source = cls(path=path, current=snap, _stat_key=_stat(path),
                         started_broken=(tuple(exc.problems), kept[1]), keep=True)
            source._bad("", exc.problems)  # reported now, by whoever started it: not again by the watcher
            return source
        if keep:
            keep_last_good(path, data)
        return cls(path=path, current=snap, _stat_key=_stat(path), keep=keep)

    def changed_on_disk(self) -> bool:
        """Cheap check (a stat) that the file may have changed since the last look."""
        return _stat(self.path) != self._stat_key

    def reload(self, *, force: bool = False) -> ReloadResult:
        """Serve the file's current content if it is valid; otherwise keep the old version.

        Safe to call from several threads (the watcher and /reload): one reload at a time.
        """
        with self._lock:
            return self._reload(force)

    def _reload(self, force: bool) -> ReloadResult:
        self._stat_key = _stat(self.path)
        try:
            data = _read(self.path)
        except FAQError as exc:
            return self._bad(hashlib.sha256(str(exc).encode()).hexdigest(), exc.problems)
        digest = hashlib.sha256(data).hexdigest()
        if digest == self.current.digest and not force:
            # The usual fix of a broken edit is to undo it: the file is the served one again.
            recovered = bool(self._reported_bad)
            self._reported_bad.clear()
            return ReloadResult(changed=False, recovered=recovered)
        try:
            snap = _snapshot(self.path, data, digest)
        except FAQError as exc:
            return self._bad(digest, exc.problems)
        old = self.current.faq
        self.current = snap
        self.started_broken = None
        if self.keep:
            keep_last_good(self.path, data)
        recovered = bool(self._reported_bad)
        self._reported_bad.clear()
        added, removed, edited = changes(old, snap.faq)
        result = ReloadResult(changed=True, added=added, removed=removed, edited=edited, recovered=recovered,
                              dropped=dropped_questions(old, snap.faq, edited),
                              tuning_changed=_tuning(old) != _tuning(snap.faq))
        log.info("FAQ loaded from %s (%d entries). %s", self.path, len(snap.faq.entries),
                 result.summary().removeprefix("Fixed and reloaded. ").removeprefix("Reloaded. "))
        return result

    def _bad(self, digest: str, problems: list[Problem]) -> ReloadResult:
        # Keyed by the problems, not the bytes: two saves with the same mistake are one report.
        key = hashlib.sha256("\n".join(str(p) for p in problems).encode()).hexdigest()
        first = key not in self._reported_bad
        self._reported_bad.add(key)
        if first:
            log.warning("FAQ %s has %s; still serving the last good version:\n%s",
                        self.path, counted(len(problems), "problem"), "\n".join(str(p) for p in problems))
        return ReloadResult(changed=False, problems=tuple(problems), first_report=first)


def dropped_questions(old: FAQ, new: FAQ, edited: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(entry id, question) for each phrasing of an edited entry that the new version no longer has:
    an editor that saves an older copy over a teach from the chat takes the taught lines out without a
    word (an eleventh new user's trial), so the admins are told, and the questions are listed again."""
    out = []
    for entry_id in edited:
        before, after = old.get(entry_id), new.get(entry_id)
        if before is None or after is None:
            continue
        kept = {phrasing_key(p) for p in after.phrasings}
        out += [(entry_id, p) for p in before.phrasings if phrasing_key(p) not in kept]
    return tuple(out)


async def watch(source: FaqSource, on_result, *, interval: float = 1.0, settle: float = 0.4) -> None:
    """Reload `source` whenever its file changes, calling `on_result(result)` after each reload.

    A change is taken only once the file has stopped changing for `settle` seconds, so an editor
    that writes in several steps is not caught half-way. Runs until cancelled; never raises.
    """
    while True:
        await asyncio.sleep(interval)
        try:
            if not source.changed_on_disk():
                continue
            before = _stat(source.path)
            await asyncio.sleep(settle)
            if _stat(source.path) != before:
                continue  # still being written; look again on the next tick
            result = await asyncio.to_thread(source.reload)
            if result.changed or result.first_report or result.recovered:
                await on_result(result)
        except asyncio.CancelledError:
            raise
        except Exception:  # the watcher must outlive any surprise, or edits stop being served
            log.exception("FAQ watcher error; still serving the last good version")


def _tuning(faq: FAQ) -> tuple:
    return (faq.synonyms, faq.not_covered, faq.red_flag_phrases, faq.asks, faq.about_running, faq.other_causes)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise FAQError([Problem(str(path), 1, 1, not_found(path))], missing=True) from None
    except OSError as exc:
        raise FAQError([Problem(str(path), 1, 1, f"cannot read the file: {exc.strerror}")]) from None


def _snapshot(path: Path, data: bytes, digest: str) -> Snapshot:
    faq = parse_faq(decode(data, str(path)), str(path))
    return Snapshot(faq=faq, matcher=Matcher(faq), digest=digest)


def _stat(path: Path) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    # inode catches an atomic rename over the file; size and mtime_ns catch edits in place.
    return (st.st_ino, st.st_size, st.st_mtime_ns)


__all__ = ["FaqSource", "Snapshot", "ReloadResult"]
