"""The conversation: from what a person sent (question, command, deep link, button) to the replies.

Framework-free: the Telegram handlers and the terminal chat both call it, so a button or a command
behaves the same everywhere. Who and where come in as a `Sender`; what to send goes out as a
`Response` (replies in order, whether to edit the pressed message in place, a note on the button).
"""
from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Hashable
from dataclasses import dataclass, replace
from typing import Protocol

from bot import admin, alarms, buttons, context, followups, replies
from bot import text as textmod
from bot.admin import Document
from bot.buttons import NotForFaq, ShowEntry, ShowTopics, Teach, Vote
from bot.decision import Decision, Kind
from bot.live import FaqSource, Snapshot
from bot.memory import Memory, Turn
from bot.replies import Button, Reply
from bot.store import Store

log = logging.getLogger(__name__)

QUESTION_MAX = 4096  # characters of a question looked at (Telegram's own message limit)
INLINE_QUERY_MAX = 256  # Telegram sends at most this much of an inline query
INLINE_RESULTS = 50  # Bot API: answerInlineQuery takes at most 50 results
PUBLIC_COMMANDS = ("start", "topics", "ask", "help", "disclaimer", "privacy")
# Words that call the bot in without asking anything ("@bot what do you think?", "/ask pls"): the
# question is then the message they reply to.
CALLING_WORDS = frozenset("""
    what whats do does you u ur say think reckon thoughts thought ideas idea any anyone anybody
    is isnt it this that thats true right correct answer help please pls plz can could would will
    know knows bot the a here question q about on ? hey hi hello ok so well and or mate guys folks
    lads yall bro pal buddy he she her him they them one this that should would do does did wdyt idk
    normal serious bad safe worry worried worrying concern concerning advice tips tip help answer read look
    see check reply opinion thoughts views anything something say about me us know fine okay i be am are we
""".split())


class Snapshots(Protocol):
    """Anything that holds the FAQ version in use (bot.live.FaqSource; admin actions need that)."""

    @property
    def current(self) -> Snapshot: ...


@dataclass(frozen=True)
class Sender:
    """Who sent it and where: a group chat gets compact replies; `admin` is an admin in a private chat.
    `chat_id`: the chat, for the memory of its last reply (None: no memory, as in inline mode)."""

    user_id: int | None = None
    group: bool = False
    admin: bool = False
    chat_id: int | None = None

    @property
    def memory_key(self) -> Hashable | None:
        """Whose last reply a message is read with: the chat's, or in a group each member's own."""
        if self.chat_id is None:
            return None
        return (self.chat_id, self.user_id if self.group else None)


@dataclass(frozen=True)
class Response:
    """What to send back, in order.

    `in_place`: show the first reply in place of the message whose button was pressed (groups,
    so buttons never add messages; an admin's teach buttons, so a list shows what was done).
    `toast`: a short note shown on the pressed button. `notice`: HTML to tell the other admins (a
    broken faq.yaml found by /reload). `document`: a file to send (/faq).
    """

    replies: tuple[Reply, ...] = ()
    in_place: bool = False
    toast: str | None = None
    notice: str | None = None
    document: Document | None = None


@dataclass(frozen=True)
class InlineAnswer:
    """Inline mode's results: the urgent-care message first when `urgency` is set ("emergency",
    "pregnancy", "today", "crisis" or "eating": bot.alarms.lead, as in the chat), then these entries."""

    urgency: str | None
    entry_ids: tuple[str, ...]
    crisis: bool = False  # words of suicide or self-harm: the crisis reply too, and no FAQ entries
    unmatched: bool = False  # a query no entry fits: `entry_ids` are every topic, to pick from

    @property
    def urgent(self) -> bool:
        return self.urgency is not None


SILENCE = Response()


class Conversation:
    """Answers one person at a time from the FAQ in use; logs questions and votes to `store` if given."""

    def __init__(self, faqs: FaqSource | Snapshots, store: Store | None = None, *, question_log: bool = True,
                 retention_days: int = 90, journal: bool = True, telegram: bool = True) -> None:
        self.faqs = faqs
        self.telegram = telegram  # False in the terminal chat: no inline mode to tell of
        self.store = store
        self.question_log = question_log
        self.retention_days = retention_days
        self.journal = journal  # messages are journaled until answered (bot.telegram_bot.journal)
        self.memory = Memory()  # each chat's last reply, for follow-ups (bot.followups)

    # -- what people send --

    def question(self, text: str, sender: Sender, replied: str | None = None) -> Response:
        """Answer a question (a private message, a mention, a reply to the bot, /ask). `replied`: the
        text of another person's message this one replies to, asked about when `text` asks nothing
        of its own ("@bot?", "/ask", "@bot what do you think?", "@bot is this serious?"): how people
        call a bot into a chat."""
        snap = self.faqs.current
        if replied and replied.strip() and calls_only(text):
            text = replied
        question = text[:QUESTION_MAX]
        if not question.strip():
            return _send([replies.help_text(snap.faq, group=sender.group, telegram=self.telegram)])
        key = sender.memory_key
        last = self.memory.get(key) if key is not None else None
        fixed = followups.corrected(question, last.asked) if last is not None and last.asked else None
        if fixed is not None:
            question = fixed  # "*back" after "why does my lower bask hurt": the question again, mended
        decision = snap.matcher.decide(question)
        if last is not None and last.kind == "answer" and (
                (fixed is not None and decision.kind is Kind.ANSWER and decision.entry_id == last.entry_id)
                or (fixed is None and last.asked and followups.is_correction(
                    question, last.asked, lambda asked: snap.matcher.read(asked).tokens))):
            # (a correction of a word already right, "*back" after "...strained back", changes nothing either: the
            # hundred-and-twenty-sixth review got the topic list)
            decision = Decision(Kind.SMALLTALK, smalltalk="same-answer")
        step = followups.step(snap.matcher, question, decision, last)
        # A ref ties later 👍/👎 and "did you mean" picks to this question in the log (no user id). The
        # log judges each message alone, as teaching does: a follow-up is logged with its own decision.
        # A pick from a follow-up's offer is still tied to this question ("can i run with a cough", logged as none,
        # picked the cold entry: the best clue for the admin, which a fourteenth new user saw lost).
        logged = decision if step.followed or step.note == "again" else step.decision
        ref = (secrets.token_hex(4) if self._logging and {logged.kind, step.decision.kind} & {Kind.ANSWER, Kind.SUGGEST}
               else None)
        if step.note != "picked":  # "the second one" is no question for the admins' report
            self._log(question, logged, ref)
        items = replies.for_decision(snap.faq, step.decision, question, ref=ref)
        if step.note == "repeat" and last is not None and last.alarm:
            items = replies.alarm_again(snap.faq, last.alarm)
            if last.no_phone:  # told they cannot phone: how else, after the reply that says to call
                items = [*items, replies.no_phone_reminder(last.alarm)]
        elif step.note == "remind" and last is not None and last.alarm:
            # Once the chat said it cannot phone, "call" is no reminder: how else to get help is.
            items = [replies.no_phone_reminder(last.alarm) if last.no_phone else replies.alarm_reminder(last.alarm)]
        elif step.note == "no-phone" and last is not None and last.alarm:
            items = [replies.no_phone(last.alarm)]
        elif step.note in ("close", "restate") and last is not None and last.alarm:
            # ("please call" again to someone who said they cannot: how else instead)
            care = (replies.no_phone_restatement(last.alarm) if step.note == "restate" and last.no_phone
                    else replies.after_alarm(last.alarm, step.note))
            items = [care] if step.decision.kind is Kind.SMALLTALK else [care, *items]
        elif (alarm := alarms.alarm_of(step.decision)) and not step.note and (
                alarms.cannot_phone(question) or (last is not None and last.no_phone)):
            # Told with the sign ("I'm deaf. I fell off my bike"), or before a new sign: how else at once.
            items = [*items, replies.no_phone(alarm)]
        elif step.note == "again" and last is not None:
            # The last question's topic, or else the closest to this one (rarely needed: ranked only here).
            closest = last.entry_id or next((i for i, _ in snap.matcher.rank(question, 1)), None)
            items = [replies.fallback_again(snap.faq, closest)]
        if key is not None:
            turn = self._turn(step, last, question)
            earlier = context.still_told(last.told, last.told_at, turn.at) if last else ()
            now_told = context.told(snap.matcher, question)
            # Told again or newly told, the context starts its 10 minutes afresh.
            told_at = turn.at if now_told or not earlier else last.told_at
            self.memory.put(key, replace(turn, told=tuple(dict.fromkeys((*earlier, *now_told))), told_at=told_at,
                                         asked=question))
        return _send(self._compact(items) if sender.group else items)

    def command(self, name: str, args: str, sender: Sender, replied: str | None = None) -> Response:
        """Answer /name args; an unknown command gets the help text in private chats, silence in groups.
        `replied`: as for question(), for /ask."""
        faq = self.faqs.current.faq
        name = name.lower()
        if name == "ask":
            return self.question(args, sender, replied)
        if name == "start":
            deep_link = args.split()[0][:64] if args.split() else ""
            if deep_link == replies.TOPICS_DEEP_LINK and faq.get(deep_link) is None:
                return _send([replies.topics(faq)])  # inline mode's "no answer" button
            items = replies.entry(faq, deep_link) if deep_link else [replies.welcome(faq)]
            return _send(self._compact(items) if sender.group else items)
        if name == "topics":
            return _send([replies.topics(faq)])
        if name == "disclaimer":
            return _send([replies.disclaimer(faq)])
        if name == "privacy":
            return _send([replies.privacy(question_log=self.question_log, retention_days=self.retention_days,
                                          journal=self.journal, votes=self.store is not None)])
        if name in admin.COMMANDS:
            if sender.admin:
                return self._admin(name, args, sender)
            if sender.user_id is not None:  # the terminal chat has nobody to refuse
                admin.log_refusal(name, sender.user_id, group=sender.group)
        if name != "help" and sender.group:
            return SILENCE
        return _send([replies.help_text(faq, group=sender.group, telegram=self.telegram)])

    def press(self, data: str | None, sender: Sender) -> Response:
        """Answer a button press: show an entry, record a vote, list the topics, teach (admins); old
        or forged data is ignored."""
        faq = self.faqs.current.faq
        press = buttons.parse(data)
        if isinstance(press, Vote):
            replaced = False
            # A vote with nobody to count it for is dropped: the toast must not say the editors will see it (a new
            # user's terminal chat said so and stored nothing).
            recorded = self.store is not None and sender.user_id is not None
            if faq.get(press.entry_id) and recorded:
                assert self.store is not None and sender.user_id is not None
                replaced = self.store.vote(sender.user_id, press.entry_id, press.helpful, press.ref)
            # A 👎 in a private chat gets what to try next; a group is kept quiet.
            more = (replies.not_helpful(faq, press.entry_id),) if (
                not press.helpful and not replaced and not sender.group and faq.get(press.entry_id)) else ()
            return Response(replies=more, toast=replies.vote_thanks(press.helpful, replaced,
                                                                    recorded=recorded))
        if isinstance(press, ShowEntry):
            if press.ref and faq.get(press.entry_id) and self.store is not None and self._logging:
                self.store.pick(press.ref, press.entry_id)  # evidence for a new alternate
            items = replies.entry(faq, press.entry_id)
            self._shown(press.entry_id, sender)
        elif isinstance(press, ShowTopics):
            items = [replies.topics(faq, page=press.page)]
        elif isinstance(press, (Teach, NotForFaq)):
            if not sender.admin:
                return Response(toast="Only the bot's admins can do that.")
            done = (admin.teach(press, self.faqs, self.store) if isinstance(press, Teach)
                    else admin.not_for_faq(press, self.store))
            return Response(done.replies, in_place=True, notice=done.notice)
        else:
            return SILENCE
        return Response(tuple(items), in_place=sender.group)

    def upload(self, name: str, data: bytes, sender: Sender) -> Response:
        """An admin sent a file: a new faq.yaml, applied only when it passes every check."""
        if not sender.admin:
            return _send([replies.non_text()])
        done = admin.upload(name, data, self.faqs, self.store)
        return Response(done.replies, notice=done.notice)

    def non_text(self, sender: Sender) -> Response:
        """A sticker, photo, voice message...: say that only text is read (and an admin's file, how
        to send a new faq.yaml)."""
        if sender.admin:  # one reply: an admin's file is most likely a faq.yaml with the wrong name
            return _send([Reply("To replace faq.yaml, send it as a file whose name ends in <code>.yaml</code> or "
                                "<code>.yml</code>. Questions I read as text only. 🙂")])
        return _send([replies.non_text()])

    def inline(self, query: str) -> InlineAnswer:
        """Entries for `@bot query`: the best matches, or every topic for an empty or unmatched query
        (none after the urgent-care message: a topic list there would read as an answer)."""
        snap = self.faqs.current
        text = query[:INLINE_QUERY_MAX].strip()
        urgency, ids, in_crisis = None, [], False
        if text:
            decision = snap.matcher.decide(text)
            urgency = alarms.lead(decision)
            in_crisis = "crisis" in decision.flags
            if in_crisis or decision.why == "eating":  # help first, and no FAQ entry under it
                return InlineAnswer(urgency, (), crisis=in_crisis)
            ids = [entry_id for entry_id, _ in snap.matcher.rank(text, INLINE_RESULTS)]
        if not ids and urgency is not None:
            return InlineAnswer(urgency, ())
        unmatched = bool(text) and not ids
        if not ids:
            ids = [e.id for e in snap.faq.entries]
        room = INLINE_RESULTS - (urgency is not None) - unmatched  # the "no answer" result takes a place too
        return InlineAnswer(urgency, tuple(ids[:room]), unmatched=unmatched)

    # -- helpers --

    def _turn(self, step: followups.Step, last: Turn | None, question: str = "") -> Turn:
        """What to remember of this reply: its kind, entry and topic; an alarm while it is talked about, and
        whether `question` or the chat before said its writer cannot phone."""
        matcher, decision, now = self.faqs.current.matcher, step.decision, time.monotonic()
        if step.note in ("close", "restate", "repeat", "remind", "no-phone") and last is not None:
            return Turn(last.kind, last.entry_id, last.topic, now, alarm=last.alarm, since_alarm=last.since_alarm + 1,
                        calm=last.calm or step.note == "restate", signs=last.signs,
                        no_phone=last.no_phone or step.note == "no-phone")
        alarm = alarms.alarm_of(decision)
        if alarm:
            # (said before, with or without an alarm, it is kept while the chat is remembered: an eighty-third review)
            no_phone = alarms.cannot_phone(question) or bool(last is not None and last.no_phone)
            return Turn("crisis" if alarm in ("crisis", "eating") else "urgent", decision.entry_id,
                        followups.topic_words(matcher, decision.entry_id), now, alarm=alarm,
                        signs=step.signs or decision.flags, no_phone=no_phone)
        entry_id = decision.entry_id if decision.kind is Kind.ANSWER else (
            decision.suggestions[0] if decision.kind is Kind.SUGGEST and decision.suggestions else None)
        # Said once, being deaf or mute is kept while the chat is remembered, through answers too (an eighty-fourth
        # review); a flat phone or no signal only while an alarm is talked about (an eighty-fifth).
        no_phone = alarms.cannot_phone_lasting(question) or bool(last is not None and last.no_phone)
        if entry_id is not None:
            offered = decision.suggestions if decision.kind is Kind.SUGGEST else ()
            return Turn(str(decision.kind), entry_id, followups.topic_words(matcher, entry_id), now, no_phone=no_phone,
                        offered=offered)
        # Small talk or no answer: the last topic stays, for the next follow-up.
        kept = last or Turn(str(decision.kind))
        fallback = decision.kind is Kind.NONE and decision.why != "not-english"
        # "hi" or "who are you?" between an alarm and "thanks" does not end the alarm.
        alarm = kept.alarm if decision.kind is Kind.SMALLTALK else None
        return Turn(str(decision.kind), kept.entry_id, kept.topic, now, fallback=fallback, alarm=alarm,
                    since_alarm=kept.since_alarm + 1 if alarm else 0, calm=kept.calm if alarm else False,
                    signs=kept.signs if alarm else (), no_phone=no_phone)

    def _shown(self, entry_id: str, sender: Sender) -> None:
        """An entry shown by a button is the topic a follow-up is read with; an alarm still stands."""
        key = sender.memory_key
        if key is None or self.faqs.current.faq.get(entry_id) is None:
            return
        last = self.memory.get(key)
        alarm = last.alarm if last is not None else None
        self.memory.put(key, Turn("answer", entry_id, followups.topic_words(self.faqs.current.matcher, entry_id),
                                  time.monotonic(), alarm=alarm, since_alarm=last.since_alarm if alarm else 0,
                                  told=last.told if last else (), told_at=last.told_at if last else 0.0,
                                  signs=last.signs if alarm else ()))

    def _admin(self, name: str, args: str, sender: Sender) -> Response:
        done = admin.run(name, args, self.faqs, self.store)
        return Response(done.replies, notice=done.notice, document=done.document)

    @property
    def _logging(self) -> bool:
        return self.store is not None and self.question_log

    def _log(self, question: str, decision: Decision, ref: str | None) -> None:
        if self._logging:
            self.store.log_question(question, decision.kind, decision.entry_id, decision.score, ref)

    def _compact(self, items: list[Reply]) -> list[Reply]:
        """In groups, an answer swaps a full topics keyboard for one button that shows it on demand."""
        full = replies.topics(self.faqs.current.faq).buttons
        show = ((Button("📋 Show the topics", replies.TOPICS_DATA),),)
        return [Reply(r.html, show) if r.buttons == full and full else r for r in items]


def _send(items: list[Reply]) -> Response:
    return Response(tuple(items))


def calls_only(text: str) -> bool:
    """Whether `text` only calls the bot in (CALLING_WORDS, punctuation, emoji) and asks nothing."""
    return all(word in CALLING_WORDS for word in textmod.words(textmod.normalize(text)))
