"""Strings of sign-in: the signed-out page, the person in the sidebar, the open-network warning."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "signin.heading": Text("Inloggen", "Sign in"),
    "signin.why": Text(
        "De plannen in deze planner zijn van je organisatie. Log in met je account van"
        " het werk om ze te zien en eraan te werken.",
        "The plans in this planner belong to your organisation. Sign in with your work"
        " account to see them and work on them.",
    ),
    "signin.button": Text("Inloggen", "Sign in"),
    "signin.button.with": Text("Inloggen met {provider}", "Sign in with {provider}"),
    "signin.help": Text(
        "Lukt inloggen niet, of heb je nog geen account? Vraag het de beheerder van de"
        " planner in je organisatie.",
        "Cannot sign in, or no account yet? Ask whoever runs the planner in your organisation.",
    ),
    "signin.as": Text("Ingelogd als **{name}**", "Signed in as **{name}**"),
    "signin.out": Text("Uitloggen", "Sign out"),
    "exposure.banner": Text(
        "Deze planner is bereikbaar via het netwerk, maar niemand hoeft in te loggen:"
        " iedereen die hem bereikt kan elk plan zien en wijzigen. Vraag de beheerder om"
        " inloggen in te stellen, of om de planner alleen op deze computer te laten draaien.",
        "This planner can be reached over the network, but nobody has to sign in:"
        " anyone who reaches it can see and change every plan. Ask whoever runs it to"
        " set up sign-in, or to run the planner on this computer only.",
    ),
}
