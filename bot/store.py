"""The question log and the helpfulness votes, in SQLite (bot.database keeps it going through outages)."""
from __future__ import annotations

import hashlib
import json
import logging
import secrets
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from bot.database import Database, transaction
from bot.decision import Kind

logger = logging.getLogger(__name__)

MAX_TEXT = 1000      # characters of a question kept; enough for any real question
PURGE_EVERY = 3600.0  # seconds between automatic purges from log_question
TOP_N = 10
UNMATCHED_SCAN = 5000  # unmatched rows read for grouping, the latest first
_DAY = 86400.0


class QuestionRow(NamedTuple):
    asked_at: float  # unix time
    text: str
    normalized: str
    decision: Kind
    entry_id: str | None
    score: float | None
    ref: str | None = None  # carried by the answer's buttons: ties a vote or a pick to this question


class VoteRow(NamedTuple):
    voted_at: float
    user_id: int  # only in memory: hashed with the database's salt when written
    entry_id: str
    helpful: bool
    ref: str | None = None


class PickRow(NamedTuple):
    """Someone offered "did you mean" for question `ref` pressed `entry_id`."""

    picked_at: float
    ref: str
    entry_id: str


class JournalRow(NamedTuple):
    """An update received and not yet answered: `payload` holds only what answering needs; None
    marks it answered (its text gone, its id kept a day to drop a redelivery)."""

    update_id: int
    received_at: float
    payload: str | None


class DismissRow(NamedTuple):
    """An admin said these questions are not for the FAQ, or taught them to it: hide them from /unanswered."""

    dismissed_at: float
    forms: tuple[str, ...]  # normalised texts
    edit: str | None = None  # the faq.yaml version a teach made (its digest): an undo of it lists them again


class RestoreRow(NamedTuple):
    """The teach that made faq.yaml version `edit` was undone, or the taught questions `forms` were
    taken out of faq.yaml by hand: list them again."""

    edit: str | None
    forms: tuple[str, ...] = ()


class UnmatchedRow(NamedTuple):
    text: str
    normalized: str | None
    asked_at: float


class ReviewRow(NamedTuple):
    """A question an admin may want to teach the bot: no answer, only "did you mean", or 👎."""

    text: str
    normalized: str | None
    asked_at: float
    decision: str
    entry_id: str | None  # the entry answered (for 👎) or None
    picked: str | None    # the entry someone picked from "did you mean", if any


class Offer(NamedTuple):
    """A group of questions shown to an admin with teach buttons (callback data carries `token`)."""

    token: str
    question: str           # the wording an alternate would get
    forms: tuple[str, ...]  # the group's normalised texts (hidden together by "Not for the FAQ")
    digest: str             # the faq.yaml version the list was made from
    created_at: float


@dataclass(frozen=True)
class Stats:
    days: int | None  # the window asked for (None = all time)
    total: int
    by_decision: dict[str, int]  # every Kind present, 0 when none
    top_entries: list[tuple[str, int]]  # entry id, times answered, most first, at most 10
    top_unmatched: list[tuple[str, int]]  # normalised question text, count, at most 10
    helpfulness: dict[str, tuple[int, int]]  # entry id -> (helpful votes, unhelpful votes)


def empty_stats(days: int | None = None) -> Stats:
    """Stats with every figure zero, for an empty or unusable database."""
    return Stats(days, 0, {kind.value: 0 for kind in Kind}, [], [], {})


def normalize(text: str) -> str:
    """Lowercase, collapse whitespace and trim Unicode punctuation off every word ("Chafing??" -> "chafing")."""
    words = (_trim_punctuation(word) for word in text.casefold().split())
    return " ".join(word for word in words if word)


def _trim_punctuation(word: str) -> str:
    if word[0].isalnum() and word[-1].isalnum():  # most words: no letter or digit is punctuation (category P)
        return word
    start, end = 0, len(word)
    while start < end and unicodedata.category(word[start]).startswith("P"):
        start += 1
    while end > start and unicodedata.category(word[end - 1]).startswith("P"):
        end -= 1
    return word[start:end]


def voter_hash(salt: str, user_id: int) -> str:
    """The stored identity of a voter: sha256(salt + user id) in hex."""
    return hashlib.sha256((salt + str(user_id)).encode("utf-8")).hexdigest()


# --- schema: MIGRATIONS[i] takes a database from user_version i to i + 1 --------------


def _create_tables(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS questions (id INTEGER PRIMARY KEY, asked_at REAL NOT NULL,"
                 " text TEXT NOT NULL, decision TEXT NOT NULL, entry_id TEXT, score REAL)")
    conn.execute("CREATE TABLE IF NOT EXISTS votes (voter TEXT NOT NULL, entry_id TEXT NOT NULL,"
                 " helpful INTEGER NOT NULL, voted_at REAL NOT NULL, PRIMARY KEY (voter, entry_id))")


def _add_normalized_indexes_and_salt(conn: sqlite3.Connection) -> None:
    if "normalized" not in {row[1] for row in conn.execute("PRAGMA table_info(questions)")}:
        conn.execute("ALTER TABLE questions ADD COLUMN normalized TEXT")
    conn.execute("UPDATE questions SET normalized = faq_normalize(text) WHERE normalized IS NULL")
    conn.execute("CREATE INDEX IF NOT EXISTS questions_asked_at ON questions(asked_at)")
    conn.execute("CREATE INDEX IF NOT EXISTS questions_decision ON questions(decision, asked_at)")
    conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('salt', ?)", (secrets.token_hex(16),))


def _add_refs_picks_and_offers(conn: sqlite3.Connection) -> None:
    if "ref" not in {row[1] for row in conn.execute("PRAGMA table_info(questions)")}:
        conn.execute("ALTER TABLE questions ADD COLUMN ref TEXT")
    conn.execute("CREATE INDEX IF NOT EXISTS questions_ref ON questions(ref)")
    conn.execute("CREATE TABLE IF NOT EXISTS answer_votes (ref TEXT NOT NULL, voter TEXT NOT NULL,"
                 " helpful INTEGER NOT NULL, voted_at REAL NOT NULL, PRIMARY KEY (ref, voter))")
    conn.execute("CREATE TABLE IF NOT EXISTS picks"
                 " (ref TEXT NOT NULL, entry_id TEXT NOT NULL, picked_at REAL NOT NULL)")
    conn.execute("CREATE INDEX IF NOT EXISTS picks_ref ON picks(ref)")
    conn.execute("CREATE TABLE IF NOT EXISTS dismissed (normalized TEXT PRIMARY KEY, dismissed_at REAL NOT NULL)")
    conn.execute("CREATE TABLE IF NOT EXISTS offers (token TEXT PRIMARY KEY, question TEXT NOT NULL,"
                 " forms TEXT NOT NULL, digest TEXT NOT NULL, created_at REAL NOT NULL)")


def _add_journal(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS journal (update_id INTEGER PRIMARY KEY, received_at REAL NOT NULL,"
                 " payload TEXT, done INTEGER NOT NULL DEFAULT 0)")


def _add_dismissed_by_edit(conn: sqlite3.Connection) -> None:
    if "edit" not in {row[1] for row in conn.execute("PRAGMA table_info(dismissed)")}:
        conn.execute("ALTER TABLE dismissed ADD COLUMN edit TEXT")


MIGRATIONS = (_create_tables, _add_normalized_indexes_and_salt, _add_refs_picks_and_offers, _add_journal,
              _add_dismissed_by_edit)
JOURNAL_BATCH = 16  # answered marks written together: at most this many answered twice after a crash
JOURNAL_KEEP = 86400.0  # seconds an answered update's id is kept (so a redelivered one is not answered twice)
SCHEMA_VERSION = len(MIGRATIONS)


class Store:
    """The bot's question log and votes in one SQLite file; no call raises for database trouble.

    With enabled=False no question text is stored, but votes still are (a vote carries no text
    and no user id, only a salted hash); stats keep working on what the file holds, and old rows
    are still purged. `purge=False` (the report) only reads: it never deletes what the bot keeps.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        enabled: bool = True,
        retention_days: int = 90,
        clock: Callable[[], float] = time.time,
        batch_seconds: float = 0.0,
        purge: bool = True,
    ) -> None:
        if retention_days < 1:
            raise ValueError(f"retention_days must be 1 or more, got {retention_days!r}")
        self.enabled = enabled
        self.retention_days = retention_days
        self._clock = clock
        self._purge_on_open = purge
        self._salt = ""
        self._last_purge = float("-inf")
        self._journal_pending: list[JournalRow] = []
        self._path = str(path)
        self.db = Database(self._path, migrations=MIGRATIONS, write_row=self._write_row, clock=clock,
                           batch_seconds=batch_seconds, on_open=self._opened,
                           functions={"faq_normalize": normalize})

    @property
    def healthy(self) -> bool:
        return self.db.healthy

    @property
    def path(self) -> str:
        return self._path

    def log_question(self, text: str, decision: Kind | str, entry_id: str | None, score: float | None,
                     ref: str | None = None) -> None:
        """Record one question and how it was handled; nothing when logging is off.

        Raises ValueError for a decision that is not a Kind value.
        """
        try:
            decision = Kind(decision)
        except ValueError:
            raise ValueError(f"decision must be one of {', '.join(Kind)}, got {decision!r}") from None
        if not self.enabled:
            return
        text = text.strip()[:MAX_TEXT]
        committed = self.db.add(QuestionRow(self._clock(), text, normalize(text), decision, entry_id, score, ref))
        if committed and self._clock() - self._last_purge >= PURGE_EVERY:
            self.purge()

    def vote(self, user_id: int, entry_id: str, helpful: bool, ref: str | None = None) -> bool:
        """Record a user's 👍/👎 on an entry (and on the answer to question `ref`, when given); True
        if it replaced that user's earlier vote on the entry (False also when it had to wait in the
        memory queue)."""
        return bool(self.db.write_now(VoteRow(self._clock(), int(user_id), entry_id, bool(helpful), ref)))

    def pick(self, ref: str, entry_id: str) -> None:
        """Someone offered "did you mean" for question `ref` chose `entry_id` (kept with the log)."""
        if self.enabled:
            self.db.add(PickRow(self._clock(), ref, entry_id))

    def dismiss(self, forms: Iterable[str], edit: str | None = None) -> None:
        """Hide questions with these normalised texts from the review list: for good, or until the
        teach that made faq.yaml version `edit` is undone (restore())."""
        self.db.write_now(DismissRow(self._clock(), tuple(forms), edit))

    def restore(self, edit: str) -> None:
        """List again the questions a teach hid when it made faq.yaml version `edit` (it was undone)."""
        self.db.write_now(RestoreRow(edit))

    def restore_taught(self, questions: Iterable[str]) -> None:
        """List again these taught questions (their lines were taken out of faq.yaml by a hand edit)."""
        forms = tuple(dict.fromkeys(normalize(q) for q in questions))
        if forms:
            self.db.write_now(RestoreRow(None, forms))

    def save_offer(self, offer: Offer) -> None:
        """Keep a teach offer, so that a button pressed later (even after a restart) finds it."""
        if self.enabled:
            self.db.write_now(offer)

    def offer(self, token: str) -> Offer | None:
        """The offer with this token, or None (unknown, purged, or the database unusable)."""
        def query(conn: sqlite3.Connection) -> Offer | None:
            row = conn.execute("SELECT token, question, forms, digest, created_at FROM offers WHERE token = ?",
                               (token,)).fetchone()
            return Offer(row[0], row[1], tuple(json.loads(row[2])), row[3], row[4]) if row else None
        return self.db.read(query, None)

    def journal(self, update_id: int, payload: str, *, durable: bool = True) -> None:
        """Keep an update until it is answered. With `durable` it is written at once; otherwise it
        waits for flush_journal(), which the caller must run before Telegram learns the update
        arrived (polling: before the next getUpdates). When the database is unusable the row waits
        in memory (see bot.database): the bot answers anyway, just without the net."""
        row = JournalRow(update_id, self._clock(), payload)
        if durable:
            self.db.write_now(row)
        else:
            self._journal_pending.append(row)

    def answered(self, update_id: int) -> None:
        """The update was answered: forget its content (its id stays a while, see JOURNAL_KEEP).

        Marks are written JOURNAL_BATCH at a time (or at flush): one lost in a crash only means that
        question is answered a second time after the restart."""
        self._journal_pending.append(JournalRow(update_id, self._clock(), None))
        if len(self._journal_pending) >= JOURNAL_BATCH:
            self.flush_journal()
        if self._clock() - self._last_purge >= PURGE_EVERY:
            self.purge()

    def flush_journal(self) -> None:
        """Write the journal rows waiting, in one transaction."""
        if self._journal_pending:
            rows, self._journal_pending = self._journal_pending, []
            self.db.write_all(rows)

    def journal_ids(self) -> set[int]:
        """Every update id the journal holds, answered or not (a restart drops their redelivery)."""
        self.flush_journal()
        return self.db.read(lambda conn: {row[0] for row in conn.execute("SELECT update_id FROM journal")}, set())

    def unanswered_updates(self) -> list[tuple[int, str]]:
        """(update_id, payload) of updates received and never answered, oldest first."""
        self.flush_journal()
        sql = "SELECT update_id, payload FROM journal WHERE done = 0 AND payload IS NOT NULL ORDER BY update_id"
        return self.db.read(lambda conn: conn.execute(sql).fetchall(), [])

    def review(self, days: int | None = None, limit: int | None = None) -> list[ReviewRow]:
        """The latest questions an admin may teach the bot (no answer, only "did you mean", or an
        answer voted 👎), newest first, without those dismissed; with the entry picked, if any."""
        since = self._since(days)
        limit = UNMATCHED_SCAN if limit is None else limit
        where, args = ("AND q.asked_at >= ?", (since,)) if since is not None else ("", ())
        sql = ("SELECT q.text, q.normalized, q.asked_at, q.decision, q.entry_id,"
               " (SELECT p.entry_id FROM picks p WHERE p.ref = q.ref ORDER BY p.picked_at DESC LIMIT 1)"
               " FROM questions q WHERE (q.decision IN ('none', 'suggest')"
               " OR (q.decision = 'answer' AND q.ref IS NOT NULL AND EXISTS"
               "  (SELECT 1 FROM answer_votes v WHERE v.ref = q.ref AND v.helpful = 0)))"
               " AND (q.normalized IS NULL OR q.normalized NOT IN (SELECT normalized FROM dismissed))"
               f" {where} ORDER BY q.asked_at DESC, q.id DESC LIMIT {int(limit)}")
        return self.db.read(lambda conn: [ReviewRow(*row) for row in conn.execute(sql, args)], [])

    def flush(self) -> None:
        self.flush_journal()
        self.db.flush()

    def close(self) -> None:
        self.flush_journal()
        self.db.close()

    def stats(self, days: int | None = None) -> Stats:
        """Counts for the last `days` days (None = all time); zeros when the database is unusable."""
        since = self._since(days)
        return self.db.read(lambda conn: _read_stats(conn, days, since), empty_stats(days))

    def unmatched(self, days: int | None = None, limit: int | None = None) -> list[UnmatchedRow]:
        """The latest `limit` (default UNMATCHED_SCAN) questions answered "none" in the window, newest
        first, without those an admin set aside or taught (see dismiss())."""
        since = self._since(days)
        limit = UNMATCHED_SCAN if limit is None else limit
        where, args = ("AND asked_at >= ?", (since,)) if since is not None else ("", ())
        sql = (f"SELECT text, normalized, asked_at FROM questions WHERE decision = 'none' {where}"
               " AND (normalized IS NULL OR normalized NOT IN (SELECT normalized FROM dismissed))"
               f" ORDER BY asked_at DESC, id DESC LIMIT {int(limit)}")
        return self.db.read(lambda conn: [UnmatchedRow(*row) for row in conn.execute(sql, args)], [])

    def purge(self) -> int:
        """Delete questions older than retention_days; how many (0 when unusable)."""
        with self.db.lock:
            conn = self.db.connection() if self.db.usable else None
            if conn is None:
                return 0
            try:
                return self._delete_old(conn)
            except sqlite3.Error as err:
                self.db.fail(err, "purged")
                return 0

    def _since(self, days: int | None) -> float | None:
        if days is None:
            return None
        if days < 1:
            raise ValueError(f"days must be 1 or more (or None for all time), got {days!r}")
        return self._clock() - days * _DAY

    def _opened(self, conn: sqlite3.Connection) -> None:
        row = conn.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
        if row and row[0]:
            self._salt = str(row[0])
        else:  # someone deleted it
            self._salt = secrets.token_hex(16)
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('salt', ?)", (self._salt,))
        if self._purge_on_open:
            self._delete_old(conn)

    def _delete_old(self, conn: sqlite3.Connection) -> int:
        self._last_purge = self._clock()
        cutoff = self._clock() - self.retention_days * _DAY
        with transaction(conn):
            deleted = max(conn.execute("DELETE FROM questions WHERE asked_at < ?", (cutoff,)).rowcount, 0)
            conn.execute("DELETE FROM picks WHERE picked_at < ?", (cutoff,))
            conn.execute("DELETE FROM answer_votes WHERE voted_at < ?", (cutoff,))
            conn.execute("DELETE FROM offers WHERE created_at < ?", (cutoff,))
            conn.execute("DELETE FROM journal WHERE done = 1 AND received_at < ?", (self._clock() - JOURNAL_KEEP,))
        if deleted:
            logger.info("Question log %s: purged %d questions older than %d days",
                        self.path, deleted, self.retention_days)
        return deleted

    def _write_row(self, conn: sqlite3.Connection,
                   row: QuestionRow | VoteRow | PickRow | DismissRow | RestoreRow | Offer | JournalRow) -> bool | None:
        if isinstance(row, QuestionRow):
            conn.execute("INSERT INTO questions(asked_at, text, decision, entry_id, score, normalized, ref)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (row.asked_at, row.text, row.decision.value, row.entry_id, row.score, row.normalized, row.ref))
            return None
        if isinstance(row, PickRow):
            conn.execute("INSERT INTO picks(ref, entry_id, picked_at) VALUES (?, ?, ?)",
                         (row.ref, row.entry_id, row.picked_at))
            return None
        if isinstance(row, DismissRow):
            # A teach (edit set) never overwrites a "Not for the FAQ" (edit NULL): undoing the teach
            # must not bring back what an admin set aside for good.
            keep_set_aside = " WHERE dismissed.edit IS NOT NULL" if row.edit is not None else ""
            conn.executemany("INSERT INTO dismissed(normalized, dismissed_at, edit) VALUES (?, ?, ?)"
                             " ON CONFLICT(normalized) DO UPDATE SET dismissed_at = excluded.dismissed_at,"
                             f" edit = excluded.edit{keep_set_aside}",
                             [(form, row.dismissed_at, row.edit) for form in row.forms])
            return None
        if isinstance(row, RestoreRow):
            if row.edit is not None:
                conn.execute("DELETE FROM dismissed WHERE edit = ?", (row.edit,))
            # Only taught ones: what an admin set aside as "Not for the FAQ" (edit NULL) stays aside.
            conn.executemany("DELETE FROM dismissed WHERE normalized = ? AND edit IS NOT NULL",
                             [(form,) for form in row.forms])
            return None
        if isinstance(row, JournalRow):
            if row.payload is None:
                conn.execute("UPDATE journal SET payload = NULL, done = 1 WHERE update_id = ?", (row.update_id,))
            else:
                conn.execute("INSERT OR IGNORE INTO journal(update_id, received_at, payload) VALUES (?, ?, ?)",
                             (row.update_id, row.received_at, row.payload))
            return True
        if isinstance(row, Offer):
            conn.execute("INSERT OR REPLACE INTO offers(token, question, forms, digest, created_at)"
                         " VALUES (?, ?, ?, ?, ?)",
                         (row.token, row.question, json.dumps(list(row.forms)), row.digest, row.created_at))
            return None
        voter = voter_hash(self._salt, row.user_id)
        if row.ref:
            conn.execute("INSERT OR REPLACE INTO answer_votes(ref, voter, helpful, voted_at) VALUES (?, ?, ?, ?)",
                         (row.ref, voter, int(row.helpful), row.voted_at))
        existed = conn.execute("SELECT 1 FROM votes WHERE voter = ? AND entry_id = ?",
                               (voter, row.entry_id)).fetchone() is not None
        conn.execute("INSERT INTO votes(voter, entry_id, helpful, voted_at) VALUES (?, ?, ?, ?)"
                     " ON CONFLICT(voter, entry_id) DO UPDATE SET helpful = excluded.helpful,"
                     " voted_at = excluded.voted_at", (voter, row.entry_id, int(row.helpful), row.voted_at))
        return existed


def _read_stats(conn: sqlite3.Connection, days: int | None, since: float | None) -> Stats:
    """Run the stats queries inside one read transaction, so the figures agree."""
    q_where, q_args = ("AND asked_at >= ?", (since,)) if since is not None else ("", ())
    v_where, v_args = ("WHERE voted_at >= ?", (since,)) if since is not None else ("", ())
    conn.execute("BEGIN")
    try:
        by_decision = {kind.value: 0 for kind in Kind}
        by_decision.update(conn.execute(
            f"SELECT decision, COUNT(*) FROM questions WHERE 1 {q_where} GROUP BY decision", q_args))
        top_entries = [(str(entry), count) for entry, count in conn.execute(
            "SELECT entry_id, COUNT(*) AS n FROM questions"
            f" WHERE entry_id IS NOT NULL AND decision IN ('answer', 'urgent') {q_where}"
            f" GROUP BY entry_id ORDER BY n DESC, entry_id LIMIT {TOP_N}", q_args)]
        top_unmatched = [(str(text), count) for text, count, _ in conn.execute(
            "SELECT normalized, COUNT(*) AS n, MAX(asked_at) AS latest FROM questions"
            f" WHERE decision = 'none' AND normalized IS NOT NULL AND normalized != '' {q_where}"
            " AND normalized NOT IN (SELECT normalized FROM dismissed)"
            f" GROUP BY normalized ORDER BY n DESC, latest DESC LIMIT {TOP_N}", q_args)]
        helpfulness = {str(entry): (int(up), int(down)) for entry, up, down in conn.execute(
            "SELECT entry_id, SUM(helpful != 0), SUM(helpful = 0) FROM votes"
            f" {v_where} GROUP BY entry_id ORDER BY COUNT(*) DESC, entry_id", v_args)}
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")
    return Stats(days, sum(by_decision.values()), by_decision, top_entries, top_unmatched, helpfulness)
