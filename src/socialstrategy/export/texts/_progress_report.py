"""Strings of the progress report for the board (``progress.``)."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "progress.title": Text("Voortgangsrapportage", "Progress report"),
    # Where the plan stands.
    "progress.status": Text("Stand van het plan", "Where the plan stands"),
    "progress.status.adopted": Text("Vastgestelde versie", "Adopted revision"),
    "progress.status.adopted.value": Text(
        "versie {revision}, vastgesteld door {adopter} op {date}",
        "revision {revision}, adopted by {adopter} on {date}",
    ),
    "progress.status.adopted.undated": Text(
        "versie {revision}, vastgesteld door {adopter}",
        "revision {revision}, adopted by {adopter}",
    ),
    "progress.status.decision": Text("Besluit", "Decision"),
    "progress.status.advice": Text("{advice}", "{advice}"),
    "progress.status.advice.value": Text("{date}: {summary}", "{date}: {summary}"),
    "progress.status.next_review": Text("Volgende herziening", "Next review"),
    "progress.status.next_review.passed": Text("{date} (verstreken)", "{date} (passed)"),
    "progress.status.not_adopted": Text(
        "Er is dus nog geen vastgesteld plan om aan te toetsen: deze rapportage geeft de"
        " stand van vandaag, met de meetpunten, de acties en de score zoals ze er nu voor"
        " staan.",
        "So there is no adopted plan to measure against yet: this report gives where things"
        " stand today, with the measures, the actions and the score as they are now.",
    ),
    # What changed since the adopted revision.
    "progress.changes": Text(
        "Wat is er veranderd sinds de vaststelling", "What changed since adoption"
    ),
    "progress.changes.intro": Text(
        "Wijzigingen in het plan sinds versie {revision} ({date}):",
        "Changes to the plan since revision {revision} ({date}):",
    ),
    "progress.changes.more": Text("En nog {n} andere wijzigingen.", "And {n} other changes."),
    "progress.changes.none": Text(
        "Sinds de vaststelling is de inhoud van het plan niet gewijzigd; alleen metingen"
        " en de stand van de acties zijn bijgewerkt.",
        "The plan's content has not changed since its adoption; only measurements and"
        " the progress of the actions have been updated.",
    ),
    "progress.changes.not_kept": Text(
        "Wat er sinds de vaststelling is gewijzigd, is hier niet te zeggen: de vastgestelde"
        " versie is niet bij dit bestand bewaard. De planner toont het wel.",
        "What changed since the adoption cannot be told here: the adopted revision is not"
        " kept with this file. The planner shows it.",
    ),
    # Measures against targets.
    "progress.measures": Text("Meetpunten en streefwaarden", "Measures and targets"),
    "progress.measures.goal": Text("Doel", "Goal"),
    "progress.measures.goals": Text(
        "De doelen waarop gemeten wordt:", "The goals that are measured:"
    ),
    "progress.measures.kpi": Text("Indicator", "Indicator"),
    "progress.measures.baseline": Text("Nulmeting", "Baseline"),
    "progress.measures.target": Text("Streefwaarde", "Target"),
    "progress.measures.latest": Text("Laatste meting", "Latest measurement"),
    "progress.measures.course": Text("Op koers?", "On course?"),
    "progress.measures.on": Text("{value} ({date})", "{value} ({date})"),
    "progress.measures.by": Text("{value} op {date}", "{value} by {date}"),
    "progress.measures.none": Text(
        "Er zijn nog geen meetpunten: de doelen hebben geen indicatoren.",
        "There are no measures yet: the goals have no indicators.",
    ),
    "progress.measures.charts": Text("Verloop van de metingen", "Measurements over time"),
    "progress.course.reached": Text("streefwaarde bereikt", "target reached"),
    "progress.course.on": Text("op koers", "on course"),
    "progress.course.off": Text(
        "niet op koers: op de deadline naar verwachting {value}",
        "off course: {value} expected by the deadline",
    ),
    "progress.course.missed": Text(
        "deadline voorbij zonder meting", "deadline passed without a measurement"
    ),
    "progress.course.not_reached": Text(
        "deadline voorbij, streefwaarde niet gehaald", "deadline passed, target not reached"
    ),
    "progress.course.stale": Text(
        "geen meting in het laatste halfjaar", "no measurement in the last six months"
    ),
    "progress.course.few": Text(
        "nog te weinig metingen om te zeggen", "too few measurements to tell yet"
    ),
    "progress.course.unmeasured": Text("nog niet gemeten", "not measured yet"),
    "progress.course.no_target": Text("geen streefwaarde", "no target"),
    # Actions.
    "progress.actions": Text("Acties", "Actions"),
    "progress.actions.none": Text("Er is nog geen actieplan.", "There is no action plan yet."),
    "progress.actions.late": Text("Te laat", "Late"),
    "progress.actions.late.none": Text(
        "Geen enkele actie is over haar deadline.", "No action is past its due date."
    ),
    "progress.actions.soon": Text("Af te ronden vóór {date}", "Due by {date}"),
    "progress.actions.soon.none": Text(
        "Er lopen geen deadlines af vóór {date}.", "No action is due before {date}."
    ),
    "progress.actions.done": Text("Afgerond sinds de vaststelling", "Done since adoption"),
    "progress.actions.done.all": Text("Afgerond", "Done"),
    "progress.actions.done.none": Text(
        "Sinds de vaststelling is nog geen actie afgerond.",
        "No action has been done since adoption.",
    ),
    "progress.actions.done.none.all": Text(
        "Nog geen actie is afgerond.", "No action has been done yet."
    ),
    "progress.actions.action": Text("Actie", "Action"),
    "progress.actions.owner": Text("Eigenaar", "Owner"),
    "progress.actions.due": Text("Deadline", "Due"),
    "progress.actions.where": Text("Stand van zaken", "Where it stands"),
    "progress.actions.late.by": Text("{date} ({days} dagen te laat)", "{date} ({days} days late)"),
    "progress.actions.late.by.one": Text("{date} (1 dag te laat)", "{date} (1 day late)"),
    "progress.actions.done.on": Text("{action} (afgerond op {date})", "{action} (done on {date})"),
}
