"""The research dataset: the five elements the team offers researchers — calls (求助信息), dispatch
(调度), attendance (出勤: per task and per pseudonymous member), resources (车辆) and outcomes (执行
结果) — as tidy tables in CSV (UTF-8 with BOM: opens in Excel and WPS) and Parquet, with a data
dictionary (Chinese and English) and a README holding the k-anonymity report.

- No names, phones, places finer than the district, no free text: members are ``M0001``-style
  pseudonyms from an HMAC with a random secret made for this export and thrown away (stable within
  one dataset, unlinkable across datasets); vehicles likewise (``V01``); tasks and calls get
  sequential ids of this dataset only.
- Quasi-identifiers generalised: age (read from the call or summary, ``64岁``) → five-year band,
  place → district, times → the hour.
- k-anonymity on (kind, district, date, age band) in calls and dispatch: a row whose combination
  is shared by fewer than k rows has its date coarsened to the month, then its age band to 未知,
  then its month to the quarter, then is suppressed (dropped); the README says how many of each.

pandas is imported here only (never at the window's start). ``load(DIR)`` gives the tables back.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from pathlib import Path

from wz_desktop.domain.lifecycle import MEMBER_ROLES
from wz_desktop.domain.records import CALL_SOURCES, DISTRICTS as RECORD_DISTRICTS, RESULTS
from wz_desktop.domain.text import msg

K = 3
KIND_VALUES = ("water", "urban", "mountain", "training", "epidemic", "upkeep")
TABLES = ("calls", "dispatch", "attendance_task", "attendance_member", "resources", "outcomes", "searches")
DISTRICTS = tuple(dict.fromkeys((*RECORD_DISTRICTS, "高新区", "保税区", "长兴岛")))
OTHER = "其他"


def _one_of(value, allowed) -> str:
    """A word of a fixed list, or 其他: no free text reaches a researcher through a category."""
    value = (value or "").strip()
    return value if value in allowed else (OTHER if value else "")
_AGE = re.compile(r"(\d{1,3})\s*岁")

# column → (Chinese, English, meaning in English)
DICTIONARY: dict[str, dict[str, tuple[str, str, str]]] = {
    "calls": {
        "call_ref": ("求助编号", "call reference", "sequential id of the call in this dataset only"),
        "received_hour": ("接报时间（到小时）", "received (hour)", "when the call came in, to the hour (YYYY-MM-DD HH:00); coarsened rows: the month"),
        "date": ("日期", "date", "day of the call (YYYY-MM-DD), or the month (YYYY-MM) or quarter (YYYY-Q2) where k-anonymity coarsened it"),
        "source": ("来源", "source", "who passed the call on (110指挥中心, 家属, 群众 …)"),
        "district": ("区域", "district", "district of the place (no finer)"),
        "kind": ("类别", "kind", "kind of task the call asked for (water, urban, mountain …)"),
        "age_band": ("年龄段", "age band", "age of the person concerned in five-year bands (60-64), 未知 when unknown or suppressed"),
        "verified": ("核实结果", "verification", "属实 / 不实 / 重复 / 已解除, empty when not verified"),
        "minutes_to_verify": ("核实用时（分钟）", "minutes to verify", "minutes from the call to its verification"),
        "minutes_to_departure": ("出队用时（分钟）", "minutes to departure", "minutes from the call to the first departure"),
    },
    "dispatch": {
        "task_ref": ("任务编号", "task reference", "sequential id of the task in this dataset only"),
        "kind": ("类别", "kind", "water, urban, mountain, training, epidemic, upkeep"),
        "date": ("日期", "date", "day of departure, or the month (YYYY-MM) or quarter (YYYY-Q2) where k-anonymity coarsened it"),
        "departure_hour": ("出队时间（到小时）", "departure (hour)", "departure to the hour; empty where the date was coarsened"),
        "district": ("区域", "district", "district of the call, else of the first squad"),
        "age_band": ("年龄段", "age band", "age band of the person concerned, 未知 when unknown"),
        "squads": ("分队数", "squads", "number of squads sent"),
        "headcount": ("出队人数", "headcount", "people sent (the workbook's count)"),
        "vehicle_trips": ("出队车次", "vehicle trips", "vehicle trips (the workbook's count)"),
        "has_call": ("有来电记录", "has call", "whether the task came from a logged call"),
        "call_ref": ("求助编号", "call reference", "the call in calls.csv, where there is one"),
    },
    "attendance_task": {
        "task_ref": ("任务编号", "task reference", "the task in dispatch.csv"),
        "member": ("队员代号", "member pseudonym", "pseudonymous member id, stable within this dataset only"),
        "role": ("角色", "role", "role on the task (队员, 队长 …)"),
        "attendance": ("出勤", "attendance", "出勤 / 迟到 / 早退 / 缺勤, empty before the review"),
        "hours": ("时长（小时）", "hours", "hours on the task"),
        "brings_car": ("自带车辆", "own car", "whether the member brought their own car"),
    },
    "attendance_member": {
        "member": ("队员代号", "member pseudonym", "pseudonymous member id, as in attendance_task"),
        "tasks": ("任务数", "tasks", "tasks the member was sent on"),
        "attended": ("出勤次数", "attended", "tasks attended (出勤, 迟到, 早退)"),
        "absent": ("缺勤次数", "absent", "tasks marked 缺勤"),
        "hours": ("总时长（小时）", "hours", "hours on attended tasks"),
        "own_car": ("自带车辆次数", "own car", "tasks with the member's own car"),
    },
    "resources": {
        "task_ref": ("任务编号", "task reference", "the task in dispatch.csv"),
        "vehicle": ("车辆代号", "vehicle pseudonym", "pseudonymous vehicle id (no plate), this dataset only"),
        "owner": ("归属", "owner", "team (队伍车辆) or member (队员私家车)"),
        "seats": ("座位数", "seats", "seats of the vehicle"),
        "trips": ("车次", "trips", "trips of the vehicle on the task"),
    },
    "outcomes": {
        "task_ref": ("任务编号", "task reference", "the task in dispatch.csv"),
        "status": ("状态", "status", "dispatched, returned, submitted, approved, archived, cancelled"),
        "result": ("任务结果", "result", "the task's result as recorded (找到, 未找到 …)"),
        "people_helped": ("救助人数", "people helped", "people helped"),
        "duration_hours": ("任务时长（小时）", "duration (hours)", "hours from departure to return"),
    },
    "searches": {
        "case_ref": ("案件编号", "case reference", "sequential id of the missing-person case in this dataset only"),
        "category": ("人员类别", "category", "失智老人, 智力障碍, 精神疾病, 儿童, 离家出走青少年, 轻生倾向, 登山徒步, 垂钓赶海, 其他"),
        "date": ("日期", "date", "day of the last sighting, or the month or quarter where k-anonymity coarsened it"),
        "district": ("区域", "district", "district of the last-seen point (no finer), 未知 when unknown"),
        "age_band": ("年龄段", "age band", "age of the person in five-year bands, 未知 when unknown or suppressed"),
        "outcome": ("结果", "outcome", "找到平安, 受伤找到, 遇难, 自行返回, 未找到; empty while searching"),
        "found_by": ("找到者", "found by", "救援队, 警方, 家属, 群众, 本人"),
        "distance_m": ("找到距离（米）", "distance (m)", "last-seen point to found point, rounded to 100 m; empty when a point is unknown"),
        "hours_to_find": ("找到用时（小时）", "hours to find", "last sighting to the find, rounded to the half hour"),
    },
}


class DatasetError(Exception):
    """The message is for people (Chinese)."""


def _age_band(*texts) -> str:
    for text in texts:
        m = _AGE.search(text or "")
        if m:
            return _band(int(m.group(1)))
    return "未知"


def _band(age: int | None) -> str:
    """An age in its five-year band (60-64), 未知 when unknown or not a plausible age."""
    if age is None or not 0 < age < 120:
        return "未知"
    low = age // 5 * 5
    return f"{low}-{low + 4}"


def _district(*values) -> str:
    for value in values:
        for d in DISTRICTS:
            if value and (d in value or d.rstrip("区市县") in value):
                return d
    return "未知"


def _hour(stamp: str | None) -> str | None:
    if not stamp or len(stamp) < 13:
        return None
    return stamp[:13] + ":00"


def _minutes(a: str | None, b: str | None) -> float | None:
    try:
        return round((dt.datetime.fromisoformat(b) - dt.datetime.fromisoformat(a)).total_seconds() / 60, 1)
    except (TypeError, ValueError):
        return None


def _pseudonym(secret: bytes, prefix: str, value, width: int) -> str:
    digest = hmac.new(secret, f"{prefix}:{value}".encode(), hashlib.sha256).hexdigest()
    return digest[:width]


def k_anonymize(frame, k: int = K) -> dict:
    """Coarsen then suppress the rows of ``frame`` (columns kind, district, date, age_band) whose
    combination fewer than k rows share. Changes ``frame`` in place; returns the report."""
    key = ["kind", "district", "date", "age_band"]
    report = {"rows": len(frame), "date_to_month": 0, "age_to_unknown": 0, "month_to_quarter": 0, "suppressed": 0}

    def rare():
        return frame.groupby(key, dropna=False)["kind"].transform("size") < k

    mask = rare()
    report["date_to_month"] = int(mask.sum())
    frame.loc[mask, "date"] = frame.loc[mask, "date"].str[:7]
    for col in ("departure_hour", "received_hour"):
        if col in frame:
            frame.loc[mask, col] = None
    mask = rare()
    report["age_to_unknown"] = int((mask & (frame["age_band"] != "未知")).sum())
    frame.loc[mask, "age_band"] = "未知"
    mask = rare()
    report["month_to_quarter"] = int(mask.sum())
    months = frame.loc[mask, "date"].str[:7]
    frame.loc[mask, "date"] = months.str[:4] + "-Q" + ((months.str[5:7].astype(int) - 1) // 3 + 1).astype(str)
    mask = rare()
    report["suppressed"] = int(mask.sum())
    frame.drop(frame.index[mask], inplace=True)
    report["smallest_group"] = int(frame.groupby(key, dropna=False).size().min()) if len(frame) else 0
    return report


def build(store, since: str, until: str, k: int = K) -> tuple[dict, dict]:
    """The tables (name → DataFrame) and the k-anonymity report of a period."""
    import pandas as pd

    secret = secrets.token_bytes(32)  # this export's secret, never written anywhere
    tasks = store.sharing.dataset_tasks(since, until)
    calls = store.sharing.dataset_calls(since, until)
    call_refs = {c["call_id"]: f"C{i:05d}" for i, c in enumerate(calls, start=1)}
    task_refs = {t["task_id"]: f"T{i:05d}" for i, t in enumerate(tasks, start=1)}

    calls_df = pd.DataFrame([{
        "call_ref": call_refs[c["call_id"]],
        "received_hour": _hour(c["received_at"]),
        "date": (c["received_at"] or "")[:10],
        "source": _one_of(c["source"], CALL_SOURCES),
        "district": _district(c["district"], c["place"]),
        "kind": _one_of(c["suggested_kind"], KIND_VALUES),
        "age_band": _age_band(c["description"]),
        "verified": c["verified"] or "",
        "minutes_to_verify": _minutes(c["received_at"], c["verified_at"]),
        "minutes_to_departure": _minutes(c["received_at"], c["first_departure"]),
    } for c in calls], columns=list(DICTIONARY["calls"]))
    dispatch = pd.DataFrame([{
        "task_ref": task_refs[t["task_id"]],
        "kind": t["kind"],
        "date": (t["departure"] or "")[:10],
        "departure_hour": _hour(t["departure"]),
        "district": _district(t["call_district"], t["squad_district"], t["call_place"], t["squads"]),
        "age_band": _age_band(t["call_description"], t["summary"]),
        "squads": t["squad_count"],
        "headcount": t["headcount"],
        "vehicle_trips": t["vehicles"],
        "has_call": t["received_at"] is not None,
        "call_ref": None,
    } for t in tasks], columns=list(DICTIONARY["dispatch"]))
    reports = {"calls": k_anonymize(calls_df, k), "dispatch": k_anonymize(dispatch, k)}
    kept_calls = set(calls_df["call_ref"])
    by_task_call = {task_refs[t["task_id"]]: call_refs.get(t.get("call_id")) for t in tasks}
    dispatch["call_ref"] = [c if c in kept_calls else None for c in dispatch["task_ref"].map(by_task_call)]
    kept = set(dispatch["task_ref"])

    attendance = pd.DataFrame([{
        "task_ref": task_refs[a["task_id"]],
        "member": "M" + _pseudonym(secret, "member", a["member_id"], 10),
        "role": _one_of(a["role"], MEMBER_ROLES),
        "attendance": a["attendance"] or "",
        "hours": a["hours"],
        "brings_car": bool(a["brings_car"]),
    } for a in store.sharing.dataset_attendance(since, until) if a["task_id"] in task_refs],
        columns=list(DICTIONARY["attendance_task"]))
    attendance = attendance[attendance["task_ref"].isin(kept)].reset_index(drop=True)
    attendance["hours"] = pd.to_numeric(attendance["hours"], errors="coerce").astype("float64")
    attendance["brings_car"] = attendance["brings_car"].astype(bool)
    attended = attendance["attendance"].isin(["出勤", "迟到", "早退"])
    per_member = pd.DataFrame({
        "tasks": attendance.groupby("member").size(),
        "attended": attended.groupby(attendance["member"]).sum(),
        "absent": (attendance["attendance"] == "缺勤").groupby(attendance["member"]).sum(),
        "hours": attendance["hours"].where(attended, 0).fillna(0).groupby(attendance["member"]).sum().round(2),
        "own_car": attendance["brings_car"].groupby(attendance["member"]).sum(),
    }).reset_index().rename(columns={"index": "member"})
    per_member = per_member.reindex(columns=list(DICTIONARY["attendance_member"]))
    resources = pd.DataFrame([{
        "task_ref": task_refs[v["task_id"]],
        "vehicle": "V" + _pseudonym(secret, "vehicle", v["vehicle_id"], 8),
        "owner": "队伍车辆" if v["owner_kind"] == "team" else "队员私家车",
        "seats": v["seats"],
        "trips": v["trips"],
    } for v in store.sharing.dataset_vehicles(since, until) if v["task_id"] in task_refs],
        columns=list(DICTIONARY["resources"]))
    resources = resources[resources["task_ref"].isin(kept)].reset_index(drop=True)
    outcomes = pd.DataFrame([{
        "task_ref": task_refs[t["task_id"]],
        "status": t["status"],
        "result": _one_of(t["result"], RESULTS),
        "people_helped": t["people_helped"],
        "duration_hours": (None if _minutes(t["departure"], t["returned_at"]) is None
                           else round(_minutes(t["departure"], t["returned_at"]) / 60, 2)),
    } for t in tasks], columns=list(DICTIONARY["outcomes"]))
    outcomes = outcomes[outcomes["task_ref"].isin(kept)].reset_index(drop=True)
    for frame in (dispatch, attendance, resources, outcomes, calls_df):
        frame.reset_index(drop=True, inplace=True)
    for col in ("headcount", "vehicle_trips", "squads"):
        dispatch[col] = dispatch[col].astype("Int64")
    outcomes["people_helped"] = outcomes["people_helped"].astype("Int64")
    resources["seats"] = resources["seats"].astype("Int64")
    searches = _searches(store, since, until)
    reports["searches"] = k_anonymize(searches, k)
    searches = searches.rename(columns={"kind": "category"}).reset_index(drop=True)
    searches["case_ref"] = [f"S{i:05d}" for i in range(1, len(searches) + 1)]
    tables = {"calls": calls_df, "dispatch": dispatch, "attendance_task": attendance,
              "attendance_member": per_member, "resources": resources, "outcomes": outcomes, "searches": searches}
    _validate(tables)
    return tables, reports


def _searches(store, since: str, until: str):
    """The missing-person cases whose last sighting is in the period: the statistics' view of each
    (``domain.cases.Finding``: nothing personal, no point), generalised; the category stands in the
    column ``kind`` until k-anonymity has run (its quasi-identifiers are the same four)."""
    import pandas as pd

    from wz_desktop.domain.cases import CATEGORIES, FOUND_BY, OUTCOMES

    end = (dt.date.fromisoformat(until) + dt.timedelta(days=1)).isoformat()
    rows = [{
        "case_ref": None,
        "kind": _one_of(f.category, CATEGORIES),
        "date": f.date,
        "district": f.district if f.district in DISTRICTS else "未知",
        "age_band": _band(f.age),
        "outcome": _one_of(f.outcome, OUTCOMES),
        "found_by": _one_of(f.found_by, FOUND_BY),
        "distance_m": None if f.distance_m is None else int(round(f.distance_m / 100) * 100),
        "hours_to_find": None if f.hours_to_find is None else round(f.hours_to_find * 2) / 2,
    } for f in store.cases.findings(since=since, until=end, districts=True) if f.date]
    frame = pd.DataFrame(rows, columns=["case_ref", "kind", *list(DICTIONARY["searches"])[2:]])
    frame["distance_m"] = frame["distance_m"].astype("Int64")
    frame["hours_to_find"] = pd.to_numeric(frame["hours_to_find"], errors="coerce").astype("float64")
    return frame


def _validate(tables: dict) -> None:
    """Every column in the dictionary and the other way round; references resolve; no free text."""
    for name, frame in tables.items():
        if list(frame.columns) != list(DICTIONARY[name]):
            raise DatasetError(msg("数据集表 {name} 的列与数据字典不符。", name=name))
    refs = set(tables["dispatch"]["task_ref"])
    for name in ("attendance_task", "resources", "outcomes"):
        if not set(tables[name]["task_ref"]) <= refs:
            raise DatasetError(msg("数据集表 {name} 引用了不存在的任务。", name=name))
    if tables["dispatch"]["task_ref"].duplicated().any():
        raise DatasetError(msg("数据集的任务编号重复。"))


def _readme(since: str, until: str, tables: dict, reports: dict, k: int) -> str:
    # a file in both languages already, the same from every window: str.format, never msg()
    lines = ["# 万众救援台研究数据集 / Wanzhong rescue research dataset ({since} – {until})".format(since=since, until=until), "",
             "由大连万众应急救援队秘书组导出。不含姓名、电话、证件号、车牌、地址和自由文本；队员和车辆使用本数据集内有效的"
             "代号（每次导出使用新的随机密钥，不同数据集之间无法关联）。",
             "Exported by the secretariat of the Dalian Wanzhong Emergency Rescue Team. No names, phones, ids, plates,"
             " addresses or free text; members and vehicles have pseudonyms valid within this dataset only (a new random"
             " secret per export: datasets cannot be linked).", "",
             "## 表 / Tables", ""]
    for name, frame in tables.items():
        lines.append("- `{name}.csv` / `{name}.parquet`: {rows} 行 rows".format(name=name, rows=len(frame)))
    lines += ["", "列的含义见 `data_dictionary.csv`。 Columns: see `data_dictionary.csv`.", "",
              "## k-匿名报告 / k-anonymity report (k = {k})".format(k=k), "",
              "准标识符 / quasi-identifiers: (kind, district, date, age_band)。年龄为五岁一段，地点只到区，时间只到小时。"
              " Age in five-year bands, place to the district, times to the hour.", "",
              "| 表 table | 行 rows | 日期改为月份 date → month | 年龄段改为未知 age → unknown | 月份改为季度 month → quarter"
              " | 删除 suppressed | 最小组 smallest group |",
              "|---|---|---|---|---|---|---|"]
    for name, r in reports.items():
        lines.append(f"| {name} | {r['rows']} | {r['date_to_month']} | {r['age_to_unknown']} | {r['month_to_quarter']} |"
                     f" {r['suppressed']} |"
                     f" {r['smallest_group']} |")
    lines += ["", "研究者可以了解：各类任务的数量、时间（到小时）、区域、出队人数和车次、响应时长、结果，以及匿名队员的出勤规律。",
              "研究者不能了解：任何求助人、走失者或队员的身份、联系方式、住址或车辆；也不能把本数据集与其他导出关联。",
              "Researchers may learn: how many tasks of each kind, when (to the hour), where (district), with how many"
              " people and vehicles, how fast, with what result, and the attendance patterns of pseudonymous members.",
              "They may not learn: who any caller, missing person or member is, their phone, address or vehicle;"
              " nor link this dataset to another export.", ""]
    return "\n".join(lines)


def write(store, since: str, until: str, folder: str | Path, k: int = K) -> dict:
    """Build and write the dataset into ``folder`` (created; must be empty). Returns the report."""
    import pandas as pd

    try:
        a, b = dt.date.fromisoformat(since), dt.date.fromisoformat(until)
    except ValueError as exc:
        raise DatasetError(msg("日期应写成 YYYY-MM-DD。")) from exc
    if b < a:
        raise DatasetError(msg("截止日期早于起始日期。"))
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise DatasetError(msg("文件夹“{folder}”不是空的，请选择一个新的或空的文件夹。", folder=folder))
    tables, reports = build(store, since, until, k)
    if len(tables["dispatch"]) == 0 and len(tables["calls"]) == 0:
        raise DatasetError(msg("{since} 至 {until} 之间没有任务和来电。", since=since, until=until))
    tmp = folder.with_name(folder.name + ".part")
    tmp.mkdir(parents=True, exist_ok=False)
    try:
        for name, frame in tables.items():
            frame.to_csv(tmp / f"{name}.csv", index=False, encoding="utf-8-sig")
            frame.to_parquet(tmp / f"{name}.parquet", index=False)
        rows = [{"table": t, "column": c, "name_zh": zh, "name_en": en, "meaning": meaning}
                for t, cols in DICTIONARY.items() for c, (zh, en, meaning) in cols.items()]
        pd.DataFrame(rows).to_csv(tmp / "data_dictionary.csv", index=False, encoding="utf-8-sig")
        (tmp / "README.md").write_text(_readme(since, until, tables, reports, k), encoding="utf-8")
        if folder.exists():
            folder.rmdir()
        tmp.rename(folder)
    except BaseException:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
        raise
    cells = sum(len(f) for f in tables.values())
    store.sharing.record_share(msg("研究数据集 {since} 至 {until}", since=since, until=until), str(folder), 0,
                               note=msg("{cells} 行；k={k}；删除 {suppressed} 行", cells=cells, k=k,
                                        suppressed=sum(r['suppressed'] for r in reports.values())))
    return reports


def load(folder: str | Path) -> dict:
    """The dataset's tables as pandas DataFrames (from Parquet, else CSV), by name."""
    import pandas as pd

    folder = Path(folder)
    out = {}
    for name in TABLES:
        parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
        if parquet.exists():
            out[name] = pd.read_parquet(parquet)
        elif csv.exists():
            out[name] = pd.read_csv(csv, encoding="utf-8-sig")
    return out
