"""A task, read-only: every field, the original text kept from the workbook, and its flags.

``task_html`` renders it for the preview under the task list (a task's whole story is the task
page, ``task_page.py``).
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from wz_desktop.domain.records import Task
from wz_desktop.ui import palette
from wz_desktop.ui.labels import field_label, flag_label, kind_label, origin_label, status_label


def _t(text: str) -> str:
    return QCoreApplication.translate("TaskDetail", text)


def _esc(value) -> str:
    if value is None or value == "":
        return "<span style='color:#999'>—</span>"
    return html.escape(str(value)).replace("\n", "<br>")


def task_title(task: Task) -> str:
    return task.event_no or task.summary[:30] or _t("任务 #{0}").format(task.id)


def task_html(task: Task, flags: list[tuple]) -> str:
    """The whole task as a small HTML page (Qt rich text)."""
    status_color = palette.STATUS_COLORS.get(task.status)
    status = f"<span>{html.escape(status_label(task.status))}</span>"
    if status_color is not None:
        status = f"<span style='color:{status_color.name()}'>{html.escape(status_label(task.status))}</span>"
    heading = f"<b>{html.escape(task_title(task))}</b>　{html.escape(kind_label(task.kind))}　{status}"
    if task.needs_review:
        heading += f"　<span style='background:#ffe8a3; color:#6b4500'>&nbsp;{html.escape(_t('待复核'))}&nbsp;</span>"

    def cell(value, raw_text=None) -> str:
        """A value, and after it the workbook's original text where that says something the value does not."""
        text = _esc(value)
        if raw_text not in (None, "") and str(raw_text) != str(value if value is not None else ""):
            text += ("　<span style='color:#8a5a00'>" + html.escape(_t("原文：")) + html.escape(str(raw_text))
                     + "</span>")
        return text

    where = ""
    if task.import_sheet or task.import_row:
        where = _t("工作表“{0}” 第 {1} 行").format(task.import_sheet or "?", task.import_row or "?")
        if task.import_id:
            where += _t("（导入批次 #{0}）").format(task.import_id)
    # label/value pairs, two to a line; long texts take a whole line
    wide = [
        (_t("事件摘要"), cell(task.summary)),
        (_t("备注"), cell(task.remarks, task.remarks_raw)),
    ]
    pairs = [
        (_t("出队时间"), cell(task.departure, task.departure_raw)),
        (_t("分队"), cell(task.squads, task.squads_raw)),
        (_t("出队人数"), cell(task.headcount, task.headcount_raw)),
        (_t("出队车次"), cell(task.vehicles, task.vehicles_raw)),
        (_t("类别"), cell(kind_label(task.kind))),
        (_t("状态"), status),
        (_t("事件编号"), cell(task.event_no)),
        (_t("年份"), cell(task.year)),
    ]
    if task.result:
        pairs.append((_t("结果"), cell(task.result)))
    if task.people_helped is not None:
        pairs.append((_t("救助人数"), cell(task.people_helped)))
    if task.returned_at:
        pairs.append((_t("返回时间"), cell(task.returned_at)))
    pairs.append((_t("来源"), cell(origin_label(task.origin))))
    pairs.append((_t("导入位置"), cell(where)))
    pairs.append((_t("待复核"), html.escape(_t("是") if task.needs_review else _t("否"))))
    pairs.append((_t("内部编号"), cell(task.id)))

    label_style = "color:#666; white-space:nowrap"
    out = [f"<p style='font-size:large; margin-bottom:4px'>{heading}</p>",
           "<table cellspacing='0' cellpadding='2' width='100%'>"]
    for label, value in wide:
        out.append(f"<tr><td valign='top' style='{label_style}'>{html.escape(label)}</td>"
                   f"<td valign='top' colspan='3'>{value}</td></tr>")
    for i in range(0, len(pairs), 2):
        row = pairs[i:i + 2]
        cells = "".join(f"<td valign='top' style='{label_style}' width='10%'>{html.escape(label)}</td>"
                        f"<td valign='top' width='40%'>{value}</td>" for label, value in row)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    if flags:
        out.append(f"<p><b>{html.escape(_t('标记'))}</b>（{len(flags)}）</p>")
        out.append("<table cellspacing='0' cellpadding='3' width='100%'>")
        out.append("<tr>" + "".join(f"<th align='left'>{html.escape(h)}</th>" for h in
                                    (_t("字段"), _t("问题"), _t("原文"), _t("说明"), _t("处理"))) + "</tr>")
        for field, code, raw_text, note, resolved in flags:
            out.append(
                "<tr>"
                f"<td valign='top'>{html.escape(field_label(field))}</td>"
                f"<td valign='top'>{html.escape(flag_label(code))}</td>"
                f"<td valign='top'>{_esc(raw_text)}</td>"
                f"<td valign='top'>{_esc(note)}</td>"
                f"<td valign='top'>{html.escape(_t('已处理') if resolved else _t('未处理'))}</td>"
                "</tr>"
            )
        out.append("</table>")
    else:
        out.append(f"<p style='color:#777'>{html.escape(_t('没有标记。'))}</p>")
    return "\n".join(out)
