"""Guideline: who to ask, where to report, who keeps it."""

from __future__ import annotations

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import rule
from socialstrategy.scoring.rules._checks import empty
from socialstrategy.scoring.rules._edit import within
from socialstrategy.scoring.rules.guidelines._common import _GOVERNANCE, _written

# --- who to ask, where to report, who keeps it ------------------------------------------


no_reporting_route = rule(
    "GUID015",
    "no-reporting-route",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Geen meldroute", "No reporting route"),
    message=(
        "De richtlijn zegt niet waar medewerkers melden als er online iets misgaat.",
        "The guideline does not say where employees report when something goes wrong online.",
    ),
    fix=(
        "Noem de meldroute: eerst de collega aanspreken, dan melden bij de leidinggevende"
        " en via het MIC- of incidentformulier; bij een datalek direct naar de FG.",
        "Name the route: first speak to the colleague, then report to the manager and"
        " through the incident form; a data leak goes straight to the data protection"
        " officer.",
    ),
    source="DOMAIN.md guidelines #9 (address a colleague, then report)",
    weight=8,
    fires=within("guidelines", report_to=""),
    passes=within("guidelines", report_to="De leidinggevende"),
)(empty("guidelines.report_to", when=_written))


no_contact_person = rule(
    "GUID016",
    "no-contact-person",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Geen aanspreekpunt", "No contact for questions"),
    message=(
        "De richtlijn noemt niemand bij wie medewerkers terecht kunnen als ze twijfelen.",
        "The guideline names nobody employees can ask when in doubt.",
    ),
    fix=(
        "Noem een aanspreekpunt (bijvoorbeeld het team communicatie) met een mailadres of"
        " telefoonnummer.",
        "Name a contact (the communications team, for instance) with an email address or"
        " phone number.",
    ),
    source="DOMAIN.md guidelines #11 (media questions go to communications)",
    weight=4,
    fires=within("guidelines", contact=""),
    passes=within("guidelines", contact="Team communicatie"),
)(empty("guidelines.contact", when=_written))


guideline_without_owner = rule(
    "GUID017",
    "guideline-without-owner",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Richtlijn zonder eigenaar", "Guideline without an owner"),
    message=(
        "Niemand houdt de richtlijn bij: wie past hem aan na een incident of een nieuw platform?",
        "Nobody keeps the guideline up to date: who changes it after an incident or a new"
        " platform?",
    ),
    fix=(
        "Maak één functie eigenaar van de richtlijn, bijvoorbeeld de manager communicatie.",
        "Make one role owner of the guideline, such as the communications manager.",
    ),
    source=_GOVERNANCE,
    weight=4,
    fires=within("guidelines", owner=""),
    passes=within("guidelines", owner="Bestuurssecretaris"),
)(empty("guidelines.owner", when=_written))
