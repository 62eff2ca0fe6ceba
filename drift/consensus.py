"""Consensus: per quantity and time window, the interval the sources can agree on.

Truth-discovery methods such as CRH (Li et al., SIGMOD 2014) and CATD (Li et al., VLDB 2015)
estimate one true value per object and a reliability per source from point claims. News figures
are intervals ("mehr als 600.000", "bis zu 3000") and change over time, so drift asks a simpler,
explainable question per time window: is there a value every source's interval (after tolerance)
admits? If so that interval is the consensus; if not, the largest group of statements that share a
value gives the *majority* interval, and each source gets an agreement score: the share of the
other sources' statements its figures are compatible with.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from drift.assertions import Assertion
from drift.rules import RuleOptions, Statement, agreement, best_cover, statements

__all__ = ["Consensus", "consensus"]




@attrs.frozen
class Consensus:
    """The agreement among sources on one quantity in one time window.

    ``agreed`` is True when one value is compatible with every statement; ``low``/``high`` bound
    the shared interval (of all statements when agreed, else of the largest compatible group,
    None when unbounded); ``support`` is how many statements that group has out of ``size``;
    ``sources`` maps each source key to its agreement score in [0, 1].
    """

    quantity: str
    start: dt.date | None
    end: dt.date | None
    agreed: bool
    low: float | None
    high: float | None
    support: int
    size: int
    sources: dict[str, float]

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"quantity": self.quantity, "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None, "agreed": self.agreed,
                "low": self.low, "high": self.high, "support": self.support, "size": self.size,
                "sources": dict(self.sources)}


def consensus(key: str, assertions: Iterable[Assertion], options: RuleOptions | None = None, *,
              window_days: int = 0, prepared: Sequence[Statement] | None = None) -> list[Consensus]:
    """One :class:`Consensus` per time window of ``key``'s actual or projected statements
    (windows join days at most ``window_days`` apart; undated statements form their own window).
    ``prepared`` passes statements already built with :func:`drift.rules.statements`."""
    if window_days < 0:
        raise ValueError(f"window_days must be >= 0, got {window_days!r}")
    stmts = list(prepared) if prepared is not None else statements(assertions, options)
    by_day: dict[int | None, list[Statement]] = defaultdict(list)
    for s in stmts:
        by_day[s.day].append(s)
    windows: list[tuple[int | None, int | None, list[Statement]]] = []
    for day in sorted(by_day, key=lambda d: -1 if d is None else d):
        if day is not None and windows and windows[-1][1] is not None and day - windows[-1][1] <= window_days:  # type: ignore[operator]
            first, _, members = windows[-1]
            windows[-1] = (first, day, members + by_day[day])
        else:
            windows.append((day, day, list(by_day[day])))
    out = []
    for first, last, members in windows:
        group, lo, hi = best_cover(members)
        out.append(Consensus(key, dt.date.fromordinal(first) if first is not None else None,
                             dt.date.fromordinal(last) if last is not None else None,
                             len(group) == len(members), members[0].value_of(lo), members[0].value_of(hi),
                             len(group), len(members),
                             agreement(members)))
    return out
