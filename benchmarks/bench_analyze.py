"""Scale benchmark for the comparison layer: analyze 10^4, 10^5 and 10^6 synthetic assertions.

Run:  .venv/bin/python benchmarks/bench_analyze.py            (10^4, 10^5, 10^6)
      .venv/bin/python benchmarks/bench_analyze.py --max 100000 (a quicker run)

The assertions imitate a large newsroom archive: one story per 500 assertions (2,000 at 10^6; the
documents of a story share a place name), each with seven quantities (soldiers, deaths,
participants, households, euros, ...) stated by a dozen sources over 60 days: every quantity grows
by its own 0-3 % a day, statements carry up to 5 % noise, half are rounded, one in ten is off by a
factor of 0.5-2, and qualifiers (exact, about, more than, up to, at least) are mixed at random.
For each size it prints the wall time of ``analyze_assertions`` (median of --runs runs, default 3
for the largest size and 5 otherwise), the peak memory the analysis allocates (tracemalloc, one
separate run) and the number of findings; then the growth exponent log(t2/t1)/log(n2/n1) between
consecutive sizes (1.0 is linear). Target (issue 4): 10^6 assertions in under 60 s on one core,
exponent <= 1.15.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drift import Assertion, Modality, Number, Qualifier, Quantity, TimeRef, analyze_assertions  # noqa: E402

UNITS = [("Soldat", ("north-korea",), None), ("Mensch", (), "killed"), ("Teilnehmer", (), None),
         ("Haushalt", (), None), ("Euro", (), None), ("troop", ("russia",), None), ("person", (), "missing")]
SOURCES = ["Polizei", "Veranstalter", "Pentagon", "Zivilschutz", "Regierung", "author", "Reuters", "UNHCR",
           "Feuerwehr", "Gewerkschaft", "Selenskyj", "NATO"]
QUALIFIERS = [Qualifier.EXACT, Qualifier.APPROX, Qualifier.MORE_THAN, Qualifier.UP_TO, Qualifier.AT_LEAST]
START = dt.date(2024, 1, 1)


def _place(story: int) -> str:
    """A made-up place name per story ("Bakedorf"), so stories can be told apart by name."""
    syllables = ["ba", "ke", "lo", "mi", "nu", "ra", "si", "to", "vu", "ze"]
    word, k = "", story
    for _ in range(4):
        word += syllables[k % 10]
        k //= 10
    return word.capitalize() + "dorf"


def synthetic(n: int, seed: int = 7) -> list[Assertion]:
    """``n`` assertions spread over stories, quantities, sources and days.

    Each (story, quantity) has its own level that grows by 0-3 % a day, as tolls and crowds do;
    a statement reports that day's level with up to 5 % noise, rounded half of the time, and one in
    ten is off by a factor of 0.5 to 2 (a disputed or wrong figure)."""
    rnd = random.Random(seed)
    stories = max(1, n // 500)
    base = {(s, u): 200 + rnd.random() * 20000 for s in range(stories) for u in range(len(UNITS))}
    growth = {k: 1 + rnd.random() * 0.03 for k in base}
    out = []
    for _ in range(n):
        story = rnd.randrange(stories)
        u = rnd.randrange(len(UNITS))
        unit, mods, pred = UNITS[u]
        offset = rnd.randrange(60)
        level = base[(story, u)] * growth[(story, u)] ** offset * (0.95 + 0.1 * rnd.random())
        if rnd.random() < 0.1:
            level *= rnd.choice((0.5, 0.7, 1.5, 2.0))
        value = int(level) if rnd.random() < 0.5 else int(round(level, -2)) or 100
        text = str(value)
        num = Number(value, text, 0, len(text))
        q = Quantity.from_number(num, QUALIFIERS[rnd.randrange(len(QUALIFIERS))])
        day = START + dt.timedelta(days=(story * 3) % 700 + offset)
        doc = f"story{story}-doc{rnd.randrange(25)}"
        modality = Modality.PLAN if rnd.random() < 0.1 else Modality.FACT
        out.append(Assertion(doc, q, unit, mods, pred, source=SOURCES[rnd.randrange(len(SOURCES))],
                             modality=modality, refers_to=TimeRef.day(day), published=TimeRef.day(day),
                             lang="de" if unit[0].isupper() else "en", start=0, end=len(text),
                             sentence=f"Bericht aus {_place(story)} über {text} {unit}."))
    return out


def timed(items: list[Assertion], runs: int) -> tuple[float, int]:
    times, findings = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        report = analyze_assertions(items)
        times.append(time.perf_counter() - t)
        findings = len(report.findings)
    return statistics.median(times), findings


def peak_mib(items: list[Assertion]) -> float:
    tracemalloc.start()
    analyze_assertions(items)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max", type=int, default=10**6, help="largest size (default 10^6)")
    ap.add_argument("--runs", type=int, default=0, help="runs per size (default 5, 3 for the largest)")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run (it is slow)")
    args = ap.parse_args(argv)
    sizes = [n for n in (10**4, 10**5, 10**6) if n <= args.max]
    rows = []
    print(f"{'assertions':>11} {'seconds':>9} {'per 1k':>8} {'peak MiB':>9} {'findings':>9}")
    for n in sizes:
        items = synthetic(n)
        runs = args.runs or (3 if n == sizes[-1] and n >= 10**6 else 5)
        secs, findings = timed(items, runs)
        mem = float("nan") if args.no_memory else peak_mib(items)
        rows.append((n, secs))
        print(f"{n:>11,} {secs:>9.2f} {secs / n * 1000:>8.3f} {mem:>9.1f} {findings:>9,}", flush=True)
    for (n1, t1), (n2, t2) in zip(rows, rows[1:]):
        print(f"growth exponent {n1:,} -> {n2:,}: {math.log(t2 / t1) / math.log(n2 / n1):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
