"""What a figure counts: the counted noun, its lemma, distinguishing modifiers and predicate.

German and English differ in where the information sits, so each step reads the language's
tables (:mod:`drift.lang`) and works on word tokens with offsets:

- the noun after the figure, past adjectives (``10.000 nordkoreanische Soldaten``, ``1,500 North
  Korean troops``), hyphen compounds (``Nordkorea-Soldaten``: head ``Soldaten``, modifier
  ``north-korea``), coordination (``Soldaten und Offiziere``), ``of``/``von`` after vague counts;
- the noun before the figure (``die Zahl der ... Soldaten auf 10.000``, ``the number of ... at
  10,000``, ``the death toll rose to 47``);
- the predicate that defines the quantity (``getötet oder verwundet``, ``killed``, ``missing``);
- places in the clause that say whose or where from (``aus Nordkorea``, ``Nordkorea habe 1500
  Soldaten ... verlegt``), as canonical ids from :mod:`drift.lang.geo`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

from drift import lang as _lang
from drift.text import _UNGUARDED, before_word, phrase_trie, word_starts

__all__ = ["CountedNoun", "Token", "counted_noun", "lemma", "tokens"]


class _TokenFields(NamedTuple):
    """The fields of a :class:`Token`, whose getters it takes."""

    text: str
    start: int
    end: int
    low: str
    is_word: bool
    capitalized: bool


class Token(tuple[str, int, int, str, bool, bool]):
    """A word or punctuation mark with its offsets, and what extraction reads of it many times:
    ``low`` (the token in lower case), ``is_word`` (True for words: letters, digits, hyphens
    inside) and ``capitalized`` (True when it starts with an upper-case letter). Build one from its
    text with :meth:`Token.of`, or from the tuple of its fields: ``Token((text, start, end, low,
    is_word, capitalized))``. A tuple with the getters of a named tuple: immutable, cheaper to build
    than an attrs class, and built by ``tuple``'s own constructor in C, where a named tuple's
    ``__new__`` is a Python function called with the fields one by one (extraction builds one per
    word of every document)."""

    __slots__ = ()
    text = _TokenFields.text
    start = _TokenFields.start
    end = _TokenFields.end
    low = _TokenFields.low
    is_word = _TokenFields.is_word
    capitalized = _TokenFields.capitalized

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Token:
        """The token ``text`` at ``[start, end)``."""
        first = text[:1]
        return cls((text, start, end, text.lower(), first.isalnum(), first.isupper()))

    def __repr__(self) -> str:
        return "Token" + repr(_TokenFields(*self)).removeprefix("_TokenFields")


# a word: letters and digits, with apostrophes and dots inside ("’s", "U.S", "z.B"), hyphen parts and
# a trailing hyphen; else one mark. Written as runs, not as "[\p{L}\p{N}](?:[\p{L}\p{N}’'.]*[\p{L}\p{N}])?",
# which reads the same words but backtracks at the end of each (tests/test_extract.py compares the two)
_TOKEN = regex.compile(r"[\p{L}\p{N}]+(?:[’'.]+[\p{L}\p{N}]+)*(?:[-‐][\p{L}\p{N}]+)*-?|[^\s\p{L}\p{N}]")
_TOKEN_SPLIT = regex.compile(f"({_TOKEN.pattern})")  # split: the blanks between tokens, and the tokens

# Unicode blocks where tokens() runs the standard ``re`` (about twice as fast as ``regex`` here):
# Latin, Greek, Cyrillic, Armenian; Latin and Greek extended, punctuation and symbols.
_PLAIN_BLOCKS = ((0x0000, 0x0590), (0x1E00, 0x3000))


def _plain_class(pattern: str) -> str:
    """The characters of :data:`_PLAIN_BLOCKS` that the ``regex`` class ``pattern`` matches, as
    ranges for a ``re`` class: read off ``regex`` itself, so that the engines agree on every one
    (their Unicode versions differ, and ``re``'s ``\\w`` takes "_", its ``\\s`` four control characters)."""
    ranges = []
    for lo, hi in _PLAIN_BLOCKS:
        for m in regex.finditer(f"{pattern}+", "".join(map(chr, range(lo, hi)))):
            ranges.append(f"\\u{lo + m.start():04x}-\\u{lo + m.end() - 1:04x}")
    return "".join(ranges)


_LETTERS = _plain_class(r"[\p{L}\p{N}]")
_BLANKS = _plain_class(r"\s")
# _TOKEN_SPLIT for text of the plain blocks. Possessive: each run stops where the next part begins
# (a letter is no apostrophe, dot or hyphen), so giving characters back never makes a match. The
# first branch takes the common word that no apostrophe, dot or hyphen follows, which the second
# reads the same (its optional parts match nothing there) at the cost of two possessive loops.
_PLAIN_TOKEN_SPLIT = re.compile(
    rf"([{_LETTERS}]++(?![’'.\-‐])|[{_LETTERS}]++(?:[’'.]++[{_LETTERS}]++)*+(?:[-‐][{_LETTERS}]++)*+-?"
    rf"|[^{_BLANKS}{_LETTERS}])")
_NOT_PLAIN = re.compile("[^" + "".join(f"\\u{lo:04x}-\\u{hi - 1:04x}" for lo, hi in _PLAIN_BLOCKS) + "]")
_first = operator.itemgetter(0)


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with offsets into ``text``."""
    # the hottest step of extraction, so built field by field in C (Token.of spelled out): every
    # character that is not blank is part of a token, so splitting at the tokens leaves the blanks
    # between them, and the running sum of the pieces' lengths gives each token's offsets
    stretch = text[start:end]
    pieces = _PLAIN_TOKEN_SPLIT.split(stretch)
    words = pieces[1::2]
    firsts = list(map(_first, words))
    # the plain split reads a character outside the plain blocks as a mark of its own (it is no
    # blank or letter of theirs), and its words are of plain characters: so the stretch is plain
    # exactly when the tokens' first characters are, a scan of a sixth of its length (ASCII: none)
    if not stretch.isascii() and _NOT_PLAIN.search("".join(firsts)) is not None:
        pieces = _TOKEN_SPLIT.split(stretch)
        words = pieces[1::2]
        firsts = list(map(_first, words))
    at = list(itertools.accumulate(map(len, pieces), initial=start))
    fields = zip(words, at[1::2], at[2::2], map(str.lower, words), map(str.isalnum, firsts),
                 map(str.isupper, firsts))
    return list(map(Token, fields))


@attrs.frozen
class CountedNoun:
    """The noun phrase a figure counts."""

    lemma: str | None
    text: str
    start: int
    end: int
    modifiers: tuple[str, ...] = ()
    predicate: str | None = None


_ADJ_END = ("e", "en", "er", "es", "em")


@functools.cache
def _geo() -> object:
    from drift.lang import geo

    return geo


@functools.lru_cache(maxsize=8192)
def lemma(word: str, lang: str) -> str:
    """The dictionary form of a counted noun (``Soldaten`` -> ``Soldat``, ``troops`` -> ``troop``).

    German compounds take the lemma of their last part when the tables know it
    (``Feuerwehrleute`` -> ``Feuerwehrmann``, ``Kundendatensätze`` -> ``Kundendatensatz``)."""
    t = _lang.text_tables(lang)
    head = word.split("-")[-1] if "-" in word.strip("-") else word
    low = head.lower()
    if low in t.lemmas:
        return t.lemmas[low]
    if lang == "en":
        return _lemma_en(low)
    for n in range(max(3, len(low) - 12), len(low) - 3):
        tail = low[n:]
        if tail in t.compound_heads:
            return head[:n] + t.compound_heads[tail]
        if len(tail) >= 5 and tail in t.lemmas and n >= 3:
            return head[:n] + t.lemmas[tail].lower()
    return _lemma_de(head, t)


def _lemma_en(w: str) -> str:
    if len(w) <= 3 or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("'s"):
        return w[:-1]
    return w


_UMLAUT = str.maketrans("äöü", "aou")
_NEUTER_EN = ("beben", "leben", "verfahren", "unternehmen", "zeichen", "wesen", "vorhaben", "verbrechen",
              "schreiben", "treffen", "wissen", "becken", "kissen", "rennen", "gebäuden", "darlehen",
              "gremien", "mitteln", "zimmern", "daten")


def _lemma_de(word: str, t: _lang.TextTables) -> str:
    """A German plural or inflected noun to its singular: suffix rules, most specific first."""
    w = word
    low = w.lower()
    # nominalised adjectives: "Toten" -> "Toter", "Verletzte" -> "Verletzter", also as the last
    # part of a compound: "Hitzetote" -> "Hitzetoter", "Schwerverletzte" -> "Schwerverletzter"
    for ending in ("en", "e", "er"):
        if low.endswith(ending) and _nominal_adjective(low[: -len(ending)], t.nominal_adjectives):
            return w[: -len(ending)] + "er"
    if low.endswith(_NEUTER_EN):
        return w
    if low.endswith("innen"):
        return w[:-5]
    if low.endswith(("ungen", "heiten", "keiten", "schaften", "ionen", "täten")):
        return w[:-2]
    if low.endswith("agen"):
        return w[:-2] if low.endswith("tagen") else w[:-1]  # Tagen -> Tag, Anfragen -> Anfrage
    if low.endswith(("anten", "enten", "isten", "aten", "oten", "uten", "eten", "sten", "logen")) \
            and not low.endswith(("ogen",)) or low.endswith(("logen",)):
        return _de_umlaut(w[:-2]) if not low.endswith("logen") else w[:-1]
    if low.endswith(("auen", "euen", "ären", "uren")):
        return w[:-2]
    if low.endswith(("ien", "iven")):
        return w[:-1]  # Familien -> Familie, Initiativen -> Initiative
    if low.endswith("ern") and len(low) > 5:
        return w[:-1]  # dative plural "Kindern" -> the plural "Kinder" (no singular rule for -er plurals)
    if low.endswith(("nen", "len", "ren", "ven", "den", "ten", "gen", "sen", "zen", "ken", "pen", "fen", "chen")) \
            and len(low) > 5 and low[-3] == "e" and low[-4] not in "aeiouäöü":
        return w[:-1]  # Initiativen -> Initiative, Brigaden -> Brigade, Stunden -> Stunde
    if low.endswith("en") and len(low) > 4 and low[-3] in "aeiouäöül" and low[-3] != "e":
        return w[:-1]  # Drohnen? (no: handled above) Kugeln ...
    if low.endswith("en") and len(low) > 5:
        return _de_umlaut(w[:-2])  # Verlusten -> Verlust, Datensätzen -> Datensatz (dative plural)
    if low.endswith("e") and len(low) > 4 and low[-2] not in "aeiouäöü" and not low.endswith(("ie", "ee")):
        stem = w[:-1]
        last_vowel = max((i for i, c in enumerate(stem.lower()) if c in "aeiouäöü"), default=-1)
        if last_vowel >= 0 and stem[last_vowel].lower() in "äöü" and not low.endswith(("äge", "ühe")):
            stem = stem[:last_vowel] + stem[last_vowel].translate(_UMLAUT) + stem[last_vowel + 1:]
            if stem[last_vowel - 1:last_vowel + 1].lower() == "au":  # "äu" -> "au"
                pass
        return stem  # Verluste -> Verlust, Tage -> Tag, Pflegekräfte -> Pflegekraft
    return w


def _nominal_adjective(stem: str, known: frozenset[str]) -> bool:
    """``stem`` is a nominalised adjective, or a compound ending in one ("hitzetot")."""
    return stem in known or any(stem.endswith(a) and len(stem) - len(a) >= 3 for a in known if len(a) >= 3)


def _de_umlaut(stem: str) -> str:
    """The singular stem of an umlauted plural stem: the last vowel loses its umlaut ("Sätz" -> "Satz")."""
    last = max((i for i, c in enumerate(stem.lower()) if c in "aeiouäöü"), default=-1)
    if last >= 0 and stem[last].lower() in "äöü":
        return stem[:last] + stem[last].translate(_UMLAUT) + stem[last + 1:]
    return stem


def _strip_adj(word: str) -> str:
    low = word.lower()
    for e in ("em", "en", "er", "es", "e"):
        if low.endswith(e) and len(low) > len(e) + 3:
            return low[: -len(e)]
    return low


#: the place id of each word looked up, or None, per language: a plain dict, so that a clause's
#: words are read in one pass (_actor_places) and each other look-up costs a dictionary read instead
#: of an lru_cache's key tuple and list upkeep; emptied when full, so that memory stays flat
_PLACES: dict[str, dict[str, str | None]] = {c: {} for c in _lang.supported()}
_PLACES_MAX = 8192
_UNSEEN = " "  # what a look-up gives for a word not seen yet: true, unlike None, and no place id (they have no blank)


def _place(word: str, lang: str) -> str | None:
    """The place id of ``word`` (memoised: the same words recur in every clause)."""
    memo = _PLACES[lang]
    place = memo.get(word, _UNSEEN)
    if place is _UNSEEN:
        if len(memo) >= _PLACES_MAX:
            memo.clear()
        geo = _geo()
        try:
            place = geo.place_id(word, lang)  # type: ignore[attr-defined]
        except Exception:  # pragma: no cover - the gazetteer is data; never let it break extraction
            place = None
        memo[word] = place
    return place


def _is_adjective(tok: Token, lang: str) -> bool:
    if lang == "de":
        return not tok.capitalized and tok.low.endswith(_ADJ_END) and tok.low not in _lang.text_tables(lang).stop_words \
            and tok.low not in _lang.text_tables(lang).determiners and len(tok.low) > 3
    return False


def _predicate(text: str, start: int, end: int, lang: str, *, last: bool = False) -> tuple[str | None, int]:
    """The first predicate phrase in ``text[start:end]`` (the last one with ``last``: the one
    nearest a figure after it, "killing 12 people and injuring hundreds") and where it ends."""
    if start >= end:
        return None, -1  # no phrase fits an empty stretch
    window = text[start - 1:end] if start > 0 else " " + text[:end]  # from the character before
    if window.isascii() or _UNGUARDED.search(window) is None:
        # the same pattern in lower case for ``re``, about twice as fast: see _compile_predicates_lower
        lo, text, start, end, pat = start - 1, window.lower(), 0, len(window), _PREDICATES_LOWER[lang]
    else:
        lo, pat = 0, _PREDICATES[lang]
    m = pat.search(text, start, end)
    if last:  # finditer's last match: each search goes on where the match before ended
        while m is not None and (nxt := pat.search(text, m.end(), end)) is not None:
            m = nxt
    if m is None:
        return None, -1
    return _lang.text_tables(lang).predicates[" ".join(m.group(1).lower().split())], lo + m.end()


def predicate_before(text: str, start: int, end: int, lang: str) -> str | None:
    """The predicate phrase nearest before a figure in ``text[start:end]`` ("... and injuring
    hundreds": wounded), or None."""
    return _predicate(text, start, end, lang, last=True)[0]


def predicate_after(text: str, start: int, end: int, lang: str) -> str | None:
    """The predicate phrase right after a noun-less figure, before any other figure in
    ``text[start:end]`` ("12 had died": killed), or None."""
    nxt = _DIGIT.search(text, start, end)
    return _predicate(text, start, nxt.start() if nxt is not None else end, lang)[0]


def _compile_predicates(lang: str) -> regex.Pattern[str]:
    t = _lang.text_tables(lang)
    alt = "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in sorted(t.predicates, key=len, reverse=True))
    # the lookahead (text.word_starts) rejects most positions before trying every phrase
    return regex.compile(rf"{before_word(t.predicates)}(?={word_starts(t.predicates)})({alt})(?!\w)", regex.I)


def _compile_predicates_lower(lang: str) -> re.Pattern[str]:
    """:func:`_compile_predicates` for ``re`` over lower-cased text, searched from the character
    before the stretch. On the characters drift.text.UNGUARDED lets through, lower-casing keeps
    offsets and equates what ignoring case equates, and ``re`` and ``regex`` read ``\\w`` alike;
    blanks are spelled as the ones ``regex`` reads as ``\\s`` (``re`` adds four control characters)."""
    t = _lang.text_tables(lang)
    # the phrases as a trie (text.phrase_trie): one test per character where a lookahead and a
    # longest-first alternation tested each phrase; the phrases that match at a position are
    # prefixes of one another, and either form tries the longer first
    trie = phrase_trie(p.lower() for p in t.predicates).replace(r"\s+", f"[{_BLANKS}]+")
    # the character before, no word character, is what \b or (?<!\w) (text.before_word) asks for,
    # here matched: ``re`` skips quickly to where a pattern opens with a class, and a match ends
    # before a non-word character, so the search after it finds the same next match; word
    # characters spelled as _GUARDED_WORD, a class ``re`` tests in one step where ``\w`` looks up
    # the character's Unicode category
    return re.compile(rf"[^{_GUARDED_WORD}]({trie})(?![{_GUARDED_WORD}])")


#: the word characters (``\w``) among those drift.text.UNGUARDED lets through, in lower case: on
#: lower-cased text of those characters, this class is ``\w`` (tests/test_extract.py checks each)
_GUARDED_WORD = "0-9_a-zßäöü"


_PREDICATES = {c: _compile_predicates(c) for c in _lang.supported()}
_PREDICATES_LOWER = {c: _compile_predicates_lower(c) for c in _lang.supported()}


def _plural_en(tok: Token, t: _lang.TextTables) -> bool:
    low = tok.low
    if low in t.lemmas:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s")) \
        and tok.text[:1].islower()


def _noun_after(toks: Sequence[Token], i: int, lang: str) -> tuple[int, list[str], str | None] | None:
    """Index of the counted noun at or after ``toks[i]``, modifiers on the way, predicate from a
    participle adjective ("verletzte Menschen")."""
    t = _lang.text_tables(lang)
    mods: list[str] = []
    pred: str | None = None
    j = i
    steps = 0
    while j < len(toks) and steps < 6:
        tok = toks[j]
        low = tok.low
        if not tok.is_word:
            if tok.text in ("„", "“", "\"", "»", "«") and steps == 0:
                j += 1
                continue
            return None
        if low in ("of", "von") and (steps == 0 or lang == "en" and steps <= 2):
            j += 1
            steps += 1
            if j < len(toks) and toks[j].low in t.determiners:
                j += 1
            continue
        if lang == "de":
            if tok.capitalized:
                if low in t.determiners or low in t.stop_words or low in t.prepositions:
                    return None
                place = _place(tok.text, lang)
                if place and j + 1 < len(toks) and toks[j + 1].capitalized and toks[j + 1].is_word:
                    mods.append(place)  # "Nordkoreas Soldaten" (genitive)
                    j += 1
                    steps += 1
                    continue
                return j, mods, pred
            if _is_adjective(tok, lang) or (steps == 0 and low in ("weitere", "weiteren")):
                place = _place(tok.text, lang)
                if place:
                    mods.append(place)
                else:
                    stem = _strip_adj(tok.text)
                    p = t.predicates.get(stem) or t.predicates.get(stem + "t")
                    if p:
                        pred = p
                    elif stem in ("zivil",):
                        mods.append("civilian")
                j += 1
                steps += 1
                continue
            return None
        # English: collect words until a stop word, preposition, verb-like word or punctuation
        if low in t.stop_words or low in t.prepositions or low in t.determiners and steps > 0:
            return None
        if low in ("last", "this", "next", "previous", "past", "each", "per", "a", "an"):
            return None  # "over 100 last week": a time phrase, not the counted noun
        start_j = j
        k = j
        while k < len(toks) and toks[k].is_word and k - start_j < 5:
            lk = toks[k].low
            if lk in t.stop_words or lk in t.prepositions:
                break
            if k > start_j and (lk in t.determiners or lk in t.predicates or lk in t.speech_verbs):
                break
            if k > start_j and (lk.endswith("ed") or lk.endswith("ing")) and not toks[k].capitalized:
                break
            k += 1
            if _plural_en(toks[k - 1], t) and not (k < len(toks) and _plural_en(toks[k], t)):
                break  # the counted noun of a count is the first plural ("3,000 people spent ...")
        if k == start_j:
            return None
        words = toks[start_j:k]
        # modifiers: places among the leading words ("North Korean troops")
        phrase_mods: list[str] = []
        w = 0
        while w < len(words) - 1:
            two = f"{words[w].text} {words[w + 1].text}" if w + 2 <= len(words) - 1 else None
            place = _place(two, lang) if two else None
            if place:
                phrase_mods.append(place)
                w += 2
                continue
            place = _place(words[w].text, lang)
            if place:
                phrase_mods.append(place)
            elif words[w].low == "civilian":
                phrase_mods.append("civilian")
            else:
                p = t.predicates.get(words[w].low)
                if p:
                    pred = p
            w += 1
        return k - 1, mods + phrase_mods, pred
    return None


def counted_noun(text: str, toks: Sequence[Token], after: int, clause: tuple[int, int],
                 sentence: tuple[int, int], lang: str, number_start: int) -> CountedNoun | None:
    """The noun phrase counted by the figure that ends at ``after`` (token index of the first
    token after the figure), or None when none can be told."""
    t = _lang.text_tables(lang)
    found = _noun_after(toks, after, lang)
    if found is None and lang == "en" and after + 1 < len(toks) and toks[after].low in ("are", "were") \
            and _plural_en(toks[after + 1], t) and toks[after + 1].low not in t.predicates:
        found = _noun_after(toks, after + 1, lang)  # "Of those, 41 are children"
    mods: list[str] = []
    pred: str | None = None
    if found is not None:
        idx, mods, pred = found
        head = toks[idx]
        end = head.end
        words = [head.text]
        # hyphen compounds: "Nordkorea-Soldaten" -> head "Soldaten", modifier from "Nordkorea"
        if "-" in head.text.strip("-"):
            parts = head.text.split("-")
            for part in parts[:-1]:
                place = _place(part, lang)
                if place:
                    mods.append(place)
        # coordination: "Soldaten und Offiziere", "soldiers and officers"
        noun_lemma = lemma(head.text, lang)
        if idx + 2 < len(toks) and toks[idx + 1].low in ("und", "and", "oder", "or") and toks[idx + 2].is_word and (
                toks[idx + 2].capitalized if lang == "de" else toks[idx + 2].low not in t.stop_words | t.determiners
                and toks[idx + 2].low not in t.predicates):
            nxt = toks[idx + 2]
            if lang == "en" or nxt.low not in t.determiners:
                end = nxt.end
                words.append(nxt.text)
                if lang == "de" and head.low.endswith("innen") and nxt.low.startswith(head.low[:4]):
                    noun_lemma = lemma(nxt.text, lang)  # "Kolleginnen und Kollegen": Kollege
        start_noun = toks[after].start if after < len(toks) else head.start
        if noun_lemma.lower() in t.non_units or head.low in t.pronouns or head.low in _OBJECT_PRONOUNS:
            return None  # "About 850 of them": the noun is the one named before
        if lang == "en":
            if head.low in t.predicates and head.low != "dead" and idx == after:
                # "23 missing", "injured dozens": people, with what happened to them
                return CountedNoun("person", head.text, head.start, head.end, tuple(mods), t.predicates[head.low])
            prev = toks[idx - 1] if idx - 1 >= after else None
            if prev is not None and _agent(head.low) and _noun_modifier(prev, t):
                noun_lemma = f"{prev.low} {noun_lemma}"  # "emergency workers", "season-ticket holders"
        # after the noun: "aus Nordkorea", "from North Korea", and the predicate
        tail_start = end
        k = idx + 1
        tail_end = clause[1]
        if end > clause[1]:  # "Soldaten und Offiziere aus Nordkorea": the clause went on past "und"
            stop = _CLAUSE_STOP.search(text, end, sentence[1])
            tail_end = stop.start() if stop else sentence[1]
        while k < len(toks) and toks[k].start < tail_end:
            if toks[k].low in t.origin_prepositions and k + 1 < len(toks):
                place = _place(toks[k + 1].text, lang) or (
                    _place(f"{toks[k + 1].text} {toks[k + 2].text}", lang) if k + 2 < len(toks) else None)
                if place:
                    mods.append(place)
                    break
            k += 1
        nxt_fig = _DIGIT.search(text, tail_start, tail_end)
        if nxt_fig is not None:
            tail_end = nxt_fig.start()  # "11 dead and 23 missing": the next figure has its own predicate
        p, p_end = _predicate(text, tail_start, tail_end, lang)
        if p == "casualty":
            obj = _OBJECT.match(text[p_end:p_end + 30])
            if obj is not None and obj.group(1) not in t.stop_words and not _LIVES.match(text[p_end:p_end + 30]):
                p = None  # "homes lost power", "Menschen verloren ihre Wohnung": what they lost is no
                # casualty; an auxiliary after the participle ("verloren hat") is no object
        if head.low in t.predicates:
            p = t.predicates[head.low]  # "11 dead"
        pred = p or pred or _predicate(text, clause[0], number_start, lang, last=True)[0]
        mods += _actor_places(toks, clause, _figure_start(toks, after, number_start), lang)
        return CountedNoun(noun_lemma, text[start_noun:end], start_noun, end,
                           tuple(dict.fromkeys(mods)), pred)
    return _noun_before(text, toks, sentence, number_start, lang, clause)


_COUNT_NOUN_UNITS = {"toll": "death", "death toll": "death", "opferzahl": "Opfer", "totenzahl": "Toter",
                     "todeszahl": "Toter", "teilnehmerzahl": "Teilnehmer", "todesopferzahl": "Todesopfer",
                     "attendance": "spectator", "crowd": "person", "turnout": "person",
                     "besucherzahl": "Besucher", "zuschauerzahl": "Zuschauer"}
_OBJECT_PRONOUNS = frozenset({"them", "those", "us", "these", "ihnen", "denen", "davon"})
_CLAUSE_STOP = regex.compile(r"[,;:.()]")
_DIGIT = regex.compile(r"\d")
_OBJECT = regex.compile(r"\s+(?:their\s+|ihre[nm]?\s+)?(\p{Ll}{3,})")
_LIVES = regex.compile(r"\s+(?:their\s+)?lives")
_ADJ_SUFFIXES = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ed", "ing", "ian", "ese", "ish", "ary", "ern")


def _agent(word: str) -> bool:
    """Agent nouns ("workers", "holders", "officers", "volunteers") take a noun before them as part
    of what they are ("emergency worker")."""
    w = word[:-1] if word.endswith("s") else word
    return w.endswith(("er", "or", "ist")) and len(w) > 4


def _noun_modifier(tok: Token, t: _lang.TextTables) -> bool:
    """A singular noun used as a modifier ("emergency", "season-ticket"), not an adjective, a plural,
    a place or a function word."""
    low = tok.low
    if not tok.is_word or tok.capitalized or low in t.stop_words or low in t.determiners or low in t.prepositions:
        return False
    if low.endswith(_ADJ_SUFFIXES) or low.endswith("s") and not low.endswith("ss") or low[:1].isdigit():
        return False
    return low not in _COMMON_ADJ_EN


_COMMON_ADJ_EN = frozenset({"new", "old", "young", "more", "other", "many", "few", "such", "own", "same",
                            "main", "key", "top", "senior", "junior", "full", "part-time", "full-time",
                            "former", "current", "local", "foreign", "first", "last", "extra", "additional",
                            "further", "former", "total", "overall", "average", "high", "low", "big", "small",
                            "large", "long", "short", "early", "late", "free", "public", "private", "civilian",
                            "elderly", "injured", "dead", "missing", "wounded", "armed", "active"})


def _noun_before(text: str, toks: Sequence[Token], sentence: tuple[int, int], number_start: int,
                 lang: str, clause: tuple[int, int]) -> CountedNoun | None:
    """"die Zahl der Toten stieg auf 47", "the number of troops at 10,000", "the death toll rose to 47"."""
    t = _lang.text_tables(lang)
    # back from the figure to the sentence's start (toks are in text order: bisect, not a scan of all)
    upto = bisect.bisect_right(toks, number_start, key=_token_end)
    for k in range(upto - 1, -1, -1):
        if toks[k].start < sentence[0]:
            break
        low = toks[k].low
        if low in _COUNT_NOUN_UNITS:
            unit = _COUNT_NOUN_UNITS[low]
            if low == "toll" and k > 0 and toks[k - 1].is_word and toks[k - 1].low not in t.determiners:
                prev = toks[k - 1].low
                unit = {"death": "death", "casualty": "casualty", "injury": "injured"}.get(prev, "death")
            return CountedNoun(unit, toks[k].text, toks[k].start, toks[k].end,
                               tuple(_actor_places(toks, clause, upto, lang)),
                               _predicate(text, toks[k].end, number_start, lang)[0])
        if low in t.count_nouns and low not in ("total", "figure", "estimate", "stand", "höhe", "summe"):
            # the noun after "der/des/of (the)": skip adjectives, prepositional places, participles
            mods: list[str] = []
            j = k + 1
            if j < len(toks) and toks[j].low in ("der", "des", "of", "von"):
                j += 1
            while j < len(toks) and toks[j].end <= number_start:
                tok = toks[j]
                if tok.low in t.determiners:
                    j += 1
                    continue
                if tok.low in t.prepositions and j + 1 < len(toks):
                    place = _place(toks[j + 1].text, lang)
                    if place and tok.low in t.origin_prepositions:
                        mods.append(place)
                    j += 2
                    continue
                place = _place(tok.text, lang)
                if lang == "de" and not tok.capitalized:
                    if place:
                        mods.append(place)
                    j += 1
                    continue
                if lang == "en" and place and j + 1 < len(toks) and toks[j + 1].end <= number_start:
                    mods.append(place)
                    j += 1
                    continue
                if not tok.is_word:
                    break
                found = _noun_after(toks, j, lang) if lang == "en" else (j, [], None)
                if found is None:
                    break
                idx = found[0]
                head = toks[idx]
                pred = _predicate(text, head.end, clause[1], lang)[0]
                mods += found[1]
                return CountedNoun(lemma(head.text, lang), text[toks[k].start:head.end], toks[k].start,
                                   head.end, tuple(dict.fromkeys(mods)), pred or found[2])
            break
    return None


_token_text = operator.itemgetter(0)  # Token.text
_token_start = operator.itemgetter(1)  # Token.start
_token_end = operator.itemgetter(2)  # Token.end


def _actor_places(toks: Sequence[Token], clause: tuple[int, int], upto: int, lang: str) -> list[str]:
    """Place names acting in the clause before the figure, whose first token is ``toks[upto]``
    ("Nordkorea habe 1500 Soldaten ... verlegt", "Russia has lost 600,000 soldiers"): not after a
    preposition, not inside a compound."""
    # back from the figure over the clause's few tokens before it (a bisection by a key, or a
    # look-up of all by map, costs more in calls and lists than a short loop), most have no place
    places = _PLACES[lang]
    out: list[str] = []
    k = upto - 1
    while k >= 0 and (tok := toks[k]).start >= clause[0]:
        place = places.get(tok.text, _UNSEEN)
        if place is _UNSEEN:
            place = _place(tok.text, lang)
        if place and tok.is_word and "-" not in tok.text \
                and not (k > 0 and toks[k - 1].low in _lang.text_tables(lang).prepositions) \
                and not _geo().is_demonym(tok.text, lang):  # type: ignore[attr-defined]
            out.append(place)
        k -= 1
    out.reverse()  # in text order
    return out


def _figure_start(toks: Sequence[Token], after: int, number_start: int) -> int:
    """The index of the first of ``toks`` that ends after ``number_start``, the start of a figure
    whose first token after it is ``toks[after]``: a step back over the figure's own tokens, where
    bisection by a key costs a call per step."""
    upto = after
    while upto > 0 and toks[upto - 1].end > number_start:
        upto -= 1
    return upto
