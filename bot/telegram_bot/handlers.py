"""The handlers: each turns one kind of update into a conversation call and delivers the response."""
from __future__ import annotations

import asyncio
import logging
import re

from telegram import (
    ChatMember,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import Conflict, Forbidden, InvalidToken, NetworkError

from bot import markup, replies
from bot.conversation import Sender, calls_only
from bot.faq import FAQ
from bot.live import Snapshot
from bot.telegram_bot.context import Context
from bot.telegram_bot.sending import answer_callback, deliver, send, topic_of

log = logging.getLogger(__name__)

INLINE_CACHE_TIME = 60  # seconds; results depend only on the query and the FAQ
URGENT_TITLES = {"emergency": "🚑 This can be an emergency: get help now", "today": "🩺 Please see a doctor today",
                 "pregnancy": "🚑 Call your midwife or maternity unit now",
                 "crisis": "💬 Talk to someone now", "eating": "💚 Where to find support"}
_COMMAND = re.compile(r"^/([A-Za-z0-9_]+)(?:@(\S+))?\s*")


def sender(update: Update, context: Context) -> Sender:
    """Who sent the update and where; admins count as admins only in their private chat."""
    chat, user = update.effective_chat, update.effective_user
    group = chat is not None and chat.type != ChatType.PRIVATE
    admin = not group and user is not None and user.id in context.services.settings.admin_ids
    return Sender(user_id=user.id if user else None, group=group, admin=admin, chat_id=chat.id if chat else None)


def said(message: Message) -> str:
    """What a message says: its text, or the caption of its photo or file."""
    return message.text or message.caption or ""


async def private_message(update: Update, context: Context) -> None:
    """Answer a text, or a photo or file with a caption, in a private chat (new or edited)."""
    message = update.effective_message
    if message.via_bot and message.via_bot.id == context.bot.id:
        return  # one of our own inline answers, sent into this chat
    await deliver(update, context, context.conversation.question(said(message), sender(update, context)))


async def group_message(update: Update, context: Context) -> None:
    """In a group, answer a text or caption that mentions the bot, replies to it, or starts with /ask."""
    message = update.effective_message
    text = said(message)
    mention = re.compile(rf"@{re.escape(context.bot.username)}(?![A-Za-z0-9_])", re.IGNORECASE)
    ask = _COMMAND.match(text) if text.startswith("/") else None
    to_us = ask is not None and (not ask.group(2) or ask.group(2).lower() == context.bot.username.lower())
    if ask and ask.group(1).lower() == "ask" and to_us:
        question = text[ask.end():]  # "/ask ..." as a photo's caption: commands never reach CommandHandler there
    elif mention.search(text):
        question = mention.sub(" ", text)
    elif replies_to_bot(message, context.bot.id):
        question = text
    else:
        return
    replied = replied_question(message, context.bot.id)
    await deliver(update, context, context.conversation.question(question, sender(update, context), replied),
                  quote=about(message, question, replied))


def about(message: Message, own: str, replied: str | None) -> int | None:
    """The member's message a call asks about ("@bot?" under it), for the answer to quote."""
    return message.reply_to_message.message_id if replied and calls_only(own) else None


def replied_question(message: Message, bot_id: int) -> str | None:
    """The text of another person's message this one replies to ("@bot?" under a member's question)."""
    replied = message.reply_to_message
    if replied is None or (replied.from_user is not None and replied.from_user.id == bot_id):
        return None
    return said(replied) or None


def command_of(update: Update, context: Context) -> tuple[str, str] | None:
    """(name, the text after it) of a command to this bot, bare or as /cmd@ThisBot; None for /cmd@OtherBot."""
    text = update.effective_message.text or ""
    m = _COMMAND.match(text)
    if m is None or (m.group(2) and m.group(2).lower() != (context.bot.username or "").lower()):
        return None
    return m.group(1), text[m.end():]


async def command(update: Update, context: Context) -> None:
    """Answer a command (/start [entry-id], /help, /ask question, an unknown one...)."""
    parts = command_of(update, context)
    if parts is not None:
        replied = replied_question(update.effective_message, context.bot.id)
        quote = about(update.effective_message, parts[1], replied) if parts[0].lower() == "ask" else None
        await deliver(update, context, context.conversation.command(*parts, sender(update, context), replied),
                      quote=quote)


async def non_text(update: Update, context: Context) -> None:
    """Tell the user that only text questions are read (in groups only when replying to the bot)."""
    who = sender(update, context)
    if who.group and not replies_to_bot(update.effective_message, context.bot.id):
        return
    await deliver(update, context, context.conversation.non_text(who))


async def button(update: Update, context: Context) -> None:
    """Handle a button press: show an entry, record a vote, list the topics, or teach (admins)."""
    who = sender(update, context)
    if who.admin:  # an admin's press may edit faq.yaml: file work off the event loop
        response = await asyncio.to_thread(context.conversation.press, update.callback_query.data, who)
    else:
        response = context.conversation.press(update.callback_query.data, who)
    await deliver(update, context, response)


async def document(update: Update, context: Context) -> None:
    """A file in a private chat: from an admin, a .yaml replaces faq.yaml (checked first); a file with
    a caption is a question; anything else gets the short "text only" reply."""
    message = update.effective_message
    who = sender(update, context)
    name = message.document.file_name or "faq.yaml"
    if who.admin and name.lower().endswith((".yaml", ".yml")):
        file = await message.document.get_file()
        data = bytes(await file.download_as_bytearray())
        await deliver(update, context, await asyncio.to_thread(context.conversation.upload, name, data, who))
    elif message.caption:
        await private_message(update, context)
    else:
        await deliver(update, context, context.conversation.non_text(who))


async def added_to_group(update: Update, context: Context) -> None:
    """Say how to ask in a group the bot has just been added to (not when only its rights change)."""
    change = update.my_chat_member
    joined = change.new_chat_member.status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR)
    was_out = change.old_chat_member.status in (ChatMember.LEFT, ChatMember.BANNED)
    if change.chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP) or not (joined and was_out):
        return
    faq = context.conversation.faqs.current.faq
    await send(context, change.chat.id, [replies.help_text(faq, group=True)])


async def inline_query(update: Update, context: Context) -> None:
    """Offer the best matching entries for `@bot question`, or all topics for an empty or unmatched one."""
    query = update.inline_query
    found = context.conversation.inline(query.query or "")
    snap = context.conversation.faqs.current
    results = [urgent_article(snap.faq, found.urgency)] if found.urgent else []
    if found.crisis and found.urgency != "crisis":  # a warning sign and words of suicide: both
        results.append(urgent_article(snap.faq, "crisis", result_id="!crisis"))
    if found.unmatched:  # first, so that a tap does not post the first topic as if it answered
        no_answer = replies.no_answer_inline(snap.faq)
        results.append(InlineQueryResultArticle(
            id="!none", title=replies.INLINE_NO_MATCH, description="Share the list of topics I can answer",
            input_message_content=InputTextMessageContent(no_answer.html, parse_mode=ParseMode.HTML)))
    results += [entry_article(snap, entry_id) for entry_id in found.entry_ids]
    # Above the topics, so that the first topic is not taken for the answer to the query.
    button = (InlineQueryResultsButton(replies.INLINE_NO_MATCH, start_parameter=replies.TOPICS_DEEP_LINK)
              if found.unmatched else None)
    await query.answer(results, cache_time=INLINE_CACHE_TIME, is_personal=False, button=button)


def entry_article(snap: Snapshot, entry_id: str) -> InlineQueryResultArticle:
    """One inline result for an entry: its answer and the disclaimer in one message."""
    item = snap.faq.get(entry_id)
    summary = " ".join(markup.to_plain(item.answer).split())
    footer = f"\n\n<i>{snap.faq.disclaimer}</i>"
    room = markup.MAX_MESSAGE_LENGTH - markup.telegram_length(footer)
    return InlineQueryResultArticle(
        id=entry_id,
        title=item.title,
        description=summary[:120] + ("…" if len(summary) > 120 else ""),
        input_message_content=InputTextMessageContent(markup.split(item.answer, room)[0] + footer,
                                                      parse_mode=ParseMode.HTML),
    )


def urgent_article(faq: FAQ, urgency: str | None, result_id: str = "!urgent") -> InlineQueryResultArticle:
    """The urgent-care message as an inline result, saying how soon as the chat does (ids start with
    "!": no entry id can)."""
    urgent = replies.urgent(faq, urgency)
    return InlineQueryResultArticle(
        id=result_id,
        title=URGENT_TITLES.get(urgency or "", URGENT_TITLES["today"]),
        description=" ".join(urgent.plain.split())[:120],
        input_message_content=InputTextMessageContent(urgent.html, parse_mode=ParseMode.HTML),
    )


async def error_handler(update: object, context: Context) -> None:
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
        return  # the token was revoked: nothing can be sent; app.run() reports it
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
        await send(context, chat.id, [replies.apology()], quote=quote, thread=topic_of(message))
    except Exception as exc:  # the network may be what failed in the first place
        log.warning("Could not send the apology for update %s: %s", update.update_id, exc)


def describe(update: Update) -> str:
    """Which update failed, without the user's identity or text."""
    kinds = ("message", "edited_message", "callback_query", "inline_query")
    kind = next((k for k in kinds if getattr(update, k, None) is not None), "update")
    chat = update.effective_chat
    where = f" in a {chat.type} chat" if chat else ""
    return f"update {update.update_id} ({kind}{where})"


def replies_to_bot(message: Message, bot_id: int) -> bool:
    """Whether `message` replies to one of the bot's own messages."""
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == bot_id)
