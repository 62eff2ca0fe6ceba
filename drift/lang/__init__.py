"""Language tables: everything drift knows about a language, as data, one module per language.

A new language is a new module here defining ``TABLES`` (a :class:`Language`) and one line in
``_REGISTRY``; no other code changes. :func:`get` is the only way the rest of drift reaches a table,
so the language is always an explicit parameter, never read from the environment.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from drift.exceptions import UnsupportedLanguageError

__all__ = ["Language", "get", "supported"]


def _frozen_map(value: Mapping[str, object]) -> Mapping[str, object]:
    return dict(value)


@attrs.frozen
class Language:
    """The tables for one language; see ``drift/lang/de.py`` for what each field holds."""

    code: str
    #: the decimal mark and the grouping mark of the language's own convention
    decimal_mark: str
    group_mark: str
    #: number words: units (0-19 and their inflected forms), tens, hundred/thousand words
    units: Mapping[str, int]
    tens: Mapping[str, int]
    hundred: frozenset[str]
    thousand: frozenset[str]
    #: word connecting units and tens inside a compound ("und") or between words ("and")
    joiner: frozenset[str]
    #: scale words written apart (Million, Mrd., billion, bn, k) -> multiplier
    scales: Mapping[str, int]
    #: scale abbreviations allowed only after a currency sign ("$3m", "$2b")
    currency_scales: Mapping[str, int]
    #: special counting words ("Dutzend", "a dozen", "a couple of", "anderthalb") -> value
    specials: Mapping[str, object]
    #: words that are articles unless a scale word follows ("eine Million", "a million")
    articles: frozenset[str]
    #: vague counts -> the smallest value the word allows (Tausende -> 2000)
    vague: Mapping[str, int]
    #: ordinal words -> value (dritte -> 3, third -> 3), and digit ordinal suffixes (3rd)
    ordinals: Mapping[str, int]
    ordinal_suffixes: frozenset[str]
    #: month names and abbreviations -> month number
    months: Mapping[str, int]
    #: weekday names -> weekday number (Monday = 0)
    weekdays: Mapping[str, int]
    #: words after a number that make it a percentage, and the clock word ("Uhr")
    percent_words: frozenset[str]
    clock_words: frozenset[str]
    #: words before a bare four-digit number that make it a year ("im Jahr", "seit", "since")
    year_cues: frozenset[str]
    #: decade suffix pattern fragment ("er" in 1950er, "s" in 1950s)
    decade_suffix: str
    #: qualifier phrases before a number -> qualifier name (see drift.quantities.Qualifier)
    qualifiers_before: Mapping[str, str]
    #: qualifier phrases after a number ("oder mehr", "or more") -> qualifier name
    qualifiers_after: Mapping[str, str]
    #: range frames: words opening a range and the connector between its ends
    range_open: Mapping[str, frozenset[str]]
    range_connectors: frozenset[str]
    #: currency words and signs -> ISO code
    currencies: Mapping[str, str]
    #: determiners that make a following "3." an ordinal in German ("der 3. Platz")
    ordinal_determiners: frozenset[str] = frozenset()
    #: stems of verbs of change ("stieg von 1500 auf 3000"): after them "von/from" opens no range
    change_words: frozenset[str] = frozenset()
    #: minus words ("minus", "negative")
    minus_words: frozenset[str] = frozenset()
    #: extra tables for extraction (attribution, modality, nouns, dates); see drift.lang.de
    extra: Mapping[str, object] = attrs.field(factory=dict, converter=_frozen_map)


def get(lang: str) -> Language:
    """The tables for ``lang`` (``"de"`` or ``"en"``); raises :class:`UnsupportedLanguageError`."""
    try:
        return _REGISTRY[lang]
    except (KeyError, TypeError):
        if isinstance(lang, str) and lang.lower().split("-")[0] in _REGISTRY:
            return _REGISTRY[lang.lower().split("-")[0]]
        raise UnsupportedLanguageError(lang) from None


def supported() -> tuple[str, ...]:
    """The language codes drift has tables for."""
    return tuple(sorted(_REGISTRY))


from drift.lang import de as _de  # noqa: E402  (the registry needs the class defined first)
from drift.lang import en as _en  # noqa: E402

_REGISTRY: dict[str, Language] = {"de": _de.TABLES, "en": _en.TABLES}
