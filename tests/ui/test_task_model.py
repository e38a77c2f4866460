"""The lazily paged task model on a real database: counts, pages, filters, sort, the review marker."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.store import TaskFilter
from wz_desktop.ui.task_model import NEEDS_REVIEW_ROLE, TASK_ID_ROLE, Column, TaskTableModel

from .conftest import fill, make_tasks


def test_row_count_and_rows_across_pages(qapp, store):
    tasks = make_tasks(450)
    fill(store, tasks)
    model = TaskTableModel(store, page_size=100, max_pages=3)
    assert model.rowCount() == 450
    assert model.columnCount() == len(Column)
    assert model.rowCount(model.index(0, 0)) == 0  # a table: rows have no children
    assert model.pages_fetched == 0  # nothing read before the view asks

    newest_first = sorted(tasks, key=lambda t: (t.departure, t.id), reverse=True)
    for row in (0, 1, 99, 100, 250, 449):
        expected = newest_first[row]
        assert model.data(model.index(row, Column.EVENT_NO)) == expected.event_no
        assert model.data(model.index(row, Column.DEPARTURE)) == expected.departure
        assert model.data(model.index(row, Column.SUMMARY)) == expected.summary
        assert model.data(model.index(row, Column.KIND)) == expected.kind.sheet_name
        assert model.data(model.index(row, Column.HEADCOUNT)) == str(expected.headcount)
        assert model.data(model.index(row, Column.SQUADS)) == expected.squads
        assert model.data(model.index(row, 0), TASK_ID_ROLE) == expected.id
    # six rows on four pages (0, 1, 2, 4), but only the three used last are kept
    assert model.pages_fetched == 4
    assert model.cached_pages() == [1, 2, 4]
    # a row of a cached page costs nothing more; a forgotten page is read again
    model.data(model.index(449, 0))
    assert model.pages_fetched == 4
    model.data(model.index(0, 0))
    assert model.pages_fetched == 5
    assert model.cached_pages() == [2, 4, 0]
    assert model.data(model.index(450, 0)) is None
    assert model.data(QModelIndex()) is None


def test_headers_and_chinese_words(qapp, store):
    fill(store, make_tasks(12))
    model = TaskTableModel(store)
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == ["事件编号", "类别", "出队时间", "事件摘要", "人数", "车次", "分队", "备注", "状态"]
    statuses = {model.data(model.index(r, Column.STATUS)) for r in range(12)}
    assert statuses == {"归档", "已考核", "待考核", "待交考勤", "出队", "取消"}
    kinds = {model.data(model.index(r, Column.KIND)) for r in range(12)}
    assert kinds == {k.sheet_name for k in TaskKind}


def test_needs_review_rows_are_marked(qapp, store):
    fill(store, make_tasks(30, review_every=7))
    model = TaskTableModel(store)
    marked = [r for r in range(30) if model.data(model.index(r, 0), NEEDS_REVIEW_ROLE)]
    assert len(marked) == 5  # tasks 0, 7, 14, 21, 28
    row = marked[0]
    assert model.data(model.index(row, Column.SUMMARY), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(row, Column.EVENT_NO), Qt.ItemDataRole.DecorationRole) is not None
    assert "待复核" in model.data(model.index(row, Column.STATUS), Qt.ItemDataRole.ToolTipRole)
    plain = next(r for r in range(30) if r not in marked)
    assert model.data(model.index(plain, Column.SUMMARY), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(plain, Column.EVENT_NO), Qt.ItemDataRole.DecorationRole) is None
    model.set_filter(TaskFilter(needs_review=True))
    assert model.rowCount() == 5


def test_filters_and_sort(qapp, store):
    tasks = make_tasks(300)
    fill(store, tasks)
    model = TaskTableModel(store)
    counts = []
    model.count_changed.connect(counts.append)

    model.set_filter(TaskFilter(year=2021))
    assert model.rowCount() == sum(1 for t in tasks if t.year == 2021) == 150
    assert all(model.data(model.index(r, Column.EVENT_NO)).startswith("WZ2021") for r in range(0, 150, 7))

    model.set_filter(TaskFilter(year=2022, kind=TaskKind.URBAN))
    expected = [t for t in tasks if t.year == 2022 and t.kind is TaskKind.URBAN]
    assert model.rowCount() == len(expected) == 50
    assert {model.data(model.index(r, Column.KIND)) for r in range(50)} == {"城市搜救"}
    model.set_filter(TaskFilter(year=2021, kind=TaskKind.URBAN))
    assert model.rowCount() == 0

    model.set_filter(TaskFilter(text="落水"))  # two characters: LIKE
    assert model.rowCount() == sum(1 for t in tasks if "落水" in t.summary) == 50
    model.set_filter(TaskFilter(text="老人走失"))  # four: the trigram index
    assert model.rowCount() == sum(1 for t in tasks if "老人走失" in t.summary) == 50
    model.set_filter(TaskFilter(text="WZ2021-0001"))
    assert model.rowCount() == 1
    assert counts[-1] == 1

    model.set_filter(TaskFilter())
    first_desc = model.data(model.index(0, Column.DEPARTURE))
    model.sort(Column.DEPARTURE, Qt.SortOrder.AscendingOrder)
    assert not model.descending
    first_asc = model.data(model.index(0, Column.DEPARTURE))
    departures = sorted(t.departure for t in tasks)
    assert first_asc == departures[0] and first_desc == departures[-1]
    ascending = [model.data(model.index(r, Column.DEPARTURE)) for r in range(300)]
    assert ascending == departures
    model.sort(Column.SUMMARY, Qt.SortOrder.DescendingOrder)  # not sortable: nothing changes
    assert not model.descending


def test_raw_values_show_when_unreadable(qapp, store):
    from wz_desktop.domain.records import Task

    fill(store, [Task(kind=TaskKind.URBAN, summary="夜间寻人\n第二行", departure=None, departure_raw="3月5日晚上",
                      year=2021, headcount=None, headcount_raw="十几人", needs_review=True)])
    model = TaskTableModel(store)
    assert model.data(model.index(0, Column.DEPARTURE)) == "3月5日晚上"
    assert model.data(model.index(0, Column.HEADCOUNT)) == "十几人"
    assert model.data(model.index(0, Column.SUMMARY)) == "夜间寻人 第二行"  # one line in the table
    assert "第二行" in model.data(model.index(0, Column.SUMMARY), Qt.ItemDataRole.ToolTipRole)


def test_stays_fast_with_many_tasks(qapp, store):
    fill(store, make_tasks(20000, years=(2019, 2020, 2021, 2022)))
    import time

    started = time.perf_counter()
    model = TaskTableModel(store)
    model.data(model.index(0, 0))
    model.data(model.index(19999, 0))  # the last page, with a deep OFFSET
    model.set_filter(TaskFilter(text="游客落水"))
    model.data(model.index(0, 0))
    assert time.perf_counter() - started < 2.0
    assert model.pages_fetched == 3
