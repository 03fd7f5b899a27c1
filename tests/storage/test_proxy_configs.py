"""The production proxy configurations the README shows (``deploy/``) are what Debian's
nginx and HAProxy accept: each checked by the proxy itself (``nginx -t``, ``haproxy -c``)
with a throwaway certificate where the real one would be. The README quotes them whole."""

from __future__ import annotations

import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest

from tests.conftest import ROOT

if TYPE_CHECKING:
    from pathlib import Path

DEPLOY = ROOT / "deploy"
CERTS = "/etc/ssl/planner"


@pytest.fixture
def certs(tmp_path: Path) -> Path:
    """A self-signed certificate and key, as the configurations name them."""
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-subj", "/CN=planner.example.org",
            "-keyout", str(tmp_path / "privkey.pem"), "-out", str(tmp_path / "fullchain.pem"),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    pem = (tmp_path / "fullchain.pem").read_bytes() + (tmp_path / "privkey.pem").read_bytes()
    (tmp_path / "planner.pem").write_bytes(pem)
    return tmp_path


def _with_certs(name: str, certs: Path) -> Path:
    text = (DEPLOY / name).read_text(encoding="utf-8")
    assert CERTS in text
    target = certs / name
    target.write_text(text.replace(CERTS, str(certs)), encoding="utf-8")
    return target


def test_the_nginx_configuration_passes_nginx_t(certs: Path) -> None:
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    site = _with_certs("nginx.conf", certs)
    main = certs / "main.conf"
    main.write_text(f"events {{}}\nhttp {{\n    include {site};\n}}\n", encoding="utf-8")
    done = subprocess.run(
        [nginx, "-t", "-c", str(main), "-p", str(certs), "-e", str(certs / "error.log"),
         "-g", f"pid {certs / 'nginx.pid'};"],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "test is successful" in done.stderr


def test_the_haproxy_configuration_passes_haproxy_c(certs: Path) -> None:
    haproxy = shutil.which("haproxy") or "/usr/sbin/haproxy"
    config = _with_certs("haproxy.cfg", certs)
    done = subprocess.run(
        [haproxy, "-c", "-f", str(config)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_broken_configuration_fails_the_check(certs: Path) -> None:
    """The check above can fail: nginx refuses a configuration missing a brace."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    site = _with_certs("nginx.conf", certs)
    site.write_text(site.read_text(encoding="utf-8").rstrip().removesuffix("}"), encoding="utf-8")
    main = certs / "main.conf"
    main.write_text(f"events {{}}\nhttp {{\n    include {site};\n}}\n", encoding="utf-8")
    done = subprocess.run(
        [nginx, "-t", "-c", str(main), "-p", str(certs), "-e", str(certs / "error.log"),
         "-g", f"pid {certs / 'nginx.pid'};"],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert done.returncode != 0


@pytest.mark.parametrize("name", ["nginx.conf", "haproxy.cfg"])
def test_the_readme_shows_the_configuration_that_is_checked(name: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert (DEPLOY / name).read_text(encoding="utf-8") in readme
