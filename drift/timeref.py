"""Points and periods in time with the precision the text gives them.

A :class:`TimeRef` is a closed interval of days ``[start, end]`` plus a :class:`Precision` saying how
the text named it: a day (``am Freitag``), a week (``vergangene Woche``), a month (``Mitte Oktober``
keeps the month with a ``part``), a year, or an open-ended period (``seit Kriegsbeginn``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum

import attrs

from drift.exceptions import DriftError

__all__ = ["Precision", "TimeRef"]


class Precision(str, enum.Enum):
    """How precisely a text names a time."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    PERIOD = "period"

    def __str__(self) -> str:
        return self.value


def _check_order(instance: TimeRef, attribute: attrs.Attribute[dt.date], value: dt.date) -> None:
    if value < instance.start:
        raise DriftError(f"TimeRef.end must not precede start: got start={instance.start}, end={value}")


@attrs.frozen(order=False)
class TimeRef:
    """A day, week, month, year or period; ``start`` and ``end`` are inclusive days."""

    start: dt.date
    end: dt.date = attrs.field(validator=_check_order)
    precision: Precision = Precision.DAY

    @classmethod
    def day(cls, d: dt.date) -> TimeRef:
        """The single day ``d``."""
        return cls(d, d, Precision.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> TimeRef:
        """The whole calendar month."""
        last = calendar.monthrange(year, month)[1]
        return cls(dt.date(year, month, 1), dt.date(year, month, last), Precision.MONTH)

    @classmethod
    def year(cls, year: int) -> TimeRef:
        """The whole calendar year."""
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR)

    @classmethod
    def week_of(cls, d: dt.date) -> TimeRef:
        """The Monday-to-Sunday week containing ``d``."""
        monday = d - dt.timedelta(days=d.weekday())
        return cls(monday, monday + dt.timedelta(days=6), Precision.WEEK)

    @classmethod
    def parse(cls, value: object) -> TimeRef | None:
        """Read ``2024-10-28``, ``2024-10``, ``2024``, a date or a TimeRef; ``None``/empty gives None.

        Raises :class:`DriftError` for anything else, naming what came.
        """
        if value is None or value == "":
            return None
        if isinstance(value, TimeRef):
            return value
        if isinstance(value, dt.datetime):
            return cls.day(value.date())
        if isinstance(value, dt.date):
            return cls.day(value)
        if not isinstance(value, str):
            raise DriftError(f"a date must be an ISO string like '2024-10-28' or '2024-10', got {value!r}")
        s = value.strip()
        try:
            if len(s) >= 10 and s[4] == "-" and s[7] == "-":
                return cls.day(dt.date.fromisoformat(s[:10]))
            if len(s) == 7 and s[4] == "-":
                return cls.month(int(s[:4]), int(s[5:7]))
            if len(s) == 4 and s.isdigit():
                return cls.year(int(s))
        except (ValueError, IndexError) as e:
            raise DriftError(f"not a valid date: {value!r} ({e})") from None
        raise DriftError(f"a date must be ISO like '2024-10-28', '2024-10' or '2024', got {value!r}")

    @property
    def days(self) -> int:
        """How many days the reference covers (1 for a day)."""
        return (self.end - self.start).days + 1

    @property
    def midpoint(self) -> dt.date:
        """The middle day, used to order and compare references of different precision."""
        return self.start + dt.timedelta(days=(self.end - self.start).days // 2)

    def iso(self) -> str:
        """ISO text at the reference's precision: ``2024-10-28``, ``2024-10``, ``2024`` or a range."""
        if self.precision is Precision.DAY:
            return self.start.isoformat()
        if self.precision is Precision.MONTH and self.start.day == 1 and self.end == self._month_end():
            return self.start.isoformat()[:7]
        if self.precision is Precision.YEAR and (self.start.month, self.start.day, self.end.month,
                                                  self.end.day) == (1, 1, 12, 31):
            return str(self.start.year)
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def _month_end(self) -> dt.date:
        return dt.date(self.start.year, self.start.month,
                       calendar.monthrange(self.start.year, self.start.month)[1])

    def distance_days(self, other: TimeRef) -> int:
        """Days between the two intervals (0 when they overlap)."""
        if self.end < other.start:
            return (other.start - self.end).days
        if other.end < self.start:
            return (self.start - other.end).days
        return 0

    def __str__(self) -> str:
        return self.iso()
