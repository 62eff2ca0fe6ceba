"""Tests pinning drift.text's fast paths to the plainer readings they replace."""

from __future__ import annotations

import re

from tests.strategies import EVERY_CHARACTER, joined


def test_clause_break_lower_matches_the_source() -> None:
    """text._CLAUSE_BREAK_LOWER, each conjunction opening with its letter and looking behind for the
    blank, finds what _CLAUSE_BREAK_SOURCE finds over lower-cased text, from every start and up to
    every end, and _CLAUSE_BREAK_LAST the same last break."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from drift.text import _CLAUSE_BREAK_LAST, _CLAUSE_BREAK_LOWER, _CLAUSE_BREAK_SOURCE

    plain = re.compile(_CLAUSE_BREAK_SOURCE, re.X)
    plain_last = re.compile(rf"(?s:.*)({_CLAUSE_BREAK_SOURCE})", re.X)
    pieces = [" ", "-", "–", ",", "und", "and", "x", "\t", "\u00a0", "(", "während", "ab",
              "aber", "a", "u", "wobei", "while", "weil", "doch", "dass", "d", "but", "b"]

    @settings(max_examples=500, deadline=None)
    @given(joined(pieces, 14), st.data())
    def check(text: str, data: st.DataObject) -> None:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert [m.span() for m in _CLAUSE_BREAK_LOWER.finditer(text, start, end)] == \
            [m.span() for m in plain.finditer(text, start, end)]
        last, old = _CLAUSE_BREAK_LAST.match(text, start, end), plain_last.match(text, start, end)
        assert (last and last.span(1)) == (old and old.span(1))

    check()


def test_clause_odd_shows_in_lower_case() -> None:
    """Every character of text._CLAUSE_ODD leaves one of _CLAUSE_ODD_LOWER in its lower case, so
    clause_bounds, testing the lower-cased sentence for those, never reads an odd one with ``re``."""
    from drift.text import _CLAUSE_ODD, _CLAUSE_ODD_LOWER

    for ch in _CLAUSE_ODD.findall(EVERY_CHARACTER):
        assert any(odd in ch.lower() for odd in _CLAUSE_ODD_LOWER), hex(ord(ch))


def test_sentence_ends_are_the_pattern_matches() -> None:
    """text._sentence_ends, scanning with ``re`` and testing the capital after a stop with ``regex``
    only when it is not ASCII, finds the matches of _SENT_END.finditer, with the same blanks."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from drift.text import _SENT_END, _sentence_ends

    pieces = [".", "!", "?", "…", "..", " ", "  ", "\n", "\x1c", "\u00a0", "\u2028", "\t", "\"",
              "„", "“", "”", "»", "«", "'", "’", "‚", "(", ")", "[", "]", "A", "Z", "a", "ä",
              "Ä", "Σ", "σ", "5", "\u0663", "\U00011f50", "ǅ", "Ⅷ", "x", "Dr", "-"]

    @settings(max_examples=1000, deadline=None)
    @given(joined(pieces, 16), st.data())
    def check(text: str, data: st.DataObject) -> None:
        start = data.draw(st.integers(0, len(text)))
        assert [(m.span(), m.span(1)) for m in _sentence_ends(text, start)] == \
            [(m.span(), m.span(1)) for m in _SENT_END.finditer(text, start)]

    check()


def test_sentence_end_blanks_are_those_of_regex() -> None:
    """text._BLANK, the blank of _SENT_END_RE, is every character ``regex`` reads as ``\\s`` and no other."""
    import regex

    from drift.text import _BLANK

    blank = re.compile(_BLANK)
    chars = EVERY_CHARACTER
    assert blank.findall(chars) == regex.findall(r"\s", chars)


def _furniture_plain(stripped: str, code: str) -> bool:
    """The straightforward reading of a furniture line: every test on the lower-cased line, the
    words listed by ``regex``."""
    from drift import lang as _lang
    from drift.text import (_AD_PRICE, _DATEISH, _DIGIT, _LETTERS, _OFFER, _PERIOD_PRICE, _PRICE, _READ_MIN,
                            _READING_TIME, _STRONG, _WORDS)

    t = _lang.text_tables(code)
    low = stripped.lower()
    score = sum(2 if w in _STRONG else 1 if w in t.furniture_words else 0 for w in _WORDS.findall(low))
    money = any(c in low for c in ("€", "$", "£", "eur", "dollar", "usd", "uſd")) and _DIGIT.search(stripped)
    if money and len(stripped) < 200 and (_AD_PRICE.search(stripped) or _PERIOD_PRICE.search(stripped)
                                          and _OFFER.search(stripped)):
        score += 3
    elif money and len(stripped) < 160 and _PRICE.search(stripped):
        score += 1
    if low.startswith(("lesezeit", "reading time", "foto:", "bild:", "photo:", "image:", "quelle:",
                       "aktualisiert", "updated", "published", "veröffentlicht", "stand:")):
        return True
    if ("read" in low or "lese" in low) and (_READ_MIN.search(low) or _READING_TIME.search(low)):
        return True
    if len(stripped) < 60 and _DIGIT.search(stripped):
        rest = _DATEISH.sub(" ", stripped)
        if rest != stripped and len(_LETTERS.findall(rest)) <= 2:
            return True
    return score >= 3


def _teaser_plain(stripped: str, code: str) -> bool:
    """The straightforward reading of a teaser marker line, on the lower-cased line."""
    from drift import lang as _lang
    from drift.text import _NOT_A_TOPIC

    markers = _lang.text_tables(code).teaser_markers
    low = stripped.lower().rstrip(":.!")
    if not low or len(low) > 60:
        return False
    for m in markers:
        if low == m or low.startswith(m + ":"):
            return True
        if low.startswith(m + " ") and len(low.split()) <= len(m.split()) + 3 and not _NOT_A_TOPIC.search(low):
            return True
    return False


def test_furniture_line_tests_are_the_lower_case_ones() -> None:
    """text._furniture, _consent and _teaser_marker, which lower-case a line only when its ASCII
    letters (text._letters) allow a word they need, decide every line as the tests over the
    lower-cased line do: on random lines of furniture words in any case, prices, dates, reading
    times, and the characters that lower-case to ASCII letters or that ignoring case equates."""
    import random

    from drift import lang as _lang
    from drift.text import _CONSENT, _WORD_TESTS, _consent, _furniture, _letters, _teaser_marker

    rng = random.Random(8)
    for code in _lang.supported():
        t = _lang.text_tables(code)
        words = _WORD_TESTS[code]
        pieces = [*sorted(t.furniture_words), "cookie", "Cookies", "cookie-banner", "consent", "Einwilligung",
                  "privacy settings", "abo", "probeabo", "©", "datenschutzerklärung", "werbung", *t.teaser_markers,
                  "5 min read", "5minread", "3 minlesen", "2minutenlesezeit", "7 minutesread", "Lesezeit: 4 min", "reading time: 3 min", "4 Minuten lesen", "lesedauer",
                  "read", "lese", "min", "für nur 0,99 €", "$4.99 a month", "9,99 € im Monat", "5 euroim Monat",
                  "5 EURjemonat", "3 Euro", "10 dollars", "2 USD", "2 uſd", "ſ", "€", "$", "£", "eur", "Euro",
                  "19.10.2024", "08:15", "2024-10-19", "11.30 Uhr", "12. Oktober 2024", "Oktober 12, 2024", "3000",
                  "11.000", "Bis zu", "Foto:", "Bild:", "Quelle:", "Stand:", "Veröffentlicht", "updated", "İ", "\u212a",
                  "K", "k", "ä", "Ä", "ß", "²", "¼", "é", "Σ", " ", " ", " ", "-", ":", ".", ",", "(", ")", "„", "“",
                  "\u00a0", "\t", "|", "/", "+", "_", "x", "Der", "und", "die", "Jetzt", "JETZT", "testen", "monat"]
        for _ in range(6000):
            line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
            line = "".join(c.upper() if rng.random() < 0.1 else c for c in line).strip()
            if not line:
                continue
            letters = _letters(line)
            found = None if letters is None else words.chunks.intersection(letters.split())
            assert _furniture(line, letters, found, t, words) == _furniture_plain(line, code), (code, line)
            assert _consent(line, found) == bool(_CONSENT.search(line.lower())), (code, line)
            assert _teaser_marker(line, t) == _teaser_plain(line, code), (code, line)


def test_letters_show_every_ascii_letter_of_the_lower_case() -> None:
    """Only ASCII letters and the characters of text._LOWER_TO_ASCII have an ASCII letter in their
    lower case, only "€", "$", "£" and "ſ" have those, and the furniture words opening with no
    ASCII letter open with a character that only itself has in its lower case."""
    import string

    from drift.text import _LOWER_TO_ASCII, _WORD_TESTS

    chars = list(EVERY_CHARACTER)
    assert {c for c in chars if any(x in string.ascii_letters for x in c.lower())} == \
        set(string.ascii_letters + _LOWER_TO_ASCII)
    openers = "".join(w.openers for w in _WORD_TESTS.values())
    for sign in "€$£ſ" + openers:
        assert [c for c in chars if sign in c.lower()] == [sign]


def test_document_lower_case_shows_what_each_character_lower_cased_shows() -> None:
    """text.lower_document lower-cases ASCII as bytes and replaces the few other letters that
    lower-case into a-z, ä, ö, ü or ß: on every character (but those text.lower_words refuses)
    it shows the same such letters, word characters and blanks as lower-casing each character."""
    import re

    import regex

    from drift.text import _CASE_ODD_LETTERS, lower_document

    chars = "".join(c for c in EVERY_CHARACTER if c not in _CASE_ODD_LETTERS)
    each = "".join(map(str.lower, chars))
    low = lower_document.__wrapped__(chars)
    assert low is not None and len(low) == len(each) == len(chars)

    def shown(s: str) -> str:  # the letters of words as they are, blanks as " ", other word characters as 1
        s = regex.sub(r"(?![a-zäöüß])\w", "\x01", re.sub(r"\s", " ", s))
        return regex.sub(r"[^a-zäöüß \x01]", "\x00", s)

    assert shown(low) == shown(each)
    assert regex.sub(r"\S", "x", low) == regex.sub(r"\S", "x", each)
    assert lower_document.__wrapped__("Straße ÄÖÜ \u1e9e \u212a X") == "straße äöü ß k x"
    assert lower_document.__wrapped__("Ein langes \u017f") is None
