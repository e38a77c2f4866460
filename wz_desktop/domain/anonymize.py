"""Masking of personal data in free text (事件摘要, 备注) for the anonymised export.

Researchers and partners get the same six-sheet workbook, with phone numbers and people's
names in the summaries and remarks replaced:

* every phone number (mobile, with or without +86, spaces or dashes; landline with area code;
  a 7–8 digit local number after 电话/联系/手机/…) and every 18-digit ID number → ``***``;
* a missing or rescued person's name (``老人范勇走失``, ``驴友龚军洋等3人``) → ``某某``, whatever
  its length, so that neither the surname nor the length of the name is left;
* a caller (``蔡女士``, ``王建国先生``, ``张老师``, ``李师傅``) → ``某女士``/``某先生``/…: the form of
  address is kept, the surname is not (in a small place the surname alone can identify);
* a name after a relation (``家属王伟``, ``联系人张强``, ``其父李军``) → ``某某``.

Everything else in the text is kept exactly. Masking is deterministic and idempotent: ``某`` and
``***`` are not matched again. ``find_personal_data`` reports what still looks personal (the same
shapes), so that ``find_personal_data(mask_text(t)) == []``.

Plain Python: no Qt, no SQL, no Excel.
"""
from __future__ import annotations

import re

__all__ = ["NAME_MASK", "PHONE_MASK", "SURNAME_MASK", "find_personal_data", "mask_text"]

PHONE_MASK = "***"
NAME_MASK = "某某"
SURNAME_MASK = "某"

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
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙")

_CJK = r"\u4e00-\u9fff"
_SURNAME = "(?:" + "|".join(_COMPOUND_SURNAMES) + "|[" + _SINGLE_SURNAMES + "])"
# A full name: surname and one or two given characters (the surname alone is not a name here).
_NAME = _SURNAME + f"[{_CJK}]{{1,2}}"

# --- phone numbers -------------------------------------------------------------------------------

_D = "[0-9０-９]"
_SEP = r"[ \-－\u00a0]?"
_NOT_DIGIT_BEFORE = r"(?<![0-9０-９])"
_NOT_DIGIT_AFTER = r"(?![0-9０-９])"
_PREFIX_86 = r"(?:(?:\+|＋|00)?[8８][6６]" + _SEP + r"|\([+＋]?86\)" + _SEP + r"|（[+＋]?86）" + _SEP + ")"

_MOBILE = (_NOT_DIGIT_BEFORE + _PREFIX_86 + "?" + "[1１][3-9３-９]" + _D + f"(?:{_SEP}{_D}){{8}}" + _NOT_DIGIT_AFTER)
_LANDLINE = (_NOT_DIGIT_BEFORE + _PREFIX_86 + "?"
             + r"(?:[0０][1-9１-９]" + _D + "{1,2}" + "|" + r"[(（][0０][1-9１-９]" + _D + "{1,2}" + "[)）])"
             + _SEP + _D + f"{{3,4}}{_SEP}{_D}{{4}}" + _NOT_DIGIT_AFTER)
_ID_NUMBER = _NOT_DIGIT_BEFORE + _D + "{17}[0-9０-９Xx]" + r"(?![0-9０-９Xx])"
# A local number without area code only counts in a phone context (电话 84661234, 联系 …).
_CONTEXT = r"(?:电话|手机|座机|联系|热线|号码|拨打|致电|来电|Tel|TEL|tel)"
_PHONE_RES = [re.compile(_ID_NUMBER), re.compile(_MOBILE), re.compile(_LANDLINE)]
# group 1: the context and anything short between it and the number; group 2: the number.
_LOCAL_RE = re.compile("(" + _CONTEXT + r"[^0-9０-９\n]{0,6}?)" + _NOT_DIGIT_BEFORE
                       + "(" + _D + "{3,4}" + _SEP + _D + "{4}" + ")" + _NOT_DIGIT_AFTER)

# --- names ---------------------------------------------------------------------------------------

_ROLES = r"(?:老人|老汉|老太|老伯|学生|男子|女子|男孩|女孩|儿童|少年|少女|驴友|人员|游客|患者|村民|市民|渔民)"
_AFTER_MISSING = r"(?:走失|未归|离家|失联|失踪|被困|落水|溺水|等\s*[0-9０-９一二三四五六七八九十两]+\s*人)"
# 老人范勇走失 → 老人某某走失. group 1: role, group 2: name.
_MISSING_RE = re.compile(f"({_ROLES})({_NAME})(?={_AFTER_MISSING})")

_RELATIONS = (r"(?:家属|其父|其母|其子|其女|其妻|其夫|父亲|母亲|丈夫|妻子|儿子|女儿|联系人|报警人|求助人|"
              r"当事人|监护人|失主|船主|车主)")
# After a relation a name ends at punctuation, a digit, a phone mask, 电话/手机/报警/求助 or the end.
_NAME_END = r"(?=[\s（(，,。.；;：:、！!？?*0-9０-９]|电话|手机|报警|求助|称|说|$)"
# 家属王伟（电话…） → 家属某某（电话…). group 1: relation, group 2: name.
_RELATION_RE = re.compile(f"({_RELATIONS})({_NAME}){_NAME_END}")

_ADDRESS = r"(?:老师|师傅|阿姨|大爷|大妈|大姐|大哥)"
# 张老师, 李师傅 → 某老师, 某师傅; a given name before these only at a boundary or after a relation
# (王建国老师 → 某老师). 班主任老师, 责任老师 are no callers. group 1: before, 2: name, 3: address.
_FULL_ADDRESS_RE = re.compile(f"(^|[^{_CJK}]|{_RELATIONS}|的|与|和|及|由|向)({_NAME})({_ADDRESS})")
_ADDRESS_RE = re.compile(f"(?<![主责])({_SURNAME})({_ADDRESS})")
# 先生/女士/小姐 always follow a name: the longest of the one to three characters before them that
# starts with a surname is taken (王建国先生 → 某先生, privacy first), but a longer candidate is not
# taken when it starts with a word like 谢 of 感谢 or 向 of 向…了解 (感谢高先生 → 感谢某先生).
_HONORIFIC_RE = re.compile("先生|女士|小姐")
_SURNAME_START_RE = re.compile(_SURNAME)
_COMPOUND_SET = frozenset(_COMPOUND_SURNAMES)
_NOT_A_NAME_START = frozenset("和向与及同跟给把被让对问找请谢为由于在是")
_CJK_RE = re.compile(f"[{_CJK}]")


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
        if (cand[:2] in _COMPOUND_SET and length >= 3) or (cand[0] in _SINGLE_SURNAMES and length <= 3):
            return start
    return end


def _mask_honorifics(text: str, found: list[str]) -> str:
    out: list[str] = []
    pos = 0
    for m in _HONORIFIC_RE.finditer(text):
        if m.start() < pos:
            continue
        start = _honorific_name(text, m.start())
        if start == m.start() or start < pos:
            continue
        found.append(text[start:m.end()])
        out.append(text[pos:start])
        out.append(SURNAME_MASK + m.group(0))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _mask_phones(text: str) -> tuple[str, list[str]]:
    found: list[str] = []

    def repl(m: re.Match) -> str:
        found.append(m.group(0))
        return PHONE_MASK

    for rx in _PHONE_RES:
        text = rx.sub(repl, text)

    def repl_local(m: re.Match) -> str:
        found.append(m.group(2))
        return m.group(1) + PHONE_MASK

    text = _LOCAL_RE.sub(repl_local, text)
    return text, found


def _mask_names(text: str) -> tuple[str, list[str]]:
    found: list[str] = []

    def full_address(m: re.Match) -> str:
        found.append(m.group(2) + m.group(3))
        return m.group(1) + SURNAME_MASK + m.group(3)

    def address(m: re.Match) -> str:
        found.append(m.group(0))
        return SURNAME_MASK + m.group(2)

    def named(m: re.Match) -> str:
        found.append(m.group(2))
        return m.group(1) + NAME_MASK

    text = _mask_honorifics(text, found)
    text = _FULL_ADDRESS_RE.sub(full_address, text)
    text = _ADDRESS_RE.sub(address, text)
    text = _MISSING_RE.sub(named, text)
    text = _RELATION_RE.sub(named, text)
    return text, found


def _scan(text: str) -> tuple[str, list[str]]:
    masked, phones = _mask_phones(text)
    masked, names = _mask_names(masked)
    return masked, phones + names


def mask_text(text: str) -> str:
    """``text`` with phone numbers replaced by ``***`` and names by 某 forms; the rest unchanged.
    Empty text (or None) is returned as it is."""
    if not text:
        return text
    return _scan(text)[0]


def find_personal_data(text: str) -> list[str]:
    """The phone numbers and names in ``text`` that ``mask_text`` would mask, in the order they are
    masked (phones first). Empty when the text is safe to publish."""
    if not text:
        return []
    return _scan(text)[1]
