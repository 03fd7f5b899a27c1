"""Strings of the plan's status, advice and adoption, and of comments per part."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    # Above every step of a plan a reviewer reads along (the viewer's: access.read_only).
    "access.read_only.comment": Text(
        "Je bent **{role}** van dit plan: je kunt het lezen, per onderdeel reageren en het"
        " downloaden, maar niet wijzigen. Je reacties staan bij de doelen, de richtlijn en"
        " de scenario's.",
        "You are a **{role}** of this plan: you can read it, comment on each part and"
        " download it, not change it. Your comments go with the goals, the guideline and"
        " the scenarios.",
    ),
    # --- comments per part ----------------------------------------------------------
    "comments.panel.open": Text("Reacties: {count} open", "Comments: {count} open"),
    "comments.panel.done": Text(
        "Reacties: {count}, alle afgehandeld", "Comments: {count}, all resolved"
    ),
    "comments.panel.none": Text("Reacties: nog geen", "Comments: none yet"),
    "comments.by": Text(
        "**{who}** · {when} · bij versie {revision}", "**{who}** · {when} · on revision {revision}"
    ),
    "comments.someone": Text("Iemand", "Someone"),
    "comments.resolved": Text("Afgehandeld door {who} op {when}", "Resolved by {who} on {when}"),
    "comments.resolve": Text("Afgehandeld", "Resolved"),
    "comments.new": Text("Je reactie op dit onderdeel", "Your comment on this part"),
    "comments.new.placeholder": Text(
        "Bijvoorbeeld: is dit haalbaar met de huidige bezetting?",
        "For example: is this feasible with the current staffing?",
    ),
    "comments.post": Text("Reactie plaatsen", "Post comment"),
    "comments.read_only": Text(
        "Je leest dit plan als lezer: reageren kan als meelezer of bewerker.",
        "You read this plan as a viewer: reviewers and editors can comment.",
    ),
    "comments.guidelines": Text("Richtlijn voor medewerkers", "Employee guideline"),
    "comments.goal": Text("Doel: {name}", "Goal: {name}"),
    "comments.scenario": Text("Scenario: {name}", "Scenario: {name}"),
    # --- status and adoption (review step) --------------------------------------------
    "status.title": Text("Status en vaststelling", "Status and adoption"),
    "status.now": Text("Status: **{status}**", "Status: **{status}**"),
    "status.adopted": Text(
        "Versie {revision} is op {date} vastgesteld. Die versie blijft zoals ze is: een"
        " wijziging daarna wordt een nieuw concept.",
        "Revision {revision} was adopted on {date}. That revision stays as it is: a change"
        " after it becomes a new draft.",
    ),
    "status.adopted.undated": Text(
        "Versie {revision} is vastgesteld. Een wijziging daarna wordt een nieuw concept.",
        "Revision {revision} was adopted. A change after it becomes a new draft.",
    ),
    "status.due": Text(
        "De herziening stond gepland op {date}: het plan is toe aan herziening.",
        "The review was planned for {date}: the plan is due for review.",
    ),
    "status.on_top": Text(
        "Dit concept wijzigt de vastgestelde versie {revision} ({date}). Die versie is"
        " ongewijzigd en hieronder te downloaden.",
        "This draft changes the adopted revision {revision} ({date}). That revision is"
        " unchanged and can be downloaded below.",
    ),
    "status.draft": Text(
        "Het plan is nog niet vastgesteld. Bied het ter bespreking aan, zodat meelezers per"
        " onderdeel kunnen reageren.",
        "The plan has not been adopted yet. Send it for review so reviewers can comment on"
        " each part.",
    ),
    "status.in_review": Text(
        "Het plan ligt ter bespreking: meelezers reageren per onderdeel. Leg daarna het"
        " advies en de vaststelling vast.",
        "The plan is in review: reviewers comment on each part. Then record the advice and"
        " the adoption.",
    ),
    "status.notice": Text(
        "Dit plan is vastgesteld (versie {revision}, {date}). Wat je nu wijzigt, wordt een"
        " nieuw concept; de vastgestelde versie blijft bewaard.",
        "This plan is adopted (revision {revision}, {date}). What you change now becomes a"
        " new draft; the adopted revision is kept.",
    ),
    "status.send": Text("Ter bespreking aanbieden", "Send for review"),
    "status.back": Text("Terug naar concept", "Back to draft"),
    "status.download.toml": Text(
        "Vastgestelde versie {revision} downloaden (.toml)",
        "Download adopted revision {revision} (.toml)",
    ),
    "status.download.board": Text(
        "Bestuurspagina van versie {revision} (PDF)", "Board summary of revision {revision} (PDF)"
    ),
    "status.gone": Text(
        "De vastgestelde versie {revision} is niet (meer) in de opslag te vinden.",
        "The adopted revision {revision} cannot be found in the store.",
    ),
    "status.advice.help": Text(
        "Het advies van {staff_body} over het plan: wanneer het kwam en wat het zei.",
        "The advice of {staff_body} on the plan: when it came and what it said.",
    ),
    "status.advice.date": Text("Datum van het advies", "Date of the advice"),
    "status.advice.summary": Text("Samenvatting van het advies", "Summary of the advice"),
    "status.advice.save": Text("Advies vastleggen", "Record the advice"),
    "status.adoption": Text("Vaststelling door {adopter}", "Adoption by {adopter}"),
    "status.adoption.help": Text(
        "Legt vast dat {adopter} het plan heeft vastgesteld. De versie die zo ontstaat"
        " wordt bevroren: latere wijzigingen worden een nieuw concept daarbovenop.",
        "Records that {adopter} adopted the plan. The revision this makes is frozen: later"
        " changes become a new draft on top of it.",
    ),
    "status.adoption.date": Text("Datum van vaststelling", "Date of adoption"),
    "status.adoption.decision": Text("Besluit (zoals genotuleerd)", "Decision (as minuted)"),
    "status.adoption.decision.placeholder": Text(
        "Bijvoorbeeld: vastgesteld, met de kanttekening van de OR over de reactietijden.",
        "For example: adopted, with the works council's note on response times.",
    ),
    "status.adoption.save": Text("Vaststelling vastleggen", "Record the adoption"),
    "status.adoption.needs_date": Text(
        "Vul de datum van vaststelling in.", "Fill in the date of adoption."
    ),
    "status.read_only": Text(
        "Alleen bewerkers wijzigen de status en leggen advies en vaststelling vast.",
        "Only editors change the status and record advice and adoption.",
    ),
    "status.comments": Text("Reacties per onderdeel", "Comments per part"),
    "status.comments.none": Text(
        "Er zijn nog geen reacties. Meelezers reageren bij de doelen, de richtlijn en de"
        " scenario's van het crisisplan.",
        "There are no comments yet. Reviewers comment on the goals, the guideline and the"
        " scenarios of the crisis plan.",
    ),
    "status.comments.gone": Text("(niet meer in het plan)", "(no longer in the plan)"),
}
