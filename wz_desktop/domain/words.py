"""The word table: every word the application shows for a code, in one place (no Qt here).

Each table maps a code to its Chinese word (the source: what the window shows untranslated, what
the command line prints and what the audit stores) and gives its English beside it. The window
translates a word with Qt in the table's ``context``; ``resources/translations/extract.py`` reads
the tables below (``TABLES``) and writes their English into the .ts, so a word added here needs
nothing else to be translated. ``tests/test_words.py`` checks that every word has its English and
that no (context, word) is given two Englishes.

The last section, **the workbook's file format**, is different: sheet names and column headers
that must match the six-sheet format (``/work/shared/docs/workbook-format.md``) exactly. Those are
never translated: a workbook written in an English window is the same file.

Adding a kind (docs/adding-a-kind.md): a member of :class:`TaskKind`, its row in ``KINDS`` and its
sheet in ``SHEET_NAMES``, all in this file, and one migration.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum


class Words(dict[str, str]):
    """A table of words: code -> Chinese word (a dict, so the old names keep working), with
    ``english`` (code -> English) and the Qt ``context`` the window translates the word in."""

    context: str
    english: dict[str, str]

    def __init__(self, context: str, rows: Mapping[str, tuple[str, str]]):
        super().__init__((code, zh) for code, (zh, _en) in rows.items())
        self.context = context
        self.english = {code: en for code, (_zh, en) in rows.items()}

    @classmethod
    def vocabulary(cls, context: str, rows: Mapping[str, str]) -> Words:
        """A vocabulary: the stored value is the Chinese word itself (Chinese -> English)."""
        return cls(context, {zh: (zh, en) for zh, en in rows.items()})

    def pairs(self) -> list[tuple[str, str]]:
        """(Chinese, English) of every word, in order."""
        return [(zh, self.english[code]) for code, zh in self.items()]


# --- the team ------------------------------------------------------------------------------------

APP_TITLE = "万众救援台"
TEAM_NAME = "大连万众应急救援队"
TEAM = Words("Team", {"app": (APP_TITLE, "Wanzhong Rescue Desk"),
                      "team": (TEAM_NAME, "Dalian Wanzhong Emergency Rescue Team")})


# --- the kinds of task ---------------------------------------------------------------------------

class TaskKind(str, Enum):
    """A kind's code is what ``tasks.kind`` stores (a row of ``task_kinds``, added by a migration)."""

    WATER = "water"
    URBAN = "urban"
    MOUNTAIN = "mountain"
    TRAINING = "training"
    EPIDEMIC = "epidemic"
    UPKEEP = "upkeep"

    @property
    def sheet_name(self) -> str:
        return SHEET_NAMES[self]

    @property
    def order(self) -> int:
        return KIND_ORDER.index(self)

    @property
    def needs_call(self) -> bool:
        """Rescues start with a call and a verification; the others are planned work."""
        return KINDS[self].needs_call


@dataclass(frozen=True)
class Kind:
    name: str  # the window's word (translated, context "Labels")
    english: str
    colour: str  # the same in every chart (the 统计 page and the printed report)
    recognise: tuple[str, ...]  # words that say a sheet or a title row is about this kind, most specific first
    needs_call: bool  # a rescue that starts with a call


# in the order of the workbook's sheets and of every list
KINDS: dict[TaskKind, Kind] = {
    TaskKind.WATER: Kind("水上救援", "Water rescue", "#1f77b4", ("水上", "水域", "海上", "涉水", "水难", "溺水"), True),
    TaskKind.URBAN: Kind("城市搜救", "Urban search", "#ff7f0e", ("城市", "城区", "走失", "寻人", "市区"), True),
    TaskKind.MOUNTAIN: Kind("山地救援", "Mountain rescue", "#2ca02c", ("山地", "山野", "登山", "山区", "野外"), True),
    TaskKind.TRAINING: Kind("培训保障", "Training support", "#9467bd",
                            ("培训", "保障", "演练", "宣讲", "赛事", "活动"), False),
    TaskKind.EPIDEMIC: Kind("疫情防控", "Epidemic control", "#d62728", ("疫情", "防疫", "抗疫", "核酸", "防控"), False),
    TaskKind.UPKEEP: Kind("队伍整备与设备保养", "Team upkeep and equipment", "#8c564b",
                          ("整备", "保养", "装备", "设备", "维护", "器材"), False),
}
KIND_ORDER: list[TaskKind] = list(KINDS)
KIND_NAMES = Words("Labels", {k.value: (w.name, w.english) for k, w in KINDS.items()})
KIND_COLORS: dict[str, str] = {k.value: w.colour for k, w in KINDS.items()}  # by code


# --- statuses and where a record came from ------------------------------------------------------

TASK_STATUSES = Words("Labels", {  # one word per state: the desk, the list, the page
    "dispatched": ("出队", "Dispatched"), "returned": ("待交考勤", "Attendance due"),
    "submitted": ("待考核", "To review"), "approved": ("已考核", "Reviewed"), "archived": ("归档", "Archived"),
    "cancelled": ("取消", "Cancelled"),
})
CALL_STATUSES = Words("CallStatus", {
    "logged": ("接报", "Logged"), "verified": ("核实", "Verified"), "dispatched": ("出队", "Dispatched"),
    "false": ("不实", "False"), "duplicate": ("重复", "Duplicate"), "resolved": ("已解除", "Resolved"),
})
ORIGINS = Words("Labels", {"app": ("本程序录入", "Entered here"), "import": ("工作簿导入", "Workbook import"),
                           "demo": ("演示数据", "Demo data")})


# --- the steps of the workflow (the task's history, the audit) -----------------------------------

STEPS = Words("Step", {
    "dispatched": ("出队", "Dispatch"), "dispatch_changed": ("修改出队", "Dispatch changed"),
    "returned": ("返回", "Returned"), "submitted": ("交考勤", "Attendance handed in"),
    "sent_back": ("退回", "Sent back"), "approved": ("考核通过", "Approved"), "archived": ("归档", "Archived"),
    "reopened": ("重新打开", "Reopened"), "cancelled": ("取消", "Cancelled"), "edited": ("修改", "Update"),
    "case_linked": ("并案", "Joined to a case"), "case_unlinked": ("移出案件", "Left the case"),
    "attendance": ("考勤", "Attendance"),
})
# the review's stages (the task page's table of reviews)
STAGES = Words("TaskPage", {
    "submitted": ("交考勤", "Hand in attendance"), "returned": ("退回", "Returned"),
    "approved": ("考核通过", "Approve"), "archived": ("归档", "Archived"), "reopened": ("重新打开", "Reopen"),
})
# what the audit calls each action that is not a step of a task
AUDIT_ACTIONS = Words("Step", {
    "insert": ("新增", "Insert"), "update": ("修改", "Update"), "delete": ("删除", "Delete"),
    "import": ("导入", "Import"), "sign_in": ("登录", "Sign-in"), "sign_in_failed": ("登录失败", "Sign-in failed"),
    "status": ("状态变更", "Status change"), "restore": ("从备份恢复", "Restore from backup"),
    "share": ("共享", "Shared"),
})
# what the audit calls each table
AUDIT_TABLES = Words("AuditTable", {
    "tasks": ("任务", "Tasks"), "task_members": ("出队队员", "Members dispatched"),
    "task_vehicles": ("出队车辆", "Vehicles dispatched"), "calls": ("来电", "Calls"),
    "verifications": ("核实", "Verifications"), "cases": ("案件", "Cases"),
    "missing_persons": ("走失人员", "Missing persons"), "reviews": ("考核", "Reviews"),
    "squads": ("分队", "Squads"), "members": ("队员", "Members"), "certifications": ("证书", "Certificates"),
    "vehicles": ("车辆", "Vehicles"), "users": ("用户", "Users"), "settings": ("设置", "Settings"),
    "imports": ("导入", "Imports"), "roster": ("名册", "Roster"), "shares": ("对外共享", "Shares"),
    "database": ("数据库", "Database"),
})


# --- who: the users' roles and the members' roles -----------------------------------------------

ROLES = Words("Users", {"secretary": ("值班秘书", "Duty secretary"), "leader": ("分队长", "Squad leader"),
                        "admin": ("管理员", "Administrator")})
SYSTEM_NAME = "系统/命令行"  # who the audit names when nobody signed in (stored, not shown translated)


# --- the fields of the records (the audit, the task's history, the task page) --------------------

# "table.field" where a table's field needs its own word (a task's leader is the one who led it)
FIELDS = Words("Field", {
    "status": ("状态", "Status"), "name": ("名称", "Name"), "display_name": ("姓名", "Full name"),
    "role": ("角色", "Role"), "squad_id": ("分队", "Squad"), "active": ("启用", "Active"),
    "password": ("密码", "Password"), "login": ("登录名", "Login name"), "leader_id": ("队长", "Leader"),
    "district": ("区域", "District"), "code": ("编号", "Number"), "nickname": ("昵称", "Nickname"),
    "phone": ("电话", "Phone"), "notes": ("备注", "Remarks"), "note": ("备注", "Remarks"),
    "joined_on": ("入队日期", "Joined on"), "number": ("证书编号", "Certificate no."),
    "issued_on": ("发证日期", "Issued on"), "expires_on": ("有效期至", "Valid until"),
    "member_id": ("队员", "Member"), "plate": ("车牌", "Plate"), "owner_kind": ("归属", "Owner type"),
    "owner_member_id": ("车主", "Owner"), "seats": ("座位", "Seats"), "attendance": ("出勤", "Attendance"),
    "hours": ("时长", "Hours"), "value": ("值", "Value"),
    # tasks (the task history's fields)
    "event_no": ("事件编号", "Event no."), "summary": ("事件摘要", "Summary"), "departure": ("出队时间", "Departure"),
    "headcount": ("出队人数", "Headcount"), "vehicles": ("出队车次", "Vehicle trips"), "squads": ("分队", "Squad"),
    "remarks": ("备注", "Remarks"), "result": ("任务结果", "Outcome"), "people_helped": ("救助人数", "People helped"),
    "returned_at": ("返回时间", "Returned at"), "kind": ("类别", "Kind"), "case_id": ("案件", "Case"),
    "members": ("出队队员", "Members dispatched"), "vehicle_ids": ("车辆", "Vehicles"), "call_id": ("来电", "Call"),
    "title": ("名称", "Name"), "file": ("文件", "File"), "year": ("年份", "Year"),
    "tasks.leader_id": ("带队队长", "Team leader"),
    "backup_folder": ("备份文件夹", "Backup folder"), "keep_daily": ("保留每日备份份数", "Daily backups kept"),
    "keep_other": ("保留其他备份份数", "Other backups kept"),
    # the missing-person case (missing_persons)
    "category": ("人员类别", "Category"), "sex": ("性别", "Sex"), "age": ("年龄", "Age"),
    "description": ("体貌特征", "Description"), "photo_path": ("照片", "Photo"),
    "last_seen_at": ("最后出现时间", "Last seen time"), "last_seen_place": ("最后出现地点", "Last seen at"),
    "last_seen_lon": ("最后出现经度", "Last seen longitude"), "last_seen_lat": ("最后出现纬度", "Last seen latitude"),
    "found_at": ("找到时间", "Found at (time)"), "found_place": ("找到地点", "Found at (place)"),
    "found_lon": ("找到经度", "Found longitude"), "found_lat": ("找到纬度", "Found latitude"),
    "outcome": ("结果", "Outcome"), "found_by": ("找到者", "Found by"), "family_phone": ("家属电话", "Family phone"),
    "missing_persons.name": ("姓名", "Full name"), "last_seen": ("最后出现坐标", "Last seen point"),
    "found": ("找到坐标", "Found point"),
    "publish": ("同意公开", "Agreed to publish"), "notice_at": ("启事发布", "Notice published"),
    "notice_withdrawn_at": ("启事撤回", "Notice withdrawn"),
})


def field_word(field: str, table: str | None = None) -> str:
    """The Chinese word of a field (of ``table`` where that table has a word of its own)."""
    return FIELDS.get(f"{table}.{field}") or FIELDS.get(field, field)


# --- the vocabularies: words stored as the team writes them (Chinese), shown in the window's language

VOCABULARIES: dict[str, Words] = {
    "call_source": Words.vocabulary("Vocabulary", {
        "110指挥中心": "110 Command Centre", "海上搜救中心": "Maritime SAR Centre", "海警": "Coast Guard",
        "边防": "Border police", "派出所": "Police station", "消防": "Fire service", "家属": "Family",
        "群众": "Public", "其他": "Other"}),
    "verify_method": Words.vocabulary("Vocabulary", {
        "回拨信息来源": "Called the source back", "机构确认": "Confirmed by the agency", "现场核实": "Checked on site"}),
    "verify_result": Words.vocabulary("Vocabulary", {
        "属实": "True", "不实": "False", "重复": "Duplicate", "已解除": "Resolved"}),
    "result": Words.vocabulary("Vocabulary", {
        "找到平安": "Found safe", "救起": "Rescued", "遗体打捞": "Body recovered", "移交": "Handed over",
        "未找到": "Not found", "取消": "Cancelled", "误报": "False alarm"}),
    "attendance": Words.vocabulary("Vocabulary", {
        "出勤": "Present", "迟到": "Late", "早退": "Left early", "缺勤": "Absent"}),
    "member_role": Words.vocabulary("Vocabulary", {"队长": "Leader", "副队长": "Deputy leader", "队员": "Member"}),
    "district": Words.vocabulary("Vocabulary", {
        "中山区": "Zhongshan", "西岗区": "Xigang", "沙河口区": "Shahekou", "甘井子区": "Ganjingzi",
        "旅顺口区": "Lüshunkou", "金州区": "Jinzhou", "普兰店区": "Pulandian", "瓦房店市": "Wafangdian",
        "庄河市": "Zhuanghe", "长海县": "Changhai", "高新园区": "Hi-tech Zone", "开发区": "Development Zone",
        "金普新区": "Jinpu New Area"}),
    # the missing-person case (domain/cases.py)
    "person_category": Words.vocabulary("Vocabulary", {
        "失智老人": "Elderly with dementia", "智力障碍": "Intellectual disability", "精神疾病": "Mental illness",
        "儿童": "Child", "离家出走青少年": "Runaway teenager", "轻生倾向": "Despondent",
        "登山徒步": "Hiker / climber", "垂钓赶海": "Angler / beachcomber", "其他": "Other"}),
    "sex": Words.vocabulary("Vocabulary", {"男": "Male", "女": "Female"}),
    "case_outcome": Words.vocabulary("Vocabulary", {
        "找到平安": "Found safe", "受伤找到": "Found injured", "遇难": "Found dead", "自行返回": "Returned on their own",
        "未找到": "Not found"}),
    "found_by": Words.vocabulary("Vocabulary", {
        "救援队": "The team", "警方": "Police", "家属": "Family", "群众": "Public", "本人": "Themselves"}),
    "notice_field": Words.vocabulary("Vocabulary", {
        "姓名": "Name", "性别": "Sex", "年龄": "Age", "体貌特征": "Description", "照片": "Photo",
        "最后出现地点": "Last seen at", "最后出现时间": "Last seen time", "联系电话": "Contact phone"}),
}
CALL_SOURCES = list(VOCABULARIES["call_source"])
VERIFY_METHODS = list(VOCABULARIES["verify_method"])
VERIFY_RESULT_WORDS = list(VOCABULARIES["verify_result"])  # 属实 不实 重复 已解除 (records.VERIFY_RESULTS: to a status)
ATTENDANCE = list(VOCABULARIES["attendance"])
RESULTS = list(VOCABULARIES["result"])
MEMBER_ROLES = tuple(VOCABULARIES["member_role"])
DISTRICTS = list(VOCABULARIES["district"])


# every table the window translates (extract.py reads this list)
TABLES: list[Words] = [TEAM, KIND_NAMES, TASK_STATUSES, CALL_STATUSES, ORIGINS, STEPS, STAGES, AUDIT_ACTIONS,
                       AUDIT_TABLES, ROLES, FIELDS, *VOCABULARIES.values()]


# === the workbook's file format: never translated ================================================
# These words are the yearly workbook's format (workbook-format.md): the export writes them and the
# import looks for them, whatever the window's language. Change them and old archives no longer match.

# the six sheets, named exactly (a new kind adds its sheet here)
SHEET_NAMES: dict[TaskKind, str] = {
    TaskKind.WATER: "水上救援",
    TaskKind.URBAN: "城市搜救",
    TaskKind.MOUNTAIN: "山地救援",
    TaskKind.TRAINING: "培训保障",
    TaskKind.EPIDEMIC: "疫情防控",
    TaskKind.UPKEEP: "队伍整备与设备保养",
}
# row 1 of every sheet: the seven columns, in this order (field -> header)
COLUMN_HEADERS: dict[str, str] = {
    "event_no": "事件编号", "summary": "事件摘要", "departure": "出队时间", "headcount": "出队人数",
    "vehicles": "出队车次", "squads": "分队名称", "remarks": "备注",
}
# the file's properties (title, author, company)
WORKBOOK_TITLE = "{year}年救援任务统计"
WORKBOOK_AUTHOR = APP_TITLE
WORKBOOK_COMPANY = TEAM_NAME
