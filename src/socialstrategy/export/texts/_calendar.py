"""The plan's calendar (``.ics``) and the action plan workbook (``.xlsx``)."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    # The calendar's name as Outlook and Google show it: "Sociale-mediastrategie …".
    "calendar.name": Text("Sociale-mediastrategie {name}", "Social media strategy {name}"),
    # One summary per kind of dated item; {name} is the item as the plan names it.
    "calendar.review": Text(
        "Herziening sociale-mediastrategie: {name}", "Review of the social media strategy: {name}"
    ),
    "calendar.guideline_review": Text(
        "Herziening richtlijn sociale media: {name}", "Review of the social media guideline: {name}"
    ),
    "calendar.plan_drill": Text(
        "Jaarlijkse oefening crisis- en incidentenplan", "Yearly drill of the crisis plan"
    ),
    "calendar.drill": Text("Oefening crisisscenario: {name}", "Crisis scenario drill: {name}"),
    "calendar.action": Text("Deadline actie: {name}", "Action due: {name}"),
    "calendar.indicator": Text("Deadline indicator: {name}", "Indicator deadline: {name}"),
    "calendar.activity": Text("{kind}: {name}", "{kind}: {name}"),
    "calendar.training": Text("Scholing gereed: {name}", "Training due: {name}"),
    # Categories, as Outlook files them.
    "calendar.category.review": Text("Herziening", "Review"),
    "calendar.category.drill": Text("Crisisoefening", "Crisis drill"),
    "calendar.category.action": Text("Actieplan", "Action plan"),
    "calendar.category.indicator": Text("Doelen en indicatoren", "Goals and indicators"),
    "calendar.category.activity": Text("Bespreekbaar maken", "Making it discussable"),
    "calendar.category.training": Text("Scholing", "Training"),
    # The description's lines.
    "calendar.owner": Text("Eigenaar: {owner}", "Owner: {owner}"),
    "calendar.lead": Text("Leiding: {role}", "Lead: {role}"),
    "calendar.part": Text("Onderdeel: {part}", "Part: {part}"),
    "calendar.goal": Text("Doel: {goal}", "Goal: {goal}"),
    "calendar.goals": Text("Doelen: {goals}", "Goals: {goals}"),
    "calendar.status": Text("Status: {status}", "Status: {status}"),
    "calendar.baseline": Text("Nulmeting {value}", "Baseline {value}"),
    "calendar.target": Text("Streefwaarde {value}", "Target {value}"),
    "calendar.last_reviewed": Text("Laatst herzien op {date}.", "Last reviewed on {date}."),
    "calendar.drilled": Text(
        "Laatst geoefend op {date}; oefen elk scenario eens per jaar.",
        "Last drilled on {date}; drill every scenario once a year.",
    ),
    "calendar.plan_drilled": Text(
        "Het plan is laatst geoefend op {date}; oefen het eens per jaar.",
        "The plan was last drilled on {date}; drill it once a year.",
    ),
    "calendar.audiences": Text("Met: {audiences}", "With: {audiences}"),
    "calendar.rhythm": Text("Ritme: {rhythm}", "Rhythm: {rhythm}"),
    "calendar.skills": Text("Wat: {skills}", "What: {skills}"),
    "calendar.source": Text(
        "Uit de sociale-mediastrategie van {name}, revisie {revision}.",
        "From the social media strategy of {name}, revision {revision}.",
    ),
    # The parts the items belong to.
    "calendar.part.strategy": Text("de strategie als geheel", "the strategy as a whole"),
    "calendar.part.guidelines": Text("Richtlijn voor medewerkers", "Employee guideline"),
    "calendar.part.crisis": Text("Crisis- en incidentenplan", "Crisis and incident plan"),
    "calendar.part.engagement": Text("Bespreekbaar maken", "Making it discussable"),
    "calendar.part.training": Text("Scholing", "Training"),
    # The workbook of the action plan.
    "workbook.sheet": Text("Actieplan", "Action plan"),
    "workbook.title": Text("Actieplan {name}", "Action plan {name}"),
    "workbook.col.action": Text("Actie", "Action"),
    "workbook.col.description": Text("Omschrijving", "Description"),
    "workbook.col.goals": Text("Dient doel(en)", "Serves goal(s)"),
    "workbook.col.supports": Text("Brengt in praktijk", "Puts into practice"),
    "workbook.col.channels": Text("Kanalen", "Channels"),
    "workbook.col.owner": Text("Eigenaar", "Owner"),
    "workbook.col.start": Text("Start", "Start"),
    "workbook.col.due": Text("Gereed", "Due"),
    "workbook.col.status": Text("Status", "Status"),
    "workbook.col.late": Text("Te laat", "Overdue"),
}
