"""Reports: analyse documents or assertions, and render what was found.

``analyze(documents)`` extracts, groups and compares; ``analyze_assertions(assertions)`` starts
from assertions (from ``extract`` or your own). The :class:`Report` holds the keyed assertions,
their time-ordered series per quantity, the findings and the consensus per time window, and renders
them as text, Markdown, JSON, records, a DataFrame or a plot.
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Collection, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from drift.assertions import Assertion
from drift.consensus import Consensus, consensus
from drift.documents import Document
from drift.extract import ExtractOptions, iter_extract
from drift.findings import Finding, FindingKind
from drift.grouping import GroupingOptions, group, key_label, reference_time
from drift.records import assertion_record, ref_label
from drift.rules import RuleOptions, compare, statements

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["AnalyzeOptions", "Report", "Series", "analyze", "analyze_assertions"]

_KIND_ORDER = {k: i for i, k in enumerate(FindingKind)}


@attrs.frozen
class AnalyzeOptions:
    """Everything ``analyze`` can be told: how to extract, group and compare, and the width of
    the consensus windows in days."""

    extract: ExtractOptions | None = None
    grouping: GroupingOptions = attrs.field(factory=GroupingOptions)
    rules: RuleOptions = attrs.field(factory=RuleOptions)
    consensus_window_days: int = 0


@attrs.frozen
class Series:
    """One quantity: its key, a readable label and its assertions in time order."""

    key: str
    label: str
    assertions: tuple[Assertion, ...]

    @property
    def sources(self) -> list[str]:
        """The distinct sources, in order of first appearance."""
        return list(dict.fromkeys(a.source for a in self.assertions))


def _time_order(a: Assertion) -> tuple[int, str, int]:
    """The rules' order: the middle day of what an assertion is about, then its place."""
    t = reference_time(a)
    return ((t[0].toordinal() + t[1].toordinal()) // 2 if t else 0, a.doc_id, a.quantity.numbers[0].start)


def _finding_order(f: Finding) -> tuple[str, int, int, int, list[tuple[str, int]]]:
    """Findings by quantity, kind, start (undated first), size and their first assertions."""
    return (f.quantity, _KIND_ORDER[f.kind], f.start.toordinal() if f.start else 0, len(f.assertions),
            [(a.doc_id, a.quantity.numbers[0].start) for a in f.assertions[:4]])


def _place_order(a: Assertion) -> tuple[str, int, int, int]:
    """Assertions by document, then the figure's place in it."""
    numbers = a.quantity.numbers
    return (a.doc_id, numbers[0].start, numbers[-1].end, a.start)


@attrs.frozen
class Report:
    """The result of an analysis."""

    assertions: tuple[Assertion, ...]
    quantities: dict[str, Series]
    findings: tuple[Finding, ...]
    consensus: dict[str, list[Consensus]]
    documents: int = 0

    def series(self, key: str) -> Series:
        """The series of one quantity key (KeyError names the known keys when it is unknown)."""
        try:
            return self.quantities[key]
        except KeyError:
            raise KeyError(f"no quantity {key!r}; known: {', '.join(sorted(self.quantities)) or 'none'}") from None

    def only(self, keys: Collection[str]) -> Report:
        """The same report restricted to the given quantity keys."""
        keep = set(keys)
        return Report(tuple(a for a in self.assertions if a.quantity_key in keep),
                      {k: v for k, v in self.quantities.items() if k in keep},
                      tuple(f for f in self.findings if f.quantity in keep),
                      {k: v for k, v in self.consensus.items() if k in keep}, self.documents)

    def to_records(self) -> list[dict[str, Any]]:
        """One JSON-ready dict per assertion (the ``drift extract --format jsonl`` fields)."""
        return [assertion_record(a) for a in self.assertions]

    def finding_records(self) -> list[dict[str, Any]]:
        """One JSON-ready dict per finding (the ``drift findings --format jsonl`` fields)."""
        return [f.to_record() for f in self.findings]

    def to_json(self) -> str:
        """The whole report as one JSON document (sorted keys, stable across runs)."""
        return json.dumps({
            "documents": self.documents,
            "quantities": [{"key": s.key, "label": s.label, "assertions": len(s.assertions), "sources": s.sources}
                           for s in self.quantities.values()],
            "findings": self.finding_records(),
            "consensus": {k: [c.to_record() for c in v] for k, v in self.consensus.items()},
            "assertions": self.to_records(),
        }, ensure_ascii=False, sort_keys=True, indent=1)

    def _summary(self) -> str:
        counts = {k.value: sum(1 for f in self.findings if f.kind is k) for k in FindingKind}
        kinds = ", ".join(f"{n} {k}" for k, n in counts.items() if n) or "no findings"
        return (f"{self.documents} documents, {len(self.assertions)} assertions, "
                f"{len(self.quantities)} quantities: {kinds}")

    def _timeline(self, key: str) -> list[tuple[str, str, str, str]]:
        rows = []
        for a in self.quantities[key].assertions:
            when = ref_label(a.refers_to) or (f"published {a.published.iso()}" if a.published else "undated")
            rows.append((when, a.quantity.surface, " ".join(a.source.split()), a.doc_id))
        return rows

    def _keys_with_findings(self) -> list[str]:
        return list(dict.fromkeys(f.quantity for f in self.findings))

    def to_text(self) -> str:
        """A readable report: a summary, then each quantity with findings, its findings and its
        timeline."""
        lines = ["drift report", "============", self._summary(), ""]
        for key in self._keys_with_findings():
            series = self.quantities[key]
            lines += [f"{series.label}  [{key}]", "-" * min(100, len(series.label) + len(key) + 4)]
            for f in self.findings:
                if f.quantity == key:
                    lines.append(f"  {f.kind.value.upper():14} {f.explanation}")
            lines.append("  timeline:")
            for when, fig, src, doc in self._timeline(key):
                lines.append(f"    {when:12} {fig:32} {src[:40]:40} {doc}")
            lines.append("")
        quiet = [k for k in self.quantities if k not in set(self._keys_with_findings())]
        if quiet:
            lines.append(f"{len(quiet)} more quantities without findings:")
            for key in quiet:
                s = self.quantities[key]
                lines.append(f"  {key}  ({len(s.assertions)} assertion{'s' if len(s.assertions) != 1 else ''})")
        return "\n".join(lines).rstrip() + "\n"

    def to_markdown(self) -> str:
        """The report as Markdown: a summary, a findings table and one timeline table per quantity
        with findings."""
        def cell(text: str) -> str:
            return text.replace("|", "\\|").replace("\n", " ")

        out = ["# drift report", "", self._summary(), "", "## Findings", "",
               "| kind | quantity | explanation |", "|---|---|---|"]
        out += [f"| {f.kind.value} | `{cell(f.quantity)}` | {cell(f.explanation)} |" for f in self.findings]
        for key in self._keys_with_findings():
            out += ["", f"## {cell(self.quantities[key].label)} (`{cell(key)}`)", "",
                    "| when | figure | source | document |", "|---|---|---|---|"]
            out += [f"| {cell(w)} | {cell(f)} | {cell(s)} | {cell(d)} |" for w, f, s, d in self._timeline(key)]
        return "\n".join(out) + "\n"

    def to_frame(self) -> pandas.DataFrame:
        """The assertions as a pandas DataFrame (needs the ``frame`` extra)."""
        from drift.frame import to_frame

        return to_frame(self)

    def plot(self, quantity: str | None = None, ax: Axes | None = None) -> Figure:
        """A timeline plot of one quantity, or of every quantity with findings (needs the ``plot``
        extra)."""
        from drift.plot import plot

        return plot(self, quantity=quantity, ax=ax)  # type: ignore[no-any-return]


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the analysis allocates millions of small,
    acyclic objects (its full collections would make the analysis quadratic); restored after.

    What the analysis built (the report) outlives it, so before the collector resumes those
    objects move to its oldest generation at once (``gc.freeze`` then ``gc.unfreeze``, constant
    time) instead of being traversed by the next young collections, which on 10^6 assertions
    takes seconds. Skipped when the caller keeps objects frozen itself."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def analyze_assertions(assertions: Iterable[Assertion], options: AnalyzeOptions | None = None, *,
                       documents: int | None = None) -> Report:
    """Group and compare assertions; the result does not depend on their order."""
    with _gc_paused():
        return _analyze(assertions, options, documents)


def _analyze(assertions: Iterable[Assertion], options: AnalyzeOptions | None, documents: int | None) -> Report:
    opts = options or AnalyzeOptions()
    items = list(assertions)
    groups = group(items, opts.grouping)
    quantities: dict[str, Series] = {}
    findings: list[Finding] = []
    cons: dict[str, list[Consensus]] = {}
    keyed: list[Assertion] = []
    for key, members in groups.items():
        ordered = tuple(sorted(members, key=_time_order))
        quantities[key] = Series(key, key_label(key), ordered)
        keyed.extend(members)
        prepared = statements(members, opts.rules)
        findings.extend(compare(key, members, opts.rules, prepared=prepared))
        cons[key] = consensus(key, members, opts.rules, window_days=opts.consensus_window_days, prepared=prepared)
    findings.sort(key=_finding_order)
    keyed.sort(key=_place_order)
    n_docs = documents if documents is not None else len({a.doc_id for a in keyed})
    return Report(tuple(keyed), quantities, tuple(findings), cons, n_docs)


def analyze(documents: Iterable[Document], options: AnalyzeOptions | None = None) -> Report:
    """Extract the assertions of every document, group them into quantities and compare them."""
    opts = options or AnalyzeOptions()
    docs = list(documents)
    return analyze_assertions(iter_extract(docs, options=opts.extract), opts, documents=len(docs))
