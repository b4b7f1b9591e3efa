"""Settings, read once from the environment and checked all at once."""
from __future__ import annotations

import ipaddress
import os
import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_API_URL = "https://api.telegram.org"
DEFAULT_DB_PATH = "faqbot.sqlite3"
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# Telegram accepts 1-256 characters of A-Z, a-z, 0-9, _ and - as a webhook secret token.
_TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}
# The README's way to make a secret: a stranger cannot guess it, and it holds only the characters allowed.
MAKE_SECRET = 'make one with: python -c "import secrets; print(secrets.token_urlsafe(32))"'


def _without_token(problem: str, token: str | None) -> str:
    """`problem` with the bot token, and the secret part after its colon, written as <token>: a problem quotes the
    setting it is about, and a WEBHOOK_URL or TELEGRAM_API_URL pasted with the token in it would print the token to
    the terminal and the service's log (a twenty-sixth new user). Parts shorter than 8 characters are left alone: a
    malformed "x" would blank every x."""
    if not token:
        return problem
    token = token.strip("\"'")
    for secret in (token, token.partition(":")[2]):
        if len(secret) >= 8:
            problem = problem.replace(secret, "<token>")
    return problem


class ConfigError(Exception):
    """The environment holds one or more bad settings; `problems` lists every one."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Settings:
    token: str | None = None
    api_url: str = DEFAULT_API_URL
    rate_limit: float = 30.0
    faq_path: Path = Path("faq.yaml")
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    db_path: Path = Path(DEFAULT_DB_PATH)
    log_level: str = "INFO"
    webhook_url: str | None = None
    port: int = 8443
    webhook_secret: str | None = None
    question_log: bool = True
    log_retention_days: int = 90

    @property
    def webhook_mode(self) -> bool:
        return bool(self.webhook_url)


def from_env(env: Mapping[str, str] | None = None) -> Settings:
    """Build Settings from `env` (default os.environ); raise ConfigError listing every problem."""
    env = os.environ if env is None else env
    problems: list[str] = []

    def get(name: str) -> str | None:
        value = env.get(name, "").strip()
        return value or None

    token = get("TELEGRAM_BOT_TOKEN")
    if token is not None and not _TOKEN_RE.match(token):
        # Also keeps the log filter sane: it blanks the token wherever it appears, and "x" is everywhere.
        quoted = len(token) > 2 and token[0] == token[-1] and token[0] in "\"'" and _TOKEN_RE.match(token[1:-1])
        # "bot123:AAH..." is the token as it stands in an API address (a fourteenth new user)
        prefixed = token[:3].lower() == "bot" and _TOKEN_RE.match(token[3:])
        problems.append("TELEGRAM_BOT_TOKEN has quotes around it: remove them (a platform's settings page or a "
                        "service file keeps them as part of the value)" if quoted else
                        "TELEGRAM_BOT_TOKEN starts with 'bot', as in an API address: remove the leading 'bot' (the "
                        "token itself starts with its digits)" if prefixed else
                        "TELEGRAM_BOT_TOKEN does not look like a token from @BotFather "
                        "(digits, a colon, then letters, digits, _ and -; send /token to @BotFather to see it again)")
    api_url = (get("TELEGRAM_API_URL") or DEFAULT_API_URL).rstrip("/")
    if not re.match(r"^https?://[^\s/]+", api_url):
        problems.append(f"TELEGRAM_API_URL must be an http:// or https:// URL, got {api_url!r}")
    elif re.search(r"/bot[^/]*:[^/]*$", api_url):
        # the token pasted on too (a twenty-sixth new user): it would be sent twice and never work
        problems.append("TELEGRAM_API_URL ends with /bot and a token: give only the server's address (the bot adds "
                        f"/bot<token> itself from TELEGRAM_BOT_TOKEN): use {re.sub(r'/bot[^/]*$', '', api_url)!r}")
    elif api_url.endswith("/bot"):
        # The bot adds /bot<token>/ itself: with it in the URL, every request 404s like a bad token.
        problems.append(f"TELEGRAM_API_URL is the server's address without /bot (the bot adds /bot<token>): "
                        f"use {api_url.removesuffix('/bot')!r}")

    rate_limit = 30.0
    if (raw := get("TELEGRAM_RATE_LIMIT")) is not None:
        try:
            rate_limit = float(raw)
            # aiolimiter cannot hand out fractions of a message, and inf is not a rate.
            if not (rate_limit == 0 or 1 <= rate_limit < 1e6):
                raise ValueError
        except ValueError:
            problems.append(
                f"TELEGRAM_RATE_LIMIT must be messages per second, 1 or more, or 0 to turn the limiter off, got {raw!r}"
            )
            rate_limit = 30.0

    admin_ids: set[int] = set()
    if (raw := get("ADMIN_IDS")) is not None:
        bad = []
        for part in raw.split(","):
            part = part.strip()
            if not part:
                continue
            if re.fullmatch(r"\d{1,20}", part) and int(part) > 0:
                admin_ids.add(int(part))
            else:
                bad.append(part)
        if bad:
            problems.append(_admin_ids_problem(bad))

    log_level = (get("LOG_LEVEL") or "INFO").upper()
    if log_level not in _LOG_LEVELS:
        problems.append(f"LOG_LEVEL must be one of {', '.join(_LOG_LEVELS)}, got {get('LOG_LEVEL')!r}")
        log_level = "INFO"

    webhook_url = get("WEBHOOK_URL")
    webhook_secret = get("WEBHOOK_SECRET")
    port = 8443
    if (raw := get("PORT")) is not None:
        if raw.isascii() and raw.isdigit() and 0 < int(raw) < 65536:
            port = int(raw)
        else:
            problems.append(f"PORT must be a TCP port number 1-65535, got {raw!r}")
    if webhook_url:
        if reasons := _webhook_url_reasons(webhook_url, self_hosted=api_url != DEFAULT_API_URL):
            # All in one problem: fixed one at a time, each restart showed only the next (a new user's
            # http://localhost:5000/hook took three).
            problems.append(f"WEBHOOK_URL {webhook_url!r} cannot be used: {'; '.join(reasons)}. To try the bot "
                            "locally, leave WEBHOOK_URL unset: the bot then polls Telegram and needs no public URL")
        if not webhook_secret:
            problems.append(
                "WEBHOOK_SECRET is required in webhook mode (WEBHOOK_URL is set): "
                f"1-256 characters of A-Z, a-z, 0-9, _ and -; {MAKE_SECRET}"
            )
    if webhook_secret and not _SECRET_RE.match(webhook_secret):
        problems.append(f"WEBHOOK_SECRET may only hold 1-256 characters of A-Z, a-z, 0-9, _ and -; {MAKE_SECRET}")

    question_log = True
    if (raw := get("QUESTION_LOG")) is not None:
        if raw.lower() in _TRUE:
            question_log = True
        elif raw.lower() in _FALSE:
            question_log = False
        else:
            problems.append(f"QUESTION_LOG must be on or off (1/0, true/false), got {raw!r}")

    retention = 90
    if (raw := get("LOG_RETENTION_DAYS")) is not None:
        if raw.isascii() and raw.isdigit() and int(raw) > 0:
            retention = int(raw)
        else:
            problems.append(f"LOG_RETENTION_DAYS must be a whole number of days, 1 or more, got {raw!r}")

    db_path = Path(get("DB_PATH") or DEFAULT_DB_PATH)
    # The journal (nothing lost across a restart) and the question log live there: a path the bot
    # cannot create would quietly turn both off.
    if db_path.is_dir():
        problems.append(f"DB_PATH is a folder, not a database file: {str(db_path)!r} (name a file in it)")
    elif not db_path.parent.is_dir():
        hint = "~ is not expanded here: write the full path" if str(db_path).startswith("~") else \
            "create it, or set another path"
        problems.append(f"DB_PATH's folder does not exist: {str(db_path.parent)!r} ({hint})")
    elif problem := _unusable_database(db_path):
        problems.append(problem)

    if problems:
        raise ConfigError([_without_token(p, token) for p in problems])
    return Settings(
        token=token,
        api_url=api_url,
        rate_limit=rate_limit,
        faq_path=Path(get("FAQ_PATH") or "faq.yaml"),
        admin_ids=frozenset(admin_ids),
        db_path=db_path,
        log_level=log_level,
        webhook_url=webhook_url,
        port=port,
        webhook_secret=webhook_secret,
        question_log=question_log,
        log_retention_days=retention,
    )


def _admin_ids_problem(bad: list[str]) -> str:
    """What is wrong with ADMIN_IDS's `bad` parts, and how to put it right (a new user's '@alice' and
    '12345 67890' were told only that they were no user ids)."""
    spaced = next((b for b in bad if re.fullmatch(r"\d+(?:[\s;|/]+\d+)+", b)), None)
    # Spaces or semicolons between ids read as one id: give the value as it should be written (a twenty-first new
    # user's "12345;67890").
    written = ",".join(re.split(r"[\s;|/]+", spaced)) if spaced else ""
    spacing = f"; separate the ids with commas, not spaces or semicolons: {written!r}" if spaced else ""
    return ("ADMIN_IDS must be comma-separated numeric Telegram user ids (e.g. 12345,67890); "
            f"not user ids: {', '.join(repr(b) for b in bad)} (a user id is a positive number; "
            f"a group's id starts with -){spacing}; to find your id, message @userinfobot on Telegram")


def faq_path_from_env(env: Mapping[str, str] | None = None) -> Path:
    """FAQ_PATH alone, for commands that need nothing else (a bad ADMIN_IDS must not stop `check`)."""
    env = os.environ if env is None else env
    return Path(env.get("FAQ_PATH", "").strip() or "faq.yaml")


WEBHOOK_PORTS = (443, 80, 88, 8443)  # the only ports Telegram's servers send webhooks to (Bot API: setWebhook)


def _webhook_url_reasons(url: str, *, self_hosted: bool) -> list[str]:
    """Every reason `url` cannot be the webhook, said before the bot starts rather than after
    setWebhook's retries (an eleventh new user's trial); [] when there is none. A self-hosted Bot API
    server (TELEGRAM_API_URL set) may call any host and port: only https is checked then."""
    reasons = []
    if "://" not in url:
        # "example.org/hook": the host is there, the scheme is not (a twentieth new user)
        return [f"it must be the public https:// URL Telegram should call: add https:// in front "
                f"(https://{url.lstrip('/')})"]
    if not url.startswith("https://"):
        reasons.append("it must be the public https:// URL Telegram should call")
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port or 443
    except ValueError:
        return [*reasons, "it is not a valid URL"]
    if parts.fragment or url.endswith("#"):
        # Telegram calls the URL without what follows "#": a secret or path put there never arrives (a twenty-first
        # new user's "https://example.org/hook#frag" was accepted).
        reasons.append("it has a '#' part, which Telegram never sends: put the path before it, or leave it out")
    if self_hosted:
        return reasons
    host = parts.hostname or ""
    if not host or " " in parts.netloc:
        return [*reasons, "it has no valid host name"]
    if port not in WEBHOOK_PORTS:
        reasons.append(f"it uses port {port}: Telegram sends webhooks only to ports 443, 80, 88 or 8443 "
                       "(listen on PORT behind a proxy that takes one of those)")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if host == "localhost" or host.endswith(".localhost") or (address and not address.is_global):
        reasons.append(f"it names {host!r}, which Telegram's servers cannot reach: use the bot's public address")
    return reasons


_SQLITE_HEADER = b"SQLite format 3\x00"


def _unusable_database(path: Path) -> str | None:
    """Why DB_PATH cannot hold the question log and the journal, found before the bot starts (an
    eleventh new user's trial: a file that is no database, or one the bot may not write, started the
    bot with both silently off); None when it can."""
    # SQLite creates the database there and writes its journal beside it, so a file alone is not enough.
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return (f"DB_PATH's folder cannot be written: {str(path.parent)!r} "
                "(SQLite keeps the database and its journal there)")
    if not path.exists():
        return None
    try:
        with open(path, "r+b") as db:
            head = db.read(len(_SQLITE_HEADER))
    except OSError as exc:
        return f"DB_PATH cannot be opened for writing: {str(path)!r} ({exc.strerror})"
    if head and head != _SQLITE_HEADER:
        return f"DB_PATH is not an SQLite database: {str(path)!r} (name a new file, or the bot's own database)"
    return None


def db_path_from_env(env: Mapping[str, str] | None = None) -> Path:
    """DB_PATH alone, for the report command."""
    env = os.environ if env is None else env
    return Path(env.get("DB_PATH", "").strip() or DEFAULT_DB_PATH)
