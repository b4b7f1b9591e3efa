"""Render the question-log stats and unanswered groups for admins.

render() makes a plain-text table, a JSON document or a CSV of the unanswered groups
(the CSV holds only the groups, for spreadsheets; the totals are in table and json).
render_stats_html() and render_unanswered_html() make Telegram HTML for the bot's
/stats and /unanswered commands.
"""
from __future__ import annotations

import csv
import html
import io
import json
import logging
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime

from bot import recheck
from bot.decision import Kind
from bot.grouping import UnansweredGroup, group_of, group_questions
from bot.matching import Matcher
from bot.store import Stats, Store

logger = logging.getLogger(__name__)

FORMATS = ("table", "json", "csv")
TABLE_EXAMPLES = 3  # example texts per group in the table and the HTML
EXPORT_EXAMPLES = 10  # in json and csv, where nobody reads them on a phone
TABLE_TEXT = 100  # characters of a question shown in one table cell
HTML_TEXT = 200
HTML_LIMIT = 4000  # Telegram allows 4096; leave room for what the bot adds
# Spreadsheets run a cell starting with one of these as a formula; user text must not.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Closest = Callable[[str], tuple[str, float] | None]


def render(
    stats: Stats,
    groups: list[UnansweredGroup],
    *,
    fmt: str = "table",
    closest: Closest | None = None,
    titles: Mapping[str, str] | None = None,
    answered: Sequence[tuple[UnansweredGroup, str]] = (),
    answers_now: Callable[[str], str | None] | None = None,
) -> str:
    """Render stats and unanswered groups as "table", "json" or "csv" (the csv holds only the groups).

    `answered`: groups of logged questions that the faq.yaml in use answers now, each with the entry it gives
    (bot.recheck.answered_now), shown apart from the unanswered groups (not in the csv); `answers_now(text)`: the
    entry the FAQ in use gives a question now, or None, to mark the most frequent unmatched questions it answers."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    suggestions = [closest(group.representative) if closest else None for group in groups]
    if fmt == "json":
        return _render_json(stats, groups, suggestions, answered)
    if fmt == "csv":
        return _render_csv(groups, suggestions)
    return _render_table(stats, groups, suggestions, titles or {}, answered, answers_now)


def unanswered(store: Store, limit: int = 20, days: int | None = None) -> list[UnansweredGroup]:
    """The store's unmatched questions of the window, near-duplicates grouped, most frequent first."""
    return group_questions(store.unmatched(days))[: max(limit, 0)]


def review_groups(store: Store, days: int | None = None, matcher: Matcher | None = None) -> list[UnansweredGroup]:
    """The questions an admin may teach the bot (no answer, only "did you mean", or 👎; not set
    aside), near-duplicates grouped with what people picked, most frequent first. With `matcher` (the FAQ in use),
    without those it answers now (bot.recheck.answered_now: a hand edit of faq.yaml answered them since)."""
    rows = store.review(days)
    if matcher is not None:
        rows = recheck.answered_now(matcher, rows)[0]
    return group_questions(rows)


def review_group_of(store: Store, text: str) -> UnansweredGroup | None:
    """The group of review_groups() that a question worded `text` belongs to, itself or told slightly differently
    (bot.grouping.group_of); None when no question like it is on the list."""
    return group_of(text, store.review())


def review_group_html(group: UnansweredGroup, faq) -> str:
    """One group for /unanswered: how many, the wordings, and what people picked from "did you mean"."""
    lines = [f"<b>{group.count}×</b> {_e(group.representative)} <i>(latest {_when(group.latest)})</i>"]
    lines += [f"   • {_e(text)}" for text in group.texts if text != group.representative][: TABLE_EXAMPLES - 1]
    for entry_id, times in group.picks.items():
        item = faq.get(entry_id)
        if item is not None:
            lines.append(f"⭐ {times} {'person' if times == 1 else 'people'} picked "
                         f"\u201c{_e(item.title, 80)}\u201d for it")
    return "\n".join(lines)


# --- shared helpers -----------------------------------------------------------------


def window_text(days: int | None) -> str:
    """Describe a stats window in words."""
    if days is None:
        return "all time"
    return f"the last {days} day" + ("" if days == 1 else "s")


def _percent(part: int, whole: int) -> str:
    """part/whole as a percentage with one decimal, "0.0%" when whole is 0."""
    return f"{100 * part / whole:.1f}%" if whole else "0.0%"


def _helpful_percent(up: int, down: int) -> str:
    """Share of helpful votes, rounded to a whole percent."""
    return f"{round(100 * up / (up + down))}%" if up + down else "-"


def _shorten(text: str, limit: int) -> str:
    """Cut text to `limit` characters on one line, marking the cut with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _iso(timestamp: float) -> str:
    """A unix time as ISO 8601 UTC to the second."""
    return datetime.fromtimestamp(timestamp, tz=UTC).isoformat(timespec="seconds")


def _when(timestamp: float) -> str:
    """A unix time as a short UTC date and time for people."""
    return datetime.fromtimestamp(timestamp, tz=UTC).strftime("%Y-%m-%d %H:%M UTC")


def _helpfulness_rows(stats: Stats) -> list[tuple[str, int, int]]:
    """(entry, helpful, unhelpful) with the most voted-on entries first."""
    rows = [(entry, up, down) for entry, (up, down) in stats.helpfulness.items()]
    return sorted(rows, key=lambda row: (-(row[1] + row[2]), row[0]))


def _decision_names(stats: Stats) -> list[str]:
    """Every Kind in order, then any other decision the database happens to hold."""
    known = [kind.value for kind in Kind]
    return known + sorted(name for name in stats.by_decision if name not in known)


def _suggestion_text(suggestion: tuple[str, float] | None) -> str:
    """ "closest entry: id (score)" or a note that nothing is close."""
    if suggestion is None:
        return "closest entry: none"
    entry, score = suggestion
    return f"closest entry: {entry} ({round(score)})"


# --- table --------------------------------------------------------------------------


def _width(text: str) -> int:
    """Columns a terminal gives the text: emoji and CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    """Pad text to `width` terminal columns, on the left when `right`."""
    fill = " " * max(0, width - _width(text))
    return fill + text if right else text + fill


def _columns(rows: Sequence[Sequence[str]], right: Sequence[bool], indent: str = "  ") -> list[str]:
    """Lay rows out in padded columns; `right` marks the right-aligned (numeric) ones."""
    widths = [max(_width(row[i]) for row in rows) for i in range(len(right))]
    lines = []
    for row in rows:
        cells = [_pad(cell, w, r) for cell, w, r in zip(row, widths, right, strict=True)]
        lines.append((indent + "  ".join(cells)).rstrip())
    return lines


def _section(title: str, header: tuple[str, ...], right: tuple[bool, ...], rows: list[tuple[str, ...]],
             empty: str = "  (none)") -> list[str]:
    """A titled table (columns aligned, `right` ones to the right), or `empty`, and a blank line."""
    body = _columns([header, *rows], right) if rows else [empty]
    return [title, *body, ""]


def _render_table(
    stats: Stats,
    groups: list[UnansweredGroup],
    suggestions: list[tuple[str, float] | None],
    titles: Mapping[str, str],
    answered: Sequence[tuple[UnansweredGroup, str]] = (),
    answers_now: Callable[[str], str | None] | None = None,
) -> str:
    """The plain-text report."""
    lines = [f"Question log report: {window_text(stats.days)}", f"Questions: {stats.total}", ""]

    lines.append("By decision")
    rows = [("decision", "count", "share")]
    for name in _decision_names(stats):
        count = stats.by_decision.get(name, 0)
        rows.append((name, str(count), _percent(count, stats.total)))
    lines += _columns(rows, (False, True, True))
    lines.append("")

    lines += _section(
        "Most asked entries", ("#", "entry", "title", "times"), (True, False, False, True),
        [(str(rank), entry, _shorten(titles.get(entry, ""), TABLE_TEXT), str(count))
         for rank, (entry, count) in enumerate(stats.top_entries, 1)],
    )
    lines += _section(
        "Helpfulness", ("entry", "👍", "👎", "helpful"), (False, True, True, True),
        [(entry, str(up), str(down), _helpful_percent(up, down)) for entry, up, down in _helpfulness_rows(stats)],
        empty="  (no votes)",
    )
    now = {text: answers_now(text) for text, _ in stats.top_unmatched} if answers_now else {}
    if any(now.values()):  # which of them the faq.yaml in use answers now (a hand edit since)
        header, right = ("count", "question", "answered now by"), (True, False, False)
        rows = [(str(count), _shorten(text, TABLE_TEXT), now.get(text) or "") for text, count in stats.top_unmatched]
    else:
        header, right = ("count", "question"), (True, False)
        rows = [(str(count), _shorten(text, TABLE_TEXT)) for text, count in stats.top_unmatched]
    lines += _section("Most frequent unmatched questions", header, right, rows)

    lines.append("Unanswered questions, grouped")
    if not groups:
        lines.append("  (none)")
    for rank, (group, suggestion) in enumerate(zip(groups, suggestions, strict=True), 1):
        lines.append(f"  {rank}. {_shorten(group.representative, TABLE_TEXT)}")
        lines.append(f"     {group.count} asked, latest {_when(group.latest)}; {_suggestion_text(suggestion)}")
        for entry_id, times in group.picks.items():
            lines.append(f"     suggested alternate: {times} picked {entry_id!r} from 'did you mean'")
        for text in group.texts[:TABLE_EXAMPLES]:
            lines.append(f"       - {_shorten(text, TABLE_TEXT)}")
        if len(group.texts) > TABLE_EXAMPLES:
            lines.append(f"       (and {len(group.texts) - TABLE_EXAMPLES} more wordings)")
    if answered:
        lines += ["", "Answered now (the faq.yaml in use answers these logged questions; not listed above)"]
        for group, entry_id in answered:
            lines.append(f"  - {_shorten(group.representative, TABLE_TEXT)}: {group.count} asked, now answered by "
                         f"{entry_id}")
    return "\n".join(lines) + "\n"


# --- json and csv -------------------------------------------------------------------


def _render_json(stats: Stats, groups: list[UnansweredGroup], suggestions: list[tuple[str, float] | None],
                 answered: Sequence[tuple[UnansweredGroup, str]] = ()) -> str:
    """One JSON document with the totals and the unanswered groups; times in ISO 8601 UTC."""
    document = {
        "days": stats.days,
        "total": stats.total,
        "by_decision": {name: stats.by_decision.get(name, 0) for name in _decision_names(stats)},
        "top_entries": [{"id": entry, "count": count} for entry, count in stats.top_entries],
        "helpfulness": [
            {"id": entry, "helpful": up, "unhelpful": down} for entry, up, down in _helpfulness_rows(stats)
        ],
        "unanswered": [
            {
                "representative": group.representative,
                "count": group.count,
                "examples": group.texts[:EXPORT_EXAMPLES],
                "picked": group.picks,
                "latest": _iso(group.latest),  # as the CSV gives it, not a raw Unix time (a new user)
                "closest": None if s is None else {"id": s[0], "score": round(float(s[1]), 1)},
            }
            for group, s in zip(groups, suggestions, strict=True)
        ],
        "answered_now": [
            {"representative": group.representative, "count": group.count, "examples": group.texts[:EXPORT_EXAMPLES],
             "latest": _iso(group.latest), "id": entry_id}
            for group, entry_id in answered
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _cell(text: str) -> str:
    """User text made safe for a spreadsheet cell: a leading quote stops formula evaluation."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _render_csv(groups: list[UnansweredGroup], suggestions: list[tuple[str, float] | None]) -> str:
    """The unanswered groups as CSV, one row per group, header first."""
    out = io.StringIO()
    writer = csv.writer(out)
    # `picked` last, so that the columns before it stay where scripts found them: what people picked from "did you
    # mean" for the group, "id:times" joined by "; ", most picked first (the table and the JSON had it; a new user).
    writer.writerow(("representative", "count", "latest_iso", "closest_id", "closest_score", "examples", "picked"))
    for group, s in zip(groups, suggestions, strict=True):
        writer.writerow(
            (
                _cell(group.representative),
                group.count,
                _iso(group.latest),
                "" if s is None else _cell(s[0]),
                "" if s is None else round(float(s[1]), 1),
                _cell(" | ".join(group.texts[:EXPORT_EXAMPLES])),
                "; ".join(f"{entry_id}:{times}" for entry_id, times in group.picks.items()),
            )
        )
    return out.getvalue()


# --- Telegram HTML ------------------------------------------------------------------


def _utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units, so an emoji is 2)."""
    return len(text.encode("utf-16-le")) // 2


def _e(text: str, limit: int = HTML_TEXT) -> str:
    """User text shortened and escaped for Telegram HTML."""
    return html.escape(_shorten(text, limit))


Section = tuple[str, list[str], str]  # heading (HTML), item lines (HTML), text when empty


def _compose(title: str, sections: Sequence[Section], kept: Sequence[int]) -> str:
    """Join the title and sections, keeping kept[i] items of section i and noting the rest."""
    parts = [title]
    for (heading, items, when_empty), keep in zip(sections, kept, strict=True):
        lines = [heading] if heading else []
        if not items:
            lines.append(f"<i>{html.escape(when_empty)}</i>")
        lines += items[:keep]
        if keep < len(items):
            lines.append(f"<i>… and {len(items) - keep} more not shown</i>")
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _fit(title: str, sections: Sequence[Section], limit: int = HTML_LIMIT) -> str:
    """Compose the message, dropping items from the bulkiest list until it fits in `limit`."""
    kept = [len(items) for _, items, _ in sections]
    text = _compose(title, sections, kept)
    while _utf16_len(text) > limit and any(kept):
        sizes = [_utf16_len("\n".join(items[:keep])) for (_, items, _), keep in zip(sections, kept, strict=True)]
        bulkiest = max(range(len(kept)), key=lambda i: sizes[i])
        # Drop in proportion to the overshoot so a long list does not take hundreds of passes.
        per_item = max(1, sizes[bulkiest] // kept[bulkiest])
        over = _utf16_len(text) - limit
        kept[bulkiest] -= max(1, min(over // per_item, kept[bulkiest] // 2))
        text = _compose(title, sections, kept)
    return text


def render_stats_html(stats: Stats, titles: Mapping[str, str] | None = None) -> str:
    """Telegram HTML for /stats, under 4000 characters."""
    titles = titles or {}
    decisions = [
        f"{html.escape(name)}: {count} ({_percent(count, stats.total)})"
        for name in _decision_names(stats)
        for count in [stats.by_decision.get(name, 0)]
    ]
    # The decision counts are short and always wanted, so they sit in the untrimmed title.
    heading = [
        f"<b>Question log: {html.escape(window_text(stats.days))}</b>",
        f"Questions: <b>{stats.total}</b>",
        "",
        "<b>By decision</b>",
    ]
    title = "\n".join(heading + decisions)
    entries = [
        f"{rank}. <code>{_e(entry, 64)}</code>"
        + (f" {_e(titles[entry], 80)}" if titles.get(entry) else "")
        + f": {count}"
        for rank, (entry, count) in enumerate(stats.top_entries, 1)
    ]
    votes = [
        f"<code>{_e(entry, 64)}</code>: 👍 {up} 👎 {down} ({_helpful_percent(up, down)} helpful)"
        for entry, up, down in _helpfulness_rows(stats)
    ]
    unmatched = [f"{count}× {_e(text)}" for text, count in stats.top_unmatched]
    return _fit(
        title,
        [
            ("<b>Most asked entries</b>", entries, "none yet"),
            ("<b>Helpfulness</b>", votes, "no votes yet"),
            ("<b>Most frequent unmatched</b>", unmatched, "none"),
        ],
    )


def render_unanswered_html(groups: list[UnansweredGroup]) -> str:
    """Telegram HTML for /unanswered, under 4000 characters."""
    items = []
    for rank, group in enumerate(groups, 1):
        lines = [f"{rank}. <b>{group.count}×</b> {_e(group.representative)} <i>(latest {_when(group.latest)})</i>"]
        others = [text for text in group.texts if text != group.representative][: TABLE_EXAMPLES - 1]
        lines += [f"   • {_e(text)}" for text in others]
        items.append("\n".join(lines))
    return _fit("<b>Unanswered questions</b>", [("", items, "No unanswered questions.")])
