"""Reference dates: relative time expressions in German and English, resolved against the
publication date with their precision, and the choice of the mention that dates a figure.

Every expression issue 3 lists has a case in RELATIVE_DE or RELATIVE_EN; new expressions go there
with the publication date they are read against. The labels are the one-value ``refers_to`` of the
JSON-lines output (docs/schema.md).
"""

from __future__ import annotations

import datetime as dt

import pytest

from drift.documents import Document
from drift.extract import extract
from drift.numbers import find_numbers
from drift.records import ref_label
from drift.timeref import Precision, TimeRef
from drift.when import resolve, time_mentions

D = dt.date
DAY, WEEK, MONTH, YEAR, PERIOD = Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.YEAR, Precision.PERIOD


def mentions(text: str, lang: str, published: str | None) -> list[tuple[int, TimeRef]]:
    return time_mentions(text, 0, len(text), lang, TimeRef.parse(published), list(find_numbers(text, lang=lang)))


def only(text: str, lang: str, published: str | None) -> TimeRef:
    found = mentions(text, lang, published)
    assert len(found) == 1, found
    return found[0][1]


# published Tuesday 2024-10-29
RELATIVE_DE = [
    ("am Freitag", "2024-10-29", D(2024, 10, 25), D(2024, 10, 25), DAY, "2024-10-25"),
    ("am Dienstag", "2024-10-29", D(2024, 10, 29), D(2024, 10, 29), DAY, "2024-10-29"),
    ("am Montagabend", "2024-10-29", D(2024, 10, 28), D(2024, 10, 28), DAY, "2024-10-28"),
    ("vergangenen Dienstag", "2024-10-29", D(2024, 10, 22), D(2024, 10, 22), DAY, "2024-10-22"),
    ("gestern", "2024-10-29", D(2024, 10, 28), D(2024, 10, 28), DAY, "2024-10-28"),
    ("vorgestern", "2024-10-29", D(2024, 10, 27), D(2024, 10, 27), DAY, "2024-10-27"),
    ("heute", "2024-10-29", D(2024, 10, 29), D(2024, 10, 29), DAY, "2024-10-29"),
    ("vergangene Woche", "2024-10-29", D(2024, 10, 21), D(2024, 10, 27), WEEK, "2024-10-24"),
    ("in der vergangenen Woche", "2024-10-29", D(2024, 10, 21), D(2024, 10, 27), WEEK, "2024-10-24"),
    ("Anfang Oktober", "2024-10-29", D(2024, 10, 1), D(2024, 10, 10), PERIOD, "2024-10-05"),
    ("Mitte Oktober", "2024-10-29", D(2024, 10, 11), D(2024, 10, 20), PERIOD, "2024-10-15"),
    ("Ende Oktober", "2024-10-29", D(2024, 10, 21), D(2024, 10, 31), PERIOD, "2024-10-26"),
    ("Ende September 2023", "2024-10-29", D(2023, 9, 21), D(2023, 9, 30), PERIOD, "2023-09-25"),
    ("im Januar", "2024-10-29", D(2024, 1, 1), D(2024, 1, 31), MONTH, "2024-01"),
    ("im November", "2024-10-29", D(2023, 11, 1), D(2023, 11, 30), MONTH, "2023-11"),
    ("am 18. Oktober", "2024-10-29", D(2024, 10, 18), D(2024, 10, 18), DAY, "2024-10-18"),
    ("seit Kriegsbeginn", "2024-10-29", D(2024, 10, 29), D(2024, 10, 29), PERIOD, "2024-10-29"),
    ("seit Sonntag", "2024-10-29", D(2024, 10, 27), D(2024, 10, 29), PERIOD, "2024-10-29"),
    ("seit Mitte September", "2024-10-29", D(2024, 9, 11), D(2024, 10, 29), PERIOD, "2024-10-29"),
    ("im vergangenen Jahr", "2024-10-29", D(2023, 1, 1), D(2023, 12, 31), YEAR, "2023-12"),
    ("im Jahr 2022", "2024-10-29", D(2022, 1, 1), D(2022, 12, 31), YEAR, "2022-12"),
    ("vor zwei Tagen", "2024-10-29", D(2024, 10, 27), D(2024, 10, 27), DAY, "2024-10-27"),
    ("eine Woche zuvor", "2024-10-29", D(2024, 10, 21), D(2024, 10, 27), WEEK, "2024-10-24"),
    ("am Wochenende", "2024-10-29", D(2024, 10, 26), D(2024, 10, 27), PERIOD, "2024-10-26"),
    ("bis Ende Oktober", "2024-11-06", D(2024, 10, 31), D(2024, 10, 31), DAY, "2024-10-31"),
    ("in diesem Monat", "2024-10-29", D(2024, 10, 1), D(2024, 10, 29), PERIOD, "2024-10-29"),
    ("im Sommer 2024", "2024-10-29", D(2024, 6, 1), D(2024, 8, 31), PERIOD, "2024-08-31"),
    ("in diesem Sommer", "2024-07-10", D(2024, 6, 1), D(2024, 7, 10), PERIOD, "2024-07-10"),
    ("in den drei Sommermonaten", "2024-09-04", D(2024, 6, 1), D(2024, 8, 31), PERIOD, "2024-08-31"),
]

# published Thursday 2025-04-03
RELATIVE_EN = [
    ("on Monday", "2025-04-03", D(2025, 3, 31), D(2025, 3, 31), DAY, "2025-03-31"),
    ("last Monday", "2025-04-03", D(2025, 3, 31), D(2025, 3, 31), DAY, "2025-03-31"),
    ("last Thursday", "2025-04-03", D(2025, 3, 27), D(2025, 3, 27), DAY, "2025-03-27"),
    ("on Sunday evening", "2025-04-03", D(2025, 3, 30), D(2025, 3, 30), DAY, "2025-03-30"),
    ("yesterday", "2025-04-03", D(2025, 4, 2), D(2025, 4, 2), DAY, "2025-04-02"),
    ("last week", "2025-04-03", D(2025, 3, 24), D(2025, 3, 30), WEEK, "2025-03-27"),
    ("earlier this month", "2025-04-03", D(2025, 4, 1), D(2025, 4, 30), MONTH, "2025-04"),
    ("last month", "2025-04-03", D(2025, 3, 1), D(2025, 3, 31), MONTH, "2025-03"),
    ("this month", "2025-04-03", D(2025, 4, 1), D(2025, 4, 3), PERIOD, "2025-04-03"),
    ("on Oct. 18", "2025-04-03", D(2024, 10, 18), D(2024, 10, 18), DAY, "2024-10-18"),
    ("on October 18", "2025-04-03", D(2024, 10, 18), D(2024, 10, 18), DAY, "2024-10-18"),
    ("in January", "2025-04-03", D(2025, 1, 1), D(2025, 1, 31), MONTH, "2025-01"),
    ("mid-March", "2025-04-03", D(2025, 3, 11), D(2025, 3, 20), PERIOD, "2025-03-15"),
    ("late March", "2025-04-03", D(2025, 3, 21), D(2025, 3, 31), PERIOD, "2025-03-26"),
    ("since the start of the war", "2025-04-03", D(2025, 4, 3), D(2025, 4, 3), PERIOD, "2025-04-03"),
    ("so far", "2025-04-03", D(2025, 4, 3), D(2025, 4, 3), PERIOD, "2025-04-03"),
    ("since mid-March", "2025-04-03", D(2025, 3, 11), D(2025, 4, 3), PERIOD, "2025-04-03"),
    ("a week earlier", "2025-04-03", D(2025, 3, 24), D(2025, 3, 30), WEEK, "2025-03-27"),
    ("three days ago", "2025-04-03", D(2025, 3, 31), D(2025, 3, 31), DAY, "2025-03-31"),
    ("over the weekend", "2025-04-03", D(2025, 3, 29), D(2025, 3, 30), PERIOD, "2025-03-29"),
    ("last year", "2025-04-03", D(2024, 1, 1), D(2024, 12, 31), YEAR, "2024-12"),
    ("in 2023", "2025-04-03", D(2023, 1, 1), D(2023, 12, 31), YEAR, "2023-12"),
    ("in the summer of 2024", "2025-04-03", D(2024, 6, 1), D(2024, 8, 31), PERIOD, "2024-08-31"),
    ("over the winter", "2025-04-03", D(2024, 12, 1), D(2025, 2, 28), PERIOD, "2025-02-28"),
]


@pytest.mark.parametrize("phrase,published,start,end,precision,label", RELATIVE_DE, ids=[c[0] for c in RELATIVE_DE])
def test_relative_german(phrase: str, published: str, start: dt.date, end: dt.date, precision: Precision,
                         label: str) -> None:
    """German time words resolve against publication with their precision and output label."""
    ref = only(f"Das sagte die Behörde {phrase}.", "de", published)
    assert (ref.start, ref.end, ref.precision) == (start, end, precision)
    assert ref_label(ref) == label


@pytest.mark.parametrize("phrase,published,start,end,precision,label", RELATIVE_EN, ids=[c[0] for c in RELATIVE_EN])
def test_relative_english(phrase: str, published: str, start: dt.date, end: dt.date, precision: Precision,
                          label: str) -> None:
    """English time words resolve against publication with their precision and output label."""
    ref = only(f"The agency said it {phrase}.", "en", published)
    assert (ref.start, ref.end, ref.precision) == (start, end, precision)
    assert ref_label(ref) == label


def test_a_surname_is_no_season() -> None:
    """"Sprecherin Lea Sommer": a name, not the summer."""
    assert time_mentions("Das sagte Sprecherin Lea Sommer.", 0, 31, "de", TimeRef.parse("2025-11-18"), ()) == []


def test_latest_weekday_on_or_before_publication() -> None:
    """'am Freitag' is the latest Friday on or before publication, for every weekday of publication."""
    for offset in range(7):
        pub = D(2024, 10, 21) + dt.timedelta(days=offset)
        ref = only("am Freitag", "de", pub.isoformat())
        assert ref.start <= pub and (pub - ref.start).days < 7 and ref.start.weekday() == 4


def test_following_weekday_counts_from_the_date_before() -> None:
    """'by the following Monday' after 'On Oct. 23' is the Monday after 23 October."""
    found = mentions("On Oct. 23 the White House said so, and by the following Monday the estimate stood.",
                     "en", "2024-11")
    assert [r.start for _, r in found] == [D(2024, 10, 23), D(2024, 10, 28)]


DEADLINES = [
    ("de", "Die Straße bleibt bis Mittwoch gesperrt.", "2025-09-15"),
    ("en", "Schools will stay shut until at least Wednesday.", "2025-09-15"),
    ("de", "Bis Ende 2027 sollen Stellen wegfallen.", "2025-05-21"),
]


@pytest.mark.parametrize("lang,text,published", DEADLINES, ids=[d[1] for d in DEADLINES])
def test_deadlines_are_no_reference_dates(lang: str, text: str, published: str) -> None:
    """A time after publication ('until Wednesday', 'bis Ende 2027') names a deadline, not a date."""
    assert mentions(text, lang, published) == []


def test_live_ticker_clock_time() -> None:
    """'22.25 Uhr' in a live ticker dates the entry to the day of publication."""
    doc = Document("---\npublished: 2025-02-03\nlang: de\n---\n22.25 Uhr: Die Zahl der Toten stieg auf 47.\n"
                   "21.10 Uhr: Rund 600 Verletzte werden behandelt, teilt die Behörde mit.\n", lang="de")
    doc = Document(doc.text, published="2025-02-03", lang="de", body_start=doc.text.index("22.25"))
    refs = {a.quantity.surface: a.refers_to for a in extract(doc)}
    assert refs["47"] == TimeRef.day(D(2025, 2, 3))
    assert refs["Rund 600"] == TimeRef.day(D(2025, 2, 3))


def test_month_precision_publication() -> None:
    """With only the month of publication, weekdays cannot be told but months and dates can."""
    assert mentions("am Freitag", "de", "2024-11") == []
    assert only("im Oktober", "de", "2024-11") == TimeRef.month(2024, 10)
    assert only("am 18. Oktober", "de", "2024-11") == TimeRef.day(D(2024, 10, 18))


def test_no_publication_date() -> None:
    """Without a publication date only explicit dates and years resolve."""
    assert mentions("gestern und am Freitag", "de", None) == []
    assert only("am 18.10.2024", "de", None) == TimeRef.day(D(2024, 10, 18))


def test_times_beyond_the_calendar_are_skipped() -> None:
    """Spans and weekdays that leave the calendar ("vor 99999999999 Jahren") give no mention and no error."""
    assert mentions("Das war vor 99999999999 Jahren.", "de", "2024-10-29") == []
    assert len(mentions("On Dec. 30 it began, and by the following Monday it ended.", "en", "9999-12-31")) == 1


def test_possessive_names_an_event_not_a_date() -> None:
    """"last week's earthquake" names the quake, not the time of the statement."""
    assert mentions("The toll from last week's earthquake rose.", "en", "2025-02-10") == []


def test_lower_case_month_words_are_not_months() -> None:
    """English "may" (the verb) and "march" (the noun) are not months."""
    assert mentions("The toll may rise as people march.", "en", "2025-02-10") == []


# --------------------------------------------------------------------------------------------
# Choosing the mention
# --------------------------------------------------------------------------------------------

def test_resolve_prefers_the_clause_then_the_sentence_then_publication() -> None:
    """The nearest mention in the figure's clause wins, else one in the sentence, else publication."""
    pub = TimeRef.day(D(2025, 4, 3))
    a, b = TimeRef.day(D(2025, 4, 1)), TimeRef.day(D(2025, 3, 27))
    assert resolve([(10, a), (40, b)], (30, 60), 35, pub) == b
    assert resolve([(10, a)], (30, 60), 35, pub) == a
    assert resolve([], (30, 60), 35, pub) == pub


def test_resolve_statement_dates_give_way() -> None:
    """Inside the clause, a date of saying ('told reporters on Tuesday') gives way to the figure's own."""
    pub = TimeRef.day(D(2025, 4, 3))
    tuesday, year = TimeRef.day(D(2025, 4, 1)), TimeRef.year(2023)
    assert resolve([(5, tuesday), (50, year)], (0, 60), 10, pub, statement=frozenset({5})) == year


def test_resolve_skips_dates_of_other_figures() -> None:
    """A sentence-level mention inside another figure's clause does not date this figure."""
    pub = TimeRef.day(D(2025, 2, 10))
    last_week = TimeRef.week_of(D(2025, 2, 3))
    assert resolve([(50, last_week)], (0, 30), 5, pub, others=[(32, 70)]) == pub


SENTENCES = [
    ("en", "2025-04-03", "The number of cases has risen to 64, up from 37 a week earlier, the agency said on Wednesday.",
     {"64": "2025-04-02", "37": "2025-03-27"}),
    ("en", "2025-04-03", "Public health director Marcus Bell told reporters on Tuesday that the city had seen fewer "
                         "than ten cases in the whole of 2023.", {"fewer than ten": "2023-12"}),
    ("en", "2025-02-10", "Fewer than 30 people are still listed as missing, down from over 100 last week.",
     {"Fewer than 30": "2025-02-10", "over 100": "2025-02-06"}),
    ("de", "2025-11-06", "Im vergangenen Jahr registrierte das Amt zwölf Angriffe, in diesem Jahr waren es bis Ende "
                         "Oktober bereits 19.", {"zwölf": "2024-12", "19": "2025-10-31"}),
    ("de", "2025-02-07", "Seit Sonntag wurden wenigstens 40 Nachbeben registriert.", {"wenigstens 40": "2025-02-07"}),
    ("de", "2025-03-18", "Vergangene Woche hatten mehr als 30.000 Menschen unterschrieben, inzwischen sind es gut "
                         "41.000 Unterschriften.", {"mehr als 30.000": "2025-03-13", "gut 41.000": "2025-03-18"}),
]


@pytest.mark.parametrize("lang,published,text,expected", SENTENCES, ids=[s[2] for s in SENTENCES])
def test_reference_dates_in_sentences(lang: str, published: str, text: str, expected: dict[str, str]) -> None:
    """Whole sentences: each figure gets the date that belongs to it."""
    doc = Document(text, published=published, lang=lang)
    got = {a.quantity.surface: ref_label(a.refers_to) for a in extract(doc)}
    for surface, label in expected.items():
        assert got[surface] == label, got


def test_projections_have_no_reference_date() -> None:
    """A planned or possible figure refers to no date (it is not a count of anything yet)."""
    doc = Document("Die Regierung will im Januar 500 Soldaten schicken. Es könnten bald 900 Soldaten sein.",
                   published="2024-10-29", lang="de")
    assert [(a.modality.kind, a.refers_to) for a in extract(doc)] == [("projection", None), ("projection", None)]


# --- the lower-case guards (drift.text.guarded_starts) of the time-word and qualifier scans ------

def _guards() -> list[tuple[str, object]]:
    from drift.quantities import _FRAMES
    from drift.when import _PATTERNS

    return [(f"when-{c}", _PATTERNS[c][1]) for c in _PATTERNS] + [(f"qualifiers-{c}", _FRAMES[c].before_guard)
                                                                  for c in _FRAMES]


@pytest.mark.parametrize("name,guard", _guards(), ids=[g[0] for g in _guards()])
def test_guards_see_every_start_for_their_characters(name: str, guard: object) -> None:
    """For every character a guard is used on, ignoring case equates it with a letter of the guard
    only when lower-casing turns it into that letter, and lower-casing keeps its length; ``re``'s
    blanks include ``regex``'s, and its digits are ASCII."""
    import re

    import regex

    from drift.text import UNGUARDED

    assert isinstance(guard, re.Pattern)
    letters = {c for c in guard.pattern.replace("\\s", "").replace("\\d", "") if c.isalpha()}
    assert letters and all(c == c.lower() for c in letters)
    allowed = [chr(c) for c in range(0x110000) if UNGUARDED.match(chr(c)) is None]
    assert len(allowed) < 200
    for ch in allowed:
        assert len(ch.lower()) == 1
        for letter in letters:
            if regex.fullmatch(regex.escape(letter), ch, regex.IGNORECASE):
                assert ch.lower() == letter, (ch, letter)
        if regex.match(r"\s", ch):
            assert re.match(r"\s", ch), repr(ch)
        if regex.match(r"\d", ch):
            assert "0" <= ch <= "9"


_TIME_TEXTS = ["Am Montagabend", "seit Kriegsbeginn", "bis Ende Oktober 2024", "vor 3 Tagen", "vor zwei Wochen",
               "12 Tage zuvor", "last Monday", "since mid-May", "two weeks earlier", "in March 2023", "Volkstrauersonntag",
               "AM MONTAG", "ſeit Kriegsbeginn", "İm vergangenen Jahr", "am\u00a0Montag", "am\u2009Montag", "Oct. 18",
               "im vergangenen Monat", "Anfang\u00a0September", "1\u0660 Tage zuvor", "١٢ Tage zuvor", "10\u001fTage zuvor",
               "mehr als ", "more than ", "rund ", "RUND ", "bis zu ", "up to ", "knapp über ", "gut ", "fast ", "> ", "≈ ",
               "ca. ", "etwa\u00a0", "mindestens ", "at least ", "nearly ", "ſome ", "Größer als "]


def _mixtures() -> list[str]:
    import random

    rng = random.Random(3)
    pieces = _TIME_TEXTS + ["a", "x", " ", "  ", "\n", "5", ".", ",", "-", "ä", "Ü", "ß", "ſ", "K", "İ", "–", "Tag", "s"]
    return list(_TIME_TEXTS) + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_time_word_scan_is_the_pattern_scan(lang: str) -> None:
    """The guarded scan finds exactly the matches of the pattern's own ``finditer``, on the cases
    above and on random mixtures of them with letters, digits, blanks and odd characters."""
    from drift.when import _PATTERNS, _time_words

    pattern = _PATTERNS[lang][0]
    for text in _mixtures():
        for start, end in ((0, len(text)), (min(2, len(text)), len(text)), (0, max(0, len(text) - 3))):
            got = [(m.span(), m.groupdict()) for m in _time_words(text, start, end, lang)]
            want = [(m.span(), m.groupdict()) for m in pattern.finditer(text, start, end)]
            assert got == want, (text, start, end)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_qualifier_scan_is_the_pattern_search(lang: str) -> None:
    """The guarded qualifier search finds exactly what the pattern's own ``search`` finds."""
    from drift.quantities import _FRAMES, _qualifier_before

    f = _FRAMES[lang]
    for text in _mixtures():
        for window in (text, text[-40:], text.rstrip()):
            got, want = _qualifier_before(f, window), f.before.search(window)
            assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict())), window


def test_lower_words_shows_what_ignoring_case_equates() -> None:
    """Every character that ignoring case equates with one of a-z, ä, ö, ü, ß lower-cases to it,
    unless drift.text.lower_words refuses the text (it then runs the patterns as they are)."""
    import regex

    from drift.text import lower_words

    letters = "abcdefghijklmnopqrstuvwxyzäöüß"
    pattern = regex.compile(f"[{letters}]", regex.IGNORECASE)
    for c in range(0x110000):
        ch = chr(c)
        if pattern.fullmatch(ch) and lower_words(ch, 0, 1) is not None:
            assert ch.lower() in letters, repr(ch)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_attribution_with_word_tests_is_unchanged(lang: str) -> None:
    """The attribution patterns skipped when a word they need is missing match nothing there."""
    from drift import attribution as a
    from drift.text import lower_words

    checks = [(a._OWN_WORDS[lang], a._OWN_NEEDS[lang]), (a._PATTERNS[lang][1], a._POST_NEEDS[lang])]
    if lang == "de":
        checks += [(p, ("nach",)) for p in (a._NACH_DE, a._NACH_COMPOUND_DE, a._NACH_ADJ_DE)]
    else:
        checks.append((a._STUDY["en"], a._STUDY_NEEDS))
    for text in _mixtures():
        low = lower_words(text, 0, len(text))
        for pattern, needs in checks:
            if low is not None and not any(w in low for w in needs):
                assert pattern.search(text) is None, (text, pattern.pattern[:40])


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_time_word_match_holds_a_needed_word(lang: str) -> None:
    """_time_words skips a stretch without one of the needed words: every match of the pattern in
    the cases above and their mixtures contains one in lower case."""
    from drift.when import _PATTERNS

    pattern, _, needed = _PATTERNS[lang]
    for text in _mixtures():
        for m in pattern.finditer(text):
            assert needed.search(m.group().lower()) is not None, (text, m.group())
