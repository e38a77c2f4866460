"""One measured case, run in a fresh process by run_all.py:

    python bench/cases.py CASE ARGS_JSON [--profile FILE.prof]

Prints one JSON line: the seconds of the measured work (set-up not included), the resident memory
just before the work, and the peak resident memory during the work. On Linux the peak is the
process's own high-water mark (VmHWM), started over from the current resident set just before the
work (``/proc/self/clear_refs``), so it is the peak of the work on top of what the process held;
``resource.getrusage(...).ru_maxrss`` is not used there because on Linux it also counts the memory
the parent held when it started the process. Elsewhere it falls back to ru_maxrss.
"""
from __future__ import annotations

import cProfile
import datetime as dt
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _status_mb(field: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return None


def _rss_mb() -> float:
    """Resident memory now (Linux), else the peak so far."""
    now = _status_mb("VmRSS")
    return now if now is not None else _peak_mb()


def _peak_mb() -> float:
    """The process's peak resident memory: VmHWM of its own address space on Linux (ru_maxrss there
    also counts the parent's memory at the moment it started the process), else ru_maxrss."""
    peak = _status_mb("VmHWM")
    if peak is not None:
        return peak
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


def _reset_peak() -> bool:
    """Start the peak over from the current resident memory (Linux: clear_refs 5), so that the
    peak read at the end belongs to the measured work."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


class Measure:
    """Times the work inside ``with measure:``; optionally under cProfile."""

    def __init__(self, profile: str | None):
        self.profile = profile
        self.seconds = 0.0
        self.rss_before = 0.0

    def __enter__(self):
        self.rss_before = _rss_mb()
        self.peak_reset = _reset_peak()
        self.profiler = cProfile.Profile() if self.profile else None
        if self.profiler:
            self.profiler.enable()
        self.started = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.started
        self.peak = _peak_mb()
        if self.profiler:
            self.profiler.disable()
            self.profiler.dump_stats(self.profile)


# --- reading and importing ---------------------------------------------------------------------

def floor_read(args: dict, measure: Measure) -> dict:
    """python-calamine alone: open the file, every sheet to Python values."""
    from python_calamine import CalamineWorkbook

    with measure:
        workbook = CalamineWorkbook.from_path(args["file"])
        cells = 0
        for name in workbook.sheet_names:
            rows = workbook.get_sheet_by_name(name).to_python()
            cells += sum(len(r) for r in rows)
    return {"cells": cells}


def import_workbook(args: dict, measure: Measure) -> dict:
    """The whole import the user waits for, from the click until the report, as the window runs it
    (``ui.main_window.import_job``: ``import_workbook(..., index=False)``, then the search index,
    squad links and summaries, then the checkpoint), into a fresh database (created and migrated
    before timing). ``index=False``: without the search index and what follows it."""
    sys.path.insert(0, str(ROOT / "bench"))
    from stages import whole_import

    from wz_desktop.store import Store
    from wz_desktop.services.imports import import_workbook as run_import
    from wz_desktop.services.session import SYSTEM_SESSION

    with tempfile.TemporaryDirectory(dir=args["tmp"]) as folder:
        store = Store.open(Path(folder) / "fresh.db")
        with measure:
            if args.get("index", True):
                report = whole_import(store, Path(args["file"]))
            else:
                report = run_import(store, Path(args["file"]), index=False, session=SYSTEM_SESSION)
        store.close()
    if not report.ok:
        raise SystemExit(f"导入失败：{report.error}")
    return {"added": report.added, "skipped": report.skipped, "raw_values": report.raw_values,
            "guesses": report.guesses}


def import_stages(args: dict, measure: Measure) -> dict:
    """Where the time of the whole import goes (bench/stages.py): ``rounds`` imports in this
    process, the first cold, each stage beside calamine reading the same file in the same round."""
    sys.path.insert(0, str(ROOT / "bench"))
    from stages import stages

    with measure:
        result = stages(Path(args["file"]), Path(args["tmp"]), args.get("rounds", 4))
    return result


# --- writing and exporting ---------------------------------------------------------------------

def export_year(args: dict, measure: Measure) -> dict:
    from wz_desktop.store import Store
    from wz_desktop.services.exports import export_year as run_export
    from wz_desktop.services.session import SYSTEM_SESSION

    with tempfile.TemporaryDirectory(dir=args["tmp"]) as folder, Store.open(args["db"]) as store:
        out = Path(folder) / f"{args['year']}年救援任务统计.xlsx"
        with measure:
            written = run_export(store, args["year"], out, session=SYSTEM_SESSION)
        size = out.stat().st_size
    return {"rows": written, "bytes": size}


def floor_write(args: dict, measure: Measure) -> dict:
    """xlsxwriter alone (constant_memory) writing the same cells with the same formats, widths,
    frozen header and filters as the export; the cell values are read from the database and
    converted before timing starts."""
    import xlsxwriter

    from wz_desktop.domain.kinds import KIND_ORDER
    from wz_desktop.domain.parse import is_placeholder
    from wz_desktop.store import Store
    from wz_desktop.workbook.exporter import COLUMN_WIDTHS, DATE_FORMAT, DATETIME_FORMAT
    from wz_desktop.workbook.layout import HEADER

    def count_cell(value, raw):
        return value if value is not None else (raw if raw and not is_placeholder(raw) else None)

    sheets: dict = {kind.value: [] for kind in KIND_ORDER}
    with Store.open(args["db"]) as store:
        for (kind, event_no, summary, departure, departure_raw, headcount, headcount_raw, vehicles, vehicles_raw,
             squads, remarks) in store.tasks.workbook_rows(args["year"]):
            if departure:
                departure = (dt.datetime.fromisoformat(departure), len(departure) > 10)
            elif departure_raw and not is_placeholder(departure_raw):
                departure = departure_raw
            sheets[kind].append((event_no, summary, departure, count_cell(headcount, headcount_raw),
                                 count_cell(vehicles, vehicles_raw), squads, remarks))
    with tempfile.TemporaryDirectory(dir=args["tmp"]) as folder:
        path = Path(folder) / "floor.xlsx"
        with measure:
            workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                                       "strings_to_formulas": False, "strings_to_urls": False})
            header_format = workbook.add_format({"bold": True, "valign": "vcenter"})
            datetime_format = workbook.add_format({"num_format": DATETIME_FORMAT, "align": "left"})
            date_format = workbook.add_format({"num_format": DATE_FORMAT, "align": "left"})
            rows = 0
            for kind in KIND_ORDER:
                ws = workbook.add_worksheet(kind.sheet_name)
                for col, width in enumerate(COLUMN_WIDTHS):
                    ws.set_column(col, col, width)
                ws.freeze_panes(1, 0)
                for col, title in enumerate(HEADER):
                    ws.write_string(0, col, title, header_format)
                r = 0
                for event_no, summary, departure, heads, trips, squads, remarks in sheets[kind.value]:
                    r += 1
                    if event_no:
                        ws.write_string(r, 0, event_no)
                    if summary:
                        ws.write_string(r, 1, summary)
                    if isinstance(departure, tuple):
                        ws.write_datetime(r, 2, departure[0], datetime_format if departure[1] else date_format)
                    elif departure:
                        ws.write_string(r, 2, departure)
                    if isinstance(heads, int):
                        ws.write_number(r, 3, heads)
                    elif heads:
                        ws.write_string(r, 3, heads)
                    if isinstance(trips, int):
                        ws.write_number(r, 4, trips)
                    elif trips:
                        ws.write_string(r, 4, trips)
                    if squads:
                        ws.write_string(r, 5, squads)
                    if remarks:
                        ws.write_string(r, 6, remarks)
                ws.autofilter(0, 0, max(r, 0), len(HEADER) - 1)
                rows += r
            workbook.close()
        size = path.stat().st_size
    return {"rows": rows, "bytes": size}


# --- the task list on a big database -----------------------------------------------------------

def queries(args: dict, measure: Measure) -> dict:
    """``store.tasks.count`` and ``store.tasks.page`` (200 rows) for the task list's filters; each
    timed cold (the first call in the process) and warm (median of the next ``repeat`` calls)."""
    from statistics import median

    from wz_desktop.domain.kinds import TaskKind
    from wz_desktop.store import Store, TaskFilter

    repeat = args.get("repeat", 5)
    year = args["year"]
    deep = args["deep_offset"]
    cases = [
        ("全部：计数", "count", TaskFilter(), {}),
        ("全部：第一页（新→旧）", "page", TaskFilter(), {"offset": 0, "descending": True}),
        ("全部：第一页（旧→新）", "page", TaskFilter(), {"offset": 0, "descending": False}),
        (f"全部：偏移 {deep:,} 的一页（新→旧）", "page", TaskFilter(), {"offset": deep, "descending": True}),
        (f"全部：偏移 {deep:,} 的一页（旧→新）", "page", TaskFilter(), {"offset": deep, "descending": False}),
        (f"年份 {year}：计数", "count", TaskFilter(year=year), {}),
        (f"年份 {year}：第一页", "page", TaskFilter(year=year), {"offset": 0, "descending": True}),
        ("类别 水上救援：计数", "count", TaskFilter(kind=TaskKind.WATER), {}),
        ("类别 水上救援：第一页", "page", TaskFilter(kind=TaskKind.WATER), {"offset": 0, "descending": True}),
        (f"年份 {year} + 城市搜救：计数", "count", TaskFilter(year=year, kind=TaskKind.URBAN), {}),
        (f"年份 {year} + 城市搜救：第一页", "page", TaskFilter(year=year, kind=TaskKind.URBAN),
         {"offset": 0, "descending": True}),
        ("搜索“摩托艇”（3 字）：计数", "count", TaskFilter(text="摩托艇"), {}),
        ("搜索“摩托艇”：第一页", "page", TaskFilter(text="摩托艇"), {"offset": 0, "descending": True}),
        ("搜索“阿尔茨海默”（5 字，常见）：第一页", "page", TaskFilter(text="阿尔茨海默"), {"offset": 0, "descending": True}),
        ("搜索“落水”（2 字，常见）：计数", "count", TaskFilter(text="落水"), {}),
        ("搜索“落水”：第一页", "page", TaskFilter(text="落水"), {"offset": 0, "descending": True}),
        (f"年份 {year} + 搜索“落水”：第一页", "page", TaskFilter(year=year, text="落水"),
         {"offset": 0, "descending": True}),
        ("搜索“坠崖”（2 字，没有一条）：计数", "count", TaskFilter(text="坠崖"), {}),
        ("搜索“坠崖”：第一页", "page", TaskFilter(text="坠崖"), {"offset": 0, "descending": True}),
        (f"年份 {year} + 搜索“坠崖”：第一页", "page", TaskFilter(year=year, text="坠崖"),
         {"offset": 0, "descending": True}),
    ]
    results = []
    with Store.open(args["db"]) as store:
        matches = {flt: store.tasks.count(flt) for _, _, flt, _ in cases}
    with Store.open(args["db"]) as store, measure:
        total = store.tasks.total()
        for label, what, flt, options in cases:
            def run(what=what, flt=flt, options=options):
                if what == "count":
                    return store.tasks.count(flt)
                # as the task list does: it knows how many tasks match (it counted them first)
                return len(store.tasks.page(flt, options["offset"], 200, descending=options["descending"],
                                            matches=matches[flt]))

            times = []
            value = None
            for _ in range(repeat + 1):
                started = time.perf_counter()
                value = run()
                times.append((time.perf_counter() - started) * 1000)
            results.append({"query": label, "kind": what, "result": value, "cold_ms": round(times[0], 2),
                            "warm_ms": round(median(times[1:]), 2)})
    return {"tasks": total, "queries": results}


def _window_case(args: dict):
    """(QApplication, Store, AppContext) for a case that drives the window offscreen, with a data
    folder of its own (settings and logs) in ``args["tmp"]`` and the database ``args["db"]``."""
    import os as _os
    import tempfile

    _os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _os.environ["WZ_DESKTOP_HOME"] = tempfile.mkdtemp(dir=args["tmp"])
    from PySide6.QtWidgets import QApplication

    from wz_desktop.store import Store
    from wz_desktop.ui.context import AppContext

    app = QApplication.instance() or QApplication([])
    store = Store.open(args["db"])
    return app, store, AppContext(store)


def task_list_window(args: dict, measure: Measure) -> dict:
    """The task list page as the secretary uses it (offscreen Qt): opening it, scrolling to the
    middle and the end, choosing a year, searching. Each beside its floor measured in the same
    process: the store queries the step needs at least (count and one page of 200 rows)."""
    from statistics import median

    app, store, context = _window_case(args)
    from wz_desktop.store import TaskFilter
    from wz_desktop.ui.task_list import TaskListPage

    repeat = args.get("repeat", 5)
    year = args["year"]
    total = store.tasks.total()

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def timed(step, prepare=None) -> list[float]:
        times = []
        for _ in range(repeat + 1):
            if prepare is not None:  # brings the page back to where the step starts, untimed
                prepare()
                settle()
            started = time.perf_counter()
            step()
            settle()
            times.append((time.perf_counter() - started) * 1000)
        return times

    holder: dict = {}

    def open_page() -> None:
        old = holder.pop("page", None)
        if old is not None:
            old.close()
            old.deleteLater()
        page = TaskListPage(context)
        page.resize(1280, 700)
        page.show()
        holder["page"] = page

    def floor_for(flt: TaskFilter, offset: int = 0):
        def run() -> None:
            n = store.tasks.count(flt)
            store.tasks.page(flt, offset, 200, descending=True, matches=n)
        return run

    steps = []
    with measure:
        steps.append(("打开任务列表", timed(open_page), timed(floor_for(TaskFilter()))))
        page = holder["page"]
        bar = page.table.verticalScrollBar()

        def scroll_middle() -> None:
            page.model.reload()  # empty the page cache, so the scroll has to fetch
            bar.setValue(bar.maximum() // 2)

        def scroll_end() -> None:
            page.model.reload()
            bar.setValue(bar.maximum())

        steps.append(("滚动到中间", timed(scroll_middle), timed(floor_for(TaskFilter(), total // 2))))
        steps.append(("滚动到末尾", timed(scroll_end), timed(floor_for(TaskFilter(), max(0, total - 200)))))
        bar.setValue(0)

        steps.append((f"选择年份 {year}", timed(lambda: page.set_year(year), lambda: page.set_year(None)),
                      timed(floor_for(TaskFilter(year=year)))))
        page.set_year(None)

        def clear_search() -> None:
            page.search_edit.setText("")
            page.apply_filter()

        def search(word: str):
            def run() -> None:
                page.search_edit.setText(word)
                page.apply_filter()  # as the debounce timer does, without its wait
            return run

        for word in ("落水", "摩托艇", "坠崖"):
            steps.append((f"搜索“{word}”", timed(search(word), clear_search), timed(floor_for(TaskFilter(text=word)))))
    results = [{"step": label, "ms": round(median(ours[1:]), 2), "first_ms": round(ours[0], 2),
                "floor_ms": round(median(floor[1:]), 2)} for label, ours, floor in steps]
    holder["page"].close()
    store.close()
    return {"tasks": total, "steps": results}


# --- the charts on a big database ------------------------------------------------------------------

CHART_METHODS = [("monthly_by_kind", "月度任务"), ("response_minutes", "响应时间"), ("hour_weekday", "求助时段"),
                 ("squad_load", "分队负担"), ("per_task_by_kind", "每任务人数与车次"), ("search_outcomes", "走失搜寻结果"),
                 ("key_figures", "关键数字")]
# the charts that read the summaries of schema V6 (squad_pairs); the benchmark also times them counted from the rows
SUMMARY_CHART_METHODS = {"monthly_by_kind", "squad_load", "key_figures"}


def charts(args: dict, measure: Measure) -> dict:
    """Each chart's store query (``store.charts``) for four filters (all, one year, one kind, one
    squad), beside a floor measured in the same run: ``SELECT count(*)`` over the same tasks
    (``store.charts.count``). Cold (first call) and warm (median of the next ``repeat``)."""
    from statistics import median

    from wz_desktop.domain.charts import ChartFilter, year_period
    from wz_desktop.domain.kinds import TaskKind
    from wz_desktop.store import Store
    from wz_desktop.store.charts import ChartRepo

    repeat = args.get("repeat", 5)
    year = args["year"]
    with Store.open(args["db"]) as store:
        squads = store.charts.squads()
        load = {r.squad_id: r.tasks for r in store.charts.squad_load(ChartFilter(*year_period(year)))}
    squad_id, squad_name = max(squads, key=lambda s: load.get(s[0], 0))
    filters = [("全部", ChartFilter()), (f"{year} 年", ChartFilter(*year_period(year))),
               ("水上救援", ChartFilter(kinds=(TaskKind.WATER,))), (squad_name, ChartFilter(squad_id=squad_id))]

    def timed(run) -> tuple[float, float]:
        times = []
        for _ in range(repeat + 1):
            started = time.perf_counter()
            run()
            times.append((time.perf_counter() - started) * 1000)
        return times[0], median(times[1:])

    results = []
    with Store.open(args["db"]) as store, measure:
        from_rows = ChartRepo(store.database, summaries=False)
        total = store.tasks.total()
        for label, flt in filters:
            matched = store.charts.count(flt)
            floor_cold, floor_warm = timed(lambda flt=flt: store.charts.count(flt))
            for method, title in CHART_METHODS:
                cold, warm = timed(lambda method=method, flt=flt: getattr(store.charts, method)(flt))
                entry = {"chart": title, "method": method, "filter": label, "tasks": matched,
                         "cold_ms": round(cold, 2), "warm_ms": round(warm, 2), "floor_ms": round(floor_warm, 2)}
                if method in SUMMARY_CHART_METHODS:  # the same chart counted from the rows (before V6), same run
                    _, entry["rows_ms"] = timed(lambda method=method, flt=flt: getattr(from_rows, method)(flt))
                results.append(entry)
    return {"tasks": total, "charts": results}


# --- attendance on a big database (3,000 members) ------------------------------------------------

def attendance(args: dict, measure: Measure) -> dict:
    """Each attendance view's store query (``store.attendance``) for a quarter, a year and the whole
    archive, all squads and one, beside a floor measured in the same run: ``SELECT count(*)`` over
    the same rows, read (``count(departure)`` of the period's attendance rows through the index on
    their departure; of a squad's members' rows; ``count(headcount)`` of the period's squad links).
    Cold (first call) and warm (median of the next ``repeat``)."""
    import datetime as dt_
    from statistics import median

    from wz_desktop.domain.attendance import months_before
    from wz_desktop.store import Store
    from wz_desktop.store.attendance import AttendanceRepo

    repeat = args.get("repeat", 5)
    year = args["year"]
    periods = [(f"{year} 年第三季度", f"{year}-07-01", f"{year}-09-30"), (f"{year} 年", f"{year}-01-01", f"{year}-12-31"),
               (f"{year - 1}-03-15 至 {year}-06-30", f"{year - 1}-03-15", f"{year}-06-30"), ("全部", None, None)]

    def timed(run) -> tuple[float, float, object]:
        times, value = [], None
        for _ in range(repeat + 1):
            started = time.perf_counter()
            value = run()
            times.append((time.perf_counter() - started) * 1000)
        return times[0], median(times[1:]), value

    def bounds(since, until) -> tuple[str, list]:
        clauses, params = [], []
        if since:
            clauses.append("departure >= ?")
            params.append(since)
        if until:
            clauses.append("departure < ?")
            params.append((dt_.date.fromisoformat(until) + dt_.timedelta(days=1)).isoformat())
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    results = []
    with Store.open(args["db"]) as store, measure:
        conn = store.database.conn
        from_rows = AttendanceRepo(store.database, summaries=False)  # counted from the rows, as before V6
        total = store.tasks.total()
        members = store.roster.count_members()
        rows_total = conn.execute("SELECT count(*) FROM task_members").fetchone()[0]
        squad_id, squad_name = conn.execute(
            "SELECT s.id, s.name FROM squads s JOIN members m ON m.squad_id = s.id GROUP BY s.id"
            " ORDER BY count(*) DESC LIMIT 1").fetchone()
        member_id = conn.execute("SELECT member_id FROM task_members GROUP BY member_id ORDER BY count(*) DESC"
                                 " LIMIT 1").fetchone()[0]
        for label, since, until in periods:
            where, params = bounds(since, until)
            squad_where = where + (" AND" if where else " WHERE") + \
                " member_id IN (SELECT id FROM members WHERE squad_id = ?)"

            def floor_members(where=where, params=params):
                # count(departure), not count(*): SQLite answers a bare count(*) of a table from its
                # page headers without reading the rows
                return conn.execute(f"SELECT count(departure) FROM task_members INDEXED BY task_members_day{where}",
                                    params).fetchone()[0]

            def floor_squad_members(squad_where=squad_where, params=params):
                return conn.execute(f"SELECT count(departure) FROM task_members INDEXED BY task_members_figures"
                                    f"{squad_where}", [*params, squad_id]).fetchone()[0]

            def floor_links(where=where, params=params):
                return conn.execute(f"SELECT count(departure) FROM task_squads INDEXED BY task_squads_load"
                                    f"{where}", params).fetchone()[0]

            end = dt_.date.fromisoformat(until) if until else dt_.date(year, 12, 31)
            quiet = months_before(end, 3)
            views = [
                ("按队员（全部分队）", lambda s=since, u=until: store.attendance.member_summary(s, u), floor_members,
                 lambda s=since, u=until: from_rows.member_summary(s, u)),
                (f"按队员（{squad_name}）", lambda s=since, u=until: store.attendance.member_summary(s, u, squad_id=squad_id),
                 floor_squad_members),
                ("按队员（水上救援）", lambda s=since, u=until: store.attendance.member_summary(s, u, kind="water"),
                 floor_members),
                ("按分队", lambda s=since, u=until: store.attendance.squad_summary(s, u), floor_links,
                 lambda s=since, u=until: from_rows.squad_summary(s, u)),
                ("按分队（水上救援）", lambda s=since, u=until: store.attendance.squad_summary(s, u, kind="water"),
                 floor_links),
                ("队员记录（出队最多的队员）", lambda s=since, u=until: store.attendance.member_history(member_id, s, u),
                 None),
                (f"久未出队（自 {quiet} 起）", lambda q=quiet: store.attendance.inactive_members(q), None),
            ]
            for view, run, floor, *before in views:
                cold, warm, value = timed(run)
                entry = {"view": view, "period": label, "rows": len(value), "cold_ms": round(cold, 2),
                         "warm_ms": round(warm, 2)}
                if floor is not None:
                    _, floor_warm, counted = timed(floor)
                    entry.update(floor_ms=round(floor_warm, 2), floor_rows=counted)
                if before:
                    _, rows_warm, same = timed(before[0])
                    assert same == value, f"{view} {label}: the summaries and the rows disagree"
                    entry["rows_ms"] = round(rows_warm, 2)
                results.append(entry)
    return {"tasks": total, "members": members, "attendance_rows": rows_total, "views": results}


# --- the attendance and chart pages themselves (offscreen Qt) ---------------------------------------

def stats_window(args: dict, measure: Measure) -> dict:
    """The 出勤 and 统计 pages as a squad leader and the secretariat use them (offscreen Qt, each
    step until the page has painted): the attendance per member and per squad for a quarter, a
    year and the whole archive; every chart tab for the whole archive, a year and one squad. Each
    beside its floor measured in the same process: the store query the step needs."""
    import datetime as dt_
    from statistics import median

    app, store, context = _window_case(args)
    from wz_desktop.domain.charts import ChartFilter, year_period
    from wz_desktop.ui.attendance_page import AttendancePage
    from wz_desktop.ui.charts_page import ChartsPage

    repeat = args.get("repeat", 5)
    year = args["year"]
    total = store.tasks.total()

    def settle(widget) -> None:
        for _ in range(3):
            app.processEvents()
        widget.repaint()  # paint now, not when the event loop gets round to it

    def timed(step, widget, prepare=None) -> list[float]:
        times = []
        for _ in range(repeat + 1):
            if prepare is not None:
                prepare()
                settle(widget)
            started = time.perf_counter()
            step()
            settle(widget)
            times.append((time.perf_counter() - started) * 1000)
        return times

    def floor(run) -> list[float]:
        times = []
        for _ in range(repeat + 1):
            started = time.perf_counter()
            run()
            times.append((time.perf_counter() - started) * 1000)
        return times

    steps = []
    with measure:
        page = AttendancePage(context, today=lambda: dt_.date(year, 12, 31))
        page.resize(1280, 760)
        page.show()
        settle(page)
        periods = [(f"{year} 年第三季度", dt_.date(year, 7, 1), dt_.date(year, 9, 30)),
                   (f"{year} 年", dt_.date(year, 1, 1), dt_.date(year, 12, 31)), ("全部", None, None)]
        away = (dt_.date(year, 2, 1), dt_.date(year, 2, 28))  # where each step starts from, untimed
        for tab, view, query in ((0, "按队员", store.attendance.member_summary),
                                 (1, "按分队", store.attendance.squad_summary)):
            page.tabs.setCurrentIndex(tab)
            for label, since, until in periods:
                steps.append((f"出勤·{view}", label,
                              timed(lambda s=since, u=until: page.set_period(s, u), page, lambda: page.set_period(*away)),
                              floor(lambda s=since, u=until, q=query: q(s, u))))
        page.close()

        charts = ChartsPage(context)
        charts.resize(1280, 760)
        charts.show()
        settle(charts)
        squads = store.charts.squads()
        load = {r.squad_id: r.tasks for r in store.charts.squad_load(ChartFilter(*year_period(year)))}
        squad_id, squad_name = max(squads, key=lambda sq: load.get(sq[0], 0))
        filters = [("全部", ChartFilter()), (f"{year} 年", ChartFilter(*year_period(year))),
                   (squad_name, ChartFilter(squad_id=squad_id))]
        start = ChartFilter(*year_period(year - 1))
        for index in range(charts.tabs.count()):
            charts.tabs.setCurrentIndex(index)
            tab = charts.current_tab()
            for label, flt in filters:
                steps.append((f"统计·{charts.tabs.tabText(index)}", label,
                              timed(lambda f=flt: charts.set_filter(f), charts, lambda: charts.set_filter(start)),
                              floor(lambda f=flt, t=tab: t.compute(store, f))))
        charts.close()
    results = [{"step": step, "filter": label, "ms": round(median(ours[1:]), 2), "first_ms": round(ours[0], 2),
                "floor_ms": round(median(low[1:]), 2)} for step, label, ours, low in steps]
    store.close()
    return {"tasks": total, "steps": results}


# --- start-up: launch to the sign-in dialog, beside a bare PySide6 window ---------------------------

_BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(400, 300)
window.show()
app.processEvents()
print(time.time(), flush=True)
"""

# the application as ``wz-desktop --db`` starts it; the sign-in dialog's exec() reports the moment it
# has been shown and painted, and the process ends there (nobody signs in)
_APP = """
import builtins, os, sys, time
def shown(self):
    from PySide6.QtWidgets import QApplication
    self.show()
    QApplication.processEvents()
    print(time.time(), flush=True)
    os._exit(0)
_import = builtins.__import__
def patching_import(*args, **kwargs):  # QDialog.exec patched once the application imports Qt (not before:
    module = _import(*args, **kwargs)  # what is imported before Qt is part of what is measured)
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None:
        widgets.QDialog.exec = shown
        builtins.__import__ = _import
    return module
builtins.__import__ = patching_import
from wz_desktop.cli import main
main(["--db", sys.argv[1]])
"""


def startup(args: dict, measure: Measure) -> dict:
    """From launching the process to the first window: a bare PySide6 window (the floor) and
    万众救援台's sign-in dialog on an existing database (the demo's), each in a fresh process, both
    offscreen, alternately, with compiled modules (a first run, not counted, compiles them).
    Target: ours at most 2x the floor."""
    import shutil
    import subprocess
    from statistics import median

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # compiled modules as an installed copy has them (a checkout run with PYTHONDONTWRITEBYTECODE would
    # compile every module of ours at each start, and the bare window has none to compile)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(args["tmp"]) / "pycache")
    runs = int(args.get("repeat", 5))
    ours, floor = [], []
    with measure:
        for run in range(runs + 1):  # the first, not counted, writes the compiled modules
            if run == 1:
                ours.clear()
                floor.clear()
            for script, times, extra in ((_BARE, floor, []), (_APP, ours, ["db"])):
                argv = []
                if extra:
                    folder = tempfile.mkdtemp(dir=args["tmp"])
                    db = Path(folder) / "wanzhong.db"
                    shutil.copy(args["db"], db)
                    argv = [str(db)]
                    env["WZ_DESKTOP_HOME"] = folder
                start = time.time()
                out = subprocess.run([sys.executable, "-c", script, *argv], env=env, capture_output=True, text=True,
                                     timeout=120)
                lines = [line for line in out.stdout.splitlines() if line.strip()]
                if not lines:
                    raise RuntimeError(f"start-up probe printed nothing: {out.stderr[-2000:]}")
                times.append((float(lines[-1]) - start) * 1000)
    return {"runs": runs, "ours_ms": round(median(ours), 1), "floor_ms": round(median(floor), 1),
            "ratio": round(median(ours) / median(floor), 2), "ours_all_ms": [round(t) for t in ours],
            "floor_all_ms": [round(t) for t in floor]}


# --- the first opening of the task list and of each chart after start (million tasks) ----------------

def first_open(args: dict, measure: Measure) -> dict:
    """The window as it is after start (offscreen, on the million tasks): ``MainWindow`` shown and
    its read-ahead started as ``run_app`` does; then the first opening of the task list, of 统计 and
    of each chart tab, each timed until painted. ``wait``: the openings begin once the read-ahead
    has finished (its time is reported), else at once, while it runs. Then each opening again,
    later, as after a change of the data (the charts' kept figures forgotten, nothing read ahead:
    each tab reads its figures itself), median of ``repeat``. Beside each, in the same process: the
    store queries the step needs (the task list's count and first page, the tab's ``fetch``), warm."""
    import os as _os
    from statistics import median

    _os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _os.environ["WZ_DESKTOP_HOME"] = tempfile.mkdtemp(dir=args["tmp"])
    from wz_desktop.store import Store, TaskFilter
    from wz_desktop.ui.app import application

    app = application()
    store = Store.open(args["db"])
    from wz_desktop.ui.context import AppContext
    from wz_desktop.ui.main_window import MainWindow

    context = AppContext(store)
    repeat = int(args.get("repeat", 5))

    def settle(widget) -> None:
        for _ in range(3):
            app.processEvents()
        widget.repaint()

    def timed(step, widget) -> float:
        started = time.perf_counter()
        step()
        settle(widget)
        return (time.perf_counter() - started) * 1000

    with measure:
        started = time.perf_counter()
        window = MainWindow(context)
        window.resize(1280, 760)
        window.show()
        settle(window)
        window_ms = (time.perf_counter() - started) * 1000
        start_prefetch = getattr(window, "start_prefetch", None)  # (absent before the read-ahead: the old code runs this case too)
        if start_prefetch is not None:
            start_prefetch()
        charts = window.charts_page
        thread = getattr(charts, "prefetch_thread", None)
        prefetch_ms = None
        if args.get("wait"):
            while thread is not None and thread.is_alive():
                app.processEvents()
                time.sleep(0.005)
            settle(window)
            prefetch_ms = (time.perf_counter() - started) * 1000 - window_ms

        steps = [("任务列表", lambda: window.show_page("tasks"), "tasks", None),
                 ("统计", lambda: window.show_page("stats"), "stats", None)]
        steps += [(f"统计·{charts.tabs.tabText(i)}", lambda i=i: charts.tabs.setCurrentIndex(i), "stats", i)
                  for i in range(charts.tabs.count())]
        first = [timed(step, window) for _, step, _, _ in steps]
        if thread is not None:
            thread.join(60)

        # later: each opening again, the charts reading their figures themselves (as after a data change)
        charts.reads_ahead = False
        later: list[list[float]] = [[] for _ in steps]
        for _ in range(repeat):
            for number, (_, step, _page, tab) in enumerate(steps):
                window.show_page("desk")
                if tab is not None:
                    window.show_page("stats")
                    charts.tabs.setCurrentIndex((tab + 1) % charts.tabs.count())
                    charts.reload()  # forgets the kept figures; the tab shown next reads its own
                settle(window)
                later[number].append(timed(step, window))

        def floor(run) -> float:
            times = []
            for _ in range(repeat):
                begun = time.perf_counter()
                run()
                times.append((time.perf_counter() - begun) * 1000)
            return median(times)

        def task_list_floor() -> None:
            n = store.tasks.count(TaskFilter())
            store.tasks.page(TaskFilter(), 0, 200, descending=True, matches=n)

        flt = charts.current_filter()
        floors = [floor(task_list_floor), floor(lambda: None)]
        floors += [floor(lambda t=tab: t.compute(store, flt)) for tab in charts.chart_tabs]
    results = [{"step": label, "first_ms": round(f, 1), "later_ms": round(median(times), 1), "floor_ms": round(low, 1)}
               for (label, _, _, _), f, times, low in zip(steps, first, later, floors)]
    window.close()
    store.close()
    return {"tasks": store_total(args["db"]), "wait": bool(args.get("wait")), "window_ms": round(window_ms, 1),
            "prefetch_ms": round(prefetch_ms, 1) if prefetch_ms is not None else None, "steps": results}


def first_open_floor(args: dict, measure: Measure) -> dict:
    """The floor of ``first_open`` cold: in a fresh process, a store opened and the queries each
    opening needs, each timed the first time it runs (then warm, median of ``repeat``): the task
    list's count and first page, and each chart tab's ``fetch`` for the whole archive (the tabs made
    on their own, offscreen, untimed: no page, so nothing is read before)."""
    import os as _os
    from statistics import median

    _os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from wz_desktop.domain.charts import ChartFilter
    from wz_desktop.store import Store, TaskFilter
    from wz_desktop.ui import charts_page

    app = QApplication.instance() or QApplication([])  # noqa: F841 (the tabs are widgets)
    store = Store.open(args["db"])
    repeat = int(args.get("repeat", 5))
    flt = ChartFilter()

    def task_list() -> None:
        n = store.tasks.count(TaskFilter())
        store.tasks.page(TaskFilter(), 0, 200, descending=True, matches=n)

    queries = [("任务列表", task_list)]
    for cls in charts_page.ChartTab.__subclasses__():
        tab = cls()
        queries.append((f"统计·{cls.title}", lambda t=tab: t.fetch(store, flt, t.prepare(flt))))
    results = []
    with measure:
        for label, run in queries:
            times = []
            for _ in range(repeat + 1):
                begun = time.perf_counter()
                run()
                times.append((time.perf_counter() - begun) * 1000)
            results.append({"step": label, "cold_ms": round(times[0], 1), "warm_ms": round(median(times[1:]), 1)})
    store.close()
    return {"steps": results}


def store_total(path: str) -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
    finally:
        conn.close()


CASES = {"task_list_window": task_list_window, "first_open": first_open, "first_open_floor": first_open_floor, "floor_read": floor_read, "import_workbook": import_workbook,
         "import_stages": import_stages, "export_year": export_year,
         "floor_write": floor_write, "queries": queries, "charts": charts,
         "attendance": attendance, "stats_window": stats_window,
         "startup": startup}


def main() -> None:
    name, raw = sys.argv[1], json.loads(sys.argv[2])
    profile = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--profile" else None
    measure = Measure(profile)
    extra = CASES[name](raw, measure)
    print(json.dumps({"case": name, "seconds": measure.seconds, "rss_before_mb": round(measure.rss_before, 1),
                      "peak_rss_mb": round(measure.peak, 1), "peak_of_work_only": measure.peak_reset,
                      "pid": os.getpid(), **extra}, ensure_ascii=False))


if __name__ == "__main__":
    main()
