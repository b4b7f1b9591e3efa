"""Delivering responses to Telegram: keyboards, quoting, edits in place, and retries on flood limits."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
import warnings
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, ChatMigrated, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

from bot import markup
from bot.conversation import Response
from bot.replies import Button, Reply
from bot.telegram_bot.context import Context

log = logging.getLogger(__name__)

SEND_RETRIES = 3  # per request, after a 429 or a failed connection


def keyboard(rows: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
    """The inline keyboard for a reply's button rows (None for none)."""
    if not rows:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.text, callback_data=b.data) for b in row] for row in rows])


def topic_of(message: object) -> int | None:
    """The forum topic a message is in, which every reply to it must go to (None outside topics)."""
    if isinstance(message, Message) and message.is_topic_message:
        return message.message_thread_id
    return None


async def send(context: Context, chat_id: int, items: Sequence[Reply], quote: int | None = None,
               thread: int | None = None) -> None:
    """Send each reply in order, into forum topic `thread` if any; the first one quotes message
    `quote` (used in groups; sent anyway if that message was deleted meanwhile)."""
    for i, reply in enumerate(items):
        await context.bot.send_message(
            chat_id,
            reply.html,
            reply_markup=keyboard(reply.buttons),
            message_thread_id=thread,
            reply_parameters=ReplyParameters(quote, allow_sending_without_reply=True) if quote and i == 0 else None,
        )


async def deliver(update: Update, context: Context, response: Response, quote: int | None = None) -> None:
    """Carry out a conversation response for this update: replies, a button note, admin notices. In a
    group the first reply quotes the message (`quote`: another one, such as the member's question a
    call was about)."""
    query = update.callback_query
    if query is not None:
        await answer_callback(query, response.toast)
    if response.replies:
        message = update.effective_message
        if query is not None:
            if not isinstance(message, Message):
                return  # the message is too old to touch
            if response.in_place and not someone_elses(message, query, context.bot.id):
                await show_in_place(context, message, list(response.replies))
            elif response.in_place:  # a group member's press must not wipe out the answer another is reading
                await send(context, message.chat_id, response.replies, quote=message.message_id,
                           thread=topic_of(message))
            else:
                await send(context, message.chat_id, response.replies, thread=topic_of(message))
        else:
            group = message.chat.type != ChatType.PRIVATE
            await send(context, message.chat_id, response.replies,
                       quote=(quote or message.message_id) if group else None, thread=topic_of(message))
    if response.document is not None and update.effective_chat is not None:
        document = response.document
        await context.bot.send_document(update.effective_chat.id, InputFile(document.data, filename=document.name),
                                        caption=document.caption or None,
                                        message_thread_id=topic_of(update.effective_message))
    if response.notice:
        await notify_admins(context.application, response.notice, skip=update.effective_user.id)


def someone_elses(message: Message, query: CallbackQuery, bot_id: int) -> bool:
    """Whether the bot's `message` answers another person than the one who pressed its button (it
    quotes their question); unknown (the question deleted) counts as the presser's own, and so does
    a reply the bot sent for a button press (it quotes the bot's own message)."""
    asked = message.reply_to_message
    return (asked is not None and asked.from_user is not None and asked.from_user.id not in (query.from_user.id,
                                                                                               bot_id))


async def notify_admins(application: Application, text: str, skip: int | None = None) -> None:
    """Send `text` (HTML) to every admin but `skip`; an admin who never started the bot is logged."""
    for admin_id in sorted(application.bot_data.settings.admin_ids - {skip}):
        for chunk in markup.split(text):
            try:
                await application.bot.send_message(admin_id, chunk)
            except TelegramError as exc:
                log.warning("Could not tell an admin about the FAQ: %s", exc)
                break


async def answer_callback(query: CallbackQuery, text: str | None = None) -> None:
    """Stop the button's spinner; a query that is too old is not worth failing the update for."""
    try:
        await query.answer(text)
    except BadRequest as exc:
        log.debug("Could not answer a callback query: %s", exc)


async def show_in_place(context: Context, message: Message, items: list[Reply]) -> None:
    """Replace the bot's own group message with the first reply, so buttons never add messages."""
    first, rest = items[0], items[1:]
    try:
        await message.edit_text(first.html, reply_markup=keyboard(first.buttons))
    except BadRequest as exc:
        if "not modified" in str(exc):
            return  # two people pressed the same button
        log.debug("Could not edit message in place (%s); sending instead", exc)
        rest = items
    if rest:
        await send(context, message.chat_id, rest, thread=topic_of(message))


class RetryingLimiter(BaseRateLimiter[int]):
    """Send through PTB's AIORateLimiter (or straight, when `limiter` is None) and retry faults.

    A 429 is retried after its `retry_after` (AIORateLimiter does that itself when present); a
    plain NetworkError (a dropped connection, a 5xx) is retried after a short pause. Timeouts and
    Telegram's answers (400, 403, ...) are not retried: the request may have been carried out.
    """

    def __init__(self, limiter: BaseRateLimiter | None, retries: int = SEND_RETRIES) -> None:
        self.limiter = limiter
        self.retries = retries
        self.moved: dict[int | str, int] = {}  # old group id -> its supergroup's id

    async def initialize(self) -> None:
        if self.limiter:
            await self.limiter.initialize()

    async def shutdown(self) -> None:
        if self.limiter:
            await self.limiter.shutdown()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        if data.get("chat_id") in self.moved:
            data["chat_id"] = self.moved[data["chat_id"]]
        for attempt in range(self.retries + 1):
            try:
                if self.limiter is not None:
                    return await self.limiter.process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if self.limiter is not None or attempt == self.retries:
                    raise
                await asyncio.sleep(retry_after(exc) + 0.1)
            except ChatMigrated as exc:
                # The group became a supergroup: the same request to its new id (and the next ones,
                # see migrated()).
                if attempt == self.retries or "chat_id" not in data:
                    raise
                log.info("A group became a supergroup; sending to its new chat id")
                self.moved[data["chat_id"]] = exc.new_chat_id
                data["chat_id"] = exc.new_chat_id
            except (BadRequest, TimedOut):
                raise
            except NetworkError as exc:
                if attempt == self.retries:
                    raise
                log.warning("%s failed (%s); retrying (if this goes on, check this machine's network, or "
                            "TELEGRAM_API_URL if it is set)", endpoint, exc)
                await asyncio.sleep(0.5 * 2**attempt)
        raise AssertionError("unreachable")


def retry_after(exc: RetryAfter) -> float:
    """Seconds Telegram asked to wait (PTB 22 warns that the attribute will become a timedelta)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        delay = exc.retry_after
    seconds = delay.total_seconds() if isinstance(delay, dt.timedelta) else float(delay)
    log.info("Telegram asked to wait %.0f s; retrying then", seconds)
    return seconds
