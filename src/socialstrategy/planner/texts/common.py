"""Strings of the planner's frame: navigation, score panel, saving, conflicts, lists."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "app.title": Text("Sociale-mediastrategie", "Social media strategy"),
    "app.tagline": Text("Eerst denken, dan doen", "Think first, then act"),
    # In both languages, whichever is on: it is how someone who reads only one finds it.
    "app.language": Text("Taal · Language", "Language · Taal"),
    "nav.section.plan": Text("Het plan", "The plan"),
    "nav.done": Text("af", "done"),
    "panel.overall": Text("Totaalscore", "Overall score"),
    "panel.overall.help": Text(
        "Het gewogen gemiddelde van de stappen. In het menu staat bij elke stap haar score"
        " (0 tot 100), of ✓ vanaf 80.",
        "The weighted average of the steps. The menu shows each step's score (0 to 100),"
        " or ✓ from 80.",
    ),
    "panel.level": Text("Niveau {level}: {name}", "Level {level}: {name}"),
    "panel.capped": Text("Begrensd: {reason}.", "Capped: {reason}."),
    "panel.next": Text("Volgende stap", "Next step"),
    "panel.go": Text("Ga naar: {step}", "Go to: {step}"),
    "panel.none": Text(
        "Geen openstaande punten. Houd het plan actueel.",
        "Nothing open. Keep the plan up to date.",
    ),
    "save.saved": Text("Opgeslagen om {time}", "Saved at {time}"),
    "save.reading": Text(
        "Je leest een eerdere versie: er wordt niets bewaard.",
        "You are reading an earlier version: nothing is saved.",
    ),
    "save.opened": Text(
        "Alles is opgeslagen; elke wijziging wordt meteen bewaard.",
        "Everything is saved; every change is kept at once.",
    ),
    "save.failed": Text(
        "Niet opgeslagen: {reason}. Je wijziging staat nog in de planner (ook na vernieuwen"
        " van de pagina), maar nog niet in het bestand. Probeer opnieuw, of download je"
        " versie.",
        "Not saved: {reason}. Your change is still in the planner (also after refreshing"
        " the page), but not yet in the file. Try again, or download your version.",
    ),
    "save.failed.short": Text("Niet opgeslagen: {reason}", "Not saved: {reason}"),
    "save.failed.full": Text("de schijf is vol", "the disk is full"),
    "save.failed.read_only": Text(
        "de werkmap kan alleen gelezen worden", "the workspace can only be read"
    ),
    "save.failed.denied": Text(
        "de planner mag niet schrijven in de werkmap", "the planner may not write to the workspace"
    ),
    "save.failed.invalid": Text(
        "het plan zou zo niet meer te openen zijn ({detail})",
        "the plan could not be opened again like this ({detail})",
    ),
    "save.failed.gone": Text("de werkmap bestaat niet meer", "the workspace no longer exists"),
    "save.failed.other": Text(
        "het bestand kon niet worden geschreven ({detail})",
        "the file could not be written ({detail})",
    ),
    "save.failed.create": Text(
        "Het plan is niet gemaakt: {reason}.", "The plan was not created: {reason}."
    ),
    "save.retry": Text("Probeer opnieuw", "Try again"),
    "save.download": Text("Download mijn versie (.toml)", "Download my version (.toml)"),
    "panel.file": Text("Bestand: {name}", "File: {name}"),
    "panel.no_draft": Text(
        "Nog geen plan geopend. Begin bij Start.", "No plan opened yet. Begin at Start."
    ),
    "step.example": Text("Voorbeeld uit {org}", "Example from {org}"),
    "step.findings": Text("Wat nog beter kan in deze stap", "What can improve in this step"),
    "step.no_findings": Text("Deze stap is op orde.", "This step is in order."),
    "step.findings.beside": Text(
        "{count} punten staan hierboven, bij het onderdeel waar ze over gaan.",
        "{count} points are shown above, beside the part they are about.",
    ),
    "step.findings.beside.one": Text(
        "1 punt staat hierboven, bij het onderdeel waar het over gaat.",
        "1 point is shown above, beside the part it is about.",
    ),
    "findings.also": Text("Ook bij: {places}", "Also at: {places}"),
    "findings.question": Text("vraag {n}", "question {n}"),
    "findings.number": Text("nr. {n}", "no. {n}"),
    "app.failed": Text(
        "Dit deel van de planner kon niet worden getoond door een fout in de planner"
        " (kenmerk {ref}). Wat je eerder invulde is bewaard. Kies een andere stap in het"
        " menu, of probeer het later opnieuw; noem het kenmerk als je de fout meldt.",
        "This part of the planner could not be shown because of an error in the planner"
        " (reference {ref}). What you entered before is saved. Choose another step in the"
        " menu, or try again later; mention the reference when you report the error.",
    ),
    "step.previous": Text("Vorige: {step}", "Previous: {step}"),
    "step.next": Text("Volgende: {step}", "Next: {step}"),
    "step.score": Text("Score van deze stap", "Score of this step"),
    "step.focus": Text("Hier ligt de volgende stap: {message}", "The next step is here: {message}"),
    "step.need_draft": Text(
        "Open eerst een plan bij Start: een voorbeeld, een nieuw plan voor een sector of"
        " een eigen bestand.",
        "First open a plan at Start: an example, a new plan for a sector or a file of your own.",
    ),
    "step.go_start": Text("Naar Start", "Go to Start"),
    "level.error": Text("Kritiek", "Critical"),
    "conflict.title": Text(
        "Jij en iemand anders wijzigden hetzelfde",
        "You and someone else changed the same thing",
    ),
    "conflict.body": Text(
        "Iemand anders (een collega of een ander tabblad) heeft dit plan bewaard terwijl jij"
        " eraan werkte. Wat op verschillende plekken veranderde is samengevoegd en er is niets"
        " overschreven. Kies hieronder per onderdeel welke versie blijft.",
        "Someone else (a colleague or another tab) saved this plan while you were working on"
        " it. What changed in different places has been combined and nothing was overwritten."
        " Choose below, for each item, which version stays.",
    ),
    "conflict.was": Text("Eerst stond er: {value}", "Before: {value}"),
    "conflict.choice": Text("Welke versie blijft?", "Which version stays?"),
    "conflict.mine": Text("Mijn versie", "My version"),
    "conflict.theirs": Text("De versie van de ander", "The other person's version"),
    "conflict.save": Text("Bewaar met deze keuzes", "Save with these choices"),
    "conflict.choose_all": Text(
        "Kies eerst bij elk onderdeel welke versie blijft.",
        "First choose, for each item, which version stays.",
    ),
    "conflict.refs": Text(
        "Met deze keuzes verwijst het plan naar een onderdeel dat niet meer bestaat. Kies"
        " anders, of bewaar jouw versie als kopie.",
        "With these choices the plan refers to a part that no longer exists. Choose"
        " differently, or save your version as a copy.",
    ),
    "conflict.uncombinable": Text(
        "Samenvoegen lukt niet: de ene versie verwijst naar een onderdeel dat in de andere is"
        " verwijderd. Er is niets overschreven. Bewaar jouw versie als kopie en vergelijk"
        " daarna beide plannen.",
        "The versions cannot be combined: one refers to a part the other removed. Nothing was"
        " overwritten. Save your version as a copy, then compare both plans.",
    ),
    "conflict.copy": Text("Bewaar mijn versie als kopie", "Save my version as a copy"),
    "conflict.broken.title": Text(
        "Dit plan is buiten de planner gewijzigd",
        "This plan was changed outside the planner",
    ),
    "conflict.broken": Text(
        "Het bestand {name} is aangepast nadat jij het opende, en is nu geen geldige strategie"
        " meer. Er is niets overschreven. Herstel het met jouw versie, of bewaar jouw versie"
        " als kopie.",
        "The file {name} was changed after you opened it, and is no longer a valid strategy."
        " Nothing was overwritten. Repair it with your version, or save your version as a"
        " copy.",
    ),
    "conflict.repair": Text(
        "Herstel het bestand met mijn versie", "Repair the file with my version"
    ),
    "combined.notice": Text(
        "Iemand anders wijzigde intussen {fields}. Beide wijzigingen zijn bewaard.",
        "Meanwhile someone else changed {fields}. Both sets of changes were kept.",
    ),
    "combined.more.one": Text("nog {n} ander onderdeel", "{n} other item"),
    "combined.more.other": Text("nog {n} andere onderdelen", "{n} other items"),
    "combined.ok": Text("Gelezen", "Got it"),
    "reopened.notice": Text(
        "Het plan is opnieuw geopend zoals het in de opslag staat (laatst bewaard {when}).",
        "The plan was opened again as it is in the store (last saved {when}).",
    ),
    "reopened.notice.untimed": Text(
        "Het plan is opnieuw geopend zoals het in de opslag staat.",
        "The plan was opened again as it is in the store.",
    ),
    "reopened.today": Text("om {time}", "at {time}"),
    "reopened.earlier": Text("op {date} om {time}", "on {date} at {time}"),
    "broken.missing": Text(
        "Het plan {id} bestaat niet (meer) in de werkmap.",
        "The plan {id} does not exist (any more) in the workspace.",
    ),
    "broken.unreadable": Text(
        "Het plan {id} kan niet worden geopend; bij Start staat waarom.",
        "The plan {id} cannot be opened; Start says why.",
    ),
    "broken.invalid": Text(
        "Het plan {id} kan niet worden geopend:", "The plan {id} cannot be opened:"
    ),
    "list.add": Text("Toevoegen", "Add"),
    "list.remove": Text("Verwijderen", "Remove"),
    "list.remove.confirm": Text(
        "Dit onderdeel en de verwijzingen ernaar worden verwijderd. Dat kan niet ongedaan"
        " worden gemaakt.",
        "This item and the references to it will be removed. This cannot be undone.",
    ),
    "list.remove.yes": Text("Ja, verwijder", "Yes, remove"),
    "list.choose": Text("Kies", "Choose"),
    "list.nothing_to_choose": Text("Nog niets om uit te kiezen", "Nothing to choose from yet"),
    "list.empty": Text("Nog niets toegevoegd.", "Nothing added yet."),
    "list.new": Text("(nieuw)", "(new)"),
    "field.invalid": Text("Niet bewaard: {message}", "Not saved: {message}"),
    "field.too_low": Text(
        "Niet bewaard: het getal kan niet lager zijn dan {minimum}.",
        "Not saved: the number cannot be lower than {minimum}.",
    ),
    "field.not_whole": Text(
        "Niet bewaard: hier past alleen een heel getal, zoals 12 of 1.500.",
        "Not saved: only a whole number fits here, such as 12 or 1,500.",
    ),
    "table.position": Text("Nr.", "No."),
    "table.how": Text(
        "Klik in een cel om de hele tekst te lezen of te wijzigen. Een rij toevoegen: typ in"
        " de lege onderste rij. Een rij verwijderen: vink hem links aan en kies het"
        " prullenbakje boven de tabel.",
        "Click a cell to read or change its whole text. To add a row, type in the empty"
        " bottom row. To remove a row, tick it on the left and choose the bin above the"
        " table.",
    ),
    "table.incomplete": Text(
        "Bewaard, maar nog niet compleet: {rows}.", "Saved, but not complete yet: {rows}."
    ),
    "table.incomplete.row": Text("rij {row} mist {cells}", "row {row} lacks {cells}"),
    "table.date.help": Text(
        "Dag-maand-jaar, bijvoorbeeld 31-12-2027.", "Day/month/year, for instance 31/12/2027."
    ),
    "table.position.help": Text(
        "De volgorde. Geef een rij een ander nummer om hem te verplaatsen: 1 komt bovenaan.",
        "The order. Give a row another number to move it: 1 goes to the top.",
    ),
    "starter.badge": Text("Modeltekst", "Model text"),
    "starter.notice": Text(
        "Dit is een voorbeeldtekst voor jullie sector. Pas hem aan aan jullie eigen"
        " praktijk, of neem hem bewust over.",
        "This is an example text for your sector. Adapt it to your own practice, or"
        " adopt it deliberately.",
    ),
    "starter.notice.many": Text(
        "{n} teksten hier zijn voorbeeldteksten voor jullie sector. Pas ze aan aan jullie"
        " eigen praktijk, of neem ze bewust over.",
        "{n} texts here are example texts for your sector. Adapt them to your own"
        " practice, or adopt them deliberately.",
    ),
    "starter.accept": Text("Overnemen zoals het er staat", "Adopt as it stands"),
    "starter.accept.help": Text(
        "Je hebt de tekst gelezen en hij klopt voor jullie organisatie. Een tekst die je"
        " aanpast, is vanzelf geen modeltekst meer.",
        "You have read the text and it is right for your organisation. A text you edit"
        " is no longer a model text anyway.",
    ),
    "starter.read": Text("Lees als document", "Read as a document"),
    "starter.read.help": Text(
        "De hele tekst onder elkaar, zoals hij in de richtlijn, het rapport en de"
        " zakkaart komt te staan, met de knop om hem over te nemen.",
        "The whole text in one place, as the guideline, the report and the pocket card"
        " will show it, with the button to adopt it.",
    ),
    "starter.whole": Text(
        "Hier staan nog {n} voorbeeldteksten voor jullie sector. Lees ze als één document"
        " en neem ze in één keer over als ze kloppen, of bekijk ze per onderdeel hieronder.",
        "{n} example texts for your sector are still here. Read them as one document and"
        " adopt them at once if they are right, or go through them part by part below.",
    ),
    "starter.read.title": Text("Modeltekst lezen", "Read the model text"),
    "starter.read.close": Text("Sluiten en zelf aanpassen", "Close and adapt it myself"),
    "same_as": Text("Zelfde als elders: {text}", "Same as elsewhere: {text}"),
    "who.none": Text("Nog niemand", "Nobody yet"),
    "who.other": Text("Iemand anders…", "Someone else…"),
    "who.other.label": Text("{label}: naam of functie", "{label}: name or role"),
    "who.other.placeholder": Text(
        "Bijvoorbeeld: Teamleiders, of Marieke de Vries", "For example: Team leaders, or Jane Smith"
    ),
    "yes": Text("Ja", "Yes"),
    "no": Text("Nee", "No"),
}
