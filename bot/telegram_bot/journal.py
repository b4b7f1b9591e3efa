"""The update journal: a question that reached the bot is kept until answered, and answered after a crash.

Each message update is written to the database (bot.store's journal) as it is put on PTB's update
queue, that is before Telegram is told it arrived: in polling mode the next getUpdates confirms it,
in webhook mode the HTTP 200 does, and both come after the queue. It is marked answered when its
handlers are done (the reply sent, or the apology). At start, what was never answered is answered
first, oldest first; Telegram may deliver some of it again, and those ids are dropped.

Only what answering needs is kept: update and message ids, the chat (id and type), the topic, who
sent it (the user id, no name), the text or caption with its entities, and whom it replies to
(with that message's text: "@bot?" under a member's question asks about it). Replies that were in
flight at a crash may go twice; nothing else does.
"""
from __future__ import annotations

import json
import logging
from typing import Any

from telegram import Update

log = logging.getLogger(__name__)

_KINDS = ("message", "edited_message")


def payload(update: Update) -> str | None:
    """The journal's copy of `update` (JSON), or None for updates not kept (buttons, inline queries).

    Built from the fields answering reads, not Message.to_dict(), which walks every attribute."""
    for kind in _KINDS:
        message = getattr(update, kind, None)
        if message is None:
            continue
        chat = {"id": message.chat.id, "type": message.chat.type}
        kept: dict[str, Any] = {"message_id": message.message_id, "date": int(message.date.timestamp()), "chat": chat}
        for name in ("message_thread_id", "is_topic_message", "text", "caption", "is_automatic_forward"):
            value = getattr(message, name)
            if value is not None:
                kept[name] = value
        for name in ("entities", "caption_entities"):
            entities = getattr(message, name)
            if entities:
                kept[name] = [entity.to_dict() for entity in entities]
        if message.from_user is not None:
            kept["from"] = {"id": message.from_user.id, "is_bot": message.from_user.is_bot, "first_name": ""}
        if message.via_bot is not None:  # the bot's own inline answer, sent into a chat: never a question
            kept["via_bot"] = {"id": message.via_bot.id, "is_bot": True, "first_name": ""}
        if message.sender_chat is not None:
            kept["sender_chat"] = {"id": message.sender_chat.id, "type": message.sender_chat.type}
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None:
            kept["reply_to_message"] = {"message_id": replied.message_id, "date": kept["date"], "chat": chat,
                                        "from": {"id": replied.from_user.id, "is_bot": replied.from_user.is_bot,
                                                 "first_name": ""}}
            if not replied.from_user.is_bot and (replied.text or replied.caption):
                kept["reply_to_message"]["text"] = replied.text or replied.caption
        if message.document is not None:
            kept["document"] = {"file_id": message.document.file_id, "file_unique_id": message.document.file_unique_id,
                                "file_name": message.document.file_name}
        return json.dumps({"update_id": update.update_id, kind: kept}, ensure_ascii=False)
    return None


def restore(raw: str, bot: Any) -> Update | None:
    """The update a journal row holds, or None when the row cannot be read (it is then dropped)."""
    try:
        return Update.de_json(json.loads(raw), bot)
    except Exception as exc:  # de_json raises whatever malformed data trips (AttributeError, TypeError...)
        log.warning("Dropping a journal entry that cannot be read: %s", exc)
        return None
