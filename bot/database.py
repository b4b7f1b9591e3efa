"""One SQLite file that never stops the bot: opening, migrations, batched writes and outages.

When the file cannot be opened or written, `Database` logs the problem once, keeps the unwritten
rows in a bounded in-memory queue and tries again every RETRY_SECONDS, so the bot keeps answering
either way. Rows are any objects; the owner's `write_row(conn, row)` says how each is stored.
"""
from __future__ import annotations

import logging
import math
import os
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

MAX_QUEUE = 10_000      # unwritten rows kept in memory while the database is unusable
RETRY_SECONDS = 5.0     # how often an unusable database is tried again
BATCH_MAX = 100         # batched rows written in one commit at most
BUSY_TIMEOUT_MS = 1000  # the bot's event loop waits at most this long for a lock
# SQLite's page cache, in KiB. Its default (2 MiB) fills up as the log grows and stays in memory, yet
# most writes go to the tables' last pages, a ref or a vote lands on one index page, and reads are
# rare (reports, /stats): what the cache misses comes from the OS's file cache, one read per page.
CACHE_KIB = 256

T = TypeVar("T")
Migration = Callable[[sqlite3.Connection], None]


def _create_private(path: str) -> None:
    """Create the database file readable and writable by its owner only (0600) when it does not exist yet: it holds
    what people asked (a thirteenth new user found it readable by every user of the machine). SQLite gives its -wal
    and -shm files the database file's permissions. Nothing for ":memory:" or a file that exists (its mode is the
    admin's)."""
    if path == ":memory:" or path.startswith("file:") or os.path.exists(path):
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError:
        pass  # made meanwhile, or a folder that is missing or not writable: sqlite3 reports that as it always did


class TooNew(Exception):
    """The database was written by a newer version of the bot."""

    def __init__(self, version: int, supported: int) -> None:
        super().__init__(f"schema version {version} is newer than {supported}")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
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


class Database:
    """A connection that reopens itself, with a batch of rows waiting and a queue for outages.

    `migrations[i]` takes the schema from user_version i to i + 1. `on_open(conn)` runs after
    every (re)open, once the schema is current. With `batch_seconds` > 0, rows given to add() are
    written together at most that long after the first of them (sooner when BATCH_MAX wait, on
    flush(), before every read and on close()). Thread-safe: one lock guards the connection.
    """

    def __init__(
        self,
        path: str,
        *,
        migrations: Sequence[Migration],
        write_row: Callable[[sqlite3.Connection, Any], object],
        clock: Callable[[], float] = time.time,
        batch_seconds: float = 0.0,
        on_open: Callable[[sqlite3.Connection], None] | None = None,
        functions: dict[str, Callable[..., Any]] | None = None,
    ) -> None:
        self.path = path
        self.lock = threading.RLock()
        self._migrations = tuple(migrations)
        self._write_row = write_row
        self._clock = clock
        self._batch_seconds = batch_seconds
        self._on_open = on_open
        self._functions = functions or {}
        self._conn: sqlite3.Connection | None = None
        self._failing = False  # a warning has been logged and not yet followed by recovery
        self._refused = False  # schema too new: never touch this file
        self._closed = False
        self._next_try = -math.inf
        self._queue: deque[Any] = deque(maxlen=MAX_QUEUE)
        self._dropped = 0
        self._batch: list[Any] = []
        self._batch_since = 0.0
        with self.lock:
            self.connection()

    @property
    def version(self) -> int:
        return len(self._migrations)

    @property
    def healthy(self) -> bool:
        """False while the database cannot be used."""
        return self._conn is not None and not self._failing and not self._refused and not self._closed

    @property
    def usable(self) -> bool:
        """False once closed, or refused for a newer schema: writes are then dropped."""
        return not (self._closed or self._refused)

    # -- writing --

    def add(self, row: Any) -> bool:
        """Store `row` (batched when batch_seconds > 0); True when a commit happened just now."""
        with self.lock:
            if not self.usable:
                return False
            if self._batch_seconds <= 0:
                return self._write([row])
            now = self._clock()
            if not self._batch:
                self._batch_since = now
            self._batch.append(row)
            if len(self._batch) < BATCH_MAX and now - self._batch_since < self._batch_seconds:
                return False
            rows, self._batch = self._batch, []
            return self._write(rows)

    def write_now(self, row: Any) -> object | None:
        """Write `row` at once and return what write_row returned; None when it had to be queued."""
        with self.lock:
            if not self.usable:
                return None
            conn = self.connection()
            if conn is not None:
                try:
                    with transaction(conn):
                        return self._write_row(conn, row)
                except sqlite3.Error as err:
                    self.fail(err, "written")
            self._enqueue(row)
            return None

    def write_all(self, rows: Sequence[Any]) -> bool:
        """Write `rows` at once in one transaction (queued in memory when the database is unusable)."""
        with self.lock:
            if not self.usable or not rows:
                return False
            return self._write(list(rows))

    def flush(self) -> None:
        """Write the rows waiting in a batch now."""
        with self.lock:
            if self._batch and self.usable:
                rows, self._batch = self._batch, []
                self._write(rows)

    def read(self, query: Callable[[sqlite3.Connection], T], default: T, action: str = "read") -> T:
        """`query(conn)` after writing the batch; `default` when the database is unusable or fails."""
        self.flush()
        with self.lock:
            conn = self.connection() if self.usable else None
            if conn is None:
                return default
            try:
                return query(conn)
            except sqlite3.Error as err:
                self.fail(err, action)
                return default

    def close(self) -> None:
        """Write the batch, then close; rows still queued are lost, which is logged."""
        self.flush()
        with self.lock:
            if self._closed:
                return
            if self._queue and not self._refused:
                self.connection()  # one last chance (if the retry timer allows) to flush
            if self._queue:
                logger.warning("Database %s closed with %d rows it could not write; they are lost",
                               self.path, len(self._queue))
            self._drop_connection()
            self._closed = True

    def _write(self, rows: list[Any]) -> bool:
        """Write `rows` in one transaction, or queue them if the database is unusable."""
        conn = self.connection()
        if conn is not None and self._write_all(conn, rows):
            return True
        for row in rows:
            self._enqueue(row)
        return False

    def _write_all(self, conn: sqlite3.Connection, rows: Sequence[Any]) -> bool:
        try:
            with transaction(conn):
                for row in rows:
                    self._write_row(conn, row)
        except sqlite3.Error as err:
            self.fail(err, "written")
            return False
        return True

    def _enqueue(self, row: Any) -> None:
        """Keep an unwritten row in memory, dropping the oldest beyond MAX_QUEUE."""
        if len(self._queue) >= MAX_QUEUE:
            if not self._dropped:
                logger.warning("Database %s: %d rows are waiting in memory; dropping the oldest from now on",
                               self.path, MAX_QUEUE)
            self._dropped += 1
        self._queue.append(row)

    # -- the connection --

    def connection(self) -> sqlite3.Connection | None:
        """The open connection, (re)opening it if the retry timer allows; None when unusable."""
        if self._conn is not None:
            return self._conn
        if not self.usable or self._clock() < self._next_try:
            return None
        try:
            conn = self._open()
        except TooNew as err:
            self._refused = True
            logger.error("Database %s has %s; leaving it untouched and running without it", self.path, err)
            return None
        except (sqlite3.Error, OSError, ValueError) as err:
            self.fail(err, "opened")
            return None
        self._conn = conn
        if self._queue:
            rows = list(self._queue)
            if not self._write_all(conn, rows):
                return None
            self._queue.clear()
            dropped = f" ({self._dropped} older rows were dropped)" if self._dropped else ""
            logger.info("Database %s: wrote %d queued rows%s", self.path, len(rows), dropped)
            self._dropped = 0
        if self._failing:
            logger.info("Database %s is usable again", self.path)
            self._failing = False
        return conn

    def _open(self) -> sqlite3.Connection:
        _create_private(self.path)
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # Read the version before anything that writes (WAL switch, migrations), so a newer
            # bot's database is never modified. This also fails fast on a file that is not a database.
            if self._user_version(conn) > self.version:
                raise TooNew(self._user_version(conn), self.version)
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                logger.debug("Database %s runs in journal mode %s, not WAL", self.path, mode)
            # In WAL mode NORMAL cannot corrupt the file; it only risks the last commits on power loss.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            for name, function in self._functions.items():
                conn.create_function(name, 1, function, deterministic=True)
            self._migrate(conn)
            if self._on_open is not None:
                self._on_open(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _user_version(conn: sqlite3.Connection) -> int:
        return conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Bring the schema up to date in one transaction."""
        if self._user_version(conn) == self.version:
            return
        with transaction(conn):
            # Read again under the write lock: another process may have migrated meanwhile.
            old = self._user_version(conn)
            if old > self.version:
                raise TooNew(old, self.version)
            for step in self._migrations[old:]:
                step(conn)
            conn.execute(f"PRAGMA user_version = {self.version}")
        if old == self.version:
            return
        if old:
            logger.info("Database %s upgraded from schema %d to %d", self.path, old, self.version)
        else:
            logger.info("Database %s created (schema %d)", self.path, self.version)

    def fail(self, err: BaseException, action: str) -> None:
        """Note a failure: warn once per outage, drop the connection, schedule a retry."""
        if not self._failing:
            logger.warning("Database %s cannot be %s: %s: %s; keeping up to %d unwritten rows in memory "
                           "and retrying every %g s", self.path, action, type(err).__name__, err,
                           MAX_QUEUE, RETRY_SECONDS)
        else:
            logger.debug("Database %s still unusable: %s", self.path, err)
        self._failing = True
        self._drop_connection()
        self._next_try = self._clock() + RETRY_SECONDS

    def _drop_connection(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass  # a database that is already broken
            self._conn = None
