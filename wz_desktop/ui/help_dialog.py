"""帮助: a short guide to a night's steps (with their keys) and the list of shortcuts, in the
window's language. F1 opens it from any window of the application."""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from wz_desktop.config import resources_dir
from wz_desktop.ui.settings import current_language

log = logging.getLogger(__name__)


def guide_html(language: str) -> str:
    """The guide in ``language`` ('zh_CN' or 'en'); Chinese where no other is written."""
    folder = resources_dir() / "help"
    for name in (f"guide_{language}.html", "guide_zh_CN.html"):
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    log.warning("no guide in %s", folder)
    return ""


def plain(text: str) -> str:
    """A menu text without its Alt key marker and dots: '导入工作簿(&I)…' → '导入工作簿'."""
    import re

    text = re.sub(r"\(&\w\)", "", text).replace("&", "")
    return text.rstrip("…").rstrip(".").strip()


class HelpDialog(QDialog):
    """The guide and the shortcuts, side by side in two tabs (not modal: it can stay open)."""

    def __init__(self, actions, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setModal(False)
        self.setWindowTitle(self.tr("万众救援台 帮助"))
        self.tabs = QTabWidget(self)
        self.guide = QTextBrowser(self.tabs)
        self.guide.setObjectName("guideText")
        self.guide.setOpenExternalLinks(True)
        self.guide.setHtml(guide_html(language))
        self.shortcuts = QTextBrowser(self.tabs)
        self.shortcuts.setObjectName("shortcutsText")
        self.shortcuts.setHtml(self.shortcuts_html(actions))
        self.tabs.addTab(self.guide, self.tr("使用指南"))
        self.tabs.addTab(self.shortcuts, self.tr("快捷键"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(720, 600)

    def shortcut_rows(self, actions) -> list[tuple[str, str]]:
        rows = []
        for action in actions:
            keys = action.shortcut()
            if not keys.isEmpty():
                rows.append((keys.toString(QKeySequence.SequenceFormat.NativeText), plain(action.text())))
        rows += [
            ("Enter", self.tr("表单中：到下一栏；最后一栏：登记或保存")),
            ("Ctrl+S", self.tr("表单中：登记、保存、出队、交考勤")),
            ("Esc", self.tr("关闭表单（已填写的内容保存为草稿）")),
            ("Ctrl+Shift+V", self.tr("接报表单中：读入复制的警情（读出的栏目标黄，请核对）；出队表单中：读入接龙名单")),
            ("Alt+" + self.tr("带下划线的字母"), self.tr("按钮和栏目：例如 Alt+D 出队…、Alt+V 核实…")),
            (self.tr("拼音首字母"), self.tr("选择框中：如 js = 家属，gjzq = 甘井子区，zd = 找到平安")),
            ("1 2 3 4", self.tr("考勤表的出勤列：出勤、迟到、早退、缺勤")),
        ]
        return rows

    def shortcuts_html(self, actions) -> str:
        rows = "".join(f"<tr><td style='padding-right:16px'><b>{html.escape(keys)}</b></td>"
                       f"<td>{html.escape(what)}</td></tr>" for keys, what in self.shortcut_rows(actions))
        return f"<h3>{html.escape(self.tr('快捷键'))}</h3><table cellspacing='0' cellpadding='3'>{rows}</table>"

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.shortcuts if name == "shortcuts" else self.guide)


def open_help(window, tab: str = "guide") -> HelpDialog:
    """Show the help (one window, raised when already open)."""
    dialog = getattr(window, "_help_dialog", None)
    try:
        if dialog is not None and dialog.isVisible():
            dialog.show_tab(tab)
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    except RuntimeError:  # deleted
        pass
    dialog = HelpDialog(window.actions(), current_language(), window)
    dialog.setWindowFlag(Qt.WindowType.Window, True)
    dialog.show_tab(tab)
    window._help_dialog = dialog
    dialog.show()
    return dialog
