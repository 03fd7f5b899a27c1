"""The crisis drill cards' strings (``drills.``)."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "drills.title": Text("Oefenkaarten crisisplan", "Crisis drill cards"),
    "drills.file.card": Text("oefenkaart", "drill card"),
    "drills.purpose": Text(
        "Table-top oefeningen per scenario, met het eigen plan op tafel",
        "Table-top exercises per scenario, with our own plan on the table",
    ),
    "drills.how": Text("Zo werkt de oefening", "How the exercise works"),
    "drills.how.steps": Text(
        "Print de kaarten dubbelzijdig: voorop de oefening, achterop wat ons plan zegt en de"
        " evaluatie.\n"
        "Kies een scenario. De oefenleider houdt de kaart; het team heeft het crisisplan of"
        " de crisiskaart op tafel, en verder niets.\n"
        "Start de timer en lees inject 1 voor. Het team beantwoordt de vragen hardop; de"
        " oefenleider noteert hoe laat elk antwoord er is.\n"
        "Lees inject 2 en 3 voor zodra de klok de tijd aangeeft, ook als er nog vragen open"
        " staan: zo loopt een echt incident ook.\n"
        "Vergelijk de antwoorden met wat het plan zegt (achterop de kaart). Wat het plan"
        " niet beantwoordt, wordt een actie.\n"
        "Sluit af met de evaluatie, en zet de datum bij ‘Laatst geoefend’ in het plan."
        " Oefen elk scenario minstens eens per jaar.",
        "Print the cards on both sides: the exercise on the front, what our plan says and the"
        " evaluation on the back.\n"
        "Choose a scenario. The exercise leader holds the card; the team has the crisis plan"
        " or the crisis card on the table, and nothing else.\n"
        "Start the timer and read out inject 1. The team answers the questions aloud; the"
        " leader notes the time each answer is there.\n"
        "Read out injects 2 and 3 as soon as the clock shows their time, even if questions"
        " are still open: a real incident does not wait either.\n"
        "Compare the answers with what the plan says (on the back of the card). What the"
        " plan does not answer becomes an action.\n"
        "Close with the evaluation, and enter the date as ‘Last drilled’ in the plan."
        " Drill every scenario at least once a year.",
    ),
    "drills.how.duration": Text(
        "Reken op ongeveer anderhalf uur: een uur spelen en een half uur evalueren.",
        "Allow about an hour and a half: an hour of play and half an hour of evaluation.",
    ),
    "drills.overview": Text("De scenario's", "The scenarios"),
    "drills.overview.scenario": Text("Scenario", "Scenario"),
    "drills.overview.level": Text("Niveau", "Level"),
    "drills.overview.lead": Text("Leidt", "Leads"),
    "drills.overview.last": Text("Laatst geoefend", "Last drilled"),
    "drills.none": Text(
        "Het plan heeft nog geen scenario's. Voeg ze toe in het crisisplan; per scenario"
        " komt er dan een oefenkaart.",
        "The plan has no scenarios yet. Add them to the crisis plan; each scenario then"
        " gets a drill card.",
    ),
    "drills.never": Text("nog nooit", "never"),
    "drills.meta": Text(
        "Oefening bij: {kind} · niveau {level} · laatst geoefend: {last}",
        "Exercise for: {kind} · level {level} · last drilled: {last}",
    ),
    "drills.timer": Text("Start de timer", "Start the timer"),
    "drills.timer.note": Text(
        "Lees elke inject voor zodra de klok de tijd aangeeft. Noteer de werkelijke tijden.",
        "Read out each inject as soon as the clock shows its time. Note the actual times.",
    ),
    "drills.timer.inject": Text("{clock} · inject {n}", "{clock} · inject {n}"),
    "drills.timer.end": Text("Einde", "End"),
    "drills.timer.read": Text("voorgelezen om ……", "read out at ……"),
    "drills.timer.started": Text("gestart om ……", "started at ……"),
    "drills.timer.stopped": Text("gestopt om ……", "stopped at ……"),
    "drills.inject": Text("Inject {n} · {clock}", "Inject {n} · {clock}"),
    "drills.plan": Text("Wat ons plan zegt", "What our plan says"),
    "drills.plan.lead": Text("Leidt", "Leads"),
    "drills.plan.level": Text("Niveau", "Level"),
    "drills.plan.response": Text("Eerste reactie", "First response"),
    "drills.plan.chain": Text("Escalatieketen", "Escalation chain"),
    "drills.plan.clocks": Text("Termijnen", "Deadlines"),
    "drills.plan.unassigned": Text(
        "nog niet belegd: wie leidt, is vraag 1", "not assigned yet: who leads is question 1"
    ),
    "drills.plan.no_chain": Text(
        "nog niet vastgelegd: spreek in de oefening af wie je belt",
        "not recorded yet: agree in the exercise whom to call",
    ),
    "drills.plan.clock": Text("{kind}: {deadline} ({owner})", "{kind}: {deadline} ({owner})"),
    "drills.plan.clock.open": Text("{kind} ({owner})", "{kind} ({owner})"),
    "drills.plan.clock.law": Text(
        "{kind}: {deadline} (wettelijk; nog niet in het plan)",
        "{kind}: {deadline} (by law; not in the plan yet)",
    ),
    "drills.holding": Text("Onze eerste reactie", "Our holding statement"),
    "drills.holding.draft": Text("Onze eerste reactie (concept)", "Our holding statement (draft)"),
    "drills.holding.none": Text(
        "Het plan heeft voor dit scenario nog geen eerste reactie. Schrijf die in deze"
        " oefening samen, in drie zinnen: wat we weten, wat we doen, en wanneer en waar"
        " mensen meer horen. Neem de tekst daarna op in het plan.",
        "The plan has no holding statement for this scenario yet. Write one together in"
        " this exercise, in three sentences: what we know, what we do, and when and where"
        " people hear more. Then add the text to the plan.",
    ),
    "drills.steps": Text("Onze eerste stappen", "Our first steps"),
    "drills.steps.none": Text(
        "Het plan noemt nog geen eerste stappen: noteer welke stappen het team zette.",
        "The plan lists no first steps yet: note the steps the team took.",
    ),
    "drills.evaluation": Text("Evaluatie", "Evaluation"),
    "drills.evaluation.good": Text("Wat ging goed", "What went well"),
    "drills.evaluation.better": Text("Wat kan beter", "What could be better"),
    "drills.evaluation.action": Text(
        "Actie · wie · wanneer (ook: plan aanpassen)",
        "Action · who · when (also: update the plan)",
    ),
    "drills.evaluation.who": Text(
        "Datum ……   Oefenleider ……   Deelnemers ……",
        "Date ……   Exercise leader ……   Participants ……",
    ),
}
