"""The texts an .ods shows for its number and date cells (ods_scan.shown_numbers: a date shown without
its year, an event number shown as 015) are read by a quick path: a row of plain cells is looked at only
in the asked columns, and the rows of sheets not asked about are passed over unread (a 100,000-task .ods
saved by LibreOffice: 50 s of import before, 10 s after). Both must give exactly what walking every
tag of every sheet gives, on every kind of row: merged, covered, repeated, hidden, formulas."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from wz_desktop.workbook import ods_scan

CORPUS = sorted((Path(__file__).parent / "data" / "corpus").glob("*.ods"))


def _tag_by_tag(monkeypatch, archive, names, columns):
    """The reference: every sheet asked (nothing passed over), every row walked tag by tag."""
    with monkeypatch.context() as m:
        m.setattr(ods_scan._Walker, "shown_simple", lambda self, body, asked: self.tags(body))
        return ods_scan.shown_numbers(archive, "x.ods", {name: columns for name in names})


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_the_quick_paths_read_what_walking_every_tag_reads(monkeypatch, path):
    assert len(CORPUS) >= 10
    with zipfile.ZipFile(path) as archive:
        names = list(ods_scan.scan(archive, path.name))
        for columns in ({0}, {2}, {3, 4}, {1, 5, 6}):
            reference = _tag_by_tag(monkeypatch, archive, names, columns)
            for name in names:
                quick = ods_scan.shown_numbers(archive, path.name, {name: columns})
                assert quick.get(name, {}) == reference.get(name, {}), (name, columns)
            assert ods_scan.shown_numbers(archive, path.name, {name: columns for name in names}) == reference


def test_the_texts_are_found_at_all():
    """Not a comparison of two empty readings: dates shown in the corpus come back as shown."""
    found = 0
    for path in CORPUS:
        with zipfile.ZipFile(path) as archive:
            names = list(ods_scan.scan(archive, path.name))
            found += sum(len(v) for v in ods_scan.shown_numbers(archive, path.name, {n: {2} for n in names}).values())
    assert found > 50
