"""Tests for bot.store and bot.database: the question log, votes, stats and resilience."""
from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

import pytest
from conftest import DAY, T0, FakeClock  # the `clock` fixture is in conftest too

from bot import database as database_module
from bot import store as store_module
from bot.decision import Kind
from bot.store import SCHEMA_VERSION, Store, normalize, voter_hash


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "faq.sqlite3"


@pytest.fixture
def store(db_path: Path, clock: FakeClock):
    s = Store(db_path, clock=clock)
    yield s
    s.close()


def warnings_from_store(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "bot.database" and r.levelno == logging.WARNING]


def raw_rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# --- logging and stats --------------------------------------------------------------


def test_stats_count_by_decision_and_window(store: Store, clock: FakeClock) -> None:
    store.log_question("old question", "none", None, None)
    clock.advance(10 * DAY)
    store.log_question("how far should I run", "answer", "distance", 91.0)
    store.log_question("runs and walks", "suggest", "run-walk", 70.0)
    store.log_question("chest pain while running", "urgent", "chest-pain", 95.0)
    store.log_question("hello", "smalltalk", None, None)
    store.log_question("xyzzy", "none", None, 12.0)

    all_time = store.stats()
    assert all_time.days is None
    assert all_time.total == 6
    assert all_time.by_decision == {"answer": 1, "suggest": 1, "none": 2, "urgent": 1, "smalltalk": 1}

    week = store.stats(7)
    assert week.days == 7
    assert week.total == 5
    assert week.by_decision["none"] == 1
    assert set(week.by_decision) == {kind.value for kind in Kind}


def test_stats_list_every_decision_even_when_empty(store: Store) -> None:
    stats = store.stats()
    assert stats.total == 0
    assert stats.by_decision == {kind.value: 0 for kind in Kind}
    assert stats.top_entries == [] and stats.top_unmatched == [] and stats.helpfulness == {}


def test_top_entries_count_answers_and_urgent_most_first_at_most_ten(store: Store) -> None:
    for _ in range(3):
        store.log_question("knee hurts", "answer", "knee", 90.0)
    for _ in range(2):
        store.log_question("chest pain", "urgent", "chest-pain", 99.0)
    for _ in range(5):
        store.log_question("shoes?", "suggest", "shoes", 70.0)  # a suggestion is not an answer
    store.log_question("call 911?", "urgent", None, None)  # urgent without an entry is not counted
    for i in range(12):
        store.log_question(f"entry {i}", "answer", f"e{i:02d}", 88.0)

    top = store.stats().top_entries
    assert top[:2] == [("knee", 3), ("chest-pain", 2)]
    assert len(top) == 10
    assert "shoes" not in dict(top)
    assert None not in dict(top)


def test_top_unmatched_uses_normalised_text(store: Store, clock: FakeClock) -> None:
    store.log_question("What about  HILLS?", "none", None, None)
    store.log_question("what about hills", "none", None, None)
    clock.advance(1)
    store.log_question("tempo runs?", "none", None, None)
    store.log_question("knee", "answer", "knee", 90.0)
    assert store.stats().top_unmatched == [("what about hills", 2), ("tempo runs", 1)]


def test_unknown_decision_is_rejected(store: Store) -> None:
    with pytest.raises(ValueError, match="decision must be one of"):
        store.log_question("hi", "maybe", None, None)


def test_question_text_is_capped(store: Store, db_path: Path) -> None:
    store.log_question("x" * 5000, "none", None, None)
    [(length,)] = raw_rows(db_path, "SELECT length(text) FROM questions")
    assert length == 1000


def test_normalize() -> None:
    assert normalize("  How do I   stop CHAFING?? ") == "how do i stop chafing"
    assert normalize("knee, ankle... & hip!") == "knee ankle hip"
    assert normalize("pace 5:30/km (e.g.)") == "pace 5:30/km e.g"
    assert normalize("don't") == "don't"
    assert normalize("???") == ""


# --- votes --------------------------------------------------------------------------


def test_helpfulness_counts_votes_per_entry(store: Store) -> None:
    assert store.vote(1, "knee", True) is False
    assert store.vote(2, "knee", True) is False
    assert store.vote(3, "knee", False) is False
    assert store.vote(1, "shoes", False) is False
    assert store.stats().helpfulness == {"knee": (2, 1), "shoes": (0, 1)}


def test_vote_by_same_user_replaces_the_earlier_one(store: Store, db_path: Path) -> None:
    assert store.vote(42, "knee", True) is False
    assert store.vote(42, "knee", False) is True
    assert store.stats().helpfulness == {"knee": (0, 1)}
    assert raw_rows(db_path, "SELECT COUNT(*) FROM votes") == [(1,)]
    # The same user on another entry is a separate vote.
    assert store.vote(42, "shoes", True) is False
    assert store.stats().helpfulness == {"knee": (0, 1), "shoes": (1, 0)}


def test_helpfulness_respects_the_window(store: Store, clock: FakeClock) -> None:
    store.vote(1, "knee", True)
    clock.advance(30 * DAY)
    store.vote(2, "knee", False)
    assert store.stats(7).helpfulness == {"knee": (0, 1)}
    assert store.stats().helpfulness == {"knee": (1, 1)}


def test_database_files_hold_no_user_id(db_path: Path, clock: FakeClock) -> None:
    user_id = 987654321987
    s = Store(db_path, clock=clock)
    s.log_question("does my knee hurt because of my shoes", "none", None, None)
    s.vote(user_id, "knee", True)
    s.vote(user_id + 1, "knee", False)

    [(salt,)] = raw_rows(db_path, "SELECT value FROM meta WHERE key = 'salt'")
    voters = {v for (v,) in raw_rows(db_path, "SELECT voter FROM votes")}
    assert voter_hash(salt, user_id) in voters
    assert voter_hash(salt, user_id) == __import__("hashlib").sha256(f"{salt}{user_id}".encode()).hexdigest()

    def raw_bytes() -> bytes:
        files = [db_path, Path(f"{db_path}-wal")]
        return b"".join(p.read_bytes() for p in files if p.exists())

    data = raw_bytes()
    # The check is only meaningful if the vote really reached these files.
    assert voter_hash(salt, user_id).encode() in data
    assert str(user_id).encode() not in data
    assert user_id.to_bytes(6, "big") not in data  # how SQLite would store it as an integer
    s.close()
    data = raw_bytes()
    assert voter_hash(salt, user_id).encode() in data
    assert str(user_id).encode() not in data


# --- retention ----------------------------------------------------------------------


def test_purge_deletes_rows_older_than_retention(db_path: Path, clock: FakeClock) -> None:
    s = Store(db_path, retention_days=30, clock=clock)
    s.log_question("old", "none", None, None)
    clock.advance(20 * DAY)
    s.log_question("newer", "none", None, None)
    assert s.purge() == 0
    clock.advance(11 * DAY)
    assert s.purge() == 1
    assert [t for (t,) in raw_rows(db_path, "SELECT text FROM questions")] == ["newer"]
    s.close()


def test_log_question_purges_at_most_hourly(db_path: Path, clock: FakeClock) -> None:
    def texts() -> list[str]:
        return [t for (t,) in raw_rows(db_path, "SELECT text FROM questions ORDER BY id")]

    s = Store(db_path, retention_days=1, clock=clock)  # purges on open, at T0
    s.log_question("x", "none", None, None)  # expires at T0 + 1 day
    clock.advance(DAY - 10 * 60)
    s.log_question("y", "none", None, None)  # last purge 23h50 ago: purges (nothing old yet)
    clock.advance(20 * 60)
    s.log_question("z", "none", None, None)  # "x" is old, but the last purge was 20 minutes ago
    assert texts() == ["x", "y", "z"]
    clock.advance(45 * 60)
    s.log_question("w", "none", None, None)  # 65 minutes since the last purge: "x" goes
    assert texts() == ["y", "z", "w"]
    s.close()


def test_purge_runs_on_open(db_path: Path, clock: FakeClock) -> None:
    s = Store(db_path, retention_days=7, clock=clock)
    s.log_question("old", "none", None, None)
    s.close()
    clock.advance(8 * DAY)
    s = Store(db_path, retention_days=7, clock=clock)
    assert raw_rows(db_path, "SELECT COUNT(*) FROM questions") == [(0,)]
    s.close()


# --- enabled=False ------------------------------------------------------------------


def test_disabled_store_keeps_no_questions_but_keeps_votes(db_path: Path, clock: FakeClock) -> None:
    s = Store(db_path, enabled=False, clock=clock)
    s.log_question("a very private question about my knee", "none", None, None)
    s.vote(5, "knee", True)
    assert s.stats().total == 0
    assert s.stats().helpfulness == {"knee": (1, 0)}
    assert s.unmatched() == []
    s.close()
    assert raw_rows(db_path, "SELECT COUNT(*) FROM questions") == [(0,)]
    assert b"private question" not in db_path.read_bytes()


def test_disabled_store_still_reports_existing_rows(db_path: Path, clock: FakeClock) -> None:
    s = Store(db_path, clock=clock)
    s.log_question("kept from before", "none", None, None)
    s.close()
    s = Store(db_path, enabled=False, clock=clock)
    s.log_question("not kept", "none", None, None)
    assert s.stats().total == 1
    assert [row.text for row in s.unmatched()] == ["kept from before"]
    s.close()


# --- schema -------------------------------------------------------------------------


def make_v1_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE questions(id INTEGER PRIMARY KEY, asked_at REAL NOT NULL, text TEXT NOT NULL,
                               decision TEXT NOT NULL, entry_id TEXT, score REAL);
        CREATE TABLE votes(voter TEXT NOT NULL, entry_id TEXT NOT NULL, helpful INTEGER NOT NULL,
                           voted_at REAL NOT NULL, PRIMARY KEY (voter, entry_id));
        PRAGMA user_version = 1;
        """
    )
    conn.executemany(
        "INSERT INTO questions(asked_at, text, decision, entry_id, score) VALUES (?, ?, ?, ?, ?)",
        [
            (T0 - 100, "How do I stop  CHAFING??", "none", None, None),
            (T0 - 50, "knee pain", "answer", "knee", 88.5),
        ],
    )
    conn.execute("INSERT INTO votes VALUES ('oldvoter', 'knee', 1, ?)", (T0 - 40,))
    conn.commit()
    conn.close()


def test_version_1_database_is_upgraded_in_place(db_path: Path, clock: FakeClock) -> None:
    make_v1_database(db_path)
    s = Store(db_path, clock=clock)
    assert s.healthy
    rows = raw_rows(db_path, "SELECT text, normalized, decision, entry_id, score FROM questions ORDER BY id")
    assert rows == [
        ("How do I stop  CHAFING??", "how do i stop chafing", "none", None, None),
        ("knee pain", "knee pain", "answer", "knee", 88.5),
    ]
    assert raw_rows(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    [(salt,)] = raw_rows(db_path, "SELECT value FROM meta WHERE key = 'salt'")
    assert len(salt) == 32 and int(salt, 16) >= 0
    indexes = {name for (name,) in raw_rows(db_path, "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"questions_asked_at", "questions_decision"} <= indexes
    assert raw_rows(db_path, "PRAGMA journal_mode") == [("wal",)]
    stats = s.stats()
    assert stats.total == 2 and stats.helpfulness == {"knee": (1, 0)}
    s.close()
    # Reopening neither migrates again nor changes the salt.
    s = Store(db_path, clock=clock)
    assert raw_rows(db_path, "SELECT value FROM meta WHERE key = 'salt'") == [(salt,)]
    s.close()


def test_each_database_gets_its_own_salt(tmp_path: Path, clock: FakeClock) -> None:
    salts = []
    for name in ("a.sqlite3", "b.sqlite3"):
        Store(tmp_path / name, clock=clock).close()
        salts += raw_rows(tmp_path / name, "SELECT value FROM meta WHERE key = 'salt'")
    assert len(set(salts)) == 2


def test_newer_database_is_left_untouched(db_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE future(x)")
    conn.execute("INSERT INTO future VALUES ('from a newer bot')")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()

    caplog.set_level(logging.INFO, logger="bot.database")
    s = Store(db_path, clock=clock)
    for _ in range(3):
        s.log_question("hello", "none", None, None)
        assert s.vote(1, "knee", True) is False
        assert s.stats().total == 0
        assert s.unmatched() == []
        assert s.purge() == 0
        clock.advance(60)
    assert not s.healthy
    s.close()

    assert db_path.read_bytes() == before
    assert not Path(f"{db_path}-wal").exists()
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert str(db_path) in errors[0].getMessage() and "newer" in errors[0].getMessage()


# --- resilience ---------------------------------------------------------------------


def test_unusable_path_is_survived_and_queued_rows_flushed(
    db_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.database")
    db_path.mkdir()  # works as root, unlike chmod: a directory is never a database
    s = Store(db_path, clock=clock)
    assert not s.healthy
    for i in range(4):
        s.log_question(f"question {i}", "none", None, None)
        s.vote(7, "knee", i % 2 == 0)
        assert s.stats().total == 0
        assert s.unmatched() == []
        clock.advance(6)  # past the retry interval, so every call really tries again
    assert not s.healthy
    warnings = warnings_from_store(caplog)
    assert len(warnings) == 1
    assert str(db_path) in warnings[0].getMessage()
    assert "unable to open" in warnings[0].getMessage()

    db_path.rmdir()
    s.log_question("question 4", "none", None, None)
    assert s.healthy
    stats = s.stats()
    assert stats.total == 5
    assert stats.helpfulness == {"knee": (0, 1)}  # the last of the queued votes wins
    assert [t for (t,) in raw_rows(db_path, "SELECT text FROM questions ORDER BY id")] == [
        f"question {i}" for i in range(5)
    ]
    assert any(r.levelno == logging.INFO and "usable again" in r.getMessage() for r in caplog.records)
    assert len(warnings_from_store(caplog)) == 1
    s.close()


def test_file_that_is_not_a_database(db_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.database")
    garbage = b"this is a spreadsheet, not a database\n" * 100
    db_path.write_bytes(garbage)
    s = Store(db_path, clock=clock)
    assert not s.healthy
    s.log_question("one", "none", None, None)
    clock.advance(10)
    s.log_question("two", "answer", "knee", 90.0)
    assert s.stats().total == 0
    assert db_path.read_bytes() == garbage  # nothing was written over it
    warnings = warnings_from_store(caplog)
    assert len(warnings) == 1 and "not a database" in warnings[0].getMessage()

    db_path.unlink()
    clock.advance(10)
    s.log_question("three", "none", None, None)
    assert s.healthy
    assert s.stats().by_decision == {"answer": 1, "suggest": 0, "none": 2, "urgent": 0, "smalltalk": 0}
    s.close()


def test_locked_database_is_survived(
    db_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 20)
    caplog.set_level(logging.INFO, logger="bot.database")
    s = Store(db_path, clock=clock)
    s.log_question("before", "none", None, None)

    other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    s.log_question("during 1", "none", None, None)
    assert not s.healthy
    clock.advance(6)
    s.log_question("during 2", "none", None, None)
    warnings = warnings_from_store(caplog)
    assert len(warnings) == 1 and "locked" in warnings[0].getMessage()

    other.execute("COMMIT")
    other.close()
    clock.advance(6)
    s.log_question("after", "none", None, None)
    assert s.healthy
    assert [t for (t,) in raw_rows(db_path, "SELECT text FROM questions ORDER BY id")] == [
        "before",
        "during 1",
        "during 2",
        "after",
    ]
    s.close()


def test_retry_waits_for_the_interval(db_path: Path, clock: FakeClock) -> None:
    db_path.mkdir()
    s = Store(db_path, clock=clock)
    db_path.rmdir()
    clock.advance(4)
    s.log_question("too soon", "none", None, None)
    assert not s.healthy  # not retried yet
    assert not db_path.exists()
    clock.advance(1)
    s.log_question("now", "none", None, None)
    assert s.healthy
    assert s.stats().total == 2
    s.close()


def test_memory_queue_is_bounded(
    db_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "MAX_QUEUE", 5)
    caplog.set_level(logging.INFO, logger="bot.database")
    db_path.mkdir()
    s = Store(db_path, clock=clock)
    for i in range(9):
        s.log_question(f"q{i}", "none", None, None)
    warnings = warnings_from_store(caplog)
    assert len(warnings) == 2  # the outage, then the first drop; not one per dropped row
    assert "dropping the oldest" in warnings[1].getMessage()
    db_path.rmdir()
    clock.advance(5)
    assert s.stats().total == 5
    assert [t for (t,) in raw_rows(db_path, "SELECT text FROM questions ORDER BY id")] == [
        "q4",
        "q5",
        "q6",
        "q7",
        "q8",
    ]
    s.close()


def test_default_queue_limit_is_ten_thousand() -> None:
    assert database_module.MAX_QUEUE == 10_000
    assert database_module.RETRY_SECONDS == 5


def test_read_only_directory(tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        probe = locked / "probe"
        try:
            probe.write_bytes(b"x")
        except PermissionError:
            pass
        else:
            probe.unlink()
            pytest.skip(
                "chmod 0o555 does not stop writes for this user (root); "
                "the directory and not-a-database tests cover unwritable databases"
            )
        caplog.set_level(logging.INFO, logger="bot.database")
        s = Store(locked / "faq.sqlite3", clock=clock)
        s.log_question("hello", "none", None, None)
        clock.advance(6)
        s.log_question("again", "none", None, None)
        assert not s.healthy
        assert len(warnings_from_store(caplog)) == 1
        locked.chmod(0o755)
        clock.advance(6)
        s.log_question("third", "none", None, None)
        assert s.healthy and s.stats().total == 3
        s.close()
    finally:
        locked.chmod(0o755)


def test_closed_store_does_not_raise(store: Store) -> None:
    store.log_question("a", "none", None, None)
    store.close()
    store.close()
    store.log_question("b", "none", None, None)
    assert store.vote(1, "knee", True) is False
    assert store.stats().total == 0
    assert store.unmatched() == []
    assert store.purge() == 0
    assert not store.healthy


def test_store_is_wal_with_busy_timeout(store: Store, db_path: Path) -> None:
    store.log_question("a", "none", None, None)
    assert raw_rows(db_path, "PRAGMA journal_mode") == [("wal",)]
    conn = store.db.connection()  # the store's own connection carries the busy timeout
    assert conn is not None
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == database_module.BUSY_TIMEOUT_MS


def test_unhealthy_store_returns_empty_figures(db_path: Path, clock: FakeClock) -> None:
    db_path.mkdir()
    s = Store(db_path, clock=clock)
    stats = s.stats(7)
    assert stats.days == 7 and stats.total == 0
    assert stats.by_decision == {kind.value: 0 for kind in Kind}
    assert s.unmatched() == []
    assert s.purge() == 0
    s.close()


def test_bad_arguments(db_path: Path, clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        Store(db_path, retention_days=0, clock=clock)
    s = Store(db_path, clock=clock)
    with pytest.raises(ValueError):
        s.stats(0)
    s.close()


@pytest.mark.parametrize("module", [store_module, database_module])
def test_no_telegram_import(module) -> None:
    source = Path(module.__file__).read_text()
    assert not re.search(r"^\s*(import|from)\s+telegram", source, flags=re.M)


def test_batched_questions_are_written_together_and_never_lost(tmp_path):
    now = [1000.0]
    store = Store(tmp_path / "batch.sqlite3", clock=lambda: now[0], batch_seconds=1.0)
    store.log_question("first", "none", None, None)
    store.log_question("second", "answer", "abs", 90.0)
    raw = sqlite3.connect(tmp_path / "batch.sqlite3")
    try:
        # Still in the batch: nothing in the file yet.
        assert raw.execute("SELECT COUNT(*) FROM questions").fetchone()[0] == 0
        now[0] += 1.5
        store.log_question("third", "none", None, None)  # the batch is old enough: all three go
        assert raw.execute("SELECT COUNT(*) FROM questions").fetchone()[0] == 3
        store.log_question("fourth", "none", None, None)
        assert store.stats().total == 4  # a read writes the batch first
        store.log_question("fifth", "none", None, None)
        store.close()  # and so does closing
        assert raw.execute("SELECT COUNT(*) FROM questions").fetchone()[0] == 5
    finally:
        raw.close()


# -- the update journal (bot.telegram_bot.journal keeps its rows here) ----------------------


def journal_rows(path: Path) -> list[tuple]:
    return raw_rows(path, "SELECT update_id, payload IS NOT NULL, done FROM journal ORDER BY update_id")


def test_journal_keeps_an_update_until_answered(store: Store, db_path: Path) -> None:
    store.journal(1, '{"update_id": 1}')
    store.journal(2, '{"update_id": 2}', durable=False)
    assert journal_rows(db_path) == [(1, 1, 0)]  # the second waits for flush_journal
    store.flush_journal()
    assert store.unanswered_updates() == [(1, '{"update_id": 1}'), (2, '{"update_id": 2}')]
    store.answered(1)
    assert store.unanswered_updates() == [(2, '{"update_id": 2}')]
    # The answered row keeps its id (a redelivery is dropped) but not its text.
    assert journal_rows(db_path) == [(1, 0, 1), (2, 1, 0)]
    assert store.journal_ids() == {1, 2}


def test_journal_survives_a_new_store_on_the_same_file(db_path: Path, clock: FakeClock) -> None:
    first = Store(db_path, clock=clock)
    first.journal(7, "seven")
    # No close(): a crash. What was written durably is there for the next process.
    second = Store(db_path, clock=clock)
    try:
        assert second.unanswered_updates() == [(7, "seven")]
    finally:
        second.close()
        first.close()


def test_answered_marks_are_written_in_batches_and_at_flush(store: Store, db_path: Path) -> None:
    for update_id in range(1, store_module.JOURNAL_BATCH + 2):
        store.journal(update_id, "q")
    for update_id in range(1, store_module.JOURNAL_BATCH):
        store.answered(update_id)
    assert sum(done for *_, done in journal_rows(db_path)) == 0  # below the batch: still in memory
    store.answered(store_module.JOURNAL_BATCH)
    assert sum(done for *_, done in journal_rows(db_path)) == store_module.JOURNAL_BATCH
    store.answered(store_module.JOURNAL_BATCH + 1)
    store.flush()
    assert all(done for *_, done in journal_rows(db_path))


def test_answered_ids_are_forgotten_after_a_day(store: Store, clock: FakeClock, db_path: Path) -> None:
    store.journal(1, "q")
    store.answered(1)
    store.journal(2, "still waiting")
    store.flush()
    clock.advance(store_module.JOURNAL_KEEP + 1)
    store.purge()
    assert journal_rows(db_path) == [(2, 1, 0)]  # never answered: kept however old


def test_a_teach_never_undoes_a_set_aside(store: Store) -> None:
    # From a second code review: a teach from an older list overwrote "Not for the FAQ", and its undo
    # then listed the question again.
    store.log_question("is yoga good for runners?", "none", None, None)
    [row] = store.review()
    store.dismiss([row.normalized])              # Not for the FAQ
    store.dismiss([row.normalized], edit="v1")   # a teach from an older /unanswered message
    store.restore("v1")                          # /undo of that teach
    assert store.review() == []
    store.log_question("how do I taper?", "none", None, None)
    [taught] = store.review()
    store.dismiss([taught.normalized], edit="v2")
    assert store.review() == []
    store.restore("v2")
    assert [r.text for r in store.review()] == ["how do I taper?"]


def test_taught_questions_taken_out_by_hand_are_listed_again(store: Store) -> None:
    # From an eleventh new user's trial: an editor's older copy saved over two teaches hid their
    # questions for good. Set-aside questions stay aside.
    store.log_question("how long till i see abs if i run every day", "suggest", None, None)
    store.log_question("is yoga good for runners?", "none", None, None)
    taught, aside = sorted(store.review(), key=lambda r: r.text)
    store.dismiss([taught.normalized], edit="v1")
    store.dismiss([aside.normalized])
    assert store.review() == []
    store.restore_taught(["How long till I see abs if I run every day?", "Is yoga good for runners?"])
    assert [r.text for r in store.review()] == ["how long till i see abs if i run every day"]


def test_a_new_database_is_readable_by_its_owner_only(tmp_path: Path, clock: FakeClock) -> None:
    # It holds what people asked (a thirteenth new user found it readable by every user on the machine).
    path = tmp_path / "new.db"
    s = Store(path, clock=clock)
    try:
        s.log_question("why does my back hurt", Kind.NONE, None, None)
        s.flush()
        assert path.stat().st_mode & 0o777 == 0o600
    finally:
        s.close()


def test_an_existing_database_keeps_the_mode_its_admin_gave_it(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "shared.db"
    Store(path, clock=clock).close()
    path.chmod(0o640)
    Store(path, clock=clock).close()
    assert path.stat().st_mode & 0o777 == 0o640
