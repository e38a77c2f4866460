"""LibreOffice for the tests: where it is, and a workbook as it saves it.

Where LibreOffice (``soffice``) is not installed the test is skipped — and fails instead where
``WZ_REQUIRE_LIBREOFFICE=1`` (CI sets it wherever it could install LibreOffice), so a round trip
through real LibreOffice files is never silently left out.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def soffice_or_skip() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        if os.environ.get("WZ_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail("WZ_REQUIRE_LIBREOFFICE=1 but LibreOffice (soffice) is not installed")
        pytest.skip("LibreOffice (soffice) is not installed; set WZ_REQUIRE_LIBREOFFICE=1 to make this a failure")
    return found


def libreoffice_copy(source: Path, fmt: str, folder: Path) -> Path:
    """``source`` opened and saved by LibreOffice as ``fmt`` (xls, ods, xlsx), in ``folder``/lo-``fmt``
    (LibreOffice's profile in ``folder``/profile, so runs side by side do not share one)."""
    out = folder / f"lo-{fmt}"
    subprocess.run([soffice_or_skip(), f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                    "--norestore", "--convert-to", fmt, "--outdir", str(out), str(source)],
                   capture_output=True, timeout=240, check=True)
    return out / f"{source.stem}.{fmt}"
