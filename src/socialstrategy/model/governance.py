"""The governance in effect: who adopts, who speaks for staff and for clients, what the
records are called, and whether the organisation is small.

A plan may record who adopts (``Organisation.adopted_by``), its staff participation
(``staff_representation``) and its client participation (``client_participation``).
What it leaves empty follows from the sector and the size, by these rules:

- **Who adopts**: GP care → the partners (most practices are a *maatschap*; a health
  centre run by a foundation records its board); fewer than 50 employees → the
  management (*directie*); otherwise, or with the size unknown, the board of directors
  (*raad van bestuur*), as in most care institutions.
- **Staff**: a works council among the bodies, or 50 employees or more → a works
  council (WOR art. 2 requires one); fewer than 10 → none (at most a staff meeting,
  WOR art. 35b); 10 to 49, or the size unknown → not known: a PVT is voluntary
  (WOR art. 35c), so texts say *medezeggenschap* without assuming one.
- **Clients**: a client or youth council among the bodies → a client council; welfare
  work → none (the Wmcz 2018 covers care under the Wkkgz); otherwise the Wmcz 2018
  requires a client council where more than 10 people give care (the number of
  employees stands in for them); in first-line care more than 25 per practice (art. 3),
  which a health centre's headcount does not tell, so a GP practice is not assumed to
  have one unless it names one.

Every text that names these (rules, board decisions, exports, the planner) takes its
words from :func:`governance`, so a partnership of 38 without a works council is never
told to have the guideline adopted "by the raad van bestuur after the OR's advice".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from socialstrategy.fmt import capital
from socialstrategy.i18n import LANGUAGES, Language, Text
from socialstrategy.vocab import (
    SECTOR_WORDS,
    AdoptingBody,
    ClientParticipation,
    ParticipationBody,
    Sector,
    SectorWords,
    StaffRepresentation,
)

if TYPE_CHECKING:
    from socialstrategy.model.organisation import Organisation

#: The WOR requires a works council from this many employees (art. 2).
WORKS_COUNCIL_FROM: Final = 50
#: From this many employees staff may ask for a staff representation (WOR art. 35c).
STAFF_REPRESENTATION_FROM: Final = 10
#: Below this many employees the management, not a board of directors, adopts policy;
#: and webcare cannot be staffed in the evening and at weekends, so a small organisation
#: says on the channel when it answers instead of promising round-the-clock replies.
SMALL_BELOW: Final = 50
#: The Wmcz 2018 requires a client council where more than this many people give care...
CLIENT_COUNCIL_ABOVE: Final = 10
#: ...and in first-line care (a GP practice, a health centre) more than this many.
FIRST_LINE_CLIENT_COUNCIL_ABOVE: Final = 25
_CLIENT_VOICES: Final = frozenset(
    {ParticipationBody.CLIENT_COUNCIL, ParticipationBody.YOUTH_COUNCIL}
)


def _t(nl: str, en: str) -> Text:
    return Text(nl=nl, en=en)


_ADOPTER: Final[dict[AdoptingBody, Text]] = {
    AdoptingBody.BOARD_OF_DIRECTORS: _t("de raad van bestuur", "the board of directors"),
    AdoptingBody.MANAGEMENT: _t("de directie", "the management"),
    AdoptingBody.BOARD: _t("het bestuur", "the board"),
    AdoptingBody.PARTNERS: _t("de maatschap", "the partners"),
}
#: The body staff speak through: full name, short name, and the step before adoption.
_STAFF: Final[dict[StaffRepresentation | None, tuple[Text, Text, Text]]] = {
    StaffRepresentation.WORKS_COUNCIL: (
        _t("de ondernemingsraad (OR)", "the works council"),
        _t("de OR", "the works council"),
        _t("na advies van de OR", "after the works council's advice"),
    ),
    StaffRepresentation.STAFF_REPRESENTATIVES: (
        _t("de personeelsvertegenwoordiging (PVT)", "the staff representatives"),
        _t("de PVT", "the staff representatives"),
        _t("na overleg met de PVT", "after consulting the staff representatives"),
    ),
    StaffRepresentation.NONE: (
        _t("de medewerkers", "the staff"),
        _t("de medewerkers", "the staff"),
        _t("na bespreking met de medewerkers", "after discussing it with the staff"),
    ),
    None: (
        _t("de medezeggenschap", "staff participation"),
        _t("de medezeggenschap", "staff participation"),
        _t("na advies van de medezeggenschap", "after the advice of staff participation"),
    ),
}


@attrs.frozen(kw_only=True)
class Governance:
    """The governance in effect for one organisation (see the module for the rules)."""

    sector: Sector
    employees: int | None
    adopted_by: AdoptingBody
    #: None: not known (10-49 employees or size unknown, and nothing recorded).
    staff: StaffRepresentation | None
    client: ClientParticipation
    #: The participation bodies the plan names.
    bodies: frozenset[ParticipationBody]
    #: Which of the three the plan recorded (the rest is assumed).
    recorded: frozenset[str]

    @property
    def words(self) -> SectorWords:
        return SECTOR_WORDS[self.sector]

    @property
    def has_works_council(self) -> bool:
        return self.staff is StaffRepresentation.WORKS_COUNCIL

    @property
    def consults_staff_body(self) -> bool:
        """A works council or a PVT is in effect: its advice on the guideline is due."""
        return self.staff in {
            StaffRepresentation.WORKS_COUNCIL,
            StaffRepresentation.STAFF_REPRESENTATIVES,
        }

    @property
    def has_client_council(self) -> bool:
        return self.client is ClientParticipation.CLIENT_COUNCIL

    @property
    def small(self) -> bool:
        """Too small to staff webcare in the evening and at weekends."""
        return self.employees is not None and self.employees < SMALL_BELOW

    # --- words ------------------------------------------------------------------------

    @property
    def adopter(self) -> Text:
        """'de maatschap', 'de directie', 'de raad van bestuur', 'het bestuur'."""
        return _ADOPTER[self.adopted_by]

    @property
    def staff_body(self) -> Text:
        """'de ondernemingsraad (OR)', 'de PVT', 'de medewerkers' or 'de medezeggenschap'."""
        return _STAFF[self.staff][0]

    @property
    def staff_short(self) -> Text:
        return _STAFF[self.staff][1]

    @property
    def staff_step(self) -> Text:
        """What comes before adoption: 'na advies van de OR', 'na overleg met de PVT'…"""
        return _STAFF[self.staff][2]

    @property
    def client_voice(self) -> Text:
        """Where clients are heard: 'de cliëntenraad', else 'een patiëntenpanel'."""
        if self.has_client_council:
            return _t("de cliëntenraad", "the client council")
        clients = self.words.clients.nl
        panel = f"een {clients}panel" if " " not in clients else "een klankbordgroep"
        return _t(panel, f"a {self.words.client.en} panel")

    @property
    def advice(self) -> Text:
        """The label of the guideline's advice date: 'Advies van de OR', or 'Besproken met
        de medewerkers' where there is no body to advise."""
        if self.staff is StaffRepresentation.NONE:
            return _t("Besproken met de medewerkers", "Discussed with the staff")
        return _t(f"Advies van {self.staff_short.nl}", f"Advice of {self.staff_short.en}")

    @property
    def urgent(self) -> Text:
        """Where a channel sends urgent matters it does not answer at once."""
        if self.sector is Sector.GP_CARE:
            return _t(
                "de praktijk of, buiten openingstijden, de huisartsenpost",
                "the practice or, out of hours, the GP out-of-hours service",
            )
        return _t("de telefoon (bij nood 112)", "the telephone (112 in an emergency)")

    def placeholders(self) -> dict[Language, dict[str, str]]:
        """The words texts may use, per language: ``{adopter}``, ``{staff_body}``,
        ``{staff_short}``, ``{staff_step}``, ``{client_voice}``, ``{client}``,
        ``{clients}``, ``{records}``, ``{urgent}``, ``{advice}``, and capitalised
        ``{Adopter}``, ``{Staff_short}``, ``{Clients}``."""
        out: dict[Language, dict[str, str]] = {}
        for lang in LANGUAGES:
            words = {
                "adopter": self.adopter.get(lang),
                "staff_body": self.staff_body.get(lang),
                "staff_short": self.staff_short.get(lang),
                "staff_step": self.staff_step.get(lang),
                "client_voice": self.client_voice.get(lang),
                "client": self.words.client.get(lang),
                "clients": self.words.clients.get(lang),
                "records": self.words.records.get(lang),
            }
            words["urgent"] = self.urgent.get(lang)
            words["advice"] = self.advice.get(lang)
            words["Adopter"] = capital(words["adopter"])
            words["Staff_short"] = capital(words["staff_short"])
            words["Clients"] = capital(words["clients"])
            out[lang] = words
        return out


def _adopted_by(org: Organisation) -> AdoptingBody:
    if org.adopted_by is not None:
        return org.adopted_by
    if org.sector is Sector.GP_CARE:
        return AdoptingBody.PARTNERS
    if org.employees is not None and org.employees < SMALL_BELOW:
        return AdoptingBody.MANAGEMENT
    return AdoptingBody.BOARD_OF_DIRECTORS


def _staff(org: Organisation) -> StaffRepresentation | None:
    if org.staff_representation is not None:
        return org.staff_representation
    if ParticipationBody.WORKS_COUNCIL in org.bodies:
        return StaffRepresentation.WORKS_COUNCIL
    if org.employees is None:
        return None
    if org.employees >= WORKS_COUNCIL_FROM:
        return StaffRepresentation.WORKS_COUNCIL
    if org.employees < STAFF_REPRESENTATION_FROM:
        return StaffRepresentation.NONE
    return None


def _client(org: Organisation) -> ClientParticipation:
    if org.client_participation is not None:
        return org.client_participation
    if _CLIENT_VOICES.intersection(org.bodies):
        return ClientParticipation.CLIENT_COUNCIL
    if org.sector is Sector.WELFARE:
        return ClientParticipation.NONE
    if org.sector is Sector.GP_CARE:
        # The first-line threshold counts care workers per practice, which a health
        # centre's headcount does not tell: a practice with a council records it.
        return ClientParticipation.NONE
    if org.employees is not None and org.employees <= CLIENT_COUNCIL_ABOVE:
        return ClientParticipation.NONE
    return ClientParticipation.CLIENT_COUNCIL


def governance(org: Organisation) -> Governance:
    """The governance in effect for *org*: what it recorded, else what follows."""
    recorded = {
        name
        for name in ("adopted_by", "staff_representation", "client_participation")
        if getattr(org, name) is not None
    }
    return Governance(
        sector=org.sector,
        employees=org.employees,
        adopted_by=_adopted_by(org),
        staff=_staff(org),
        client=_client(org),
        bodies=frozenset(org.bodies),
        recorded=frozenset(recorded),
    )


def assumed(org: Organisation, field: str) -> Text:
    """What *field* (``adopted_by``, ``staff_representation`` or ``client_participation``)
    of *org* is taken to be when left empty, and why: the planner's empty choice."""
    blank = {
        "adopted_by": lambda: attrs.evolve(org, adopted_by=None),
        "staff_representation": lambda: attrs.evolve(org, staff_representation=None),
        "client_participation": lambda: attrs.evolve(org, client_participation=None),
    }[field]()
    return _EXPLAIN[field](governance(blank))


def _explain_adopter(g: Governance) -> Text:
    if g.sector is Sector.GP_CARE:
        why = _t("huisartsenzorg: meestal een maatschap", "GP care: usually a partnership")
    elif g.small:
        why = _t(f"minder dan {SMALL_BELOW} medewerkers", f"fewer than {SMALL_BELOW} employees")
    else:
        why = _t("een zorginstelling van deze omvang", "a care institution of this size")
    return _t(f"{capital(g.adopter.nl)} ({why.nl})", f"{capital(g.adopter.en)} ({why.en})")


def _explain_staff(g: Governance) -> Text:
    if ParticipationBody.WORKS_COUNCIL in g.bodies:
        return _t(
            "Een OR (staat bij de medezeggenschap)", "A works council (named among the bodies)"
        )
    if g.staff is StaffRepresentation.WORKS_COUNCIL:
        return _t(
            f"Een OR (verplicht vanaf {WORKS_COUNCIL_FROM} medewerkers)",
            f"A works council (required from {WORKS_COUNCIL_FROM} employees)",
        )
    if g.staff is StaffRepresentation.NONE:
        return _t(
            f"Geen (minder dan {STAFF_REPRESENTATION_FROM} medewerkers)",
            f"None (fewer than {STAFF_REPRESENTATION_FROM} employees)",
        )
    if g.employees is None:
        return _t(
            "Nog onbekend: vul het aantal medewerkers in",
            "Not known yet: fill in the number of employees",
        )
    return _t(
        "Onbekend: een PVT is vrijwillig, kies of die er is",
        "Not known: a staff representation is voluntary, choose whether there is one",
    )


def _explain_client(g: Governance) -> Text:
    if _CLIENT_VOICES & g.bodies:
        return _t(
            "Een cliëntenraad (staat bij de medezeggenschap)",
            "A client council (named among the bodies)",
        )
    if g.has_client_council:
        return _t("Een cliëntenraad (Wmcz 2018)", "A client council (Wmcz 2018)")
    if g.sector is Sector.WELFARE:
        return _t(
            "Geen verplichte raad (welzijnswerk valt niet onder de Wmcz)",
            "No council required (welfare work is outside the Wmcz)",
        )
    if g.sector is Sector.GP_CARE:
        return _t(
            f"Geen cliëntenraad aangenomen (Wmcz 2018: pas boven"
            f" {FIRST_LINE_CLIENT_COUNCIL_ABOVE} zorgverleners per praktijk)",
            f"No client council assumed (Wmcz 2018: only above"
            f" {FIRST_LINE_CLIENT_COUNCIL_ABOVE} care workers per practice)",
        )
    return _t(
        f"Geen verplichte cliëntenraad (Wmcz 2018: pas boven {CLIENT_COUNCIL_ABOVE} zorgverleners)",
        f"No client council required (Wmcz 2018: only above {CLIENT_COUNCIL_ABOVE} care workers)",
    )


_EXPLAIN: Final = {
    "adopted_by": _explain_adopter,
    "staff_representation": _explain_staff,
    "client_participation": _explain_client,
}

__all__ = [
    "CLIENT_COUNCIL_ABOVE",
    "FIRST_LINE_CLIENT_COUNCIL_ABOVE",
    "SMALL_BELOW",
    "STAFF_REPRESENTATION_FROM",
    "WORKS_COUNCIL_FROM",
    "Governance",
    "assumed",
    "governance",
]
