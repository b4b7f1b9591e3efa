"""The updates a test feeds the fake: users' messages, media, button presses, channel posts, migrations."""
from __future__ import annotations

import mimetypes
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .rules import text_entities

if TYPE_CHECKING:
    from .core import StoredFile

# Telegram's own account: the sender of automatic forwards from a linked channel.
TELEGRAM_SERVICE_USER = {"id": 777000, "is_bot": False, "first_name": "Telegram"}
_TINY_JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")


class UpdateBuilders:
    """Builders of Bot API update dicts, mixed into BotApiCore (whose state they read and extend).

    Every `make_*` returns one update dict with its update_id reserved, without queueing it;
    the matching `add_*` queues it (for getUpdates) and returns its update_id. `make_*` is what an
    in-process test feeds to `Application.process_update(Update.de_json(...))`.
    """

    # Provided by BotApiCore.
    _lock: threading.RLock
    _chats: dict[int, dict]
    _messages: dict[tuple[int, int], dict]
    _message_ids: dict[int, int]
    _last_user_message: dict[int, int]
    _callback_ids: set[str]
    _inline_ids: set[str]
    _topics: dict[int, set[int]]
    _migrated: dict[int, int]
    _next_update_id: int
    _id_counter: Any
    bot_id: int
    bot_username: str
    bot_first_name: str
    add_update: Callable[[dict], int]
    _store_file: Callable[..., StoredFile]

    text_entities = staticmethod(text_entities)

    # ---------------------------------------------------------------- identities

    def bot_user(self) -> dict:
        return {"id": self.bot_id, "is_bot": True, "first_name": self.bot_first_name, "username": self.bot_username}

    @staticmethod
    def _user(user_id: int, first_name: str = "Test", username: str | None = None) -> dict:
        user = {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}
        if username:
            user["username"] = username
        return user

    def _chat(
        self, chat_id: int, chat_type: str, first_name: str = "Test", username: str | None = None,
        *, title: str | None = None, is_forum: bool = False,
    ) -> dict:
        """The chat dict for an update; remembered, so that the bot's sends to it get the same chat."""
        with self._lock:
            known = self._chats.get(chat_id, {})
            if chat_type == "private":
                chat = {"id": chat_id, "type": "private", "first_name": first_name}
                if username:
                    chat["username"] = username
            else:
                chat = {"id": chat_id, "type": chat_type, "title": title or known.get("title") or
                        ("Test Channel" if chat_type == "channel" else "Test Group")}
                if username:
                    chat["username"] = username
                # A forum stays a forum when a later message is outside any topic.
                if chat_type == "supergroup" and (is_forum or known.get("is_forum")):
                    chat["is_forum"] = True
            self._chats[chat_id] = chat
            return dict(chat)

    def _known_chat(self, chat_id: int) -> dict:
        """The chat as last seen in an update, else a guess from the id's sign and size."""
        with self._lock:
            chat = self._chats.get(chat_id)
        if chat is not None:
            return dict(chat)
        chat_type = "private" if chat_id > 0 else ("supergroup" if chat_id <= -1000000000000 else "group")
        return self._chat(chat_id, chat_type)

    @staticmethod
    def _resolve_chat(user_id: int, chat_id: int | None, chat_type: str) -> int:
        if chat_type not in ("private", "group", "supergroup"):
            raise ValueError(f"chat_type must be private, group or supergroup, got {chat_type!r}")
        if chat_type == "private":
            if chat_id is not None and chat_id != user_id:
                raise ValueError("a private chat's id is the user's id")
            return user_id
        if chat_id is None or chat_id >= 0:
            raise ValueError(f"a {chat_type} chat needs a negative chat_id")
        return chat_id

    def _new_message_id(self, chat_id: int) -> int:
        with self._lock:
            mid = self._message_ids.get(chat_id, 0) + 1
            self._message_ids[chat_id] = mid
            return mid

    def _note_message_id(self, chat_id: int, message_id: int) -> None:
        with self._lock:
            self._message_ids[chat_id] = max(self._message_ids.get(chat_id, 0), message_id)

    def _update(self, kind: str, payload: dict) -> dict:
        """An update with its update_id reserved; a message in it becomes one the fake knows
        (the bot can reply to it, and a reply lands in its forum topic)."""
        with self._lock:
            uid = self._next_update_id
            self._next_update_id += 1
            if kind in ("message", "edited_message", "channel_post"):
                self._messages[(payload["chat"]["id"], payload["message_id"])] = payload
        return {"update_id": uid, kind: payload}

    # ---------------------------------------------------------------- users' messages

    def _user_message(
        self, *, user_id: int, chat_id: int | None, chat_type: str, first_name: str = "Test",
        username: str | None = None, message_id: int | None = None, message_thread_id: int | None = None,
        topic_name: str | None = None,
    ) -> dict:
        """A message from a user, without content yet; in a forum topic when message_thread_id is set."""
        chat_id = self._resolve_chat(user_id, chat_id, chat_type)
        if message_thread_id is not None and chat_type != "supergroup":
            raise ValueError("forum topics exist only in supergroups (chat_type='supergroup')")
        if message_id is None:
            message_id = self._new_message_id(chat_id)
        else:
            self._note_message_id(chat_id, message_id)
        chat = self._chat(chat_id, chat_type, first_name, username, is_forum=message_thread_id is not None)
        message: dict[str, Any] = {
            "message_id": message_id,
            "from": self._user(user_id, first_name, username),
            "chat": chat,
            "date": int(time.time()),
        }
        if message_thread_id is not None:
            message["message_thread_id"] = message_thread_id
            message["is_topic_message"] = True
            # In a topic, a message that replies to nothing replies to the topic's creation.
            message["reply_to_message"] = {
                "message_id": message_thread_id,
                "from": self._user(user_id, first_name, username),
                "chat": chat,
                "date": int(time.time()) - 3600,
                "message_thread_id": message_thread_id,
                "forum_topic_created": {"name": topic_name or f"Topic {message_thread_id}", "icon_color": 7322096},
            }
            with self._lock:
                self._topics.setdefault(chat_id, set()).add(message_thread_id)
        return message

    def make_message(
        self,
        text: str,
        *,
        user_id: int = 1001,
        chat_id: int | None = None,
        chat_type: str = "private",
        first_name: str = "Test",
        username: str | None = None,
        reply_to_bot: bool = False,
        message_id: int | None = None,
        edited: bool = False,
        message_thread_id: int | None = None,
        topic_name: str | None = None,
    ) -> dict:
        """A text message from a user (an `edited_message` when `edited`, by default of their last one)."""
        resolved = self._resolve_chat(user_id, chat_id, chat_type)
        if message_id is None and edited:
            message_id = self._last_user_message.get(resolved)
        message = self._user_message(
            user_id=user_id, chat_id=chat_id, chat_type=chat_type, first_name=first_name, username=username,
            message_id=message_id, message_thread_id=message_thread_id, topic_name=topic_name,
        )
        message["text"] = text
        entities = text_entities(text)
        if entities:
            message["entities"] = entities
        if reply_to_bot:
            message["reply_to_message"] = self._replied_bot_message(resolved, message)
        if edited:
            message["edit_date"] = message["date"]
        with self._lock:
            self._last_user_message[resolved] = message["message_id"]
        return self._update("edited_message" if edited else "message", message)

    def _replied_bot_message(self, chat_id: int, message: dict) -> dict:
        thread = message.get("message_thread_id")
        with self._lock:
            bot_msgs = [
                m for (cid, _), m in self._messages.items()
                if cid == chat_id and m.get("from", {}).get("is_bot") and m.get("message_thread_id") == thread
            ]
        if bot_msgs:
            replied = dict(bot_msgs[-1])
            replied.pop("reply_to_message", None)
            return replied
        replied = {
            "message_id": max(message["message_id"] - 1, 1),
            "from": self.bot_user(),
            "chat": message["chat"],
            "date": message["date"] - 60,
            "text": "Earlier answer from the bot",
        }
        if thread is not None:
            replied.update(message_thread_id=thread, is_topic_message=True)
        return replied

    def make_non_text(
        self, kind: str, *, user_id: int = 1001, chat_id: int | None = None, chat_type: str = "private",
        message_thread_id: int | None = None,
    ) -> dict:
        """A message without text: sticker, photo, voice, document, location or video."""
        uniq = next(self._id_counter)
        file_ids = {"file_id": f"AgAD{uniq}", "file_unique_id": f"AQAD{uniq % 10**8}"}
        payloads: dict[str, Any] = {
            "sticker": {**file_ids, "type": "regular", "width": 512, "height": 512, "is_animated": False,
                        "is_video": False, "emoji": "\U0001f44d", "file_size": 20000},
            "photo": [
                {**file_ids, "width": 90, "height": 67, "file_size": 1500},
                {"file_id": f"AgAE{uniq}", "file_unique_id": f"AQAE{uniq % 10**8}", "width": 1280,
                 "height": 960, "file_size": 120000},
            ],
            "voice": {**file_ids, "duration": 3, "mime_type": "audio/ogg", "file_size": 9000},
            "document": {**file_ids, "file_name": "plan.pdf", "mime_type": "application/pdf", "file_size": 30000},
            "location": {"latitude": 52.52, "longitude": 13.405},
            "video": {**file_ids, "width": 640, "height": 360, "duration": 5, "mime_type": "video/mp4",
                      "file_size": 400000},
        }
        if kind not in payloads:
            raise ValueError(f"kind must be one of {', '.join(payloads)}, got {kind!r}")
        message = self._user_message(user_id=user_id, chat_id=chat_id, chat_type=chat_type,
                                     message_thread_id=message_thread_id)
        message[kind] = payloads[kind]
        return self._update("message", message)

    def _with_caption(self, message: dict, caption: str | None) -> dict:
        if caption is not None:
            message["caption"] = caption
            entities = text_entities(caption)
            if entities:
                message["caption_entities"] = entities
        return message

    def make_photo(
        self, caption: str | None = None, *, photo_bytes: bytes = _TINY_JPEG, user_id: int = 1001,
        chat_id: int | None = None, chat_type: str = "private", message_thread_id: int | None = None,
    ) -> dict:
        """A photo from a user, with an optional caption; the largest size is downloadable via getFile."""
        small = self._store_file(photo_bytes[: max(len(photo_bytes) // 4, 1)], "photos", None, "image/jpeg")
        large = self._store_file(photo_bytes, "photos", None, "image/jpeg")
        message = self._user_message(user_id=user_id, chat_id=chat_id, chat_type=chat_type,
                                     message_thread_id=message_thread_id)
        message["photo"] = [
            {**small.ids(), "width": 90, "height": 90, "file_size": len(small.data)},
            {**large.ids(), "width": 1280, "height": 1280, "file_size": len(large.data)},
        ]
        return self._update("message", self._with_caption(message, caption))

    def make_document(
        self, file_bytes: bytes, file_name: str, *, caption: str | None = None, mime_type: str | None = None,
        user_id: int = 1001, chat_id: int | None = None, chat_type: str = "private",
        message_thread_id: int | None = None,
    ) -> dict:
        """A document from a user, stored so that getFile and the file URL serve its bytes."""
        mime_type = mime_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        stored = self._store_file(file_bytes, "documents", file_name, mime_type)
        message = self._user_message(user_id=user_id, chat_id=chat_id, chat_type=chat_type,
                                     message_thread_id=message_thread_id)
        message["document"] = stored.document()
        return self._update("message", self._with_caption(message, caption))

    # ---------------------------------------------------------------- buttons and inline mode

    def make_callback_query(
        self, data: str, *, user_id: int = 1001, chat_id: int | None = None, message_id: int = 1,
        message_text: str = "x",
    ) -> dict:
        """A button press on the bot's message `message_id` (created if the fake does not know it), in
        chat `chat_id` (default: the user's private chat), of the type the fake knows it by (else a
        supergroup for a negative id)."""
        chat_id = user_id if chat_id is None else chat_id
        with self._lock:
            seen = self._chats.get(chat_id)
            chat_type = seen["type"] if seen else ("private" if chat_id > 0 else "supergroup")
            known = self._messages.get((chat_id, message_id))
            if known is not None and known.get("from", {}).get("is_bot"):
                message = dict(known)
            else:
                message = {
                    "message_id": message_id,
                    "from": self.bot_user(),
                    "chat": self._chat(chat_id, chat_type),
                    "date": int(time.time()),
                    "text": message_text,
                }
                self._messages[(chat_id, message_id)] = message
            self._note_message_id(chat_id, message_id)
            query_id = str(next(self._id_counter))
            self._callback_ids.add(query_id)
        return self._update("callback_query", {
            "id": query_id,
            "from": self._user(user_id),
            "message": message,
            "chat_instance": str(-(abs(chat_id) * 7919 % 10**18 + 1)),
            "data": data,
        })

    def make_inline_query(self, query: str, *, user_id: int = 1001, offset: str = "") -> dict:
        with self._lock:
            query_id = str(next(self._id_counter))
            self._inline_ids.add(query_id)
        return self._update("inline_query", {
            "id": query_id, "from": self._user(user_id), "query": query, "offset": offset, "chat_type": "sender",
        })

    # ---------------------------------------------------------------- channels

    def make_channel_post(
        self, text: str, chat_id: int = -1001000000500, *, title: str = "Test Channel",
        username: str | None = None, message_id: int | None = None,
    ) -> dict:
        """A post in a channel: no `from`, the channel itself as `sender_chat`."""
        if chat_id >= 0:
            raise ValueError("a channel needs a negative chat_id")
        chat = self._chat(chat_id, "channel", title=title, username=username)
        if message_id is None:
            message_id = self._new_message_id(chat_id)
        else:
            self._note_message_id(chat_id, message_id)
        post: dict[str, Any] = {
            "message_id": message_id, "sender_chat": chat, "chat": chat, "date": int(time.time()), "text": text,
        }
        entities = text_entities(text)
        if entities:
            post["entities"] = entities
        return self._update("channel_post", post)

    def make_automatic_forward(
        self, text: str, *, group_id: int, channel_id: int = -1001000000500, channel_message_id: int | None = None,
    ) -> dict:
        """A channel post as Telegram copies it into the channel's discussion group."""
        if group_id >= 0:
            raise ValueError("a discussion group needs a negative chat_id")
        with self._lock:
            known = self._chats.get(channel_id)
            if channel_message_id is None:
                channel_message_id = self._message_ids.get(channel_id) or self._new_message_id(channel_id)
        channel = dict(known) if known and known["type"] == "channel" else self._chat(channel_id, "channel")
        group = self._chat(group_id, "supergroup")
        now = int(time.time())
        message: dict[str, Any] = {
            "message_id": self._new_message_id(group_id),
            "from": dict(TELEGRAM_SERVICE_USER),
            "sender_chat": channel,
            "chat": group,
            "date": now,
            "is_automatic_forward": True,
            "forward_origin": {"type": "channel", "chat": channel, "message_id": channel_message_id, "date": now},
            "text": text,
        }
        entities = text_entities(text)
        if entities:
            message["entities"] = entities
        return self._update("message", message)

    # ---------------------------------------------------------------- the generic entry point

    def make_update_dict(self, kind: str, *args: Any, **kwargs: Any) -> dict:
        """`make_<kind>(*args, **kwargs)`: kind is message, non_text, photo, document, callback_query,
        inline_query, channel_post or automatic_forward."""
        builder = getattr(self, f"make_{kind}", None)
        if kind == "update_dict" or builder is None:
            raise ValueError(f"no update builder for {kind!r}")
        return builder(*args, **kwargs)

    def add_message(self, text: str, **kwargs: Any) -> int:
        """Queue a text message from a user (see make_message); returns the update_id."""
        return self.add_update(self.make_message(text, **kwargs))

    def add_non_text(self, kind: str, **kwargs: Any) -> int:
        """Queue a message without text: sticker, photo, voice, document, location or video."""
        return self.add_update(self.make_non_text(kind, **kwargs))

    def add_photo(self, caption: str | None = None, **kwargs: Any) -> int:
        return self.add_update(self.make_photo(caption, **kwargs))

    def add_document(self, file_bytes: bytes, file_name: str, **kwargs: Any) -> int:
        return self.add_update(self.make_document(file_bytes, file_name, **kwargs))

    def add_callback_query(self, data: str, **kwargs: Any) -> int:
        """Queue a button press on the bot's message (see make_callback_query)."""
        return self.add_update(self.make_callback_query(data, **kwargs))

    def add_inline_query(self, query: str, **kwargs: Any) -> int:
        return self.add_update(self.make_inline_query(query, **kwargs))

    def add_channel_post(self, text: str, chat_id: int = -1001000000500, **kwargs: Any) -> int:
        return self.add_update(self.make_channel_post(text, chat_id, **kwargs))

    def add_automatic_forward(self, text: str, **kwargs: Any) -> int:
        return self.add_update(self.make_automatic_forward(text, **kwargs))

    # ---------------------------------------------------------------- a group becomes a supergroup

    def migrate_chat(
        self, old_id: int, new_id: int, *, user_id: int = 1001, service_messages: bool = True,
    ) -> list[int]:
        """Upgrade group `old_id` to supergroup `new_id`.

        From now on any call with chat_id=old_id fails with 400 and
        parameters.migrate_to_chat_id=new_id (PTB raises ChatMigrated). With `service_messages`,
        queues Telegram's two service messages (migrate_to_chat_id in the old chat,
        migrate_from_chat_id in the new one) and returns their update_ids.
        """
        if not (old_id < 0 and new_id < 0 and old_id != new_id):
            raise ValueError("migrate a group to a supergroup: two different negative chat ids")
        with self._lock:
            old_title = self._chats.get(old_id, {}).get("title")
            self._migrated[old_id] = new_id
        old_chat = self._chat(old_id, "group", title=old_title)
        new_chat = self._chat(new_id, "supergroup", title=old_title)
        if not service_messages:
            return []
        now = int(time.time())
        user = self._user(user_id)
        to_update = self._update("message", {
            "message_id": self._new_message_id(old_id), "from": user, "chat": old_chat, "date": now,
            "migrate_to_chat_id": new_id,
        })
        from_update = self._update("message", {
            "message_id": self._new_message_id(new_id), "from": user, "chat": new_chat, "date": now,
            "migrate_from_chat_id": old_id,
        })
        return [self.add_update(to_update), self.add_update(from_update)]
