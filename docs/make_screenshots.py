"""Screenshots of the window for the README, taken through the real windows on a fresh demo
database in a temporary folder: the desk, a call logged, verified, dispatched with a pasted 接龙
list, the attendance handed in, the task's page, the task list and the roster.

    make screenshots
    # = xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/make_screenshots.py

Writes docs/screenshots/*.png. Nothing outside the temporary folder is touched.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def settle(app, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(app, widget, name: str) -> None:
    settle(app)
    widget.grab().save(str(OUT / name))
    print(f"{name}: {widget.width()}x{widget.height()}")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wz-screens-") as tmp:
        os.environ["WZ_DESKTOP_HOME"] = tmp  # settings, logs: all in the temporary folder
        from PySide6.QtWidgets import QApplication

        from wz_desktop.demo import build_demo_database
        from wz_desktop.domain.records import TaskStatus
        from wz_desktop.domain.workflow import moment_text
        from wz_desktop.ui import dialogs
        from wz_desktop.ui.app import application, open_store
        from wz_desktop.ui.context import AppContext
        from wz_desktop.ui.main_window import MainWindow
        from wz_desktop.ui.verify_form import VerifyForm

        dialogs.ask_yes_no = lambda *args, **kwargs: True  # the tour answers yes, nothing waits on a modal
        app = application()
        db = Path(tmp) / "demo.db"
        build_demo_database(db)
        store = open_store(db)
        if store is None:
            return 1
        user = store.users.authenticate("mishu", "wanzhong")  # the demo's duty secretary
        if user is not None:
            store.sign_in(user)
        context = AppContext(store)
        context.set_operator("值班秘书 陈静")
        window = MainWindow(context)
        window.show()
        save(app, window, "desk.png")

        # 1. a call, typed in
        now = dt.datetime.now().replace(second=0, microsecond=0)
        form = window.new_call()
        received = now - dt.timedelta(hours=5)  # the tour runs through a whole afternoon
        form.received_edit.setText(moment_text(received))
        form.source_combo.select_text("家属")
        form.caller_edit.setText("孙女士")
        form.phone_edit.setText("139 4115 2086")
        form.district_combo.select_text("甘井子区")
        form.place_edit.setText("红旗西路地铁站B口")
        form.description_edit.setPlainText("母亲，76岁，患阿尔茨海默症，上午9点独自出门未归，穿深蓝色棉衣、黑色布鞋")
        form.kind_combo.select_text("城市搜救")
        save(app, form.window(), "call-form.png")
        call_id = form.log_call()
        form.window().close()

        # 2. verified
        verify = window.calls_page.open_call(call_id)
        assert isinstance(verify, VerifyForm)
        verify.verified_edit.setText(moment_text(received + dt.timedelta(minutes=9)))
        verify.choose_result("属实")
        verify.note_edit.setPlainText("回拨家属核实，仍未找到；已通知甘井子分队") if hasattr(
            verify.note_edit, "setPlainText") else verify.note_edit.setText("回拨家属核实，仍未找到；已通知甘井子分队")
        save(app, verify.window(), "verify-form.png")
        verify.save()
        verify.window().close()

        # 3. dispatched, with the squad's 接龙 list pasted
        squad = store.roster.squad_by_name("甘井子分队")
        members = [m for m in store.roster.members(squad.id, active_only=True)][:6]
        lines = ["【甘井子分队】红旗西路老人走失，地铁站B口集合，能去的接龙"]
        for number, member in enumerate(members, start=1):
            note = " 带车" if number in (2, 5) else (" 请假" if number == 6 else "")
            lines.append(f"{number}. {member.name}{note}")
        dispatch = window.dispatch_call(call_id)
        dispatch.resize(1000, 720)
        dispatch.departure_edit.setText(moment_text(received + dt.timedelta(minutes=40)))
        leader = squad.leader_id
        if leader is not None and hasattr(dispatch, "add_member"):
            dispatch.add_member(leader, "队长", False, "")
        QApplication.clipboard().setText("\n".join(lines))
        signup = dispatch.open_signup()
        signup.text_edit.setPlainText("\n".join(lines))
        save(app, signup, "dispatch-signup.png")
        signup.accept()
        save(app, dispatch, "dispatch-form.png")
        task_id = dispatch.save()
        dispatch.close()

        # 4. back: the attendance handed in
        review = window.review_task(task_id)
        review.resize(960, 640)
        form = review.form
        form.returned_edit.setText(moment_text(now - dt.timedelta(minutes=10)))
        form.result_combo.select_text("找到平安") if hasattr(form.result_combo, "select_text") else None
        form.people_edit.setText("1")
        save(app, review, "review-form.png")
        review.close()

        # 5. a task's page: the demo's reopened and corrected task, archived again
        reopened = store.database.one("SELECT task_id FROM reviews WHERE stage = 'reopened'")
        page = window.open_task(reopened or task_id)
        page.resize(900, 700)
        save(app, page, "task-page.png")
        page.close()

        # 6. the task list and the roster
        window.show_page("tasks")
        window.task_page.select_row(1)
        save(app, window, "main-window.png")
        window.show_page("roster")
        save(app, window, "roster.png")
        window.show_page("attendance")
        save(app, window, "attendance.png")
        window.show_page("stats")
        save(app, window, "charts.png")
        window.show_page("desk")
        save(app, window, "desk-after.png")
        for status in (TaskStatus.DISPATCHED,):
            assert store.tasks.get(task_id).status == status
        window.close()
        # 7. the first page of a yearly report (pdftoppm, from poppler-utils)
        try:
            from wz_desktop.report import render_report_page

            render_report_page(store, OUT, year=2022)
            print("report-page.png")
        except Exception as exc:  # noqa: BLE001 — a missing pdftoppm must not cost the other pictures
            print(f"report-page.png not renewed: {exc}")
        store.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
