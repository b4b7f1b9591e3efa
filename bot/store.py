"""Question log, helpfulness votes, stats and unanswered-question grouping, kept in SQLite.

The Store never raises because of the database: when the file cannot be opened or
written it logs the problem once, keeps the unwritten rows in a bounded in-memory
queue and retries every few seconds, so the bot keeps answering either way.
"""
from __future__ import annotations

import hashlib
import logging
import math
import secrets
import sqlite3
import threading
import time
import unicodedata
from collections import Counter, defaultdict, deque
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from rapidfuzz import fuzz, process

logger = logging.getLogger(__name__)

DECISIONS = ("answer", "suggest", "none", "urgent", "smalltalk")
SCHEMA_VERSION = 2

MAX_TEXT = 1000  # characters of a question kept; enough for any real question
BATCH_MAX = 100  # questions written in one commit at most, when batching
MAX_QUEUE = 10_000  # unwritten rows kept in memory while the database is unusable
RETRY_SECONDS = 5.0  # how often an unusable database is tried again
PURGE_EVERY = 3600.0  # seconds between automatic purges from log_question
BUSY_TIMEOUT_MS = 1000  # the bot's event loop waits at most this long for a lock
TOP_N = 10
GROUP_SCAN = 5000  # unmatched rows looked at when grouping
GROUP_THRESHOLD = 85.0
_DAY = 86400.0

# Words that carry no topic in a runner's question; dropping them lets "how do I stop
# chafing" and "how to stop chafing" (token_sort_ratio 80) land in one group.
# Negations are deliberately absent: "can I run" and "can't I run" differ.
_FILLER = frozenset(
    "a an the how what why when where which who whom is are am was were be do does did "
    "can could should would will shall may might must i me my mine you your we our it its "
    "to please anyone someone any tips advice".split()
)


@dataclass(frozen=True)
class Stats:
    days: int | None  # the window asked for (None = all time)
    total: int
    by_decision: dict[str, int]  # every name in DECISIONS present, 0 when none
    top_entries: list[tuple[str, int]]  # entry id, times answered, most first, at most 10
    top_unmatched: list[tuple[str, int]]  # normalised question text, count, at most 10
    helpfulness: dict[str, tuple[int, int]]  # entry id -> (helpful votes, unhelpful votes)


@dataclass(frozen=True)
class UnansweredGroup:
    representative: str  # the most frequent (then latest) text of the group
    texts: list[str]  # distinct texts in the group, most recent first
    count: int  # questions in the group
    latest: float  # unix time of the latest


class _TooNew(Exception):
    """The database was written by a newer version of the bot."""

    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version} is newer than {SCHEMA_VERSION}")
        self.version = version


def normalize(text: str) -> str:
    """Lowercase, collapse whitespace and trim punctuation off every word."""
    words = (_trim_punctuation(word) for word in text.casefold().split())
    return " ".join(word for word in words if word)


def _trim_punctuation(word: str) -> str:
    """Strip Unicode punctuation from both ends of one word ("chafing??" -> "chafing")."""
    start, end = 0, len(word)
    while start < end and unicodedata.category(word[start]).startswith("P"):
        start += 1
    while end > start and unicodedata.category(word[end - 1]).startswith("P"):
        end -= 1
    return word[start:end]


def empty_stats(days: int | None = None) -> Stats:
    """Stats with every figure zero, for an empty or unusable database."""
    return Stats(days, 0, {name: 0 for name in DECISIONS}, [], [], {})


# --- schema -------------------------------------------------------------------------


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    """Create the original tables."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS questions (id INTEGER PRIMARY KEY, asked_at REAL NOT NULL,"
        " text TEXT NOT NULL, decision TEXT NOT NULL, entry_id TEXT, score REAL)"
    )
    conn.execute(
        "CREATE TABLE IF NOT EXISTS votes (voter TEXT NOT NULL, entry_id TEXT NOT NULL,"
        " helpful INTEGER NOT NULL, voted_at REAL NOT NULL, PRIMARY KEY (voter, entry_id))"
    )


def _migrate_to_2(conn: sqlite3.Connection) -> None:
    """Add questions.normalized (backfilled), the time indexes and the salted meta table."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(questions)")}
    if "normalized" not in columns:
        conn.execute("ALTER TABLE questions ADD COLUMN normalized TEXT")
    conn.execute("UPDATE questions SET normalized = faq_normalize(text) WHERE normalized IS NULL")
    conn.execute("CREATE INDEX IF NOT EXISTS questions_asked_at ON questions(asked_at)")
    conn.execute("CREATE INDEX IF NOT EXISTS questions_decision ON questions(decision, asked_at)")
    conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('salt', ?)", (secrets.token_hex(16),))


# MIGRATIONS[i] takes a database from user_version i to i + 1.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_migrate_to_1, _migrate_to_2)
assert len(MIGRATIONS) == SCHEMA_VERSION


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block in one write transaction, rolled back if anything fails."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the connection is dropped right after; nothing more to save
        raise


# --- the store ----------------------------------------------------------------------


class Store:
    """The bot's question log and helpfulness votes in one SQLite file.

    With enabled=False no question text is stored (log_question does nothing), but
    votes still are, since a vote carries no text and no user id, only a salted hash;
    stats and unanswered keep working on whatever the file already holds, and old
    rows are still purged.

    One connection serves every call, guarded by a lock; calls are synchronous and
    meant to be quick enough for the bot's event loop.
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
        """Open (creating or upgrading) the database at `path`; never raises for database trouble.

        With `batch_seconds` > 0, logged questions are written together, at most that long after
        the first of them (or sooner when BATCH_MAX are waiting, or on flush(), a read or close()):
        one commit for many questions keeps a busy bot fast.
        """
        if retention_days < 1:
            raise ValueError(f"retention_days must be 1 or more, got {retention_days!r}")
        self._path = str(path)
        self.enabled = enabled
        self.retention_days = retention_days
        self._clock = clock
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._salt: str | None = None
        self._failing = False  # a warning has been logged and not yet followed by recovery
        self._refused = False  # schema too new: never touch this file
        self._closed = False
        self._next_try = -math.inf
        self._last_purge = -math.inf
        # Queued items hold the raw user id of a vote only in memory: the salt of the
        # database that finally takes the row is not known until it opens.
        self._queue: deque[tuple] = deque(maxlen=MAX_QUEUE)
        self._dropped = 0
        self._batch_seconds = batch_seconds
        self._purge_on_open = purge  # a report only reads: it must not delete what the bot keeps
        self._pending: list[tuple] = []
        self._pending_since = 0.0
        with self._lock:
            self._connection()

    # -- public API --

    @property
    def healthy(self) -> bool:
        """False while the database cannot be used."""
        return self._conn is not None and not self._failing and not self._refused and not self._closed

    @property
    def path(self) -> str:
        """The database file this store uses."""
        return self._path

    def log_question(self, text: str, decision: str, entry_id: str | None, score: float | None) -> None:
        """Record one question and how it was handled; does nothing when logging is disabled."""
        if decision not in DECISIONS:
            raise ValueError(f"decision must be one of {', '.join(DECISIONS)}, got {decision!r}")
        if not self.enabled:
            return
        text = text.strip()[:MAX_TEXT]
        row = ("q", self._clock(), text, normalize(text), decision, entry_id, score)
        with self._lock:
            if self._closed or self._refused:
                return
            if self._batch_seconds > 0:
                if not self._pending:
                    self._pending_since = row[1]
                self._pending.append(row)
                if len(self._pending) < BATCH_MAX and row[1] - self._pending_since < self._batch_seconds:
                    return
                rows, self._pending = self._pending, []
            else:
                rows = [row]
            if not self._write(rows):
                return
            if self._clock() - self._last_purge >= PURGE_EVERY:
                self._purge()

    def vote(self, user_id: int, entry_id: str, helpful: bool) -> bool:
        """Record a user's 👍/👎 on an entry; True if it replaced that user's earlier vote on it.

        A vote that has to wait in the memory queue returns False.
        """
        with self._lock:
            if self._closed or self._refused:
                return False
            conn = self._connection()
            if conn is None:
                self._enqueue(("v", self._clock(), int(user_id), entry_id, bool(helpful)))
                return False
            try:
                with _transaction(conn):
                    return self._insert_vote(conn, self._clock(), int(user_id), entry_id, bool(helpful))
            except sqlite3.Error as err:
                self._fail(err, "written")
                self._enqueue(("v", self._clock(), int(user_id), entry_id, bool(helpful)))
                return False

    def flush(self) -> None:
        """Write the questions waiting in a batch now."""
        with self._lock:
            if self._pending and not self._closed and not self._refused:
                rows, self._pending = self._pending, []
                self._write(rows)

    def stats(self, days: int | None = None) -> Stats:
        """Counts for the last `days` days (None = all time); zeros when the database is unusable."""
        self.flush()
        since = self._since(days)
        with self._lock:
            conn = None if self._closed or self._refused else self._connection()
            if conn is None:
                return empty_stats(days)
            try:
                return self._read_stats(conn, days, since)
            except sqlite3.Error as err:
                self._fail(err, "read")
                return empty_stats(days)

    def unanswered(self, limit: int = 20, days: int | None = None) -> list[UnansweredGroup]:
        """Questions nothing matched (decision "none"), near-duplicates grouped, most frequent first."""
        self.flush()
        since = self._since(days)
        with self._lock:
            conn = None if self._closed or self._refused else self._connection()
            if conn is None:
                return []
            try:
                rows = self._read_unmatched(conn, since)
            except sqlite3.Error as err:
                self._fail(err, "read")
                return []
        # Grouping is pure Python on a copy, so it runs outside the lock.
        return group_questions(rows)[: max(limit, 0)]

    def purge(self) -> int:
        """Delete questions older than retention_days; return how many (0 when unusable)."""
        with self._lock:
            if self._closed or self._refused or self._connection() is None:
                return 0
            return self._purge()

    def close(self) -> None:
        """Close the database; rows still queued are lost, which is logged."""
        self.flush()
        with self._lock:
            if self._closed:
                return
            if self._queue and not self._refused:
                self._connection()  # one last chance (if the retry timer allows) to flush
            if self._queue:
                logger.warning(
                    "Question log %s closed with %d rows it could not write; they are lost",
                    self._path,
                    len(self._queue),
                )
            self._drop_connection()
            self._closed = True

    # -- connection handling --

    def _connection(self) -> sqlite3.Connection | None:
        """The open connection, (re)opening it if the retry timer allows; None when unusable."""
        if self._conn is not None:
            return self._conn
        if self._refused or self._closed or self._clock() < self._next_try:
            return None
        try:
            conn = self._open()
        except _TooNew as err:
            self._refused = True
            logger.error(
                "Question log %s has %s; leaving it untouched and running without a question log",
                self._path,
                err,
            )
            return None
        except (sqlite3.Error, OSError, ValueError) as err:
            self._fail(err, "opened")
            return None
        self._conn = conn
        if self._queue and not self._flush(conn):
            return None
        if self._failing:
            logger.info("Question log %s is usable again", self._path)
            self._failing = False
        return conn

    def _open(self) -> sqlite3.Connection:
        """Connect, refuse a too-new schema, switch to WAL, migrate, load the salt and purge."""
        conn = sqlite3.connect(
            self._path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
            # Read the version before anything that writes (WAL switch, migrations),
            # so a newer bot's database is never modified. This also fails fast on a
            # file that is not a database.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise _TooNew(version)
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                logger.debug("Question log %s runs in journal mode %s, not WAL", self._path, mode)
            # In WAL mode NORMAL cannot corrupt the file; it only risks the last commits on power loss.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.create_function("faq_normalize", 1, normalize, deterministic=True)
            self._migrate(conn)
            self._salt = self._load_salt(conn)
            if self._purge_on_open:
                self._last_purge = self._clock()
                self._delete_old(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Bring the schema up to SCHEMA_VERSION in one transaction."""
        if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return
        with _transaction(conn):
            # Read again under the write lock: another process may have migrated meanwhile.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise _TooNew(version)
            for step in range(version, SCHEMA_VERSION):
                MIGRATIONS[step](conn)
            if version < SCHEMA_VERSION:
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                if version:
                    logger.info("Question log %s upgraded from schema %d to %d", self._path, version, SCHEMA_VERSION)
                else:
                    logger.info("Question log %s created (schema %d)", self._path, SCHEMA_VERSION)

    @staticmethod
    def _load_salt(conn: sqlite3.Connection) -> str:
        """The database's voter salt, created if someone deleted it."""
        row = conn.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
        if row and row[0]:
            return str(row[0])
        salt = secrets.token_hex(16)
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('salt', ?)", (salt,))
        return salt

    def _fail(self, err: BaseException, action: str) -> None:
        """Note a database failure: warn once per outage, drop the connection, schedule a retry."""
        if not self._failing:
            logger.warning(
                "Question log %s cannot be %s: %s: %s; keeping up to %d unwritten rows in memory "
                "and retrying every %g s",
                self._path,
                action,
                type(err).__name__,
                err,
                MAX_QUEUE,
                RETRY_SECONDS,
            )
        else:
            logger.debug("Question log %s still unusable: %s", self._path, err)
        self._failing = True
        self._drop_connection()
        self._next_try = self._clock() + RETRY_SECONDS

    def _drop_connection(self) -> None:
        """Close the connection, ignoring errors from a database that is already broken."""
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None

    # -- writing --

    def _write(self, items: list[tuple]) -> bool:
        """Write `items` now, or queue them if the database is unusable; True if written."""
        conn = self._connection()
        if conn is None:
            for item in items:
                self._enqueue(item)
            return False
        if not self._write_all(conn, items):
            for item in items:
                self._enqueue(item)
            return False
        return True

    def _write_all(self, conn: sqlite3.Connection, items: list[tuple]) -> bool:
        """Write `items` in one transaction; False (the failure handled) if the database refused."""
        try:
            with _transaction(conn):
                for item in items:
                    self._write_item(conn, item)
        except sqlite3.Error as err:
            self._fail(err, "written")
            return False
        return True

    def _flush(self, conn: sqlite3.Connection) -> bool:
        """Write every queued row in one transaction; True if the queue is now empty."""
        items = list(self._queue)
        if not self._write_all(conn, items):
            return False
        self._queue.clear()
        logger.info(
            "Question log %s: wrote %d queued rows%s",
            self._path,
            len(items),
            f" ({self._dropped} older rows were dropped)" if self._dropped else "",
        )
        self._dropped = 0
        return True

    def _enqueue(self, item: tuple) -> None:
        """Keep an unwritten row in memory, dropping the oldest beyond MAX_QUEUE."""
        if len(self._queue) >= MAX_QUEUE:
            if not self._dropped:
                logger.warning(
                    "Question log %s: %d rows are waiting in memory; dropping the oldest from now on",
                    self._path,
                    MAX_QUEUE,
                )
            self._dropped += 1
        self._queue.append(item)

    def _write_item(self, conn: sqlite3.Connection, item: tuple) -> None:
        """Insert one queued question or vote."""
        if item[0] == "q":
            _, asked_at, text, normalized, decision, entry_id, score = item
            conn.execute(
                "INSERT INTO questions(asked_at, text, decision, entry_id, score, normalized)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (asked_at, text, decision, entry_id, score, normalized),
            )
        else:
            _, voted_at, user_id, entry_id, helpful = item
            self._insert_vote(conn, voted_at, user_id, entry_id, helpful)

    def _insert_vote(
        self, conn: sqlite3.Connection, voted_at: float, user_id: int, entry_id: str, helpful: bool
    ) -> bool:
        """Upsert one vote under its salted voter hash; True if one was already there."""
        voter = voter_hash(self._salt or "", user_id)
        existed = (
            conn.execute("SELECT 1 FROM votes WHERE voter = ? AND entry_id = ?", (voter, entry_id)).fetchone()
            is not None
        )
        conn.execute(
            "INSERT INTO votes(voter, entry_id, helpful, voted_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(voter, entry_id) DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at",
            (voter, entry_id, int(helpful), voted_at),
        )
        return existed

    def _purge(self) -> int:
        """Delete old questions on the open connection, handling failure; return how many."""
        conn = self._conn
        if conn is None:
            return 0
        self._last_purge = self._clock()
        try:
            return self._delete_old(conn)
        except sqlite3.Error as err:
            self._fail(err, "purged")
            return 0

    def _delete_old(self, conn: sqlite3.Connection) -> int:
        """Delete questions asked before the retention window; return how many."""
        cutoff = self._clock() - self.retention_days * _DAY
        with _transaction(conn):
            deleted = conn.execute("DELETE FROM questions WHERE asked_at < ?", (cutoff,)).rowcount
        if deleted:
            logger.info(
                "Question log %s: purged %d questions older than %d days", self._path, deleted, self.retention_days
            )
        return max(deleted, 0)

    # -- reading --

    def _since(self, days: int | None) -> float | None:
        """The start of a `days` window as unix time, or None for all time."""
        if days is None:
            return None
        if days < 1:
            raise ValueError(f"days must be 1 or more (or None for all time), got {days!r}")
        return self._clock() - days * _DAY

    @staticmethod
    def _read_stats(conn: sqlite3.Connection, days: int | None, since: float | None) -> Stats:
        """Run the stats queries inside one read transaction, so the figures agree."""
        q_where, q_args = ("AND asked_at >= ?", (since,)) if since is not None else ("", ())
        v_where, v_args = ("WHERE voted_at >= ?", (since,)) if since is not None else ("", ())
        conn.execute("BEGIN")
        try:
            by_decision = {name: 0 for name in DECISIONS}
            for decision, count in conn.execute(
                f"SELECT decision, COUNT(*) FROM questions WHERE 1 {q_where} GROUP BY decision", q_args
            ):
                by_decision[decision] = count
            top_entries = [
                (str(entry), count)
                for entry, count in conn.execute(
                    "SELECT entry_id, COUNT(*) AS n FROM questions"
                    f" WHERE entry_id IS NOT NULL AND decision IN ('answer', 'urgent') {q_where}"
                    f" GROUP BY entry_id ORDER BY n DESC, entry_id LIMIT {TOP_N}",
                    q_args,
                )
            ]
            top_unmatched = [
                (str(text), count)
                for text, count, _ in conn.execute(
                    "SELECT normalized, COUNT(*) AS n, MAX(asked_at) AS latest FROM questions"
                    f" WHERE decision = 'none' AND normalized IS NOT NULL AND normalized != '' {q_where}"
                    f" GROUP BY normalized ORDER BY n DESC, latest DESC LIMIT {TOP_N}",
                    q_args,
                )
            ]
            helpfulness = {
                str(entry): (int(up), int(down))
                for entry, up, down in conn.execute(
                    "SELECT entry_id, SUM(helpful != 0), SUM(helpful = 0) FROM votes"
                    f" {v_where} GROUP BY entry_id ORDER BY COUNT(*) DESC, entry_id",
                    v_args,
                )
            }
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")
        return Stats(days, sum(by_decision.values()), by_decision, top_entries, top_unmatched, helpfulness)

    @staticmethod
    def _read_unmatched(conn: sqlite3.Connection, since: float | None) -> list[tuple[str, str | None, float]]:
        """The latest GROUP_SCAN unmatched questions of the window, newest first."""
        where, args = ("AND asked_at >= ?", (since,)) if since is not None else ("", ())
        return conn.execute(
            f"SELECT text, normalized, asked_at FROM questions WHERE decision = 'none' {where}"
            f" ORDER BY asked_at DESC, id DESC LIMIT {GROUP_SCAN}",
            args,
        ).fetchall()


def voter_hash(salt: str, user_id: int) -> str:
    """The stored identity of a voter: sha256(salt + user id) in hex."""
    return hashlib.sha256((salt + str(user_id)).encode("utf-8")).hexdigest()


# --- grouping -----------------------------------------------------------------------


def group_questions(rows: Iterable[tuple[str, str | None, float]]) -> list[UnansweredGroup]:
    """Cluster (text, normalized, asked_at) rows, newest first, into groups of near-duplicates.

    Identical normalised texts count as one form. Forms are taken most frequent (then
    latest) first; each joins the earliest group whose leading form it matches
    (token_sort_ratio >= 85 on the normalised text or on it without filler words, or one
    contained in the other when the shorter has 3+ words) or else starts a new group.
    Comparing with the leader only, not every member, stops groups drifting by chains.
    """
    counts: Counter[str] = Counter()
    latest: dict[str, float] = {}
    wording: dict[str, str] = {}  # normalised form -> its most recent original text
    for text, normalized, asked_at in rows:
        form = normalized if normalized is not None else normalize(text)
        if not form:
            continue  # nothing but punctuation: no question to group
        counts[form] += 1
        if form not in latest or asked_at > latest[form]:
            latest[form] = asked_at
            wording[form] = text
    forms = sorted(counts, key=lambda f: (-counts[f], -latest[f], f))
    clusters = _cluster(forms)
    groups = []
    for members in clusters:
        lead = members[0]
        by_recency = sorted(members, key=lambda f: (-latest[f], f))
        groups.append(
            UnansweredGroup(
                representative=wording[lead],
                texts=[wording[f] for f in by_recency],
                count=sum(counts[f] for f in members),
                latest=max(latest[f] for f in members),
            )
        )
    groups.sort(key=lambda g: (-g.count, -g.latest))
    return groups


def _cluster(forms: Sequence[str]) -> list[list[str]]:
    """Greedy leader clustering of distinct normalised forms, in the order given."""
    # ratio() on space-joined sorted tokens is exactly token_sort_ratio; sorting once
    # per form instead of once per comparison keeps 5,000 forms around a second at worst.
    df = Counter(word for form in forms for word in set(form.split()))
    sorted_index, key_index = _LengthIndex(), _LengthIndex()
    leaders: list[str] = []
    clusters: list[list[str]] = []
    by_word: defaultdict[str, list[int]] = defaultdict(list)  # word -> leaders containing it
    by_rarest: defaultdict[str, list[int]] = defaultdict(list)  # rarest word -> containable leaders

    for form in forms:
        words = form.split()
        sorted_form = " ".join(sorted(words))
        key = " ".join(sorted(w for w in words if w not in _FILLER)) or sorted_form
        matches = sorted_index.matches(sorted_form) | key_index.matches(key)
        if len(words) >= 3:
            matches |= _containing(form, words, leaders, by_word, by_rarest, df)
        if matches:
            clusters[min(matches)].append(form)
            continue
        index = len(leaders)
        leaders.append(form)
        clusters.append([form])
        sorted_index.add(sorted_form, index)
        key_index.add(key, index)
        for word in set(words):
            by_word[word].append(index)
        if _containable(words):
            by_rarest[min(words, key=lambda w: (df[w], w))].append(index)
    return clusters


def _containable(words: Sequence[str]) -> bool:
    """Whether a form may be matched by containment: 3+ words, 2+ of them not filler.

    The second condition keeps a bare "how do i" from swallowing every "how do i ..." question.
    """
    return len(words) >= 3 and sum(word not in _FILLER for word in words) >= 2


def _containing(
    form: str,
    words: list[str],
    leaders: list[str],
    by_word: dict[str, list[int]],
    by_rarest: dict[str, list[int]],
    df: Counter[str],
) -> set[int]:
    """Leaders that contain `form` as whole words, or are contained in it (the shorter containable)."""
    padded = f" {form} "
    found = set()
    if _containable(words):
        # A leader containing form must contain form's rarest word.
        for index in by_word.get(min(words, key=lambda w: (df[w], w)), ()):
            if padded in f" {leaders[index]} ":
                found.add(index)
    # A containable leader inside form has its rarest word among form's words.
    for word in set(words):
        for index in by_rarest.get(word, ()):
            if f" {leaders[index]} " in padded:
                found.add(index)
    return found


class _LengthIndex:
    """Leader strings bucketed by length, so a query is only scored against lengths that can reach the threshold."""

    _WIDTH = 4  # characters per bucket: few enough extract() calls, few wasted comparisons

    def __init__(self) -> None:
        """Start empty."""
        self._buckets: defaultdict[int, tuple[list[str], list[int]]] = defaultdict(lambda: ([], []))

    def add(self, text: str, index: int) -> None:
        """Remember leader `index` under `text`."""
        strings, indexes = self._buckets[len(text) // self._WIDTH]
        strings.append(text)
        indexes.append(index)

    def matches(self, query: str) -> set[int]:
        """Indexes of leaders whose text scores fuzz.ratio >= GROUP_THRESHOLD with `query`."""
        # ratio = 2*common / (len_a + len_b) caps the other length at these bounds.
        share = GROUP_THRESHOLD / 100
        low = math.floor(len(query) * share / (2 - share))
        high = math.ceil(len(query) * (2 - share) / share)
        found = set()
        for bucket in range(low // self._WIDTH, high // self._WIDTH + 1):
            if bucket not in self._buckets:
                continue
            strings, indexes = self._buckets[bucket]
            for _, _, position in process.extract(
                query, strings, scorer=fuzz.ratio, score_cutoff=GROUP_THRESHOLD, limit=None
            ):
                found.add(indexes[position])
        return found
