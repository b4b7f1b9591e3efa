"""In-process tests of the Telegram layer: the bot's own Application (bot.telegram_bot.app) against
FakeTelegram's in-process transport, one event loop per test, and what to expect from bot.replies.

    bot = InProcessBot(fake, settings, source, store)   # the `bot` fixture in conftest.py
    calls = bot.message("can running give me abs")     # one update through Application.process_update
    assert as_replies(sent(calls)) == expected_for(bot, "can running give me abs", ref=ref_of(sent(calls)))
"""
from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fake_telegram import Call, FakeTelegram, validate_telegram_html
from telegram import Update
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

from bot import config, replies
from bot.faq import FAQ
from bot.live import FaqSource
from bot.replies import Button, Reply
from bot.store import Store
from bot.telegram_bot import app as app_mod
from bot.telegram_bot.polling import WrappedRequest

ROOT = Path(__file__).resolve().parent.parent
BOT_NAME = "RunnersFaqBot"  # FakeTelegram's default bot username
ADMIN = 4242
OTHER_ADMIN = 4343
USER = 1001
REF = re.compile(r"^[0-9a-f]{8}$")
REF_IN_BUTTON = re.compile(r"^(?:vote:[a-z0-9-]+:(?:up|down)|faq:[a-z0-9-]+):(.+)$")
# Questions and what the matcher decides for them with the repository's faq.yaml.
ANSWER = "Why does my lower back hurt after I run?"                  # answer: back-pain-after-run
SUGGEST = "doctor say I have disc hernia, I can still run or no?"    # did you mean: herniated-disc, back-pain-after-run
NONE = "what shoes should I buy"                                     # nothing fits
URGENT = "i have numbness in my groin after running and back pain"  # urgent (emergency), nothing for later
FOREIGN = "Warum tut mein Rücken nach dem Laufen weh?"               # not English


def settings_for(fake: FakeTelegram, tmp_path: Path, **env: str) -> config.Settings:
    """Settings as bot.config reads them from the environment; the limiter off unless `env` says."""
    base = {"TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_RATE_LIMIT": "0", "ADMIN_IDS": f"{ADMIN},{OTHER_ADMIN}",
            "FAQ_PATH": str(tmp_path / "faq.yaml"), "DB_PATH": str(tmp_path / "bot.sqlite3")}
    return config.from_env({**base, **env})


class InProcessBot:
    """build_application() with the fake's request objects, initialized on one event loop for the
    whole test. Each feeding method runs one update through Application.process_update (its
    handlers, the error handler, the journal mark) to the end and returns the calls it made."""

    def __init__(self, fake: FakeTelegram, settings: config.Settings, source: FaqSource, store: Store | None,
                 *, request: BaseRequest | None = None, updates_request: BaseRequest | None = None) -> None:
        self.fake = fake
        self.source = source
        self.store = store
        self.allowed: list[str] = []  # descriptions of refusals this test expects (see conftest.make_bot)
        self.runner = asyncio.Runner()
        self.app: Application = app_mod.build_application(settings, source, store, request=request or fake.request(),
                                                          updates_request=updates_request or fake.request())
        self.run(self.app.initialize())

    def run(self, coro: Any) -> Any:
        return self.runner.run(coro)

    @property
    def faq(self) -> FAQ:
        """The FAQ in use."""
        return self.source.current.faq

    def process(self, update: dict) -> list[Call]:
        """One update (a dict as Telegram sends it) through the Application; the calls it led to."""
        before = len(self.fake.calls)
        self.run(self.app.process_update(Update.de_json(update, self.app.bot)))
        return self.fake.calls[before:]

    def feed(self, kind: str, *args: Any, **kwargs: Any) -> list[Call]:
        """fake.make_<kind>(*args, **kwargs) through the Application; the calls it led to."""
        return self.process(self.fake.make_update_dict(kind, *args, **kwargs))

    def message(self, text: str, **kwargs: Any) -> list[Call]:
        return self.feed("message", text, **kwargs)

    def press(self, data: str, **kwargs: Any) -> list[Call]:
        return self.feed("callback_query", data, **kwargs)

    def close(self) -> None:
        try:
            self.run(self.app.shutdown())
        finally:
            self.runner.close()


class Watching(WrappedRequest):
    """A request object that calls `await before(method, params)` before handing each call to `inner`
    (a FakeRequest): to look at the bot's state at the moment a call leaves it, or to slow it down."""

    def __init__(self, inner: BaseRequest, before: Callable[[str, dict], Awaitable[None]]) -> None:
        super().__init__(inner)
        self.before = before

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        await self.before(url.rsplit("/", 1)[-1], request_data.parameters if request_data else {})
        return await self.inner.do_request(url, method, request_data, *args, **kwargs)


@asynccontextmanager
async def polling(app: Application) -> AsyncIterator[None]:
    """Run `app` as run_polling() does, on the current event loop: initialize, the journal replay of
    post_init, the updater, start; and stop it all at the end."""
    async with app:
        await app_mod.replay_journal(app)
        await app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=app_mod.ALLOWED_UPDATES)
        await app.start()
        try:
            yield
        finally:
            await app.updater.stop()
            await app.stop()
            await app_mod.post_stop(app)


# ------------------------------------------------------------------------------------- calls


def of(calls: Iterable[Call], method: str) -> list[Call]:
    """The successful calls of `method`."""
    return [c for c in calls if c.method == method and c.ok]


def sent(calls: Iterable[Call], chat_id: int | None = None) -> list[Call]:
    """Successful sendMessage calls (to `chat_id` if given)."""
    return [c for c in of(calls, "sendMessage") if chat_id is None or c.params["chat_id"] == chat_id]


def keyboard_of(call: Call) -> tuple[tuple[Button, ...], ...]:
    rows = (call.params.get("reply_markup") or {}).get("inline_keyboard", [])
    return tuple(tuple(Button(b["text"], b["callback_data"]) for b in row) for row in rows)


def as_replies(calls: Sequence[Call]) -> list[Reply]:
    """Sent or edited messages as bot.replies.Reply values (text and buttons), to compare with expected ones."""
    for call in calls:
        assert call.params.get("parse_mode") == "HTML", call
    return [Reply(c.params["text"], keyboard_of(c)) for c in calls]


def button_data(call: Call) -> list[str]:
    return [b.data for row in keyboard_of(call) for b in row]


def toasts(calls: Iterable[Call]) -> list[str | None]:
    """The notes shown on pressed buttons (answerCallbackQuery's text)."""
    return [c.params.get("text") for c in of(calls, "answerCallbackQuery")]


def ref_of(calls: Sequence[Call]) -> str | None:
    """The question ref the buttons of these messages carry (vote:<id>:up:<ref>, faq:<id>:<ref>), if any."""
    refs = {m[1] for c in calls for d in button_data(c) if (m := REF_IN_BUTTON.match(d))}
    assert len(refs) <= 1, refs
    return refs.pop() if refs else None


def expected_for(bot: InProcessBot, question: str, *, ref: str | None = None, group: bool = False) -> list[Reply]:
    """What bot.replies says for the matcher's decision on `question` (as the conversation does)."""
    snap = bot.source.current
    items = replies.for_decision(snap.faq, snap.matcher.decide(question), question, ref=ref)
    if group:
        full = replies.topics(snap.faq).buttons
        show = ((Button("📋 Show the topics", replies.TOPICS_DATA),),)
        items = [Reply(r.html, show) if r.buttons == full and full else r for r in items]
    return items


def html_problems(fake: FakeTelegram, allowed: Sequence[str] = ()) -> list[str]:
    """Outgoing texts Telegram's HTML mode would reject, and calls the fake refused (400), except
    refusals whose description holds one of `allowed` and faults a test injected."""
    problems = []
    for call in fake.calls:
        texts = []
        if call.method in ("sendMessage", "editMessageText"):
            texts.append(call.params.get("text"))
        elif call.method == "answerInlineQuery":
            results = call.params.get("results") or []
            texts += [(r.get("input_message_content") or {}).get("message_text") for r in results]
        for text in texts:
            error = validate_telegram_html(text) if isinstance(text, str) else "no text"
            if error:
                problems.append(f"{call.method}: {error}: {str(text)[:200]!r}")
        if call.http_status == 400 and call.note != "injected":
            description = (call.response or {}).get("description", "")
            if not any(a in description for a in allowed):
                problems.append(f"{call.method} rejected: {description}")
    return problems


def generated_faq(entries: int) -> str:
    """faq.yaml's general texts (disclaimer, fallback, urgent) with `entries` made-up entries topic-001..."""
    real = (ROOT / "faq.yaml").read_text(encoding="utf-8")
    lines = [real[: real.index("\nentries:")], "", "entries:"]
    for i in range(1, entries + 1):
        lines += [f"  - id: topic-{i:03d}", f"    title: Made-up topic {i}",
                  f"    question: What is made-up topic {i}?", f"    alternates: [tell me about made-up topic {i}]",
                  f"    answer: The answer to topic <b>{i}</b>."]
    return "\n".join(lines) + "\n"
