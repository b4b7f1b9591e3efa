"""The update journal's copy of a message: what answering needs survives payload() and restore()."""
from __future__ import annotations

import json

from telegram import Bot, Update

from bot.telegram_bot import journal

BOT = Bot("123:abc")


def update(**message) -> Update:
    base = {"message_id": 5, "date": 1_700_000_000, "chat": {"id": -100, "type": "supergroup", "title": "Runners"},
            "from": {"id": 42, "is_bot": False, "first_name": "Sam", "username": "sam"}}
    return Update.de_json({"update_id": 9, "message": {**base, **message}}, BOT)


def test_a_group_question_in_a_topic_survives_the_round_trip() -> None:
    original = update(text="@faqbot why does my back hurt?", message_thread_id=77, is_topic_message=True,
                      entities=[{"type": "mention", "offset": 0, "length": 7}],
                      reply_to_message={"message_id": 4, "date": 1_700_000_000,
                                        "chat": {"id": -100, "type": "supergroup"},
                                        "from": {"id": 999, "is_bot": True, "first_name": "FAQ"}})
    restored = journal.restore(journal.payload(original), BOT)
    message = restored.message
    assert restored.update_id == 9
    assert (message.chat.id, message.chat.type, message.from_user.id) == (-100, "supergroup", 42)
    assert message.text == original.message.text and message.entities == original.message.entities
    assert (message.message_thread_id, message.is_topic_message) == (77, True)
    assert message.reply_to_message.from_user.id == 999 and message.reply_to_message.from_user.is_bot
    assert message.date == original.message.date


def test_the_members_question_a_call_replies_to_is_kept() -> None:
    # "@bot" under a member's question asks about that question, after a restart too.
    original = update(text="@faqbot", reply_to_message={"message_id": 4, "date": 1_700_000_000,
                                                       "chat": {"id": -100, "type": "supergroup"},
                                                       "from": {"id": 43, "is_bot": False, "first_name": "Jo"},
                                                       "text": "can running give me abs"})
    replied = journal.restore(journal.payload(original), BOT).message.reply_to_message
    assert replied.text == "can running give me abs" and replied.from_user.id == 43


def test_the_copy_leaves_out_names() -> None:
    raw = journal.payload(update(text="hi", caption=None))
    assert "Sam" not in raw and "sam" not in raw and "Runners" not in raw


def test_a_caption_and_a_document_are_kept() -> None:
    document = {"file_id": "F", "file_unique_id": "U", "file_name": "faq.yaml"}
    original = update(caption="is this normal?", document=document)
    message = journal.restore(journal.payload(original), BOT).message
    assert message.caption == "is this normal?" and message.document.file_name == "faq.yaml"


def test_buttons_and_inline_queries_are_not_journaled() -> None:
    query = {"id": "1", "chat_instance": "c", "data": "topics", "from": {"id": 1, "is_bot": False, "first_name": "A"}}
    press = Update.de_json({"update_id": 3, "callback_query": query}, BOT)
    assert journal.payload(press) is None


def test_an_unreadable_row_is_dropped_not_raised() -> None:
    assert journal.restore("{not json", BOT) is None
    assert journal.restore(json.dumps({"update_id": "x", "message": 5}), BOT) is None
