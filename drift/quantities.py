"""Quantities: a number with the qualifier the text puts on it, as the bounds the wording commits to.

``"mehr als 600.000"`` is ``more_than`` with the open lower bound 600000 and no upper bound;
``"bis zu 12.000"`` is ``up_to`` with the closed upper bound 12000; ``"rund 10.000"`` is ``approx``
with both bounds at 10000 - how wide "rund" is belongs to the comparison rules, not to the quantity.
"""

from __future__ import annotations

import enum
import re
import string
from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs
import regex

from drift import lang as _lang
from drift.exceptions import ParseError
from drift.numbers import _FIGURE_KINDS, Number, NumberKind, Value, _scan
from drift.text import guarded_starts, lower_guard, word_starts

__all__ = ["Bound", "Qualifier", "Quantity", "find_quantities", "parse_quantity"]


class Qualifier(str, enum.Enum):
    """How the wording qualifies a figure (the vocabulary of the gold files)."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    UP_TO = "up_to"
    ALMOST = "almost"
    RANGE = "range"
    VAGUE = "vague"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Bound:
    """One end of an interval: a value, and whether the value itself belongs to it."""

    value: Value
    closed: bool = True

    def admits_below(self, x: Value) -> bool:
        """As an upper bound: is ``x`` at or below it?"""
        return x < self.value or (self.closed and x == self.value)

    def admits_above(self, x: Value) -> bool:
        """As a lower bound: is ``x`` at or above it?"""
        return x > self.value or (self.closed and x == self.value)


#: members read on the paths run once per figure (or per use of :attr:`Quantity.is_percent`): a
#: global's lookup costs a fraction of reading the member off the enum class
_EXACT, _VAGUE, _RANGE = Qualifier.EXACT, Qualifier.VAGUE, Qualifier.RANGE
_PERCENT, _COUNT = NumberKind.PERCENT, NumberKind.COUNT

#: the bounds a qualifier of one figure sets, (lower, upper): closed (True), open (False) or none
_SIDES: dict[Qualifier, tuple[bool | None, bool | None]] = {
    Qualifier.EXACT: (True, True), Qualifier.APPROX: (True, True),
    Qualifier.AT_LEAST: (True, None), Qualifier.VAGUE: (True, None), Qualifier.MORE_THAN: (False, None),
    Qualifier.AT_MOST: (None, True), Qualifier.UP_TO: (None, True),
    Qualifier.LESS_THAN: (None, False), Qualifier.ALMOST: (None, False),
}


def _bounds(q: Qualifier, v: Value) -> tuple[Bound | None, Bound | None]:
    sides = _SIDES.get(q)
    if sides is None:
        raise ValueError(f"a {q.value} quantity needs two numbers")  # pragma: no cover - RANGE only
    low, high = sides
    if low and high:
        point = Bound(v)
        return point, point  # bounds are immutable: one serves as both
    return (None if low is None else Bound(v, low)), (None if high is None else Bound(v, high))


@attrs.frozen
class Quantity:
    """A figure with its qualifier and bounds, and the numbers and span it was read from."""

    value: Value | None
    qualifier: Qualifier
    low: Bound | None
    high: Bound | None
    surface: str
    start: int
    end: int
    numbers: tuple[Number, ...]

    @classmethod
    def from_number(cls, number: Number, qualifier: Qualifier, *, start: int | None = None,
                    end: int | None = None, text: str | None = None) -> Quantity:
        """The quantity one number states under ``qualifier`` (vague numbers stay vague)."""
        if number.vague and qualifier is _EXACT:
            qualifier = _VAGUE
        low: Bound | None
        high: Bound | None
        if qualifier is _EXACT:  # the common case, without the call
            low = high = Bound(number.value)
        else:
            low, high = _bounds(qualifier, number.value)
        s = number.start if start is None else start
        e = number.end if end is None else end
        surface = number.surface if text is None else text[s:e]
        return cls(number.value, qualifier, low, high, surface, s, e, (number,))

    @classmethod
    def from_range(cls, a: Number, b: Number, *, start: int, end: int, text: str) -> Quantity:
        """The closed range ``[a, b]`` (``zwischen 10.000 und 12.000``, ``10,000-12,000``)."""
        lo, hi = sorted((a.value, b.value))
        return cls(None, _RANGE, Bound(lo), Bound(hi), text[start:end], start, end, (a, b))

    @classmethod
    def from_bounds(cls, a: Quantity, b: Quantity, *, text: str) -> Quantity:
        """One range from two one-sided quantities joined by "and" ("more than 10 and less than
        40", "at most 100 and at least 20"): the lower bound of one, the upper bound of the other."""
        low = a.low if a.low is not None else b.low
        high = a.high if a.high is not None else b.high
        start, end = min(a.start, b.start), max(a.end, b.end)
        return cls(None, _RANGE, low, high, text[start:end], start, end,
                   (*a.numbers, *b.numbers))

    @property
    def number(self) -> Number:
        """The (first) number the quantity was read from."""
        return self.numbers[0]

    @property
    def number_start(self) -> int:
        """Where the figure's own digits or words begin."""
        return self.numbers[0].start

    @property
    def number_end(self) -> int:
        """Where the figure's own digits or words end (the second number's end for ranges)."""
        return self.numbers[-1].end

    @property
    def is_percent(self) -> bool:
        """True when the figure is a percentage."""
        return self.numbers[0].kind is _PERCENT

    @property
    def low_value(self) -> Value | None:
        """The lower bound's value, or None when unbounded below."""
        return self.low.value if self.low else None

    @property
    def high_value(self) -> Value | None:
        """The upper bound's value, or None when unbounded above."""
        return self.high.value if self.high else None

    @property
    def point(self) -> Value:
        """One representative value: the stated one, a range's midpoint, or the one bound there is."""
        if self.value is not None:
            return self.value
        lo, hi = self.low_value, self.high_value
        if lo is not None and hi is not None:
            mid = (Decimal(lo) + Decimal(hi)) / 2
            return int(mid) if mid == mid.to_integral_value() else mid
        return lo if lo is not None else hi if hi is not None else 0

    def contains(self, x: Value) -> bool:
        """Does the interval the wording commits to admit ``x``?"""
        return (self.low is None or self.low.admits_above(x)) and \
            (self.high is None or self.high.admits_below(x))


# --------------------------------------------------------------------------------------------
# Finding the qualifier around a number
# --------------------------------------------------------------------------------------------

@attrs.frozen
class _Frames:
    before: regex.Pattern[str]  # a qualifier phrase ending right before the number
    before_back: regex.Pattern[str] | None  # the same searched from the end, where that finds the same
    before_guard: re.Pattern[str]  # its opening lookahead in lower case (see _qualifier_before)
    after: regex.Pattern[str]  # a qualifier phrase right after the number
    range_open: regex.Pattern[str]  # "zwischen", "von", "between", "from" right before
    connector: regex.Pattern[str]  # what joins the two ends of a range
    conjunction: regex.Pattern[str]  # "and" or a comma between two one-sided quantities
    change: regex.Pattern[str]  # a verb of change before "von/from": the numbers are two figures
    plain_connectors: frozenset[str]  # connectors that make a range without an opening word
    qualifiers_before: dict[str, Qualifier]
    qualifiers_after: dict[str, str]
    range_open_words: dict[str, frozenset[str]]
    #: ASCII characters no phrase of ``after`` opens with (ignoring case, as there), and the pairs of
    #: ASCII letters one may open with: where the phrase would start (right after the number, or
    #: after a single blank) ``after`` cannot match one of the former, nor two letters not the latter
    after_never: frozenset[str]
    after_pairs: frozenset[str]
    #: the last words of the phrases of ``before``, lower-cased, and the ASCII characters one may
    #: end with (ignoring case, as there; see :func:`_qualifier_before`)
    before_last_words: frozenset[str]
    before_ends: frozenset[str]
    #: the phrases of ``before`` that open with a word character, each lower-cased, with the blank
    #: after it, written backwards, longest first, and not after a word character or a dot, as
    #: ``re`` reads them from a window's end backwards; how far back from the end a match reaches
    #: with the character before it; and the characters the other phrases (signs) end with (see
    #: :func:`_qualifier_phrase`)
    before_backwards: re.Pattern[str]
    before_reach: int
    before_sign_ends: frozenset[str]


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _phrase_alt(phrases: Sequence[str]) -> str:
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def _reversible(words: Sequence[str], symbols: Sequence[str]) -> bool:
    """Whether the qualifier pattern of these phrases finds, searched from the end, the match it
    finds from the start (see :func:`_qualifier_before`): every phrase written with single blanks
    and none at its ends, and no phrase sign ending in a character a phrase word ends in."""
    if any(p != " ".join(p.split()) for p in [*words, *symbols]):
        return False
    return not any(regex.fullmatch(regex.escape(w[-1]), s[-1], regex.IGNORECASE)
                   for w in words for s in symbols)


def _build_frames(t: _lang.Language) -> _Frames:
    words = [p for p in t.qualifiers_before if p[:1].isalnum()]
    symbols = [p for p in t.qualifiers_before if not p[:1].isalnum()]
    # words must not be glued to a word before them; comparison signs may be ("x>10"), but not
    # to another sign ("<>30", "=>30")
    # nor the ">" closing an HTML tag left in scraped text ("</b> 10.000")
    before = (rf"(?<![\w.])(?:{_phrase_alt(words)})"
              rf"|(?<![<>=])(?<!<[/!]?\w[^<>\n]{{0,200}})(?:{_phrase_alt(symbols) or '(?!)'})")
    after = _phrase_alt(list(t.qualifiers_after))
    opens = _phrase_alt(list(t.range_open))
    conns = _phrase_alt([*t.range_connectors, *{w for ws in t.range_open.values() for w in ws}])
    # how a phrase after the number opens: its first character, its first two (see _Frames.after_never)
    after_first = regex.compile("|".join(regex.escape(p[:1]) for p in t.qualifiers_after), regex.IGNORECASE)
    after_opens = regex.compile("|".join(regex.escape(p[:2]) for p in t.qualifiers_after), regex.IGNORECASE)
    before_last = regex.compile("|".join(regex.escape(p[-1]) for p in t.qualifiers_before), regex.IGNORECASE)
    # the lookahead only skips positions where no qualifier starts: 4x faster, same matches
    before = rf"(?={word_starts(t.qualifiers_before)})(?P<q>{before})[\s\u00a0]*\Z"
    return _Frames(
        before=regex.compile(before, regex.IGNORECASE),
        before_back=regex.compile(f"(?r){before}", regex.IGNORECASE) if _reversible(words, symbols) else None,
        before_guard=lower_guard(t.qualifiers_before),
        after=regex.compile(rf"[\s\u00a0]*(?P<q>{after})(?!\w)", regex.IGNORECASE),
        conjunction=regex.compile(rf"[\s\u00a0]*(?:,[\s\u00a0]*)?(?:(?:{_phrase_alt(list(t.joiner))})[\s\u00a0]+)?",
                                  regex.IGNORECASE),
        range_open=regex.compile(rf"(?<![\w.])(?P<q>{opens})[\s\u00a0]+\Z", regex.IGNORECASE),
        connector=regex.compile(rf"[\s\u00a0]*(?P<c>{conns})[\s\u00a0]*", regex.IGNORECASE),
        change=regex.compile(rf"(?<!\w)(?:{_phrase_alt(list(t.change_words))})\w*\W+(?:\w+\W+)?\Z",
                             regex.IGNORECASE),
        plain_connectors=frozenset(_norm(c) for c in t.range_connectors) - {"oder", "or"},
        qualifiers_before={k.lower(): Qualifier(v) for k, v in t.qualifiers_before.items()},
        qualifiers_after={k.lower(): v for k, v in t.qualifiers_after.items()},
        range_open_words={k.lower(): v for k, v in t.range_open.items()},
        after_never=frozenset(c for c in map(chr, range(33, 127)) if not after_first.match(c)),
        after_pairs=frozenset(a + b for a in string.ascii_letters for b in string.ascii_letters
                              if after_opens.match(a + b)),
        before_last_words=frozenset(p.split()[-1].lower() for p in t.qualifiers_before),
        before_ends=frozenset(c for c in map(chr, range(128)) if before_last.fullmatch(c)),
        before_backwards=_backwards(words),
        before_reach=max(len(p) for p in words) + 2,
        before_sign_ends=frozenset(p[-1] for p in symbols),
    )


#: the characters of Latin-1 that are a word character for ``regex``, and the dot
_WORD_OR_DOT = "".join(c for c in map(chr, range(256)) if regex.match(r"[\w.]", c))


def _backwards(phrases: Sequence[str]) -> re.Pattern[str]:
    """``phrases`` as :attr:`_Frames.before_backwards` matches them."""
    ordered = sorted({p.lower() for p in phrases}, key=lambda p: (-len(p), p))
    assert all(p == " ".join(p.split()) for p in ordered), ordered
    return re.compile(f" ({'|'.join(re.escape(p[::-1]) for p in ordered)})(?![{re.escape(_WORD_OR_DOT)}])")


#: the qualifiers of strict comparisons, which a comma alone may join into a range
_COMPARISONS = {Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.AT_MOST}
#: what "or equal" after a number makes of an open bound
_CLOSING = {Qualifier.LESS_THAN: Qualifier.AT_MOST, Qualifier.MORE_THAN: Qualifier.AT_LEAST}
#: the qualifiers a phrase after the figure ("or more") may replace
_FREE = (Qualifier.EXACT, Qualifier.VAGUE, Qualifier.APPROX)

_FRAMES: dict[str, _Frames] = {c: _build_frames(_lang.get(c)) for c in _lang.supported()}
_WINDOW = 40


def _share_scale(a: Number, b: Number, t: _lang.Language, *, change: bool = False) -> Number:
    """In "zwischen 1,5 und 2 Millionen" and "between two and three million" the first end takes
    the second end's scale word - unless it has one of its own, or the scaled first end would
    pass the second ("zwischen 500 und 3 Millionen" is 500 to 3 million). For a ``change``
    ("sank von 3,1 auf 2,3 Milliarden") the figure may go either way: the scaled first figure must
    lie within ten times above and a hundred times below the second."""
    if a.kind is not b.kind or a.vague or b.vague or a.kind is not _COUNT:
        return a
    scale_end = _SCALE_END[t.code]
    m = scale_end.search(b.surface)
    if m is None or scale_end.search(a.surface) is not None:
        return a
    word = m.group("w").lower()
    factor = t.scales.get(word) or t.currency_scales.get(word) or 0
    if factor < 1000:
        return a
    scaled = Decimal(a.value) * factor
    if scaled > (b.value * 10 if change else b.value) or change and scaled * 100 < b.value:
        return a
    value: Value = int(scaled) if scaled == scaled.to_integral_value() else scaled.normalize()
    return attrs.evolve(a, value=value)


def _scale_end(t: _lang.Language) -> regex.Pattern[str]:
    """A scale word closing a number's surface ("2 Millionen", "drei Mio.", "$2bn")."""
    words = [*t.scales, *t.currency_scales]
    return regex.compile(rf"(?<=[\w.,])[\s\u00a0]*(?P<w>{_phrase_alt(words)})\Z", regex.IGNORECASE)


_SCALE_END: dict[str, regex.Pattern[str]] = {c: _scale_end(_lang.get(c)) for c in _lang.supported()}


def _range(text: str, a: Number, b: Number, window: str, window_start: int, f: _Frames,
           t: _lang.Language) -> Quantity | None:
    """The range two neighbouring numbers form, or None when they are two figures."""
    conn = f.connector.fullmatch(text, a.end, b.start)
    if conn is None:
        return None
    word = _norm(conn.group("c"))
    opener = f.range_open.search(window)
    opened = opener is not None and word in f.range_open_words.get(_norm(opener.group("q")), ())
    if opener is not None and f.change.search(window, 0, opener.start("q")):
        return None  # "stieg von 1500 auf 3000", "rose from 1,500 to 3,000": a change, two figures
    if not opened and word not in f.plain_connectors:
        return None
    first = _share_scale(a, b, t)
    if first.value > b.value:
        return None
    start = window_start + opener.start("q") if opened and opener is not None else a.start
    return Quantity.from_range(first, b, start=start, end=b.end, text=text)


def _is_change(text: str, a: Number, b: Number, window: str, f: _Frames) -> bool:
    """True for "stieg von A auf B", "rose from A to B": a verb of change, "von/from" right before
    the first figure and one short word between the two."""
    gap = text[a.end:b.start].strip()
    if not gap.isalpha() or len(gap) > 4:
        return False
    opener = f.range_open.search(window)
    return opener is not None and f.change.search(window, 0, opener.start("q")) is not None


def _quantities(text: str, numbers: list[Number], t: _lang.Language) -> Iterator[Quantity]:
    """The quantities ``numbers`` (found in ``text``) state, in order (the bulk path)."""
    f = _FRAMES[t.code]
    pending: Quantity | None = None
    for q in _single_quantities(text, numbers, t, f):
        if pending is not None:
            # (the bounds first: most figures are exact, and then the text between needs no look)
            joint = f.conjunction.fullmatch(text, pending.end, q.start) \
                if (pending.low is None or pending.high is None) and _complementary(pending, q) else None
            if joint is not None and \
                    (joint.group().strip() != "," or {pending.qualifier, q.qualifier} <= _COMPARISONS):
                yield Quantity.from_bounds(pending, q, text=text)
                pending = None
                continue
            yield pending
        pending = q
    if pending is not None:
        yield pending


def _qualifier_before(f: _Frames, window: str) -> regex.Match[str] | None:
    """``f.before.search(window)``, found without trying the pattern at each of the window's positions.

    First a cheap test on the window's last word (what follows the last blank; every blank
    ``before`` allows after a phrase is one for ``str.split``): a phrase ends there, so it must
    end in a character a phrase may end with; and when the word is ASCII letters alone, preceded
    by a blank or the window's start, it is the phrase's whole last word (a letter before it would
    fail the phrase's own blank or its opening lookbehind), which ignoring case matches only the
    same ASCII word. Then the search from the end where the phrases allow it (``f.before_back``):
    every match ends at the end of the window, and its phrase where the window's last non-blank
    ends (phrases end in no blank), so an earlier-starting match has a phrase with another's words
    at its end: a longer one, which the alternation lists first (and a word never ends where a sign
    does). Else the pattern is tried only where its guard holds (the first match there is the
    leftmost match: :func:`drift.text.guarded_starts`).
    """
    last = window.rsplit(None, 1)[-1:]
    if last:
        word = last[0]
        if word[-1] not in f.before_ends and word[-1].isascii() or \
                word.isalpha() and word.isascii() and word.lower() not in f.before_last_words:
            return None
    if f.before_back is not None:
        return f.before_back.search(window)
    starts = guarded_starts(f.before_guard, window, 0, len(window))
    if starts is None:
        return f.before.search(window)
    for at in starts:
        m = f.before.match(window, at)
        if m is not None:
            return m
    return None


def _qualifier_phrase(f: _Frames, window: str) -> tuple[int, str] | None:
    """Where the qualifier phrase :func:`_qualifier_before` finds in ``window`` starts, and the phrase
    lower-cased with single blanks (None when there is none).

    Most windows end with Latin-1 text without other blanks than single ones, and one blank. There
    the phrase is read without that pattern, by ``re`` from the end backwards (``f.before_backwards``):
    every phrase the pattern may match there lies, with the character before it, within
    ``before_reach`` characters of the end, written with single blanks (a wider gap would show as
    two blanks or another blank there), where ignoring case equates in Latin-1 what lower-casing
    does; and unless the text ends with the last character of a sign, it opens with a word
    character, so that it must not follow a word character or a dot. The pattern finds the match
    that starts first: the longest phrase, the first the backward alternation tries.
    """
    tail = window[-f.before_reach:]
    if tail[-1:] == " " and tail.isprintable() and "  " not in tail and tail[-2:-1] not in f.before_sign_ends \
            and (tail.isascii() or len(tail.encode("latin-1", "ignore")) == len(tail)):
        m = f.before_backwards.match(tail.lower()[::-1])
        return None if m is None else (len(window) - m.end(), m.group(1)[::-1])
    m = _qualifier_before(f, window)
    return None if m is None else (m.start("q"), _norm(m.group("q")))


_LAST_WORD = regex.compile(r"(?r)(\w+)\W*$")  # searched from the end: found at once, the same word


def _word_before(text: str, end: int) -> str:
    """The lower-cased word that ends before ``end`` ("" when there is none)."""
    m = _LAST_WORD.search(text, 0, end)
    return m.group(1).lower() if m else ""


def _complementary(a: Quantity, b: Quantity) -> bool:
    """True when one quantity bounds only from below, the other only from above, and the two
    bounds leave some value between them ("more than 10 and less than 40")."""
    if (a.low is None) == (b.low is None) or (a.high is None) == (b.high is None):
        return False
    if a.low is not None and a.high is not None or b.low is not None and b.high is not None:
        return False
    low = a.low if a.low is not None else b.low
    high = a.high if a.high is not None else b.high
    assert low is not None and high is not None
    return low.value < high.value or (low.value == high.value and low.closed and high.closed)


def _single_quantities(text: str, numbers: list[Number], t: _lang.Language,
                       f: _Frames) -> Iterator[Quantity]:
    """One quantity per figure (or per two for a range), before one-sided ones are joined."""
    figures = [n for n in numbers if n.kind in _FIGURE_KINDS]
    i = 0
    while i < len(figures):
        n = figures[i]
        window_start = max(0, n.start - _WINDOW)
        window = text[window_start:n.start]
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        # a range: "zwischen A und B", "von A bis B", "A bis B", "A-B", "between A and B"
        if nxt is not None and nxt.start - n.end <= 12 and not n.vague and not nxt.vague:
            q = _range(text, n, nxt, window, window_start, f, t)
            if q is not None:
                yield q
                i += 2
                continue
            if _is_change(text, n, nxt, window, f):
                n = _share_scale(n, nxt, t, change=True)  # "von 2,3 auf 3,1 Milliarden"
        qual = _VAGUE if n.vague else _EXACT
        start, end = n.start, n.end
        pre = _qualifier_phrase(f, window)
        if pre is not None:
            q_start, phrase = pre
            named = f.qualifiers_before.get(phrase)
            if phrase in t.topic_prepositions and \
                    _word_before(window, q_start) in t.topic_prepositions[phrase]:
                named = None  # "Berichte über 12.000 Soldaten": reports about, not more than
            if named is not None and not (n.vague and named in ("approx", "almost")):
                qual = named
                start = window_start + q_start
        at = n.end + 1 if text[n.end:n.end + 1] == " " else n.end  # where a phrase after would start
        follow = text[at:at + 2]
        if follow[:1] in f.after_never or len(follow) == 2 and follow.isascii() and follow.isalpha() and \
                follow not in f.after_pairs:
            post = None
        else:
            post = f.after.match(text, n.end, min(len(text), n.end + _WINDOW))
        if post is not None and (nxt is None or text[post.end():nxt.start].strip()):
            # "5000 or more"; but in "5000 or less than 6000" the phrase belongs to the next figure
            name = f.qualifiers_after.get(_norm(post.group("q")))
            if name == "closed" and qual in _CLOSING:
                qual, end = _CLOSING[qual], post.end()
            elif name is not None and name != "closed" and \
                    qual in _FREE:
                qual, end = Qualifier(name), post.end()
        yield Quantity.from_number(n, qual, start=start, end=end, text=text)
        i += 1


def find_quantities(text: str, *, lang: str) -> Iterator[Quantity]:
    """Every figure in ``text`` (counts and percentages) with its qualifier and bounds, in order.

    Never raises on the text; dates, times, years, decades, ordinals and codes are skipped.
    """
    t = _lang.get(lang)
    if not isinstance(text, str):
        raise TypeError(f"find_quantities() needs text as str, got {type(text).__name__}")
    yield from _quantities(text, _scan(text, t, strict=False), t)


def parse_quantity(text: str, *, lang: str, strict: bool = False) -> Quantity:
    """Read ``text`` as exactly one quantity (``"mehr als 600.000"``, ``"between 20 and 30"``).

    Raises :class:`~drift.exceptions.ParseError` when the text is not one qualified figure, and in
    strict mode for digits whose reading is ambiguous or irregular (see :func:`drift.parse_number`).
    """
    t = _lang.get(lang)
    if not isinstance(text, str):
        raise TypeError(f"parse_quantity() needs text as str, got {type(text).__name__}")
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    if not stripped:
        raise ParseError("empty text is not a quantity", text=text, position=0)
    found = list(_quantities(stripped, _scan(stripped, t, strict=strict), t))
    if len(found) == 1 and found[0].start == 0 and found[0].end >= len(stripped.rstrip(".")):
        q = found[0]
        numbers = tuple(attrs.evolve(n, start=n.start + lead, end=n.end + lead) for n in q.numbers)
        return attrs.evolve(q, start=q.start + lead, end=q.end + lead, numbers=numbers)
    pos = found[0].end if found and found[0].start == 0 else 0
    raise ParseError("not a single quantity", text=text, position=lead + pos,
                     suggestions=[q.surface for q in found])
