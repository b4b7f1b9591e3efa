"""The Telegram layer: python-telegram-bot handlers, the Application, and the process entry `run()`.

Handlers stay thin: the matcher decides, bot.replies words the answer, this module sends it.

Behaviour in short (the README documents it):
- Private chats: every text message is a question; commands /start [entry-id], /help, /topics,
  /disclaimer, /privacy, /ask; any other command gets the help text; non-text gets one short reply.
- Groups: the bot answers only when mentioned (@username), when a message replies to one of its
  messages, or through /ask <question>. Its commands work bare or as /cmd@ThisBot; /cmd@OtherBot is
  left alone. It never floods a group: answers quote the question, a question it cannot answer
  gets the fallback text with one "show the topics" button instead of the whole topics keyboard,
  button presses edit the bot's message in place instead of adding messages, non-text messages
  are ignored unless they reply to the bot, and PTB's rate limiter keeps to 20 messages a minute
  per group.
- Edited messages: in a private chat an edited message is handled as if it were sent anew (the
  user gets an answer to the corrected question); in groups edits are ignored.
- Inline mode: the best matching entries (answer plus disclaimer), an empty or unmatched query
  offers every topic; at most 50 results, cache_time 60 s, not personal.
- Faults: sends go through a limiter that retries a 429 after `retry_after` and a failed
  connection (plain NetworkError: dropped connection, 5xx) a few times, so no reply is lost;
  polling errors are retried by PTB with backoff. Any handler error is logged and the user gets
  an apology. The token never reaches a log line (bot.logs) nor the terminal.
- Shutdown: SIGTERM/SIGINT stop fetching, answer every update already received and exit 0; a
  watchdog ends the process at 9.5 s in any case. The bot fetches no more updates while a few
  seconds' worth of sends (at the rate limit) are still waiting, so the backlog it owns at
  shutdown can always be answered in time; the rest stays queued at Telegram for the next start.
- A token Telegram rejects, at start or later (revoked), ends the process with one line on
  stderr and status 2.
- Speed: keyboards are built and serialised once, inline results once per FAQ version, and the
  decision for a short message is remembered per FAQ version (people send "hi", "thanks" and
  copied questions word for word).
"""
from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
import os
import re
import signal
import ssl
import sys
import threading
import urllib.parse
import warnings
from collections.abc import Callable, Coroutine, Sequence
from functools import lru_cache
from typing import Any

import httpx
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, InlineQueryLimit, ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from bot import admin, live, markup, replies
from bot.config import Settings
from bot.faq import FAQ, FAQError
from bot.logs import setup_logging
from bot.matching import Decision
from bot.replies import Button, Reply
from bot.store import Store

log = logging.getLogger(__name__)

# httpcore (under httpx) runs `import sniffio` several times per request; when sniffio is not
# installed each attempt searches sys.path again (~65 µs). Remember the miss once.
try:
    import sniffio  # noqa: F401
except ImportError:
    sys.modules["sniffio"] = None  # type: ignore[assignment]

ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query"]
COMMANDS = [
    ("start", "Welcome and the list of topics"),
    ("topics", "Everything I can answer"),
    ("ask", "Ask a question (in groups: /ask your question)"),
    ("help", "How to use this bot"),
    ("disclaimer", "What my answers are and are not"),
    ("privacy", "What I store and for how long"),
]
INLINE_CACHE_TIME = 60      # seconds; results depend only on the query and the FAQ
QUESTION_MAX = 4096         # characters of a question looked at (Telegram's own message limit)
STORE_BATCH_SECONDS = 1.0   # questions are logged in one commit per second at most (store.flush on stop)
SEND_RETRIES = 3            # per request, after a 429 or a failed connection
SHUTDOWN_DEADLINE = 9.5     # seconds from the stop signal to the end of the process, at most
BACKLOG_SECONDS = 4.0       # stop fetching while this many seconds of sends are still waiting
# Updates handled at once. Under Telegram's limits 32 lanes reach 30 msg/s even with ~1 s round
# trips (connections open only as needed). With the limiter off (a self-hosted Bot API server,
# usually close by) every lane becomes a busy HTTP connection, and httpcore's per-request cost
# grows with the number of connections, so a few lanes are fastest.
LANES_LIMITED = 32
LANES_UNLIMITED = 4
REJECTED_TOKEN = "Telegram rejected TELEGRAM_BOT_TOKEN (check it with @BotFather)"


# ---------------------------------------------------------------------------------------------
# Sending
# ---------------------------------------------------------------------------------------------


class Keyboard(InlineKeyboardMarkup):
    """An inline keyboard whose JSON form is worked out once: replies reuse a few keyboards."""

    __slots__ = ("_as_dict",)

    def __init__(self, rows: Sequence[Sequence[InlineKeyboardButton]]) -> None:
        super().__init__(rows)
        with self._unfrozen():
            self._as_dict = super().to_dict()

    def to_dict(self, recursive: bool = True) -> dict[str, Any]:
        return self._as_dict if recursive else super().to_dict(recursive)


@lru_cache(maxsize=512)
def keyboard(buttons: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
    """Turn replies' button rows into an inline keyboard (built once per distinct keyboard)."""
    if not buttons:
        return None
    return Keyboard([[InlineKeyboardButton(b.text, callback_data=b.data) for b in row] for row in buttons])


async def send(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, items: Sequence[Reply], quote: int | None = None
) -> None:
    """Send each reply in order; the first one quotes message `quote` (used in groups)."""
    for i, reply in enumerate(items):
        await context.bot.send_message(
            chat_id,
            reply.html,
            reply_markup=keyboard(reply.buttons),
            reply_parameters=(
                ReplyParameters(quote, allow_sending_without_reply=True) if quote and i == 0 else None
            ),
        )


async def respond(update: Update, context: ContextTypes.DEFAULT_TYPE, items: Sequence[Reply]) -> None:
    """Send replies to the chat of the update; quote the user's message in groups."""
    message = update.effective_message
    group = message.chat.type != ChatType.PRIVATE
    await send(context, message.chat_id, items, quote=message.message_id if group else None)


def snapshot(context: ContextTypes.DEFAULT_TYPE) -> live.Snapshot:
    """The FAQ version to use for this whole update."""
    return context.bot_data["faq_source"].current


def is_group(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type != ChatType.PRIVATE


def compact_for_group(faq: FAQ, items: list[Reply]) -> list[Reply]:
    """In groups, swap a full topics keyboard for one button that shows it on demand."""
    full = replies.topics(faq).buttons
    return [
        Reply(r.html, ((Button("📋 Show the topics", replies.CB_TOPICS),),)) if r.buttons == full else r
        for r in items
    ]


def settings_of(context: ContextTypes.DEFAULT_TYPE) -> Settings:
    return context.bot_data["settings"]


# ---------------------------------------------------------------------------------------------
# The question log and votes: `bot_data["store"]` is a bot.store.Store (or None in tests of the
# Telegram layer alone); these two functions and bot.admin are the only places that use it.
# ---------------------------------------------------------------------------------------------


def record_question(context: ContextTypes.DEFAULT_TYPE, text: str, decision: Decision) -> None:
    """Log the question for the FAQ's editors, when a store is plugged in and logging is on."""
    store = context.bot_data.get("store")
    if store is not None and settings_of(context).question_log:
        store.log_question(text, decision.kind, decision.entry_id, decision.score)


def record_vote(context: ContextTypes.DEFAULT_TYPE, user_id: int, entry_id: str, helpful: bool) -> bool:
    """Record a 👍/👎 vote; True when it replaced the user's earlier vote on that entry."""
    store = context.bot_data.get("store")
    if store is None:
        return False
    return bool(store.vote(user_id, entry_id, helpful))


# ---------------------------------------------------------------------------------------------
# Handlers
# ---------------------------------------------------------------------------------------------


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Decide on one question and send the whole answer."""
    snap = snapshot(context)
    question = question[:QUESTION_MAX]
    if not question.strip():
        await respond(update, context, [replies.help_text(snap.faq, group=is_group(update))])
        return
    decision = decide(snap, question)
    record_question(context, question, decision)
    items = replies.for_decision(snap.faq, decision, question)
    if is_group(update):
        items = compact_for_group(snap.faq, items)
    await respond(update, context, items)


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a text message (new or edited) in a private chat."""
    message = update.effective_message
    if message.via_bot and message.via_bot.id == context.bot.id:
        return  # one of our own inline answers, sent into this chat
    await answer_question(update, context, message.text)


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a group message only when it mentions the bot or replies to it."""
    message = update.effective_message
    mention = mention_pattern(context)
    if mention.search(message.text):
        await answer_question(update, context, mention.sub(" ", message.text))
    elif replies_to_bot(message, context.bot.id):
        await answer_question(update, context, message.text)


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer /ask <question>, in groups and private chats."""
    question = re.sub(r"^/\S*\s*", "", update.effective_message.text or "", count=1)
    await answer_question(update, context, question)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome the user, or open the entry named by a deep link (/start <entry-id>)."""
    faq = snapshot(context).faq
    if context.args:
        await respond(update, context, replies.entry(faq, context.args[0][:64]))
    else:
        await respond(update, context, [replies.welcome(faq)])


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain how to use the bot."""
    await respond(update, context, [replies.help_text(snapshot(context).faq, group=is_group(update))])


async def topics_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List every topic as buttons."""
    await respond(update, context, [replies.topics(snapshot(context).faq)])


async def disclaimer_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the disclaimer."""
    await respond(update, context, [replies.disclaimer(snapshot(context).faq)])


async def privacy_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say what is stored and for how long."""
    settings = settings_of(context)
    await respond(update, context, [
        replies.privacy(question_log=settings.question_log, retention_days=settings.log_retention_days)
    ])


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a command the bot does not know (private chats) with the help text."""
    command = (update.effective_message.text or "").split(maxsplit=1)[0]
    addressee = command.partition("@")[2]
    if addressee and addressee.lower() != (context.bot.username or "").lower():
        return  # meant for another bot
    await help_command(update, context)


async def non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell the user that only text questions are read (in groups only when replying to the bot)."""
    message = update.effective_message
    if is_group(update) and not replies_to_bot(message, context.bot.id):
        return
    await respond(update, context, [replies.non_text()])


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Handle a button press: show an entry, record a vote, or list the topics."""
    query = update.callback_query
    data = query.data or ""
    faq = snapshot(context).faq
    if data.startswith(replies.CB_VOTE):
        entry_id, _, verdict = data[len(replies.CB_VOTE):].rpartition(":")
        helpful = verdict == "up"
        replaced = False
        if faq.get(entry_id) and verdict in ("up", "down"):  # callback data can be forged
            replaced = record_vote(context, query.from_user.id, entry_id, helpful)
        await answer_callback(query, replies.vote_thanks(helpful, replaced))
        return
    await answer_callback(query)
    if data.startswith(replies.CB_ENTRY):
        items = replies.entry(faq, data[len(replies.CB_ENTRY):])
    elif data == replies.CB_TOPICS:
        items = [replies.topics(faq)]
    else:
        return  # a button from some older version of the bot
    message = query.message
    if not isinstance(message, Message):
        return  # the message is too old to touch
    if message.chat.type == ChatType.PRIVATE:
        await send(context, message.chat_id, items)
    else:
        await show_in_place(context, message, items)


async def answer_callback(query: Any, text: str | None = None) -> None:
    """Stop the button's spinner; a query that is too old is not worth failing the update for."""
    try:
        await query.answer(text)
    except BadRequest as exc:
        log.debug("Could not answer a callback query: %s", exc)


async def show_in_place(context: ContextTypes.DEFAULT_TYPE, message: Message, items: list[Reply]) -> None:
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
        await send(context, message.chat_id, rest)


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer the best matching entries for `@bot question`, or all topics for an empty query."""
    query = update.inline_query
    snap = snapshot(context)
    text = (query.query or "")[:256].strip()
    results: list[InlineQueryResultArticle] = []
    ids: list[str] = []
    if text:
        decision = decide(snap, text)
        if decision.kind == "urgent":
            results.append(urgent_article(snap))
        ids = [entry_id for entry_id, _ in snap.matcher.rank(text, InlineQueryLimit.RESULTS)]
    if not ids:
        ids = [e.id for e in snap.faq.entries]
    results.extend(entry_article(snap, entry_id) for entry_id in ids)
    await query.answer(results[: InlineQueryLimit.RESULTS], cache_time=INLINE_CACHE_TIME, is_personal=False)


def inline_text(faq: FAQ, entry_id: str) -> str:
    """An entry's answer and the disclaimer in one message of at most 4096 characters."""
    item = faq.get(entry_id)
    footer = f"\n\n<i>{faq.disclaimer}</i>"
    room = markup.MAX_MESSAGE_LENGTH - markup.telegram_length(footer)
    return markup.split(item.answer, room)[0] + footer


def entry_article(snap: live.Snapshot, entry_id: str) -> InlineQueryResultArticle:
    """One inline result for an entry (built once per FAQ version)."""
    cache = snap_cache(snap, "articles")
    article = cache.get(entry_id)
    if article is None:
        item = snap.faq.get(entry_id)
        summary = " ".join(markup.to_plain(item.answer).split())
        article = InlineQueryResultArticle(
            id=entry_id,
            title=item.title,
            description=summary[:120] + ("…" if len(summary) > 120 else ""),
            input_message_content=InputTextMessageContent(inline_text(snap.faq, entry_id), parse_mode=ParseMode.HTML),
        )
        cache[entry_id] = article
    return article


def urgent_article(snap: live.Snapshot) -> InlineQueryResultArticle:
    """The urgent-care message as an inline result."""
    urgent = replies.urgent(snap.faq)
    return InlineQueryResultArticle(
        id="!urgent",
        title="🚑 This may need a doctor today",
        description=" ".join(urgent.plain.split())[:120],
        input_message_content=InputTextMessageContent(urgent.html, parse_mode=ParseMode.HTML),
    )


_SNAP_CACHES: dict[str, dict[str, dict[str, Any]]] = {}
DECISION_CACHE = 2048       # recent short messages whose decision is remembered, per FAQ version
DECISION_CACHE_TEXT = 256   # only messages up to this many characters are remembered


def decide(snap: live.Snapshot, text: str) -> Decision:
    """The matcher's decision, remembered for short messages people send word for word
    ("hi", "thanks", a question copied from a topic title)."""
    if len(text) > DECISION_CACHE_TEXT:
        return snap.matcher.decide(text)
    cache = snap_cache(snap, "decisions")
    decision = cache.get(text)
    if decision is None:
        decision = snap.matcher.decide(text)
        if len(cache) >= DECISION_CACHE:
            cache.pop(next(iter(cache)))  # drop the oldest
        cache[text] = decision
    return decision


def snap_cache(snap: live.Snapshot, name: str) -> dict[str, Any]:
    """A small cache (`name`: "articles" or "decisions") that lives as long as one FAQ version."""
    caches = _SNAP_CACHES.get(snap.digest)
    if caches is None:
        _SNAP_CACHES.clear()
        caches = _SNAP_CACHES[snap.digest] = {}
    return caches.setdefault(name, {})


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error without secrets and apologise to the user it happened to."""
    error = context.error
    if not isinstance(update, Update):
        if isinstance(error, Conflict):
            log.error("Telegram says another process is polling with this token, or a webhook is set: %s", error)
        elif isinstance(error, NetworkError):
            log.warning("Polling failed (%s); retrying", error)
        else:
            log.error("Error outside any update", exc_info=error)
        return
    if isinstance(error, InvalidToken):
        return  # the token was revoked: nothing can be sent; run() reports it
    if isinstance(error, Forbidden):
        log.info("Update %s: the user blocked the bot or removed it (%s)", update.update_id, error)
        return
    log.error("Error while handling %s", describe(update), exc_info=error)
    if update.callback_query:
        await answer_callback(update.callback_query)
    chat = update.effective_chat
    if chat is None or update.inline_query:
        return
    message = update.effective_message
    quote = message.message_id if message and chat.type != ChatType.PRIVATE and not update.callback_query else None
    try:
        await send(context, chat.id, [replies.apology()], quote=quote)
    except Exception as exc:  # the network may be what failed in the first place
        log.warning("Could not send the apology for update %s: %s", update.update_id, exc)


def describe(update: Update) -> str:
    """Which update failed, without the user's identity or text."""
    kind = next((k for k in ALLOWED_UPDATES if getattr(update, k, None) is not None), "update")
    chat = update.effective_chat
    where = f" in a {chat.type} chat" if chat else ""
    return f"update {update.update_id} ({kind}{where})"


# ---------------------------------------------------------------------------------------------
# Who is being addressed
# ---------------------------------------------------------------------------------------------


def mention_pattern(context: ContextTypes.DEFAULT_TYPE) -> re.Pattern[str]:
    pattern = context.bot_data.get("mention_re")
    if pattern is None:
        pattern = re.compile(rf"@{re.escape(context.bot.username)}(?![A-Za-z0-9_])", re.IGNORECASE)
        context.bot_data["mention_re"] = pattern
    return pattern


def replies_to_bot(message: Message, bot_id: int) -> bool:
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == bot_id)


# ---------------------------------------------------------------------------------------------
# Sending limits and retries
# ---------------------------------------------------------------------------------------------


class RetryingLimiter(BaseRateLimiter[int]):
    """Send through PTB's AIORateLimiter (or straight, when `limiter` is None) and retry faults.

    A 429 is retried after its `retry_after` (AIORateLimiter does that itself when present); a
    plain NetworkError (a dropped connection, a 5xx) is retried after a short pause. Timeouts and
    Telegram's answers (400, 403, ...) are not retried: the request may have been carried out.
    """

    def __init__(self, limiter: BaseRateLimiter | None, retries: int = SEND_RETRIES) -> None:
        self.limiter = limiter
        self.retries = retries

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
        for attempt in range(self.retries + 1):
            try:
                if self.limiter is not None:
                    return await self.limiter.process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if self.limiter is not None or attempt == self.retries:
                    raise
                with warnings.catch_warnings():  # PTB 22 warns that retry_after will become a timedelta
                    warnings.simplefilter("ignore", PTBDeprecationWarning)
                    delay = exc.retry_after
                delay = delay.total_seconds() if isinstance(delay, dt.timedelta) else float(delay)
                log.info("Telegram asked to wait %.0f s before %s; retrying then", delay, endpoint)
                await asyncio.sleep(delay + 0.1)
            except (BadRequest, TimedOut):
                raise
            except NetworkError as exc:
                if attempt == self.retries:
                    raise
                log.warning("%s failed (%s); retrying", endpoint, exc)
                await asyncio.sleep(0.5 * 2**attempt)
        raise AssertionError("unreachable")


class UpdateQueue(asyncio.Queue):
    """PTB's update queue, counting updates received and not yet fully handled."""

    def __init__(self) -> None:
        super().__init__()
        self.in_flight = 0
        self.room = asyncio.Event()

    def put_nowait(self, item: Any) -> None:
        super().put_nowait(item)
        self.in_flight += 1

    def task_done(self) -> None:
        super().task_done()
        self.in_flight = max(0, self.in_flight - 1)
        self.room.set()


class GatedUpdatesRequest(HTTPXRequest):
    """getUpdates that waits while `limit` updates are still being answered (backpressure).

    Updates not fetched stay queued at Telegram, so the bot only ever owns a backlog it can answer
    within the shutdown deadline. The final getUpdates of a shutdown (timeout 0) is never held.
    It also notices a token revoked while running: PTB would abort polling and idle, so the
    answer is turned into "no updates", `rejected` is set and `on_rejected` stops the bot
    gracefully; run() then reports the token like one rejected at start.
    """

    def __init__(self, queue: UpdateQueue, limit: int, tls: ssl.SSLContext) -> None:
        super().__init__(connection_pool_size=1, httpx_kwargs={"verify": tls})
        self.queue = queue
        self.limit = limit
        self.on_rejected: Callable[[], object] | None = None
        self.rejected = False

    async def do_request(self, url: str, method: str, request_data: Any = None, *args: Any, **kwargs: Any):
        if request_data is not None and request_data.parameters.get("timeout"):
            while self.queue.in_flight >= self.limit:
                self.queue.room.clear()
                await self.queue.room.wait()
        status, body = await super().do_request(url, method, request_data, *args, **kwargs)
        if status in (401, 404):
            self.rejected = True
            if self.on_rejected is not None:
                self.on_rejected()
            return 200, b'{"ok":true,"result":[]}'
        return status, body


# ---------------------------------------------------------------------------------------------
# The Application
# ---------------------------------------------------------------------------------------------


def tls_context(api_url: str) -> ssl.SSLContext:
    """One TLS context for both HTTP clients (loading the CA bundle takes ~20 ms each time).

    A plain http:// API URL (a self-hosted Bot API server) never uses TLS; its context trusts
    no certificate at all, so it could never be used to talk to anyone unverified.
    """
    if urllib.parse.urlsplit(api_url).scheme == "http":
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return httpx.create_ssl_context()


def build_application(settings: Settings, source: live.FaqSource, store: Store | None = None) -> Application:
    """Build the Application and register the handlers, in order."""
    if settings.rate_limit > 0:
        limiter = RetryingLimiter(AIORateLimiter(
            overall_max_rate=settings.rate_limit, overall_time_period=1,
            group_max_rate=20, group_time_period=60, max_retries=SEND_RETRIES,
        ))
        backlog = max(50, int(settings.rate_limit * BACKLOG_SECONDS))
        lanes = LANES_LIMITED
    else:
        limiter = RetryingLimiter(None)
        backlog = 200
        lanes = LANES_UNLIMITED
    queue = UpdateQueue()
    tls = tls_context(settings.api_url)
    updates_request = GatedUpdatesRequest(queue, backlog, tls)
    application = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(f"{settings.api_url}/bot")
        .base_file_url(f"{settings.api_url}/file/bot")
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .rate_limiter(limiter)
        .concurrent_updates(lanes)
        .update_queue(queue)
        .request(HTTPXRequest(connection_pool_size=2 * lanes + 8, httpx_kwargs={"verify": tls}))
        .get_updates_request(updates_request)
        .post_init(post_init)
        .post_stop(post_stop)
        .build()
    )
    application.bot_data.update(settings=settings, faq_source=source, store=store)
    # A token revoked while polling: stop, and run() reports it like a token rejected at start.
    updates_request.on_rejected = lambda: application.updater.running and application.stop_running()
    application.bot_data["updates_request"] = updates_request

    # Commands work in every chat, bare or as /cmd@ThisBot (PTB ignores /cmd@OtherBot).
    # Edited messages count only in private chats, where they are handled like new ones.
    fresh = filters.UpdateType.MESSAGE | (filters.UpdateType.EDITED_MESSAGE & filters.ChatType.PRIVATE)
    application.add_handler(CommandHandler("start", start, filters=fresh))
    application.add_handler(CommandHandler("help", help_command, filters=fresh))
    application.add_handler(CommandHandler("topics", topics_command, filters=fresh))
    application.add_handler(CommandHandler("disclaimer", disclaimer_command, filters=fresh))
    application.add_handler(CommandHandler("privacy", privacy_command, filters=fresh))
    application.add_handler(CommandHandler("ask", ask, filters=fresh))
    # Admin commands: for ADMIN_IDS only; anyone else is treated as for an unknown command.
    application.add_handler(CommandHandler("reload", admin.reload_command, filters=fresh))
    application.add_handler(CommandHandler("stats", admin.stats_command, filters=fresh))
    application.add_handler(CommandHandler("unanswered", admin.unanswered_command, filters=fresh))
    # Other commands: the help text in private chats, silence in groups.
    application.add_handler(MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE & fresh, unknown_command))
    # Questions: every text in private chats; in groups only when mentioned or replied to.
    application.add_handler(MessageHandler(filters.TEXT & filters.ChatType.PRIVATE & fresh, private_text))
    application.add_handler(MessageHandler(
        filters.TEXT & ~filters.COMMAND & filters.ChatType.GROUPS & filters.UpdateType.MESSAGE, group_text
    ))
    # Stickers, photos, voice...: one short reply (in groups only to replies to the bot).
    application.add_handler(MessageHandler(
        ~filters.TEXT & ~filters.StatusUpdate.ALL & filters.UpdateType.MESSAGE, non_text
    ))
    # Buttons and inline mode.
    application.add_handler(CallbackQueryHandler(button))
    application.add_handler(InlineQueryHandler(inline_query))
    # Any handler error: log it and apologise.
    application.add_error_handler(error_handler)
    return application


async def post_init(application: Application) -> None:
    """Set the command menu, start the FAQ watcher, and arm the shutdown watchdog."""
    log.info("Connected to Telegram as @%s", application.bot.username)
    if application.bot_data.get("store") is None:
        # Opened only once Telegram has accepted the token, so a bad token stays a one-line error.
        settings: Settings = application.bot_data["settings"]
        application.bot_data["store"] = Store(
            settings.db_path, enabled=settings.question_log, retention_days=settings.log_retention_days,
            batch_seconds=STORE_BATCH_SECONDS,
        )
        application.bot_data["flusher"] = asyncio.create_task(flush_every(application.bot_data["store"]))
    # The menu is cosmetic: set it in the background rather than hold up polling.
    application.bot_data["menu"] = asyncio.create_task(set_menu(application))
    source = application.bot_data["faq_source"]

    async def on_reload(result: live.ReloadResult) -> None:
        """Tell the admins about a broken edit (bot.live has logged every reload already)."""
        await admin.notify_admins(application, result)

    application.bot_data["watcher"] = asyncio.create_task(live.watch(source, on_reload))
    install_stop_signals(asyncio.get_running_loop())


async def flush_every(store: Store) -> None:
    """Write batched questions within STORE_BATCH_SECONDS even when no new question comes."""
    while True:
        await asyncio.sleep(STORE_BATCH_SECONDS)
        store.flush()


async def set_menu(application: Application) -> None:
    """Set the command menu (setMyCommands), with the admin commands in the admins' chats only."""
    public = [BotCommand(name, text) for name, text in COMMANDS]
    try:
        await application.bot.set_my_commands(public)
        await admin.set_admin_menus(application, public)
    except Exception as exc:  # a menu is not worth stopping for
        log.warning("Could not set the command menu: %s", exc)


async def post_stop(application: Application) -> None:
    """Stop the FAQ watcher and the question-log flusher (run() closes the store, which writes the rest)."""
    for task in ("watcher", "flusher"):
        running = application.bot_data.pop(task, None)
        if running is not None:
            running.cancel()


def install_stop_signals(loop: asyncio.AbstractEventLoop) -> None:
    """Stop like PTB on SIGINT/SIGTERM, and end the process at SHUTDOWN_DEADLINE whatever happens."""

    def stop() -> None:
        if not getattr(stop, "armed", False):
            stop.armed = True  # type: ignore[attr-defined]
            timer = threading.Timer(SHUTDOWN_DEADLINE, deadline_passed)
            timer.daemon = True
            timer.start()
        raise SystemExit

    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop)
        except (NotImplementedError, RuntimeError):  # Windows: PTB's own handling stays
            return


def deadline_passed() -> None:
    log.error("Shutdown took longer than %.1f s; exiting now, some replies may be lost", SHUTDOWN_DEADLINE)
    logging.shutdown()
    os._exit(0)


def webhook_path(settings: Settings) -> tuple[str, str]:
    """The path the webhook server listens on and the URL given to Telegram.

    The path is WEBHOOK_URL's own path (a reverse proxy passes it through); a bare host gets a
    path derived from the secret, so it is not guessable and never contains the token.
    """
    url = settings.webhook_url.rstrip("/")
    path = urllib.parse.urlsplit(url).path.strip("/")
    if not path:
        path = "telegram-" + hashlib.sha256((settings.webhook_secret or "").encode()).hexdigest()[:16]
        url = f"{url}/{path}"
    return path, url


def run(settings: Settings) -> int:
    """Run the bot until SIGTERM/SIGINT (polling, or webhook when WEBHOOK_URL is set); the exit status."""
    setup_logging(settings.log_level, [s for s in (settings.token, settings.webhook_secret) if s])
    # PTB logs the rejected token with its traceback; we say it in one line instead.
    for handler in logging.getLogger().handlers:
        handler.addFilter(lambda record: not (record.exc_info and isinstance(record.exc_info[1], InvalidToken)))
    try:
        source = live.FaqSource.load(settings.faq_path)
    except FAQError as exc:
        print(f"Cannot use the FAQ file {settings.faq_path}:\n{exc}", file=sys.stderr)
        return 2
    application = build_application(settings, source)
    try:
        if settings.webhook_mode:
            path, url = webhook_path(settings)
            log.info("Webhook mode: listening on port %d", settings.port)
            application.run_webhook(
                listen="0.0.0.0", port=settings.port, url_path=path, webhook_url=url,
                secret_token=settings.webhook_secret, allowed_updates=ALLOWED_UPDATES,
                drop_pending_updates=False, bootstrap_retries=-1,
            )
        else:
            application.run_polling(
                allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False, bootstrap_retries=-1,
            )
    except InvalidToken:
        print(REJECTED_TOKEN, file=sys.stderr)
        return 2
    except Exception:
        log.exception("The bot stopped on an unexpected error")
        return 1
    finally:
        store = application.bot_data.get("store")
        if store is not None:
            store.close()
    if application.bot_data["updates_request"].rejected:
        print(REJECTED_TOKEN, file=sys.stderr)
        return 2
    return 0
