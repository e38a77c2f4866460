"""Screenshots of the window for the documentation, on a demo-like database in a temporary folder.

    make screenshots
    # = xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/make_screenshots.py

Writes docs/screenshots/main-window.png (the task list at the size it opens with on a 1366x768
office screen) and docs/screenshots/task-detail.png. Nothing outside the temporary folder is touched.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def fallback_tasks(count: int = 1200):
    """Tasks made up here, for when wz_desktop.demo is not available."""
    from wz_desktop.domain.kinds import KIND_ORDER
    from wz_desktop.domain.records import Origin, Task, TaskStatus

    summaries = {
        "water": ["星海湾浴场游客落水", "棒棰岛附近渔船搁浅", "夏家河子海域失联泳者搜寻"],
        "urban": ["沙河口区老人走失，家属求助", "甘井子区少年离家出走", "高新园区一名儿童走失"],
        "mountain": ["大黑山游客迷路", "老虎滩后山驴友扭伤", "西郊森林公园徒步者失联"],
        "training": ["社区应急救护培训", "马拉松赛事安全保障", "中学防溺水宣讲"],
        "epidemic": ["核酸检测点秩序维护", "隔离点物资转运", "社区防疫值守"],
        "upkeep": ["救援艇发动机保养", "绳索救援器材检测", "库房物资盘点整理"],
    }
    squads = ["甘井子分队", "水上救援分队", "山地救援分队", "中山分队、西岗分队", "机动分队", "金州分队"]
    statuses = [TaskStatus.ARCHIVED] * 6 + [TaskStatus.APPROVED, TaskStatus.SUBMITTED, TaskStatus.RETURNED,
                                            TaskStatus.DISPATCHED, TaskStatus.CANCELLED]
    tasks, numbers = [], {}
    for i in range(count):
        year = (2021, 2022, 2023)[i % 3]
        n = numbers[year] = numbers.get(year, 0) + 1
        kind = KIND_ORDER[(i * 7) % 6 if i % 5 else 1]
        when = dt.datetime(year, 1, 1, 7, 0) + dt.timedelta(minutes=431 * n + (i % 11) * 13)
        review = i % 23 == 0
        tasks.append(Task(
            kind=kind, event_no=f"WZ{year}-{n:04d}", summary=summaries[kind.value][i % 3],
            departure=when.strftime("%Y-%m-%d %H:%M"), year=year,
            departure_raw=f"{when.month}月{when.day}日晚上" if review else None,
            headcount=3 + (i * 5) % 14, vehicles=1 + i % 4, squads=squads[i % len(squads)],
            remarks="夜间出队，已平安找到" if i % 6 == 1 else ("联合消防救援" if i % 9 == 2 else ""),
            status=statuses[i % len(statuses)], origin=Origin.DEMO, needs_review=review,
        ))
    return tasks


def build_database(path: Path) -> None:
    try:
        from wz_desktop.demo import build_demo_database
    except ImportError:
        build_demo_database = None
    if build_demo_database is not None:
        build_demo_database(path)
        return
    from wz_desktop.store import Store

    with Store.open(path) as store:
        with store.transaction():
            store.tasks.insert_many(fallback_tasks())
        if hasattr(store.tasks, "index_pending"):
            store.tasks.index_pending()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wz-screens-") as tmp:
        os.environ["WZ_DESKTOP_HOME"] = tmp  # settings, logs: all in the temporary folder
        from wz_desktop.ui.app import application, open_store
        from wz_desktop.ui.context import AppContext
        from wz_desktop.ui.main_window import MainWindow

        app = application()
        db = Path(tmp) / "demo.db"
        build_database(db)
        store = open_store(db)
        if store is None:
            return 1
        window = MainWindow(AppContext(store))
        window.show()
        window.task_page.select_row(1)
        for _ in range(5):
            app.processEvents()
        size = window.size()
        window.grab().save(str(OUT / "main-window.png"))
        print(f"main-window.png: {size.width()}x{size.height()} on a "
              f"{window.screen().availableGeometry().width()}x{window.screen().availableGeometry().height()} screen")

        dialog = window.task_page.open_task(window.task_page.current_task_id())
        for _ in range(5):
            app.processEvents()
        if dialog is not None:
            dialog.grab().save(str(OUT / "task-detail.png"))
            dialog.close()
        window.close()
        store.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
