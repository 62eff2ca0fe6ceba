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
import functools
import re
import string
from collections.abc import Iterable, Iterator
from decimal import Decimal

import attrs
import regex

from drift import lang as _lang
from drift.exceptions import ParseError
from drift.text import lower_words

__all__ = ["Number", "NumberKind", "Value", "find_numbers", "parse_number"]

Value = int | Decimal

_MAX_DIGITS = 400  # longer digit runs are read exactly but never scaled further
_MAX_NUMBER_CHARS = 1000  # a longer digit or number-word run is not a figure: skipped whole


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
        return self in _FIGURE_KINDS


#: the kinds of :attr:`NumberKind.is_figure` (a set lookup is quicker than the property in bulk)
_FIGURE_KINDS = frozenset({NumberKind.COUNT, NumberKind.PERCENT})
#: the kinds as module names: reading a member off the enum class (``NumberKind.COUNT``) costs several
#: times a global's lookup, which counts on the paths run once per number
_COUNT, _PERCENT, _DATE, _TIME = NumberKind.COUNT, NumberKind.PERCENT, NumberKind.DATE, NumberKind.TIME
_YEAR, _DECADE, _ORDINAL, _CODE = NumberKind.YEAR, NumberKind.DECADE, NumberKind.ORDINAL, NumberKind.CODE


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

def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that the longest one wins.

    Spaces inside a phrase match any run of whitespace ("half a  dozen").
    """
    ws = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ws) or "(?!)"


#: the word characters of Latin-1 that are no decimal digit: letters, "_", "²", "½"
_LATIN_WORD_NO_DIGITS = "".join(re.escape(chr(c)) for c in range(256) if re.match(r"[^\W\d]", chr(c)))
_SPACE_GROUP = "[\u00a0\u202f\u2009 ]"  # no-break, narrow no-break, thin space, space
_GROUP_CHARS = regex.compile(_SPACE_GROUP + "|['’]")  # grouping marks that are never decimal marks
_DIGIT_RUN = regex.compile(r"\d+")
_NON_DIGIT = regex.compile(r"\D")


def _fraction_words(t: _lang.Language) -> dict[str, Decimal]:
    """One-word halves that end a German compound ("einhalb", "anderthalb") -> their value."""
    out: dict[str, Decimal] = {}
    for w, v in t.specials.items():
        if " " not in w and not isinstance(v, int):
            out[w] = Decimal(str(v))
    return out


def _regex_specials(t: _lang.Language) -> list[str]:
    """The special counting phrases the scanner looks for in running text.

    Only those that the word grammar cannot read and that are never ordinary words: phrases
    closed by a scale word ("half a million", "ein halbes Dutzend") or by "of" ("a couple of").
    "single", "a few", "ein paar" stay out: in running text they are vague words, not figures
    (``parse_number`` still reads them).
    """
    fractions = _fraction_words(t)
    out = []
    for w, v in t.specials.items():
        if w in fractions:
            continue
        words = w.split()
        if len(words) == 2 and words[0] in t.articles and (words[1] in t.scales or words[1] in t.hundred):
            continue  # "a million", "ein Dutzend": the word grammar reads these
        if isinstance(v, int) and len(words) > 1 and words[-1] in t.scales:
            out.append(w)  # "half a million", "ein halbes Dutzend"
        elif w.endswith(" of"):
            out.append(w)
    return out


def _openers(t: _lang.Language) -> str:
    """An alternation (for ``re``, over lower-case text) of where a number word can open.

    Words of four letters or more by their first four ("zwöl", "hund", "thou"); shorter ones
    whole, or in German as the head of a compound ("elfhundert", "einundzwanzig"); the first word
    of a phrase with the blank after it ("mehrere ", "tens "); an article only before a word that
    makes it a number ("eine Million", "ein halbes Dutzend", "a couple of", "a dozen"); an
    English month only before the day ("Oct. 18").
    """
    fractions = _fraction_words(t)
    phrases = [*t.vague, *_regex_specials(t)]
    single = [*t.units, *t.tens, *t.hundred, *t.thousand, *t.ordinals, *fractions,
              *(w for w in t.scales if len(w) >= 4), *(p for p in phrases if " " not in p)]
    articles = {a.lower() for a in t.articles}
    # what may follow a short German word inside a compound: und, hundert, tausend, halb, zehn
    compound = "(?=un|hu|ta|ha|ze)|" if t.code == "de" else ""
    alts = set()
    for w in {w.lower() for w in single} - articles:
        # a word that starts with an article ("eins", "eineinhalb") needs two letters more
        head = max([4, *(len(a) + 2 for a in articles if w.startswith(a))])
        if len(w) > head:
            alts.add(re.escape(w[:head]))
        else:
            alts.add(re.escape(w) + rf"(?:{compound}(?![^\W\d_]))")
    followers = {w[:3].lower() for w in [*t.scales, *t.hundred, *t.thousand] if len(w) >= 3}
    for p in [*phrases, *t.specials]:
        words = p.lower().split()
        if len(words) < 2:
            continue
        if words[0] in articles:
            followers.add(words[1][:3])
        else:
            alts.add(re.escape(words[0]) + r"(?=\s)")
    follow_alt = "|".join(re.escape(f) for f in sorted(followers, key=len, reverse=True))
    alts |= {rf"{re.escape(a)}(?=\s+(?:{follow_alt}))" for a in articles}
    if t.code == "de":
        alts.add(r"ein(?=[a-zäöüß]*(?:und|hundert|tausend|halb))")  # einhundert, einundzwanzig
    else:
        # "October 18": a month opens a date only before a blank and the day's digits (digits
        # ``re`` does not know are no day: int() cannot read them). German dates open with the
        # day's digits.
        alts |= {re.escape(f.lower()) + r"(?=\s\d)" for m in t.months for f in (m.capitalize(), m.upper())}
    # grouped by first letter, so that a word start is tried against one group, not every word
    by_first: dict[str, list[str]] = {}
    for a in alts:
        assert a[0].isalpha(), a
        by_first.setdefault(a[0], []).append(a[1:])
    return "|".join(f"{c}(?:{'|'.join(sorted(rest, key=lambda r: (-len(r), r)))})"
                    for c, rest in sorted(by_first.items()))


@attrs.frozen
class _Scanner:
    """The compiled patterns for one language (built once, at import)."""

    digit_candidates: re.Pattern[str]  # where digits, signs, currency signs can open a number
    candidates: re.Pattern[str]  # over lower-cased text: those, or the character before a number word
    word_after_blank: re.Pattern[str]  # over lower-cased text: a blank before a number word
    word_opens: re.Pattern[str]  # over lower-cased text: a number word opening at its start
    word_candidates_ci: re.Pattern[str]  # over the text itself, when lower-casing changes its length
    digits: regex.Pattern[str]
    bare_run: re.Pattern[str]  # digits (perhaps grouped) the digit pattern may read as they stand
    bare_firsts: frozenset[str]  # ASCII letters that open a word after which it does not
    bare_words: regex.Pattern[str]  # those words
    words: regex.Pattern[str]
    minus: regex.Pattern[str]  # a minus word right before a number ("minus fünf")
    minus_ends: frozenset[str]  # the last letters of the minus words (a cheap test before it)
    minus_tails: frozenset[str]  # their last two letters (the next test)
    scale_words: frozenset[str]  # words the digit pattern reads as a multiplier
    digit_parts: tuple[int, ...]  # the numbers of the groups _DIGIT_PARTS names (see there)
    bare_percent: frozenset[str]  # percent words read after plain digits without it (see _percent_after)
    clock_time: re.Pattern[str]  # the clock times it reads, the common way of writing them (see there)
    vague_word: re.Pattern[str]  # over lower-cased text: a vague word the word pattern reads alone


#: the groups of the digit pattern that :func:`_read_digits` reads, in this order; it reads them by
#: number, which ``regex`` does several times faster than by name
_DIGIT_PARTS = ("num", "sign", "cur_before", "scale", "cur_scale", "pct", "cur_after", "ord_dot")


def _build_scanner(t: _lang.Language) -> _Scanner:
    """Compile the patterns that find every number-like thing in a text of language ``t``."""
    months_cap = _alt({m.capitalize() for m in t.months} | {m.upper() for m in t.months if len(m) <= 4})
    fractions = _fraction_words(t)
    morph = _alt([*t.units, *t.tens, *t.hundred, *t.thousand, *fractions])
    joiner = _alt(t.joiner)
    scales = _alt(t.scales)
    digit_scales = _alt([*t.scales, *t.hundred])  # "3 Mio.", "2bn", "322 hundred", "5 Dutzend"
    scale_firsts = "".join(sorted({regex.escape(w[0]) for w in [*t.scales, *t.hundred]}))
    vague = _alt(t.vague)
    articles = _alt(t.articles)
    ordinals = _alt(t.ordinals)
    pct = _alt(w for w in t.percent_words if w != "%")
    specials = _alt(_regex_specials(t))
    dec_words = _alt(t.decimal_words)
    currency_sign = r"[$€£]|US\$"
    cur_scales = _alt(t.currency_scales)
    ord_suffix = _alt(t.ordinal_suffixes)
    clock = _alt(t.clock_words)
    decimal = regex.escape(t.decimal_mark)
    if t.code == "de":
        day_month = rf"(?P<dm_day>\d{{1,2}})\.\s?(?-i:(?P<dm_month>{months_cap}))(?:,?\s(?P<dm_year>\d{{4}}))?"
        month_day = r"(?!)"
        day_words: list[str] = []  # a day is followed by a dot
        token = rf"(?:{morph})(?:{morph}|{joiner})*|{scales}|{joiner}|{dec_words}"
        word_sep = r"\s+"
        # "einundzwanzigste", "zweitausendzweite": number morphemes closed by an ordinal word
        ord_compound = rf"(?:{morph}|{joiner})+(?:{ordinals})"
        half = "(?!)"
    else:
        day_month = (rf"(?P<dm_day>\d{{1,2}})(?:{ord_suffix})?(?:\s+of)?\s(?-i:(?P<dm_month>{months_cap}))"
                     rf"(?:,?\s(?P<dm_year>\d{{4}}))?")
        month_day = (rf"(?-i:(?P<md_month>{months_cap}))\s(?P<md_day>\d{{1,2}})(?:{ord_suffix})?\b"
                     rf"(?:,?\s(?P<md_year>\d{{4}}))?")
        half = "half"
        day_words = [*t.months, "of"]  # words that may follow a day after a blank
        token = rf"{morph}|{scales}|{joiner}|{articles}|{half}|{dec_words}"
        word_sep = r"(?:\s*-\s*|\s+)"
        # "twenty-first", "twenty first": a tens word and an ordinal
        ord_compound = rf"(?:{_alt(t.tens)})(?:-|\s+)(?:{_alt(w for w, v in t.ordinals.items() if v < 10)})"
    # The candidate finders: where a number can open. The detailed patterns below are tried only
    # there. They run with the stdlib ``re``: (1) digits, signs, currency signs and a leading
    # decimal mark, written as one character class followed by checks on the character just
    # read, so that ``re`` skips ahead with its fast character-set scan instead of trying a
    # lookbehind at every position; (2) over the lower-cased text, the words that can open a
    # number (see :func:`_openers`), found by the non-word character before them (a word boundary
    # before a letter), or the text's start.
    # Each check costs ``re`` a jump, and most characters the scan stops at fail them all, so the
    # checks for one class of character sit behind one lookbehind for that class. A digit that
    # opens a number takes the rest of its run with it, with decimals or groups ("1.500,25"): no
    # check holds inside (a digit after a digit, "." or ","; a mark between digits: only a mark
    # after a blank opens decimals, and words open with a letter), so the scan resumes after it.
    dm = re.escape(t.decimal_mark)
    digit_checks = rf"""
        (?:(?<=\d)(?<![\w.,]\d)\d*(?:[.,]\d+)*       # a digit not glued to a word or a number
         |(?<=[$€£+\-\u2212('’{dm}])(?:            # the signs:
           (?<=[$€£])\s?(?=[\d+\-\u2212])          # a currency sign before digits
          |(?<=[+\-\u2212])(?<![\w.,+\-\u2212].)(?=\d)   # a sign before digits, not inside a word
          |(?<=[\-\u2212])(?<![^\s].)(?=[ ]\d)      # "- 1.200.000" opening a line (checked below)
          |(?<=\()(?=\d{{3}}\)[ ]?\d{{3}}-\d{{4}})       # (202) 555-0147
          |(?<=['’])(?=\d\d)                       # '90s
          |(?<={dm})(?<![^\s(].)(?=\d)))           # .25, ,77 after a space
        """
    digit_candidates = re.compile(rf"""
        [\d$€£+\-\u2212'’({dm}]                  # one character that can open a number, then:
        {digit_checks}""", re.VERBOSE)
    openers = _openers(t)
    # Both in one pass over the lower-cased text, where lower-casing keeps the class of every
    # character it does not lengthen (\w, \d, \s and the signs above): one character that is
    # no blank and no Latin-1 word character but a digit (a bit test), then (1)'s checks or
    # (2)'s. The blank before most words is left to a scan for that one character, which ``re``
    # runs far faster. (2) looks ahead before it looks back: most characters there are followed
    # by a blank, where no opener starts.
    candidates = re.compile(rf"""
        [^\ {_LATIN_WORD_NO_DIGITS}]
        (?:{digit_checks}
         |(?=(?-x:{openers}))(?<=\W)(?P<word>))   # the character before a number word
        """, re.VERBOSE)
    word_after_blank = re.compile(rf"[ ](?={openers})")
    word_opens = re.compile(openers)
    word_candidates_ci = re.compile(rf"\b(?:{openers})", re.IGNORECASE)
    # "1.10." without a year is a date in German; in English it is a decimal before a full stop
    dotted_year = "?" if t.code != "en" else ""
    digit_pattern = rf"""
    (?:
      (?P<date_num>                                 # 29.10.2024, 1.10., 2024-10-29, 10/29/2024, 1995-01
        (?=\d{{1,4}}[.\-/]\d)(?<![\d.,])
        (?:(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:\d{{4}}|\d{{2}}(?!\d)){dotted_year}(?!\d|,\d)
         | \d{{4}}-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\d|0[1-9])(?!\d)
         | \d{{4}}-(?:1[0-2]|0[1-9])(?![\d\-])
         | (?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])/(?:\d{{4}}|\d{{2}})(?!\d)
        )
      )
      | (?P<date_dm>(?=\d{{1,2}}\D{{1,9}}[A-Z]){day_month})   # 26. November 2024, 18 October
      | (?P<time>                                   # 07:04, 19.30 Uhr, 9 Uhr, 9:30 a.m.
          (?=\d{{1,2}}(?:[:.]\d|\s?(?=[^\W\d_])(?:{clock})))(?<![\d.,:])   # what each needs
          (?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?\s?(?:{clock})(?!\w)
           | (?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])
           | (?:[01]?\d|2[0-3])\s?(?:{clock})(?!\w)
          )
      )
      | (?P<phone>                                  # +49 30 1234567, 030/123456, +1-222-2222-2222
          (?=[+0(]|\d{{3}}-)(?<![\w+])
          (?:\+(?=\d(?:[\s\-/()]{{0,2}}\d){{6}})           # at least seven digits,
             (?!\d{{1,3}}(?:{_SPACE_GROUP}\d{{3}})+(?![\d\-/]|\s\d))  # not "+12 000 000"
             \d{{1,3}}(?:[\s\-/]?\(?\d{{1,5}}\)?)(?:[\s\-/]\d{{2,}}){{1,5}}
           | 0\d{{2,5}}(?:/|\s?-\s?|[ ](?=\d{{4}}))\d{{3,}}(?:[\s\-]\d{{2,}})*   # 030 1234567
           | \(\d{{3}}\)\s?\d{{3}}-\d{{4}} | \d{{3}}-\d{{3}}-\d{{4}})        # (202) 555-0147
          (?![\d])
      )
      | (?P<code>                                   # 192.168.1.2, 22,24,26, 978-3-16-148410-0
          (?=\d+[.,\-]\d+[.,\-]\d)(?<![\w.,\-])
          (?!\d{{1,3}}(?:\.\d{{3}})++(?:,\d+)?(?![.,]?\d))    # not 1.234.567(,89): grouping
          (?!\d{{1,3}}(?:,\d{{3}})++(?:\.\d+)?(?![.,]?\d))    # not 1,234,567(.89) (++: linear)
          (?:\d+(?:\.\d+){{2,}}|\d+(?:,\d+){{2,}}|\d+(?:-\d+){{3,}})
          (?![.,\-]?\d)
      )
      | (?P<decade>(?=['’\d]{{2,4}}[^\W\d_])(?<![\w.,])(?:\d{{2}}|\d{{4}}|['’]\d{{2}})(?:{t.decade_suffix})\b)   # 1950er, 1990s
      | (?P<ord_digit>(?=\d+[^\W\d_])(?<![\w.,])\d+(?:{ord_suffix})\b)                            # 3rd, 21st
      | (?P<digits>
          (?P<cur_before>(?:{currency_sign})\s?)?
          (?P<sign>(?<![\w.,\-+])[+\-\u2212](?=[\d{decimal}])
                  |(?<=(?:\A|\n)[ \t]*)[\-\u2212][ ](?=\d))?   # "- 1.200.000" opening a line
          (?:(?<![^\W\d]-)|(?<=\d(?:{digit_scales})-))   # not glued to a word (Covid-19), but 5k-20k
          (?<![^\W\d])(?<![\d.,])                # not glued to a word (G7)
          (?P<num>\d{{1,3}}(?:(?P<g>[.,'’]|{_SPACE_GROUP})\d{{3}}(?!\d))(?:(?P=g)\d{{3}}(?!\d))*(?:[.,]\d+)?
                |\d+(?:[.,]\d+)?
                |(?<![^\s(+\-\u2212$€£]){decimal}\d+)     # .25, ,77: a leading decimal mark
          (?![.,]?\d)                               # never a prefix of a longer digit run
          (?P<ord_dot>\.(?=\s+\w|\s*$))?
          (?:(?=\s{{0,2}}[{scale_firsts}])                 # a cheap test before the scale words
             (?P<scale>(?:[ \u00a0]{{1,2}}|\s)?(?:{digit_scales})(?:(?<=\.)|\b))|(?<=\d)(?P<cur_scale>{cur_scales})\b)?
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
      | (?P<special>(?:{specials})\b)               # half a million, ein halbes Dutzend, a couple of
      | (?P<ord_compound>(?:{ord_compound})\b)      # einundzwanzigste, twenty-first
      | (?P<words>
          (?:(?<![^\W\d]-)|(?<=\b(?:{morph})+-))     # not the tail of a compound ("Formel-Eins"),
                                                     # but "three-nought-four"
          (?:(?:{articles})\s+(?=(?:{scales}|{_alt(t.hundred)}|{_alt(t.thousand)})\b)
             |(?!(?:{articles}|{joiner}|{dec_words}|{half})\b))
          (?:{token})(?:{word_sep}(?:{token}))*
          \b
          (?P<wpct>\s(?:{pct})\b|\s?%)?
      )
      | (?P<ord_word>(?:{ordinals})\b)              # dritte, third
    )
    """
    # The common cases without trying every branch above: ASCII digits, alone or in groups of
    # three ("12.000", "1,500", "12 000"), after a blank (or at the start) and followed by ", " or
    # by one blank and an ASCII letter that opens none of the words the branches read after digits
    # (scale, percent and clock words, and in English months and "of"; compared ignoring case, as
    # there): ``bare_run``, then in _scan ``bare_firsts`` and ``bare_words``. Then no branch
    # before <digits> matches: a date or time needs [.:/-] and one or two digits after it (a group
    # has three), a code more marks than the groups or irregular ones, the others a glued letter,
    # a digit or one of those words after the digits. And <digits> matches the run alone: its
    # decimals, ordinal dot, scale, percent and currency parts all need one of them.
    bare_words = [*t.scales, *t.hundred, *(w for w in t.percent_words if w != "%"), *t.clock_words,
                  *day_words]
    firsts = regex.compile("[" + "".join(regex.escape(w[0]) for w in bare_words) + "]", regex.IGNORECASE)
    groups = (_MAX_NUMBER_CHARS - 3) // 4  # a longer run is skipped whole (see _scan)
    bare_run = (rf"(?<![^ \n])(?:[0-9]{{1,3}}([., ])[0-9]{{3}}(?:\1[0-9]{{3}}){{0,{groups - 1}}}"
                rf"|[0-9]{{1,{_MAX_NUMBER_CHARS}}})(?=,[ ]|[ \n][A-Za-z])")
    minus = rf"(?<![\w.,])(?:{_alt(t.minus_words)})\s+\Z"
    # A percent word after plain digits and a blank ("64 Prozent"), read without the digit pattern
    # (see _percent_after): a word of letters alone, so that a scale word before it in the pattern
    # would end inside it, where no word boundary is; and no month or clock word opens it, so that
    # no date or time branch reads it.
    others = [*t.months, *t.clock_words, *day_words]
    bare_percent = frozenset(w.lower() for w in t.percent_words if w.isalpha() and
                             not any(w.lower().startswith(o.lower()) for o in others))
    # A clock time as the time branch reads it, in the part of its cases where no branch before it
    # matches and it takes the same characters: hours and minutes of ASCII digits without seconds
    # (a date needs a second mark after the minutes, or a hyphen or slash), or the hour alone, then
    # one blank or none and a clock word, as ``regex`` tries them. Ignoring case only for ASCII, not
    # after a digit, mark or colon, nor before a word character or anything not ASCII (``regex``
    # and ``re`` agree on ASCII): a subset of what the branch matches, and the rest is left to it.
    clock_words = sorted({w.lower() for w in t.clock_words}, key=lambda w: (-len(w), w))
    assert all(w.isascii() and " " not in w for w in clock_words), clock_words
    clock_time = re.compile(rf"""
        (?<![0-9.,:\x80-\U0010ffff])
        ([01]?[0-9]|2[0-3])(?:[:.]([0-5][0-9]))?[ ]?(?:{'|'.join(map(re.escape, clock_words))})
        (?![0-9A-Za-z_\x80-\U0010ffff])""", re.VERBOSE | re.IGNORECASE | re.ASCII)
    # A vague word alone ("Tausende", "dozens"), as the word pattern reads it: over lower-cased text
    # (every letter lower-casing gives is one ignoring case equates with it), before a character
    # that is ASCII and no word character. Only words no other vague phrase continues after a blank
    # ("hundreds of thousands") and no month opens or continues (the date branch before it): the
    # pattern's longest-first alternation then reads the same word.
    months = [m.lower() for m in t.months]
    alone = sorted((w for w in t.vague if " " not in w and
                    not any(p.startswith(w + " ") for p in t.vague) and
                    not any(w.startswith(m) or m.startswith(w) for m in months)), key=lambda w: (-len(w), w))
    assert all(w == w.lower() and w.isalpha() for w in alone), alone
    vague_word = re.compile(rf"(?:{'|'.join(map(re.escape, alone))})(?![0-9a-z_\x80-\U0010ffff])")
    flags = regex.VERBOSE | regex.IGNORECASE | regex.V0
    digits = regex.compile(digit_pattern, flags)
    return _Scanner(digit_candidates, candidates, word_after_blank, word_opens, word_candidates_ci, digits,
                    re.compile(bare_run),
                    frozenset(c for c in string.ascii_letters if firsts.match(c)),
                    regex.compile(_alt(bare_words), regex.IGNORECASE | regex.V0),
                    regex.compile(word_pattern, flags), regex.compile(minus, regex.IGNORECASE),
                    frozenset(w[-1].lower() for w in t.minus_words),
                    frozenset(w[-2:].lower() for w in t.minus_words),
                    frozenset(w.lower() for w in [*t.scales, *t.hundred]),
                    tuple(digits.groupindex[name] for name in _DIGIT_PARTS),
                    bare_percent=bare_percent, clock_time=clock_time, vague_word=vague_word)


_SCANNERS: dict[str, _Scanner] = {code: _build_scanner(_lang.get(code)) for code in _lang.supported()}


# --------------------------------------------------------------------------------------------
# Reading digits
# --------------------------------------------------------------------------------------------

def _to_value(d: Decimal) -> Value:
    """An int when ``d`` is whole, else the Decimal itself (normalised, no exponent)."""
    if d == d.to_integral_value():
        return int(d)
    n = d.normalize()
    return n if n.as_tuple().exponent <= 0 else n.quantize(Decimal(1))  # type: ignore[operator]


@attrs.frozen
class _Convention:
    """Which mark separates decimals in one document: '.' (English style) or ',' (German style)."""

    decimal: str


def _ungrouped(num: str) -> str:
    """``num`` without the marks that only ever group digits (blanks and apostrophes)."""
    if num.isascii() and " " not in num and "'" not in num:
        return num  # the other marks (no-break and thin spaces, "’") are not ASCII
    return str(_GROUP_CHARS.sub("", num))


def _digit_reading(num: str, conv: _Convention, strict: bool, lang_code: str) -> tuple[Decimal, bool]:
    """Read a digit token under a convention; returns (value, ambiguous).

    Raises ParseError in strict mode for irregular grouping and for tokens whose reading depends on
    the convention ("1.500" in English, "1,500" in German).
    """
    if num.isdigit():
        return Decimal(num), False  # the common case: a plain digit run
    body = _ungrouped(num)
    if body[:1] in ".,":
        return Decimal("0." + body[1:]), False  # ".25", ",77": the pattern admits only the decimal mark
    dots, commas = body.count("."), body.count(",")
    group = "," if conv.decimal == "." else "."
    if dots and commas:
        last = max(body.rfind("."), body.rfind(","))
        dec_mark = body[last]
        grp = "," if dec_mark == "." else "."
        if body.count(dec_mark) != 1:
            raise _irregular(num, lang_code)
        int_part, frac = body[:last], body[last + 1:]
        if strict and dec_mark != _lang.get(lang_code).decimal_mark:
            raise ParseError("number written in the other language's convention", text=num,
                             position=last, suggestions=[_swap_marks(num)])
        digits = int_part.replace(grp, "")
        return Decimal(f"{digits}.{frac}"), False
    sep = "." if dots else "," if commas else ""
    if not sep:
        return Decimal(body), False
    parts = body.split(sep)
    # (the last part first: decimals seldom have three digits, and then no part needs a look)
    grouped_ok = len(parts[-1]) == 3 and len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]) and \
        parts[0] != ""
    if len(parts) > 2:
        if not grouped_ok:
            raise _irregular(num, lang_code)
        return Decimal("".join(parts)), False
    # exactly one separator
    if grouped_ok and parts[0] not in ("0", "-0"):
        # "1.500" / "1,500": grouping in one convention, decimals in the other. Its reading
        # depends on the convention unless the mark is the language's own grouping mark.
        foreign = sep != _lang.get(lang_code).group_mark
        if strict and foreign:
            raise _ambiguous(num, sep)
        if sep == group:
            return Decimal("".join(parts)), foreign
        return Decimal(f"{parts[0]}.{parts[1]}"), True
    if sep == group and strict and lang_code:
        raise _irregular(num, lang_code)
    return Decimal(f"{parts[0]}.{parts[1]}"), False


def _swap_marks(num: str) -> str:
    return num.translate({ord("."): ",", ord(","): "."})


def _ambiguous(num: str, sep: str) -> ParseError:
    whole = num.replace(sep, "")
    as_decimal = num.replace(sep, ".")
    grouped_en = f"{int(whole):,}"
    grouped_de = grouped_en.replace(",", ".")
    return ParseError("ambiguous decimal mark", text=num, position=num.index(sep),
                      suggestions=[f"{grouped_de} (de) / {grouped_en} (en) = {whole}",
                                   f"{as_decimal} = {as_decimal}"])


def _irregular(num: str, lang_code: str) -> ParseError:
    digits = _NON_DIGIT.sub("", num)
    t = _lang.get(lang_code) if lang_code else _lang.get("de")
    suggestions = [f"{int(digits):,}".replace(",", t.group_mark) if digits else num]
    marks = [c for c in num if c in ".,"]
    if len(marks) == 1 and marks[0] == t.group_mark:
        suggestions.append(num.replace(marks[0], t.decimal_mark))  # "30.00" -> "30,00"
    return ParseError("irregular digit grouping", text=num, position=max(num.find(t.group_mark), 0),
                      suggestions=suggestions)


def _evidence(num: str) -> str | None:
    """Which decimal mark an unambiguous digit token shows: '.', ',' or None."""
    if num.isdigit():
        return None
    body = _ungrouped(num)
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        return str(body[max(body.rfind("."), body.rfind(","))])
    for sep, other in ((".", ","), (",", ".")):
        n = body.count(sep)
        if n > 1:
            return other  # repeated: grouping
        if n == 1:
            whole, frac = body.split(sep)
            if len(frac) != 3 or whole in ("", "0"):
                return sep  # 1,5 / 3.25 / 0.125: a decimal mark
    return None


# --------------------------------------------------------------------------------------------
# Reading words
# --------------------------------------------------------------------------------------------

_UNIT, _TEEN, _TEN, _UND, _HUNDERT, _TAUSEND, _NULL, _HALF = range(8)


def _morph_table(t: _lang.Language) -> list[tuple[str, int, Decimal]]:
    """German morphemes (longest first) with their kind and value."""
    out: list[tuple[str, int, Decimal]] = []
    for w, v in t.units.items():
        if w in t.articles and w != min(t.articles, key=len):
            continue  # "eine", "einen": articles, never inside a compound; "ein" is
        out.append((w, _NULL if v == 0 else _TEEN if v >= 10 else _UNIT, Decimal(v)))
    out += [(w, _TEN, Decimal(v)) for w, v in t.tens.items()]
    out += [(w, _HUNDERT, Decimal(100)) for w in t.hundred]
    out += [(w, _TAUSEND, Decimal(1000)) for w in t.thousand]
    out += [(w, _UND, Decimal(0)) for w in t.joiner]
    out += [(w, _HALF, v) for w, v in _fraction_words(t).items()]
    return sorted(out, key=lambda x: -len(x[0]))


_MORPHS: dict[str, list[tuple[str, int, Decimal]]] = {c: _morph_table(_lang.get(c)) for c in _lang.supported()}


def _segmentations(w: str, i: int, keys: list[tuple[str, int, Decimal]]) -> Iterator[list[tuple[int, Decimal, str]]]:
    """Every way to cut ``w[i:]`` into morphemes, longest morpheme first."""
    if i == len(w):
        yield []
        return
    for k, kind, val in keys:
        if w.startswith(k, i):
            for rest in _segmentations(w, i + len(k), keys):
                yield [(kind, val, k), *rest]


def _combine_de(tokens: list[tuple[int, Decimal, str]]) -> Decimal | None:
    """The value of a German number word cut into morphemes, or None when the cut is not a number.

    Grammar: ``[below_thousand] tausend [und] [below_thousand] | below_thousand``, with
    ``below_thousand = [unit|teen] hundert [und] [below_hundred] | below_hundred`` and
    ``below_hundred = unit | teen | ten | unit und ten``; an optional closing half
    ("zweieinhalb") and the lone "null".
    """
    if len(tokens) == 1 and tokens[0][0] in (_NULL, _HALF):
        return tokens[0][1]
    if any(k == _NULL for k, _, _ in tokens):
        return None  # "fünfzignullzwei": no zero inside a compound
    half = Decimal(0)
    if tokens and tokens[-1][0] == _HALF:
        if len(tokens) < 2 or tokens[-2][0] not in (_UNIT, _TEEN, _TEN) or tokens[-1][2] != "einhalb":
            return None
        half, tokens = tokens[-1][1], tokens[:-1]
    kinds = [k for k, _, _ in tokens] + [-1]
    vals = [v for _, v, _ in tokens]
    words = [w for _, _, w in tokens]

    def below_hundred(i: int) -> tuple[Decimal, int] | None:
        if kinds[i] == _UNIT and kinds[i + 1] == _UND and kinds[i + 2] == _TEN:
            if words[i] != "ein" and vals[i] == 1:
                return None  # "einsundzwanzig"
            return vals[i] + vals[i + 2], i + 3
        if kinds[i] in (_UNIT, _TEEN, _TEN):
            return vals[i], i + 1
        return None

    def below_thousand(i: int) -> tuple[Decimal, int] | None:
        if kinds[i] == _HUNDERT:
            h, j = Decimal(100), i + 1
        elif kinds[i] in (_UNIT, _TEEN) and kinds[i + 1] == _HUNDERT:
            h, j = vals[i] * 100, i + 2
        else:
            return below_hundred(i)
        if kinds[j] == _UND:
            r = below_hundred(j + 1)
            return (h + r[0], r[1]) if r else None
        r = below_hundred(j)
        return (h + r[0], r[1]) if r else (h, j)

    first = below_thousand(0)
    value, i = first if first else (Decimal(0), 0)
    if kinds[i] == _TAUSEND:
        value, i = Decimal(value or 1) * 1000, i + 1
        if kinds[i] == _UND:
            i += 1
            if kinds[i] == -1:
                return None
        if kinds[i] != -1:
            rest = below_thousand(i)
            if rest is None:
                return None
            value, i = value + rest[0], rest[1]
    elif first is None:
        return None
    if kinds[i] != -1:
        return None
    if words[-1] == "ein" and not half:
        return None  # "hundertein": the number one closes a compound as "eins"
    return value + half


@functools.lru_cache(maxsize=4096)
def _compound_value(word: str, code: str) -> Decimal | None:
    """The value of one number word (``einhundertfünfzig``, ``twenty``), or None if it is not one.

    German compounds are cut into morphemes (every cut is tried, longest morpheme first) and the
    first cut the grammar of :func:`_combine_de` accepts gives the value.
    """
    t = _lang.get(code)
    w = word.lower()
    if code != "de":
        if w in t.units:
            return Decimal(t.units[w])
        if w in t.tens:
            return Decimal(t.tens[w])
        return None
    for cut in _segmentations(w, 0, _MORPHS[code]):
        v = _combine_de(cut)
        if v is not None:
            return v
    return None


def _kind_of(value: Decimal) -> str:
    """The class of a number word for the English grammar: unit, teen or ten."""
    return "unit" if value < 10 else "teen" if value < 20 else "ten"


_TOKEN = regex.compile(r"[^\s\-]+")


def _words_value(text: str, t: _lang.Language) -> tuple[Value, int] | None:
    """Read a run of number words and scale words; returns (value, characters used) for the longest
    valid prefix, or None when not even the first word is a number.

    The grammar is the usual one for both languages: groups below a thousand ("three hundred and
    two", "zweihundertzwei", "forty five hundred") each multiplied by a falling scale word
    ("million", "Tausend"), a scale directly after a smaller one multiplying all before it
    ("three thousand millions", "lakh crore"), dozens multiplying their group, halves ("and a
    half", "zweieinhalb") and spoken decimals ("zwei Komma fünf").
    """
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    en = t.code != "de"
    total = Decimal(0)  # the completed groups times their scales
    cur = Decimal(0)  # the group below the last scale
    have = False  # whether ``cur`` holds a stated number
    last = ""  # kind of the last token read
    before_and = ""
    last_scale: int | None = None
    last_v = Decimal(0)  # the value of the last number word
    best: tuple[Decimal, int] | None = None
    i = 0
    n = len(toks)

    def low(k: int) -> str:
        return toks[k][0].lower() if k < n else ""

    if n and low(0) in t.articles:
        cur, have, last, i = Decimal(1), False, "article", 1
    while i < n:
        w = low(i)
        e = toks[i][2]
        if w in t.joiner:
            if last not in ("num", "hundred", "scale") or before_and == "and":
                break
            # English "and a half" / "and one half"
            if en and low(i + 1) in ("a", "one") and low(i + 2) == "half":
                nxt = t.scales.get(low(i + 3))
                if last == "scale" and last_scale and nxt and nxt < last_scale and nxt >= 1000:
                    total += Decimal(nxt) / 2  # "one billion and a half million"
                    e = toks[i + 3][2]
                    i += 4
                elif last == "scale" and last_scale:
                    total += Decimal(last_scale) / 2  # "three million and a half"
                    e = toks[i + 2][2]
                    i += 3
                    best = (total + cur, e)
                    break
                else:
                    cur += Decimal("0.5")  # "two and a half (million)"
                    e = toks[i + 2][2]
                    i += 3
                    last = "half"
                best = (total + cur, e)
                continue
            before_and, last = last, "and"
            i += 1
            continue
        if w in t.decimal_words and last in ("num", "hundred") and cur == cur.to_integral_value():
            digits, j = _decimal_digits(toks, i + 1, t)
            if not digits:
                break
            cur += Decimal("0." + digits)
            e = toks[j - 1][2]
            i, last = j, "decimal"
            best = (total + cur, e)
            continue
        scale = t.scales.get(w)
        if w in t.hundred:
            scale = 100
        if scale is not None and w not in t.units:
            if last == "" and not (w in t.hundred or w in t.thousand or scale == 12):
                break  # a scale word alone ("Mio.", "k") is no number; "hundred", "Tausend" are
            if scale == 12:  # a dozen: multiplies the group before it
                if last in ("", "article"):
                    cur = Decimal(12)
                elif last == "num" and cur:
                    # the dozen takes the group below a hundred: "three hundred and two dozens"
                    # = 324, "twenty one dozen" = 252
                    below = cur % 100
                    cur = cur + below * 11 if below else cur * 12
                elif last in ("hundred", "half") and cur:
                    cur *= 12
                else:
                    break
                have, last = True, "dozen"
            elif scale == 100:
                if last in ("", "article"):
                    cur = Decimal(100)
                elif last == "num" and 0 < cur < (100 if en else 20) and cur == cur.to_integral_value():
                    cur *= 100  # "forty five hundred", "neunzehn hundert"
                else:
                    break
                have, last = True, "hundred"
            else:
                if last == "scale" and last_scale is not None and scale > last_scale:
                    total = (total + cur) * scale  # "three thousand millions", "lakh crore"
                    cur = Decimal(0)
                elif (last_scale is None or scale < last_scale) and last != "and" and \
                        (last in ("", "article") or have):
                    total += (cur if have else Decimal(1)) * scale
                    cur = Decimal(0)
                else:
                    break
                have, last, last_scale = False, "scale", scale
            best = (total + cur, e)
            i += 1
            continue
        v = _compound_value(w, t.code)
        if v is None and not en and w in t.articles and w in t.units and low(i + 1) in t.joiner:
            v = Decimal(t.units[w])  # "ein und zwanzig": the unit before "und", written apart
        if v is None or last == "article" or v == 0 and last:
            break  # zero never joins another number word ("dreizehntausend null")
        if en:
            kind = _kind_of(v)
            if last == "":
                cur = v
            elif last == "num" and before_and != "num" and _kind_of(cur % 100) == "ten" and \
                    cur % 10 == 0 and kind == "unit" and v > 0 and \
                    (text[toks[i - 1][2]:toks[i][1]].strip() in ("", "-")):
                cur += v  # "twenty one", "twenty-one", "fifty - two"
            elif last == "hundred" or (last == "and" and before_and == "hundred"):
                if cur % 100 or v >= 100:
                    break
                cur += v
            elif last == "scale" or (last == "and" and before_and == "scale"):
                cur = v
            else:
                break
            before_and = "num" if last == "num" else ""
        else:
            if last == "":
                cur = v
            elif last == "scale":
                if last_scale is not None and v >= last_scale:
                    break
                cur = v
            elif last == "hundred":
                if v >= 100 or cur % 100:
                    break
                cur += v
            elif last == "num":
                # "einhundert fünfzehn", "zweitausend dreihundert": a round group, then the rest
                if cur >= 100 and cur % 100 == 0 and v < 100 or \
                        cur >= 1000 and cur % 1000 == 0 and v < 1000:
                    cur += v
                else:
                    break
            elif last == "and":
                # "zwei und vierzig": a unit word (not "eins"), "und", a tens word
                prev = low(i - 2)
                if before_and != "num" or not (1 <= last_v <= 9) or prev not in t.units or \
                        prev in t.articles and prev != "ein" or prev == "eins" or \
                        w not in t.tens:
                    break
                cur += v
                before_and = ""
            else:
                break
        have, last, last_v = True, "num", v
        best = (total + cur, e)
        i += 1
    if best is None:
        return None
    return _to_value(best[0]), best[1]


def _decimal_digits(toks: list[tuple[str, int, int]], i: int, t: _lang.Language) -> tuple[str, int]:
    """The digits spoken after a decimal word ("null fünf", "seventy-one", "fünfzehn")."""
    digits = ""
    while i < len(toks):
        v = _compound_value(toks[i][0], t.code)
        if v is None or v != v.to_integral_value() or v >= 100:
            break
        if v >= 10 and digits:
            break  # "zwei drei": digits one by one; "fünfzehn": one word for two digits
        if t.code != "de" and v >= 20 and v % 10 == 0 and i + 1 < len(toks):
            u = _compound_value(toks[i + 1][0], t.code)
            if u is not None and 0 < u < 10:
                digits += str(int(v + u))  # "point seventy-one"
                i += 2
                break
        digits += str(int(v))
        i += 1
        if v >= 10:
            break
    return digits, i


# --------------------------------------------------------------------------------------------
# Finding numbers
# --------------------------------------------------------------------------------------------

def _prev_word(text: str, pos: int) -> str:
    start = max(0, pos - 40)
    m = _PREV_WORD_BACK.search(text, start, pos) or _PREV_WORD.search(text, start, pos)
    return m.group(1).lower() if m else ""


_PREV_WORD = regex.compile(r"([\w.\-]+)\W*$")
#: what _PREV_WORD finds, searched from the end: the leftmost match of _PREV_WORD is the run of
#: word characters, dots and hyphens around the last word character, with the dots and hyphens
#: right after it (all after them is no word character). Tried at each position from the start,
#: _PREV_WORD takes ten times as long; it is left for windows without a word character.
_PREV_WORD_BACK = regex.compile(r"(?r)([\w.\-]*\w[.\-]*)(?:[^\w.\-]\W*)?$")
_PREV_WORDS = regex.compile(r"(\w+)\W+(?:(\w+)\W+)?\Z")
_NEXT_WORD = regex.compile(r"\s*([\w\-]+)")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;\"„“»«]\s*|\n\s*)\Z")
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
#: words before a lone English "one" that make it a pronoun ("the one", "no one", "which one")
_ONE_PRONOUN_BEFORE = frozenset({"the", "this", "that", "which", "no", "another", "any", "each",
                                 "every", "either", "neither", "whichever", "someone's", "one's"})
#: words after a lone English "one" that make it the generic pronoun ("one cannot know")
_ONE_PRONOUN_AFTER = frozenset({"can", "cannot", "can't", "could", "must", "should", "would",
                                "might", "may", "needs", "has", "doesn't", "does"})


#: "<digits> <connector> " just before a number: the first end of a possible range
_RANGE_END_BEFORE = regex.compile(r"(?<![\d.,])(?P<n>\d[\d.,]{0,20})\s*(?P<c>[\p{L}]+|[-–])\s*\Z")
#: " <connector> <digits>" just after a number, a dash only without blanks ("2023 – 1.500 Tote" is a
#: heading's year and a count): the second end of a possible range
_RANGE_END_AFTER = regex.compile(rf"(?:\s+(?P<c>\p{{L}}+)\s+|(?P<c2>[-–—]))"
                                 rf"(?P<n>\d{{1,3}}(?:(?:{_SPACE_GROUP}|['’])\d{{3}})+(?:[.,]\d+)?|\d(?:[\d.,]{{0,20}}\d)?)(?!\d)")


@functools.lru_cache(maxsize=8)
def _range_words(code: str) -> frozenset[str]:
    """Every word or dash that can join the two ends of a range."""
    t = _lang.get(code)
    words = set(t.range_connectors) | {"-", "–", "—"}
    for connectors in t.range_open.values():
        words |= connectors
    return frozenset(w.lower() for w in words)


def _own_reading(digits: str, t: _lang.Language) -> Decimal:
    """``digits`` (digits with marks) read by the language's own convention; 0 when they do not read."""
    try:
        return Decimal(_ungrouped(digits).replace(t.group_mark, "").replace(t.decimal_mark, "."))
    except ArithmeticError:  # decimal.InvalidOperation: marks where the convention has none
        return Decimal(0)


def _looks_like_year(text: str, m_start: int, m_end: int, value: int, t: _lang.Language) -> bool:
    if not 1900 <= value <= 2100:
        return False
    before = _RANGE_END_BEFORE.search(text, max(0, m_start - 30), m_start)
    if before is not None and before.group("c").lower() in _range_words(t.code):
        first = before.group("n")
        if not (first.isdigit() and 1000 <= int(first) <= 2100):
            return False  # "zwischen 0 und 1900", "von 500 bis 2000": the other end is no year
    prev = _prev_word(text, m_start)
    cue = prev in t.year_cues or prev in t.months or prev.rstrip(".") in t.months
    after_end = _RANGE_END_AFTER.match(text, m_end, m_end + 40)
    if after_end is not None:
        # the connector the word before opens ("zwischen ... und", "von ... bis", "from ... to":
        # "von" and "from" are year cues too), or after no year cue one of its own ("bis", "to", a dash)
        connector = after_end.group("c2") or after_end.group("c").lower()
        second = after_end.group("n")
        if (connector in t.range_open.get(prev, ()) or not cue and connector in t.range_connectors) \
                and not (second.isdigit() and 1000 <= int(second) <= 2100) and _own_reading(second, t) > value:
            return False  # "zwischen 1900 und 2.500 Soldaten": a range up to a figure that is no year
    if cue:
        return True
    if _qualifier_before(t.code).search(text, max(0, m_start - 40), m_start):
        return False  # "mehr als 2000", "gut 2000", "some 2000": a qualified figure, not a year
    after = text[m_end:m_end + 40]
    nm = _NEXT_WORD.match(after)
    if not nm or not after[:1].isspace() and after[:1] not in ("",):
        return True  # followed by punctuation or the end: a bare four-digit figure is a year
    nxt = nm.group(1)
    if nxt.lower() in _YEAR_STOP_NEXT[t.code]:
        return True
    return False


def _scan(text: str, t: _lang.Language, strict: bool = False) -> list[Number]:
    """Every number in ``text`` in order (the bulk path of :func:`find_numbers`).

    Digit tokens are read after the whole text has been seen, by the decimal-mark convention the
    document's unambiguous numbers show. With ``strict`` irregular and ambiguous digits raise
    :class:`~drift.exceptions.ParseError`; otherwise they are skipped or read leniently.
    """
    scanner = _SCANNERS[t.code]
    found: list[Number | None] = []
    # digit tokens awaiting the convention, and whether the match is a bare run (see _Scanner)
    pending: list[tuple[int, re.Match[str] | regex.Match[str], bool]] = []
    votes = {".": 0, ",": 0}
    # where a number can open, in order; True for a word, False for digits
    low = text.lower()
    low_ok = len(low) == len(text)  # then each character lower-cases to one, at the same position
    if low_ok:
        opens = [(m.end(), True) if m.lastindex else (m.start(), False)
                 for m in scanner.candidates.finditer(low)]
        opens += [(m.end(), True) for m in scanner.word_after_blank.finditer(low)]
        if scanner.word_opens.match(low):
            opens.append((0, True))
    else:
        opens = [*((m.start(), False) for m in scanner.digit_candidates.finditer(text)),
                 *((m.start(), True) for m in scanner.word_candidates_ci.finditer(text))]
    candidates = sorted(opens)
    pos = 0
    digits, words, bare_run = scanner.digits, scanner.words, scanner.bare_run
    bare_firsts, bare_words = scanner.bare_firsts, scanner.bare_words
    g_num, _, _, g_scale, g_cur_scale, *_ = scanner.digit_parts
    scaled = False  # whether a digit token has a scale word: only such a figure joins others
    for at, is_word in candidates:
        if at < pos or not is_word and text.startswith("&#", at - 2) and at >= 2:
            continue  # "&#160;" in scraped HTML: a character reference, not a figure
        if not is_word:
            m = bare_run.match(text, at)
            if m is not None:
                # what the digit pattern reads here, unless a word it reads after digits follows
                # (see _build_scanner): the digits alone
                end = m.end()
                word = None if text[end] == "," or text[end + 1] not in bare_firsts else \
                    bare_words.match(text, end + 1)
                num = m.group()
                if word is None:
                    pos = end
                    if num.isdigit():  # no marks: read the same under either convention (and ASCII)
                        found.append(_plain_digits(text, num, at, pos, t))
                        continue
                    ev, value = _bare_marks(num)
                    if ev is not None:
                        votes[ev] += 1
                    if value is not None:  # the same under either convention: read at once
                        found.append(Number(value, num, at, pos))
                        continue
                    pending.append((len(found), m, True))
                    found.append(None)  # filled in below
                    continue
                if num.isdigit() and word.group().lower() in scanner.bare_percent:  # "64 Prozent"
                    n = _percent_after(text, num, at, word.end())
                    if n is not None:
                        found.append(n)
                        pos = n.end
                        continue
            m = scanner.clock_time.match(text, at)
            if m is not None:  # a clock time, read as the digit pattern's <time> reads it
                found.append(_clock(m.group(), at, m.end(), int(m.group(1)), int(m.group(2) or 0)))
                pos = m.end()
                continue
        elif low_ok:
            m = scanner.vague_word.match(low, at)
            if m is not None:  # the vague word alone, read as the word pattern's <vague> reads it
                pos = m.end()
                found.append(Number(t.vague[m.group()], text[at:pos], at, pos, vague=True))
                continue
        m = (words if is_word else digits).match(text, at)
        if m is None:
            continue
        if m.end() - m.start() > _MAX_NUMBER_CHARS:
            pos = m.end()  # "1.1.1.1…" for pages: no figure, and int() on it would be quadratic
            continue
        if m.lastgroup == "digits":
            pos = m.end()
            whole = m.group()
            if whole.isdigit():
                # a plain digit run (every other part of the match has a character that is no
                # digit): no evidence of a convention, and read the same under either one
                try:
                    found.append(_plain_digits(text, whole, at, pos, t))
                except (ValueError, ArithmeticError):
                    pass  # as below: digits int() does not know
                continue
            ev = _evidence(m.group(g_num))
            if ev is not None:
                votes[ev] += 1
            scaled = scaled or bool(m.group(g_scale) or m.group(g_cur_scale))
            pending.append((len(found), m, False))
            found.append(None)  # filled in below
            continue
        try:
            n = _read_other(text, m, t)
        except (ValueError, ArithmeticError):
            n = None  # as above: digits int() does not know
        if n is not None:
            found.append(n)
            pos = n.end
    # the document's convention: the language's own unless its digits clearly show the other
    decimal = t.decimal_mark
    other = "." if decimal == "," else ","
    if not strict and votes[other] > votes[decimal]:  # strict: the language's own, always
        decimal = other
    conv = _Convention(decimal)
    for idx, m, bare in pending:
        try:
            found[idx] = _read_bare(m.group(), m.start(), t, conv, strict) if bare else \
                _read_digits(text, m, t, conv, strict, scanner.digit_parts)
        except ParseError:
            raise  # only in strict mode: lenient reading never raises it
        except (ValueError, ArithmeticError):
            pass  # digits of a script Python cannot convert (regex knows newer Unicode)
    out = [n for n in found if n is not None]
    if scaled:  # else no figure closes with a scale word (_scale_of), and there is nothing to join
        out = _join_scaled(text, out, t)
    ends = scanner.minus_ends
    for i, n in enumerate(out):
        # the cheap part of _signed's test first: the last letter of a minus word two characters back
        if n.start >= 2 and text[n.start - 2].lower() in ends and n.kind in _FIGURE_KINDS:
            out[i] = _signed(text, n, scanner)
    return out


@attrs.frozen
class _Joins:
    """Patterns that continue a figure written with digits and a scale word ("4 thousand 3
    hundred and 21", "3 million and a half")."""

    trailing_scale: regex.Pattern[str]  # the scale word closing a number's surface
    gap: regex.Pattern[str]  # blanks, or a joiner between blanks
    half: regex.Pattern[str]  # joiner + a half ("and a half", "und eine halbe")


def _build_joins(t: _lang.Language) -> _Joins:
    halves = [w for w, v in t.specials.items() if str(v) == "0.5" and " " in w]
    return _Joins(
        trailing_scale=regex.compile(rf"\d[\s\u00a0]*(?P<w>{_alt([*t.scales, *t.hundred])})\Z",
                                     regex.IGNORECASE),
        gap=regex.compile(rf"[ \u00a0]+(?:(?P<j>{_alt(t.joiner)})[ \u00a0]+)?", regex.IGNORECASE),
        half=regex.compile(rf"[ \u00a0]+(?:{_alt(t.joiner)})[ \u00a0]+(?:{_alt(halves)})\b",
                           regex.IGNORECASE),
    )


_JOINS: dict[str, _Joins] = {code: _build_joins(_lang.get(code)) for code in _lang.supported()}


def _scale_of(n: Number, t: _lang.Language, joins: _Joins) -> int:
    """The scale word's factor when ``n`` is digits closed by one ("4 thousand"), else 1."""
    if n.surface[-1:].isdigit() or n.kind is not _COUNT or n.vague or n.currency or \
            not isinstance(n.value, int):
        return 1
    m = joins.trailing_scale.search(n.surface)
    if m is None:
        return 1
    w = m.group("w").lower()
    return 100 if w in t.hundred else int(t.scales.get(w, 1))


def _join_scaled(text: str, numbers: list[Number], t: _lang.Language) -> list[Number]:
    """Join a figure of digits and a scale word with the smaller figure that completes it.

    "4 thousand 3 hundred and 21" is one number (4321), as is "6 crore and two hundred" and
    "3 million and a half". The next figure joins only when it is smaller than the scale and
    the first is a whole multiple of it; without a joiner ("and") it must have a scale word of
    its own, so "2 million 16-year-olds" stays two numbers and "4 thousand 3 hundred and 0" stops
    before the zero.
    """
    joins = _JOINS[t.code]
    out: list[Number] = []
    scale = 1
    for n in numbers:
        if scale > 1 and out and n.kind is _COUNT and not n.vague and \
                not n.currency and isinstance(n.value, int) and 0 < n.value < scale and \
                out[-1].value % scale == 0 and not n.surface[:1] in "+-\u2212":
            prev = out[-1]
            gap = joins.gap.fullmatch(text, prev.end, n.start)
            own = _scale_of(n, t, joins)
            if gap is not None and (gap.group("j") or own > 1):
                out[-1] = attrs.evolve(prev, value=prev.value + n.value, end=n.end,
                                       surface=text[prev.start:n.end],
                                       ambiguous=prev.ambiguous or n.ambiguous)
                scale = own
                continue
        # most figures end in a digit, and _scale_of says 1 for those
        scale = 1 if n.surface[-1:].isdigit() else _scale_of(n, t, joins)
        if scale > 1 and scale % 2 == 0:
            half = joins.half.match(text, n.end, n.end + 80)  # endpos: regex scans ahead otherwise
            if half is not None and n.value % scale == 0:
                n = attrs.evolve(n, value=n.value + scale // 2, end=half.end(),
                                 surface=text[n.start:half.end()])
                scale = 1
        out.append(n)
    return out


def _signed(text: str, n: Number, scanner: _Scanner) -> Number:
    """``n`` with a minus word right before it ("minus fünf", "negative 3") read into it."""
    if n.start < 2 or not text[n.start - 1].isspace() or \
            text[n.start - 2].lower() not in scanner.minus_ends:
        return n
    # the two letters before the blank as ignoring case reads them (None: letters for which
    # lower-casing does not show that, and the pattern decides)
    tail = lower_words(text, max(0, n.start - 3), n.start - 1)
    if tail is not None and tail not in scanner.minus_tails:
        return n
    m = scanner.minus.search(text, max(0, n.start - 12), n.start)
    if m is None:
        return n
    return attrs.evolve(n, value=-n.value, surface=text[m.start():n.end], start=m.start())


def _plain_digits(text: str, num: str, start: int, end: int, t: _lang.Language) -> Number:
    """The number a plain digit run ``num`` (``text[start:end]``, nothing around it) states."""
    value = int(num)
    kind = _YEAR if len(num) == 4 and 1900 <= value <= 2100 and \
        _looks_like_year(text, start, end, value, t) else _COUNT
    return Number(value, num, start, end, kind)


def _reading(num: str, conv: _Convention, strict: bool, t: _lang.Language) -> tuple[Decimal, bool] | None:
    """:func:`_digit_reading`, or None for digits it cannot read (raising only in strict mode)."""
    try:
        return _digit_reading(num, conv, strict, t.code)
    except ParseError:
        if strict:
            raise
        return None


def _bare_marks(num: str) -> tuple[str | None, int | None]:
    """For ``num``, a bare run with marks (groups of three after the same mark, see _build_scanner):
    the decimal mark it shows (as :func:`_evidence` says), and its value when the marks group
    digits under either convention (as :func:`_digit_reading` reads blanks or a repeated mark),
    else None: the document's convention decides."""
    mark = num[-4]
    if mark == " ":
        return None, int(num.replace(" ", ""))
    if num.count(mark) > 1:
        return _OTHER_MARK[mark], int(num.replace(mark, ""))
    return (mark if num[:-4] == "0" else None), None  # "0.500": a decimal mark


def _read_bare(num: str, start: int, t: _lang.Language, conv: _Convention, strict: bool) -> Number | None:
    """What :func:`_read_digits` reads from a match that is ``num``, digits with group marks, alone."""
    mark = num[-4:-3]
    if not strict and mark in _OTHER_MARK and mark != conv.decimal and num.count(mark) == 1 and num[0] != "0":
        # one group after the convention's grouping mark ("1.500" in German): a grouping, the
        # more so where the mark is the language's own (see _digit_reading)
        return Number(int(num.replace(mark, "")), num, start, start + len(num), ambiguous=mark != t.group_mark)
    reading = _reading(num, conv, strict, t)
    if reading is None:
        return None
    return Number(_to_value(reading[0]), num, start, start + len(num), ambiguous=reading[1])


def _read_digits(text: str, m: regex.Match[str], t: _lang.Language, conv: _Convention,
                 strict: bool, parts: tuple[int, ...]) -> Number | None:
    """The number a match of the digit pattern states (``parts``: the group numbers of _DIGIT_PARTS)."""
    num, sign, cur_before, scale, cur_scale, pct, cur_after, ord_dot = m.group(*parts)
    g_num, g_sign, g_cur_before, g_scale, g_cur_scale, g_pct, g_cur_after, g_ord_dot = parts
    if num.isdigit() and not (sign or cur_before or scale or cur_scale or pct or cur_after or ord_dot):
        # the common case, read without the general machinery below: a plain digit run
        start, end = m.span()
        return _plain_digits(text, num, start, end, t)
    reading = _reading(num, conv, strict, t)
    if reading is None:
        return None
    value, ambiguous = reading
    if (sign or "").strip() in ("-", "\u2212"):
        value = -value
    start, end = m.start(g_num) if not sign else m.start(g_sign), m.end(g_num)
    kind = _COUNT
    currency = None
    if cur_before:
        sign_text = cur_before.strip()
        currency = t.currencies.get(sign_text.lower(), "USD" if "$" in sign_text else None)
        start = m.start(g_cur_before)
    scale_text = scale or cur_scale
    if cur_scale and not cur_before:
        if cur_scale.lower() not in t.scales:
            return None  # "10m", "1.2b" without a currency: a unit (metres), not a scale
    if scale_text:
        key = scale_text.strip().lower()
        factor = t.scales.get(key) or t.currency_scales.get(key) or (100 if key in t.hundred else 0)
        if factor and len(num) < _MAX_DIGITS:
            value = value * factor
        end = m.end(g_scale) if scale else m.end(g_cur_scale)
    if pct:
        kind = _PERCENT
        end = m.end(g_pct)
    if cur_after:
        currency = t.currencies.get(cur_after.strip(), currency)
        end = m.end(g_cur_after)
    if ord_dot and kind is _COUNT and not scale_text and not currency and \
            t.code == "de" and value == value.to_integral_value() and 0 < value < 10000 and \
            num.isdigit():
        after = text[m.end(g_ord_dot):m.end(g_ord_dot) + 3].lstrip()
        if after[:1].islower() or _prev_word(text, start) in t.ordinal_determiners:
            return Number(int(value), text[start:m.end(g_ord_dot)], start, m.end(g_ord_dot),
                          _ORDINAL)
    v = _to_value(value)
    if (kind is _COUNT and isinstance(v, int) and not scale_text and not currency
            and len(num) == 4 and num.isdigit() and _looks_like_year(text, start, end, v, t)):
        kind = _YEAR
    return Number(v, text[start:end], start, end, kind, currency=currency, ambiguous=ambiguous)


def _clock(surface: str, start: int, end: int, hour: int, minute: int) -> Number:
    """The clock time ``surface`` states (hour and minute as written; "p.m." moves the hour)."""
    low = surface.lower()
    if "p.m" in low or low.endswith("pm"):
        hour = hour % 12 + 12
    return Number(hour, surface, start, end, _TIME, parts=(hour, minute))


#: ASCII characters after which a percent word ends for the digit pattern (no word character) and
#: no currency sign follows it right away ("$" is ASCII; "€" and "£" are not)
_PERCENT_ENDS = frozenset(string.punctuation + " \t\n\r") - {"_", "$"}
_CURRENCY_SIGNS = frozenset("$€£")
_OTHER_MARK = {".": ",", ",": "."}


def _percent_after(text: str, num: str, start: int, end: int) -> Number | None:
    """What the digit pattern reads from plain digits ``num`` at ``start``, one blank and a percent
    word of ``bare_percent`` ending at ``end`` (``"64 Prozent"``), or None when it may read more.

    No branch before <digits> reads such digits (see _build_scanner). <digits> reads the run as
    its number (no decimals or groups follow it, no ordinal dot, no scale word: one would have
    to end inside the percent word), then the blank and the word as its percentage when no word
    character follows the word; a currency sign after it, at once or after a blank, it would take
    too. Plain digits are read alike under either convention and show none.
    """
    after = text[end:end + 1]
    if after and (after not in _PERCENT_ENDS or after.isspace() and text[end + 1:end + 2] in _CURRENCY_SIGNS):
        return None
    if end - start > _MAX_NUMBER_CHARS:
        return None  # skipped whole by _scan
    return Number(int(num), text[start:end], start, end, _PERCENT)


def _read_other(text: str, m: regex.Match[str], t: _lang.Language) -> Number | None:
    kind = m.lastgroup
    s, e = m.start(), m.end()
    if kind == "date_num":
        nums = [int(x) for x in _DIGIT_RUN.findall(m.group())]
        if "-" in m.group():
            parts = (nums[0], nums[1], nums[2] if len(nums) > 2 else 0)
        elif "/" in m.group():
            a, b, y = nums
            month, day = (a, b) if t.code == "en" and a <= 12 else (b, a)
            parts = (y if y >= 100 else 2000 + y, month, day)
        else:
            y = nums[2] if len(nums) > 2 else 0
            parts = (y if y >= 100 or y == 0 else 2000 + y, nums[1], nums[0])
        return Number(parts[0] or parts[2], m.group(), s, e, _DATE, parts=parts)
    if kind in ("date_dm", "date_md"):
        g = m.groupdict()
        day_text = str(g.get("dm_day") or g.get("md_day") or "0")
        month_word = (g.get("dm_month") or g.get("md_month") or "").lower()
        year = g.get("dm_year") or g.get("md_year")
        month = t.months.get(month_word) or t.months.get(month_word + ".") or \
            t.months.get(month_word.rstrip("."), 0)
        parts = (int(year) if year else 0, month, int(day_text))
        return Number(int(day_text), m.group(), s, e, _DATE, parts=parts)
    if kind == "time":
        nums = [int(x) for x in _DIGIT_RUN.findall(m.group())]
        return _clock(m.group(), s, e, nums[0], nums[1] if len(nums) > 1 else 0)
    if kind in ("phone", "code"):
        return Number(int(_NON_DIGIT.sub("", m.group())), m.group(), s, e, _CODE)
    if kind == "decade":
        digits = _NON_DIGIT.sub("", m.group())
        return Number(int(digits), m.group(), s, e, _DECADE)
    if kind == "ord_digit":
        digits = _NON_DIGIT.sub("", m.group())
        return Number(int(digits), m.group(), s, e, _ORDINAL)
    if kind == "vague":
        return Number(t.vague[_norm_space(m.group())], m.group(), s, e, vague=True)
    if kind == "special":
        val = t.specials[_norm_space(m.group())]
        return Number(val if isinstance(val, int) else _to_value(Decimal(str(val))), m.group(), s, e)
    if kind == "ord_word":
        return Number(t.ordinals[m.group().lower()], m.group(), s, e, _ORDINAL)
    if kind == "ord_compound":
        ordinal = _ordinal_compound(m.group(), t)
        return Number(ordinal, m.group(), s, e, _ORDINAL) if ordinal is not None else None
    if kind == "words":
        body_end = m.start("wpct") if m.group("wpct") else e
        res = _words_value(text[s:body_end], t)
        if res is None:
            return None
        value, used = res
        end = s + used
        if not _is_number_word_use(text, s, end, t):
            return None
        nk = _COUNT
        if m.group("wpct") and used == body_end - s:
            nk, end = _PERCENT, e
        return Number(value, text[s:end], s, end, nk)
    return None  # pragma: no cover - every group is handled above


def _norm_space(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _ordinal_compound(word: str, t: _lang.Language) -> int | None:
    """The value of "einundzwanzigste", "zweitausendzweite", "twenty-first"."""
    low = word.lower()
    for o in sorted(t.ordinals, key=len, reverse=True):
        if low.endswith(o):
            head, ov = low[: -len(o)].rstrip(" -"), t.ordinals[o]
            break
    else:
        return None
    if t.code != "de":
        return int(t.tens[head]) + ov if head in t.tens else None
    kind = _UNIT if ov < 10 else _TEEN if ov < 20 else _TEN if ov < 100 else \
        _HUNDERT if ov == 100 else _TAUSEND
    for cut in _segmentations(head, 0, _MORPHS[t.code]):
        v = _combine_de([*cut, (kind, Decimal(ov), "eins" if ov == 1 else o)])
        if v is not None and v == v.to_integral_value():
            return int(v)
    return None


def _is_number_word_use(text: str, s: int, e: int, t: _lang.Language) -> bool:
    """False for number words that are not numbers here: the pronoun "one" ("the one you
    mentioned", "one cannot know") and a surname that is a scale word ("Claudia Tausend")."""
    word = text[s:e]
    low = word.lower()
    if t.code == "en" and low == "one":
        before = _PREV_WORDS.search(text, max(0, s - 40), s)
        if before is not None and _SENTENCE_START.search(text, max(0, s - 3), s) is None:
            if {(before.group(2) or before.group(1)).lower(), before.group(1).lower()} & _ONE_PRONOUN_BEFORE:
                return False
        nxt = _NEXT_WORD.match(text, e)
        if nxt is not None and nxt.group(1).lower() in _ONE_PRONOUN_AFTER:
            return False
        return True
    if word[:1].isupper() and (low in t.thousand or low in t.hundred):
        # a capitalised lone "Tausend" right after a capitalised word that is no function word
        # ("Claudia Tausend"): a surname. "Über Tausend", "Rund Tausend" stay numbers.
        prev = _PREV_WORDS.search(text, max(0, s - 40), s)
        if prev is not None and text[prev.start(1):prev.end(1)][:1].isupper() and \
                text[prev.end(1):s].isspace() and prev.group(1).lower() not in _function_words(t.code):
            return False
    return True


@functools.lru_cache(maxsize=None)
def _qualifier_before(code: str) -> regex.Pattern[str]:
    """A qualifier phrase ("mehr als", "gut", "some") ending right before a position.

    Only whether there is one is asked, so the pattern searches from the end (``(?r)``): it is
    tried once, at the position, instead of at each of the window's positions.
    """
    t = _lang.get(code)
    phrases = _alt(p for p in t.qualifiers_before if p[:1].isalpha())
    return regex.compile(rf"(?r)(?<![\w.])(?:{phrases})\s+\Z", regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _function_words(code: str) -> frozenset[str]:
    """Words of the tables that may stand capitalised right before a number word."""
    t = _lang.get(code)
    first = {p.split()[0] for p in [*t.qualifiers_before, *t.range_open, *t.vague, *t.specials]}
    return frozenset(first | set(t.articles) | set(t.year_cues) | set(t.ordinal_determiners)
                     | set(t.minus_words))


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
    end = lead + len(stripped)
    if not stripped:
        raise ParseError("empty text is not a number", text=text, position=0)
    key = _norm_space(stripped)
    special = t.specials.get(key)
    if special is None and key in t.articles and key in t.units:
        special = t.units[key]  # "eine" on its own is the number one, not an article
    if special is not None:
        value = special if isinstance(special, int) else _to_value(Decimal(str(special)))
        return Number(value, stripped, lead, end)
    found = _scan(text, t, strict=strict)
    if len(found) == 1:
        n = found[0]
        if n.start == lead and n.end == end:
            return n
        if n.start == lead and n.end == end - 1 and text[n.end] == ".":
            if t.code == "de" and n.kind is _COUNT and n.surface.isdigit():
                # a German digit ordinal on its own ("4."): the Duden way of writing "vierte"
                return Number(n.value, text[lead:end], lead, end, _ORDINAL)
            return n
    pos = found[0].end if found and found[0].start == lead else lead
    suggestions = [f.surface for f in found]
    raise ParseError("not a single number", text=text, position=pos, suggestions=suggestions)


def value_text(value: Value) -> str:
    """A plain decimal rendering of a value without exponent (``1500``, ``1.5``)."""
    if isinstance(value, int):
        return str(value)
    s = format(value, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s
