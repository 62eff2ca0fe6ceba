"""Findings: what the comparison rules report, with the assertions they rest on."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

import attrs

from drift.assertions import Assertion
from drift.numbers import Value
from drift.records import json_value

__all__ = ["Finding", "FindingKind"]


class FindingKind(str, enum.Enum):
    """The kinds of finding; ``divergence``, ``escalation``, ``de-escalation`` and ``revision`` are
    alarms, ``corroboration`` is reassurance."""

    DIVERGENCE = "divergence"
    ESCALATION = "escalation"
    DEESCALATION = "de-escalation"
    REVISION = "revision"
    CORROBORATION = "corroboration"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Finding:
    """One finding about one quantity.

    ``assertions`` are the evidence, the first and last statement first and last for trends;
    ``ratio`` is the factor between the figures compared (larger over smaller, >= 1) and
    ``absolute`` their difference; ``days`` the time between the first and last statement;
    ``explanation`` one sentence a journalist could paste.
    """

    kind: FindingKind
    quantity: str
    assertions: tuple[Assertion, ...]
    explanation: str
    ratio: float | None = None
    absolute: Value | None = None
    days: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    label: str = ""

    def to_record(self) -> dict[str, Any]:
        """The JSON-lines record (the fields ``../shared/seeds/README.md`` lists, plus detail)."""
        return {
            "kind": self.kind.value,
            "quantity": self.quantity,
            "assertions": [[a.doc_id, a.quantity.number_start, a.quantity.number_end] for a in self.assertions],
            "explanation": self.explanation,
            "label": self.label,
            "ratio": None if self.ratio is None else round(self.ratio, 3),
            "absolute": json_value(self.absolute if not isinstance(self.absolute, Decimal)
                                   else self.absolute.normalize()),
            "days": self.days,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "sources": sorted({a.source for a in self.assertions}),
            "values": [json_value(a.quantity.value) for a in self.assertions],
        }
