"""What several documents share: labels, renderer notes, document kinds in file names."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "common.organisation": Text("Organisatie", "Organisation"),
    "common.revision": Text("Revisie", "Revision"),
    "common.date": Text("Datum", "Date"),
    "common.author": Text("Auteur", "Author"),
    "common.yes": Text("Ja", "Yes"),
    "common.no": Text("Nee", "No"),
    "common.within": Text("binnen {time}", "within {time}"),
    # The end of a list cut short: "a, b, c en 4 andere".
    "common.more": Text("{count} andere", "{count} more"),
    "common.moderation.weekdays": Text("ma–vr {span}", "Mon–Fri {span}"),
    "common.moderation.evenings": Text("avond {span}", "evenings {span}"),
    "common.moderation.weekends": Text("weekend {span}", "weekends {span}"),
    "common.moderation.none": Text("geen bezettingstijden", "no moderation hours"),
    "common.moderation.uncovered": Text("{covered}; niet {gaps}", "{covered}; not {gaps}"),
    "common.moderation.weekdays.gap": Text("overdag", "in the daytime"),
    "common.moderation.evenings.gap": Text("'s avonds", "in the evenings"),
    "common.moderation.weekends.gap": Text("in het weekend", "at weekends"),
    # How renderers that cannot draw name a chart, and how they introduce a fix.
    "common.chart": Text(
        "Grafiek: {title} (te zien in de HTML-, PDF- en Word-versie)",
        "Chart: {title} (shown in the HTML, PDF and Word versions)",
    ),
    "common.fix": Text("Wat te doen", "What to do"),
    # The table of contents after a report's cover; Word fills its own in on opening.
    "common.contents": Text("Inhoud", "Contents"),
    "common.contents.update": Text(
        "De inhoudsopgave verschijnt als Word de velden bijwerkt: kies ‘Ja’ bij het openen,"
        " of klik hier met de rechtermuisknop en kies ‘Veld bijwerken’.",
        "The table of contents appears when Word updates the fields: choose ‘Yes’ on"
        " opening, or right-click here and choose ‘Update Field’.",
    ),
    # What the renderers add themselves: page numbers, a chart they could not draw.
    "common.page": Text("Pagina {page} van {pages}", "Page {page} of {pages}"),
    "common.page.word": Text("Pagina", "Page"),
    "common.page.of": Text("van", "of"),
    "common.chart.missing": Text(
        "[Grafiek ‘{title}’ kon niet worden getekend.]",
        "[The chart ‘{title}’ could not be drawn.]",
    ),
    # Document kinds in file names: zorggroep-de-linde-rapport.pdf
    "common.file.report": Text("rapport", "report"),
    "common.file.board": Text("bestuurspagina", "board pack"),
    "common.file.guideline": Text("richtlijn sociale media", "social media guideline"),
    "common.file.pocket": Text("crisiskaart", "crisis card"),
    "common.file.drills": Text("oefenkaarten crisis", "crisis drill cards"),
    "common.file.consent": Text("toestemmingsregister", "consent register"),
    "common.file.progress": Text("voortgangsrapportage", "progress report"),
    # The whole-plan files: zorggroep-de-linde-agenda.ics, …-actieplan.xlsx
    "common.file.ics": Text("agenda", "calendar"),
    "common.file.xlsx": Text("actieplan", "action plan"),
}
