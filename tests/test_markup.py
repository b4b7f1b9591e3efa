"""Tests for bot.markup: Telegram's HTML subset, its length rule, plain text and splitting."""
from __future__ import annotations

import random
import re

import pytest

from bot import markup
from bot.markup import (
    MAX_MESSAGE_LENGTH,
    TelegramHtmlError,
    check,
    parse_telegram_html,
    split,
    telegram_length,
    to_plain,
    utf16_len,
)


def words(html_text: str) -> list[str]:
    return re.findall(r"\w+", to_plain(html_text))


# -- check ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "plain text, no markup at all",
    "<b>b</b> <strong>s</strong> <i>i</i> <em>e</em> <u>u</u> <ins>i</ins>",
    "<s>s</s> <strike>x</strike> <del>d</del> <code>c</code> <pre>p</pre> <blockquote>q</blockquote>",
    '<a href="https://example.com/path?a=1&amp;b=2">a link</a>',
    "<a href='https://example.com'>single quotes</a>",
    '<span class="tg-spoiler">hidden</span>',
    "<tg-spoiler>hidden</tg-spoiler>",
    '<pre><code class="language-python">print("hi")</code></pre>',
    "<blockquote expandable>long quote</blockquote>",
    '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
    "<b>bold <i>bold italic <u>and underlined</u></i> <s>struck</s></b>",
    "&lt; &gt; &amp; &quot; &#39; &#x1F600;",
    "<B>upper-case tag names</B>",
    "<span class=tg-spoiler>an unquoted value of letters and a hyphen</span>",
    "🏃‍♀️ emoji and ünïcödé",
])
def test_check_accepts_what_telegram_accepts(text):
    assert check(text) == []


@pytest.mark.parametrize("text, offset, fragment", [
    ("a <div>block</div>", 2, "<div> is not allowed"),
    ("<script>alert(1)</script>", 0, "<script> is not allowed"),
    ("x <br> y", 2, "<br> is not allowed"),
    ("<b>bold <i>both</b></i>", 15, "</b> does not match: expected </i>"),
    ("text</b>", 4, "</b> does not match"),
    ("start <b>never closed", 6, "<b> is never closed"),
    ("<a>no link</a>", 0, "<a> needs an href"),
    ("<span>plain span</span>", 0, "tg-spoiler"),
    ("fish & chips", 5, "bare '&'"),
    ("1 < 2", 2, "bare '<'"),
    ("2 > 1", 2, "bare '>'"),
    ("&nbsp;", 0, "unknown entity &nbsp;"),
    ("&apos;", 0, "unknown entity &apos;"),
    # a link's address without quotes (a fourteenth new user's; TDLib reads an unquoted value as a name token)
    ("See <a href=https://www.nhs.uk/>the NHS page</a>.", 4, "put the value of href in quotes"),
])
def test_check_rejects_with_offset_and_reason(text, offset, fragment):
    problems = check(text)
    assert problems, text
    assert problems[0].offset == offset
    assert fragment in problems[0].message


def test_check_reports_every_problem():
    problems = check("<div>a</div> & <b>b")
    assert [p.offset for p in problems] == [0, 6, 13, 15]
    assert "never closed" in problems[-1].message


def test_check_of_an_unknown_tag_reports_both_tags_and_no_balance_error():
    assert [p.offset for p in check("<div>x</div>")] == [0, 6]


@pytest.mark.parametrize("text, offset, fragment", [
    ('<tg-emoji>👍</tg-emoji>', 0, "numeric emoji-id"),
    ('<span class="tg-spoiler x">s</span>', 0, "tg-spoiler"),
    ('<a href="">empty</a>', 0, "needs an href"),
    ("&#0; &#xD800;", 0, "invalid character reference &#0;"),
    ("<b>x</b x>", 4, "malformed tag </b x>"),
    ("<b />", 0, "<b/> is not allowed"),
    ('<a href="https://e.com/?a=1&b=2">x</a>', 27, "bare '&'"),
    ("<1>", 0, "malformed tag <1>"),
])
def test_check_applies_telegrams_stricter_rules_too(text, offset, fragment):
    problems = check(text)
    assert problems and problems[0].offset == offset
    assert fragment in problems[0].message


# -- parse_telegram_html: the same parser, as the Bot API uses it ---------------------------


def test_parse_gives_plain_text_and_entities_in_utf16_units():
    plain, entities = parse_telegram_html(
        '😀 <b>bold <i>both</i></b> <a href="https://e.com/?a=1&amp;b=2">link</a> '
        '<pre><code class="language-python">x = 1</code></pre> <blockquote expandable>q</blockquote> '
        '<span class="tg-spoiler">s</span> <tg-emoji emoji-id="5368324170671202286">👍</tg-emoji> <b></b>&lt;&#x1F600;'
    )
    assert plain == "😀 bold both link x = 1 q s 👍 <😀"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 9},
        {"type": "italic", "offset": 8, "length": 4},
        {"type": "text_link", "offset": 13, "length": 4, "url": "https://e.com/?a=1&b=2"},
        {"type": "pre", "offset": 18, "length": 5, "language": "python"},
        {"type": "expandable_blockquote", "offset": 24, "length": 1},
        {"type": "spoiler", "offset": 26, "length": 1},
        {"type": "custom_emoji", "offset": 28, "length": 2, "custom_emoji_id": "5368324170671202286"},
    ]  # the empty <b></b> makes no entity
    assert parse_telegram_html("  <b>x</b>  ") == ("  x  ", [{"type": "bold", "offset": 2, "length": 1}])


@pytest.mark.parametrize("text, words", [
    ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
    ("é&x", 'Unescaped "&" at byte offset 2: use &amp;'),
    ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
    ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
    ("x</b>", "Unexpected end tag at byte offset 1"),
    ("<div>x</div>", 'Unsupported start tag "div" at byte offset 0'),
    ("é <a href=https://x.org>x</a>", "Unexpected end of name token at byte offset 11"),
])
def test_parse_rejects_in_telegrams_words(text, words):
    with pytest.raises(TelegramHtmlError) as err:
        parse_telegram_html(text)
    assert str(err.value) == words


def test_a_bare_greater_than_is_only_a_lint():
    assert parse_telegram_html("5 > 3") == ("5 > 3", [])
    assert [p.message for p in check("5 > 3")] == ["bare '>': write it as &gt;"]


FRAGMENTS = ("<b>", "</b>", "<i>", "</i>", '<a href="https://e.com">', "</a>", "<code>", "</code>", "&amp;",
             "&lt;", "&", "<", ">", "&nbsp;", "<div>", "</div>", "<br/>", "😀", "run ", "é", "\n", " ", "&#65;")


def test_check_and_the_api_parser_agree_seeded():
    rng = random.Random(20240602)
    accepted = 0
    for _ in range(3000):
        text = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 12)))
        real = [p for p in check(text) if not p.message.startswith("bare '>'")]
        try:
            plain, _ = parse_telegram_html(text)
        except TelegramHtmlError:
            assert real, text
            continue
        assert not real, (text, real)
        accepted += 1
        assert plain == to_plain(text) and utf16_len(plain) == telegram_length(text)
    assert accepted > 100


# -- length and plain text -----------------------------------------------------------------


@pytest.mark.parametrize("text, length", [
    ("", 0),
    ("abc", 3),
    ("<b>abc</b>", 3),                          # tags are not visible
    ("&lt;b&gt;", 3),                           # entities count as the one character they show
    ("😀", 2),                                   # outside the BMP: a surrogate pair
    ("<i>a😀</i>&amp;", 4),
    ("&#x1F600;", 2),
    ("é", 1),
    ("e\u0301", 2),                             # a combining accent is its own code unit
    ('<a href="https://a-very-long-url.example.com/with/a/path">x</a>', 1),
])
def test_telegram_length_counts_utf16_units_of_visible_text(text, length):
    assert telegram_length(text) == length


def test_to_plain_drops_tags_and_decodes_entities():
    assert to_plain('<b>Bold</b> &lt;tag&gt; &amp; <a href="x">link</a> &#x1F600;') == "Bold <tag> & link 😀"


# -- split ---------------------------------------------------------------------------------


def assert_valid_split(text: str, chunks: list[str], limit: int = MAX_MESSAGE_LENGTH) -> None:
    assert chunks
    if len(chunks) > 1:
        assert all(to_plain(c).strip() for c in chunks), "an empty message"
    for chunk in chunks:
        assert telegram_length(chunk) <= limit
        assert check(chunk) == [], (chunk[:200], check(chunk)[:3])
    assert [w for c in chunks for w in words(c)] == words(text)


def test_short_text_is_not_split():
    text = "<b>Short</b> answer"
    assert split(text) == [text]
    exact = "x" * MAX_MESSAGE_LENGTH
    assert split(exact) == [exact]


def test_split_prefers_paragraph_boundaries():
    paragraphs = [f"<b>Part {i}</b> " + " ".join(f"w{i}x{j}" for j in range(60)) for i in range(40)]
    text = "\n\n".join(paragraphs)
    assert telegram_length(text) > 3 * MAX_MESSAGE_LENGTH
    chunks = split(text)
    assert_valid_split(text, chunks)
    assert len(chunks) >= 4
    # Every chunk is whole paragraphs: it starts at a paragraph's start and ends at one's end.
    rebuilt = [p for c in chunks for p in c.split("\n\n")]
    assert rebuilt == paragraphs


def test_split_of_one_giant_paragraph():
    text = " ".join(f"word{j}" for j in range(3000))
    assert "\n" not in text and telegram_length(text) > 4 * MAX_MESSAGE_LENGTH
    chunks = split(text)
    assert len(chunks) >= 5
    assert_valid_split(text, chunks)


def test_split_of_a_giant_bold_span_closes_and_reopens_it():
    text = "<b>" + " ".join(f"word{j}" for j in range(3000)) + "</b>"
    chunks = split(text)
    assert len(chunks) >= 5
    assert_valid_split(text, chunks)
    assert all(c.startswith("<b>") and c.endswith("</b>") for c in chunks)


def test_split_keeps_a_link_valid_in_every_chunk():
    text = '<a href="https://example.com/a?b=1&amp;c=2">' + " ".join(f"w{j}" for j in range(3000)) + "</a>"
    chunks = split(text)
    assert len(chunks) > 1
    assert_valid_split(text, chunks)
    assert all(c.startswith('<a href="https://example.com/a?b=1&amp;c=2">') for c in chunks)


def test_split_never_cuts_an_entity_and_counts_emoji_as_two():
    for text in ("fish &amp; chips " * 1500, "😀 run " * 2500):
        chunks = split(text)
        assert len(chunks) > 1
        assert_valid_split(text, chunks)
        assert re.sub(r"\s", "", to_plain("".join(chunks))) == re.sub(r"\s", "", to_plain(text))


def test_split_of_a_word_longer_than_the_limit_keeps_every_character():
    text = "x" * 10_000
    chunks = split(text)
    assert all(telegram_length(c) <= MAX_MESSAGE_LENGTH for c in chunks)
    assert "".join(chunks).replace("\n", "") == text


@pytest.mark.parametrize("text", [
    " ".join(f"word{j}" for j in range(3000)),   # one paragraph, no line breaks
    "x" * 10_000,                                 # one word
])
def test_split_does_not_add_line_breaks_inside_a_paragraph(text):
    chunks = split(text)
    assert len(chunks) > 1
    assert [c for c in chunks if "\n" in c] == []


def test_split_with_a_small_limit_on_nested_markup():
    text = "<blockquote><b>Heading</b>\n\n" + "\n\n".join(
        f"<i>para {i}</i> <code>code {i}</code> " + "text " * 20 for i in range(30)) + "</blockquote>"
    chunks = split(text, 300)
    assert len(chunks) > 5
    assert_valid_split(text, chunks, 300)


TAGS = ("b", "i", "u", "s", "em", "code", "blockquote", "tg-spoiler", "a")


def _random_html(rng: random.Random, depth: int = 0) -> str:
    out = []
    for _ in range(rng.randint(1, 6)):
        r = rng.random()
        if r < 0.25 and depth < 3:
            tag = rng.choice(TAGS)
            opener = '<a href="https://e.com/p?q=1&amp;r=2">' if tag == "a" else f"<{tag}>"
            out.append(f"{opener}{_random_html(rng, depth + 1)}</{tag}>")
        elif r < 0.35:
            out.append(rng.choice(["\n\n", "\n", " &amp; ", " &lt;x&gt; ", " 😀 ", " é "]))
        else:
            out.append(" ".join(f"{rng.choice(['run', 'back', 'abs', 'pain'])}{rng.randint(0, 99)}"
                                for _ in range(rng.randint(1, 40))))
    return " ".join(out)


def test_split_random_markup_seeded():
    rng = random.Random(20240601)
    for _ in range(200):
        text = _random_html(rng)
        assert check(text) == [], text
        limit = rng.choice([60, 120, 250, 500])
        assert_valid_split(text, split(text, limit), limit)


def test_module_constant_is_telegrams_limit():
    assert markup.MAX_MESSAGE_LENGTH == 4096
