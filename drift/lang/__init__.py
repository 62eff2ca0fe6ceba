"""Language tables: everything drift knows about a language, as data, one module per language.

A new language is a new module here defining ``TABLES`` (a :class:`Language`) and one line in
``_REGISTRY``; no other code changes. :func:`get` is the only way the rest of drift reaches a table,
so the language is always an explicit parameter, never read from the environment.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from drift.exceptions import UnsupportedLanguageError

__all__ = ["Language", "TextTables", "get", "supported", "text_tables"]


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
    #: spoken decimal marks between number words ("zwei Komma fünf", "two point five")
    decimal_words: frozenset[str] = frozenset()
    #: qualifier words that are also prepositions of topic ("über", "over") -> nouns after which
    #: they mean "about", not "more than" ("Berichte über 12.000 Soldaten", "a row over 300 jobs")
    topic_prepositions: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    #: extra tables for extraction (attribution, modality, nouns, dates); see drift.lang.de
    extra: Mapping[str, object] = attrs.field(factory=dict, converter=_frozen_map)


@attrs.frozen
class TextTables:
    """What extraction knows about a language beyond numbers: page furniture, sentence ends,
    attribution, modality, counted nouns and time words. See ``drift/lang/de.py`` for contents."""

    #: abbreviations after which a period does not end a sentence
    abbreviations: frozenset[str]
    #: words marking a line as page furniture (cookie banners, ads, subscriptions, reading time)
    furniture_words: frozenset[str]
    #: phrases opening a teaser list of other articles: everything after them is furniture
    teaser_markers: tuple[str, ...]
    #: verbs of saying (inflected forms, lower case) -> modality they give ("" for none)
    speech_verbs: Mapping[str, str]
    #: separable verb particles that complete a speech verb at the clause end ("teilte ... mit")
    speech_particles: frozenset[str]
    #: prepositions introducing a source before it ("laut", "according to") and after it ("zufolge")
    source_before: tuple[str, ...]
    source_after: tuple[str, ...]
    #: modality cues (lower case; a trailing "*" matches any ending) -> modality name
    modality_cues: Mapping[str, str]
    #: personal pronouns that refer back to the last named source
    pronouns: frozenset[str]
    #: articles and determiners
    determiners: frozenset[str]
    #: prepositions (stop a noun phrase; some mark origin or destination of a place)
    prepositions: frozenset[str]
    origin_prepositions: frozenset[str]
    destination_prepositions: frozenset[str]
    #: words that are never the counted noun (function words, verbs that follow numbers)
    stop_words: frozenset[str]
    #: predicate phrases after the counted noun -> predicate id ("getötet oder verwundet")
    predicates: Mapping[str, str]
    #: irregular noun lemmas (plural or inflected form -> lemma)
    lemmas: Mapping[str, str]
    #: nominalised adjectives ("Tote" -> "Toter"): stems whose plural/inflected forms take -er
    nominal_adjectives: frozenset[str]
    #: words that make a number a furniture figure when they are its unit (min, Jährige, year-old)
    non_units: frozenset[str]
    #: nouns that introduce a number after them: "die Zahl der Toten stieg auf 47"
    count_nouns: frozenset[str]
    #: relative day words -> offset in days from publication ("gestern" -> -1)
    day_words: Mapping[str, int]
    #: week words -> offset in weeks ("vergangene Woche" -> -1)
    week_words: Mapping[str, int]
    #: month-part words ("Anfang", "Mitte", "Ende", "early", "mid", "late") -> part (0, 1, 2)
    month_parts: Mapping[str, int]
    #: phrases for "this month" / "last month" -> offset in months
    month_words: Mapping[str, int]
    #: phrases meaning "since the war/crisis began": a period up to publication
    period_words: tuple[str, ...]
    #: weekday suffixes ("abend" in "Montagabend")
    daypart_suffixes: tuple[str, ...]
    #: words before a weekday that send it to the previous week ("last Monday", "vergangenen Montag")
    last_words: frozenset[str]
    #: quote characters opening and closing direct speech
    quote_pairs: tuple[tuple[str, str], ...]
    #: hearsay markers: with them, a figure is reported speech of someone other than the outlet
    hearsay: tuple[str, ...]
    #: street and road words: a number right after one is a house or road number ("Weg 5", "Road 7")
    address_words: frozenset[str] = frozenset()
    #: time-unit lemmas ("Jahr", "decade"): with an "ago" word the figure is a date, not a count
    time_units: frozenset[str] = frozenset()
    #: words before ("vor drei Jahren") or after ("three decades ago") that make a span a date
    ago_before: frozenset[str] = frozenset()
    ago_after: frozenset[str] = frozenset()
    #: words right before a number that make it an age ("aged", "im Alter von")
    age_before: tuple[str, ...] = ()
    #: words just before a number that make it a measurement, not a count ("magnitude of 6.4",
    #: "der Stärke 6,4", "temperatures of 40")
    measure_before: tuple[str, ...] = ()
    #: nouns that announce a denied figure ("Berichte", "claims") and the words that deny it
    rumour_nouns: frozenset[str] = frozenset()
    denial_words: tuple[str, ...] = ()
    #: verbs and nouns of demands and offers: a figure they govern is a plan ("fordert", "offer")
    plan_words: frozenset[str] = frozenset()
    #: year phrases -> offset in years ("im vergangenen Jahr" -> -1; 0 is the year so far)
    year_words: Mapping[str, int] = attrs.field(factory=dict)
    #: weekend phrases ("am Wochenende", "over the weekend"): the latest weekend before publication
    weekend_words: frozenset[str] = frozenset()
    #: words opening a period up to publication ("seit", "since") or closing one ("bis", "until")
    since_words: frozenset[str] = frozenset()
    until_words: frozenset[str] = frozenset()
    #: words before a weekday that count forward from the date before ("the following Monday")
    following_words: frozenset[str] = frozenset()
    #: time-unit words -> days, for "a week earlier", "vor zwei Tagen"
    unit_days: Mapping[str, int] = attrs.field(factory=dict)
    #: season words -> the first month of the (meteorological, northern) season ("Sommer" -> 6)
    season_words: Mapping[str, int] = attrs.field(factory=dict)
    #: last parts of compounds whose lemma differs from the word alone ("leute" -> "mann" as in
    #: "Feuerwehrleute" -> "Feuerwehrmann", while "Leute" alone is "Mensch")
    compound_heads: Mapping[str, str] = attrs.field(factory=dict)


def text_tables(lang: str) -> TextTables:
    """The extraction tables for ``lang``; raises :class:`UnsupportedLanguageError`."""
    try:
        return _TEXT[lang]  # a language code as the tables spell it: looked up directly
    except (KeyError, TypeError):
        return _TEXT[get(lang).code]


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
_TEXT: dict[str, TextTables] = {"de": _de.TEXT, "en": _en.TEXT}
