"""Admin commands in Telegram (/reload, /stats, /unanswered) and FAQ problem notices to admins."""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import html
import secrets
import logging

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from bot import live, markup
from bot import report as report_mod

log = logging.getLogger(__name__)

ADMIN_COMMANDS = (
    ("reload", "Reload faq.yaml now and say what changed"),
    ("stats", "Questions, answers and helpfulness: /stats [days]"),
    ("unanswered", "Latest questions with no answer: /unanswered [n]"),
)
_LOG_KEY = secrets.token_bytes(16)
DEFAULT_UNANSWERED = 10
MAX_UNANSWERED = 50


def is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """An admin, in a private chat: the figures quote users' questions, not for a whole group."""
    user, chat = update.effective_user, update.effective_chat
    return (user is not None and user.id in context.bot_data["settings"].admin_ids
            and chat is not None and chat.type == "private")


async def refuse(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Treat a non-admin like any unknown command; log the attempt. True when refused."""
    if is_admin(update, context):
        return False
    command = (update.effective_message.text or "").split(maxsplit=1)[0] if update.effective_message else "?"
    user = update.effective_user
    # A keyed hash (the key lives only in this process) tells repeated attempts apart without
    # writing a user id, or anything that can be turned back into one, to the log.
    who = hmac.new(_LOG_KEY, str(user.id).encode(), hashlib.sha256).hexdigest()[:10] if user else "unknown"
    log.warning("Refused admin command %s from a non-admin user (id hash %s)", command[:40], who)
    chat = update.effective_chat
    if chat is not None and chat.type == "private":
        from bot.telegram_bot import unknown_command  # late: telegram_bot imports this module

        await unknown_command(update, context)
    return True


async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reload the FAQ now and reply with what changed or what is wrong."""
    if await refuse(update, context):
        return
    source: live.FaqSource = context.bot_data["faq_source"]
    result = await asyncio.to_thread(source.reload)
    await reply_chunks(update, reload_html(result, source))
    # The other admins hear about a broken version once, whoever found it first.
    await notify_admins(context.application, result, skip=update.effective_user.id)


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show question counts by decision, top entries, unmatched questions and helpfulness."""
    ready = await _store_and_number(update, context, "Usage: /stats [days], e.g. /stats 7", default=None)
    if ready:
        store, days = ready
        stats = await asyncio.to_thread(store.stats, days)
        faq = context.bot_data["faq_source"].current.faq
        await reply_chunks(update, report_mod.render_stats_html(stats, {e.id: e.title for e in faq.entries}))


async def unanswered_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the latest unmatched questions, near-duplicates grouped."""
    ready = await _store_and_number(update, context, "Usage: /unanswered [n], e.g. /unanswered 20",
                                    default=DEFAULT_UNANSWERED)
    if ready:
        store, limit = ready
        groups = await asyncio.to_thread(store.unanswered, MAX_UNANSWERED)
        # The latest first (the report command ranks by how often instead).
        groups = sorted(groups, key=lambda g: -g.latest)[:limit]
        await reply_chunks(update, report_mod.render_unanswered_html(groups))


async def _store_and_number(update: Update, context: ContextTypes.DEFAULT_TYPE, usage: str, default):
    """For an admin command with an optional number: (store, number), or None once answered."""
    if await refuse(update, context):
        return None
    number = _number_arg(context.args, default)
    if number is False:
        await update.effective_message.reply_text(usage)
        return None
    store = context.bot_data.get("store")
    if store is None:
        await update.effective_message.reply_text("The question log is not available on this bot.")
        return None
    return store, number


def _number_arg(args: list[str] | None, default):
    """The optional positive whole number after a command; False when it is not one."""
    if not args:
        return default
    raw = args[0]
    if not (raw.isascii() and raw.isdigit()) or int(raw) < 1:
        return False
    return int(raw)


def reload_html(result: live.ReloadResult, source: live.FaqSource) -> str:
    """The admin's view of a reload: what changed, or every problem and that the old FAQ stays."""
    entries = len(source.current.faq.entries)
    if result.problems:
        lines = [f"<b>{html.escape(str(source.path))} has {len(result.problems)} problem(s).</b> "
                 f"Still serving the last good version ({entries} entries).", ""]
        lines += [f"<code>{html.escape(str(p))}</code>" for p in result.problems]
        return "\n".join(lines)
    return html.escape(result.summary()) + f"\nServing {entries} entries."


async def reply_chunks(update: Update, text: str) -> None:
    for chunk in markup.split(text):
        await update.effective_message.reply_text(chunk)


async def notify_admins(application: Application, result: live.ReloadResult, skip: int | None = None) -> None:
    """Tell every admin about a broken FAQ edit, once per broken version."""
    if not result.problems or not result.first_report:
        return
    settings = application.bot_data["settings"]
    text = reload_html(result, application.bot_data["faq_source"])
    for admin_id in sorted(settings.admin_ids - {skip}):
        for chunk in markup.split(text):
            try:
                await application.bot.send_message(admin_id, chunk)
            except TelegramError as exc:  # an admin who never started the bot cannot be messaged
                log.warning("Could not tell admin about the FAQ problems: %s", exc)
                break


async def set_admin_menus(application: Application, public: list[BotCommand]) -> None:
    """Give each admin's private chat a command menu with the admin commands added."""
    commands = public + [BotCommand(name, text) for name, text in ADMIN_COMMANDS]
    for admin_id in sorted(application.bot_data["settings"].admin_ids):
        try:
            await application.bot.set_my_commands(commands, scope=BotCommandScopeChat(admin_id))
        except TelegramError as exc:  # e.g. the admin has not started a chat with the bot yet
            log.warning("Could not set the admin command menu for one admin: %s", exc)
