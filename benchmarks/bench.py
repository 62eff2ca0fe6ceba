"""drift's end-to-end benchmark: find_numbers, extract and analyze on German and English news text,
side by side with a bare regex scan (the floor) and, when installed, quantulum3 and text2num.

Run from the repository root::

    .venv/bin/python benchmarks/bench.py            # about 2 MB per language, 5 runs (~10 minutes)
    .venv/bin/python benchmarks/bench.py --quick    # about 0.3 MB per language (~2 minutes)
    .venv/bin/python benchmarks/bench.py --profile  # also the extract hot spots (cProfile)

The corpora are news-like documents built from the bundled example articles
(``examples/corpus/*.txt``, one corpus per language): the articles themselves, then synthetic
articles whose paragraphs are sentences of the originals drawn at random (a fixed seed), with a
headline, a publication date and an outlet taken from the originals, until the corpus reaches the
requested size. Shuffling keeps the density and the phrasing of real news while giving every
document a different mix, so nothing is measured on one repeated string.

What is timed, over the same documents in the same run:

* ``regex \\d[\\d.,]*`` - a single ``finditer`` pass of that pattern per document: the floor,
  the cheapest scan that finds digit runs and nothing else;
* ``drift.find_numbers`` per document (numbers, number words, dates, conventions);
* ``drift.iter_extract`` over the documents (the whole assertion pipeline, streaming);
* ``drift.analyze`` over the documents (extraction plus grouping, rules and consensus);
* ``quantulum3.parser.parse`` (English only: it has no German) and ``text2num``'s ``alpha2digit``
  (number words to digits), lazily imported; install them with ``pip install -e '.[bench]'``.
  quantulum3 is slow (about 5 kB/s), so it runs on a slice (``--peer-kb``).

Each figure is the median of ``--runs`` runs (at least 5) of CPU time (``time.process_time``): the
machines this runs on are shared, and wall time would count waits for other processes. The floor,
``find_numbers``, ``extract`` and ``analyze`` are timed in rounds, each round running all four in
turn, so that a slower stretch of the machine slows them alike and the "x floor" ratios hold. Throughput
is in characters per second and MB/s (10^6 bytes of UTF-8); "x floor" is the time relative to the
floor's on the same text. Peak memory is measured in a separate run under ``tracemalloc`` (Python
allocations made during the call; the corpus itself is allocated before). The streaming check runs
``iter_extract`` over a generator of N and then 4N synthetic documents and compares the peaks: they
do not grow with the number of documents.

The example articles are dense with figures (one assertion per ~170 characters), and extraction
costs mostly per figure. When ``../shared/seeds`` is present (real German news articles, read at
run time, never copied), ``extract`` is also timed on them: real density, one assertion per ~800
characters.

Targets (issue 6): ``extract`` >= 1 MB/s on German news, ``find_numbers`` >= 5 MB/s.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import importlib
import io
import platform
import pstats
import random
import statistics
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import drift  # noqa: E402
from drift.documents import Document, load  # noqa: E402
from drift.extract import iter_extract  # noqa: E402

FLOOR = regex.compile(r"\d[\d.,]*")
SEED = 6
TARGETS = {("de", "extract"): 1.0, ("de", "find_numbers"): 5.0}
_SENTENCE_END = regex.compile(r"(?<=[.!?][\"“”»']?)\s+(?=[\"„“»]?[\p{Lu}\d])")
INSTALL_HINT = "not installed (pip install -e '.[bench]')"


# --------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------

class Corpus:
    """The example articles of one language and a generator of synthetic articles built from them."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.originals = [d for d in load([ROOT / "examples" / "corpus"]) if d.language == lang]
        if not self.originals:
            raise SystemExit(f"no {lang} articles in examples/corpus")
        self.sentences: list[str] = []
        self.titles: list[str] = []
        for d in self.originals:
            body = d.text[d.body_start:]
            self.titles.append(d.title or body.splitlines()[0])
            for para in regex.split(r"\n\s*\n", body):
                line = " ".join(para.split())
                if len(line) > 40 and line[-1:] in ".!?\"“”»":  # paragraphs, not furniture
                    self.sentences += [s for s in _SENTENCE_END.split(line) if s.strip()]
        self.dates = [d.published for d in self.originals if d.published is not None]
        self.outlets = sorted({d.outlet for d in self.originals if d.outlet})

    def documents(self, count: int | None = None, size: int | None = None,
                  seed: int = SEED) -> Iterator[Document]:
        """The originals, then synthetic articles, until ``count`` documents or ``size`` chars."""
        rng = random.Random(seed)
        made = chars = 0
        i = 0
        while (count is None or made < count) and (size is None or chars < size):
            if i < len(self.originals):
                doc = self.originals[i]
            else:
                paras = []
                for _ in range(rng.randint(3, 7)):
                    paras.append(" ".join(rng.choice(self.sentences) for _ in range(rng.randint(1, 4))))
                text = rng.choice(self.titles) + "\n\n" + "\n\n".join(paras) + "\n"
                pub = rng.choice(self.dates) if self.dates else None
                doc = Document(text, published=pub.iso() if pub else None,
                               outlet=rng.choice(self.outlets) if self.outlets else None,
                               lang=self.lang, id=f"{self.lang}-synthetic-{i:06d}")
            i += 1
            made += 1
            chars += len(doc.text)
            yield doc


# --------------------------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------------------------

def median_cpu(fn: Callable[[], object], runs: int) -> float:
    """The median CPU time of ``runs`` calls of ``fn`` (one untimed warm-up call first)."""
    fn()
    times = []
    for _ in range(runs):
        gc.collect()
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def interleaved_median_cpu(fns: list[Callable[[], object]], runs: int) -> tuple[list[object], list[float]]:
    """What each of ``fns`` returns (from an untimed warm-up call) and its median CPU time over
    ``runs`` rounds, each round calling every one once in turn: a slower stretch of a shared
    machine then slows all of them alike, not only the one measured at that moment, and their
    ratios stay meaningful."""
    found = [fn() for fn in fns]  # warm-up
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, out in zip(fns, times):
            gc.collect()
            t0 = time.process_time()
            fn()
            out.append(time.process_time() - t0)
    return found, [statistics.median(t) for t in times]


def peak_mib(fn: Callable[[], object]) -> float:
    """Peak Python memory allocated during one call of ``fn``, in MiB (tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def optional(name: str) -> Any | None:
    """The module ``name`` when importable, else None (peers are optional)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return importlib.import_module(name)
    except ImportError:
        return None


class Row:
    """One line of the results table."""

    def __init__(self, name: str, chars: int, nbytes: int, seconds: float | None, found: object,
                 peak: float | None, note: str = "") -> None:
        self.name, self.chars, self.nbytes, self.seconds = name, chars, nbytes, seconds
        self.found, self.peak, self.note = found, peak, note

    @property
    def mb_s(self) -> float:
        return self.nbytes / 1e6 / self.seconds if self.seconds else 0.0

    def line(self, floor_rate: float) -> str:
        if self.seconds is None:
            return f"  {self.name:<26} {self.note}"
        rate = self.chars / self.seconds
        rel = floor_rate / rate if rate else 0.0  # time relative to the floor's on the same text
        peak = f"{self.peak:8.1f}" if self.peak is not None else "       -"
        return (f"  {self.name:<26} {rate:>13,.0f} {self.mb_s:>9.3f} {rel:>9.1f}x {peak} "
                f"{self.found!s:>9}  {self.note}").rstrip()


def bench_language(lang: str, size: int, runs: int, peer_size: int, memory: bool) -> dict[str, float]:
    """Time everything on the ``lang`` corpus, print a table, and return MB/s by name."""
    corpus = Corpus(lang)
    docs = list(corpus.documents(size=size))
    texts = [d.text for d in docs]
    chars = sum(len(t) for t in texts)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    print(f"\n{ {'de': 'German', 'en': 'English'}[lang]} corpus: {chars:,} chars ({nbytes / 1e6:.2f} MB UTF-8), "
          f"{len(docs)} documents from {len(corpus.originals)} example articles "
          f"({len(corpus.sentences)} sentences, seed {SEED})")
    print(f"  {'':<26} {'chars/s':>13} {'MB/s':>9} {'x floor':>10} {'peak MiB':>8} {'found':>9}")

    def floor() -> int:
        return sum(1 for t in texts for _ in FLOOR.finditer(t))

    def numbers() -> int:
        return sum(1 for t in texts for _ in drift.find_numbers(t, lang=lang))

    def extract() -> int:
        return sum(1 for _ in iter_extract(docs))

    rows = []
    measured: list[tuple[str, Callable[[], object], str]] = [
        ("regex \\d[\\d.,]* (floor)", floor, "digit runs"),
        ("drift.find_numbers", numbers, "numbers"),
        ("drift.iter_extract", extract, "assertions"),
    ]
    analyze = getattr(drift, "analyze", None)
    if analyze is not None:
        measured.append(("drift.analyze", lambda: len(analyze(docs).findings), "findings"))
    founds, medians = interleaved_median_cpu([fn for _, fn, _ in measured], runs)
    for (name, fn, what), found, seconds in zip(measured, founds, medians):
        rows.append(Row(name, chars, nbytes, seconds, found, peak_mib(fn) if memory else None, what))
    if analyze is None:
        rows.append(Row("drift.analyze", chars, nbytes, None, None, None, "not available (drift.analyze missing)"))

    # peers: text2num on the whole corpus, quantulum3 on a slice (it is about 1000x slower)
    t2n = optional("text_to_num")
    if t2n is None:
        rows.append(Row("text2num alpha2digit", 0, 0, None, None, None, INSTALL_HINT))
    else:
        def t2n_run() -> int:
            return sum(len(t2n.alpha2digit(t, lang)) for t in texts)
        t2n_run()
        rows.append(Row("text2num alpha2digit", chars, nbytes, median_cpu(t2n_run, runs), "-",
                        peak_mib(t2n_run) if memory else None, "number words to digits only"))
    q3 = optional("quantulum3.parser")
    if q3 is None:
        rows.append(Row("quantulum3 parse", 0, 0, None, None, None, INSTALL_HINT))
    elif lang != "en":
        rows.append(Row("quantulum3 parse", 0, 0, None, None, None, "n/a: no German support"))
    else:
        part: list[str] = []
        for t in texts:
            if sum(len(p) for p in part) >= peer_size:
                break
            part.append(t)
        pc, pb = sum(len(p) for p in part), sum(len(p.encode("utf-8")) for p in part)

        def q3_run() -> int:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return sum(len(q3.parse(t)) for t in part)
        found = q3_run()
        rows.append(Row("quantulum3 parse", pc, pb, median_cpu(q3_run, runs), found,
                        peak_mib(q3_run) if memory else None, f"quantities, on the first {pc:,} chars"))
    floor_rate = chars / rows[0].seconds if rows[0].seconds else 0.0
    for r in rows:
        print(r.line(floor_rate))
    found = rows[2].found if isinstance(rows[2].found, int) else 0
    if found and rows[2].seconds:
        print(f"  density: one assertion per {chars // found} chars; extract costs "
              f"{rows[2].seconds / found * 1e6:.0f} µs per assertion, all included")
    rates = {r.name.split()[0].replace("drift.", ""): r.mb_s for r in rows if r.seconds}
    rates["find_numbers"] = rows[1].mb_s
    rates["extract"] = rows[2].mb_s
    return rates


def real_articles(runs: int) -> float | None:
    """extract on the seed articles (real German news, ``../shared/seeds``, read at run time and
    never copied) when they are present: the throughput at a real density of figures."""
    seeds = ROOT.parent / "shared" / "seeds"
    paths = sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    if not paths:
        print("  real articles: ../shared/seeds not present, skipped")
        return None
    docs = list(load(paths))
    chars = sum(len(d.text) for d in docs)
    nbytes = sum(len(d.text.encode("utf-8")) for d in docs)

    def run() -> int:
        return sum(1 for _ in iter_extract(docs * 10))
    found = run() // 10
    seconds = median_cpu(run, runs) / 10
    rate = nbytes / 1e6 / seconds
    print(f"  real articles ({len(docs)} seed articles, {chars:,} chars, one assertion per "
          f"{chars // max(found, 1)} chars): drift.iter_extract {chars / seconds:,.0f} chars/s, {rate:.3f} MB/s")
    return rate


def streaming(lang: str, n: int) -> None:
    """Peak memory of iter_extract over a generator of n and 4n documents: it should not grow."""
    corpus = Corpus(lang)
    list(iter_extract(corpus.documents(count=min(n, 20))))  # warm caches
    peaks = []
    for count in (n, 4 * n):
        def run(count: int = count) -> int:
            return sum(1 for _ in iter_extract(corpus.documents(count=count, seed=SEED + 1)))
        peaks.append(peak_mib(run))
    print(f"  streaming iter_extract ({lang}): peak {peaks[0]:.2f} MiB for {n} documents, "
          f"{peaks[1]:.2f} MiB for {4 * n} documents (ratio {peaks[1] / peaks[0]:.2f}; 1.0 = flat)")


def profile(lang: str, size: int) -> None:
    """The extract hot spots on the ``lang`` corpus (cProfile, top functions by own time)."""
    docs = list(Corpus(lang).documents(size=size))
    sum(1 for _ in iter_extract(docs))
    pr = cProfile.Profile()
    pr.enable()
    sum(1 for _ in iter_extract(docs))
    pr.disable()
    out = io.StringIO()
    pstats.Stats(pr, stream=out).strip_dirs().sort_stats("tottime").print_stats(20)
    print(f"\nextract hot spots ({lang}, {size:,} chars), by own time:")
    print("\n".join(line for line in out.getvalue().splitlines()[4:] if line.strip()))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the tables, the streaming check and the targets."""
    doc = __doc__ or ""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="about 0.3 MB per language")
    parser.add_argument("--mb", type=float, default=None, help="corpus size per language in MB (default 2)")
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement, median taken (>= 5)")
    parser.add_argument("--peer-kb", type=float, default=None, help="slice for quantulum3 in kB (default 20)")
    parser.add_argument("--lang", choices=("de", "en"), action="append", help="only this language")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    parser.add_argument("--profile", action="store_true", help="also print extract's hot spots")
    args = parser.parse_args(argv)
    if args.runs < 5:
        parser.error("--runs must be at least 5 (medians of 5 or more runs)")
    mb = args.mb if args.mb is not None else (0.3 if args.quick else 2.0)
    peer = int((args.peer_kb if args.peer_kb is not None else (8 if args.quick else 20)) * 1000)
    print(f"drift {drift.__version__}, Python {platform.python_version()}, regex {regex.__version__}, "
          f"{platform.machine()}; median of {args.runs} runs, CPU time, one core")
    results = {}
    for lang in args.lang or ["de", "en"]:
        results[lang] = bench_language(lang, int(mb * 1e6), args.runs, peer, not args.no_memory)
    print()
    real = real_articles(args.runs)
    for lang in args.lang or ["de", "en"]:
        streaming(lang, 25 if args.quick else 100)
    print("\ntargets:")
    for (lang, name), target in TARGETS.items():
        if lang in results:
            got = results[lang][name]
            print(f"  {name} on {lang}: {got:.2f} MB/s (target >= {target:g} MB/s): "
                  f"{'met' if got >= target else 'NOT met'}")
    if real is not None:
        print(f"  extract on real German articles: {real:.2f} MB/s (target >= 1 MB/s): "
              f"{'met' if real >= 1 else 'NOT met'}")
    if args.profile:
        profile("de", int(min(mb, 0.3) * 1e6))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
