"""Logging set-up: one stderr handler whose filter keeps secrets (the bot token) out of every line."""
from __future__ import annotations

import logging
import sys
import urllib.parse

REDACTED = "[REDACTED]"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Loggers that print request URLs, and so the token, at INFO.
_NOISY = ("httpx", "httpcore")


class RedactingFilter(logging.Filter):
    """Replace every secret in a record's message, arguments, traceback and stack with [REDACTED]."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = expand(secrets)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep the raw parts, redacted
            message = f"{record.msg} {record.args!r}"
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


# A bot token is "<bot id>:<secret>"; the id is public (it is the bot's user id), the part after the colon is not.
SECRET_PART_MIN = 16


def expand(secrets: list[str]) -> list[str]:
    """Each secret as written and URL-encoded (the token's ':' becomes '%3A' in URLs), and a token's part after its
    colon alone (at least SECRET_PART_MIN characters), which with the public bot id makes the whole token: a server
    or a proxy that echoes only that part must not put it in a log (a thirteenth new user found it there). Longest
    first."""
    forms: set[str] = set()
    for secret in secrets:
        if not secret:
            continue
        parts = [secret]
        tail = secret.split(":", 1)[1] if ":" in secret else ""
        if len(tail) >= SECRET_PART_MIN:
            parts.append(tail)
        for part in parts:
            forms.update({part, urllib.parse.quote(part, safe=""), urllib.parse.quote(part)})
    return sorted(forms, key=len, reverse=True)


def setup_logging(level: str, secrets: list[str]) -> None:
    """Log to stderr at `level`, with `secrets` redacted from every record; safe to call again."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_bot_handler", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler._bot_handler = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter(secrets))
    root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    for name in _NOISY:
        logging.getLogger(name).setLevel(logging.WARNING)
    # At DEBUG python-telegram-bot logs whole updates (user ids, names, the text): never that.
    for name in ("telegram", "telegram.ext"):
        logging.getLogger(name).setLevel(max(root.level, logging.INFO))
    # Library warnings (warnings.warn) go through the same handler, so they are redacted too.
    logging.captureWarnings(True)
