"""The consent register for the privacy officer: PDF and CSV, read back."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import attrs
import pypdf
import pytest
from click.testing import CliRunner

import socialstrategy as ss
from socialstrategy.cli import cli
from socialstrategy.export import UnknownExportError, export, formats
from tests.conftest import STRATEGIES

YOUTH = STRATEGIES / "jeugdzorg-op-koers.toml"
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def youth() -> ss.Strategy:
    return ss.load(YOUTH)


def _pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def _rows(data: bytes, delimiter: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


def test_the_pdf_lists_every_record_and_marks_the_expired_one(youth: ss.Strategy) -> None:
    text = _pdf_text(export(youth, "pdf", document="consent", today=TODAY))
    assert "Toestemmingsregister beeldmateriaal" in text
    assert "Voor de functionaris gegevensbescherming" in text
    for record in youth.consents:
        assert record.pseudonym in text
    assert "Verlopen" in text  # the status column of the jongerenraad video
    assert "Toestemming verlopen" in text  # its finding, spelled out below the table
    assert "In orde" in text
    assert "Ingetrokken" in text  # the summer camp photo, taken down


def test_the_english_pdf_speaks_english(youth: ss.Strategy) -> None:
    text = _pdf_text(export(youth, "pdf", document="consent", language="en", today=TODAY))
    assert "Consent register for images" in text
    assert "Expired" in text
    assert "Verlopen" not in text


def test_an_empty_register_says_so() -> None:
    strategy = ss.Strategy(organisation=ss.Organisation(name="Zorggroep Leeg"))
    text = _pdf_text(export(strategy, "pdf", document="consent", today=TODAY))
    assert "Er staan nog geen beelden in het register." in text


def test_the_dutch_csv_opens_in_dutch_excel(youth: ss.Strategy) -> None:
    """UTF-8 with a byte order mark, ';' between fields, Dutch headers, ISO dates."""
    data = export(youth, "csv", document="consent", today=TODAY)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = _rows(data, ";")
    assert [row["Id"] for row in rows] == [r.id for r in youth.consents]
    video = rows[1]
    assert video["Cliënt (pseudoniem)"] == "Jongerenraadslid B."
    assert video["Leeftijd"] == "16 of 17 jaar"
    assert video["Gegeven"] == "2025-09-01"
    assert video["Geldig tot"] == "2026-09-01"
    assert video["Status"] == "Verlopen"
    assert "is op 1 september 2026 verlopen" in video["Bevindingen"]
    assert video["Kanalen in de toestemming"] == "TikTok van de jongerenraad, opkoers-jeugd.example"
    assert rows[3]["Ingetrokken"] == "2026-03-15"
    assert rows[0]["Getekend door"] == "De cliënt zelf, Ouder of voogd"


def test_the_english_csv_is_comma_separated_with_english_headers(youth: ss.Strategy) -> None:
    data = export(youth, "csv", document="consent", language="en", today=TODAY)
    rows = _rows(data, ",")
    assert rows[1]["Client (pseudonym)"] == "Jongerenraadslid B."
    assert rows[1]["Status"] == "Expired"
    assert rows[1]["Valid until"] == "2026-09-01"


def test_a_csv_cell_that_starts_a_formula_stays_text(youth: ss.Strategy) -> None:
    record = attrs.evolve(youth.consents[0], notes='=HYPERLINK("http://x")')
    strategy = attrs.evolve(youth, consents=(record,))
    (row,) = _rows(export(strategy, "csv", document="consent", today=TODAY), ";")
    assert row["Notities"] == '\'=HYPERLINK("http://x")'


def test_csv_is_only_for_the_consent_register(youth: ss.Strategy) -> None:
    assert "csv" in formats("consent")
    assert "csv" not in formats("report")
    with pytest.raises(UnknownExportError):
        export(youth, "csv", document="report")


def test_the_cli_writes_the_register_as_csv(tmp_path: Path) -> None:
    out = tmp_path / "register.csv"
    args = ["export", str(YOUTH), "--document", "consent", "--format", "csv", "-o", str(out)]
    result = CliRunner().invoke(cli, [*args, "--today", "2026-11-23"])
    assert result.exit_code == 0, result.output
    rows = _rows(out.read_bytes(), ";")
    assert len(rows) == 4


def test_the_cli_names_the_file_after_the_register(tmp_path: Path) -> None:
    args = ["export", str(YOUTH), "--document", "consent", "-o", str(tmp_path)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "jeugdzorg-op-koers-toestemmingsregister.pdf").is_file()


def test_the_cli_refuses_csv_for_another_document(tmp_path: Path) -> None:
    args = ["export", str(YOUTH), "--format", "csv", "-o", str(tmp_path / "x.csv")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "csv" in result.output
    assert "--document consent" in result.output
    assert not (tmp_path / "x.csv").exists()
