"""Rules: turn one quantity's assertions into findings.

Every assertion becomes a :class:`Statement`: its source (as an institution key, so ``Pentagon``
and ``US-Verteidigungsministerium`` are one source), the days it is about, and two views of its
figure, both widened by the tolerance :class:`RuleOptions` allows:

- the **interval** the wording commits to (``mehr als 600.000`` is ``[600000, ∞)``, ``bis zu 3000``
  is ``[0, 3000]``), used to decide whether two figures are *compatible*;
- the **level** the figure reports (``mehr als 600.000`` reports 600,000), used to decide whether a
  figure *moved*. A later upper bound (``bis zu``) never evidences a rise and a later lower bound
  (``mindestens``) never evidences a fall.

The rules, each per quantity key (projections, actual counts and denials have different keys, so
they never meet):

- **divergence**: two different sources, about the same day, with disjoint intervals; or about days
  at most ``divergence_days`` apart where the later figure lies below the earlier one (a later figure
  above an earlier one is how counts grow: that is escalation, not disagreement).
- **escalation / de-escalation**: in time order, the level rises (falls) beyond tolerance from one
  day to a later one; a run continues while new extremes follow and ends when the level turns.
- **revision**: one source states, in a later publication, a figure for the same day that is
  incompatible with its earlier one; or lowers a cumulative count (deaths so far) it gave before.
- **corroboration**: on one day, statements of at least two independent sources share a value.
  A figure repeated by one source (a headline and its body, two outlets quoting one statement)
  counts once.

All rules sort before they look, so the input order never matters; each runs in O(n log n).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

import attrs
import regex

from drift.assertions import AUTHOR, Assertion, Modality
from drift.attribution import kind_of
from drift.findings import Finding, FindingKind
from drift.grouping import key_label, reference_time
from drift.lang.concepts import SOURCE_TERMS
from drift.lang.geo import find_places
from drift.numbers import Value
from drift.quantities import Qualifier

__all__ = ["RuleOptions", "Statement", "agreement", "best_cover", "compare", "source_key", "statement", "statements"]

_INF = math.inf
_LOWER = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.VAGUE})
_UPPER = frozenset({Qualifier.UP_TO, Qualifier.AT_MOST, Qualifier.LESS_THAN})


def _fraction(value: object, name: str = "tolerance") -> Fraction:
    try:
        f = Fraction(str(value))
    except (ValueError, ZeroDivisionError) as e:
        raise ValueError(f"{name} must be a number, got {value!r}") from e
    if not 0 <= f < 1:
        raise ValueError(f"{name} must be in [0, 1), got {value!r}")
    return f


@attrs.frozen
class RuleOptions:
    """Parameters of the rules (all documented in ``docs/comparison.md``).

    - ``exact_tolerance`` (0.02): relative slack around a figure stated exactly (rounding, a
      late-counted few); ``approx_tolerance`` (0.10): around ``rund``/``about``/``knapp``.
    - ``divergence_days`` (1): how far apart two statements may be and still be about "the same
      time" for divergence (0: the same day only).
    - ``cumulative``: concepts whose counts only grow (a fall by the same source is a revision).
    - ``max_evidence`` (50): at most this many assertions listed per finding side.
    - ``coarse_days`` (7): a reference time spanning more days than this (a month, a period) is
      too vague to order; its statements meet only statements about the same span.
    """

    exact_tolerance: Fraction = attrs.field(default=Fraction(1, 50), converter=_fraction)
    approx_tolerance: Fraction = attrs.field(default=Fraction(1, 10), converter=_fraction)
    divergence_days: int = attrs.field(default=1)
    cumulative: frozenset[str] = attrs.field(
        default=frozenset({"death", "casualty", "injured", "case", "arrested", "captured", "dismissed"}),
        converter=frozenset)
    max_evidence: int = 50
    coarse_days: int = 7

    @divergence_days.validator
    def _check_days(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < 0:
            raise ValueError(f"divergence_days must be >= 0, got {value!r}")


@attrs.frozen
class Statement:
    """One assertion as the rules see it.

    Bounds are exact integers in units of ``1/unit`` (``unit`` is the same for every statement
    built together by :func:`statements`, so comparisons are exact and scale-invariant); an
    unbounded end is ``±inf``. Days are ordinals.
    """

    assertion: Assertion
    source: str
    lo: int | float  # -inf when unbounded
    hi: int | float  # +inf when unbounded
    floor: int
    ceil: int
    side: str  # "lower", "upper" or "two"
    day: int | None
    published: int | None
    #: (first, last day) of a reference coarser than ``coarse_days`` ("im Oktober"): such statements
    #: are compared only with statements about the same span and take no part in trends
    span: tuple[int, int] | None = None
    unit: int = 1
    #: (document, number start, number end): a stable order among statements
    order: tuple[str, int, int] = ("", 0, 0)

    @property
    def point(self) -> Value:
        return self.assertion.quantity.point

    def value_of(self, bound: int | float) -> float | None:
        """A bound in the figure's own units (None for an unbounded end)."""
        return None if isinstance(bound, float) and math.isinf(bound) else bound / self.unit


#: figures at or beyond this magnitude ("10^400" written out) take no part in comparison: ratios and
#: bounds in the figure's units are floats, and no real count comes near it
_FLOAT_LIMIT: int = 10 ** 300


def _values(a: Assertion) -> list[Value]:
    q = a.quantity
    return [v for v in (q.value, q.low_value, q.high_value) if v is not None]


def _decimals(v: Value) -> int:
    if isinstance(v, int):
        return 0
    exp = Decimal(str(v)).as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


def _scale(assertions: Iterable[Assertion]) -> int:
    """The power of ten that makes every value of these assertions an integer (at most 10^30;
    figures with more decimals are rounded there)."""
    return int(10 ** min(30, max((_decimals(v) for a in assertions for v in _values(a)), default=0)))


def statement(a: Assertion, options: RuleOptions | None = None, *, scale: int | None = None) -> Statement:
    """The rules' view of one assertion. Statements meant to be compared must share ``scale``:
    build them together with :func:`statements`."""
    opts = options or RuleOptions()
    return _statement(a, opts, scale if scale is not None else _scale([a]), _tolerances(opts))


def _tolerances(opts: RuleOptions) -> tuple[int, int, int]:
    """The exact and approximate tolerances as integers over a common denominator:
    ``(denominator, exact numerator, approx numerator)``."""
    e, ap = opts.exact_tolerance, opts.approx_tolerance
    den = e.denominator * ap.denominator // math.gcd(e.denominator, ap.denominator)
    return den, e.numerator * (den // e.denominator), ap.numerator * (den // ap.denominator)


def _statement(a: Assertion, opts: RuleOptions, sc: int, tolerances: tuple[int, int, int]) -> Statement:
    den, te, ta = tolerances

    def widen(v: Value, t: int) -> tuple[int, int]:
        x = v * sc if isinstance(v, int) else int((Decimal(v) * sc).to_integral_value())
        return x * den - abs(x) * t, x * den + abs(x) * t

    q = a.quantity
    lo: int | float
    hi: int | float
    if q.qualifier is Qualifier.RANGE:
        lo = widen(q.low_value, te)[0] if q.low_value is not None else -_INF
        hi = widen(q.high_value, te)[1] if q.high_value is not None else _INF
        floor_ = lo if isinstance(lo, int) else int(hi)
        ceil_ = hi if isinstance(hi, int) else floor_
        side = "two"
    else:
        v = q.point
        if q.qualifier is Qualifier.APPROX:
            lo, hi = floor_, ceil_ = widen(v, ta)
            side = "two"
        elif q.qualifier is Qualifier.ALMOST:
            lo = floor_ = widen(v, ta)[0]
            hi = ceil_ = widen(v, te)[1]
            side = "two"
        else:
            floor_, ceil_ = widen(v, te)
            if q.qualifier in _LOWER:
                lo, hi, side = floor_, _INF, "lower"
            elif q.qualifier in _UPPER:
                lo, hi, side = -_INF if floor_ < 0 else 0, ceil_, "upper"
            else:
                lo, hi, side = floor_, ceil_, "two"
    t = reference_time(a)
    day = None if t is None else (t[0].toordinal() + t[1].toordinal()) // 2
    coarse = t is not None and (t[1] - t[0]).days > opts.coarse_days
    pub = a.published.start.toordinal() if a.published else None
    return Statement(a, source_key(a.source, a.lang, a.outlet or a.doc_id), lo, hi, floor_, ceil_, side, day, pub,
                     (t[0].toordinal(), t[1].toordinal()) if coarse and t else None, sc * den,
                     (a.doc_id, q.number_start, q.number_end))


_TOKEN = regex.compile(r"[\p{L}\p{N}]+")
_ACRONYM = regex.compile(r"\((\p{Lu}{2,6})\)?\s*\Z|\A(\p{Lu}{2,6})\Z")
_PARTS = regex.compile(r"[\s\-]+")
_PARENS_RULES = regex.compile(r"\([^)]*\)?")


def _source_patterns() -> tuple[tuple[regex.Pattern[str], str], ...]:
    """One compiled pattern per institution: whole words and phrases in any language, and German
    stems at the start of a word (``Polizeidirektion``, ``Zivilschutzbehörde``)."""
    words: dict[str, list[str]] = defaultdict(list)
    for table_lang, table in SOURCE_TERMS.items():
        for word, inst in table.items():
            esc = regex.escape(word)
            words[inst].append(rf"\b{esc}" if table_lang == "de" and " " not in word and len(word) > 3
                               else rf"\b{esc}s?\b")
    return tuple((regex.compile("|".join(sorted(set(alts)))), inst) for inst, alts in sorted(words.items()))


_SOURCE_PATTERNS = _source_patterns()


def source_key(source: str, lang: str, outlet: str) -> str:
    """Who a source is, as a comparable key: institutions by a language-neutral id (``Polizei``,
    ``Polizeidirektion Süd`` and ``police`` are ``police``), people by surname, countries by id;
    the outlet's own figures are ``author:<outlet>``."""
    if not source or source == AUTHOR:
        return f"author:{outlet}"
    return _named_source(source, lang)


@lru_cache(maxsize=65536)
def _named_source(source: str, lang: str) -> str:
    low = source.lower()
    found = {inst for pattern, inst in _SOURCE_PATTERNS if pattern.search(low)}
    if found:
        return "+".join(sorted(found))
    acronym = _ACRONYM.search(source)
    if acronym is not None:  # "Robert Koch-Institut (RKI)" is "RKI"
        return str(acronym.group(1) or acronym.group(2)).lower()
    parts = [p for p in _PARTS.split(_PARENS_RULES.sub(" ", source)) if p[:1].isupper()]
    if len(parts) >= 3 and kind_of(parts[-1]) is not None:
        return "".join(p[0] for p in parts).lower()  # "Robert Koch-Institut" is "RKI" too
    names = [m.group() for m in _TOKEN.finditer(source) if m.group()[:1].isupper()]
    places = {pid for _, _, pid in find_places(source, lang)}
    if names and not places:
        return str(names[-1].lower())
    if places and len(names) <= len(places):
        return "place:" + "+".join(sorted(places))
    return str(names[-1].lower()) if names else low


# --------------------------------------------------------------------------------------------
# Formatting for explanations
# --------------------------------------------------------------------------------------------

_QUALIFIER_WORDS = {
    Qualifier.APPROX: "about ", Qualifier.AT_LEAST: "at least ", Qualifier.MORE_THAN: "more than ",
    Qualifier.AT_MOST: "at most ", Qualifier.LESS_THAN: "fewer than ", Qualifier.UP_TO: "up to ",
    Qualifier.ALMOST: "nearly ", Qualifier.VAGUE: "at least ",
}


def _num(v: Value | None) -> str:
    if v is None:
        return "?"
    if isinstance(v, Decimal) and v == v.to_integral_value():
        v = int(v)
    if isinstance(v, int):
        return f"{v:,}"
    text = f"{v:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _figure(a: Assertion) -> str:
    q = a.quantity
    pct = "%" if q.is_percent else ""
    if q.qualifier is Qualifier.RANGE:
        return f"{_num(q.low_value)}{pct}–{_num(q.high_value)}{pct}"
    return f"{_QUALIFIER_WORDS.get(q.qualifier, '')}{_num(q.point)}{pct}"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _date(day: int | None) -> str:
    """``18 Oct 2024`` (English month abbreviations whatever the locale)."""
    if day is None:
        return "undated"
    d = dt.date.fromordinal(day)
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _span_label(s: Statement) -> str:
    ref = s.assertion.refers_to or s.assertion.published
    return ref.iso() if ref else "undated"


def _who(s: Statement) -> str:
    a = s.assertion
    src = a.source if a.source and a.source != AUTHOR else (a.outlet or a.doc_id)
    return " ".join(src.split())


def _ratio(big: Value, small: Value) -> float | None:
    """Larger over smaller magnitude (>= 1), for display; None when one is zero."""
    b, s = abs(float(big)), abs(float(small))
    if s == 0 or b == 0:
        return None
    return b / s if b >= s else s / b


def _diff(a: Value, b: Value) -> Value:
    d = Decimal(str(a)) - Decimal(str(b))
    return int(d) if d == d.to_integral_value() else d


def _ordered(stmts: Iterable[Statement]) -> list[Statement]:
    return sorted(stmts, key=lambda s: (s.day if s.day is not None else -1, s.order))


def _stable(s: Statement) -> tuple[str, int, int]:
    return s.order


# --------------------------------------------------------------------------------------------
# The rules
# --------------------------------------------------------------------------------------------

def _dedupe(stmts: Sequence[Statement]) -> list[Statement]:
    """One statement per (document, source, figure, day): a figure repeated in one article counts once."""
    seen: set[tuple[str, str, object, object, int | None]] = set()
    out = []
    for s in sorted(stmts, key=_stable):
        k = (s.assertion.doc_id, s.source, s.lo, s.hi, s.day)
        if k not in seen:
            seen.add(k)
            out.append(s)
    return out


def _extremes(bucket: Sequence[Statement]) -> tuple[list[Statement], list[Statement]]:
    """The statements with the highest lower bounds and the lowest upper bounds, at most two
    sources each (enough to find a pair of different sources)."""
    if len(bucket) == 1:  # the common case: one statement that day
        return [bucket[0]], [bucket[0]]
    highs: list[Statement] = []
    for s in sorted(bucket, key=lambda s: (-s.lo, s.order)):
        if all(s.source != h.source for h in highs):
            highs.append(s)
            if len(highs) == 2:
                break
    lows: list[Statement] = []
    for s in sorted(bucket, key=lambda s: (s.hi, s.order)):
        if all(s.source != x.source for x in lows):
            lows.append(s)
            if len(lows) == 2:
                break
    return highs, lows


def _conflict(highs: Sequence[Statement], lows: Sequence[Statement]) -> tuple[Statement, Statement] | None:
    best: tuple[Statement, Statement] | None = None
    best_gap: object = None
    for h in highs:
        for low in lows:
            if h.source != low.source and h.lo > low.hi:
                gap = h.lo - low.hi
                if best_gap is None or gap > best_gap:  # type: ignore[operator]
                    best, best_gap = (h, low), gap
    return best


def _unique(stmts: Iterable[Statement]) -> list[Statement]:
    """The statements without repeats (by identity), in their order."""
    return list({id(s): s for s in stmts}.values())


def _divergence(key: str, label: str, high: Statement, low: Statement, hi_side: Iterable[Statement],
                lo_side: Iterable[Statement], opts: RuleOptions) -> Finding:
    # every statement listed on one side conflicts with every statement on the other: the lows
    # below the highest figure, then the highs above all of those lows
    los = _ordered(_unique([low, *[s for s in lo_side if s.hi < high.lo]]))[: opts.max_evidence]
    ceiling = max(s.hi for s in los)
    his = _ordered(_unique([high, *[s for s in hi_side if s.lo > ceiling]]))[: opts.max_evidence]
    evidence = _unique([low, high, *los, *his])
    days = abs((high.day or 0) - (low.day or 0)) if high.day is not None and low.day is not None else None
    when = _span_label(low) if low.span else _date(low.day) if days == 0 else f"{_date(min(high.day or 0, low.day or 0))}–{_date(max(high.day or 0, low.day or 0))}" \
        if days is not None else "undated"
    ratio = _ratio(high.point, low.point)
    times = f" ({ratio:.1f}× apart)" if ratio else ""
    text = (f"Sources disagree on the number of {label} ({when}): {_figure(low.assertion)} "
            f"({_who(low)}) vs {_figure(high.assertion)} ({_who(high)}){times}.")
    d0 = [x.day for x in (low, high) if x.day is not None]
    return Finding(FindingKind.DIVERGENCE, key, tuple(s.assertion for s in evidence), text, ratio,
                   _diff(high.point, low.point), days,
                   dt.date.fromordinal(min(d0)) if d0 else None, dt.date.fromordinal(max(d0)) if d0 else None, label)


def _divergences(key: str, label: str, buckets: Sequence[tuple[int | None, list[Statement]]],
                 opts: RuleOptions) -> list[Finding]:
    out: list[Finding] = []
    ext = [(day, b, *_extremes(b)) for day, b in buckets]
    for i, (day, bucket, highs, lows) in enumerate(ext):
        pair = _conflict(highs, lows)
        if pair:
            out.append(_divergence(key, label, pair[0], pair[1], bucket, bucket, opts))
        if day is None:
            continue
        j = i - 1
        while j >= 0 and ext[j][0] is not None and day - ext[j][0] <= opts.divergence_days:  # type: ignore[operator]
            pair = _conflict(ext[j][2], lows)  # an earlier high above a later low
            if pair:
                out.append(_divergence(key, label, pair[0], pair[1], ext[j][1], bucket, opts))
            j -= 1
    return out


def _rises(a: Statement, b: Statement) -> bool:
    return b.side != "upper" and b.floor > a.ceil


def _falls(a: Statement, b: Statement) -> bool:
    return b.side != "lower" and b.ceil < a.floor


def _trend(key: str, label: str, chain: list[Statement], up: bool) -> Finding:
    first, last = chain[0], chain[-1]
    ratio = _ratio(last.point, first.point)
    days = (last.day or 0) - (first.day or 0)
    verb = "rose" if up else "fell"
    times = f"{ratio:.1f}× in {days} day{'s' if days != 1 else ''}" if ratio else f"in {days} days"
    text = (f"Reported number of {label} {verb} from {_figure(first.assertion)} ({_who(first)}, "
            f"{_date(first.day)}) to {_figure(last.assertion)} ({_who(last)}, {_date(last.day)}): {times}.")
    kind = FindingKind.ESCALATION if up else FindingKind.DEESCALATION
    return Finding(kind, key, tuple(s.assertion for s in chain), text, ratio, _diff(last.point, first.point),
                   days, dt.date.fromordinal(first.day or 1), dt.date.fromordinal(last.day or 1), label)


def _trends(key: str, label: str, buckets: Sequence[tuple[int | None, list[Statement]]]) -> list[Finding]:
    out: list[Finding] = []
    phase = 0  # 1 rising, -1 falling, 0 not yet known
    chain: list[Statement] = []
    lowest: Statement | None = None  # lowest level seen so far (a rise may start there)
    highest: Statement | None = None
    for day, bucket in buckets:
        if day is None:
            continue
        # a day's level is its median statement, so one stray figure cannot turn a trend
        if len(bucket) == 1:
            only = bucket[0]
            up = only if only.side != "upper" else None
            down = only if only.side != "lower" else None
            low_here = high_here = only
        else:
            by_floor = sorted(bucket, key=lambda s: (s.floor, s.order))
            by_ceil = sorted(bucket, key=lambda s: (s.ceil, s.order))
            ups = [s for s in by_floor if s.side != "upper"]  # a sorted list filtered stays sorted
            downs = [s for s in by_ceil if s.side != "lower"]
            up = ups[len(ups) // 2] if ups else None
            down = downs[(len(downs) - 1) // 2] if downs else None
            low_here = by_ceil[(len(bucket) - 1) // 2]
            high_here = by_floor[len(bucket) // 2]
        if phase == 1:
            if down is not None and _falls(chain[-1], down):
                out.append(_trend(key, label, chain, True))
                phase, chain = -1, [chain[-1], down]
            elif up is not None and _rises(chain[-1], up):
                chain.append(up)
        elif phase == -1:
            if up is not None and _rises(chain[-1], up):
                out.append(_trend(key, label, chain, False))
                phase, chain = 1, [chain[-1], up]
            elif down is not None and _falls(chain[-1], down):
                chain.append(down)
        else:
            rise = up is not None and lowest is not None and _rises(lowest, up)
            fall = down is not None and highest is not None and _falls(highest, down)
            if rise and fall:  # a disputed day moves both ways: follow its median figure (upper median)
                assert lowest is not None
                middle = high_here
                rise = middle.floor > lowest.ceil
                fall = not rise
            if rise:
                assert lowest is not None and up is not None
                phase, chain = 1, [lowest, up]
            elif fall:
                assert highest is not None and down is not None
                phase, chain = -1, [highest, down]
        if lowest is None or low_here.ceil < lowest.ceil:
            lowest = low_here
        if highest is None or high_here.floor > highest.floor:
            highest = high_here
    if phase:
        out.append(_trend(key, label, chain, phase == 1))
    return out


def _revisions(key: str, label: str, stmts: Sequence[Statement], cumulative: bool, opts: RuleOptions) -> list[Finding]:
    out: list[Finding] = []
    by_source: dict[str, list[Statement]] = defaultdict(list)
    for s in stmts:
        if s.published is not None and s.day is not None and not s.source.startswith("author:"):
            by_source[s.source].append(s)
    for source in sorted(by_source):
        items = sorted(by_source[source], key=lambda s: (s.published, s.day, s.order))
        last_for_day: dict[int, Statement] = {}
        peak: Statement | None = None
        for s in items:
            assert s.day is not None and s.published is not None
            before = last_for_day.get(s.day)
            if before is not None and before.published is not None and before.published < s.published \
                    and (s.lo > before.hi or s.hi < before.lo):
                out.append(_revision(key, label, before, s, same_day=True))
            elif cumulative and peak is not None and peak.published is not None and peak.published < s.published \
                    and peak.day is not None and peak.day < s.day and _falls(peak, s):
                out.append(_revision(key, label, peak, s, same_day=False))
            last_for_day[s.day] = s
            if peak is None or s.floor > peak.floor:
                peak = s
    return out


def _revision(key: str, label: str, old: Statement, new: Statement, *, same_day: bool) -> Finding:
    ratio = _ratio(new.point, old.point)
    about = f"for {_date(new.day)} " if same_day else ""
    verb = "raised" if new.floor > old.ceil else "lowered"
    text = (f"{_who(new)} {verb} its figure for {label} {about}from {_figure(old.assertion)} "
            f"(published {_date(old.published)}) to {_figure(new.assertion)} (published {_date(new.published)}).")
    days = (new.published or 0) - (old.published or 0)
    return Finding(FindingKind.REVISION, key, (old.assertion, new.assertion), text, ratio,
                   _diff(new.point, old.point), days, dt.date.fromordinal(old.published or 1),
                   dt.date.fromordinal(new.published or 1), label)


def best_cover(bucket: Sequence[Statement]) -> tuple[list[Statement], int | float, int | float]:
    """The largest set of statements whose intervals share a value, and the interval they share
    (a sweep over the bounds: O(k log k))."""
    if len(bucket) == 1 and bucket[0].lo <= bucket[0].hi:  # the common case: one statement
        return [bucket[0]], bucket[0].lo, bucket[0].hi
    order = sorted(bucket, key=lambda s: (s.lo, s.order))
    heap: list[tuple[int | float, int]] = []
    best_n = 0
    best_at: int | float = -_INF
    for i, s in enumerate(order):
        heapq.heappush(heap, (s.hi, i))
        while heap and heap[0][0] < s.lo:
            heapq.heappop(heap)
        if len(heap) > best_n:
            best_n, best_at = len(heap), s.lo
    members = [s for s in order if s.lo <= best_at <= s.hi]
    lo = max((s.lo for s in members), default=-_INF)
    hi = min((s.hi for s in members), default=_INF)
    return members, lo, hi


def _corroborations(key: str, label: str, buckets: Sequence[tuple[int | None, list[Statement]]],
                    opts: RuleOptions) -> list[Finding]:
    out: list[Finding] = []
    for day, bucket in buckets:
        if len({s.source for s in bucket}) < 2:
            continue
        members, lo, hi = best_cover(bucket)
        per_source: dict[str, Statement] = {}
        for s in members:
            per_source.setdefault(s.source, s)
        if len(per_source) < 2:
            continue
        chosen = _ordered(per_source.values())[: opts.max_evidence]
        parts = ", ".join(f"{_figure(s.assertion)} ({_who(s)})" for s in chosen)
        when = _span_label(chosen[0]) if chosen[0].span else _date(day)
        text = f"{len(per_source)} independent sources agree on the number of {label} ({when}): {parts}."
        d = dt.date.fromordinal(day) if day is not None else None
        out.append(Finding(FindingKind.CORROBORATION, key, tuple(s.assertion for s in chosen), text, None, None,
                           0 if day is not None else None, d, d, label))
    return out


def statements(assertions: Iterable[Assertion], options: RuleOptions | None = None) -> list[Statement]:
    """The rules' view of every assertion that can be compared (denials cannot), on one scale."""
    items = []
    places = 0
    for a in assertions:
        if a.modality is Modality.DENIED:  # kind "denied"
            continue
        values = _values(a)
        if all(-_FLOAT_LIMIT < v < _FLOAT_LIMIT for v in values):
            items.append(a)
            for v in values:
                if not isinstance(v, int):
                    places = max(places, _decimals(v))
    scale = int(10 ** min(30, places))
    opts = options or RuleOptions()
    tolerances = _tolerances(opts)
    return [_statement(a, opts, scale, tolerances) for a in items]


def compare(key: str, assertions: Iterable[Assertion], options: RuleOptions | None = None, *,
            prepared: Sequence[Statement] | None = None) -> list[Finding]:
    """All findings about one quantity (its assertions all share ``key``); ``prepared`` passes
    statements already built with :func:`statements`."""
    opts = options or RuleOptions()
    stmts = _dedupe(prepared if prepared is not None else statements(assertions, opts))
    if len(stmts) < 2:
        return []
    label = key_label(key)
    by_day: dict[int | None, list[Statement]] = defaultdict(list)
    by_span: dict[tuple[int, int], list[Statement]] = defaultdict(list)
    for s in stmts:
        if s.span is None:
            by_day[s.day].append(s)
        else:
            by_span[s.span].append(s)
    buckets = sorted(by_day.items(), key=lambda kv: -1 if kv[0] is None else kv[0])
    # coarse spans: each its own bucket, compared within, never ordered against days
    spans: list[tuple[int | None, list[Statement]]] = [(None, by_span[k]) for k in sorted(by_span)]
    concept = key.partition("|")[0]
    # a vague word ("Tausende", "dozens") names an order of magnitude, not a level a figure can
    # rise from or contradict: trends and divergences are read from the other statements
    ordered = [(day, kept) for day, bucket in buckets
               if (kept := [s for s in bucket if s.assertion.quantity.qualifier is not Qualifier.VAGUE])]
    findings = _divergences(key, label, ordered, opts)
    for _, bucket in spans:
        kept = [s for s in bucket if s.assertion.quantity.qualifier is not Qualifier.VAGUE]
        findings += _divergences(key, label, [(None, kept)], opts) if kept else []
    trends = _trends(key, label, ordered)
    # a source's own series can move while the mix of sources hides it ("the agency raised its
    # toll from at least 11 to 19" between other sources' figures): trends per source as well,
    # unless they only repeat a trend already found
    def ident(f: Finding) -> tuple[object, ...]:
        first, last = f.assertions[0], f.assertions[-1]
        return (f.kind, f.start, first.quantity.point, f.end, last.quantity.point)

    seen = {ident(f) for f in trends}
    by_source: dict[str, dict[int, list[Statement]]] = defaultdict(lambda: defaultdict(list))
    for day, bucket in ordered:
        if day is not None:
            for s in bucket:
                by_source[s.source][day].append(s)
    for source in sorted(by_source):
        days = by_source[source]
        if len(days) < 2:
            continue
        for f in _trends(key, label, sorted(days.items())):
            if ident(f) not in seen:
                seen.add(ident(f))
                trends.append(f)
    findings += trends
    findings += _revisions(key, label, [s for s in stmts if s.span is None], concept in opts.cumulative, opts)
    findings += _corroborations(key, label, buckets + spans, opts)
    return findings


def agreement(bucket: Sequence[Statement]) -> dict[str, float]:
    """Per source: the share of the other sources' statements its figures are compatible with
    (1.0 when every other source agrees, 0.0 when none does); O(k log k)."""
    if len(bucket) < 2:  # no other source to agree with
        return {}
    def counter(stmts: Sequence[Statement]) -> tuple[list[int | float], list[int | float]]:
        return sorted(s.hi for s in stmts), sorted(s.lo for s in stmts)

    def overlapping(s: Statement, his: list[int | float], los: list[int | float]) -> int:
        # every interval that neither ends below s nor starts above it
        return len(his) - bisect_left(his, s.lo) - (len(los) - bisect_right(los, s.hi))

    everyone = counter(bucket)
    by_source: dict[str, list[Statement]] = defaultdict(list)
    for s in bucket:
        by_source[s.source].append(s)
    scores: dict[str, float] = {}
    for src in sorted(by_source):
        own = by_source[src]
        others = len(bucket) - len(own)
        if not others:
            continue
        mine = counter(own)
        shares = [(overlapping(s, *everyone) - overlapping(s, *mine)) / others for s in own]
        scores[src] = sum(shares) / len(shares)
    return scores
