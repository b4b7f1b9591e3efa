"""Building the Application (handlers in order) and running it: polling or webhook, start to stop."""
from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import signal
import ssl
import sys
import threading
import urllib.parse

import httpx
from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest, HTTPXRequest

from bot import admin, live
from bot.config import Settings
from bot.conversation import PUBLIC_COMMANDS, Conversation
from bot.faq import FAQError, counted
from bot.logs import setup_logging
from bot.store import Store
from bot.telegram_bot import handlers, journal
from bot.telegram_bot.admin import admin_command, set_admin_menus
from bot.telegram_bot.context import CONTEXT_TYPES, Context, Services
from bot.telegram_bot.polling import GatedUpdatesRequest, UpdateQueue
from bot.telegram_bot.sending import SEND_RETRIES, RetryingLimiter, notify_admins

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query", "my_chat_member"]
MENU = {
    "start": "Welcome and the list of topics",
    "topics": "Everything I can answer",
    "ask": "Ask a question (in groups: /ask your question)",
    "help": "How to use this bot",
    "disclaimer": "What my answers are and are not",
    "privacy": "What I store and for how long",
}
STORE_BATCH_SECONDS = 1.0  # questions are logged in one commit per second at most (flushed at stop)
SHUTDOWN_DEADLINE = 9.5    # seconds from the stop signal to the end of the process, at most
BACKLOG_SECONDS = 4.0      # stop fetching while this many seconds of sends are still waiting
# Updates handled at once. Under Telegram's limits 32 lanes reach 30 msg/s even with ~1 s round
# trips (connections open only as needed). With the limiter off (a self-hosted Bot API server,
# usually close by) every lane becomes a busy HTTP connection, and httpcore's per-request cost
# grows with the number of connections, so a few lanes are fastest.
LANES_LIMITED = 32
LANES_UNLIMITED = 4
REJECTED_TOKEN = "Telegram rejected TELEGRAM_BOT_TOKEN (check it with @BotFather)"
WEBHOOK_RETRIES = 5  # setWebhook tries at start, a second apart
assert set(MENU) == set(PUBLIC_COMMANDS)


def build_application(
    settings: Settings,
    source: live.FaqSource,
    store: Store | None = None,
    *,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
) -> Application:
    """Build the Application and register the handlers, in order.

    `request` and `updates_request` replace the HTTP clients (tests pass a fake Bot API); without
    `store`, one is opened at start-up, once Telegram has accepted the token.
    """
    if settings.rate_limit > 0:
        limiter = RetryingLimiter(AIORateLimiter(
            overall_max_rate=settings.rate_limit, overall_time_period=1,
            group_max_rate=20, group_time_period=60, max_retries=SEND_RETRIES,
        ))
        backlog, lanes = max(50, int(settings.rate_limit * BACKLOG_SECONDS)), LANES_LIMITED
    else:
        limiter, backlog, lanes = RetryingLimiter(None), 200, LANES_UNLIMITED
    queue = UpdateQueue()
    if request is None or updates_request is None:
        tls = tls_context(settings.api_url)
        request = request or HTTPXRequest(connection_pool_size=2 * lanes + 8, httpx_kwargs={"verify": tls})
        updates_request = updates_request or HTTPXRequest(connection_pool_size=1, httpx_kwargs={"verify": tls})
    gated = GatedUpdatesRequest(updates_request, queue, backlog)
    application = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(f"{settings.api_url}/bot")
        .base_file_url(f"{settings.api_url}/file/bot")
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .context_types(CONTEXT_TYPES)
        .rate_limiter(limiter)
        .concurrent_updates(lanes)
        .update_queue(queue)
        .request(request)
        .get_updates_request(gated)
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_stop)
        .build()
    )
    services: Services = application.bot_data
    services.settings, services.source, services.store, services.updates_request = settings, source, store, gated
    services.conversation = Conversation(source, store, question_log=settings.question_log,
                                         retention_days=settings.log_retention_days)
    # A token revoked while polling: stop, and run() reports it like a token rejected at start.
    gated.on_rejected = lambda: application.updater.running and application.stop_running()

    # Commands work in every chat, bare or as /cmd@ThisBot (PTB ignores /cmd@OtherBot). Edited
    # messages count only in private chats, where they are handled like new ones. A channel's post
    # forwarded into its discussion group is never a question, even when it mentions the bot.
    fresh = ((filters.UpdateType.MESSAGE | (filters.UpdateType.EDITED_MESSAGE & filters.ChatType.PRIVATE))
             & ~filters.IS_AUTOMATIC_FORWARD)
    private = filters.ChatType.PRIVATE & fresh
    application.add_handler(CommandHandler(PUBLIC_COMMANDS, handlers.command, filters=fresh))
    application.add_handler(CommandHandler(tuple(admin.COMMANDS), admin_command, filters=fresh))
    # Other commands: the help text in private chats, silence in groups.
    application.add_handler(MessageHandler(filters.COMMAND & private, handlers.command))
    # Files in private chats: an admin's faq.yaml, or a question in the caption.
    application.add_handler(MessageHandler(filters.Document.ALL & private, handlers.document))
    # Questions: every text (or caption) in private chats; in groups when mentioned, replied to or /ask.
    application.add_handler(MessageHandler((filters.TEXT | filters.CAPTION) & private, handlers.private_message))
    application.add_handler(MessageHandler(
        (filters.TEXT | filters.CAPTION) & ~filters.COMMAND & filters.ChatType.GROUPS & filters.UpdateType.MESSAGE
        & ~filters.IS_AUTOMATIC_FORWARD, handlers.group_message
    ))
    # Stickers, photos without a caption, voice...: one short reply (in groups only to replies to the bot).
    application.add_handler(MessageHandler(
        ~filters.TEXT & ~filters.CAPTION & ~filters.StatusUpdate.ALL & filters.UpdateType.MESSAGE
        & ~filters.IS_AUTOMATIC_FORWARD, handlers.non_text
    ))
    # Buttons (bot.buttons parses every kind; an old or forged one just stops the spinner), inline mode.
    application.add_handler(CallbackQueryHandler(handlers.button))
    application.add_handler(InlineQueryHandler(handlers.inline_query))
    # Added to a group: say how to ask there.
    application.add_handler(ChatMemberHandler(handlers.added_to_group, ChatMemberHandler.MY_CHAT_MEMBER))
    # After the handlers above (group 0) are done with a message, its journal entry is answered.
    application.add_handler(TypeHandler(Update, journal_answered), group=1)
    application.add_error_handler(handlers.error_handler)
    return application


async def post_init(application: Application) -> None:
    """Open the question log, set the command menu, start the FAQ watcher, arm the shutdown watchdog."""
    services: Services = application.bot_data
    settings = services.settings
    log.info("Connected to Telegram as @%s (%s)", application.bot.username,
             "webhook mode" if settings.webhook_mode else "polling mode: set WEBHOOK_URL for webhook mode")
    if settings.webhook_secret and not settings.webhook_mode:
        log.warning("WEBHOOK_SECRET is set but WEBHOOK_URL is not, so the bot polls")
    if services.store is None:
        # Opened only once Telegram has accepted the token, so a bad token stays a one-line error.
        services.store = Store(settings.db_path, enabled=settings.question_log,
                               retention_days=settings.log_retention_days, batch_seconds=STORE_BATCH_SECONDS)
        services.conversation.store = services.store
        services.tasks["flusher"] = asyncio.create_task(flush_every(services.store))
    await replay_journal(application)
    # The menu is cosmetic: set it in the background rather than hold up polling.
    services.tasks["menu"] = asyncio.create_task(set_menu(application))

    async def on_reload(result: live.ReloadResult) -> None:
        """Tell the admins about a broken edit (bot.live has logged every reload already)."""
        await asyncio.to_thread(admin.relist_dropped, result, services.source, services.store)
        # Checking every entry's questions after a synonym edit takes a while: off the event loop.
        notice = await asyncio.to_thread(admin.notice, result, services.source)
        if notice:
            await notify_admins(application, notice)

    services.tasks["watcher"] = asyncio.create_task(live.watch(services.source, on_reload))
    if services.source.started_broken:
        await notify_admins(application, admin.started_broken_html(services.source))
    install_stop_signals(asyncio.get_running_loop())


async def replay_journal(application: Application) -> None:
    """Answer first what a crash left unanswered (oldest first), and from now on journal what comes in."""
    services: Services = application.bot_data
    queue: UpdateQueue = application.update_queue
    store = services.store
    if store is None:
        return
    pending = await asyncio.to_thread(store.unanswered_updates)
    queue.skip = await asyncio.to_thread(store.journal_ids)  # Telegram may deliver these again
    queue.durable = services.settings.webhook_mode
    queue.journal = store
    for update_id, raw in pending:
        update = journal.restore(raw, application.bot)
        if update is None:
            await asyncio.to_thread(store.answered, update_id)
        else:
            queue.replay(update)
    if pending:
        log.info("Answering %s received before a restart and never answered", counted(len(pending), "question"))


async def journal_answered(update: Update, context: Context) -> None:
    """The update has been handled (answered, or apologised for): its journal entry is done."""
    store = context.services.store
    if store is not None and (update.message or update.edited_message):
        store.answered(update.update_id)


async def flush_every(store: Store) -> None:
    """Write batched questions within STORE_BATCH_SECONDS even when no new question comes."""
    while True:
        await asyncio.sleep(STORE_BATCH_SECONDS)
        store.flush()


async def set_menu(application: Application) -> None:
    """Set the command menu (setMyCommands), with the admin commands in the admins' chats only."""
    public = [BotCommand(name, text) for name, text in MENU.items()]
    try:
        await application.bot.set_my_commands(public)
        await set_admin_menus(application, public)
    except Exception as exc:  # a menu is not worth stopping for
        log.warning("Could not set the command menu: %s", exc)


async def post_stop(application: Application) -> None:
    """Stop the background tasks (run() closes the store, which writes the rest); also the shutdown
    hook, for a start that failed after post_init (a refused webhook), when post_stop never runs."""
    tasks = [task for task in application.bot_data.tasks.values() if not task.done()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def install_stop_signals(loop: asyncio.AbstractEventLoop) -> None:
    """Stop like PTB on SIGINT/SIGTERM, and end the process at SHUTDOWN_DEADLINE whatever happens."""
    armed = threading.Event()

    def stop() -> None:
        if not armed.is_set():
            armed.set()
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
    # Not an error for the questions: the journal keeps every unanswered one for the next start.
    log.warning("Shutdown took longer than %.1f s; exiting now. Questions not yet answered are answered "
                "after the restart (the update journal keeps them)", SHUTDOWN_DEADLINE)
    logging.shutdown()
    os._exit(0)


def tls_context(api_url: str) -> ssl.SSLContext:
    """One TLS context for both HTTP clients (loading the CA bundle takes ~20 ms each time).

    A plain http:// API URL (a self-hosted Bot API server) never uses TLS; its context trusts
    no certificate at all, so it could never be used to talk to anyone unverified.
    """
    if urllib.parse.urlsplit(api_url).scheme == "http":
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return httpx.create_ssl_context()


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


# The part after the colon of the tokens @BotFather gives out has 35 characters; a much shorter one was cut off
# when pasted (a warning only: test servers and old tokens may differ).
BOTFATHER_SECRET_LENGTH = 35
SHORT_SECRET = 30


def short_token_warning(token: str | None) -> str | None:
    """What to say of a token whose part after the colon is much shorter than @BotFather's (None if it is not):
    half a pasted token has a token's shape too, and Telegram's refusal would only show after getMe (a fifteenth
    new user's trial: a cut-off token looked like a network fault). Never holds the token itself."""
    secret = (token or "").partition(":")[2]
    if not token or len(secret) >= SHORT_SECRET:
        return None
    return (f"TELEGRAM_BOT_TOKEN's part after the colon has {len(secret)} characters, and a token from @BotFather "
            f"has about {BOTFATHER_SECRET_LENGTH}: if the bot cannot connect, check that the whole token was pasted "
            "(send /token to @BotFather to see it again)")


def run(settings: Settings) -> int:
    """Run the bot until SIGTERM/SIGINT (polling, or webhook when WEBHOOK_URL is set); the exit status."""
    setup_logging(settings.log_level, [s for s in (settings.token, settings.webhook_secret) if s])
    # PTB logs the rejected token with its traceback; we say it in one line instead.
    for handler in logging.getLogger().handlers:
        handler.addFilter(lambda record: not (record.exc_info and isinstance(record.exc_info[1], InvalidToken)))
    if warning := short_token_warning(settings.token):
        log.warning("%s", warning)
    try:
        source = live.FaqSource.load(settings.faq_path, keep=True)
    except FAQError as exc:
        print(f"Cannot use the FAQ file {settings.faq_path}:\n{exc}", file=sys.stderr)
        return 2
    if source.started_broken:
        problems, _ = source.started_broken
        log.warning("%s has %s; serving the last good version until it is fixed:\n%s",
                    settings.faq_path, counted(len(problems), "problem"), "\n".join(str(p) for p in problems))
    application = build_application(settings, source)
    services: Services = application.bot_data
    try:
        if settings.webhook_mode:
            path, url = webhook_path(settings)
            log.info("Webhook mode: setting the webhook, then listening on port %d", settings.port)
            application.run_webhook(
                listen="0.0.0.0", port=settings.port, url_path=path, webhook_url=url,
                secret_token=settings.webhook_secret, allowed_updates=ALLOWED_UPDATES,
                # A few tries, not forever: Telegram refuses a webhook for good reasons (a port other
                # than 443, 80, 88 or 8443; a host it cannot reach), and the deployer must hear why.
                drop_pending_updates=False, bootstrap_retries=WEBHOOK_RETRIES,
            )
        else:
            # Said before getMe: with no network, its retries would otherwise be all the log shows (a new user).
            log.info("Polling mode (no WEBHOOK_URL set): asking Telegram for updates")
            application.run_polling(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False, bootstrap_retries=-1)
    except InvalidToken:
        print(REJECTED_TOKEN, file=sys.stderr)
        return 2
    except TelegramError as exc:
        if not settings.webhook_mode:
            log.exception("The bot stopped on an unexpected error")
            return 1
        if isinstance(exc, NetworkError) and not isinstance(exc, BadRequest):
            # No answer at all (no network yet at boot, a wrong TELEGRAM_API_URL): not a refusal. Exit 1,
            # so that the platform's restart tries again.
            print(f"Could not reach Telegram to set the webhook ({exc.message}); check this machine's network, "
                  "or TELEGRAM_API_URL if it is set.", file=sys.stderr)
            return 1
        print(f"Telegram refused the webhook ({exc.message}). Telegram sends webhooks only to https on port 443, "
              "80, 88 or 8443, to a host it can reach with a valid certificate; check WEBHOOK_URL "
              "(README: Deploying).", file=sys.stderr)
        return 2
    except Exception:
        log.exception("The bot stopped on an unexpected error")
        return 1
    finally:
        if services.store is not None:
            services.store.close()
    if services.updates_request.rejected:
        print(REJECTED_TOKEN, file=sys.stderr)
        return 2
    return 0
