"""The admin commands in Telegram: run off the event loop, and each admin's own command menu."""
from __future__ import annotations

import asyncio
import logging

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError
from telegram.ext import Application

from bot import admin
from bot.telegram_bot.context import Context
from bot.telegram_bot.handlers import command_of, sender
from bot.telegram_bot.sending import deliver

log = logging.getLogger(__name__)


async def admin_command(update: Update, context: Context) -> None:
    """Answer /reload, /stats or /unanswered for an admin (file and database work in a thread)."""
    parts = command_of(update, context)
    if parts is not None:
        response = await asyncio.to_thread(context.conversation.command, *parts, sender(update, context))
        await deliver(update, context, response)


async def set_admin_menus(application: Application, public: list[BotCommand]) -> None:
    """Give each admin's private chat a command menu with the admin commands added."""
    commands = public + [BotCommand(name, text) for name, text in admin.COMMANDS.items()]
    for admin_id in sorted(application.bot_data.settings.admin_ids):
        try:
            await application.bot.set_my_commands(commands, scope=BotCommandScopeChat(admin_id))
        except TelegramError as exc:  # e.g. the admin has not started a chat with the bot yet
            log.warning("Could not set the admin command menu for one admin: %s", exc)
