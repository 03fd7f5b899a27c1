"""Every string the charts show, in Dutch and English: the one chart catalogue.

Names of things (goals, channels…) come from the strategy, kinds and answers from the
vocabularies; everything else a reader sees in a chart is looked up here.
"""

from __future__ import annotations

from socialstrategy.i18n import Catalogue, Text

CHART = Catalogue(
    {
        # Shared
        "status": Text("Status", "Status"),
        # Radar of the area scores
        "radar.title": Text("Score per onderdeel", "Score per area"),
        "radar.subtitle": Text("Totaalscore {overall} van 100", "Overall score {overall} of 100"),
        "radar.area": Text("Onderdeel", "Area"),
        "radar.score": Text("Score (0–100)", "Score (0–100)"),
        # Score trend: the overall score of each adopted or reviewed revision
        "trend.title": Text("Scoreverloop", "Score trend"),
        "trend.subtitle": Text(
            "Totaalscore van elke vastgestelde en besproken versie",
            "Overall score of every adopted and reviewed version",
        ),
        "trend.axis": Text("Totaalscore (0–100)", "Overall score (0–100)"),
        "trend.version": Text("Versie {number}", "Version {number}"),
        "trend.now": Text("Nu", "Now"),
        "trend.adopted": Text("Vastgesteld", "Adopted"),
        "trend.review": Text("Ter bespreking", "In review"),
        "trend.revision": Text("Versie", "Version"),
        "trend.kind": Text("Soort", "Kind"),
        "trend.score": Text("Totaalscore", "Overall score"),
        "trend.level": Text("Niveau", "Level"),
        "trend.empty": Text(
            "Het scoreverloop begint zodra het bestuur het plan vaststelt.",
            "The score trend starts once the board adopts the plan.",
        ),
        # Readiness: the nine check questions
        "readiness.title": Text("Hoe staan we ervoor?", "Where do we stand?"),
        "readiness.question": Text("Checkvraag", "Check question"),
        "readiness.answer": Text("Antwoord", "Answer"),
        "readiness.explanation": Text("Toelichting", "Explanation"),
        "readiness.q.clients_online": Text("Online gedrag cliënten", "Clients' online behaviour"),
        "readiness.q.guidance_vision": Text("Visie mediabegeleiding", "Media guidance vision"),
        "readiness.q.future_proof": Text("Toekomstgerichte aanpak", "Future-proof approach"),
        "readiness.q.discussed_structurally": Text(
            "Structureel besproken", "Discussed structurally"
        ),
        "readiness.q.known_questions": Text("Vragen rond mediagebruik", "Questions on media use"),
        "readiness.q.responsible_person": Text("Iemand verantwoordelijk", "Someone responsible"),
        "readiness.q.prevent_incidents": Text("Incidenten voorkomen", "Preventing incidents"),
        "readiness.q.handle_incidents": Text("Handelen bij incident", "Handling an incident"),
        "readiness.q.trained": Text("Voldoende geschoold", "Trained enough"),
        # Coverage: audiences × channels
        "coverage.title": Text("Bereik: doelgroepen × kanalen", "Reach: audiences × channels"),
        "coverage.audience": Text("Doelgroep", "Audience"),
        "coverage.channel": Text("Kanaal", "Channel"),
        "coverage.reach": Text("Bereik", "Reach"),
        "coverage.reached": Text("Kanaal bereikt doelgroep", "Channel reaches audience"),
        "coverage.not_reached": Text("Niet bereikt", "Not reached"),
        "coverage.no_channel": Text("{name} — geen kanaal", "{name} — no channel"),
        "coverage.all_reached": Text(
            "Elke doelgroep wordt door minstens één kanaal bereikt.",
            "Every audience is reached by at least one channel.",
        ),
        "coverage.unreached": Text(
            "Doelgroepen zonder kanaal (rood): {count}",
            "Audiences without a channel (red): {count}",
        ),
        "coverage.no_audiences": Text(
            "Nog geen doelgroepen vastgelegd.", "No audiences recorded yet."
        ),
        "coverage.no_channels": Text(
            "Nog geen kanalen vastgelegd: geen enkele doelgroep wordt bereikt.",
            "No channels recorded yet: no audience is reached.",
        ),
        # Traceability: processes → goals → audiences → channels → actions
        "trace.title": Text("Van primair proces tot actie", "From primary process to action"),
        "trace.col.processes": Text("Primaire processen", "Primary processes"),
        "trace.col.goals": Text("Doelen", "Goals"),
        "trace.col.audiences": Text("Doelgroepen", "Audiences"),
        "trace.col.channels": Text("Kanalen", "Channels"),
        "trace.col.actions": Text("Acties", "Actions"),
        "trace.header": Text("{column} ({count})", "{column} ({count})"),
        "trace.part": Text("Onderdeel", "Part"),
        "trace.name": Text("Naam", "Name"),
        "trace.why": Text("Waarom", "Why"),
        "trace.linked": Text("Verbonden", "Linked"),
        "trace.orphan": Text("Los eind", "Loose end"),
        "trace.orphan.goal": Text("Dient geen primair proces", "Serves no primary process"),
        "trace.orphan.audience": Text(
            "Geen kanaal bereikt deze doelgroep", "No channel reaches this audience"
        ),
        "trace.orphan.channel": Text("Dient geen doel", "Serves no goal"),
        "trace.orphan.action": Text("Dient geen doel", "Serves no goal"),
        "trace.column_empty": Text("nog leeg", "still empty"),
        "trace.all_linked": Text(
            "Alles hangt samen: elk onderdeel is verbonden.",
            "Everything is connected: every part is linked.",
        ),
        "trace.orphans": Text(
            "Losse eindjes (oranje): {count}; de bevindingen zeggen waarom.",
            "Loose ends (orange): {count}; the findings say why.",
        ),
        "trace.incomplete": Text(
            "Nog niet rond: nog leeg zijn {parts}.",
            "Not closed yet: still empty are {parts}.",
        ),
        "trace.unused": Text("Geen doel", "No goal"),
        "trace.unused.why": Text(
            "Geen doel dient dit proces; dat mag, niet elk proces heeft sociale media nodig",
            "No goal serves this process; that is fine, not every process needs social media",
        ),
        "trace.empty": Text(
            "Nog geen processen, doelen, doelgroepen, kanalen of acties vastgelegd.",
            "No processes, goals, audiences, channels or actions recorded yet.",
        ),
        # Timeline of the action plan
        "timeline.title": Text("Actieplan in de tijd", "Action plan over time"),
        "timeline.action": Text("Actie", "Action"),
        "timeline.owner": Text("Eigenaar", "Owner"),
        "timeline.start": Text("Start", "Start"),
        "timeline.due": Text("Deadline", "Due"),
        "timeline.period": Text("Periode", "Period"),
        "timeline.today": Text("Vandaag", "Today"),
        "timeline.no_date": Text("—", "—"),
        "timeline.one_date": Text("◆ = actie met maar één datum", "◆ = action with only one date"),
        "timeline.undated": Text("Zonder datum: {names}", "Without a date: {names}"),
        "timeline.empty": Text("Nog geen acties gepland.", "No actions planned yet."),
        "timeline.none_dated": Text(
            "Nog geen acties met een datum.", "No actions with a date yet."
        ),
        "timeline.overdue": Text(
            "Rood omrand: over de deadline en niet afgerond ({count})",
            "Red outline: past the due date and not done ({count})",
        ),
        "timeline.overdue.tip": Text("Over de deadline", "Overdue"),
        # Progress of one indicator over time
        "progress.title": Text("Voortgang", "Progress"),
        "progress.empty": Text(
            "Nog geen metingen. Leg elke meting vast met datum en waarde; vanaf drie"
            " metingen laat de grafiek de trend tot de deadline zien.",
            "No measurements yet. Record each measurement with its date and value; from"
            " three measurements on the chart shows the trend up to the deadline.",
        ),
        "progress.value": Text("Waarde", "Value"),
        "progress.date": Text("Datum", "Date"),
        "progress.source": Text("Bron", "Source"),
        "progress.note": Text("Toelichting", "Note"),
        "progress.baseline": Text("Nulmeting {value}", "Baseline {value}"),
        "progress.target_line": Text("Streefwaarde {value}", "Target {value}"),
        "progress.deadline": Text("Deadline", "Deadline"),
        "progress.latest": Text("Laatste meting {value} ({day})", "Latest {value} ({day})"),
        "progress.target": Text("streefwaarde {value}", "target {value}"),
        "progress.by": Text("op {day}", "by {day}"),
        "progress.on_course": Text(
            "Op koers: de trend komt op de deadline uit op {value}.",
            "On course: the trend reaches {value} by the deadline.",
        ),
        "progress.off_course": Text(
            "Niet op koers: de trend komt op de deadline uit op {value} (rode stippellijn).",
            "Off course: the trend reaches only {value} by the deadline (red dashed line).",
        ),
        "progress.too_few": Text(
            "Nog geen trend: die komt er vanaf {n} metingen.",
            "No trend yet: it takes {n} measurements.",
        ),
        "progress.no_target": Text(
            "Geen trend tegen een doel: vul nulmeting, streefwaarde en deadline in.",
            "No trend against a goal: fill in baseline, target and deadline.",
        ),
        "progress.unmeasured": Text(
            "De deadline ({deadline}) is verstreken zonder eindmeting.",
            "The deadline ({deadline}) passed without a final measurement.",
        ),
        # Maturity
        "maturity.title": Text("Volwassenheid", "Maturity"),
        "maturity.subtitle": Text(
            "Niveau {level} van {count}: {name}", "Level {level} of {count}: {name}"
        ),
        "maturity.capped": Text("Lager niveau omdat {reason}", "Lower level because {reason}"),
        "maturity.level": Text("Niveau", "Level"),
        "maturity.name": Text("Naam", "Name"),
        "maturity.range": Text("Totaalscore", "Overall score"),
        "maturity.meaning": Text("Betekenis", "Meaning"),
        "maturity.overall": Text("Totaal {overall}", "Overall {overall}"),
        "maturity.axis": Text("Totaalscore (0–100)", "Overall score (0–100)"),
    }
)
