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


def test_a_row_whose_repeat_is_not_its_last_cell_is_read_cell_by_cell(store, tmp_path):
    """Two empty cells as one repeat, then the values, then one empty styled cell (a writer that saves
    the used range only): taken for a row whose only repeat is the empty run at its end, its cells were
    counted one a column and the texts of a column landed in another: 015 was stored as 15, silently."""
    from test_hostile_files import ods, ods_number, ods_text
    from wz_desktop.services.imports import import_workbook
    from wz_desktop.services.session import SYSTEM_SESSION

    header = "".join(ods_text(t) for t in ["备注", "分队名称", "事件编号", "事件摘要", "出队时间", "出队人数", "出队车次"])
    rows = "".join(
        '<table:table-row><table:table-cell table:number-columns-repeated="2"/>'
        f'<table:table-cell office:value-type="float" office:value="{n}"><text:p>0{n}</text:p></table:table-cell>'
        + ods_text(f"任务{n}") + ods_text(f"2022-07-{n} 14:30") + ods_number(5) + ods_number(1)
        + '<table:table-cell table:style-name="ce1"/></table:table-row>' for n in range(11, 16))
    path = ods(tmp_path / "2022年.ods", f'<table:table table:name="水上救援"><table:table-row>{header}</table:table-row>'
               f"{rows}</table:table>")
    with zipfile.ZipFile(path) as archive:
        shown = ods_scan.shown_numbers(archive, path.name, {"水上救援": {2}})
    assert shown == {"水上救援": {(r, 2): f"0{10 + r}" for r in range(1, 6)}}
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok, report.error
    assert sorted(n for (n,) in store.database.execute("SELECT event_no FROM tasks")) == [f"0{n}" for n in range(11, 16)]


@pytest.mark.parametrize("shown", ["2022-03-17 00:00", "03/17/22 12:00 AM", "2022年3月17日 0时0分"])
def test_a_departure_at_midnight_in_an_ods_keeps_its_time(store, tmp_path, shown):
    """LibreOffice saves a date-time at 00:00 as the day alone (office:date-value="2022-03-17") with the
    text it shows; calamine gives a date. The text says a time: the departure is 00:00 of that day (a
    blind trial's .ods stored 2022-03-17, where the same book as .xls stored 2022-03-17 00:00)."""
    from test_hostile_files import ods, ods_number, ods_text
    from wz_desktop.services.imports import import_workbook
    from wz_desktop.services.session import SYSTEM_SESSION

    header = "".join(ods_text(t) for t in ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"])

    def row(no, value, text):
        return ("<table:table-row>" + ods_text(no) + ods_text("星海湾落水救援")
                + f'<table:table-cell office:value-type="date" office:date-value="{value}"><text:p>{text}</text:p>'
                  "</table:table-cell>" + ods_number(8) + ods_number(2) + ods_text("水上救援分队") + "</table:table-row>")

    table = ('<table:table table:name="水上救援"><table:table-row>' + header + "</table:table-row>"
             + row("WZ2022-0001", "2022-03-17", shown) + row("WZ2022-0002", "2022-03-18", "2022-03-18")
             + row("WZ2022-0003", "2022-03-19T14:30:00", "2022-03-19 14:30") + "</table:table>")
    path = ods(tmp_path / "2022年.ods", table)
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok, report.error
    stored = dict(store.database.execute("SELECT event_no, departure FROM tasks"))
    assert stored == {"WZ2022-0001": "2022-03-17 00:00", "WZ2022-0002": "2022-03-18", "WZ2022-0003": "2022-03-19 14:30"}
