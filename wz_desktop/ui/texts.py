"""The data layer's messages in the window's language.

The domain, the store, the workbook and the report write their messages as
:class:`wz_desktop.domain.text.Text` (Chinese, remembering template and arguments); here they are
translated with Qt (context ``"Domain"``, the .qm installed by ``app.install_translations``).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from wz_desktop.domain.text import render


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def message(obj: Any) -> str:
    """What to show for an exception or a message: where it carries a ``Text`` (the exception's
    message, or a Text passed directly) the template translated and filled in, its arguments that
    are Texts translated too; anything else as ``str(obj)``."""
    return render(obj, _translate)
