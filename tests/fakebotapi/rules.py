"""What the fake Bot API accepts: method names, limits, and the checks of texts and reply_markup."""

from __future__ import annotations

import json
import re
from typing import Any

from bot.markup import TelegramHtmlError, parse_telegram_html, utf16_len

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_RESULTS = 50
MAX_INLINE_RESULT_ID_BYTES = 64
MAX_CALLBACK_ANSWER_LENGTH = 200

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
METHODS_BY_LOWER = {m.lower(): m for m in BOT_API_METHODS}

# Update types Telegram sends when allowed_updates was never set (or set to []).
ALL_UPDATE_TYPES = frozenset(
    """
    message edited_message channel_post edited_channel_post business_connection business_message
    edited_business_message deleted_business_messages message_reaction message_reaction_count
    inline_query chosen_inline_result callback_query shipping_query pre_checkout_query
    purchased_paid_media poll poll_answer my_chat_member chat_member chat_join_request chat_boost
    removed_chat_boost
    """.split()
)
DEFAULT_UPDATE_TYPES = ALL_UPDATE_TYPES - {"chat_member", "message_reaction", "message_reaction_count"}


class ApiError(Exception):
    """A Bot API error answer: HTTP status, description, optional ResponseParameters."""

    def __init__(self, status: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def validate_telegram_html(text: str) -> str | None:
    """Return why Telegram (parse_mode=HTML) would reject `text` as a message, or None if it is fine.

    The markup is checked by bot.markup's parser (tags, balance, character references; a bare
    "<" or "&" is an error), then the length: 1-4096 UTF-16 code units of visible text, not only
    whitespace.
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


def parse_text(text: Any, parse_mode: Any, entities: Any, max_len: int, what: str = "text") -> tuple[str, list[dict]]:
    """A text or caption as Telegram stores it: (trimmed plain text, entities), or ApiError 400."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    mode = parse_mode.lower() if isinstance(parse_mode, str) else ""
    if mode == "html":
        try:
            plain, ents = parse_telegram_html(text)
        except TelegramHtmlError as err:
            raise bad(f"can't parse entities: {err}") from None
    elif mode in ("", "markdown", "markdownv2"):
        # Markdown modes are not parsed: the text is counted as it is.
        plain = text
        ents = entities if isinstance(entities, list) else []
    else:
        raise bad("unsupported parse_mode")
    if what == "text" and not plain.strip():
        raise bad("message text is empty")
    if utf16_len(plain) > max_len:
        raise bad("message is too long" if what == "text" else "message caption is too long")
    return trim(plain, ents)


def trim(plain: str, entities: list[dict]) -> tuple[str, list[dict]]:
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


def text_entities(text: str) -> list[dict]:
    """bot_command and mention entities as Telegram attaches them to a user's text (UTF-16 offsets)."""
    entities = []
    taken: list[tuple[int, int]] = []
    for m in re.finditer(r"(?<![\w/@])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/@])", text):
        taken.append(m.span())
        entities.append(
            {"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0))}
        )
    for m in re.finditer(r"(?<![\w@/])@[A-Za-z][A-Za-z0-9_]{2,31}(?![\w@])", text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        entities.append({"type": "mention", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0))})
    entities.sort(key=lambda e: e["offset"])
    return entities


_INLINE_BUTTON_KINDS = (
    "callback_data",
    "url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "login_url",
    "web_app",
    "callback_game",
    "pay",
    "copy_text",
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
        return _inline_keyboard_error(markup["inline_keyboard"])
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
        return (
            None
            if markup["remove_keyboard"] is True
            else "can't parse ReplyKeyboardRemove: remove_keyboard must be True"
        )
    if "force_reply" in markup:
        return None if markup["force_reply"] is True else "can't parse ForceReply: force_reply must be True"
    return 'can\'t find field "inline_keyboard"'


def _inline_keyboard_error(rows: Any) -> str | None:
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
                    return f'can\'t parse inline keyboard button: Field "{kind}" must be of type String'
    return None
