"""The nine check questions of the Q&A, and the answers they take."""

from __future__ import annotations

from socialstrategy.vocab._term import Term


class CheckQuestion(Term):
    CLIENTS_ONLINE = (
        "clients_online",
        "Weten wij wat onze cliënten online doen?",
        "Do we know what our clients do online?",
    )
    GUIDANCE_VISION = (
        "guidance_vision",
        "Hebben we een heldere visie op en aanpak voor de mediabegeleiding van onze cliënten?",
        "Do we have a clear vision and approach for media guidance of our clients?",
    )
    FUTURE_PROOF = (
        "future_proof",
        "Is onze visie en werkmethodiek rond social media toekomstgericht?",
        "Are our vision and working methods on social media future-proof?",
    )
    DISCUSSED_STRUCTURALLY = (
        "discussed_structurally",
        "Bespreken we het onderwerp social media structureel?",
        "Do we discuss social media structurally?",
    )
    KNOWN_QUESTIONS = (
        "known_questions",
        "Weten we welke vragen er leven rond mediagebruik bij medewerkers, cliënten en verwanten?",
        "Do we know the questions about media use among staff, clients and relatives?",
    )
    RESPONSIBLE_PERSON = (
        "responsible_person",
        "Is er iemand verantwoordelijk voor het blijvend onder de aandacht brengen van dit"
        " onderwerp?",
        "Is someone responsible for keeping this topic on the agenda?",
    )
    PREVENT_INCIDENTS = (
        "prevent_incidents",
        "Weten we hoe we incidenten op social media kunnen voorkomen?",
        "Do we know how to prevent incidents on social media?",
    )
    HANDLE_INCIDENTS = (
        "handle_incidents",
        "Weten we wat we moeten doen in het geval van een incident?",
        "Do we know what to do in case of an incident?",
    )
    TRAINED = (
        "trained",
        "Zijn we voldoende geschoold op het gebied van social media, of is er behoefte aan meer"
        " scholing?",
        "Are we trained enough in social media, or do we need more training?",
    )


class Answer(Term):
    YES = ("yes", "Ja", "Yes")
    PARTLY = ("partly", "Deels", "Partly")
    NO = ("no", "Nee", "No")
    UNKNOWN = ("unknown", "Weet niet", "Don't know")
