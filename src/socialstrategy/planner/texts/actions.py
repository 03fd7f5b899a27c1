"""Strings of the actions step."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "actions.example": Text(
        "Een actie van **{org}**: *{title}*. Eigenaar: {owner}, van {start}"
        " tot {due}. Dient het doel: {goals}.",
        "An action of **{org}**: *{title}*. Owner: {owner}, from {start} to"
        " {due}. Serves the goal: {goals}.",
    ),
    "actions.unfinished": Text(
        "**Het denkwerk is nog niet af.** Eerst denken, dan doen: maak dit eerst af, dan"
        " weet je zeker dat de acties ergens toe dienen. Het actieplan kun je intussen wel"
        " bijwerken.",
        "**The thinking is not finished yet.** Think first, then act: finish this first, so"
        " you can be sure the actions serve a purpose. You can still update the action plan"
        " meanwhile.",
    ),
    "actions.gap": Text("{gap}: naar {step}", "{gap}: go to {step}"),
    "actions.thinking_done": Text(
        "Het denkwerk staat: elk doel hoort bij een primair proces en bereikt via een kanaal"
        " een doelgroep, en het crisisplan heeft een escalatieketen en eerste reacties in"
        " eigen woorden. Tijd om te doen.",
        "The thinking is in place: every goal belongs to a primary process and reaches an"
        " audience through a channel, and the crisis plan has an escalation chain and"
        " holding statements in the organisation's own words. Time to act.",
    ),
    "actions.list": Text("De acties", "The actions"),
    "actions.pick": Text("Actie", "Action"),
    "actions.col.title": Text("Actie", "Action"),
    "actions.col.owner": Text("Eigenaar", "Owner"),
    "actions.col.start": Text("Start", "Start"),
    "actions.col.due": Text("Deadline", "Due"),
    "actions.col.status": Text("Status", "Status"),
    "actions.col.late": Text("Let op", "Attention"),
    "actions.col.latest": Text("Laatste statusupdate", "Latest status update"),
    "actions.col.date": Text("Datum", "Date"),
    "actions.col.note": Text("Toelichting", "Note"),
    "actions.late": Text("⚠ te laat", "⚠ overdue"),
    "actions.late.one": Text(
        "1 actie is over de deadline en nog niet afgerond: rond haar af of spreek met de"
        " eigenaar een nieuwe deadline af.",
        "1 action is past its due date and not done: finish it or agree a new due date with"
        " its owner.",
    ),
    "actions.late.many": Text(
        "{n} acties zijn over de deadline en nog niet afgerond: rond ze af of spreek met de"
        " eigenaars nieuwe deadlines af.",
        "{n} actions are past their due date and not done: finish them or agree new due"
        " dates with their owners.",
    ),
    "actions.updates": Text("Voortgang", "Progress"),
    "actions.updates.help": Text(
        "Leg bij elke stap vast hoe de actie ervoor staat: de datum, de status en een korte"
        " toelichting. Zo wordt het actieplan een voortgangsoverzicht.",
        "Record at every step how the action is doing: the date, the status and a short"
        " note. The action plan becomes a tracker.",
    ),
    "actions.updates.differs": Text(
        "De laatste statusupdate ({day}) zegt '{status}', de actie staat op '{own}'. Pas de"
        " status hierboven aan als de actie echt zo ver is.",
        "The latest status update ({day}) says '{status}', the action is set to '{own}'."
        " Change the status above if that is where the action stands.",
    ),
    "actions.title": Text("Wat gaan we doen?", "What are we going to do?"),
    "actions.description": Text("Toelichting", "Description"),
    "actions.description.help": Text(
        "Wat er precies gebeurt en wat het oplevert.", "What exactly happens and what it delivers."
    ),
    "actions.owner": Text("Eigenaar", "Owner"),
    "actions.status": Text("Status", "Status"),
    "actions.start": Text("Start", "Start"),
    "actions.due": Text("Deadline", "Due date"),
    "actions.why": Text("Waarom doen we dit?", "Why do we do this?"),
    "actions.goals": Text("Dient de doelen", "Serves the goals"),
    "actions.goals.help": Text(
        "Het doel dat deze actie dichterbij brengt.", "The goal this action brings closer."
    ),
    "actions.supports": Text("Voert in", "Puts into practice"),
    "actions.supports.help": Text(
        "Het onderdeel van de strategie dat deze actie in praktijk brengt, zoals de richtlijn,"
        " het crisisplan of de scholing.",
        "The part of the strategy this action puts into practice, such as the guideline, the"
        " crisis plan or training.",
    ),
    "actions.channels": Text("Via de kanalen", "Through the channels"),
    "actions.channels.help": Text(
        "Kies kanalen die het doel van de actie dienen.",
        "Choose channels that serve the action's goal.",
    ),
}
