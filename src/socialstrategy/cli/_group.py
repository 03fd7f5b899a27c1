"""The ``socialstrategy`` command group and its global options."""

from __future__ import annotations

import click

from socialstrategy.i18n import DEFAULT_LANGUAGE, LANGUAGES


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default=DEFAULT_LANGUAGE,
    envvar="SOCIALSTRATEGY_LANG",
    show_default=True,
    help="Language of messages, reports and new files (nl or en).",
)
@click.version_option(package_name="socialstrategy")
def cli(lang: str) -> None:
    """Social media strategies for care and welfare: think first, then act."""
