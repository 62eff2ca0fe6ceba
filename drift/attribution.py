"""Who says a figure: attribution inside one sentence, and the carry-over rules across sentences.

Inside a sentence, in order of strength: a source preposition (``laut X``, ``nach Angaben X``,
``unter Berufung auf X``, ``according to X``, ``X zufolge``, ``so X``, ``wie X meldete``), then a
verb of saying with its subject (``X sagte``, ``sagte X``, ``X said``, ``said X``). Pronoun sources
(``fügte er hinzu``) resolve to the last named source before them. The verb's own modality
(``schätzte`` -> estimate, ``dementierte`` -> denied) is returned alongside.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from drift import lang as _lang
from drift.lang.geo import place_id
from drift.nouns import Token
from drift.text import before_word, contains_any, lower_document, lower_words, phrase_trie, word_starts

__all__ = ["Attribution", "attribute", "clean_source", "introductions", "is_generic", "kind_of", "resolve_generic"]


@attrs.frozen
class Attribution:
    """A source found in a sentence, where its cue stands, and the modality its verb gives."""

    source: str
    cue_start: int
    modality: str = ""
    pronoun: bool = False


def _pattern_before(phrases: Iterable[str], flags: int) -> regex.Pattern[str]:
    phrases = list(phrases)
    before = "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    # the lookahead (text.word_starts) rejects most positions before trying every phrase; _PRE_GUARD
    # reads the blank after the phrase
    return regex.compile(rf"{before_word(phrases)}(?={word_starts(phrases)})(?:{before})(?=\s)", flags)


def _compile(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    t = _lang.text_tables(lang)
    after = "|".join(regex.escape(p) for p in sorted(t.source_after, key=len, reverse=True)) or "(?!)"
    # the lookahead (text.word_starts) rejects most positions before trying every phrase
    return (_pattern_before(t.source_before, regex.I),
            regex.compile(rf"{before_word(t.source_after)}(?={word_starts(t.source_after)})(?:{after})(?!\w)", regex.I))


_PATTERNS = {c: _compile(c) for c in _lang.supported()}
_TABLES = {c: _lang.text_tables(c) for c in _lang.supported()}  # looked up without a call
_GUARDABLE = re.compile(r"[a-zäöüß ]+")  # the letters text.lower_words shows ignoring case for, and blanks


def _phrase_guard(phrases: Iterable[str]) -> tuple[tuple[str, re.Pattern[str]], ...] | None:
    r"""A test for the lower-cased sentence (text.lower_words) that holds wherever one of
    ``phrases`` is followed by a blank (a blank inside read as ``\s+``), for the standard ``re``,
    whose ``\s`` holds for every blank ``regex``'s does. It leaves out the word boundary before a
    phrase, so it finds every start of the ``_PATTERNS`` pattern and a few more; None when a phrase
    has a letter lower-casing may not show.

    The phrases are split by their first word, and each part comes with a word all its phrases
    contain (the longest: mostly a rare one): a ``str`` test for that word rules most parts out,
    and a part opening with a literal word is searched many times faster than one trie of all
    phrases, which ``re`` tries at every letter a phrase can begin with (_pre_guard_starts)."""
    low = [" ".join(p.lower().split()) for p in phrases]
    if not low or not all(_GUARDABLE.fullmatch(p) for p in low):
        return None
    groups: dict[str, list[str]] = {}
    for p in low:
        groups.setdefault(p.split()[0], []).append(p)
    parts = []
    for first, group in sorted(groups.items()):
        shared = set.intersection(*(set(p.split()) for p in group))  # the first word at least
        rests = [p[len(first):] for p in group]  # each "" or a blank and the words after the first
        after = phrase_trie(rests) if any(rests) else ""
        parts.append((max(sorted(shared), key=len), re.compile(rf"{re.escape(first)}{after}(?=\s)")))
    return tuple(parts)


_PRE_GUARD = {c: _phrase_guard(_lang.text_tables(c).source_before) for c in _lang.supported()}


def _pre_guard_starts(low: str, lang: str) -> list[int]:
    """Where _PRE_GUARD holds in the lower-cased sentence ``low``, in order: every start of a match
    of its parts, each searched only when its word occurs in ``low``."""
    starts: list[int] = []
    for word, part in _PRE_GUARD[lang]:  # type: ignore[union-attr]
        if word in low:
            m = part.search(low)
            while m is not None:
                starts.append(m.start())
                m = part.search(low, m.start() + 1)
    if len(starts) > 1:
        starts.sort()
    return starts


# the _PATTERNS pattern before a source in lower case, without ignoring case: on the lower-cased
# sentence it matches where the pattern matches in the text, several times faster
_PRE_LOW = {c: _pattern_before([p.lower() for p in _lang.text_tables(c).source_before], 0) for c in _lang.supported()}


def _prepositions(text: str, s0: int, s1: int, low: str | None, opens: list[int] | None,
                  lang: str) -> Iterator[tuple[int, int, str]]:
    """The source prepositions of the sentence as the ``_PATTERNS`` pattern finds them: where each
    starts and ends, and its words in lower case. With the lower-cased sentence and the places its
    guard holds (_pre_guard_starts, among them every start of a match), _PRE_LOW is tried there
    alone; only a match at the sentence start, whose word boundary reads the text before it, is
    looked for in the text instead."""
    if low is None or opens is None or opens and opens[0] == 0 and s0 > 0 and _WORD_BEFORE.match(text, s0 - 1, s0):
        for m in _PATTERNS[lang][0].finditer(text, s0, s1):
            yield m.start(), m.end(), " ".join(m.group().lower().split())
        return
    for m in _scan(_PRE_LOW[lang], low, 0, len(low), opens):
        yield s0 + m.start(), s0 + m.end(), " ".join(m.group().split())


_WORD_BEFORE = regex.compile(r"\w")  # a word character before the sentence: no word boundary at its start
#: the first words of the phrases after a source ("X zufolge"): every match of its pattern has one
_POST_NEEDS = {c: tuple(sorted({p.split()[0].lower() for p in _lang.text_tables(c).source_after})) for c in _lang.supported()}
_OWN_NOUNS_DE = (r"(?:angaben|worten|schätzungen?|informationen|zählung(?:en)?|darstellung|berechnung(?:en)?|einschätzung"
                 r"|rechnung|erhebung|auswertung|analyse|studie|untersuchung|recherchen|daten)")
_OWN_WORDS = {"de": regex.compile(rf"(?i)\b(?=nach|ihre|sein|dere|dess)(?:nach\s+(?:ihren|seinen|ihrer|seiner|deren|dessen|eigenen|eigener)\s+{_OWN_NOUNS_DE}"
                                  rf"|(?:ihren|seinen|ihrer|seiner|deren|dessen)\s+{_OWN_NOUNS_DE}\s+zufolge)(?!\w)"),
              "en": regex.compile(r"(?i)\b(?=acc|by)(?:according\s+to\s+(?:it|them|him|her)|(?:by|according\s+to)\s+(?:its|their|his|her)"
                                  r"\s+(?:own\s+)?(?:count|estimates?|tally|figures|calculations?|data))(?!\w)")}
#: a word every match of the _OWN_WORDS pattern contains, and of _STUDY
_OWN_NEEDS = {"de": ("nach", "zufolge"), "en": ("according", "by")}
#: and a second one: the possessive ("ihren", "eigenen"), or what the figure is ("its own count")
_OWN_ALSO = {"de": ("ihre", "seine", "dere", "desse", "eigene"),
             "en": ("according", "count", "estimate", "tally", "figures", "calculation", "data")}
_STUDY_NEEDS = ("survey", "poll", "study", "analysis")
_HEADLINE = regex.compile(r"(?P<who>\p{Lu}[\p{L}\-.]*(?:\s+\p{Lu}[\p{L}\-.]*){0,3}):\s*[„“\"»‘']")
_HEADLINE_QUOTES = frozenset("„“\"»‘'")
_NACH_DE = regex.compile(
    r"(?i)\bnach\s+(?:(?:einer|einem|ersten|neuen|neuesten|eigenen|vorläufigen|offiziellen|jüngsten|aktuellen)\s+)*"
    r"(?:angaben|schätzung(?:en)?|berechnung(?:en)?|zählung(?:en)?|umfrage|erhebung|auswertung|informationen|"
    r"darstellung|einschätzung|recherchen|analyse|hochrechnung|daten|zahlen|worten)\s+(?:von|des|der|vom)(?=\s)")
_NACH_COMPOUND_DE = regex.compile(r"(?i)\bnach\s+(?P<who>\p{L}+?)-?(?:angaben|schätzungen|zählungen|informationen)(?!\w)")
_ELLIPSIS = {"de": regex.compile(r"(?:^|[,;]\s*(?:und\s+|aber\s+)?)(?:die|der|das)?\s*(?P<who>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?)\s+(?:\p{Ll}+\s+){0,2}?(?:von|auf|bei)\s+\Z"),
             "en": regex.compile(r"(?:^|[,;]\s*(?:and\s+|but\s+)?)(?:the\s+)?(?P<who>[\p{L}][\p{L}\-']+(?:\s[\p{L}][\p{L}\-']+)?)\s+(?:at|of)\s+\Z")}
_ELLIPSIS_PREPS = {"de": ("von", "auf", "bei"), "en": ("at", "of")}  # how the _ELLIPSIS patterns end
#: the nouns of the "nach" patterns in lower case: every match has "nach" and one of _NACH_NOUNS_DE, of
#: _NACH_ADJ_DE one of _NACH_ADJ_NOUNS_DE, of _NACH_COMPOUND_DE one of _NACH_COMPOUND_NOUNS_DE
_NACH_NOUNS_DE = ("angaben", "informationen", "schätzung", "rechnung", "zählung", "umfrage", "erhebung", "auswertung",
                  "darstellung", "recherchen", "analyse", "daten", "zahlen", "worten", "erkenntnissen", "berichten")
_NACH_ADJ_NOUNS_DE = ("angaben", "informationen", "schätzungen", "erkenntnissen", "berichten")
_NACH_COMPOUND_NOUNS_DE = ("angaben", "informationen", "schätzungen", "zählungen")
_GENERIC = {"de": frozenset({"behörde", "unternehmen", "konzern", "firma", "gewerkschaft", "verband", "ministerium",
                             "nachrichtendienst", "geheimdienst", "anbieter", "betreiber", "hersteller",
                             "versorger", "reederei", "initiative", "organisation", "gruppe", "verein", "klub",
                             "amt", "institut", "agentur", "stiftung"}),
            "en": frozenset({"agency", "ministry", "company", "firm", "group", "organisation", "organization",
                             "department", "union", "club", "trust", "charity", "office", "institute", "body",
                             "authority", "organizers", "campaign", "alliance", "carrier", "operator", "provider",
                             "airline", "utility", "insurer", "retailer", "manufacturer", "supplier"})}
# heads whose German compounds still only name a type ("Mobilfunkanbieter", "Hilfsorganisation"),
# unlike "Gesundheitsministerium" or "Zivilschutzbehörde", which name one institution
_GENERIC_COMPOUND_HEADS = ("organisation", "anbieter", "betreiber", "hersteller", "versorger", "initiative",
                           "unternehmen", "konzern")
_RELAYS = frozenset({"unter berufung auf", "citing", "cited by"})
_LEAD_NOUNS_DE = ("einschätzung", "angaben", "informationen", "schätzungen", "schätzung", "berichten",
                  "bericht", "zählung", "darstellung", "erkenntnissen", "daten", "zahlen", "analyse",
                  "auswertung", "studie", "umfrage", "erhebung", "untersuchung", "berechnung",
                  "berechnungen", "hochrechnung", "prognose", "statistik", "bilanz")
_LEAD_NOUNS_EN = ("figures", "data", "estimates", "estimate", "reports", "report", "statement",
                  "a statement", "officials at", "a spokesperson for", "a spokesman for",
                  "a spokeswoman for")


_ARTICLE_WORDS = frozenset({"dem", "den", "des", "der", "die", "das", "the"})
_ARTICLES = {c: _lang.text_tables(c).determiners | _ARTICLE_WORDS for c in _lang.supported()}


@functools.lru_cache(maxsize=8192)
def clean_source(raw: str, lang: str, *, genitive: bool = False) -> str:
    """A readable source: no leading article, no trailing punctuation, genitive and compound
    report-nouns normalised ("des Geheimdienstes" -> "Geheimdienst", "NATO-Berichten" -> "NATO")."""
    t = _lang.text_tables(lang)
    s = " ".join(raw.replace("\n", " ").split()).strip(" ,.;:„“\"”»«'")
    words = s.split()
    articles = _ARTICLES.get(lang) or t.determiners | _ARTICLE_WORDS
    while words and words[0].lower() in articles:
        words = words[1:]
    if lang == "de" and len(words) >= 3 and words[0].lower() in _LEAD_NOUNS_DE and words[1].lower() in ("des", "der", "von", "vom"):
        genitive = words[1].lower() == "des"
        words = words[2:]
        if genitive and words[-1].endswith("es") and len(words[-1]) > 5:
            words[-1] = words[-1][:-2]  # "des Geheimdienstes" -> "Geheimdienst"
    if lang == "en":
        low = " ".join(words).lower()
        for lead in _LEAD_NOUNS_EN:
            if low.startswith(lead + " ") and len(words) > len(lead.split()):
                words = words[len(lead.split()):]
                if words and words[0].lower() in ("from", "by", "of", "the"):
                    words = words[1:]
                if words and words[0].lower() == "the":
                    words = words[1:]
                break
    if genitive and lang == "de" and len(words) >= 2 and words[0].endswith("en") \
            and words[1][:1].isupper() and words[1].endswith("s") and len(words[1]) > 4:
        # "des Roten Kreuzes" -> "Rote Kreuz", "des Deutschen Wetterdienstes" -> "Deutsche Wetterdienst"
        noun = words[1]
        words = [words[0][:-1], noun[:-2] if noun.endswith("es") and len(noun) > 5 else noun[:-1]] + words[2:]
        genitive = False
    if genitive and lang == "de" and words and words[0][:1].isupper() and len(words[0]) > 5:
        w0 = words[0]
        words[0] = w0[:-2] if w0.endswith("es") else w0[:-1] if w0.endswith("s") else w0  # "des Landkreises"
        head = next((i for i in range(len(words) - 1, 0, -1) if not words[i].startswith("(")), 0)
        wh = words[head]
        if head and w0 == words[0] and wh[:1].isupper() and len(wh) > 5 and wh.endswith("s") and not wh.endswith("ss"):
            words[head] = wh[:-1]  # "des Robert Koch-Instituts (RKI)": the name's last word is its head
    if len(words) == 1 and "-" in words[0]:
        first, _, rest = words[0].partition("-")
        if rest.lower() in ("berichten", "berichte", "angaben", "beobachtungen", "informationen",
                            "schätzungen", "zahlen", "daten", "figures", "data"):
            words = [first]
    if lang == "de" and len(words) >= 2 and words[-2].lower() == "des" and words[-1][-2:] in ("es",) and len(words[-1]) > 5:
        words = words[:-2] + [words[-1][:-2]]
    return " ".join(words).strip(" ,.;:")


_NACH_ADJ_DE = regex.compile(r"\b[Nn]ach\s+(?P<adj>\p{Ll}+(?:ischen|nischen)|offiziellen|amtlichen|behördlichen"
                             r"|polizeilichen|staatlichen)\s+(?P<noun>Angaben|Informationen|Schätzungen|Erkenntnissen|Berichten)(?!\w)")
_STUDY = {"en": regex.compile(r"(?i)\bin\s+an?\s+(?:new\s+|recent\s+|latest\s+)?(?P<what>(?:survey|poll|study|analysis)[^,.;:]{0,60})")}
_COORDINATED = regex.compile(r"(?:,|;)\s*(?:and|but|while|und|aber|doch|während)\s|;")
_CLAUSE_AFTER = regex.compile(r"[,;:]\s*(?:dass|that|wonach|weil|because|and|und)?\s*\p{L}")
_DOCUMENT_NOUN = regex.compile(r"(?i)\s*(?:an?|the|einem|einer|einen|dem|der|den)?\s*(?:[\w\-]+\s+){0,2}?"
                                r"(?:briefing|memo|document|dossier|paper|papier|dokument|unterlagen|lagebericht)s?\b")
_DOCUMENT_WORDS = ("briefing", "memo", "document", "dossier", "paper", "papier", "dokument", "unterlagen",
                   "lagebericht")  # one of them is in every match of _DOCUMENT_NOUN
_EVIDENCE_VERBS = frozenset({"show", "shows", "showed", "found", "finds", "suggests", "suggested", "zeigen",
                             "zeigt", "zeigte", "zeigten", "belegen", "belegt"})
_WEAK_VERBS = _EVIDENCE_VERBS | {"plans", "plan", "planned", "wants", "want", "intends", "hopes", "hoping", "hope",
                                  "will", "wollen", "wollte", "wollten", "plant", "planen", "plante", "planten"}
_RELATIVE = frozenset({"that", "which", "who", "whom", "dass", "wonach", "wie"})
_WORD = regex.compile(r"\w+")
_AUS = regex.compile(r"\baus\b")
_CLAUSE_MARK = regex.compile(r",(?!\d)|[;:–—\"“”„»«]|\s-\s")  # not the comma inside "3,000"
_DISPUTED_APPOSITION = regex.compile(r"(?i),\s+(?:a|the|this|that|eine|die|diese)\s+(?:figure|number|claim|estimate|count"
                                     r"|zahl|angabe|schätzung)\b[^,;.]*\Z")
_DASH = regex.compile(r"\s[–—-]\s")
_THAT = regex.compile(r"(?i)\b(?:that|dass)\b")
_PARENS = regex.compile(r"\([^)]*\)")


def _find_all(low: str, word: str, offset: int) -> list[int]:
    """Where ``word`` occurs in ``low``, plus ``offset``."""
    out = []
    i = low.find(word)
    while i >= 0:
        out.append(offset + i)
        i = low.find(word, i + 1)
    return out


def _scan(pattern: regex.Pattern[str], text: str, start: int, end: int,
          opens: list[int] | None) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern.finditer(text, start, end)``; when ``opens`` (ascending) holds every
    place a match can open, tried only there (``regex`` reads a word boundary or a lookbehind there
    in the text before it, as the scan does)."""
    if opens is None:
        yield from pattern.finditer(text, start, end)
        return
    last = start
    for i in opens:
        if i >= last:
            m = pattern.match(text, i, end)
            if m is not None:
                yield m
                last = m.end()


def _low_at(text: str, i: int) -> str:
    m = _WORD.match(text, i, i + 30)
    return m.group().lower() if m else ""


def _trailing_clause(text: str, pos: int, verb: int, lang: str) -> bool:
    """"..., the regional government said", "..., teilte die Polizei mit": after the last comma
    before the verb stands only the speaker (English) or nothing (German inversion), no relative
    clause. ", die Klinik geht von mehr aus" is a German main clause of its own."""
    c = text.rfind(",", pos, verb)
    if c < 0:
        return False
    words = _WORD.findall(text[c + 1:verb].lower())
    if words and words[0] in ("and", "but", "or", "und", "aber", "oder", "doch", "while"):
        return False  # ", and the trust says ...": a clause of its own
    if lang == "de":
        return not words
    return len(words) <= 9 and not any(w in _RELATIVE for w in words)
_HOLD_DE = frozenset({"hält", "halten", "hielt", "hielten"})
_ARRIVE_DE = frozenset({"kam", "kamen", "kommt", "kommen"})
_CONDITIONAL_DE = _HOLD_DE | _ARRIVE_DE  # the verbs _conditional_verb reads
# verbs that change a figure: a source's own statement when their object is its count ("raised its
# estimate to", "korrigierte die Zahl der Toten auf"), not when it is the world ("raised prices")
_REVISE = {"de": frozenset("""korrigierte korrigiert korrigierten erhöhte erhöht erhöhten senkte senkt senkten
                              revidierte revidiert revidierten verdoppelte verdoppelt""".split()),
           "en": frozenset("""raised raises lowered lowers revised revises cut cuts doubled doubles
                              tripled triples quadrupled quadruples updated updates corrected corrects""".split())}
_COUNT_OBJECT = regex.compile(r"(?i)\s+(?:(?:its|their|his|her|the|seine|ihre|die|den|das)\s+)?(?:own\s+)?"
                              r"(?:[\p{L}\-]+\s+){0,2}?(?:estimates?|counts?|figures?|toll|tally|forecast|numbers?"
                              r"|zahl|angaben?|prognose|schätzung|bilanz|opferzahl|totenzahl)(?!\w)")
_VERB_WORDS = {c: frozenset(_lang.text_tables(c).speech_verbs) | (_CONDITIONAL_DE if c == "de" else frozenset())
               | _REVISE.get(c, frozenset()) for c in _lang.supported()}
_REVISE_ALL = frozenset().union(*_REVISE.values())
#: the verbs _parallel_figure reads besides the verbs of saying
_PARALLEL_VERBS = frozenset({"put", "puts", "estimated", "schätzte", "schätzt"})
#: the words of _VERB_WORDS and _PARALLEL_VERBS: a sentence without any has no speaker by a verb and no ellipsis
_SAYING = {c: words | _PARALLEL_VERBS for c, words in _VERB_WORDS.items()}
_FOR_WORD = regex.compile(r"\bfür\s+(?:\w+\s+)?(\w+)")
_AUF = regex.compile(r"\bauf\s")


def _conditional_verb(text: str, toks: Sequence[Token], k: int, s1: int, pos: int) -> str | None:
    """Verbs that report a figure only in a frame: "X hält es für möglich, dass ..." (possible),
    "X hält diese Zahl für übertrieben" (denied), "X kam auf 9000" (a count), "X raised its estimate
    to ..." (a figure of X's own)."""
    low = toks[k].low
    if low in _REVISE_ALL:
        return "" if _COUNT_OBJECT.match(text, toks[k].end, min(s1, toks[k].end + 60)) else None
    if low in _HOLD_DE:
        m = _FOR_WORD.search(text[toks[k].end:s1].lower())
        if m is None:
            return None
        word = m.group(1)
        if word.startswith(("möglich", "denkbar", "realistisch")):
            return "possible"
        if word.startswith(("wahrscheinlich", "plausibel")):
            return "estimate"
        if word.startswith(("übertrieben", "falsch", "unrealistisch", "zu", "hoch", "niedrig", "gering", "überhöht",
                            "untertrieben")):  # "für zu hoch", "für zu niedrig": the figure is disputed
            return "denied"
        return ""
    if low in _ARRIVE_DE and toks[k].end < pos and _AUF.search(text[toks[k].end:pos]):
        return ""
    return None


_FIGURE_PREPS = frozenset({"von", "auf", "bei", "at", "of"})


def _parallel_figure(text: str, toks: Sequence[Token], s0: int, upto: int, prep: str, t: _lang.TextTables) -> bool:
    """"Die Polizei sprach von 4.500, Verdi von 8.000": the ellipsis needs a verb of saying with the
    same preposition and a figure before it in the sentence."""
    for k, tok in enumerate(toks):
        if tok.start < s0 or tok.start >= upto:
            continue
        if tok.low in t.speech_verbs or tok.low in _PARALLEL_VERBS:
            for j in range(k + 1, min(k + 8, len(toks))):
                if toks[j].start >= upto:
                    break
                if toks[j].low in _FIGURE_PREPS and any(tk.text[:1].isdigit() for tk in toks[j + 1:j + 4]):
                    return True
    return False


_DE_ARTICLES = frozenset({"des", "der", "dem", "den", "vom", "von"})
_EN_LINKS = frozenset({"of", "for", "at"})
_TAIL_WORDS = frozenset({"des", "der", "of", "for", "at"})  # a noun phrase does not end with them
_TEXT = operator.attrgetter("text")


def _np_words(lang: str) -> tuple[frozenset[str], ...]:
    """The word sets _np_after tests each word against, read in one lookup: determiners,
    pronouns and prepositions, and joined once, the words that open a noun phrase (determiners,
    German articles), the words that end one before they come (verbs of saying, stop words), and
    the words it does not end with (determiners, _TAIL_WORDS)."""
    t = _lang.text_tables(lang)
    return (t.determiners, t.pronouns, t.prepositions, t.determiners | _DE_ARTICLES if lang == "de" else t.determiners,
            frozenset(t.speech_verbs) | t.stop_words, t.determiners | _TAIL_WORDS)


_NP_WORDS = {c: _np_words(c) for c in _lang.supported()}


def _np_after(toks: Sequence[Token], i: int, lang: str, limit: int) -> tuple[str, int] | None:
    """The noun phrase starting at ``toks[i]`` (determiners, adjectives, names, titles, a genitive
    tail, an apposition ", Sabrina Singh,"), and the index after it."""
    de, en = lang == "de", lang == "en"
    determiners, pronouns, prepositions, openers, stops, tail = _NP_WORDS[lang]
    n = len(toks)
    j = i
    parts: list[Token] = []
    seen_name = False
    marks = False  # a comma or a parenthesis among the parts
    while j < n and len(parts) < 12:
        tok = toks[j]
        if tok.start >= limit:
            break
        low = tok.low
        if not tok.is_word:  # a comma or a parenthesis inside the name, else the end
            if tok.text == "," and seen_name and j + 1 < n and toks[j + 1].capitalized and toks[j + 1].is_word \
                    and toks[j + 1].low not in pronouns and toks[j + 1].low not in determiners \
                    and _closed_apposition(toks, j + 1, limit):
                parts.append(tok)
                marks = True
                j += 1
                continue
            if tok.text in ("(", ")") and seen_name:
                parts.append(tok)
                marks = True
                j += 1
                continue
            break
        capitalized = tok.capitalized
        if de and parts and capitalized and parts[-1].text.isupper() and len(parts[-1].text) >= 2 \
                and not tok.text.isupper():
            break  # "des Geheimdienstes NIS Soldaten": the acronym closes the name
        if low in openers:
            if seen_name and de and low not in ("des", "der"):
                break
            parts.append(tok)
            j += 1
            continue
        if en and seen_name and low in _EN_LINKS and j + 1 < n and toks[j + 1].capitalized:
            parts.append(tok)
            j += 1
            continue
        if de and seen_name and not capitalized and low.endswith(("en", "e")) \
                and any(p.low in ("vom", "von") for p in parts) and j + 1 < n and toks[j + 1].capitalized \
                and toks[j + 1].is_word and low not in stops:
            parts.append(tok)  # "einer vom Bündnis beauftragten Umfrage"
            j += 1
            continue
        if capitalized or (de and not seen_name and low.endswith(("e", "en", "er", "es", "em"))
                           and not tok.text[:1].isdigit() and low not in stops and low not in prepositions):
            if low in stops or low in prepositions and not capitalized:
                break
            if capitalized and low in pronouns and not parts:
                return tok.text, j + 1
            parts.append(tok)
            seen_name = seen_name or capitalized
            j += 1
            continue
        if en and low not in stops and low not in prepositions and low not in pronouns \
                and not low.endswith(("ed", "ing")) and not tok.text[:1].isdigit():
            parts.append(tok)  # "deputy", "spokeswoman", "county's"
            j += 1
            continue
        if low in pronouns and not parts:
            return tok.text, j + 1
        break
    while parts and (not parts[-1].is_word or parts[-1].low in tail):
        parts.pop()
    if not parts or not _nameish(parts, lang, _TABLES[lang]):
        return None
    words = " ".join(map(_TEXT, parts))
    if marks:  # no blank before a comma or inside parentheses (the words have none at their ends)
        words = words.replace(" ,", ",").replace("( ", "(").replace(" )", ")")
    return words, j


#: determiners, stop words and prepositions: no content words
_FUNCTION_WORDS = {c: _lang.text_tables(c).determiners | _lang.text_tables(c).stop_words
                   | _lang.text_tables(c).prepositions for c in _lang.supported()}


def _nameish(parts: Sequence[Token], lang: str, t: _lang.TextTables) -> bool:
    """Can these words name a source? German needs a capitalised word (nouns are); English
    sources are often lower case ("the health ministry", "officials"), so any content word that
    does not open with a digit does."""
    determiners = t.determiners
    if lang == "de":
        for p in parts:
            if p.capitalized and p.low not in determiners:
                return True
        return False
    function_words = _FUNCTION_WORDS[lang]
    for p in parts:
        if p.is_word and p.low not in function_words and (len(p.text) > 2 or p.text.isupper()) \
                and not p.text[:1].isdigit():
            return True
    return False


_PARENTHETICALS = frozenset({"however", "though", "meanwhile", "too", "also", "instead", "nevertheless",
                             "separately", "though", "in turn"})
_INVERTIBLE_EN = frozenset({"said", "says", "told", "added", "wrote", "noted", "warned", "explained",
                            "claimed", "stated", "announced", "reported", "insisted", "estimated"})
def _calendar_words(code: str) -> frozenset[str]:
    """Month and weekday names of a language's number tables, without abbreviations ("jan" beside
    "jan.", a first name as often as a month)."""
    lt = _lang.get(code)
    months = {m for m in lt.months if "." not in m and f"{m}." not in lt.months}
    return frozenset(months) | frozenset(lt.weekdays)


_TIME_WORDS = _calendar_words("en") | frozenset({"morning", "evening", "night", "week", "month", "year", "today",
                                                 "yesterday"})


def _timeish(tok: Token, t: _lang.TextTables) -> bool:
    return tok.low in _TIME_WORDS or tok.text[:1].isdigit() or tok.low in t.determiners


def _closed_apposition(toks: Sequence[Token], i: int, limit: int) -> bool:
    """", Sabrina Singh," - an apposition of capitalised words closed by a comma or the end."""
    j = i
    while j < len(toks) and toks[j].start < limit and toks[j].is_word and toks[j].capitalized and j - i < 5:
        j += 1
    return j > i and (j >= len(toks) or toks[j].start >= limit or toks[j].text in (",", ".", ")"))


_CLOSING_QUOTES = frozenset({"“", "”", "\"", "«", "’"})
_OPENING_QUOTES = frozenset({"„", "“", "\"", "»", "‘"})
_POSSESSIVES = {"its": "it", "their": "they", "his": "he", "her": "she"}


_LY_NOUNS = frozenset({"family", "assembly", "ally", "rally", "supply", "monopoly", "anomaly", "belly", "bully"})


def _adverb_en(tok: Token) -> bool:
    """An English adverb in "-ly" between a subject and its verb ("the carrier initially said")."""
    return not tok.capitalized and tok.low.endswith("ly") and len(tok.low) > 4 and tok.low not in _LY_NOUNS


def _pp_head(tok: Token, t: _lang.TextTables) -> bool:
    """Can ``tok`` be the noun a place phrase hangs on ("ministry" in "the ministry in Kyiv")?"""
    return tok.is_word and tok.low not in t.stop_words and tok.low not in t.prepositions \
        and tok.low not in t.speech_verbs and tok.low not in t.determiners and not tok.text[:1].isdigit()


# words skipped between a verb and its subject before the subject starts ("hatte am Freitag mitgeteilt")
_ADVERBIAL_BEFORE = frozenset({"am", "on", "in", "also", "auch", "weiter", "erneut", "bereits", "zudem", "told",
                               "reporters", "now", "then", "later", "earlier", "previously", "again"})
#: and with the stop words and prepositions, one set per language
_SKIP_BEFORE = {c: _lang.text_tables(c).stop_words | _lang.text_tables(c).prepositions | _ADVERBIAL_BEFORE
                for c in _lang.supported()}


def _np_before(toks: Sequence[Token], k: int, lang: str, floor: int) -> str | None:
    """The noun phrase ending right before ``toks[k]`` (the subject of a verb of saying)."""
    t = _TABLES[lang]
    de, en = lang == "de", lang == "en"
    pronouns, stop_words, prepositions, determiners = t.pronouns, t.stop_words, t.prepositions, t.determiners
    skip = _SKIP_BEFORE[lang]
    j = k - 1
    # German: skip an auxiliary and adverbials between subject and participle ("hatte am Freitag mitgeteilt")
    parts: list[Token] = []
    skipped = 0
    if j >= 0 and toks[j].text == "," and j - 1 >= 0 and toks[j - 1].capitalized:
        j -= 1  # "John Kirby, berichtet": the comma closing an apposition
    if lang == "en" and j >= 1 and toks[j].text == "," and toks[j - 1].is_word and toks[j - 1].low not in _PARENTHETICALS:
        j -= 1  # the comma closing an apposition: "Sabrina Singh, the deputy press secretary, told"
    elif lang == "en" and j >= 2 and toks[j].text == "," and toks[j - 1].low in _PARENTHETICALS and toks[j - 2].text == ",":
        j -= 3  # "The regional government, however, put ..."
    elif lang == "en" and j >= 1 and toks[j].low in _PARENTHETICALS and toks[j - 1].text == ",":
        j -= 2
    while j >= 0 and len(parts) < 12:
        tok = toks[j]
        if tok.start < floor:
            break
        low = tok.low
        if not tok.is_word:
            if tok.text == "," and parts and j - 1 >= 0 and toks[j - 1].capitalized and toks[j - 1].low not in _TIME_WORDS:
                parts.insert(0, tok)  # apposition
                j -= 1
                continue
            if tok.text in ("'", "’") and parts and j - 1 >= 0 and toks[j - 1].is_word and toks[j - 1].capitalized:
                parts.insert(0, tok)  # "Supporters' Trust"
                j -= 1
                continue
            if tok.text in _CLOSING_QUOTES and not parts:
                # "Das Bündnis „Mietenwende Hamburg“, das ...": a quoted name inside the subject
                o = j - 1
                while o >= 0 and toks[o].start >= floor and toks[o].text not in _OPENING_QUOTES and j - o <= 6:
                    o -= 1
                if o >= 1 and toks[o].text in _OPENING_QUOTES and o < j - 1:
                    parts = list(toks[o + 1:j])  # the name without its quotation marks
                    j = o - 1
                    continue
            if tok.text == ")" and not parts:
                # "Médecins Sans Frontières (MSF) said": keep a short parenthesis inside the subject
                o = j - 1
                while o >= 0 and toks[o].start >= floor and toks[o].text != "(" and j - o <= 5:
                    o -= 1
                if o >= 1 and toks[o].text == "(" and toks[o - 1].is_word and toks[o - 1].capitalized:
                    parts = list(toks[o:j + 1])
                    j = o - 1
                    continue
            break
        if not parts and skipped < 5 and low not in pronouns and (
                low in skip or (de and not tok.capitalized) or en and _adverb_en(tok)):
            j -= 1
            skipped += 1
            continue
        if low in stop_words and low not in pronouns:
            break
        if parts and parts[0].low in pronouns:
            break  # "it had counted": the pronoun is the whole subject
        if de and low in prepositions and not tok.capitalized:
            # a prepositional phrase inside the subject ("der US-Botschafter der Vereinten Nationen")
            break
        if en and low in prepositions:
            if parts and all(_timeish(p, t) for p in parts) and skipped < 5:
                parts = []  # "which on Thursday had said": drop the adverbial and go on
                skipped += 1
                j -= 1
                continue
            if parts and low in ("in", "at", "from") and j >= 1 and toks[j - 1].start >= floor and _pp_head(toks[j - 1], t):
                parts.insert(0, tok)  # "the health ministry in Kyiv said", "its teams in the district"
                j -= 1
                continue
            break
        parts.insert(0, tok)
        j -= 1
        if en and low in determiners:
            if j >= 1 and toks[j].text == "," and toks[j - 1].capitalized and toks[j - 1].is_word \
                    and toks[j - 1].low not in _TIME_WORDS:
                parts.insert(0, toks[j])  # ", the ... spokesman": an apposition to the name before it
                j -= 1
                continue
            if not (j >= 1 and toks[j].low in ("in", "at", "from") and _pp_head(toks[j - 1], t) and toks[j - 1].start >= floor):
                break  # the determiner opens the noun phrase: "a project the club says"
    if lang == "en" and parts and parts[0].low in _POSSESSIVES:
        return _POSSESSIVES[parts[0].low]  # "its volunteers had counted": the organisation itself
    while parts and (parts[0].low in determiners or not parts[0].is_word
                     or en and len(parts) > 1 and (parts[0].low in _TIME_WORDS or parts[0].text[:1].isdigit())):
        parts.pop(0)  # a determiner, a mark, a time before the name (_timeish; its determiners are tested first)
    if not parts:
        return None
    if not _nameish(parts, lang, t) and not (len(parts) == 1 and parts[0].low in t.pronouns):
        return None
    text = " ".join(map(_TEXT, parts)).replace(" ,", ",").replace("( ", "(").replace(" )", ")") \
        .replace(" '", "'").replace(" ’", "’")
    # drop a leading adverbial chunk such as "Am Montag" or "Zuvor"
    return text


_LOW = operator.attrgetter("low")


def _token_from(toks: Sequence[Token], pos: int) -> int | None:
    """The index of the first token starting at or after ``pos`` (tokens are in text order)."""
    i = bisect.bisect_left(toks, pos, key=_START)
    return i if i < len(toks) else None


_START = operator.attrgetter("start")


def attribute(text: str, toks: Sequence[Token], sentence: tuple[int, int], pos: int, lang: str) -> Attribution | None:
    """The source of the figure at ``pos`` inside ``sentence``, or None when the sentence names none."""
    t = _TABLES.get(lang) or _lang.text_tables(lang)  # which raises on a language drift has no tables for
    s0, s1 = sentence
    pre, post = _PATTERNS[lang]
    post_needs = _POST_NEEDS[lang]
    own = _OWN_WORDS.get(lang)
    doc_low = lower_document(text)  # the patterns below run only when a word they need is there
    low = lower_words(text, s0, s1) if doc_low is None else doc_low[s0:s1]
    if own is not None and (low is None or contains_any(low, _OWN_NEEDS[lang]) and contains_any(low, _OWN_ALSO[lang])):
        m = own.search(text, s0, s1)
        if m is not None:  # "nach ihren Angaben", "ihren Angaben zufolge": the last named source;
            # "nach eigenen Angaben", "by its own count": the clause's subject, when it opens the sentence
            subject = _clause_subject(toks, s0, m.start(), lang) if "eigen" in m.group().lower() \
                or "own" in m.group().lower() else None
            if subject is not None:
                return Attribution(clean_source(subject, lang), m.start())
            return Attribution("sie", m.start(), "", pronoun=True)
    head_end = s0 + 60 if s0 + 60 < s1 else s1  # min(), spelled out: a call costs more than the test
    colon = text.find(":", s0, head_end)  # the name before it has none; a quotation mark opens after it
    head = _HEADLINE.match(text, s0, head_end) \
        if colon >= 0 and text[colon + 1:head_end].lstrip()[:1] in _HEADLINE_QUOTES else None
    if head is not None and head.end() <= pos:
        return Attribution(head.group("who"), s0)  # "Landesforst: „Tatsächlich verbrannt sind 850 Hektar“"
    best: Attribution | None = None
    relay = False
    prep_from_nach = False
    prep_document = False
    ell = None
    # the noun phrase after each "nach" phrase by where it ends, read again by "nach Angaben des" below
    nach_nps: dict[int, tuple[int | None, tuple[str, int] | None]] = {}
    # a word of saying among the tokens (_SAYING), which the ellipsis and the verbs of saying need
    saying = not _SAYING[lang].isdisjoint(map(_LOW, toks))
    # the pattern ends in a preposition and blanks: test the blank, then the preposition, first
    if saying and lang in _ELLIPSIS and pos > s0 and text[pos - 1:pos].isspace():
        lo = pos - 60 if pos - 60 > s0 else s0
        if text.endswith(_ELLIPSIS_PREPS[lang], lo, pos - 1) if lo < pos - 1 and not text[pos - 2].isspace() \
                else text[lo:pos].rstrip().endswith(_ELLIPSIS_PREPS[lang]):  # one blank before the figure, or more
            head_text = text[lo:pos]
            pattern = _ELLIPSIS[lang]  # it opens at the start or after a comma or semicolon and reads no
            # comma or semicolon after that: it opens after the last one, else it spans the whole
            # stretch, six words at most ("die Polizei Hamburg nun doch von")
            mark = max(head_text.rfind(","), head_text.rfind(";"))
            ell = pattern.match(head_text, mark) if mark >= 0 \
                else pattern.match(head_text) if len(head_text.split()) <= 6 else None
    if ell is not None and _parallel_figure(text, toks, s0, pos - len(ell.group()), ell.group().split()[-1].lower(), t):
        who = ell.group("who")
        if who.lower() not in t.stop_words and who.lower() not in t.determiners and who.split()[0].lower() not in t.prepositions:
            return Attribution(clean_source(who, lang), pos - 1)  # "Die Polizei sprach von 4.500, Verdi von 8.000"
    if lang == "de" and (low is None or "nach" in low and contains_any(low, _NACH_NOUNS_DE)):
        nach = None if low is None else _find_all(low, "nach", s0)  # where every match opens
        for m in _scan(_NACH_ADJ_DE, text, s0, s1, nach) if low is None or contains_any(low, _NACH_ADJ_NOUNS_DE) else ():
            # "nach südkoreanischen Angaben": the adjective names the source
            best = _closer(best, Attribution(f"{m.group('adj')[:-1]} {m.group('noun')}", m.start()), pos)
        for m in _scan(_NACH_COMPOUND_DE, text, s0, s1, nach) \
                if low is None or contains_any(low, _NACH_COMPOUND_NOUNS_DE) else ():
            who = m.group("who")
            if len(who) > 3 and who.lower() not in ("ihren", "seinen", "deren", "eigenen", "ersten", "neuen"):
                stem = who[:-1] if who.endswith("s") and len(who) > 5 else who
                best = _closer(best, Attribution(stem[:1].upper() + stem[1:], m.start()), pos)
        for m in _scan(_NACH_DE, text, s0, s1, nach):
            i = _token_from(toks, m.end())
            np = _np_after(toks, i, lang, s1) if i is not None else None
            nach_nps[m.end()] = i, np
            if np is not None:
                genitive = m.group().lower().endswith(("des", "vom"))
                best = _closer(best, Attribution(clean_source(np[0], lang, genitive=genitive), m.start(),
                                                 "estimate" if "schätz" in m.group().lower() else ""), pos)
                prep_from_nach = prep_from_nach or not m.group().lower().split()[1].startswith("angaben")
    # 1. source prepositions: "laut X", "according to X"
    opens = _pre_guard_starts(low, lang) if low is not None and _PRE_GUARD[lang] is not None else None
    for m_start, m_end, cue in _prepositions(text, s0, s1, low, opens, lang) if opens != [] else ():
        if m_end in nach_nps:
            i, np = nach_nps[m_end]
        else:
            i = _token_from(toks, m_end)
            np = _np_after(toks, i, lang, s1) if i is not None else None
        if np is None:
            continue
        if cue == "per" and i is not None and (not (toks[i].capitalized or toks[i].low in t.determiners) or toks[i].low == "cent"):
            continue  # "4 per cent", "£30 per household": a rate, not a source
        if cue in ("so", "wie"):
            # "so Rutte", "wie die Behörden meldeten": only with a name or a verb of saying after
            if cue == "wie":
                # "wie die Behörde (am Dienstag) mitteilte": a verb of saying before the clause ends
                said = False
                for tk in toks[np[1]:np[1] + 7]:
                    if tk.start >= s1 or not tk.is_word:
                        break
                    if tk.low in t.speech_verbs:
                        said = True
                        break
                if not said:
                    continue
            elif cue == "so" and not (m_start > s0
                                      and text[m_start - 2:m_start].strip() in (",", "“", "\"", "”", ",“", "“,")):
                if m_start != s0 or np[1] >= len(toks) or toks[np[1]].text not in (".", ",", "weiter"):
                    continue
            cand = Attribution(clean_source(np[0], lang), m_start, _verb_modality(toks, np[1], t))
        else:
            cand = Attribution(clean_source(np[0], lang, genitive=cue.endswith(" des")), m_start,
                               "estimate" if "schätz" in cue or "einschätzung" in text[m_end:m_end + 15].lower()
                               or "estimate" in cue else "")
        closer = _closer(best, cand, pos)
        if closer is cand:
            relay = cue in _RELAYS
            end = min(s1, m_end + 40)
            prep_document = (low is None or contains_any(low[m_end - s0:end - s0], _DOCUMENT_WORDS)) \
                and bool(_DOCUMENT_NOUN.match(text, m_end, end))
        best = closer
    for m in post.finditer(text, s0, s1) if low is None or contains_any(low, post_needs) else ():
        k = _token_from(toks, m.start())
        if k is None:
            continue
        subject = _np_before(toks, k, lang, s0)
        if subject:
            best = _closer(best, Attribution(clean_source(subject, lang), m.start()), pos)
    study = _STUDY.get(lang)
    for m in study.finditer(text, s0, s1) if study is not None and (low is None or contains_any(low, _STUDY_NEEDS)) else ():
        # "In a survey commissioned by the alliance, 64 percent ...": the study is the source
        if m.end() <= pos:
            best = _closer(best, Attribution(" ".join(m.group("what").split()).strip(" ,"), m.start()), pos)
    prep = best
    # 2. verbs of saying
    if not saying:
        return prep  # no verb of saying: the preposition's source, if any
    verbs = _VERB_WORDS[lang]  # the words _conditional_verb is None for are no verb of saying
    at_verbs = [k for k, tok in enumerate(toks) if tok.low in verbs]
    cands: list[Attribution] = []
    trailing: Attribution | None = None
    speech_verbs, determiners, prepositions = t.speech_verbs, t.determiners, t.prepositions
    de, en = lang == "de", lang == "en"
    n = len(toks)
    quotes: list[tuple[int, int]] | None = None  # read when a verb's speaker is placed
    figure_quoted = False
    for k in at_verbs:
        tok = toks[k]
        verb_low = tok.low
        mod = speech_verbs.get(verb_low)
        if mod is None:
            mod = _conditional_verb(text, toks, k, s1, pos)
            if mod is None:
                continue
        start = tok.start
        if start < s0 or tok.end > s1:
            continue
        prev = toks[k - 1] if k > 0 and toks[k - 1].start >= s0 else None  # the word before, in the sentence
        if tok.capitalized and prev is not None:
            continue
        if de and verb_low in ("geht", "gehen", "ging", "gingen") and not _AUS.search(text[tok.end:s1]):
            continue
        if en and k + 2 < n and toks[k + 1].low == "to" and toks[k + 2].low in ("be", "have"):
            continue  # "reported to be worth": hearsay without a speaker
        after = start > pos
        between = text[pos:start] if after else text[start:pos]
        if en and after and not _CLAUSE_MARK.search(between):
            continue  # "64 percent of residents said": the subject is the counted phrase itself
        is_trailing = after and _trailing_clause(text, pos, start, lang) and not _CLAUSE_AFTER.search(text, tok.end, s1)
        if not is_trailing and ("," in between or ";" in between) and _COORDINATED.search(between):
            continue  # "..., and the trust says ...": a verb of another clause
        if prev is not None and prev.low in _PASSIVE and not verb_low.endswith("ing"):
            continue  # "have now been confirmed dead": passive, no speaker ("are hoping" is not)
        if en and prev is not None and (prev.low in determiners or prev.low in prepositions):
            continue  # "the number of confirmed cases": a participle used as an adjective
        if en and verb_low.endswith("s") and k + 1 < n and toks[k + 1].low == "of":
            continue  # "the database held records of ...", "reports of 5,000": a plural noun, not a verb
        if en and k > 1 and not verb_low.endswith("ed") and toks[k - 2].low in determiners \
                and toks[k - 1].low.endswith(("al", "ic", "ive", "ous", "ary", "ial", "ent", "ate")):
            continue  # "an operational estimate": a noun
        if mod == "denied" and after and (_DISPUTED_APPOSITION.search(text, pos, start)
                                          or _DASH.search(text, pos, start)):
            continue  # "..., a figure the ministry disputes", "2.900 Tote – Forscher halten Zahl für zu
            # niedrig": the figure keeps its own speaker
        if quotes is None:
            # no opening mark in the sentence (most have none): no spans, without the scan
            quotes = _quote_spans(text, s0, s1, lang) if low is None or contains_any(low, _QUOTE_OPENERS[lang][0]) \
                else []
            figure_quoted = bool(quotes) and _quoted(quotes, pos)
        if figure_quoted and _quoted(quotes, start):
            continue  # the figure is quoted: its speaker stands outside the quote
        name = _speaker(toks, k, lang, s0, s1)
        if name is None:
            continue
        pronoun = name.lower() in t.pronouns
        cand = Attribution(name if pronoun else clean_source(name, lang), start, mod, pronoun)
        if _has_figure(cand.source, lang):
            continue
        cands.append(cand)
        if is_trailing:
            trailing = cand  # "..., teilte die Polizeidirektion am Dienstag mit.": the sentence's speaker
    verb = cands[0] if len(cands) == 1 else None  # the closest, with none before it to prefer
    if len(cands) > 1:
        named = [c for c in cands if not c.pronoun] or cands
        verb = min(named, key=lambda c: abs(c.cue_start - pos))
        if len(named) > 1 and _low_at(text, verb.cue_start) in _WEAK_VERBS:
            outer = [c for c in named if c.cue_start < verb.cue_start and _low_at(text, c.cue_start) not in _WEAK_VERBS]
            if outer:
                verb = outer[-1]  # "X said that figures ... showed that ...": X, not the figures
    if trailing is not None and not trailing.pronoun:
        verb = trailing
    if prep is None:
        return verb
    if verb is None:
        return prep
    if relay:  # "Yonhap berichtete unter Berufung auf den Geheimdienst": the relay and its source
        joiner = "unter Berufung auf" if lang == "de" else "citing"
        return Attribution(f"{verb.source} ({joiner} {prep.source})", verb.cue_start, verb.modality, verb.pronoun)
    if verb is trailing and prep_from_nach or prep_document:
        return verb  # "nach Auswertung von Luftbildern ..., teilte die Polizei mit"; "according to a briefing"
    if verb.cue_start < prep.cue_start < pos and _THAT.search(text[verb.cue_start:prep.cue_start]):
        return verb  # "the Trust said that figures from the ticketing system showed ...": the speaker cites data
    return prep


_ADVERBS_DE = frozenset({"zuvor", "dann", "bisher", "nun", "jetzt", "auch", "später", "zudem", "außerdem",
                         "bereits", "gestern", "heute", "damals", "inzwischen", "dazu", "daraufhin",
                         "weiter", "ferner", "schließlich", "zuletzt", "erst", "so", "dies", "das",
                         "demnach", "dabei", "hier", "dort", "darin", "darauf"})


# the marks after which a German clause opens
_CLAUSE_MARKS = frozenset({",", ";", ":", "„", "“", "\"", "”", "»", "«", "(", "–", "—", "-"})


def _speaker(toks: Sequence[Token], k: int, lang: str, s0: int, s1: int) -> str | None:
    """The speaker of the verb of saying at ``toks[k]``: the subject before it, or after it when the
    clause opens with the verb or an adverbial ("…“, sagte X", "Am Montag sagte X")."""
    t = _TABLES[lang]
    if lang == "en":
        return _speaker_en(toks, k, s0, s1, t)
    c = k
    while c > 0:  # back to the start of the verb's clause
        prev = toks[c - 1]
        if prev.start < s0 or prev.text in _CLAUSE_MARKS:
            break
        c -= 1
    inverted = c == k
    if inverted and k >= 2 and toks[k - 1].text == "," and toks[k - 2].capitalized and toks[k - 2].is_word:
        before = _np_before(toks, k, lang, s0)  # "…, John Kirby, berichtet": an apposition closes
        if before is not None:
            return before
    if inverted and k >= 2 and toks[k - 1].text == ",":
        subject = _subject_before_relative(toks, k - 1, lang, s0)
        if subject is not None:
            return subject  # "Der Verband, der den Protest organisiert hatte, sprach von ..."
    if not inverted and lang == "de":
        first = toks[c].low
        if first in _TIME_WORDS_DE and c + 1 < k:
            np = _np_after(toks, c, lang, toks[k].start)
            if np is not None and np[1] < k:
                # "Anfang Mai hatte die Behörde ... gesprochen": a time adverbial, then the finite
                # verb, then the subject
                after = _np_after(toks, np[1] + 1, lang, toks[k].start) if toks[np[1]].is_word \
                    and not toks[np[1]].capitalized else None
                if after is not None:
                    return after[0]
        if first in ("das", "dies") and c + 1 < k:
            np = _np_after(toks, c, lang, toks[k].start)  # "Das russische Außenministerium wies ..."
            if np is not None:
                return np[0]
            inverted = True
        elif first in t.prepositions or first in _ADVERBS_DE or first in t.speech_verbs:
            inverted = True
        else:
            np = _np_after(toks, c, lang, toks[k].start)
            if np is None:
                inverted = True
            else:
                return np[0]
    if inverted:
        np_after = _np_after(toks, k + 1, lang, s1) if k + 1 < len(toks) else None
        if np_after:
            return np_after[0]
        if toks[c].low in t.prepositions or toks[c].low in _ADVERBS_DE:
            return _v2_subject(toks, c, k, lang, t)
        return None
    return _np_before(toks, k, lang, s0)


_TIME_WORDS_DE = _calendar_words("de") | frozenset(_lang.text_tables("de").month_parts) \
    | frozenset(_lang.text_tables("de").season_words) | frozenset({"beginn", "vormittag", "nachmittag"})
_RELATIVE_DE = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches", "wo"})


def _clause_subject(toks: Sequence[Token], s0: int, limit: int, lang: str) -> str | None:
    """The noun phrase that opens the sentence and is followed by its finite verb before
    ``limit`` ("Das Unternehmen hat nach eigenen Angaben ..."), unless it is a pronoun."""
    t = _TABLES[lang]
    i = next((k for k, tok in enumerate(toks) if tok.start >= s0), None)
    if i is None or not (toks[i].low in t.determiners or toks[i].capitalized):
        return None
    np = _np_after(toks, i, lang, limit)
    if np is None or np[1] >= len(toks) or np[0].lower() in t.pronouns:
        return None
    verb = toks[np[1]]
    if verb.start >= limit or not verb.is_word or verb.capitalized or verb.low in t.prepositions:
        return None
    return np[0]


def _subject_before_relative(toks: Sequence[Token], comma: int, lang: str, s0: int) -> str | None:
    """German: the noun phrase before a relative clause that the comma at ``toks[comma]`` closes
    ("Der Verband, der den Protest organisiert hatte, sprach ...")."""
    if lang != "de":
        return None
    j = comma - 1
    while j > 0 and toks[j].start >= s0 and j > comma - 15:
        if toks[j].text in (";", ":", "„", "“", "\"", "”"):
            return None
        if toks[j].text == ",":
            if j + 1 < comma and toks[j + 1].low in _RELATIVE_DE:
                return _np_before(toks, j, lang, s0)
            return None
        j -= 1
    return None


def _v2_subject(toks: Sequence[Token], c: int, k: int, lang: str, t: _lang.TextTables) -> str | None:
    """German verb-second order after an adverbial: "Am Mittwoch hatte die Behörde ... gemeldet" -
    the subject is the noun phrase right after the finite verb that follows the adverbial."""
    j = c
    # skip the opening adverbial: prepositions with their noun phrases ("Bei einem Streik im März
    # 2023"), or an adverb
    while j < k and (toks[j].low in t.prepositions or toks[j].low in _ADVERBS_DE):
        j += 1
        while j < k and (toks[j].low in t.determiners or toks[j].capitalized or toks[j].text[:1].isdigit()
                         or toks[j].low.endswith(("e", "en", "er", "es", "em")) and not toks[j].capitalized
                         and toks[j].low not in t.stop_words):
            if toks[j].low in t.stop_words:
                break
            j += 1
    # the finite verb
    if j < k and toks[j].is_word and toks[j].text.isalpha() and not toks[j].capitalized:
        np = _np_after(toks, j + 1, lang, toks[k].start)
        if np is not None:
            return np[0]
    return None


def _speaker_en(toks: Sequence[Token], k: int, s0: int, s1: int, t: _lang.TextTables) -> str | None:
    """English: "X said" (also "X, which ... said", "X ..., saying"), else "said X"."""
    verb = toks[k].low
    if verb in ("saying", "adding", "telling"):
        first = next((i for i, tok in enumerate(toks) if tok.start >= s0), k)
        np = _np_after(toks, first, "en", toks[k].start)
        return np[0] if np else None
    j = k - 1
    while j >= 0 and toks[j].start >= s0 and toks[j].low in _AUXILIARIES_WILL_EN:
        j -= 1
    if j >= 0 and toks[j].start >= s0 and toks[j].low in ("and", "but"):
        # "Officials expect ... and have warned ...": the subject of the first verb
        first = next((i for i, tok in enumerate(toks) if tok.start >= s0), k)
        np = _np_after(toks, first, "en", toks[k].start)
        return np[0] if np else None
    if j < k - 1 and j >= 2 and toks[j].text == "," and toks[j].start >= s0:
        # "Harbour Telecom, a Welsh operator, has raised ...": the name before the apposition (with
        # no auxiliary, "Sabrina Singh, the deputy press secretary, told" keeps its title below)
        o = j - 1
        while o > 0 and toks[o].start >= s0 and toks[o].text != "," and j - o <= 8:
            o -= 1
        if toks[o].text == "," and o + 1 < j and toks[o + 1].low in ("a", "an", "the") and toks[o].start >= s0:
            named = _np_before(toks, o, "en", s0)
            if named is not None:
                return named
    rel = _relative_subject(toks, k, s0, t)
    if rel is not None:
        return rel
    before = _np_before(toks, k, "en", s0)
    if before is not None and before.lower() not in ("which", "who"):
        return before
    if k + 1 < len(toks) and verb in _INVERTIBLE_EN:
        np_after = _np_after(toks, k + 1, "en", s1)
        if np_after and (toks[k + 1].capitalized or toks[k + 1].low in t.determiners or toks[k + 1].low in t.pronouns):
            return np_after[0]
    return None


_AUXILIARIES_EN = frozenset({"have", "has", "had", "also", "later", "then"})
_AUXILIARIES_WILL_EN = _AUXILIARIES_EN | {"would", "will"}
_RELATIVE_EN = frozenset({"which", "who", "that"})
_VERB_BEFORE = frozenset({"not", "to", "do", "does", "did", "will", "would", "can", "could", "may", "might",
                          "must", "should", "also", "n't"})


def _relative_subject(toks: Sequence[Token], k: int, s0: int, t: _lang.TextTables) -> str | None:
    """The subject of a verb with a relative clause between them or around the verb: "The health
    ministry, which on Thursday had said ...", "UNHCR, which registers arrivals at the border, said",
    "the alliance that organised the protest ... said": the noun phrase before the relative pronoun."""
    if _RELATIVE_EN.isdisjoint(map(_LOW, toks[:k])):
        return None  # no relative pronoun before the verb (most sentences)
    found: int | None = None
    speech_verbs = t.speech_verbs
    j = k - 1
    while j >= 0 and toks[j].start >= s0 and toks[j].low in _AUXILIARIES_EN:
        j -= 1  # "Eastbridge, who brought ..., have reported"
    k = j + 1
    closing = j >= 0 and toks[j].text == ","  # "X, which ..., said": the comma closes the clause
    while j >= 0 and toks[j].start >= s0:
        tok = toks[j]
        if tok.is_word and tok.low not in _RELATIVE_EN and tok.low not in speech_verbs:
            j -= 1  # most words: none of the tests below holds
            continue
        if tok.text in (";", ":", "„", "“", "\"", "”"):
            break
        if tok.low in t.speech_verbs and j != k:
            return None  # "X said that it had registered ...": a complement clause, not a relative one
        if tok.text == "," and j != k - 1 and not closing:
            break
        if tok.low in ("which", "who", "that") and j >= 1:
            prev = toks[j - 1]
            comma = prev.text == ","
            head = toks[j - 2] if comma and j >= 2 else prev
            hi = j - 2 if comma else j - 1
            verbal = hi >= 1 and toks[hi - 1].low in _VERB_BEFORE  # "does not dispute that": a verb
            if j + 1 < k and toks[j + 1].low in t.pronouns:
                return None  # "data that it says shows ...": the pronoun is the subject
            if head.is_word and head.low not in t.speech_verbs and head.low not in t.stop_words \
                    and head.low not in t.prepositions and not (tok.low == "that" and comma) \
                    and not head.text[:1].isdigit() and not verbal:
                found = j - 1 if comma else j
        j -= 1
    if found is None:
        return None
    return _np_before(toks, found, "en", s0)


_PASSIVE = frozenset({"been", "be", "being", "is", "are", "was", "were", "wurde", "wurden", "worden", "werden"})


def _quote_spans(text: str, s0: int, s1: int, lang: str) -> list[tuple[int, int]]:
    """Spans of direct speech in the sentence (an unclosed quote runs to the sentence end)."""
    spans: list[tuple[int, int]] = []
    closers, openers = _QUOTE_OPENERS[lang]
    i = s0
    while (m := openers.search(text, i, s1)) is not None:  # the next opening mark, by regex not by loop
        j = text.find(closers[m.group()], m.start() + 1, s1)
        i = s1 if j < 0 else j + 1
        spans.append((m.start(), i))
    return spans


def _quote_openers(pairs: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], re.Pattern[str]]:
    """Each opening mark's closing mark (the first pair listed wins) and a pattern for the openers
    (one character class, which ``re`` scans for fastest)."""
    closers: dict[str, str] = {}
    for o, c in pairs:
        if len(o) == 1:
            closers.setdefault(o, c)
    return closers, re.compile(f"[{''.join(re.escape(o) for o in closers)}]" if closers else "(?!)")


_QUOTE_OPENERS = {c: _quote_openers(_lang.text_tables(c).quote_pairs) for c in _lang.supported()}


def _quoted(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


@functools.lru_cache(maxsize=4096)
def _has_figure(source: str, lang: str) -> bool:
    """A "source" that holds a figure is the counted phrase itself ("Tens of thousands more are
    believed ..."), not a speaker."""
    from drift.numbers import find_numbers

    return any(n.kind.is_figure for n in find_numbers(source, lang=lang))


_KINDS = {
    "agency": "agency", "department": "agency", "office": "agency", "authority": "agency", "service": "agency",
    "ministry": "agency", "institute": "agency", "body": "agency", "bureau": "agency", "commission": "agency",
    "behörde": "agency", "amt": "agency", "ministerium": "agency", "institut": "agency", "agentur": "agency",
    "dienst": "agency", "direktion": "agency", "verwaltung": "agency", "kommission": "agency",
    "company": "company", "firm": "company", "group": "company", "unternehmen": "company", "konzern": "company",
    "firma": "company", "gruppe": "company", "energie": "company", "ag": "company", "gmbh": "company",
    "plc": "company", "inc": "company", "ltd": "company",
    "union": "union", "gewerkschaft": "union", "verband": "union",
    "club": "club", "klub": "club", "verein": "club", "city": "club", "united": "club", "rovers": "club",
    "fc": "club", "trust": "trust", "charity": "trust", "stiftung": "trust",
    "anbieter": "company", "betreiber": "company", "hersteller": "company", "versorger": "company",
    "reederei": "company", "carrier": "company", "operator": "company", "provider": "company",
    "airline": "company", "utility": "company", "insurer": "company", "retailer": "company",
    "manufacturer": "company", "supplier": "company", "telecom": "company",
    "organisation": "organisation", "organization": "organisation", "initiative": "organisation",
    "hilfswerk": "organisation", "ngo": "organisation", "kreuz": "organisation", "cross": "organisation",
    "crescent": "organisation", "halbmond": "organisation", "caritas": "organisation",
    "diakonie": "organisation", "unicef": "organisation", "oxfam": "organisation", "msf": "organisation",
    "police": "police", "polizei": "police", "polizeidirektion": "police", "alliance": "alliance",
    "bündnis": "alliance", "coalition": "alliance", "organisers": "alliance", "veranstalter": "alliance",
}


_VAGUE_ADJ = frozenset({"national", "regional", "local", "federal", "same", "main", "whole", "british",
                        "zuständige", "betroffene", "genannte", "örtliche", "regionale", "nationale",
                        "staatliche", "private", "eigene"})


def is_generic(source: str, lang: str) -> bool:
    """"the agency", "die Behörde", "the national agency", "das Heilbronner Unternehmen": a source
    that refers back to a named one (a generic head noun with at most two adjectives before it)."""
    words = source.split()
    generic = _GENERIC.get(lang, frozenset())
    if not words or len(words) > 3:
        return False
    last = words[-1].lower()
    if last not in generic and not (lang == "de" and last.endswith(_GENERIC_COMPOUND_HEADS)):
        return False  # "die Behörde"; "die Hilfsorganisation", "der Energieversorger" (a type, not a name)
    if lang == "en":  # "the national agency", "the Hamburg-based carrier", "a German mobile operator"
        return all(w.lower() in _VAGUE_ADJ or w.endswith("-based") or place_id(w, lang)
                   for w in words[:-1])
    return all(w.lower() in _VAGUE_ADJ or w[:1].isupper() and w.endswith("er") for w in words[:-1])


def resolve_generic(source: str, named: Sequence[str], lang: str,
                    introduced: Sequence[tuple[str, str]] = ()) -> str | None:
    """The named source a generic one refers back to, most recent first: one that contains the
    generic noun ("the agency" -> "UK Health Security Agency"), else one of the same kind
    ("die Gewerkschaft" -> "IG Metall" only when its words say so), else the last name the text
    introduced with a noun of that kind (``introduced``: (head noun, name) pairs from
    :func:`introductions`, "der Mobilfunkanbieter Nordlicht Mobil", "Nordlicht Mobil, a German
    mobile operator"), else None."""
    head = source.split()[-1].lower()
    for cand in reversed(named):
        if head in cand.lower().replace("-", " ").split() or cand.lower().endswith(head):
            return cand
    kind = _kind(head)
    if kind is not None:
        for cand in reversed(named):
            words = _PARENS.sub(" ", cand).replace("-", " ").split()
            if words and _kind(words[-1].strip("'’").lower()) == kind:
                return cand
    for noun, name in reversed(introduced):  # kinds match only for firms and organisations: a union
        # is no employers' association, though both are "Verband"
        if noun == head or noun.endswith(head) or head.endswith(noun) \
                or kind in ("company", "organisation") and _kind(noun) == kind:
            return name
    return None


_NAME_WORDS = r"\p{Lu}[\p{L}\-]+(?:\s+(?:\p{Lu}[\p{L}\-]+|für|für\s+\p{Lu}[\p{L}\-]+)){0,3}"
_INTRO = {"de": regex.compile(rf"(?<!\w)(?P<noun>\p{{Lu}}\p{{Ll}}*(?:{'|'.join(sorted(_GENERIC['de']))}))\s+"
                              rf"(?P<name>{_NAME_WORDS})"),
          "en": regex.compile(rf"(?<![\p{{L}}\-])(?P<name>{_NAME_WORDS}),\s+(?:a|an|the)\s+(?:[\p{{L}}\-]+\s+){{0,3}}?"
                              rf"(?P<noun>{'|'.join(sorted(_GENERIC['en']))}),")}  # the apposition closes: "X, a German operator, said"


_NOUN_ENDINGS_DE = ("e", "en", "ung", "heit", "keit", "schaft", "ern", "ion", "tät", "nis")

# The German _INTRO pattern opens with a lookbehind and a letter class that ``regex`` tries at every
# position; its noun ends with a generic head (lower-case letters) before a blank. ``re``'s ``\s``
# (str.isspace) holds for every character ``regex``'s does (tests/test_attribution.py checks), so
# every match has such a head at the end of its noun.
_HEADS_DE = tuple(sorted(_GENERIC["de"]))
_LOWER_RUN_BACK = regex.compile(r"(?r)\p{Ll}*")
_UPPER = regex.compile(r"\p{Lu}")


def _head_starts_de(text: str) -> list[int]:
    """Where a generic head (_HEADS_DE) stands before a blank, in text order. ``str.find`` scans for
    each head in C, many times faster than a pattern tried at every letter; no head ends another,
    so no two such places share their blank."""
    starts = []
    n = len(text)
    for head in _HEADS_DE:
        i = text.find(head)
        while i >= 0:
            j = i + len(head)
            if j < n and text[j].isspace():
                starts.append(i)
            i = text.find(head, i + 1)
    starts.sort()
    return starts


def _intro_matches_de(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``_INTRO["de"].finditer(text)``, tried only at the start of a word whose
    lower-case run ends with a generic head before a blank (the noun of every match)."""
    pat = _INTRO["de"]
    last = 0
    for start in _head_starts_de(text):
        # the head ends its word (a blank follows), so each word is read back once: linear time
        w = _LOWER_RUN_BACK.search(text, 0, start).start() - 1  # type: ignore[union-attr]
        if w < last or not _UPPER.match(text, w):
            continue
        m = pat.match(text, w)
        if m is not None:
            yield m
            last = m.end()


# The English _INTRO pattern opens with a lookbehind that ``regex`` tries at every position; every
# match holds a comma, blanks and "a", "an" or "the" right after its name (which ``re`` finds fast:
# its ``\s`` holds wherever ``regex``'s does), and before it the name: at most seven words of letters
# and hyphens with blanks between (_NAME_WORDS: a first word, then up to three parts of one or two
# words each: a name, "für", or "für" and a name).
_APPOSITION_EN = re.compile(r",\s+(?:a|an|the)\s")
_NAME_BACK = regex.compile(r"(?r)[\p{L}\-]*(?:\s+[\p{L}\-]*){0,6}")
_NAME_START = regex.compile(r"(?<![\p{L}\-])\p{Lu}")  # how the pattern opens


def _intro_matches_en(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``_INTRO["en"].finditer(text)``, tried only where a name can open before an
    apposition's comma: within the last seven words of letters and hyphens before it."""
    pat = _INTRO["en"]
    last = 0
    for a in _APPOSITION_EN.finditer(text):
        comma = a.start()
        if comma < last:
            continue
        run = _NAME_BACK.search(text, last, comma).start()  # type: ignore[union-attr]
        for opening in _NAME_START.finditer(text, run, comma):
            m = pat.match(text, opening.start())
            if m is not None:  # the leftmost match: it ends after this comma, past every start left
                yield m
                last = m.end()
                break


def introductions(text: str, lang: str) -> list[tuple[int, str, str]]:
    """Names the text introduces with a generic noun, in text order: (offset, noun, name) for
    "der Mobilfunkanbieter Nordlicht Mobil" (German: the noun before the name) and "Nordlicht
    Mobil, a German mobile operator" (English: an apposition after it)."""
    pat = _INTRO.get(lang)
    if pat is None:
        return []
    t = _lang.text_tables(lang)
    out: list[tuple[int, str, str]] = []
    for m in _intro_matches_de(text) if lang == "de" else _intro_matches_en(text) if lang == "en" \
            else pat.finditer(text):
        name = " ".join(m.group("name").split())
        words = name.split()
        while words and (words[-1].lower() in t.stop_words or words[-1].lower() in ("für",)):
            words.pop()
        if not words or words[0].lower() in t.determiners or words[0].lower() in t.stop_words \
                or words[-1].lower() in _TIME_WORDS or words[-1].lower() in _TIME_WORDS_DE:
            continue  # "on Tuesday, the company said" introduces no "Tuesday"
        if lang == "de" and len(words) == 1 and (words[0].lower() in t.lemmas or words[0].lower().endswith(_NOUN_ENDINGS_DE)):
            continue  # "hat das Unternehmen Gewinne gemacht": a common noun, not a name
        name = " ".join(words)
        if len(words) == 1 and (name.isupper() or place_id(name, lang)):
            name = f"{m.group('noun')} {name}"  # "Arbeitgeberverband NRW": the place is part of the name
        out.append((m.start(), m.group("noun").lower(), name))
    return out


def kind_of(source: str) -> str | None:
    """The kind of organisation a source names by its head word ("agency", "company", "union",
    "club", "trust", "police"), or None when its words do not say."""
    words = _PARENS.sub(" ", source).replace("-", " ").split()
    return _kind(words[-1].strip("'’").lower()) if words else None


@functools.lru_cache(maxsize=4096)
def _kind(word: str) -> str | None:
    """The kind of organisation a head noun names (German compounds by their last part)."""
    if word in _KINDS:
        return _KINDS[word]
    for key, kind in _KINDS.items():
        if len(key) >= 5 and word.endswith(key):
            return kind
    return None


def _verb_modality(toks: Sequence[Token], i: int, t: _lang.TextTables) -> str:
    return t.speech_verbs.get(toks[i].low, "") if i < len(toks) else ""


def _closer(a: Attribution | None, b: Attribution, pos: int) -> Attribution:
    if a is None:
        return b
    return a if abs(a.cue_start - pos) <= abs(b.cue_start - pos) else b
