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
    "billiarde": 10**15, "billiarden": 10**15,
    # a dozen multiplies like a scale word: "fünf Dutzend" = 60, "3 Dutzend" = 36
    "dutzend": 12,
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

TABLES: Language = Language(
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
    # one-word halves ("anderthalb", "...einhalb") also close a compound: "zweieinhalb" = 2.5
    specials={"dutzend": 12, "anderthalb": "1.5", "eineinhalb": "1.5", "einhalb": "0.5",
              "einundhalb": "1.5", "zweieinhalb": "2.5", "dreieinhalb": "3.5",
              "ein halbes": "0.5", "eine halbe": "0.5", "ein paar": 2, "ein dutzend": 12,
              "ein halbes dutzend": 6, "eine halbe million": 500_000,
              "eine halbe milliarde": 500_000_000, "keiner": 0, "keinen": 0, "keine": 0,
              "kein": 0},
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
        "mehr als oder gleich": "at_least", "größer als": "more_than", "kleiner als": "less_than",
        "größer oder gleich": "at_least", "kleiner oder gleich": "at_most",
        ">": "more_than", "<": "less_than", ">=": "at_least", "≥": "at_least", "<=": "at_most",
        "≤": "at_most",
    },
    # "closed" closes the open bound of the qualifier before the number ("unter 500 oder
    # gleich"); every other value names a qualifier that replaces exact or approx
    qualifiers_after={"oder mehr": "at_least", "und mehr": "at_least", "plus": "at_least",
                      "oder weniger": "at_most", "und weniger": "at_most",
                      "oder gleich": "closed"},
    range_open={"zwischen": frozenset({"und"}), "von": frozenset({"bis"})},
    range_connectors=frozenset({"bis", "-", "–", "—", "bis zu", "oder"}),
    currencies={"€": "EUR", "euro": "EUR", "eur": "EUR", "$": "USD", "dollar": "USD",
                "us-dollar": "USD", "usd": "USD", "£": "GBP", "pfund": "GBP", "chf": "CHF",
                "franken": "CHF", "rubel": "RUB", "yen": "JPY", "yuan": "CNY", "won": "KRW"},
    ordinal_determiners=frozenset({"der", "die", "das", "dem", "den", "des", "am", "zum", "zur",
                                   "im", "vom", "beim", "ihr", "ihre", "ihrem", "ihren", "sein",
                                   "seine", "seinem", "seinen", "jeder", "jede", "jeden"}),
    minus_words=frozenset({"minus", "negativ"}),
    decimal_words=frozenset({"komma"}),
    change_words=frozenset({"stieg", "steigt", "gestiegen", "anstieg", "sank", "sinkt", "gesunken",
                            "wuchs", "wächst", "gewachsen", "erhöht", "erhöhte", "korrigiert",
                            "korrigierte", "fiel", "fällt", "gefallen", "kletterte", "klettert",
                            "verdoppelt", "verringert", "reduziert", "gesenkt", "senkte", "hob",
                            "angehoben", "zunahm", "zugenommen", "abnahm", "abgenommen", "ging",
                            "sprang", "revidiert", "revidierte"}),
)


# --------------------------------------------------------------------------------------------
# Extraction tables. Collected from German news writing (dpa, public broadcasters' online news,
# regional papers): the verbs and prepositions of attribution listed in the dpa style guide's
# chapter on quoting, the modal cues of reported speech (Konjunktiv I, "sollen" as hearsay) as the
# Duden grammar describes them, and the boilerplate of German news sites (consent banners,
# paywalls, teaser blocks). General vocabulary, not tuned to any one article.
# --------------------------------------------------------------------------------------------

from drift.lang import TextTables  # noqa: E402

_SPEECH: dict[str, str] = {}
for _stem, _forms, _mod in [
    ("sagen", "sagte sagt sagten sagen gesagt sage sagte", ""),
    ("erklären", "erklärte erklärt erklärten erklären erkläre", ""),
    ("mitteilen", "teilte teilt teilten mitgeteilt mitteilte mitteilt", ""),
    ("schätzen", "schätzte schätzt schätzten schätzen geschätzt schätze", "estimate"),
    ("sprechen", "sprach spricht sprachen sprechen gesprochen", ""),
    ("berichten", "berichtete berichtet berichteten berichten", ""),
    ("melden", "meldete meldet meldeten melden gemeldet", ""),
    ("warnen", "warnte warnt warnten warnen gewarnt", ""),
    ("betonen", "betonte betont betonten betonen", ""),
    ("bestätigen", "bestätigte bestätigt bestätigten bestätigen", ""),
    ("angeben", "angegeben angab", ""),
    ("nennen", "nannte nennt nannten genannt nennen", ""),
    ("hinzufügen", "fügte fügt fügten hinzugefügt", ""),
    ("zitieren", "zitierte zitiert zitierten", ""),
    ("schreiben", "schrieb schreibt schrieben geschrieben", ""),
    ("sehen", "", ""),
    ("gehen davon aus", "geht gehen ging gingen", "estimate"),
    ("glauben", "glaubt glauben glaubte glaubten", "estimate"),
    ("vermuten", "vermutet vermuten vermutete vermuteten", "estimate"),
    ("befürchten", "befürchtet befürchten befürchtete", "possible"),
    ("erwarten", "erwartet erwarten erwartete erwarteten", "projection"),
    ("rechnen", "rechnet rechnen rechnete rechneten", "projection"),
    ("dementieren", "dementierte dementiert dementierten dementieren", "denied"),
    ("zurückweisen", "wies weist wiesen zurückgewiesen", "denied"),
    ("bestreiten", "bestritt bestreitet bestritten bestreiten", "denied"),
    ("verkünden", "verkündete verkündet verkündeten", ""),
    ("ankündigen", "kündigte kündigt kündigten angekündigt", "plan"),
    ("informieren", "informierte informiert informierten", ""),
    ("zählen", "zählte zählt zählten gezählt", ""),
    ("registrieren", "registrierte registriert registrierten", ""),
    ("verzeichnen", "verzeichnete verzeichnet verzeichneten", ""),
    ("veranschlagen", "veranschlagte veranschlagt", "estimate"),
    ("behaupten", "behauptete behauptet behaupten", ""),
    ("beklagen", "beklagte beklagt", ""),
    ("kritisieren", "kritisierte kritisiert", ""),
    ("beziffern", "bezifferte beziffert bezifferten beziffern", ""),
    ("twittern", "twitterte twittert schrieb postete", ""),
    ("äußern", "äußerte äußert äußerten", ""),
    ("rufen", "rief riefen ruft gerufen", ""),
    ("beschreiben", "beschrieb beschreibt beschrieben", ""),
    ("unterstreichen", "unterstrich unterstreicht", ""),
    ("fordern", "forderte fordert", ""),
    ("räumen ein", "räumte räumt einräumte", ""),
]:
    for _f in _forms.split():
        _SPEECH.setdefault(_f, _mod)

TEXT: TextTables = TextTables(
    abbreviations=frozenset("""ca. bzw. z.b. z. b. u.a. u. a. usw. etc. dr. prof. nr. st. mio. mrd. tsd. 
        jan. feb. mrz. apr. jun. jul. aug. sep. sept. okt. nov. dez. mo. di. mi. do. fr. sa. so.
        vgl. inkl. evtl. ggf. d.h. d. h. v.a. v. a. o.ä. bzw. abs. art. gen. min. max. rd. 
        hr. fr. str. tel. u.s. dpa. afp. ap. sog. bspw. gegr. chr. jh. jhd. mind. urspr. zzgl.
        z.t. z. t. s. o. u. ä.""".split()),
    furniture_words=frozenset({
        "cookie", "cookies", "datenschutz", "datenschutzerklärung", "werbung", "werbepartner",
        "ad-blocker", "adblocker", "werbeblocker", "werbeblockierung", "abo", "abonnement",
        "abonnieren", "abonnenten", "probeabo", "testen", "gratis", "newsletter", "anzeige",
        "lesezeit", "aktualisiert", "zugang", "exklusiv-artikeln", "plus-artikel", "einloggen",
        "registrieren", "teilen", "drucken", "kommentare", "foto:", "bild:", "quelle:",
        "copyright", "©", "impressum", "nutzererlebnis", "zustimmen", "akzeptieren",
        "weiterlesen", "anmelden", "jetzt", "monat", "mtl.", "monatlich",
    }),
    teaser_markers=("mehr zum thema", "das könnte sie auch interessieren", "lesen sie auch",
                    "weitere artikel", "auch interessant", "meistgelesen", "mehr aus",
                    "weitere nachrichten", "das könnte sie interessieren", "empfehlungen",
                    "mehr nachrichten", "verwandte artikel", "top-themen", "weitere themen",
                    "ähnliche artikel", "zum weiterlesen", "neueste artikel"),
    speech_verbs=_SPEECH,
    speech_particles=frozenset({"mit", "an", "bekannt", "hinzu", "zurück", "aus", "ein"}),
    source_before=("laut", "nach angaben von", "nach angaben des", "nach angaben der",
                   "nach angaben", "nach informationen von", "nach informationen des",
                   "nach informationen der", "nach schätzungen von", "nach schätzungen des",
                   "nach schätzungen der", "nach einschätzung von", "nach einschätzung des",
                   "nach einschätzung der", "unter berufung auf", "nach darstellung von",
                   "nach darstellung des", "nach darstellung der", "nach zählung von",
                   "nach zählung des", "nach zählung der", "so", "wie", "gemäß", "zufolge von"),
    source_after=("zufolge",),
    modality_cues={
        "könnte": "possible", "könnten": "possible", "könne": "possible", "kann": "possible",
        "können": "possible", "dürfte": "possible", "dürften": "possible", "möglicherweise": "possible",
        "womöglich": "possible", "vielleicht": "possible", "würde": "possible", "würden": "possible",
        "wäre": "projection", "wären": "projection",
        "bald": "projection", "künftig": "projection", "voraussichtlich": "projection",
        "demnächst": "projection", "werden": "projection", "wird": "projection", "werde": "projection",
        "geplant": "plan", "plant": "plan", "planen": "plan", "plante": "plan", "planten": "plan",
        "pläne": "plan", "wolle": "plan", "wollen": "plan", "will": "plan", "wollte": "plan",
        "vorgesehen": "plan", "insgesamt": "", "gesamtzahl": "projection", "erwartet": "projection",
        "erwarten": "projection", "prognose": "projection", "prognostiziert": "projection",
        "schätzt": "estimate", "schätzte": "estimate", "schätzen": "estimate", "schätzung*": "estimate",
        "geschätzt*": "estimate", "einschätzung": "estimate", "gehen davon aus": "estimate",
        "geht davon aus": "estimate", "glauben": "estimate", "glaubt": "estimate", "vermutlich": "estimate",
        "vermutet": "estimate", "mutmaßlich": "estimate", "wahrscheinlich": "estimate",
        "sollen": "reported", "soll": "reported", "angeblich": "reported", "berichten zufolge": "reported",
        "dementiert*": "denied", "dementieren": "denied", "wies zurück": "denied",
        "zurückgewiesen": "denied", "bestreitet": "denied", "bestritt": "denied",
        "bestreiten": "denied",
    },
    pronouns=frozenset({"er", "sie", "es"}),
    determiners=frozenset("""der die das den dem des ein eine einen einem einer eines kein keine 
        keinen keinem keiner dieser diese dieses diesen diesem jener jene jenes sein seine seinen
        seinem seiner ihr ihre ihren ihrem ihrer unser unsere alle allen weitere weiteren andere
        anderen mehrere einige insgesamt rund etwa""".split()),
    prepositions=frozenset("""in im an am auf aus bei mit nach von vom zu zum zur über unter vor
        hinter neben zwischen gegen ohne um durch für seit bis ab während wegen trotz laut
        innerhalb außerhalb nahe entlang infolge""".split()),
    origin_prepositions=frozenset({"aus", "von", "vom"}),
    destination_prepositions=frozenset({"nach", "in", "im", "an", "gegen", "auf", "zu", "zur",
                                        "zum", "ins", "nahe", "bei"}),
    stop_words=frozenset("""und oder aber doch sondern denn dass ob wenn weil als wie so noch 
        schon bereits auch nur erst mehr weniger nicht sei seien ist sind war waren wird werden
        wurde wurden hat haben hatte hatten habe soll sollen kann können könnte könnten
        muss müssen es er sie sich man wir ihr uns""".split()),
    predicates={
        "getötet oder verwundet": "killed-or-wounded", "getötet oder verletzt": "killed-or-wounded",
        "gefallen oder verwundet": "killed-or-wounded", "tot oder verwundet": "killed-or-wounded",
        "getötet und verwundet": "killed-or-wounded", "verwundet oder getötet": "killed-or-wounded",
        "getötet": "killed", "ums leben gekommen": "killed", "ums leben": "killed",
        "gefallen": "killed", "gestorben": "killed", "starben": "killed", "tot": "killed",
        "verwundet": "wounded", "verletzt": "wounded", "schwer verletzt": "wounded",
        "vermisst": "missing", "verschollen": "missing", "verloren": "casualty",
        "evakuiert": "evacuated", "vertrieben": "displaced", "obdachlos": "displaced",
        "festgenommen": "arrested", "verhaftet": "arrested", "gefangen genommen": "captured",
        "entlassen": "dismissed", "infiziert": "infected", "erkrankt": "infected",
    },
    lemmas={
        "menschen": "Mensch", "leute": "Mensch", "personen": "Person", "kinder": "Kind",
        "kindern": "Kind", "frauen": "Frau", "männer": "Mann", "männern": "Mann",
        "häuser": "Haus", "häusern": "Haus", "länder": "Land", "ländern": "Land",
        "dörfer": "Dorf", "dörfern": "Dorf", "jahre": "Jahr", "jahren": "Jahr", "tage": "Tag",
        "tagen": "Tag", "monate": "Monat", "monaten": "Monat", "wochen": "Woche",
        "stunden": "Stunde", "minuten": "Minute", "soldaten": "Soldat", "soldatinnen": "Soldat",
        "truppen": "Truppe", "verluste": "Verlust", "verlusten": "Verlust", "euro": "Euro",
        "dollar": "Dollar", "prozent": "Prozent", "opfer": "Opfer", "opfern": "Opfer",
        "teilnehmer": "Teilnehmer", "teilnehmern": "Teilnehmer", "teilnehmende": "Teilnehmer",
        "teilnehmenden": "Teilnehmer", "demonstranten": "Demonstrant", "einwohner": "Einwohner",
        "einwohnern": "Einwohner", "mitarbeiter": "Mitarbeiter", "mitarbeitern": "Mitarbeiter",
        "beschäftigte": "Beschäftigter", "beschäftigten": "Beschäftigter", "stellen": "Stelle",
        "arbeitsplätze": "Arbeitsplatz", "arbeitsplätzen": "Arbeitsplatz", "kämpfer": "Kämpfer",
        "kämpfern": "Kämpfer", "offiziere": "Offizier", "offizieren": "Offizier",
        "brigaden": "Brigade", "raketen": "Rakete", "drohnen": "Drohne", "panzer": "Panzer",
        "granaten": "Granate", "flüchtlinge": "Flüchtling", "flüchtlingen": "Flüchtling",
        "geflüchtete": "Geflüchteter", "geflüchteten": "Geflüchteter", "todesopfer": "Todesopfer",
        "todesopfern": "Todesopfer", "hektar": "Hektar", "kilometer": "Kilometer",
        "tonnen": "Tonne", "fälle": "Fall", "fällen": "Fall", "stimmen": "Stimme",
        "wähler": "Wähler", "wählern": "Wähler", "kunden": "Kunde", "patienten": "Patient",
        "schuss": "Schuss", "besucher": "Besucher", "besuchern": "Besucher", "zuschauer": "Zuschauer",
        "zuschauern": "Zuschauer", "gebäude": "Gebäude", "gebäuden": "Gebäude",
        "wohnungen": "Wohnung", "haushalte": "Haushalt", "haushalten": "Haushalt",
        "schüler": "Schüler", "schülern": "Schüler", "studenten": "Student", "lehrer": "Lehrer",
        "ärzte": "Arzt", "ärzten": "Arzt", "polizisten": "Polizist", "einsatzkräfte": "Einsatzkraft",
        "einsatzkräften": "Einsatzkraft", "helfer": "Helfer", "helfern": "Helfer",
        "zivilisten": "Zivilist", "bürger": "Bürger", "bürgern": "Bürger", "tiere": "Tier",
        "flüge": "Flug", "flügen": "Flug", "züge": "Zug", "autos": "Auto", "fahrzeuge": "Fahrzeug",
        "städte": "Stadt", "städten": "Stadt", "gemeinden": "Gemeinde", "betten": "Bett",
        "plätze": "Platz", "plätzen": "Platz", "mitglieder": "Mitglied", "mitgliedern": "Mitglied",
        "streitkräfte": "Streitkraft", "spezialkräfte": "Spezialkraft", "einheiten": "Einheit",
        "bataillone": "Bataillon", "geiseln": "Geisel", "gefangene": "Gefangener",
        "gefangenen": "Gefangener", "angriffe": "Angriff", "angriffen": "Angriff",
    },
    nominal_adjectives=frozenset({"tot", "verletzt", "vermisst", "verwundet", "gefangen",
                                  "verschüttet", "obdachlos", "angehörig", "beschäftigt",
                                  "geflüchtet", "vertrieben", "infiziert", "erkrankt",
                                  "arbeitslos", "deutsch", "überlebend", "festgenommen",
                                  "evakuiert", "inhaftiert", "bedürftig", "jugendlich",
                                  "erwachsen", "verstorben", "getötet", "verunglückt"}),
    non_units=frozenset({"min", "min.", "minuten", "minute", "uhr", "jährige", "jähriger",
                         "jährigen", "jährigem", "jähriges", "lesezeit", "seite", "seiten",
                         "kommentare", "kommentar", "mal", "prozentpunkte", "grad", "platz",
                         "sek", "sekunden", "s"}),
    count_nouns=frozenset({"zahl", "anzahl", "gesamtzahl", "zahl der", "bilanz", "opferzahl",
                           "todeszahl", "totenzahl", "teilnehmerzahl", "summe", "höhe", "stand"}),
    day_words={"heute": 0, "gestern": -1, "vorgestern": -2, "heute morgen": 0, "gestern abend": -1},
    week_words={"vergangene woche": -1, "vergangenen woche": -1, "letzte woche": -1,
                "letzten woche": -1, "vorige woche": -1, "vorigen woche": -1, "diese woche": 0,
                "dieser woche": 0, "in der vergangenen woche": -1, "anfang der woche": 0},
    month_parts={"anfang": 0, "mitte": 1, "ende": 2},
    month_words={"diesen monat": 0, "diesem monat": 0, "dieses monats": 0, "im laufenden monat": 0,
                 "vergangenen monat": -1, "letzten monat": -1, "im vergangenen monat": -1,
                 "im vormonat": -1, "vormonat": -1},
    period_words=("seit kriegsbeginn", "seit beginn des krieges", "seit kriegsausbruch",
                  "seit beginn der invasion", "seit beginn des angriffskrieges", "seit jahresbeginn",
                  "seit beginn der pandemie", "bislang", "bisher", "insgesamt bislang"),
    daypart_suffixes=("abend", "morgen", "mittag", "nachmittag", "vormittag", "nacht"),
    last_words=frozenset({"vergangenen", "letzten", "vorigen", "vergangener", "letzter"}),
    quote_pairs=(("„", "“"), ("»", "«"), ("\"", "\""), ("“", "”"), ("«", "»"), ("‚", "‘")),
    hearsay=("sollen", "soll", "angeblich", "berichten zufolge", "heißt es"),
    address_words=frozenset({"straße", "str.", "strasse", "weg", "allee", "gasse", "damm", "ring", "ufer",
                             "chaussee", "platz", "markt", "steig", "pfad", "bundesstraße", "autobahn",
                             "landstraße", "kreisstraße", "staatsstraße", "linie", "gleis", "bahnsteig",
                             "hausnummer", "postfach", "ausfahrt", "zimmer", "raum", "saal", "halle",
                             "terminal", "buslinie", "tramlinie", "tram-linie", "flug", "kanal"}),
    time_units=frozenset({"Jahr", "Jahrzehnt", "Jahrhundert", "Monat", "Woche", "Tag", "Stunde", "Minute"}),
    ago_before=frozenset({"vor"}),
    ago_after=frozenset({"zuvor", "davor", "früher", "her"}),
    age_before=("im alter von", "im alter zwischen", "alter von", "alters von"),
    rumour_nouns=frozenset({"bericht", "berichte", "berichten", "spekulation", "spekulationen", "gerücht",
                            "gerüchte", "gerüchten", "behauptung", "behauptungen", "meldung", "meldungen",
                            "angabe", "angaben", "darstellung", "vorwurf", "vorwürfe", "zahl", "zahlen"}),
    denial_words=("wies zurück", "wiesen zurück", "weist zurück", "zurückgewiesen", "dementiert*",
                  "dementierte", "bestritt", "bestreitet", "bestritten", "falsch", "unzutreffend",
                  "frei erfunden", "zu hoch gegriffen", "nicht zutreffend", "nicht zu"),
    year_words={"im vergangenen jahr": -1, "vergangenes jahr": -1, "im vorjahr": -1, "letztes jahr": -1,
                "im letzten jahr": -1, "im vergangenen geschäftsjahr": -1, "im abgelaufenen geschäftsjahr": -1,
                "im abgelaufenen jahr": -1, "in diesem jahr": 0, "dieses jahr": 0, "im laufenden jahr": 0},
    weekend_words=frozenset({"am wochenende", "am vergangenen wochenende", "übers wochenende",
                             "über das wochenende", "am letzten wochenende"}),
    since_words=frozenset({"seit"}),
    until_words=frozenset({"bis", "bis zum", "bis zur", "bis spätestens"}),
    following_words=frozenset({"darauffolgenden", "folgenden", "nächsten"}),
    unit_days={"tag": 1, "tage": 1, "tagen": 1, "woche": 7, "wochen": 7, "monat": 30, "monate": 30,
               "monaten": 30, "jahr": 365, "jahre": 365, "jahren": 365},
    plan_words=frozenset({"fordert", "fordern", "forderte", "forderten", "forderung", "forderungen",
                          "verlangt", "verlangen", "verlangte", "angebot", "angebote", "bietet",
                          "boten", "bot", "vorschlag", "vorschläge", "schlägt", "sparziel", "ziel",
                          "zielt", "anpeilt", "peilt", "budget", "etat", "zugesagt", "sagt zu",
                          "sagte zu", "zusage", "beantragt", "antrag", "will", "wollen", "plant"}),
)
