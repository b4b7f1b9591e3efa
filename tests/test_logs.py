"""The logging filter keeps the token out of every part of a log line."""
from __future__ import annotations

import io
import logging

from bot.logs import REDACTED, RedactingFilter, setup_logging

TOKEN = "123456:ABC-secret_token"


def _line(record_args: dict, token: str = TOKEN) -> str:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter([token]))
    logger = logging.getLogger("test-logs")
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.error(*record_args["args"], exc_info=record_args.get("exc_info"))
    return stream.getvalue()


def test_the_token_is_redacted_in_messages_arguments_and_tracebacks():
    assert TOKEN not in _line({"args": (f"POST https://api.telegram.org/bot{TOKEN}/getMe",)})
    assert TOKEN not in _line({"args": ("url %s", f"/bot{TOKEN}/x")})
    encoded = TOKEN.replace(":", "%3A")
    assert encoded not in _line({"args": (f"GET /bot{encoded}/getUpdates",)})
    try:
        raise ValueError(f"The token `{TOKEN}` was rejected")
    except ValueError as exc:
        line = _line({"args": ("failed",), "exc_info": exc})
    assert TOKEN not in line and REDACTED in line and "ValueError" in line


def test_the_part_of_a_token_after_its_colon_is_redacted_alone():
    # With the bot's public id it makes the whole token: a server or proxy that echoes only that part (a thirteenth
    # new user's fake Bot API did) must not put it in a log.
    token = "1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
    secret = token.split(":", 1)[1]
    line = _line({"args": ("server said: unknown secret %s", secret)}, token)
    assert secret not in line and REDACTED in line
    # a short secret-like word after a colon in some other setting is not taken for one: the filter leaves it
    assert RedactingFilter(["user:pw"]).redact("pw is short") == "pw is short"


def test_debug_keeps_python_telegram_bot_at_info():
    # At DEBUG, python-telegram-bot would log whole updates: user ids, names and what they wrote.
    setup_logging("DEBUG", [TOKEN])
    try:
        assert logging.getLogger().level == logging.DEBUG
        assert logging.getLogger("telegram").level == logging.INFO
        assert logging.getLogger("httpx").level == logging.WARNING
    finally:
        setup_logging("WARNING", [TOKEN])
