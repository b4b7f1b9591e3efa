"""The fake Bot API's state machine: every method's semantics, the update queue, records, faults, files.

Nothing here knows about HTTP. A transport turns a request into (path, params) and awaits
`BotApiCore.answer()` (or calls `answer_now()`, finishing a long poll only when one comes back),
which gives back the status and bytes to send, or says to send nothing.
All public methods are thread-safe: the HTTP transport runs in its own thread, an in-process
transport on the test's event loop, and tests add updates from wherever they are.
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
import json
import re
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import wire
from .rules import (
    BOT_API_METHODS,
    DEFAULT_UPDATE_TYPES,
    MAX_CALLBACK_ANSWER_LENGTH,
    MAX_CAPTION_LENGTH,
    MAX_INLINE_RESULT_ID_BYTES,
    MAX_INLINE_RESULTS,
    MAX_TEXT_LENGTH,
    METHODS_BY_LOWER,
    ApiError,
    bad,
    parse_text,
    utf16_len,
    validate_reply_markup,
)
from .updates import UpdateBuilders

# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One Bot API call as the fake saw it.

    `time` is time.monotonic() when the request had been fully received. `http_status` is the
    status answered, or 0 when no answer was sent (see `note`: "dropped" by drop_next, or
    "client disconnected" when the client went away during a long poll). `response` is the JSON
    body sent back (None when nothing was sent).
    """

    method: str
    params: dict
    time: float
    http_status: int
    response: Any = None
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.http_status == 200

    @property
    def result(self) -> Any:
        return self.response.get("result") if isinstance(self.response, dict) else None


@dataclass(frozen=True)
class RawRequest:
    """A request as received: method, target (path and query), headers, body, and the client.

    For the in-process transport, `headers` and `body` are what PTB's HTTPXRequest would have
    sent (the form body; empty for multipart uploads) and `peer` names the FakeRequest object.
    """

    http_method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    time: float
    peer: tuple = ()  # the client's (host, port): requests on one keep-alive connection share it

    def header(self, name: str) -> str | None:
        name = name.lower()
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None


@dataclass(frozen=True)
class Answer:
    """What a transport sends back; status 0 means: close the connection without an answer."""

    status: int
    body: bytes = b""
    content_type: str = "application/json"

    @property
    def dropped(self) -> bool:
        return self.status == 0


@dataclass(frozen=True)
class StoredFile:
    """A file the fake holds: a user's upload (add_photo, add_document) or the bot's (sendDocument)."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None = None
    mime_type: str | None = None

    def ids(self) -> dict:
        return {"file_id": self.file_id, "file_unique_id": self.file_unique_id}

    def document(self) -> dict:
        doc = {**self.ids(), "file_size": len(self.data)}
        if self.file_name:
            doc["file_name"] = self.file_name
        if self.mime_type:
            doc["mime_type"] = self.mime_type
        return doc


@dataclass(frozen=True)
class SentDocument:
    """A document the bot sent with sendDocument, as stored (its bytes are in `file.data`)."""

    chat_id: int | str
    message_id: int
    file: StoredFile
    caption: str | None
    message_thread_id: int | None

    @property
    def file_name(self) -> str | None:
        return self.file.file_name

    @property
    def data(self) -> bytes:
        return self.file.data


class ClientGone(Exception):
    """The client went away while its long poll was waiting."""


@dataclass
class LongPoll:
    """A getUpdates that found nothing to return yet: what it waits for, and the call it answers."""

    limit: int
    deadline: float  # time.monotonic() when it answers with an empty list
    method: str = "getUpdates"
    params: dict = field(default_factory=dict)
    arrived: float = 0.0


@dataclass
class _Fault:
    kind: str  # "fail" or "drop"
    times: int
    status: int = 0
    description: str = ""
    parameters: dict = field(default_factory=dict)


class _Waiter:
    """A waiting long poll: woken from any thread on the event loop it waits in."""

    __slots__ = ("loop", "event")

    def __init__(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.event = asyncio.Event()

    def wake(self) -> None:
        try:
            self.loop.call_soon_threadsafe(self.event.set)
        except RuntimeError:  # that loop is closed: its poll is over anyway
            pass


# What media senders put in the message they return, so that PTB can build a Message.
_MESSAGE_SENDERS: dict[str, dict] = {
    "sendPhoto": {"photo": [{"file_id": "AgADphoto", "file_unique_id": "AQADphoto", "width": 1280, "height": 960}]},
    "sendSticker": {
        "sticker": {
            "file_id": "AgADstk",
            "file_unique_id": "AQADstk",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
    },
    "sendVoice": {"voice": {"file_id": "AgADvoice", "file_unique_id": "AQADvoice", "duration": 1}},
    "sendVideo": {
        "video": {"file_id": "AgADvid", "file_unique_id": "AQADvid", "width": 640, "height": 360, "duration": 1}
    },
    "sendAudio": {"audio": {"file_id": "AgADaud", "file_unique_id": "AQADaud", "duration": 1}},
    "sendAnimation": {
        "animation": {"file_id": "AgADani", "file_unique_id": "AQADani", "width": 320, "height": 240, "duration": 1}
    },
    "sendLocation": {"location": {"latitude": 0.0, "longitude": 0.0}},
    "sendDice": {"dice": {"emoji": "\U0001f3b2", "value": 4}},
    "forwardMessage": {},
}


class BotApiCore(UpdateBuilders):
    """The fake Bot API without a transport; FakeTelegram adds the HTTP and in-process ones."""

    def __init__(
        self,
        token: str = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz",
        bot_username: str = "RunnersFaqBot",
        bot_id: int = 999000,
        *,
        bot_first_name: str = "Runners FAQ",
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.bot_id = bot_id
        self.bot_first_name = bot_first_name
        # When True (default), editMessageText fails like Telegram for unknown messages and for
        # edits that change nothing ("message is not modified").
        self.strict_edits = True

        self._lock = threading.RLock()
        self._calls: list[Call] = []
        self._requests: list[RawRequest] = []
        self._faults: dict[str, list[_Fault]] = {}
        self._waiters: set[_Waiter] = set()

        self._updates: list[dict] = []  # queued, sorted by update_id
        self._next_update_id = 100001
        self._allowed_updates: frozenset[str] = DEFAULT_UPDATE_TYPES
        self._webhook: dict | None = None
        self._commands: dict[tuple[str, str], list] = {}
        self._message_ids: dict[int, int] = {}  # chat_id -> last message_id
        self._messages: dict[tuple[int, int], dict] = {}  # (chat_id, message_id) -> message dict
        self._last_user_message: dict[int, int] = {}  # chat_id -> message_id
        self._chats: dict[int, dict] = {}
        self._topics: dict[int, set[int]] = {}  # chat_id -> forum topics' message_thread_ids
        self._migrated: dict[int, int] = {}  # group id -> its supergroup's id
        self._callback_ids: set[str] = set()
        self._inline_ids: set[str] = set()
        self._files: dict[str, StoredFile] = {}
        self._files_by_path: dict[str, StoredFile] = {}
        self._sent_documents: list[SentDocument] = []
        self._id_counter = itertools.count(4_123_456_789_000_000_001)

    # ---------------------------------------------------------------- test-side API: records

    @property
    def calls(self) -> list[Call]:
        """A snapshot of every call, in the order they were answered (a long poll is recorded
        when it returns; `Call.time` is still its arrival time)."""
        with self._lock:
            return list(self._calls)

    @property
    def requests(self) -> list[RawRequest]:
        """A snapshot of every request (raw path, headers, body), in arrival order."""
        with self._lock:
            return list(self._requests)

    def calls_of(self, method: str) -> list[Call]:
        canonical = METHODS_BY_LOWER.get(method.lower(), method)
        with self._lock:
            return [c for c in self._calls if c.method == canonical]

    def sent_messages(self) -> list[Call]:
        """Successful (HTTP 200) sendMessage calls."""
        return [c for c in self.calls_of("sendMessage") if c.http_status == 200]

    def sent_documents(self) -> list[SentDocument]:
        """Documents the bot sent successfully, with their file names and bytes, in order."""
        with self._lock:
            return list(self._sent_documents)

    def stored_file(self, file_id: str) -> StoredFile | None:
        with self._lock:
            return self._files.get(file_id)

    def is_polling(self) -> bool:
        """True while a getUpdates long poll is waiting for updates (the bot is ready).

        Calls are recorded when they are answered, so a waiting long poll is not in `calls` yet.
        """
        with self._lock:
            return bool(self._waiters)

    def pending_updates(self) -> int:
        """Updates queued and not yet confirmed by a getUpdates offset."""
        with self._lock:
            return len(self._updates)

    def queued_updates(self) -> list[dict]:
        """Copies of the updates queued and not yet confirmed, in update_id order."""
        with self._lock:
            return json.loads(json.dumps(self._updates))

    def messages_in_chat(self, chat_id: int) -> list[dict]:
        """Messages the fake knows in a chat (users' from updates, the bot's as last sent or edited), by id."""
        with self._lock:
            return [m for (cid, _), m in sorted(self._messages.items()) if cid == chat_id]

    def reset_calls(self) -> None:
        with self._lock:
            self._calls.clear()
            self._requests.clear()

    def wait_for(self, predicate: Callable[[BotApiCore], bool], timeout: float = 10.0) -> bool:
        """Poll `predicate(self)` every 20 ms until it is true (True) or `timeout` passes (False)."""
        deadline = time.monotonic() + timeout
        while True:
            if predicate(self):
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)

    async def async_wait_for(self, predicate: Callable[[BotApiCore], bool], timeout: float = 10.0) -> bool:
        """wait_for for a test whose bot runs on its own event loop (in-process): yields to it."""
        deadline = time.monotonic() + timeout
        while True:
            if predicate(self):
                return True
            if time.monotonic() >= deadline:
                return False
            await asyncio.sleep(0.01)

    # ---------------------------------------------------------------- test-side API: faults

    def fail_next(
        self,
        method: str,
        *,
        status: int,
        times: int = 1,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
        description: str = "Injected fault",
        parameters: dict | None = None,
    ) -> None:
        """Answer the next `times` calls of `method` with `status` and a Telegram error body.

        `retry_after` and `migrate_to_chat_id` (or any `parameters`) become the body's
        ResponseParameters, from which PTB raises RetryAfter or ChatMigrated.
        """
        if times < 1:
            raise ValueError("times must be >= 1")
        params = dict(parameters or {})
        if retry_after is not None:
            params["retry_after"] = retry_after
        if migrate_to_chat_id is not None:
            params["migrate_to_chat_id"] = migrate_to_chat_id
        with self._lock:
            self._faults.setdefault(method.lower(), []).append(_Fault("fail", times, status, description, params))

    def drop_next(self, method: str, times: int = 1) -> None:
        """Close the connection without answering the next `times` calls of `method`."""
        if times < 1:
            raise ValueError("times must be >= 1")
        with self._lock:
            self._faults.setdefault(method.lower(), []).append(_Fault("drop", times))

    def _take_fault(self, method: str) -> _Fault | None:
        with self._lock:
            queue = self._faults.get(method.lower())
            if not queue:
                return None
            fault = queue[0]
            fault.times -= 1
            if fault.times <= 0:
                queue.pop(0)
            return fault

    # ---------------------------------------------------------------- test-side API: updates

    def add_update(self, update: dict) -> int:
        """Queue a raw update (a dict as Telegram sends it); assigns update_id if missing."""
        update = dict(update)
        with self._lock:
            if "update_id" not in update:
                update["update_id"] = self._next_update_id
            uid = int(update["update_id"])
            self._next_update_id = max(self._next_update_id, uid + 1)
            keys = [u["update_id"] for u in self._updates]
            self._updates.insert(bisect.bisect_right(keys, uid), update)
            waiters = list(self._waiters)
        for waiter in waiters:
            waiter.wake()
        return uid

    # ---------------------------------------------------------------- files

    def _store_file(self, data: bytes, folder: str, file_name: str | None, mime_type: str | None) -> StoredFile:
        uniq = next(self._id_counter)
        suffix = ""
        if file_name and "." in file_name:
            suffix = "." + re.sub(r"[^A-Za-z0-9]", "", file_name.rsplit(".", 1)[1])[:8]
        elif folder == "photos":
            suffix = ".jpg"
        stored = StoredFile(
            file_id=f"BQAC{uniq}",
            file_unique_id=f"AgAD{uniq % 10**10}",
            file_path=f"{folder}/file_{uniq % 10**6}{suffix}",
            data=bytes(data),
            file_name=file_name,
            mime_type=mime_type,
        )
        with self._lock:
            self._files[stored.file_id] = stored
            self._files_by_path[stored.file_path] = stored
        return stored

    # ---------------------------------------------------------------- serving

    def note_request(self, raw: RawRequest) -> None:
        with self._lock:
            self._requests.append(raw)

    def _record(self, method: str, params: dict, arrived: float, status: int, response: Any, note: str = "") -> None:
        with self._lock:
            self._calls.append(Call(method, params, arrived, status, response, note))

    def _reply(self, method: str, params: dict, arrived: float, status: int, payload: dict, note: str = "") -> Answer:
        body = wire.encode(payload)
        # The record holds what the client decodes, never a live piece of the fake's state.
        self._record(method, params, arrived, status, json.loads(body), note)
        return Answer(status, body)

    def answer_now(
        self,
        path: str,
        params: dict,
        *,
        arrived: float | None = None,
        body_error: str | None = None,
    ) -> Answer | LongPoll:
        """Serve one request for `path` with decoded `params`, without waiting.

        Returns the Answer, or, for a getUpdates that has to wait for updates, a LongPoll to
        finish with `await core.finish_long_poll(poll, gone)`. `body_error` says the transport
        could not decode the body. Transports that can answer at once (HTTP) save a task.
        """
        arrived = time.monotonic() if arrived is None else arrived
        where = wire.route(path)
        if where is None:
            return self._reply(
                path.rsplit("/", 1)[-1], {}, arrived, 404, wire.error_payload(404, "Not Found"), "bad path"
            )
        if where.kind == "file":
            return self._download(where)
        method = METHODS_BY_LOWER.get(where.name.lower(), where.name)
        if body_error:
            params = {}
        if where.token != self.token:
            return self._reply(method, params, arrived, 401, wire.error_payload(401, "Unauthorized"), "wrong token")
        if method not in BOT_API_METHODS:
            return self._reply(method, params, arrived, 404, wire.error_payload(404, "Not Found"), "unknown method")

        fault = self._take_fault(method)
        if fault is not None:
            if fault.kind == "drop":
                self._record(method, params, arrived, 0, None, "dropped")
                return Answer(0)
            payload = wire.error_payload(fault.status, fault.description, fault.parameters)
            return self._reply(method, params, arrived, fault.status, payload, "injected")

        try:
            if body_error:
                raise ApiError(400, f"Bad Request: can't parse request body: {body_error}")
            self._check_migrated(params)
            handler = getattr(self, f"_api_{method}", None)
            result = self._api_default(method, params) if handler is None else handler(params)
        except ApiError as err:
            return self._reply(
                method, params, arrived, err.status, wire.error_payload(err.status, err.description, err.parameters)
            )
        except Exception as err:  # a bug in the fake: answer, so that the test fails rather than hangs
            return self._reply(
                method,
                params,
                arrived,
                500,
                wire.error_payload(500, f"Internal Server Error: fake: {err!r}"),
                "fake error: " + traceback.format_exc(limit=3),
            )
        if isinstance(result, LongPoll):
            result.method, result.params, result.arrived = method, params, arrived
            return result
        return self._reply(method, params, arrived, 200, {"ok": True, "result": result})

    async def finish_long_poll(self, poll: LongPoll, gone: asyncio.Future | None = None) -> Answer:
        """Wait, on the caller's event loop, until updates come or the poll's timeout passes.

        `gone` completes if the client goes away; that, or cancelling the caller, is recorded as
        "client disconnected" and raises ClientGone (or CancelledError).
        """
        try:
            batch = await self._wait_for_updates(poll, gone)
        except (ClientGone, asyncio.CancelledError):
            self._record(poll.method, poll.params, poll.arrived, 0, None, "client disconnected")
            raise
        return self._reply(poll.method, poll.params, poll.arrived, 200, {"ok": True, "result": batch})

    async def answer(
        self,
        path: str,
        params: dict,
        *,
        arrived: float | None = None,
        body_error: str | None = None,
        gone: asyncio.Future | None = None,
    ) -> Answer:
        """answer_now, then the long poll if there is one: the whole answer to one request."""
        outcome = self.answer_now(path, params, arrived=arrived, body_error=body_error)
        if isinstance(outcome, LongPoll):
            return await self.finish_long_poll(outcome, gone)
        return outcome

    def _download(self, where: wire.Route) -> Answer:
        if where.token != self.token:
            return Answer(401, wire.encode(wire.error_payload(401, "Unauthorized")))
        with self._lock:
            stored = self._files_by_path.get(where.name)
        if stored is None:
            return Answer(404, wire.encode(wire.error_payload(404, "Not Found")))
        return Answer(200, stored.data, stored.mime_type or "application/octet-stream")

    # ---------------------------------------------------------------- Bot API: common checks

    def _check_migrated(self, params: dict) -> None:
        chat_id = params.get("chat_id")
        with self._lock:
            new_id = self._migrated.get(chat_id) if isinstance(chat_id, int) else None
        if new_id is not None:
            raise ApiError(
                400, "Bad Request: group chat was upgraded to a supergroup chat", {"migrate_to_chat_id": new_id}
            )

    @staticmethod
    def _require_chat(params: dict) -> int | str:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise bad("chat_id is empty")
        if isinstance(chat_id, str) and not chat_id.startswith("@"):
            raise bad("chat not found")
        return chat_id

    @staticmethod
    def _validated_markup(params: dict) -> None:
        markup = params.get("reply_markup")
        if markup is None:
            return
        if isinstance(markup, str):
            try:
                params["reply_markup"] = markup = json.loads(markup)
            except ValueError:
                raise bad("can't parse reply keyboard markup JSON object") from None
        error = validate_reply_markup(markup)
        if error:
            raise bad(error)

    def _build_message(self, chat_id: int | str, params: dict) -> dict:
        """The bot's new message in `chat_id`, without content: sender, chat, thread, reply, keyboard.

        Not stored yet: the caller adds the content, then _keep()s it.
        """
        if isinstance(chat_id, int):
            chat = self._known_chat(chat_id)
        else:
            chat = {
                "id": -1001000000001,
                "type": "channel",
                "title": chat_id.lstrip("@"),
                "username": chat_id.lstrip("@"),
            }
        chat_key = chat["id"]
        message: dict[str, Any] = {"message_id": 0, "from": self.bot_user(), "chat": chat, "date": int(time.time())}
        if chat["type"] == "channel":
            # A channel's posts are signed by the channel, not by the bot.
            del message["from"]
            message["sender_chat"] = chat
        if isinstance(params.get("reply_markup"), dict) and "inline_keyboard" in params["reply_markup"]:
            message["reply_markup"] = params["reply_markup"]
        reply = params.get("reply_parameters")
        reply_id = reply.get("message_id") if isinstance(reply, dict) else params.get("reply_to_message_id")
        replied = None
        if isinstance(reply_id, int):
            with self._lock:
                replied = self._messages.get((chat_key, reply_id))
            if replied is not None:
                replied = dict(replied)
                replied.pop("reply_to_message", None)
                message["reply_to_message"] = replied
        thread = params.get("message_thread_id")
        if thread is None and replied is not None and replied.get("is_topic_message"):
            thread = replied.get("message_thread_id")  # a reply lands in the replied message's topic
        if thread is not None:
            with self._lock:
                known = isinstance(thread, int) and thread in self._topics.get(chat_key, set())
            if not (chat.get("is_forum") and known):
                raise bad("message thread not found")
            message["message_thread_id"] = thread
            message["is_topic_message"] = True
        message["message_id"] = self._new_message_id(chat_key)
        return message

    def _keep(self, message: dict) -> dict:
        with self._lock:
            self._messages[(message["chat"]["id"], message["message_id"])] = message
        return message

    def _caption(self, message: dict, params: dict) -> None:
        caption = params.get("caption")
        if caption is None:
            return
        plain, entities = parse_text(
            caption, params.get("parse_mode"), params.get("caption_entities"), MAX_CAPTION_LENGTH, "caption"
        )
        message["caption"] = plain
        if entities:
            message["caption_entities"] = entities

    # ---------------------------------------------------------------- Bot API: methods

    def _api_default(self, method: str, params: dict) -> Any:
        self._validated_markup(params)
        # Media/location senders return a Message so PTB can build one; everything else True.
        if method in _MESSAGE_SENDERS:
            chat_id = self._require_chat(params)
            message = self._build_message(chat_id, params)
            self._caption(message, params)
            message.update(json.loads(json.dumps(_MESSAGE_SENDERS[method])))
            if method == "sendLocation":
                message["location"] = {"latitude": params.get("latitude"), "longitude": params.get("longitude")}
            return self._keep(message)
        if method == "copyMessage":
            chat_id = self._require_chat(params)
            return {"message_id": self._new_message_id(chat_id if isinstance(chat_id, int) else -1001000000001)}
        return True

    def _api_getMe(self, params: dict) -> dict:
        return {
            **self.bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _api_logOut(self, params: dict) -> bool:
        return True

    def _api_close(self, params: dict) -> bool:
        return True

    def _api_deleteWebhook(self, params: dict) -> bool:
        with self._lock:
            self._webhook = None
            if params.get("drop_pending_updates") is True:
                self._updates.clear()
        return True

    def _api_setWebhook(self, params: dict) -> bool:
        url = params.get("url", "")
        if not isinstance(url, str):
            raise bad("bad webhook: url must be a String")
        if url == "":
            return self._api_deleteWebhook(params)
        if not url.lower().startswith("https://"):
            raise bad("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise bad("secret token contains unallowed characters")
        with self._lock:
            self._webhook = {"url": url, "max_connections": params.get("max_connections", 40), "secret_token": secret}
            if isinstance(params.get("allowed_updates"), list):
                self._webhook["allowed_updates"] = params["allowed_updates"]
            if params.get("drop_pending_updates") is True:
                self._updates.clear()
        return True

    def _api_getWebhookInfo(self, params: dict) -> dict:
        with self._lock:
            info: dict[str, Any] = {
                "url": "",
                "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            }
            if self._webhook:
                info["url"] = self._webhook["url"]
                info["max_connections"] = self._webhook["max_connections"]
                info["ip_address"] = "127.0.0.1"
                if "allowed_updates" in self._webhook:
                    info["allowed_updates"] = self._webhook["allowed_updates"]
        return info

    @staticmethod
    def _commands_key(params: dict) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    def _api_setMyCommands(self, params: dict) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise bad('field "commands" must be an Array')
        if len(commands) > 100:
            raise bad("too many commands")
        for cmd in commands:
            if not isinstance(cmd, dict):
                raise bad("BotCommand must be an Object")
            if not isinstance(cmd.get("command"), str) or not re.fullmatch(r"[a-z0-9_]{1,32}", cmd["command"]):
                raise bad("BOT_COMMAND_INVALID")
            desc = cmd.get("description")
            if not isinstance(desc, str) or not 1 <= len(desc.strip()) <= 256:
                raise bad("BOT_COMMAND_DESCRIPTION_INVALID")
        with self._lock:
            self._commands[self._commands_key(params)] = [
                {"command": c["command"], "description": c["description"]} for c in commands
            ]
        return True

    def _api_deleteMyCommands(self, params: dict) -> bool:
        with self._lock:
            self._commands.pop(self._commands_key(params), None)
        return True

    def _api_getMyCommands(self, params: dict) -> list:
        with self._lock:
            return list(self._commands.get(self._commands_key(params), []))

    def _api_getUpdates(self, params: dict) -> list | LongPoll:
        with self._lock:
            if self._webhook is not None:
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
        offset = params.get("offset", 0)
        limit = params.get("limit", 100)
        timeout = params.get("timeout", 0)
        if not isinstance(offset, int) or isinstance(offset, bool):
            raise bad('parameter "offset" must be an Integer')
        if not isinstance(limit, int) or isinstance(limit, bool):
            raise bad('parameter "limit" must be an Integer')
        if not isinstance(timeout, (int, float)) or isinstance(timeout, bool):
            raise bad('parameter "timeout" must be a Number')
        poll = LongPoll(min(max(limit, 1), 100), time.monotonic() + max(float(timeout), 0.0))
        allowed = params.get("allowed_updates")
        with self._lock:
            if isinstance(allowed, list):
                self._allowed_updates = frozenset(allowed) if allowed else DEFAULT_UPDATE_TYPES
            if offset > 0:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            elif offset < 0:
                self._updates = self._updates[offset:]
            batch = self._next_batch(poll.limit)
        return batch if batch or poll.deadline <= time.monotonic() else poll

    def _next_batch(self, limit: int) -> list:
        with self._lock:
            # Telegram never queues update types the bot did not ask for.
            self._updates = [u for u in self._updates if self._update_type(u) in self._allowed_updates]
            return self._updates[:limit]

    async def _wait_for_updates(self, poll: LongPoll, gone: asyncio.Future | None) -> list:
        while True:
            with self._lock:
                batch = self._next_batch(poll.limit)
                remaining = poll.deadline - time.monotonic()
                if batch or remaining <= 0:
                    return batch
                # Registered under the lock that add_update takes: no update slips in unseen.
                waiter = _Waiter()
                self._waiters.add(waiter)
            try:
                await self._wait(waiter.event, remaining, gone)
            finally:
                with self._lock:
                    self._waiters.discard(waiter)

    @staticmethod
    async def _wait(event: asyncio.Event, timeout: float, gone: asyncio.Future | None) -> None:
        """Wait for new updates or the timeout; raise ClientGone if the client goes away first."""
        woken = asyncio.ensure_future(event.wait())
        waits: set[asyncio.Future] = {woken} if gone is None else {woken, gone}
        try:
            await asyncio.wait(waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            if not woken.done():
                woken.cancel()
        if gone is not None and gone.done():
            raise ClientGone()

    @staticmethod
    def _update_type(update: dict) -> str:
        for key in update:
            if key != "update_id":
                return key
        return ""

    def _api_sendMessage(self, params: dict) -> dict:
        chat_id = self._require_chat(params)
        if "text" not in params:
            raise bad("message text is empty")
        plain, entities = parse_text(params["text"], params.get("parse_mode"), params.get("entities"), MAX_TEXT_LENGTH)
        self._validated_markup(params)
        message = self._build_message(chat_id, params)
        message["text"] = plain
        if entities:
            message["entities"] = entities
        return self._keep(message)

    def _api_sendDocument(self, params: dict) -> dict:
        chat_id = self._require_chat(params)
        document = params.get("document")
        if isinstance(document, dict) and "data" in document:
            stored = self._store_file(
                document["data"], "documents", document.get("filename") or "file", document.get("content_type")
            )
        elif isinstance(document, str) and document:
            stored = self.stored_file(document)
            if stored is None:
                raise bad("wrong file identifier/HTTP URL specified")
        else:
            raise bad("there is no document in the request")
        self._validated_markup(params)
        message = self._build_message(chat_id, params)
        self._caption(message, params)
        message["document"] = stored.document()
        self._keep(message)
        with self._lock:
            self._sent_documents.append(
                SentDocument(
                    chat_id, message["message_id"], stored, message.get("caption"), message.get("message_thread_id")
                )
            )
        return message

    def _api_getFile(self, params: dict) -> dict:
        stored = self.stored_file(str(params.get("file_id") or ""))
        if stored is None:
            raise bad("invalid file_id")
        return {**stored.ids(), "file_size": len(stored.data), "file_path": stored.file_path}

    def _editable(self, params: dict) -> tuple[int | str, int, dict]:
        """The chat, id and stored message an edit addresses; 400 where Telegram says no."""
        chat_id = self._require_chat(params)
        message_id = params.get("message_id")
        if not isinstance(message_id, int):
            raise bad("message identifier is not specified")
        with self._lock:
            old = self._messages.get((chat_id, message_id))
        if old is None:
            if self.strict_edits:
                raise bad("message to edit not found")
            old = {
                "message_id": message_id,
                "from": self.bot_user(),
                "chat": self._known_chat(chat_id) if isinstance(chat_id, int) else {"id": 0, "type": "channel"},
                "date": int(time.time()),
            }
        by_bot = old.get("from", {}).get("is_bot") or old.get("chat", {}).get("type") == "channel"
        if self.strict_edits and not by_bot:
            raise bad("message can't be edited")
        return chat_id, message_id, old

    def _edited(
        self, chat_id: int | str, message_id: int, old: dict, key: str, plain: str, entities: list[dict], params: dict
    ) -> dict:
        ents_key = "entities" if key == "text" else "caption_entities"
        new_markup = params.get("reply_markup")
        if (
            self.strict_edits
            and old.get(key) == plain
            and (old.get(ents_key) or []) == entities
            and old.get("reply_markup") == new_markup
        ):
            raise bad(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        message = dict(old)
        message[key] = plain
        message.pop(ents_key, None)
        if entities:
            message[ents_key] = entities
        message.pop("reply_markup", None)
        if isinstance(new_markup, dict) and "inline_keyboard" in new_markup:
            message["reply_markup"] = new_markup
        message["edit_date"] = int(time.time())
        with self._lock:
            self._messages[(chat_id, message_id)] = message
        return message

    def _api_editMessageText(self, params: dict) -> Any:
        if "text" not in params:
            raise bad("message text is empty")
        plain, entities = parse_text(params["text"], params.get("parse_mode"), params.get("entities"), MAX_TEXT_LENGTH)
        self._validated_markup(params)
        if params.get("inline_message_id"):
            return True
        chat_id, message_id, old = self._editable(params)
        return self._edited(chat_id, message_id, old, "text", plain, entities, params)

    def _api_editMessageCaption(self, params: dict) -> Any:
        plain, entities = parse_text(
            params.get("caption", ""),
            params.get("parse_mode"),
            params.get("caption_entities"),
            MAX_CAPTION_LENGTH,
            "caption",
        )
        self._validated_markup(params)
        if params.get("inline_message_id"):
            return True
        chat_id, message_id, old = self._editable(params)
        if "text" in old:
            raise bad("there is no caption in the message to edit")
        return self._edited(chat_id, message_id, old, "caption", plain, entities, params)

    def _known_query(self, ids: set[str], query_id: object) -> None:
        """Telegram's answer to a callback or inline query id it never sent (or long expired)."""
        with self._lock:
            known = str(query_id) in ids
        if not known:
            raise bad("query is too old and response timeout expired or query ID is invalid")

    def _api_answerCallbackQuery(self, params: dict) -> bool:
        self._known_query(self._callback_ids, params.get("callback_query_id"))
        text = params.get("text")
        if text is not None and utf16_len(str(text)) > MAX_CALLBACK_ANSWER_LENGTH:
            raise bad("MESSAGE_TOO_LONG")
        return True

    def _api_answerInlineQuery(self, params: dict) -> bool:
        self._known_query(self._inline_ids, params.get("inline_query_id"))
        results = params.get("results")
        if isinstance(results, str):
            try:
                results = json.loads(results)
            except ValueError:
                results = None
        if not isinstance(results, list):
            raise bad("can't parse inline query results JSON object")
        if len(results) > MAX_INLINE_RESULTS:
            raise bad("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            if not isinstance(result, dict):
                raise bad("can't parse inline query result: InlineQueryResult must be an Object")
            rid = result.get("id")
            if not isinstance(rid, str) or not rid:
                raise bad("RESULT_ID_EMPTY")
            if len(rid.encode("utf-8")) > MAX_INLINE_RESULT_ID_BYTES:
                raise bad("RESULT_ID_INVALID")
            if rid in seen:
                raise bad("RESULT_ID_DUPLICATE")
            seen.add(rid)
            if not result.get("type"):
                raise bad('can\'t parse inline query result: Field "type" must be of type String')
            if result["type"] == "article" and not str(result.get("title") or "").strip():
                raise bad('can\'t parse inline query result: Field "title" must be non-empty')
            content = result.get("input_message_content")
            if isinstance(content, dict) and "message_text" in content:
                parse_text(content["message_text"], content.get("parse_mode"), content.get("entities"), MAX_TEXT_LENGTH)
            if result.get("reply_markup") is not None:
                error = validate_reply_markup(result["reply_markup"])
                if error:
                    raise bad(error)
        next_offset = params.get("next_offset")
        if next_offset is not None and len(str(next_offset).encode("utf-8")) > 64:
            raise bad("next_offset is too long")
        return True

    def _api_deleteMessage(self, params: dict) -> bool:
        chat_id = self._require_chat(params)
        with self._lock:
            self._messages.pop((chat_id, params.get("message_id")), None)
        return True

    def _api_sendChatAction(self, params: dict) -> bool:
        self._require_chat(params)
        return True
