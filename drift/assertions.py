"""Assertions: a quantity about something, said by someone, about some time, with provenance.

This module holds the value types; :mod:`drift.extract` builds them from documents.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from drift.numbers import Value
from drift.quantities import Quantity
from drift.timeref import TimeRef

__all__ = ["Assertion", "Modality", "AUTHOR"]

#: the source of a figure the outlet states itself
AUTHOR = "author"


class Modality(str, enum.Enum):
    """Whether a figure is an actual count, a projection, or denied."""

    FACT = "fact"
    ESTIMATE = "estimate"
    REPORTED = "reported"
    PROJECTION = "projection"
    PLAN = "plan"
    POSSIBLE = "possible"
    DENIED = "denied"

    def __str__(self) -> str:
        return self.value

    @property
    def kind(self) -> str:
        """``actual`` (fact, estimate, reported), ``projection`` (projection, plan, possible) or
        ``denied``: figures of different kinds are never compared with each other."""
        if self in (Modality.FACT, Modality.ESTIMATE, Modality.REPORTED):
            return "actual"
        if self is Modality.DENIED:
            return "denied"
        return "projection"


@attrs.frozen
class Assertion:
    """One numeric claim in one document.

    ``unit`` is the lemma of the counted noun in the document's language (``Soldat``, ``troop``);
    ``modifiers`` are the normalised words that distinguish what is counted (``nordkoreanisch``,
    ``north korean``, places as canonical ids such as ``north-korea``); ``predicate`` is what
    happened to the counted things when that defines the quantity (``killed``, ``wounded``,
    ``killed-or-wounded``, ``missing``). Offsets are into the document's text.
    """

    doc_id: str
    quantity: Quantity
    unit: str | None
    modifiers: tuple[str, ...] = ()
    predicate: str | None = None
    noun_text: str = ""
    source: str = AUTHOR
    modality: Modality = Modality.FACT
    refers_to: TimeRef | None = None
    start: int = 0
    end: int = 0
    sentence: str = ""
    sentence_start: int = 0
    lang: str = "de"
    outlet: str | None = None
    published: TimeRef | None = None
    #: the group key, once grouping has assigned one (see drift.grouping)
    quantity_key: str | None = None

    @property
    def kind(self) -> str:
        """``actual``, ``projection`` or ``denied`` (see :attr:`Modality.kind`)."""
        return self.modality.kind

    @property
    def value(self) -> Value | None:
        """The stated figure (None for a range)."""
        return self.quantity.value

    @property
    def number_start(self) -> int:
        """Offset of the figure's own digits or words."""
        return self.quantity.number_start

    @property
    def number_end(self) -> int:
        """End offset of the figure's own digits or words."""
        return self.quantity.number_end

    @property
    def text(self) -> str:
        """The assertion's span as written (the quantity through the counted noun)."""
        return self.sentence[self.start - self.sentence_start:self.end - self.sentence_start]

    def to_record(self) -> dict[str, Any]:
        """The JSON-lines record (the stable output schema, see docs/schema.md)."""
        from drift.records import assertion_record

        return assertion_record(self)
