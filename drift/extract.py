"""Extraction: every numeric assertion in a document, with what it counts, who says it, its
modality and the date it refers to.

The pipeline for one document, each step a function of its own module:

1. :func:`drift.text.segment` - sentences with their line, heading and furniture flags;
2. :func:`drift.numbers._scan` and :func:`drift.quantities._quantities` - the figures with their
   qualifiers and bounds (dates, times, years, decades, ordinals and codes never become figures);
3. :func:`drift.nouns.counted_noun` - the counted noun, its modifiers and predicate;
4. :func:`drift.attribution.attribute` - the source, with pronouns and reported speech carried
   over from the sentences before;
5. :func:`_modality` - fact, estimate, reported, projection, plan, possible or denied;
6. :func:`drift.when.resolve` - the reference date;
7. document-level consolidation: a figure repeated in one document (headline and body) shares the
   kind of its other mentions, and hearsay ("sollen", "reportedly") takes the source the document
   gives the same figure elsewhere.

Extraction is a pure function of one document: no global state, results picklable.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from collections.abc import Iterable, Iterator

import attrs
import regex

from drift import lang as _lang
from drift.assertions import AUTHOR, Assertion, Modality
from drift.attribution import Attribution, attribute, introductions, is_generic, kind_of, resolve_generic
from drift.documents import Document
from drift.exceptions import DriftError
from drift.nouns import CountedNoun, Token, counted_noun, predicate_after, predicate_before, tokens
from drift.numbers import _scan
from drift.quantities import Qualifier, Quantity, _quantities
from drift.text import Sentence, before_word, clause_bounds, contains_any, phrase_trie, segment, word_starts
from drift.timeref import TimeRef
from drift.when import resolve, time_mentions

__all__ = ["ExtractOptions", "extract", "iter_extract"]


@attrs.frozen
class ExtractOptions:
    """Options for :func:`extract`.

    ``keep_furniture``: also report figures on furniture lines (banners, teasers), for debugging.
    ``keep_unitless``: also report figures whose counted noun cannot be told (unit None).
    """

    keep_furniture: bool = False
    keep_unitless: bool = False


_MODALITIES = {m.value: m for m in Modality}  # by name: a dict lookup, cheaper than calling the enum
_PROJECTED = frozenset({Modality.PROJECTION, Modality.PLAN, Modality.POSSIBLE})  # Modality.kind "projection"
_PRIORITY = {"denied": 6, "plan": 5, "projection": 4, "possible": 3, "reported": 2, "estimate": 1, "": 0}
_KONJUNKTIV = regex.compile(r"\b(?:sei|seien|habe|hätten|hätte|befänden|befinde|werde|würden|könne|müsse|solle)(?!\w)")
_CURRENCY_UNIT = {"de": {"EUR": "Euro", "USD": "Dollar", "GBP": "Pfund", "CHF": "Franken"},
                  "en": {"EUR": "euro", "USD": "dollar", "GBP": "pound", "CHF": "franc"}}
_PERFECT = regex.compile(r"\b(?:worden|sein|haben|gewesen)\b")
_WERDEN = regex.compile(r"\bwerden\b")
# "(?r)": patterns anchored at the end are searched backwards from it, the same match as a
# forward search (tests/test_extract.py) without trying every start before it
_LAST_WORD = regex.compile(r"(?r)(\p{L}+)\s+\Z")
_LETTERS = regex.compile(r"\p{L}+")
_WORDS = regex.compile(r"\w+")
_FIRST_WORD = regex.compile(r"\s*(\p{L}+)")
_SECOND_WORD = regex.compile(r"\s*(?:\p{L}+\s+)?(\p{L}+)")
_WORD_AFTER_NEXT = regex.compile(r"\s*[\p{L}-]+\s+(\p{L}+)")
_SCORE_DASH = regex.compile(r"\s*[-–:]\s*")
_YEAR_AND = regex.compile(r"(?r)(?<!\d)(?:1[89]|20)\d\d\s*(?:,|und|and|oder|or|bis|to|–|-)\s*\Z")


def _phrase_alternation(phrases: Iterable[str], gap: str) -> str:
    """Longest first, as one alternation: ``word*`` is a stem, and a space inside a phrase lets up
    to three words (``gap`` says which) stand between its parts ("gehen … davon aus")."""
    parts = []
    for p in sorted(phrases, key=len, reverse=True):
        if p.endswith("*"):
            parts.append(regex.escape(p[:-1]) + r"\w*")
        else:
            parts.append(regex.escape(p).replace(r"\ ", rf"\s+(?:{gap}\s+){{0,3}}?"))
    return "|".join(parts)


def _cue_patterns(code: str) -> regex.Pattern[str]:
    t = _lang.text_tables(code)
    cues = [cue for cue in t.modality_cues if t.modality_cues[cue]]
    alternation = _phrase_alternation(cues, r"\w+")
    # the lookahead (the cues' first words: words may stand between a phrase's parts) rejects
    # most positions before the alternation tries every cue
    starts = word_starts(cue.split(" ")[0].rstrip("*") for cue in cues)
    return regex.compile(rf"{before_word(cues)}(?={starts})(?:{alternation})(?!\w)")


_CUES = {c: _cue_patterns(c) for c in _lang.supported()}


def _cue_name(cue: str, t: _lang.TextTables) -> str:
    low = " ".join(cue.lower().split())
    if low in t.modality_cues:
        return t.modality_cues[low]
    for k, v in t.modality_cues.items():
        if k.endswith("*") and low.startswith(k[:-1]):
            return v
        if " " in k and low.split()[0] == k.split()[0] and low.split()[-1] == k.split()[-1]:
            return v
    return ""


def _modality(text: str, clause: tuple[int, int], lang: str, verb_modality: str,
              sentence: tuple[int, int] = (0, 0), q: Quantity | None = None,
              published: TimeRef | None = None) -> str:
    """The strongest modality cue in the clause, else the attributing verb's, else fact.

    Beyond the clause's own cues: a demand, offer or request governing the figure makes it a plan
    ("Verdi fordert 8 Prozent", "$1.4bn requested"), also across a relative clause ("ein Angebot, das
    ... 5,5 Prozent entspricht"); German "sollen" with a future date is a plan ("Bis Ende 2027 sollen
    2.000 Stellen wegfallen"), with "sein/haben/worden" hearsay; "werden" with a participle is the
    passive voice, not the future ("Unterstützt werden sie von vier Hubschraubern")."""
    t = _lang.text_tables(lang)
    best = ""
    segment_text = text[clause[0]:clause[1]]
    s0, s1 = sentence if sentence != (0, 0) else clause
    if clause[0] == s0 and segment_text[:1].isupper():
        segment_text = segment_text[:1].lower() + segment_text[1:]  # "Geplant ist ...", "Bald ..."
    for m in _CUES[lang].finditer(segment_text):
        word = m.group()
        if lang == "en" and word[:1].isupper() and m.start() > 0:
            continue  # "May", "Will" as names or months
        name = _cue_name(word, t)
        low = word.lower()
        if lang == "de" and low in ("werden", "wird", "werde") and _passive_de(text, clause[0] + m.start(), clause, s0):
            continue
        if name == "reported" and lang == "de":
            # "soll ... geschickt werden" is a plan; "sollen ... entsandt worden sein" is hearsay
            tail = segment_text[m.end():].lower()
            if _PERFECT.search(tail):
                pass
            elif _WERDEN.search(tail) or _future_date(text, s0, s1, published):
                name = "plan"
        if _PRIORITY[name] > _PRIORITY[best]:
            best = name
    if q is not None and best in ("", "reported", "estimate") and _governed_by_plan(text, clause, (s0, s1), q, lang):
        best = "plan"
    if not best or (_PRIORITY.get(verb_modality, 0) > _PRIORITY[best] and best in ("estimate", "reported", "")):
        best = verb_modality or best
    return best or "fact"


_FUTURE_YEAR = regex.compile(r"(?i)\b(?:bis|ab|by|from|until|in)\s+(?:(?:ende|anfang|mitte|end\s+of|the\s+end\s+of)\s+)?(?P<y>20\d\d)\b")


def _future_date(text: str, s0: int, s1: int, published: TimeRef | None) -> bool:
    """A year after publication named with "bis/ab/by/from" ("bis Ende 2027", "ab 2028")."""
    if published is None:
        return False
    return any(int(m.group("y")) > published.end.year or
               int(m.group("y")) == published.end.year and m.group().lower().startswith(("bis", "by", "until"))
               for m in _FUTURE_YEAR.finditer(text, s0, s1))


def _passive_de(text: str, cue: int, clause: tuple[int, int], s0: int) -> bool:
    """"Unterstützt werden sie ...", "... werden 600 Verletzte behandelt": werden with a participle."""
    before = _LAST_WORD.search(text[max(s0, cue - 40):cue])
    if before is not None and _participle(before.group(1)):
        return True
    last = _LETTERS.findall(text[cue:clause[1]])
    return bool(last) and len(last) > 1 and _participle(last[-1])


def _participle_any(word: str) -> bool:
    """An English or German past participle ("funded", "finanziert", "gedeckt")."""
    low = word.lower()
    return len(low) > 4 and (low.endswith("ed") or _participle(low))


def _participle(word: str) -> bool:
    low = word.lower()
    if len(low) < 5:
        return False
    if low.startswith("ge") and low.endswith(("t", "en")):
        return True
    return low.endswith(("iert", "tzt", "lt", "ckt", "ört", "ührt", "eht", "eckt", "acht", "ischt", "üft", "ängt",
                         "ärkt", "raut", "baut", "telt", "delt", "mmt", "nnt"))


_SCOPE_BREAK = regex.compile(r"[;:]|,\s*(?:dass|weil|obwohl|während|wonach|that|because|although|while|whereas)\s|\s[–—]\s")
_RELATIVE_BREAK = regex.compile(r",\s*(?:der|die|das|den|dem|denen|deren|dessen|welche[rsnm]?|which|who|that)\s", regex.I)
_BENEFICIARY = regex.compile(r"(?ri)\b(?:für|for)\s+(?:die|den|alle|the|all)\s+(?:\p{L}+\s+){0,2}\Z")


def _governed_by_plan(text: str, clause: tuple[int, int], sentence: tuple[int, int], q: Quantity,
                      lang: str) -> bool:
    """A demand, offer, request or pledge word before the figure in its stretch of the sentence, or
    right after it ("$1.4bn requested"); a figure naming who benefits ("für die 2,5 Millionen
    Beschäftigten") is not part of the demand."""
    t = _lang.text_tables(lang)
    s0, s1 = max(sentence[0], q.start - 300), sentence[1]
    tail = text[q.end:min(s1, q.end + 30)]
    plan_past = _PLAN_PAST[lang]
    after = _SECOND_WORD.match(tail) if plan_past else None
    if after is not None and after.group(1).lower() in plan_past:
        return True
    if q.is_percent:
        state = _FIRST_WORD.match(tail)
        if state is not None and _participle_any(state.group(1)):
            return False  # "20 percent funded", "zu 40 Prozent finanziert": how far a plan got, a fact
    # the answer is a plan word between ``start`` (below, never before s0 and always after a
    # non-letter) and the figure: none before the figure at all is the common case, and answers
    # without reading the clause's breaks
    if _PLAN_ANY[lang].search(text[s0:q.start].lower()) is None:
        return False
    before = text[max(s0, q.start - 60):q.start].lower()  # every match has "für" or "for" (tested first)
    if ("für" in before or "for" in before) and _BENEFICIARY.search(text, max(s0, q.start - 60), q.start):
        return False
    start = s0
    for m in _SCOPE_BREAK.finditer(text, s0, q.start):
        start = m.end()
    for m in _RELATIVE_BREAK.finditer(text, start, q.start):
        # a relative clause continues the demand only when it hangs on the demand itself
        # ("ein Angebot vorgelegt, das ... entspricht"), not on something after it
        last = _LETTERS.findall(text[max(start, m.start() - 40):m.start()])[-3:]
        if not any(w.lower() in t.plan_words for w in last):
            start = m.end()
    return not t.plan_words.isdisjoint(map(str.lower, _LETTERS.findall(text, start, q.start)))  # a plan word


def _substring_test(words: Iterable[str]) -> re.Pattern[str]:
    """An ``re`` pattern finding any of ``words`` (lower case, without Greek sigma) inside lower-cased
    text: a test that must pass before one of them can be among the letter runs of that text, each
    lower-cased (lower-casing a stretch lowers each character as lowering a word of it does, but
    for the sigma at a word's end). The words as one trie (:func:`drift.text.phrase_trie`, which
    reads a blank as any run of blanks: still a test that must pass)."""
    return re.compile(phrase_trie(words))


_PLAN_ANY = {c: _substring_test(_lang.text_tables(c).plan_words) for c in _lang.supported()}
_RUMOUR_ANY = {c: _substring_test(_lang.text_tables(c).rumour_nouns) for c in _lang.supported()}
_PLAN_PAST = {c: frozenset(w for w in _lang.text_tables(c).plan_words if w.endswith("ed"))
              for c in _lang.supported()}  # "$1.4bn requested": a plan word right after the figure


def _unit_for(q: Quantity, noun: CountedNoun | None, lang: str) -> tuple[str | None, tuple[str, ...], str | None, str]:
    """Unit lemma, modifiers, predicate and the noun text for a quantity."""
    if q.is_percent:
        mods = noun.modifiers if noun else ()
        return ("Prozent" if lang == "de" else "percent"), mods, noun.predicate if noun else None, noun.text if noun else ""
    cur = q.number.currency
    if cur:  # "$1.4bn requested", "3.000 Euro Belohnung": the currency is what is counted
        return _CURRENCY_UNIT[lang].get(cur, cur), noun.modifiers if noun else (), None, noun.text if noun else ""
    if noun is None:
        return None, (), None, ""
    return noun.lemma, noun.modifiers, noun.predicate, noun.text


def _sentence_tokens(all_toks: list[Token], starts: list[int], s: Sentence) -> list[Token]:
    i = bisect.bisect_left(starts, s.start)
    j = bisect.bisect_left(starts, s.end)
    return all_toks[i:j]


def extract(document: Document, *, options: ExtractOptions | None = None) -> list[Assertion]:
    """Every numeric assertion in ``document``, in text order.

    Raises only :class:`~drift.exceptions.DriftError` subclasses (for an unsupported language);
    on any text it returns a list, possibly empty.
    """
    if not isinstance(document, Document):
        raise DriftError(f"extract() needs a drift.Document, got {type(document).__name__}")
    opts = options or ExtractOptions()
    lang = document.language
    t = _lang.text_tables(lang)
    text = document.text
    body = document.body_start
    sents = segment(text, lang, body)
    if not sents:
        return []
    sent_starts = [s.start for s in sents]
    numbers = [n for n in _scan(text, _lang.get(lang), strict=False) if n.start >= body]
    quantities = list(_quantities(text, numbers, _lang.get(lang)))
    all_toks = tokens(text, body, len(text))
    tok_starts = [tk.start for tk in all_toks]
    out: list[Assertion] = []
    disc = _Discourse(lang, introductions(text, lang))
    produced: set[int] = set()
    read_upto = -1
    sent_mentions: dict[int, list[tuple[int, TimeRef]]] = {}
    fwd_cache: dict[int, tuple[str, str] | None] = {}
    q_starts = [q.number_start for q in quantities]
    by_point: dict[object, Assertion] = {}

    def catch_up(upto: int) -> None:
        """Read the sources of the sentences before ``upto`` that gave no assertion."""
        nonlocal read_upto
        while read_upto < upto - 1:
            read_upto += 1
            sj = sents[read_upto]
            disc.sentence = read_upto
            if read_upto in produced or sj.furniture:
                continue
            sj = _window(sj, sj.end - 1, sj.end)  # a bounded stretch: linear time on giant sentences
            jtoks = _sentence_tokens(all_toks, tok_starts, sj)
            jatt = attribute(text, jtoks, (sj.start, sj.end), sj.end - 1, lang)
            if jatt is not None:
                disc.note(disc.resolve(jatt, None), sj.line)

    not_figure: dict[int, bool] = {}  # _not_a_figure by index into quantities, read once each

    def not_a_figure(i: int) -> bool:
        if i not in not_figure:
            not_figure[i] = _not_a_figure(text, quantities[i], lang)
        return not_figure[i]

    for qi, q in enumerate(quantities):
        si = bisect.bisect_right(sent_starts, q.number_start) - 1
        if si < 0 or q.number_start >= sents[si].end:
            continue
        catch_up(si)
        disc.sentence = si
        disc.pos = q.start
        s = sents[si]
        if s.furniture and not opts.keep_furniture:
            continue
        if not_a_figure(qi):
            continue
        if lang == "de" and _advice_de(text, s.start, q.start):
            continue  # "Trinken Sie mindestens 1,5 Liter am Tag": advice to the reader, no claim
        whole = s
        s = _window(s, q.start, q.end)  # the figure's stretch of its sentence (all of it unless it is huge)
        stoks = _sentence_tokens(all_toks, tok_starts, s)
        ti = bisect.bisect_left(tok_starts, s.start)  # stoks is all_toks[ti:ti + len(stoks)]
        after = bisect.bisect_left(tok_starts, q.end, ti, ti + len(stoks)) - ti
        clause = clause_bounds(text, s.start, s.end, q.start, q.end)
        noun = counted_noun(text, stoks, after, clause, (s.start, s.end), lang, q.number_start)
        unit, mods, pred, noun_text = _unit_for(q, noun, lang)
        if noun is not None and _year_before_noun(q, noun, stoks, lang):
            continue
        if _date_like(text, q, unit, lang):
            continue
        if noun is not None and noun.text and noun.text.split()[-1].lower() in t.season_words:
            continue  # "in den drei Sommermonaten": a period, not a count
        if unit is None and not q.is_percent:
            same = by_point.get(q.point) if q.point is not None else None
            if same is not None:  # "Die Zahl von 2,1 Millionen sei zu hoch": the figure named before
                unit, mods, pred = same.unit, same.modifiers, same.predicate
        if unit is None and not _year_like(q) and not _measured(text, q, t):
            partitive = _PARTITIVE.match(text, q.end) is not None
            prev_a = _antecedent(out, q, sent_starts, si, partitive)
            if prev_a is not None:  # ellipsis: "die Veranstalter von 25.000", "About 850 of them"
                unit, mods, pred = prev_a.unit, prev_a.modifiers, prev_a.predicate
                if partitive:  # "61 of them", "200 davon": a part, never compared with the whole
                    mods = tuple(sorted({*mods, "part"}))
                # its own predicate: "12 had died", "killing 12 people and injuring hundreds"
                own = predicate_after(text, q.number_end, clause[1], lang)
                if own is None and prev_a.number_end <= q.number_start:
                    own = predicate_before(text, max(clause[0], prev_a.number_end), q.number_start, lang)
                pred = own or pred
        if unit is None and _vague_people(text, q, t):
            # "Tausende ziehen vom Bahnhof ...", "Hunderte wurden verletzt": people, counted vaguely
            unit, mods = _PEOPLE[lang], ()
            pred = predicate_after(text, q.number_end, clause[1], lang) \
                or predicate_before(text, clause[0], q.number_start, lang)
        pending = False
        if unit is None and not opts.keep_unitless:
            if not (whole.heading and _forward_candidate(text, q)):
                continue
            pending = True  # "Polizei zählt 16.000, Veranstalter mehr als 40.000": the body names the noun
        # source
        att = attribute(text, stoks, (s.start, s.end), q.start, lang)
        source = AUTHOR
        verb_mod = ""
        if si not in fwd_cache:
            fwd_cache[si] = _forward_source(text, sents, si, all_toks, tok_starts, lang)
        fwd = fwd_cache[si]
        background = _background_clause(text, s, q, lang)
        if background is not None:
            att, fwd = None, None  # "Riverside Park, which holds 44,500 spectators": the outlet's own aside
        if att is not None:
            verb_mod = att.modality
            source = disc.resolve(att, fwd[0] if fwd is not None else None)
        elif background is None and disc.line_source is not None and disc.line_source[0] == s.line and \
                (_KONJUNKTIV.search(text, s.start, s.end) or _in_quote(text, s, q.start, t)
                 or lang == "de" and _konjunktiv_v2(stoks, t)):
            source = disc.line_source[1]
        elif fwd is not None:
            source, verb_mod = fwd
        if not pending:
            disc.note(source, s.line)
            produced.add(si)
        modality = _MODALITIES[_modality(text, clause, lang, verb_mod, (s.start, s.end), q, document.published)]
        denial = _denial(text, sents, si, q, lang)
        if denial is not None:
            dsent = _window(sents[denial[1]], denial[0], denial[0])
            datt = attribute(text, _sentence_tokens(all_toks, tok_starts, dsent), (dsent.start, dsent.end),
                             denial[0], lang)
            modality = Modality.DENIED
            if datt is not None:
                source = disc.resolve(datt, None)
        refers: TimeRef | None = None
        if modality not in _PROJECTED:  # actual or denied
            if si not in sent_mentions:  # the sentence's time words, read once and only when needed
                sent_mentions[si] = time_mentions(text, whole.start, whole.end, lang, document.published, numbers)
            all_mentions = sent_mentions[si]
            mentions = all_mentions if s is whole else [m for m in all_mentions if s.start <= m[0] < s.end]
            lo = bisect.bisect_left(q_starts, s.start)
            hi = bisect.bisect_left(q_starts, s.end)
            near = [k for k in range(lo, hi) if abs(quantities[k].start - q.start) < 300][:20]
            others = [clause_bounds(text, s.start, s.end, quantities[k].start, quantities[k].end) for k in near
                      if quantities[k] is not q and not not_a_figure(k)]
            refers = resolve(mentions if background is None else
                             [m for m in mentions if background[0] <= m[0] < background[1]],
                             clause, q.start, document.published, others, _statement_dates(stoks, mentions, t))
        end = max(q.end, noun.end if noun is not None and unit == noun.lemma else q.end)
        start = min(q.start, noun.start) if noun is not None and noun.end <= q.start else q.start
        out.append(Assertion(
            doc_id=document.id, quantity=q, unit=unit, modifiers=mods, predicate=pred,
            noun_text=noun_text, source=source, modality=modality, refers_to=refers,
            start=start, end=end, sentence=text[s.start:s.end], sentence_start=s.start,
            lang=lang, outlet=document.outlet, published=document.published))
        if q.point is not None and not q.is_percent and not pending:
            by_point[q.point] = out[-1]
    return _consolidate(_resolve_forward(out, keep=opts.keep_unitless), text, lang)


_WINDOW = 500


def _window(s: Sentence, start: int, end: int) -> Sentence:
    """The stretch of sentence ``s`` within ``_WINDOW`` characters of ``[start, end)``: the sentence
    itself when it is shorter, so per-figure work stays bounded on pathological one-sentence texts."""
    ws = s.start if start - s.start <= _WINDOW else start - _WINDOW
    we = s.end if s.end - end <= _WINDOW else end + _WINDOW
    return s if (ws, we) == (s.start, s.end) else attrs.evolve(s, start=ws, end=we)


_PARTITIVE = regex.compile(r"\s+(?:of\s+(?:them|those|whom)|davon|von\s+ihnen)(?!\w)", regex.I)


_DISCOUNT = regex.compile(r"\s*(?:%|prozent|per\s*cent|percent)?\s*(?:off|rabatt|discount|günstiger)\b", regex.I)
_NEXT_WORD = regex.compile(r"\s*(\p{L}[\p{L}.]*)")


def _measured(text: str, q: Quantity, t: _lang.TextTables) -> bool:
    """The figure is followed by a unit that is no counted noun ("über 36 Grad", "20 Minuten"):
    it continues no figure before it."""
    m = _NEXT_WORD.match(text, q.end, q.end + 30)
    return m is not None and m.group(1).lower() in t.non_units


_PEOPLE = {"de": "Mensch", "en": "person"}


def _vague_people(text: str, q: Quantity, t: _lang.TextTables) -> bool:
    """A vague number word standing alone for people: the subject before a verb ("Tausende
    ziehen", "Hunderte wurden verletzt") or after one ("demonstrierten Tausende gegen ...")."""
    if q.qualifier is not Qualifier.VAGUE or len(q.numbers) != 1 or not q.numbers[0].surface[:1].isalpha():
        return False
    nxt = _NEXT_WORD.match(text, q.end, q.end + 30)
    if nxt is None:
        return False
    word = nxt.group(1)
    if word.islower() and word not in t.prepositions and word not in t.determiners:
        return True
    prev = _LAST_WORD.search(text, max(0, q.start - 30), q.start)
    return prev is not None and prev.group(1).islower() and prev.group(1) not in t.prepositions \
        and prev.group(1) not in t.determiners and prev.group(1) not in t.stop_words and word in t.prepositions


def _year_like(q: Quantity) -> bool:
    """A bare four-digit number between 1900 and 2100 ("für 2023 etwa 3.200"): a year, never an
    ellipsis of the figure before it."""
    n = q.numbers[0]
    return len(q.numbers) == 1 and n.surface.isdigit() and len(n.surface) == 4 and 1900 <= n.value <= 2100


def _forward_candidate(text: str, q: Quantity) -> bool:
    """A noun-less figure in a heading that the body may name with its noun: at least 10, not a
    year, not a percentage, after a lower-case word ("zählt 16.000", "mehr als 40.000", "to 1.58
    million") and before no symbol ("Hamburg 14°C" is a weather box)."""
    if q.point is None or q.point < 10 or q.is_percent or _year_like(q):
        return False
    w = _LAST_WORD.search(text[max(0, q.start - 30):q.start])
    nxt = text[q.end:q.end + 1]
    cue = q.start < q.number_start or w is not None and w.group(1).islower()
    return cue and (not nxt or nxt.isspace() or nxt in ",.;:!?")


def _resolve_forward(items: list[Assertion], *, keep: bool = False) -> list[Assertion]:
    """Noun-less heading figures take the noun of the first later figure of the same value in the
    document ("Polizei zählt 16.000" ... "etwa 16.000 Menschen"); without one they are dropped,
    unless ``keep`` (``ExtractOptions.keep_unitless``) keeps every noun-less figure."""
    if all(a.unit is not None or a.quantity.is_percent for a in items):
        return items
    following: dict[object, Assertion] = {}  # value -> the nearest later figure with a noun
    resolved: list[Assertion | None] = [None] * len(items)
    for i in range(len(items) - 1, -1, -1):
        a = items[i]
        if a.unit is not None or a.quantity.is_percent:
            resolved[i] = a
            if a.unit is not None and not a.quantity.is_percent:
                following[a.quantity.point] = a
            continue
        b = following.get(a.quantity.point)
        if b is not None:
            resolved[i] = attrs.evolve(a, unit=b.unit, modifiers=b.modifiers, predicate=b.predicate)
        elif keep:
            resolved[i] = a
    return [a for a in resolved if a is not None]


def _far_apart(a: int | Decimal | None, b: int | Decimal | None) -> bool:
    """Two figures too far apart in magnitude (more than 100 times) for one to continue the other:
    "40.000 Teilnehmer ... die Linien 5 und 6" shares no noun."""
    if a is None or b is None or a <= 0 or b <= 0:
        return False
    return a > 100 * b or b > 100 * a


def _antecedent(out: list[Assertion], q: Quantity, sent_starts: list[int], si: int,
                partitive: bool = False) -> Assertion | None:
    """The figure a noun-less figure continues: among those of its sentence and the one before, the
    one closest in magnitude ("rund 1.400 Menschen aus fünf Ortsteilen ... noch etwa 600": Menschen),
    the latest on a tie. A partitive ("61 of them", "200 davon") continues the figure right before it."""
    import math

    cands = [a for a in out[-8:] if a.unit and not a.quantity.is_percent
             and bisect.bisect_right(sent_starts, a.number_start) - 1 in (si, si - 1)
             and not _far_apart(a.quantity.point, q.point)]
    if not cands:
        return None
    v = q.point
    if v is None or v <= 0 or partitive:
        return cands[-1]

    def distance(a: Assertion) -> float:
        w = a.quantity.point
        if w is None or w <= 0:
            return 99.0
        try:
            return abs(math.log(float(w) / float(v)))
        except (OverflowError, ValueError, ZeroDivisionError):  # beyond float range: "10^400 ... 10^399"
            return float(abs(Decimal(w).ln() - Decimal(v).ln()))

    return min(reversed(cands), key=distance)


class _Discourse:
    """What the sentences read so far say about sources: the named sources in order, and the
    source of the current line (for reported speech that continues it)."""

    def __init__(self, lang: str, introduced: list[tuple[int, str, str]] | None = None) -> None:
        self.lang = lang
        self.introduced = introduced or []  # names the text introduced with a generic noun
        self.pos = 0  # where the text is read
        self.named: list[str] = []
        self.named_at: dict[str, int] = {}
        self.line_source: tuple[int, str] | None = None
        self.sentence = 0

    @property
    def last_named(self) -> str | None:
        return self.named[-1] if self.named else None

    def resolve(self, att: Attribution, forward: str | None) -> str:
        """The source an attribution names: pronouns and generic nouns ("sie", "the agency") refer
        back to a named source; a generic one nothing resolves keeps its own words."""
        if att.pronoun:
            return self.last_named or AUTHOR
        if is_generic(att.source, self.lang):
            upto = bisect.bisect_right(self.introduced, self.pos, key=lambda x: x[0])
            back = resolve_generic(att.source, self.named, self.lang,
                                   [(noun, name) for _, noun, name in self.introduced[:upto]])
            if back is not None:
                return back
            if forward is not None and not is_generic(forward, self.lang):
                return forward
            if self.named and len(att.source.split()) == 1 and self.named_at[self.named[-1]] >= self.sentence - 1 \
                    and kind_of(att.source) is not None and kind_of(self.named[-1]) in (None, kind_of(att.source)):
                return self.named[-1]  # "Die IG Metall kündigte Proteste an. ... nach Angaben der Gewerkschaft"
        return att.source

    def note(self, source: str, line: int) -> None:
        """Remember a source found on ``line``."""
        if source == AUTHOR or is_generic(source, self.lang):
            return
        if source in self.named:
            self.named.remove(source)
        self.named.append(source)
        self.named_at[source] = self.sentence
        self.line_source = (line, source)


_DEMONSTRATIVE = regex.compile(r"(?i)(?:das|dies|diese\s+zahlen?|die\s+zahlen?|this|that|these\s+figures?|the\s+figures?)\s")


def _forward_source(text: str, sents: list[Sentence], si: int, all_toks: list[Token], tok_starts: list[int],
                    lang: str) -> tuple[str, str] | None:
    """"... auf 212 gestiegen. Das teilte die Behörde mit." - a next sentence that opens with a
    demonstrative and a verb of saying attributes the sentence before it."""
    if si + 1 >= len(sents) or sents[si + 1].line != sents[si].line:
        return None
    nxt = sents[si + 1]
    if not _DEMONSTRATIVE.match(text, nxt.start):
        return None
    ntoks = _sentence_tokens(all_toks, tok_starts, nxt)
    t = _lang.text_tables(lang)
    if not any(tk.low in t.speech_verbs for tk in ntoks[:4]):
        return None
    att = attribute(text, ntoks, (nxt.start, nxt.end), nxt.start, lang)
    if att is None or att.pronoun:
        return None
    return att.source, att.modality


_GLUED_BEFORE = regex.compile(r"(?:\d[-–/:.]|\b\p{Lu}\s|\d\s)\Z")
_GLUED_AFTER = regex.compile(r"(?:[-–/:]\d|-\p{L}|\s\d{3,}\b|\s(?:Jahre|years?)\s+(?:alt\w*|old)\b|\s(?:a\.m\.|p\.m\.|am|pm)\b)")
# how every match of _GLUED_AFTER begins (``re`` counts every blank ``regex`` counts, and every
# digit but some of later Unicode versions, none of them ASCII): most figures are followed by a
# blank and a word, which this rules out in one cheap test
_GLUED_AFTER_START = re.compile(r"[-–/:]|\s[\dJyap\x80-\U0010ffff]")


# "Trinken Sie ...": the polite imperative (case-sensitive: every match contains "Sie", tested first)
_POLITE_IMPERATIVE = r"\p{Lu}\p{Ll}+e?n\s+Sie\s+(?!\p{Lu})"
_ADVICE_DE = regex.compile(rf"(?:\A\s*|:\s+){_POLITE_IMPERATIVE}")
_ADVICE_AFTER_COLON_DE = regex.compile(rf":\s+{_POLITE_IMPERATIVE}")


def _advice_de(text: str, s0: int, start: int) -> bool:
    """The figure at ``start`` follows a polite imperative that opens its sentence or follows a
    colon, at most 300 characters before it (a bounded look: linear time on giant sentences)."""
    lo = max(s0, start - 300)
    head = text[lo:start]
    return "Sie" in head and bool((_ADVICE_DE if lo == s0 else _ADVICE_AFTER_COLON_DE).search(head))
_LISTED_LABEL = regex.compile(r"(?P<w>[\p{L}][\p{L}.\-]*)\s+\d{1,4}\s*(?:,|und|and|oder|or|&)\s+\Z")
# how every text _LISTED_LABEL matches ends before its blanks (str.isspace holds for every \s):
# tested first, as the pattern is tried at every position of the text before the figure
_LISTED_JOINERS = (",", "und", "and", "oder", "or", "&")
_WORD_BEFORE = regex.compile(r"(?r)(?P<w>[\p{L}][\p{L}.\-]*)(?P<sep>[ \t\u00a0]+)\Z")
_ACRONYM_BEFORE = regex.compile(r"(?r)(?<![\p{L}\d])\p{Lu}{2,5}[ \u00a0]\Z")
_NAME_AGE = regex.compile(r"(?r)(?<!\p{L})\p{Lu}\p{Ll}+,\s\Z")
_NAME_AGE_AFTER = regex.compile(r",\s")
_ORDINARY_WORD_DIGITS = regex.compile(r"\d{1,6}\Z")


def _not_a_figure(text: str, q: Quantity, lang: str) -> bool:
    """Numbers that are parts of something else: scores and dates ("2-1", "2024-10"), phone numbers
    ("0116 454 1000"), road and line names ("B 246", "Bundesstraße 246", "NHS 111"), house numbers
    ("Weipertstraße 8", "Via Roma 22"), ages ("54-Jährige", "72-year-old", "23 Jahre alter",
    "Chiara, 19,", "aged under five"), a year coordinated with a year ("von 2018 und 2022"), and the
    word "one" (a pronoun far more often than a figure)."""
    t = _lang.text_tables(lang)
    n = q.numbers[0]
    last = q.numbers[-1]
    if n.surface[:1] == "0" and n.surface[1:2].isdigit():
        return True
    if _GLUED_BEFORE.search(text, max(0, n.start - 3), n.start) and not text[max(0, n.start - 2):n.start].strip() in ("", ",", "("):
        return True
    if _GLUED_AFTER_START.match(text, last.end) and _GLUED_AFTER.match(text, last.end, min(len(text), last.end + 16)):
        return True
    if n.value == 1 and n.surface[:1].isalpha() and len(q.numbers) == 1:
        return True
    if q.is_percent and _DISCOUNT.match(text, last.end, min(len(text), last.end + 20)):
        return True  # "30% off this week", "20 Prozent Rabatt": an offer, not a claim
    if len(q.numbers) == 2 and q.low_value is not None and q.high_value is not None \
            and q.low_value >= q.high_value and _SCORE_DASH.fullmatch(text[n.end:last.start]):
        return True  # "2-1", "1-1": a score, not a range
    digits = n.surface.isdigit() and len(q.numbers) == 1 and not q.is_percent and q.number.currency is None
    if digits:
        head = text[max(0, n.start - 40):n.start]
        w = _WORD_BEFORE.search(head)
        if w is not None:
            word = w.group("w").lower()
            if word in t.address_words or word.endswith(_ADDRESS_ENDINGS[lang]):
                return True  # "Weipertstraße 8", "Bundesstraße 246", "Platform 9"
            prev = _WORD_BEFORE.search(head, 0, w.start())
            if prev is not None and prev.group("w").lower() in t.address_words and w.group("w")[:1].isupper():
                return True  # "Via Roma 22", "Rue Cler 5"
        listed = _LISTED_LABEL.search(head) if head.rstrip().endswith(_LISTED_JOINERS) else None
        if listed is not None and listed.group("w").lower() in t.address_words:
            return True  # "die Linien 5 und 6", "platforms 4 and 5": the second label
        if _ACRONYM_BEFORE.search(head) and len(n.surface) <= 4:
            return True  # "NHS 111", "A 6": a code or a line
        if _NAME_AGE.search(head) and len(n.surface) <= 2 and text[n.end:n.end + 2] in (", ", ",\n"):
            return True  # "Chiara, 19, a medical student"
        if len(n.surface) == 4 and 1900 <= int(n.surface) <= 2100 and _YEAR_AND.search(head):
            return True  # "2018 und 2022"
    age, measure = _PHRASES_BEFORE[lang]
    if _may_end_phrase(text, n.start, lang):
        before = " ".join(text[max(0, n.start - 30):n.start].lower().split())
        if _ends_with_phrase(before, age):
            return True  # "aged under five", "im Alter von 23"
        if _ends_with_phrase(before, measure):
            return True  # "a magnitude of 6.4", "der Stärke 6,4": a measurement, not a count
    if q.start == n.start or not _may_end_phrase(text, q.start, lang):
        return False  # no qualifier (the text before it was read just above), or no phrase before it
    before_q = " ".join(text[max(0, q.start - 30):q.start].lower().split())
    return _ends_with_phrase(before_q, age)


_Phrases = tuple[tuple[str, ...], frozenset[str]]


def _phrases(words: Iterable[str]) -> _Phrases:
    """Phrases as the endings they make after a space, and as whole texts."""
    return tuple(" " + w for w in words), frozenset(words)


def _ends_with_phrase(before: str, phrases: _Phrases) -> bool:
    """``before`` (normalised text) is one of the phrases or ends with one after a space."""
    return before.endswith(phrases[0]) or before in phrases[1]


def _may_end_phrase(text: str, end: int, lang: str) -> bool:
    """Whether the last word of the 30 characters before ``end`` is the last word of a phrase of
    _PHRASES_BEFORE: the normalised text ends with a phrase only then (lower-casing makes no blank
    and removes none, so the last word of the lower-cased text is the last word lower-cased)."""
    words = text[max(0, end - 30):end].rsplit(None, 1)
    return bool(words) and words[-1].lower() in _PHRASE_LAST_WORDS[lang]


_ADDRESS_ENDINGS = {c: tuple(sorted(a for a in _lang.text_tables(c).address_words if len(a) >= 5))
                    for c in _lang.supported()}  # "Bundesstraße" ends with "straße"
_PHRASES_BEFORE = {c: (_phrases(_lang.text_tables(c).age_before), _phrases(_lang.text_tables(c).measure_before))
                   for c in _lang.supported()}
_PHRASE_LAST_WORDS = {c: frozenset(p.split()[-1] for p in (*_lang.text_tables(c).age_before,
                                                              *_lang.text_tables(c).measure_before))
                      for c in _lang.supported()}


def _date_like(text: str, q: Quantity, unit: str | None, lang: str) -> bool:
    """"three decades ago", "vor drei Jahren": a count of time units that names a date."""
    t = _lang.text_tables(lang)
    if unit is None or unit not in t.time_units and unit.lower() not in t.time_units:
        return False
    after = _WORD_AFTER_NEXT.match(text[q.number_end:q.number_end + 40])
    if after is not None and after.group(1).lower() in t.ago_after:
        return True
    before = _LAST_WORD.search(text[max(0, q.start - 20):q.start])
    return before is not None and before.group(1).lower() in t.ago_before


def _year_before_noun(q: Quantity, noun: CountedNoun, stoks: list[Token], lang: str) -> bool:
    """"2025 response plan": a bare year-like number before a singular noun is a year (English)."""
    n = q.numbers[0]
    if lang != "en" or not (n.surface.isdigit() and len(n.surface) == 4 and 1900 <= int(n.surface) <= 2100):
        return False
    head = noun.text.split()[-1] if noun.text else ""
    return bool(head) and not head.lower().endswith("s") and head.lower() not in _lang.text_tables(lang).lemmas


_RELATIVE_OPEN = {"de": regex.compile(r",\s*(?:wo|wohin|woher|in\s+de[mnr]|bei\s+de[mnr]|an\s+de[mnr])\s", regex.I),
                  "en": regex.compile(r",\s*(?:which|who|where|whose)\s", regex.I)}


def _background_clause(text: str, s: Sentence, q: Quantity, lang: str) -> tuple[int, int] | None:
    """The non-restrictive relative clause holding the figure (", which holds 44,500 spectators",
    ", wo rund 800 Menschen arbeiten"), when it has no verb of saying: an aside of the outlet's."""
    # the clause opens at the last comma before the figure (an opening at an earlier comma would
    # have this one after it): one match there instead of a scan of the stretch
    comma = text.rfind(",", max(s.start, q.start - 300), q.start)
    opening = _RELATIVE_OPEN[lang].match(text, comma, q.start) if comma >= 0 else None
    if opening is None:
        return None
    t = _lang.text_tables(lang)
    close = text.find(",", q.end, min(s.end, q.end + 300))
    end = s.end if close < 0 else close
    words = _WORDS.findall(text[opening.end():end].lower())
    if any(w in t.speech_verbs for w in words):
        return None
    return opening.start(), end


def _statement_dates(stoks: list[Token], mentions: list[tuple[int, TimeRef]], t: _lang.TextTables) -> frozenset[int]:
    """Offsets of the time mentions that date a verb of saying ("said on Tuesday", "teilte am Freitag
    mit", "am Dienstagmorgen mitteilte"): within three words of it."""
    if not mentions:
        return frozenset()
    out = set()
    starts = [tk.start for tk in stoks]
    for p, _ in mentions:
        i = bisect.bisect_left(starts, p)
        near = stoks[max(0, i - 3):i] + stoks[i + 1:i + 4]
        if any(tk.low in t.speech_verbs for tk in near):
            out.add(p)
    return frozenset(out)


def _denial_pattern(lang: str) -> regex.Pattern[str]:
    alternation = _phrase_alternation(_lang.text_tables(lang).denial_words, r"\S+") or "(?!)"
    return regex.compile(rf"(?i){before_word(_lang.text_tables(lang).denial_words)}(?:{alternation})(?!\w)")


_DENIALS = {c: _denial_pattern(c) for c in _lang.supported()}
_CLAIM_VERBS = regex.compile(r"(?i)\b(?:claim(?:ed|s)?|alleg(?:ed|es)|behauptet(?:en)?|behaupten|"
                             r"berichteten|kursier\w*|circulat\w*|verbreitet\w*)(?!\w)")
_BACK_REFERENCE = regex.compile(r"(?i)\b(?:the|these|this|those|such|diese[rsnm]?|die|das|dies|solche)\s+"
                                r"(?:\w+\s+)?(?:claims?|reports?|rumou?rs?|posts?|figures?|allegations?|"
                                r"berichte|behauptungen?|gerüchte|angaben|zahlen?|meldungen?|darstellung)(?!\w)"
                                r"|^\s*(?:das|dies|this|that)\s")


def _denial(text: str, sents: list[Sentence], si: int, q: Quantity, lang: str) -> tuple[int, int] | None:
    """Where a figure is denied: (offset of the denial, its sentence index), or None.

    In the sentence: a rumour noun shortly before the figure and a denial after it ("Spekulationen,
    nach denen bis zu 3.500 Stellen ... , wies eine Sprecherin zurück"; "reports of 5,000 people ...
    were completely false"). In the next sentence of the paragraph: a claim before ("Posts have
    claimed that three children had died") and a denial that refers back ("The UKHSA said the
    claims were false")."""
    t = _lang.text_tables(lang)
    s = sents[si]
    head = text[max(s.start, q.start - 160):q.start]
    den = _DENIALS[lang]
    # a rumour noun among the last eight words (most heads have none anywhere: tested first)
    rumour = _RUMOUR_ANY[lang].search(head.lower()) is not None and \
        not t.rumour_nouns.isdisjoint(map(str.lower, _LETTERS.findall(head)[-8:]))
    if rumour:
        m = den.search(text, q.end, min(s.end, q.end + 400))
        if m is not None:
            return m.start(), si
    if si + 1 < len(sents) and sents[si + 1].line == s.line and (
            rumour or _CLAIM_VERBS.search(text, max(s.start, q.start - 300), q.start)):
        nxt = sents[si + 1]
        m = den.search(text, nxt.start, nxt.end)
        if m is not None and _BACK_REFERENCE.search(text[nxt.start:nxt.end]):
            return m.start(), si + 1
    return None


def _konjunktiv_v2(toks: list[Token], t: _lang.TextTables) -> bool:
    """German reported speech by the verb alone: "Das Klinikum mache jedes Jahr ein Defizit",
    "Man zähle die Fläche": after the first noun phrase, a finite verb ending in -e (Konjunktiv I;
    indicative third persons end in -t, past tenses in -te)."""
    i = 0
    n = len(toks)
    if n < 3:
        return False
    if toks[0].low in ("man", "es", "er", "sie"):
        i = 1
    else:
        if toks[i].low in t.determiners:
            i += 1
        while i < n and toks[i].is_word and not toks[i].capitalized and toks[i].low.endswith(("e", "en", "er", "es", "em")):
            i += 1
        start = i
        while i < n and toks[i].is_word and toks[i].capitalized and i - start < 3:
            i += 1
        if i == start:
            return False
    if i >= n:
        return False
    v = toks[i]
    low = v.low
    return (v.is_word and not v.capitalized and low.endswith("e") and not low.endswith("te") and len(low) >= 4
            and low not in t.stop_words and low not in t.determiners and low not in t.prepositions)


def _in_quote(text: str, s: Sentence, pos: int, t: _lang.TextTables) -> bool:
    head = text[s.start:pos]
    return any(head.count(o) > head.count(c) if o != c else head.count(o) % 2 == 1 for o, c in t.quote_pairs)


def _same_figure(a: Assertion, b: Assertion) -> bool:
    return a.unit == b.unit and a.quantity.point == b.quantity.point and a.quantity.is_percent == b.quantity.is_percent


def _figure_key(a: Assertion) -> tuple[object, ...]:
    return (a.unit, a.quantity.point, a.quantity.is_percent)


def _consolidate(items: list[Assertion], text: str, lang: str) -> list[Assertion]:
    """Document-level rules: repeated figures share their kind; hearsay takes the document's source."""
    t = _lang.text_tables(lang)
    out = list(items)
    # one pass per rule over figures indexed by _figure_key (same as _same_figure): linear time
    keys = [_figure_key(a) for a in out]  # evolve keeps unit and quantity: the keys stay valid
    projected: dict[tuple[object, ...], Modality] = {}
    for b, key in zip(out, keys):
        if b.kind == "projection":
            projected.setdefault(key, b.modality)
    for i, a in enumerate(out):
        if a.modality is Modality.FACT and keys[i] in projected:
            out[i] = attrs.evolve(a, modality=projected[keys[i]], refers_to=None)
    named: dict[tuple[object, ...], str] = {}
    for b, key in zip(out, keys):
        if b.source != AUTHOR:
            named.setdefault(key, b.source)
    for i, a in enumerate(out):
        if a.source == AUTHOR and keys[i] in named and \
                (a.modality is Modality.REPORTED or contains_any(a.sentence.lower(), t.hearsay)):
            out[i] = attrs.evolve(a, source=named[keys[i]])
    return out


def iter_extract(documents: Iterable[Document], *, options: ExtractOptions | None = None) -> Iterator[Assertion]:
    """Assertions of many documents, one document at a time (memory does not grow with the corpus)."""
    for doc in documents:
        yield from extract(doc, options=options)
