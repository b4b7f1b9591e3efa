"""Admin commands and buttons: reload, stats, teach the bot from /unanswered, undo, the file itself.

Framework-free: every function takes the FAQ source and the question log and gives back what to
send (bot.replies.Reply items), a notice for the other admins, and a document when one is asked
for. They read and write files and the database: call them off the event loop.
"""
from __future__ import annotations

import hashlib
import hmac
import html
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from bot import buttons, editing, markup, recheck
from bot.decision import Kind
from bot.faq import counted
from bot.lexicon import FIRST_NAMES
from bot.live import FaqSource, ReloadResult
from bot.matching import Matcher
from bot.replies import Button, Reply
from bot.spelling import common_words
from bot.store import Offer, Store
from bot.text import STOPWORDS

log = logging.getLogger(__name__)

# name -> the command menu's description (admins see these added to their own menu)
COMMANDS = {
    "reload": "Reload faq.yaml now and say what changed",
    "stats": "Questions, answers and helpfulness: /stats [days]",
    "unanswered": "Teach the bot from questions it missed: /unanswered [n]",
    "undo": "Undo the last change made to faq.yaml from the chat or by teach",
    "faq": "Send the faq.yaml in use as a file",
}
USAGE = {"stats": "Usage: /stats [days], e.g. /stats 7", "unanswered": "Usage: /unanswered [n], e.g. /unanswered 5"}
DEFAULT_UNANSWERED = 5
MAX_UNANSWERED = 20
CLOSE_ENTRIES = 3  # entry buttons under each group
NO_STORE = "The question log is not available on this bot (QUESTION_LOG=off or no database)."
MAX_UPLOAD = 1_000_000  # bytes: a faq.yaml is tens of kilobytes
# A keyed hash (the key lives only in this process) tells repeated attempts apart without writing
# a user id, or anything that can be turned back into one, to the log.
_LOG_KEY = secrets.token_bytes(16)


@dataclass(frozen=True)
class Document:
    """A file to send: its name, its bytes, a caption (HTML)."""

    name: str
    data: bytes
    caption: str = ""


@dataclass(frozen=True)
class Done:
    """What an admin action sends back: replies, a notice for the other admins, a document."""

    replies: tuple[Reply, ...] = ()
    notice: str | None = None
    document: Document | None = None


def run(name: str, args: str, source: FaqSource, store: Store | None) -> Done:
    """Carry out admin command `name` (a key of COMMANDS)."""
    if name == "reload":
        result = source.reload()
        relist_dropped(result, source, store)
        return Done(_replies(reload_html(result, source)), notice(result, source))
    if name == "undo":
        return _undo(source, store)
    if name == "faq":
        data = source.path.read_bytes()
        entries = counted(len(source.current.faq.entries), "entry", "entries")
        return Done(document=Document(source.path.name, data,
                                      f"The {html.escape(source.path.name)} in use ({entries}). Edit it and "
                                      "send it back to me as a file to replace it."))
    number = _number(args, None if name == "stats" else DEFAULT_UNANSWERED)
    if number is False:
        return Done(_replies(USAGE[name]))
    if store is None or not store.enabled:
        return Done(_replies(NO_STORE))
    if name == "stats":
        from bot import report as report_mod  # only admins' commands read reports: spared at start-up

        titles = {e.id: e.title for e in source.current.faq.entries}
        return Done(_replies(report_mod.render_stats_html(store.stats(number), titles)))
    return unanswered(source, store, min(number, MAX_UNANSWERED))


def unanswered(source: FaqSource, store: Store, limit: int) -> Done:
    """The latest groups of questions without an answer (or with only "did you mean", or 👎), each
    with buttons: the entries it is closest to (picked ones first) and "Not for the FAQ"."""
    from bot import report as report_mod  # only admins' commands read reports: spared at start-up

    snap = source.current
    # Not those the faq.yaml in use answers now: a hand edit may have answered them since they were asked.
    groups = sorted(report_mod.review_groups(store, matcher=snap.matcher), key=lambda g: -g.latest)[:limit]
    if not groups:
        return Done(_replies("Nothing to review: every recent question got an answer, or was set aside."))
    out = [Reply(f"<b>{counted(len(groups), 'group')} of questions the bot did not answer well</b>, latest first. "
                 "Press an entry to add the question to its alternates (it becomes part of faq.yaml, so "
                 "only press for questions without personal details).")]
    for group in groups:
        token = secrets.token_hex(4)
        question = " ".join(group.representative.split())[:300]
        store.save_offer(Offer(token, question, group.forms, snap.digest, time.time()))
        close = [entry_id for entry_id, _ in snap.matcher.rank(group.representative, CLOSE_ENTRIES + 2)]
        ids = list(dict.fromkeys([*group.picks, *close]))[:CLOSE_ENTRIES]
        rows = [(Button(_label(snap.faq.get(i).title, group.picks.get(i, 0)), buttons.encode(buttons.Teach(token, i))),)
                for i in ids if snap.faq.get(i)]
        rows.append((Button("Not for the FAQ", buttons.encode(buttons.NotForFaq(token))),))
        out.append(Reply(report_mod.review_group_html(group, snap.faq), tuple(rows)))
    return Done(tuple(out))


def teach(press: buttons.Teach, source: FaqSource, store: Store | None) -> Done:
    """Add an offer's question to an entry's alternates, reload, and say what changed."""
    offer = store.offer(press.token) if store is not None else None
    if offer is None:
        return Done(_replies("This list is out of date. Send /unanswered for a fresh one."))
    entry = source.current.faq.get(press.entry_id)
    if entry is not None and " ".join(offer.question.split()) in entry.phrasings:
        # The same button pressed twice: the first press changed the file, so it is not "out of date".
        return Done(_replies(f"Already added: “{html.escape(offer.question[:200])}” is one of "
                             f"“{html.escape(entry.title)}”'s questions."))
    try:
        edit = editing.add_alternate(source.path, press.entry_id, offer.question, expected=offer.digest)
    except editing.EditRefused as exc:
        return Done(_replies(html.escape(str(exc))))
    result = source.reload()
    text = html.escape(edit.summary)
    if result.problems:  # cannot happen for a checked edit, unless the file changed in between
        return Done(_replies(text + "\n\n" + reload_html(result, source)))
    # Only the group's questions the entry now answers leave the list (listed again if this edit is undone); the
    # others stay, said below (a new user's teach took off a wording that still got no answer).
    split = recheck.taught(source.current.matcher, press.entry_id, offer.forms, store.review())
    if split.left:
        store.dismiss(split.left, edit=edit.digest)
    decision = source.current.matcher.decide(offer.question)
    if decision.kind is Kind.ANSWER and decision.entry_id == press.entry_id:
        text += " The bot answers it with that entry from now on."
    else:
        text += (" Note: the bot still does not answer it with that entry on its own ("
                 + html.escape(why_not(source.current.matcher, press.entry_id, offer.question)) + ").")
    text += stayed_html(split) + " /undo takes it back."
    return Done(_replies(text), notice=f"An admin taught the bot from /unanswered. {html.escape(edit.summary)}")


def stayed_html(split: recheck.Taught) -> str:
    """What a teach from /unanswered left on the list: the questions of the group the entry does not answer yet,
    and how many ("" when none)."""
    stayed, total = split.stayed_asked, split.left_asked + split.stayed_asked
    if not split.stayed:
        return ""
    if total == 1:
        return " It stays on /unanswered until the bot answers it with that entry."
    such = f" (such as \u201c{html.escape(split.stayed_example[:200])}\u201d)"
    if stayed == total:
        return (f" Its group's {total} questions stay on /unanswered: the bot does not answer them with that "
                f"entry{such}.")
    one = stayed == 1
    return (f" {stayed} of its group's {total} questions {'stays' if one else 'stay'} on /unanswered: the bot does "
            f"not answer {'it' if one else 'them'} with that entry{such}; the other {total - stayed} left the list.")


def why_not(matcher: Matcher, entry_id: str, question: str) -> str:
    """Why a question taught to an entry may still not get it: the entry's requires it does not
    meet, named with the faq.yaml concepts to add one of its words to; or a general hint."""
    unmet = matcher.unmet_requires(entry_id, question)
    if not unmet and matcher.decide(question).why == "not-running":
        return ("the entry is listed under about_running in faq.yaml, and the question names another topic and "
                "no running, so the bot only offers it (when its answer speaks of that topic) or says it has no answer")
    if not unmet:
        return "another entry scores as high, or a word of it no entry explains; see python -m bot ask --explain"
    needs = "; and ".join(_either(group) for group in unmet)
    return (f"the entry requires a word for {needs} (faq.yaml synonyms), and the question has none: "
            + requires_advice(matcher, entry_id, question, unmet))


def _either(group: tuple[str, ...]) -> str:
    return group[0] if len(group) == 1 else ", ".join(group[:-1]) + " or " + group[-1]


def requires_advice(matcher: Matcher, entry_id: str, question: str, unmet: list[tuple[str, ...]]) -> str:
    """What to do about the entry's `requires` groups `unmet` by a question: add its word (a rare one of it, when
    there is one) to the synonyms of the concept meant, or widen the group with the concept its word already is."""
    # The question's words that no concept reads are where its word for that is (a fifteenth new user: the note
    # did not say which word to add).
    # Never a name or the parts of an address: they are the asker's, and no topic's (a new user got "perhaps
    # 'dave', 'elm'" for "my name is Dave from 12 Elm Street ...").
    personal = editing.personal_words(question) | FIRST_NAMES
    free = [w for w in dict.fromkeys(matcher.read(question).words)
            if w.isalpha() and w not in STOPWORDS and len(w) > 2 and w not in personal
            and all(c[0] not in "#!^" for c in matcher.lexicon.concepts([w]))]
    # Only the rarer ones: "every" or "bits" as a synonym of `normal` would change many other answers (a sixteenth
    # new user).
    # With none, say why no word is offered: an everyday word ("good", "look") as a synonym would change other answers
    # (an eighteenth new user got "add its word for that" and no word; an eighty-second review, "good" offered).
    rare = [w for w in free if w not in common_words()]
    candidates = (f" (perhaps {', '.join(repr(w) for w in rare[:4])}?)" if rare else
                  " (no word of it is rare enough to suggest safely: an everyday word as a synonym changes other "
                  "answers, so add the one that means it only if it means that in every question)" if free else "")
    lists = sorted({c for group in unmet for c in group})
    # Which list, and where (a twentieth new user had to guess): the concept the word means.
    said = (f"add its word for that{candidates} to the list of the one it means, under matching: synonyms: in faq.yaml "
            f"({', '.join(f'{c}: [...]' for c in lists)})")
    others = matcher.other_topics(entry_id, question)
    if others and len(unmet) == 1:
        # The question's word may already be another concept's: then widen the group with that concept.
        widened = ", ".join([*unmet[0], others[0]])
        said += (f", or, if its word already belongs to {_either(tuple(others))}, add that concept to the entry's "
                 f"requires group ([{widened}])")
    return said


def unrelated(matcher: Matcher, entry_id: str, question: str) -> tuple[str, str | None] | None:
    """Why a question taught to an entry would pair it with a topic the entry is not about, and what to do if it
    does belong there after all (None when the reason leaves nothing to add); None when it shares a topic. Only
    when the bot would still not answer it with the entry (a `requires` group unmet: the entry is not even scored),
    and the question either meets none of the entry's `requires` with a topic (a way of asking such as `cause` is
    none), or is about a topic faq.yaml lists as not covered that the entry does not speak of (the back, running
    and pain are shared by the whole FAQ: "my knees hurt after running" is about knees). `teach` refuses such a
    question unless forced (a new user's "my knees hurt after running" was added to abs with only a note)."""
    entry = matcher.faq.get(entry_id)
    unmet = matcher.unmet_requires(entry_id, question)
    if entry is None or not unmet:
        return None
    lexicon = matcher.lexicon
    asks = {lexicon.concept_key(name) for name in matcher.faq.asks}
    said = set().union(*(lexicon.concepts(list(clause.words)) for clause in matcher.read(question).clauses))
    # A topic the FAQ does not cover first: a word of it would be no synonym to add ("shin splints" for `back`).
    aside = sorted(c[1:] for c in said if c[0] == "!" and not matcher.knows(entry_id, {c}, c[1:].split()))
    if aside:
        listed = aside[0] if len(aside) == 1 else ", ".join(aside[:-1]) + " and " + aside[-1]
        return (f"it is about {listed}, which faq.yaml lists under not_covered, and the entry does not speak of "
                f"{'it' if len(aside) == 1 else 'them'}", None)
    if not any(lexicon.concept_key(c) in said and lexicon.concept_key(c) not in asks
               for group in entry.requires for c in group):
        needs = "; and ".join(_either(group) for group in unmet)
        return (f"it has no word for what the entry requires ({needs}, faq.yaml synonyms)",
                requires_advice(matcher, entry_id, question, unmet))
    return None


def not_for_faq(press: buttons.NotForFaq, store: Store | None) -> Done:
    """Hide an offer's questions from later lists."""
    offer = store.offer(press.token) if store is not None else None
    if offer is None:
        return Done(_replies("This list is out of date. Send /unanswered for a fresh one."))
    store.dismiss(offer.forms)
    return Done(_replies(f"Set aside: \u201c{html.escape(offer.question[:200])}\u201d will not be listed again."))


def dropped_html(result: ReloadResult) -> str:
    """The questions an edit took out of their entries, for the admins ("" when none): often an
    editor's older copy saved over a teach from the chat."""
    if not result.dropped:
        return ""
    return ("\n\nQuestions this edit took out of their entries (if they were taught from the chat, an editor may "
            "have saved an older copy of the file; taught ones are back on /unanswered):\n"
            + "\n".join(f"• {html.escape(entry_id)}: “{html.escape(question)}”"
                        for entry_id, question in result.dropped[:5])
            + (f"\n…and {len(result.dropped) - 5} more" if len(result.dropped) > 5 else ""))


def relist_dropped(result: ReloadResult, source: FaqSource, store: Store | None) -> None:
    """Put back on /unanswered the taught questions an edit took out of faq.yaml, each teach's whole
    group (a review: the watcher alone did it, and only for the one wording written in the file)."""
    if not result.dropped or store is None:
        return
    questions = [question for _, question in result.dropped]
    for version in editing.teaches_of(source.path, questions):
        store.restore(version)
    store.restore_taught(questions)  # teaches from before the history kept their question


def upload(name: str, data: bytes, source: FaqSource, store: Store | None = None) -> Done:
    """Replace faq.yaml with an uploaded file when it passes every check; else list every problem."""
    if len(data) > MAX_UPLOAD:
        return Done(_replies(f"{html.escape(name)} is {len(data):,} bytes; a faq.yaml is far smaller. "
                             "Nothing changed."))
    try:
        edit = editing.replace_file(source.path, data, name=name)
    except editing.EditRefused as exc:
        lines = [f"<b>{html.escape(str(exc))}</b>"]
        lines += [f"<code>{html.escape(str(p))}</code>" for p in exc.problems]
        return Done(_replies("\n".join(lines)))
    result = source.reload()
    relist_dropped(result, source, store)
    dropped = dropped_html(result)
    said = html.escape(edit.summary) + (" /undo takes it back." if result.ok else "") + dropped
    return Done(_replies(said),
                notice="An admin uploaded a new faq.yaml. "
                       + html.escape(edit.summary.removeprefix("faq.yaml replaced. ")) + dropped)


def reload_html(result: ReloadResult, source: FaqSource) -> str:
    """The admin's view of a reload: what changed, or every problem and that the old FAQ stays."""
    entries = len(source.current.faq.entries)
    if result.problems:
        lines = [f"<b>{html.escape(str(source.path))} has {counted(len(result.problems), 'problem')}.</b> "
                 f"Still serving the last good version ({counted(entries, 'entry', 'entries')}).", ""]
        lines += [f"<code>{html.escape(str(p))}</code>" for p in result.problems]
        return "\n".join(lines)
    return html.escape(result.summary()) + f"\nServing {counted(entries, 'entry', 'entries')}."


def started_broken_html(source: FaqSource) -> str:
    """The admins' notice at a start with a broken faq.yaml, served from the last good version."""
    problems, saved = source.started_broken or ((), 0.0)
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(saved))
    entries = counted(len(source.current.faq.entries), "entry", "entries")
    lines = [f"<b>The bot started, but {html.escape(source.path.name)} has {counted(len(problems), 'problem')}.</b> "
             f"Serving the last good version (saved {when}, {entries}) "
             "until the file is fixed.", ""]
    return "\n".join(lines + [f"<code>{html.escape(str(p))}</code>" for p in problems])


CHECK_ALL_UP_TO = 100  # entries: above this, checking every question after a synonym edit takes seconds


def notice(result: ReloadResult, source: FaqSource) -> str | None:
    """What every admin is told about a reload: a broken version, once for the same problems; the
    fix that follows one; a new version picked up from the file (edited by hand, or by the CLI's
    teach or undo on the server); None otherwise. Changes made from the chat reload at once and are
    announced by their own notice, so the watcher never sees them as changes."""
    name = html.escape(source.path.name)
    if result.recovered:
        if not result.changed:
            return f"<b>{name} is fixed:</b> it is the version being served again."
        return f"<b>{name} is fixed.</b> " + reload_html(result, source).removeprefix("Fixed and reloaded. ")
    if result.changed and not result.problems:
        text = f"<b>{name} was changed on the server</b> and is now served. " + reload_html(result, source)
        text += dropped_html(result)
        # An alternate the bot does not answer with its own entry is an edit that does nothing yet. A change
        # of synonyms or general texts alone can move every entry: all are checked then, in a FAQ this small.
        ids = (*result.added, *result.edited)
        small = len(source.current.faq.entries) <= CHECK_ALL_UP_TO
        if small and (result.tuning_changed or not (ids or result.removed)):
            ids = None
        stray = stray_phrasings(source.current.matcher, ids)
        if stray:
            text += "\n\nNot answered with their own entry yet (see <code>python -m bot check</code>):\n" + "\n".join(
                f"• {html.escape(entry_id)}: “{html.escape(phrasing)}” {html.escape(what)}"
                for entry_id, phrasing, what in stray[:5])
        return text
    if not result.problems or not result.first_report:
        return None
    return reload_html(result, source)


def stray_phrasings(matcher: Matcher, ids: tuple[str, ...] | None = None,
                    progress: Callable[[int, int], None] | None = None) -> list[tuple[str, str, str]]:
    """(entry id, phrasing, what happens instead) for each phrasing of the entries `ids` (all when
    None) that the matcher does not answer with its own entry: another entry, "did you mean", the
    urgent message, or no answer (then the entry's requires or synonyms miss it). `progress(done, total)` is
    called after every phrasing, in phrasings (each one a whole decide: the slow part of `check` on a big FAQ)."""
    out = []
    entries = [e for e in matcher.faq.entries if ids is None or e.id in ids]
    total, done = sum(len(e.phrasings) for e in entries), 0
    for entry in entries:
        for phrasing in entry.phrasings:
            d = matcher.decide(phrasing)
            done += 1
            if progress is not None:
                progress(done, total)
            if d.kind is Kind.ANSWER and d.entry_id == entry.id:
                continue
            if d.kind is Kind.ANSWER:
                what = f"is answered by {d.entry_id!r} instead (score {d.score})"
            elif d.kind is Kind.SUGGEST:
                what = f"only gets 'did you mean' {', '.join(d.suggestions)} (score {d.score})"
            elif d.kind is Kind.URGENT:
                what = "triggers the urgent-care message"
            else:
                scored = f", score {d.score}" if d.score is not None else ""
                what = f"gets no answer ({d.kind}{scored}): check the entry's requires and synonyms"
            out.append((entry.id, phrasing, what))
    return out


def log_refusal(name: str, user_id: int | None, *, group: bool = False) -> None:
    """Log an admin command from someone who is not an admin, or sent in a group (admin commands
    work only in an admin's private chat)."""
    who = hmac.new(_LOG_KEY, str(user_id).encode(), hashlib.sha256).hexdigest()[:10] if user_id else "unknown"
    if group:
        log.info("Ignored admin command /%s sent in a group (id hash %s): admin commands work only in a private "
                 "chat with the bot", name[:40], who)
    else:
        log.warning("Refused admin command /%s from a non-admin user (id hash %s)", name[:40], who)


def _undo(source: FaqSource, store: Store | None) -> Done:
    try:
        edit = editing.undo(source.path)
    except editing.EditRefused as exc:
        return Done(_replies(html.escape(str(exc))))
    if store is not None and edit.undone:
        store.restore(edit.undone)  # a taught question goes back on the list
    result = source.reload()
    return Done(_replies(html.escape(edit.summary) + "\n" + reload_html(result, source)),
                notice=f"An admin used /undo. {html.escape(edit.summary)}")


def _label(title: str, picks: int) -> str:
    return f"⭐ {title} ({picks} picked)" if picks else title


def _replies(html_text: str) -> tuple[Reply, ...]:
    return tuple(Reply(chunk) for chunk in markup.split(html_text))


def _number(args: str, default: int | None) -> int | None | bool:
    """The optional positive whole number in `args`; False when it is not one."""
    words = args.split()
    if not words:
        return default
    raw = words[0]
    if not (raw.isascii() and raw.isdigit()) or int(raw) < 1:
        return False
    return int(raw)
