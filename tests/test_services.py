"""The window and the command line do the same work through the same use cases (``services/``).

The command line's ``import`` and the window's import job both call
``services.imports.import_files``: shown by what they leave behind (the same tasks, the same audit
entry) and by a spy on the one function. A role that may not import is refused at the use case's
entry, before any file is read.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSWORD

from wz_desktop import cli
from wz_desktop.domain.roles import Actor, Role
from wz_desktop.services import event_numbers, exports, imports
from wz_desktop.services.roster import import_roster
from wz_desktop.services.session import SYSTEM_SESSION, Session
from wz_desktop.store import NotAllowed, Store

SAMPLE = Path(__file__).resolve().parent / "data" / "samples" / "2020年救援任务统计.xlsx"


def _stored(db: Path) -> tuple[list, list]:
    """What an import leaves: the year's rows as the workbook would hold them, and the import's
    audit entry without when and who."""
    with Store.open(db) as store:
        rows = sorted(store.tasks.workbook_rows(2020), key=repr)
        entries = [(e.table, e.action, e.field, e.old, e.new, e.note) for e in store.audit.entries()
                   if e.table == "imports"]
        return rows, entries


def _window_import(db: Path, session_of) -> list:
    """The window's import job as the worker runs it: its own store, the window's session."""
    from wz_desktop.ui.main_window import import_job

    with Store.open(db) as store:
        job = import_job([SAMPLE], session_of(store))
        return job(store, lambda percent, message: None, lambda: False)


@pytest.fixture
def calls(monkeypatch):
    """Every call of services.imports.import_files, by whom (the session's name)."""
    seen = []
    real = imports.import_files

    def spy(store, session, paths, **kwargs):
        seen.append(session.who)
        return real(store, session, paths, **kwargs)

    monkeypatch.setattr(imports, "import_files", spy)
    import wz_desktop.ui.main_window as main_window

    monkeypatch.setattr(main_window, "import_files", spy)
    return seen


def test_the_command_line_and_the_window_import_alike(tmp_path, calls, qapp):
    by_cli, by_window = tmp_path / "cli.db", tmp_path / "window.db"
    assert cli.main(["--db", str(by_cli), "import", str(SAMPLE)]) == cli.EXIT_OK
    reports = _window_import(by_window, Session.of)
    assert [r.ok for r in reports] == [True]
    assert calls == ["系统/命令行", "系统/命令行"]  # both went through import_files, as the system
    cli_rows, cli_audit = _stored(by_cli)
    window_rows, window_audit = _stored(by_window)
    assert len(cli_rows) == reports[0].added > 0
    assert cli_rows == window_rows
    assert cli_audit == window_audit and len(cli_audit) == 1


def test_the_window_imports_as_the_person_signed_in(tmp_path, quick_hashes, qapp):
    db = tmp_path / "w.db"
    with Store.open(db) as store:
        store.users.create_first_admin("admin", "管理员 王磊", PASSWORD)
        store.users.create("mishu", "值班秘书 陈静", PASSWORD, Role.SECRETARY, actor=store.audit.actor)

    def signed_in(store):
        store.sign_in("mishu", PASSWORD)
        return Session.of(store)

    assert [r.ok for r in _window_import(db, signed_in)] == [True]
    with Store.open(db) as store:
        assert [e.by for e in store.audit.entries() if e.table == "imports"] == ["值班秘书 陈静"]


def test_a_role_without_the_right_is_refused_at_the_entry(store, team):
    store.sign_in("gjz", PASSWORD)  # the leader of 甘井子分队
    leader = Session.of(store)
    assert leader.role == Role.LEADER and not leader.may("import")
    missing = Path("/nowhere/not-read.xlsx")  # refused before the file is looked at
    with pytest.raises(NotAllowed, match="无权导入数据"):
        imports.import_files(store, leader, [missing])
    with pytest.raises(NotAllowed):
        imports.import_workbook(store, missing, session=leader)
    with pytest.raises(NotAllowed):
        import_roster(store, missing, session=leader)
    assert store.imports.all() == []
    assert event_numbers.preview(store, 2024) == "WZ2024-0001"  # looking is open to all, and reserved nothing


def test_the_session_is_explicit(store, team):
    store.sign_in("mishu", PASSWORD)
    secretary = Session.of(store)
    assert (secretary.who, secretary.role) == ("值班秘书 陈静", Role.SECRETARY) and secretary.ticket is not None
    assert SYSTEM_SESSION.is_system and SYSTEM_SESSION.may("users")
    # another store of this process (a background job's) acts as the same person once entered
    with Store.open(store.path) as other:
        assert other.session is None
        secretary.enter(other)
        assert other.session == secretary.actor


@pytest.mark.qt  # the window's export job (ui.main_window): not in make check
def test_one_export_for_both(tmp_path, store):
    imports.import_files(store, SYSTEM_SESSION, [SAMPLE])
    by_cli = tmp_path / "cli.xlsx"
    assert cli.main(["--db", str(store.path), "export", "--year", "2020", "-o", str(by_cli)]) == cli.EXIT_OK
    from wz_desktop.ui.main_window import export_job

    with Store.open(store.path) as again:
        by_window = tmp_path / "window.xlsx"
        count = export_job(2020, by_window, SYSTEM_SESSION)(again, lambda *a: None, lambda: False)
        assert count == again.tasks.count_year(2020)
        assert exports.export_year(again, 2020, tmp_path / "direct.xlsx", session=SYSTEM_SESSION) == count
    import openpyxl

    def cells(path):
        return [[c.value for c in row] for ws in openpyxl.load_workbook(path) for row in ws.iter_rows()]

    assert cells(by_cli) == cells(by_window)


# --- one Settings object, whatever keeps each setting ------------------------------------------------

def test_every_setting_through_one_object(store, team, tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from wz_desktop.services.settings import SETTINGS, Settings
    from wz_desktop.store import backup_settings
    from wz_desktop.ui.settings import configured_language, open_settings

    settings = Settings(store, open_settings())
    assert settings.values() == {s.name: s.default for s in SETTINGS.values()}
    store.sign_in("mishu", PASSWORD)  # a secretary: this computer's settings yes, the team's no
    secretary = Session.of(store)
    with pytest.raises(NotAllowed):
        settings.save({"event_no_pattern": "DL{year}{seq:03d}", "language": "en"}, session=secretary)
    assert settings.get("language") == "zh_CN"  # refused before anything was written
    assert settings.save({"language": "en", "operator_name": "陈静"}, session=secretary) == ["language", "operator_name"]
    again = QSettings(str(open_settings().fileName()), QSettings.Format.IniFormat)
    assert again.value("ui/language") == "en" and configured_language() == "en"
    store.sign_in("admin", PASSWORD)
    admin = Session.of(store)
    folder = tmp_path / "copies"
    written = settings.save({"event_no_pattern": "DL{year}{seq:03d}", "backup_folder": folder, "keep_daily": 3},
                            session=admin)
    assert written == ["event_no_pattern", "backup_folder", "keep_daily"]
    assert event_numbers.preview(store, 2024) == "DL2024001"
    assert backup_settings.load_settings().keep_daily == 3 and store.database.backup_dir == folder
    assert settings.get("backup_folder") == folder
    changed = {e.field for e in store.audit.entries() if e.table == "settings"}
    assert {"event_no_pattern", "backup_folder", "keep_daily"} <= changed
    assert settings.save({"keep_daily": 3}, session=admin) == []  # unchanged: nothing written
    assert {e.by for e in store.audit.entries() if e.table == "settings"} == {"管理员 王磊"}
    store.sign_out()  # nobody signed in: the session's name (the desk's operator) is who the audit names
    settings.save({"keep_daily": 4}, session=Session(Actor("值班秘书乙")))
    assert [e.by for e in store.audit.entries() if e.field == "keep_daily"][0] == "值班秘书乙"


# --- a task's steps: who comes from the session, the right is checked at the entry -----------------

def test_a_task_step_is_written_under_the_session_and_refused_at_the_entry(store, team):
    import datetime as dt

    from wz_desktop.domain.kinds import TaskKind
    from wz_desktop.domain.lifecycle import Dispatch, DispatchMember
    from wz_desktop.services import tasks

    m = team["members"]
    form = Dispatch(kind=TaskKind.TRAINING, departure="2024-03-02 09:00", summary="冰面救援训练",
                    squad_ids=[team["squads"]["甘井子分队"]], leader_id=m["王建国"],
                    members=[DispatchMember(m["李海波"])])
    store.sign_in("gjz", PASSWORD)
    leader = Session.of(store)
    with pytest.raises(NotAllowed):
        tasks.dispatch(store, leader, form, now=dt.datetime(2024, 3, 2, 8, 0))
    assert store.tasks.total() == 0
    store.sign_in("mishu", PASSWORD)
    task_id = tasks.dispatch(store, Session.of(store), form, now=dt.datetime(2024, 3, 2, 8, 0))
    assert [h.by for h in store.flow.history(task_id)] == ["值班秘书 陈静"]
    with pytest.raises(NotAllowed):
        tasks.cancel(store, leader, task_id, "天气")  # the leader's session, whoever the store acted as
    store.sign_out()
    desk = Session(Actor(name="值班员 小李"))  # nobody signed in: the system's rights, the desk's name
    tasks.cancel(store, desk, task_id, "天气原因取消")
    assert store.flow.history(task_id)[-1].by == "值班员 小李"


def test_the_window_session_names_who_is_at_the_desk(store, qapp):
    from wz_desktop.ui.context import AppContext

    context = AppContext(store)
    context.set_operator("值班员 小李")
    assert context.session.who == "值班员 小李" and context.session.is_system


def test_backup_and_restore_one_use_case_for_both(store, team, monkeypatch):
    from wz_desktop.services import backups

    store.sign_in("mishu", PASSWORD)
    secretary = Session.of(store)
    copy = backups.backup_now(store, secretary)  # a copy changes nothing: anyone may take one
    assert copy in [info.path for info in backups.copies(store.path)]
    store.close()
    with pytest.raises(NotAllowed, match="无权修改设置"):  # refused before the lock or the copy is touched
        backups.restore(secretary, copy, store.path)
    assert not backups.restore(SYSTEM_SESSION, copy, store.path, confirm=lambda preview: False)  # asked: no
    admin = Session(Actor(name="管理员 王", role=Role.ADMIN))
    result = backups.restore(admin, copy, store.path)
    assert result.restored_from == copy and result.safety_copy is not None
    with Store.open(store.path) as restored:
        assert [e.by for e in restored.audit.entries() if e.action == "restore"] == ["管理员 王"]
    # the command line calls the same function, as the system
    seen = []
    real = backups.restore
    monkeypatch.setattr(backups, "restore", lambda session, *args, **kwargs: seen.append(session) or real(
        session, *args, **kwargs))
    assert cli.main(["--db", str(store.path), "restore", str(copy), "--yes"]) == 0
    assert seen == [SYSTEM_SESSION]


# What a use case only reads (no file written, no row changed): these alone may take no session.
READS_ONLY = {"attendance.members", "attendance.squads", "backups.copies", "backups.folders",
              "event_numbers.preview", "event_numbers.pattern", "settings.Settings.get",
              "settings.Settings.values", "settings.describe",
              # a missing person read from an alert or a call (the form shows it to confirm), where photos go
              "cases.from_alert", "cases.from_call", "cases.photo_folder"}


def _public_functions():
    """Every public function (and public method of a public class) defined in services/*."""
    import importlib
    import inspect
    import pkgutil

    import wz_desktop.services as package

    for info in pkgutil.iter_modules(package.__path__):
        if info.name == "session":
            continue
        module = importlib.import_module(f"wz_desktop.services.{info.name}")
        for name, obj in vars(module).items():
            if name.startswith("_") or getattr(obj, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(obj):
                yield f"{info.name}.{name}", obj
            elif inspect.isclass(obj):
                for attr, fn in vars(obj).items():
                    if inspect.isfunction(fn) and not attr.startswith("_"):
                        yield f"{info.name}.{name}.{attr}", fn


def test_every_use_case_that_writes_takes_the_session_without_a_default():
    """A caller that forgets the session fails at once (TypeError) instead of acting with every
    right (SYSTEM_SESSION); the command line passes SYSTEM_SESSION itself."""
    import inspect

    functions = dict(_public_functions())
    assert set(READS_ONLY) <= set(functions), set(READS_ONLY) - set(functions)
    assert "exports.export_year" in functions and "settings.Settings.save" in functions
    wrong = []
    for name, fn in functions.items():
        session = inspect.signature(fn).parameters.get("session")
        if session is None:
            if name not in READS_ONLY:
                wrong.append(f"{name}: no session")
        elif session.default is not inspect.Parameter.empty:
            wrong.append(f"{name}: session defaults to {session.default!r}")
    assert wrong == []
