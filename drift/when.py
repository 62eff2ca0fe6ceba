"""When a figure is about: the publication date moved by the time words near the figure.

Resolves, against the publication date and keeping the precision the text gives: weekdays
(``am Freitag``, ``Montagabend``, ``on Monday``, ``last Monday``: the latest such day on or before
publication, the one before that for "last"), ``gestern``/``yesterday``/``heute``, weeks
(``vergangene Woche``, ``last week``), parts of months (``Anfang/Mitte/Ende Oktober``, ``early/mid/
late October``), months (``im Januar``, ``in January``, ``earlier this month``), explicit dates
(``am 18. Oktober``, ``on Oct. 18``), periods up to publication (``seit Kriegsbeginn``, ``so far``)
and clock times in live tickers (``22.25 Uhr``: the day of publication).

dateparser 1.5.0 returns nothing for ``vergangene Woche``, ``am Montag`` or ``Anfang Oktober`` and
has no notion of precision, so drift resolves these itself (see docs/decisions.md).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

import regex

from drift import lang as _lang
from drift.numbers import Number, NumberKind
from drift.timeref import Precision, TimeRef

__all__ = ["resolve", "time_mentions"]


def _compile(code: str) -> regex.Pattern[str]:
    lt = _lang.get(code)
    t = _lang.text_tables(code)

    def alt(words: object) -> str:
        ws = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
        return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ws)

    months = alt(m for m in lt.months if not m.endswith(".")) + "|" + alt(m for m in lt.months if m.endswith("."))
    weekdays = alt(lt.weekdays)
    parts = alt(t.month_parts)
    dayparts = alt(s.strip() for s in t.daypart_suffixes)
    last = alt(t.last_words)
    return regex.compile(rf"""
        (?P<period>{alt(t.period_words)})(?!\w)
      | (?P<part>{parts})[\s-]*(?P<pmonth>{months})(?:\s+(?P<pyear>\d{{4}}))?(?!\w)
      | (?P<last>{last}\s+)?(?P<wd>{weekdays})(?:s)?(?:\s?(?P<dp>{dayparts}))?(?!\w)
      | (?P<day>{alt(t.day_words)})(?!\w)
      | (?P<week>{alt(t.week_words)})(?!\w)
      | (?P<mword>{alt(t.month_words)})(?!\w)
      | (?<!\d\.?\s?)(?P<month>{months})(?:\s+(?P<myear>\d{{4}}))?(?!\w)(?!\s*\d)
    """, regex.VERBOSE | regex.IGNORECASE)


_PATTERNS = {c: _compile(c) for c in _lang.supported()}


def _latest_weekday(pub: dt.date, wd: int, strictly_before: bool) -> dt.date:
    back = (pub.weekday() - wd) % 7
    if back == 0 and strictly_before:
        back = 7
    return pub - dt.timedelta(days=back)


def _month_ref(pub: dt.date | None, month: int, year: int | None) -> tuple[int, int] | None:
    if year is None:
        if pub is None:
            return None
        year = pub.year if month <= pub.month else pub.year - 1
    return year, month


def time_mentions(text: str, start: int, end: int, lang: str, published: TimeRef | None,
                  numbers: Sequence[Number] = ()) -> list[tuple[int, TimeRef]]:
    """Every time reference in ``text[start:end]`` resolved against ``published``, with its offset."""
    t = _lang.text_tables(lang)
    lt = _lang.get(lang)
    pub = published.end if published is not None and published.precision is Precision.DAY else None
    pub_any = published.end if published is not None else None
    out: list[tuple[int, TimeRef]] = []
    for m in _PATTERNS[lang].finditer(text, start, end):
        g = m.lastgroup
        ref: TimeRef | None = None
        if m.group("period"):
            if pub_any is not None:
                ref = TimeRef(pub_any, pub_any, Precision.PERIOD)
        elif m.group("part"):
            month = lt.months.get(m.group("pmonth").lower()) or lt.months.get(m.group("pmonth").lower() + ".")
            ym = _month_ref(pub_any, month, int(m.group("pyear")) if m.group("pyear") else None) if month else None
            if ym:
                part = t.month_parts[" ".join(m.group("part").lower().split())]
                last = calendar.monthrange(*ym)[1]
                first_day, last_day = [(1, 10), (11, 20), (21, last)][part]
                ref = TimeRef(dt.date(ym[0], ym[1], first_day), dt.date(ym[0], ym[1], last_day), Precision.PERIOD)
        elif m.group("wd"):
            if m.group("wd")[0].islower() and lang == "en":
                continue
            if pub is not None:
                wd = lt.weekdays[m.group("wd").lower()]
                ref = TimeRef.day(_latest_weekday(pub, wd, bool(m.group("last"))))
        elif m.group("day"):
            if pub is not None:
                ref = TimeRef.day(pub + dt.timedelta(days=t.day_words[" ".join(m.group("day").lower().split())]))
        elif m.group("week"):
            if pub is not None:
                ref = TimeRef.week_of(pub + dt.timedelta(weeks=t.week_words[" ".join(m.group("week").lower().split())]))
        elif m.group("mword"):
            if pub_any is not None:
                off = t.month_words[" ".join(m.group("mword").lower().split())]
                y, mo = pub_any.year, pub_any.month + off
                while mo < 1:
                    y, mo = y - 1, mo + 12
                ref = TimeRef.month(y, mo)
        elif m.group("month"):
            word = m.group("month")
            if not word[0].isupper():
                continue  # "may" the verb, "march" the noun
            month = lt.months.get(word.lower()) or lt.months.get(word.lower() + ".")
            ym = _month_ref(pub_any, month, int(m.group("myear")) if m.group("myear") else None) if month else None
            if ym:
                ref = TimeRef.month(*ym)
        if ref is not None and not regex.match(r"['’]s\b", text[m.end():m.end() + 3]):
            out.append((m.start(), ref))  # "last week's earthquake" names the quake, not the statement
        del g
    for n in numbers:
        if start <= n.start < end:
            if n.kind is NumberKind.DATE and len(n.parts) == 3 and n.parts[1] and n.parts[2]:
                y, mo, d = n.parts
                if not y:
                    if pub_any is None:
                        continue
                    y = pub_any.year if (mo, d) <= (pub_any.month, pub_any.day) else pub_any.year - 1
                try:
                    out.append((n.start, TimeRef.day(dt.date(y, mo, d))))
                except ValueError:
                    continue
            elif n.kind is NumberKind.TIME and pub is not None:
                out.append((n.start, TimeRef.day(pub)))
    out.sort(key=lambda x: x[0])
    return out


def resolve(mentions: Sequence[tuple[int, TimeRef]], clause: tuple[int, int], pos: int,
            published: TimeRef | None) -> TimeRef | None:
    """The reference time for a figure at ``pos``: the nearest time mention in its clause, else the
    nearest in its sentence (``mentions``), else the publication date."""
    in_clause = [(abs(p - pos), r) for p, r in mentions if clause[0] <= p < clause[1]]
    pool = in_clause or [(abs(p - pos), r) for p, r in mentions]
    if pool:
        return min(pool, key=lambda x: x[0])[1]
    return published
