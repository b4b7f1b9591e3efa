"""The typed context every handler gets: the shared services, reached as attributes, not string keys."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.config import Settings
from bot.conversation import Conversation
from bot.live import FaqSource
from bot.store import Store

if TYPE_CHECKING:
    from bot.telegram_bot.polling import GatedUpdatesRequest


@dataclass
class Services:
    """Everything handlers share (PTB's bot_data); filled in by app.build_application."""

    settings: Settings = field(default_factory=Settings)
    source: FaqSource | None = None
    store: Store | None = None
    conversation: Conversation | None = None
    updates_request: GatedUpdatesRequest | None = None
    tasks: dict[str, asyncio.Task] = field(default_factory=dict)  # background tasks, cancelled at stop


class Context(CallbackContext[ExtBot, dict, dict, Services]):
    """CallbackContext with the services as typed properties."""

    def __init__(self, application: Application, chat_id: int | None = None, user_id: int | None = None) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)

    @property
    def services(self) -> Services:
        return self.bot_data

    @property
    def conversation(self) -> Conversation:
        conversation = self.bot_data.conversation
        assert conversation is not None, "build_application sets the conversation"
        return conversation


CONTEXT_TYPES = ContextTypes(context=Context, bot_data=Services)
