"""Benchmark of the FAQ search: answers, declines and time per question.

Run with `.venv/bin/python -m benchmarks.faq` (add `--verbose` to see every question). It prints
figures, it does not pass or fail: the tests in tests/knowledge guard behaviour, this shows quality.

Reported per set: `development` (the splits dev, held_out and fresh, all seen while tuning),
`unseen`, and fifteen blind sets written by helpers who never saw the content or the search (see
benchmarks/questions.py). Each blind set is honest on its first run only; the README keeps those
figures.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
from collections.abc import Sequence
from typing import get_args

from benchmarks.questions import ALL, DECLINE, Question, Split
from knowledge import FaqContent, FaqEntry, FaqIndex, load_faq

_SPLITS = get_args(Split)
_DEVELOPMENT = ("dev", "held_out", "fresh")
# The development splits, their sum, then the sets never used for tuning (when first run).
_ORDER = (*_DEVELOPMENT, "development", *(s for s in _SPLITS if s not in _DEVELOPMENT))
_SYLLABLES = ("bra", "ke", "lin", "sto", "ve", "mar", "ding", "rul", "fe", "kon", "tal", "ser")


def evaluate(index: FaqIndex, questions: Sequence[Question], *, verbose: bool) -> list[str]:
    """Print the share answered and declined correctly per split; return the misses."""
    misses: list[str] = []
    rows: dict[str, list[int]] = {}
    for question in questions:
        result = index.search(question.text)
        got = result.entry.id if result.entry else DECLINE
        ok = got == question.expected
        in_scope = question.expected != DECLINE
        for split in dict.fromkeys((question.split, _group(question))):
            row = rows.setdefault(split, [0, 0, 0, 0])
            row[0 if in_scope else 2] += ok
            row[1 if in_scope else 3] += 1
        line = (
            f"[{question.split}] {question.text!r}: expected {question.expected}, "
            f"got {got} ({result.lang}, score {result.score:.2f})"
        )
        if not ok:
            misses.append(line)
        if verbose:
            print(("   " if ok else "XX ") + line)
    print(f"{'split':12} {'in scope answered correctly':>30} {'out of scope declined':>26}")
    for split in sorted(rows, key=_ORDER.index):
        if split == "development":
            print(f"{'':12} {'(dev + held_out + fresh)':>30}")
        hit, total, declined, outside = rows[split]
        print(f"{split:12} {_share(hit, total):>30} {_share(declined, outside):>26}")
    return misses


def _group(question: Question) -> str:
    return "development" if question.split in _DEVELOPMENT else question.split


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:5.1f}%" if whole else "-"


def latency(content: FaqContent, questions: Sequence[Question], label: str) -> None:
    """Build time, and time per question the first time and when its words are cached."""
    started = time.perf_counter()
    index = FaqIndex(content)
    built = time.perf_counter() - started
    gc.disable()  # as timeit does: a collection in the middle of one question is noise
    try:
        cold = [_timed(index, q.text) for q in questions]
        warm = [_timed(index, q.text) for _ in range(5) for q in questions]
    finally:
        gc.enable()
    figures = [_pct(cold, 50), _pct(cold, 95), _pct(warm, 50), _pct(warm, 95)]
    print(f"{label:24} {len(content.entries):>7} {built:>8.2f}s", end="")
    print("".join(f"{f:>{w}.3f}" for f, w in zip(figures, (10, 8, 10, 8), strict=True)))


def _timed(index: FaqIndex, text: str) -> float:
    started = time.perf_counter()
    index.search(text)
    return (time.perf_counter() - started) * 1000


def _pct(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100)[percent - 1]


def synthetic(content: FaqContent, factor: int, seed: int = 5) -> FaqContent:
    """The content plus (factor - 1) copies of each entry with half its words made up.

    The made-up words grow the vocabulary (and so the typo and prefix indexes) while the kept
    real words lengthen the posting lists of the words users actually type.
    """
    rng = random.Random(seed)

    def scramble(text: str) -> str:
        return " ".join(
            w if rng.random() < 0.5 else "".join(rng.choices(_SYLLABLES, k=rng.randint(2, 4)))
            for w in text.split()
        )

    extra: list[FaqEntry] = []
    for copy in range(1, factor):
        for entry in content.entries:
            fields = {
                name: scramble(getattr(entry, name))
                for name in ("question_sv", "question_en", "answer_sv", "answer_en")
            }
            keywords = {
                name: tuple(scramble(k) for k in getattr(entry, name))
                for name in ("keywords_sv", "keywords_en", "asked_sv", "asked_en")
            }
            changes = {"id": f"{entry.id}_synthetic_{copy}", "related": (), **fields, **keywords}
            extra.append(entry.model_copy(update=changes))
    return content.model_copy(update={"entries": (*content.entries, *extra)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=(*_ORDER, "all"), default="all")
    parser.add_argument("--verbose", action="store_true", help="print every question")
    parser.add_argument("--factor", type=int, default=10, help="size of the synthetic content")
    parser.add_argument(
        "--search-only",
        action="store_true",
        help="the word search alone, without the model of the ways of asking",
    )
    args = parser.parse_args()
    questions = [q for q in ALL if args.split in ("all", q.split, _group(q))]
    content = load_faq()
    # A model never sure enough to decide leaves every question to the word search.
    index = FaqIndex(content, sure=1.01) if args.search_only else FaqIndex(content)
    what = "word search only" if args.search_only else "word search and model"
    print(f"FAQ benchmark ({what}): {len(questions)} questions, {len(content.entries)} entries\n")
    misses = evaluate(index, questions, verbose=args.verbose)
    print("\nMisses:" if misses else "\nNo misses.")
    for miss in misses:
        print("  " + miss)
    print(f"\n{'content':24} {'entries':>7} {'build':>9} {'cold p50':>9} {'p95':>7} ", end="")
    print(f"{'warm p50':>9} {'p95':>7}   (milliseconds per question)")
    latency(content, questions, "real content")
    latency(synthetic(content, args.factor), questions, f"{args.factor}x synthetic content")


if __name__ == "__main__":
    main()
