"""Strings of the channels step."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "channels.pick": Text("Kanaal om te bewerken", "Channel to edit"),
    "channels.what": Text("Het kanaal en wat het dient", "The channel and what it serves"),
    "channels.kind": Text("Soort kanaal", "Kind of channel"),
    "channels.name": Text("Naam van het account of de pagina", "Name of the account or page"),
    "channels.name.placeholder": Text(
        "bijvoorbeeld 'Facebook-pagina De Linde'", "for example 'De Linde Facebook page'"
    ),
    "channels.purposes": Text("Waarvoor gebruiken we het?", "What do we use it for?"),
    "channels.audiences": Text("Doelgroepen die we ermee bereiken", "Audiences it reaches"),
    "channels.audiences.help": Text(
        "De doelgroepen uit de stap Doelgroepen. Kies alleen doelgroepen die dit kanaal zelf"
        " gebruiken.",
        "The audiences from the Audiences step. Choose only audiences that use this channel"
        " themselves.",
    ),
    "channels.goals": Text("Doelen die het kanaal dient", "Goals the channel serves"),
    "channels.goals.help": Text(
        "Een kanaal zonder doel maakt van sociale media een doel op zich.",
        "A channel without a goal makes social media a goal in itself.",
    ),
    "channels.none_defined": Text(
        "Nog geen {what} vastgelegd; dat doe je in de stap {step}.",
        "No {what} recorded yet; you do that in the {step} step.",
    ),
    "channels.none_defined.audiences": Text("doelgroepen", "audiences"),
    "channels.none_defined.goals": Text("doelen", "goals"),
    "channels.run": Text("Beheer", "Running the channel"),
    "channels.owner": Text("Eigenaar", "Owner"),
    "channels.owner.help": Text(
        "Het team of de functie die plaatst, reacties bijhoudt en de inloggegevens beheert.",
        "The team or role that posts, keeps up with replies and manages the login.",
    ),
    "channels.rhythm": Text("Plaatsingsritme", "Posting rhythm"),
    "channels.rhythm.placeholder": Text(
        "bijvoorbeeld 'twee berichten per week'", "for example 'two posts a week'"
    ),
    "channels.client_contact": Text(
        "Gebruikt voor contact met individuele cliënten of verwanten",
        "Used for contact with individual clients or relatives",
    ),
    "channels.client_contact.help": Text(
        "Zet dit aan als medewerkers via dit kanaal met een cliënt of verwant over diens zorg"
        " communiceren. Denk aan het beroepsgeheim en de AVG: berichten op commerciële"
        " platforms als WhatsApp of Facebook staan buiten het cliëntdossier. Gebruik liever"
        " het cliëntportaal of een beveiligde berichtendienst, en leg afspraken vast in de"
        " richtlijn voor medewerkers.",
        "Turn this on when employees use this channel to communicate with a client or"
        " relative about their care. Mind professional secrecy and the GDPR: messages on"
        " commercial platforms such as WhatsApp or Facebook sit outside the client file."
        " Prefer the client portal or a secure messaging service, and record the agreements"
        " in the employee guideline.",
    ),
    "channels.own_name": Text(
        "Account van een zorgprofessional onder eigen naam",
        "A care professional's account under their own name",
    ),
    "channels.own_name.help": Text(
        "Zet dit aan voor een account dat een medewerker zelf voert als zorgprofessional,"
        " zoals een huisarts met medische uitleg op TikTok of een verpleegkundige op"
        " Instagram. De organisatie beheert het niet, maar de richtlijn moet zeggen wat"
        " daarbij geldt.",
        "Turn this on for an account an employee runs as a care professional, such as a GP"
        " explaining medical topics on TikTok or a nurse on Instagram. The organisation does"
        " not run it, but the guideline must say what applies.",
    ),
    "channels.review_site": Text(
        "Op een beoordelingssite beoordelen mensen jullie zorg, of je nu meedoet of niet."
        " Claim de vermelding, wijs een eigenaar aan en beantwoord beoordelingen binnen de"
        " reactietijd: kort en in algemene woorden, een individuele klacht via de"
        " klachtenregeling, en nooit met gegevens van een cliënt.",
        "On a review site people review your care, whether you take part or not. Claim the"
        " listing, name an owner and answer reviews within the response time: briefly and"
        " in general terms, an individual complaint through the complaints procedure, and"
        " never with a client's details.",
    ),
    "channels.notes": Text("Toelichting", "Notes"),
    "channels.answering": Text(
        "Reactietijd en bezettingstijden webcare", "Response time and moderation hours"
    ),
    "channels.answering.help": Text(
        "Beloof alleen een reactietijd die de bezettingstijden waar kunnen maken. 's Avonds"
        " en in het weekend blijven berichten het vaakst liggen.",
        "Only promise a response time the moderation hours can keep. In the evening and at"
        " weekends messages are most often left waiting.",
    ),
    "channels.response_hours": Text("Reactietijd in uren", "Response time in hours"),
    "channels.response_hours.help": Text(
        "Binnen hoeveel uur krijgt iemand een eerste reactie? Leeg laten als er geen"
        " reactie wordt beloofd.",
        "Within how many hours does someone get a first response? Leave empty when no"
        " response is promised.",
    ),
    "channels.weekdays": Text("Werkdagen overdag", "Weekdays, daytime"),
    "channels.evenings": Text("Werkdagen 's avonds", "Weekday evenings"),
    "channels.weekends": Text("Weekend en feestdagen", "Weekends and public holidays"),
    "channels.from": Text("Van", "From"),
    "channels.until": Text("Tot", "Until"),
    "channels.not_covered": Text("Niemand kijkt mee", "Nobody watches"),
    "channels.span_hours": Text("{hours} uur per dag", "{hours} hours a day"),
    "channels.example": Text(
        "**{name}** ({kind}) dient {purposes}. Eigenaar: {owner}.",
        "**{name}** ({kind}) serves {purposes}. Owner: {owner}.",
    ),
    "channels.example.hours": Text("Reactie binnen {hours} uur.", "Response within {hours} hours."),
    "channels.example.moderation": Text(
        "Bezettingstijden: {moderation}.", "Moderation hours: {moderation}."
    ),
    "channels.example.weekdays": Text("werkdagen {span}", "weekdays {span}"),
    "channels.example.evenings": Text("avonden {span}", "evenings {span}"),
    "channels.example.weekends": Text("weekend {span}", "weekends {span}"),
}
