"""The review before an anonymised workbook leaves the team: the masked cells and the unsure
fragments are shown, an edit is checked again, a refused cell keeps the file from being written."""
from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.records import Task
from wz_desktop.services.session import SYSTEM_SESSION

from .conftest import fill


def test_the_secretary_sees_edits_and_confirms(qtbot, store, tmp_path):
    from wz_desktop.ui.share_review import REFUSED, UNSURE, ShareReviewDialog
    from wz_desktop.domain.roles import Actor
    from wz_desktop.services.exports import prepare_share, write_share
    from wz_desktop.services.session import Session

    fill(store, [Task(kind=TaskKind.URBAN, event_no="WZ2022-0001", year=2022, departure="2022-03-05 19:30",
                      summary="老人走失，其女张敏（电话13804112233）求助", headcount=6, vehicles=2, squads="金州分队",
                      remarks="红梅说在公园见过"),
                 Task(kind=TaskKind.URBAN, event_no="WZ2022-0002", year=2022, departure="2022-03-06 08:00",
                      summary="配合派出所搜寻", headcount=4, vehicles=1, squads="金州分队", remarks="")])
    plan = prepare_share(store, 2022, session=SYSTEM_SESSION)
    dialog = ShareReviewDialog(plan, tmp_path / "anon.xlsx")
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    rows = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    # the masked cell, before and after, with what was masked
    masked = rows["老人走失，其女张敏（电话13804112233）求助"]
    assert table.item(masked, 2).text() == "老人走失，其女某某（电话***）求助"
    assert "张敏" in table.item(masked, 3).text() and "13804112233" in table.item(masked, 3).text()
    # a fragment the check is unsure of: shown in yellow, the export still allowed
    unsure = rows["红梅说在公园见过"]
    assert "红梅" in table.item(unsure, 4).text()
    assert table.item(unsure, 0).background().color() == UNSURE
    assert dialog.confirm_button.isEnabled()
    # an edit that brings a phone back is refused at once
    table.item(unsure, 2).setText("红梅说在公园见过，回拨139 0411 5566")
    assert table.item(unsure, 0).background().color() == REFUSED
    assert not dialog.confirm_button.isEnabled() and dialog.refusal.isVisible()
    # the secretary's own wording passes
    table.item(unsure, 2).setText("群众提供线索")
    assert table.item(unsure, 4).text() == ""
    assert dialog.confirm_button.isEnabled()
    qtbot.mouseClick(dialog.confirm_button, Qt.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    target = tmp_path / "anon.xlsx"
    write_share(store, plan, target, session=Session(Actor(name="陈静")))
    cells = [c.value for c in openpyxl.load_workbook(target)["城市搜救"][2]]
    assert cells[1] == "老人走失，其女某某（电话***）求助" and cells[6] == "群众提供线索"
    share = [e for e in store.audit.entries() if e.table == "shares"][0]
    assert "人工修改 1 个单元格" in share.note and "确认人 陈静" in share.note and share.new == str(target)
