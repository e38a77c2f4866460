"""A pasted alert read into the fields of the call form, each one a guess with its place in the text.

The 110 centre, the maritime search centre, police stations, the fire brigade, families and passers-by
send the team an alert as text (SMS, WeChat, a forwarded message). :func:`read_alert` finds in it::

    received_at   接报时间        source        信息来源 (one of records.CALL_SOURCES)
    caller_name   求助人          caller_phone  联系电话
    place         地点            district      区域 (one of Dalian's ten districts and counties)
    description   情况            kind          建议任务类别 (water / urban / mountain)
    vessel        船名            position      经纬度 (decimal degrees, as written: WGS-84 from a chart)
    missing       是走失人员
    person_name, person_sex, person_age, person_height (cm), person_clothing, person_condition
    (阿尔茨海默 / 智力障碍 / 精神疾病 / 抑郁), person_phone, last_seen_place, last_seen_at

Every field found is a :class:`Found`: its value, where it stands in the text (``start``, ``end``:
the original text, not a cleaned copy) and how sure the reader is (``sure``: written under its own
label, such as ``联系电话：…``; ``guess``: read from the wording). What the reader can't be sure of is
not filled: it is a :class:`Doubt` with the reason (two phone numbers with no word saying whose, a
time given as a range, a landmark that several districts have, a "maybe went to …"). The text is
kept whole in :attr:`AlertReading.text`. The person fields are read only for a missing person on
land (a person lost at sea is a water rescue, read as one).

Reused from the project: the phone detectors of ``anonymize`` (spaces, dashes, full-width digits,
Chinese numerals: ``anonymize.phone_spans``), ``when.parse_when`` for the times (as the secretary
types them), the surnames of ``anonymize``, ``geo.parse_point`` for a position's value (taken as
WGS-84, as charts and the maritime centre give it) and ``geo.district_of`` for the district of a
position where no district or landmark is named. Numerals up to 99 (ages, hours, heights) are read by a
small function here: ``parse.chinese_number`` would bring parse's grammars, 0.1 s to import.

Libraries considered, measured on the 104 alerts of tests/data/alerts/ with
``bench/alert.py --compare`` (each installed beside the venv for the measurement, none kept):

* ``phonenumbers`` 9.0.43 (wheel 2.6 MB, 48 MB installed; 0.10 s to import): its matcher finds 96
  of the corpus's 98 phone numbers, ``anonymize.phone_spans`` 98 (the two it misses are written in
  Chinese numerals, 一五九 四一一二…); it says nothing about whose a number is, which is the hard part.
* ``cn2an`` 0.5.24 (0.51 s to import, with ``proces``): ``transform`` then one regex reads 60 of
  the 64 ages (not 七十五六岁, and it rewrites names: 王一凡 → 王1凡); this module reads 64.
* ``cpca`` 0.5.5 (needs pandas; 1.9 s to import and make its first call): 87 of the 100 districts
  (only where a district is written out: not 旅顺/甘井子 short, not a landmark such as 星海广场,
  金石滩, 胜利广场), against 100 here with the table of landmarks below.
* ``jionlp`` 1.5.31 (16.5 MB wheel, and ``jiojio`` 148 MB, requests, PyYAML; 0.59 s to import):
  ``ner.extract_time`` has the right last-seen time among the times it finds in 36 of 38 alerts,
  without saying which one is the last-seen time; ``when.parse_when`` with the rules here: 38.

None beats the project's own readers on these alerts, so none is a dependency.

How right it is: the 64 alerts of 110.txt … tricky.txt were written with the reader, so its 100 %
there says only that nothing regressed. Four sets were written blind, each measured before the
reader was changed for it (``bench/alert.py --only held|blind|third|fourth``): 126 of 135 fields
right and 94.0 % of what it filled (heldout.txt), 101 of 115 and 96.2 % (heldout2.txt), 100 of
108 and 90.9 % (heldout3.txt), 83 of 87 and 94.3 % (heldout4.txt): 92 % of the fields right
(410 of 445), 94 % of what it fills right (410 of 437), on text it had not seen. What it got wrong there was mostly a name after an unexpected lead (急寻爷爷！！X, 其子X), a
place running on into the next words, and a time or place that was not the sighting's (the
muster's time, where the person lives): hence every field is shown as a guess until confirmed.

Pure Python (``re`` only): no Qt, no SQL. It imports ``anonymize`` (whose detectors take ~0.1 s to
compile) only on the first reading; importing this module takes ~20 ms with ``when`` and ``kinds``.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from enum import Enum

from wz_desktop.domain.cases import description_of
from wz_desktop.domain.districts import LANDMARK_RX, LANDMARKS, NAME_RX, NAMES, TEN_DISTRICTS
from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.text import CN_DIGITS, WIDTH_FOLD, Text, msg, text_of
from wz_desktop.domain.when import format_when, parse_when

FIELDS = ("received_at", "source", "caller_name", "caller_phone", "place", "district", "description", "kind",
          "vessel", "position", "missing", "person_name", "person_sex", "person_age", "person_height",
          "person_clothing", "person_condition", "person_phone", "last_seen_place", "last_seen_at")
# the fields the call form has (workflow.Call); the others wait for the missing-person case
CALL_FIELDS = ("received_at", "source", "caller_name", "caller_phone", "district", "place", "description", "kind")



class Confidence(str, Enum):
    SURE = "sure"  # written under its own label (联系电话：…, 事发地点：…)
    GUESS = "guess"  # read from the wording


@dataclass(frozen=True)
class Found:
    """A field's value, where it stands in the alert's text, and how sure the reader is."""

    value: object
    start: int
    end: int
    confidence: Confidence = Confidence.GUESS
    note: str = ""  # how it was read, where that is not plain (由出生年份推算, 由地标推断 …)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass(frozen=True)
class Doubt:
    """A field left empty, and why (in Chinese, translatable); where the text says the unsure thing."""

    reason: Text
    spans: tuple[tuple[int, int], ...] = ()


@dataclass
class AlertReading:
    text: str  # the alert exactly as pasted
    found: dict[str, Found] = field(default_factory=dict)
    doubts: dict[str, Doubt] = field(default_factory=dict)

    def value(self, name: str) -> object:
        item = self.found.get(name)
        return item.value if item is not None else None

    def source_text(self, name: str) -> str:
        """The words of the alert a field was read from."""
        item = self.found.get(name)
        return self.text[item.start:item.end] if item is not None else ""

    def shown(self, name: str) -> str:
        """A field's value as text: times 'YYYY-MM-DD HH:MM', positions 'lat,lon', '' when empty."""
        value = self.value(name)
        if value is None:
            return ""
        if isinstance(value, dt.datetime):
            return format_when(value)
        if isinstance(value, TaskKind):
            return value.value
        if isinstance(value, bool):
            return "yes" if value else ""
        if isinstance(value, tuple):
            return f"{value[0]:.4f},{value[1]:.4f}"
        return str(value)

    def person_line(self) -> str:
        """The missing person's details (or the vessel's), which the call form has no field for, on
        one line of 情况, in the team's words whatever the window's language (it is stored):
        走失人员：王德福，男，78岁，身高170厘米，穿深蓝色羽绒服，阿尔茨海默；最后见到：红旗镇西山村，2025-12-05 15:00."""
        person = [self.shown(n) for n in ("person_name", "person_sex") if self.shown(n)]
        if self.shown("person_age"):
            person.append(str(msg("{age}岁", age=self.shown("person_age"))))
        described = description_of(self.shown("person_height"), self.shown("person_clothing"),
                                    self.shown("person_condition"))  # as a case keeps it
        person += [part for part in (described, self.shown("person_phone")) if part]
        parts = []
        if person:
            parts.append(str(msg("走失人员：{person}", person="，".join(person))))
        seen = "，".join(self.shown(n) for n in ("last_seen_place", "last_seen_at") if self.shown(n))
        if seen:
            parts.append(str(msg("最后见到：{seen}", seen=seen)))
        if self.shown("vessel"):
            parts.append(str(msg("船名：{vessel}", vessel=self.shown("vessel"))))
        if self.shown("position"):
            parts.append(str(msg("经纬度（WGS-84）：{position}", position=self.shown("position"))))
        return "；".join(parts)

    def call_values(self) -> dict[str, object]:
        """What the call form would be filled with (workflow.Call's names): only what was found."""
        names = {"kind": "suggested_kind"}
        values: dict[str, object] = {}
        for name in CALL_FIELDS:
            if name in self.found:
                value = self.found[name].value
                if name == "received_at":
                    value = format_when(value)  # type: ignore[arg-type]
                values[names.get(name, name)] = value
        return values


# --- the text, folded to one width without moving a character (text.WIDTH_FOLD) -----------------

_CJK = "\u4e00-\u9fff"
_CN = "零〇一二两三四五六七八九十"
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "夏侯", "公孙", "尉迟", "长孙")


@functools.cache
def _surname() -> str:
    """The surnames as a pattern (anonymize's list; imported on the first reading, not at start-up:
    anonymize compiles its detectors as it is imported)."""
    from wz_desktop.domain.anonymize import SURNAMES

    return "(?:" + "|".join(_COMPOUND) + "|[" + "".join(sorted(SURNAMES)) + "])"


def chinese_number(text: str) -> int | None:
    """'七' → 7, '十二' → 12, '七十八' → 78, '两' → 2 (up to 99); None otherwise."""
    values = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    m = re.fullmatch(r"([一二三四五六七八九])?十([一二三四五六七八九])?|([零〇一二两三四五六七八九])", text)
    if not m:
        return None
    if m.group(3):
        return values[m.group(3)]
    return values.get(m.group(1) or "一", 1) * 10 + (values[m.group(2)] if m.group(2) else 0)
_NOT_NAMES = ("某", "人", "名", "的", "手", "岁", "男", "女", "在", "称", "说")

# --- sources -------------------------------------------------------------------------------------

_AGENCY_CUES: list[tuple[str, str]] = [
    ("110指挥中心", r"(?<!\d)110(?!\d)|接警单|警情转办"),
    ("海上搜救中心", r"海上搜救|搜救中心|搜救分中心"),
    ("海警", r"海警"),
    ("边防", r"边防"),
    ("派出所", r"派出所|^\W*民警"),
    ("消防", r"消防|(?<!\d)119(?!\d)"),
]
_KIN = ("外孙女|外孙|孙女|孙子|父亲|母亲|爸爸|妈妈|爷爷|奶奶|姥姥|姥爷|外公|外婆|儿子|女儿|丈夫|妻子|老公|老婆|"
        "弟弟|哥哥|妹妹|姐姐|舅舅|姑姑|叔叔|伯伯|婆婆|公公|表哥|表弟|表姐|表妹|堂哥|堂弟|堂姐|堂妹|侄子|侄女|外甥女|外甥|孩子|闺女|爸|妈|父|母|哥|弟|姐|妹")
_MALE_KIN = {"外孙", "孙子", "父亲", "爸爸", "爷爷", "姥爷", "外公", "儿子", "丈夫", "老公", "弟弟", "哥哥", "舅舅",
             "叔叔", "伯伯", "公公", "侄子", "外甥", "爸", "父", "哥", "弟", "表哥", "表弟", "堂哥", "堂弟", "子"}
_NO_SEX_KIN = {"孩子"}
_FAMILY_CUES = (rf"我(?:的|家)?(?:{_KIN}|家老人|家老爷子|家老太太|家孩子)|家属|家长|寻人启事|我是\S{{1,4}}的(?:{_KIN})"
                rf"|朋友的(?:{_KIN})|孩子走丢|^\W*寻人|急寻|寻找我|帮忙找找")
_PUBLIC_CUES = r"路人|路过|市民|群众报|热心群众|有群众|我们村|我们小区|村里|有个老头|有个老人"
_OTHER_CUES = r"居委会|社区|物业|学校|保安|同事|邻居|同学|室友"

# --- kinds ---------------------------------------------------------------------------------------

_WATER = (r"落水|落海|溺水|坠海|坠河|海域|渔船|游艇|货船|皮划艇|船上|船员|出海|离岸流|冰面|礁石|涨潮|救生筏|海里|沉没|翻船"
          r"|侧翻|打捞|船名|船号")
_MOUNTAIN = r"登山|爬山|下山|上山|搜山|在山上走|山崖|山坡|驴友|坠崖|山顶|主峰|采蘑菇|采药"
_MISSING = (r"走失|走丢|走散|未归|没回来|没回家|不见了|失联|联系不上|离家出走|跑出去|出走|下落不明|至今未到|寻人|迷路"
            r"|没有回来|还没回|未回家|找不到|离家|未回|关机|轻生|不想活|出门|出去")
_FOUND_PERSON = r"疑似走失|倒地|由群众陪同|说不清|无法说出|像走丢|像是走丢|坐在路边"

# --- districts and landmarks ----------------------------------------------------------------------

_PLACE_DISTRICT_RX = re.compile("(?:大连市)?" + NAME_RX.pattern)  # a place that starts with its district
# where a place's words stop: the verbs and the people that follow a place in an alert
_PLACE_STOP = (r"走失|走丢|走散|遛弯|不见|出门|出走|出去|失去|失联|被困|被人|看到|看见|发现|有人|有一|有两|一名|一位|一个"
               r"|一艘|一条|两名|两个|家中|家里|的|\d{1,3}岁|[一二三四五六七八九十]+岁|老人|老太|学生|孩子|集合|跟|同|村民|居民|市民|男子|女子"
               r"|[^\u4e00-\u9fffA-Za-z0-9\-·#]|玩耍|爬山|登山|附近海域(?=一)|与|和|侧翻|起火|机舱|派出所|民警|摔|被|打球|"
               r"落水|坠|迷路|或|徒步|游玩|散步|钓鱼|游泳|放学|玩|跑|上山|下山|跌落|掉下|行走|冰面|处|时|，|,|。|；|;|：|:|！|!|？|\?|\s|（|\(|）|\)|、|“|”|\"|$")
_PLACE_SUFFIX = (r"(?:附近海域|附近|一带|以东|以南|以西|以北|东侧|西侧|南侧|北侧|东南|东北|西南|西北|海域|外海域|港外|外|口"
                 r"|门口|景区|公园|广场|海边|海水浴场|码头|主峰|南坡|北坡|大桥|约\d+海里|\d+米)*")

# --- labels ---------------------------------------------------------------------------------------

_RECEIVED_LABEL = r"(?:接警时间|接报时间|报警时间|发文时间|接警|接报|时间)"
_PLACE_LABEL = r"(?:事发地点|事发地址|发生地点|地点|地址|位置)"
_DESCRIPTION_LABEL = r"(?:警情内容|简要警情|警情|内容|险情|事件|情况)"
_END_LABELS = r"(?:派警单位|联系人|联系电话|联系方式|位置|经纬度|坐标|协调员|报告人|船名|请)"
_CALLER_LABEL = r"(?:报警人|求助人|报告人|联系人|协调员|值班员|发件人|联系方式|联系电话|联系|家属)"
_HONORIFIC = r"(?:女士|先生|小姐|警官|主任|队长|老师|师傅|阿姨|大爷|大姐|队)"
_ROLE_WORDS = r"(?:值班员|值班|渔民|民警|女儿|儿子|家属|社区|孙女|孙子|外孙女)"
_ORG = r"(?:[^\s，,：:；;。]{1,10}(?:派出所|中心|支队|大队|居委会|社区))"

# --- times -----------------------------------------------------------------------------------------

_DAY = (r"(?:\d{4}年\d{1,2}月\d{1,2}[日号]|\d{1,2}月\d{1,2}[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}-\d{1,2}(?=\s)"
        r"|今天|今日|今晨|今早|昨天|昨日|昨晚|前天|今|昨)")
_PERIOD = r"(?:凌晨|早上|早晨|清晨|上午|中午|下午|傍晚|晚上|夜里|夜间|晚)"
_CLOCK = (rf"(?:\d{{1,2}}:\d{{2}}|[0-9{_CN}]{{1,3}}[点时]"
          rf"(?:[0-9{_CN}]{{1,3}}分|半|[一二三四五]十[一二三四五六七八九]?(?![岁分多个])|\d{{2}}(?![\d岁分多个]))?)")
_TIME_RE = re.compile(rf"(?P<day>{_DAY})?\s*(?P<period>{_PERIOD})?\s*(?P<clock>{_CLOCK})(?P<vague>许|左右|多|前后)?")
_RANGE_AFTER = re.compile(rf"\s*(?:到|至|-|~|～)\s*{_PERIOD}?\s*[0-9{_CN}]{{1,3}}[点时:]")


def _fold(text: str) -> str:
    return text.translate(WIDTH_FOLD)


class _Reader:
    def __init__(self, text: str, now: dt.datetime):
        self.raw = text
        self.t = _fold(text)
        self.now = now
        self.result = AlertReading(text)
        self.not_seen_there = False  # the place found is not where the person was seen

    # -- helpers
    def put(self, name: str, value: object, start: int, end: int, sure: bool = False, note: str = "") -> None:
        if name in self.result.found or value is None or value == "":
            return
        self.result.doubts.pop(name, None)
        self.result.found[name] = Found(value, start, end, Confidence.SURE if sure else Confidence.GUESS, note)

    def doubt(self, name: str, reason: Text, *spans: tuple[int, int]) -> None:
        if name not in self.result.found and name not in self.result.doubts:
            self.result.doubts[name] = Doubt(reason, tuple(spans))

    def has(self, name: str) -> bool:
        return name in self.result.found

    # -- the fields, in an order where each may use the ones before
    def read(self) -> AlertReading:
        self.read_received()
        self.read_source()
        self.read_phones()
        self.read_caller_name()
        self.read_position()
        self.read_vessel()
        self.read_place()
        self.read_kind()
        self.read_description()
        if self.has("missing"):
            self.read_person()
        return self.result

    # received time: under its label, or a date and time heading the message
    def read_received(self) -> None:
        t = self.t
        anchor = rf"{_RECEIVED_LABEL}\s*[：:]?\s*"
        moment = rf"(?P<m>{_DAY}\s*{_PERIOD}?\s*{_CLOCK})"
        for m in re.finditer(anchor + moment, t):
            when = self._when(m.group("m"), self.now)
            if when is not None:
                self.put("received_at", when, m.start("m"), m.end("m"), sure=True)
                return
        for m in re.finditer(moment, t):
            before = t[:m.start()]
            line_start = before.rfind("\n") + 1
            head = before[line_start:] if before[line_start:].strip() else before
            if m.start() > 60 or re.search(r"[，,。]", head) or not re.search(r"(?:[：:】\]\n ]|^)\s*$", before):
                continue
            if re.match(r"左右|许|多|前后|[^\n，。；]{0,16}集合", t[m.end():]):
                continue  # 14:00左右，一艘快艇…: when it happened, not when it was received
            if re.search(_DAY, m.group("m")) is None:
                continue
            when = self._when(m.group("m"), self.now)
            if when is not None:
                self.put("received_at", when, m.start("m"), m.end("m"))
                return
            break
        self.doubt("received_at", msg("警情里没有写接报时间。"))

    def _when(self, snippet: str, anchor: dt.datetime) -> dt.datetime | None:
        value = re.sub(r"\s+", " ", snippet).strip()
        value = value.replace("今晨", "今天早上").replace("今早", "今天早上").replace("昨晚", "昨天晚上")
        value = re.sub(r"许|左右|多|前后|钟", "", value)

        def numeral(m: re.Match[str]) -> str:
            number = chinese_number(m.group(0))
            return str(number) if number is not None else m.group(0)

        value = re.sub(f"[{_CN}]+", numeral, value)
        value = re.sub(r"(\d)\s+(\d)", r"\1 \2", value)
        return parse_when(value, anchor)

    # source: the first agency named, else the wording (a family's plea, a passer-by)
    def read_source(self) -> None:
        t = self.t
        best: tuple[int, str, int, int] | None = None
        for source, rx in _AGENCY_CUES:
            m = re.search(rx, t)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), source, m.start(), m.end())
        if best is not None:
            self.put("source", best[1], best[2], best[3], sure=True)
            return
        for source, rx in (("家属", _FAMILY_CUES), ("群众", _PUBLIC_CUES), ("其他", _OTHER_CUES)):
            m = re.search(rx, t)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), source, m.start(), m.end())
        if best is not None:
            self.put("source", best[1], best[2], best[3])
        else:
            self.doubt("source", msg("看不出警情是谁转来的。"))

    # phones: whose each is, from the words around it
    def read_phones(self) -> None:
        t = self.t
        callers: list[tuple[int, int, str]] = []  # start, end, label kind: '' plain, 'family', 'agency'
        persons: list[tuple[int, int]] = []
        from wz_desktop.domain.anonymize import phone_spans

        spans = phone_spans(self.raw)
        previous_end = 0
        for start, end in spans:
            before = t[max(previous_end, start - 14):start]
            after = t[end:end + 8]
            previous_end = end
            if re.search(r"(?:他|她|孩子|本人|走失人员|老人|其)的?(?:手机|电话|号码)号?(?:码)?|随身(?:携?带)?手机|她手机|他手机",
                         before):
                persons.append((start, end))
                continue
            if re.search(r"号码都|都打不通", before):
                callers.append((start, end, "both"))
                continue
            label = ""
            if re.search(r"家属|家长|儿子|女儿", before + after[:6]):
                label = "family"
            if re.search(r"派出所电话|民警电话|值班电话", before):
                label = "agency"
            callers.append((start, end, label))
        for start, end in persons[:1] if len(persons) == 1 else []:
            self.put("person_phone", _phone_value(t[start:end]), start, end)
        if len(persons) > 1:
            self.doubt("person_phone", msg("走失人员有几个号码。"), *persons)
        source = self.result.value("source")
        if len(callers) == 1 and source != "家属" and re.search(
                r"[他她其](?:的)?(?:儿子|女儿|家人|子女|老伴)", t[max(0, callers[0][0] - 14):callers[0][0]]):
            start, end, _ = callers[0]  # 她儿子在外地，电话…: the missing person's family, not who called
            self.doubt("caller_phone", msg("唯一的号码是走失人员家人的，不是求助人的。"), (start, end))
        elif len(callers) == 1 and callers[0][2] != "both":
            start, end, _ = callers[0]
            labelled = re.search(r"(?:电话|联系方式|手机)[：:\s]*\S{0,4}\s*$|报警人|联系", t[max(0, start - 14):start])
            self.put("caller_phone", _phone_value(t[start:end]), start, end, sure=bool(labelled))
        elif len(callers) > 1:
            wanted = "agency" if source in ("派出所", "110指挥中心", "消防", "海警", "边防", "海上搜救中心") else "family"
            chosen = [c for c in callers if c[2] == wanted]
            others = [c for c in callers if c[2] not in (wanted, "")]
            if len(chosen) == 1 and len(others) == len(callers) - 1:
                start, end, _ = chosen[0]
                self.put("caller_phone", _phone_value(t[start:end]), start, end)
            else:
                self.doubt("caller_phone", msg("有几个电话号码，看不出哪个是求助人的。"),
                           *[(s, e) for s, e, _ in callers])

    def read_caller_name(self) -> None:
        t = self.t
        name = (rf"(?P<n>{_surname()}{_HONORIFIC}|{_surname()}[{_CJK}]{{1,2}}?)"
                rf"(?=[\s，,。；;（(：:、]|\d|联系|电话|称|$)")
        rx = re.compile(rf"(?>{_CALLER_LABEL}(?:电话|方式)?)[：:\s]*(?:{_ORG}\s*)?(?:{_ROLE_WORDS}\s*)?{name}")
        for m in rx.finditer(t):
            value = m.group("n")
            if not re.search(f"{_HONORIFIC}$", value) and any(w in value for w in _NOT_NAMES):
                continue
            self.put("caller_name", value, m.start("n"), m.end("n"), sure=True)
            return
        phone = self.result.found.get("caller_phone")
        if phone is not None:  # 联系电话：134 8899 0022 严女士, 13700001111（报警人孟先生）
            after = re.match(rf"\s*[（(]?(?:报警人|{_ROLE_WORDS})?\s*(?P<n>{_surname()}{_HONORIFIC})", t[phone.end:])
            if after:
                self.put("caller_name", after.group("n"), phone.end + after.start("n"), phone.end + after.end("n"))

    # the place: under its label, else from a district's name, else from a landmark
    def read_place(self) -> None:
        t = self.t
        m = re.search(rf"{_PLACE_LABEL}[：:\s]*(?P<p>[^\s，,；;。：:]+)", t)
        place: tuple[int, int] | None = None
        sure = False
        if m and not re.match(r"[北南东西]纬|[NSEW]?\d", m.group("p")):
            place, sure = (m.start("p"), m.end("p")), True
        if place is None:
            for m in _PLACE_DISTRICT_RX.finditer(t):
                end = self._place_end(m.end())
                if end > m.end() + 1:
                    if re.search(r"(?:常去|经常去|爱去|喜欢去)$", t[:m.start()]):
                        self.doubt("place", msg("警情只说平时常去哪里。"), (m.start(), end))
                        continue
                    place = (m.start(), end)
                    if re.search(r"(?:住在|家住|家在|小区在|我们是)$", t[:m.start()]) or t.startswith("派出所", end):
                        self.not_seen_there = True  # where the person lives, or the police station's area
                    break
        if place is None:
            for m in LANDMARK_RX.finditer(t):
                if re.match(r"派出所|分队|中心|街道办", t[m.end():]):
                    continue  # 泉水派出所: who calls, not where
                end = self._place_end(m.end())
                place = (m.start(), end)
                break
        if place is not None:
            start, end = place
            self.put("place", self.raw[start:end].strip(), start, end, sure=sure)
        self.read_district(place)
        position = self.result.found.get("position")
        if not self.has("district") and position is not None:
            from wz_desktop.domain import geo

            lat_lon: tuple[float, float] = position.value  # type: ignore[assignment]  # a position is (lat, lon)
            district = geo.district_of(geo.Point(lat_lon[1], lat_lon[0], geo.WGS84))
            if district is not None and district.name in TEN_DISTRICTS:
                self.put("district", district.name, position.start, position.end, note=msg("由经纬度推断"))

    def _place_end(self, pos: int) -> int:
        t = self.t
        stop = re.compile(_PLACE_STOP)
        end = pos
        while end < len(t) and end - pos < 24:
            suffix = re.match(_PLACE_SUFFIX, t[end:])
            if suffix and suffix.end() > 0:
                end += suffix.end()
                continue
            if stop.match(t, end):
                break
            end += 1
        return end

    def read_district(self, place: tuple[int, int] | None) -> None:
        t = self.t
        regions = [place] if place is not None else []
        regions.append((0, len(t)))
        for start, end in regions:
            named: dict[str | None, tuple[int, int, str]] = {}
            for m in NAME_RX.finditer(t[start:end]):
                word = m.group(0)
                district = NAMES[word]
                named.setdefault(district, (start + m.start(), start + m.end(), word))
            if len(named) == 1:
                district, (s, e, word) = next(iter(named.items()))
                if district is not None:
                    self.put("district", district, s, e, sure=word in TEN_DISTRICTS,
                             note="" if word in TEN_DISTRICTS else msg("由“{word}”推断", word=word))
                    return
                # 高新园区, 金普新区: a landmark in the place may still tell
            elif len({d for d in named if d is not None}) > 1:
                self.doubt("district", msg("警情里有几个区：{names}。", names="、".join(w for _, _, w in named.values())),
                           *[(s, e) for s, e, _ in named.values()])
                return
            landmarks: dict[str | None, tuple[int, int, str]] = {}
            for m in LANDMARK_RX.finditer(t[start:end]):
                landmarks.setdefault(LANDMARKS[m.group(0)], (start + m.start(), start + m.end(), m.group(0)))
            known = {d: v for d, v in landmarks.items() if d is not None}
            if len(known) == 1:
                district, (s, e, word) = next(iter(known.items()))
                self.put("district", district, s, e, note=msg("由地标“{word}”推断", word=word))
                return
            if None in landmarks and not known:
                s, e, word = landmarks[None]
                self.doubt("district", msg("“{word}”不止一处，看不出是哪个区。", word=word), (s, e))
                return
            if named:
                s, e, word = next(iter(named.values()))
                self.doubt("district", msg("“{word}”跨两个区，看不出是哪个。", word=word), (s, e))
                return
        self.doubt("district", msg("警情里没有区县，也没有认得的地标。"))

    def read_position(self) -> None:
        """Where the alert writes a latitude and a longitude (北纬/N …, 东经/E …) is found here; its
        value is ``geo.parse_point``'s alone. Words it cannot read are a doubt, never a position."""
        t = self.t
        number = r"\d{1,3}(?:\.\d+)?\s*(?:[°度]\s*(?:\d{1,2}(?:\.\d+)?\s*[′'分]\s*)?(?:\d{1,2}(?:\.\d+)?\s*[″\"秒]\s*)?)?"
        alone = r"(?<![\d'′″\"°.])"  # N38°…, E121°… but not the N of 38°59'N 121°…
        mlat = re.search(rf"(?:北纬|{alone}N)\s*{number}", t) or re.search(rf"{number}\s*N", t)
        mlon = re.search(rf"(?:东经|{alone}E)\s*{number}", t) or re.search(rf"{number}\s*E", t)
        if not (mlat and mlon):
            return
        start, end = min(mlat.start(), mlon.start()), max(mlat.end(), mlon.end())
        while end > start and t[end - 1].isspace():
            end -= 1
        from wz_desktop.domain import geo

        try:  # the project's reader of typed coordinates, on the words found
            point = geo.parse_point(self.raw[start:end], geo.WGS84)
        except geo.CoordinateError as exc:
            self.doubt("position", text_of(exc) or msg("警情里的经纬度读不出。"), (start, end))
            return
        # as charts and the maritime centre give them: WGS-84 (geo.WGS84), not a map app's GCJ-02
        self.put("position", (round(point.lat, 4), round(point.lon, 4)), start, end, sure=True, note=geo.WGS84)

    def read_vessel(self) -> None:
        t = self.t
        names: list[tuple[str, int, int]] = []
        for m in re.finditer(r"(?:渔船|游艇|货船|客船|船只|小船|帆船|船名|船号)[：:\s]*[“\"「]?(?P<v>[^”\"」，,。；;\s（(]{2,12})", t):
            value = m.group("v")
            if value in ("无", "不详", "未知") or re.match(r"(?:在|于|与|有|失|起|机|上)", value):
                continue
            quoted = t[m.start("v") - 1] in "“\"「"
            if not quoted and not re.search(r"\d", value):
                continue
            if value not in [n[0] for n in names]:
                names.append((value, m.start("v"), m.end("v")))
        for m in re.finditer(r"[“\"「](?P<v>[^”\"」，,。；;\s]{2,12})[”\"」]号?(?:渔船|游艇|货船|客船|帆船|船)", t):
            if m.group("v") not in [n[0] for n in names]:
                names.append((m.group("v"), m.start("v"), m.end("v")))
        if len(names) == 1:
            value, s, e = names[0]
            self.put("vessel", value, s, e, sure=True)
        elif len(names) > 1:
            self.doubt("vessel", msg("警情里有几条船：{names}。", names="、".join(n[0] for n in names)),
                       *[(s, e) for _, s, e in names])

    def read_kind(self) -> None:
        t = self.t
        water = re.search(_WATER, t)
        mountain = re.search(_MOUNTAIN, t)
        missing = re.search(_MISSING, t)
        found_person = re.search(_FOUND_PERSON, t)
        if water:
            self.put("kind", TaskKind.WATER, water.start(), water.end())
            return
        if missing and not found_person:
            self.put("missing", True, missing.start(), missing.end())
        if mountain:
            self.put("kind", TaskKind.MOUNTAIN, mountain.start(), mountain.end())
        elif missing:
            self.put("kind", TaskKind.URBAN, missing.start(), missing.end())
        elif found_person:
            self.put("kind", TaskKind.URBAN, found_person.start(), found_person.end())
        else:
            self.doubt("kind", msg("看不出是水上、城市还是山地的任务。"))

    def read_description(self) -> None:
        t = self.t
        m = re.search(rf"{_DESCRIPTION_LABEL}[：:]\s*", t)
        if m:
            end = re.search(rf"\s*{_END_LABELS}[：:]", t[m.end():])
            stop = m.end() + end.start() if end else len(t)
            if stop > m.end():
                self.put("description", self.raw[m.end():stop].strip(), m.end(), stop)
                return
        self.put("description", self.raw.strip(), 0, len(self.raw))

    # the missing person
    def read_person(self) -> None:
        t = self.t
        caller = self.result.found.get("caller_name")
        name_rx = rf"(?P<n>{_surname()}[{_CJK}]{{1,2}})"
        boundary = (rf"(?=[\s，,、。；;（(：:]|\d|[{_CN}]+岁|今|昨|前天|于|在|从|男|女|叫|是|说|和|与|跑|离|出|走|上山|也|已"
                    r"|被|称|$)")
        patterns = [
            (rf"(?:我|其|报警人|朋友|急寻|寻找|^\W*|^\W*寻人[：:]\s*)(?:的|家)?(?:{_KIN}|老人|老爷子|老太太)"
            rf"[！!，,：:\s]{{0,3}}(?:叫|名叫)?"),
            r"其[子女]",
            r"(?:姓名|寻人启事|名叫|叫|村民|居民|老人|老太太|老头|走失人员|男子|女子|男孩|女孩|青年)[：:，,\s]*",
        ]
        candidates = []
        for lead in patterns:
            for m in re.finditer(lead + name_rx, t, flags=re.MULTILINE):
                value = m.group("n")
                for size in (len(value), len(value) - 1):
                    piece = value[:size]
                    if len(piece) < 2 or not re.match(boundary, t[m.start("n") + size:]):
                        continue
                    if any(w in piece for w in _NOT_NAMES) or (caller and caller.value == piece):
                        break
                    candidates.append((m.start("n"), m.start("n") + size, piece))
                    break
        for mine in (re.search(rf"我是{name_rx}的(?:{_KIN}|同事|朋友|邻居|同学|室友)", t),
                     re.search(rf"^\W*{name_rx}(?=[，,（(]\s*[男女][，,）)])", t, flags=re.MULTILINE)):  # 孙秀兰，女，…
            if mine and not any(w in mine.group("n") for w in _NOT_NAMES):
                candidates.append((mine.start("n"), mine.end("n"), mine.group("n")))
        if candidates:
            s, e, value = min(candidates)
            self.put("person_name", value, s, e, sure=bool(re.search(r"姓名[：:\s]*$", t[:s])))
        self.read_sex(caller)
        self.read_age()
        self.read_height()
        self.read_clothing()
        self.read_condition()
        self.read_last_seen()

    def read_sex(self, caller: Found | None) -> None:
        t = self.t
        for m in re.finditer(r"(?:性别[：:]\s*|[，,（(、\s])(?P<s>[男女])(?:性)?(?=[，,）)、\s])", t):
            if caller is not None and 0 <= m.start() - caller.end <= 1:
                continue  # 报警人：王丽（女）
            self.put("person_sex", m.group("s"), m.start("s"), m.end("s"), sure=True)
            return
        kin_m = re.search(rf"(?:我|其|报警人|朋友|急寻|寻找|^\W*寻人[：:]\s*|^\W*)(?:的)?(?P<k>{_KIN}|(?<=其)[子女])", t,
                          flags=re.MULTILINE)
        if kin_m and kin_m.group("k") not in _NO_SEX_KIN:
            kin = kin_m.group("k")
            self.put("person_sex", "男" if kin in _MALE_KIN else "女", kin_m.start("k"), kin_m.end("k"))
            return
        role = re.search(r"男孩|男子|老头|老爷子|老汉|男童|女孩|女子|老太太|老太|女童", t)
        if role:
            self.put("person_sex", "男" if role.group(0)[0] in "男老" and "太" not in role.group(0) else "女",
                     role.start(), role.end())
            return
        pronouns = re.findall(r"[他她](?=身高|穿|的|手机|电话|今年)|(?<=我是)[他她]", t)
        if pronouns and len(set(pronouns)) == 1:
            at = t.index(pronouns[0])
            self.put("person_sex", "男" if pronouns[0] == "他" else "女", at, at + 1)

    def read_age(self) -> None:
        t = self.t
        rxs = [
            (r"(?P<a>[一二三四五六七八九])十(?P<b>[一二三四五六七八九])(?P<c>[一二三四五六七八九])岁", "range"),
            (rf"(?P<n>\d{{1,3}}|[{_CN}]{{1,4}})(?P<more>多)?(?:周)?岁", "age"),
            (r"(?P<n>[一二三四五六七八九]十)多了", "more"),
            (r"(?P<y>(?:19|20)\d\d)年(?:出)?生", "born"),
        ]
        best = None
        for rx, how in rxs:
            for m in re.finditer(rx, t):
                if best is None or m.start() < best[0].start():
                    best = (m, how)
                break
        if best is None:
            return
        m, how = best
        if how == "range":
            tens = chinese_number(m.group("a") + "十")
            low, high = tens + chinese_number(m.group("b")), tens + chinese_number(m.group("c"))  # type: ignore[operator]
            self.put("person_age", f"{low}-{high}", m.start(), m.end())
        elif how == "born":
            age = self.now.year - int(m.group("y"))
            if 0 <= age <= 110:
                self.put("person_age", str(age), m.start(), m.end(), note=msg("由出生年份推算"))
        else:
            n = m.group("n")
            value = int(n) if n.isdigit() else chinese_number(n)
            if value is None or not 0 < value <= 110:
                return
            more = how == "more" or bool(m.groupdict().get("more"))
            self.put("person_age", f"{value}多" if more else str(value), m.start(), m.end(), sure=not more)

    def read_height(self) -> None:
        t = self.t
        digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
        rxs = [
            r"(?P<m>[12])\.(?P<cm>\d{1,2})\s*米",
            r"(?P<m>[12])\s*米\s*(?P<cm>\d{1,2})(?!\d)",
            r"(?P<cm3>[1-2]\d{2})\s*(?:cm|CM|厘米|公分)",
            r"身高\s*(?:约|大概|大约|约为)?\s*(?P<cm3>[1-2]\d{2})(?!\d)",
            r"(?P<mcn>[一两])米(?P<a>[一二三四五六七八九])(?P<b>[零一二三四五六七八九])?",
        ]
        for rx in rxs:
            m = re.search(rx, t)
            if not m:
                continue
            g = m.groupdict()
            if g.get("cm3"):
                cm = int(g["cm3"])
            elif g.get("mcn"):
                cm = 100 + digits[g["a"]] * 10 + (digits[g["b"]] if g.get("b") else 0)
            else:
                cm = int(g["m"]) * 100 + int(g["cm"].ljust(2, "0"))
            if 60 <= cm <= 220:
                vague = re.search(r"约|大概|大约|左右|上下", t[max(0, m.start() - 4):m.end() + 3])
                self.put("person_height", cm, m.start(), m.end(), sure=not vague)
            return

    def read_clothing(self) -> None:
        t = self.t
        m = re.search(r"穿(?!越)(?:着|的是|的)?", t)
        if not m:
            return
        start = m.end()
        stop = re.compile(r"[。！!；;\n]|身高|最后|联系|电话|请|求|看到|照片|今天|可能|走失|在|拄|，(?=[^，。]*$)")
        end = start
        clothing = re.compile(r"色|衣|裤|鞋|帽|服|衫|袄|套|包|镜|围巾|手套|马甲|夹克|大衣")
        while end < len(t) and end - start < 50:
            if t[end] in "，," :
                piece = re.match(r"[，,]([^，,。；;！!\n]*)", t[end:])
                if not (piece and clothing.search(piece.group(1)) and not re.search(r"身高|最后|在", piece.group(1))):
                    break
            elif stop.match(t, end):
                break
            end += 1
        value = self.raw[start:end].strip(" ，,、")
        if value and clothing.search(value):
            self.put("person_clothing", value, start, start + len(self.raw[start:end].rstrip(" ，,、")))

    def read_condition(self) -> None:
        t = self.t
        conditions = [("阿尔茨海默", r"阿尔[茨兹]海默|阿[茨兹]海默|老年痴呆|老年性痴呆|痴呆"), ("智力障碍", r"智力障碍|智障|智力低下|智力残疾"),
                      ("精神疾病", r"精神疾病|精神病|精神分裂|精神障碍"), ("抑郁", r"抑郁")]
        found = []
        for name, rx in conditions:
            m = re.search(rx, t)
            if m:
                found.append((m.start(), m.end(), name))
        if found:
            found.sort()
            self.put("person_condition", "、".join(n for _, _, n in found), found[0][0], found[-1][1], sure=True)

    def read_last_seen(self) -> None:
        t = self.t
        explicit = re.search(rf"(?:最后(?:一次)?(?:有人)?(?:看见他|看见她|看到他|看到她|出现|定位|被人看见|被人看到|被看见|被看到)?(?:是在|在|是|于)"
                             rf"|有人在|(?<=[点分许多])在)(?P<p>[^\s，,。；;]+?)(?=(?:{_PLACE_STOP[:-2]})|被人看见|看到)", t)
        maybe = re.search(r"(?:可能|疑似|估计|或许)(?:去了?|在|到)", t)
        place = self.result.found.get("place")
        if explicit and re.fullmatch(r"山上|家里|家中|路上|外面|附近|这里|那里|小区门口|家门口|楼下|门口|小区",
                                     explicit.group("p")):
            explicit = None
        if explicit and explicit.group("p") and (place is None or explicit.start("p") != place.start):
            s = explicit.start("p")
            landmark = LANDMARK_RX.match(t, s)
            e = self._place_end(landmark.end() if landmark else s + 1)
            self.put("last_seen_place", self.raw[s:e].strip(), s, e)
        elif maybe:
            self.doubt("last_seen_place", msg("警情只说可能去了哪里，不是最后见到的地方。"), maybe.span())
        elif place is not None and not self.not_seen_there:
            self.put("last_seen_place", place.value, place.start, place.end)
        received = self.result.found.get("received_at")
        anchor = received.value if received is not None else self.now
        for m in _TIME_RE.finditer(t):
            if received is not None and m.start() < received.end and m.end() > received.start:
                continue
            if not (m.group("day") or m.group("period")) and not re.match(r"\d", m.group("clock")):
                continue
            if re.search(r"(?:现在|快|已经|到了?)\s*$", t[max(0, m.start() - 4):m.start()]):
                continue
            if re.match(r"[^\n，。；]{0,16}集合", t[m.end():]):
                continue  # 今晚19:00红旗西路地铁站B口集合: the muster, not the last sighting
            if _RANGE_AFTER.match(t, m.end()):
                self.doubt("last_seen_at", msg("时间是一个范围：{text}", text=self.raw[m.start():m.end() + 8]),
                           (m.start(), m.end()))
                return
            when = self._when(m.group(0), anchor)  # type: ignore[arg-type]
            if when is None:
                continue
            if not (m.group("day") or m.group("period")) and when.hour < 12:
                later = when + dt.timedelta(hours=12)  # 晚饭后7点 at 20:05: the latest past reading of a bare hour
                if later <= anchor:  # type: ignore[operator]
                    when = later
            self.put("last_seen_at", when, m.start(), m.end())
            return


_CN_DIGIT_TABLE = str.maketrans(CN_DIGITS)


def _phone_value(text: str) -> str:
    digits = re.sub(r"\D", "", text.translate(_CN_DIGIT_TABLE))
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if len(digits) == 11 and digits.startswith("1"):
        return digits
    m = re.match(r"(0(?:10|2\d|[3-9]\d\d))(\d{7,8})$", digits)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    return digits


def read_alert(text: str, now: dt.datetime | None = None) -> AlertReading:
    """Read a pasted alert (see the module's doc). ``now`` is the moment of the paste (the times
    '今天下午三点', '12月3日' are read against the alert's received time, else against it)."""
    now = (now or dt.datetime.now()).replace(second=0, microsecond=0)
    return _Reader(text or "", now).read()


__all__ = ["CALL_FIELDS", "FIELDS", "LANDMARKS", "TEN_DISTRICTS", "AlertReading", "Confidence", "Doubt", "Found",
           "read_alert"]
