"""The board pack's strings (``board.``)."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "board.title": Text("Bestuurspagina sociale media", "Board summary: social media"),
    "board.status": Text(
        "Totaalscore {score}/100 · volwassenheidsniveau {level} van 5: {name}",
        "Overall score {score}/100 · maturity level {level} of 5: {name}",
    ),
    "board.cover.status": Text("Status", "Status"),
    "board.state.adopted": Text(
        "Status: vastgesteld door {adopter}{when}{which}.",
        "Status: adopted by {adopter}{when}{which}.",
    ),
    "board.state.on": Text(" op {date}", " on {date}"),
    "board.state.revision": Text(
        " (versie {revision} in de planner)", " (revision {revision} in the planner)"
    ),
    "board.state.advice": Text("{advice}: {date}.", "{advice}: {date}."),
    "board.state.due": Text(
        "De herziening stond gepland op {date}: het plan is toe aan herziening.",
        "Its review was due on {date}: the plan is due for review.",
    ),
    "board.state.draft": Text(
        "Status: concept, nog niet vastgesteld.", "Status: draft, not adopted yet."
    ),
    "board.state.in_review": Text(
        "Status: ter bespreking, nog niet vastgesteld.", "Status: in review, not adopted yet."
    ),
    "board.state.on_top": Text(
        "Het wijzigt versie {revision}, vastgesteld op {date}.",
        "It changes revision {revision}, adopted on {date}.",
    ),
    "board.state.on_top.undated": Text(
        "Het wijzigt de vastgestelde versie {revision}.",
        "It changes the adopted revision {revision}.",
    ),
    "board.objective": Text("O · Ambitie", "O · Objective"),
    "board.objective.none": Text(
        "De missie van de organisatie is nog niet vastgelegd.",
        "The organisation's mission is not recorded yet.",
    ),
    "board.objective.processes": Text(
        "Sociale media dienen de zorg en ondersteuning: {processes}.",
        "Social media serve care and support: {processes}.",
    ),
    "board.goals": Text("G · Doelen", "G · Goals"),
    "board.goals.none": Text("Nog geen doelen vastgelegd.", "No goals recorded yet."),
    "board.goals.targets": Text("streefwaarde {targets}", "target {targets}"),
    "board.goals.target": Text("{value} op {date}", "{value} by {date}"),
    "board.strategies": Text("S · Strategieën", "S · Strategies"),
    "board.strategy.channels": Text("Kanalen: {choices}.", "Channels: {choices}."),
    "board.strategy.purpose": Text("{purpose} via {channels}", "{purpose} through {channels}"),
    "board.strategy.no_purpose": Text(
        "{channels} nog zonder doel", "{channels} without a purpose yet"
    ),
    "board.strategy.unreached": Text(
        "Nog door geen kanaal bereikt: {audiences}.", "Not reached by any channel yet: {audiences}."
    ),
    "board.strategy.no_channels": Text(
        "Kanalen: nog geen kanalen gekozen.", "Channels: no channels chosen yet."
    ),
    "board.strategy.guideline": Text(
        "Richtlijn voor medewerkers ({status}): afspraken over {topics}.",
        "Employee guideline ({status}): rules on {topics}.",
    ),
    "board.strategy.adopted": Text("vastgesteld op {date}", "adopted on {date}"),
    "board.strategy.not_adopted": Text("nog niet vastgesteld", "not adopted yet"),
    "board.strategy.no_guideline": Text(
        "Richtlijn voor medewerkers: nog niet opgesteld.", "Employee guideline: not written yet."
    ),
    "board.strategy.crisis": Text("Crisisparaatheid: {choices}.", "Crisis readiness: {choices}."),
    "board.strategy.response": Text(
        "eerste reactie binnen {times}", "first response within {times}"
    ),
    "board.strategy.response.tier": Text("{time} bij een {level}", "{time} ({level})"),
    "board.strategy.chain": Text("escalatie via {roles}", "escalation through {roles}"),
    "board.strategy.night": Text(
        " (dag en nacht bereikbaar: {roles})", " (reachable day and night: {roles})"
    ),
    "board.strategy.no_escalation": Text("nog geen escalatieketen", "no escalation chain yet"),
    "board.strategy.scenarios": Text("draaiboeken voor {kinds}", "scenarios prepared for {kinds}"),
    "board.strategy.drilled": Text("laatst geoefend op {date}", "last rehearsed on {date}"),
    "board.strategy.not_drilled": Text("nog niet geoefend", "not rehearsed yet"),
    "board.strategy.model_texts": Text(
        "Modelteksten: {texts} teksten in {parts} onderdelen (richtlijn, crisisplan) staan nog"
        " zoals het sectormodel ze gaf; nog niet bekeken of aangepast.",
        "Model texts: {texts} texts in {parts} parts (guideline, crisis plan) still stand as"
        " the sector model gave them; not yet reviewed or adapted.",
    ),
    "board.strategy.no_crisis": Text(
        "Crisisparaatheid: er is nog geen crisis- en incidentenplan.",
        "Crisis readiness: there is no crisis and incident plan yet.",
    ),
    "board.strategy.engagement": Text(
        "Bespreekbaar maken: {kinds}.", "Making it discussable: {kinds}."
    ),
    "board.strategy.owner": Text("Kartrekker: {owner}.", "Lead: {owner}."),
    "board.strategy.recurring": Text("Steeds terugkerend: {kinds}.", "Recurring: {kinds}."),
    "board.strategy.no_owner": Text("nog niemand", "nobody yet"),
    "board.strategy.no_engagement": Text(
        "Bespreekbaar maken: nog geen activiteiten gepland; kartrekker: {owner}.",
        "Making it discussable: no activities planned yet; lead: {owner}.",
    ),
    "board.measures": Text("M · Meetpunten", "M · Measures"),
    "board.measures.goal": Text("Doel", "Goal"),
    "board.measures.kpi": Text("Indicator", "Indicator"),
    "board.measures.values": Text("Nulmeting → streefwaarde", "Baseline → target"),
    "board.measures.change": Text("{baseline} → {target}", "{baseline} → {target}"),
    "board.measures.deadline": Text("Deadline", "Deadline"),
    "board.measures.none": Text(
        "Nog geen meetpunten: de doelen zijn niet meetbaar.",
        "No measures yet: the goals cannot be measured.",
    ),
    "board.areas": Text("Waar staan we?", "Where do we stand?"),
    "board.chart.radar": Text("Score per onderdeel", "Score per area"),
    "board.gaps": Text("De vijf belangrijkste verbeterpunten", "The five most important gaps"),
    "board.gaps.level": Text("Ernst", "Severity"),
    "board.gaps.gap": Text("Verbeterpunt", "Gap"),
    "board.gaps.fix": Text("Wat te doen", "What to do"),
    "board.gaps.none": Text("Er staan geen verbeterpunten open.", "There are no open gaps."),
    "board.decisions": Text("Gevraagde besluiten", "Decisions requested"),
    "board.decisions.decision": Text("Besluit", "Decision"),
    "board.decisions.reason": Text("Aanleiding", "Reason"),
}
