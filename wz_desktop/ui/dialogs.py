"""Every message box and file dialog the window shows, as small functions.

Tests replace these functions (``monkeypatch.setattr(dialogs, "show_error", ...)``), so no test
ever waits on a modal dialog. Call them as ``dialogs.show_error(...)`` (module attribute), never
``from ... import show_error``, or the replacement would not be seen.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_open_workbooks(parent: QWidget | None, directory: str) -> list[str]:
    """Workbooks to import (several allowed); an empty list when the user cancels."""
    files, _ = QFileDialog.getOpenFileNames(
        parent, _t("选择要导入的年度工作簿"), directory,
        _t("Excel 工作簿 (*.xlsx *.xls);;所有文件 (*)"),
    )
    return list(files)


def ask_open_roster(parent: QWidget | None, directory: str) -> str | None:
    """A roster workbook to import; None when the user cancels."""
    name, _ = QFileDialog.getOpenFileName(
        parent, _t("选择要导入的名册"), directory,
        _t("Excel 工作簿 (*.xlsx *.xls);;所有文件 (*)"),
    )
    return name or None


def ask_save_file(parent: QWidget | None, title: str, path: str, file_filter: str) -> str | None:
    """A file to write; None when the user cancels. The dialog itself asks before replacing a file."""
    name, _ = QFileDialog.getSaveFileName(parent, title, path, file_filter)
    return name or None


def show_export_done(parent: QWidget | None, title: str, text: str, folder: Path) -> None:
    """Tell where the export went, with a button that opens the folder."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    open_button = box.addButton(_t("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text (a reason, a comment); None when the user cancels. The caller checks that it
    is not blank (the store refuses a blank reason and says why)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str], editable: bool = False) -> str | None:
    """One of ``items`` (or, where ``editable``, a new text typed in its place); None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getItem(parent, title, label, list(items), 0, editable)
    return value if ok else None


def open_folder(folder: Path) -> bool:
    """Show a folder in the system's file manager (the log's, a backup's). False if it can't."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def ask_directory(parent: QWidget | None, title: str, directory: str) -> str | None:
    """A folder (the backup folder); None when the user cancels."""
    name = QFileDialog.getExistingDirectory(parent, title, directory)
    return name or None


def ask_database_file(parent: QWidget | None, path: str) -> str | None:
    """A database file to open at start, existing or new (no question about replacing: nothing is
    written to it here); None when the user cancels."""
    name, _ = QFileDialog.getSaveFileName(
        parent, _t("选择数据库文件"), path, _t("万众救援台数据库 (*.db);;所有文件 (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite)
    return name or None
