"""Fixtures for the window tests: a database filled with made-up tasks, the main window on it,
and every message box and file dialog replaced by a recorder (no test ever waits on a modal)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from wz_desktop.domain.kinds import KIND_ORDER
from wz_desktop.domain.records import Origin, Task, TaskStatus

SUMMARIES = [
    "星海广场附近海域游客落水",
    "老人走失，家属求助寻找",
    "大黑山游客迷路求助",
    "社区应急救护培训",
    "核酸检测点秩序维护",
    "救援艇发动机保养",
]
SQUADS = ["甘井子分队", "水上救援分队", "山地救援分队", "中山分队、西岗分队", "机动分队"]
STATUSES = [TaskStatus.ARCHIVED, TaskStatus.APPROVED, TaskStatus.SUBMITTED, TaskStatus.RETURNED,
            TaskStatus.DISPATCHED, TaskStatus.CANCELLED]


def make_tasks(count: int, years: tuple[int, ...] = (2021, 2022), review_every: int = 0) -> list[Task]:
    """Made-up tasks: kinds in turn, years in turn, every departure distinct, some needing review."""
    tasks = []
    per_year: dict[int, int] = {}
    for i in range(count):
        year = years[i % len(years)]
        number = per_year[year] = per_year.get(year, 0) + 1
        kind = KIND_ORDER[i % len(KIND_ORDER)]
        when = dt.datetime(year, 1, 1, 6, 0) + dt.timedelta(minutes=97 * number)
        review = bool(review_every) and i % review_every == 0
        tasks.append(Task(
            kind=kind,
            event_no=f"WZ{year}-{number:04d}",
            summary=f"{SUMMARIES[i % len(SUMMARIES)]}（第{number}次）",
            departure=when.strftime("%Y-%m-%d %H:%M"),
            departure_raw=(f"{when.month}月{when.day}日{when.hour}点" if review else None),
            year=year,
            headcount=3 + i % 9,
            headcount_raw="七八人" if review else None,
            vehicles=1 + i % 3,
            squads=SQUADS[i % len(SQUADS)],
            remarks="夜间出队" if i % 4 == 0 else "",
            status=STATUSES[i % len(STATUSES)],
            origin=Origin.DEMO,
            needs_review=review,
        ))
    return tasks


def fill(store, tasks: list[Task], flags: dict[int, list[tuple]] | None = None) -> list[int]:
    with store.transaction():
        ids = store.tasks.insert_many(tasks, flags)
    if hasattr(store.tasks, "index_pending"):
        store.tasks.index_pending()
    return ids


@dataclass
class DialogRecorder:
    """What the window asked and told; set ``answers`` to decide what the 'user' picks."""

    calls: list[tuple[str, tuple]] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def texts(self, name: str) -> list[str]:
        return ["\n".join(str(a) for a in args if isinstance(a, str)) for n, args in self.calls if n == name]


@pytest.fixture(autouse=True)
def dialog_log(monkeypatch) -> DialogRecorder:
    from wz_desktop.ui import dialogs as module
    from wz_desktop.ui import export_dialog, share_review

    recorder = DialogRecorder()
    defaults = {
        "show_error": None, "show_warning": None, "show_info": None, "show_about": None,
        "show_export_done": None, "ask_yes_no": False, "ask_open_workbooks": [], "ask_save_file": None,
        "ask_export_target": None, "ask_dataset_target": None,
    }
    for name, default in defaults.items():
        def fake(*args, _name=name, _default=default, **kwargs):
            recorder.calls.append((_name, args[1:]))  # without the parent widget
            answer = recorder.answers.get(_name, _default)
            return answer(*args) if callable(answer) else answer
        owner = {"ask_export_target": export_dialog, "ask_dataset_target": share_review}.get(name, module)
        monkeypatch.setattr(owner, name, fake)
    return recorder


@pytest.fixture
def filled_store(store):
    """450 tasks over 2021 and 2022 (more than two pages), every seventh one to review."""
    fill(store, make_tasks(450, review_every=7))
    return store


@pytest.fixture
def make_window(qtbot):
    from wz_desktop.ui.context import AppContext
    from wz_desktop.ui.main_window import MainWindow

    def make(store):
        window = MainWindow(AppContext(store))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window, filled_store):
    """The main window on the task list (it opens on the desk)."""
    window = make_window(filled_store)
    window.show_page("tasks")
    return window


SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


def type_text(qtbot, widget, text: str) -> None:
    """Type into a widget as a person does: Latin characters as key clicks, Chinese through the input
    method (a commit string, as Pinyin input delivers it). QTest's keyClicks aborts on non-Latin-1."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    latin = ""
    for char in text + "\0":
        if char != "\0" and ord(char) < 128:
            latin += char
            continue
        if latin:
            qtbot.keyClicks(widget, latin)
            latin = ""
        if char != "\0":
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def demo_store(demo_file, tmp_path):  # demo_file: tests/conftest.py, built once per run
    """A copy of the demo database of its own, open."""
    import shutil

    from wz_desktop.store import Store

    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    store = Store.open(path)
    yield store
    store.close()


# --- the call form (test_call_form.py, test_call_form_alert.py) ------------------------------------

CALL_NOW = dt.datetime(2023, 7, 15, 20, 10)  # the form's clock unless a test gives another
CALL_OPERATOR = "值班秘书甲"  # who is at the desk (nobody is signed in)


@pytest.fixture
def call_context(store):
    """The window's context on ``store`` with the operator at the desk."""
    from wz_desktop.ui.context import AppContext

    ctx = AppContext(store)
    ctx.set_operator(CALL_OPERATOR)
    return ctx


@pytest.fixture
def make_call_form(qtbot, call_context):
    """Open the call form (a new call, or the draft ``call_id``) on its clock ``now``, shown, its
    window active and the time field focused, as the duty secretary finds it."""
    from wz_desktop.ui.call_form import CallForm

    def make(call_id=None, ctx=None, *, now=CALL_NOW):
        form = CallForm(ctx or call_context, call_id=call_id, now_provider=lambda: now)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        qtbot.waitUntil(lambda: form.received_edit.hasFocus())
        return form

    return make


# --- the charts page (test_charts_page.py, test_map_view.py) ---------------------------------------

def show_charts_page(qtbot, store, size: tuple[int, int] = (1200, 700)):
    """The 统计 page on ``store``, with a settings file of its own beside the database, shown at ``size``."""
    from PySide6.QtCore import QSettings

    from wz_desktop.ui.charts_page import ChartsPage
    from wz_desktop.ui.context import AppContext

    context = AppContext(store, QSettings(str(store.path.with_suffix(".ini")), QSettings.Format.IniFormat))
    page = ChartsPage(context)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    return page
