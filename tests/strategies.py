"""Hypothesis strategies for drift's tests: numbers written every way news writes them.

The backbone is a pair of formatters, :func:`german_words` and :func:`english_words`, that spell an
integer the way a writer would ("zweitausendvierhundert", "eine Million dreihunderttausend", "two
hundred and fifty thousand", "twenty-one"), taking every optional choice (a leading "ein"/"one"/"a",
"and" after hundreds, a hyphen in "twenty-one") from a ``pick`` function so that hypothesis explores
them. :func:`written_numbers` draws a value and writes it as digits in either convention, as words,
or as digits with a scale word, and keeps the exact value to compare with.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TypeVar

import attrs
from hypothesis import strategies as st

T = TypeVar("T")
Pick = Callable[[Sequence[T]], T]
Value = int | Decimal

#: text put around a number to find it inside a sentence
FRAMES: dict[str, tuple[str, str]] = {
    "de": ("Nach Angaben der Behörden waren es ", " am Montag."),
    "en": ("Officials said the figure was ", " on Monday."),
}


@attrs.frozen
class Written:
    """A number as text in one language, with the exact value it stands for."""

    text: str
    lang: str
    value: Value
    how: str  # "digits", "words", "scale", "foreign-digits"


def exact(d: Decimal) -> Value:
    """``d`` as drift reports values: an int when whole, else a normalised Decimal."""
    if d == d.to_integral_value():
        return int(d)
    return d.normalize()


# --------------------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------------------

_DE_UNITS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
             "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
             "neunzehn"]
_DE_TENS = {2: "zwanzig", 3: "dreißig", 4: "vierzig", 5: "fünfzig", 6: "sechzig", 7: "siebzig",
            8: "achtzig", 9: "neunzig"}
_DE_SCALES = [(10**9, "Milliarde", "Milliarden"), (10**6, "Million", "Millionen")]


def german_below_thousand(n: int, pick: Pick[str], *, closing: bool = True) -> str:
    """1..999 as one German word ("einhunderteinundzwanzig"); "eins" only at the very end."""
    assert 0 < n < 1000
    out = ""
    h, rest = divmod(n, 100)
    if h:
        out += pick(["einhundert", "hundert"]) if h == 1 else _DE_UNITS[h] + "hundert"
    if rest:
        if rest < 20:
            unit = _DE_UNITS[rest]
            if rest == 1 and not closing:
                unit = "ein"
            out += unit
        else:
            t, u = divmod(rest, 10)
            if u:
                out += ("ein" if u == 1 else _DE_UNITS[u]) + "und"
            out += pick([_DE_TENS[t], "dreissig"] if t == 3 else [_DE_TENS[t]])
    return out


def german_below_million(n: int, pick: Pick[str]) -> str:
    """1..999999 as one German word ("zweitausendvierhundert", "zwölftausend")."""
    assert 0 < n < 10**6
    th, rest = divmod(n, 1000)
    out = ""
    if th:
        out += "tausend" if th == 1 and pick(["", "ein"]) == "" else \
            german_below_thousand(th, pick, closing=False) + "tausend"
    if rest:
        out += german_below_thousand(rest, pick)
    return out


def german_words(n: int, pick: Pick[str]) -> str:
    """A non-negative integer below 10^12 in German words, as a writer would spell it.

    Below a million one compound word; millions and milliards written apart with "eine" for one
    ("eine Million zweihunderttausend", "drei Milliarden fünf Millionen").
    """
    assert 0 <= n < 10**12
    if n == 0:
        return "null"
    parts = []
    for scale, one, many in _DE_SCALES:
        k, n = divmod(n, scale)
        if k == 1:
            parts.append(pick(["eine", "Eine"]) + " " + one)
        elif k:
            parts.append(german_below_million(k, pick) + " " + many)
    if n:
        parts.append(german_below_million(n, pick))
    return " ".join(parts)


_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen"]
_EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
            9: "ninety"}
_EN_SCALES = [(10**9, "billion"), (10**6, "million"), (10**3, "thousand")]


def english_below_hundred(n: int, pick: Pick[str]) -> str:
    """1..99 in English ("twenty-one" or "twenty one")."""
    if n < 20:
        return _EN_UNITS[n]
    t, u = divmod(n, 10)
    return _EN_TENS[t] + (pick(["-", " "]) + _EN_UNITS[u] if u else "")


def english_below_thousand(n: int, pick: Pick[str], *, lead: bool) -> str:
    """1..999 in English ("three hundred and two"); a leading 100 may be "a hundred"."""
    h, rest = divmod(n, 100)
    words = []
    if h:
        words.append(("a" if h == 1 and lead and pick(["one", "a"]) == "a" else _EN_UNITS[h]) + " hundred")
        if rest:
            words.append(pick(["and ", ""]) + english_below_hundred(rest, pick))
    else:
        words.append(english_below_hundred(rest, pick))
    return " ".join(words)


def english_words(n: int, pick: Pick[str]) -> str:
    """A non-negative integer below 10^12 in English words, as a writer would spell it."""
    assert 0 <= n < 10**12
    if n == 0:
        return "zero"
    parts = []
    for scale, word in _EN_SCALES:
        k, n = divmod(n, scale)
        if k:
            head = "a" if k == 1 and not parts and pick(["one", "a"]) == "a" else \
                english_below_thousand(k, pick, lead=not parts)
            parts.append(f"{head} {word}")
    if n:
        tail = english_below_thousand(n, pick, lead=not parts)
        if parts and n < 100:
            tail = pick(["and ", ""]) + tail  # "one million and one"
        parts.append(tail)
    return " ".join(parts)


def words(n: int, lang: str, pick: Pick[str]) -> str:
    """``n`` in words of ``lang``."""
    return german_words(n, pick) if lang == "de" else english_words(n, pick)


# --------------------------------------------------------------------------------------------------
# Digits
# --------------------------------------------------------------------------------------------------

_MARKS = {"de": (",", "."), "en": (".", ",")}  # (decimal mark, grouping mark)
_SPACES = [" ", "\u2009", "\u00a0", "\u202f"]


def group(digits: str, sep: str) -> str:
    """``"1234567"`` -> ``"1.234.567"`` with ``sep``."""
    head = len(digits) % 3 or 3
    return sep.join([digits[:head], *(digits[i:i + 3] for i in range(head, len(digits), 3))])


def digits_text(whole: int, frac: str, lang: str, sep: str) -> str:
    """Digits in ``lang``'s convention with grouping separator ``sep`` ("" for none)."""
    dec, _grp = _MARKS[lang]
    body = group(str(whole), sep) if sep else str(whole)
    return body + (dec + frac if frac else "")


# --------------------------------------------------------------------------------------------------
# Strategies
# --------------------------------------------------------------------------------------------------

langs = st.sampled_from(["de", "en"])


@st.composite
def digit_numbers(draw: st.DrawFn, lang: str | None = None, *, signed: bool = True,
                  above: Value | None = None) -> Written:
    """Digits in the language's own convention: grouped by its mark or a space kind, or not;
    with ``above``, a value greater than that."""
    lang = lang or draw(langs)
    low = 0 if above is None else int(above) + 1
    whole = draw(st.integers(low, low + draw(st.sampled_from([10**3, 10**6, 10**12]))))
    frac = draw(st.one_of(st.just(""), st.from_regex(r"\A[0-9]{1,4}\Z")))
    seps = ["", _MARKS[lang][1], *_SPACES] if whole >= 1000 else [""]
    sep = draw(st.sampled_from(seps))
    if sep == "" and not frac and len(str(whole)) == 4 and draw(st.booleans()):
        sep = _MARKS[lang][1]  # keep "2024" years rarer than plain counts
    text = digits_text(whole, frac, lang, sep)
    sign = draw(st.sampled_from(["", "", "-", "−", "+"])) if signed and (whole or frac.strip("0")) else ""
    value = Decimal(f"{whole}.{frac}" if frac else whole)
    if sign in ("-", "−"):
        value = -value
    return Written(sign + text, lang, exact(value), "digits")


@st.composite
def foreign_digit_numbers(draw: st.DrawFn) -> Written:
    """Digits in the other language's convention, where the digits leave no doubt
    ("1.234.567,89" in English text, "1,234,567.5" in German text)."""
    lang = draw(langs)
    other = "en" if lang == "de" else "de"
    whole = draw(st.integers(10**6, 10**12))
    frac = draw(st.one_of(st.just(""), st.from_regex(r"\A[0-9]{1,2}\Z")))
    text = digits_text(whole, frac, other, _MARKS[other][1])
    return Written(text, lang, exact(Decimal(f"{whole}.{frac}" if frac else whole)), "foreign-digits")


@st.composite
def word_numbers(draw: st.DrawFn, lang: str | None = None) -> Written:
    """An integer spelled in words."""
    lang = lang or draw(langs)
    n = draw(st.one_of(st.integers(0, 100), st.integers(0, 10**6 - 1), st.integers(0, 10**12 - 1)))

    def pick(options: Sequence[str]) -> str:
        return draw(st.sampled_from(list(options)))

    return Written(words(n, lang, pick), lang, n, "words")


_DE_SCALE_WORDS = [(10**3, "Tausend", "Tausend"), (10**3, "Tsd.", "Tsd."), (10**6, "Million", "Millionen"),
                   (10**6, "Mio.", "Mio."), (10**9, "Milliarde", "Milliarden"), (10**9, "Mrd.", "Mrd."),
                   (10**12, "Billion", "Billionen")]
_EN_SCALE_WORDS = [(10**3, "thousand", "thousand"), (10**3, "k", "k"), (10**6, "million", "million"),
                   (10**6, "mn", "mn"), (10**9, "billion", "billion"), (10**9, "bn", "bn"),
                   (10**12, "trillion", "trillion")]


@st.composite
def scaled_numbers(draw: st.DrawFn, lang: str | None = None) -> Written:
    """Digits with a scale word: "1,5 Millionen", "3 Mio.", "2bn", "1.5 million", "$3m"."""
    lang = lang or draw(langs)
    whole = draw(st.integers(1, 999))
    frac = draw(st.one_of(st.just(""), st.from_regex(r"\A[0-9]{1,2}\Z")))
    amount = Decimal(f"{whole}.{frac}" if frac else whole)
    table = _DE_SCALE_WORDS if lang == "de" else _EN_SCALE_WORDS
    factor, one, many = draw(st.sampled_from(table))
    word = one if amount == 1 else many
    glue = " " if len(word) > 2 or lang == "de" else draw(st.sampled_from(["", " "]))
    text = digits_text(whole, frac, lang, "") + glue + word
    if lang == "en" and factor >= 10**6 and draw(st.booleans()):
        text = "$" + digits_text(whole, frac, lang, "") + ("m" if factor == 10**6 else "bn" if factor == 10**9 else "tn")
    return Written(text, lang, exact(amount * factor), "scale")


def written_numbers() -> st.SearchStrategy[Written]:
    """A number in any of the formats drift reads, in German or English."""
    return st.one_of(digit_numbers(), foreign_digit_numbers(), word_numbers(), scaled_numbers())


_TOKENS = ["0", "1", "7", "12", "1.500", "1,5", "10.000", "2,000", "3.25", "07:04", "19.30", "2024",
           "29.10.2024", "1950er", "1990s", "3.", "21st", "-", "−", "+", "%", "$", "€", ".", ",",
           ":", "/", "(", ")", "'", "’", " ", " ", " ", "\u00a0", "\u2009", "\n", "und", "and",
           "zwölf", "tausend", "Millionen", "Mio.", "bn", "k", "million", "one", "hundred",
           "einundzwanzig", "Dutzend", "dozens", "Tausende", "a", "ein", "eine", "half", "Komma",
           "point", "minus", "Uhr", "p.m.", "Oktober", "October", "rund", "über", "more than",
           "bis", "to", "zwischen", "between", "Prozent", "percent", "x", "Covid-", "G"]


def newsy_text() -> st.SearchStrategy[str]:
    """Text made of the pieces numbers are made of, in any order (for never-raises properties)."""
    return st.lists(st.sampled_from(_TOKENS), max_size=25).map("".join) | \
        st.lists(st.sampled_from(_TOKENS), max_size=25).map(" ".join)


# --------------------------------------------------------------------------------------------------
# Text for the tests that pin a fast path to the pattern it stands for
# --------------------------------------------------------------------------------------------------

#: every character of Unicode, in order: exhaustive checks of what a guard or a plainer pattern reads
EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


def joined(pieces: Sequence[str], max_size: int) -> st.SearchStrategy[str]:
    """Texts of at most ``max_size`` of ``pieces`` run together: the characters and words where a
    fast path and the pattern it stands for might part ways."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)
