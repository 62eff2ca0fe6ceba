"""Write the example notebooks (01_quickstart, 02_timeline, 03_custom_rules) from the cells below.

The notebooks are generated, not hand-edited, and saved without outputs (tests/test_notebooks.py
runs them). After changing a cell here, run from the repository root:

    .venv/bin/python examples/build_notebooks.py

Every notebook reads only files under examples/, by paths relative to the notebook's folder.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent


def md(text: str) -> nbformat.NotebookNode:
    return new_markdown_cell(text.strip())


def code(text: str) -> nbformat.NotebookNode:
    return new_code_cell(text.strip())


QUICKSTART = [
    md("""
# drift quickstart

drift finds the numeric assertions in German and English news, says who made each one, whether it
is an actual count or a projection and what date it is about, groups them into quantities, and flags
where sources **diverge**, where a figure **escalates** or falls, where a source **revises** itself and
where independent sources **corroborate** each other.

This notebook goes from one figure to a whole corpus: the sixteen short articles in `corpus/`.
"""),
    code("""
import json

import drift

drift.__version__
"""),
    md("""
## One figure: qualifier and bounds

A quantity keeps the bounds the wording commits to. "mehr als 600.000" is an open lower bound, "bis
zu 3.000" a closed upper bound, "rund 10.000" is 10,000 (how wide "rund" is belongs to the comparison
rules, not to the figure), and "Tausende" is at least 2,000.
"""),
    code("""
for text, lang in [("mehr als 600.000", "de"), ("bis zu 3.000", "de"), ("rund 10.000", "de"),
                   ("Tausende", "de"), ("zwischen 10.000 und 12.000", "de"),
                   ("nearly 200", "en"), ("at least 1,500", "en"), ("twelve thousand", "en")]:
    q = drift.parse_quantity(text, lang=lang)
    low = None if q.low is None else (q.low.value, "closed" if q.low.closed else "open")
    high = None if q.high is None else (q.high.value, "closed" if q.high.closed else "open")
    print(f"{text:28} {q.qualifier.value:10} value={q.value!s:8} low={low}  high={high}")
"""),
    md("""
## Numbers that are not counts

`find_numbers` types every number, so dates, clock times, years and ordinals never become
assertions. The same digits mean different things in German and English.
"""),
    code("""
text = "Am 26. Oktober um 19.30 Uhr, im dritten Kriegsjahr 2024, meldete die Behörde 1.500 Soldaten."
for n in drift.find_numbers(text, lang="de"):
    print(f"{n.surface!r:18} {n.kind.value:8} {n.value}")

print(repr(drift.parse_number("1.500", lang="de").value), repr(drift.parse_number("1.500", lang="en").value))
"""),
    md("""
## One article

`drift.load` reads `.txt` files with front matter, JSON lines and folders of either.
`drift.extract` returns the assertions: what is counted, the bounds, who says it, the modality and
the reference date.
"""),
    code("""
[doc] = drift.load(["corpus/04_pentagon-10000.txt"])
print(doc.id, doc.published, doc.outlet, doc.language)

for a in drift.extract(doc):
    print(f"{a.text!r:45} {a.quantity.qualifier.value:9} {a.unit:8} {a.modality.value:10} "
          f"{a.refers_to!s:12} {a.source}")
"""),
    md("""
Each assertion has a JSON-ready record with provenance (document, character offsets, sentence); these
are the lines `drift extract --format jsonl` prints (see `docs/schema.md`).
"""),
    code("""
record = drift.extract(doc)[0].to_record()
print(json.dumps({k: record[k] for k in ("doc", "number_start", "number_end", "text", "value", "low",
                                         "high", "qualifier", "unit", "modifiers", "source",
                                         "modality", "refers_to")}, ensure_ascii=False, indent=1))
"""),
    md("""
## The whole corpus

`drift.analyze` extracts every document, groups the assertions into quantities (keys such as
`soldier|north-korea|actual`) and runs the rules. The text report is what `drift analyze
examples/corpus` prints.
"""),
    code("""
report = drift.analyze(drift.load(["corpus"]))
print("\\n".join(report.to_text().splitlines()[:30]))
"""),
    code("""
from collections import Counter

print(Counter(f.kind.value for f in report.findings))
for f in report.findings:
    if f.quantity.startswith("soldier|north-korea|actual"):
        print(f"{f.kind.value:14} {f.explanation}")
"""),
    md("""
## As a table

With pandas installed (`pip install 'drift-figures[frame]'`), `report.to_frame()` gives one row per
assertion, typed for analysis: bounds as floats, dates as datetimes, and `ref_date`, the middle day of
the reference period.
"""),
    code("""
df = report.to_frame()
df[["doc", "text", "qualifier", "low", "high", "source", "ref_date", "quantity"]].head(10)
"""),
    md("""
Next: `02_timeline.ipynb` plots one story; `03_custom_rules.ipynb` adds your own aliases and rule
options. On the command line, the same is `drift extract`, `drift analyze` and `drift findings`
(see `docs/cli.md`).
"""),
]


TIMELINE = [
    md("""
# One story as a timeline

Files `01` to `07` of the example corpus tell how the reported number of North Korean soldiers in
Russia moved in October and November 2024: 1,500 according to South Korean intelligence, "up to
3,000" according to Washington a week later, "about 10,000" according to the Pentagon a few days
after that, while Kyiv still spoke of 3,000 on the same day.
"""),
    code("""
%matplotlib inline
from pathlib import Path

import drift

paths = sorted(Path("corpus").glob("0[1-7]_*.txt"))
report = drift.analyze(drift.load(paths))
print(len(paths), "articles,", len(report.assertions), "assertions,", len(report.quantities), "quantities")
"""),
    md("""
The quantity keys say what is counted, what distinguishes it and whether it is an actual count or a
projection; the deployed soldiers and the planned total never share a key.
"""),
    code("""
for key, series in report.quantities.items():
    print(f"{len(series.assertions):3}  {key:45} {series.label}")
"""),
    code("""
key = next(k for k in report.quantities if k.startswith("soldier|north-korea|actual"))
df = report.to_frame()
timeline = df[df["quantity"] == key].sort_values(["ref_date", "doc"])
timeline[["ref_date", "refers_to_precision", "text", "qualifier", "low", "high", "source", "doc"]]
"""),
    md("""
## What the rules found

Every finding carries the assertions it rests on, the factor between the figures, the days between
them, and one sentence a journalist could paste.
"""),
    code("""
for f in report.findings:
    if f.quantity == key:
        print(f"{f.kind.value:14} {f.explanation}")
"""),
    md("""
## The plot

`report.plot(quantity=key)` draws the timeline (needs `pip install 'drift-figures[plot]'`):

- x is the date a figure refers to (the middle day when the text only gives a week or a month; the
  whole period is drawn as a faint band), y is the figure;
- each source has its own marker and colour;
- **arrows** are one-sided figures: up for "more than" / "at least", down for "up to" / "under";
  hollow markers are open bounds (the value itself excluded);
- **vertical bars** are ranges ("10.000 bis 12.000"); a small cap marks "about";
- findings are annotated: an arc labelled with the factor for escalation, a bracket for divergence,
  dashed links for corroboration, dotted ones for revision.
"""),
    code("""
fig = report.plot(quantity=key)
fig
"""),
    md("""
## Consensus

For each time window, the interval every source can agree on (or the largest compatible group when
they cannot), and each source's agreement score.
"""),
    code("""
for c in report.consensus[key]:
    status = "agreed" if c.agreed else f"no agreement ({c.support} of {c.size} compatible)"
    print(f"{c.start} – {c.end}  [{c.low}, {c.high}]  {status}  {c.sources}")
"""),
    md("""
## The other two stories, side by side

`plot` draws into an existing matplotlib `Axes` with `ax=`, so stories can share a figure: the march
in Brakenstedt (police against organisers) and the earthquake toll in Velmora.
"""),
    code("""
from matplotlib.figure import Figure

full = drift.analyze(drift.load(["corpus"]))


def busiest(prefix):
    keys = [k for k in full.quantities if k.startswith(prefix)]
    return max(keys, key=lambda k: len(full.quantities[k].assertions))


fig = Figure(figsize=(11, 8), layout="constrained")
top, bottom = fig.subplots(2, 1)
full.plot(quantity=busiest("participant|"), ax=top)
full.plot(quantity=busiest("death|"), ax=bottom)
fig
"""),
]


CUSTOM = [
    md("""
# Your own aliases and rules, checked with hypothesis

drift's tables cover common counted nouns, but every beat has its own words. This notebook

1. teaches grouping a word it does not know (an alias),
2. merges two quantities it keeps apart,
3. changes the rule parameters (tolerances, the divergence window),
4. checks the custom setup with hypothesis: properties that must hold for any input, not only for
   the examples we thought of.

The three short articles below are invented for this notebook.
"""),
    code("""
from collections import Counter
from fractions import Fraction

import drift

docs = [
    drift.Document("Nach Angaben des Verteidigungsministeriums wurden am Montag 4.000 Wehrpflichtige "
                   "an die Front geschickt.", published="2025-05-13", outlet="Beispielblatt", lang="de",
                   id="ministry"),
    drift.Document("Officials in Kyiv said on Monday that 9,000 conscripts had been sent to the front.",
                   published="2025-05-13", outlet="Example Wire", lang="en", id="kyiv"),
    drift.Document("Nach neuen Angaben des Verteidigungsministeriums wurden am Montag rund 6.000 "
                   "Wehrpflichtige an die Front geschickt.", published="2025-05-16", outlet="Beispielblatt",
                   lang="de", id="correction"),
]
for d in docs:
    for a in drift.extract(d):
        print(f"{d.id:11} {a.text!r:28} unit={a.unit!r:16} source={a.source!r}")
"""),
    md("""
## 1. An alias

"Wehrpflichtige" and "conscripts" are not in the concept tables, so each stays its own quantity and
nothing is compared. (The three documents are one story; `stories=False` tells grouping not to keep
documents apart by story, which it otherwise infers from the names they share.)
"""),
    code("""
plain = drift.AnalyzeOptions(grouping=drift.GroupingOptions(stories=False))
print(list(drift.analyze(docs, plain).quantities))
"""),
    md("""
An alias maps a lemma (or a concept, or a modifier) to a concept: both words become `soldier`, so the
German and English reports meet, and the rules see a divergence between the ministry and Kyiv and a
revision by the ministry.
"""),
    code("""
aliases = {"wehrpflichtig": "soldier", "conscript": "soldier"}
custom = drift.AnalyzeOptions(grouping=drift.GroupingOptions(aliases=aliases, stories=False))
report = drift.analyze(docs, custom)
print(list(report.quantities))
for f in report.findings:
    print(f"{f.kind.value:14} {f.explanation}")
"""),
    md("""
## 2. Merging keys

In the example corpus, the march in Brakenstedt is counted both as *participants* ("Teilnehmer")
and as *people* ("Menschen"); grouping keeps the two apart. `merge` maps one key (without its
`#story` suffix) onto another.
"""),
    code("""
corpus = list(drift.load(["corpus"]))
default = drift.analyze(corpus)
print([k for k in default.quantities if k.startswith(("participant|", "person||actual"))])

merged = drift.analyze(corpus, drift.AnalyzeOptions(
    grouping=drift.GroupingOptions(merge={"participant||actual": "person||actual"})))
print([k for k in merged.quantities if k.startswith(("participant|", "person||actual"))])
"""),
    md("""
## 3. Rule parameters

`RuleOptions` holds the tolerances ("rund" may be off by `approx_tolerance`, an exact figure by
`exact_tolerance`) and `divergence_days`, how far apart two statements may be and still count as
"the same time". Wider tolerances can only remove findings of disagreement, never add them.
"""),
    code("""
def kinds(options):
    return Counter(f.kind.value for f in drift.analyze(corpus, options).findings)


print("default      ", dict(kinds(drift.AnalyzeOptions())))
tolerant = drift.RuleOptions(exact_tolerance=Fraction(1, 10), approx_tolerance=Fraction(3, 10))
print("tolerant     ", dict(kinds(drift.AnalyzeOptions(rules=tolerant))))
print("same day only", dict(kinds(drift.AnalyzeOptions(rules=drift.RuleOptions(divergence_days=0)))))
"""),
    md("""
## 4. Checking the custom setup with hypothesis

Examples show that a setup works for the cases we picked; properties show that it works for every
case hypothesis can think of. Three properties of our setup:

- **the alias holds for any figure**: whatever number of "Wehrpflichtige" an article reports, in
  German number formatting, the figure is extracted exactly and lands on the `soldier` key;
- **widening the tolerance never adds a divergence** on the corpus;
- **the input order changes no finding**.
"""),
    code("""
from hypothesis import given, settings
from hypothesis import strategies as st


def german(n):
    return f"{n:,}".replace(",", ".")


@settings(max_examples=40, deadline=None)
@given(n=st.integers(min_value=2, max_value=5_000_000))
def alias_holds_for_any_figure(n):
    text = f"Nach Angaben des Ministeriums wurden am Montag {german(n)} Wehrpflichtige eingezogen."
    doc = drift.Document(text, published="2025-05-13", lang="de", id="generated")
    report = drift.analyze([doc], custom)
    [a] = report.assertions
    assert a.value == n, (text, a.value)
    assert a.quantity_key.startswith("soldier||actual"), a.quantity_key


alias_holds_for_any_figure()
print("alias: ok")
"""),
    code("""
assertions = list(drift.iter_extract(corpus))


def divergences(rules):
    report = drift.analyze_assertions(assertions, drift.AnalyzeOptions(rules=rules))
    return {(f.quantity, frozenset((a.doc_id, a.number_start) for a in f.assertions))
            for f in report.findings if f.kind.value == "divergence"}


tolerances = st.fractions(min_value=0, max_value=Fraction(1, 2), max_denominator=100)


@settings(max_examples=15, deadline=None)
@given(a=tolerances, b=tolerances)
def wider_tolerance_never_adds_divergences(a, b):
    narrow, wide = sorted((a, b))
    assert divergences(drift.RuleOptions(approx_tolerance=wide)) <= divergences(
        drift.RuleOptions(approx_tolerance=narrow))


wider_tolerance_never_adds_divergences()
print("tolerance: ok")
"""),
    code("""
def findings(items):
    report = drift.analyze_assertions(items, custom)
    return sorted(str(f.to_record()) for f in report.findings)


expected = findings(assertions)


@settings(max_examples=10, deadline=None)
@given(order=st.permutations(assertions))
def order_changes_nothing(order):
    assert findings(order) == expected


order_changes_nothing()
print("order: ok")
"""),
    md("""
To keep such checks, copy the functions into a test module (with a `test_` prefix) and run them with
pytest; drift's own suite does the same for every rule in `docs/comparison.md`.
"""),
]


def write(name: str, cells: list[nbformat.NotebookNode]) -> None:
    for i, cell in enumerate(cells):  # stable ids, so that regenerating changes no more than it must
        cell["id"] = f"{name.split('_')[0]}-{i:02d}"
    nb = new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    })
    nbformat.validate(nb)
    nbformat.write(nb, str(HERE / name))


def main() -> None:
    write("01_quickstart.ipynb", QUICKSTART)
    write("02_timeline.ipynb", TIMELINE)
    write("03_custom_rules.ipynb", CUSTOM)


if __name__ == "__main__":
    main()
