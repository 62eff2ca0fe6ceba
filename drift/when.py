"""When a figure is about: the publication date moved by the time words near the figure.

Resolves, against the publication date and keeping the precision the text gives: weekdays
(``am Freitag``, ``Montagabend``, ``on Monday``, ``last Monday``: the latest such day on or before
publication, the one before that for "last"; ``the following Monday``: the first after the date
named before it), ``gestern``/``yesterday``/``heute``, weeks (``vergangene Woche``, ``last week``),
weekends (``am Wochenende``, ``over the weekend``), seasons (``der Sommer 2025``, ``this winter``), parts of months (``Anfang/Mitte/Ende Oktober``,
``early/mid/late October``), months (``im Januar``, ``in January``, ``earlier this month``), years
(``im vergangenen Jahr``, ``in 2024``), distances (``a week earlier``, ``vor zwei Tagen``), explicit
dates (``am 18. Oktober``, ``on Oct. 18``), periods up to publication (``seit Kriegsbeginn``,
``so far``, ``this month``, and ``seit``/``since`` before any of the above: ``since mid-May``) and
clock times in live tickers (``22.25 Uhr``: the day of publication). ``bis``/``until``/``by`` before
a time names its end (``bis Ende Oktober``); a time after publication is a deadline, not the date a
figure describes, and is dropped.

dateparser 1.5.0 returns nothing for ``vergangene Woche``, ``am Montag`` or ``Anfang Oktober`` and
has no notion of precision, so drift resolves these itself (see docs/extraction.md).
"""

from __future__ import annotations

import bisect
import calendar
import operator
import re
import datetime as dt
from collections.abc import Sequence

import regex

from drift import lang as _lang
from drift.numbers import Number, NumberKind
from drift.text import guarded_lower, lower_guard, phrase_trie, word_starts
from drift.timeref import Precision, TimeRef

__all__ = ["resolve", "time_mentions"]

_SMALL = {"a": 1, "an": 1, "one": 1, "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "two": 2,
          "zwei": 2, "three": 3, "drei": 3, "four": 4, "vier": 4, "five": 5, "fünf": 5, "several": 3,
          "einigen": 3, "mehreren": 3}


def _compile(code: str) -> tuple[regex.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The time-word pattern, its opening lookahead as a lower-case ``re`` guard, and a lower-case
    ``re`` for the words one of which every match contains (see :func:`_time_words`)."""
    lt = _lang.get(code)
    t = _lang.text_tables(code)
    spaced = [*t.since_words, *t.until_words, *t.ago_before, *t.last_words, *t.following_words, *_SMALL, "the"]
    bare = [*t.period_words, *t.weekend_words, *t.year_words, *t.month_parts, *lt.weekdays, *t.day_words,
            *t.week_words, *t.month_words, *lt.months, *t.season_words]
    # a match starts only where one of its words (or a count of units) starts: checked first, this
    # lookahead (a trie of the words' first letters) spares the alternation at every other position
    starts = word_starts([str(w) for w in bare], spaced=[str(w) for w in spaced])
    unit_starts = word_starts([str(w) for w in t.unit_days], k=3)
    # the guard reads more letters of each word than the lookahead (a trie of whole short words),
    # so fewer starts are left for the pattern to reject; where the trie holds, the whole pattern
    # in lower case (``then``) must match too: "the", "an", "bis", "Ende" open far more stretches
    # than time words, and ``re`` rejects them much faster than ``regex`` tries them
    guard = lower_guard([str(w) for w in bare], spaced=[str(w) for w in spaced], k=8,
                        prefix=r"\d+\s+" + word_starts([str(w).lower() for w in t.unit_days], k=3),
                        then=f"(?x:{_alternatives(lt, t, lower=True)})")
    return regex.compile(rf"""
        (?=\d+\s+{unit_starts}|{starts})
        {_alternatives(lt, t, lower=False)}
    """, regex.VERBOSE | regex.IGNORECASE), guard, re.compile(phrase_trie(_needed_words(lt, t)))


def _needed_words(lt: _lang.Language, t: _lang.TextTables) -> list[str]:
    """Words in lower case one of which every match of the pattern contains as written: each
    alternative of :func:`_alternatives` needs a word of one table (a count needs its unit, a part
    of a month its month), and of each phrase the longest word is taken (its words are joined by
    blanks). A word containing another is left out: the other is there wherever it is."""
    needed = {max(str(w).lower().split(), key=len)
              for table in (t.period_words, t.unit_days, t.weekend_words, t.year_words, lt.months, t.season_words,
                            lt.weekdays, t.day_words, t.week_words, t.month_words)
              for w in table}
    return sorted(w for w in needed if not any(v != w and v in w for v in needed))


def _alternatives(lt: _lang.Language, t: _lang.TextTables, lower: bool) -> str:
    """The time-word alternatives (VERBOSE) for ``regex`` under ignore-case, or with ``lower`` a
    looser copy for ``re`` over lower-cased text: no groups, the words in lower case, and without
    the two lookarounds by the month name (``re`` has no lookbehind of varying width, and counts
    four more characters as blanks than ``regex``); it matches wherever the pattern does."""
    def alt(words: object) -> str:
        ws = sorted({str(w).lower() if lower else str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
        return "|".join((re.escape(w) if lower else regex.escape(w)).replace(r"\ ", r"\s+") for w in ws) or "(?!)"

    def g(name: str) -> str:
        return "(?:" if lower else f"(?P<{name}>"

    months = alt(m for m in lt.months if not m.endswith(".")) + "|" + alt(m for m in lt.months if m.endswith("."))
    weekdays = alt(lt.weekdays)
    parts = alt(t.month_parts)
    dayparts = alt(s.strip() for s in t.daypart_suffixes)
    last = alt(t.last_words)
    units = alt(t.unit_days)
    small = alt(_SMALL)
    not_after_date, not_before_number = ("", "") if lower else (r"(?<!\d\.?\s?)", r"(?!\s*\d)")
    return rf"""
        {g("since")}(?:{alt(t.since_words)})\s+)?{g("until")}(?:{alt(t.until_words)})\s+(?:(?:at\s+least|spätestens)\s+)?)?
        (?:
          {g("period")}{alt(t.period_words)})(?!\w)
        | {g("ago")}(?:{alt(t.ago_before)})\s+{g("agon")}\d+|{small})\s+{g("agou")}{units})(?!\w))
        | {g("earlier")}{g("earn")}\d+|{small})\s+{g("earu")}{units})\s+(?:{alt(t.ago_after)})(?!\w))
        | {g("weekend")}{alt(t.weekend_words)})(?!\w)
        | {g("year")}{alt(t.year_words)})(?!\w)
        | {g("part")}{parts})[\s-]*{g("pmonth")}{months})(?:\s+{g("pyear")}\d{{4}}))?(?!\w)
        | {g("season")}{alt(t.season_words)})(?:\s+(?:of\s+)?{g("syear")}\d{{4}}))?(?!\w)
        | (?:{g("last")}{last})\s+|(?:the\s+)?{g("following")}{alt(t.following_words)})\s+)?{g("wd")}{weekdays})(?:s)?(?:\s?{g("dp")}{dayparts}))?(?!\w)
        | {g("day")}{alt(t.day_words)})(?!\w)
        | {g("week")}{alt(t.week_words)})(?!\w)
        | {g("mword")}{alt(t.month_words)})(?!\w)
        | {not_after_date}{g("month")}{months})(?:\s+{g("myear")}\d{{4}}))?(?!\w){not_before_number}
        )"""


_PATTERNS = {c: _compile(c) for c in _lang.supported()}


def _time_words(text: str, start: int, end: int, lang: str) -> list[regex.Match[str]]:
    """The time-word matches in ``text[start:end]``: the same as ``finditer`` of the pattern, which
    is tried only where its guard holds (:func:`drift.text.guarded_starts`), in order and resuming
    after each match as ``finditer`` does. The guard holds only where the whole pattern in lower
    case matches, so nowhere in a stretch without one of the words every match contains: one
    quick search rules out most sentences, a scan of the guard at every position the rest."""
    pattern, guard, needed = _PATTERNS[lang]
    low = guarded_lower(text, start, end)
    if low is None:
        return list(pattern.finditer(text, start, end))
    out: list[regex.Match[str]] = []
    if needed.search(low) is None:
        return out
    resume = start
    for g in guard.finditer(low):
        at = start + g.start()
        if at < resume:
            continue
        m = pattern.match(text, at, end)
        if m is not None:
            out.append(m)
            resume = m.end()
    return out


_FRAME_WORD = regex.compile(r"(?i)(\p{L}+)\s+(?:(?:dem|den|the|zum|zur)\s+)?\Z")  # "seit dem" before a date
_POSSESSIVE = regex.compile(r"['’]s\b")


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


_WORD_BEFORE_SEASON = regex.compile(r"(\p{L}+)\s+\Z")
_SEASON_OPENERS = frozenset({"der", "die", "im", "in", "diesen", "dieser", "diesem", "vergangenen", "letzten",
                             "this", "last", "the", "during", "over"})


def _season(first_month: int, year: int | None, pub: dt.date | None) -> TimeRef | None:
    """A season ("Sommer 2025", "this summer"): its three months, the latest one begun by publication
    when no year is named; a season still running at publication ends there."""
    if year is None:
        if pub is None:
            return None
        year = pub.year if (pub.month, pub.day) >= (first_month, 1) else pub.year - 1
    start = dt.date(year, first_month, 1)
    last_month = (first_month + 1) % 12 + 1
    end_year = year + 1 if last_month < first_month else year
    end = dt.date(end_year, last_month, calendar.monthrange(end_year, last_month)[1])
    if pub is not None and start <= pub < end:
        end = pub
    return TimeRef(start, end, Precision.PERIOD)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL.get(word.lower(), 1)


#: where each named group of the time-word pattern is in ``Match.groups()``: read there by index,
#: as ``regex`` looks a group up by name slowly
_GROUP_AT = {code: {name: number - 1 for name, number in pattern.groupindex.items()}
             for code, (pattern, _, _) in _PATTERNS.items()}
#: the groups of the alternatives of the pattern, one of which a match sets, read in one call
_ALTERNATIVES = {code: operator.itemgetter(*(at[name] for name in ("period", "ago", "earlier", "weekend", "year",
                                                                      "season", "part", "wd", "day", "week",
                                                                      "mword", "month")))
                 for code, at in _GROUP_AT.items()}


def _core(m: regex.Match[str], code: str, pub: dt.date | None, pub_any: dt.date | None,
          before: TimeRef | None) -> TimeRef | None:
    """The time one match names, before any since/until frame."""
    lt = _lang.get(code)
    t = _lang.text_tables(code)
    g, at = m.groups(), _GROUP_AT[code]
    period, ago, earlier, weekend, year, season, part, wd, day, week, mword, month = _ALTERNATIVES[code](g)
    if period:
        return TimeRef(pub_any, pub_any, Precision.PERIOD) if pub_any is not None else None
    if ago or earlier:
        if pub is None:
            return None
        n, unit = (g[at["agon"]], g[at["agou"]]) if ago else (g[at["earn"]], g[at["earu"]])
        days = _count(n) * t.unit_days[unit.lower()]
        d = pub - dt.timedelta(days=days)
        if days >= 365:
            return TimeRef.year(d.year)
        if days >= 28:
            return TimeRef.month(d.year, d.month)
        return TimeRef.week_of(d) if days >= 7 else TimeRef.day(d)
    if weekend:
        if pub is None:
            return None
        sat = _latest_weekday(pub, 5, strictly_before=pub.weekday() < 5)
        return TimeRef(sat, min(sat + dt.timedelta(days=1), pub), Precision.PERIOD)
    if year:
        if pub_any is None:
            return None
        off = t.year_words[" ".join(year.lower().split())]
        if off == 0:
            return TimeRef(dt.date(pub_any.year, 1, 1), pub_any, Precision.PERIOD)
        return TimeRef.year(pub_any.year + off)
    if season:
        prev = _WORD_BEFORE_SEASON.search(m.string, max(0, m.start() - 25), m.start())
        if not g[at["syear"]] and (prev is None or prev.group(1)[0].isupper()
                                     and prev.group(1).lower() not in _SEASON_OPENERS):
            return None  # "Lea Sommer": a name, not the season
        return _season(t.season_words[season.lower()],
                       int(g[at["syear"]]) if g[at["syear"]] else None, pub_any)
    if part:
        number = lt.months.get(g[at["pmonth"]].lower()) or lt.months.get(g[at["pmonth"]].lower() + ".")
        ym = _month_ref(pub_any, number, int(g[at["pyear"]]) if g[at["pyear"]] else None) if number else None
        if not ym:
            return None
        part_of = t.month_parts[" ".join(part.lower().split())]
        last = calendar.monthrange(*ym)[1]
        first_day, last_day = [(1, 10), (11, 20), (21, last)][part_of]
        return TimeRef(dt.date(ym[0], ym[1], first_day), dt.date(ym[0], ym[1], last_day), Precision.PERIOD)
    if wd:
        if wd[0].islower() and code == "en":
            return None
        weekday = lt.weekdays[wd.lower()]
        if g[at["following"]]:
            if before is None:
                return None
            ahead = (weekday - before.end.weekday()) % 7 or 7
            return TimeRef.day(before.end + dt.timedelta(days=ahead))
        if pub is None:
            return None
        if g[at["until"]]:
            ahead = (weekday - pub.weekday()) % 7 or 7  # "until Wednesday": the next one, a deadline
            return TimeRef.day(pub + dt.timedelta(days=ahead))
        return TimeRef.day(_latest_weekday(pub, weekday, bool(g[at["last"]])))
    if day:
        if pub is None:
            return None
        return TimeRef.day(pub + dt.timedelta(days=t.day_words[" ".join(day.lower().split())]))
    if week:
        if pub is None:
            return None
        return TimeRef.week_of(pub + dt.timedelta(weeks=t.week_words[" ".join(week.lower().split())]))
    if mword:
        if pub_any is None:
            return None
        phrase = " ".join(mword.lower().split())
        off = t.month_words[phrase]
        y, mo = pub_any.year, pub_any.month + off
        while mo < 1:
            y, mo = y - 1, mo + 12
        if off == 0 and pub is not None and not phrase.startswith(("earlier", "anfang")):
            return TimeRef(dt.date(y, mo, 1), pub, Precision.PERIOD)  # "this month": so far
        return TimeRef.month(y, mo)
    if month:
        if not month[0].isupper():
            return None  # "may" the verb, "march" the noun
        number = lt.months.get(month.lower()) or lt.months.get(month.lower() + ".")
        ym = _month_ref(pub_any, number, int(g[at["myear"]]) if g[at["myear"]] else None) if number else None
        return TimeRef.month(*ym) if ym else None
    return None


def _framed(ref: TimeRef, since: bool, until: bool, pub_any: dt.date | None) -> TimeRef | None:
    """Apply "seit/since" (a period from the time up to publication) and "bis/until" (the time's
    end); a time after publication is a deadline and names no reference date."""
    if pub_any is not None and ref.start > pub_any:
        return None
    if since and pub_any is not None:
        return TimeRef(ref.start, max(ref.start, pub_any), Precision.PERIOD)
    if until:
        return TimeRef.day(ref.end) if pub_any is None or ref.end <= pub_any else None
    return ref


_number_start = operator.attrgetter("start")  # the sort key of numbers, read in C
_first = operator.itemgetter(0)  # the sort key of mentions


def time_mentions(text: str, start: int, end: int, lang: str, published: TimeRef | None,
                  numbers: Sequence[Number] = ()) -> list[tuple[int, TimeRef]]:
    """Every time reference in ``text[start:end]`` resolved against ``published``, with its offset."""
    t = _lang.text_tables(lang)
    pub = published.end if published is not None and published.precision is Precision.DAY else None
    pub_any = published.end if published is not None else None
    out: list[tuple[int, TimeRef]] = []
    dates: list[tuple[int, int, TimeRef | None]] = []
    years: list[tuple[int, int, TimeRef]] = []
    for i in range(bisect.bisect_left(numbers, start, key=_number_start), len(numbers)):
        n = numbers[i]  # numbers are in text order: skip to the sentence, stop after it (linear time)
        if n.start >= end:
            break
        if not start <= n.start < end:
            continue
        ref: TimeRef | None = None
        if n.kind is NumberKind.DATE and len(n.parts) == 3 and n.parts[1] and n.parts[2]:
            y, mo, d = n.parts
            if not y:
                if pub_any is None:
                    dates.append((n.start, n.end, None))
                    continue
                y = pub_any.year if (mo, d) <= (pub_any.month, pub_any.day) else pub_any.year - 1
            try:
                ref = TimeRef.day(dt.date(y, mo, d))
            except ValueError:
                ref = None
        elif n.kind is NumberKind.TIME and pub is not None:
            ref = TimeRef.day(pub)
        elif n.kind is NumberKind.YEAR and isinstance(n.value, int) and 1000 <= n.value <= 9999:
            years.append((n.start, n.end, TimeRef.year(n.value)))
            continue
        else:
            continue
        dates.append((n.start, n.end, ref))
    matches = _time_words(text, start, end, lang)  # scanned once: the costliest step here
    if years:  # a year named with its month ("Ende September 2023") belongs to the month's mention
        worded = [(m.start(), m.end()) for m in matches]
        dates += [y for y in years if not any(a < y[1] and y[0] < b for a, b in worded)]
    for n_start, n_end, ref in dates:
        if ref is None:
            continue
        frame = _FRAME_WORD.search(text[max(start, n_start - 20):n_start])
        word = frame.group(1).lower() if frame else ""
        framed = _framed(ref, word in t.since_words, word in t.until_words, pub_any)
        if framed is not None:
            out.append((n_start, framed))
    previous: TimeRef | None = None
    for m in matches:
        if any(a < m.end() and m.start() < b for a, b, r in dates if r is None or r.precision is not Precision.YEAR):
            continue  # "Oct. 18" is a date, not the month October
        before = previous
        if before is None:  # the latest date named before it, read only when no time word came before
            earlier = [(p, r) for p, r in out if p < m.start()]
            before = max(earlier, key=_first)[1] if earlier else None
        try:
            core = _core(m, lang, pub, pub_any, before)
        except (OverflowError, ValueError):  # "99999 years ago", a weekday after 31 December 9999
            continue
        if core is None:
            continue
        g, at = m.groups(), _GROUP_AT[lang]
        ref2 = _framed(core, bool(g[at["since"]]), bool(g[at["until"]]), pub_any)
        if ref2 is None or _POSSESSIVE.match(text, m.end(), m.end() + 3):
            continue  # a deadline; "last week's earthquake" names the quake, not the statement
        previous = ref2
        out.append((m.start(), ref2))
    out.sort(key=_first)
    return out


def resolve(mentions: Sequence[tuple[int, TimeRef]], clause: tuple[int, int], pos: int,
            published: TimeRef | None, others: Sequence[tuple[int, int]] = (),
            statement: frozenset[int] = frozenset()) -> TimeRef | None:
    """The reference time for a figure at ``pos``: the nearest time mention in its clause, else the
    nearest in its sentence (``mentions``) that does not sit in the clause of another figure
    (``others``: the clauses of the sentence's other figures), else the publication date.

    Mentions at ``statement`` offsets date the saying ("told reporters on Tuesday that ... in
    2023"): inside the clause they give way to any other mention there."""
    in_clause = [(abs(p - pos), r) for p, r in mentions if clause[0] <= p < clause[1]]
    content = [(abs(p - pos), r) for p, r in mentions if clause[0] <= p < clause[1] and p not in statement]
    pool = content or in_clause or [(abs(p - pos), r) for p, r in mentions
                                    if not any(a <= p < b for a, b in others)]
    if pool:
        return min(pool, key=lambda x: x[0])[1]
    return published
