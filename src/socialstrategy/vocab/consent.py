"""Consent for images of clients: the client's situation, who signs, and how far it reaches.

Dutch law sets the lines: under 16 a parent or guardian consents for the child (UAVG
art. 5, AVG art. 8); from 16 the young person consents; a client with a legal
representative (mentor, curator, guardian) consents with that representative.
"""

from __future__ import annotations

from socialstrategy.vocab._term import Term


class ClientSituation(Term):
    """Whose consent the law asks for depends on the client's age."""

    UNDER_16 = ("under_16", "Jonger dan 16 jaar", "Under 16")
    AGED_16_17 = ("aged_16_17", "16 of 17 jaar", "Aged 16 or 17")
    ADULT = ("adult", "18 jaar of ouder", "18 or over")


class Signatory(Term):
    """Who gave the consent."""

    CLIENT = ("client", "De cliënt zelf", "The client")
    PARENT = ("parent", "Ouder of voogd", "Parent or guardian")
    LEGAL_REPRESENTATIVE = (
        "legal_representative",
        "Wettelijk vertegenwoordiger (mentor, curator)",
        "Legal representative (mentor, guardian)",
    )


class ConsentReach(Term):
    """Where the images may be shown: inside the organisation, outside it, or both."""

    INTERNAL = (
        "internal",
        "Alleen intern (intranet, cliëntportaal)",
        "Internal only (intranet, client portal)",
    )
    EXTERNAL = (
        "external",
        "Alleen extern (website, sociale media)",
        "External only (website, social media)",
    )
    BOTH = ("both", "Intern en extern", "Internal and external")
