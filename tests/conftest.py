"""Shared fixtures: every test gets its own data folder and a fresh database file (as in Vorta).

Two lanes (README, "Tests"): ``make check`` runs ``-m "not slow and not qt"`` without pytest-qt, in
seconds; ``make test`` runs everything. A test is ``qt`` when it lives under tests/ui/ or asks for
``qtbot``/``qapp`` (marked here, at collection); in the fast lane a test that is not marked ``qt`` and
still loads Qt's widgets or GUI module fails (``_no_widgets_in_the_fast_lane``): mark it, or keep it off Qt.
Qt's core module is allowed there: the command line translates its messages and reads the window's
settings with it."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTEST_QT_API", "pyside6")  # pytest-qt's binding (not in pyproject: make check runs without it)

# loading any of these means a test built widgets or a QGuiApplication: that is a ``qt`` test
QT_GUI_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui", "pytestqt", "pyqtgraph")
QT_FIXTURES = {"qtbot", "qapp"}
TESTS = Path(__file__).resolve().parent
# whole folders and files of qt tests (they load widgets or QtGui when imported): not even
# collected in the fast lane
QT_PATHS = (TESTS / "ui", TESTS / "test_report.py", TESTS / "test_report_lost.py")


def _is_qt_path(path) -> bool:
    path = Path(str(path)).resolve()
    return any(path == qt or qt in path.parents for qt in QT_PATHS)


def _fast_lane(config) -> bool:
    """Qt tests are deselected (``-m "not qt"``, as ``make check`` does)."""
    expression = " ".join((config.getoption("markexpr") or "").split())
    return "not qt" in expression


def pytest_ignore_collect(collection_path, config):
    if _fast_lane(config) and _is_qt_path(collection_path):
        return True
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        if _is_qt_path(item.path) or QT_FIXTURES & set(item.fixturenames):
            item.add_marker(pytest.mark.qt)


_loaded_before: set[str] = set()


def _newly_loaded() -> list[str]:
    loaded = [name for name in QT_GUI_MODULES if name in sys.modules and name not in _loaded_before]
    _loaded_before.update(loaded)  # told once, by the first test or module that loaded them
    return loaded


def pytest_sessionstart(session):
    _loaded_before.update(name for name in QT_GUI_MODULES if name in sys.modules)


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    report = yield
    if isinstance(collector, pytest.Module) and _fast_lane(collector.config) and report.passed:
        loaded = _newly_loaded()
        if loaded:
            report.outcome = "failed"
            report.longrepr = (f"{collector.nodeid} loads {', '.join(loaded)} when imported: the fast lane "
                               "(make check) runs without Qt's widgets; add it to QT_PATHS in tests/conftest.py "
                               "or import them inside its qt tests")
    return report


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    result = yield
    if _fast_lane(item.config) and item.get_closest_marker("qt") is None:
        loaded = _newly_loaded()
        if loaded:
            pytest.fail(f"{item.nodeid} is not marked qt but loaded {', '.join(loaded)}: the fast lane "
                        "(make check) runs without Qt's widgets; mark it @pytest.mark.qt or keep it off them",
                        pytrace=False)
    return result

DATA = Path(__file__).parent / "data"
SAMPLES = DATA / "samples"
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".xlsx", ".xls"))


def truth_for(sample: Path) -> Path:
    return sample.with_name(sample.name.rsplit(".", 1)[0] + ".truth.json")


@pytest.fixture(autouse=True)
def app_home(tmp_path, monkeypatch) -> Path:
    """WZ_DESKTOP_HOME points at a fresh folder: no test touches the user's real data or settings."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("WZ_DESKTOP_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory) -> tuple[Path, dict, float]:
    """A demo database (wz_desktop.demo, default seed and clock), built once for the whole run:
    its path, the counts the build reported and the CPU seconds it took (tests/test_demo.py; CPU, not
    the wall clock: the build is all in this process, and other work on the machine does not count)."""
    import time

    from wz_desktop.demo import build_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    started = time.process_time()
    counts = build_demo_database(path)
    return path, counts, time.process_time() - started


@pytest.fixture(scope="session")
def demo_file(demo_build) -> Path:
    """The demo database built once per run: ``helpers.databases.copy_of`` it before opening it."""
    return demo_build[0]


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def fresh_database(tmp_path_factory) -> Path:
    """A new database, every migration run, closed: made once per run (opening a new file runs the
    migrations, ~70 ms; a copy of this one opens in a few). Tests of creating a database open their own."""
    from wz_desktop.store import Store

    path = tmp_path_factory.mktemp("fresh") / "fresh.db"
    Store.open(path).close()
    return path


@pytest.fixture
def new_database(fresh_database):
    """``new_database(path)``: a new, empty database at ``path`` (a copy of ``fresh_database``), its path."""
    import shutil

    def make(path: Path) -> Path:
        shutil.copyfile(fresh_database, path)
        return path

    return make


@pytest.fixture
def store(db_path, fresh_database):
    """A new, empty database of the test's own (a copy of ``fresh_database`` at ``db_path``), open."""
    import shutil

    from wz_desktop.store import Store

    shutil.copyfile(fresh_database, db_path)
    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def no_sign_in_dialog(request, monkeypatch):
    """The sign-in dialogs are modal: no test waits on one. A first run creates a test administrator
    as the dialog would (``TEST_ADMIN``); signing in picks the first active administrator. Tests of
    the dialogs themselves replace these again or drive the dialogs directly. Only for ``qt`` tests:
    the others never show a dialog and must not load the widgets."""
    if request.node.get_closest_marker("qt") is None:
        return
    import wz_desktop.ui.users as users

    def first_admin(context, parent=None):
        user = context.store.users.create_first_admin(*TEST_ADMIN)
        context.store._begin_session(user)  # as the dialog does: the password was just set
        return user

    def sign_in(context, parent=None):  # stands in for the dialog, which signs in with the password
        admins = [u for u in context.store.users.list(include_inactive=False) if u.role.value == "admin"]
        if admins:
            context.store._begin_session(admins[0])
        return admins[0] if admins else None

    monkeypatch.setattr(users, "ask_first_admin", first_admin)
    monkeypatch.setattr(users, "ask_sign_in", sign_in)


TEST_ADMIN = ("admin", "测试管理员", "test-password-1")
PASSWORD = "correct horse"  # the password of the users ``team`` creates


@pytest.fixture
def quick_hashes(monkeypatch):
    """Cheaper scrypt for the tests (the parameters are stored with each hash, so this is honest)."""
    from wz_desktop.store import users as users_module

    monkeypatch.setattr(users_module, "SCRYPT_N", 2 ** 10)
    monkeypatch.setattr(users_module, "SCRYPT_P", 1)
    monkeypatch.setattr(users_module, "_NOBODY", None)


@pytest.fixture
def team(store, quick_hashes):
    """Two squads, four members, a car, an administrator, a secretary and the leader of 甘井子分队."""
    from wz_desktop.domain.records import Member, Vehicle
    from wz_desktop.domain.roles import Role

    squads = {name: store.roster.add_squad(name, actor=store.roster.audit.actor) for name in ("甘井子分队", "水上救援分队")}
    members = {}
    for code, name, squad in (("WZ0001", "王建国", "甘井子分队"), ("WZ0002", "李海波", "甘井子分队"),
                              ("WZ0003", "张磊", "水上救援分队"), ("WZ0004", "刘洋", "水上救援分队")):
        members[name] = store.roster.add_member(Member(name=name, code=code, squad_id=squads[squad]), actor=store.roster.audit.actor)
    car = store.roster.add_vehicle(Vehicle(plate="辽B12345", name="救援车1"), actor=store.roster.audit.actor)
    admin = store.users.create_first_admin("admin", "管理员 王磊", PASSWORD)
    secretary = store.users.create("mishu", "值班秘书 陈静", PASSWORD, Role.SECRETARY, actor=store.audit.actor)
    leader = store.users.create("gjz", "甘井子分队 王建国", PASSWORD, Role.LEADER, squad_id=squads["甘井子分队"], actor=store.audit.actor)
    return {"squads": squads, "members": members, "car": car, "admin": admin, "secretary": secretary,
            "leader": leader}


@pytest.fixture
def clean_process_state(monkeypatch):
    """run_app installs exception hooks and a log handler: put them back afterwards."""
    import logging
    import sys
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
