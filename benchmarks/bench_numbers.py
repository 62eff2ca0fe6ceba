"""Throughput of ``drift.find_numbers`` on German and English news text.

Run from the repository root::

    .venv/bin/python benchmarks/bench_numbers.py            # about 3 MB per language, 5 runs
    .venv/bin/python benchmarks/bench_numbers.py --mb 1 --runs 7

The text is the bundled example corpus (``examples/corpus/*.txt``, page furniture included), split
by language and repeated to the requested size. In the same run, over the same text, it times a
single pass of the ``regex`` pattern ``\\d[\\d.,]*`` - the cheapest scan that finds digit runs and
nothing else - as the baseline, and reports the median of the runs in MB/s (MB = 10^6 bytes of
UTF-8) and the ratio of the two. Times are the process's CPU time (``time.process_time``), the
throughput on one core: the machines this runs on are shared, and wall time would count the
waits for other processes too (it is printed alongside). ``find_numbers`` does much more than the baseline (number words,
scale words, dates, conventions), so the ratio says how close to a bare scan it stays.

Optional peers, timed (median of 3) on a 20 kB slice when importable: ``quantulum3``
(``parser.parse``, English only) and ``text2num`` (``alpha2digit``). Install them with ``.venv/bin/pip install quantulum3 text2num``
(they are not dependencies of drift); when one is missing the script says so and goes on.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import drift  # noqa: E402
from drift.documents import load  # noqa: E402

BASELINE = regex.compile(r"\d[\d.,]*")


def corpus_text(lang: str, size: int) -> str:
    """The example corpus's articles in ``lang``, joined and repeated to at least ``size`` bytes."""
    docs = [d.text for d in load([ROOT / "examples" / "corpus"]) if d.lang == lang]
    if not docs:
        raise SystemExit(f"no {lang} articles in examples/corpus")
    block = "\n\n".join(docs) + "\n\n"
    reps = size // len(block.encode("utf-8")) + 1
    return block * reps


def median_seconds(fn: Callable[[], object], runs: int,
                   clock: Callable[[], float] = time.process_time) -> float:
    """The median CPU time (or time by ``clock``) of ``runs`` calls of ``fn``."""
    times = []
    for _ in range(runs):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return statistics.median(times)


def _optional(name: str) -> Any | None:
    """The module ``name`` when it is installed, else None (peers are never required)."""
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # quantulum3 warns about its optional classifier
            return importlib.import_module(name)
    except ImportError:
        return None


def bench(lang: str, size: int, runs: int, peer_size: int) -> dict[str, float]:
    """Time drift, the baseline and the optional peers on ``lang`` text; print and return MB/s."""
    text = corpus_text(lang, size)
    mb = len(text.encode("utf-8")) / 1e6
    count = sum(1 for _ in drift.find_numbers(text, lang=lang))
    t_drift = median_seconds(lambda: sum(1 for _ in drift.find_numbers(text, lang=lang)), runs)
    t_base = median_seconds(lambda: sum(1 for _ in BASELINE.finditer(text)), runs)
    t_wall = median_seconds(lambda: sum(1 for _ in drift.find_numbers(text, lang=lang)), runs,
                            time.perf_counter)
    rates = {"find_numbers": mb / t_drift, "regex baseline": mb / t_base}
    print(f"{lang}: {mb:.2f} MB, {count} numbers, median of {runs} runs (CPU time)")
    print(f"  find_numbers     {rates['find_numbers']:8.2f} MB/s  ({mb / t_wall:.2f} MB/s wall clock)")
    print(f"  regex \\d[\\d.,]*  {rates['regex baseline']:8.2f} MB/s")
    print(f"  ratio            {rates['regex baseline'] / rates['find_numbers']:8.1f}x slower than the "
          f"baseline ({rates['find_numbers'] / rates['regex baseline']:.3f} of its speed)")
    small = text[:peer_size]
    small_mb = len(small.encode("utf-8")) / 1e6
    quantulum = _optional("quantulum3.parser")
    if quantulum is None:
        print("  quantulum3       not installed (.venv/bin/pip install quantulum3 to compare)")
    elif lang != "en":
        print("  quantulum3       has no German (it raises NotImplementedError for de)")
    else:
        quantulum.parse("warm-up: 3 km")  # loads its unit tables
        t = median_seconds(lambda: quantulum.parse(small, lang="en_US"), 3)
        rates["quantulum3"] = small_mb / t
        print(f"  quantulum3       {rates['quantulum3']:8.3f} MB/s (on {small_mb:.3f} MB; it slows down "
              "on longer texts)")
    text2num = _optional("text_to_num")
    if text2num is None:
        print("  text2num         not installed (.venv/bin/pip install text2num to compare)")
    else:
        t = median_seconds(lambda: text2num.alpha2digit(small, lang), 3)
        rates["text2num"] = small_mb / t
        print(f"  text2num         {rates['text2num']:8.3f} MB/s (on {small_mb:.3f} MB; alpha2digit "
              "rewrites number words only, no digits, scales or dates)")
    return rates


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark for German and English and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=3.0, help="text size per language in MB")
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median taken)")
    parser.add_argument("--peer-mb", type=float, default=0.02,
                        help="text size for the optional peers in MB (quantulum3 is slow)")
    args = parser.parse_args(argv)
    if args.runs < 5:
        parser.error("--runs must be at least 5 (medians of 5 or more runs)")
    print(f"drift {drift.__version__}, Python {sys.version.split()[0]}, regex {regex.__version__}")
    for lang in ("de", "en"):
        bench(lang, int(args.mb * 1e6), args.runs, int(args.peer_mb * 1e6))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
