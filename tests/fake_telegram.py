"""A fake Telegram Bot API server for end-to-end tests of a python-telegram-bot (PTB) 22 bot.

Standard library only. The server is an asyncio HTTP/1.1 server on 127.0.0.1 that runs in its own
thread with its own event loop, so tests stay plain synchronous pytest functions::

    with FakeTelegram() as tg:
        # start the bot with TELEGRAM_API_URL=tg.api_url and TELEGRAM_BOT_TOKEN=tg.token
        tg.add_message("/start")
        assert tg.wait_for(lambda t: len(t.sent_messages()) == 1)

Wire format (checked against PTB 22.8): every call is ``POST /bot<TOKEN>/<method>`` with an
``application/x-www-form-urlencoded`` body (multipart for uploads). PTB sends string parameters
raw and JSON-encodes everything else. On 2xx PTB reads ``result``; otherwise ``description`` and
``parameters.retry_after`` decide the exception (401/404 -> InvalidToken, 400 -> BadRequest,
429 with retry_after -> RetryAfter, anything else -> NetworkError).

Things that are deliberately stricter than the real Telegram (so that bugs show up in tests):
a bare ``&`` that does not start ``&lt;``, ``&gt;``, ``&amp;``, ``&quot;`` or ``&#NN;``/``&#xHH;``
is a parse error in HTML mode (Telegram shows it literally), and ``<a>`` needs ``href``.
"""
from __future__ import annotations

import asyncio
import bisect
import email.parser
import email.policy
import http
import itertools
import json
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Callable

__all__ = [
    "Call",
    "RawRequest",
    "FakeTelegram",
    "TelegramHtmlError",
    "parse_telegram_html",
    "validate_telegram_html",
    "validate_reply_markup",
    "utf16_len",
]

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_RESULTS = 50
MAX_INLINE_RESULT_ID_BYTES = 64

# Every Bot API method PTB 22.8 knows (its camelCase aliases) plus "close". A name outside this
# set gets 404 Not Found, as from Telegram. Matching is case-insensitive, as Telegram's is.
BOT_API_METHODS = frozenset(
    """
    addStickerToSet answerCallbackQuery answerGuestQuery answerInlineQuery answerPreCheckoutQuery
    answerShippingQuery answerWebAppQuery approveChatJoinRequest approveSuggestedPost banChatMember
    banChatSenderChat close closeForumTopic closeGeneralForumTopic convertGiftToStars copyMessage
    copyMessages createChatInviteLink createChatSubscriptionInviteLink createForumTopic
    createInvoiceLink createNewStickerSet declineChatJoinRequest declineSuggestedPost
    deleteAllMessageReactions deleteBusinessMessages deleteChatPhoto deleteChatStickerSet
    deleteForumTopic deleteMessage deleteMessageReaction deleteMessages deleteMyCommands
    deleteStickerFromSet deleteStickerSet deleteStory deleteWebhook editChatInviteLink
    editChatSubscriptionInviteLink editForumTopic editGeneralForumTopic editMessageCaption
    editMessageChecklist editMessageLiveLocation editMessageMedia editMessageReplyMarkup
    editMessageText editStory editUserStarSubscription exportChatInviteLink forwardMessage
    forwardMessages getAvailableGifts getBusinessAccountGifts getBusinessAccountStarBalance
    getBusinessConnection getChat getChatAdministrators getChatGifts getChatMember
    getChatMemberCount getChatMenuButton getCustomEmojiStickers getFile getForumTopicIconStickers
    getGameHighScores getManagedBotAccessSettings getManagedBotToken getMe getMyCommands
    getMyDefaultAdministratorRights getMyDescription getMyName getMyShortDescription
    getMyStarBalance getStarTransactions getStickerSet getUpdates getUserChatBoosts getUserGifts
    getUserPersonalChatMessages getUserProfileAudios getUserProfilePhotos getWebhookInfo
    giftPremiumSubscription hideGeneralForumTopic leaveChat logOut pinChatMessage postStory
    promoteChatMember readBusinessMessage refundStarPayment removeBusinessAccountProfilePhoto
    removeChatVerification removeMyProfilePhoto removeUserVerification reopenForumTopic
    reopenGeneralForumTopic replaceManagedBotToken replaceStickerInSet repostStory
    restrictChatMember revokeChatInviteLink savePreparedInlineMessage savePreparedKeyboardButton
    sendAnimation sendAudio sendChatAction sendChecklist sendContact sendDice sendDocument sendGame
    sendGift sendInvoice sendLivePhoto sendLocation sendMediaGroup sendMessage sendMessageDraft
    sendPaidMedia sendPhoto sendPoll sendSticker sendVenue sendVideo sendVideoNote sendVoice
    setBusinessAccountBio setBusinessAccountGiftSettings setBusinessAccountName
    setBusinessAccountProfilePhoto setBusinessAccountUsername setChatAdministratorCustomTitle
    setChatDescription setChatMemberTag setChatMenuButton setChatPermissions setChatPhoto
    setChatStickerSet setChatTitle setCustomEmojiStickerSetThumbnail setGameScore
    setManagedBotAccessSettings setMessageReaction setMyCommands setMyDefaultAdministratorRights
    setMyDescription setMyName setMyProfilePhoto setMyShortDescription setPassportDataErrors
    setStickerEmojiList setStickerKeywords setStickerMaskPosition setStickerPositionInSet
    setStickerSetThumbnail setStickerSetTitle setUserEmojiStatus setWebhook stopMessageLiveLocation
    stopPoll transferBusinessAccountStars transferGift unbanChatMember unbanChatSenderChat
    unhideGeneralForumTopic unpinAllChatMessages unpinAllForumTopicMessages
    unpinAllGeneralForumTopicMessages unpinChatMessage upgradeGift uploadStickerFile verifyChat
    verifyUser
    """.split()
)
_METHODS_BY_LOWER = {m.lower(): m for m in BOT_API_METHODS}

# Parameters that are strings in the Bot API: kept raw even when they look like JSON ("123").
_STRING_PARAMS = frozenset(
    """
    text caption callback_query_id inline_query_id next_offset url secret_token description
    short_description name title query message_text parse_mode caption_parse_mode language_code
    emoji custom_emoji_id business_connection_id inline_message_id ip_address explanation question
    address first_name last_name phone_number vcard payload button_text start_parameter
    switch_pm_text switch_pm_parameter error_message shipping_query_id pre_checkout_query_id
    web_app_query_id game_short_name custom_title sticker_set_name set_name action cache_key
    """.split()
)

# Update types Telegram sends when allowed_updates was never set (or set to []).
_ALL_UPDATE_TYPES = frozenset(
    """
    message edited_message channel_post edited_channel_post business_connection business_message
    edited_business_message deleted_business_messages message_reaction message_reaction_count
    inline_query chosen_inline_result callback_query shipping_query pre_checkout_query
    purchased_paid_media poll poll_answer my_chat_member chat_member chat_join_request chat_boost
    removed_chat_boost
    """.split()
)
_DEFAULT_UPDATE_TYPES = _ALL_UPDATE_TYPES - {"chat_member", "message_reaction", "message_reaction_count"}


def utf16_len(text: str) -> int:
    """Length of `text` in UTF-16 code units, the unit of Telegram's entity offsets and limits."""
    return len(text.encode("utf-16-le")) // 2


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One Bot API call as the fake server saw it.

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
    """A request exactly as received: HTTP method, raw target (path and query), headers, body."""

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


# --------------------------------------------------------------------------------------------
# HTML parse mode (modelled on tdlib's parse_html, see module docstring for deliberate strictness)
# --------------------------------------------------------------------------------------------


class TelegramHtmlError(ValueError):
    """The text is not valid Telegram HTML; str(err) is the part after "can't parse entities: "."""


_SUPPORTED_TAGS = frozenset(
    "b strong i em u ins s strike del a code pre blockquote tg-spoiler span tg-emoji".split()
)
_TAG_ENTITY = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "tg-spoiler": "spoiler", "span": "spoiler", "code": "code", "pre": "pre",
}
_ENTITY_RE = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ATTR_NAME_RE = re.compile(r"[A-Za-z0-9_-]+")
_UNQUOTED_VALUE_RE = re.compile(r"[A-Za-z0-9.\-_:/?=&#%+~]*")


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8", "surrogatepass"))


_ANY_ENTITY_RE = re.compile(r"&[A-Za-z0-9#]{1,32};")


def _bad_ampersand(text: str, index: int) -> TelegramHtmlError:
    m = _ANY_ENTITY_RE.match(text, index)
    if m:
        return TelegramHtmlError(
            f'Unsupported HTML entity "{m.group(0)}" at byte offset {_byte_offset(text, index)}: '
            "only &lt; &gt; &amp; &quot; and numeric references are decoded"
        )
    return TelegramHtmlError(f'Unescaped "&" at byte offset {_byte_offset(text, index)}: use &amp;')


def _decode_entities(text: str, start: int, end: int) -> str:
    """Decode character references in text[start:end] (used for attribute values); strict."""
    out = []
    i = start
    while i < end:
        ch = text[i]
        if ch == "&":
            m = _ENTITY_RE.match(text, i, end)
            if not m:
                raise _bad_ampersand(text, i)
            out.append(_entity_char(m, text, i))
            i = m.end()
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _entity_char(m: re.Match, text: str, index: int) -> str:
    if m.group(1):
        return _NAMED[m.group(1)]
    code = int(m.group(2)) if m.group(2) else int(m.group(3), 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise TelegramHtmlError(
            f"Invalid character reference {m.group(0)} at byte offset {_byte_offset(text, index)}"
        )
    return chr(code)


def parse_telegram_html(text: str) -> tuple[str, list[dict]]:
    """Parse `text` as Telegram parse_mode=HTML; return (plain text, entities) or raise.

    Entities are Bot API MessageEntity dicts with offset/length in UTF-16 code units. The plain
    text is not whitespace-trimmed (the server does that, like Telegram, when building messages).
    """
    out: list[str] = []
    pos16 = 0  # UTF-16 length of what is in `out`
    stack: list[dict] = []
    entities: list[dict] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "&":
            m = _ENTITY_RE.match(text, i)
            if not m:
                raise _bad_ampersand(text, i)
            decoded = _entity_char(m, text, i)
            out.append(decoded)
            pos16 += utf16_len(decoded)
            i = m.end()
            continue
        if ch != "<":
            out.append(ch)
            pos16 += 2 if ord(ch) > 0xFFFF else 1
            i += 1
            continue

        begin = i
        if i + 1 < n and text[i + 1] == "/":
            # End tag: </name>, optional spaces before '>'.
            j = i + 2
            while j < n and not text[j].isspace() and text[j] != ">":
                j += 1
            name = text[i + 2 : j].lower()
            while j < n and text[j].isspace():
                j += 1
            if j >= n or text[j] != ">":
                raise TelegramHtmlError(f"Unclosed end tag at byte offset {_byte_offset(text, begin)}")
            if not stack:
                raise TelegramHtmlError(f"Unexpected end tag at byte offset {_byte_offset(text, begin)}")
            open_tag = stack[-1]
            if name != open_tag["tag"]:
                raise TelegramHtmlError(
                    f"Unmatched end tag at byte offset {_byte_offset(text, begin)}, "
                    f'expected "</{open_tag["tag"]}>", found "</{name}>"'
                )
            stack.pop()
            length = pos16 - open_tag["offset"]
            entity = open_tag["entity"]
            if entity is not None and length > 0:
                entity = dict(entity, offset=open_tag["offset"], length=length)
                if entity["type"] == "pre" and open_tag.get("inner_language"):
                    entity["language"] = open_tag["inner_language"]
                entities.append(entity)
            i = j + 1
            continue

        # Start tag: <name attr="value" ...>
        j = i + 1
        while j < n and not text[j].isspace() and text[j] != ">":
            j += 1
        if j >= n:
            raise TelegramHtmlError(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
        name = text[i + 1 : j].lower()
        if name not in _SUPPORTED_TAGS:
            raise TelegramHtmlError(
                f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, begin)}'
            )
        attrs: dict[str, str] = {}
        while True:
            while j < n and text[j].isspace():
                j += 1
            if j >= n:
                raise TelegramHtmlError(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
            if text[j] == ">":
                j += 1
                break
            m = _ATTR_NAME_RE.match(text, j)
            if not m:
                raise TelegramHtmlError(
                    f'Empty attribute name in the tag "{name}" at byte offset {_byte_offset(text, begin)}'
                )
            attr = m.group(0).lower()
            j = m.end()
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] == "=":
                j += 1
                while j < n and text[j].isspace():
                    j += 1
                if j >= n:
                    raise TelegramHtmlError(
                        f"Unclosed start tag at byte offset {_byte_offset(text, begin)}"
                    )
                if text[j] in "\"'":
                    quote = text[j]
                    close = text.find(quote, j + 1)
                    if close < 0:
                        raise TelegramHtmlError(
                            f"Unclosed end of attribute value at byte offset {_byte_offset(text, j)}"
                        )
                    value = _decode_entities(text, j + 1, close)
                    j = close + 1
                else:
                    vm = _UNQUOTED_VALUE_RE.match(text, j)
                    value = _decode_entities(text, j, vm.end())
                    j = vm.end()
                    if j < n and not text[j].isspace() and text[j] != ">":
                        raise TelegramHtmlError(
                            f'Unexpected character in the value of attribute "{attr}" of the tag '
                            f'"{name}" at byte offset {_byte_offset(text, j)}'
                        )
            elif j >= n:
                raise TelegramHtmlError(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
            elif text[j] == ">" or _ATTR_NAME_RE.match(text, j):
                value = ""
            else:
                raise TelegramHtmlError(
                    f'Expected equal sign in declaration of an attribute of the tag "{name}" '
                    f"at byte offset {_byte_offset(text, begin)}"
                )
            attrs.setdefault(attr, value)

        entity: dict | None
        if name == "a":
            href = attrs.get("href")
            if href is None or not href.strip():
                raise TelegramHtmlError(
                    f'Tag "a" must have attribute "href" at byte offset {_byte_offset(text, begin)}'
                )
            entity = {"type": "text_link", "url": href.strip()}
        elif name == "span":
            if attrs.get("class") != "tg-spoiler":
                raise TelegramHtmlError(
                    f'Tag "span" must have class "tg-spoiler" at byte offset {_byte_offset(text, begin)}'
                )
            entity = {"type": "spoiler"}
        elif name == "tg-emoji":
            emoji_id = attrs.get("emoji-id", "")
            if not emoji_id.isdigit():
                raise TelegramHtmlError(
                    f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset {_byte_offset(text, begin)}'
                )
            entity = {"type": "custom_emoji", "custom_emoji_id": emoji_id}
        elif name == "blockquote":
            entity = {"type": "expandable_blockquote" if "expandable" in attrs else "blockquote"}
        elif name == "code" and stack and stack[-1]["tag"] == "pre" and attrs.get("class", "").startswith("language-"):
            # <pre><code class="language-x"> makes one pre entity with a language.
            stack[-1]["inner_language"] = attrs["class"][len("language-") :]
            entity = None
        else:
            entity = {"type": _TAG_ENTITY[name]}
        stack.append({"tag": name, "offset": pos16, "entity": entity})
        i = j

    if stack:
        raise TelegramHtmlError(f'Can\'t find end tag corresponding to start tag "{stack[-1]["tag"]}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def validate_telegram_html(text: str) -> str | None:
    """Return why Telegram (parse_mode=HTML) would reject `text`, or None if it is fine.

    Checks the markup (tags, balance, character references; a bare "<" or "&" is an error) and
    the length: 1-4096 UTF-16 code units of visible text after parsing, not only whitespace.
    """
    try:
        plain, _ = parse_telegram_html(text)
    except TelegramHtmlError as err:
        return f"can't parse entities: {err}"
    if not plain.strip():
        return "message text is empty"
    if utf16_len(plain) > MAX_TEXT_LENGTH:
        return "message is too long"
    return None


def _trim(plain: str, entities: list[dict]) -> tuple[str, list[dict]]:
    """Strip leading/trailing whitespace as Telegram does, shifting and clipping entities."""
    stripped = plain.strip()
    if stripped == plain:
        return plain, entities
    lead = utf16_len(plain[: len(plain) - len(plain.lstrip())])
    total = utf16_len(stripped)
    result = []
    for ent in entities:
        start = max(ent["offset"] - lead, 0)
        end = min(ent["offset"] + ent["length"] - lead, total)
        if end > start:
            result.append(dict(ent, offset=start, length=end - start))
    return stripped, result


# --------------------------------------------------------------------------------------------
# reply_markup
# --------------------------------------------------------------------------------------------

_INLINE_BUTTON_KINDS = (
    "callback_data", "url", "switch_inline_query", "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat", "login_url", "web_app", "callback_game", "pay", "copy_text",
)
_URL_RE = re.compile(r"^(?:(?:https?|tg)://[^\s]+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#][^\s]*)?)$")


def validate_reply_markup(markup: Any) -> str | None:
    """Return a Telegram-style error (without "Bad Request: ") for a bad reply_markup, else None.

    `markup` is the decoded JSON object (a JSON string is decoded first).
    """
    if isinstance(markup, (str, bytes)):
        try:
            markup = json.loads(markup)
        except ValueError:
            return "can't parse reply keyboard markup JSON object"
    if not isinstance(markup, dict):
        return "can't parse reply keyboard markup JSON object"
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            return 'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
        for row in rows:
            for button in row:
                if not isinstance(button, dict):
                    return "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
                label = button.get("text")
                if not isinstance(label, str) or not label.strip():
                    return "can't parse inline keyboard button: Text must be a non-empty String"
                kinds = [k for k in _INLINE_BUTTON_KINDS if k in button]
                if not kinds:
                    return "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
                if len(kinds) > 1:
                    return (
                        "can't parse inline keyboard button: exactly one of the optional fields "
                        f"must be used, got {', '.join(kinds)}"
                    )
                kind = kinds[0]
                value = button[kind]
                if kind == "callback_data":
                    if not isinstance(value, str) or not 1 <= len(value.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
                        return "BUTTON_DATA_INVALID"
                elif kind == "url":
                    if not isinstance(value, str) or not _URL_RE.match(value):
                        return f"inline keyboard button URL '{value}' is invalid: Wrong HTTP URL"
                elif kind in ("switch_inline_query", "switch_inline_query_current_chat"):
                    if not isinstance(value, str):
                        return f"can't parse inline keyboard button: Field \"{kind}\" must be of type String"
        return None
    if "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            return 'field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays'
        for row in rows:
            for button in row:
                label = button.get("text") if isinstance(button, dict) else button
                if not isinstance(label, str) or not label.strip():
                    return "can't parse keyboard button: Text must be a non-empty String"
        return None
    if "remove_keyboard" in markup:
        return None if markup["remove_keyboard"] is True else "can't parse ReplyKeyboardRemove: remove_keyboard must be True"
    if "force_reply" in markup:
        return None if markup["force_reply"] is True else "can't parse ForceReply: force_reply must be True"
    return "can't find field \"inline_keyboard\""


# --------------------------------------------------------------------------------------------
# Request body parsing
# --------------------------------------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def _decode_form_value(key: str, value: str) -> Any:
    """PTB sends strings raw and everything else JSON-encoded: undo that where it is safe."""
    if key in _STRING_PARAMS or not value:
        return value
    if value[0] in "{[-0123456789" or value in ("true", "false"):
        try:
            decoded = json.loads(value, parse_constant=_reject_constant)
        except ValueError:
            return value
        if isinstance(decoded, (dict, list, int, float, bool)):
            return decoded
    return value


def _parse_body(content_type: str, body: bytes, query: str) -> dict:
    params: dict[str, Any] = {}
    for key, value in urllib.parse.parse_qsl(query, keep_blank_values=True):
        params[key] = _decode_form_value(key, value)
    ctype = content_type.split(";", 1)[0].strip().lower()
    if not body:
        return params
    if ctype == "application/json":
        data = json.loads(body.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("JSON body must be an object")
        params.update(data)
    elif ctype == "multipart/form-data":
        msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\nMIME-Version: 1.0\r\n\r\n" + body
        )
        if not msg.is_multipart():
            raise ValueError("bad multipart body")
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not name:
                continue
            payload = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            if filename is not None:
                params[name] = {
                    "filename": filename,
                    "content_type": part.get_content_type(),
                    "size": len(payload),
                    "data": payload,
                }
            else:
                params[name] = _decode_form_value(name, payload.decode("utf-8"))
    else:  # application/x-www-form-urlencoded, or anything else PTB might send
        for key, value in urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False):
            params[key] = _decode_form_value(key, value)
    return params


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------


class _ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


class _Drop(Exception):
    """Close the connection without answering."""


class _ClientGone(Exception):
    """The client closed the connection while we were waiting (long poll)."""


class _BadHttp(Exception):
    pass


@dataclass
class _Fault:
    kind: str  # "fail" or "drop"
    times: int
    status: int = 0
    retry_after: int | None = None
    description: str = ""


@dataclass
class _Conn:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    buf: bytearray = field(default_factory=bytearray)
    pending_read: asyncio.Future | None = None
    peer: tuple = ()

    async def fill(self) -> bool:
        """Read more bytes into buf; False on EOF."""
        if self.pending_read is not None:
            task, self.pending_read = self.pending_read, None
            data = await task
        else:
            data = await self.reader.read(65536)
        if not data:
            return False
        self.buf += data
        return True


_MAX_HEADER_BYTES = 64 * 1024
_MAX_BODY_BYTES = 60 * 1024 * 1024


class FakeTelegram:
    """A fake Bot API server; see the module docstring. All public methods are thread-safe."""

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
        self.api_url = ""  # set by start()
        self.port = 0
        # When True (default), editMessageText fails like Telegram for unknown messages and for
        # edits that change nothing ("message is not modified").
        self.strict_edits = True

        self._lock = threading.RLock()
        self._calls: list[Call] = []
        self._requests: list[RawRequest] = []
        self._faults: dict[str, list[_Fault]] = {}

        self._updates: list[dict] = []  # queued, sorted by update_id
        self._next_update_id = 100001
        self._allowed_updates: frozenset[str] = _DEFAULT_UPDATE_TYPES
        self._webhook: dict | None = None
        self._commands: dict[tuple[str, str], list] = {}
        self._message_ids: dict[int, int] = {}  # chat_id -> last message_id
        self._messages: dict[tuple[int, int], dict] = {}  # (chat_id, message_id) -> message dict
        self._last_user_message: dict[int, int] = {}  # chat_id -> message_id
        self._waiting_polls = 0
        self._chats: dict[int, dict] = {}
        self._callback_ids: set[str] = set()
        self._inline_ids: set[str] = set()
        self._id_counter = itertools.count(4_123_456_789_000_000_001)

        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.AbstractServer | None = None
        self._update_event: asyncio.Event | None = None
        self._conn_tasks: set[asyncio.Task] = set()
        self._started = threading.Event()
        self._start_error: BaseException | None = None

    # ---------------------------------------------------------------- lifecycle

    def start(self) -> "FakeTelegram":
        if self._thread is not None:
            raise RuntimeError("FakeTelegram already started")
        self._thread = threading.Thread(target=self._run, name="FakeTelegram", daemon=True)
        self._thread.start()
        if not self._started.wait(10):
            raise RuntimeError("FakeTelegram did not start within 10 s")
        if self._start_error is not None:
            raise RuntimeError("FakeTelegram failed to start") from self._start_error
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or not thread.is_alive():
            return
        try:
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(10)
        except Exception:  # pragma: no cover - best effort
            pass
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)

    def __enter__(self) -> "FakeTelegram":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._startup())
        except BaseException as err:  # pragma: no cover
            self._start_error = err
            self._started.set()
            loop.close()
            return
        self._started.set()
        try:
            loop.run_forever()
        finally:
            loop.close()

    async def _startup(self) -> None:
        self._update_event = asyncio.Event()
        self._server = await asyncio.start_server(self._handle_connection, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        self.api_url = f"http://127.0.0.1:{self.port}"

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._conn_tasks):
            task.cancel()
        if self._conn_tasks:
            await asyncio.wait(self._conn_tasks, timeout=5)
        if self._server is not None:
            await self._server.wait_closed()

    # ---------------------------------------------------------------- test-side API: records

    @property
    def base_url(self) -> str:
        """What to pass to ApplicationBuilder().base_url() / Bot(base_url=...)."""
        return f"{self.api_url}/bot"

    @property
    def calls(self) -> list[Call]:
        """A snapshot of every call, in the order they were answered (a long poll is recorded
        when it returns; `Call.time` is still its arrival time)."""
        with self._lock:
            return list(self._calls)

    @property
    def requests(self) -> list[RawRequest]:
        """A snapshot of every HTTP request (raw path, headers, body), in arrival order."""
        with self._lock:
            return list(self._requests)

    def calls_of(self, method: str) -> list[Call]:
        canonical = _METHODS_BY_LOWER.get(method.lower(), method)
        with self._lock:
            return [c for c in self._calls if c.method == canonical]

    def sent_messages(self) -> list[Call]:
        """Successful (HTTP 200) sendMessage calls."""
        return [c for c in self.calls_of("sendMessage") if c.http_status == 200]

    def is_polling(self) -> bool:
        """True while a getUpdates long poll is waiting for updates (the bot is ready).

        Calls are recorded when they are answered, so a waiting long poll is not in `calls` yet.
        """
        with self._lock:
            return self._waiting_polls > 0

    def pending_updates(self) -> int:
        """Updates queued and not yet confirmed by a getUpdates offset."""
        with self._lock:
            return len(self._updates)

    def reset_calls(self) -> None:
        with self._lock:
            self._calls.clear()
            self._requests.clear()

    def wait_for(self, predicate: Callable[["FakeTelegram"], bool], timeout: float = 10.0) -> bool:
        """Poll `predicate(self)` every 20 ms until it is true (True) or `timeout` passes (False)."""
        deadline = time.monotonic() + timeout
        while True:
            if predicate(self):
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)

    # ---------------------------------------------------------------- test-side API: faults

    def fail_next(
        self,
        method: str,
        *,
        status: int,
        times: int = 1,
        retry_after: int | None = None,
        description: str = "Injected fault",
    ) -> None:
        """Answer the next `times` calls of `method` with HTTP `status` and a Telegram error body."""
        if times < 1:
            raise ValueError("times must be >= 1")
        fault = _Fault("fail", times, status, retry_after, description)
        with self._lock:
            self._faults.setdefault(method.lower(), []).append(fault)

    def drop_next(self, method: str, times: int = 1) -> None:
        """Close the TCP connection without answering the next `times` calls of `method`."""
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
        self._wake()
        return uid

    def _wake(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._notify)
            except RuntimeError:  # loop closed meanwhile
                pass

    def _notify(self) -> None:
        if self._update_event is not None:
            self._update_event.set()
            self._update_event = asyncio.Event()

    def _user(self, user_id: int, first_name: str = "Test", username: str | None = None) -> dict:
        user = {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}
        if username:
            user["username"] = username
        return user

    def bot_user(self) -> dict:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def _chat(self, chat_id: int, chat_type: str, first_name: str = "Test", username: str | None = None) -> dict:
        if chat_type == "private":
            chat = {"id": chat_id, "type": "private", "first_name": first_name}
            if username:
                chat["username"] = username
        else:
            chat = {"id": chat_id, "type": chat_type, "title": "Test Group"}
        with self._lock:
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

    @staticmethod
    def text_entities(text: str) -> list[dict]:
        """bot_command and mention entities as Telegram would attach them (UTF-16 offsets)."""
        entities = []
        taken: list[tuple[int, int]] = []
        for m in re.finditer(r"(?<![\w/@])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/@])", text):
            taken.append(m.span())
            entities.append({"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0))})
        for m in re.finditer(r"(?<![\w@/])@[A-Za-z][A-Za-z0-9_]{2,31}(?![\w@])", text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            entities.append({"type": "mention", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0))})
        entities.sort(key=lambda e: e["offset"])
        return entities

    def add_message(
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
    ) -> int:
        """Queue a text message from a user; returns the update_id."""
        chat_id = self._resolve_chat(user_id, chat_id, chat_type)
        if message_id is None and edited:
            message_id = self._last_user_message.get(chat_id)
        if message_id is None:
            message_id = self._new_message_id(chat_id)
        else:
            self._note_message_id(chat_id, message_id)
        now = int(time.time())
        chat = self._chat(chat_id, chat_type, first_name, username)
        message: dict[str, Any] = {
            "message_id": message_id,
            "from": self._user(user_id, first_name, username),
            "chat": chat,
            "date": now,
            "text": text,
        }
        entities = self.text_entities(text)
        if entities:
            message["entities"] = entities
        if reply_to_bot:
            with self._lock:
                bot_msgs = [
                    m for (cid, _), m in self._messages.items() if cid == chat_id and m.get("from", {}).get("is_bot")
                ]
            if bot_msgs:
                replied = dict(bot_msgs[-1])
                replied.pop("reply_to_message", None)
            else:
                replied = {
                    "message_id": max(message_id - 1, 1),
                    "from": self.bot_user(),
                    "chat": chat,
                    "date": now - 60,
                    "text": "Earlier answer from the bot",
                }
            message["reply_to_message"] = replied
        if edited:
            message["edit_date"] = now
        with self._lock:
            self._last_user_message[chat_id] = message_id
        return self.add_update({"edited_message" if edited else "message": message})

    def add_non_text(
        self, kind: str, *, user_id: int = 1001, chat_id: int | None = None, chat_type: str = "private"
    ) -> int:
        """Queue a message without text: sticker, photo, voice, document, location or video."""
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
        chat_id = self._resolve_chat(user_id, chat_id, chat_type)
        message = {
            "message_id": self._new_message_id(chat_id),
            "from": self._user(user_id),
            "chat": self._chat(chat_id, chat_type),
            "date": int(time.time()),
            kind: payloads[kind],
        }
        return self.add_update({"message": message})

    def add_callback_query(
        self,
        data: str,
        *,
        user_id: int = 1001,
        chat_id: int | None = None,
        message_id: int = 1,
        message_text: str = "x",
    ) -> int:
        """Queue a button press on the bot's message `message_id` (created if the fake does not know it)."""
        chat_type = "private" if chat_id is None or chat_id > 0 else "supergroup"
        chat_id = user_id if chat_id is None else chat_id
        with self._lock:
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
        return self.add_update(
            {
                "callback_query": {
                    "id": query_id,
                    "from": self._user(user_id),
                    "message": message,
                    "chat_instance": str(-(abs(chat_id) * 7919 % 10**18 + 1)),
                    "data": data,
                }
            }
        )

    def add_inline_query(self, query: str, *, user_id: int = 1001, offset: str = "") -> int:
        with self._lock:
            query_id = str(next(self._id_counter))
            self._inline_ids.add(query_id)
        return self.add_update(
            {
                "inline_query": {
                    "id": query_id,
                    "from": self._user(user_id),
                    "query": query,
                    "offset": offset,
                    "chat_type": "sender",
                }
            }
        )

    def messages_in_chat(self, chat_id: int) -> list[dict]:
        """Messages the fake knows in a chat (sent or edited by the bot, or pressed), by message_id."""
        with self._lock:
            return [m for (cid, _), m in sorted(self._messages.items()) if cid == chat_id]

    # ---------------------------------------------------------------- HTTP layer

    async def _handle_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        self._conn_tasks.add(task)
        conn = _Conn(reader, writer, peer=tuple(writer.get_extra_info("peername") or ()))
        try:
            while True:
                try:
                    request = await self._read_request(conn)
                except _BadHttp as err:
                    await self._write(writer, 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {err}"}, close=True)
                    break
                if request is None:
                    break
                http_method, target, version, headers, body = request
                conn_header = _header(headers, "connection", "").lower()
                keep_alive = (version == "HTTP/1.1" and "close" not in conn_header) or (
                    version == "HTTP/1.0" and "keep-alive" in conn_header
                )
                try:
                    status, payload = await self._dispatch(conn, http_method, target, headers, body)
                except (_Drop, _ClientGone):
                    break
                await self._write(writer, status, payload, close=not keep_alive)
                if not keep_alive:
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            if conn.pending_read is not None:
                conn.pending_read.cancel()
            try:
                writer.close()
            except Exception:  # pragma: no cover
                pass
            self._conn_tasks.discard(task)

    async def _read_request(self, conn: _Conn):
        buf = conn.buf
        while True:
            end = buf.find(b"\r\n\r\n")
            if end >= 0:
                break
            if len(buf) > _MAX_HEADER_BYTES:
                raise _BadHttp("request header too large")
            if not await conn.fill():
                if buf.strip():
                    raise _BadHttp("incomplete request")
                return None
        head = bytes(buf[:end]).decode("latin-1")
        del buf[: end + 4]
        lines = head.split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
            raise _BadHttp("malformed request line")
        http_method, target, version = parts
        headers: list[tuple[str, str]] = []
        for line in lines[1:]:
            if ":" not in line:
                raise _BadHttp("malformed header line")
            key, value = line.split(":", 1)
            headers.append((key.strip(), value.strip()))
        if "chunked" in _header(headers, "transfer-encoding", "").lower():
            body = await self._read_chunked(conn)
        else:
            length_raw = _header(headers, "content-length", "0")
            if not length_raw.isdigit():
                raise _BadHttp("bad Content-Length")
            length = int(length_raw)
            if length > _MAX_BODY_BYTES:
                raise _BadHttp("body too large")
            while len(buf) < length:
                if not await conn.fill():
                    raise ConnectionError("client closed mid-body")
            body = bytes(buf[:length])
            del buf[:length]
        return http_method, target, version, headers, body

    async def _read_chunked(self, conn: _Conn) -> bytes:
        buf = conn.buf
        body = bytearray()
        while True:
            while b"\r\n" not in buf:
                if not await conn.fill():
                    raise ConnectionError("client closed mid-body")
            line = bytes(buf[: buf.find(b"\r\n")])
            try:
                size = int(line.split(b";")[0].strip(), 16)
            except ValueError:
                raise _BadHttp("bad chunk size") from None
            del buf[: len(line) + 2]
            if size == 0:
                while b"\r\n" not in buf:  # trailers end with an empty line
                    if not await conn.fill():
                        raise ConnectionError("client closed mid-body")
                while not buf.startswith(b"\r\n"):
                    idx = buf.find(b"\r\n")
                    del buf[: idx + 2]
                    while b"\r\n" not in buf:
                        if not await conn.fill():
                            raise ConnectionError("client closed mid-body")
                del buf[:2]
                return bytes(body)
            while len(buf) < size + 2:
                if not await conn.fill():
                    raise ConnectionError("client closed mid-body")
            if buf[size : size + 2] != b"\r\n":
                raise _BadHttp("chunk data not followed by CRLF")
            body += buf[:size]
            del buf[: size + 2]

    @staticmethod
    async def _write(writer: asyncio.StreamWriter, status: int, payload: dict, *, close: bool) -> None:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            reason = http.HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        head = (
            f"HTTP/1.1 {status} {reason}\r\n"
            "Server: nginx/1.18.0\r\n"
            f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S GMT', time.gmtime())}\r\n"
            "Content-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n"
            f"Connection: {'close' if close else 'keep-alive'}\r\n"
            "\r\n"
        ).encode("latin-1")
        writer.write(head + body)
        await writer.drain()

    def _record(self, method: str, params: dict, arrived: float, status: int, response: Any, note: str = "") -> None:
        with self._lock:
            self._calls.append(Call(method, params, arrived, status, response, note))

    async def _dispatch(self, conn: _Conn, http_method: str, target: str, headers, body: bytes):
        arrived = time.monotonic()
        with self._lock:
            self._requests.append(RawRequest(http_method, target, tuple(headers), body, arrived, conn.peer))
        split = urllib.parse.urlsplit(target)
        path = urllib.parse.unquote(split.path)
        m = re.fullmatch(r"/bot([^/]*)/([^/]+)", path)
        if not m:
            response = {"ok": False, "error_code": 404, "description": "Not Found"}
            self._record(path.rsplit("/", 1)[-1], {}, arrived, 404, response, "bad path")
            return 404, response
        token, raw_method = m.groups()
        method = _METHODS_BY_LOWER.get(raw_method.lower(), raw_method)
        try:
            params = _parse_body(_header(headers, "content-type", ""), body, split.query)
        except (ValueError, UnicodeDecodeError) as err:
            params = {}
            body_error: str | None = f"Bad Request: can't parse request body: {err}"
        else:
            body_error = None
        if token != self.token:
            response = {"ok": False, "error_code": 401, "description": "Unauthorized"}
            self._record(method, params, arrived, 401, response, "wrong token")
            return 401, response
        if method not in BOT_API_METHODS:
            response = {"ok": False, "error_code": 404, "description": "Not Found"}
            self._record(method, params, arrived, 404, response, "unknown method")
            return 404, response

        fault = self._take_fault(method)
        if fault is not None:
            if fault.kind == "drop":
                self._record(method, params, arrived, 0, None, "dropped")
                raise _Drop()
            response = {"ok": False, "error_code": fault.status, "description": fault.description}
            if fault.retry_after is not None:
                response["parameters"] = {"retry_after": fault.retry_after}
            self._record(method, params, arrived, fault.status, response, "injected")
            return fault.status, response

        try:
            if body_error:
                raise _ApiError(400, body_error)
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                result = self._api_default(method, params)
            elif asyncio.iscoroutinefunction(handler):
                result = await handler(params, conn)
            else:
                result = handler(params)
        except _ApiError as err:
            response = {"ok": False, "error_code": err.status, "description": err.description}
            if err.parameters:
                response["parameters"] = err.parameters
            self._record(method, params, arrived, err.status, response)
            return err.status, response
        except _ClientGone:
            self._record(method, params, arrived, 0, None, "client disconnected")
            raise
        response = {"ok": True, "result": result}
        self._record(method, params, arrived, 200, response)
        return 200, response

    # ---------------------------------------------------------------- Bot API methods

    @staticmethod
    def _bad(description: str) -> _ApiError:
        return _ApiError(400, f"Bad Request: {description}")

    def _api_default(self, method: str, params: dict) -> Any:
        self._validated_markup(params)
        # Media/location senders return a Message so PTB can build one; everything else True.
        if method in _MESSAGE_SENDERS:
            chat_id = self._require_chat(params)
            caption = params.get("caption")
            message = self._build_message(chat_id, None, [], params)
            if caption is not None:
                plain, entities = self._parse_text(caption, params.get("parse_mode"), params.get("caption_entities"), MAX_CAPTION_LENGTH, "caption")
                message["caption"] = plain
                if entities:
                    message["caption_entities"] = entities
            message.pop("text", None)
            message.update(_MESSAGE_SENDERS[method])
            if method == "sendLocation":
                message["location"] = {"latitude": params.get("latitude"), "longitude": params.get("longitude")}
            return message
        if method == "copyMessage":
            chat_id = self._require_chat(params)
            return {"message_id": self._new_message_id(chat_id)}
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
            raise self._bad("bad webhook: url must be a String")
        if url == "":
            return self._api_deleteWebhook(params)
        if not url.lower().startswith("https://"):
            raise self._bad("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise self._bad("secret token contains unallowed characters")
        with self._lock:
            self._webhook = {
                "url": url,
                "max_connections": params.get("max_connections", 40),
                "secret_token": secret,
            }
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
            raise self._bad('field "commands" must be an Array')
        if len(commands) > 100:
            raise self._bad("too many commands")
        for cmd in commands:
            if not isinstance(cmd, dict):
                raise self._bad("BotCommand must be an Object")
            if not isinstance(cmd.get("command"), str) or not re.fullmatch(r"[a-z0-9_]{1,32}", cmd["command"]):
                raise self._bad("BOT_COMMAND_INVALID")
            desc = cmd.get("description")
            if not isinstance(desc, str) or not 1 <= len(desc.strip()) <= 256:
                raise self._bad("BOT_COMMAND_DESCRIPTION_INVALID")
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

    async def _api_getUpdates(self, params: dict, conn: _Conn) -> list:
        with self._lock:
            if self._webhook is not None:
                raise _ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
        offset = params.get("offset", 0)
        limit = params.get("limit", 100)
        timeout = params.get("timeout", 0)
        if not isinstance(offset, int) or isinstance(offset, bool):
            raise self._bad('parameter "offset" must be an Integer')
        if not isinstance(limit, int) or isinstance(limit, bool):
            raise self._bad('parameter "limit" must be an Integer')
        if not isinstance(timeout, (int, float)) or isinstance(timeout, bool):
            raise self._bad('parameter "timeout" must be a Number')
        limit = min(max(limit, 1), 100)
        timeout = max(float(timeout), 0.0)
        allowed = params.get("allowed_updates")
        with self._lock:
            if isinstance(allowed, list):
                self._allowed_updates = frozenset(allowed) if allowed else _DEFAULT_UPDATE_TYPES
            if offset > 0:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            elif offset < 0:
                self._updates = self._updates[offset:]
        deadline = time.monotonic() + timeout
        while True:
            event = self._update_event
            with self._lock:
                # Telegram never queues update types the bot did not ask for.
                self._updates = [u for u in self._updates if self._update_type(u) in self._allowed_updates]
                batch = [json.loads(json.dumps(u)) for u in self._updates[:limit]]
            remaining = deadline - time.monotonic()
            if batch or remaining <= 0:
                return batch
            with self._lock:
                self._waiting_polls += 1
            try:
                await self._wait_event_or_eof(conn, event, remaining)
            finally:
                with self._lock:
                    self._waiting_polls -= 1

    @staticmethod
    def _update_type(update: dict) -> str:
        for key in update:
            if key != "update_id":
                return key
        return ""

    async def _wait_event_or_eof(self, conn: _Conn, event: asyncio.Event, timeout: float) -> None:
        """Wait for new updates, the timeout, or the client hanging up (raises _ClientGone)."""
        if conn.pending_read is None:
            conn.pending_read = asyncio.ensure_future(conn.reader.read(65536))
        waiter = asyncio.ensure_future(event.wait())
        try:
            done, _ = await asyncio.wait({conn.pending_read, waiter}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            if not waiter.done():
                waiter.cancel()
        if conn.pending_read in done:
            task, conn.pending_read = conn.pending_read, None
            try:
                data = task.result()
            except (ConnectionError, OSError):
                data = b""
            if not data:
                raise _ClientGone()
            conn.buf += data  # a pipelined request: keep it for later

    # -- messages

    @staticmethod
    def _require_chat(params: dict) -> int | str:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _ApiError(400, 'Bad Request: chat_id is empty')
        if isinstance(chat_id, str) and not chat_id.startswith("@"):
            raise _ApiError(400, "Bad Request: chat not found")
        return chat_id

    def _parse_text(
        self, text: Any, parse_mode: Any, entities: Any, max_len: int, what: str = "text"
    ) -> tuple[str, list[dict]]:
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        mode = (parse_mode or "").lower() if isinstance(parse_mode, str) else ""
        if mode == "html":
            try:
                plain, ents = parse_telegram_html(text)
            except TelegramHtmlError as err:
                raise self._bad(f"can't parse entities: {err}") from None
        elif mode in ("", "markdown", "markdownv2"):
            # Markdown modes are not parsed: the text is counted as it is.
            plain = text
            ents = entities if isinstance(entities, list) else []
        else:
            raise self._bad("unsupported parse_mode")
        if what == "text" and not plain.strip():
            raise self._bad("message text is empty")
        if utf16_len(plain) > max_len:
            raise self._bad("message is too long" if what == "text" else "message caption is too long")
        return _trim(plain, ents)

    def _build_message(self, chat_id: int | str, text: str | None, entities: list[dict], params: dict) -> dict:
        if isinstance(chat_id, int):
            chat = self._known_chat(chat_id)
        else:
            chat = {"id": -1001000000001, "type": "channel", "title": chat_id.lstrip("@"), "username": chat_id.lstrip("@")}
        chat_key = chat["id"]
        message: dict[str, Any] = {
            "message_id": self._new_message_id(chat_key),
            "from": self.bot_user(),
            "chat": chat,
            "date": int(time.time()),
        }
        if text is not None:
            message["text"] = text
            if entities:
                message["entities"] = entities
        if isinstance(params.get("reply_markup"), dict) and "inline_keyboard" in params["reply_markup"]:
            message["reply_markup"] = params["reply_markup"]
        reply = params.get("reply_parameters")
        reply_id = reply.get("message_id") if isinstance(reply, dict) else params.get("reply_to_message_id")
        if isinstance(reply_id, int):
            with self._lock:
                replied = self._messages.get((chat_key, reply_id))
            if replied is not None:
                replied = dict(replied)
                replied.pop("reply_to_message", None)
                message["reply_to_message"] = replied
        with self._lock:
            self._messages[(chat_key, message["message_id"])] = message
        return message

    def _validated_markup(self, params: dict) -> None:
        markup = params.get("reply_markup")
        if markup is None:
            return
        if isinstance(markup, str):
            try:
                params["reply_markup"] = markup = json.loads(markup)
            except ValueError:
                raise self._bad("can't parse reply keyboard markup JSON object") from None
        error = validate_reply_markup(markup)
        if error:
            raise self._bad(error)

    def _api_sendMessage(self, params: dict) -> dict:
        chat_id = self._require_chat(params)
        if "text" not in params:
            raise self._bad("message text is empty")
        plain, entities = self._parse_text(params["text"], params.get("parse_mode"), params.get("entities"), MAX_TEXT_LENGTH)
        self._validated_markup(params)
        return json.loads(json.dumps(self._build_message(chat_id, plain, entities, params)))

    def _api_editMessageText(self, params: dict) -> Any:
        if "text" not in params:
            raise self._bad("message text is empty")
        plain, entities = self._parse_text(params["text"], params.get("parse_mode"), params.get("entities"), MAX_TEXT_LENGTH)
        self._validated_markup(params)
        if params.get("inline_message_id"):
            return True
        chat_id = self._require_chat(params)
        message_id = params.get("message_id")
        if not isinstance(message_id, int):
            raise self._bad("message identifier is not specified")
        with self._lock:
            old = self._messages.get((chat_id, message_id))
            if old is None:
                if self.strict_edits:
                    raise self._bad("message to edit not found")
                old = {
                    "message_id": message_id,
                    "from": self.bot_user(),
                    "chat": self._known_chat(chat_id) if isinstance(chat_id, int) else {"id": 0, "type": "channel"},
                    "date": int(time.time()),
                }
            if self.strict_edits and not old.get("from", {}).get("is_bot"):
                raise self._bad("message can't be edited")
            new_markup = params.get("reply_markup")
            if (
                self.strict_edits
                and old.get("text") == plain
                and (old.get("entities") or []) == entities
                and old.get("reply_markup") == new_markup
            ):
                raise self._bad(
                    "message is not modified: specified new message content and reply markup are "
                    "exactly the same as a current content and reply markup of the message"
                )
            message = dict(old)
            message["text"] = plain
            message.pop("entities", None)
            if entities:
                message["entities"] = entities
            message.pop("reply_markup", None)
            if isinstance(new_markup, dict) and "inline_keyboard" in new_markup:
                message["reply_markup"] = new_markup
            message["edit_date"] = int(time.time())
            self._messages[(chat_id, message_id)] = message
        return json.loads(json.dumps(message))

    def _api_answerCallbackQuery(self, params: dict) -> bool:
        query_id = params.get("callback_query_id")
        with self._lock:
            known = str(query_id) in self._callback_ids
        if not known:
            raise self._bad("query is too old and response timeout expired or query ID is invalid")
        text = params.get("text")
        if text is not None and utf16_len(str(text)) > 200:
            raise self._bad("MESSAGE_TOO_LONG")
        return True

    def _api_answerInlineQuery(self, params: dict) -> bool:
        query_id = params.get("inline_query_id")
        with self._lock:
            known = str(query_id) in self._inline_ids
        if not known:
            raise self._bad("query is too old and response timeout expired or query ID is invalid")
        results = params.get("results")
        if isinstance(results, str):
            try:
                results = json.loads(results)
            except ValueError:
                results = None
        if not isinstance(results, list):
            raise self._bad("can't parse inline query results JSON object")
        if len(results) > MAX_INLINE_RESULTS:
            raise self._bad("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            if not isinstance(result, dict):
                raise self._bad("can't parse inline query result: InlineQueryResult must be an Object")
            rid = result.get("id")
            if not isinstance(rid, str) or not rid:
                raise self._bad("RESULT_ID_EMPTY")
            if len(rid.encode("utf-8")) > MAX_INLINE_RESULT_ID_BYTES:
                raise self._bad("RESULT_ID_INVALID")
            if rid in seen:
                raise self._bad("RESULT_ID_DUPLICATE")
            seen.add(rid)
            if not result.get("type"):
                raise self._bad("can't parse inline query result: Field \"type\" must be of type String")
            if result["type"] == "article" and not str(result.get("title") or "").strip():
                raise self._bad("can't parse inline query result: Field \"title\" must be non-empty")
            content = result.get("input_message_content")
            if isinstance(content, dict) and "message_text" in content:
                self._parse_text(content["message_text"], content.get("parse_mode"), content.get("entities"), MAX_TEXT_LENGTH)
            if result.get("reply_markup") is not None:
                error = validate_reply_markup(result["reply_markup"])
                if error:
                    raise self._bad(error)
        next_offset = params.get("next_offset")
        if next_offset is not None and len(str(next_offset).encode("utf-8")) > 64:
            raise self._bad("next_offset is too long")
        return True

    def _api_deleteMessage(self, params: dict) -> bool:
        chat_id = self._require_chat(params)
        with self._lock:
            self._messages.pop((chat_id, params.get("message_id")), None)
        return True

    def _api_sendChatAction(self, params: dict) -> bool:
        self._require_chat(params)
        return True


_MESSAGE_SENDERS: dict[str, dict] = {
    "sendPhoto": {"photo": [{"file_id": "AgADphoto", "file_unique_id": "AQADphoto", "width": 1280, "height": 960}]},
    "sendDocument": {"document": {"file_id": "AgADdoc", "file_unique_id": "AQADdoc", "file_name": "file"}},
    "sendSticker": {"sticker": {"file_id": "AgADstk", "file_unique_id": "AQADstk", "type": "regular", "width": 512,
                                "height": 512, "is_animated": False, "is_video": False}},
    "sendVoice": {"voice": {"file_id": "AgADvoice", "file_unique_id": "AQADvoice", "duration": 1}},
    "sendVideo": {"video": {"file_id": "AgADvid", "file_unique_id": "AQADvid", "width": 640, "height": 360, "duration": 1}},
    "sendAudio": {"audio": {"file_id": "AgADaud", "file_unique_id": "AQADaud", "duration": 1}},
    "sendAnimation": {"animation": {"file_id": "AgADani", "file_unique_id": "AQADani", "width": 320, "height": 240, "duration": 1}},
    "sendLocation": {"location": {"latitude": 0.0, "longitude": 0.0}},
    "sendDice": {"dice": {"emoji": "\U0001f3b2", "value": 4}},
    "forwardMessage": {},
}


def _header(headers: list[tuple[str, str]] | tuple, name: str, default: str = "") -> str:
    name = name.lower()
    for key, value in headers:
        if key.lower() == name:
            return value
    return default
