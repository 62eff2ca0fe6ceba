"""Comparison: grouping keys, the rules and their semantics (DESIGN.md, "Semantics that must hold").

Assertions are built directly (no text), so each test pins one behaviour of grouping or rules.
New rule cases go in the named tables; new semantic guarantees become hypothesis properties below.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import drift
from drift import Assertion, Modality, Number, Qualifier, Quantity, TimeRef
from drift.grouping import GroupingOptions, features, group, stories
from drift.rules import RuleOptions, source_key

DAY0 = dt.date(2025, 3, 1)


def claim(value: int | Decimal, qualifier: Qualifier = Qualifier.EXACT, *, day: int = 0, source: str = "Polizei",
          unit: str = "Mensch", modifiers: tuple[str, ...] = (), predicate: str | None = None, doc: str = "d1",
          modality: Modality = Modality.FACT, lang: str = "de", published: int | None = None,
          high: int | None = None, pos: int = 0) -> Assertion:
    """One assertion about ``value`` people on ``DAY0 + day`` (a range when ``high`` is given)."""
    n = Number(value, str(value), pos, pos + len(str(value)))
    if high is not None:
        m = Number(high, str(high), pos + 20, pos + 20 + len(str(high)))
        q = Quantity.from_range(n, m, start=pos, end=m.end, text=" " * (m.end + 1))
    else:
        q = Quantity.from_number(n, qualifier)
    when = DAY0 + dt.timedelta(days=day)
    pub = DAY0 + dt.timedelta(days=day if published is None else published)
    return Assertion(doc, q, unit, modifiers, predicate, source=source, modality=modality,
                     refers_to=TimeRef.day(when), published=TimeRef.day(pub), lang=lang,
                     start=pos, end=q.end, sentence="")


def kinds(assertions: list[Assertion], options: RuleOptions | None = None) -> list[str]:
    """The finding kinds drift reports for one quantity."""
    report = drift.analyze_assertions(assertions, drift.AnalyzeOptions(rules=options or RuleOptions()))
    return [f.kind.value for f in report.findings]


# --------------------------------------------------------------------------------------------
# Grouping
# --------------------------------------------------------------------------------------------

SAME_KEY = [
    # (a, b): two ways of naming one quantity
    (dict(unit="Fahrgast"), dict(unit="passenger", lang="en")),
    (dict(unit="Haus"), dict(unit="home", lang="en")),
    (dict(unit="Hitzetoter"), dict(unit="Toter")),
    (dict(unit="Soldat", modifiers=("north-korea",)), dict(unit="troop", modifiers=("north-korea",), lang="en")),
    (dict(unit="Soldat", modifiers=("nordkoreanisch",)), dict(unit="Soldat", modifiers=("Nordkorea",))),
    (dict(unit="Truppe", modifiers=("north-korea",)), dict(unit="soldier", modifiers=("north-korea",), lang="en")),
    (dict(unit="Verlust", modifiers=("russia",)),
     dict(unit="Soldat", modifiers=("russia",), predicate="killed-or-wounded")),
    (dict(unit="casualty", modifiers=("russia",), lang="en"),
     dict(unit="troop", modifiers=("russia",), predicate="killed-or-wounded", lang="en")),
    (dict(unit="Toter"), dict(unit="person", predicate="killed", lang="en")),
    (dict(unit="Todesopfer"), dict(unit="death", lang="en")),
    (dict(unit="Vermisster"), dict(unit="person", predicate="missing", lang="en")),
    (dict(unit="Teilnehmer"), dict(unit="protester", lang="en")),
]

DIFFERENT_KEY = [
    (dict(unit="Soldat", modifiers=("north-korea",)), dict(unit="Soldat", modifiers=("russia",))),
    (dict(unit="Soldat", modifiers=("north-korea",)),
     dict(unit="Soldat", modifiers=("north-korea",), modality=Modality.PLAN)),
    (dict(unit="Toter"), dict(unit="Verletzter")),
    (dict(unit="Mensch", predicate="killed"), dict(unit="Mensch", predicate="evacuated")),
    (dict(unit="Euro"), dict(unit="Dollar")),
]


@pytest.mark.parametrize("a,b", SAME_KEY, ids=[f"{a['unit']}={b['unit']}" for a, b in SAME_KEY])
def test_equivalent_phrasings_share_a_key(a: dict[str, object], b: dict[str, object]) -> None:
    """Adjective, compound and prepositional forms, synonyms and translations meet under one key."""
    assert features(claim(100, **a)).key == features(claim(100, **b)).key  # type: ignore[arg-type]


@pytest.mark.parametrize("a,b", DIFFERENT_KEY, ids=[f"{a['unit']}!={b['unit']}" for a, b in DIFFERENT_KEY])
def test_different_quantities_get_different_keys(a: dict[str, object], b: dict[str, object]) -> None:
    """Different places, kinds, predicates and units are never one quantity."""
    assert features(claim(100, **a)).key != features(claim(100, **b)).key  # type: ignore[arg-type]


def test_key_is_readable() -> None:
    """A key spells concept, modifiers and kind: soldier|north-korea|actual."""
    assert features(claim(1, unit="Soldat", modifiers=("north-korea",))).key == "soldier|north-korea|actual"
    assert features(claim(1, unit="Soldat", modality=Modality.PLAN)).key == "soldier||projection"


def test_backoff_joins_the_unique_more_specific_key() -> None:
    """'12.000 Soldaten' after '12.000 nordkoreanische Soldaten' in one article is the same quantity."""
    a = claim(12000, unit="Soldat", modifiers=("north-korea",), pos=0)
    b = claim(12000, unit="Soldat", pos=50)
    keys = {x.quantity_key for xs in group([a, b]).values() for x in xs}
    assert keys == {"soldier|north-korea|actual"}


def test_backoff_stays_put_when_ambiguous() -> None:
    """With North Korean and Russian soldiers in the article, bare 'Soldaten' joins neither."""
    items = [claim(1, unit="Soldat", modifiers=("north-korea",)), claim(2, unit="Soldat", modifiers=("russia",), pos=9),
             claim(3, unit="Soldat", pos=20)]
    assert "soldier||actual" in group(items)


def test_backoff_only_adds_places() -> None:
    """'11 dead' does not become '11 dead children' because children are counted too."""
    items = [claim(11, unit="Toter", pos=0), claim(3, unit="Kind", predicate="killed", pos=30)]
    assert "death||actual" in group(items)


def test_aliases_merge_and_split_options() -> None:
    """A user can alias a word, merge two keys and keep a key out of back-off."""
    a = claim(5, unit="Wehrpflichtiger")
    assert features(a, GroupingOptions(aliases={"wehrpflichtiger": "soldier"})).concept == "soldier"
    b = claim(5, unit="Kämpfer")
    merged = group([b], GroupingOptions(merge={"soldier||actual": "fighters"}))
    assert list(merged) == ["fighters"]
    items = [claim(1, unit="Soldat", modifiers=("north-korea",)), claim(2, unit="Soldat", pos=9)]
    assert "soldier||actual" in group(items, GroupingOptions(split=frozenset({"soldier||actual"})))


def test_options_validate() -> None:
    """Impossible option values are rejected with a message naming the field."""
    with pytest.raises(ValueError, match="episode_gap_days"):
        GroupingOptions(episode_gap_days=-1)
    with pytest.raises(ValueError, match="divergence_days"):
        RuleOptions(divergence_days=-2)
    with pytest.raises(ValueError, match="tolerance"):
        RuleOptions(approx_tolerance=2)


def test_stories_keep_unrelated_documents_apart() -> None:
    """Documents sharing names (or figures) form one story; a document sharing nothing stays apart."""
    def doc(name: str, sentence: str, value: int) -> Assertion:
        return attrs.evolve(claim(value, doc=name), sentence=sentence)

    items = [doc("a", "Die Polizei in Brakenstedt sprach von Tausenden, Kröger widersprach.", 8000),
             doc("b", "In Brakenstedt zählte Kröger 25.000 Menschen.", 25000),
             doc("c", "Nach dem Beben in Velmora meldete Marković 212 Tote.", 212)]
    st_ = stories(items)
    assert st_["a"] == st_["b"] != st_["c"]


def test_episodes_keep_a_year_of_monthly_figures_together() -> None:
    """A statistic reported months apart is one series; a figure from years before is another."""
    items = [claim(802_000, day=0), claim(790_412, day=200, source="B"), claim(455_000, day=-2000)]
    groups = group(items)
    assert sorted(sorted(a.quantity.point for a in members) for members in groups.values()) \
        == [[455_000], [790_412, 802_000]]
    assert len(group(items, GroupingOptions(episode_gap_days=30))) == 3


def test_lone_document_joins_a_story_only_by_telling_figures() -> None:
    """A document that shares no name joins a story by a figure of a specific noun ("3,000
    soldiers"), never by small or generic counts ("24 patients", "9,000 people")."""
    def doc(name: str, sentence: str, value: int, unit: str) -> Assertion:
        return attrs.evolve(claim(value, doc=name, unit=unit), sentence=sentence)

    story = [doc("a", "In Velmora zählte Marković 3000 Soldaten.", 3000, "Soldat"),
             doc("b", "Laut Marković aus Velmora sind es 24 Patienten und 9000 Menschen.", 24, "Patient"),
             doc("b", "Laut Marković aus Velmora sind es 24 Patienten und 9000 Menschen.", 9000, "Mensch")]
    weak = [doc("c", "Die Klinik meldete 24 Patienten.", 24, "Patient"),
            doc("c", "Die Klinik meldete 9000 Menschen.", 9000, "Mensch")]
    st_ = stories(story + weak)
    assert st_["a"] == st_["b"] != st_["c"]
    telling = [doc("d", "Die Armee meldete 3000 Soldaten.", 3000, "Soldat")]
    st_ = stories(story + telling)
    assert st_["a"] == st_["b"] == st_["d"]


def test_source_keys_name_institutions_across_languages() -> None:
    """Polizei, Polizeidirektion and police are one source; the outlet's own figures are its own."""
    assert source_key("Polizei", "de", "x") == source_key("Polizeidirektion Süd", "de", "x") \
        == source_key("the police", "en", "y")
    assert source_key("Pentagon-Sprecherin Sabrina Singh", "de", "x") == source_key("Pentagon", "en", "x")
    assert source_key("author", "de", "Zeitung A") != source_key("author", "de", "Zeitung B")
    assert source_key("Wolodymyr Selenskyj", "de", "x") == source_key("Selenskyj", "de", "x")
    assert source_key("Peruanische Rote Kreuz", "de", "x") == source_key("Peruvian Red Cross", "en", "y")
    assert source_key("Robert Koch-Institut (RKI)", "de", "x") == source_key("RKI", "de", "x") \
        == source_key("Robert Koch-Institut", "de", "y")


# --------------------------------------------------------------------------------------------
# Rules: named cases
# --------------------------------------------------------------------------------------------

RULE_CASES = [
    ("police vs organisers same day", [claim(8000, Qualifier.APPROX), claim(25000, source="Veranstalter")],
     {"divergence"}),
    ("approx overlaps exact", [claim(10000, Qualifier.APPROX), claim(10500, source="Veranstalter")],
     {"corroboration"}),
    ("more than vs up to overlap", [claim(1_200_000, Qualifier.MORE_THAN), claim(1_300_000, Qualifier.AT_MOST, source="B")],
     {"corroboration"}),
    ("rising toll over days is escalation", [claim(12, day=0), claim(47, day=1, source="B"), claim(212, day=4)],
     {"escalation"}),
    ("falling count is de-escalation", [claim(30000, Qualifier.UP_TO, day=0), claim(2000, Qualifier.LESS_THAN, day=2)],
     {"de-escalation"}),
    ("later upper bound is no rise", [claim(200, Qualifier.MORE_THAN, day=0), claim(250, Qualifier.UP_TO, day=2, source="B")],
     set()),
    ("later lower bound is no fall", [claim(100, Qualifier.MORE_THAN, day=0), claim(60, Qualifier.AT_LEAST, day=3)],
     set()),
    ("at least then more is escalation", [claim(11, Qualifier.AT_LEAST, day=0), claim(19, day=2)], {"escalation"}),
    ("same source revises same day", [claim(8000, Qualifier.APPROX, published=0), claim(11000, Qualifier.APPROX, published=3)],
     {"revision"}),
    ("later lower figure from another source within a day", [claim(30000, Qualifier.ALMOST, day=0),
                                                              claim(18420, day=1, source="UNHCR")],
     {"divergence", "de-escalation"}),
    ("flat series is quiet", [claim(600000, Qualifier.MORE_THAN, day=0), claim(600000, Qualifier.MORE_THAN, day=29)],
     set()),
    ("range contains approx", [claim(600, high=700), claim(650, Qualifier.APPROX, source="B")], {"corroboration"}),
    ("one article repeating itself corroborates nothing", [claim(500, pos=0), claim(500, pos=40)], set()),
    ("thousands, then a count, is no rise", [claim(2000, Qualifier.VAGUE, day=0, source="B"),
                                             claim(16000, Qualifier.APPROX, day=1)], set()),
    ("tens of thousands against a count is no divergence", [claim(20000, Qualifier.VAGUE, source="B"),
                                                            claim(2000, Qualifier.UP_TO)], set()),
    ("more than, then a higher count, is a rise", [claim(50, Qualifier.MORE_THAN, day=0, source="B"),
                                                   claim(130, day=2)], {"escalation"}),
]


@pytest.mark.parametrize("items,expected", [(c[1], c[2]) for c in RULE_CASES], ids=[c[0] for c in RULE_CASES])
def test_rule_cases(items: list[Assertion], expected: set[str]) -> None:
    """Each named situation yields exactly the expected kinds of finding."""
    assert set(kinds(items)) == expected


def test_cumulative_count_lowered_by_its_source_is_a_revision() -> None:
    """A death toll its own source lowers later is a revision as well as a de-escalation."""
    items = [claim(212, day=0, unit="Toter", source="Zivilschutz"), claim(189, day=3, unit="Toter", source="Zivilschutz")]
    assert set(kinds(items)) == {"de-escalation", "revision"}
    evacuated = [claim(2000, day=0, unit="Haushalt"), claim(100, day=3, unit="Haushalt")]
    assert set(kinds(evacuated)) == {"de-escalation"}


def test_escalation_explanation_is_pasteable() -> None:
    """An escalation says who said what when, the factor and the days."""
    items = [claim(1500, day=0, unit="Soldat", modifiers=("north-korea",), source="südkoreanischer Geheimdienst"),
             claim(10000, Qualifier.APPROX, day=10, unit="Soldat", modifiers=("north-korea",), source="Pentagon")]
    (finding,) = drift.analyze_assertions(items).findings
    assert finding.kind is drift.FindingKind.ESCALATION
    assert finding.explanation == ("Reported number of soldiers (North Korea) rose from 1,500 (südkoreanischer "
                                   "Geheimdienst, 1 Mar 2025) to about 10,000 (Pentagon, 11 Mar 2025): 6.7× in 10 days.")
    assert finding.days == 10 and finding.ratio == pytest.approx(20 / 3)
    record = finding.to_record()
    assert record["kind"] == "escalation" and record["quantity"] == "soldier|north-korea|actual"
    assert record["assertions"] == [["d1", 0, 4], ["d1", 0, 5]]


def test_projections_never_meet_actuals() -> None:
    """A planned 12,000 and a deployed 3,000 are different quantities: no finding."""
    items = [claim(12000, unit="Soldat", modality=Modality.PLAN, source="A"), claim(3000, unit="Soldat", source="B")]
    assert kinds(items) == []


def test_consensus_reports_the_shared_interval_and_agreement() -> None:
    """With police ~8000, researchers 7500–9000 and organisers 25,000, the majority shares 7,500–8,800."""
    items = [claim(8000, Qualifier.APPROX), claim(7500, high=9000, source="Forscher", pos=5),
             claim(25000, source="Veranstalter", pos=9)]
    report = drift.analyze_assertions(items)
    (c,) = report.consensus["person||actual"]
    assert not c.agreed and c.support == 2 and c.size == 3
    assert c.low == pytest.approx(7350) and c.high == pytest.approx(8800)
    assert c.sources["organisers"] == 0.0 and c.sources["police"] == 0.5


# --------------------------------------------------------------------------------------------
# Properties (DESIGN.md, "Semantics that must hold")
# --------------------------------------------------------------------------------------------

QUALIFIERS = [q for q in Qualifier if q not in (Qualifier.RANGE, Qualifier.VAGUE)]
SOURCES = ["Polizei", "Veranstalter", "Pentagon", "Selenskyj", "author"]


@st.composite
def claims(draw: st.DrawFn, *, max_size: int = 8, days: int = 6) -> list[Assertion]:
    """A handful of assertions about one quantity: any values, qualifiers, sources and days."""
    n = draw(st.integers(2, max_size))
    out = []
    for i in range(n):
        value = draw(st.integers(1, 10**6))
        q = draw(st.sampled_from(QUALIFIERS))
        high = value + draw(st.integers(1, 10**5)) if draw(st.integers(0, 5)) == 0 else None
        out.append(claim(value, q, day=draw(st.integers(0, days)), source=draw(st.sampled_from(SOURCES)),
                         doc=f"d{draw(st.integers(0, 3))}", pos=i * 30, high=high,
                         published=draw(st.integers(0, days + 3))))
    return out


def _signature(report: drift.Report) -> list[tuple[str, str, tuple[tuple[str, int], ...]]]:
    return sorted((f.kind.value, f.quantity, tuple(sorted((a.doc_id, a.quantity.number_start)
                                                          for a in f.assertions))) for f in report.findings)


PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(claims(), st.randoms(use_true_random=False))
def test_order_independence(items: list[Assertion], rnd: random.Random) -> None:
    """Shuffling the input changes no finding."""
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert _signature(drift.analyze_assertions(items)) == _signature(drift.analyze_assertions(shuffled))


@PROPS
@given(claims(), st.sampled_from([2, 3, 10, 1000]))
def test_scale_invariance(items: list[Assertion], factor: int) -> None:
    """Multiplying every value by the same factor changes no finding."""
    def scaled(a: Assertion) -> Assertion:
        q = a.quantity
        numbers = tuple(attrs.evolve(n, value=n.value * factor) for n in q.numbers)
        low = attrs.evolve(q.low, value=q.low.value * factor) if q.low else None
        high = attrs.evolve(q.high, value=q.high.value * factor) if q.high else None
        value = q.value * factor if q.value is not None else None
        return attrs.evolve(a, quantity=attrs.evolve(q, value=value, low=low, high=high, numbers=numbers))

    before = _signature(drift.analyze_assertions(items))
    after = _signature(drift.analyze_assertions([scaled(a) for a in items]))
    assert [(k, s) for k, _, s in before] == [(k, s) for k, _, s in after]


@PROPS
@given(claims())
def test_overlapping_bounds_never_diverge(items: list[Assertion]) -> None:
    """Every divergence rests on a pair of different sources whose widened intervals are disjoint."""
    from drift.rules import statements

    for f in drift.analyze_assertions(items).findings:
        if f.kind is drift.FindingKind.DIVERGENCE:
            s = statements(f.assertions)
            assert any(x.source != y.source and (x.hi < y.lo or y.hi < x.lo) for x in s for y in s)


@PROPS
@given(st.integers(1, 10**6), st.sampled_from(QUALIFIERS), st.lists(st.sampled_from(SOURCES), min_size=2, max_size=5))
def test_equal_figures_never_diverge(value: int, q: Qualifier, sources: list[str]) -> None:
    """The same figure stated by any number of sources on one day is never a divergence."""
    items = [claim(value, q, source=s, pos=i * 20) for i, s in enumerate(sources)]
    assert "divergence" not in kinds(items)


@PROPS
@given(st.integers(1, 10**5), st.integers(1, 10**5), st.sampled_from(QUALIFIERS), st.sampled_from(QUALIFIERS))
def test_divergence_is_symmetric(a: int, b: int, qa: Qualifier, qb: Qualifier) -> None:
    """divergence(a, b) iff divergence(b, a), whichever comes first in the input."""
    x = claim(a, qa, source="A", pos=0, doc="x")
    y = claim(b, qb, source="B", pos=0, doc="y")
    assert ("divergence" in kinds([x, y])) == ("divergence" in kinds([y, x]))


@PROPS
@given(claims(), st.fractions(0, Decimal("0.5")), st.fractions(0, Decimal("0.5")))
def test_widening_tolerance_never_adds_divergences(items: list[Assertion], extra_e: object, extra_a: object) -> None:
    """A larger tolerance can only remove divergences, never add one."""
    from fractions import Fraction

    base = RuleOptions()
    wider = RuleOptions(exact_tolerance=min(Fraction(9, 10), base.exact_tolerance + extra_e),  # type: ignore[operator]
                        approx_tolerance=min(Fraction(9, 10), base.approx_tolerance + extra_a))  # type: ignore[operator]

    def divergences(opts: RuleOptions) -> set[tuple[str | None, str | None]]:
        report = drift.analyze_assertions(items, drift.AnalyzeOptions(rules=opts))
        return {(str(f.start), str(f.end)) for f in report.findings if f.kind is drift.FindingKind.DIVERGENCE}

    assert divergences(wider) <= divergences(base)


@PROPS
@given(st.lists(st.integers(1, 10**4), min_size=2, max_size=6, unique=True), st.sampled_from(SOURCES))
def test_growing_series_is_escalation(values: list[int], source: str) -> None:
    """A series that grows by more than the tolerance every day yields one escalation and no
    divergence; the same series flat yields nothing."""
    values = sorted(values)
    grow = [values[0]]
    for v in values[1:]:
        grow.append(max(v, int(grow[-1] * 1.2) + 1))
    items = [claim(v, day=i, source=SOURCES[i % len(SOURCES)], pos=i * 10) for i, v in enumerate(grow)]
    found = kinds(items)
    assert found.count("escalation") == 1 and "divergence" not in found and "de-escalation" not in found
    flat = [claim(grow[0], day=i, source=source, pos=i * 10) for i in range(len(grow))]
    assert [k for k in kinds(flat) if k != "corroboration"] == []


@PROPS
@given(claims())
def test_projections_and_actuals_never_share_a_finding(items: list[Assertion]) -> None:
    """Whatever the figures, a finding never mixes projections with actual counts."""
    mixed = [attrs.evolve(a, modality=Modality.PLAN) if i % 2 else a for i, a in enumerate(items)]
    for f in drift.analyze_assertions(mixed).findings:
        assert len({a.kind for a in f.assertions}) == 1


def test_analyze_scales_roughly_linearly() -> None:
    """Analysing 8x the assertions costs well under 8^2 the time (no quadratic step)."""
    import time

    def run(n: int) -> float:
        items = [claim(1000 + (i * 7919) % 5000, day=i % 40, source=SOURCES[i % 5], doc=f"d{i % 50}", pos=i)
                 for i in range(n)]
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            drift.analyze_assertions(items)
            best = min(best, time.perf_counter() - t)
        return best

    small, large = run(500), run(4000)
    assert large / small < 8 * 3
