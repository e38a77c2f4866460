"""Screenshots of every screen for the README, at two screen sizes and in both languages, taken
through the real windows on a demo database in a temporary folder, on a frozen clock: a rerun gives
the same pictures.

    make screenshots
    # = .venv/bin/python docs/make_screenshots.py

Writes docs/screenshots/<size>/<lang>/NN-name.png for 1366x768 and 1600x1000, zh and en: the desk,
the calls page and its search, a call typed in, verified, dispatched with a pasted 接龙 list, the
attendance handed in and approved, a task's page, the task list, the roster and its dialogs, the
attendance figures, every chart, the export / report / settings / backup dialogs, the help, about,
the sign-in. Each picture is the whole (virtual) screen: a window that does not fit shows it.

Every size and language runs in a process of its own under ``xvfb-run`` (xvfb, fonts-noto-cjk);
the pictures are compressed with pngquant where it is installed. Nothing outside the temporary
folder and docs/screenshots is touched.

    docs/make_screenshots.py --only 1366x768/en   # one of the four
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES = ("1366x768", "1600x1000")
LANGUAGES = ("zh", "en")
# the frozen "now": a Saturday night in March; the demo's data ends that day
NOW = dt.datetime(2026, 3, 14, 21, 40)


# --- the driver: one demo database, then a child process per size and language ------------------

def build_database(path: Path) -> None:
    with frozen_clock():
        from wz_desktop.demo import build_demo_database

        build_demo_database(path, today=NOW.date(), now=NOW)


def frozen_clock():
    """time-machine's frozen clock (a dev dependency); without it, the real clock."""
    try:
        import time_machine
    except ImportError:  # pragma: no cover - the pictures then carry today's dates
        import contextlib

        print("time-machine is not installed: the pictures carry today's dates", file=sys.stderr)
        return contextlib.nullcontext()
    return time_machine.travel(NOW, tick=False)


def compress(folder: Path) -> None:
    pngquant = shutil.which("pngquant")
    if pngquant is None:
        print("pngquant not found: the pictures are left uncompressed")
        return
    files = sorted(str(p) for p in folder.rglob("*.png"))
    for start in range(0, len(files), 50):
        subprocess.run([pngquant, "--force", "--skip-if-larger", "--strip", "--quality", "50-85",
                        "--speed", "3", "--ext", ".png", *files[start:start + 50]], check=False)


def drive(only: list[str]) -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("xvfb-run is needed (apt-get install xvfb fonts-noto-cjk)", file=sys.stderr)
        return 1
    runs = [(size, lang) for size in SIZES for lang in LANGUAGES if not only or f"{size}/{lang}" in only]
    # one fixed folder (its name is on the status bar: a rerun gives the same pictures), removed after
    tmp = Path(tempfile.gettempdir()) / "wz-screens"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        return _drive(runs, only, xvfb, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _drive(runs, only, xvfb: str, tmp: Path) -> int:
    db = Path(tmp) / "demo.db"
    started = time.monotonic()
    build_database(db)
    print(f"demo database: {time.monotonic() - started:.1f} s")
    jobs = []
    for size, lang in runs:
        out = OUT / size / lang
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        home = Path(tmp) / f"{size}-{lang}"
        home.mkdir()
        copy = home / "万众演示.db"
        shutil.copy(db, copy)
        env = dict(os.environ, TZ="UTC", LANG="C.UTF-8", HOME=str(home), WZ_DESKTOP_HOME=str(home),
                   PYTHONPATH=str(ROOT))
        command = [xvfb, "-a", "-s", f"-screen 0 {size}x24", sys.executable, __file__, "--child",
                   "--size", size, "--lang", lang, "--db", str(copy), "--out", str(out)]
        log = open(home / "log.txt", "w")  # closed when the child is done
        jobs.append((size, lang, subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT), log,
                     home))
        while sum(1 for job in jobs if job[2].poll() is None) >= 2:
            time.sleep(0.5)
    failed = 0
    for size, lang, process, log, home in jobs:
        code = process.wait()
        log.close()
        text = (home / "log.txt").read_text(errors="replace")
        kept = Path(tempfile.gettempdir()) / f"wz-screens-{size}-{lang}.log"
        kept.write_text(text)
        problems = [line for line in text.splitlines() if line.startswith(("FAILED", "UNEXPECTED"))]
        print(f"{size}/{lang}: exit {code}, {len(list((OUT / size / lang).glob('*.png')))} pictures"
              + (f", {len(problems)} failed" if problems else ""))
        for line in problems:
            print("   ", line)
        if problems:
            print(f"    (the whole log: {kept})")
        if code != 0:
            failed += 1
            print(text[-3000:])
    if not only:  # the first page of a yearly report (pdftoppm, from poppler-utils)
        try:
            with frozen_clock():
                from wz_desktop.report import render_report_page
                from wz_desktop.store import Store

                store = Store.open(db)
                try:
                    render_report_page(store, OUT, year=NOW.year - 1)
                finally:
                    store.close()
            print("report-page.png")
        except Exception as exc:  # noqa: BLE001 - a missing pdftoppm must not cost the other pictures
            print(f"report-page.png not renewed: {exc}")
    for size, lang in runs:
        compress(OUT / size / lang)
    if not only:
        compress_file = OUT / "report-page.png"
        if compress_file.exists():
            compress(OUT)
    if not only:
        write_readme_table()
    total = sum(p.stat().st_size for p in OUT.rglob("*.png"))
    print(f"{total / 1e6:.1f} MB in {OUT}, {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


def index_table() -> str:
    """The README's table: every screen, a link per size and language."""
    names: dict[str, str] = {}  # in the order of the pictures
    for path in sorted(OUT.glob("*/*/*.png")):
        names.setdefault(path.stem.split("-", 1)[1], path.stem)
    words = {"zh": "中文", "en": "English"}
    head = "| screen | " + " | ".join(f"{size} {words[lang]}" for size in SIZES for lang in LANGUAGES) + " |"
    rows = [head, "|" + "---|" * (1 + len(SIZES) * len(LANGUAGES))]
    for name in names:
        cells = []
        for size in SIZES:
            for lang in LANGUAGES:
                found = sorted((OUT / size / lang).glob(f"*-{name}.png"))
                cells.append(f"[{lang}](docs/screenshots/{size}/{lang}/{found[0].name})" if found else "—")
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def write_readme_table() -> None:
    """The table in README.md between its two markers, renewed with the pictures."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- screenshots: written by docs/make_screenshots.py -->\n", "<!-- /screenshots -->"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        text = before + start + index_table() + end + rest.split(end, 1)[1]

    def renumbered(match: re.Match) -> str:  # a picture linked elsewhere in the README: its number now
        folder, name = match.group(1), match.group(2)
        found = sorted((ROOT / folder).glob(f"[0-9][0-9]-{name}.png"))
        return f"{folder}/{found[0].name}" if found else match.group(0)

    text = re.sub(r"(docs/screenshots/[0-9x]+/[a-z]+)/[0-9]{2}-([a-z0-9-]+)\.png", renumbered, text)
    readme.write_text(text, encoding="utf-8")


# --- a child: one size, one language ----------------------------------------------------------

class Tour:
    def __init__(self, app, out: Path):
        self.app = app
        self.out = out
        self.number = 0
        self.failed: list[str] = []
        self.expecting = False  # a modal dialog to picture is on its way
        self.focus = None  # the window the next picture is of (None: the whole screen)

    def settle(self, rounds: int = 6) -> None:
        for _ in range(rounds):
            self.app.processEvents()
            time.sleep(0.02)
        self.app.processEvents()

    def save(self, name: str, around=None) -> None:
        """The screen as the user sees it: all of it for a page, the part under a window for a
        window (``around``; what lies off the screen is missing from the picture too)."""
        self.settle(20)  # 0.4 s: a line edit's clear button fades in (a picture half-way differs each run)
        self.number += 1
        screen = self.app.primaryScreen()
        picture = screen.grabWindow(0)
        if around is not None and hasattr(around, "window"):
            frame = around.window().frameGeometry().adjusted(-8, -8, 8, 8)
            picture = picture.copy(frame.intersected(screen.geometry()))
        path = self.out / f"{self.number:02d}-{name}.png"
        picture.save(str(path))
        print(f"{path.name}")

    def shot(self, name: str, action) -> None:
        """``action`` shows something (and returns what to close); one failure costs one picture."""
        try:
            shown = action()
            for widget in shown if isinstance(shown, (list, tuple)) else [shown]:
                if hasattr(widget, "setProperty"):
                    widget.setProperty("wz_expected", True)  # a window-modal dialog of the picture
            if shown is not False:
                around = self.focus or next((w for w in (shown if isinstance(shown, (list, tuple)) else [shown])
                                             if hasattr(w, "window")), None)
                self.save(name, around)
            for widget in shown if isinstance(shown, (list, tuple)) else [shown]:
                if widget not in (None, False, True) and hasattr(widget, "close"):
                    self.close(widget)
        except Exception:  # noqa: BLE001 - the other pictures still count
            self.number += 1
            self.failed.append(name)
            print(f"FAILED {self.number:02d}-{name}")
            traceback.print_exc()
        self.focus = None
        self.settle()

    def close(self, widget) -> None:
        from PySide6.QtWidgets import QDialog

        if isinstance(widget, QDialog):
            widget.reject()
        (widget.window() if hasattr(widget, "window") else widget).close()

    def modal(self, name: str, trigger, prepare=None) -> None:
        """``trigger`` opens a modal dialog (exec): pictured from inside its own event loop, then closed."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        done: list[bool] = []

        def shoot(tries: int = 0) -> None:
            widget = QApplication.activeModalWidget()
            if widget is not None:
                widget.setProperty("wz_expected", True)
            if widget is None and tries < 20:
                QTimer.singleShot(100, lambda: shoot(tries + 1))
                return
            try:
                if widget is not None and prepare is not None:
                    prepare(widget)
                self.save(name, widget)
            except Exception:  # noqa: BLE001
                self.failed.append(name)
                print(f"FAILED {self.number:02d}-{name}")
                traceback.print_exc()
            done.append(True)
            if isinstance(widget, QDialog):
                widget.reject()
            elif widget is not None:
                widget.close()

        QTimer.singleShot(300, shoot)
        self.expecting = True
        try:
            trigger()
        except Exception:  # noqa: BLE001
            self.failed.append(name)
            print(f"FAILED {name} (opening)")
            traceback.print_exc()
        for _ in range(100):
            if done:
                break
            self.settle(1)
        self.expecting = False
        self.settle()


def pick(combo, value: str) -> bool:
    """Choose ``value`` (the stored word, Chinese) in a combo whatever the language shows."""
    for method in ("select_data", "select_text"):
        if hasattr(combo, method) and getattr(combo, method)(value):
            return True
    index = combo.findData(value)
    if index < 0:
        index = combo.findText(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def watchdog(shots: Tour):
    """A message box nobody expected (a refusal, a warning) is pictured, printed and closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or shots.expecting or widget.property("wz_expected"):
            return
        text = widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle()
        print(f"UNEXPECTED {type(widget).__name__}: {widget.windowTitle()}: {text}")
        shots.save("unexpected")
        widget.reject() if isinstance(widget, QDialog) else widget.close()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(1500)
    return timer


def tour(size: str, lang: str, db: Path, out: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wz_desktop.ui import app as app_module

    app_module.set_language_override("en" if lang == "en" else "zh_CN")
    app = app_module.application()
    app.styleHints().setCursorFlashTime(0)  # a steady text cursor: the same picture each run
    shots = Tour(app, out)
    guard = watchdog(shots)  # noqa: F841 - kept alive
    screen = app.primaryScreen().availableGeometry()

    from wz_desktop.demo import DEMO_ADMIN, DEMO_PASSWORD, DEMO_SECRETARY
    from wz_desktop.domain.workflow import moment_text
    from wz_desktop.ui import dialogs, users
    from wz_desktop.ui.context import AppContext

    store = app_module.open_store(db)
    if store is None:
        return 1
    context = AppContext(store)

    def sign_in():
        dialog = users.SignInDialog(context)
        dialog.login_edit.setText(DEMO_SECRETARY)
        dialog.password_edit.setText("********")
        dialog.show()
        return dialog

    shots.shot("sign-in", sign_in)
    store.sign_in(DEMO_SECRETARY, DEMO_PASSWORD)
    users._changed(context)

    yes = dialogs.ask_yes_no
    dialogs.ask_yes_no = lambda *args, **kwargs: True  # the tour answers yes, nothing waits on a question
    from wz_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    window.setGeometry(screen)
    window.show()
    shots.shot("desk", lambda: None)

    # --- the night: a call, verified, dispatched, back, reviewed -------------------------------
    now = dt.datetime.now().replace(second=0, microsecond=0)
    received = now - dt.timedelta(hours=3, minutes=10)  # the team went out at 18:50 and is back
    state: dict = {}

    def call_form():
        form = window.new_call()
        form.received_edit.setText(moment_text(received))
        pick(form.source_combo, "家属")
        form.caller_edit.setText("孙女士")
        form.phone_edit.setText("139 4115 2086")
        pick(form.district_combo, "甘井子区")
        form.place_edit.setText("红旗西路地铁站B口")
        form.description_edit.setPlainText("母亲，76岁，患阿尔茨海默症，上午9点独自出门未归，穿深蓝色棉衣、黑色布鞋")
        pick(form.kind_combo, "urban")
        state["call_form"] = shots.focus = form

    shots.shot("call-form", call_form)

    def logged():
        form = state["call_form"]
        state["call_id"] = form.log_call()
        return form

    shots.shot("call-logged", logged)

    def verify():
        from wz_desktop.ui.verify_form import VerifyForm

        form = window.calls_page.open_call(state["call_id"])
        assert isinstance(form, VerifyForm), form
        form.verified_edit.setText(moment_text(received + dt.timedelta(minutes=9)))
        form.choose_result("属实")
        note = "回拨家属核实，仍未找到；已通知甘井子分队"
        (form.note_edit.setPlainText if hasattr(form.note_edit, "setPlainText") else form.note_edit.setText)(note)
        state["verify"] = shots.focus = form

    shots.shot("verify-form", verify)
    if "verify" in state:
        state["verify"].save()
        shots.close(state["verify"])

    def dispatch():
        squad = store.roster.squad_by_name("甘井子分队")
        members = list(store.roster.members(squad.id, active_only=True))[:7]
        lines = ["【甘井子分队】红旗西路老人走失，地铁站B口集合，能去的接龙"]
        for number, member in enumerate(members, start=1):
            note = " 带车" if number in (2, 5) else (" 请假" if number == 7 else "")
            lines.append(f"{number}. {member.name}{note}")
        lines.append("8. 张晓峰")  # not on the roster: offered for adding
        form = window.dispatch_call(state["call_id"])
        form.departure_edit.setText(moment_text(received + dt.timedelta(minutes=40)))
        pick(form.kind_combo, "urban")
        form.summary_edit.setText("红旗西路76岁老人走失，地铁站B口集合搜寻")
        state["dispatch"] = shots.focus = form
        state["signup_text"] = "\n".join(lines)

    shots.shot("dispatch-form", dispatch)

    def signup():
        form = state["dispatch"]
        QApplication.clipboard().setText(state["signup_text"])
        dialog = form.open_signup()
        if hasattr(dialog, "text_edit") and not dialog.text_edit.toPlainText():
            dialog.text_edit.setPlainText(state["signup_text"])
        dialog.setProperty("wz_expected", True)  # window-modal: pictured, not closed by the watchdog
        state["signup"] = shots.focus = dialog

    shots.shot("dispatch-signup", signup)

    def signed_up():
        dialog = state.get("signup")
        if dialog is not None and dialog.isVisible():
            dialog.accept()
        shots.focus = state["dispatch"]

    shots.shot("dispatch-filled", signed_up)

    def dispatched():
        form = state["dispatch"]
        state["task_id"] = form.save()
        assert state["task_id"], "the dispatch was not saved"
        return form

    shots.shot("dispatch-saved", dispatched)
    shots.shot("desk-after-dispatch", lambda: window.show_page("desk"))

    def review_form():
        assert state.get("task_id"), "no task dispatched"
        store.sign_in(DEMO_ADMIN, DEMO_PASSWORD)  # hands the attendance in for the squad leader
        users._changed(context)
        review = window.review_task(state["task_id"])
        form = review.form
        form.returned_edit.setText(moment_text(now - dt.timedelta(minutes=10)))
        pick(form.result_combo, "找到平安")
        form.people_edit.setText("1")
        if hasattr(form, "mark_all_present"):
            form.mark_all_present()
        state["review"] = shots.focus = review

    shots.shot("review-form", review_form)

    def handed_in():
        assert "review" in state, "no review form"
        state["review"].form.submit()
        shots.focus = state["review"]

    shots.shot("review-handed-in", handed_in)

    def approved():
        store.sign_in(DEMO_SECRETARY, DEMO_PASSWORD)
        users._changed(context)
        shots.settle()
        review = state.get("review")
        assert review is not None, "no review form"
        if hasattr(review.form, "reload"):
            review.form.reload()
        review.form.approve()
        return review

    shots.shot("review-approved", approved)

    def task_page():
        reopened = store.database.one("SELECT task_id FROM reviews WHERE stage = 'reopened'")
        page = window.open_task(reopened or state.get("task_id"))
        return page

    shots.shot("task-page", task_page)

    def repeat_caller():  # the same family calls again: the number is recognised as it is typed
        form = window.new_call()
        form.phone_edit.setText("13941152086")
        shots.focus = form
        return form

    shots.shot("call-repeat-caller", repeat_caller)

    # --- a missing person: the alert pasted, the case on the map, the list, the notice ---------
    def call_form_alert():
        form = window.new_call()
        seen = now - dt.timedelta(hours=2)
        form.paste_alert(f"【110警情】接警时间：{moment_text(now - dt.timedelta(minutes=12))} 报警人：王丽（女） "
                         f"联系电话：138 4112 3456 事发地点：甘井子区红旗镇西山村 警情内容：报警人称其父亲王德福，男，78岁，"
                         f"患阿尔茨海默病，于今日{seen.hour}时许独自外出未归，身高约1米7，上身穿深蓝色羽绒服，下身黑色裤子。"
                         f"请万众救援队协助搜寻。派警单位：红旗派出所")
        shots.focus = form
        return form

    shots.shot("call-form-alert", call_form_alert)

    def case_list():
        listing = window.open_cases()
        listing.resize(min(1100, window.width()), min(620, window.height()))
        state["case_list"] = listing
        return listing

    shots.shot("case-list", case_list)

    def case_form():
        found = next(line for line in store.cases.lines(limit=2000)
                     if line.person.found is not None and line.person.category == "失智老人")
        state["case_id"] = found.case_id
        listing = state["case_list"]
        return listing._show(found.case_id)

    shots.shot("case-form", case_form)

    def notice():
        from wz_desktop.ui.notice_dialog import NoticeDialog

        searching = next(line for line in store.cases.lines(open_only=True, limit=2000)
                         if line.person.category == "失智老人")
        dialog = NoticeDialog(window.context, searching.case_id, window)
        for field in ("姓名", "性别", "年龄", "体貌特征", "最后出现地点", "最后出现时间"):
            dialog.checks[field].setChecked(True)  # what the family agreed to (saved to the case)
        dialog.show()
        return dialog

    shots.shot("case-notice", notice)
    if state.get("case_list") is not None:
        state["case_list"].close()

    # --- the pages ------------------------------------------------------------------------------
    # a message shown for some seconds ("已出队：…") is gone or not by the time of a picture: none is kept
    window.statusBar().messageChanged.connect(lambda text: text and window.statusBar().clearMessage())
    window.statusBar().clearMessage()
    def calls_page():
        window.show_page("calls")

    shots.shot("calls", calls_page)

    def calls_search():
        page = window.calls_page
        page.search_edit.setText("139 4115")
        if hasattr(page, "reload"):
            page.reload()

    shots.shot("calls-search", calls_search)
    window.calls_page.search_edit.clear()

    def task_list():
        window.show_page("tasks")
        window.task_page.select_row(1)

    shots.shot("tasks", task_list)

    def task_search():
        window.task_page.search_edit.setText("老人走失")
        window.task_page.reload()
        shots.settle(40)  # the search runs after a pause as it is typed, and pages in: let it all arrive

    shots.shot("tasks-search", task_search)
    window.task_page.search_edit.clear()
    window.task_page.reload()

    roster = window.roster_page
    shots.shot("roster-members", lambda: window.show_page("roster"))
    for index, name in ((1, "roster-squads"), (2, "roster-vehicles")):
        shots.shot(name, lambda index=index: roster.tabs.setCurrentIndex(index))
    roster.tabs.setCurrentIndex(0)

    def member_dialog():
        roster.select_member(store.roster.squad_by_name("甘井子分队").leader_id) if hasattr(roster, "select_member") else None
        dialog = roster.edit_current_member()
        return dialog

    shots.shot("roster-member-dialog", member_dialog)

    def squad_dialog():
        roster.tabs.setCurrentIndex(1)
        return roster.open_squad(store.roster.squad_by_name("甘井子分队").id)

    shots.shot("roster-squad-dialog", squad_dialog)

    def vehicle_dialog():
        roster.tabs.setCurrentIndex(2)
        vehicles = [v for v in store.roster.vehicles()] if hasattr(store.roster, "vehicles") else []
        return roster.open_vehicle(vehicles[0].id if vehicles else None)

    shots.shot("roster-vehicle-dialog", vehicle_dialog)
    roster.tabs.setCurrentIndex(0)

    attendance = window.attendance_page
    shots.shot("attendance-members", lambda: window.show_page("attendance"))
    for index, name in ((1, "attendance-squads"), (2, "attendance-member-history"), (3, "attendance-quiet")):
        def view(index=index):
            attendance.tabs.setCurrentIndex(index)
            if index == 2 and hasattr(attendance, "show_member"):
                leader = store.roster.squad_by_name("甘井子分队").leader_id
                if leader:
                    attendance.show_member(leader)

        shots.shot(name, view)

    charts = window.charts_page
    window.show_page("stats")
    for index in range(charts.tabs.count()):
        tab = charts.tabs.widget(index)
        name = type(tab).__name__.replace("Tab", "").lower()
        shots.shot(f"chart-{index + 1}-{name}", lambda index=index: charts.tabs.setCurrentIndex(index))
    charts.tabs.setCurrentIndex(0)

    # --- the dialogs ----------------------------------------------------------------------------
    window.show_page("desk")
    shots.modal("export-dialog", window.export_workbook)
    shots.modal("report-dialog", window.make_report)
    shots.modal("import-file-dialog", window.import_workbooks)
    shots.shot("settings", window.open_settings)
    shots.modal("backup-done", window.backup_now)
    shots.shot("backup-restore", window.open_restore)
    shots.modal("dataset-dialog", window.export_dataset)
    shots.shot("help-guide", lambda: window.show_help("guide"))
    shots.shot("help-shortcuts", lambda: window.show_help("shortcuts"))
    shots.modal("about", window.show_about)
    shots.modal("operator", window.ask_operator) if window.operator_action.isVisible() else None

    dialogs.ask_yes_no = yes
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            widget.close()
    window.close()
    store.close()
    QTimer.singleShot(0, app.quit)
    print(f"{shots.number} pictures, {len(shots.failed)} failed: {', '.join(shots.failed)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", default=[], help="size/lang, e.g. 1366x768/en (repeatable)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--table", action="store_true", help="print the README's table of the pictures")
    parser.add_argument("--size")
    parser.add_argument("--lang")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.table:
        print(index_table(), end="")
        return 0
    if not args.child:
        return drive(args.only)
    with frozen_clock():
        return tour(args.size, args.lang, args.db, args.out)


if __name__ == "__main__":
    sys.exit(main())
