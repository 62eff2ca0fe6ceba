"""Plain records (dicts of JSON-ready values) for assertions and findings: the stable output schema.

The field names are those of the JSON-lines schema in ``docs/schema.md`` (and of the gold files
``../shared/tools/score.py`` reads); keep them stable.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from drift.timeref import Precision, TimeRef

if TYPE_CHECKING:
    from drift.assertions import Assertion

__all__ = ["assertion_record", "json_value", "ref_label"]


def json_value(v: object) -> Any:
    """A JSON-ready form of a number: ints stay ints; Decimals become floats when that is exact
    enough to round-trip (15 significant digits), else their exact decimal text."""
    if v is None or isinstance(v, (bool, int, str)):
        return v
    if isinstance(v, Decimal):
        if v == v.to_integral_value():
            return int(v)
        f = float(v)
        if abs(f) != float("inf") and Decimal(repr(f)) == v.normalize():
            return f
        return format(v, "f")
    if isinstance(v, float):
        return v
    return str(v)


def ref_label(ref: TimeRef | None) -> str | None:
    """A time reference as one ISO value (its bounds and precision go in separate fields):

    - a day as ``YYYY-MM-DD`` and a month as ``YYYY-MM``;
    - a year as its last month, ``YYYY-12``: a figure for a whole year (revenue, cases in 2024) is
      a total as of its end;
    - a week or a short window (a weekend, "Mitte Oktober", at most 11 days) as its middle day;
    - a longer period ("seit Kriegsbeginn", "since mid-May", "this month" so far) as its last day:
      a running total as of then.
    """
    if ref is None:
        return None
    if ref.precision in (Precision.DAY, Precision.MONTH):
        return ref.iso()
    if ref.precision is Precision.YEAR:
        return f"{ref.end.year:04d}-12"
    if ref.precision is Precision.PERIOD and (ref.start == ref.end or ref.days > 11):
        return ref.end.isoformat()
    return ref.midpoint.isoformat()


def assertion_record(a: Assertion) -> dict[str, Any]:
    """The JSON-lines record of one assertion."""
    q = a.quantity
    return {
        "doc": a.doc_id,
        "start": a.start,
        "end": a.end,
        "number_start": q.number_start,
        "number_end": q.number_end,
        "text": a.text,
        "value": json_value(q.value),
        "low": json_value(q.low_value),
        "high": json_value(q.high_value),
        "low_closed": q.low.closed if q.low else None,
        "high_closed": q.high.closed if q.high else None,
        "qualifier": q.qualifier.value,
        "percent": q.is_percent,
        "unit": a.unit,
        "modifiers": list(a.modifiers),
        "predicate": a.predicate,
        "quantity": a.quantity_key,
        "source": a.source,
        "modality": a.modality.value,
        "kind": a.kind,
        "refers_to": ref_label(a.refers_to),
        "refers_to_start": a.refers_to.start.isoformat() if a.refers_to else None,
        "refers_to_end": a.refers_to.end.isoformat() if a.refers_to else None,
        "refers_to_precision": a.refers_to.precision.value if a.refers_to else None,
        "published": a.published.iso() if a.published else None,
        "outlet": a.outlet,
        "lang": a.lang,
        "sentence": a.sentence,
    }
