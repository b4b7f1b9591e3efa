"""Turn a decision into what the user reads: Telegram HTML text and buttons, framework-free."""
from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache

from bot import alarms, buttons, markup
from bot.buttons import ShowEntry, ShowTopics, Vote
from bot.decision import Decision, Kind
from bot.faq import FAQ

QUESTION_ECHO_MAX = 200
TOPICS_DATA = buttons.encode(ShowTopics())
TOPICS_DEEP_LINK = "topics"  # t.me/yourbot?start=topics: the topic list
INLINE_NO_MATCH = "No answer for that: see the topics in a chat"  # inline mode's button above the results


@dataclass(frozen=True)
class Button:
    text: str
    data: str


@dataclass(frozen=True)
class Reply:
    html: str
    buttons: tuple[tuple[Button, ...], ...] = ()

    @property
    def plain(self) -> str:
        return _plain(self.html)


SMALLTALK = {
    "greeting": "Hi! 👋 I answer runners' questions about lower back pain, abs, weight and more. "
                "Ask me in your own words, or pick a topic below.",
    "thanks": "You're welcome! Ask me anything else about running and your back, abs or weight.",
    "ack": "👍 If you have another question about running, just ask.",
    "bye": "Bye, and happy running! 🏃 Come back any time you have a question.",
    # (says plainly what it is not, and whose FAQ: "are you a real doctor?" and "who made you?" got the same blurb,
    # a twenty-sixth new user)
    "identity": "I'm a bot, not a person and not a doctor. I answer common runners' questions from a short FAQ "
                "that the people who run this bot keep: lower back pain after running, strains, discs, abs, weight "
                "and more. I give general information, not medical advice: about your own health, ask a doctor or "
                "physiotherapist.",
    "help": "Just type your question in your own words, for example <i>why does my lower back hurt "
            "after a run?</i> Typos are fine. You can also pick a topic below.",
    "laugh": "😄 Glad you're having fun. Ask me a running question any time.",
    "sad": "Sorry things feel hard right now. 💙 If something about your running, your back or your weight is "
           "worrying you, tell me in a few words and I'll help if I can. If you feel low for a while, talking to "
           "someone you trust or a doctor really helps.",
    # a correction ("*back") that changes nothing: the answer just sent stands (a twelfth new user got it again)
    "same-answer": "👍 Got it: my answer above stands.",
    "complaint": "Sorry I wasn't more help. I only know the topics below; for anything else about your "
                 "health, a doctor or physiotherapist is the best person to ask.",
}
SHOWS_TOPICS = {"greeting", "help", "identity", "complaint"}


def entry(faq: FAQ, entry_id: str, *, feedback: bool = True, ref: str | None = None) -> list[Reply]:
    """The entry's answer with the disclaimer, split to fit; buttons go on the last message.

    `ref` ties the 👍/👎 buttons to the question this answers (bot.store keeps which answers got 👎)."""
    item = faq.get(entry_id)
    if item is None:
        return [unknown_entry(faq)]
    rows: list[tuple[Button, ...]] = []
    if feedback:
        rows.append((Button("👍 Helpful", buttons.encode(Vote(item.id, True, ref))),
                     Button("👎 Not helpful", buttons.encode(Vote(item.id, False, ref)))))
    rows.extend(_entry_buttons(faq, item.related, prefix="Related: "))
    chunks = _answer_chunks(item.answer, faq.disclaimer)
    return [Reply(c) for c in chunks[:-1]] + [Reply(chunks[-1], tuple(rows))]


def for_decision(faq: FAQ, decision: Decision, question: str, *, feedback: bool = True,
                 ref: str | None = None) -> list[Reply]:
    """Everything the bot sends in answer to one question, in order; `ref` names the question in
    the buttons of an answer or a "did you mean" (see bot.store's question refs)."""
    if decision.kind is Kind.URGENT:
        # Only the urgent advice: an FAQ answer after it ("mild soreness is common") would undercut
        # it. The entry the question matched is one tap away, for later.
        item = faq.get(decision.entry_id) if decision.entry_id else None
        rows = ((Button(f"Later: {item.title}", buttons.encode(ShowEntry(item.id))),),) if item else ()
        also = [Reply(CRISIS)] if "crisis" in decision.flags and decision.why != "crisis" else []
        if "eating" in decision.flags and decision.why != "eating":
            also.append(Reply(EATING))
        # The lead sign sets the first line: in pregnancy, the maternity unit rather than A&E.
        return [Reply(urgent(faq, alarms.lead(decision), decision.flags, other=decision.whose == "other").html, rows),
                *also]
    if decision.kind is Kind.ANSWER and decision.entry_id:
        return entry(faq, decision.entry_id, feedback=feedback, ref=ref)
    if decision.kind is Kind.SUGGEST and decision.suggestions:
        return [did_you_mean(faq, decision.suggestions, question, ref, follow_up=decision.why == "follow-up")]
    if decision.kind is Kind.SMALLTALK:
        return [smalltalk(faq, decision.smalltalk or "greeting")]
    if decision.why == "not-english":
        return [not_english(faq)]
    if decision.why == "sign-unplaced":
        # A fall or a collapse told of something the FAQ does not cover still gets where help is.
        return [topics(faq, intro=f"{faq.fallback}\n\n{HURT_NOW}")]
    if decision.why == "sign-feared":
        return [topics(faq, intro=f"{faq.fallback}\n\n{WATCH_FOR}")]
    return [fallback(faq)]


# The first line of an urgent reply, by the sign's urgency (bot.signs.Urgency); faq.yaml's text follows.
URGENCY_LEAD = {
    "emergency": "<b>This can be an emergency: call your emergency number or go to A&amp;E now.</b>",
    "today": "<b>Please see a doctor today.</b>",
    "pregnancy": "<b>Call your midwife or maternity unit now, or your emergency number.</b>",
}


# For a message that speaks of suicide or self-harm (bot.crisis), instead of the back-pain signs.
CRISIS = (
    "💬 <b>It sounds like you are going through something really hard.</b>\n\n"
    "If you are thinking about ending your life or hurting yourself, please talk to someone now. If you "
    "are in danger, call your emergency number (such as 999, 112 or 911). Crisis lines listen at any hour: "
    "Samaritans on 116 123 (UK and Ireland), 988 by call or text (US and Canada), or find a free line in "
    "your country at findahelpline.com. Telling someone you trust, or your doctor, helps too. You do not "
    "have to face this alone."
)


# For a message that tells of an eating disorder or a starvation diet (bot.eating), instead of an FAQ
# answer about weight. Kind and short, no numbers about food or weight (Beat's guidance on talking to
# someone with an eating disorder); a doctor first, then helplines that know eating disorders.
EATING = (
    "💚 <b>Thank you for telling me. That sounds really hard.</b>\n\n"
    "Eating very little, making yourself sick, or feeling this way about your body can harm your health, "
    "and running on too little fuel makes injuries such as stress fractures more likely. You deserve support: "
    "please talk to a doctor. Eating-disorder helplines listen and can help: Beat on 0808 801 0677 "
    "(UK, beateatingdisorders.org.uk), ANAD on 888-375-7767 (US), NEDA's nationaleatingdisorders.org, or "
    "a free line in your country at findahelpline.com. If you feel faint or unwell, or are in danger, call "
    "your emergency number."
)


# What the lead sign was, said back under the first line, so that someone who told it in passing sees why (a
# fourteenth new user: "the urgent reply never says what triggered it"). Keyed by bot.signs.FLAGS.
SIGN_TOLD = {
    "saddle": "numbness or tingling around the groin, buttocks or inner thighs",
    "bladder": "a change in bladder or bowel control",
    "leg-weakness": "weakness, numbness or giving way in the legs",
    "trauma": "a fall or an accident",  # with back pain, or an older person's that changed their walking
    "fever": "a fever, chills or sweats with back pain",
    "weight-loss": "weight lost without trying (or, at 60 or over, with back pain)",
    "night-pain": "back pain at night that does not ease",
    "chest": "chest symptoms, breathlessness, nearly fainting or a collapse",
    "heat": "signs of heatstroke (confusion, or no sweat though hot)",
    "dark-urine": "blood in the pee, or pee that is very dark",
    "pregnancy": "a warning sign in pregnancy",
    "cancer": "back pain after a cancer",
}


# First aid after a fall or an accident with back pain, where a spine may be hurt: keep still and bring the ambulance
# (NHS, "Back and neck injuries"; St John Ambulance, spinal injury: do not move someone unless they are in danger).
# A car to A&E is the wrong way there for someone whose legs will not move (a nineteenth new user).
FALL_FIRST_AID = ("After a fall or an accident, if moving hurts badly or the legs are weak or numb: keep still (or "
                  "keep them still) and call an ambulance rather than going by car.")


# When a fall that needs a doctor today needs an ambulance now (NHS, "Back pain": a serious fall or accident; "Head
# injury": a knock to the head with sickness, confusion or drowsiness).
FALL_WORSE = ("If the fall was a hard one, the head was hit, or moving now hurts badly or the legs are weak or numb: "
              "call your emergency number now.")


# While help comes for heatstroke: cool them down (NHS, "Heat exhaustion and heatstroke": move to a cool place,
# lie down with the feet raised, give water if awake, cool the skin with cold water and fan it).
HEAT_FIRST_AID = ("While you wait: move into the shade or somewhere cool, lie down, sip cold water if awake, and cool "
                  "the skin with cold water and a fan.")


def urgent(faq: FAQ, urgency: str | None = None, flags: tuple[str, ...] = (), *, other: bool = False) -> Reply:
    """The urgent-care message; `urgency` ("emergency", "today" or "pregnancy") adds a first line saying
    how soon and where, and the first two of `flags` (bot.signs.FLAGS) a line saying what was told, of
    someone else when `other`; "crisis" gives the crisis reply instead (where to get help now), "eating"
    the reply for an eating disorder or a starvation diet."""
    if urgency == "crisis":
        return Reply(CRISIS)
    if urgency == "eating":
        return Reply(EATING)
    lead = URGENCY_LEAD.get(urgency or "")  # "pregnancy": the maternity unit now
    told = [SIGN_TOLD[f] for f in flags if f in SIGN_TOLD][:2]
    if lead and told:
        said = ", and ".join(told)
        lead = (f"{lead}\nYou told of someone else: {said}. The advice below is for them; please help them get "
                f"it." if other else f"{lead}\nYou mentioned {said}.")
    # (said with its condition: for a fall with a bruise, "go to A&E" stands; the ninetieth and ninety-first reviews)
    if lead and urgency == "emergency" and "trauma" in flags:
        lead = f"{lead}\n{FALL_FIRST_AID}"
    if lead and urgency == "emergency" and "heat" in flags:
        lead = f"{lead}\n{HEAT_FIRST_AID}"
    # An older person's minor fall is a doctor today, a hard one an ambulance: said here, so the list below, whose
    # "serious fall ... now" reads as a second level for the same fall, does not contradict the lead (a ninth new user)
    if lead and urgency == "today" and "trauma" in flags:
        lead = f"{lead}\n{FALL_WORSE}"
    # A doctor today is no ambulance (a twenty-sixth new user); and with the lead saying what was told and what to
    # do, the whole list of signs is kept for reference in a quote Telegram shows folded (Bot API 7.4's expandable
    # blockquote): a man who fell off his bike read 180 words on pregnancy first.
    icon = "🩺" if urgency == "today" else "🚑"
    return Reply(f"{icon} {lead}\n\nAll the warning signs, for reference:\n<blockquote expandable>{faq.urgent}"
                 f"</blockquote>" if lead else f"🚑 {faq.urgent}")


def did_you_mean(faq: FAQ, suggestions: tuple[str, ...], question: str, ref: str | None = None, *,
                 follow_up: bool = False) -> Reply:
    """Echo the question back safely and offer one button per suggested entry (carrying `ref`, so
    the choice is kept as evidence for a new alternate); a `follow_up` of the last answer is offered as
    going on from it, not as a question not understood."""
    echo = " ".join(question.split())
    if len(echo) > QUESTION_ECHO_MAX:
        # cut at a word's end, not inside one ("...in the m…", a twenty-second new user)
        cut = echo[: QUESTION_ECHO_MAX - 1]
        if echo[QUESTION_ECHO_MAX - 1] != " " and " " in cut[QUESTION_ECHO_MAX // 2:]:
            cut = cut[: cut.rfind(" ")]  # (a cut that ends a word keeps it: the hundredth review)
        echo = cut.rstrip(" ,;:-") + "…"
    rows = _entry_buttons(faq, suggestions, ref=ref)
    rows.append((Button("None of these", TOPICS_DATA),))
    if follow_up:
        # ("your message": a new admin read the quote as the last question itself, an eleventh new user)
        return Reply(f"Going on from your last question, your message “{html.escape(echo)}” could be about:",
                     tuple(rows))
    return Reply(f"I'm not sure I understood “{html.escape(echo)}”. Did you mean:", tuple(rows))


# The bot cannot read a message in another language for warning signs or words of suicide ("je veux
# mourir", "no puedo orinar"), so its reply says where to get help now: emergency numbers as the NHS
# and the EU give them, crisis lines in every country at findahelpline.com (a fifth new user's trial).
NOT_ENGLISH_EMERGENCY = ("🆘 In an emergency, call your local emergency number (112 in Europe, 999 in the UK, "
                         "911 in the US). Crisis lines in your country: findahelpline.com")


# ...and for a warning sign told of something the FAQ does not cover ("my toddler fell down the stairs and won't walk").
HURT_NOW = ("🆘 If someone is hurt or unwell now, call your local emergency number (112 in Europe, 999 in the UK, "
            "911 in the US) or go to A&amp;E.")


# For a warning sign only feared or asked about, or cauda equina named: which signs need urgent care (NHS, "Cauda
# equina syndrome" and "Back pain": the same list as the urgent reply's, bot.signs' sources).
WATCH_FOR = ("🩺 <b>Warning signs with back pain that need urgent care</b> (your emergency number or A&amp;E): "
             "numbness around the groin, buttocks or inner thighs; new trouble peeing, or leaking pee or poo; "
             "new weakness or numbness in one or both legs; back pain after a fall or accident. See a doctor the "
             "same day for back pain with a fever, weight lost without trying, or pain at night that no position "
             "eases; and for chest pain or breathlessness that comes with effort, call your emergency number.")


def not_english(faq: FAQ) -> Reply:
    """For a message in another language: the bot reads English only (never a guess from a loanword),
    with one line on where to get help now, since it cannot tell an emergency in another language."""
    return topics(faq, intro="Sorry, I can only read questions in English. 🙂 "
                             f"Please ask in English, or pick one of my topics.\n\n{NOT_ENGLISH_EMERGENCY}")


def fallback(faq: FAQ) -> Reply:
    return topics(faq, intro=faq.fallback)


def fallback_again(faq: FAQ, closest: str | None) -> Reply:
    """The fallback when it was the last reply too: shorter, no topics keyboard again, and the entry
    closest to the last question one tap away (bot.followups)."""
    item = faq.get(closest) if closest else None
    if item is None:
        return Reply("I still couldn't match that one, sorry. Try other words, or send /topics for the list.")
    return Reply("I still couldn't match that one, sorry. The closest topic to your last question is below; "
                 "/topics lists them all.", ((Button(item.title, buttons.encode(ShowEntry(item.id))),),))


# After an urgent-care or a crisis reply, for the next few messages (bot.followups): a message that
# talks it down gets it restated kindly, and thanks or ok get "take care", not "ask me about abs".
AFTER_ALARM = {
    ("emergency", "restate"): "I hear you. From what you told me, this can still be an emergency: if you're not "
                              "sure, please call your emergency number or go to A&amp;E now rather than wait.",
    ("emergency", "close"): "Take care, and please do get that checked now.",
    ("pregnancy", "restate"): "I hear you. From what you told me, this can still be an emergency in pregnancy: if "
                              "you're not sure, please call your midwife or maternity unit now rather than wait.",
    ("pregnancy", "close"): "Take care, and please do call your midwife or maternity unit now.",
    ("today", "restate"): "I hear you. If you're not sure, please still get it checked today: a doctor or an "
                          "urgent care service can tell you whether it needs care. If it gets worse, call your "
                          "emergency number.",
    ("today", "close"): "Take care, and please do get that checked today.",
    ("crisis", "restate"): "Thanks for telling me. If it ever does feel like that, those lines are there any time.",
    ("crisis", "close"): "Take care of yourself. If things ever feel too heavy, those lines are there any time.",
}
AFTER_ALARM.update({("eating", note): text for (kind, note), text in list(AFTER_ALARM.items()) if kind == "crisis"})


def after_alarm(alarm: str, note: str) -> Reply:
    """`note` ("restate" or "close") after an `alarm` reply (bot.alarms.alarm_of: "emergency", "pregnancy",
    "today", "crisis", "eating", joined by "+"); the helplines' line once, however many raised it."""
    texts = dict.fromkeys(AFTER_ALARM[(kind, note)] for kind in alarm.split("+") if (kind, note) in AFTER_ALARM)
    return Reply(" ".join(texts))


REMINDERS = {
    "emergency": "🚑 Please call your emergency number or go to A&amp;E now.",
    "pregnancy": "🚑 Please call your midwife or maternity unit now, or your emergency number.",
    # ...with when the day's doctor is not enough: "should I call an ambulance?" after a doctor-today alarm was told
    # only "Please see a doctor today." (a nineteenth new user). The signs are the emergency ones of the FAQ's
    # urgent text.
    "today": "Please see a doctor today. Call your emergency number instead if it gets much worse, or with new "
             "numbness between the legs, trouble peeing or holding it, legs that go weak, confusion or chest pain.",
    "crisis": "💬 Please talk to someone now: Samaritans 116 123 (UK and Ireland), 988 (US and Canada), or a "
              "free line at findahelpline.com. If you are in danger, call your emergency number.",
    "eating": "💚 Beat (0808 801 0677, UK), ANAD (888-375-7767, US) or findahelpline.com can help, and so can "
              "a doctor.",
}


# For someone who cannot make the call an alarm asks for: other ways to reach help. Text services as their
# operators give them: the UK's emergencySMS (999, registered beforehand), text-to-911 where offered in the
# US, 988 by text (US and Canada), Shout (85258, UK). A mobile's 999 or 112 call uses any network in reach when
# its own has no signal (Ofcom, "Calling the emergency services"; the EU's 112).
NO_PHONE = {
    "emergency": "🚑 If you can't phone: ask anyone near you to call for you, or text your emergency number "
                 "where that works (in the UK, 999 by text needs emergencySMS registration first; in many US "
                 "areas you can text 911). With no signal of your own, still try 112, 999 or 911: an emergency call "
                 "can go through another network. Please don't wait.",
    "pregnancy": "🚑 If you can't phone: ask anyone near you to call your maternity unit or emergency number "
                 "for you, or text your emergency number where that works. Please don't wait.",
    "today": "If you can't phone, ask someone to call for you, or use your doctor's or health service's online "
             "form or app today (NHS 111 online in England).",
    "crisis": "💬 If you can't talk on the phone: text SHOUT to 85258 (UK), text 988 (US and Canada), or chat "
              "at findahelpline.com. If you are in danger, ask someone near you to call your emergency number.",
    "eating": "💚 If you can't phone: Beat has a web chat (beateatingdisorders.org.uk), ANAD and findahelpline.com "
              "list chat and text lines, and a doctor's online form works too.",
}


# The same, in one line, once the whole of it was sent (an eighteenth new user got the block on every message).
NO_PHONE_REMINDERS = {
    "emergency": "🚑 Please ask someone near you to call for you, or text your emergency number now.",
    "pregnancy": "🚑 Please ask someone near you to call your maternity unit or emergency number now.",
    "today": "Please ask someone to call for you, or use your doctor's online form today.",
    "crisis": "💬 Please text SHOUT to 85258 (UK) or 988 (US and Canada), or chat at findahelpline.com.",
    "eating": "💚 Beat's web chat, ANAD or findahelpline.com can help, and so can a doctor's online form.",
}


def no_phone(alarm: str) -> Reply:
    """How to reach the help an `alarm` asked for without a phone call (bot.followups' "no-phone")."""
    return Reply("\n".join(dict.fromkeys(NO_PHONE[kind] for kind in alarm.split("+") if kind in NO_PHONE)))


# The restatement for someone who said they cannot phone: how else, not "please call" (an eighty-second review).
NO_PHONE_RESTATE = {
    "emergency": "I hear you. From what you told me, this can still be an emergency: if you're not sure, please "
                 "don't wait.",
    "pregnancy": "I hear you. From what you told me, this can still be an emergency in pregnancy: if you're not "
                 "sure, please don't wait.",
    "today": "I hear you. If you're not sure, please still get it checked today.",
}


def no_phone_restatement(alarm: str) -> Reply:
    """A talk-down restated kindly, for someone who cannot phone: the alarm's restatement without "please call",
    then how else to get help (bot.conversation)."""
    kinds = [kind for kind in alarm.split("+") if kind in NO_PHONE_RESTATE]
    if not kinds:
        return after_alarm(alarm, "restate")
    said = " ".join(dict.fromkeys(NO_PHONE_RESTATE[kind] for kind in kinds))
    return Reply(f"{said}\n{no_phone_reminder(alarm).html}")


def no_phone_reminder(alarm: str) -> Reply:
    """A one-line reminder, for someone who cannot phone, of how to get the help an `alarm` asked for."""
    return Reply("\n".join(dict.fromkeys(NO_PHONE_REMINDERS[kind] for kind in alarm.split("+")
                                         if kind in NO_PHONE_REMINDERS)))


def alarm_reminder(alarm: str) -> Reply:
    """A one-line reminder of what an `alarm` asked (bot.followups' "remind"): the whole reply was just
    sent again, and a third copy in a row would read as a loop."""
    return Reply("\n".join(REMINDERS[kind] for kind in alarm.split("+") if kind in REMINDERS))


def alarm_again(faq: FAQ, alarm: str) -> list[Reply]:
    """The replies an `alarm` raised, sent again (bot.followups' "repeat")."""
    return [urgent(faq, kind) for kind in alarm.split("+")]


def no_answer_inline(faq: FAQ) -> Reply:
    """Inline mode's first result for a query no entry fits: the fallback with the topics as text
    (an inline message's buttons would need the bot's chat)."""
    titles = "\n".join(f"• {html.escape(e.title)}" for e in faq.entries[:TOPICS_PER_PAGE])
    return Reply(f"{faq.fallback}\n\n{titles}")


TOPICS_PER_PAGE = 20  # buttons per topics message: a 120-entry FAQ in one keyboard is too long for Telegram


def topics(faq: FAQ, intro: str | None = None, page: int = 0) -> Reply:
    """The topics keyboard, one button per entry, TOPICS_PER_PAGE at a time with "More topics"."""
    text = intro or "Here is what I can answer. Pick a topic, or ask in your own words:"
    ids = [e.id for e in faq.entries]
    pages = max(1, -(-len(ids) // TOPICS_PER_PAGE))
    page = min(max(page, 0), pages - 1)
    rows = _entry_buttons(faq, ids[page * TOPICS_PER_PAGE:(page + 1) * TOPICS_PER_PAGE])
    turn = []
    if page > 0:
        turn.append(Button("◀ Earlier topics", buttons.encode(ShowTopics(page - 1))))
    if page < pages - 1:
        turn.append(Button(f"More topics ({page + 2}/{pages}) ▶", buttons.encode(ShowTopics(page + 1))))
    if turn:
        rows.append(tuple(turn))
        if page:
            text = f"Topics, page {page + 1} of {pages}:"
    return Reply(text, tuple(rows))


def welcome(faq: FAQ) -> Reply:
    return topics(faq, intro=(
        "<b>Hi, I'm the runners' FAQ bot.</b> 🏃\n\n"
        "Ask me about lower back pain after running, strains, discs, abs, weight and more, "
        "in your own words: typos are fine.\n\n"
        f"<i>{faq.disclaimer}</i>\n\nPick a topic to start:"
    ))


def help_text(faq: FAQ, *, group: bool = False, telegram: bool = True) -> Reply:
    """The help: how to ask, and the commands; with `telegram` False (the terminal chat) no inline mode, which only
    Telegram has (a twelfth new user read it there)."""
    lines = [
        "<b>How to use me</b>",
        "Type a question in your own words, e.g. <i>can I run with a strained back?</i>",
        "If I'm not sure, I'll offer a few topics to choose from.",
        "",
        "/start – the welcome and the topics",
        "/ask – ask a question, e.g. <i>/ask is back pain after running normal?</i>",
        "/topics – everything I can answer",
        "/disclaimer – what my answers are and are not",
        "/privacy – what I store and for how long",
    ]
    if group:
        lines.insert(2, "In groups, mention me, reply to me, or use /ask (or /ask@ and my name when other bots "
                        "are here) followed by your question. To have me answer someone's message, reply to it "
                        "with just a mention of me.")
    if telegram:
        lines += ["", "Inline: type my @username and a question in any chat."]
    return Reply("\n".join(lines))


def disclaimer(faq: FAQ) -> Reply:
    return Reply(f"<b>Please note</b>\n\n{faq.disclaimer}")


def privacy(*, question_log: bool, retention_days: int, journal: bool = True, votes: bool = True) -> Reply:
    """What the bot stores; `journal` False where messages are not journaled (the terminal chat), `votes` False where
    there is no database to keep them in (the terminal chat without --db, which stores nothing at all)."""
    if question_log:
        stored = (
            "• The text of each question, what I answered (the topic and a match score) and when, "
            f"kept for {retention_days} days and then deleted. This shows the FAQ's editors what "
            "people ask that it does not answer yet.\n"
        )
    elif not votes:
        # (a new user's terminal chat said votes were kept and the log "turned off on this bot": it wrote nothing)
        stored = "• Nothing on disk: this chat keeps neither your questions nor your 👍/👎 votes.\n"
    else:
        stored = "• Questions are <b>not</b> stored: the question log is turned off on this bot.\n"
    return Reply(
        "<b>Privacy</b>\n\n"
        "What I store:\n"
        f"{stored}"
        + ("• Your 👍/👎 votes on answers, tied to a salted hash of your account (not the account "
           "itself) so that you can change your vote. Votes carry no question text.\n" if votes else "")
        + ("• Until a message is answered (normally within a second), its text (and the text of "
           "the message it replies to) with the chat and user ids needed to reply, so that a restart "
           "never loses it. Once answered, all of that is deleted; only the message's update number "
           "stays, for a day.\n" if journal else "")
        + "• For 10 minutes, in memory only (never on disk), the kind and topic of my last reply in our "
          "chat and the text of your last message, so that a short follow-up such as <i>what about "
          "stretching?</i> is read with it and a correction such as <i>*back</i> mends it.\n"
        + "\n"
        "What I never store: your name or username, and never your user id or chat id next to a "
        "question once it is answered."
    )


def smalltalk(faq: FAQ, kind: str) -> Reply:
    text = SMALLTALK.get(kind, SMALLTALK["greeting"])
    if kind in SHOWS_TOPICS:
        return topics(faq, intro=text)
    return Reply(text)


def non_text() -> Reply:
    return Reply("I can only read text questions. 🙂 Please type your question in words.")


def apology() -> Reply:
    return Reply("Sorry, something went wrong on my side while answering that. Please try again in a moment.")


def unknown_entry(faq: FAQ) -> Reply:
    return topics(faq, intro="That topic is no longer in the FAQ. Here is what I can answer now:")


def not_helpful(faq: FAQ, entry_id: str) -> Reply:
    """After a 👎: what else to try, the entry's related topics and the topic list (a fifth new user's
    trial: the toast alone left someone the answer did not help with nothing to do next)."""
    entry = faq.get(entry_id)
    rows = _entry_buttons(faq, entry.related[:2], "Try: ") if entry else []
    rows.append((Button("📚 All topics", TOPICS_DATA),))
    return Reply("Sorry that didn't help. Ask again in your own words (a whole question works best), or try "
                 "one of these. For anything about your own health, a doctor or physiotherapist can help.",
                 tuple(rows))


def vote_thanks(helpful: bool, replaced: bool = False, recorded: bool = True) -> str:
    """Short acknowledgement shown when a vote button is pressed (plain text). Unrecorded (the terminal chat
    logs nothing), a 👎 promises no editor will see it (a fourteenth new user)."""
    if helpful:
        base = "Thanks, glad it helped!"
    elif recorded:
        base = "Thanks for telling us. The FAQ's editors will look at it."
    else:
        base = "Thanks for telling us. (This chat records nothing, so the FAQ's editors will not see it.)"
    return ("Vote changed. " + base) if replaced else base


def _entry_buttons(faq: FAQ, ids, prefix: str = "", ref: str | None = None) -> list[tuple[Button, ...]]:
    rows = []
    for entry_id in ids:
        item = faq.get(entry_id)
        if item is not None:
            # A button carrying a question's ref is made once (refs differ from question to question:
            # caching them only filled memory in the bot); the rest are kept.
            rows.append((Button(f"{prefix}{item.title}", buttons.encode(ShowEntry(item.id, ref))) if ref else
                         _entry_button(item.title, item.id, prefix),))
    return rows


# An entry's answer is split into messages, and a reply's HTML read as plain text, for question after
# question: the same few texts, so each is worked out once.
@lru_cache(maxsize=256)
def _answer_chunks(answer: str, disclaimer: str) -> tuple[str, ...]:
    return tuple(markup.split(f"{answer}\n\n<i>{disclaimer}</i>"))


@lru_cache(maxsize=256)
def _plain(html_text: str) -> str:
    return markup.to_plain(html_text)


# The same few buttons (every topic of the fallback's keyboard, the related entries of an answer)
# are made for question after question; a Button is immutable, so one made is kept.
@lru_cache(maxsize=1024)
def _entry_button(title: str, entry_id: str, prefix: str) -> Button:
    return Button(f"{prefix}{title}", buttons.encode(ShowEntry(entry_id)))
