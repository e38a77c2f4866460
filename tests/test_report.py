"""The PDF reports (工作报告): a yearly and a monthly one on the demo database open (pdftoppm renders
every page), and their text (pdftotext) holds the same figures as the store gives the 统计 page;
a period without tasks is refused with the years there are; cancelling leaves no file; the
command line; the window's job and dialog.

pdftoppm / pdftotext (poppler-utils) read the PDF back; without them the tests that need them are
skipped, unless WZ_REQUIRE_POPPLER=1 (set by .ci/run where they are installed): then they fail.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from wz_desktop.domain.charts import ChartFilter
from wz_desktop.domain.kinds import KIND_ORDER
from wz_desktop.report import (
    ReportCancelled,
    ReportError,
    build_report,
    render_report_page,
)
from wz_desktop.store import Store
from wz_desktop.ui.labels import kind_label
from helpers.databases import copy_of

CHINESE = re.compile(r"[\u4e00-\u9fff]")
MADE_AT = dt.datetime(2023, 3, 5, 9, 30)


def _poppler() -> None:
    if shutil.which("pdftoppm") and shutil.which("pdftotext"):
        return
    if os.environ.get("WZ_REQUIRE_POPPLER") == "1":
        pytest.fail("WZ_REQUIRE_POPPLER=1 but pdftoppm / pdftotext (poppler-utils) are not installed")
    pytest.skip("pdftoppm / pdftotext (poppler-utils) are not installed; .ci/run installs them")


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    _poppler()
    args = ["pdftotext", "-layout", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True).stdout.decode("utf-8")


def rendered_pages(path: Path, out: Path) -> list[Path]:
    """Every page rendered by pdftoppm (which fails on a broken file)."""
    _poppler()
    out.mkdir(exist_ok=True)
    result = subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(out / "page")], capture_output=True)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert b"Error" not in result.stderr, result.stderr
    return sorted(out.glob("page*.png"))


def row(*cells) -> re.Pattern:
    """A table row in pdftotext -layout's text: the cells in order, separated by spaces."""
    return re.compile(r"(?m)^\s*" + r"\s+".join(re.escape(str(c)) for c in cells) + r"\s*$")


@pytest.fixture
def out(tmp_path) -> Path:
    """An empty folder for the files a test writes (tmp_path also holds the settings folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file):
    store = Store.open(copy_of(demo_file, tmp_path_factory.mktemp("report")))
    yield store
    store.close()


@pytest.fixture(scope="module")
def reports(demo, tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("pdf")
    yearly = build_report(demo, folder / "2022年度工作报告.pdf", 2022, made_at=MADE_AT)
    monthly = build_report(demo, folder / "2023年02月工作简报.pdf", 2023, 2, made_at=MADE_AT)
    return {"yearly": yearly, "monthly": monthly, "folder": folder}


# --- the files -------------------------------------------------------------------------------------

@pytest.mark.parametrize("which", ["yearly", "monthly"])
def test_the_pdf_opens_and_every_page_renders(reports, which, tmp_path):
    result = reports[which]
    data = result.path.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    pages = rendered_pages(result.path, tmp_path / which)
    assert len(pages) == result.pages >= 3
    info = subprocess.run(["pdfinfo", str(result.path)], capture_output=True).stdout.decode("utf-8")
    assert "595 x 842 pts (A4)" in info
    assert f"Pages:           {result.pages}" in info
    assert not list(result.path.parent.glob(".*.part"))  # no temporary file left beside it


@pytest.mark.parametrize("which", ["yearly", "monthly"])
def test_every_page_has_its_number_and_no_text_is_lost(reports, which):
    result = reports[which]
    for number in range(1, result.pages + 1):
        text = pdf_text(result.path, number, number)
        assert f"第 {number} 页，共 {result.pages} 页" in text
        assert result.title in text  # the footer's title
    whole = pdf_text(result.path)
    # searchable, copyable Chinese: 水 and 页, not the radicals ⽔ and ⻚ that share their glyphs
    assert not [c for c in whole if 0x2E80 <= ord(c) <= 0x2FDF]


def test_the_yearly_report_shows_the_key_figures_of_the_store(reports, demo):
    text = pdf_text(reports["yearly"].path)
    assert "大连万众应急救援队" in text and "2022 年度工作报告" in text
    assert "统计期间：2022-01-01 至 2022-12-31" in text
    assert "生成时间：2023-03-05 09:30" in text
    key = demo.charts.key_figures(ChartFilter(dt.date(2022, 1, 1), dt.date(2022, 12, 31)))
    before = demo.charts.key_figures(ChartFilter(dt.date(2021, 1, 1), dt.date(2021, 12, 31)))
    assert key.tasks == 1730  # the demo's 2022
    for kind in KIND_ORDER:
        f, b = key.by_kind[kind.value], before.by_kind[kind.value]
        assert row(kind_label(kind), f.tasks, f.people, f.vehicle_trips, f.people_helped, b.tasks).search(text), kind
    assert row("合计", key.tasks, key.people, key.vehicle_trips, key.people_helped, before.tasks).search(text)
    assert f"共执行任务 {key.tasks} 次，出队 {key.people} 人次、车辆 {key.vehicle_trips} 车次，救助群众 {key.people_helped} 人" \
        in text.replace("\n", "")


def test_the_yearly_report_shows_the_charts_figures(reports, demo):
    text = pdf_text(reports["yearly"].path)
    flt = ChartFilter(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    monthly = demo.charts.monthly_by_kind(flt)
    assert f"共 {monthly.total} 条任务" in text
    # each month's total written above its stacked bar
    totals = [int(n) for n in re.findall(r"\d+", " ".join(re.findall(r"(?m)^[\s\d]+$", text)))]
    for total in monthly.month_totals():
        assert total in totals
    response = demo.charts.response_minutes(flt)
    assert f"仅统计登记了来电的任务（{response.measured} 条），其余 {response.no_call} 条没有来电记录" in text
    assert f"中位数 {response.overall.median:g} 分钟" in text
    assert row("全部", response.overall.count, f"{response.overall.median:g}").search(text) or \
        re.search(rf"全部\s+{response.overall.count}\s+{response.overall.median:g}\s", text)
    hours = demo.charts.hour_weekday(flt)
    assert f"统计出队时间精确到时分的任务 {hours.timed} 条" in text
    searches = demo.charts.search_outcomes(flt)
    assert f"走失人员搜寻结果（城市搜救，共 {searches.total} 次）" in text
    for result, n in searches.counts:
        assert re.search(rf"{result or '未记录'}\s+{n}\s+{n / searches.total * 100:.1f}%", text), result
    for per_task in demo.charts.per_task_by_kind(flt):
        if per_task.tasks:
            assert re.search(rf"{kind_label(per_task.kind)}\s+{per_task.tasks}\s", text)


def test_the_yearly_report_has_the_squads_table_and_the_members(reports, demo):
    text = pdf_text(reports["yearly"].path)
    squads = demo.attendance.squad_summary(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert len(squads) >= 10
    load = {s.squad_id: s for s in demo.charts.squad_load(ChartFilter(dt.date(2022, 1, 1), dt.date(2022, 12, 31)))}
    for s in squads:
        hours = int(s.hours) if s.hours.is_integer() else f"{s.hours:.1f}"
        assert row(s.name, s.turnouts, s.people, s.vehicle_trips, s.members_active, hours,
                   f"{s.share * 100:.1f}%").search(text), s.name
        assert (load[s.squad_id].tasks, load[s.squad_id].people) == (s.turnouts, s.people)  # chart = table
    since = demo.attendance.first_recorded_day()
    assert since == "2022-03-01"
    assert f"自有记录的第一天（{since}）起" in text
    members = demo.attendance.member_summary(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    top = max(members, key=lambda m: m.hours)
    assert re.search(rf"\b1\s+{top.name}\s+{top.code}\s+{top.squad}\s+{top.tasks}\s", text)


def test_a_table_that_goes_on_repeats_its_header(reports):
    result = reports["yearly"]
    pages = [pdf_text(result.path, n, n) for n in range(1, result.pages + 1)]
    continued = [p for p in pages if "（续）" in p]
    assert continued  # the demo's response and squads tables go over a page
    for page in continued:
        caption = re.search(r"(\S+)（续）", page).group(1)
        header = {"响应时间（按类别、分队）": "中位数（分钟）", "分队出队与出勤": "出勤时长（小时）",
                  "走失人员搜寻结果": "占比", "队员出勤": "最近出勤", "各类任务": "任务数",
                  "每任务人数与车次": "人数中位数", "距最后出现地点的距离": "提示", "找到用时": "提示", "历年累计距离": "提示",
                  "结果与用时": "合计"}[caption]
        assert header in page


def test_the_monthly_report_compares_with_the_same_month_last_year(reports, demo):
    text = pdf_text(reports["monthly"].path)
    assert "2023 年 2 月工作简报" in text
    assert "统计期间：2023-02-01 至 2023-02-28" in text
    key = demo.charts.key_figures(ChartFilter(dt.date(2023, 2, 1), dt.date(2023, 2, 28)))
    before = demo.charts.key_figures(ChartFilter(dt.date(2022, 2, 1), dt.date(2022, 2, 28)))
    assert key.tasks > 0 and before.tasks > 0
    for kind in KIND_ORDER:
        f, b = key.by_kind[kind.value], before.by_kind[kind.value]
        assert row(kind_label(kind), f.tasks, f.people, f.vehicle_trips, f.people_helped, b.tasks).search(text), kind
    assert row("合计", key.tasks, key.people, key.vehicle_trips, key.people_helped, before.tasks).search(text)
    assert "去年同月任务数" in text
    assert "近 12 个月任务数（2022-03 至 2023-02，按类别堆叠）" in text
    twelve = demo.charts.monthly_by_kind(ChartFilter(dt.date(2022, 3, 1), dt.date(2023, 2, 28)))
    assert f"近 12 个月共 {twelve.total} 条任务" in text
    assert "2023 年 2 月与去年同月对比（按类别）" in text


# --- refusals, cancel, the font ----------------------------------------------------------------------

def test_a_year_without_tasks_is_refused_and_says_which_years_there_are(demo, qapp, out):
    target = out / "2019.pdf"
    with pytest.raises(ReportError) as info:
        build_report(demo, target, 2019)
    assert str(info.value) == "2019 年没有任务记录，无法生成报告。数据库中有任务的年份：2020、2021、2022、2023。"
    with pytest.raises(ReportError) as info:
        build_report(demo, target, 2023, 7)
    assert str(info.value) == "2023 年 7 月没有任务记录，无法生成报告。2023 年有任务的月份：1、2 月。"
    assert list(out.iterdir()) == []


def test_bad_targets_are_refused(demo, qapp, out):
    for target, message in ((out / "a.txt", "应以 .pdf 结尾"), (out / "none" / "a.pdf", "不存在"),
                            (out, "应以 .pdf 结尾")):
        with pytest.raises(ReportError, match=message):
            build_report(demo, target, 2022)
    with pytest.raises(ReportError, match="月份“13”无效"):
        build_report(demo, out / "a.pdf", 2022, 13)


@pytest.mark.parametrize("after", [1, 5, 12])
def test_cancel_leaves_no_file_and_keeps_an_old_one(demo, qapp, out, after):
    """Cancelled while gathering (1), while laying out (5) or while painting the pages (12)."""
    target = out / "report.pdf"
    target.write_bytes(b"the old report")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > after

    with pytest.raises(ReportCancelled):
        build_report(demo, target, 2022, cancelled=cancelled)
    assert target.read_bytes() == b"the old report"
    assert sorted(p.name for p in out.iterdir()) == ["report.pdf"]


def test_progress_goes_up_to_100(demo, qapp, out):
    seen = []
    build_report(demo, out / "r.pdf", 2023, 1, progress=lambda p, m: seen.append((p, m)))
    percents = [p for p, _ in seen]
    assert percents == sorted(percents) and percents[-1] == 100
    assert all(CHINESE.search(m) for _, m in seen)


def test_without_a_chinese_font_it_says_so_rather_than_print_boxes(demo, qapp, out, monkeypatch):
    from wz_desktop.report import build

    monkeypatch.setattr(build, "chinese_family", lambda: None)
    with pytest.raises(ReportError, match="没有找到可以显示中文的字体"):
        build_report(demo, out / "r.pdf", 2022)
    assert list(out.iterdir()) == []


def test_a_chinese_family_is_found(qapp):
    from PySide6.QtGui import QFontDatabase

    from wz_desktop.report.pages import chinese_family

    family = chinese_family()
    assert family is not None
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def test_the_colours_are_the_windows(qapp):
    from wz_desktop.report.build import KIND_COLORS
    from wz_desktop.ui.charts_page import KIND_COLORS as WINDOW_COLORS

    assert KIND_COLORS == WINDOW_COLORS


def test_radicals_become_ordinary_characters(tmp_path):
    from wz_desktop.report.pages import fix_text_mapping

    stream = b"2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<2F54> <4E07> <2EDA>]\n<0009> <0009> <2F24>\nendbfrange\n"
    pdf = tmp_path / "t.pdf"
    pdf.write_bytes(b"%PDF-1.4\n7 0 obj\n<< /Font /ToUnicode 9 0 R >>\nendobj\n9 0 obj\n<< /Length "
                    + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream\nendobj\n")
    size = pdf.stat().st_size
    assert fix_text_mapping(pdf) == 3
    data = pdf.read_bytes()
    assert len(data) == size  # nothing moved
    assert b"[<6C34> <4E07> <9875>]" in data and b"<0009> <0009> <5927>" in data


# --- the command line --------------------------------------------------------------------------------

def run(home: Path, *args) -> subprocess.CompletedProcess:
    env = {**os.environ, "WZ_DESKTOP_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("QT_QPA_PLATFORM", None)  # the command sets it up by itself where there is no display
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "wz_desktop", *map(str, args)], env=env, cwd=home,
                          capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=300)


def test_the_command_line_makes_a_report(demo, tmp_path):
    target = tmp_path / "月报.pdf"
    result = run(tmp_path, "--db", demo.path, "report", "--year", "2023", "--month", "2", "-o", target)
    assert result.returncode == 0, result.stderr
    assert "已生成《大连万众应急救援队 2023 年 2 月工作简报》" in result.stdout
    assert target.read_bytes().startswith(b"%PDF")
    key = demo.charts.key_figures(ChartFilter(dt.date(2023, 2, 1), dt.date(2023, 2, 28)))
    assert f"{key.tasks} 条任务" in result.stdout


def test_the_command_line_refuses_clearly(demo, tmp_path):
    for args, message in (
        (["--year", "2019"], "错误：2019 年没有任务记录，无法生成报告。数据库中有任务的年份：2020、2021、2022、2023。"),
        (["--year", "2022", "--month", "13"], "错误：月份“13”无效"),
    ):
        result = run(tmp_path, "--db", demo.path, "report", *args, "-o", tmp_path / "x.pdf")
        assert result.returncode == 1
        assert message in result.stderr
        assert "Traceback" not in result.stderr + result.stdout
    result = run(tmp_path, "--db", tmp_path / "none.db", "report", "--year", "2022", "-o", tmp_path / "x.pdf")
    assert result.returncode == 1 and "不存在" in result.stderr
    result = run(tmp_path, "report", "--month", "2", "-o", tmp_path / "x.pdf")
    assert result.returncode == 2 and "缺少必需的参数" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


# --- the window: the job, the dialog, the screenshot ----------------------------------------------------

def test_the_job_writes_the_report_in_a_worker_thread(qtbot, demo, tmp_path):
    from PySide6.QtWidgets import QWidget

    from wz_desktop.ui.report_dialog import report_job
    from wz_desktop.ui.worker import BackgroundTask

    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "r.pdf"
    threads = []

    job = report_job(2022, None, target)

    def watched(store, progress, cancelled):
        threads.append(threading.get_ident())
        return job(store, progress, cancelled)

    task = BackgroundTask(parent, demo.path, watched, title="生成报告", label="正在生成……")
    with qtbot.waitSignal(task.succeeded, timeout=60000) as blocker:
        task.start()
    result = blocker.args[0]
    assert result.path == target and result.tasks == 1730
    assert threads and threads[0] != threading.get_ident()
    assert len(rendered_pages(target, tmp_path / "png")) == result.pages

    failing = BackgroundTask(parent, demo.path, report_job(2019, None, tmp_path / "none.pdf"), title="生成报告",
                             label="正在生成……")
    with qtbot.waitSignal(failing.failed, timeout=60000) as blocker:
        failing.start()
    assert blocker.args[0].startswith("2019 年没有任务记录")
    assert not (tmp_path / "none.pdf").exists()


def test_the_job_can_be_cancelled(qtbot, demo, out):
    from PySide6.QtWidgets import QWidget

    from wz_desktop.ui.report_dialog import report_job
    from wz_desktop.ui.worker import BackgroundTask

    parent = QWidget()
    qtbot.addWidget(parent)
    target = out / "r.pdf"
    task = BackgroundTask(parent, demo.path, report_job(2022, None, target), title="生成报告", label="正在生成……")
    task.worker.cancel()  # asked to stop before it starts: it stops at the first look
    with qtbot.waitSignal(task.failed, timeout=60000) as blocker:
        task.start()
    assert blocker.args == ["操作已取消。"]
    assert list(out.iterdir()) == []


def test_the_dialog_asks_year_month_and_file(qtbot, tmp_path, monkeypatch):
    from wz_desktop.ui import dialogs, report_dialog
    from wz_desktop.ui.report_dialog import ReportDialog

    dialog = ReportDialog([(2023, 211), (2022, 1730)], str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.year() == 2023 and dialog.month() is None
    assert dialog.path() == tmp_path / "2023年度工作报告.pdf"
    dialog.year_combo.setCurrentIndex(1)
    dialog.month_combo.setCurrentIndex(dialog.month_combo.findData(2))
    assert (dialog.year(), dialog.month()) == (2022, 2)
    assert dialog.path() == tmp_path / "2022年02月工作简报.pdf"
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "r.pdf"))
    assert not dialog.validate() and "不存在" in dialog.error_label.text()
    dialog.path_edit.setText(str(tmp_path / "给合作方"))
    assert dialog.validate() and dialog.path() == tmp_path / "给合作方.pdf"
    (tmp_path / "给合作方.pdf").write_bytes(b"old")
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args: asked.append(args) or False)
    assert not dialog.validate() and asked

    monkeypatch.setattr(ReportDialog, "exec", lambda self: ReportDialog.DialogCode.Accepted)
    assert report_dialog.ask_report_target(None, [2022, 2021], str(tmp_path)) == (2022, None,
                                                                           tmp_path / "2022年度工作报告.pdf")
    monkeypatch.setattr(ReportDialog, "exec", lambda self: ReportDialog.DialogCode.Rejected)
    assert report_dialog.ask_report_target(None, [2022], str(tmp_path)) is None


def test_the_first_page_for_the_readme(demo, qapp, tmp_path):
    _poppler()
    png = render_report_page(demo, tmp_path / "shots")
    assert png == tmp_path / "shots" / "report-page.png"
    assert png.read_bytes().startswith(b"\x89PNG")
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert (image.width(), image.height()) == (496, 702)  # A4 at 60 dpi
