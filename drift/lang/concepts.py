"""Cross-language concepts: what a counted noun, a predicate or a source word stands for.

Grouping (:mod:`drift.grouping`) turns the language-specific lemma of a counted noun
(``Soldat``, ``troop``, ``Kämpfer``) into one concept id (``soldier``) so that a German and an
English report of the same figure meet under one key. The tables were written by hand from the
nouns that news counts of conflicts, disasters, protests, jobs, health and money use most, in the
lemma forms :mod:`drift.nouns` produces; ids are English words so keys stay readable in both
languages. A noun missing here keeps its own lower-cased lemma as concept, so grouping still works
within one language; adding a line here (or passing ``aliases`` to
:class:`drift.grouping.GroupingOptions`) makes it meet its translation.

Adding a language: add a ``"xx": {...}`` entry to ``UNITS`` and ``SOURCE_TERMS``.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["GENERIC_PEOPLE", "IMPLIED", "PREDICATES", "SOURCE_TERMS", "UNITS", "concept_of", "predicate_concept"]


def _table(spec: str) -> dict[str, str]:
    """``concept: word word ...`` lines to a word -> concept mapping (words lower-cased)."""
    out: dict[str, str] = {}
    for line in spec.strip().splitlines():
        concept, _, words = line.partition(":")
        for word in words.split(","):
            word = word.strip().lower()
            if word:
                out[word] = concept.strip()
    return out


#: counted-noun lemma (lower-cased) -> concept id, per language
UNITS: Mapping[str, Mapping[str, str]] = {
    "de": _table("""
        soldier: Soldat, Truppe, Kämpfer, Offizier, Militärangehöriger, Streitkraft
        casualty: Verlust, Opfer
        death: Toter, Todesopfer, Tote, Todesfall, Leiche, Getöteter, Sterbefall, Verstorbener
        injured: Verletzter, Verwundeter
        missing: Vermisster
        person: Mensch, Person, Leute, Einwohner, Anwohner, Bewohner, Bürger
        participant: Teilnehmer, Demonstrant, Protestierender, Teilnehmender, Kundgebungsteilnehmer
        refugee: Flüchtling, Geflüchteter, Schutzsuchender, Asylbewerber, Vertriebener
        evacuee: Evakuierter
        civilian: Zivilist
        child: Kind, Minderjähriger
        employee: Beschäftigter, Mitarbeiter, Angestellter, Arbeitnehmer, Kollege, Belegschaft
        job: Stelle, Arbeitsplatz, Job
        customer: Kunde, Kundendatensatz
        patient: Patient
        case: Fall, Infektion, Erkrankung, Neuinfektion
        nurse: Pflegekraft, Krankenpfleger, Pfleger
        firefighter: Feuerwehrmann, Feuerwehrleute, Feuerwehrleut, Einsatzkraft, Helfer
        household: Haushalt
        building: Gebäude
        home: Wohnung, Heim, Haus, Wohnhaus, Zuhause
        vehicle: Fahrzeug, Auto
        tank: Panzer, Kampfpanzer
        drone: Drohne
        missile: Rakete, Marschflugkörper
        round: Schuss, Granate, Artilleriegeschoss
        helicopter: Hubschrauber, Löschhubschrauber, Helikopter
        aircraft: Flugzeug, Kampfjet
        brigade: Brigade
        aftershock: Nachbeben
        hectare: Hektar
        kilometre: Kilometer
        tonne: Tonne
        euro: Euro
        dollar: Dollar
        pound: Pfund
        percent: Prozent
        day: Tag
        week: Woche
        month: Monat
        year: Jahr
        hour: Stunde
        spectator: Zuschauer, Besucher, Fan
        voter: Wähler
        vote: Stimme
        signature: Unterschrift
        student: Schüler, Student
        arrival: Ankunft, Neuankömmling
        attack: Angriff
        passenger: Fahrgast, Passagier, Fluggast, Reisender
        tourist: Tourist, Urlauber
        school: Schule
        hospital: Krankenhaus, Klinik, Klinikum
        flight: Flug
        company: Unternehmen, Firma, Betrieb
        member: Mitglied
        subscriber: Abonnent
        migrant: Migrant
        doctor: Arzt, Ärztin, Mediziner
        police-officer: Polizist, Polizeibeamter
        village: Dorf
        town: Stadt, Gemeinde, Kommune, Ortschaft
        district: Bezirk, Landkreis, Kreis
        dose: Dosis, Impfdosis
        vaccination: Impfung
        operation: Operation, Eingriff
        bed: Bett
        seat: Sitz, Sitzplatz
        ticket: Ticket, Eintrittskarte
        animal: Tier
        tree: Baum
        road: Straße
        bridge: Brücke
        """),
    "en": _table("""
        soldier: soldier, troop, fighter, officer, serviceman, servicemember, personnel
        casualty: casualty
        death: death, dead, fatality, victim, body
        injured: injured, wounded, injury
        missing: missing
        person: person, people, resident, inhabitant, citizen, individual
        participant: participant, protester, protestor, demonstrator, marcher, attendee
        refugee: refugee, asylum seeker, displaced person
        evacuee: evacuee
        civilian: civilian
        child: child, minor, kid
        employee: employee, worker, staff, staffer, colleague
        job: job, position, post
        customer: customer, client
        patient: patient
        case: case, infection
        nurse: nurse
        firefighter: firefighter, emergency worker, rescuer, volunteer
        household: household
        building: building
        home: home, apartment, flat, house, dwelling
        vehicle: vehicle, car
        tank: tank
        drone: drone
        missile: missile, rocket
        round: round, shell
        helicopter: helicopter
        aircraft: aircraft, plane, jet
        brigade: brigade
        aftershock: aftershock
        hectare: hectare
        kilometre: kilometre, kilometer
        tonne: tonne, ton
        euro: euro
        dollar: dollar
        pound: pound
        percent: percent, per cent
        day: day
        week: week
        month: month
        year: year
        hour: hour
        spectator: spectator, visitor, fan, supporter
        voter: voter
        vote: vote
        signature: signature
        student: student, pupil
        arrival: arrival, new arrival
        attack: attack
        passenger: passenger, traveller, traveler
        tourist: tourist, holidaymaker
        school: school
        hospital: hospital, clinic
        flight: flight
        company: company, firm, business
        member: member
        subscriber: subscriber
        migrant: migrant
        doctor: doctor, physician
        police-officer: police officer, policeman, policewoman
        village: village
        town: town, city, municipality
        district: district, county
        dose: dose, vaccine dose
        vaccination: vaccination
        operation: operation, surgery
        bed: bed
        seat: seat
        ticket: ticket
        animal: animal
        tree: tree
        road: road
        bridge: bridge
        """),
}

#: what happened to the counted things (drift.nouns predicate names) -> the concept it defines
PREDICATES: Mapping[str, str] = {
    "killed": "death",
    "wounded": "injured",
    "killed-or-wounded": "casualty",
    "casualty": "casualty",
    "missing": "missing",
    "evacuated": "evacuee",
    "displaced": "displaced",
    "arrested": "arrested",
    "captured": "captured",
    "dismissed": "dismissed",
    "infected": "case",
    "protested": "participant",
    "without-power": "without-power",
    "sheltered": "sheltered",
}

#: what a predicate's concept already implies: "Verluste" in war reporting are soldiers' losses, so
#: "600.000 Soldaten getötet oder verwundet" and "600.000 Verluste" are one quantity
IMPLIED: Mapping[str, frozenset[str]] = {"casualty": frozenset({"soldier"})}

#: concepts that only say "people": a predicate replaces them as the concept of the count
GENERIC_PEOPLE = frozenset({"person", "death", "injured", "missing", "casualty", "evacuee", "participant"})

#: words in a source's name -> the institution they name, per language (stems match compounds:
#: ``Zivilschutzbehörde`` and ``Polizeidirektion`` start with ``zivilschutz`` and ``polizei``)
SOURCE_TERMS: Mapping[str, Mapping[str, str]] = {
    "de": _table("""
        police: Polizei, Polizeisprecher, Polizeisprecherin
        organisers: Veranstalter, Organisator, Organisatoren, Veranstalterin
        civil-protection: Zivilschutz, Katastrophenschutz
        intelligence: Geheimdienst, Nachrichtendienst
        defence-ministry: Verteidigungsministerium, Pentagon
        health-ministry: Gesundheitsministerium, Gesundheitsbehörde
        government: Regierung, Bundesregierung
        fire-service: Feuerwehr
        union: Gewerkschaft, Verdi
        army: Armee, Militär, Generalstab, Streitkräfte
        un: UN, Vereinte, UNHCR
        red-cross: Rotes Kreuz, Rote Kreuz, Roten Kreuz, Roten Kreuzes, DRK, Rothalbmond
        """),
    "en": _table("""
        police: police
        organisers: organiser, organisers, organizer, organizers
        civil-protection: civil protection, civil defence, civil defense
        intelligence: intelligence, nis, spy agency
        defence-ministry: pentagon, defense department, department of defense, defence ministry, ministry of defence
        health-ministry: health ministry, ministry of health, health authority, health security agency
        government: government, administration
        fire-service: fire service, fire brigade, fire department
        union: union
        army: army, military, armed forces, general staff
        un: un, united nations, unhcr
        red-cross: red cross, red crescent, icrc, ifrc
        """),
}


def concept_of(lemma: str | None, lang: str) -> str | None:
    """The concept id of a counted-noun lemma (``Soldaten``'s lemma ``Soldat`` -> ``soldier``),
    or the lower-cased lemma itself when the table does not know it; None for no noun."""
    if not lemma:
        return None
    low = lemma.lower()
    table = UNITS.get(lang, {})
    if low in table:
        return table[low]
    for other in UNITS.values():  # a loan word ("Drohnen" in English text, "Jobs" in German)
        if low in other:
            return other[low]
    if lang == "de":
        # a compound whose last part counts people: "Hitzetoter", "Verkehrstoter" are deaths;
        # other compounds keep their own concept ("Mobilfunkkunde" is not every "Kunde")
        for i in range(3, len(low) - 3):
            concept = table.get(low[i:])
            if concept is not None:
                return concept if concept in GENERIC_PEOPLE else low
    return low


def predicate_concept(predicate: str | None) -> str | None:
    """The concept a predicate defines (``killed-or-wounded`` -> ``casualty``)."""
    return PREDICATES.get(predicate, predicate) if predicate else None
