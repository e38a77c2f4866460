"""Starting the window: one QApplication, Chinese translations and font, the icon, a log file, an
excepthook that tells people instead of crashing, and the database opened with a clear message
when it cannot be (damaged, made by a newer version, locked).

``run_app(db_path, demo)`` is what ``wz-desktop`` (and ``python -m wz_desktop --demo``) calls.
"""
from __future__ import annotations

import logging
import logging.handlers
import signal
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from wz_desktop import APP_NAME, ORG_NAME, __version__
from wz_desktop.config import paths
from wz_desktop.logs import LOG_FILE_NAME, setup_logging  # noqa: F401 (LOG_FILE_NAME: tests and messages)
from wz_desktop.store import Store, StoreError
from wz_desktop.ui import dialogs
from wz_desktop.ui.palette import app_icon

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
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    install_translations(app)
    apply_chinese_font(app)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    app.setProperty("wz_configured", True)


def install_translations(app: QApplication) -> list[str]:
    """Qt's own Chinese (buttons of standard dialogs, context menus). Returns what was loaded."""
    loaded = []
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_zh_CN",):
        if any(t.objectName() == name for t in _translators):
            loaded.append(name)
            continue
        translator = QTranslator(app)
        translator.setObjectName(name)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded.append(name)
        else:
            log.info("Qt translation %s not found in %s", name, folder)
    return loaded


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


def handle_exception(exc_type, exc, tb) -> None:
    """sys.excepthook: log it, tell the user in Chinese, keep running."""
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
        dialogs.show_error(QApplication.activeWindow(), _t("程序出错"), unexpected_error_text(exc))
    except Exception:  # the message box itself failed: the log has it
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
    """Open (and migrate) the database; on failure tell the user why and return None."""
    try:
        store = Store.open(path)
    except StoreError as exc:
        log.error("cannot open database %s: %s", path, exc)
        dialogs.show_error(None, _t("无法打开数据库"),
                           _t("{0}\n\n万众救援台将退出。数据库文件没有被改动。").format(exc))
        return None
    except OSError as exc:
        log.error("cannot open database %s: %s", path, exc)
        dialogs.show_error(None, _t("无法打开数据库"),
                           _t("无法打开或创建数据库“{0}”：{1}\n\n请检查文件夹是否存在、是否有写入权限。").format(
                               path, exc.strerror or exc))
        return None
    except Exception as exc:  # e.g. the file is locked by another program in a way SQLite reports oddly
        log.exception("cannot open database %s", path)
        dialogs.show_error(None, _t("无法打开数据库"),
                           _t("无法打开数据库“{0}”：{1}\n\n万众救援台将退出。").format(path, exc))
        return None
    if store.database.migration_backup:
        log.info("database migrated from version %s; copy kept at %s", store.database.migrated_from,
                 store.database.migration_backup)
    return store


def build_demo_database(path: Path) -> dict:
    """The demo data (``wz_desktop.demo``); a function of its own so that tests can replace it."""
    from wz_desktop.demo import build_demo_database as build

    return build(path)


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


def run_app(db_path: Path | None = None, demo: bool = False) -> int:
    """Open the window on ``db_path`` (default: the user's database), or on a fresh demo database.

    Returns the exit code: 0 after a normal close, 1 when the database could not be opened.
    """
    app = application()
    setup_logging()
    install_excepthook()
    log.info("starting %s %s", APP_NAME, __version__)
    if demo:
        path = prepare_demo_database(paths().demo_db)
        if path is None:
            return EXIT_FAILED
    else:
        path = Path(db_path) if db_path else paths().default_db
    store = open_store(path)
    if store is None:
        return EXIT_FAILED

    from wz_desktop.ui.context import AppContext
    from wz_desktop.ui.main_window import MainWindow

    context = AppContext(store)
    window = MainWindow(context)
    window.show()
    if store.database.migration_backup:
        window.statusBar().showMessage(
            _t("数据库结构已升级，升级前的副本保存在：{0}").format(store.database.migration_backup), 15000)
    try:
        code = run_event_loop(app)
    finally:
        if window.isVisible():
            window.close()
        window.deleteLater()
        store.close()
        log.info("closed")
    return int(code or 0)
