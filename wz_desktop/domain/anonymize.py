"""Masking of personal data for everything the team shares (the anonymised workbook, the research
dataset), in layers, each of which can be switched off (the tests do, to see the check refuse):

1. ``detectors`` — shapes: phone numbers in every hand (spaces, dashes, dots, brackets, +86/0086,
   full-width digits, Chinese numerals 一三九…/幺, landlines with area code, a run of seven or more
   digits), resident ID numbers (18 with X, 15, with separators), vehicle plates (``辽B6K2M7``,
   ``辽B·7Q3D1``, new-energy plates), e-mail, WeChat and QQ ids, and addresses down to the
   building, unit and room (``5号楼1单元302``, ``8-2-601室``, ``华北路123号``, ``12号楼``) → ``***``;
2. ``known`` — every name the database holds (members, callers, users …; the store gives them,
   ``Store.known_names``) → ``某某`` wherever it appears, except inside the team's own words;
3. ``contexts`` — names nobody recorded, from the words around them: a relation or role before
   (其子/其女/老伴/家属：/名叫/走失人员：/老人/驴友 …), a cue after (X报警, X求助, X等3人, X走失),
   forms of address (王女士 → 某女士, 张老师 → 某老师);
4. ``segmenter`` — jieba's part-of-speech tagger: a word tagged as a person's name that starts
   with a surname and is neither a place, nor the team's word, nor a common word → ``某某``.
   (Measured on the planted sentences in bench/anonymize_names.py: jieba alone finds 14 of 23
   unrecorded names and tags places as names; within the gates here it adds what the contexts miss.)

Whatever is not personal is kept exactly; masking is deterministic and idempotent (``某`` and
``***`` are not matched again). What remains is judged by ``wz_desktop.domain.privacy_check``, by
other means.

Plain Python: no Qt, no SQL, no Excel.
"""
from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from typing import Any, Iterable

from wz_desktop.domain.text import CN_DIGITS, WIDTH_FOLD

__all__ = ["LAYERS", "NAME_MASK", "NUMBER_MASK", "PHONE_MASK", "SURNAME_MASK", "Finding", "Masked", "Masker",
           "find_personal_data", "mask_text", "phone_spans", "EVENT_NO_RE", "SURNAMES", "TEAM_WORDS", "PLACES"]

NUMBER_MASK = PHONE_MASK = "***"
NAME_MASK = "某某"
SURNAME_MASK = "某"
LAYERS = ("detectors", "known", "contexts", "segmenter")


@dataclass(frozen=True)
class Finding:
    """One piece masked: which layer found it, what it is (phone, id, plate, email, wechat, qq,
    address, name, caller) and the original text."""
    layer: str
    kind: str
    text: str


@dataclass(frozen=True)
class Masked:
    text: str | None  # None where the text given was None
    findings: tuple[Finding, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.findings)


# --- surnames, places, the team's words ---------------------------------------------------------

# Common Chinese surnames. Left out on purpose: rare surnames that are everyday words in these
# texts (求 of 求助, 离 of 离家, 外 of 外出, 家 of 家属, 位 of 各位, 子 of 其子, 主 …).
_SINGLE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰"
    "焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
    "蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乐匡查"
)
# Rarer surnames, only taken as the start of a name in a context (其女X, X报警) or by the segmenter.
_RARE_SURNAMES = ("禤亓勾晁訾笪佴宓郜邸亢逯逄郗昝谯阚隗璩蒯嵇糜蔺芮揭鄢粘谌闻扈厍权郦琚酆冼钮荆郏雍"
                  "乜郇郯甯蓟綦鞠尉邝羿庹汲逢阎衣初修鞠战矫宫尉迟于")
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙",
                      "宇文", "端木", "澹台", "呼延", "万俟", "单于", "轩辕", "独孤")
SURNAMES = frozenset(_SINGLE_SURNAMES + _RARE_SURNAMES)
_COMPOUND_SET = frozenset(_COMPOUND_SURNAMES)

# Dalian's districts and places in the team's records that a tagger takes for names.
PLACES = ("中山区", "西岗区", "甘井子", "沙河口", "旅顺口", "普兰店", "旅顺", "金州", "长海", "西岗", "沙河口区", "甘井子区", "旅顺口区", "金州区", "普兰店区", "瓦房店", "庄河", "长海县",
          "高新区", "金普新区", "金普", "保税区", "黑石礁", "马栏", "马栏河", "春柳", "红旗", "龙王塘", "夏家河",
          "老铁山", "小黑山", "大黑山", "老虎滩", "金石滩", "步云山", "棒棰岛", "星海", "付家庄", "傅家庄",
          "城山", "冰峪沟", "凌水", "凌水湾", "石槽", "夏家", "龙王", "友谊", "安波", "仙浴湾", "七贤岭",
          "星海湾", "英歌石", "椒金山", "西郊", "劳动公园", "森林动物园", "滨海路", "东港", "长兴岛")
# The team's own words: never a name, whatever a tagger says.
TEAM_WORDS = ("队员", "分队", "队长", "副队长", "秘书", "值班秘书", "万众", "水上救援队", "救援队", "志愿者",
              "安全员", "联络员", "张开", "安全", "安抚", "马拉松", "沙滩", "金属", "石头", "高速", "高空",
              "向导", "车辆", "应急", "任务", "成功", "常规", "明确", "明显", "宁静", "凌晨", "江边", "海边",
              "周边", "周围", "全员", "全程", "时间", "方向", "文明", "安置", "关注", "包括", "车主",
              "师傅", "老师", "阿姨", "大爷", "大妈", "大姐", "大哥", "先生", "女士", "小姐",
              "阿尔茨海默", "老年痴呆", "温泉", "安保", "保安", "巡逻", "白云山", "金山", "石林", "微信", "加微信", "已拉", "拉群", "海默", "幼儿园",
              # kin: 其孙女李雪 is 孙女 and a name, not 孙女 the name
              "申请人", "审核人", "经办人", "登记人", "收款人", "持卡人", "开户人", "填表人",  # a form's words
              "孙女", "孙子", "外孙", "外孙女", "儿媳", "女婿", "侄子", "侄女", "外甥", "外甥女", "姐姐", "妹妹",
              "哥哥", "弟弟", "爷爷", "奶奶", "姥姥", "姥爷", "老伴", "爱人", "妻子", "丈夫", "儿子", "女儿")

_CJK = r"\u4e00-\u9fff"
_CJK_RE = re.compile(f"[{_CJK}]")
_SURNAME_RX = ("(?:" + "|".join(_COMPOUND_SURNAMES) + "|[" + _SINGLE_SURNAMES + _RARE_SURNAMES + "])")
_COMMON_SURNAME_RX = "(?:" + "|".join(_COMPOUND_SURNAMES) + "|[" + _SINGLE_SURNAMES + "])"

# --- detectors: shapes of numbers and ids, matched on a same-length normalised copy ------------------

_NORMAL_CN = WIDTH_FOLD | {ord(k): v for k, v in CN_DIGITS.items()}

_S = r"(?:[ \-.·/,、]|[()（）][ ]?)?"  # one separator between digits ((138)0411 9090 too)
_NB = r"(?<![0-9])"
_NA = r"(?![0-9])"
_PREFIX = r"(?:\(?(?:\+|00)?86\)?[ \-]?)?"
_ID_RE = re.compile(_NB + r"[1-9](?:" + _S + r"\d){16}" + _S + r"[0-9Xx](?![0-9A-Za-z])"
                    + "|" + _NB + r"[1-9](?:" + _S + r"\d){14}" + _NA)
_MOBILE_RE = re.compile(_NB + _PREFIX + r"[(（]?1[3-9]\d(?:" + _S + r"\d){8}" + _NA)
_LANDLINE_RE = re.compile(_NB + _PREFIX + r"(?:\(0\d{2,3}\)|0\d{2,3})" + _S + r"\d{3,4}" + _S + r"\d{4}" + _NA)
_RUN_RE = re.compile(_NB + r"\d(?:" + _S + r"\d){6,}" + _NA)  # any seven or more digits
_DATE_RE = re.compile(r"(?<![0-9])(?:19|20)\d\d[-./年](?:0?[1-9]|1[0-2])[-./月](?:0?[1-9]|[12]\d|3[01])日?"
                      r"(?:[ T]?\d{1,2}[:：时]\d{2}(?:[:：]\d{2})?)?(?![0-9])")
_EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*(?: [A-Za-z0-9._%+\-]+)*"
                       r"\s*(?:@|#|\bat\b|\(at\)|\[at\])\s*"
                       r"[A-Za-z0-9\-]+(?:\s*\.\s*[A-Za-z0-9\-]+)*\s*\.\s*[A-Za-z]{2,}")
_WECHAT_RE = re.compile(r"(?:微信号?|微信ID|微信名|WeChat|wechat|weixin|VX|vx|Vx|V信|wx|抖音号?|快手号?|微博|钉钉号?)\s*(?:号码?|id|ID)?\s*[:：]?\s*"
                        r"([A-Za-z][-_A-Za-z0-9]{4,19}|1[3-9]\d{9})(?![-_A-Za-z0-9])"
                        r"|(?<![A-Za-z0-9])wxid_[A-Za-z0-9_]+")
_QQ_RE = re.compile(r"(?:QQ|qq|Qq|扣扣)\s*(?:号码?)?\s*[:：]?\s*([1-9]\d{4,11})" + _NA)
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_RE = re.compile(f"[{_PROVINCES}]" + r"\s*[A-Za-z]\s*[·•・.\- ]?\s*(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{5,6}(?![A-Za-z0-9])"
                       # a learner's, police, trailer, consulate or Hong Kong/Macao plate: four and a character
                       + f"|[{_PROVINCES}]" + r"\s*[A-Za-z]\s*[·•・.\- ]?\s*(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{4}\s*[学警挂领港澳试超使]")
# a number too long to be a phone: a bank card (16-19 digits), an id read as one run, in any grouping
# (not a mobile with its country's prefix, +86 138…, which the phone's pattern takes)
_LONG_RE = re.compile(r"(?<![0-9+])(?!(?:00)?86[ \-]?[(（]?1[3-9])\d(?:" + _S + r"\d){12,}(?:" + _S + r"[Xx])?(?![0-9A-Za-z])")
# what is left of a number where only its end is given: 尾号5678, 手机号后四位5678, 末6位 123456
_TAIL_RE = re.compile(r"(?:尾号|尾数|后\s*[四4六6]\s*位|末\s*[四4六6]\s*位|后几位|末几位)(?:数字|号码)?(?:是|为)?[：: ]?\s*"
                      r"(\d(?:[ \-]?\d){2,7})(?![0-9])(?![ \-][0-9])")
# a birthday: a date (or a month and day) after the words that say it is one
_BIRTH_RE = re.compile(r"(?:生日|出生日期|出生年月日?|出生于|出生|生于|DOB|dob)\s*(?:是|为|在)?\s*[：:]?\s*"
                       r"((?:19|20)\d\d\s*[-./年]\s*\d{1,2}(?:\s*[-./月]\s*\d{1,2}\s*[日号]?|\s*月)?"
                       r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])"
                       r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号]?)")
_LATIN_RE = re.compile("[A-Za-z]")
# an event number in a text (事件编号WZ2024-0137): the team's own number, no one's phone
_EVENT_IN_TEXT_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,6}[-_]?(?:19|20)\d\d[-_]\d{1,6}(?![0-9])"
                               r"|(?:(?<=事件编号)|(?<=任务编号)|(?<=事件号))[：: ]?(?:19|20)\d\d[-_]?\d{1,6}(?![0-9])")
_UNIT = r"(?:\d{1,5}|[A-Z])\s*(?:号楼|号院|栋|幢|座|单元|门洞|层|楼|室|户|号)"
_ADDRESS_RE = re.compile(_NB + r"(?:" + _UNIT + r"\s*){2,}(?:\d{2,5}\s*室?)?"
                         + "|" + _NB + _UNIT + r"\s*\d{3,5}\s*室?" + _NA
                         + "|" + _NB + r"\d{1,3}-\d{1,3}-\d{1,4}(?:室|号)?(?![0-9\-])"
                         + "|" + _NB + r"\d{3,4}室"
                         + "|" + _NB + r"\d{1,4}\s*(?:号楼|栋|幢|单元|门洞)"  # a building or unit alone
                         + "|" + r"(?<=[路街巷里屯村道])\d{1,5}(?:[-－]\d{1,4})?号(?![楼院线分])")
# An event number keeps its shape in the event-number column (20230015, WZ2023-0015, 2023-015).
EVENT_NO_RE = re.compile(r"[A-Za-z]{0,6}[-_ ]?(?:19|20)\d\d[-_年]?\d{1,6}号?|\d{1,10}")


def _spans(rx: re.Pattern[str], text: str, group: int = 0) -> Iterable[tuple[int, int]]:
    for m in rx.finditer(text):
        g = group if group and m.group(group) is not None else 0
        yield m.start(g), m.end(g)


def _detect(text: str) -> list[tuple[int, int, str]]:
    """Spans of numbers and ids in ``text`` with their kind, not overlapping, in order."""
    plain = text.translate(WIDTH_FOLD)
    digits = text.translate(_NORMAL_CN)  # Chinese numerals as digits too (for phones and ids)
    found: list[tuple[int, int, str]] = []
    taken = [False] * len(text)

    def take(start: int, end: int, kind: str) -> None:
        if end > start and not any(taken[start:end]):
            found.append((start, end, kind))
            for i in range(start, end):
                taken[i] = True

    for m in _EVENT_IN_TEXT_RE.finditer(plain) if "编号" in plain or "事件号" in plain or _LATIN_RE.search(plain) else ():
        # an event number is kept as it is: marked taken, nothing found
        taken[m.start():m.end()] = [True] * (m.end() - m.start())
    for s, e in _spans(_EMAIL_RE, plain):
        take(s, e, "email")
    for s, e in _spans(_WECHAT_RE, plain, 1):
        take(s, e, "wechat")
    for s, e in _spans(_QQ_RE, plain, 1):
        take(s, e, "qq")
    for s, e in _spans(_PLATE_RE, plain):
        take(s, e, "plate")
    if "生" in plain or "dob" in plain.lower():
        for s, e in _spans(_BIRTH_RE, plain, 1):
            take(s, e, "birthday")
    for s, e in _spans(_LONG_RE, digits):  # before the id and the phone, which would take a piece of it
        count = sum(c.isdigit() for c in digits[s:e])
        take(s, e, "id" if count in (15, 17, 18) else "card")
    if "尾" in text or "位" in text:
        for s, e in _spans(_TAIL_RE, digits, 1):
            take(s, e, "phone")
    for rx, kind in ((_ID_RE, "id"), (_MOBILE_RE, "phone"), (_LANDLINE_RE, "phone")):
        for s, e in _spans(rx, digits):
            take(s, e, kind)
    undated = list(digits)  # dates and times (2023-05-12 19:30) are no phone numbers
    for m in _DATE_RE.finditer(plain):
        undated[m.start():m.end()] = "x" * (m.end() - m.start())
    for s, e in _spans(_RUN_RE, "".join(undated)):
        take(s, e, "phone")
    for s, e in _spans(_ADDRESS_RE, plain):
        take(s, e, "address")
    found.sort()
    return found


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where the phone numbers of ``text`` are (mobiles and landlines, in the hands the detectors
    read: spaces, dashes, full-width digits, Chinese numerals), in order, not overlapping; the alert
    reader (domain/alert.py) uses them."""
    digits = text.translate(_NORMAL_CN)
    found: list[tuple[int, int]] = []
    for rx in (_MOBILE_RE, _LANDLINE_RE):
        for m in rx.finditer(digits):
            start, end = m.span()
            while start < end and not digits[start].isdigit() and digits[start] != "+":
                start += 1  # the bracket of (138)…
            if not any(s < end and start < e for s, e in found):
                found.append((start, end))
    return sorted(found)


def phone_numbers(text: str) -> list[tuple[int, int, str]]:
    """``phone_spans`` with each number as its digits (Chinese numerals and full-width digits read;
    ``workflow.normalise_phone`` drops a +86)."""
    from wz_desktop.domain.workflow import normalise_phone

    digits = text.translate(_NORMAL_CN)
    return [(start, end, normalise_phone(digits[start:end])) for start, end in phone_spans(text)]


# --- contexts: names from the words around them ----------------------------------------------------

_ROLES = (r"老人|老汉|老太|老伯|学生|男子|女子|男孩|女孩|儿童|少年|少女|驴友|人员|游客|患者|村民|市民|渔民|"
          r"走失者|失踪者|失联者|被困者|被救者|落水者|伤者|死者|遇难者|走失人员|失踪人员|被困人员|热心市民|群众")
_RELATIONS = (r"其父|其母|其子|其女|其妻|其夫|其兄|其弟|其姐|其妹|其孙女|其孙|老伴|爱人|家属|亲属|父亲|母亲|丈夫|妻子|"
              r"儿子|女儿|孙子|孙女|联系人|报警人|求助人|当事人|监护人|失主|船主|车主|名叫|叫做|姓名|名为|"
              r"前妻|前夫|女婿|儿媳|外孙女|外孙|侄子|侄女|外甥女|外甥|孙子|小孙子|邻居|同事|房东|"
              # who leads or answers for the work, when a colon says a name follows (带队：邹海涛)
              r"带队人?(?=[：:])|领队(?=[：:])|负责人(?=[：:])|对接人(?=[：:])|组长(?=[：:])|值班员(?=[：:])|"
              # the names a form asks for: an account's holder, who applied, who checked
              r"户名|持卡人|开户人|收款人|申请人|经办人|登记人|审核人|填表人|审核(?=[：:])|审批(?=[：:])")
# after a relation or role: an optional ：/space, then a surname-led name (its length is read below)
_LEAD_RE = re.compile(f"(?:{_RELATIONS}|{_ROLES})(?:[（(][{_CJK}]{{1,4}}[）)])?(?:[：:]\\s*|\\s+)?(?={_SURNAME_RX})")
# a name right before a phone number (masked already: 谭振华***) or before the word that gives one
# (马建国 电话…), at a boundary or after the verb that asks to call them (请联系谭振华…)
_PHONE_OWNER_RE = re.compile(f"(?:^|(?<=[^{_CJK}])|(?<=联系)|(?<=[找问打给致由和与及、]))({_SURNAME_RX}[{_CJK}]{{1,2}}?)"
                             r"(?=\s*(?:\*\*\*|(?:联系)?电话|手机|座机|微信|联系方式))")
_PHONE_WORD_RE = re.compile(r"\*\*\*|电话|手机|座机|微信|联系方式")
# 老李头, 王老太, 张老汉: an old person by the surname, a name in the records' speech
_OLD_NICK_RE = re.compile(f"老({_COMMON_SURNAME_RX})头|(?<![{_CJK}])({_COMMON_SURNAME_RX})老(?:头子?|太太?|汉|爷子)")
# a name before a cue: at a boundary, 2-3 characters led by a surname
_CUE_RE = re.compile(f"(?:^|(?<=[^{_CJK}])|(?<=[由据经向与和及、]))({_SURNAME_RX}[{_CJK}]{{1,2}}?)"
                     r"(?=报警|求助|来电|称|讲述|反映|驾驶|驾车|带领|带队|陪同|赶到|到场|提供|表示|负责|协助|参与|报的警|的父亲|的母亲|等\s*[0-9０-９一二三四五六七八九十两]+\s*[人名]|走失|失联|未归|落水|被困)")
_BETWEEN_RE = re.compile(f"({_SURNAME_RX}[{_CJK}]{{1,2}}?)"
                         r"(?=报警|求助|走失|未归|离家|失联|失踪|被困|落水|溺水|等\s*[0-9０-９一二三四五六七八九十两]+\s*[人名])")
_APART_RE = re.compile(f"({_SURNAME_RX}[{_CJK}]{{1,2}}?)(?=[\\s，,。；;、（(）)0-9０-９*]|$)")
_RELATION_ONLY_RE = re.compile(f"(?:{_RELATIONS})")
# the words for a person right before a text's position (read by the segmenter's layer)
_AFTER_PERSON_RE = re.compile(f"(?:{_RELATIONS}|{_ROLES})(?:[（(][{_CJK}]{{1,4}}[）)])?[：:\\s]*$")
_KIN_NAME_RE = re.compile(f"({_SURNAME_RX}[{_CJK}]{{1,2}}?)(?=[在和与等已被称说到也都，,。；;\\s（(、]|$)")
# after a kin word, a reduplicated pet name: 小孙子乐乐, 其女丫丫
_KIN_PET_RE = re.compile(f"(?:{_RELATIONS}|小名|乳名)[：: ]?(([{_CJK}])\\2)(?![{_CJK}]\\2)")
_STOP_CHARS = set("称说等在被已的和与及、，。；：:,.;!！?？（）()\"“”‘’ 　*某")
_NAME_ENDERS = ("报警", "求助", "来电", "走失", "未归", "离家", "失联", "失踪", "被困", "落水", "溺水", "驾车", "到场",
                "提供", "讲述", "反映", "确认", "告知", "表示", "介绍", "已经", "送至", "送往", "赶到", "负责")

_ADDRESS = r"(?:老师|师傅|阿姨|大爷|大妈|大姐|大哥)"
_FULL_ADDRESS_RE = re.compile(f"(^|[^{_CJK}]|{_RELATIONS}|的|与|和|及|由|向)({_COMMON_SURNAME_RX}[{_CJK}]{{1,2}})({_ADDRESS})")
_ADDRESS_RE_NAME = re.compile(f"(?<![主责班])({_COMMON_SURNAME_RX})({_ADDRESS})")
_HONORIFIC_RE = re.compile("先生|女士|小姐")

# Compound surnames that are no everyday word here: such a surname and one or two characters after
# it are a name wherever they stand (司马晓峰带领…, 欧阳志远的父亲). 东方, 长孙, 公孙, 单于 left out.
_STRICT_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "皇甫", "尉迟", "慕容", "令狐", "夏侯", "宇文", "端木", "澹台",
                    "呼延", "轩辕", "独孤", "司徒")  # not 西门 (西门外), 南宫 (南宫路), 司空 (司空见惯), 百里
_STRICT_COMPOUND_RE = re.compile("(?:" + "|".join(_STRICT_COMPOUND) + f")(?=[{_CJK}])")
# Nicknames and kin-like address: 老张, 小李, 王姐, 李叔 — a surname after 老/小 or before a kin word,
# then something that is not part of a longer word (a function word, a verb a person does, punctuation)
_NICK_AFTER = "和与及、说称讲带来去已在也都等的把被让给向跟同先负开驾打报求到领陪找家一两二三四五六七八九十"
_NICK_BEFORE = ("队员", "队长", "家属", "老人", "司机", "民警", "保安", "邻居", "同事", "朋友", "村民", "船长", "渔民", "老板")
_NICK_RE = re.compile(f"(?:(?<=[^{_CJK}])|^|(?<=[和与及、跟同让给找叫由据经向])|"
                      + "|".join(f"(?<={w})" for w in _NICK_BEFORE) + ")"
                      f"(?:([老小])({_COMMON_SURNAME_RX})|({_COMMON_SURNAME_RX})([姐哥叔婶嫂姨伯舅]))"
                      f"(?=[^{_CJK}]|$|[{_NICK_AFTER}])")
# 老X / 小X that are words (小时, 小车, 老师 …), and X姐 that are words (师姐)
_NICK_WORDS = frozenset(("老师", "老翁", "老成", "老乡", "老宋", "小于", "小叶", "小龙", "小史", "小孔", "小康", "小牛",
                         "小包", "小曲", "小路", "小时", "小农", "小车", "小麦", "小费", "小米", "小雷", "小商", "小卖",
                         "小吃", "小白", "小金", "小宁", "小苗", "小江", "小沙", "老石", "小石", "老毛", "老房", "老万",
                         "师姐", "师哥", "师叔", "师伯", "师兄", "师姨", "空姐"))
# Rural pet names (二丫, 大妞, 狗蛋) and names after 小名/乳名/外号
_PET_RE = re.compile(f"(?<![{_CJK}])[大二三四五六]?(?:[二三四]丫|丫丫|[大二三]妞|狗蛋|铁蛋|二蛋|二娃|三娃|石头蛋)(?![{_CJK}]?头)"
                     f"|(?:(?<=小名|乳名|外号|绰号|昵称)|(?<=小名叫|乳名叫|外号叫|小名是|乳名是))[：:“\"]?(?![才就也都还又却在是叫])"
                     f"[{_CJK}]{{2,3}}")
# a web name in quotes: 网名"海边的风"
_WEBNAME_RE = re.compile(r"(?<=网名|昵称|外号|绰号)[：:]?[“\"「『][^”\"」』]{1,16}[”\"」』]")
# Uyghur, Kazakh, Mongol, Tibetan names in Chinese letters: their usual parts, and what a middle dot
# joins to them (买买提·吐尔逊)
_MINORITY_PARTS = ("阿依古丽", "古丽", "买买提", "麦麦提", "艾买提", "艾合买提", "吐尔逊", "阿不都", "阿卜杜", "艾力",
                   "热依拉", "迪丽", "努尔", "帕提", "库尔班", "热合曼", "巴特尔", "其其格", "娜仁", "扎西", "卓玛",
                   "次仁", "达瓦", "铁木尔", "巴图", "额尔敦", "格日勒", "乌力吉", "阿拉坦", "那日苏", "宝力道", "苏和", "玉素甫", "艾尔肯", "阿迪力", "吾斯曼", "依明", "阿力木", "木拉提", "阿依")
_NAME_STOP = f"(?=[^{_CJK}]|$|[在和与及等的是被已从到向于称说])"
_MINORITY_PART_RX = "(?:" + "|".join(sorted(_MINORITY_PARTS, key=len, reverse=True)) + ")"
_MINORITY_RE = re.compile(f"(?:[{_CJK}]{{2,4}}[·•・])?{_MINORITY_PART_RX}"
                          f"(?:[{_CJK}]{{1,3}}?{_NAME_STOP})?(?:[·•・][{_CJK}]{{2,5}}?{_NAME_STOP})*")
# Names in Latin letters: a pinyin surname and a pinyin given name (Li Wei, Zhang Xiaoming, WANG Fang)
_PINYIN_SURNAMES = frozenset((
    "li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie "
    "han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan "
    "pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin "
    "gu hou shao meng long wan duan qian yin yi chang qiao lai gong wen niu ou ouyang sima shangguan zhuge "
    "mu qi ji bi ning an lei xing ai tao geng guan lan jiao zhan ge nie lv lyu").split())
_PINYIN_SYLLABLE = ("(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|van|"
                    "ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)")
_PINYIN_WORD = re.compile(f"(?:{_PINYIN_SYLLABLE}){{1,3}}", re.I)
_ANY_LATIN_NAME_RE = re.compile(r"(?<![A-Za-z0-9_])([A-Za-z][a-z]{1,11})[ ]([A-Za-z][a-z]{1,11})(?![A-Za-z0-9_])")
_LATIN_NOT_NAMES = frozenset("the and of for at in on to with from by red cross team rescue water city mountain "
                             "training drill center centre park road street station police fire tel phone mobile "
                             "email mail wechat app".split())
_LATIN_PAIR_RE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{0,8}|[A-Z]{2,9})[ .\-]([A-Z][a-z]{1,12}|[A-Z]{2,12})"
                            r"(?:[ \-]([A-Z][a-z]{1,8}))?(?![A-Za-z])")
_OLD_NICK_WORDS = frozenset(("老龙头", "老虎头", "老人头"))  # a place, a word
_NOT_A_NAME_START = frozenset("和向与及同跟给把被让对问找请谢为由于在是")


# --- the segmenter (jieba), loaded once, lazily ----------------------------------------------------

_jieba_lock = threading.Lock()
_jieba: dict[str, Any] = {}  # tagger: jieba's POSTokenizer (jieba has no types), tags, freq


def _tagger() -> tuple[Any, dict[str, str], dict[str, int]]:
    """jieba's POS tokenizer (its own instance, so nothing global is touched) and the dictionary's
    word → tag table. Loading takes a second or two, once per process."""
    with _jieba_lock:
        if not _jieba:
            import logging

            import jieba
            import jieba.posseg

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tagger = jieba.posseg.POSTokenizer(tokenizer)
            for word in PLACES:
                tagger.add_word(word, 100000, "ns")
            for word in TEAM_WORDS:
                tagger.add_word(word, 100000, "n")
            _jieba["tagger"] = tagger
            _jieba["tags"] = tagger.word_tag_tab
            _jieba["freq"] = tokenizer.FREQ
        return _jieba["tagger"], _jieba["tags"], _jieba["freq"]


@functools.lru_cache(maxsize=1 << 16)
def pos_tokens(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's words and part-of-speech tags of ``text`` (remembered: summaries repeat, and the
    check reads the masked text, mostly the same as the original)."""
    tagger, _, _ = _tagger()
    return tuple((p.word, p.flag) for p in tagger.cut(text))


def load_dictionary() -> None:
    """Load jieba's dictionary now (a second or two, once per process), so that the first text that
    needs it does not wait: a window calls this in a thread of its own before the user pastes."""
    _tagger()


def is_common_word(word: str) -> bool:
    """A dictionary word that is not a person's name (凌晨, 安全, 宏伟): not taken for a name."""
    _, tags, freq = _tagger()
    tag = tags.get(word, "")
    return bool(tag) and not tag.startswith("nr") and freq.get(word, 0) >= 3


class Masker:
    """Masks one text at a time with the layers given; ``known_names`` are the names the database
    holds, ``team_words`` the team's own words (squad names, places) that are never masked as names."""

    def __init__(self, known_names: Iterable[str] = (), team_words: Iterable[str] = (),
                 layers: Iterable[str] = LAYERS):
        self.layers = frozenset(layers)
        unknown = self.layers - set(LAYERS)
        if unknown:
            raise ValueError(f"unknown layers: {sorted(unknown)}")
        names = sorted({n.strip() for n in known_names if n and len(n.strip()) >= 2 and "某" not in n},
                       key=lambda n: (-len(n), n))
        self.known_names = tuple(names)
        self._known_re = re.compile("|".join(map(re.escape, names))) if names else None
        # a squad the importer read from "沙河口分队 亓小雨" is named after a person: not the team's word
        # and so is one that holds a name by its shape ("中山分队 上官婉清", "西岗分队（王姐）")
        # and so is one that says who led ("带队:邹海涛", a squad cell the importer split)
        given = {w for w in team_words if w and not _has_name_shape(w) and not _LEAD_RE.search(w)}
        words = {w for w in (*TEAM_WORDS, *PLACES, *given)
                 if w and len(w) >= 2 and not (self._known_re and self._known_re.search(w))}
        self.team_words = frozenset(words)
        self._team_re = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))

    # -- one text --

    def mask(self, text: str | None) -> Masked:
        if not text:
            return Masked(text)
        findings: list[Finding] = []
        if "detectors" in self.layers:
            text = self._mask_detected(text, findings)
        if "known" in self.layers and self._known_re is not None:
            text = self._mask_known(text, findings)
        if "contexts" in self.layers:
            text = self._mask_contexts(text, findings)
        if "segmenter" in self.layers and _CJK_RE.search(text):
            text = self._mask_segmented(text, findings)
        return Masked(text, tuple(findings))

    def mask_cell(self, column: str, text: str | None) -> Masked:
        """A cell of the workbook: an event number that has an event number's shape is kept."""
        if column == "event_no" and text and EVENT_NO_RE.fullmatch(text.strip()):
            return Masked(text)
        return self.mask(text)

    # -- layers --

    def _mask_detected(self, text: str, findings: list[Finding]) -> str:
        spans = _detect(text)
        if not spans:
            return text
        out, pos = [], 0
        for start, end, kind in spans:
            findings.append(Finding("detectors", kind, text[start:end]))
            out.append(text[pos:start])
            out.append(NUMBER_MASK)
            pos = end
        out.append(text[pos:])
        return "".join(out)

    def _protected(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self._team_re.finditer(text)]

    def _replace(self, text: str, spans: list[tuple[int, int, str, str]], layer: str,
                 findings: list[Finding]) -> str:
        """Replace (start, end, kind, replacement) spans that do not overlap the team's words."""
        if not spans:
            return text
        protected = self._protected(text)
        out, pos = [], 0
        for start, end, kind, repl in sorted(spans):
            if start < pos or any(ps < end and start < pe and not (start <= ps and pe <= end)
                                  for ps, pe in protected):
                continue
            if layer != "known" and any(start <= ps and pe <= end for ps, pe in protected):
                continue  # a guess that swallows the team's word; a name the database holds is masked
            findings.append(Finding(layer, kind, text[start:end]))
            out.append(text[pos:start])
            out.append(repl)
            pos = end
        out.append(text[pos:])
        return "".join(out)

    def _mask_known(self, text: str, findings: list[Finding]) -> str:
        if self._known_re is None:  # no names known: nothing to mask
            return text
        spans = [(m.start(), m.end(), "name", NAME_MASK) for m in self._known_re.finditer(text)]
        return self._replace(text, spans, "known", findings)

    def _name_at(self, text: str, start: int) -> int:
        """Where a surname-led name starting at ``start`` ends, or ``start`` when it is no name."""
        n = len(text)
        surname = 2 if text[start:start + 2] in _COMPOUND_SET else 1
        if text[start:start + surname] not in _COMPOUND_SET and text[start] not in SURNAMES:
            return start
        g = start + surname
        if g >= n or not _CJK_RE.match(text[g]) or text[g] in _STOP_CHARS:
            return start
        if is_common_word(text[start:g + 1]) and text[start:g + 2] not in self.known_names:
            return start
        if text[start:g + 1] in self.team_words or any(text.startswith(w, start) for w in self.team_words):
            return start
        end = g + 1
        if end < n and _CJK_RE.match(text[end]) and text[end] not in _STOP_CHARS \
                and not any(text.startswith(w, end) for w in _NAME_ENDERS) \
                and not (end + 1 < n and is_common_word(text[end:end + 2]) and not is_common_word(text[g:end + 1])):
            end += 1
        return end

    def _mask_contexts(self, text: str, findings: list[Finding]) -> str:
        # forms of address: 王建国先生 → 某先生, 张老师 → 某老师
        text = self._mask_honorifics(text, findings)

        def full_address(m: re.Match[str]) -> str:
            findings.append(Finding("contexts", "caller", m.group(2) + m.group(3)))
            return m.group(1) + SURNAME_MASK + m.group(3)

        def address(m: re.Match[str]) -> str:
            findings.append(Finding("contexts", "caller", m.group(0)))
            return SURNAME_MASK + m.group(2)

        text = _FULL_ADDRESS_RE.sub(full_address, text)
        text = _ADDRESS_RE_NAME.sub(address, text)
        spans = []
        for m in _LEAD_RE.finditer(text):
            end = self._name_at(text, m.end())
            if end == m.end():  # 老人黄海走失: a word, but a name between a role and a cue
                cue = _BETWEEN_RE.match(text, m.end())
                end = cue.end(1) if cue and cue.group(1) not in self.team_words else end
            if end == m.end() and _RELATION_ONLY_RE.fullmatch(m.group(0).rstrip("：: ")):
                # 其侄女温馨怡在…: after a kin word, a name that starts like a word (温馨), up to a stop
                kin = _KIN_NAME_RE.match(text, m.end())
                end = kin.end(1) if kin and kin.group(1) not in self.team_words else end
            if end == m.end() and m.group(0)[-1] in "：: ":  # 联系人：冷月 0411…: a word, but set apart
                apart = _APART_RE.match(text, m.end())
                end = apart.end(1) if apart and apart.group(1) not in self.team_words else end
            if end > m.end():
                spans.append((m.end(), end, "name", NAME_MASK))
        for m in _CUE_RE.finditer(text):
            name = m.group(1)
            if not is_common_word(name[:2]) and name not in self.team_words and name not in _NICK_WORDS:
                spans.append((m.start(1), m.end(1), "name", NAME_MASK))
        for m in _STRICT_COMPOUND_RE.finditer(text):
            end = self._name_at(text, m.start())
            if end == m.start():
                end = min(m.end() + 2, len(text))
                while end > m.end() + 1 and not _CJK_RE.match(text[end - 1]) or text[end - 1] in _STOP_CHARS:
                    end -= 1
            if end > m.end():
                spans.append((m.start(), end, "name", NAME_MASK))
        for m in _NICK_RE.finditer(text):
            if m.group(0) not in _NICK_WORDS:
                spans.append((m.start(), m.end(), "name", NAME_MASK))
        for m in _OLD_NICK_RE.finditer(text) if "老" in text else ():
            if m.group(0) not in _OLD_NICK_WORDS:
                spans.append((m.start(), m.end(), "name", NAME_MASK))
        for m in _PHONE_OWNER_RE.finditer(text) if _PHONE_WORD_RE.search(text) else ():
            name = m.group(1)
            if not is_common_word(name[:2]) and name not in self.team_words and name not in _NICK_WORDS:
                spans.append((m.start(1), m.end(1), "name", NAME_MASK))
        for m in _KIN_PET_RE.finditer(text):  # 常常, 纷纷, 天天 are frequent words; 乐乐, 豆豆 are not
            if _tagger()[2].get(m.group(1), 0) < 200:
                spans.append((m.start(1), m.end(1), "name", NAME_MASK))
        for rx in (_PET_RE, _MINORITY_RE, _WEBNAME_RE):
            for m in rx.finditer(text):
                if m.group(0) not in self.team_words:
                    spans.append((m.start(), m.end(), "name", NAME_MASK))
        if _CJK_RE.search(text):
            for m in _ANY_LATIN_NAME_RE.finditer(text):  # John Smith, wang xiaoli in a Chinese record
                a, b = m.group(1), m.group(2)
                if (a[0].isupper() and b[0].isupper() and a.lower() not in _LATIN_NOT_NAMES
                        and b.lower() not in _LATIN_NOT_NAMES) \
                        or (_PINYIN_WORD.fullmatch(a) and _PINYIN_WORD.fullmatch(b)
                            and (a.lower() in _PINYIN_SURNAMES or b.lower() in _PINYIN_SURNAMES)):
                    spans.append((m.start(), m.end(), "name", NAME_MASK))
        for m in _LATIN_PAIR_RE.finditer(text):
            words = [w for w in m.groups() if w]
            if any(w.lower() in _PINYIN_SURNAMES for w in words[:1] + words[-1:]) \
                    and all(_PINYIN_WORD.fullmatch(w) for w in words):
                spans.append((m.start(), m.end(), "name", NAME_MASK))
        return self._replace(text, _merge(spans), "contexts", findings)

    def _mask_honorifics(self, text: str, findings: list[Finding]) -> str:
        out: list[str] = []
        pos = 0
        for m in _HONORIFIC_RE.finditer(text):
            if m.start() < pos:
                continue
            start = _honorific_name(text, m.start())
            if start == m.start() or start < pos:
                continue
            findings.append(Finding("contexts", "caller", text[start:m.end()]))
            out.append(text[pos:start])
            out.append(SURNAME_MASK + m.group(0))
            pos = m.end()
        out.append(text[pos:])
        return "".join(out)

    def _mask_segmented(self, text: str, findings: list[Finding]) -> str:
        tokens = pos_tokens(text)
        spans = []
        pos = 0
        i = 0
        while i < len(tokens):
            word, flag = tokens[i]
            start = pos
            cand = None
            if flag.startswith("nr") and 2 <= len(word) <= 3 and (word[0] in SURNAMES or word[:2] in _COMPOUND_SET):
                cand = word
            elif flag.startswith("nr") and 2 <= len(word) <= 6 and _AFTER_PERSON_RE.search(text, max(0, start - 12), start):
                cand = word  # 被困者巴雅尔图: a name in no surname's shape, after the word for a person
            elif len(word) == 1 and word in SURNAMES and i + 1 < len(tokens):
                nxt, nflag = tokens[i + 1]
                if 1 <= len(nxt) <= 2 and all(_CJK_RE.match(c) for c in nxt) and nflag.startswith("nr"):
                    cand = word + nxt
                    pos += len(nxt)
                    i += 1
            pos += len(word)
            i += 1
            if cand and "某" not in cand and cand not in self.team_words and not is_common_word(cand) \
                    and cand not in _NICK_WORDS and not _is_place_at(text, start, cand) \
                    and not any(w in cand for w in self.team_words):
                spans.append((start, start + len(cand), "name", NAME_MASK))
        return self._replace(text, spans, "segmenter", findings)


_PLACE_AFTER = ("桥", "村", "屯", "沟", "街道", "街", "庄", "路", "山", "河", "岭", "口", "湾", "镇", "岛", "机场", "广场",
                "小区", "公园", "水库", "码头", "大街", "堡", "寨", "房", "窝", "岗", "坨", "子")


def _is_place_at(text: str, start: int, cand: str) -> bool:
    """刘家桥, 李家街道, 周水子: a surname-led word that a place's word follows, or X家 itself."""
    end = start + len(cand)
    return (len(cand) == 2 and cand[1] == "家") or any(text.startswith(w, end) for w in _PLACE_AFTER) \
        or any(cand.endswith(w) for w in _PLACE_AFTER if len(w) == 1 and w in "桥村屯沟庄岭湾镇岛堡寨")


def _has_name_shape(text: str) -> bool:
    """A name written so that it is one wherever it stands: a strict compound surname, a minority
    name, a pet name, a nickname (老张, 王姐), a surname with a form of address (刘阿姨), a pinyin name."""
    if _STRICT_COMPOUND_RE.search(text) or _MINORITY_RE.search(text) or _PET_RE.search(text) \
            or _ADDRESS_RE_NAME.search(text):
        return True
    if any(m.group(0) not in _NICK_WORDS for m in _NICK_RE.finditer(text)):
        return True
    return any(_PINYIN_WORD.fullmatch(w) for m in _LATIN_PAIR_RE.finditer(text) for w in m.groups() if w)


def _merge(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Overlapping spans as one (the longest reach wins)."""
    out: list[tuple[int, int, str, str]] = []
    for s in sorted(spans):
        if out and s[0] < out[-1][1]:
            start, end, kind, repl = out[-1]
            out[-1] = (start, max(end, s[1]), kind, repl)
        else:
            out.append(s)
    return out


def _honorific_name(text: str, end: int) -> int:
    """Where the name before the honorific at ``end`` starts, or ``end`` when there is none."""
    for length in (4, 3, 2, 1):
        start = end - length
        if start < 0:
            continue
        cand = text[start:end]
        if "某" in cand or not all(_CJK_RE.match(c) for c in cand):
            continue
        if length > 1 and cand[0] in _NOT_A_NAME_START:
            continue
        if (cand[:2] in _COMPOUND_SET and length >= 3) or (cand[0] in SURNAMES and length <= 3):
            return start
    return end


_DEFAULT: Masker | None = None


def _default() -> Masker:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Masker()
    return _DEFAULT


def mask_text(text: str) -> str:
    """``text`` with personal data masked by every layer but the database's names; the rest unchanged.
    Empty text (or None) is returned as it is."""
    if not text:
        return text
    masked = _default().mask(text).text
    assert masked is not None  # a text masks to a text
    return masked


def find_personal_data(text: str) -> list[str]:
    """The pieces of ``text`` that ``mask_text`` would mask. Empty when it would leave it as it is."""
    if not text:
        return []
    return [f.text for f in _default().mask(text).findings]
