"""``socialstrategy planner``: the same planner as ``make planner``, from an installed package.

The command replaces itself with Streamlit (``exec``): the process a service manager,
a terminal or a test started *is* the server, so a SIGTERM, SIGINT or SIGKILL sent to
it reaches Streamlit and leaves nothing running behind. Windows has no ``exec`` that
keeps the process; there the server runs as a child and Ctrl+C reaches both.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import click

from socialstrategy.cli._common import EXIT_USAGE, language
from socialstrategy.cli._group import cli
from socialstrategy.extras import require
from socialstrategy.planner import exposure
from socialstrategy.storage import STORE_VAR, StoreURLError, open_store
from socialstrategy.workspace import ENV_VAR

#: The settings of .streamlit/config.toml, passed as flags: an installed package has no
#: project folder for Streamlit to read it from. The colours meet WCAG AA (tests/a11y).
THEME = {
    "theme.base": "light",
    "theme.primaryColor": "#1a626b",
    "theme.backgroundColor": "#ffffff",
    "theme.secondaryBackgroundColor": "#f1f5f4",
    "theme.textColor": "#08181a",
    "client.toolbarMode": "minimal",
}


def command(
    port: int,
    headless: bool,
    address: str = exposure.DEFAULT_ADDRESS,
    secrets: Path | None = None,
) -> list[str]:
    """The ``streamlit run`` command line for the packaged planner."""
    script = Path(__file__).resolve().parent.parent / "planner" / "main.py"
    flags = [f"--{name}={value}" for name, value in THEME.items()]
    if secrets is not None:
        flags.append(f"--secrets.files={secrets}")
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        f"--server.port={port}",
        f"--server.address={address}",
        f"--server.headless={str(headless).lower()}",
        "--browser.gatherUsageStats=false",
        *flags,
    ]


@cli.command()
@click.option("--port", default=8501, show_default=True, help="Port to serve on.")
@click.option(
    "--workspace",
    type=click.Path(file_okay=False, path_type=Path),
    help=f"Folder for the plans (default: ${ENV_VAR}, else ./workspace).",
)
@click.option(
    "--address",
    envvar="STREAMLIT_SERVER_ADDRESS",
    default=exposure.DEFAULT_ADDRESS,
    show_default=True,
    help="Address to listen on (0.0.0.0: every network interface). Only with sign-in"
    " configured may it be another than this computer's; see the README, 'Sign-in'.",
)
@click.option(
    "--secrets",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Streamlit secrets file with the [auth] section for sign-in (default:"
    " .streamlit/secrets.toml here, else ~/.streamlit/secrets.toml).",
)
@click.option(
    "--store",
    "url",
    help=f"Where the plans are: a folder, sqlite:///… or postgresql://… (default: ${STORE_VAR}).",
)
@click.option("--open-browser/--no-browser", default=True, help="Open a browser tab.")
@click.pass_context
def planner(
    ctx: click.Context,
    *,
    port: int,
    workspace: Path | None,
    address: str,
    secrets: Path | None,
    url: str | None,
    open_browser: bool,
) -> None:
    """Start the planner in a browser (Dutch; English on a switch)."""
    require("planner")
    env = dict(os.environ)
    if workspace is not None:
        env[ENV_VAR] = str(workspace.resolve())
        env.pop(STORE_VAR, None)  # the folder asked for here wins over the environment's store
    if url is not None:
        try:
            open_store(url).close()  # a wrong URL is said here, not in the browser
        except StoreURLError as exc:
            click.echo(exc.describe(language(ctx)), err=True)
            ctx.exit(EXIT_USAGE)
        env[STORE_VAR] = url
    # The files Streamlit will read (it starts in this folder), checked here as well:
    # the planner itself warns only once a browser connects.
    files = [secrets.resolve()] if secrets else exposure.secrets_files(Path.cwd())
    if exposure.exposed(address, sign_in=exposure.has_auth(files)):
        click.secho("WARNING: " + exposure.warning(address), fg="red", bold=True, err=True)
    line = command(
        port,
        headless=not open_browser,
        address=address,
        secrets=secrets.resolve() if secrets else None,
    )
    serve(line, env)


def serve(line: list[str], env: dict[str, str]) -> NoReturn:
    """Become the server *line* starts (see the module's docstring)."""
    if os.name == "nt":  # pragma: no cover - exec on Windows starts a new process
        sys.exit(subprocess.call(line, env=env))
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(line[0], line, env)
