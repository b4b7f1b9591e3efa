"""Benchmark the answer engine: matching latency and FAQ load time, on the real FAQ and a generated 10,000-entry one.

Run:  cd /work/main && /tmp/venv/bin/python tests/bench/bench_matching.py [--rounds N] [--entries N] [--json] [--profile]

Phases
  1. real FAQ      load_faq(faq.yaml) + Matcher build, then matcher.decide(q) for every labelled question in
                   tests/data/questions-{dev,dev2}.yaml: "cold" = the first round on a freshly built Matcher
                   (speller cache empty), "warm" = the later rounds.
  2. generated FAQ a seeded, realistic faq YAML of --entries entries (ids topic-00001..., title, question, 5-10
                   alternates from a ~3,000-word vocabulary that contains the real FAQ's question words, ~300-char
                   answers, some `requires`/`excludes` on the real synonyms' concepts; the real synonyms and
                   not_covered sections copied in). Timed: parse_faq, Matcher build, their total, then the same
                   cold/warm matching rounds.
  3. peak RSS      resource.getrusage(RUSAGE_SELF).ru_maxrss after each phase.

Latencies are per call, in microseconds, with time.perf_counter_ns and the garbage collector disabled inside
the timing loops (and re-enabled afterwards). Load times are measured with the collector enabled, as the bot runs.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import random
import re
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

import yaml

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.faq import FAQ, FAQError, load_faq, parse_faq  # noqa: E402
from bot.matching import Matcher  # noqa: E402

FAQ_PATH = ROOT / "faq.yaml"
QUESTION_FILES = (ROOT / "tests/data/questions-dev.yaml", ROOT / "tests/data/questions-dev2.yaml")

# Targets (microseconds / seconds).
TARGET_REAL_P99_US = 200.0
TARGET_BIG_P99_US = 5_000.0
TARGET_LOAD_S = 2.0


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def peak_rss_mib() -> float:
    # Linux reports ru_maxrss in KiB (macOS in bytes).
    raw = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return raw / (1024 * 1024) if sys.platform == "darwin" else raw / 1024


# -- statistics ---------------------------------------------------------------------------------

def percentile(sorted_values: list[float], pct: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, -(-len(sorted_values) * pct // 100))  # ceil(n * pct / 100)
    return sorted_values[int(rank) - 1]


def summarize_ns(samples_ns: list[int]) -> dict[str, float]:
    us = sorted(s / 1000.0 for s in samples_ns)
    return {
        "n": len(us),
        "mean_us": statistics.fmean(us) if us else float("nan"),
        "p50_us": percentile(us, 50),
        "p99_us": percentile(us, 99),
        "max_us": us[-1] if us else float("nan"),
    }


# -- timing -------------------------------------------------------------------------------------

def time_round(matcher: Matcher, questions: list[str]) -> list[int]:
    """One pass over all questions: the wall time of each matcher.decide(q), in ns (gc off)."""
    clock = time.perf_counter_ns
    decide = matcher.decide
    out = [0] * len(questions)
    gc.collect()
    gc.disable()
    try:
        for i, q in enumerate(questions):
            t0 = clock()
            decide(q)
            out[i] = clock() - t0
    finally:
        gc.enable()
    return out


def bench_matching(faq: FAQ, questions: list[str], rounds: int) -> dict[str, Any]:
    """Cold = first round on a fresh Matcher; warm = `rounds` later rounds (per-question samples pooled)."""
    matcher = Matcher(faq)
    cold = time_round(matcher, questions)
    warm: list[int] = []
    per_q_warm: list[list[int]] = [[] for _ in questions]
    round_p99: list[float] = []
    cpu_share: list[float] = []  # process CPU time / wall time per round: well under 1.0 = the box was busy
    for _ in range(rounds):
        w0, c0 = time.perf_counter(), time.process_time()
        samples = time_round(matcher, questions)
        cpu_share.append((time.process_time() - c0) / max(1e-9, time.perf_counter() - w0))
        round_p99.append(summarize_ns(samples)["p99_us"])
        warm.extend(samples)
        for i, s in enumerate(samples):
            per_q_warm[i].append(s)
    # The slowest questions (by their median warm time), to show where the tail comes from.
    med = [(statistics.median(s) / 1000.0, i) for i, s in enumerate(per_q_warm)]
    med.sort(reverse=True)
    slowest = [{"median_us": round(m, 1), "chars": len(questions[i]), "text": questions[i][:90]}
               for m, i in med[:5]]
    # How many entries the questions reach (scored, eligible entries), and the decisions made.
    kinds: dict[str, int] = {}
    reached: list[int] = []
    for q in questions:
        kind = matcher.decide(q).kind
        kinds[kind] = kinds.get(kind, 0) + 1
        reached.append(len(matcher.rank(q, limit=10**9)))
    return {
        "cold": summarize_ns(cold),
        "warm": summarize_ns(warm),
        "rounds_warm": rounds,
        "warm_p99_by_round_us": [round(v, 1) for v in round_p99],
        "warm_cpu_over_wall_by_round": [round(v, 2) for v in cpu_share],
        "slowest_warm": slowest,
        "decisions": dict(sorted(kinds.items())),
        "entries_scored_per_question": {
            "mean": round(statistics.fmean(reached), 1) if reached else 0,
            "p50": percentile(sorted(reached), 50),
            "max": max(reached) if reached else 0,
        },
        "matcher": matcher,
    }


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    t0 = time.perf_counter_ns()
    value = fn()
    return value, (time.perf_counter_ns() - t0) / 1e9


def bench_load(text: str, name: str, repeats: int) -> tuple[FAQ, dict[str, float]]:
    """parse_faq and Matcher build, timed separately (gc enabled, as in the bot); the fastest repeat is kept."""
    parse_s: list[float] = []
    build_s: list[float] = []
    faq = None
    for _ in range(repeats):
        gc.collect()
        faq, p = timed(lambda: parse_faq(text, name))
        _, b = timed(lambda: Matcher(faq))
        parse_s.append(p)
        build_s.append(b)
    totals = [p + b for p, b in zip(parse_s, build_s)]
    best = min(range(repeats), key=lambda i: totals[i])
    return faq, {
        "parse_s": parse_s[best], "build_s": build_s[best], "total_s": totals[best],
        "total_median_s": statistics.median(totals), "repeats": repeats,
    }


# -- the generated FAQ --------------------------------------------------------------------------

_ONSETS = ("b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pl",
           "pr", "qu", "r", "s", "sh", "sl", "sp", "st", "t", "th", "tr", "v", "w", "z")
_VOWELS = ("a", "a", "e", "e", "i", "i", "o", "o", "u", "ai", "ea", "ee", "ou", "y")
_CODAS = ("", "", "", "n", "r", "l", "s", "t", "m", "nd", "st", "ck", "ng", "rt", "x")
_WORD_RE = re.compile(r"[a-z][a-z0-9']*")


def real_question_words(faq_text: str) -> list[str]:
    """The distinct words of the real FAQ's questions and alternates, in first-seen order."""
    faq = parse_faq(faq_text, str(FAQ_PATH))
    seen: dict[str, None] = {}
    for entry in faq.entries:
        for phrasing in entry.phrasings:
            for w in _WORD_RE.findall(phrasing.lower()):
                seen.setdefault(w, None)
    return list(seen)


def pseudo_words(rng: random.Random, count: int, avoid: set[str]) -> list[str]:
    out: list[str] = []
    seen = set(avoid)
    while len(out) < count:
        syllables = rng.choice((1, 2, 2, 2, 2, 3))
        word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)) + rng.choice(_CODAS)
        if 4 <= len(word) <= 11 and word not in seen:
            seen.add(word)
            out.append(word)
    return out


class _Sampler:
    """Zipf-like draws (weight 1/rank) over a shuffled vocabulary, so some words are common and most are rare."""

    def __init__(self, rng: random.Random, vocab: list[str]) -> None:
        self.rng = rng
        self.vocab = vocab[:]
        rng.shuffle(self.vocab)
        weights = [1.0 / (r + 1) for r in range(len(self.vocab))]
        total = 0.0
        self.cum: list[float] = []
        for w in weights:
            total += w
            self.cum.append(total)

    def draw(self, k: int) -> list[str]:
        return self.rng.choices(self.vocab, cum_weights=self.cum, k=k)


def _q(s: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s)


def generate_faq_text(real_text: str, n_entries: int, seed: int, vocab_size: int = 3000) -> tuple[str, dict[str, Any]]:
    rng = random.Random(seed)
    real = parse_faq(real_text, str(FAQ_PATH))
    real_words = real_question_words(real_text)
    vocab = real_words + pseudo_words(rng, max(0, vocab_size - len(real_words)), set(real_words))
    sampler = _Sampler(rng, vocab)
    concepts = list(real.synonyms)
    ids = [f"topic-{i:05d}" for i in range(1, n_entries + 1)]

    lines: list[str] = [
        "# Generated by tests/bench/bench_matching.py: a synthetic FAQ for load and latency benchmarks.",
        f"disclaimer: {_q(real.disclaimer)}",
        f"fallback: {_q(real.fallback)}",
        f"urgent: {_q(real.urgent)}",
        "synonyms:",
    ]
    for concept, phrases in real.synonyms.items():
        lines.append(f"  {concept}: [{', '.join(_q(p) for p in phrases)}]")
    lines.append(f"not_covered: [{', '.join(_q(p) for p in real.not_covered)}]")
    if real.red_flag_phrases:
        lines.append(f"red_flag_phrases: [{', '.join(_q(p) for p in real.red_flag_phrases)}]")
    lines.append("entries:")

    n_requires = n_excludes = n_alternates = 0
    for idx, entry_id in enumerate(ids):
        topic = list(dict.fromkeys(sampler.draw(6)))[:4]
        requires: list[list[str]] = []
        if rng.random() < 0.3:
            requires.append([rng.choice(concepts)])
            if rng.random() < 0.4:
                requires.append(rng.sample(concepts, 2))
        excludes = [rng.choice(concepts)] if rng.random() < 0.05 else []
        excludes = [c for c in excludes if all(c not in g for g in requires)]

        def phrasing(lo: int, hi: int) -> str:
            words = rng.sample(topic, min(len(topic), rng.randint(2, 3))) + sampler.draw(rng.randint(lo, hi))
            # An entry that requires a concept says it: put one of the concept's phrases in most phrasings.
            for group in requires:
                if rng.random() < 0.85:
                    words.insert(rng.randrange(len(words) + 1), rng.choice(real.synonyms[rng.choice(group)]))
            rng.shuffle(words)
            return " ".join(words)

        question = phrasing(3, 7)
        question = question[0].upper() + question[1:] + "?"
        alternates = [phrasing(2, 6) for _ in range(rng.randint(5, 10))]
        title = " ".join(topic[:3]).capitalize()[:40].rstrip()
        answer_words: list[str] = []
        while len(" ".join(answer_words)) < 280:
            answer_words.extend(sampler.draw(8))
        sentences = [" ".join(answer_words[i:i + 12]).capitalize() + "." for i in range(0, len(answer_words), 12)]
        answer = f"<b>{sentences[0]}</b>\n\n" + " ".join(sentences[1:])
        related = rng.sample(ids, 3) if rng.random() < 0.6 else []
        related = [r for r in related if r != entry_id]

        lines.append(f"  - id: {entry_id}")
        lines.append(f"    title: {_q(title)}")
        if requires:
            groups = [g[0] if len(g) == 1 else f"[{', '.join(g)}]" for g in requires]
            lines.append(f"    requires: [{', '.join(groups)}]")
            n_requires += 1
        if excludes:
            lines.append(f"    excludes: [{', '.join(excludes)}]")
            n_excludes += 1
        lines.append(f"    question: {_q(question)}")
        lines.append("    alternates:")
        lines.extend(f"      - {_q(a)}" for a in alternates)
        n_alternates += len(alternates)
        lines.append("    answer: |-")
        lines.extend(f"      {ln}" if ln else "" for ln in answer.split("\n"))
        if related:
            lines.append(f"    related: [{', '.join(related)}]")
        lines.append("")
    text = "\n".join(lines) + "\n"
    info = {
        "entries": n_entries, "vocabulary": len(vocab), "real_words_in_vocabulary": len(real_words),
        "alternates": n_alternates, "with_requires": n_requires, "with_excludes": n_excludes,
        "yaml_bytes": len(text.encode("utf-8")), "seed": seed,
    }
    return text, info


# -- questions ----------------------------------------------------------------------------------

def load_questions() -> list[str]:
    out: list[str] = []
    for path in QUESTION_FILES:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        out.extend(str(item["text"]) for item in data)
    return out


# -- profiling ----------------------------------------------------------------------------------

def profile(fn: Callable[[], Any], limit: int = 25) -> str:
    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(limit)
    return buf.getvalue()


# -- report -------------------------------------------------------------------------------------

def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def fmt_us(v: float) -> str:
    return f"{v:,.1f}"


def print_report(r: dict[str, Any]) -> None:
    env = r["environment"]
    print("Answer engine benchmark (bot.matching.Matcher.decide)")
    print(f"  python {env['python']} on {env['machine']}, {env['cpus']} CPU(s); "
          f"{r['questions']} labelled questions; warm rounds after 1 cold round: {r['rounds']} (real), "
          f"{r['big_rounds']} (generated); PyYAML libyaml available: {env['pyyaml_libyaml']}")
    print()

    real, big = r["real"], r["generated"]
    print("1. Load time (parse_faq + Matcher build; gc enabled; best of repeats)")
    print(f"   {'FAQ':<28}{'entries':>8}{'parse s':>10}{'build s':>10}{'total s':>10}{'median s':>10}   target")
    for label, ph in (("real faq.yaml", real), (f"generated ({big['info']['entries']:,})", big)):
        ld = ph["load"]
        target = ""
        if ph is big:
            target = f"< {TARGET_LOAD_S:.0f} s  {verdict(ld['total_s'] < TARGET_LOAD_S)}"
        print(f"   {label:<28}{ph['entries']:>8,}{ld['parse_s']:>10.3f}{ld['build_s']:>10.3f}"
              f"{ld['total_s']:>10.3f}{ld['total_median_s']:>10.3f}   {target}")
        if "gc_off" in ld:
            off = ld["gc_off"]
            print(f"   {'  same, gc disabled':<28}{'':>8}{off['parse_s']:>10.3f}{off['build_s']:>10.3f}"
                  f"{off['total_s']:>10.3f}{'':>10}   (diagnostic)")
    print()

    print("2. Matching latency per question, matcher.decide(q), microseconds")
    print(f"   {'FAQ':<22}{'round':<7}{'n':>7}{'mean':>10}{'p50':>10}{'p99':>10}{'max':>11}   target (p99, warm)")
    for label, ph, tgt in (("real faq.yaml", real, TARGET_REAL_P99_US),
                           (f"generated ({big['info']['entries']:,})", big, TARGET_BIG_P99_US)):
        for rnd in ("cold", "warm"):
            s = ph["latency"][rnd]
            target = ""
            if rnd == "warm":
                target = f"<= {fmt_us(tgt)}  {verdict(s['p99_us'] <= tgt)}"
            print(f"   {label if rnd == 'cold' else '':<22}{rnd:<7}{s['n']:>7}{fmt_us(s['mean_us']):>10}"
                  f"{fmt_us(s['p50_us']):>10}{fmt_us(s['p99_us']):>10}{fmt_us(s['max_us']):>11}   {target}")
    print(f"   ratio generated/real, warm p99: {r['ratio_p99_warm']:.1f}x   "
          f"(warm mean: {r['ratio_mean_warm']:.1f}x; same run, so machine noise mostly cancels)")
    print()

    print("3. Peak RSS (ru_maxrss), MiB, after each phase")
    for name, v in r["peak_rss_mib"].items():
        print(f"   {name:<34}{v:>8.1f}")
    print()

    print("Targets")
    for t in r["targets"]:
        print(f"   {verdict(t['ok'])}  {t['what']}: {t['value']} (target {t['target']})")
    print()

    print("Details")
    info = big["info"]
    print(f"   generated FAQ: {info['entries']:,} entries, {info['alternates']:,} alternates, "
          f"{info['with_requires']:,} with requires, {info['with_excludes']:,} with excludes, "
          f"vocabulary {info['vocabulary']:,} words ({info['real_words_in_vocabulary']} from faq.yaml questions), "
          f"{info['yaml_bytes'] / 1e6:.1f} MB of YAML, seed {info['seed']}")
    for label, ph in (("real", real), ("generated", big)):
        lat = ph["latency"]
        reach = lat["entries_scored_per_question"]
        print(f"   {label}: entries scored per question mean {reach['mean']}, p50 {reach['p50']}, max {reach['max']}; "
              f"decisions {lat['decisions']}")
        print(f"      warm p99 by round (us): {' / '.join(fmt_us(v) for v in lat['warm_p99_by_round_us'])}; "
              f"CPU/wall by round: {' / '.join(f'{v:.2f}' for v in lat['warm_cpu_over_wall_by_round'])} "
              f"(below ~0.95 = other processes took the CPU)")
        for s in lat["slowest_warm"][:3]:
            print(f"      slow: {fmt_us(s['median_us']):>9} us  ({s['chars']} chars) {s['text']!r}")
    for name, text in r.get("profiles", {}).items():
        print()
        print(f"Profile: {name} (cProfile, sorted by cumtime)")
        print(text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5, help="warm rounds after the cold one, real FAQ (default 5)")
    ap.add_argument("--big-rounds", type=int, default=3, help="warm rounds after the cold one, generated FAQ (default 3)")
    ap.add_argument("--entries", type=int, default=10_000, help="entries in the generated FAQ (default 10000)")
    ap.add_argument("--seed", type=int, default=1234, help="seed for the generated FAQ")
    ap.add_argument("--load-repeats", type=int, default=3, help="load repetitions, real FAQ (default 3)")
    ap.add_argument("--big-load-repeats", type=int, default=1, help="load repetitions, generated FAQ (default 1)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON instead of the table")
    ap.add_argument("--profile", action="store_true",
                    help="also cProfile the generated FAQ's load and a warm round, and time its load with gc disabled")
    ap.add_argument("--write-faq", metavar="PATH", help="save the generated FAQ YAML to PATH")
    args = ap.parse_args(argv)

    rss: dict[str, float] = {"start (imports)": peak_rss_mib()}
    questions = load_questions()
    rss["questions loaded"] = peak_rss_mib()

    # Phase 1: the real FAQ.
    log(f"real faq.yaml: load x{args.load_repeats} ...")
    real_text = FAQ_PATH.read_text(encoding="utf-8")
    real_faq, real_load = bench_load(real_text, str(FAQ_PATH), args.load_repeats)
    log(f"real faq.yaml: matching {len(questions)} questions x (1 + {args.rounds}) rounds ...")
    real_lat = bench_matching(real_faq, questions, args.rounds)
    real_lat.pop("matcher")
    rss["after real FAQ"] = peak_rss_mib()

    # Phase 2: the generated FAQ.
    log(f"generated FAQ: {args.entries:,} entries ...")
    big_text, info = generate_faq_text(real_text, args.entries, args.seed)
    if args.write_faq:
        Path(args.write_faq).write_text(big_text, encoding="utf-8")
    rss["after generating YAML text"] = peak_rss_mib()
    try:
        big_faq, big_load = bench_load(big_text, "<generated>", args.big_load_repeats)
    except FAQError as exc:
        log("the generated FAQ does not load:\n" + "\n".join(str(p) for p in exc.problems[:20]))
        return 2
    rss["after generated load"] = peak_rss_mib()
    log(f"generated FAQ: load {big_load['total_s']:.2f} s; matching {len(questions)} questions x (1 + {args.big_rounds}) ...")
    big_lat = bench_matching(big_faq, questions, args.big_rounds)
    big_matcher = big_lat.pop("matcher")
    rss["after generated matching"] = peak_rss_mib()

    profiles: dict[str, str] = {}
    if args.profile:
        log("profiling ...")
        profiles["generated FAQ load (parse_faq + Matcher)"] = profile(
            lambda: Matcher(parse_faq(big_text, "<generated>")))
        profiles["generated FAQ, one warm round of decide()"] = profile(
            lambda: [big_matcher.decide(q) for q in questions])
        gc.collect()
        gc.disable()
        try:
            _, off = bench_load(big_text, "<generated>", 1)
        finally:
            gc.enable()
        big_load["gc_off"] = {k: off[k] for k in ("parse_s", "build_s", "total_s")}

    real_p99, big_p99 = real_lat["warm"]["p99_us"], big_lat["warm"]["p99_us"]
    targets = [
        {"what": "real FAQ warm p99", "value": f"{fmt_us(real_p99)} us", "target": f"<= {fmt_us(TARGET_REAL_P99_US)} us",
         "ok": real_p99 <= TARGET_REAL_P99_US},
        {"what": f"{args.entries:,}-entry FAQ warm p99", "value": f"{fmt_us(big_p99)} us",
         "target": f"<= {fmt_us(TARGET_BIG_P99_US)} us", "ok": big_p99 <= TARGET_BIG_P99_US},
        {"what": f"{args.entries:,}-entry FAQ load (parse + build)", "value": f"{big_load['total_s']:.3f} s",
         "target": f"< {TARGET_LOAD_S} s", "ok": big_load["total_s"] < TARGET_LOAD_S},
    ]
    result = {
        "environment": {"python": platform.python_version(), "machine": platform.machine(),
                        "cpus": os.cpu_count(), "pyyaml_libyaml": bool(yaml.__with_libyaml__)},
        "questions": len(questions),
        "rounds": args.rounds,
        "big_rounds": args.big_rounds,
        "real": {"entries": len(real_faq.entries), "load": real_load, "latency": real_lat},
        "generated": {"entries": len(big_faq.entries), "info": info, "load": big_load, "latency": big_lat},
        "ratio_p99_warm": big_p99 / real_p99 if real_p99 else float("nan"),
        "ratio_mean_warm": big_lat["warm"]["mean_us"] / real_lat["warm"]["mean_us"],
        "peak_rss_mib": rss,
        "targets": targets,
        "all_pass": all(t["ok"] for t in targets),
    }
    if profiles:
        result["profiles"] = profiles
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
