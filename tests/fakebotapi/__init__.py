"""A fake Telegram Bot API for tests of a python-telegram-bot (PTB) 22 bot: one core, two transports.

The core (core.BotApiCore) holds every Bot API semantic the tests rely on: methods and their
validation (texts through bot.markup's parser, reply_markup, limits), the update queue with
offsets and long polling, chats and message ids, edits, files, webhooks, command menus, inline
and callback answers, forum topics, chat migration, and the records and injected faults that
tests inspect. FakeTelegram is that core plus its two transports.

Over HTTP, for a bot in a child process (a tornado HTTPServer on 127.0.0.1 in its own thread)::

    with FakeTelegram() as tg:
        # start the bot with TELEGRAM_API_URL=tg.api_url and TELEGRAM_BOT_TOKEN=tg.token
        tg.add_message("/start")
        assert tg.wait_for(lambda t: len(t.sent_messages()) == 1)

In-process, through PTB's own Application with a fake request object (no server, no thread)::

    tg = FakeTelegram()
    app = ApplicationBuilder().token(tg.token).request(tg.request()).get_updates_request(tg.request()).build()
    app.add_handler(CommandHandler("start", start))
    async with app:
        await app.process_update(Update.de_json(tg.make_update_dict("message", "/start"), app.bot))
    assert tg.sent_messages()[0].params["text"] == "Hello!"

or run the updater and feed it, as Telegram would::

    async with app:
        await app.updater.start_polling(poll_interval=0)
        await app.start()
        tg.add_message("/start")
        assert await tg.async_wait_for(lambda t: len(t.sent_messages()) == 1)
        await app.updater.stop()
        await app.stop()

`tg.application_builder()` is the builder above, ready made.

Wire format (checked against PTB 22.8): every call is ``POST /bot<TOKEN>/<method>`` with an
``application/x-www-form-urlencoded`` body (multipart for uploads). PTB sends string parameters
raw and JSON-encodes everything else. On 2xx PTB reads ``result``; otherwise ``description`` and
``parameters`` decide the exception (401/404 -> InvalidToken, 400 -> BadRequest, 409 -> Conflict,
``retry_after`` -> RetryAfter, ``migrate_to_chat_id`` -> ChatMigrated, else NetworkError). Files
are served at ``GET /file/bot<TOKEN>/<file_path>``.

Deliberately stricter than the real Telegram (so that bugs show up in tests): a bare ``&`` that
does not start ``&lt;``, ``&gt;``, ``&amp;``, ``&quot;`` or ``&#NN;``/``&#xHH;`` is a parse error in
HTML mode (Telegram shows it literally), and ``<a>`` needs ``href``.
"""
from __future__ import annotations

from typing import Any

from bot.markup import TelegramHtmlError, parse_telegram_html, utf16_len

from .core import Answer, BotApiCore, Call, RawRequest, SentDocument, StoredFile
from .http_transport import HttpTransport
from .inprocess import FakeRequest
from .rules import validate_reply_markup, validate_telegram_html

__all__ = [
    "Answer",
    "BotApiCore",
    "Call",
    "FakeRequest",
    "FakeTelegram",
    "RawRequest",
    "SentDocument",
    "StoredFile",
    "TelegramHtmlError",
    "parse_telegram_html",
    "utf16_len",
    "validate_reply_markup",
    "validate_telegram_html",
]


class FakeTelegram(BotApiCore):
    """The fake Bot API with both transports; see the package docstring. Thread-safe.

    `start()` (or `with`) serves it over HTTP at `api_url`; `request()` makes in-process PTB
    request objects, which work whether or not the HTTP server runs. Both reach the same state.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.api_url = ""  # set by start()
        self.port = 0
        self._http: HttpTransport | None = None

    # ---------------------------------------------------------------- HTTP

    def start(self) -> FakeTelegram:
        if self._http is not None:
            raise RuntimeError("FakeTelegram already started")
        self._http = HttpTransport(self)
        self.api_url = self._http.start()
        self.port = self._http.port
        return self

    def stop(self) -> None:
        if self._http is not None:
            self._http.stop()

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """What to pass to ApplicationBuilder().base_url() / Bot(base_url=...) for HTTP."""
        return f"{self.api_url}/bot"

    @property
    def base_file_url(self) -> str:
        """What to pass to ApplicationBuilder().base_file_url() / Bot(base_file_url=...) for HTTP."""
        return f"{self.api_url}/file/bot"

    # ---------------------------------------------------------------- in-process

    def request(self, read_timeout: float | None = 5.0) -> FakeRequest:
        """A PTB request object answering from this fake in-process (one per ApplicationBuilder slot)."""
        return FakeRequest(self, read_timeout)

    def application_builder(self) -> Any:
        """ApplicationBuilder with this fake's token and two in-process request objects."""
        from telegram.ext import ApplicationBuilder

        return ApplicationBuilder().token(self.token).request(self.request()).get_updates_request(self.request())
