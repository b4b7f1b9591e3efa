"""The benchmark's generated FAQs load (a faq.yaml change once broke one: no figures, no failure)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "bench"))

import bench_matching  # noqa: E402

from bot.faq import parse_faq  # noqa: E402


@pytest.mark.parametrize("generate", [bench_matching.generate_faq_text, bench_matching.generate_shared_faq_text])
def test_a_generated_faq_loads_with_the_real_matching_section(generate):
    text, info = generate((ROOT / "faq.yaml").read_text(encoding="utf-8"), 60, 7)
    faq = parse_faq(text)
    assert len(faq.entries) == info["entries"] == 60
    assert faq.about_running <= {e.id for e in faq.entries}
