"""Tests for :mod:`drift.numbers`: ``find_numbers`` and ``parse_number``.

The case tables are real-world phrasings written for these tests in the style of German and English
news (none is copied from the seed articles or the peer suites). Where a new case goes:

- a figure drift must read (counts, percentages, number words, scale words, vague counts):
  ``REAL_WORLD_DE`` / ``REAL_WORLD_EN`` as ``(text, surface, value, kind)``;
- a number that is not a count (dates, clock times, years, decades, ordinals, phone numbers, IDs):
  ``NOT_COUNTS_DE`` / ``NOT_COUNTS_EN`` as ``(text, surface, kind)``;
- a string that is not exactly one number: ``NOT_A_NUMBER``;
- digits whose reading depends on the decimal-mark convention: ``AMBIGUOUS`` (strict mode) and
  ``LENIENT`` (the document's other numbers decide);
- a bug once found and fixed: ``BUGS_CAUGHT`` with a note on what went wrong.

The hypothesis properties at the end use the generators of ``tests/strategies.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import drift
from drift import Number, NumberKind, ParseError, UnsupportedLanguageError
from tests import strategies as S

COUNT, PERCENT, DATE, TIME, YEAR, DECADE, ORDINAL, CODE = (
    NumberKind.COUNT, NumberKind.PERCENT, NumberKind.DATE, NumberKind.TIME, NumberKind.YEAR,
    NumberKind.DECADE, NumberKind.ORDINAL, NumberKind.CODE)
D = Decimal

NBSP, THIN, NNBSP = "\u00a0", "\u2009", "\u202f"

# (text, surface of the number under test, exact value, kind)
REAL_WORLD_DE: list[tuple[str, str, int | Decimal, NumberKind]] = [
    # digits, German convention
    ("Nach Polizeiangaben kamen 10.000 Menschen zur Kundgebung.", "10.000", 10000, COUNT),
    ("Der Wert stieg um 1,5 Punkte.", "1,5", D("1.5"), COUNT),
    ("Die Schadenssumme beträgt 1.234.567,89 Euro.", "1.234.567,89", D("1234567.89"), COUNT),
    ("Rund 600.000 Soldaten sollen gefallen sein.", "600.000", 600000, COUNT),
    ("Die Zahl der Toten stieg auf 212.", "212", 212, COUNT),
    ("Gezählt wurden 0,5 Fälle je Einwohner.", "0,5", D("0.5"), COUNT),
    # grouping with a space, thin space, no-break space, narrow no-break space
    ("Es kamen 12 000 Menschen.", "12 000", 12000, COUNT),
    (f"Es kamen 12{THIN}000 Menschen.", f"12{THIN}000", 12000, COUNT),
    (f"Es kamen 12{NBSP}000 Menschen.", f"12{NBSP}000", 12000, COUNT),
    (f"Es kamen 12{NNBSP}000 Menschen.", f"12{NNBSP}000", 12000, COUNT),
    ("Die Stadt hat 1 234 567 Einwohner.", "1 234 567", 1234567, COUNT),
    # signs
    ("In der Nacht fiel das Thermometer auf -5 Grad.", "-5", -5, COUNT),
    ("Am Morgen wurden −3,5 Grad gemessen.", "−3,5", D("-3.5"), COUNT),
    ("Der Index legte um +2,3 Punkte zu.", "+2,3", D("2.3"), COUNT),
    ("Die Temperatur lag bei minus fünf Grad.", "minus fünf", -5, COUNT),
    # percentages
    ("Die Inflation lag bei 2,4 % im Oktober.", "2,4 %", D("2.4"), PERCENT),
    ("Die Arbeitslosenquote sank auf 6 Prozent.", "6 Prozent", 6, PERCENT),
    ("Die Partei kam auf 12% der Stimmen.", "12%", 12, PERCENT),
    ("Die Zustimmung fiel um 3,5 Prozentpunkte.", "3,5 Prozentpunkte", D("3.5"), PERCENT),
    ("Knapp zwölf Prozent der Befragten waren unentschlossen.", "zwölf Prozent", 12, PERCENT),
    # number words
    ("Sieben Menschen wurden verletzt.", "Sieben", 7, COUNT),
    ("Zwölf Feuerwehrleute waren im Einsatz.", "Zwölf", 12, COUNT),
    ("Mehr als dreißig Häuser brannten nieder.", "dreißig", 30, COUNT),
    ("Mehr als dreissig Häuser brannten nieder.", "dreissig", 30, COUNT),
    ("Einundzwanzig Menschen wurden gerettet.", "Einundzwanzig", 21, COUNT),
    ("Rund zwölftausend Menschen demonstrierten.", "zwölftausend", 12000, COUNT),
    ("Es kamen einhundertfünfzig Gäste.", "einhundertfünfzig", 150, COUNT),
    ("Der Verein hat zweitausendvierhundert Mitglieder.", "zweitausendvierhundert", 2400, COUNT),
    ("Eine Million Menschen sahen zu.", "Eine Million", 1000000, COUNT),
    ("Das Land zahlt zehn Millionen Euro.", "zehn Millionen", 10000000, COUNT),
    ("Die Kosten liegen bei zwei Millionen dreihunderttausend Euro.",
     "zwei Millionen dreihunderttausend", 2300000, COUNT),
    ("Das Projekt kostet anderthalb Millionen Euro.", "anderthalb Millionen", 1500000, COUNT),
    ("Die Sanierung dauerte zweieinhalb Jahre.", "zweieinhalb", D("2.5"), COUNT),
    ("Ein halbes Dutzend Fahrzeuge brannte aus.", "Ein halbes Dutzend", 6, COUNT),
    ("Es gab fünf Dutzend Anmeldungen.", "fünf Dutzend", 60, COUNT),
    ("Der Bau kostete neunzehnhundert Mark.", "neunzehnhundert", 1900, COUNT),
    ("Es kamen zwei und vierzig Leute.", "zwei und vierzig", 42, COUNT),
    # scale words after digits
    ("Die Stadt zahlt 1,5 Millionen Euro.", "1,5 Millionen", 1500000, COUNT),
    ("Der Bund gibt 3 Mio. Euro dazu.", "3 Mio.", 3000000, COUNT),
    ("Das Land investiert 2 Mrd. Euro.", "2 Mrd.", 2000000000, COUNT),
    ("Der Konzern machte 4,2 Milliarden Euro Umsatz.", "4,2 Milliarden", 4200000000, COUNT),
    ("Die Staatsschulden liegen bei 2,5 Billionen Euro.", "2,5 Billionen", 2500000000000, COUNT),
    ("Das Museum zählte 500 Tsd. Besucher.", "500 Tsd.", 500000, COUNT),
    ("Der Schaden liegt bei 1,25 Mio. Euro.", "1,25 Mio.", 1250000, COUNT),
    # vague counts: the value is the smallest the word allows
    ("Dutzende Menschen wurden verletzt.", "Dutzende", 24, COUNT),
    ("Hunderte Polizisten waren im Einsatz.", "Hunderte", 200, COUNT),
    ("Tausende gingen auf die Straße.", "Tausende", 2000, COUNT),
    ("Mehrere Tausend Menschen flohen.", "Mehrere Tausend", 2000, COUNT),
    ("Zehntausende verloren ihr Zuhause.", "Zehntausende", 20000, COUNT),
    ("Hunderttausende sind auf der Flucht.", "Hunderttausende", 200000, COUNT),
    ("Millionen Menschen verfolgten die Debatte.", "Millionen", 2000000, COUNT),
    ("Einige Hundert Anwohner wurden evakuiert.", "Einige Hundert", 200, COUNT),
]

REAL_WORLD_EN: list[tuple[str, str, int | Decimal, NumberKind]] = [
    # digits, English convention
    ("Police said 10,000 people attended the rally.", "10,000", 10000, COUNT),
    ("The index rose 1.5 points.", "1.5", D("1.5"), COUNT),
    ("Damage was put at 1,234,567.89 dollars.", "1,234,567.89", D("1234567.89"), COUNT),
    ("The death toll rose to 212.", "212", 212, COUNT),
    ("Turnout was 0.25 of the electorate.", "0.25", D("0.25"), COUNT),
    ("Scientists measured .25 millimetres.", ".25", D("0.25"), COUNT),
    # grouping with spaces
    ("Some 12 000 people came.", "12 000", 12000, COUNT),
    (f"Some 12{THIN}000 people came.", f"12{THIN}000", 12000, COUNT),
    (f"Some 12{NBSP}000 people came.", f"12{NBSP}000", 12000, COUNT),
    (f"The city has 1{NNBSP}234{NNBSP}567.5 residents.", f"1{NNBSP}234{NNBSP}567.5", D("1234567.5"), COUNT),
    # signs
    ("Temperatures fell to -5 degrees overnight.", "-5", -5, COUNT),
    ("The account stood at −1,200 dollars.", "−1,200", -1200, COUNT),
    ("Shares gained +3.5 points.", "+3.5", D("3.5"), COUNT),
    ("The reading was minus twelve.", "minus twelve", -12, COUNT),
    ("Growth was negative 2 points.", "negative 2", -2, COUNT),
    # percentages
    ("Inflation hit 2.4% in October.", "2.4%", D("2.4"), PERCENT),
    ("Unemployment fell to 6 percent.", "6 percent", 6, PERCENT),
    ("The party won 12 per cent of the vote.", "12 per cent", 12, PERCENT),
    ("Support fell by 3.5 percentage points.", "3.5 percentage points", D("3.5"), PERCENT),
    ("Almost ten percent were undecided.", "ten percent", 10, PERCENT),
    # number words
    ("Seven people were injured.", "Seven", 7, COUNT),
    ("Twelve thousand people were evacuated.", "Twelve thousand", 12000, COUNT),
    ("One hundred and fifty firefighters were deployed.", "One hundred and fifty", 150, COUNT),
    ("A dozen soldiers were wounded.", "A dozen", 12, COUNT),
    ("A couple of officers were hurt.", "A couple of", 2, COUNT),
    ("Twenty-one miners were rescued.", "Twenty-one", 21, COUNT),
    ("Two dozen police officers arrived.", "Two dozen", 24, COUNT),
    ("Half a million people were displaced.", "Half a million", 500000, COUNT),
    ("The fund holds one and a half million dollars.", "one and a half million", 1500000, COUNT),
    ("Two hundred and fifty million euros were pledged.", "Two hundred and fifty million",
     250000000, COUNT),
    ("Three hundred thousand people fled.", "Three hundred thousand", 300000, COUNT),
    ("Forty five hundred homes lost power.", "Forty five hundred", 4500, COUNT),
    ("A million people watched.", "A million", 1000000, COUNT),
    # scale words after digits
    ("Organisers claimed 1.5 million visitors.", "1.5 million", 1500000, COUNT),
    ("The government pledged 2bn for relief.", "2bn", 2000000000, COUNT),
    ("Fans raised 10k in a day.", "10k", 10000, COUNT),
    ("The club paid $3m for the striker.", "$3m", 3000000, COUNT),
    ("The bank lost £1.2bn last year.", "£1.2bn", 1200000000, COUNT),
    ("The budget is 3 billion dollars.", "3 billion", 3000000000, COUNT),
    ("Global debt passed 1.2 trillion.", "1.2 trillion", 1200000000000, COUNT),
    ("The state spent 4 thousand 3 hundred and 21 dollars.", "4 thousand 3 hundred and 21", 4321,
     COUNT),
    ("The population is 3 million and a half.", "3 million and a half", 3500000, COUNT),
    ("The district received 13 lakh doses.", "13 lakh", 1300000, COUNT),
    # vague counts
    ("Dozens were injured.", "Dozens", 24, COUNT),
    ("Hundreds were arrested.", "Hundreds", 200, COUNT),
    ("Thousands protested in the capital.", "Thousands", 2000, COUNT),
    ("Tens of thousands marched on Saturday.", "Tens of thousands", 20000, COUNT),
    ("Several hundred residents fled.", "Several hundred", 200, COUNT),
    ("Hundreds of thousands lost power.", "Hundreds of thousands", 200000, COUNT),
    ("Millions watched the debate.", "Millions", 2000000, COUNT),
    ("Scores of people were hurt.", "Scores of", 40, COUNT),
    # a decimal before a full stop is no German day-month date in English
    ("The strongest shock had a magnitude of 5.4.", "5.4", Decimal("5.4"), COUNT),
]

_VAGUE_SURFACES = {"Dutzende", "Hunderte", "Tausende", "Mehrere Tausend", "Zehntausende",
                   "Hunderttausende", "Millionen", "Einige Hundert", "Dozens", "Hundreds",
                   "Thousands", "Tens of thousands", "Several hundred", "Hundreds of thousands",
                   "Millions", "Scores of"}

# (text, surface, kind): numbers that are not counts, typed so that later stages skip them
NOT_COUNTS_DE: list[tuple[str, str, NumberKind]] = [
    ("Am 29.10.2024 meldete die Polizei einen Einsatz.", "29.10.2024", DATE),
    ("Die Messe beginnt am 26. November 2024 in Leipzig.", "26. November 2024", DATE),
    ("Seit dem 3. Oktober gilt die Regel.", "3. Oktober", DATE),
    ("Der Bericht vom 1.10. liegt vor.", "1.10.", DATE),
    ("Die Datei stammt vom 2024-10-29.", "2024-10-29", DATE),
    ("Aktualisiert um 07:04 Uhr.", "07:04 Uhr", TIME),
    ("Die Sitzung begann um 19.30 Uhr.", "19.30 Uhr", TIME),
    ("Der Zug fährt um 9 Uhr ab.", "9 Uhr", TIME),
    ("Stand: 14:45", "14:45", TIME),
    ("Im Jahr 2023 kamen weniger Besucher.", "2023", YEAR),
    ("Seit 1989 ist die Stadt gewachsen.", "1989", YEAR),
    ("Die Zahl ist höher als 2019.", "2019", YEAR),
    ("In den 1950er Jahren war das anders.", "1950er", DECADE),
    ("Er wurde 3. beim Rennen.", "3.", ORDINAL),
    ("Der 21. Platz ging an Österreich.", "21.", ORDINAL),
    ("Der dritte Versuch gelang.", "dritte", ORDINAL),
    ("Es war der einundzwanzigste Streiktag.", "einundzwanzigste", ORDINAL),
    ("Rufen Sie an unter 030 1234567.", "030 1234567", CODE),
    ("Die Hotline +49 30 12345678 ist frei.", "+49 30 12345678", CODE),
    ("Erreichbar unter 0171-1234567.", "0171-1234567", CODE),
    ("Die ISBN lautet 978-3-16-148410-0.", "978-3-16-148410-0", CODE),
    ("Der Server 192.168.1.2 fiel aus.", "192.168.1.2", CODE),
    # found while writing the tables: a date before a comma was a code, quarters gave no year
    ("Neuinfektionen (Stand: 14.11.2024, 0 Uhr)", "14.11.2024", DATE),
    ("Im ersten Halbjahr 2024 kamen weniger.", "2024", YEAR),
    ("Im dritten Quartal 2023 sank der Umsatz.", "2023", YEAR),
]

NOT_COUNTS_EN: list[tuple[str, str, NumberKind]] = [
    ("On 29 October 2024 police arrived.", "29 October 2024", DATE),
    ("The vote is on October 18, 2024.", "October 18, 2024", DATE),
    ("Filed on 10/29/2024 in court.", "10/29/2024", DATE),
    ("The 3rd of May was quiet.", "3rd of May", DATE),
    ("Updated at 7:04 a.m. local time.", "7:04 a.m.", TIME),
    ("The polls close at 9 p.m. tonight.", "9 p.m.", TIME),
    ("Last updated 14:45 GMT.", "14:45 GMT", TIME),
    ("In 2023 fewer people came.", "2023", YEAR),
    ("Since 1989 the city has grown.", "1989", YEAR),
    ("Prices in the 1990s were lower.", "1990s", DECADE),
    ("Music from the '80s was played.", "'80s", DECADE),
    ("She finished third in the race.", "third", ORDINAL),
    ("It was the 21st attempt.", "21st", ORDINAL),
    ("The twenty-first round began.", "twenty-first", ORDINAL),
    ("Call 555-123-4567 for details.", "555-123-4567", CODE),
    ("Call (202) 555-0147 for details.", "(202) 555-0147", CODE),
    ("The line +1 202 555 0147 is open.", "+1 202 555 0147", CODE),
    ("Version 3.2.1 was released.", "3.2.1", CODE),
    ("See exercises 22,24,26 in the book.", "22,24,26", CODE),
    ("Q3 2024 revenue rose.", "2024", YEAR),
]

# strings that are not exactly one number: parse_number raises ParseError
NOT_A_NUMBER: list[tuple[str, str]] = [
    ("keine Zahl", "de"), ("", "de"), ("   ", "en"), ("no number here", "en"),
    ("10 und 20", "de"), ("10 and 20", "en"), ("Mio.", "de"), ("bn", "en"),
    ("10.000 bis 12.000", "de"), ("Covid-19", "en"),
]

# (text, lang, a substring of one suggestion): strict mode raises ParseError with suggestions
AMBIGUOUS: list[tuple[str, str, str]] = [
    ("1.500", "en", "1,500 (en)"),  # grouping in German, a decimal in English
    ("1,500", "de", "1.500 (de)"),
    ("30.00", "de", "3.000"),  # irregular German grouping
    ("30.00", "de", "30,00"),
    ("1,5", "en", "1.5"),  # a German decimal in English text
    ("1.5", "de", "1,5"),
    ("10.000,5", "en", "10,000.5"),  # the other language's convention
    ("1,234.5", "de", "1.234,5"),
]

# (text, lang, surface, value): the lenient default reads by the document's other numbers
LENIENT: list[tuple[str, str, str, int | Decimal]] = [
    ("The index rose 1.500 points.", "en", "1.500", D("1.5")),
    ("The agency counted 1.234.567 arrivals; 1.500 were turned back.", "en", "1.500", 1500),
    ("Der Kurs stieg um 1,500 Punkte.", "de", "1,500", D("1.5")),
    ("Die Agentur zählte 1,234,567 Ankünfte, 1,500 wurden abgewiesen.", "de", "1,500", 1500),
    ("Es kamen 1.500 Menschen.", "de", "1.500", 1500),
    ("Some 1,500 people came.", "en", "1,500", 1500),
]

# bugs found while writing these tests, kept so they stay fixed: (text, lang, surface, value)
BUGS_CAUGHT: list[tuple[str, str, str, int | Decimal]] = [
    # the dozen multiplied the whole group instead of the part below a hundred (3624)
    ("They sold three hundred and two dozens.", "en", "three hundred and two dozens", 324),
    # a spaced sign opening the text was dropped
    ("- 1.200.000", "de", "- 1.200.000", -1200000),
    # a German landline written with a space was read as two counts
    ("Tel. 030 1234567", "de", "030 1234567", 301234567),
]


def _one(text: str, lang: str, surface: str) -> Number:
    found = [n for n in drift.find_numbers(text, lang=lang) if n.surface == surface]
    assert len(found) == 1, [n.surface for n in drift.find_numbers(text, lang=lang)]
    return found[0]


def _assert_exact(value: object, expected: int | Decimal) -> None:
    assert not isinstance(value, float)
    assert type(value) is type(expected), (value, expected)
    assert value == expected


@pytest.mark.parametrize(("text", "surface", "value", "kind"), REAL_WORLD_DE, ids=[c[0] for c in REAL_WORLD_DE])
def test_real_world_de(text: str, surface: str, value: int | Decimal, kind: NumberKind) -> None:
    """A German figure is found with its exact value, kind and span."""
    n = _one(text, "de", surface)
    _assert_exact(n.value, value)
    assert n.kind is kind
    assert text[n.start:n.end] == surface
    assert n.vague == (surface in _VAGUE_SURFACES)


@pytest.mark.parametrize(("text", "surface", "value", "kind"), REAL_WORLD_EN, ids=[c[0] for c in REAL_WORLD_EN])
def test_real_world_en(text: str, surface: str, value: int | Decimal, kind: NumberKind) -> None:
    """An English figure is found with its exact value, kind and span."""
    n = _one(text, "en", surface)
    _assert_exact(n.value, value)
    assert n.kind is kind
    assert text[n.start:n.end] == surface
    assert n.vague == (surface in _VAGUE_SURFACES)


@pytest.mark.parametrize(("text", "surface", "value", "kind"), REAL_WORLD_DE, ids=[c[0] for c in REAL_WORLD_DE])
def test_parse_number_de(text: str, surface: str, value: int | Decimal, kind: NumberKind) -> None:
    """parse_number reads each German figure on its own to the same value and kind."""
    n = drift.parse_number(surface, lang="de")
    _assert_exact(n.value, value)
    assert n.kind is kind and n.surface == surface and n.span == (0, len(surface))


@pytest.mark.parametrize(("text", "surface", "value", "kind"), REAL_WORLD_EN, ids=[c[0] for c in REAL_WORLD_EN])
def test_parse_number_en(text: str, surface: str, value: int | Decimal, kind: NumberKind) -> None:
    """parse_number reads each English figure on its own to the same value and kind."""
    n = drift.parse_number(surface, lang="en")
    _assert_exact(n.value, value)
    assert n.kind is kind and n.surface == surface and n.span == (0, len(surface))


@pytest.mark.parametrize(("text", "surface", "kind"), NOT_COUNTS_DE, ids=[c[0] for c in NOT_COUNTS_DE])
def test_not_counts_de(text: str, surface: str, kind: NumberKind) -> None:
    """German dates, times, years, decades, ordinals and codes are typed as such, not as figures."""
    n = _one(text, "de", surface)
    assert n.kind is kind
    assert not n.kind.is_figure
    assert not any(m.kind.is_figure for m in drift.find_numbers(text, lang="de"))


@pytest.mark.parametrize(("text", "surface", "kind"), NOT_COUNTS_EN, ids=[c[0] for c in NOT_COUNTS_EN])
def test_not_counts_en(text: str, surface: str, kind: NumberKind) -> None:
    """English dates, times, years, decades, ordinals and codes are typed as such, not as figures."""
    n = _one(text, "en", surface)
    assert n.kind is kind
    assert not n.kind.is_figure
    assert not any(m.kind.is_figure for m in drift.find_numbers(text, lang="en"))


def test_date_parts() -> None:
    """Dates carry (year, month, day) in ``parts``; clock times carry (hour, minute)."""
    assert _one("Am 29.10.2024 geschah es.", "de", "29.10.2024").parts == (2024, 10, 29)
    assert _one("Am 26. November 2024 geschah es.", "de", "26. November 2024").parts == (2024, 11, 26)
    assert _one("On October 18, 2024 it happened.", "en", "October 18, 2024").parts == (2024, 10, 18)
    assert _one("Um 19.30 Uhr begann es.", "de", "19.30 Uhr").parts == (19, 30)
    assert _one("At 9:15 p.m. it began.", "en", "9:15 p.m.").parts == (21, 15)


@pytest.mark.parametrize(("text", "lang"), NOT_A_NUMBER, ids=[repr(c[0]) for c in NOT_A_NUMBER])
def test_not_a_number(text: str, lang: str) -> None:
    """parse_number raises ParseError (a ValueError) for text that is not exactly one number."""
    with pytest.raises(ParseError) as info:
        drift.parse_number(text, lang=lang)
    assert isinstance(info.value, ValueError)
    assert info.value.text == text


def test_parse_error_suggests_the_numbers_found() -> None:
    """A ParseError for two numbers names both as suggestions and where reading stopped."""
    with pytest.raises(ParseError) as info:
        drift.parse_number("10 und 20", lang="de")
    assert info.value.suggestions == ("10", "20")
    assert info.value.position == 2


@pytest.mark.parametrize(("text", "lang", "suggestion"), AMBIGUOUS, ids=[f"{c[1]}:{c[0]}->{c[2]}" for c in AMBIGUOUS])
def test_strict_ambiguity_raises(text: str, lang: str, suggestion: str) -> None:
    """In strict mode, ambiguous or irregular digits raise ParseError with what was probably meant."""
    with pytest.raises(ParseError) as info:
        drift.parse_number(text, lang=lang, strict=True)
    assert any(suggestion in s for s in info.value.suggestions), info.value.suggestions
    assert suggestion in str(info.value)
    assert 0 <= info.value.position < len(text)


@pytest.mark.parametrize(("text", "lang", "suggestion"), AMBIGUOUS, ids=[f"{c[1]}:{c[0]}" for c in AMBIGUOUS])
def test_lenient_reads_ambiguous_digits(text: str, lang: str, suggestion: str) -> None:
    """Without strict, the same digits are read (never raised on) with an exact value."""
    n = drift.parse_number(text, lang=lang)
    assert isinstance(n.value, (int, Decimal))


def test_strict_mode_in_quantities() -> None:
    """parse_quantity passes strict on to the number reader."""
    with pytest.raises(ParseError):
        drift.parse_quantity("rund 1,500", lang="de", strict=True)
    assert drift.parse_quantity("rund 1.500", lang="de", strict=True).value == 1500


@pytest.mark.parametrize(("text", "lang", "surface", "value"), LENIENT, ids=[c[0] for c in LENIENT])
def test_lenient_votes_by_document(text: str, lang: str, surface: str, value: int | Decimal) -> None:
    """Ambiguous digits follow the decimal mark the document's unambiguous numbers show."""
    n = _one(text, lang, surface)
    _assert_exact(n.value, value)


def test_ambiguous_flag() -> None:
    """A reading that depended on the convention is flagged ``ambiguous``; a plain one is not."""
    assert _one("The index rose 1.500 points.", "en", "1.500").ambiguous
    assert not _one("Some 1,500 people came.", "en", "1,500").ambiguous
    assert not _one("Es kamen 1.500 Menschen.", "de", "1.500").ambiguous


@pytest.mark.parametrize(("text", "lang", "surface", "value"), BUGS_CAUGHT, ids=[c[0] for c in BUGS_CAUGHT])
def test_bugs_caught(text: str, lang: str, surface: str, value: int | Decimal) -> None:
    """Bugs found while writing these tables stay fixed."""
    n = _one(text, lang, surface)
    _assert_exact(n.value, value)


def test_digits_python_cannot_convert() -> None:
    """Digits of a script newer than Python's Unicode tables are skipped, never raised on."""
    text = "A 9\U0001e4f2 and \U0001e4f2\U0001e4f2:00 and 3"
    assert [n.value for n in drift.find_numbers(text, lang="en") if n.surface == "3"] == [3]


def test_one_pronoun_is_not_a_number() -> None:
    """English "one" as a pronoun is no number; "one" counting something is."""
    assert [n.surface for n in drift.find_numbers("The one you mentioned is gone.", lang="en")] == []
    assert [n.value for n in drift.find_numbers("Only one person came.", lang="en")] == [1]


def test_articles_are_not_numbers() -> None:
    """German indefinite articles are no numbers unless a scale word follows."""
    assert list(drift.find_numbers("Ein Mann kaufte eine Zeitung.", lang="de")) == []
    assert [n.value for n in drift.find_numbers("Eine Million kam.", lang="de")] == [1000000]


def test_names_with_digits_are_not_numbers() -> None:
    """Digits glued to a word (Covid-19, G7, A380) are part of a name, not a number."""
    assert list(drift.find_numbers("Covid-19, G7, the A380 and the F-35.", lang="en")) == []


def test_unknown_language_and_wrong_type() -> None:
    """An unknown language raises UnsupportedLanguageError; a non-string raises TypeError."""
    with pytest.raises(UnsupportedLanguageError):
        list(drift.find_numbers("10", lang="fr"))
    with pytest.raises(UnsupportedLanguageError):
        drift.parse_number("10", lang="xx")
    with pytest.raises(TypeError):
        list(drift.find_numbers(10, lang="de"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        drift.parse_number(b"10", lang="en")  # type: ignore[arg-type]


def test_language_code_variants() -> None:
    """Region variants and upper case map to the base language ("de-AT", "EN")."""
    assert drift.parse_number("1.500", lang="de-AT").value == 1500
    assert drift.parse_number("1,500", lang="EN").value == 1500


def test_leading_and_trailing_blanks() -> None:
    """parse_number keeps the span relative to the text it was given."""
    n = drift.parse_number("  10.000 ", lang="de")
    assert (n.start, n.end, n.surface, n.value) == (2, 8, "10.000", 10000)


def test_linear_time_on_long_runs() -> None:
    """Scanning grows linearly: a text 8 times longer takes well under 8 x 8 times as long."""
    import time

    def cost(n: int) -> float:
        text = "Es kamen 1.234 Menschen und zwölftausend Gäste, " * n
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()  # CPU time: other processes on the machine do not count
            list(drift.find_numbers(text, lang="de"))
            best = min(best, time.process_time() - t0)
        return best

    small, large = cost(200), cost(1600)
    assert large / small < 24


# --------------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------------

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(S.written_numbers())
def test_round_trip(case: S.Written) -> None:
    """Every format a number is written in reads back to the same exact value."""
    n = drift.parse_number(case.text, lang=case.lang)
    _assert_exact(n.value, case.value)
    assert n.surface == case.text


@_SETTINGS
@given(S.written_numbers())
def test_round_trip_in_a_sentence(case: S.Written) -> None:
    """The same number inside a sentence is found with its span and value."""
    before, after = S.FRAMES[case.lang]
    text = before + case.text + after
    found = [n for n in drift.find_numbers(text, lang=case.lang) if n.start == len(before)]
    assert len(found) == 1, list(drift.find_numbers(text, lang=case.lang))
    assert found[0].surface == case.text
    _assert_exact(found[0].value, case.value)


@_SETTINGS
@given(st.text(), st.sampled_from(["de", "en"]))
def test_find_numbers_never_raises_and_spans_match(text: str, lang: str) -> None:
    """On arbitrary text find_numbers never raises, and every span slices out its surface."""
    last = 0
    for n in drift.find_numbers(text, lang=lang):
        assert text[n.start:n.end] == n.surface
        assert n.start >= last  # in order, not overlapping
        last = n.end
        assert isinstance(n.value, (int, Decimal)) and not isinstance(n.value, bool)


@_SETTINGS
@given(S.newsy_text(), st.sampled_from(["de", "en"]))
def test_newsy_text_spans(text: str, lang: str) -> None:
    """On text mixing digits, number words, signs and punctuation, spans slice out surfaces."""
    for n in drift.find_numbers(text, lang=lang):
        assert text[n.start:n.end] == n.surface


# --------------------------------------------------------------------------------------------------
# The scan's fast paths: each reads what the pattern it skips would read
# --------------------------------------------------------------------------------------------------

_PIECES = ["0", "1", "2", "3", "5", "9", "11", "23", "24", "30", "59", "60", "064", "1.500", "12 000", ".", ",",
           ":", "-", "/", " ", "  ", "\n", "\u00a0", "Uhr", "uhr", "UHR", "h", "H", "am", "a.m.", "p.m.", "pm",
           "PM", "o'clock", "GMT", "Prozent", "prozent", "Prozentpunkte", "Prozentpunkten", "percent", "pct",
           "per cent", "v. h.", "vh", "Millionen", "Mio.", "million", "k", "$", "€", "£", "%", "Tausende",
           "tausenden", "Hunderte", "Millionen", "hundreds", " of thousands", "thousands", "Dozens", "dozen",
           "Mai", "März", "May", "October", "of", "ſ", "\u212a", "İ", "é", "ä", "_", "x", "e", "n", "s", "²",
           "١", "(", "'"]


def _fast_path_texts(words: Sequence[str] = ()) -> list[str]:
    """Random mixtures of the pieces above, and figure-shaped texts (an edge, digits, perhaps a mark
    and digits, a blank, one of ``words`` or of a few others, two edges), each of ``words`` among
    them after plain digits."""
    import random

    rng = random.Random(7)
    words = sorted(words)  # the tables' sets iterate in an order that changes with the hash seed
    fixed = ["um 11.30 Uhr", "gegen 9 Uhr,", "6:42 p.m. GMT", "11:30:15 Uhr", "1.10.30 Uhr", "64 Prozent.",
             "18 percent of", "5 Prozentpunkte", "3 Prozent $", "7 pct €", "Tausende kamen", "Hunderte,",
             "hundreds of thousands", "Dozens of", "tausende_", "Millionen-Marke",
             *(f"{lead}12 {w}{end}" for w in words for lead, end in (("", "."), (" ", " x"), ("(", ")")))]
    edges = ["", " ", " ", "\n", ".", ",", ":", "-", "(", "x", "5", "é", "_", "$", "€", " €", "\n$", "\u00a0"]
    others = ["x", "Millionen", "Mai", "of", "Uhr", "Prozent", "percent", "Tausende", "thousands", "hundreds"]
    shaped = []
    for _ in range(3000):
        digits = rng.choice(["0", "7", "09", "11", "19", "20", "23", "24", "99", "123", "2024", "1.500", "12 000"])
        minutes = rng.choice([".30", ":05", ":5", ".59", ":60", ":30:15", ".10."]) if rng.random() < 0.5 else ""
        blank = rng.choice(["", " ", " ", " ", "  ", "\n", "\u00a0"])
        word = rng.choice(words or others) if rng.random() < 0.8 else rng.choice(others)
        lead = rng.choice(edges) if rng.random() < 0.5 else " "
        shaped.append(lead + digits + minutes + blank + word + rng.choice(edges) + rng.choice(edges))
    return fixed + shaped + ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 10))) for _ in range(3000)]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_clock_fast_path_reads_what_the_digit_pattern_reads(lang: str) -> None:
    """Wherever the scan reads a clock time without the digit pattern, the pattern matches the same
    characters as a time and reads the same number from them."""
    from drift import lang as _lang
    from drift.numbers import _SCANNERS, _clock, _read_other

    t, scanner = _lang.get(lang), _SCANNERS[lang]
    seen = 0
    for text in _fast_path_texts([w.swapcase() if len(w) % 2 else w for w in t.clock_words]):
        for at in range(len(text)):
            fast = scanner.clock_time.match(text, at)
            if fast is None:
                continue
            slow = scanner.digits.match(text, at)
            assert slow is not None and slow.lastgroup == "time" and slow.span() == fast.span(), (text, at)
            got = _clock(fast.group(), at, fast.end(), int(fast.group(1)), int(fast.group(2) or 0))
            assert got == _read_other(text, slow, t), (text, at)
            seen += 1
    assert seen > 150


@pytest.mark.parametrize("lang", ["de", "en"])
def test_percent_fast_path_reads_what_the_digit_pattern_reads(lang: str) -> None:
    """Plain digits, a blank and a percent word the scan reads without the digit pattern are what the
    pattern matches there, read the same under either decimal convention."""
    from drift import lang as _lang
    from drift.numbers import _SCANNERS, _Convention, _percent_after, _read_digits

    t, scanner = _lang.get(lang), _SCANNERS[lang]
    seen = 0
    for text in _fast_path_texts([w.capitalize() if len(w) % 2 else w for w in t.percent_words]):
        for at in range(len(text)):
            run = scanner.bare_run.match(text, at)
            if run is None or not run.group().isdigit() or text[run.end()] == ",":
                continue
            word = scanner.bare_words.match(text, run.end() + 1)
            if word is None or word.group().lower() not in scanner.bare_percent:
                continue
            fast = _percent_after(text, run.group(), at, word.end())
            if fast is None:
                continue
            slow = scanner.digits.match(text, at)
            assert slow is not None and slow.lastgroup == "digits" and slow.end() == fast.end, (text, at)
            for mark in ".,":
                assert _read_digits(text, slow, t, _Convention(mark), False, scanner.digit_parts) == fast
            seen += 1
    assert seen > 60


@pytest.mark.parametrize("lang", ["de", "en"])
def test_vague_fast_path_reads_what_the_word_pattern_reads(lang: str) -> None:
    """A vague word the scan reads from the lower-cased text is what the word pattern matches there
    (as a vague count) and reads the same."""
    from drift import lang as _lang
    from drift.numbers import _SCANNERS, Number, _read_other

    t, scanner = _lang.get(lang), _SCANNERS[lang]
    seen = 0
    for text in _fast_path_texts([w.capitalize() if len(w) % 2 else w for w in t.vague]):
        low = text.lower()
        if len(low) != len(text):
            continue  # the scan reads no vague word from the lower-cased text then
        for at in range(len(text)):
            fast = scanner.vague_word.match(low, at)
            if fast is None:
                continue
            slow = scanner.words.match(text, at)
            assert slow is not None and slow.lastgroup == "vague" and slow.span() == fast.span(), (text, at)
            got = Number(t.vague[fast.group()], text[at:fast.end()], at, fast.end(), vague=True)
            assert got == _read_other(text, slow, t), (text, at)
            seen += 1
    assert seen > 100


def test_lower_casing_gives_letters_ignoring_case_equates() -> None:
    """Every character that lower-cases to a letter of a vague word is one ``regex`` ignoring case
    equates with that letter, so a vague word found in the lower-cased text is there for the pattern."""
    import regex

    from drift import lang as _lang

    letters = {c for code in ("de", "en") for w in _lang.get(code).vague for c in w if c.isalpha()}
    for c in range(0x110000):
        low = chr(c).lower()
        if low in letters:
            assert regex.fullmatch(regex.escape(low), chr(c), regex.IGNORECASE), hex(c)


def _bare_runs() -> list[str]:
    """Digits in groups of three after one mark, as the scan's bare runs are, and some odd ones."""
    import random

    rng = random.Random(5)
    out = ["0.500", "0,000", "012.000", "1.500", "1,500", "12 000", "1.234.567", "9,999,999", "000 000"]
    for _ in range(2000):
        mark = rng.choice(".,  ")
        head = str(rng.randint(0, 999)) if rng.random() < 0.8 else rng.choice(["0", "00", "012"])
        out.append(head + "".join(mark + f"{rng.randint(0, 999):03d}" for _ in range(rng.randint(1, 4))))
    return out


def test_bare_marks_are_what_evidence_and_reading_say() -> None:
    """The scan's reading of grouped bare runs: the mark shown is the evidence's, and a value read at
    once is the one every convention, lenient or strict, reads."""
    from drift import lang as _lang
    from drift.numbers import _bare_marks, _Convention, _evidence, _reading, _to_value

    for num in _bare_runs():
        ev, value = _bare_marks(num)
        assert ev == _evidence(num), num
        if value is None:
            continue
        for code in ("de", "en"):
            for mark in ".,":
                for strict in (False, True):
                    reading = _reading(num, _Convention(mark), strict, _lang.get(code))
                    assert reading is not None and _to_value(reading[0]) == value and not reading[1], num


def test_bare_reading_is_the_general_reading() -> None:
    """A grouped bare run is read as the general digit reading reads it, under either convention."""
    from drift import Number
    from drift import lang as _lang
    from drift.numbers import _Convention, _read_bare, _reading, _to_value

    for num in _bare_runs():
        for code in ("de", "en"):
            t = _lang.get(code)
            for mark in ".,":
                conv = _Convention(mark)
                reading = _reading(num, conv, False, t)
                want = None if reading is None else Number(_to_value(reading[0]), num, 3, 3 + len(num),
                                                           ambiguous=reading[1])
                assert _read_bare(num, 3, t, conv, False) == want, (num, code, mark)
