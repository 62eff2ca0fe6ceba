"""Tests pinning drift.text's fast paths to the plainer readings they replace."""

from __future__ import annotations

import re


def test_clause_break_lower_matches_the_source() -> None:
    """text._CLAUSE_BREAK_LOWER, each conjunction opening with its letter and looking behind for the
    blank, finds what _CLAUSE_BREAK_SOURCE finds over lower-cased text, from every start and up to
    every end, and _CLAUSE_BREAK_LAST the same last break."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from drift.text import _CLAUSE_BREAK_LAST, _CLAUSE_BREAK_LOWER, _CLAUSE_BREAK_SOURCE

    plain = re.compile(_CLAUSE_BREAK_SOURCE, re.X)
    plain_last = re.compile(rf"(?s:.*)({_CLAUSE_BREAK_SOURCE})", re.X)
    pieces = st.sampled_from([" ", "-", "–", ",", "und", "and", "x", "\t", "\u00a0", "(", "während", "ab",
                              "aber", "a", "u", "wobei", "while", "weil", "doch", "dass", "d", "but", "b"])

    @settings(max_examples=500, deadline=None)
    @given(st.lists(pieces, max_size=14), st.data())
    def check(parts: list[str], data: st.DataObject) -> None:
        text = "".join(parts)
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
    import sys

    from drift.text import _CLAUSE_ODD, _CLAUSE_ODD_LOWER

    for ch in _CLAUSE_ODD.findall("".join(map(chr, range(sys.maxunicode + 1)))):
        assert any(odd in ch.lower() for odd in _CLAUSE_ODD_LOWER), hex(ord(ch))


def test_sentence_ends_are_the_pattern_matches() -> None:
    """text._sentence_ends, scanning with ``re`` and testing the capital after a stop with ``regex``
    only when it is not ASCII, finds the matches of _SENT_END.finditer, with the same blanks."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from drift.text import _SENT_END, _sentence_ends

    pieces = st.sampled_from([".", "!", "?", "…", "..", " ", "  ", "\n", "\x1c", "\u00a0", "\u2028", "\t", "\"",
                              "„", "“", "”", "»", "«", "'", "’", "‚", "(", ")", "[", "]", "A", "Z", "a", "ä",
                              "Ä", "Σ", "σ", "5", "\u0663", "\U00011f50", "ǅ", "Ⅷ", "x", "Dr", "-"])

    @settings(max_examples=1000, deadline=None)
    @given(st.lists(pieces, max_size=16), st.data())
    def check(parts: list[str], data: st.DataObject) -> None:
        text = "".join(parts)
        start = data.draw(st.integers(0, len(text)))
        assert [(m.span(), m.span(1)) for m in _sentence_ends(text, start)] == \
            [(m.span(), m.span(1)) for m in _SENT_END.finditer(text, start)]

    check()


def test_sentence_end_blanks_are_those_of_regex() -> None:
    """text._BLANK, the blank of _SENT_END_RE, is every character ``regex`` reads as ``\\s`` and no other."""
    import sys

    import regex

    from drift.text import _BLANK

    blank = re.compile(_BLANK)
    chars = "".join(map(chr, range(sys.maxunicode + 1)))
    assert blank.findall(chars) == regex.findall(r"\s", chars)
