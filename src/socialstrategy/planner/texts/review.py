"""Strings of the review and export step."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "review.summary": Text("Samenvatting", "Summary"),
    "review.overall": Text("Totaalscore", "Overall score"),
    "review.level": Text("Volwassenheidsniveau", "Maturity level"),
    "review.open": Text("Openstaande punten", "Open points"),
    "review.open.value": Text(
        "{errors} kritiek · {warnings} aandacht · {advice} advies",
        "{errors} critical · {warnings} warnings · {advice} advice",
    ),
    "review.areas": Text("Scores per onderdeel", "Scores per part"),
    "review.part": Text("Onderdeel", "Part"),
    "review.score": Text("Score", "Score"),
    "review.charts": Text("Het plan in beeld", "The plan at a glance"),
    "review.chart": Text("Grafiek", "Chart"),
    "review.chart.readiness": Text("Checkvragen", "Check questions"),
    "review.chart.coverage": Text("Doelgroepen en kanalen", "Audiences and channels"),
    "review.chart.chain": Text("Van proces tot actie", "From process to action"),
    "review.chart.timeline": Text("Planning", "Timeline"),
    "review.chart.maturity": Text("Volwassenheid", "Maturity"),
    "review.findings": Text("Wat nog beter kan, per onderdeel", "What can improve, per part"),
    "review.findings.none": Text("Geen openstaande punten.", "No open points."),
    "review.accepted": Text("Geaccepteerd ({count})", "Accepted ({count})"),
    "review.accepted.intro": Text(
        "Hiermee leeft de organisatie voorlopig; ze kosten geen punten. Een reden of"
        " datum aanpassen doet u hieronder, bij Bevindingen accepteren.",
        "The organisation lives with these for now; they cost no points. Change a reason"
        " or date below, under Accepting findings.",
    ),
    "review.acceptances": Text("Bevindingen accepteren ({count})", "Accepting findings ({count})"),
    "review.acceptances.intro": Text(
        "Soms besluit de organisatie bewust om met een bevinding te leven, bijvoorbeeld"
        " omdat eerst een pilot loopt. Leg dat hier vast: welke regel, waarom en wie dat"
        " besloot, en tot wanneer. Zolang de reden er staat en de datum niet voorbij is,"
        " kost de bevinding geen punten. Ze blijft wel zichtbaar voor het bestuur, in het"
        " overzicht hierboven en in de rapporten.",
        "Sometimes the organisation decides to live with a finding, for instance while a"
        " pilot runs first. Record that here: which rule, why and who decided, and until"
        " when. As long as the reason is there and the date has not passed, the finding"
        " costs no points. The board still sees it, in the overview above and in the"
        " reports.",
    ),
    "review.acceptances.col.rule": Text("Regel", "Rule"),
    "review.acceptances.col.reason": Text("Reden en besluit", "Reason and decision"),
    "review.acceptances.col.reason.help": Text(
        "Waarom de organisatie hiermee leeft, en wie dat besloot.",
        "Why the organisation lives with it, and who decided.",
    ),
    "review.acceptances.col.until": Text("Geldt tot en met", "Holds until"),
    "review.acceptances.col.until.help": Text(
        "Daarna telt de bevinding weer mee; leeg: zonder einddatum.",
        "After it the finding counts again; empty: no end date.",
    ),
    "review.accepted.item": Text(
        "**{title}** ({code}): {message}  \nReden: {reason} · {until}",
        "**{title}** ({code}): {message}  \nReason: {reason} · {until}",
    ),
    "review.accepted.until": Text("tot en met {date}", "until {date}"),
    "review.accepted.open": Text("zonder einddatum", "no end date"),
    "review.goto": Text("Naar {step}", "Go to {step}"),
    "review.changes": Text("Wat is er veranderd", "What has changed"),
    "review.changes.since": Text("Sinds versie", "Since revision"),
    "review.changes.revision": Text("Versie {number} · {when}", "Revision {number} · {when}"),
    "review.changes.revision.by": Text(
        "Versie {number} · {when} · {author}", "Revision {number} · {when} · {author}"
    ),
    "review.changes.first": Text(
        "Dit is de eerste opgeslagen versie van het plan: er is nog niets om mee te vergelijken.",
        "This is the first saved revision of the plan: there is nothing to compare it with yet.",
    ),
    "review.changes.none": Text(
        "Niets veranderd sinds die versie.", "Nothing has changed since that revision."
    ),
    "review.changes.one": Text(
        "{n} wijziging sinds die versie:", "{n} change since that revision:"
    ),
    "review.changes.many": Text(
        "{n} wijzigingen sinds die versie:", "{n} changes since that revision:"
    ),
    "review.changes.download": Text(
        "Versie {number} downloaden (.toml)", "Download revision {number} (.toml)"
    ),
    "review.changes.view": Text("Versie {number} bekijken", "View revision {number}"),
    "review.changes.view.help": Text(
        "Open deze versie om te lezen: elke stap toont dan deze versie, zonder dat er iets"
        " verandert.",
        "Open this revision to read: every step then shows it, and nothing changes.",
    ),
    "revision.banner": Text(
        "Je bekijkt versie {number} van {date} ({status}) — alleen lezen.",
        "You are viewing revision {number} of {date} ({status}) — read only.",
    ),
    "revision.banner.unknown": Text(
        "Je bekijkt versie {number} ({status}) — alleen lezen.",
        "You are viewing revision {number} ({status}) — read only.",
    ),
    "revision.back": Text("Terug naar de huidige versie", "Back to the current version"),
    "review.changes.gone": Text(
        "Die versie is niet bewaard gebleven; kies een andere.",
        "That revision was not kept; choose another one.",
    ),
    "review.export": Text("Meenemen", "Take it with you"),
    "review.export.toml": Text("Strategiebestand (.toml)", "Strategy file (.toml)"),
    "review.export.toml.help": Text(
        "Het bestand dat je later weer kunt openen, delen met een adviseur of bewaren in"
        " versiebeheer.",
        "The file you can open again later, share with a consultant or keep under version control.",
    ),
    "review.export.document": Text("Document", "Document"),
    "review.export.document.report": Text("Volledig rapport", "Full report"),
    "review.export.document.board": Text(
        "Bestuurspagina (in één oogopslag)", "Board pack (at a glance)"
    ),
    "review.export.document.guideline": Text("Richtlijn voor medewerkers", "Employee guideline"),
    "review.export.document.pocket": Text("Crisiskaart", "Crisis pocket card"),
    "review.export.document.drills": Text(
        "Oefenkaarten crisisplan (per scenario)", "Crisis drill cards (per scenario)"
    ),
    "review.export.document.consent": Text(
        "Toestemmingsregister (voor de FG)", "Consent register (for the privacy officer)"
    ),
    "review.export.document.progress": Text(
        "Voortgangsrapportage (voor het bestuur)", "Progress report (for the board)"
    ),
    "review.export.format": Text("Formaat", "Format"),
    "review.export.format.md": Text("Markdown (.md)", "Markdown (.md)"),
    "review.export.format.html": Text("Webpagina (.html)", "Web page (.html)"),
    "review.export.format.pdf": Text("PDF (.pdf)", "PDF (.pdf)"),
    "review.export.format.docx": Text(
        "Word (.docx), om verder te bewerken", "Word (.docx), to edit further"
    ),
    "review.export.format.json": Text(
        "Strategiebestand als JSON (.json)", "Strategy file as JSON (.json)"
    ),
    "review.export.format.csv": Text(
        "Spreadsheet (.csv), voor Excel", "Spreadsheet (.csv), for Excel"
    ),
    # The files of the whole plan (export.PLAN_FILES), each a button of its own.
    "review.export.plan": Text(
        "Voor de agenda en om de acties bij te houden:",
        "For the calendar and to keep track of the actions:",
    ),
    "review.export.format.ics": Text(
        "Agenda voor Outlook en Google (.ics)", "Calendar for Outlook and Google (.ics)"
    ),
    "review.export.format.ics.help": Text(
        "Alle data uit het plan als afspraken van een hele dag: de volgende herziening, de"
        " jaarlijkse crisisoefeningen, de deadlines van acties en indicatoren en de"
        " activiteiten om het bespreekbaar te maken. Importeer je het bestand later opnieuw,"
        " dan worden de afspraken bijgewerkt en niet dubbel gezet.",
        "Every date in the plan as an all-day appointment: the next review, the yearly crisis"
        " drills, the deadlines of actions and indicators and the activities that make it"
        " discussable. Import the file again later and the appointments are updated, not"
        " doubled.",
    ),
    "review.export.format.xlsx": Text(
        "Actieplan voor Excel (.xlsx)", "Action plan for Excel (.xlsx)"
    ),
    "review.export.format.xlsx.help": Text(
        "Het actieplan als werkblad: één regel per actie met doel, eigenaar, data en status,"
        " om de voortgang in Excel bij te houden.",
        "The action plan as a worksheet: one row per action with its goal, owner, dates and"
        " status, to track progress in Excel.",
    ),
    "review.export.download": Text("Downloaden: {name}", "Download: {name}"),
    "review.export.download.help": Text(
        "Het document wordt gemaakt als je klikt; een groot rapport duurt een paar seconden.",
        "The document is made when you click; a large report takes a few seconds.",
    ),
    "review.export.json.help": Text(
        "Dezelfde gegevens als het .toml-bestand, voor andere software; het gekozen document"
        " speelt hierbij geen rol.",
        "The same data as the .toml file, for other software; the chosen document does not apply.",
    ),
    "review.next": Text("**Volgende stap:** {fix}  \n{about}", "**Next step:** {fix}  \n{about}"),
}
