"""Numbers in German and English text: digits, words, scale words, vague counts, and the look-alikes.

Two public verbs: :func:`find_numbers` scans a text and never raises on what it finds (or fails to
find); :func:`parse_number` reads one string that must be exactly one number and raises
:class:`~drift.exceptions.ParseError` otherwise. Both keep the surface text and the character span
of every number (``text[n.start:n.end] == n.surface``), and both type what they find with a
:class:`NumberKind`, so that later stages can skip dates, clock times, years, decades, ordinals and
phone-like digit runs without guessing again.

Values are exact: ``int`` for whole numbers, :class:`~decimal.Decimal` otherwise, never floats.

The scanner is one compiled pattern per language (see :func:`_build_scanner`); everything that
needs more than a regex (compound number words, the decimal-mark ambiguity, year context) is
resolved in plain Python on the few characters each match covers, so the cost stays linear in the
length of the text.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

import attrs
import regex

from drift import lang as _lang
from drift.exceptions import ParseError

__all__ = ["Number", "NumberKind", "Value", "find_numbers", "parse_number"]

Value = int | Decimal

_MAX_DIGITS = 400  # longer digit runs are read exactly but never scaled further


class NumberKind(str, enum.Enum):
    """What a number in a text is. Only ``COUNT`` and ``PERCENT`` can be the figure of an assertion."""

    COUNT = "count"
    PERCENT = "percent"
    DATE = "date"
    TIME = "time"
    YEAR = "year"
    DECADE = "decade"
    ORDINAL = "ordinal"
    CODE = "code"  # phone numbers, IDs, version-like digit runs

    def __str__(self) -> str:
        return self.value

    @property
    def is_figure(self) -> bool:
        """True for kinds that can state how many or how much (counts and percentages)."""
        return self in (NumberKind.COUNT, NumberKind.PERCENT)


@attrs.frozen
class Number:
    """A number found in a text, with its exact value, kind and where it stands."""

    value: Value
    surface: str
    start: int
    end: int
    kind: NumberKind = NumberKind.COUNT
    #: a vague count ("Tausende", "dozens"): ``value`` is the smallest value the word allows
    vague: bool = False
    #: ISO code of a currency sign or word written with the number ("0,99 €", "$2bn")
    currency: str | None = None
    #: for dates (year, month, day; 0 where the text does not say) and times (hour, minute)
    parts: tuple[int, ...] = ()
    #: digits whose reading depended on the decimal-mark convention ("1.500" in English text)
    ambiguous: bool = False

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``, so that ``text[slice(*n.span)] == n.surface``."""
        return (self.start, self.end)

    @property
    def is_integer(self) -> bool:
        """True when the value is whole."""
        return isinstance(self.value, int)


# --------------------------------------------------------------------------------------------
# The scanner
# --------------------------------------------------------------------------------------------

def _alt(words: object) -> str:
    """A regex alternation of literal words, longest first so that the longest one wins."""
    ws = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(regex.escape(w) for w in ws)


_SPACE_GROUP = "[\u00a0\u202f\u2009 ]"  # no-break, narrow no-break, thin space, space


@attrs.frozen
class _Scanner:
    """The compiled patterns for one language (built once, at import)."""

    candidates: re.Pattern[str]  # over lower-cased text
    candidates_ci: re.Pattern[str]  # over the text itself, when lower-casing changes its length
    digits: regex.Pattern[str]
    words: regex.Pattern[str]


def _build_scanner(t: _lang.Language) -> _Scanner:
    """Compile the one pattern that finds every number-like thing in a text of language ``t``."""
    months = _alt(m for m in t.months)
    # month names are only months when capitalised ("May 4", not "may"); matched case-sensitively
    months_cap = _alt({m.capitalize() for m in t.months} | {m.upper() for m in t.months if len(m) <= 4})
    morph = _alt([*t.units, *t.tens, *t.hundred, *t.thousand])
    joiner = _alt(t.joiner)
    scales = _alt(t.scales)
    vague = _alt(t.vague)
    articles = _alt(t.articles)
    ordinals = _alt(t.ordinals)
    pct = _alt(w for w in t.percent_words if w != "%")
    specials = _alt(w for w, v in t.specials.items()
                    if isinstance(v, int) and (v >= 12 or " of" in w))
    currency_sign = r"[$€£]|US\$"
    cur_scales = _alt(t.currency_scales) if t.currency_scales else "(?!)"
    ord_suffix = _alt(t.ordinal_suffixes) if t.ordinal_suffixes else "(?!)"
    clock = _alt(w for w in t.clock_words)
    if t.code == "de":
        day_month = rf"(?P<dm_day>\d{{1,2}})\.\s?(?-i:(?P<dm_month>{months_cap}))(?:,?\s(?P<dm_year>\d{{4}}))?"
        month_day = r"(?!)"
        compound = rf"(?:{morph})(?:{morph}|{joiner})*"
        word_sep = rf"(?:\s+(?:{joiner})\s+|\s+)"
    else:
        day_month = (rf"(?P<dm_day>\d{{1,2}})(?:{ord_suffix})?(?:\s+of)?\s(?-i:(?P<dm_month>{months_cap}))"
                     rf"(?:,?\s(?P<dm_year>\d{{4}}))?")
        month_day = (rf"(?-i:(?P<md_month>{months_cap}))\s(?P<md_day>\d{{1,2}})(?:{ord_suffix})?\b"
                     rf"(?:,?\s(?P<md_year>\d{{4}}))?")
        compound = rf"(?:{morph})"
        word_sep = rf"(?:\s+(?:{joiner})\s+|\s+|-)"
    # The candidate finder: where a number can open. Digits, signs and currency signs, and the
    # first three letters of every word that can open a number. It runs with the stdlib ``re`` over
    # the lower-cased text (a plain alternation of literals, the fastest scan Python offers); the
    # detailed patterns below are then tried only at those places.
    openers = [*t.units, *t.tens, *t.hundred, *t.thousand, *t.scales, *t.vague, *t.articles,
               *t.ordinals, *t.months, *(w for w in t.specials)]
    prefixes = sorted({w[:3].lower() for w in openers if len(w) >= 3}
                      | {w.lower() for w in openers if len(w) < 3}, key=lambda w: (-len(w), w))
    opener_alt = "|".join(re.escape(p) for p in prefixes)
    digit_open = r"[$€£]\s?(?=[\d+\-\u2212])|(?<![\w.,+\-\u2212])[+\-\u2212](?=\d)|(?<![\w.,])\d|['’](?=\d\d)"
    candidates = re.compile(rf"(?P<d>{digit_open})|\b(?:{opener_alt})")
    candidates_ci = re.compile(rf"(?P<d>{digit_open})|\b(?:{opener_alt})", re.IGNORECASE)
    digit_pattern = rf"""
    (?:
      (?P<date_num>                                 # 29.10.2024, 1.10., 2024-10-29, 10/29/2024
        (?<![\d.,])
        (?:(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:\d{{4}}|\d{{2}}(?!\d))?(?![\d,])
         | \d{{4}}-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\d|0[1-9])(?!\d)
         | (?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])/(?:\d{{4}}|\d{{2}})(?!\d)
        )
      )
      | (?P<date_dm>{day_month})                    # 26. November 2024, 18 October
      | (?P<time>                                   # 07:04, 19.30 Uhr, 9 Uhr, 9:30 a.m.
          (?<![\d.,:])
          (?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?\s?(?:{clock})(?!\w)
           | (?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])
           | (?:[01]?\d|2[0-3])\s?(?:{clock})(?!\w)
          )
      )
      | (?P<phone>                                  # +49 30 1234567, 030/123456, +1-222-2222-2222
          (?<![\w+])
          (?:\+\d{{1,3}}(?:[\s\-/]?\(?\d{{1,5}}\)?)(?:[\s\-/]\d{{2,}}){{1,5}}
           | 0\d{{2,5}}(?:/|\s?-\s?)\d{{3,}}(?:[\s\-]\d{{2,}})*)
          (?![\d])
      )
      | (?P<decade>(?<![\w.,])(?:\d{{2}}|\d{{4}}|['’]\d{{2}})(?:{t.decade_suffix})\b)   # 1950er, 1990s
      | (?P<ord_digit>(?<![\w.,])\d+(?:{ord_suffix})\b)                            # 3rd, 21st
      | (?P<digits>
          (?P<cur_before>(?:{currency_sign})\s?)?
          (?P<sign>(?<![\w.,\-+])[+\-\u2212](?=\d))?
          (?<![^\W\d]-)(?<![^\W\d])(?<![\d.,])     # not glued to a word (G7, Covid-19)
          (?P<num>\d{{1,3}}(?:(?P<g>[.,'’]|{_SPACE_GROUP})\d{{3}}(?!\d))(?:(?P=g)\d{{3}}(?!\d))*(?:[.,]\d+)?
                |\d+(?:[.,]\d+)?)
          (?!\d)
          (?P<ord_dot>\.(?=\s+\p{{Ll}}|\s*$))?
          (?:(?P<scale>\s?(?:{scales})(?:(?<=\.)|\b))|(?<=\d)(?P<cur_scale>{cur_scales})\b)?
          (?P<pct>\s?%|\s(?:{pct})\b)?
          (?P<cur_after>\s?[€$£])?
          (?![^\W\d_])                               # 180ml, 5G: glued to letters, not a number
      )
    )
    """
    word_pattern = rf"""
    (?:
      (?P<date_md>{month_day})                      # Oct. 18, October 18, 2024
      | (?P<vague>(?:{vague})\b)                    # Tausende, tens of thousands
      | (?P<special>(?:{specials})\b)               # a dozen, a couple of, ein Dutzend
      | (?P<words>
          (?<!-)
          (?:(?:{articles})\s+(?=(?:{scales}|{_alt(t.hundred)}|{_alt(t.thousand)})\b)|(?!(?:{articles})\b))
          (?:{compound}|(?:{scales}))(?:{word_sep}(?:{compound}|(?:{scales})))*
          (?:-(?:{morph})(?:{morph})*)?
          \b
          (?P<wpct>\s(?:{pct})\b|\s?%)?
      )
      | (?P<ord_word>(?:{ordinals})\b)              # dritte, third
    )
    """
    flags = regex.VERBOSE | regex.IGNORECASE | regex.V0
    return _Scanner(candidates, candidates_ci, regex.compile(digit_pattern, flags),
                    regex.compile(word_pattern, flags))


_SCANNERS: dict[str, _Scanner] = {code: _build_scanner(_lang.get(code)) for code in _lang.supported()}


# --------------------------------------------------------------------------------------------
# Reading digits
# --------------------------------------------------------------------------------------------

def _to_value(d: Decimal) -> Value:
    """An int when ``d`` is whole, else the Decimal itself (normalised, no exponent)."""
    if d == d.to_integral_value():
        return int(d)
    return d.normalize()


@attrs.frozen
class _Convention:
    """Which mark separates decimals in one document: '.' (English style) or ',' (German style)."""

    decimal: str


def _digit_reading(num: str, conv: _Convention, strict: bool, lang_code: str) -> tuple[Decimal, bool]:
    """Read a digit token under a convention; returns (value, ambiguous).

    Raises ParseError in strict mode for irregular grouping and for tokens whose reading depends on
    the convention ("1.500" in English, "1,500" in German).
    """
    body = regex.sub(_SPACE_GROUP + "|['’]", "", num)
    dots, commas = body.count("."), body.count(",")
    group = "," if conv.decimal == "." else "."
    ambiguous = False
    if dots and commas:
        last = max(body.rfind("."), body.rfind(","))
        dec_mark = body[last]
        grp = "," if dec_mark == "." else "."
        if body.count(dec_mark) != 1:
            raise _irregular(num, lang_code)
        int_part, frac = body[:last], body[last + 1:]
        if strict and dec_mark != conv.decimal:
            raise ParseError("number written in the other language's convention", text=num,
                             position=last, suggestions=[_swap_marks(num)])
        digits = int_part.replace(grp, "")
        return Decimal(f"{digits}.{frac}"), False
    sep = "." if dots else "," if commas else ""
    if not sep:
        return Decimal(body), False
    parts = body.split(sep)
    grouped_ok = len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]) and parts[0] != ""
    if len(parts) > 2:
        if not grouped_ok:
            raise _irregular(num, lang_code)
        return Decimal("".join(parts)), False
    # exactly one separator
    if grouped_ok and parts[0] not in ("0", "-0"):
        # "1.500" / "1,500": grouping in one convention, decimals in the other
        if sep == group:
            if strict and lang_code and _lang.get(lang_code).group_mark != sep:
                raise _ambiguous(num, sep)
            return Decimal("".join(parts)), False
        ambiguous = True
        if strict:
            raise _ambiguous(num, sep)
        return Decimal(f"{parts[0]}.{parts[1]}"), ambiguous
    if sep == group and strict and lang_code:
        raise _irregular(num, lang_code)
    return Decimal(f"{parts[0]}.{parts[1]}"), False


def _swap_marks(num: str) -> str:
    return num.translate(str.maketrans({".": ",", ",": "."}))


def _ambiguous(num: str, sep: str) -> ParseError:
    whole = num.replace(sep, "")
    as_decimal = num.replace(sep, ".")
    grouped_en = f"{int(whole):,}"
    grouped_de = grouped_en.replace(",", ".")
    return ParseError("ambiguous decimal mark", text=num, position=num.index(sep),
                      suggestions=[f"{grouped_de} (de) / {grouped_en} (en) = {whole}",
                                   f"{as_decimal} = {as_decimal}"])


def _irregular(num: str, lang_code: str) -> ParseError:
    digits = regex.sub(r"\D", "", num)
    t = _lang.get(lang_code) if lang_code else _lang.get("de")
    suggestion = f"{int(digits):,}".replace(",", t.group_mark) if digits else num
    return ParseError("irregular digit grouping", text=num, position=0, suggestions=[suggestion])


def _evidence(num: str) -> str | None:
    """Which decimal mark an unambiguous digit token shows: '.', ',' or None."""
    body = regex.sub(_SPACE_GROUP + "|['’]", "", num)
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        return body[max(body.rfind("."), body.rfind(","))]
    for sep, other in ((".", ","), (",", ".")):
        n = body.count(sep)
        if n > 1:
            return other  # repeated: grouping
        if n == 1:
            frac = body.split(sep)[1]
            if len(frac) != 3:
                return sep  # 1,5 / 3.25: a decimal mark
    return None


# --------------------------------------------------------------------------------------------
# Reading words
# --------------------------------------------------------------------------------------------

def _compound_value(word: str, t: _lang.Language) -> int | None:
    """The value of one number word (``einhundertfünfzig``, ``twenty``), or None if it is not one.

    German compounds are split into morphemes greedily from the left; the sequence must follow the
    grammar ``[[units] hundert] [[units] tausend] ... [units [und tens] | tens | teens]``.
    """
    w = word.lower()
    if t.code == "en":
        if w in t.units:
            return t.units[w]
        if w in t.tens:
            return t.tens[w]
        if w in t.hundred:
            return 100
        if w in t.thousand:
            return 1000
        return None
    tokens: list[tuple[str, int]] = []
    i = 0
    keys = _MORPHS[t.code]
    while i < len(w):
        for k, kind, val in keys:
            if w.startswith(k, i):
                tokens.append((kind, val))
                i += len(k)
                break
        else:
            return None
    return _combine_de(tokens)


def _combine_de(tokens: list[tuple[str, int]]) -> int | None:
    total = 0  # completed thousands
    current = 0  # below one thousand
    small = 0  # the units/tens part after the last hundert
    last = ""
    for idx, (kind, val) in enumerate(tokens):
        if kind == "unit":
            if last in ("unit", "ten", "teen"):
                return None
            small = val
        elif kind == "teen":
            if last in ("unit", "ten", "teen", "und"):
                return None
            small = val
        elif kind == "und":
            if last != "unit" or idx == len(tokens) - 1 or tokens[idx + 1][0] != "ten" or small > 9:
                return None
        elif kind == "ten":
            if last == "und":
                small += val
            elif last in ("unit", "ten", "teen"):
                return None
            else:
                small = val
        elif kind == "hundert":
            if last == "hundert" or small > 99 or (current and last not in ("tausend",) and current >= 100):
                return None
            current += (small or 1) * 100
            small = 0
        elif kind == "tausend":
            if last == "tausend" or total:
                return None
            total = (current + small or 1) * 1000
            current = small = 0
        last = kind
    if last == "und":
        return None
    return total + current + small


def _morph_table(t: _lang.Language) -> list[tuple[str, str, int]]:
    out: list[tuple[str, str, int]] = []
    for w, v in t.units.items():
        out.append((w, "teen" if v >= 10 else "unit", v))
    out += [(w, "ten", v) for w, v in t.tens.items()]
    out += [(w, "hundert", 100) for w in t.hundred]
    out += [(w, "tausend", 1000) for w in t.thousand]
    out += [(w, "und", 0) for w in t.joiner]
    # longest first, so that "sechzehn" wins over "sechs" and "einen" is tried before "ein"
    return sorted(out, key=lambda x: -len(x[0]))


_MORPHS: dict[str, list[tuple[str, str, int]]] = {c: _morph_table(_lang.get(c)) for c in _lang.supported()}
_WORD_SPLIT = regex.compile(r"[\s\-]+")


def _words_value(text: str, t: _lang.Language) -> tuple[Value, int] | None:
    """Read a run of number words and scale words; returns (value, characters used) for the longest
    valid prefix, or None when not even the first word is a number."""
    tokens = [(m.group(), m.start(), m.end()) for m in regex.finditer(r"[^\s\-]+", text)]
    total = Decimal(0)
    group = Decimal(0)  # the part not yet multiplied by a scale
    have_group = False
    used_end = 0
    last_kind = ""
    last_scale = 10**100
    pending_and = False
    before_and = ""
    i = 0
    if tokens and tokens[0][0].lower() in t.articles:
        group, have_group, last_kind, i = Decimal(1), True, "article", 1
    while i < len(tokens):
        tok, s, e = tokens[i]
        low = tok.lower()
        if low in t.joiner:
            if last_kind in ("", "joiner"):
                break
            pending_and = True
            before_and = last_kind
            last_kind = "joiner"
            i += 1
            continue
        scale = t.scales.get(low)
        if scale is not None and low not in t.units:
            if not have_group and last_kind != "article":
                break
            if scale >= last_scale or last_kind == "scale" and scale >= 1000:
                break
            if t.code == "en" and scale == 1000 and group >= 1000:
                break
            if scale >= 1000:
                total += (group or 1) * scale
                group, have_group = Decimal(0), False
                last_scale = scale
            else:
                group = (group or 1) * scale
            last_kind, used_end, pending_and = "scale", e, False
            i += 1
            continue
        val = _compound_value(low, t)
        if val is None:
            break
        if t.code == "en":
            kind = "hundred" if low in t.hundred else "thousand" if low in t.thousand else (
                "ten" if low in t.tens else "unit")
            if kind == "hundred":
                if not have_group and last_kind != "article":
                    break
                if group >= 100 or last_kind == "hundred":
                    break
                group = (group or 1) * 100
            elif kind == "thousand":
                if not have_group and last_kind != "article":
                    break
                if last_scale <= 1000:
                    break
                total += (group or 1) * 1000
                group, have_group = Decimal(0), False
                last_scale = 1000
                last_kind, used_end, pending_and = "scale", e, False
                i += 1
                continue
            else:
                sub = group % 100
                if last_kind == "joiner":
                    last_kind = before_and
                if last_kind == "unit" or (last_kind == "ten" and (kind == "ten" or val >= 10)):
                    break
                if last_kind == "ten" and text[tokens[i - 1][2]:s].strip() not in ("-", ""):
                    break
                if sub and last_kind not in ("ten",):
                    break
                if pending_and and before_and not in ("hundred", "scale"):
                    break
                group += val
            have_group = True
            last_kind = kind
        else:
            if have_group and last_kind not in ("joiner",):
                # two German number words in a row ("zwei drei") or after a scale word is fine
                if last_kind != "scale":
                    break
            if pending_and and last_kind == "joiner" and group and val % 10 == 0 and 20 <= val <= 90 and group < 10:
                group += val  # "zwei und vierzig"
            elif pending_and:
                break
            else:
                group = Decimal(val)
            have_group = True
            last_kind = "word"
        pending_and = False
        used_end = e
        i += 1
    if used_end == 0 or (last_kind == "article"):
        return None
    return _to_value(total + group), used_end


# --------------------------------------------------------------------------------------------
# Finding numbers
# --------------------------------------------------------------------------------------------

def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 40), pos)
    return m.group(1).lower() if m else ""


_PREV_WORD = regex.compile(r"([\w.\-]+)\W*$")
_NEXT_WORD = regex.compile(r"\s*([\w\-]+)")
_YEAR_STOP_NEXT = {
    "de": {"ist", "war", "wird", "wurde", "hat", "hatte", "haben", "sind", "waren", "bringt",
           "brachte", "und", "oder", "als", "sei", "habe", "soll", "sollen", "kann", "könnte",
           "dürfte", "in", "im", "bis", "zum", "zur", "auf", "an", "mit", "nach", "vor", "bei",
           "wie", "gab", "gibt", "lag", "liegt", "stieg", "sank", "ging", "kam", "begann", "endete"},
    "en": {"is", "was", "will", "would", "has", "had", "have", "and", "or", "as", "saw", "brought",
           "in", "to", "at", "on", "for", "with", "by", "when", "after", "before", "the", "a", "an",
           "election", "elections", "season", "census", "budget", "report", "survey", "olympics",
           "world", "summer", "winter", "spring", "autumn", "fall", "data", "figures", "levels",
           "level", "rate", "rates", "study"},
}


def _looks_like_year(text: str, m_start: int, m_end: int, value: int, t: _lang.Language) -> bool:
    if not 1900 <= value <= 2100:
        return False
    prev = _prev_word(text, m_start)
    if prev in t.year_cues or prev in t.months or prev.rstrip(".") in t.months:
        return True
    after = text[m_end:m_end + 40]
    nm = _NEXT_WORD.match(after)
    if not nm or not after[:1].isspace() and after[:1] not in ("",):
        return True  # followed by punctuation or the end: a bare four-digit figure is a year
    nxt = nm.group(1)
    if nxt.lower() in _YEAR_STOP_NEXT[t.code]:
        return True
    return False


def _scan(text: str, t: _lang.Language, strict: bool) -> list[Number]:
    scanner = _SCANNERS[t.code]
    found: list[Number] = []
    pending: list[tuple[int, regex.Match[str]]] = []  # digit tokens awaiting the convention
    votes = {".": 0, ",": 0}
    low = text.lower()
    cands = scanner.candidates.finditer(low) if len(low) == len(text) else \
        scanner.candidates_ci.finditer(text)
    pos = 0
    for c in cands:
        at = c.start()
        if at < pos:
            continue
        m = (scanner.digits if c.lastgroup == "d" else scanner.words).match(text, at)
        if m is None:
            continue
        pos = m.end()
        kind = m.lastgroup
        if kind == "digits":
            num = m.group("num")
            ev = _evidence(num)
            if ev is not None:
                votes[ev] += 1
            pending.append((len(found), m))
            found.append(None)  # type: ignore[arg-type]  # filled in below
            continue
        n = _read_other(text, m, t)
        if n is not None:
            found.append(n)
    # the document's convention: the language's own unless its digits clearly show the other
    decimal = t.decimal_mark
    other = "." if decimal == "," else ","
    if votes[other] > votes[decimal]:
        decimal = other
    conv = _Convention(decimal)
    for idx, m in pending:
        found[idx] = _read_digits(text, m, t, conv, strict)  # type: ignore[call-overload]
    return [n for n in found if n is not None]


def _read_digits(text: str, m: regex.Match[str], t: _lang.Language, conv: _Convention,
                 strict: bool) -> Number | None:
    num = m.group("num")
    try:
        value, ambiguous = _digit_reading(num, conv, strict, t.code)
    except ParseError:
        if strict:
            raise
        return None
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits and marks
        return None
    if m.group("sign") in ("-", "\u2212"):
        value = -value
    start, end = m.start("num") if not m.group("sign") else m.start("sign"), m.end("num")
    kind = NumberKind.COUNT
    currency = None
    if m.group("cur_before"):
        sign_text = m.group("cur_before").strip()
        currency = t.currencies.get(sign_text.lower(), "USD" if "$" in sign_text else None)
        start = m.start("cur_before")
    scale_text = m.group("scale") or m.group("cur_scale")
    if m.group("cur_scale") and not m.group("cur_before"):
        scale_text = None if m.group("cur_scale").lower() not in t.scales else scale_text
    if scale_text:
        key = scale_text.strip().lower()
        factor = t.scales.get(key) or t.currency_scales.get(key)
        if factor and len(num) < _MAX_DIGITS:
            value = value * factor
        end = m.end("scale") if m.group("scale") else m.end("cur_scale")
    if m.group("pct"):
        kind = NumberKind.PERCENT
        end = m.end("pct")
    if m.group("cur_after"):
        currency = t.currencies.get(m.group("cur_after").strip(), currency)
        end = m.end("cur_after")
    if m.group("ord_dot") and kind is NumberKind.COUNT and not scale_text:
        if t.code == "de" and value == value.to_integral_value() and 0 < value < 10000 and \
                _prev_word(text, start) in t.ordinal_determiners:
            return Number(int(value), text[start:m.end("ord_dot")], start, m.end("ord_dot"),
                          NumberKind.ORDINAL)
    v = _to_value(value)
    if (kind is NumberKind.COUNT and isinstance(v, int) and not scale_text and not currency
            and len(num) == 4 and num.isdigit() and _looks_like_year(text, start, end, v, t)):
        kind = NumberKind.YEAR
    return Number(v, text[start:end], start, end, kind, currency=currency, ambiguous=ambiguous)


def _read_other(text: str, m: regex.Match[str], t: _lang.Language) -> Number | None:
    kind = m.lastgroup
    s, e = m.start(), m.end()
    if kind == "date_num":
        nums = [int(x) for x in regex.findall(r"\d+", m.group())]
        if "-" in m.group():
            parts = (nums[0], nums[1], nums[2])
        elif "/" in m.group():
            a, b, y = nums
            month, day = (a, b) if t.code == "en" and a <= 12 else (b, a)
            parts = (y if y >= 100 else 2000 + y, month, day)
        else:
            y = nums[2] if len(nums) > 2 else 0
            parts = (y if y >= 100 or y == 0 else 2000 + y, nums[1], nums[0])
        return Number(parts[0] or parts[2], m.group(), s, e, NumberKind.DATE, parts=parts)
    if kind in ("date_dm", "date_md"):
        g = m.groupdict()
        day = g.get("dm_day") or g.get("md_day") or "0"
        month_word = (g.get("dm_month") or g.get("md_month") or "").lower()
        year = g.get("dm_year") or g.get("md_year")
        month = t.months.get(month_word) or t.months.get(month_word + ".") or \
            t.months.get(month_word.rstrip("."), 0)
        parts = (int(year) if year else 0, month, int(day))
        return Number(int(day), m.group(), s, e, NumberKind.DATE, parts=parts)
    if kind == "time":
        nums = [int(x) for x in regex.findall(r"\d+", m.group())]
        h = nums[0]
        low = m.group().lower()
        if "p.m" in low or low.endswith("pm"):
            h = h % 12 + 12
        return Number(h, m.group(), s, e, NumberKind.TIME, parts=(h, nums[1] if len(nums) > 1 else 0))
    if kind == "phone":
        return Number(int(regex.sub(r"\D", "", m.group())), m.group(), s, e, NumberKind.CODE)
    if kind == "decade":
        digits = regex.sub(r"\D", "", m.group())
        return Number(int(digits), m.group(), s, e, NumberKind.DECADE)
    if kind == "ord_digit":
        digits = regex.sub(r"\D", "", m.group())
        return Number(int(digits), m.group(), s, e, NumberKind.ORDINAL)
    if kind == "vague":
        return Number(t.vague[m.group().lower()], m.group(), s, e, vague=True)
    if kind == "special":
        val = t.specials[m.group().lower()]
        return Number(val if isinstance(val, int) else _to_value(Decimal(str(val))), m.group(), s, e)
    if kind == "ord_word":
        return Number(t.ordinals[m.group().lower()], m.group(), s, e, NumberKind.ORDINAL)
    if kind == "words":
        body_end = m.start("wpct") if m.group("wpct") else e
        res = _words_value(text[s:body_end], t)
        if res is None:
            return None
        value, used = res
        end = s + used
        nk = NumberKind.COUNT
        if m.group("wpct") and used == body_end - s:
            nk, end = NumberKind.PERCENT, e
        return Number(value, text[s:end], s, end, nk)
    return None  # pragma: no cover - every group is handled above


def find_numbers(text: str, *, lang: str) -> Iterator[Number]:
    """Every number in ``text``, in order, typed by :class:`NumberKind`.

    Never raises on the text: what cannot be read is skipped. Digits whose decimal mark is
    ambiguous (``1.500``, ``1,500``) are read by the convention the document's other numbers show,
    else by ``lang``'s own. Raises only :class:`~drift.exceptions.UnsupportedLanguageError` for an
    unknown ``lang`` and :class:`TypeError` when ``text`` is not a string.
    """
    t = _lang.get(lang)
    if not isinstance(text, str):
        raise TypeError(f"find_numbers() needs text as str, got {type(text).__name__}")
    yield from _scan(text, t, strict=False)


def parse_number(text: str, *, lang: str, strict: bool = False) -> Number:
    """Read ``text`` as exactly one number (``"10.000"``, ``"zwölftausend"``, ``"1.5 million"``).

    With ``strict=True`` irregular grouping (``"30.00"`` in German) and digits whose decimal mark
    is ambiguous in ``lang`` raise :class:`~drift.exceptions.ParseError` with suggestions; the lenient
    default reads them by ``lang``'s convention. Raises ParseError when ``text`` is not one number.
    """
    t = _lang.get(lang)
    if not isinstance(text, str):
        raise TypeError(f"parse_number() needs text as str, got {type(text).__name__}")
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    if not stripped:
        raise ParseError("empty text is not a number", text=text, position=0)
    special = t.specials.get(stripped.lower())
    if special is not None:
        value = special if isinstance(special, int) else _to_value(Decimal(str(special)))
        return Number(value, stripped, lead, lead + len(stripped))
    core, sign = stripped, 1
    low = stripped.lower()
    for w in t.minus_words:
        if low.startswith(w + " "):
            core, sign = stripped[len(w) + 1:].lstrip(), -1
            break
    found = _scan(core, t, strict=strict)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(core.rstrip(".")) and \
            (found[0].end == len(core) or core.endswith(".")):
        n = found[0]
        if sign < 0:
            n = attrs.evolve(n, value=-n.value)
        offset = lead + (len(stripped) - len(core))
        return attrs.evolve(n, surface=text[lead:offset + n.end] if sign < 0 else n.surface,
                            start=lead if sign < 0 else offset + n.start, end=offset + n.end)
    pos = found[0].end if found and found[0].start == 0 else 0
    suggestions = [f.surface for f in found]
    raise ParseError("not a single number", text=text, position=lead + pos, suggestions=suggestions)


def value_text(value: Value) -> str:
    """A plain decimal rendering of a value without exponent (``1500``, ``1.5``)."""
    if isinstance(value, int):
        return str(value)
    s = format(value, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s
