"""Fixtures: the fake Bot API (over HTTP for the real bot process, in-process for the bot's own
Application, see tests/helpers.py), the real bot process, and a copy of faq.yaml."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from fake_telegram import FakeTelegram  # noqa: E402
from helpers import InProcessBot, html_problems, settings_for  # noqa: E402

from bot.faq import load_faq  # noqa: E402
from bot.live import FaqSource  # noqa: E402
from bot.matching import Matcher  # noqa: E402
from bot.store import Store  # noqa: E402

# Settings the bot reads; cleared so the developer's own environment cannot leak into a test.
BOT_VARS = (
    "TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "TELEGRAM_RATE_LIMIT", "FAQ_PATH", "ADMIN_IDS",
    "DB_PATH", "LOG_LEVEL", "WEBHOOK_URL", "PORT", "WEBHOOK_SECRET", "QUESTION_LOG", "LOG_RETENTION_DAYS",
)


class BotProcess:
    """`python -m bot` in a child process, its output collected as it comes."""

    def __init__(self, env: dict[str, str], cwd: Path = ROOT) -> None:
        self.env = env
        self.cwd = cwd
        self.proc: subprocess.Popen | None = None
        self.started = 0.0
        self._out: list[str] = []
        self._err: list[str] = []
        self._readers: list[threading.Thread] = []

    def start(self) -> BotProcess:
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot"], cwd=self.cwd, env=self.env,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8", errors="replace",
        )
        for stream, sink in ((self.proc.stdout, self._out), (self.proc.stderr, self._err)):
            thread = threading.Thread(target=self._drain, args=(stream, sink), daemon=True)
            thread.start()
            self._readers.append(thread)
        return self

    @staticmethod
    def _drain(stream, sink: list[str]) -> None:
        for line in stream:
            sink.append(line)

    @property
    def stdout(self) -> str:
        return "".join(self._out)

    @property
    def stderr(self) -> str:
        return "".join(self._err)

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def wait_ready(self, fake: FakeTelegram, timeout: float = 30.0) -> None:
        """Wait until the bot is long-polling (or its webhook is set)."""
        ok = fake.wait_for(lambda t: t.is_polling() or not self.running, timeout)
        assert ok and self.running, f"the bot did not start polling:\n{self.output[-3000:]}"

    def wait(self, timeout: float) -> int:
        assert self.proc is not None
        rc = self.proc.wait(timeout)
        for thread in self._readers:
            thread.join(5)
        return rc

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 20.0) -> tuple[int, float]:
        """Send `sig`; return the exit status and the seconds it took to exit."""
        assert self.proc is not None
        sent = time.monotonic()
        self.proc.send_signal(sig)
        rc = self.wait(timeout)
        return rc, time.monotonic() - sent

    def kill(self) -> None:
        if self.running:
            self.proc.kill()
            self.wait(10)


def base_env(fake: FakeTelegram, tmp_path: Path, **overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in BOT_VARS}
    env.update(
        TELEGRAM_BOT_TOKEN=fake.token,
        TELEGRAM_API_URL=fake.api_url,
        FAQ_PATH=str(ROOT / "faq.yaml"),
        DB_PATH=str(tmp_path / "bot.sqlite3"),
        LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update(overrides)
    return {k: v for k, v in env.items() if v is not None}


def secret_forms(token: str) -> list[str]:
    return [token, urllib.parse.quote(token, safe=""), token.split(":", 1)[1]]


DAY = 86400.0
T0 = 1_700_000_000.0


class FakeClock:
    """A clock the test moves by hand (for bot.store and bot.grouping)."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake():
    with FakeTelegram() as server:
        yield server


@pytest.fixture
def launch(fake: FakeTelegram, tmp_path: Path):
    """Start the bot against the fake: `launch(**env)`; checked for leaks and bad HTML at the end."""
    procs: list[BotProcess] = []

    def _launch(ready: bool = True, **env: str) -> BotProcess:
        proc = BotProcess(base_env(fake, tmp_path, **env)).start()
        procs.append(proc)
        if ready:
            proc.wait_ready(fake)
        return proc

    _launch.allowed = []  # refusals a test expects (a description's words), e.g. a migrated group
    yield _launch
    for proc in procs:
        if proc.running:
            proc.stop()
        proc.kill()
    for proc in procs:
        for form in secret_forms(fake.token):
            assert form not in proc.output, "the token appeared in the bot's output"
    assert not html_problems(fake, _launch.allowed), html_problems(fake, _launch.allowed)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ------------------------------------------------------------------------------ in-process


@pytest.fixture
def api() -> FakeTelegram:
    """The fake Bot API without its HTTP server: the bot's Application reaches it in-process."""
    return FakeTelegram()


@pytest.fixture
def faq_file(tmp_path: Path) -> Path:
    """A copy of the repository's faq.yaml that a test may edit (FAQ_PATH of the in-process bot)."""
    path = tmp_path / "faq.yaml"
    path.write_bytes((ROOT / "faq.yaml").read_bytes())
    return path


@pytest.fixture
def make_bot(api: FakeTelegram, tmp_path: Path, faq_file: Path):
    """`make_bot(**env)`: the bot's Application in this process (tests/helpers.py), with settings
    from `env` as bot.config reads them, faq_file and a question log in tmp_path (store=False: none;
    request, updates_request: PTB request objects in place of the fake's own). At the end every
    text it sent is checked as Telegram HTML, and any call the fake refused fails the test, except
    those whose description holds one of the strings a test put in `bot.allowed`."""
    bots: list[InProcessBot] = []

    def _make(*, store: bool = True, request=None, updates_request=None, **env: str) -> InProcessBot:
        settings = settings_for(api, tmp_path, **env)
        log = Store(settings.db_path, enabled=settings.question_log,
                    retention_days=settings.log_retention_days) if store else None
        bot = InProcessBot(api, settings, FaqSource.load(settings.faq_path), log,
                           request=request, updates_request=updates_request)
        bots.append(bot)
        return bot

    yield _make
    for bot in bots:
        bot.close()
        if bot.store is not None:
            bot.store.close()
    problems = html_problems(api, [a for bot in bots for a in bot.allowed])
    assert not problems, problems


@pytest.fixture
def bot(make_bot) -> InProcessBot:
    """The in-process bot with the default settings (the limiter off, ADMIN and OTHER_ADMIN admins)."""
    return make_bot()


@pytest.fixture(scope="session")
def matcher() -> Matcher:
    """The matcher for the repository's faq.yaml (read-only: shared by every test that reads decisions)."""
    return Matcher(load_faq(ROOT / "faq.yaml"))
