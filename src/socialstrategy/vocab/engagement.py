"""Ways of making media use discussable, and how often they recur."""

from __future__ import annotations

from socialstrategy.vocab._term import Term


class EngagementKind(Term):
    KICKOFF = ("kickoff", "Kick-off of lancering", "Kick-off or launch")
    STATEMENTS = (
        "statements",
        "Stellingen zonder oordeel",
        "Statements to react to without judgement",
    )
    CLIENT_DEMO = (
        "client_demo",
        "Demonstratie door een digivaardige cliënt",
        "Demonstration by a digitally skilled client",
    )
    WORKSHOP = ("workshop", "Workshop of activiteit", "Workshop or activity")
    CONVERSATION_STARTERS = (
        "conversation_starters",
        "Gespreksstarters (zoals kletskaarten)",
        "Conversation starters (such as card games)",
    )
    EXPERT = ("expert", "Expert uitnodigen", "Invited expert")
    CLIENT_COUNCIL = ("client_council", "Bespreking in de cliëntenraad", "Client council session")
    CLIENT_PANEL = (
        "client_panel",
        "Cliënten- of patiëntenpanel",
        "Client or patient panel",
    )
    RELATIVES_COUNCIL = (
        "relatives_council",
        "Bespreking in de verwantenraad",
        "Relatives' council session",
    )
    YOUTH_COUNCIL = ("youth_council", "Bespreking in de jongerenraad", "Youth council session")
    WORKS_COUNCIL = ("works_council", "Bespreking in de OR", "Works council session")
    TEAM_SESSION = (
        "team_session",
        "Teams gaan zelf in gesprek",
        "Teams hold their own sessions",
    )
    INCIDENT_REVIEW = (
        "incident_review",
        "Incident of vraag als gespreksstarter",
        "An incident or question as conversation starter",
    )
    OTHER = ("other", "Anders", "Other")


class Rhythm(Term):
    ONCE = ("once", "Eenmalig", "Once")
    WEEKLY = ("weekly", "Wekelijks", "Weekly")
    MONTHLY = ("monthly", "Maandelijks", "Monthly")
    QUARTERLY = ("quarterly", "Elk kwartaal", "Quarterly")
    TWICE_YEARLY = ("twice_yearly", "Halfjaarlijks", "Twice a year")
    YEARLY = ("yearly", "Jaarlijks", "Yearly")
    CONTINUOUS = ("continuous", "Doorlopend", "Continuous")

    @property
    def recurs(self) -> bool:
        return self is not Rhythm.ONCE
