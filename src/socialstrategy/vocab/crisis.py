"""Severity levels, incident scenarios and the legal clocks of Dutch care."""

from __future__ import annotations

from socialstrategy.i18n import Text
from socialstrategy.vocab._term import Term
from socialstrategy.vocab.organisation import Sector


class Severity(Term):
    """The ladder from a single complaint to a crisis; declared from low to high."""

    COMPLAINT = ("complaint", "Vraag of klacht", "Question or complaint")
    ISSUE = ("issue", "Issue", "Issue")
    INCIDENT = ("incident", "Incident", "Incident")
    CALAMITY = ("calamity", "Calamiteit", "Calamity")
    CRISIS = ("crisis", "Crisis", "Crisis")

    @property
    def rank(self) -> int:
        """1 (a complaint) to 5 (a crisis)."""
        return list(type(self)).index(self) + 1


class ScenarioKind(Term):
    DATA_LEAK = ("data_leak", "Datalek", "Data leak")
    PRIVACY_BREACH = (
        "privacy_breach",
        "Privacy van een cliënt online geschonden",
        "A client's privacy breached online",
    )
    NEGATIVE_VIRAL = ("negative_viral", "Negatief bericht gaat viral", "Negative post goes viral")
    NEGATIVE_REVIEW = (
        "negative_review",
        "Negatieve beoordeling op een beoordelingssite",
        "Negative review on a rating site",
    )
    EMPLOYEE_MISCONDUCT = (
        "employee_misconduct",
        "Grensoverschrijdend gedrag van een medewerker online",
        "Employee misconduct online",
    )
    CALAMITY = ("calamity", "Calamiteit in de zorg", "A calamity in care")
    MISINFORMATION = ("misinformation", "Onjuiste berichtgeving", "Misinformation")
    ACCOUNT_HACKED = ("account_hacked", "Account gehackt", "Account hacked")
    THREAT = ("threat", "Bedreiging of intimidatie online", "Online threats or intimidation")
    CLIENT_ONLINE_HARM = (
        "client_online_harm",
        "Cliënt slachtoffer van online misbruik",
        "Client harmed online (grooming, sextortion, scams)",
    )
    OTHER = ("other", "Anders", "Other")


class LegalClockKind(Term):
    DATA_LEAK_AUTHORITY = (
        "data_leak_authority",
        "Datalek melden bij de Autoriteit Persoonsgegevens",
        "Report a data leak to the Dutch Data Protection Authority",
    )
    CALAMITY_INSPECTORATE = (
        "calamity_inspectorate",
        "Calamiteit melden bij de IGJ",
        "Report a calamity to the Health and Youth Care Inspectorate",
    )
    COMPLAINTS_OFFICER = (
        "complaints_officer",
        "Online klacht naar de klachtenfunctionaris",
        "Route an online complaint to the complaints officer",
    )
    RATING_SITE_RESPONSE = (
        "rating_site_response",
        "Reageren op een online beoordeling (ZorgkaartNederland, Google)",
        "Respond to a review on a rating site",
    )
    OTHER = ("other", "Andere melding of termijn", "Other report or deadline")


#: Sectors outside the Wkkgz and the Jeugdwet: calamities go to the municipality's
#: supervisor, not the IGJ.
NO_INSPECTORATE: frozenset[Sector] = frozenset({Sector.WELFARE, Sector.OTHER})

#: The statutory deadline in hours where the law sets one (AVG art. 33: 72 hours).
STATUTORY_HOURS: dict[LegalClockKind, int] = {LegalClockKind.DATA_LEAK_AUTHORITY: 72}

#: What typically makes a situation an incident, a calamity or a crisis (DOMAIN.md): the
#: tiers a new plan starts with, for the organisation to sharpen.
TYPICAL_TRIGGERS: dict[Severity, Text] = {
    Severity.INCIDENT: Text(
        "Een bericht dat schade kan doen aan een cliënt, een medewerker of de organisatie:"
        " privacy geschonden, grensoverschrijdend gedrag van een medewerker online, een"
        " klacht die breed gedeeld wordt, een gehackt account.",
        "A post that can harm a client, a staff member or the organisation: privacy"
        " breached, a staff member's inappropriate behaviour online, a complaint shared"
        " widely, a hacked account.",
    ),
    Severity.CALAMITY: Text(
        "Online berichten over een (mogelijke) calamiteit: een onbedoelde gebeurtenis in"
        " de zorg die tot de dood of ernstige schade van een cliënt heeft geleid.",
        "Posts online about a (possible) calamity: an unintended event in care that led to"
        " a client's death or serious harm.",
    ),
    Severity.CRISIS: Text(
        "Landelijke media-aandacht, of gevaar voor de continuïteit van de zorg of de"
        " veiligheid van cliënten en medewerkers; het crisisteam komt bijeen.",
        "National media attention, or a threat to the continuity of care or the safety of"
        " clients and staff; the crisis team meets.",
    ),
}


class TriageCriterion(Term):
    """What decides how serious a message is (DOMAIN.md, crisis part 3)."""

    CLIENT_SAFETY = ("client_safety", "Veiligheid van cliënten", "Client safety")
    PRIVACY_BREACH = ("privacy_breach", "Privacy geschonden", "Privacy breach")
    SPREAD = ("spread", "Verspreiding en bereik", "Spread and reach")
    MEDIA_PICKUP = ("media_pickup", "Opgepikt door de pers", "Picked up by the press")
    LEGAL_EXPOSURE = ("legal_exposure", "Juridische gevolgen", "Legal exposure")
    OTHER = ("other", "Anders", "Other")


class ResponseKind(Term):
    """The four answers of the response decision tree (DOMAIN.md, crisis part 4)."""

    MONITOR = ("monitor", "Volgen, niet reageren", "Monitor, do not respond")
    CORRECT = ("correct", "Feiten rechtzetten", "Correct the facts")
    RESTORE = ("restore", "Herstellen: contact en oplossing", "Restore: contact and a remedy")
    ESCALATE = ("escalate", "Opschalen", "Escalate")


class StakeholderKind(Term):
    """Who is told what in an incident, inside and outside (DOMAIN.md, crisis part 9)."""

    CLIENTS = ("clients", "Cliënten", "Clients")
    RELATIVES = (
        "relatives",
        "Naasten en wettelijk vertegenwoordigers",
        "Relatives and legal representatives",
    )
    STAFF = ("staff", "Medewerkers", "Staff")
    COUNCILS = ("councils", "Medezeggenschapsraden", "Participation councils")
    BOARD = ("board", "Bestuur en toezicht", "Board and supervisors")
    FUNDERS = ("funders", "Financiers", "Funders")
    REFERRERS = ("referrers", "Verwijzers en ketenpartners", "Referrers and partners in care")
    PRESS = ("press", "Pers", "Press")
    INSPECTORATE = ("inspectorate", "Toezichthouder (IGJ, AP)", "Regulator (IGJ, AP)")
    OTHER = ("other", "Anders", "Other")

    @property
    def internal(self) -> bool:
        """Told inside the organisation, in parallel with the outside."""
        return self in (StakeholderKind.STAFF, StakeholderKind.COUNCILS, StakeholderKind.BOARD)


class MessagePrinciple(Term):
    """How we speak in an incident: CDC's CERC six, and speaking only for our own domain."""

    BE_FIRST = ("be_first", "Wees snel", "Be first")
    BE_RIGHT = ("be_right", "Wees juist", "Be right")
    BE_CREDIBLE = ("be_credible", "Wees geloofwaardig", "Be credible")
    EXPRESS_EMPATHY = ("express_empathy", "Toon medeleven", "Express empathy")
    PROMOTE_ACTION = ("promote_action", "Zeg wat mensen kunnen doen", "Promote action")
    SHOW_RESPECT = ("show_respect", "Toon respect", "Show respect")
    OWN_DOMAIN = (
        "own_domain",
        "Spreek alleen over je eigen domein",
        "Speak only about your own domain",
    )
