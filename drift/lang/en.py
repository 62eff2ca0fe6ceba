"""English tables.

Sources: cardinal and ordinal words and the short scale (billion = 10^9) as in the Chicago Manual of
Style (9.4-9.8) and the AP Stylebook entries "numerals", "millions, billions" and "dimensions";
financial abbreviations (m, bn, tn, k) as used in Reuters and Financial Times style. Qualifier and
vague-count vocabularies were collected from English news writing and checked against the
Recognizers-Text and Duckling English test corpora. Nothing here exists for one sentence.
"""

from __future__ import annotations

from drift.lang import Language

_UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {
    "thousand": 10**3, "thousands": 10**3, "k": 10**3, "million": 10**6, "millions": 10**6,
    "mn": 10**6, "mln": 10**6, "billion": 10**9, "billions": 10**9, "bn": 10**9, "bln": 10**9,
    "trillion": 10**12, "trillions": 10**12, "tn": 10**12, "trn": 10**12, "trln": 10**12,
    "tln": 10**12,
    # the Indian scale words of South Asian English-language news (1 lakh = 100,000)
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
    # a dozen multiplies like a scale word: "two dozen" = 24, "3 dozens" = 36
    "dozen": 12, "dozens": 12, "doz": 12, "doz.": 12, "dozs": 12, "dz": 12, "dzs": 12,
}
_VAGUE = {
    "dozens": 24, "scores of": 40, "hundreds": 200, "thousands": 2000,
    "tens of thousands": 20_000, "hundreds of thousands": 200_000, "millions": 2_000_000,
    "tens of millions": 20_000_000, "hundreds of millions": 200_000_000,
    "billions": 2_000_000_000,
    "several dozen": 24, "a few dozen": 24, "several hundred": 200, "a few hundred": 200,
    "several thousand": 2000, "a few thousand": 2000, "several million": 2_000_000,
    "a few million": 2_000_000, "several tens of thousands": 20_000,
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6,
}
_MONTHS = {
    "january": 1, "jan.": 1, "jan": 1, "february": 2, "feb.": 2, "feb": 2, "march": 3,
    "mar.": 3, "april": 4, "apr.": 4, "apr": 4, "may": 5, "june": 6, "jun.": 6, "july": 7,
    "jul.": 7, "august": 8, "aug.": 8, "aug": 8, "september": 9, "sept.": 9, "sep.": 9,
    "sept": 9, "october": 10, "oct.": 10, "oct": 10, "november": 11, "nov.": 11, "nov": 11,
    "december": 12, "dec.": 12, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

TABLES: Language = Language(
    code="en",
    decimal_mark=".",
    group_mark=",",
    units=_UNITS,
    tens=_TENS,
    hundred=frozenset({"hundred", "hundreds"}),
    thousand=frozenset({"thousand", "thousands"}),
    joiner=frozenset({"and"}),
    scales=_SCALES,
    currency_scales={"m": 10**6, "b": 10**9, "bn": 10**9, "k": 10**3, "tn": 10**12},
    specials={"a dozen": 12, "dozen": 12, "a dozen of": 12, "half a dozen": 6,
              "a couple of": 2, "a couple": 2, "a pair of": 2, "a pair": 2, "a hundred": 100,
              "a thousand": 1000, "a million": 10**6, "a billion": 10**9, "a trillion": 10**12,
              "one and a half": "1.5", "a half": "0.5", "one half": "0.5",
              "half a million": 500_000, "half million": 500_000, "a half million": 500_000,
              "quarter million": 250_000, "a quarter million": 250_000,
              "a quarter of a million": 250_000, "quarter of a million": 250_000,
              "half a billion": 500_000_000, "half billion": 500_000_000,
              "a half billion": 500_000_000, "single": 1, "a few": 3},
    articles=frozenset({"a", "an"}),
    vague=_VAGUE,
    ordinals=_ORDINALS,
    ordinal_suffixes=frozenset({"st", "nd", "rd", "th"}),
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    percent_words=frozenset({"%", "percent", "per cent", "pct", "percentage points",
                             "percentage point"}),
    clock_words=frozenset({"a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc", "bst", "cet",
                           "et", "edt", "est", "pt", "pdt", "pst"}),
    year_cues=frozenset({"in", "since", "until", "by", "of", "from", "year", "early", "late",
                         "mid", "mid-", "before", "after", "fiscal", "during", "through", "till",
                         "circa", "spring", "summer", "autumn", "fall", "winter", "season",
                         "election", "quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"}),
    decade_suffix="s",
    qualifiers_before={
        "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx",
        "approx.": "approx", "some": "approx", "an estimated": "approx", "estimated": "approx",
        "circa": "approx", "ca.": "approx", "c.": "approx", "close to": "almost",
        "nearly": "almost", "almost": "almost", "just under": "less_than", "just over": "more_than",
        "more than": "more_than", "over": "more_than", "well over": "more_than", "above": "more_than",
        "in excess of": "more_than", "upwards of": "more_than", "greater than": "more_than",
        "larger than": "more_than", "higher than": "more_than", "bigger than": "more_than",
        "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
        "a minimum of": "at_least", "not less than": "at_least",
        "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "as high as": "up_to",
        "at most": "at_most", "no more than": "at_most", "a maximum of": "at_most",
        "not more than": "at_most", "fewer than": "less_than", "less than": "less_than",
        "under": "less_than", "below": "less_than", "smaller than": "less_than",
        "lower than": "less_than",
        "exceed": "more_than", "exceeds": "more_than", "exceeded": "more_than",
        "exceeding": "more_than", "surpass": "more_than", "surpasses": "more_than",
        "surpassed": "more_than", "surpassing": "more_than",
        # the comparisons of specifications and data tables
        "equal to": "exact", "equals": "exact", "equals to": "exact", "equaling": "exact",
        "equaling to": "exact", "equalling": "exact",
        "less than or equal to": "at_most", "fewer than or equal to": "at_most",
        "smaller than or equal to": "at_most", "lower than or equal to": "at_most",
        "less or equal than": "at_most", "less or equal to": "at_most",
        "smaller or equal than": "at_most", "smaller or equal to": "at_most",
        "lower or equal than": "at_most", "lower or equal to": "at_most",
        "equal to or less than": "at_most", "equal to or fewer than": "at_most",
        "equal to or lower than": "at_most", "equal to or smaller than": "at_most",
        "greater than or equal to": "at_least", "more than or equal to": "at_least",
        "higher than or equal to": "at_least", "larger than or equal to": "at_least",
        "bigger than or equal to": "at_least", "greater or equal than": "at_least",
        "greater or equal to": "at_least", "higher or equal than": "at_least",
        "higher or equal to": "at_least", "bigger or equal than": "at_least",
        "larger or equal than": "at_least", "more or equal than": "at_least",
        "equal to or more than": "at_least", "equal to or greater than": "at_least",
        "equal to or higher than": "at_least", "equal to or larger than": "at_least",
        "at least or equal to": "at_least",
        ">": "more_than", "<": "less_than", ">=": "at_least", "> =": "at_least",
        "≥": "at_least", "<=": "at_most", "< =": "at_most", "≤": "at_most",
    },
    # "closed" closes the open bound of the qualifier before the number ("less than 5000 or
    # equal" is at_most); every other value names a qualifier that replaces exact or approx
    qualifiers_after={"or more": "at_least", "and more": "at_least", "plus": "at_least",
                      "or so": "approx", "or fewer": "at_most", "or less": "at_most",
                      "and above": "at_least", "and over": "at_least", "and up": "at_least",
                      "or above": "at_least", "or below": "at_most", "and under": "at_most",
                      "or greater": "at_least", "or greater than": "at_least",
                      "or higher": "at_least", "and higher": "at_least",
                      "or more than": "at_least", "or less than": "at_most",
                      "or equal": "closed", "or equal to": "closed"},
    range_open={"between": frozenset({"and"}), "from": frozenset({"to", "through"})},
    range_connectors=frozenset({"to", "-", "–", "—", "through", "or", "~"}),
    currencies={"€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "$": "USD",
                "us$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD", "£": "GBP",
                "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "chf": "CHF", "roubles": "RUB",
                "rubles": "RUB", "yen": "JPY", "yuan": "CNY", "won": "KRW"},
    minus_words=frozenset({"minus", "negative"}),
    decimal_words=frozenset({"point"}),
    topic_prepositions={"over": frozenset("""row rows dispute disputes fight fights talks concern concerns
        worries fears anger outrage protest protests clash clashes controversy uncertainty""".split())},
    change_words=frozenset({"rose", "rise", "risen", "rising", "increase", "increased", "fell",
                            "fall", "fallen", "falling", "dropped", "drop", "declined", "decline",
                            "climbed", "climb", "jumped", "jump", "grew", "grown", "growing",
                            "revised", "raised", "lowered", "cut", "doubled", "surged", "soared",
                            "slipped", "went", "up", "down", "changed", "moved", "reduced"}),
)


# --------------------------------------------------------------------------------------------
# Extraction tables. Collected from English news writing (AP and Reuters style for attribution:
# "said" after the source, "according to"; hedges and modal cues as in the AP Stylebook entries on
# estimates and projections) and the boilerplate of English news sites (consent banners, paywalls,
# "Read more" teaser blocks). General vocabulary, not tuned to any one article.
# --------------------------------------------------------------------------------------------

from drift.lang import TextTables  # noqa: E402

_SPEECH: dict[str, str] = {}
for _forms, _mod in [
    ("said says say saying", ""), ("told tells tell", ""), ("stated states", ""),
    ("announced announces", ""), ("reported reports", ""), ("confirmed confirms", ""),
    ("added adds", ""), ("wrote writes", ""), ("noted notes", ""), ("warned warns", ""),
    ("explained explains", ""), ("claimed claims", ""), ("tweeted posted", ""),
    ("spoke speaks", ""), ("described describes", ""), ("disclosed discloses", ""),
    ("plans wants intends hopes hoping", "plan"),
    ("estimated estimates estimate", "estimate"), ("believes believe believed", "estimate"),
    ("thinks think thought", "estimate"), ("assessed assesses", "estimate"),
    ("expects expected expect", "projection"), ("predicted predicts forecast forecasts", "projection"),
    ("denied denies deny", "denied"), ("rejected rejects", "denied"), ("disputed disputes dispute", "denied"),
    ("counted counts", ""), ("put", ""), ("puts", ""), ("cited", ""), ("revealed", ""),
    ("insisted insists insist", ""), ("recorded records", ""), ("registered", ""), ("declared declares", ""),
    ("logged", ""), ("show shows showed", ""), ("found finds", ""), ("calculated", "estimate"), ("acknowledged acknowledges", ""), ("suggested suggests", "estimate"),
]:
    for _f in _forms.split():
        _SPEECH.setdefault(_f, _mod)

TEXT: TextTables = TextTables(
    abbreviations=frozenset("""mr. mrs. ms. dr. prof. st. no. vs. etc. e.g. i.e. u.s. u.k. u.n.
        jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. gen. col. lt. sgt. gov. sen.
        rep. approx. est. inc. corp. ltd. co. jr. sr. a.m. p.m. fig. vol. min. max.""".split()),
    furniture_words=frozenset({
        "cookie", "cookies", "privacy", "consent", "advertisement", "advertising", "ad-blocker",
        "adblocker", "subscribe", "subscription", "subscribers", "newsletter", "sign", "log",
        "trial", "read", "share", "tweet", "email", "print", "comments", "photo:", "image:",
        "copyright", "©", "updated", "published", "minute", "min", "month", "offer", "accept",
    }),
    teaser_markers=("read more", "related articles", "related stories", "related", "more from",
                    "you may also like", "most read", "more stories", "recommended",
                    "more on this story", "further reading", "popular now", "trending",
                    "you might also like", "latest news", "read next", "more news"),
    speech_verbs=_SPEECH,
    speech_particles=frozenset(),
    source_before=("according to", "citing", "cited by", "per", "as reported by",
                   "in the words of", "figures from", "data from", "estimates by", "estimates from"),
    source_after=(),
    modality_cues={
        "could": "possible", "might": "possible", "may": "possible", "would": "possible",
        "possibly": "possible", "potentially": "possible", "perhaps": "possible",
        "may be as high as": "possible", "soon": "projection", "will": "projection",
        "expected": "projection", "expects": "projection", "projected": "projection",
        "forecast": "projection", "predicted": "projection", "is set to": "projection",
        "are set to": "projection", "planned": "plan", "plans": "plan", "plans to": "plan",
        "planning": "plan", "intends": "plan", "intend": "plan", "aims": "plan", "wants": "plan",
        "want": "plan", "estimated": "estimate", "estimates": "estimate", "estimate": "estimate",
        "believed": "estimate", "believes": "estimate", "likely": "estimate",
        "probably": "estimate", "assessed": "estimate", "reportedly": "reported",
        "allegedly": "reported", "are said to": "reported", "is said to": "reported",
        "were said to": "reported", "denied": "denied", "denies": "denied", "rejected": "denied",
        "dismissed": "denied",
    },
    pronouns=frozenset({"he", "she", "they", "it"}),
    determiners=frozenset("""the a an this that these those its their his her our some all
        other another more several""".split()),
    prepositions=frozenset("""in on at of to from for by with into onto near across over under
        between among against during since until after before about around through within
        without along per""".split()),
    origin_prepositions=frozenset({"from"}),
    destination_prepositions=frozenset({"to", "into", "in", "at", "near", "against", "inside", "on"}),
    stop_words=frozenset("""and or but that which who whom whose when where while if as than
        were was are is be been being have has had do did does will would could should may might
        must can not no also already still just only more less it he she they we you i""".split()),
    predicates={
        "killed or wounded": "killed-or-wounded", "killed or injured": "killed-or-wounded",
        "dead or wounded": "killed-or-wounded", "wounded or killed": "killed-or-wounded",
        "killed and wounded": "killed-or-wounded", "killed": "killed", "dead": "killed",
        "died": "killed", "lost their lives": "killed", "wounded": "wounded",
        "injured": "wounded", "hurt": "wounded", "missing": "missing",
        "unaccounted for": "missing", "lost": "casualty", "evacuated": "evacuated",
        "displaced": "displaced", "homeless": "displaced", "arrested": "arrested",
        "detained": "arrested", "captured": "captured", "infected": "infected",
        "without power": "without-power", "without electricity": "without-power",
        "protested": "protested", "marched": "protested", "took to the streets": "protested",
        "demonstrated": "protested", "took part": "protested", "joined the protest": "protested",
        "joined the march": "protested", "rallied": "protested", "in shelters": "sheltered", "in emergency shelters": "sheltered",
        "in an emergency shelter": "sheltered", "in temporary shelters": "sheltered",
        "forced from their homes": "evacuated", "forced to leave their homes": "evacuated",
        "fled their homes": "displaced", "moved to safety": "evacuated",
        "spent the night": "sheltered", "in custody": "arrested", "killing": "killed", "injuring": "wounded",
        "wounding": "wounded", "displacing": "displaced", "treated for injuries": "wounded",
    },
    lemmas={
        "people": "person", "persons": "person", "children": "child", "men": "man",
        "women": "woman", "troops": "troop", "casualties": "casualty", "deaths": "death",
        "dead": "death", "lives": "life", "feet": "foot", "teeth": "tooth", "mice": "mouse",
        "police": "police", "staff": "staff", "personnel": "personnel", "data": "data",
        "series": "series", "species": "species", "news": "news", "euros": "euro",
        "dollars": "dollar", "percent": "percent", "hectares": "hectare", "acres": "acre",
        "homes": "home", "houses": "house", "buses": "bus", "crises": "crisis",
        "analyses": "analysis", "wounded": "wounded", "injured": "injured", "missing": "missing",
        "militia": "militia", "cattle": "cattle", "sheep": "sheep", "aircraft": "aircraft",
    },
    nominal_adjectives=frozenset(),
    non_units=frozenset({"min", "mins", "minute", "minutes", "year-old", "years-old", "year", "years",
                         "a.m.", "p.m.", "pm", "am", "page", "pages", "comments", "comment", "times",
                         "percentage", "degrees", "degree", "place", "read", "gmt", "bst", "et", "edt"}),
    count_nouns=frozenset({"number", "toll", "death toll", "total", "tally", "count", "figure",
                           "estimate"}),
    day_words={"today": 0, "yesterday": -1, "tonight": 0, "this morning": 0, "last night": -1},
    week_words={"last week": -1, "this week": 0, "earlier this week": 0, "the previous week": -1,
                "the past week": 0},
    season_words={"spring": 3, "summer": 6, "autumn": 9, "winter": 12, "summer months": 6, "winter months": 12},
    month_parts={"early": 0, "mid": 1, "mid-": 1, "late": 2, "the beginning of": 0,
                 "the middle of": 1, "the end of": 2},
    month_words={"this month": 0, "earlier this month": 0, "last month": -1,
                 "earlier this year": 0},
    period_words=("since the start of the war", "since the war began", "since the invasion",
                  "since the beginning of the war", "since the start of the invasion",
                  "since the beginning of the year", "so far", "to date", "since the pandemic began"),
    daypart_suffixes=(" morning", " afternoon", " evening", " night"),
    last_words=frozenset({"last"}),
    quote_pairs=(("\"", "\""), ("“", "”"), ("‘", "’")),
    hearsay=("reportedly", "allegedly", "said to", "according to reports"),
    address_words=frozenset({"street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "lane",
                             "drive", "boulevard", "blvd", "way", "close", "crescent", "terrace", "square",
                             "highway", "interstate", "route", "motorway", "via", "rue", "platform", "pier",
                             "gate", "junction", "exit", "suite", "room", "flight", "channel", "bus", "line", "lines",
                             "platforms", "gates", "terminal", "chapter", "article", "section"}),
    time_units=frozenset({"year", "decade", "century", "month", "week", "day", "hour", "minute"}),
    ago_before=frozenset({"first", "last", "past", "next"}),  # "the first nine months of 2025"
    ago_after=frozenset({"ago", "earlier", "before", "previously", "after", "later"}),
    age_before=("aged", "age", "ages", "at the age of", "under the age of", "over the age of"),
    measure_before=("magnitude", "magnitude of", "a magnitude", "temperature of", "temperatures of",
                    "water level of", "wind speed of", "wind speeds of", "gusts of", "richter scale"),
    rumour_nouns=frozenset({"report", "reports", "claim", "claims", "rumour", "rumours", "rumor", "rumors",
                            "speculation", "allegation", "allegations", "post", "posts", "figure",
                            "figures", "account", "accounts", "suggestion", "suggestions"}),
    denial_words=("denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses",
                  "false", "untrue", "inaccurate", "baseless", "unfounded", "wrong", "not true",
                  "misinformation", "disputed", "disputes"),
    year_words={"last year": -1, "the previous year": -1, "the year before": -1, "last financial year": -1,
                "the last financial year": -1, "this year": 0, "so far this year": 0},
    weekend_words=frozenset({"over the weekend", "at the weekend", "last weekend", "this weekend",
                             "on the weekend"}),
    since_words=frozenset({"since"}),
    until_words=frozenset({"until", "till", "by"}),
    following_words=frozenset({"following", "next"}),
    unit_days={"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365,
               "years": 365},
    plan_words=frozenset({"demand", "demands", "demanded", "demanding", "offer", "offers", "offered",
                          "proposal", "proposes", "proposed", "request", "requests", "requested",
                          "appeal", "appeals", "appealed", "pledge", "pledges", "pledged", "target",
                          "targets", "budget", "budgeted", "earmarked", "seeks", "sought", "wants",
                          "plans", "planned", "aims", "intends", "hopes", "hoping", "campaigning",
                          "permission"}),
)
