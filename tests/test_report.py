"""Tests for bot.report: table, json, csv and the Telegram HTML renders."""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from pathlib import Path

import pytest

from bot import report as report_module
from bot.decision import Kind
from bot.grouping import UnansweredGroup
from bot.report import render, render_stats_html, render_unanswered_html, unanswered
from bot.store import Stats, Store

DECISIONS = [kind.value for kind in Kind]

T0 = 1_700_000_000.0  # 2023-11-14 22:13:20 UTC
ALLOWED_TAGS = {"b", "i", "code", "pre"}


def make_stats(**overrides) -> Stats:
    fields = dict(
        days=7,
        total=8,
        by_decision={"answer": 4, "suggest": 1, "none": 2, "urgent": 1, "smalltalk": 0},
        top_entries=[("weight-loss", 3), ("chest-pain", 1)],
        top_unmatched=[("how do i stop chafing", 2)],
        helpfulness={"weight-loss": (3, 1), "knee": (0, 2)},
    )
    fields.update(overrides)
    return Stats(**fields)


def make_groups() -> list[UnansweredGroup]:
    return [
        UnansweredGroup(
            representative="How do I stop chafing??",
            texts=["how to stop chafing", "How do I stop chafing??", "stop chafing thighs", "chafing help"],
            count=5,
            latest=T0,
        ),
        UnansweredGroup(representative="=cmd|' /C calc'!A0", texts=["=cmd|' /C calc'!A0"], count=1, latest=T0 - 3600),
    ]


def closest(text: str) -> tuple[str, float] | None:
    return ("chafing", 62.4) if "chafing" in text else None


TITLES = {"weight-loss": "Losing weight by running"}


# --- table --------------------------------------------------------------------------


def test_table_holds_every_section() -> None:
    text = render(make_stats(), make_groups(), closest=closest, titles=TITLES)
    assert "the last 7 days" in text
    assert "Questions: 8" in text
    assert re.search(r"answer\s+4\s+50\.0%", text)
    assert re.search(r"suggest\s+1\s+12\.5%", text)
    assert re.search(r"smalltalk\s+0\s+0\.0%", text)
    assert re.search(r"1\s+weight-loss\s+Losing weight by running\s+3", text)
    assert re.search(r"weight-loss\s+3\s+1\s+75%", text)
    assert re.search(r"knee\s+0\s+2\s+0%", text)
    assert "👍" in text and "👎" in text
    assert re.search(r"2\s+how do i stop chafing", text)
    assert "How do I stop chafing??" in text
    assert "5 asked" in text
    assert "closest entry: chafing (62)" in text
    assert "closest entry: none" in text


def test_table_shows_at_most_three_examples() -> None:
    text = render(make_stats(), make_groups(), closest=closest)
    examples = [line.strip()[2:] for line in text.splitlines() if line.strip().startswith("- ")]
    assert examples[:3] == ["how to stop chafing", "How do I stop chafing??", "stop chafing thighs"]
    assert "chafing help" not in text
    assert "and 1 more" in text


def test_table_columns_are_aligned() -> None:
    text = render(make_stats(), [], titles=TITLES)
    lines = text.splitlines()
    start = lines.index("By decision") + 1
    block = lines[start : start + 1 + len(DECISIONS)]
    # Right-aligned numbers end in the same column on every row.
    assert len({len(line) for line in block}) == 1
    share_column = {line.rindex("%") for line in block[1:]}
    assert len(share_column) == 1


def test_emoji_columns_line_up_in_a_terminal() -> None:
    def display_width(line: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)

    text = render(make_stats(helpfulness={"weight-loss": (120, 3), "knee": (0, 2)}), [])
    lines = text.splitlines()
    start = lines.index("Helpfulness") + 1
    block = lines[start : start + 3]
    assert "👍" in block[0]
    # 👍 and 👎 take two terminal columns; the header must still end where the rows end.
    assert len({display_width(line) for line in block}) == 1


def test_table_of_empty_stats() -> None:
    empty = Stats(None, 0, {name: 0 for name in DECISIONS}, [], [], {})
    text = render(empty, [])
    assert "all time" in text
    assert "Questions: 0" in text
    assert "(no votes)" in text
    assert text.count("(none)") == 3


def test_closest_is_asked_about_each_representative() -> None:
    seen: list[str] = []

    def spy(text: str) -> tuple[str, float] | None:
        seen.append(text)
        return None

    render(make_stats(), make_groups(), closest=spy)
    assert seen == ["How do I stop chafing??", "=cmd|' /C calc'!A0"]


# --- json ---------------------------------------------------------------------------


def test_json_document() -> None:
    document = json.loads(render(make_stats(), make_groups(), fmt="json", closest=closest))
    assert set(document) == {"days", "total", "by_decision", "top_entries", "helpfulness", "unanswered", "answered_now"}
    assert document["days"] == 7 and document["total"] == 8
    assert document["by_decision"] == {"answer": 4, "suggest": 1, "none": 2, "urgent": 1, "smalltalk": 0}
    assert document["top_entries"] == [{"id": "weight-loss", "count": 3}, {"id": "chest-pain", "count": 1}]
    assert document["helpfulness"] == [
        {"id": "weight-loss", "helpful": 3, "unhelpful": 1},
        {"id": "knee", "helpful": 0, "unhelpful": 2},
    ]
    first, second = document["unanswered"]
    assert first == {
        "representative": "How do I stop chafing??",
        "count": 5,
        "examples": ["how to stop chafing", "How do I stop chafing??", "stop chafing thighs", "chafing help"],
        # ISO 8601 UTC, as in the CSV, not a raw Unix time (a new user)
        "latest": "2023-11-14T22:13:20+00:00",
        "picked": {},
        "closest": {"id": "chafing", "score": 62.4},
    }
    assert second["closest"] is None


def test_json_without_closest() -> None:
    document = json.loads(render(make_stats(days=None), make_groups(), fmt="json"))
    assert document["days"] is None
    assert [g["closest"] for g in document["unanswered"]] == [None, None]


# --- csv ----------------------------------------------------------------------------


def test_csv_of_unanswered_groups() -> None:
    text = render(make_stats(), make_groups(), fmt="csv", closest=closest)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["representative", "count", "latest_iso", "closest_id", "closest_score", "examples", "picked"]
    assert rows[1] == [
        "How do I stop chafing??",
        "5",
        "2023-11-14T22:13:20+00:00",
        "chafing",
        "62.4",
        "how to stop chafing | How do I stop chafing?? | stop chafing thighs | chafing help",
        "",
    ]
    assert rows[2][1:5] == ["1", "2023-11-14T21:13:20+00:00", "", ""]
    assert len(rows) == 3  # nothing but the groups
    assert "weight-loss" not in text


def test_csv_says_what_people_picked_from_did_you_mean() -> None:
    # A new user: the table ("suggested alternate: 1 picked 'back-pain-normal'") and the JSON ("picked") had it, the
    # CSV had no column for it.
    groups = [UnansweredGroup(representative="is a sore back ok", texts=["is a sore back ok"], count=4, latest=T0,
                              picks={"back-pain-normal": 3, "muscle-strain": 1})]
    rows = list(csv.DictReader(io.StringIO(render(make_stats(), groups, fmt="csv"))))
    assert rows[0]["picked"] == "back-pain-normal:3; muscle-strain:1", rows


def test_csv_defuses_spreadsheet_formulas() -> None:
    rows = list(csv.reader(io.StringIO(render(make_stats(), make_groups(), fmt="csv"))))
    assert rows[2][0] == "'=cmd|' /C calc'!A0"
    assert rows[2][5] == "'=cmd|' /C calc'!A0"


def test_unknown_format_names_the_allowed_ones() -> None:
    with pytest.raises(ValueError) as info:
        render(make_stats(), [], fmt="xml")
    message = str(info.value)
    assert "xml" in message
    for name in ("table", "json", "csv"):
        assert name in message


# --- Telegram HTML ------------------------------------------------------------------


def tags(text: str) -> set[str]:
    return {m.group(1).lower() for m in re.finditer(r"</?\s*([a-zA-Z][a-zA-Z0-9-]*)", text)}


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_stats_html_content_and_escaping() -> None:
    stats = make_stats(
        top_unmatched=[("<script>alert(1)</script>", 3)],
        top_entries=[("weight-loss", 3)],
    )
    text = render_stats_html(stats, titles={"weight-loss": "Losing <weight> & more"})
    assert tags(text) <= ALLOWED_TAGS
    assert "<script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "Losing &lt;weight&gt; &amp; more" in text
    assert "<code>weight-loss</code>" in text
    assert "👍 3 👎 1 (75% helpful)" in text
    assert "answer: 4 (50.0%)" in text
    assert "the last 7 days" in text


def test_unanswered_html_content_and_escaping() -> None:
    groups = [
        UnansweredGroup("<script>x</script> shoes?", ["<script>x</script> shoes?", "<b>shoes</b>"], 2, T0),
        *make_groups(),
    ]
    text = render_unanswered_html(groups)
    assert tags(text) <= ALLOWED_TAGS
    assert "<script>" not in text and "&lt;script&gt;x&lt;/script&gt; shoes?" in text
    assert "&lt;b&gt;shoes&lt;/b&gt;" in text
    assert "<b>5×</b> How do I stop chafing??" in text
    assert "chafing help" not in text  # at most three example texts per group
    assert "2023-11-14 22:13 UTC" in text


def test_unanswered_html_when_there_are_none() -> None:
    text = render_unanswered_html([])
    assert "No unanswered questions" in text
    assert tags(text) <= ALLOWED_TAGS


def test_html_stays_under_the_limit_and_says_what_was_left_out() -> None:
    helpfulness = {f"entry-{i:03d}": (i, 1) for i in range(400)}
    stats = make_stats(helpfulness=helpfulness, top_unmatched=[("<" * 1000, 9)] * 10)
    text = render_stats_html(stats)
    assert utf16_len(text) <= 4000
    assert tags(text) <= ALLOWED_TAGS
    match = re.search(r"… and (\d+) more not shown", text)
    assert match
    shown = len(re.findall(r"<code>entry-\d{3}</code>", text))
    assert shown + int(match.group(1)) == 400

    groups = [UnansweredGroup(f"question {i} " + "x" * 300, [f"question {i} " + "x" * 300], 1, T0) for i in range(200)]
    text = render_unanswered_html(groups)
    assert utf16_len(text) <= 4000
    match = re.search(r"… and (\d+) more not shown", text)
    assert match
    assert len(re.findall(r"^\d+\. ", text, flags=re.M)) + int(match.group(1)) == 200


def test_report_of_a_real_store(tmp_path: Path) -> None:
    now = [T0]
    store = Store(tmp_path / "faq.sqlite3", clock=lambda: now[0])
    for text in ("how do i stop chafing", "How do I stop chafing??", "how to stop chafing", "best shoes for flat feet"):
        store.log_question(text, "none", None, None)
    store.log_question("lose weight", "answer", "weight-loss", 90.0)
    store.vote(1, "weight-loss", True)
    document = json.loads(render(store.stats(30), unanswered(store), fmt="json"))
    store.close()
    assert document["total"] == 5
    assert [(g["representative"], g["count"]) for g in document["unanswered"]] == [
        ("How do I stop chafing??", 3),
        ("best shoes for flat feet", 1),
    ]
    assert document["helpfulness"] == [{"id": "weight-loss", "helpful": 1, "unhelpful": 0}]


def test_the_report_leaves_out_questions_set_aside(tmp_path: Path) -> None:
    # From a new user's trial: a group set aside with "Not for the FAQ" was still in the report.
    store = Store(tmp_path / "faq.sqlite3", clock=lambda: T0)
    for text in ("shin splints help", "shin splints help", "best shoes for flat feet"):
        store.log_question(text, "none", None, None)
    [shins] = [g for g in unanswered(store) if g.representative == "shin splints help"]
    store.dismiss(shins.forms)
    document = json.loads(render(store.stats(30), unanswered(store), fmt="json"))
    store.close()
    assert [g["representative"] for g in document["unanswered"]] == ["best shoes for flat feet"]
    assert "shin" not in json.dumps(document)


def test_no_telegram_import() -> None:
    source = Path(report_module.__file__).read_text()
    assert not re.search(r"^\s*(import|from)\s+telegram", source, flags=re.M)
