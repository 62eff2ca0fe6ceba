"""Plain records (dicts of JSON-ready values) for assertions and findings: the stable output schema.

The field names are those of the JSON-lines schema in ``docs/schema.md`` (and of the gold files
``../shared/tools/score.py`` reads); keep them stable.
"""

from __future__ import annotations

import calendar
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
    - a week, a part of a month ("Mitte Oktober": the 11th to the 20th) or a weekend as its middle
      day;
    - any other period ("seit Kriegsbeginn", "seit Sonntag", "since mid-May", "this month" so far)
      as its last day: a running total as of then.
    """
    if ref is None:
        return None
    if ref.precision in (Precision.DAY, Precision.MONTH):
        return ref.iso()
    if ref.precision is Precision.YEAR:
        return f"{ref.end.year:04d}-12"
    if ref.precision is Precision.PERIOD and not (_month_part(ref) or 1 < ref.days <= 2):
        return ref.end.isoformat()
    return ref.midpoint.isoformat()


def _month_part(ref: TimeRef) -> bool:
    """Anfang/Mitte/Ende of a month: the 1st-10th, 11th-20th or 21st-last of one month."""
    s, e = ref.start, ref.end
    if (s.year, s.month) != (e.year, e.month):
        return False
    last = calendar.monthrange(s.year, s.month)[1]
    return (s.day, e.day) in ((1, 10), (11, 20), (21, last))


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
