"""Lines, sentences, clauses and page furniture, with offsets into the original text.

A scraped news page is a sequence of lines: headings, paragraphs, banner lines, teaser blocks.
:func:`segment` cuts the body into sentences (never across a line break), flags the lines that are
page furniture (cookie and paywall banners, reading times, date stamps, photo credits, and every
line after a teaser marker such as "Mehr zum Thema" or "Read more"), and marks headings (short lines
without closing punctuation).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import regex

from drift import lang as _lang

__all__ = ["Sentence", "before_word", "clause_bounds", "contains_any", "guarded_lower", "guarded_starts",
           "lower_document", "lower_guard", "lower_words", "phrase_trie", "segment"]


@attrs.frozen
class Sentence:
    """A sentence of a document: offsets into the text, its line, and what kind of line that is."""

    start: int
    end: int
    line: int
    heading: bool = False
    furniture: bool = False
    paragraph_start: bool = False


_LINE = regex.compile(r"[^\n]*(?:\n|\Z)")
#: a sentence end, and in group 1 the blanks after it (every blank that ``str.isspace`` knows too)
_SENT_END = regex.compile(r"""[.!?…]+["“”»«'’)\]]*(?=(\s+)["„“»«'‚(\[]?[\p{Lu}\d])""")
#: a blank as ``regex`` reads ``\s``, for ``re`` (which reads four more characters as blanks)
_BLANK = r"[^\S\x1c-\x1f]"
#: _SENT_END for ``re``, whose scan for the stops is several times faster: its blanks are the blanks
#: of ``regex`` (``re`` counts four more), and for the capital or digit it takes an ASCII one or any
#: other character (in group 2), which :func:`_sentence_ends` then tests as ``regex`` does; the
#: first stop is a set of its own (not ``[.!?…]+``): ``re`` skips ahead only to a set the pattern opens with
_SENT_END_RE = re.compile(rf"""[.!?…][.!?…]*["“”»«'’)\]]*(?=({_BLANK}+)["„“»«'‚(\[]?([A-Z0-9]|[^\x00-\x7f]))""")
#: the same for a text with no stop but the full stop: ``re`` skips to a literal it opens with
#: faster still than to one of a set
_SENT_END_DOT = re.compile(r"\." + _SENT_END_RE.pattern[len("[.!?…]"):])
_CAPITAL_OR_DIGIT = regex.compile(r"[\p{Lu}\d]")
_TOKEN_BEFORE = regex.compile(r"(?r)(\S+)\Z")  # searched backwards: linear on runs of "Dr. Dr. Dr."
_MAX_SENTENCE = 1000  # characters: a longer run-on "sentence" is cut into pieces (docs/robustness.md)
_CLAUSE_CUT = regex.compile(r"(?r)[,;:]\s")
_BLANK_CUT = regex.compile(r"(?r)\s")
_PRICE = regex.compile(r"\d\s?(?:€|\$|£)|(?:€|\$|£)\s?\d|\d\s(?:Euro|EUR|Dollar|USD|euros?|dollars?)\b", regex.I)
_AD_PRICE = regex.compile(r"""(?:für\s+(?:nur|je)|for\s+(?:only|just)?|nur|just|only|from|ab)\s*
                              (?:(?:€|\$|£)\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|euro\b|eur\b))""", regex.X | regex.I)
#: a price per period ("9,99 € im Monat", "$1 a week") is an offer only with an offer word on the line
_PERIOD_PRICE = regex.compile(r"""(?:€|\$|£)\s?\d[\d.,]*\s*(?:a|per|/|each)\s*(?:month|week|year|day)\b
                            |\d[\d.,]*\s?(?:€|euro|eur)\s*(?:im|pro|je|/)\s*(?:monat|woche|jahr|tag)\b
                            |\d[\d.,]*\s?(?:€|euro|eur)\s*(?:monatlich|wöchentlich|jährlich|mtl\.)""", regex.X | regex.I)
_OFFER = regex.compile(r"""(?i)\b(?:danach|testen|abo\w*|abonn\w*|kündbar|gratis|kostenlos|probe\w*|digital|e-paper
                           |subscri\w*|trial|cancel\w*|unlimited|first|ersten|newsletter|sign\s+up|jetzt)\b|\+""", regex.X)
_DATEISH = regex.compile(r"""\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\d{1,2}\.\d{2}\s?Uhr
                             |\b\d{1,2}\.?\s\p{L}+\.?,?\s\d{4}\b|\b\p{L}+\.?\s\d{1,2},?\s\d{4}\b""", regex.X)
_LETTERS = regex.compile(r"\p{L}{2,}")
# compiled once: the module-level regex functions cost a cache lookup per call, on every line
_WORDS = regex.compile(r"[\w\-:©]+")
#: the same in ``re``, which finds them about twice as fast: its ``\w`` is that of ``regex`` on Latin
#: letters, punctuation and currency signs but for "²", "³", "¹", "¼"-"¾" and three joiners; a line
#: with any of those or with other characters (_WORDS_ODD) is read by ``regex``
_WORDS_RE = re.compile(_WORDS.pattern)
_WORDS_ODD = re.compile(r"[^\x00-\xb1\xb4-\xb8\xba\xbb\xbf-\u024f\u2000-\u200b\u200e-\u203e\u2041-\u2053\u2055-\u206f"
                        r"\u20a0-\u20c0]")
_READ_MIN = regex.compile(r"\b\d+\s?(?:min|minutes?|minuten)\.?\s*(?:read|lesezeit|lesen)\b")
_READING_TIME = regex.compile(r"\b(?:read|reading time|lesezeit|lesedauer)\W+\d+\s?min")
_NOT_A_TOPIC = regex.compile(r"[.!?,;\d]")
_CONSENT = regex.compile(r"(?<!\w)(?:cookie|cookies|cookie-\w+|consent|einwilligung|privacy settings)(?!\w)")
_INITIAL = regex.compile(r"\p{L}\.")
_INITIALS = regex.compile(r"(?:\p{L}\.){2,}")
_NEXT_TOKEN = regex.compile(r"\s+(\S+)")


def word_starts(phrases: Iterable[str], k: int = 4, spaced: Iterable[str] = ()) -> str:
    """A regex matching wherever one of ``phrases`` (or of ``spaced``, each followed by a blank)
    could start: their first ``k`` characters as a trie, a blank in a phrase read as ``\\s+``.

    Put in a lookahead before a long alternation of the same phrases, it rejects most positions
    with a test or two instead of one per phrase, and never changes what the alternation matches
    (the pattern's flags apply to both; inside a lookahead the order of branches does not matter).
    """
    return _emit(_trie(phrases, k, spaced))


def _trie(phrases: Iterable[str], k: int, spaced: Iterable[str]) -> dict[str, Any]:
    """The first ``k`` characters of ``phrases`` and ``spaced`` (see :func:`word_starts`) as a tree
    of regex pieces; ``""`` marks a node where a whole prefix ends."""
    def pieces(word: str, blank: bool) -> list[str]:
        out = [r"\s+" if c == " " else regex.escape(c) for c in word[:k]]
        return out + [r"\s"] if blank and len(word) < k else out

    tree: dict[str, dict[str, Any]] = {}
    for word, blank in [*((p, False) for p in phrases), *((p, True) for p in spaced)]:
        node = tree
        for piece in pieces(word, blank):
            node = node.setdefault(piece, {})
        node[""] = {}  # a whole prefix: whatever follows
    return tree


def phrase_trie(phrases: Iterable[str]) -> str:
    r"""An alternation of the whole of ``phrases`` (a blank read as ``\s+``) as a trie: one test per
    character instead of one per phrase. A phrase that begins a longer one is tried after it, so
    either may be the one that matches there; ``(?!)`` for no phrases."""
    phrases = list(phrases)

    def emit(node: dict[str, Any]) -> str:
        branches = [piece + emit(child) for piece, child in sorted(node.items()) if piece]
        return "(?:" + "|".join(branches) + ("|" if "" in node else "") + ")" if branches else ""

    return emit(_trie(phrases, max(map(len, phrases), default=0), ())) or "(?!)"


def _emit(node: dict[str, Any]) -> str:
    if "" in node:
        return ""
    branches = [piece + _emit(child) for piece, child in sorted(node.items())]
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


#: characters the lower-case guards are checked for (tests/test_when.py): lower-casing keeps their
#: number, and ignoring case equates each with no letter but its lower case ("ſ" for "s", "İ" for
#: "i", the Kelvin sign for "k" are not here), and ``re`` counts every blank ``regex`` counts
UNGUARDED = regex.compile(r"[^\x00-\x7f\u00a0äöüÄÖÜß„“”‚‘’«»–—…€£°]")
_UNGUARDED = re.compile(UNGUARDED.pattern)  # the same set: ``re`` scans for it several times faster


def lower_guard(phrases: Iterable[str], k: int = 4, spaced: Iterable[str] = (), prefix: str = "",
                then: str = "") -> re.Pattern[str]:
    """The :func:`word_starts` lookahead of ``phrases`` in lower case, for the standard ``re`` over
    lower-cased text (``prefix``, a lower-case ``re`` alternative such as a count before a unit,
    joins it): see :func:`guarded_starts`. ``then``, a lower-case ``re``, must match too where the
    guard holds: a looser copy of the guarded pattern spares trying it where it cannot match."""
    low, low_spaced = [p.lower() for p in phrases], [p.lower() for p in spaced]
    tree = _trie(low, k, low_spaced)
    if "" in tree or r"\s+" in tree or r"\s" in tree or prefix and not prefix.startswith(r"\d"):
        # an empty phrase, one opening with a blank, or a prefix of unknown start: every position
        # is tried, the trie in a lookahead
        also = f"(?={then})" if then else ""
        return re.compile(f"(?=(?:{prefix}|{_emit(tree)})){also}" if prefix else f"(?={_emit(tree)}){also}")
    # Each branch consumes the one character its phrases open with and looks ahead for the rest of
    # the trie (a match is one character long, so ``finditer`` still finds every start). Branches
    # that all open with a literal let ``re`` skip to those characters quickly; a pattern opening
    # with a lookahead is tried in full at every position. A digit opens ``prefix``, read from the
    # digit on by a lookbehind over it, as ``then`` is read from wherever the branch matched.
    branches = [f"{d}(?<=(?={prefix})\\d)" for d in "0123456789"] if prefix else []
    branches += [piece if "" in child else f"{piece}(?={_emit(child)})" for piece, child in sorted(tree.items())]
    also = f"(?<=(?={then})(?s:.))" if then else ""
    return re.compile(f"(?:{'|'.join(branches)}){also}")


def guarded_starts(guard: re.Pattern[str], text: str, start: int, end: int) -> list[int] | None:
    """Where ``guard`` (a :func:`lower_guard`) holds in ``text[start:end]``, as offsets into ``text``;
    None when the stretch has a character outside those the guards are checked for.

    A large alternation in ``regex`` opens with a :func:`word_starts` lookahead under ignore-case,
    which ``regex`` tries at every position slowly; ``re`` runs the same trie in lower case over the
    lower-cased text about four times faster. Every position where the ignore-case lookahead holds
    is among these, so trying the pattern only here finds what a scan of every position finds.
    """
    low = guarded_lower(text, start, end)
    return None if low is None else [start + m.start() for m in guard.finditer(low)]


def guarded_lower(text: str, start: int, end: int) -> str | None:
    """``text[start:end]`` in lower case, which :func:`guarded_starts` scans; None when the stretch
    has a character outside those the guards are checked for."""
    stretch = text[start:end]
    if not stretch.isascii() and _UNGUARDED.search(stretch) is not None:  # ASCII is all guarded
        return None
    return stretch.lower()


#: letters that ignoring case (in ``regex``) equates with one of a-z, ä, ö, ü, ß other than by
#: lower-casing: "ſ" with "s", "İ" with "i" (which lower-cases to two characters), and one more
#: (tests/test_when.py checks every character)
_CASE_ODD = regex.compile("[ſİ\U0001DF95]")


_CASE_ODD_LETTERS = _CASE_ODD.pattern[1:-1]  # its letters, one by one


def _case_odd(stretch: str) -> bool:
    """Whether ``stretch`` has a letter of _CASE_ODD: three substring tests, cheaper than a scan by
    the pattern."""
    for odd in _CASE_ODD_LETTERS:
        if odd in stretch:
            return True
    return False


def lower_words(text: str, start: int, end: int) -> str | None:
    """``text[start:end]`` in lower case, to test cheaply that a word every match of an ignore-case
    pattern contains (letters a-z, ä, ö, ü, ß) occurs before running the pattern; None when the
    stretch has a letter for which lower-casing does not show what ignoring case equates."""
    stretch = text[start:end]
    if not stretch.isascii() and _case_odd(stretch):
        return None
    return stretch.lower()


#: the letters besides A-Z that lower-case into one of a-z, ä, ö, ü, ß (but "İ", for which
#: lower_words gives None), with that letter: tests/test_text.py checks every character
_UPPER_INTO_WORDS = (("Ä", "ä"), ("Ö", "ö"), ("Ü", "ü"), ("ẞ", "ß"), ("\u212a", "k"))


@functools.lru_cache(maxsize=2)
def lower_document(text: str) -> str | None:
    """The whole of ``text`` in lower case as far as the patterns and tests of words read it
    (:func:`lower_words`), once per document, not once per figure: a slice of it holds the same
    letters a-z, ä, ö, ü, ß and blanks as the sentence lower-cased alone (only the Greek final
    sigma lower-cases by its context), and a word character where that has one. None when the
    document has a letter for which lower-casing does not show what ignoring case equates.

    Other letters keep their case: ASCII is lower-cased as UTF-8 bytes and the few letters of
    _UPPER_INTO_WORDS are replaced, several times faster than ``str.lower`` reads each character
    of a text that is not ASCII (no other letter lower-cases into a word the patterns look for,
    and every letter is a word character in either case)."""
    if text.isascii():
        return text.lower()
    if _case_odd(text):
        return None
    low = text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    for upper, lower in _UPPER_INTO_WORDS:
        low = low.replace(upper, lower)
    return low


def contains_any(low: str, words: Iterable[str]) -> bool:
    """Does one of ``words`` occur in ``low`` (text lower-cased once, not once per word)? A loop:
    cheaper than ``any`` over a generator, on the hot paths that test words before a pattern."""
    for w in words:
        if w in low:
            return True
    return False


def before_word(phrases: Iterable[str]) -> str:
    r"""``\b`` when every phrase starts with a word character, else ``(?<!\w)``: before a word
    character the two are the same test (no word character just before), and ``regex`` scans for
    ``\b`` several times faster than it tries a lookbehind at every position."""
    return r"\b" if all(_WORD_CHAR.match(p) for p in phrases) else r"(?<!\w)"


_WORD_CHAR = regex.compile(r"\w")
_STRONG = frozenset({"cookie", "cookies", "datenschutz", "werbung", "werbepartner", "ad-blocker", "adblocker",
                     "werbeblocker", "werbeblockierung", "abo", "abonnement", "abonnieren", "probeabo",
                     "newsletter", "lesezeit", "nutzererlebnis", "exklusiv-artikeln", "einloggen",
                     "privacy", "consent", "advertisement", "subscribe", "subscription", "©", "copyright"})
_DIGIT = regex.compile(r"\d")


def _word_test(words: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """``re`` patterns for lower-case text that find one of ``words`` as a whole match of _WORDS_RE:
    at the start, after a space, and after another character that no match has. On a line where
    ``re`` and ``regex`` agree (no character of _WORDS_ODD), one of them finds something exactly
    when one of the words is among the matches of _WORDS, and without listing them. A space, the
    commonest character before a word, is searched for by itself: ``re`` skips to a literal fast."""
    either = phrase_trie(words) + r"(?![\w\-:©])"
    return re.compile(either), re.compile(" " + either), re.compile(f"[{_SEPARATORS}]{either}")


#: every character but the space that _WORDS_ODD lets through and no match of _WORDS has
_SEPARATORS = "".join(re.escape(c) for c in sorted(
    set(_WORDS_RE.sub("", _WORDS_ODD.sub("", "".join(map(chr, range(0x20c1)))))) - {" "}))
#: for ``bytes.translate`` of UTF-8: each ASCII letter in lower case, a blank for every other byte
#: (those of the characters beyond ASCII too)
_ASCII_LETTERS = bytes(b if 97 <= b <= 122 else b + 32 if 65 <= b <= 90 else 32 for b in range(256))
#: the characters beyond ASCII whose lower case has an ASCII letter: "İ" ("i" and a dot), "K" (Kelvin)
_LOWER_TO_ASCII = "\u0130\u212a"


def _letters(line: str) -> bytes | None:
    """The ASCII letters of ``line`` in lower case, every other character one blank or more (one
    per byte of its UTF-8); None when the line has a character of _LOWER_TO_ASCII.

    Lower-casing turns no other character into an ASCII letter and every ASCII letter into one, so
    each run of ASCII letters in the line in lower case is here too, with blanks (or the ends) on
    either side where it has no letter there: a word or phrase of ASCII letters the lower-cased
    line has, or has as a whole word, may be looked for here first, in C and without lower-casing
    the line (tests/test_text.py compares the tests with the lower-cased ones)."""
    for c in _LOWER_TO_ASCII:
        if c in line:
            return None
    return line.encode().translate(_ASCII_LETTERS)


#: the words of _CONSENT as _letters shows them, each a whole chunk ("cookie-banner", "privacy settings")
_CONSENT_WORDS = frozenset({b"cookie", b"cookies", b"consent", b"einwilligung", b"privacy"})
#: the chunks of _letters a match of _READ_MIN or _READING_TIME leaves: its word for reading
#: ("reading" of "reading time"), by itself or run together with the minutes before it
_READ_WORDS = frozenset({w.encode() for w in ("read", "reading", "lesezeit", "lesedauer", "lesen")}
                        | {(m + w).encode() for m in ("min", "minute", "minutes", "minuten")
                           for w in ("read", "lesezeit", "lesen")})
#: the chunks of _letters a dollar price of _PRICE leaves (a euro price of _PERIOD_PRICE may run
#: on into other letters: "eur" is looked for anywhere)
_DOLLAR_WORDS = frozenset({b"dollar", b"dollars", b"usd"})


@attrs.frozen
class _WordTest:
    """A language's furniture words (with _STRONG) in the forms that find them among a line's words."""

    openings: frozenset[bytes]  # of each word its ASCII letters up to the first other character
    openers: str  # the first characters of the words that open with no ASCII letter (uncased: "©")
    chunks: frozenset[bytes]  # these and the other chunks of _letters segment looks for
    patterns: tuple[re.Pattern[str], ...]  # the :func:`_word_test`

    @classmethod
    def from_words(cls, words: Iterable[str]) -> _WordTest:
        words = sorted(words)
        openings = frozenset({_OPENING.match(w).group().encode() for w in words} - {b""})  # type: ignore[union-attr]
        openers = "".join(sorted({w[0] for w in words if not _OPENING.match(w).group()}))  # type: ignore[union-attr]
        return cls(openings, openers, openings | _CONSENT_WORDS | _READ_WORDS | _DOLLAR_WORDS, _word_test(words))

    def may_hold(self, line: str, found: frozenset[bytes] | None) -> bool:
        """Whether one of the words may be among the words of ``line`` in lower case (by _WORDS or
        _WORDS_RE), ``found`` being the chunks of :func:`_letters` of the line among ``chunks``:
        no character such a match has but "-", ":" and "©" is an ASCII letter or becomes one in
        lower case, so every one of the words there leaves its opening as a chunk."""
        if found is None or not found.isdisjoint(self.openings):
            return True
        for c in self.openers:  # a scan in C
            if c in line:
                return True
        return False


_OPENING = re.compile("[a-z]*")
_WORD_TESTS = {code: _WordTest.from_words(_STRONG | _lang.text_tables(code).furniture_words)
               for code in _lang.supported()}
#: what a line in lower case starts with when it is a credit, a date stamp or a reading time
_FURNITURE_OPENINGS = ("lesezeit", "reading time", "foto:", "bild:", "photo:", "image:", "quelle:", "aktualisiert",
                       "updated", "published", "veröffentlicht", "stand:")
_FURNITURE_OPENING = max(map(len, _FURNITURE_OPENINGS))  # characters: no more are lower-cased to test them
_FURNITURE_OPENING_LETTERS = tuple(_OPENING.match(w).group().encode() for w in _FURNITURE_OPENINGS)  # type: ignore[union-attr]
#: what every match of _DATEISH has, one of its alternatives each: a date with stops, an ISO date,
#: a clock time, a time with "Uhr", and a year after another number and words
_DATE_NEEDS = regex.compile(r"\d\.\d{1,2}\.\d|\d{4}-\d|\d:\d\d|\d\.\d\d\s?Uhr|\d\D*\s\d{4}")


def _furniture(stripped: str, letters: bytes | None, found: frozenset[bytes] | None, t: _lang.TextTables,
               words: _WordTest) -> bool:
    """Whether a line (without its surrounding blanks) is page furniture: banner, offer, reading
    time, photo credit, date stamp. ``letters`` is :func:`_letters` of the line and ``found`` its
    chunks among ``words.chunks``: the line is lower-cased only when they allow a word it needs."""
    score = 0
    low = ""
    if words.may_hold(stripped, found):
        low = stripped.lower()
        odd = not low.isascii() and _WORDS_ODD.search(low) is not None  # no ASCII character is odd
        test = words.patterns
        if odd or test[0].match(low) or test[1].search(low) or test[2].search(low):
            found_words = (_WORDS if odd else _WORDS_RE).findall(low)
            if not (_STRONG.isdisjoint(found_words) and t.furniture_words.isdisjoint(found_words)):
                for w in found_words:
                    if w in _STRONG:
                        score += 2
                    elif w in t.furniture_words:
                        score += 1
    # the price patterns are tried only on short lines with a digit and a currency, which they all
    # need ("uſd": the long s matches "s" ignoring case; no other character is "ſ", "€", "$" or "£"
    # in lower case)
    money = len(stripped) < 200 and ("€" in stripped or "$" in stripped or "£" in stripped or "ſ" in stripped
                                     or found is None or not found.isdisjoint(_DOLLAR_WORDS)
                                     or letters is None or b"eur" in letters) and _DIGIT.search(stripped) is not None
    if money and (_AD_PRICE.search(stripped) or _PERIOD_PRICE.search(stripped) and _OFFER.search(stripped)):
        score += 3  # "für nur 0,99 €", "from £4.99 a month": an offer, not a paragraph about money
    elif money and len(stripped) < 160 and _PRICE.search(stripped):
        score += 1
    if (letters is None or letters.startswith(_FURNITURE_OPENING_LETTERS)) \
            and stripped[:_FURNITURE_OPENING].lower().startswith(_FURNITURE_OPENINGS):
        return True
    if found is None or not found.isdisjoint(_READ_WORDS):
        low = low or stripped.lower()
        if _READ_MIN.search(low) or _READING_TIME.search(low):
            return True
    if len(stripped) < 60 and _DATE_NEEDS.search(stripped):
        rest = _DATEISH.sub(" ", stripped)
        if rest != stripped and len(_LETTERS.findall(rest)) <= 2:
            return True  # a date or time stamp line ("29.10.2024 07:04", "26. November, 2024")
    return score >= 3


def _teaser_marker(stripped: str, t: _lang.TextTables) -> bool:
    """"Mehr zum Thema", "Read more:", and a marker with a short topic after it ("Mehr aus
    Brandenburg", "Related coverage"): a line (without its surrounding blanks) of at most four
    words opening a list of other articles."""
    line = stripped.rstrip(":.!")
    if len(line) > 60:
        return False  # lower-casing keeps ":.!" and shortens nothing
    low = line.lower()
    if not low or len(low) > 60 or not low.startswith(t.teaser_markers):
        return False  # every test below needs the line to open with a marker
    for m in t.teaser_markers:
        if low == m or low.startswith(m + ":"):
            return True
        if low.startswith(m + " ") and len(low.split()) <= len(m.split()) + 3 \
                and not _NOT_A_TOPIC.search(low):
            return True
    return False


def _consent(stripped: str, found: frozenset[bytes] | None) -> bool:
    """A line that names cookies or consent settings: its whole block (a run of at most five
    non-blank lines between blank lines) is a consent banner ("Wir und unsere 143 Partner ...").
    ``found``: the line's chunks of :func:`_letters` among those segment looks for."""
    if found is not None and found.isdisjoint(_CONSENT_WORDS):
        return False  # what _CONSENT needs, with no letter on either side: a chunk of _letters
    return bool(_CONSENT.search(stripped.lower()))


def _sentence_ends(text: str, start: int) -> list[re.Match[str]]:
    """The matches of ``_SENT_END.finditer(text, start)``, found by ``re``: _SENT_END_RE matches
    wherever _SENT_END does, with the same offsets and blanks, and elsewhere only where the
    character it takes for the capital or digit is not ASCII and is neither. Its stops and closing
    marks are never taken by anything after them, so where ``re`` rejects such a match, ``regex``,
    trying each stop of the run, finds none there either (tests/test_text.py compares the two)."""
    other_stops = text.find("!", start) >= 0 or text.find("?", start) >= 0 or text.find("…", start) >= 0
    return [m for m in (_SENT_END_RE if other_stops else _SENT_END_DOT).finditer(text, start)
            if m.group(2) < "\x80" or _CAPITAL_OR_DIGIT.match(m.group(2)) is not None]


def _sentences(text: str, start: int, end: int, ends: Iterable[re.Match[str]], t: _lang.TextTables,
               months: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as offsets, split at ``ends`` (the matches of
    ``_SENT_END.finditer(text, start, end)``) except after abbreviations, initials and day numbers."""
    s = start
    for m in ends:
        stop = m.end()
        at = m.start() + 1
        # the word before the stop: after the last space, unless a blank of another kind (none of
        # them printable) is between; else, or when it is long, searched backwards (linear on runs
        # of "Dr. Dr. Dr.")
        space = text.rfind(" ", max(s, at - 40), at)
        tok = text[space + 1:at] if space >= 0 else ""
        if not tok or not tok.isprintable():
            before = _TOKEN_BEFORE.search(text, s, at)
            tok = before.group(1) if before else ""
        tok = tok.lower()
        if tok in t.abbreviations or tok[1:2] == "." and (_INITIAL.fullmatch(tok) or _INITIALS.fullmatch(tok)):
            continue  # initials ("J.", "U.S.") have their first stop second
        if tok[:-1].isdigit() and tok.endswith("."):
            nxt = _NEXT_TOKEN.match(text[stop:stop + 30])
            if nxt and nxt.group(1).lower().rstrip(".,") in months:
                continue  # "26. November"
        yield s, stop
        s = m.end(1)  # past the blanks after the stop: a capital or digit follows them
    if s < end and (not text[end - 1].isspace() or text[s:end].strip()):  # a line's text ends unblank
        yield s, end


def _capped(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """The sentence ``[s, e)`` in pieces of at most ``_MAX_SENTENCE`` characters.

    A run-on line (a table row, a list, a page without punctuation, hostile input) is cut after
    its last clause mark, else at its last blank, in the second half of the allowed length, else
    at the limit; the work extraction does per sentence then stays bounded, and the whole is
    linear in the length of the text. No sentence of ordinary prose is this long.
    """
    while e - s > _MAX_SENTENCE:
        lo, hi = s + _MAX_SENTENCE // 2, s + _MAX_SENTENCE
        m = _CLAUSE_CUT.search(text, lo, hi)
        if m is not None:
            cut, resume = m.start() + 1, m.start() + 1
        else:
            m = _BLANK_CUT.search(text, lo, hi)
            cut, resume = (m.start(), m.start()) if m is not None else (hi, hi)
        while cut > s and text[cut - 1].isspace():
            cut -= 1
        yield s, cut
        s = resume
        while s < e and text[s].isspace():
            s += 1
    if s < e:
        yield s, e


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """The lines from ``start`` on as ``(start, end)``, each with its line break: the matches of
    ``_LINE`` that start before the end of the text, found by splitting at the breaks."""
    out = []
    for part in text[start:].split("\n"):
        end = start + len(part) + 1  # with its line break
        if end > len(text):  # the last part: no break after it, and nothing when it is empty
            if part:
                out.append((start, len(text)))
            break
        out.append((start, end))
        start = end
    return out


def segment(text: str, lang: str, body_start: int = 0) -> list[Sentence]:
    """The body's sentences, each flagged as heading or furniture by its line."""
    t = _lang.text_tables(lang)
    lt = _lang.get(lang)
    months = frozenset(lt.months)
    words = _WORD_TESTS[lt.code]
    out: list[Sentence] = []
    teaser = False
    prev_blank = True
    lines = _lines(text, body_start)
    # each line without its surrounding blanks ("" for a blank line), its ASCII letters, and the
    # chunks of those the tests below look for
    trimmed = [line.strip() for line in text[body_start:].split("\n")[:len(lines)]]  # the parts of _lines
    letters = [_letters(line) if line else b"" for line in trimmed]
    found = [None if chunks is None else words.chunks.intersection(chunks.split()) for chunks in letters]
    banner: set[int] = set()
    block: list[int] = []
    consent = False
    for n, (ls, le) in enumerate(lines + [(len(text), len(text))]):
        if n == len(lines) or not trimmed[n]:
            if consent and len(block) <= 5:
                banner.update(block)  # a short block set apart by blank lines, not a whole page
            block, consent = [], False
            continue
        block.append(n)
        consent = consent or (le - ls < 400 and _consent(trimmed[n], found[n]))
    # the sentence ends of the whole body, read at once: none spans a line break, and one before the
    # end of its line's text is one that searching the line alone finds (the blanks after it and
    # the capital they lead to are in the line); one at the end of the line is not
    ends = _sentence_ends(text, body_start)
    k = 0
    for n, (ls, le) in enumerate(lines):
        if not trimmed[n]:
            prev_blank = True
            continue
        if _teaser_marker(trimmed[n], t):
            teaser = True
        furniture = teaser or n in banner or _furniture(trimmed[n], letters[n], found[n], t, words)
        lead = le - ls - len(text[ls:le].lstrip())
        stop = ls + lead + len(trimmed[n])  # the end of the line without its blanks
        heading = stop - ls < 120 and not trimmed[n].endswith((".", "!", "?", ":", "“", "\"", "”", "«", ";"))
        while k < len(ends) and ends[k].start() < ls:
            k += 1  # the end of a line before
        k0 = k
        while k < len(ends) and ends[k].end() < stop:
            k += 1
        first = True
        for whole in _sentences(text, ls + lead, stop, ends[k0:k], t, months):
            for s, e in _capped(text, *whole) if whole[1] - whole[0] > _MAX_SENTENCE else (whole,):
                out.append(Sentence(s, e, n, heading, furniture, first and (prev_blank or heading)))
                first = False
        prev_blank = False
    return out


#: the conjunctions that open a clause, between blanks
_CONJUNCTIONS = ("und", "aber", "doch", "sondern", "dass", "weil", "während", "wobei",
                 "and", "but", "while", "whereas", "because", "although")
_BREAK_MARKS = r"[,;:()\[\]–—]|\s-\s"  # punctuation, brackets, dashes and a hyphen between blanks
_CLAUSE_BREAK_SOURCE = rf"""{_BREAK_MARKS}|(?<=\s)(?:{'|'.join(_CONJUNCTIONS)})(?=\s)"""
_CLAUSE_BREAK = regex.compile(_CLAUSE_BREAK_SOURCE, regex.X | regex.I)


_CLAUSE_BREAK_BACK = regex.compile("(?r)" + _CLAUSE_BREAK_SOURCE, regex.X | regex.I)
#: where ``re`` over the lower-cased text may match otherwise than ``_CLAUSE_BREAK``: four control
#: characters ``re`` counts as blanks and ``regex`` does not, "İ" (two characters in lower case) and
#: "ſ" ("s" ignoring case); every other character of Unicode is checked to be alike
_CLAUSE_ODD = re.compile(r"[\x1c-\x1f\u0130\u017f]")
#: what shows in the lower-cased text where a character of _CLAUSE_ODD was ("İ" gives "i" and U+0307)
_CLAUSE_ODD_LOWER = "\x1c\x1d\x1e\x1f\u0307\u017f"


def _clause_break_lower() -> str:
    """``_CLAUSE_BREAK_SOURCE`` for ``re`` over lower-cased text, each conjunction opening with its
    first letter and looking behind for the blank before it (the same test as the lookbehind
    first): every alternative opens with a literal or a set, which ``re`` rules out at a position
    with one test instead of entering the alternative."""
    by_first: dict[str, list[str]] = {}
    for word in _CONJUNCTIONS:
        by_first.setdefault(word[0], []).append(word[1:])
    conjunctions = [f"{c}(?<=\\s{c})(?:{'|'.join(rests)})(?=\\s)" for c, rests in sorted(by_first.items())]
    return "|".join([_BREAK_MARKS, *conjunctions])


_CLAUSE_BREAK_LOWER = re.compile(_clause_break_lower())  # over lower-cased text
#: the break that starts last: the longest run before it, given back one character at a time
_CLAUSE_BREAK_LAST = re.compile(f"(?s:.*)({_CLAUSE_BREAK_LOWER.pattern})")


def _clause_left(text: str, start: int, pos: int) -> int:
    """The end of the last match of ``_CLAUSE_BREAK.finditer(text, start, pos)``, else ``start``.

    Searched backwards from ``pos``: the matches ``finditer`` finds never overlap one another, a
    punctuation mark, a conjunction between blanks and a " - " sharing no character, so the last is
    the one ending last, which the reverse search finds first. Only two " - " can share a blank
    (" - - "): ``finditer`` then takes the first and skips the second, so a " - " found backwards
    is checked the forward way (tests/test_extract.py compares both)."""
    last = _CLAUSE_BREAK_BACK.search(text, start, pos)
    if last is None:
        return start
    end: int = last.end()
    if end - last.start() != 3 or text[last.start() + 1] != "-":
        return end
    left = start
    for m in _CLAUSE_BREAK.finditer(text, start, pos):
        left = m.end()
    return left


def _clause_plain(low: str) -> bool:
    """No character of _CLAUSE_ODD where ``low`` was lower-cased from: one ``in`` per character it
    may show as, each a scan in C far cheaper than a pattern's."""
    for odd in _CLAUSE_ODD_LOWER:
        if odd in low:
            return False
    return True


def clause_bounds(text: str, start: int, end: int, pos: int, pos_end: int | None = None) -> tuple[int, int]:
    """The clause around ``pos`` inside the sentence ``[start, end)``: the stretch between the
    nearest clause breaks (punctuation, quotes, conjunctions such as und/dass/and) on either side."""
    pos_end = pos if pos_end is None else pos_end
    lo = max(start - 1, 0)  # with the character before: the blank before a conjunction may be there
    low = text[lo:end].lower() if start <= pos <= end and pos_end >= start else ""
    if low and _clause_plain(low):
        # ``re`` over the lower-cased sentence, several times faster than ``regex`` ignoring case,
        # and the same matches where no character of _CLAUSE_ODD is: those of ``finditer`` before
        # the figure, the first after it
        left = start
        last = _CLAUSE_BREAK_LAST.match(low, start - lo, pos - lo)
        if last is not None:  # the break starting last is the last of ``finditer`` (see _clause_left)
            left = lo + last.end()
            if last.end() - last.start(1) == 3 and low[last.start(1) + 1] == "-":
                for brk in _CLAUSE_BREAK_LOWER.finditer(low, start - lo, pos - lo):
                    left = lo + brk.end()
        after = _CLAUSE_BREAK_LOWER.search(low, pos_end - lo)
        return left, lo + after.start() if after else end
    left = _clause_left(text, start, pos)
    right = end
    m = _CLAUSE_BREAK.search(text, pos_end, end)
    if m:
        right = m.start()
    return left, right
