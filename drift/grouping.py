"""Grouping: which assertions are about the same real-world quantity.

An assertion's key is built from three readable parts, ``concept|modifiers|kind``:

- the *concept* of the counted noun in a language-neutral id (``Soldaten``, ``troops`` and
  ``Kämpfer`` are all ``soldier``; see :mod:`drift.lang.concepts`). A predicate that defines the
  quantity replaces a generic noun (``600.000 Soldaten getötet oder verwundet`` and ``600,000
  casualties`` are both ``casualty``; the specific noun ``soldier`` stays as a modifier);
- the distinguishing *modifiers*, sorted (places as canonical ids, so ``nordkoreanische
  Soldaten``, ``Nordkorea-Soldaten``, ``Soldaten aus Nordkorea`` and ``North Korean troops`` all
  carry ``north-korea``);
- the *kind*: ``actual``, ``projection`` or ``denied``, never mixed.

A figure stated with fewer modifiers than the rest of its story (``12.000 Soldaten`` after
``12.000 nordkoreanische Soldaten``) *backs off* to the more specific key when exactly one such key
exists, first within its own document, then in the whole corpus. Series of one key separated by
more than ``episode_gap_days`` without any statement are split into episodes (``…@2025-03-15``), so
unrelated stories that happen to count the same noun are not compared.

Everything here is a pure function of the assertions, independent of their order.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs
import regex

from drift.assertions import Assertion
from drift.lang import concepts
from drift.lang.geo import place_id
from drift.timeref import Precision

__all__ = ["Features", "GroupingOptions", "features", "group", "key_label", "reference_time", "stories"]


def _frozen_map(value: Mapping[str, str] | None) -> Mapping[str, str]:
    return dict(sorted((value or {}).items()))


@attrs.frozen
class GroupingOptions:
    """How assertions are keyed and grouped.

    - ``aliases``: extra word -> concept or modifier mappings, applied to lemmas, concepts and
      modifiers (``{"Wehrpflichtiger": "soldier", "dprk": "north-korea"}``); matched
      case-insensitively.
    - ``merge``: key -> key; every assertion whose key (before episodes) is on the left gets the
      key on the right (``{"fighter|north-korea|actual": "soldier|north-korea|actual"}``).
    - ``split``: keys that never take part in back-off (neither absorb nor are absorbed).
    - ``backoff``: let less specific figures join a unique more specific key (default on).
    - ``episode_gap_days``: split a key's series at gaps longer than this (None: never).
    - ``stories``: keep documents that tell different stories apart (see :func:`stories`); a key
      then ends in ``#<story>`` when the corpus holds more than one story.
    - ``story_link_days``: documents published further apart never join one story.
    """

    aliases: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_map)
    merge: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_map)
    split: frozenset[str] = attrs.field(factory=frozenset, converter=frozenset)
    backoff: bool = True
    episode_gap_days: int | None = attrs.field(default=365)
    stories: bool = True
    story_link_days: int | None = 60

    @episode_gap_days.validator
    def _check_gap(self, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value is not None and value < 0:
            raise ValueError(f"episode_gap_days must be >= 0 or None, got {value!r}")


@attrs.frozen
class Features:
    """The parts of a quantity key: concept, modifiers (sorted), kind."""

    concept: str
    modifiers: tuple[str, ...]
    kind: str

    @property
    def key(self) -> str:
        return f"{self.concept}|{','.join(self.modifiers)}|{self.kind}"


def _alias(word: str, aliases: Mapping[str, str]) -> str:
    if not aliases:
        return word
    return aliases.get(word) or aliases.get(word.lower()) or word


def features(a: Assertion, options: GroupingOptions | None = None) -> Features:
    """The key parts of one assertion (before back-off and episodes)."""
    opts = options or GroupingOptions()
    lemma = _alias(a.unit, opts.aliases) if a.unit else None
    unit_c = concepts.concept_of(lemma, a.lang) if lemma else None
    if unit_c:
        unit_c = _alias(unit_c, opts.aliases)
    mods: set[str] = set()
    for m in a.modifiers:
        mods.add(_alias(place_id(m, a.lang) or m, opts.aliases).lower())
    if lemma and unit_c == lemma.lower():  # a noun the tables do not know: maybe a demonym
        pid = place_id(lemma, a.lang)
        if pid:
            unit_c = "person"
            mods.add(pid)
    pred_c = concepts.predicate_concept(a.predicate)
    if pred_c:
        pred_c = _alias(pred_c, opts.aliases)
        if unit_c and unit_c not in concepts.GENERIC_PEOPLE and unit_c != pred_c \
                and unit_c not in concepts.IMPLIED.get(pred_c, ()):
            mods.add(unit_c)
        concept = pred_c
    else:
        concept = unit_c or ("percent" if a.quantity.is_percent else "count")
    return Features(concept, tuple(sorted(mods)), a.kind)


def reference_time(a: Assertion) -> tuple[dt.date, dt.date] | None:
    """The days an assertion is about: its reference time, else its publication date. A figure
    about a period up to a day ("seit Kriegsbeginn", "so far") is a count as of that day."""
    ref = a.refers_to or a.published
    if ref is None:
        return None
    if ref.precision is Precision.PERIOD:
        return (ref.end, ref.end)
    return (ref.start, ref.end)


def _backoff(items: Sequence[tuple[Assertion, Features]], split: frozenset[str],
             story: Mapping[str, str]) -> list[Features]:
    """Give each item the unique more specific modifier set of its concept and kind, looked up in
    its own document first, then in its story. Only places are added this way: "12.000 Soldaten"
    after "12.000 nordkoreanische Soldaten" are North Korean, but "11 dead" are not "children"."""
    from drift.lang.geo import PLACES

    by_doc: dict[tuple[str, str, str], set[tuple[str, ...]]] = defaultdict(set)
    by_all: dict[tuple[str, str, str], set[tuple[str, ...]]] = defaultdict(set)
    for a, f in items:
        if split and f.key in split:
            continue
        by_doc[(a.doc_id, f.concept, f.kind)].add(f.modifiers)
        by_all[(story.get(a.doc_id, ""), f.concept, f.kind)].add(f.modifiers)

    def unique_superset(mods: tuple[str, ...], pool: set[tuple[str, ...]]) -> tuple[str, ...] | None:
        own = set(mods)
        supers = [m for m in pool if own < set(m) and all(x in PLACES for x in set(m) - own)]
        if not supers:
            return None
        smallest = min(supers, key=lambda m: (len(m), m))
        # only a chain of nested sets is unambiguous: every candidate must contain the smallest
        return smallest if all(set(smallest) <= set(m) for m in supers) else None

    out: list[Features] = []
    done: dict[tuple[str, Features], Features] = {}  # one answer per document and key
    for a, f in items:
        if split and f.key in split:
            out.append(f)
            continue
        answer = done.get((a.doc_id, f))
        if answer is None:
            new = unique_superset(f.modifiers, by_doc[(a.doc_id, f.concept, f.kind)])
            if new is None:
                new = unique_superset(f.modifiers, by_all[(story.get(a.doc_id, ""), f.concept, f.kind)])
            answer = done[(a.doc_id, f)] = attrs.evolve(f, modifiers=new) if new is not None else f
        out.append(answer)
    return out


def _episodes(members: list[Assertion], gap: int | None) -> list[list[Assertion]]:
    """Split one key's assertions at gaps in time longer than ``gap`` days. Assertions without
    any time go with the first episode."""
    if gap is None:
        return [members]
    times = [reference_time(a) for a in members]
    # (first day, last day, position) as day ordinals: sorted like the dates, compared faster
    timed = sorted((t[0].toordinal(), t[1].toordinal(), i) for i, t in enumerate(times) if t is not None)
    untimed = [a for a, t in zip(members, times) if t is None]
    if not timed:
        return [members]
    episodes: list[list[Assertion]] = [[]]
    last_end: int | None = None
    for start, end, i in timed:
        if last_end is not None and start - last_end > gap:
            episodes.append([])
        episodes[-1].append(members[i])
        last_end = end if last_end is None else max(last_end, end)
    episodes[0][:0] = untimed
    return episodes


@functools.lru_cache(maxsize=8)
def _table_words(lang: str) -> frozenset[str]:
    """Every word the language's tables know (number words, function words, cue phrases, lemmas):
    such a word is vocabulary, not a name that could tell one story from another."""
    from drift import lang as _lang

    words: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            words.update(w.lower() for w in regex.findall(r"[\p{L}]+", value))
        elif isinstance(value, Mapping):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for v in value:
                walk(v)

    try:
        tables: list[Any] = [_lang.get(lang), _lang.text_tables(lang)]
    except Exception:  # an unknown language: nothing known
        return frozenset()
    for t in tables:
        for field in attrs.fields(type(t)):
            walk(getattr(t, field.name))
    for table in concepts.UNITS.values():
        walk(table)
    return frozenset(words)


_NAME = regex.compile(r"\b\p{Lu}[\p{L}\p{M}'’-]{3,}")


@functools.lru_cache(maxsize=4096)
def _names(sentence: str, known: frozenset[str]) -> frozenset[str]:
    """Capitalised words of a sentence that may be names: not at the start of a sentence or
    quote, not vocabulary the language tables know."""
    out = set()
    for m in _NAME.finditer(sentence):
        i = m.start() - 1
        while i >= 0 and sentence[i].isspace():
            i -= 1
        if i < 0 or sentence[i] in ".!?:\"„“":
            continue
        word = m.group().lower().rstrip("'’-")
        if word not in known and word.rstrip("s") not in known:
            out.add(word)
    return frozenset(out)


def _precise(figure: object) -> bool:
    """A (concept, value) figure with three or more significant digits (212, 18,420)."""
    value = figure[1] if isinstance(figure, tuple) else str(figure)
    return len(Decimal(value).normalize().as_tuple().digits) >= 3


def _telling(figure: tuple[str, str]) -> bool:
    """A figure that may tie a lone document to a story: a specific noun and at least 100
    ("3000 soldiers"); "24 patients" or "9,000 people" turn up in unrelated stories."""
    concept, value = figure
    return concept not in ("", "person") and abs(Decimal(value)) >= 100


def stories(assertions: Sequence[Assertion], *, link_days: int | None = 60, max_df: int = 50) -> dict[str, str]:
    """Which documents tell the same story: doc id -> a story label.

    Two documents are linked when their figures' sentences share a name (a capitalised word that
    is neither vocabulary of the language tables nor in most documents, so ``Soldaten`` or
    ``Police`` links nothing) and further evidence: a second name, a precise figure (the same
    concept and a value with three or more significant digits) or a round figure. Figures alone
    never link: unrelated stories share "212 deaths" or "1,000 people". They must also be published at most
    ``link_days`` apart. Stories are the connected components; each is labelled by its most shared
    name. With one story the label is empty.
    """
    names: dict[str, set[str]] = defaultdict(set)
    figures: dict[str, set[tuple[str, str]]] = defaultdict(set)
    published: dict[str, int | None] = {}  # day ordinals
    known_by_lang: dict[str, frozenset[str]] = {}
    seen_sentences: set[tuple[str, str]] = set()
    unit_concepts: dict[tuple[str | None, str], str] = {}  # a few nouns, looked up once each
    for a in assertions:
        doc = a.doc_id
        seen = (doc, a.sentence)
        if seen not in seen_sentences:  # a sentence with several figures: read once
            seen_sentences.add(seen)
            known = known_by_lang.get(a.lang)
            if known is None:
                known = known_by_lang[a.lang] = _table_words(a.lang)
            names[doc].update(_names(a.sentence, known))
        q = a.quantity
        v = q.point
        if (v >= 10 or v <= -10) and not q.is_percent:
            noun = (a.unit, a.lang)
            concept = unit_concepts.get(noun)
            if concept is None:
                concept = unit_concepts[noun] = concepts.concept_of(a.unit, a.lang) or ""
            figures[doc].add((concept, str(v)))
        if doc not in published:
            published[doc] = a.published.start.toordinal() if a.published else None
    docs = sorted(published)
    if len(docs) < 2:
        return {d: "" for d in docs}
    cap = min(max_df, max(3, len(docs) // 2))
    parent = {d: d for d in docs}

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    # evidence that two documents tell one story: 2 points per shared name or precise figure,
    # 1 point at most for any number of shared round figures (unrelated stories share "1,000");
    # a link needs a name and 3 points. Figures are compared only for pairs that share a name.
    postings: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        for token in names.get(d, ()):
            postings[token].append(d)
    name_pairs: dict[tuple[str, str], int] = defaultdict(int)
    for ds in postings.values():
        if 1 < len(ds) <= cap:
            for i, x in enumerate(ds):
                for y in ds[i + 1:]:
                    name_pairs[(x, y)] += 1
    figure_df: dict[object, int] = defaultdict(int)
    for d in docs:
        for f in figures.get(d, ()):
            figure_df[f] += 1
    usable = {d: {f for f in fs if figure_df[f] <= cap} for d, fs in figures.items()}
    points: dict[object, int] = {}  # a usable figure's weight: 2 when precise, else 1

    def weight_of(f: object) -> int:
        w = points.get(f)
        if w is None:
            w = points[f] = 2 if _precise(f) else 1
        return w

    shared: dict[tuple[str, str], int] = {}
    for (x, y), n in sorted(name_pairs.items()):
        common = usable.get(x, set()) & usable.get(y, set())
        precise = sum(1 for f in common if weight_of(f) == 2)
        shared[(x, y)] = 2 * n + 2 * precise + (1 if len(common) > precise else 0)
    for (x, y), n in shared.items():
        px, py = published[x], published[y]
        near = link_days is None or px is None or py is None or abs(px - py) <= link_days
        if n >= 3 and near:
            parent[find(x)] = find(y)
    # a document linked to nothing joins the one story it shares most with, if any
    sizes: dict[str, int] = defaultdict(int)
    for d in docs:
        sizes[find(d)] += 1
    neighbours: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (x, y), n in shared.items():
        neighbours[x].append((y, n))
        neighbours[y].append((x, n))
    lonely = [d for d in docs if sizes[find(d)] == 1]
    fig_docs: dict[object, list[str]] = defaultdict(list)
    if lonely:
        for d in docs:
            for f in usable.get(d, ()):
                fig_docs[f].append(d)
    for d in lonely:
        if sizes[find(d)] == 1:
            # ... counting its shared figures too (a lone document may share no name): the points
            # of the documents it shares only figures with, then those it shares a name with
            weight: dict[str, int] = defaultdict(int)
            for f in usable.get(d, ()):
                if not _telling(f):
                    continue
                w = weight_of(f)
                for other_doc in fig_docs[f]:
                    weight[other_doc] += w
            weight.pop(d, None)  # its own figures
            weight.update(neighbours.get(d, ()))
            votes: dict[str, int] = defaultdict(int)
            pd = published[d]
            for other_doc, n in weight.items():
                other = parent[other_doc]
                if parent[other] != other:  # (find's work, saved for the many documents near a root)
                    other = find(other)
                if sizes[other] > 1:  # only stories of several documents take it in
                    po = published[other_doc]
                    if link_days is None or pd is None or po is None or abs(pd - po) <= link_days:
                        votes[other] += n
            if votes:
                top = max(votes.values())
                best = sorted(r for r, n in votes.items() if n == top)
                if len(best) == 1:
                    parent[find(d)] = best[0]
    members: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        members[find(d)].append(d)
    if len(members) == 1:
        return {d: "" for d in docs}
    out: dict[str, str] = {}
    for root, ds in members.items():
        counts: dict[str, int] = defaultdict(int)
        for d in ds:
            for token in names.get(d, ()):
                counts[token] += 1
        label = min(counts, key=lambda t: (-counts[t], t)) if counts and len(ds) > 1 else ds[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
        for d in ds:
            out[d] = regex.sub(r"[^\p{L}\p{N}._-]+", "-", label)
    return out


def group(assertions: Iterable[Assertion], options: GroupingOptions | None = None) -> dict[str, list[Assertion]]:
    """Key every assertion; returns key -> its assertions (each with ``quantity_key`` set),
    keys and members in a deterministic order that does not depend on the input order."""
    opts = options or GroupingOptions()
    cache: dict[tuple[object, ...], Features] = {}  # assertions share a few noun/modifier combinations

    def keyed(a: Assertion) -> tuple[Assertion, Features]:
        k = (a.unit, a.modifiers, a.predicate, a.modality, a.lang, a.quantity.is_percent)  # modality gives kind
        f = cache.get(k)
        if f is None:
            f = cache[k] = features(a, opts)
        return a, f

    items = sorted((keyed(a) for a in assertions), key=_item_order)
    story = stories([a for a, _ in items], link_days=opts.story_link_days) if opts.stories else {}
    feats = _backoff(items, opts.split, story) if opts.backoff else [f for _, f in items]
    by_key: dict[str, list[Assertion]] = defaultdict(list)
    for (a, _), f in zip(items, feats):
        key = f.key
        key = opts.merge.get(key, key)
        if story.get(a.doc_id):
            key = f"{key}#{story[a.doc_id]}"
        by_key[key].append(a)
    out: dict[str, list[Assertion]] = {}
    for key in sorted(by_key):
        episodes = _episodes(by_key[key], opts.episode_gap_days)
        for ep in episodes:
            name = key
            if len(episodes) > 1:
                times = [t[0] for a in ep if (t := reference_time(a)) is not None]
                name = f"{key}@{min(times).isoformat()}" if times else key
            out[name] = [_keyed(a, name) for a in ep]
    return out


def _keyed(a: Assertion, key: str) -> Assertion:
    """``attrs.evolve(a, quantity_key=key)``, at half the cost: every field named in the call
    (:data:`_ASSERTION_FIELDS` checks at import that none is missing)."""
    return Assertion(doc_id=a.doc_id, quantity=a.quantity, unit=a.unit, modifiers=a.modifiers,
                     predicate=a.predicate, noun_text=a.noun_text, source=a.source, modality=a.modality,
                     refers_to=a.refers_to, start=a.start, end=a.end, sentence=a.sentence,
                     sentence_start=a.sentence_start, lang=a.lang, outlet=a.outlet, published=a.published,
                     quantity_key=key)


#: the fields :func:`_keyed` copies: a field added to Assertion must be added there too
_ASSERTION_FIELDS = ("doc_id", "quantity", "unit", "modifiers", "predicate", "noun_text", "source", "modality",
                     "refers_to", "start", "end", "sentence", "sentence_start", "lang", "outlet", "published",
                     "quantity_key")
if tuple(f.name for f in attrs.fields(Assertion)) != _ASSERTION_FIELDS:  # pragma: no cover
    raise ImportError("drift.grouping._keyed does not copy every field of Assertion")


def _order(a: Assertion) -> tuple[str, int, int, str]:
    return (a.doc_id, a.quantity.numbers[0].start, a.start, a.source)  # numbers[0].start: number_start


def _item_order(item: tuple[Assertion, Features]) -> tuple[str, int, int, str]:
    return _order(item[0])


_PLURAL = {"person": "people", "child": "children", "casualty": "casualties", "missing": "missing people",
           "injured": "injured people", "percent": "percent", "evacuee": "evacuees", "displaced": "displaced people",
           "arrested": "arrests", "captured": "captured people", "dismissed": "dismissals", "count": "items",
           "death": "deaths", "staff": "staff"}


@functools.lru_cache(maxsize=65536)
def key_label(key: str) -> str:
    """A readable English label for a key: ``soldier|north-korea|projection`` ->
    ``soldiers (North Korea), projected``."""
    from drift.lang.geo import PLACES

    base = key.partition("@")[0].partition("#")[0]
    concept, _, rest = base.partition("|")
    mods, _, kind = rest.partition("|")
    noun = _PLURAL.get(concept, concept if concept.endswith("s") else concept + "s")
    names = [PLACES[m][0] if m in PLACES else m for m in mods.split(",") if m]
    label = f"{noun} ({', '.join(names)})" if names else noun
    if kind == "projection":
        label += ", projected"
    elif kind == "denied":
        label += ", denied"
    return label
