"""The conversation core without Telegram: a member's question asked about by a reply that asks nothing."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot import replies
from bot.conversation import Conversation, Sender, calls_only
from bot.live import Snapshot

QUESTION = "can running give me abs"


@pytest.fixture
def conversation(matcher):
    snap = Snapshot(matcher.faq, matcher, "test")
    return Conversation(SimpleNamespace(current=snap), question_log=False)


@pytest.mark.parametrize("text", ["", "?", "what do you think?", "is this true mate 🤔", "pls answer this",
                                  # From a seventh code review and a third new user's trial.
                                  "is this serious?", "is this normal?", "what should he do?", "wdyt",
                                  "can you help her", "this one", "should I be worried?"])
def test_words_that_only_call_the_bot_in_ask_nothing(text):
    assert calls_only(text)


@pytest.mark.parametrize("text", ["abs?", "what about my knees", QUESTION, "what shoes should I buy"])
def test_a_question_of_ones_own_is_not_a_call(text):
    assert not calls_only(text)


def test_a_call_under_a_members_message_answers_that_message(conversation, matcher):
    group = Sender(user_id=35, group=True)
    asked = conversation.question("what do you think?", group, replied=QUESTION)
    assert asked == conversation.question(QUESTION, group)
    assert asked.replies[0].html == replies.entry(matcher.faq, "abs")[0].html


def test_a_question_of_ones_own_is_answered_whatever_it_replies_to(conversation):
    group = Sender(user_id=35, group=True)
    assert conversation.question("abs?", group, replied="my back hurts") == conversation.question("abs?", group)


def test_a_thumbs_down_in_a_private_chat_offers_what_to_try_next(conversation):
    """From a fifth new user's trial: a 👎 got a toast and nothing else to do."""
    from bot import buttons
    from bot.buttons import Vote

    down = buttons.encode(Vote("back-pain-after-run", False))
    private = conversation.press(down, Sender(user_id=8))
    # No store here (as in the terminal chat): the toast promises no editor will read it (a fourteenth new user).
    assert private.toast == replies.vote_thanks(False, recorded=False) and "records nothing" in private.toast
    assert [r.html for r in private.replies] == [replies.not_helpful(conversation.faqs.current.faq,
                                                                     "back-pain-after-run").html]
    data = [b.data for row in private.replies[0].buttons for b in row]
    assert replies.TOPICS_DATA in data and any(d.startswith("faq:") for d in data)
    assert conversation.press(down, Sender(user_id=9, group=True)).replies == ()
    assert conversation.press(buttons.encode(Vote("back-pain-after-run", True)), Sender(user_id=8)).replies == ()


def test_a_vote_that_cannot_be_stored_is_not_said_to_be_kept(matcher, tmp_path):
    # A new user's terminal chat with a log said "The FAQ's editors will look at it." of a 👎 it dropped: with nobody
    # to count the vote for, it is not kept, and the toast says so.
    from bot import buttons
    from bot.buttons import Vote
    from bot.store import Store

    store = Store(tmp_path / "log.sqlite3")
    try:
        talk = Conversation(SimpleNamespace(current=Snapshot(matcher.faq, matcher, "test")), store, question_log=True)
        down = buttons.encode(Vote("abs", False))
        assert "records nothing" in talk.press(down, Sender(chat_id=1)).toast
        assert "editors will look at it" in talk.press(down, Sender(user_id=8)).toast
    finally:
        store.close()
