"""German tables.

Sources: the number words and their compounding follow the Duden grammar of cardinal and ordinal
numbers (Duden, "Die Grammatik", §§ 500-520); scale words follow the long scale used in German
(Billion = 10^12, Milliarde = 10^9); abbreviations (Mio., Mrd., Tsd.) as listed in the Duden
"Abkürzungen" appendix and used by the dpa style guide. Qualifier and vague-count vocabularies were
collected from German news writing conventions (dpa, Süddeutsche Zeitung style guides) and checked
against the Recognizers-Text and Duckling German test corpora. Nothing here exists for one sentence.
"""

from __future__ import annotations

from drift.lang import Language

_UNITS = {
    "null": 0, "eins": 1, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1,
    "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19,
}
_TENS = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "fuenfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}
_SCALES = {
    "tausend": 10**3, "tsd.": 10**3, "tsd": 10**3,
    "million": 10**6, "millionen": 10**6, "mio.": 10**6, "mio": 10**6, "mill.": 10**6,
    "milliarde": 10**9, "milliarden": 10**9, "mrd.": 10**9, "mrd": 10**9, "mia.": 10**9,
    "billion": 10**12, "billionen": 10**12, "bio.": 10**12,
}
_VAGUE = {
    # plural counting nouns: the smallest value the plural allows (two of the unit)
    "dutzende": 24, "dutzenden": 24,
    "hunderte": 200, "hunderten": 200,
    "tausende": 2000, "tausenden": 2000,
    "zehntausende": 20_000, "zehntausenden": 20_000,
    "hunderttausende": 200_000, "hunderttausenden": 200_000,
    "millionen": 2_000_000, "milliarden": 2_000_000_000,
    # "mehrere/einige/ein paar" + a counting word: at least two of them
    "mehrere dutzend": 24, "einige dutzend": 24, "mehrere hundert": 200, "einige hundert": 200,
    "ein paar hundert": 200, "mehrere tausend": 2000, "einige tausend": 2000,
    "ein paar tausend": 2000, "mehrere zehntausend": 20_000, "mehrere hunderttausend": 200_000,
    "mehrere millionen": 2_000_000, "einige millionen": 2_000_000,
}
_ORDINAL_STEMS = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
    "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12, "dreizehnt": 13,
    "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16, "siebzehnt": 17, "achtzehnt": 18,
    "neunzehnt": 19, "zwanzigst": 20, "dreißigst": 30, "vierzigst": 40, "fünfzigst": 50,
    "hundertst": 100, "tausendst": 1000,
}
_ORDINALS = {stem + ending: value for stem, value in _ORDINAL_STEMS.items()
             for ending in ("e", "en", "er", "es", "em")}
_MONTHS = {
    "januar": 1, "jänner": 1, "jan.": 1, "februar": 2, "feber": 2, "feb.": 2, "märz": 3,
    "maerz": 3, "mrz.": 3, "april": 4, "apr.": 4, "mai": 5, "juni": 6, "jun.": 6, "juli": 7,
    "jul.": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9, "sep.": 9, "oktober": 10,
    "okt.": 10, "november": 11, "nov.": 11, "dezember": 12, "dez.": 12,
}
_WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}

TABLES = Language(
    code="de",
    decimal_mark=",",
    group_mark=".",
    units=_UNITS,
    tens=_TENS,
    hundred=frozenset({"hundert"}),
    thousand=frozenset({"tausend"}),
    joiner=frozenset({"und"}),
    scales=_SCALES,
    currency_scales={},
    specials={"dutzend": 12, "anderthalb": "1.5", "eineinhalb": "1.5", "einhalb": "0.5",
              "zweieinhalb": "2.5", "dreieinhalb": "3.5", "ein halbes": "0.5", "eine halbe": "0.5",
              "ein paar": 2, "ein dutzend": 12, "ein halbes dutzend": 6, "zwei dutzend": 24,
              "drei dutzend": 36, "keiner": 0, "keinen": 0, "keine": 0, "kein": 0},
    articles=frozenset({"ein", "eine", "einen", "einem", "einer", "eines"}),
    vague=_VAGUE,
    ordinals=_ORDINALS,
    ordinal_suffixes=frozenset(),
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    percent_words=frozenset({"%", "prozent", "prozentpunkte", "prozentpunkt", "v. h.", "vh"}),
    clock_words=frozenset({"uhr", "h"}),
    year_cues=frozenset({"jahr", "jahre", "jahres", "jahren", "im", "seit", "bis", "ab", "anno",
                         "anfang", "ende", "mitte", "frühjahr", "frühling", "sommer", "herbst",
                         "winter", "jahreswechsel", "vor", "nach", "von", "in", "um", "saison",
                         "geschäftsjahr", "haushaltsjahr", "bundestagswahl", "wahl", "jahrgang"}),
    decade_suffix="er",
    qualifiers_before={
        "rund": "approx", "etwa": "approx", "ca.": "approx", "ca": "approx", "circa": "approx",
        "zirka": "approx", "ungefähr": "approx", "schätzungsweise": "approx", "geschätzt": "approx",
        "geschätzte": "approx", "geschätzten": "approx", "annähernd": "almost", "gegen": "approx",
        "um die": "approx", "in etwa": "approx", "grob": "approx", "gut": "at_least",
        "gute": "at_least", "guten": "at_least", "knapp": "almost", "knappe": "almost",
        "fast": "almost", "beinahe": "almost", "nahezu": "almost", "nicht ganz": "almost",
        "mehr als": "more_than", "über": "more_than", "weit über": "more_than",
        "deutlich über": "more_than", "deutlich mehr als": "more_than", "weit mehr als": "more_than",
        "mindestens": "at_least", "wenigstens": "at_least", "zumindest": "at_least",
        "nicht weniger als": "at_least", "bis zu": "up_to", "bis": "up_to", "höchstens": "at_most",
        "maximal": "at_most", "max.": "at_most", "nicht mehr als": "at_most",
        "allenfalls": "at_most", "weniger als": "less_than", "unter": "less_than",
        "knapp unter": "less_than", "knapp über": "more_than",
    },
    qualifiers_after={"oder mehr": "at_least", "und mehr": "at_least", "plus": "at_least",
                      "oder weniger": "at_most", "und weniger": "at_most"},
    range_open={"zwischen": frozenset({"und"}), "von": frozenset({"bis"})},
    range_connectors=frozenset({"bis", "-", "–", "—", "bis zu", "oder"}),
    currencies={"€": "EUR", "euro": "EUR", "eur": "EUR", "$": "USD", "dollar": "USD",
                "us-dollar": "USD", "usd": "USD", "£": "GBP", "pfund": "GBP", "chf": "CHF",
                "franken": "CHF", "rubel": "RUB", "yen": "JPY", "yuan": "CNY", "won": "KRW"},
    ordinal_determiners=frozenset({"der", "die", "das", "dem", "den", "des", "am", "zum", "zur",
                                   "im", "vom", "beim", "ihr", "ihre", "ihrem", "ihren", "sein",
                                   "seine", "seinem", "seinen", "jeder", "jede", "jeden"}),
    minus_words=frozenset({"minus"}),
    change_words=frozenset({"stieg", "steigt", "gestiegen", "anstieg", "sank", "sinkt", "gesunken",
                            "wuchs", "wächst", "gewachsen", "erhöht", "erhöhte", "korrigiert",
                            "korrigierte", "fiel", "fällt", "gefallen", "kletterte", "klettert",
                            "verdoppelt", "verringert", "reduziert", "gesenkt", "senkte", "hob",
                            "angehoben", "zunahm", "zugenommen", "abnahm", "abgenommen", "ging",
                            "sprang", "revidiert", "revidierte"}),
)
