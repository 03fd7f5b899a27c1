"""The audiences (doelgroepen) a care organisation speaks with."""

from __future__ import annotations

from socialstrategy.vocab._term import Term


class AudienceKind(Term):
    CLIENTS = ("clients", "Cliënten en patiënten", "Clients and patients")
    RELATIVES = ("relatives", "Verwanten en naasten", "Relatives and next of kin")
    EMPLOYEES = ("employees", "Medewerkers", "Employees")
    PROSPECTIVE_EMPLOYEES = (
        "prospective_employees",
        "Potentiële medewerkers",
        "Prospective employees",
    )
    VOLUNTEERS = ("volunteers", "Vrijwilligers", "Volunteers")
    REFERRERS = ("referrers", "Verwijzers", "Referrers")
    FUNDERS = ("funders", "Financiers", "Funders")
    PARTNERS = ("partners", "Samenwerkingspartners", "Partner organisations")
    PRESS = ("press", "Pers", "Press")
    PUBLIC = ("public", "Algemeen publiek", "General public")


#: The audiences every care organisation must reach (the Q&A names all three).
KEY_AUDIENCES: tuple[AudienceKind, ...] = (
    AudienceKind.CLIENTS,
    AudienceKind.RELATIVES,
    AudienceKind.EMPLOYEES,
)
