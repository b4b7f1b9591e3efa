"""The Telegram handlers in process, in groups: when the bot speaks, quoting, buttons edited in place,
forum topics, a group that became a supergroup, channel posts, and the group rate limit.

See tests/test_handlers.py for private chats and tests/helpers.py for the in-process bot.
"""
from __future__ import annotations

import pytest
from helpers import (
    ADMIN,
    ANSWER,
    BOT_NAME,
    NONE,
    SUGGEST,
    as_replies,
    button_data,
    expected_for,
    of,
    ref_of,
    sent,
    toasts,
)

from bot import replies
from bot.replies import Button, Reply

GROUP = -1001200        # a supergroup
BASIC = -4200           # a basic group, later upgraded to SUPERGROUP
SUPERGROUP = -1004200
SHOW_TOPICS = ((Button("📋 Show the topics", replies.TOPICS_DATA),),)


def in_group(**kwargs):
    return {"chat_id": GROUP, "chat_type": "supergroup", **kwargs}


@pytest.mark.parametrize("text, how", [
    (f"@{BOT_NAME} {ANSWER}", {}),
    (f"{ANSWER} @{BOT_NAME.lower()}", {}),
    (f"/ask {ANSWER}", {}),
    (f"/ask@{BOT_NAME} {ANSWER}", {}),
    (ANSWER, {"reply_to_bot": True}),
    (ANSWER, {"chat_type": "group", "chat_id": BASIC}),
])
def test_a_group_question_addressed_to_the_bot_is_answered_quoting_it(bot, text, how):
    if "chat_type" in how:  # in a basic group, by mention
        text = f"@{BOT_NAME} {ANSWER}"
    where = {**in_group(), **how}
    calls = sent(bot.message(text, message_id=501, **where))
    assert as_replies(calls) == expected_for(bot, ANSWER, ref=ref_of(calls), group=True)
    assert [c.params["chat_id"] for c in calls] == [where["chat_id"]] * len(calls)
    quoted = calls[0].params["reply_parameters"]
    assert (quoted["message_id"], quoted["allow_sending_without_reply"]) == (501, True)
    assert all("reply_parameters" not in c.params for c in calls[1:])


@pytest.mark.parametrize("text, how", [
    (ANSWER, {}),                                   # not addressed to the bot
    (f"@{BOT_NAME}x {ANSWER}", {}),                 # another bot's name that starts like ours
    (f"/ask@OtherBot {ANSWER}", {}),
    ("/start@OtherBot", {}),
    ("/help@OtherBot", {}),
    ("/unknown", {}),
    ("/stats", {"user_id": ADMIN}),                 # admin commands work in the admin's private chat only
    (f"@{BOT_NAME} {ANSWER}", {"edited": True}),    # edits in groups are ignored
])
def test_the_bot_is_silent_in_a_group_unless_addressed(bot, text, how):
    assert bot.message(text, **in_group(**how)) == []


def test_a_linked_channels_post_forwarded_into_its_group_is_ignored(bot):
    assert bot.feed("automatic_forward", f"@{BOT_NAME} {ANSWER}", group_id=GROUP) == []


def test_a_channel_post_is_ignored(bot):
    assert bot.feed("channel_post", f"/ask {ANSWER}") == []


@pytest.mark.parametrize("caption", [f"/ask {ANSWER}", f"@{BOT_NAME} {ANSWER}"])
def test_a_photo_whose_caption_asks_the_bot_is_answered(bot, caption):
    calls = sent(bot.feed("photo", caption, **in_group()))
    assert as_replies(calls) == expected_for(bot, ANSWER, ref=ref_of(calls), group=True)


def test_a_photo_without_a_question_in_its_caption_is_ignored(bot):
    assert bot.feed("photo", "look at my new shoes", **in_group()) == []


@pytest.mark.parametrize("command", ["/help", f"/help@{BOT_NAME}", f"@{BOT_NAME}"])
def test_help_in_a_group_says_how_to_ask_there(bot, command):
    assert as_replies(sent(bot.message(command, **in_group()))) == [replies.help_text(bot.faq, group=True)]


def test_topics_asked_for_in_a_group_shows_every_topic(bot):
    assert as_replies(sent(bot.message("/topics", **in_group()))) == [replies.topics(bot.faq)]


def test_no_match_in_a_group_gets_one_show_the_topics_button(bot):
    calls = sent(bot.message(f"@{BOT_NAME} {NONE}", **in_group()))
    assert as_replies(calls) == [Reply(replies.fallback(bot.faq).html, SHOW_TOPICS)]


def test_did_you_mean_in_a_group_keeps_its_buttons(bot):
    calls = sent(bot.message(f"/ask {SUGGEST}", **in_group()))
    assert as_replies(calls) == expected_for(bot, SUGGEST, ref=ref_of(calls), group=True)
    assert len(button_data(calls[0])) == 3


def test_a_sticker_replying_to_the_bot_gets_the_short_reply_and_any_other_is_ignored(bot, api):
    update = api.make_update_dict("non_text", "sticker", **in_group())
    update["message"]["reply_to_message"] = {"message_id": 7, "from": api.bot_user(), "date": 0,
                                             "chat": update["message"]["chat"], "text": "an earlier answer"}
    calls = sent(bot.process(update))
    assert as_replies(calls) == [replies.non_text()]
    assert calls[0].params["reply_parameters"]["message_id"] == update["message"]["message_id"]
    assert bot.feed("non_text", "sticker", **in_group()) == []


def test_a_button_in_a_group_edits_the_message_in_place(bot):
    calls = bot.press("faq:abs", chat_id=GROUP, message_id=7)
    [edit] = of(calls, "editMessageText")
    assert (edit.params["chat_id"], edit.params["message_id"]) == (GROUP, 7)
    assert as_replies([edit]) == replies.entry(bot.faq, "abs")
    assert not sent(calls) and toasts(calls) == [None]


def chat_member_update(api, old: str, new: str, chat_type: str = "supergroup") -> dict:
    """The my_chat_member update Telegram sends when the bot's status in a chat changes."""
    member = lambda status: {"status": status, "user": api.bot_user(), **(  # noqa: E731
        {"can_be_edited": False, "is_anonymous": False, "can_manage_chat": True, "can_delete_messages": False,
         "can_manage_video_chats": False, "can_restrict_members": False, "can_promote_members": False,
         "can_change_info": False, "can_invite_users": True, "can_post_stories": False, "can_edit_stories": False,
         "can_delete_stories": False} if status == "administrator" else {})}
    chat = {"id": GROUP, "type": chat_type, "title": "Runners"}
    return {"update_id": 990001, "my_chat_member": {
        "chat": chat, "from": {"id": 34, "is_bot": False, "first_name": "Jane"}, "date": 1_700_000_000,
        "old_chat_member": member(old), "new_chat_member": member(new)}}


def test_added_to_a_group_the_bot_says_how_to_ask_there(bot, api):
    # From a second new user's trial: nothing told members to mention the bot or use /ask@.
    calls = sent(bot.process(chat_member_update(api, "left", "member")))
    assert as_replies(calls) == [replies.help_text(bot.faq, group=True)] and calls[0].params["chat_id"] == GROUP
    assert sent(bot.process(chat_member_update(api, "member", "administrator"))) == []  # only its rights changed


def test_start_in_a_group_shows_one_topics_button_not_the_keyboard(bot):
    # From a second new user's trial: /start posted all the topic buttons into the group.
    [reply] = as_replies(sent(bot.message("/start", **in_group())))
    assert reply.buttons == SHOW_TOPICS and reply.html == replies.welcome(bot.faq).html


def test_a_button_pressed_by_another_member_answers_them_and_keeps_the_first_answer(bot):
    # From a second new user's trial: anyone's press rewrote the answer another member was reading.
    [answer] = sent(bot.message(f"@{BOT_NAME} {ANSWER}", user_id=34, message_id=501, **in_group()))[:1]
    answer_id = answer.response["result"]["message_id"]
    calls = bot.press("faq:abs", user_id=35, chat_id=GROUP, message_id=answer_id)
    assert of(calls, "editMessageText") == []
    [reply] = sent(calls)
    assert as_replies([reply]) == replies.entry(bot.faq, "abs")[:1]
    assert reply.params["reply_parameters"]["message_id"] == answer_id
    # From a seventh code review: the reply made for that press is the presser's to turn over in place
    # (it quotes the bot's own message), not a source of one more message per press.
    reply_id = reply.response["result"]["message_id"]
    calls = bot.press("faq:weight-loss", user_id=35, chat_id=GROUP, message_id=reply_id)
    assert len(of(calls, "editMessageText")) == 1 and not sent(calls)
    # The one who asked still turns their own answer over in place.
    calls = bot.press("faq:abs", user_id=34, chat_id=GROUP, message_id=answer_id)
    assert len(of(calls, "editMessageText")) == 1 and not sent(calls)


@pytest.mark.parametrize("call", ["@{bot}", "@{bot} what do you think?", "/ask", "/ask@{bot} is this true?"])
def test_calling_the_bot_under_a_members_question_answers_that_question(bot, api, call):
    # From a second new user's trial: "@bot" sent as a reply to a member's question got the help text.
    update = api.make_update_dict("message", call.format(bot=BOT_NAME), user_id=35, message_id=502, **in_group())
    update["message"]["reply_to_message"] = {"message_id": 501, "from": {"id": 34, "is_bot": False,
                                             "first_name": "Jane"}, "date": 0, "chat": update["message"]["chat"],
                                             "text": ANSWER}
    calls = sent(bot.process(update))
    assert as_replies(calls) == expected_for(bot, ANSWER, ref=ref_of(calls), group=True)
    # From a third new user's trial: the answer quotes the member who asked, not the caller.
    assert calls[0].params["reply_parameters"]["message_id"] == 501


def test_a_question_of_ones_own_under_a_members_message_is_answered_as_asked(bot, api):
    update = api.make_update_dict("message", f"@{BOT_NAME} {NONE}", user_id=35, **in_group())
    update["message"]["reply_to_message"] = {"message_id": 501, "from": {"id": 34, "is_bot": False,
                                             "first_name": "Jane"}, "date": 0, "chat": update["message"]["chat"],
                                             "text": ANSWER}
    assert as_replies(sent(bot.process(update))) == [Reply(replies.fallback(bot.faq).html, SHOW_TOPICS)]


def test_the_same_button_pressed_twice_in_a_group_sends_nothing_more(bot):
    bot.allowed.append("message is not modified")
    bot.press("topics", chat_id=GROUP, message_id=7)
    calls = bot.press("topics", chat_id=GROUP, message_id=7)
    assert [(c.method, c.http_status) for c in calls] == [("answerCallbackQuery", 200), ("editMessageText", 400)]


def test_a_vote_in_a_group_is_only_a_note_on_the_button(bot):
    calls = bot.press("vote:abs:up", chat_id=GROUP, message_id=7)
    assert [c.method for c in calls] == ["answerCallbackQuery"] and toasts(calls) == [replies.vote_thanks(True)]


def test_an_error_in_a_group_gets_the_apology_quoting_the_question(bot, api):
    api.fail_next("sendMessage", status=400, description="Bad Request: injected")
    calls = sent(bot.message(f"/ask {ANSWER}", message_id=33, **in_group()))
    assert as_replies(calls) == [replies.apology()] and calls[0].params["reply_parameters"]["message_id"] == 33


# ------------------------------------------------------------------------------ forum topics


def test_a_question_in_a_forum_topic_is_answered_in_that_topic(bot):
    calls = sent(bot.message(f"/ask {ANSWER}", message_thread_id=77, **in_group()))
    assert as_replies(calls) == expected_for(bot, ANSWER, ref=ref_of(calls), group=True)
    assert [(c.params["message_thread_id"], c.result["is_topic_message"]) for c in calls] == [(77, True)] * len(calls)


@pytest.mark.parametrize("text", ["/help", f"@{BOT_NAME} {NONE}", f"@{BOT_NAME} {SUGGEST}"])
def test_every_reply_to_a_forum_topic_stays_in_the_topic(bot, text):
    calls = sent(bot.message(text, message_thread_id=78, **in_group()))
    assert calls and all(c.params["message_thread_id"] == 78 for c in calls)


def test_an_apology_in_a_forum_topic_stays_in_the_topic(bot, api):
    api.fail_next("sendMessage", status=400, description="Bad Request: injected")
    [apology] = sent(bot.message(f"/ask {ANSWER}", message_thread_id=79, **in_group()))
    assert apology.params["message_thread_id"] == 79 and apology.params["text"] == replies.apology().html


def test_a_message_in_the_general_topic_gets_replies_without_a_topic(bot):
    bot.message("/help", message_thread_id=80, **in_group())  # the group is a forum from now on
    [reply] = sent(bot.message("/help", **in_group()))
    assert "message_thread_id" not in reply.params


# ------------------------------------------------------------------------------ a group upgraded to a supergroup


@pytest.mark.parametrize("rate", ["0", "30"])
def test_replies_follow_a_group_that_became_a_supergroup(make_bot, api, rate):
    bot = make_bot(TELEGRAM_RATE_LIMIT=rate)
    bot.allowed.append("group chat was upgraded to a supergroup chat")
    api.migrate_chat(BASIC, SUPERGROUP)
    for service in api.queued_updates():  # Telegram's two service messages: nothing to answer
        assert bot.process(service) == []
    first = bot.message(f"/ask {ANSWER}", chat_id=BASIC, chat_type="group")  # sent before the upgrade
    assert [(c.params["chat_id"], c.http_status) for c in first] == [(BASIC, 400), (SUPERGROUP, 200)]
    assert as_replies(sent(first)) == expected_for(bot, ANSWER, ref=ref_of(sent(first)), group=True)
    later = bot.message("/help", chat_id=BASIC, chat_type="group")
    assert [(c.params["chat_id"], c.http_status) for c in later] == [(SUPERGROUP, 200)]


def test_a_button_pressed_in_a_group_that_became_a_supergroup_answers_there(bot, api):
    bot.allowed += ["group chat was upgraded to a supergroup chat", "message to edit not found"]
    api.migrate_chat(BASIC, SUPERGROUP, service_messages=False)
    calls = bot.press("faq:abs", chat_id=BASIC, message_id=7)  # on a message the bot sent before the upgrade
    assert [(c.method, c.params.get("chat_id"), c.http_status) for c in calls] == [
        ("answerCallbackQuery", None, 200),
        ("editMessageText", BASIC, 400), ("editMessageText", SUPERGROUP, 400),  # no message 7 there
        ("sendMessage", SUPERGROUP, 200)]
    assert as_replies(sent(calls)) == replies.entry(bot.faq, "abs")


# ------------------------------------------------------------------------------ the limiter


def test_with_the_default_limiter_a_group_gets_at_most_20_messages_a_minute(make_bot):
    bot = make_bot(TELEGRAM_RATE_LIMIT="30")
    for _ in range(20):
        assert len(sent(bot.message("/help", **in_group()))) == 1
    aio = bot.app.bot.rate_limiter.limiter

    async def room(group: int, messages: int = 1) -> bool:
        # AIORateLimiter's own per-group bucket (private in PTB): empty after 20, the 21st would wait.
        return aio._get_group_limiter(group).has_capacity(messages)

    assert not bot.run(room(GROUP)) and bot.run(room(GROUP - 1, 20))
