"""Admin commands (/reload, /stats, /unanswered), answered from the FAQ source and the question log."""
from __future__ import annotations

import hashlib
import hmac
import html
import logging
import secrets

from bot import markup
from bot import report as report_mod
from bot.live import FaqSource, ReloadResult
from bot.store import Store

log = logging.getLogger(__name__)

# name -> the command menu's description (admins see these added to their own menu)
COMMANDS = {
    "reload": "Reload faq.yaml now and say what changed",
    "stats": "Questions, answers and helpfulness: /stats [days]",
    "unanswered": "Latest questions with no answer: /unanswered [n]",
}
USAGE = {"stats": "Usage: /stats [days], e.g. /stats 7", "unanswered": "Usage: /unanswered [n], e.g. /unanswered 20"}
DEFAULT_UNANSWERED = 10
MAX_UNANSWERED = 50
NO_STORE = "The question log is not available on this bot."
# A keyed hash (the key lives only in this process) tells repeated attempts apart without writing
# a user id, or anything that can be turned back into one, to the log.
_LOG_KEY = secrets.token_bytes(16)


def run(name: str, args: str, source: FaqSource, store: Store | None) -> tuple[list[str], str | None]:
    """Carry out admin command `name` (a key of COMMANDS); (HTML messages to reply, notice for the
    other admins or None). Blocks on file and database work: call it off the event loop."""
    if name == "reload":
        result = source.reload()
        return markup.split(reload_html(result, source)), notice(result, source)
    number = _number(args, None if name == "stats" else DEFAULT_UNANSWERED)
    if number is False:
        return [USAGE[name]], None
    if store is None:
        return [NO_STORE], None
    if name == "stats":
        titles = {e.id: e.title for e in source.current.faq.entries}
        return markup.split(report_mod.render_stats_html(store.stats(number), titles)), None
    # The latest first (the report command ranks by how often instead).
    groups = sorted(report_mod.unanswered(store, MAX_UNANSWERED), key=lambda g: -g.latest)[:number]
    return markup.split(report_mod.render_unanswered_html(groups)), None


def reload_html(result: ReloadResult, source: FaqSource) -> str:
    """The admin's view of a reload: what changed, or every problem and that the old FAQ stays."""
    entries = len(source.current.faq.entries)
    if result.problems:
        lines = [f"<b>{html.escape(str(source.path))} has {len(result.problems)} problem(s).</b> "
                 f"Still serving the last good version ({entries} entries).", ""]
        lines += [f"<code>{html.escape(str(p))}</code>" for p in result.problems]
        return "\n".join(lines)
    return html.escape(result.summary()) + f"\nServing {entries} entries."


def notice(result: ReloadResult, source: FaqSource) -> str | None:
    """What every admin is told about a reload: a broken version, once; None otherwise."""
    if not result.problems or not result.first_report:
        return None
    return reload_html(result, source)


def log_refusal(name: str, user_id: int | None) -> None:
    """Log an admin command from someone who is not an admin (or not in a private chat)."""
    who = hmac.new(_LOG_KEY, str(user_id).encode(), hashlib.sha256).hexdigest()[:10] if user_id else "unknown"
    log.warning("Refused admin command /%s from a non-admin user (id hash %s)", name[:40], who)


def _number(args: str, default: int | None) -> int | None | bool:
    """The optional positive whole number in `args`; False when it is not one."""
    words = args.split()
    if not words:
        return default
    raw = words[0]
    if not (raw.isascii() and raw.isdigit()) or int(raw) < 1:
        return False
    return int(raw)
