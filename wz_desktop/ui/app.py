"""Starting the window: one QApplication, Chinese translations and font, the icon, a log file, an
excepthook that tells people instead of crashing, and the database opened with a clear message
when it cannot be (damaged, made by a newer version, locked).

``run_app(db_path, demo)`` is what ``wz-desktop`` (and ``python -m wz_desktop --demo``) calls.
"""
from __future__ import annotations

import logging
import signal
import sys
import threading
import traceback
from pathlib import Path

# the data layers before Qt: PySide6 reads the source of every module imported after it (its
# "feature" import hook), a good part of the start for the store's modules
from wz_desktop.store import Store, StoreError, backups
from wz_desktop.store.errors import DatabaseDamaged, describe_failure
from wz_desktop.store.lock import DatabaseLock

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from wz_desktop import APP_NAME, ORG_NAME, __version__
from wz_desktop.config import paths
from wz_desktop.logs import LOG_FILE_NAME, setup_logging  # LOG_FILE_NAME: tests and messages
from wz_desktop.ui import dialogs
from wz_desktop.ui.palette import app_icon
from wz_desktop.ui.settings import (  # noqa: F401  (set_language_override: the command line's, from here)
    configured_database,
    current_language,
    set_language_override,
)
from wz_desktop.ui.texts import message

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1

# fonts that draw Simplified Chinese well, by platform; the first one installed wins
CHINESE_FONTS = [
    "Microsoft YaHei UI", "Microsoft YaHei",  # Windows
    "PingFang SC", "Hiragino Sans GB",  # macOS
    "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei", "Droid Sans Fallback",
]

_translators: list[QTranslator] = []  # kept alive as long as the application


def _t(text: str) -> str:
    return QCoreApplication.translate("App", text)


# --- the application object ---------------------------------------------------------------------

def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (created here unless one exists, as in tests)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    configure_application(app)
    return app


def configure_application(app: QApplication) -> None:
    if app.property("wz_configured"):
        return
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    install_translations(app)  # also sets the default QLocale for the language
    apply_chinese_font(app)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    app.setProperty("wz_configured", True)


def install_translations(app: QApplication, language: str | None = None) -> list[str]:
    """The window's language: for 'en' our ``wz_desktop_en.qm`` (Qt's own strings are English
    already); for 'zh_CN' Qt's own Chinese (buttons of standard dialogs, context menus). Also sets
    the default QLocale. Returns what was loaded."""
    from wz_desktop.config import resources_dir

    language = language or current_language()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        wanted = [("wz_desktop_en", str(resources_dir() / "translations"))]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        wanted = [("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    names = [name for name, _ in wanted] + ([] if language == "en" else [QtGaps.NAME])
    for translator in [t for t in _translators if t.objectName() not in names]:  # the other language's
        app.removeTranslator(translator)
        _translators.remove(translator)
    loaded = []
    for name, folder in wanted:
        if any(t.objectName() == name for t in _translators):
            loaded.append(name)
            continue
        translator = QTranslator(app)
        translator.setObjectName(name)
        if translator.load(name, folder) or any(translator.load(name, str(other)) for other in _qt_translation_dirs()):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded.append(name)
        else:
            log.info("translation %s not found in %s", name, folder)
    if language != "en" and not any(t.objectName() == QtGaps.NAME for t in _translators):
        gaps = QtGaps(app)  # installed last: asked first
        app.installTranslator(gaps)
        _translators.append(gaps)
    return loaded


class QtGaps(QTranslator):
    """The few strings of Qt's own dialogs that Qt's Chinese leaves in English (the file dialog's
    "Look in:" and "Files of type:"), so that a Chinese window shows no English labels."""

    NAME = "qt_gaps_zh_CN"
    WORDS = {
        ("QFileDialog", "&Look in:"): "查找范围(&L)：",
        ("QFileDialog", "Look in:"): "查找范围：",
        ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
        ("QFileDialog", "Files of type:"): "文件类型：",
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName(self.NAME)

    def translate(self, context, source, disambiguation=None, n=-1):  # Qt's
        # None (a null string): not translated here, the next translator is asked
        return self.WORDS.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def _qt_translation_dirs() -> list[Path]:
    """Where else Qt's own translations may be (a bundle whose qt.conf points elsewhere): beside
    PySide6 itself, as the wheel and the PyInstaller hooks lay them out."""
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    return [folder for folder in (base / "Qt" / "translations", base / "translations") if folder.is_dir()]


def uninstall_translations(app: QApplication) -> None:
    """Remove every translator ``install_translations`` put in (tests switch languages with it)."""
    for translator in list(_translators):
        app.removeTranslator(translator)
        _translators.remove(translator)


def chinese_font_families() -> list[str]:
    installed = set(QFontDatabase.families())
    return [name for name in CHINESE_FONTS if name in installed]


def apply_chinese_font(app: QApplication) -> QFont:
    """A font that draws Simplified Chinese (not the Japanese shapes a fallback may pick), at the system size."""
    font = QFont(app.font())
    families = chinese_font_families()
    if families:
        font.setFamilies(families + [f for f in font.families() if f not in families])
        app.setFont(font)
    return font


# --- logging and unexpected errors ---------------------------------------------------------------

def unexpected_error_text(exc: BaseException) -> str:
    log_file = paths().log_dir / LOG_FILE_NAME
    return _t("发生了一个意外错误，刚才的操作可能没有完成。已经保存的数据不受影响。\n\n"
              "{0}：{1}\n\n详细信息已写入日志：{2}\n如果问题反复出现，请把日志文件发给维护人员。").format(
        type(exc).__name__, exc, log_file)


_showing_error = False


def flush_open_drafts() -> int:
    """Every top-level window that keeps forms (``flush_drafts``, the main window) saves what is typed
    in them as drafts, now. Returns how many windows did; one's failure doesn't stop the others."""
    flushed = 0
    for widget in QApplication.topLevelWidgets():
        flush = getattr(widget, "flush_drafts", None)
        if not callable(flush):
            continue
        try:
            flush()
            flushed += 1
        except Exception:
            log.exception("saving the drafts after an unexpected error")
    return flushed


def handle_exception(exc_type, exc, tb) -> None:
    """sys.excepthook: log it, keep what is typed in the forms, tell the user in Chinese, keep running."""
    global _showing_error
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("unexpected error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None or _showing_error:
        traceback.print_exception(exc_type, exc, tb)
        return
    _showing_error = True
    try:
        flushed = flush_open_drafts()
        text = unexpected_error_text(exc)
        if flushed:
            text += "\n\n" + _t("正在填写的表单已保存为草稿，再次打开时可以继续。")
        dialogs.show_error(QApplication.activeWindow(), _t("程序出错"), text)
    except Exception:  # noqa: BLE001 (the message box itself failed: the log has it)
        traceback.print_exception(exc_type, exc, tb)
    finally:
        _showing_error = False


def _thread_exception(args: threading.ExceptHookArgs) -> None:
    # not on the UI thread: no dialog here, only the log (workers report their errors as data)
    log.critical("unexpected error in thread %s", getattr(args.thread, "name", "?"),
                 exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def install_excepthook() -> None:
    sys.excepthook = handle_exception
    threading.excepthook = _thread_exception


# --- the database ------------------------------------------------------------------------------

def open_store(path: Path) -> Store | None:
    """Open (and migrate) the database with suspicion (``store.opening.open_checked``: the writers'
    lock, the integrity check within a budget); on failure tell the user why and return None.

    A damaged database (one that fails to open as such, or fails the check) and an emptied or
    missing one whose copies exist lead to an offer to restore one of its backups
    (``offer_restore``), never to a crash nor to a new, empty database."""
    from wz_desktop.store.errors import DatabaseEmptied
    from wz_desktop.store.lock import WINDOW
    from wz_desktop.store.opening import CHECK_BUDGET, open_checked

    try:
        store = open_checked(path, write=True, create=True, purpose=WINDOW, wait=0, budget=CHECK_BUDGET)
    except DatabaseEmptied as exc:
        log.error("database %s is missing or empty although it has copies: %s", path, exc)
        state = _t("是空的（0 字节）") if path.exists() else _t("不存在")
        return offer_restore(path, _t("数据库“{0}”{1}，但它有备份：这不是一个新数据库，不会新建。"
                                      "请恢复最新的完好备份。").format(path, state), None)
    except DatabaseDamaged as exc:
        log.error("database %s is damaged: %s", path, exc)
        problem = getattr(exc, "problem", None)
        if problem is None:  # it did not even open
            return offer_restore(path, message(exc), None)
        text = _t("数据库“{0}”已损坏：{1}").format(path.name, message(problem))
        if getattr(exc, "foreign", False):  # another program's database: nothing of ours to read in it
            return offer_restore(path, text, None)
        from wz_desktop.store.opening import remove_new_sides, sides_absent

        absent = sides_absent(path)
        result = offer_restore(path, text, _open_read_only(path, message(problem)))
        if result is None:  # declined: the file is left as it was found, without the -wal/-shm of the reading
            remove_new_sides(absent)
        return result
    except StoreError as exc:
        log.error("cannot open database %s: %s", path, exc)
        dialogs.show_error(None, _t("无法打开数据库"),
                           _t("{0}\n\n万众救援台将退出。数据库文件没有被改动。").format(message(exc)))
        return None
    except OSError as exc:
        log.error("cannot open database %s: %s", path, exc)
        dialogs.show_error(None, _t("无法打开数据库"),
                           _t("无法打开或创建数据库“{0}”：{1}\n\n请检查文件夹是否存在、是否有写入权限。").format(
                               path, message(describe_failure(exc))))
        return None
    except Exception as exc:  # e.g. the file is locked by another program in a way SQLite reports oddly
        log.exception("cannot open database %s", path)
        dialogs.show_error(None, _t("无法打开数据库"),
                           _t("无法打开数据库“{0}”：{1}\n\n万众救援台将退出。").format(path, message(describe_failure(exc))))
        return None
    if store.database.migration_backup:
        log.info("database migrated from version %s; copy kept at %s", store.database.migrated_from,
                 store.database.migration_backup)
    return store


def _open_read_only(path: Path, problem: str) -> Store | None:
    """A damaged database opened to read what can still be read (exports), every write refused."""
    from wz_desktop.store.db import refuse_path

    refuse_path(path, _t("数据库“{0}”已损坏（{1}），只能查看和导出，不能修改。请从备份恢复。").format(path.name, problem))
    try:
        return Store.open(path, maintain=False)
    except Exception:
        log.exception("the damaged database %s does not open even to read", path)
        return None


def offer_restore(path: Path, problem: str, store: Store | None) -> Store | None:
    """The database is damaged: offer its backups (newest good one first) and restore the chosen one.

    ``store`` is the damaged database if it did open (the user may then carry on with it), None if
    not. Returns the store to work on, or None (the application quits; the file is untouched)."""
    from wz_desktop.ui import backup_dialog

    infos = backups.backups_of(path)
    if not any(info.usable for info in infos):
        if store is None:
            dialogs.show_error(None, _t("无法打开数据库"),
                               _t("{0}\n\n没有找到可以用来恢复的备份。万众救援台将退出。数据库文件没有被改动。").format(problem))
            return None
        dialogs.show_warning(None, _t("数据库已损坏"),
                             _t("{0}\n\n没有找到可以用来恢复的备份。程序仍会打开这个数据库，但只能查看和导出，不能修改，"
                                "部分记录可能读不出或不完整：请尽快导出各年份的工作簿，并联系维护人员。").format(problem))
        return store
    while True:
        choice = backup_dialog.ask_restore_damaged(None, path, problem, infos, store is not None)
        if choice is None:
            if store is not None:
                store.close()
            dialogs.show_info(None, _t("万众救援台将退出"), _t("数据库没有被改动。"))
            return None
        action, info = choice
        if action == "open":
            log.warning("carrying on with the damaged database %s (read-only)", path)
            return store
        if store is not None:
            store.close()
            store = None
        try:
            from wz_desktop.services import backups as backup_service
            from wz_desktop.services.session import SYSTEM_SESSION

            result = backup_service.restore(SYSTEM_SESSION, info.path, path)  # nobody signed in yet
            restored = Store.open(path)
        except StoreError as exc:
            log.error("restore of %s from %s failed: %s", path, info.path, exc)
            dialogs.show_error(None, _t("恢复失败"), message(exc))
            infos = [i for i in infos if i.path != info.path]
            if not any(i.usable for i in infos):
                return None
            continue
        text = _t("已用 {0} 的备份恢复数据库：{1} 条任务。").format(
            info.taken_at.strftime("%Y-%m-%d %H:%M"), result.preview.tasks)
        if result.safety_copy:
            text += "\n" + _t("损坏的数据库已另存为：{0}").format(result.safety_copy)
        dialogs.show_info(None, _t("数据库已恢复"), text)
        return restored


def build_demo_database(path: Path) -> dict:
    """The demo data (``wz_desktop.demo``); a function of its own so that tests can replace it."""
    import datetime as dt

    from wz_desktop.demo import build_demo_database as build

    return build(path, today=dt.date.today())  # one clock: the newest tasks and the night's calls are today's


def prepare_demo_database(path: Path) -> Path | None:
    """A fresh demo database at ``path``, replacing an old one. None (and a message) if it cannot be made."""
    try:
        for old in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if old.exists():
                old.unlink()
        path.parent.mkdir(parents=True, exist_ok=True)
        build_demo_database(path)
    except Exception as exc:
        log.exception("cannot build the demo database at %s", path)
        dialogs.show_error(None, _t("无法生成演示数据库"),
                           _t("无法在“{0}”生成演示数据库：{1}").format(path, exc))
        return None
    return path


# --- running -----------------------------------------------------------------------------------

def run_event_loop(app: QApplication) -> int:
    """The Qt event loop; Ctrl+C in the terminal closes the window as the menu would."""
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, lambda *_: app.closeAllWindows())
    ticker = QTimer()  # lets Python see the signal while Qt waits
    ticker.timeout.connect(lambda: None)
    ticker.start(300)
    try:
        return app.exec()
    finally:
        ticker.stop()
        signal.signal(signal.SIGINT, previous)


def database_path(db_path: Path | None = None, demo: bool = False) -> Path:
    """The database to open: the demo's, the one given (``--db``), the one chosen in the settings
    dialog (``ui/settings.py``, from the next start), or the default beside the settings."""
    if demo:
        return paths().demo_db
    if db_path:
        return Path(db_path)
    return configured_database() or paths().default_db


def run_app(db_path: Path | None = None, demo: bool = False) -> int:
    """Open the window on ``db_path`` (default: the user's database), or on a fresh demo database.

    Returns the exit code: 0 after a normal close, 1 when the database could not be opened.
    """
    app = application()
    setup_logging()
    install_excepthook()
    log.info("starting %s %s", APP_NAME, __version__)
    path = database_path(db_path, demo)
    lock = take_lock(path)  # before the demo is made afresh: never under another window's feet
    if lock is None:
        return EXIT_FAILED
    try:
        if demo and prepare_demo_database(path) is None:
            return EXIT_FAILED
        return _run_window(app, path, demo)
    finally:
        lock.release()


def wait_for_task(app: QApplication, task, seconds: float) -> bool:
    """Let a ``BackgroundTask`` finish (its end is delivered through the event loop). True if it did."""
    import time

    deadline = time.monotonic() + seconds
    while task.running and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    return not task.running


TAKE_LOCK_GRACE = 2.0  # seconds


def take_lock(path: Path) -> DatabaseLock | None:
    """The database's lock for this window; None (after telling) when another window holds it.

    The second copy is told and quits: a read-only window would need every form to know it is one,
    and the person almost always wants the window that is already open."""
    lock = DatabaseLock(path)
    try:
        # a moment's grace: a command that is just finishing, or a program looking whether the
        # database is free, holds the lock for an instant; only a holder that stays is another window
        if lock.acquire(wait=TAKE_LOCK_GRACE):
            return lock
    except OSError as exc:  # no lock file possible (a read-only folder): SQLite still keeps writes safe
        log.warning("cannot create the lock file %s: %s", lock.path, exc)
        return lock
    who = lock.holder() or {}
    log.warning("database %s is held by another program (%s)", path, who)
    if who.get("purpose", "window") != "window":  # an import, a restore, a migration: say which
        dialogs.show_error(None, _t("数据库已在使用中"),
                           _t("{0}\n\n本窗口将关闭，数据库没有被改动。").format(message(lock.holder_text())))
        return None
    details = []
    if who.get("since"):
        details.append(_t("自 {0} 起").format(who["since"]))
    if who.get("pid"):
        details.append(_t("进程号 {0}").format(who["pid"]))
    detail = _t("（{0}）").format(_t("，").join(details)) if details else ""
    dialogs.show_error(None, _t("数据库已在使用中"),
                       _t("数据库已在另一个万众救援台窗口中打开{0}：\n{1}\n\n同一个数据库同时只能在一个窗口中使用，"
                          "请切换到那个窗口继续工作。本窗口将关闭。").format(detail, path))
    return None


def finish_check_later(window, store) -> threading.Thread | None:
    """The integrity check that did not finish within its budget at the start (a very large
    database), run to its end in a thread of its own (its own read-only connection). If it fails,
    every write is refused from then on and the user is told which copy to restore. Returns the
    thread (None: nothing left to check)."""
    if not getattr(store, "unchecked", False):
        return None
    from wz_desktop.store.opening import check_file, restore_hint

    path = store.path
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["result"] = check_file(path, budget=None)
        except Exception:  # the check must never bring the window down
            log.exception("background integrity check of %s", path)

    def poll() -> None:
        if thread.is_alive():
            return
        timer.stop()
        result = outcome.get("result")
        store.unchecked = False
        if result is None or result.ok:
            log.info("background integrity check of %s: %s", path, "ok" if result else "not run")
            return
        problem = message(result.problems[0])
        log.error("background integrity check of %s failed: %s", path, problem)
        store.database.refuse(_t("数据库“{0}”已损坏（{1}），只能查看和导出，不能修改。请从备份恢复。").format(path.name, problem))
        dialogs.show_error(window, _t("数据库已损坏"),
                           _t("数据库“{0}”未通过完整性检查：{1}\n\n从现在起不再写入、不再备份这个文件，只能查看和导出。"
                              "请用“文件 → 从备份恢复”恢复：{2}").format(path, problem, message(restore_hint(path))))

    thread = threading.Thread(target=run, name="integrity-check", daemon=True)
    timer = QTimer(window)
    timer.timeout.connect(poll)
    thread.start()
    timer.start(100)
    return thread


def _run_window(app: QApplication, path: Path, demo: bool) -> int:
    store = open_store(path)
    if store is None:
        return EXIT_FAILED

    from wz_desktop.ui.context import AppContext

    context = AppContext(store)
    from wz_desktop.ui.users import sign_in_at_start

    if not sign_in_at_start(context, None, demo=demo):  # nobody signed in: quit, nothing changed
        store.close()
        return EXIT_OK
    # the window's pages (charts: pyqtgraph, numpy) load while nobody waits at the sign-in
    from wz_desktop.ui import backup_dialog
    from wz_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    window.show()
    QTimer.singleShot(0, window.start_prefetch)  # the charts read ahead once the window is up
    if store.database.migration_backup:
        window.statusBar().showMessage(
            _t("数据库结构已升级，升级前的副本保存在：{0}").format(store.database.migration_backup), 15000)
    checker = finish_check_later(window, store)
    daily = None
    if not demo and store.database.refused is None:
        try:
            daily = backup_dialog.start_daily_backup(window, store)
            if daily is not None and hasattr(window, "_update_backup_label"):
                daily.succeeded.connect(lambda *args: window._update_backup_label())  # 最近备份 on the status bar
        except Exception:  # the copy is a convenience: never a reason not to open
            log.exception("starting the daily backup")
    try:
        code = run_event_loop(app)
    finally:
        if daily is not None and not wait_for_task(app, daily, 60):
            log.warning("the daily backup did not finish in time")
        if checker is not None:
            checker.join(5)
        if window.isVisible():
            window.close()
        window.deleteLater()
        store.close()
        log.info("closed")
    return int(code or 0)
