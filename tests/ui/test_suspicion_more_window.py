"""The window's start with the files of tests/test_suspicion_more.py (another program's database, a
write-ahead log of another database, a folder or a link loop in the file's place, a newer schema,
damaged index, full-text, audit, sqlite_master and freelist pages, an emptied file whose copies are
all damaged): it refuses or offers a copy in words, writes nothing, opens no window, no traceback."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from wz_desktop.ui import app as app_module
from wz_desktop.ui import backup_dialog

sys.path.insert(0, str(Path(__file__).parent.parent))
from test_suspicion_more import REFUSED, _state, kept  # noqa: F401 (fixtures)


@pytest.mark.parametrize("case", list(REFUSED))
def test_the_window_refuses_or_offers_a_good_copy_and_writes_nothing(
        qapp, kept, tmp_path, dialog_log, clean_process_state, monkeypatch, case):  # noqa: F811 (the fixture imported above)
    db, copy = kept
    REFUSED[case][0](db)
    before = _state(tmp_path)
    offered = []

    def ask(parent, path, problem, infos, can_open_anyway):
        offered.append((problem, [i.path for i in infos if i.usable]))
        return None  # quit

    monkeypatch.setattr(backup_dialog, "ask_restore_damaged", ask)
    monkeypatch.setattr(app_module, "run_event_loop", lambda app: pytest.fail("no window should open"))
    assert app_module.run_app(db_path=db) == 1
    said = " ".join([p for p, _ in offered] + dialog_log.texts("show_error") + dialog_log.texts("show_info"))
    assert said.strip() and "Traceback" not in said and "malformed" not in said, said
    for _, usable in offered:
        if case == "empty, copies all damaged":
            assert usable == []
        else:
            assert usable and usable[0] == copy  # the copy offered is one that passes
    assert _state(tmp_path) == before, case
