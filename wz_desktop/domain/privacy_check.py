"""The independent check of what is about to be shared, after the masking — by other means than
the masking (``domain/anonymize.py``), so that it sees what the masking missed:

* a **digit scanner**: every character that is a digit in any hand (ASCII, full-width, Chinese
  numerals 〇一二…九 and 幺) counts, separators between digits are skipped, and a run of seven or
  more digits is refused (dates 2023-05-12 / 2023年5月12日 aside);
* a **character-class scanner**: a token of Latin letters and digits (after full-width folding)
  that mixes both and is five or more long (plates B6K2M7, ids zm_0411), anything with ``@``, and
  a digit followed by 室 / 单元 / 号楼 / 栋 (rooms, units, buildings) are refused;
* the **names the database knows**, as plain substrings: any of them in a cell is refused;
* a **segmenter pass** (jieba): a word tagged as a person's name right after a relation or role
  word (家属, 其女, 名叫, 报警人 …) is refused; any other word tagged as a person's name is
  reported as *unsure*, for the secretary to look at.

``check_cells`` gives every problem with its place (sheet, row, column). The export is refused
when any problem is ``sure``; the unsure ones are shown in the review.

Plain Python: no Qt, no SQL.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from collections.abc import Callable, Iterable, Mapping

from wz_desktop.domain.text import Text, msg

__all__ = ["Problem", "PrivacyChecker", "describe"]

# The check's own digits, on purpose not text.CN_DIGITS / WIDTH_FOLD, which the masking
# (anonymize.py) reads with: checked by different means than the masking, so that a digit the
# masking's table lost is still caught here.
_DIGIT_CHARS = {**{c: c for c in "0123456789"},
                **{chr(0xFF10 + i): str(i) for i in range(10)},
                **dict(zip("〇零一二三四五六七八九幺洞", "0012345678 910".replace(" ", "")))}
_SEPARATORS = set(" -.·/－—–．（）()+＋\u00a0\u3000，,、")
_ROOM_WORDS = ("室", "单元", "号楼", "栋", "幢", "门洞")
# the words after which a person is named, and the verbs after a name (X报警): around the segmenter's names
_PERSON_CUES = frozenset(("家属", "其子", "其女", "其父", "其母", "其妻", "其夫", "老伴", "爱人", "名叫", "叫做", "姓名",
                          "报警人", "求助人", "联系人", "当事人", "监护人", "走失者", "失踪者", "被困者", "被救者",
                          "走失人员", "失踪人员", "老人", "男子", "女子", "男孩", "女孩", "驴友", "学生", "妻子", "丈夫",
                          "儿子", "女儿", "父亲", "母亲", "市民", "热心市民", "游客", "患者", "老伴", "其孙",
                          "被救者", "失联者", "落水者", "伤者", "车主", "失主"))
_AFTER_CUES = frozenset(("报警", "求助", "走失", "失联", "未归", "来电", "驾驶", "驾车", "带领", "带队", "陪同", "反映",
                         "到场", "提供", "报的"))
_PERSON_CUES = _PERSON_CUES | {"外孙", "外孙女", "儿媳", "儿媳妇", "侄子", "侄女", "外甥", "女婿", "孙女", "孙子", "男性",
                               "女性", "其外孙", "其儿媳", "名字叫", "小名", "乳名", "邻居", "同事", "朋友", "房东",
                               "队员", "带队", "领队", "负责人", "对接人", "机主", "户主", "小名叫", "乳名叫",
                               "队长", "安全员", "联络员", "司机", "驾驶员", "伤员", "户名", "持卡人", "开户人",
                               "收款人", "申请人", "经办人", "登记人", "审核", "审核人", "填表人"}
_PERSON_CUE_TUPLE = tuple(_PERSON_CUES)
# what stands right after a person's name and says it is one: an age or a sex (郭玉珍72岁, 于海燕（女）),
# a word for the person (张桂英老人, 王建国、李秀英夫妇), a phone (谭振华139…, 马建国 电话…)
_AFTER_NAME = re.compile(r"\s?(?:[（(，,]?\s?[男女][，,）)\s]|[（(，,]?\s?\d{1,3}\s?岁|老人|夫妇|夫妻|本人|一家|"
                         r"(?:联系)?电话|手机|座机|\*\*\*|1[3-9]\d)")
# before a name that such a word follows: the start of a clause, or a verb that asks for someone
_BEFORE_NAME = ("寻找", "找到", "联系", "通知", "告知", "救出", "送回", "陪同", "搀扶", "背着", "请")
# the words after which the end of a number is given (尾号5682, 后四位5692), and a birthday's words
_TAIL_CUES = ("尾号", "尾数", "后四位", "后4位", "末四位", "末4位", "后六位", "后6位", "后几位", "末几位")
_BIRTH_CUES = ("生日", "出生", "生于", "DOB", "dob")
# a token of letters after the words that introduce an account (微信号：wangxiaomei)
_ACCOUNT_CUES = ("微信", "vx", "VX", "Vx", "wx", "WX", "QQ", "qq", "邮箱", "账号", "帐号", "抖音", "快手", "微博", "id", "ID")
_ACCOUNT_CUE_RX = re.compile("|".join(_ACCOUNT_CUES))
# a model number is no one's id when the equipment's word follows it (IC-V86电台, M30T无人机)
_EQUIPMENT = ("电台", "手台", "对讲机", "车载台", "无人机", "型", "设备", "头灯", "手电", "绞盘", "发电机", "救生衣", "冲锋舟",
              "橡皮艇", "舟", "艇", "相机", "热成像", "探测仪", "基站")
# an event number, anywhere in a text: letters, a year, a number (WZ2024-0137), or after 事件编号
_EVENT_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,6}[-_]?(?:19|20)\d\d[-_]\d{1,6}(?![0-9])"
                          r"|(?<=编号)[：: ]?(?:19|20)\d\d[-_]?\d{1,6}(?![0-9])")

# --- name shapes, by character scans of this module's own (not the masking's rules) ---------------
# compound surnames that are no everyday word: the surname and what follows it
_COMPOUNDS = ("欧阳", "司马", "上官", "诸葛", "皇甫", "尉迟", "慕容", "令狐", "夏侯", "宇文", "端木", "澹台", "呼延",
              "轩辕", "独孤", "司徒")
# characters that Uyghur/Kazakh names in Chinese letters are made of: three in a row is a name
_TRANSLIT = set("阿依古丽买提麦艾吐尔逊努迪热帕娜扎玛卓库班曼孜克拜乎江汗木铁")
# 老张, 小李, 王姐, 李叔: 老/小 and a surname, a surname and a kin word, standing alone
_NICK_HEADS = set("老小")
_NICK_TAILS = set("姐哥叔婶嫂姨伯舅")
_NICK_WORDS = frozenset(("老师", "老翁", "老成", "老乡", "老宋", "老石", "老毛", "老房", "老万", "小于", "小叶", "小龙",
                         "小史", "小孔", "小康", "小牛", "小包", "小曲", "小路", "小时", "小农", "小车", "小麦", "小费",
                         "小米", "小雷", "小商", "小卖", "小吃", "小白", "小金", "小宁", "小苗", "小江", "小沙", "小石",
                         "师姐", "师哥", "师叔", "师伯", "空姐"))
_ADDRESS_WORDS = ("阿姨", "大爷", "大妈", "大娘", "大姐", "大哥", "奶奶", "爷爷", "师傅", "婆婆", "伯伯", "叔叔")
_PET_NAMES = ("二丫", "三丫", "丫丫", "大妞", "二妞", "狗蛋", "铁蛋", "二蛋", "二娃", "三娃")
# a pinyin surname, capitalised, next to another capitalised word: Li Wei, Zhang Xiaoming
_PINYIN_FAMILY = frozenset("li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang "
                           "song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su "
                           "jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan "
                           "liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan "
                           "qian yin qiao lai gong wen niu ouyang sima zhuge shangguan".split())
_PROVINCE_CHARS = set("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼")
_DOMAIN = re.compile(r"[A-Za-z0-9\-]+\s*\.\s*(?:com|cn|net|org|edu|gov)(?![A-Za-z])", re.I)


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


_LATIN_WORDS = frozenset("the and of for at in on to with from by red cross team rescue water city mountain training "
                         "drill center centre park road street station police fire tel phone mobile email mail "
                         "wechat app".split())


def name_shapes(text: str, surnames: frozenset[str] | set[str], freq: Mapping[str, int] | None = None) -> list[str]:
    """Names by their written shape, whatever stands around them."""
    out = []
    n = len(text)
    for k in range(n - 2):
        if text[k:k + 2] in _COMPOUNDS and _cjk(text[k + 2]):
            out.append(text[k:k + 4])
    # runs of transliteration characters, and CJK words joined by a middle dot
    run = ""
    for c in text + " ":
        if c in _TRANSLIT:
            run += c
            continue
        if len(run) >= 3:
            out.append(run)
        run = ""
    for k, c in enumerate(text):
        if c in "·•・" and 0 < k < n - 2 and _cjk(text[k - 1]) and _cjk(text[k + 1]) and (k < 2 or _cjk(text[k - 2])) \
                and _cjk(text[k + 2]):
            out.append(text[max(0, k - 3):k + 4])
    for k in range(n - 1):
        pair = text[k:k + 2]
        before = text[k - 1] if k else ""
        after = text[k + 2] if k + 2 < n else ""
        alone_before = not before or not _cjk(before) or before in "和与及跟同让给找叫由据经向" \
            or text[max(0, k - 2):k] in ("队员", "队长", "家属", "老人", "司机", "民警", "保安", "邻居", "同事", "朋友")
        alone_after = not after or not _cjk(after) or after in "和与及说称讲带来去已在也都等的把被让给向跟同先负开驾打报求到领陪找家"
        if pair in _NICK_WORDS or not alone_before:
            continue
        if pair[0] in _NICK_HEADS and pair[1] in surnames and alone_after:
            out.append(pair)
        elif pair[0] in surnames and pair[1] in _NICK_TAILS and after not in "夫妹们叔婶妈父娘弟":
            out.append(pair)
        elif pair[0] in surnames and any(text.startswith(w, k + 1) for w in _ADDRESS_WORDS):
            out.append(pair[0] + next(w for w in _ADDRESS_WORDS if text.startswith(w, k + 1)))
    out += [p for p in _PET_NAMES if p in text]
    # after 小名/乳名/外号 (叫/是): what the person is called, whatever its characters (栓柱)
    for cue in ("小名", "乳名", "外号", "绰号"):
        k = text.find(cue)
        while k >= 0:
            j = k + len(cue)
            j += 1 if text[j:j + 1] in ("叫", "是", "为") else 0
            j += 1 if text[j:j + 1] in ("：", ":", "“", '"') else 0
            given = ""
            while j < n and _cjk(text[j]) and len(given) < 3:
                given += text[j]
                j += 1
            if len(given) >= 2 and given[0] not in "才就也都还又却在是叫的了" and "某" not in given:
                out.append(given)
            k = text.find(cue, k + 1)
    # 老李头, 王老太, 张老汉: a surname inside the words for an old man or woman
    for k in range(n - 2):
        if text[k] == "老" and text[k + 1] in surnames and text[k + 2] == "头" and text[k + 1] not in "龙虎人":
            out.append(text[k:k + 3])
        elif text[k] in surnames and text[k + 1] == "老" and text[k + 2] in "头太汉" \
                and (k == 0 or not _cjk(text[k - 1])):
            out.append(text[k:k + 3])
    # in a Chinese record, two Latin words that are both capitalised (John Smith) or a lower-case
    # pinyin pair (wang xiaoli)
    if any(_cjk(ch) for ch in text):
        for a, b in re.findall(r"(?<![A-Za-z0-9_])([A-Za-z]{2,12}) ([A-Za-z]{2,12})(?![A-Za-z0-9_])", text):
            caps = a[0].isupper() and b[0].isupper() and not (a.isupper() or b.isupper()) \
                and not {a.lower(), b.lower()} & _LATIN_WORDS
            pinyin = a.islower() and b.islower() and (a in _PINYIN_FAMILY or b in _PINYIN_FAMILY)
            if caps or pinyin:
                out.append(f"{a} {b}")
    # after a kin word, a reduplicated pet name that is no frequent word (小孙子乐乐, not 常常)
    for m in re.finditer(r"(?:孙子|孙女|外孙|儿子|女儿|其子|其女|侄子|侄女|小名|乳名)[：: ]?(([\u4e00-\u9fff])\2)", text):
        if freq is None or freq.get(m.group(1), 0) < 200:
            out.append(m.group(1))
    words = re.findall(r"[A-Za-z]+", text)
    for a, b in zip(words, words[1:]):
        if a[:1].isupper() and b[:1].isupper() and (a.lower() in _PINYIN_FAMILY or b.lower() in _PINYIN_FAMILY) \
                and f"{a} {b}" in text.replace("-", " ").replace(".", " "):
            out.append(f"{a} {b}")
    return out


def names_in_place(text: str, surnames: frozenset[str] | set[str], is_word: Callable[[str], bool]) -> list[str]:
    """A surname and one or two characters standing alone between a person word and punctuation
    (走失者甄美丽，, 走失老人单秀英，), or at the start of a clause before what a person does
    (仇建国驾驶…): ``is_word`` tells a dictionary word (车辆驾驶) from a name."""
    out: list[str] = []
    ends: set[int] = set()  # where a name found ends (a list goes on after it: 郑文博、钱思远)
    for k, c in enumerate(text):
        if c not in surnames:
            continue
        raw_before = text[max(0, k - 7):k]
        before = raw_before.rstrip(" ：:\u3000")
        colon = before != raw_before.rstrip(" \u3000")  # 姓名：温柔 — a colon sets a name apart
        if before.endswith(("系", "为", "是")) and not colon:  # 落水者系潘志强
            before = before[:-1]
        if before.endswith(("）", ")")):
            before = re.sub(r"[（(][\u4e00-\u9fff]{1,4}[）)]$", "", before)  # 家属（儿子）：马建国
        at_start = k == 0 or not _cjk(text[k - 1])
        after_person = before.endswith(_PERSON_CUE_TUPLE) \
            or (k >= 1 and text[k - 1] in "、和与及" and (k - 1) in ends)
        asked = before.endswith(_BEFORE_NAME)
        if not (at_start or after_person or asked):
            continue
        for length in (3, 2):
            cand = text[k:k + length]
            rest = text[k + length:]
            set_apart = after_person and colon and (not rest or not _cjk(rest[0]))
            if len(cand) < length or not all(_cjk(ch) for ch in cand) or "某" in cand or cand[:2] in _NICK_WORDS \
                    or ((is_word(cand) or is_word(cand[:2])) and not set_apart):
                continue
            if (after_person and (not rest or not _cjk(rest[0]))) or any(rest.startswith(w) for w in _AFTER_CUES) \
                    or _AFTER_NAME.match(rest):
                out.append(cand)
                ends.add(k + length)
                break
    return out


def number_ends(text: str) -> list[str]:
    """Three to six digits (any hand) right after the words that give the end of a number (尾号5682)."""
    out = []
    for cue in _TAIL_CUES:
        k = text.find(cue)
        while k >= 0:
            digits = ""
            for c in text[k + len(cue):k + len(cue) + 12]:
                if c in _DIGIT_CHARS:
                    digits += _DIGIT_CHARS[c]
                elif digits and c not in _SEPARATORS or len(digits) >= 6:
                    break
            if len(digits) >= 3:
                out.append(cue + digits)
            k = text.find(cue, k + 1)
    return out


def birthdays(text: str) -> list[str]:
    """A date (a year, a month, or both with the day) in the few characters after a birthday's word."""
    out = []
    for cue in _BIRTH_CUES:
        k = text.find(cue)
        while k >= 0:
            window = text[k + len(cue):k + len(cue) + 14]
            digits = sum(c in _DIGIT_CHARS for c in window[:4])
            if digits and (any(w in window for w in "年月日号") or sum(c in _DIGIT_CHARS for c in window) >= 6):
                out.append(text[k:k + len(cue) + len(window)].split("，")[0].split(",")[0])
            k = text.find(cue, k + 1)
    return out


def plates(text: str) -> list[str]:
    """A province's character, a letter, then five or six letters and digits with a digit among them,
    spaces and dots allowed between (辽 B 12345, 辽b·9k8j7)."""
    out = []
    for k, c in enumerate(text):
        if c not in _PROVINCE_CHARS:
            continue
        j = k + 1
        while j < len(text) and text[j] in " ·•・.-\u3000":
            j += 1
        if j >= len(text) or not (text[j].isascii() and text[j].isalpha()):
            continue
        j += 1
        body = ""
        while j < len(text) and (text[j] in " ·•・.-\u3000" or (text[j].isascii() and text[j].isalnum())):
            if text[j].isalnum():
                body += text[j]
            j += 1
        if len(body) >= 4 and any(ch.isdigit() for ch in body):
            out.append(text[k:j].strip())
    return out


def near_mask(text: str) -> list[str]:
    """Three or more digits (any hand) right next to a mask ``***``: what is left of a number the
    masking cut short (幺三九洞*** , （138）***). A year (2023-***) is not counted."""
    out = []
    for m in re.finditer(r"\*\*\*", text):
        for side, back in ((text[max(0, m.start() - 8):m.start()][::-1], True), (text[m.end():m.end() + 8], False)):
            digits = ""
            gap = 0
            for c in side:
                if c in _DIGIT_CHARS:
                    digits += _DIGIT_CHARS[c]
                elif c in _SEPARATORS and gap < 2 and (digits or gap == 0):
                    gap += 1
                else:
                    break
            digits = digits[::-1] if back else digits
            if len(digits) >= 3 and not re.fullmatch(r"(?:19|20)\d\d", digits):
                out.append(digits)
    return out
# the prefix and year of an event number (WZ2023-0015) in the event-number column is no id
_EVENT_PREFIX = re.compile(r"[A-Za-z]{1,6}[-_]?(?:19|20)\d\d(?:-\d{1,6})?")


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int          # as the file shows it (the header is row 1)
    column: str       # the column's header
    fragment: str
    reason: str       # digits, latin, address, email, plate, near_mask, birthday, known_name, name_after_cue,
    #                   name_shape, name
    sure: bool

    def __str__(self) -> str:
        return str(describe(self))


def describe(p: Problem) -> Text:
    what = {"digits": msg("一串数字"), "latin": msg("字母数字编号"), "address": msg("门牌、楼号或房号"),
            "email": msg("电子邮箱"), "known_name": msg("数据库中的姓名"), "name_after_cue": msg("称谓后的姓名"),
            "name": msg("疑似姓名"), "name_shape": msg("姓名的写法（复姓、昵称、拼音或少数民族姓名）"),
            "plate": msg("车牌"), "near_mask": msg("已隐去号码旁残留的数字"),
            "birthday": msg("出生日期")}[p.reason]
    return msg("{sheet}表第 {row} 行“{column}”列：{what}“{fragment}”", sheet=p.sheet, row=p.row, column=p.column,
               what=what, fragment=p.fragment)


def _is_date(digits: str) -> bool:
    if len(digits) != 8 or digits[:2] not in ("19", "20"):
        return False
    try:
        dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return True


def digit_runs(text: str) -> list[str]:
    """Runs of seven or more digits in any hand, separators inside skipped (not dates)."""
    runs = []
    i, n = 0, len(text)
    while i < n:
        if text[i] not in _DIGIT_CHARS:
            i += 1
            continue
        start, digits, j, last = i, [], i, i
        while j < n and (text[j] in _DIGIT_CHARS or (text[j] in _SEPARATORS and j + 1 < n
                                                    and (text[j + 1] in _DIGIT_CHARS or text[j + 1] in _SEPARATORS))):
            if text[j] in _DIGIT_CHARS:
                digits.append(_DIGIT_CHARS[text[j]])
                last = j
            j += 1
        i = j
        run = "".join(digits)
        # a date in a hand with 年月日 or separators keeps few digits per part; 20230512 is a date too
        if len(run) >= 7 and not _is_date(run) and not _is_date_text(text[start:last + 1]):
            runs.append(text[start:last + 1])
    return runs


def _is_date_text(fragment: str) -> bool:
    parts, cur = [], ""
    for c in fragment:
        if c in _DIGIT_CHARS:
            cur += _DIGIT_CHARS[c]
        else:
            if cur:
                parts.append(cur)
            cur = ""
    if cur:
        parts.append(cur)
    # a date, and perhaps the hour after it (2023-05-12 19:30 breaks at the colon: 2023-05-12 19)
    if 3 <= len(parts) <= 4 and len(parts[0]) == 4 and all(1 <= len(p) <= 2 for p in parts[1:]):
        return _is_date(parts[0] + parts[1].zfill(2) + parts[2].zfill(2))
    return False


def latin_tokens(text: str) -> list[tuple[str, str]]:
    """Tokens of Latin letters and digits (full-width folded) that look like ids, and e-mail."""
    folded = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in text)
    out = []
    token = ""
    for c in folded + " ":
        if c.isascii() and (c.isalnum() or c in "_@.-·"):
            token += c
            continue
        t = token.strip(".-·")
        token = ""
        if not t:
            continue
        if "@" in t:
            if any(ch.isalnum() for ch in t):  # a lone @ (“#换成@”) is no address
                out.append((t, "email"))
        elif len(t.replace("-", "").replace("_", "").replace("·", "")) >= 5 \
                and any(ch.isdigit() for ch in t) and any(ch.isalpha() for ch in t):
            out.append((t, "latin"))
    return out


def _tokens_at(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9_.\-]*", text)]


def account_names(text: str) -> list[str]:
    """Letters with no digit (wangxiaomei) right after the words that introduce an account (微信号：)."""
    out = []
    for start, token in _tokens_at(text):
        before = text[max(0, start - 6):start].rstrip(" ：:\u3000号码是为")
        if len(token) >= 4 and not token.isdigit() and any(before.endswith(w) for w in _ACCOUNT_CUES) \
                and token.lower() not in ("mail", "email", "wechat", "qq"):
            out.append(token)
    return out


def _equipment_models(text: str) -> set[str]:
    """Model numbers the equipment's word follows (IC-V86电台): no one's id."""
    return {token for start, token in _tokens_at(text)
            if any(text.startswith(w, start + len(token)) for w in _EQUIPMENT) and len(token) <= 10}


def room_numbers(text: str) -> list[str]:
    out = []
    for word in _ROOM_WORDS:
        k = text.find(word)
        while k > 0:
            if text[k - 1].isdigit():
                out.append(text[max(0, k - 4):k + len(word)])
            k = text.find(word, k + 1)
    # A座1506, 3楼302: a building letter or floor, then a room
    for k, c in enumerate(text[:-3]):
        if c in "座楼" and text[k + 1:k + 4].isdigit() and k > 0 and (text[k - 1].isalnum()):
            out.append(text[max(0, k - 2):k + 5])
    # 五一路66-8号: a house number with a dash
    out += re.findall(r"\d{1,5}[-－]\d{1,4}号", text)
    # 8-2-601: three dash-separated numbers
    parts = text.replace("－", "-").split("-")
    for a, b, c in zip(parts, parts[1:], parts[2:]):
        head = len(a) - len(a.rstrip("0123456789"))  # the digits that end a (2023 of a date is too long)
        if 1 <= head <= 3 and b.isdigit() and c[:1].isdigit() and 1 <= len(b) <= 3:
            out.append(f"{a[-head:]}-{b}-{c[:4]}")
    return out


class PrivacyChecker:
    """``known_names``: every name the database holds (the check looks for each as a substring);
    ``team_words``: the team's own words, which are not names whatever the segmenter says."""

    def __init__(self, known_names: Iterable[str] = (), team_words: Iterable[str] = (), segmenter: bool = True):
        self.known_names = sorted({n.strip() for n in known_names if n and len(n.strip()) >= 2},
                                  key=len, reverse=True)
        # not the team's words: what holds a name the database knows, or says who led or answers for
        # the work (a squad cell "带队:邹海涛" the importer kept as a squad)
        self.team_words = frozenset(w for w in team_words if not any(n in w for n in self.known_names)
                                    and not any(c in w for c in ("：", ":", "带队", "领队", "负责人", "联系人")))
        self.segmenter = segmenter

    def problems(self, text: str, *, event_no: bool = False) -> list[tuple[str, str, bool]]:
        """(fragment, reason, sure) for one text."""
        if not text or not isinstance(text, str):
            return []
        out: list[tuple[str, str, bool]] = []
        from wz_desktop.domain.anonymize import EVENT_NO_RE  # the event number's shape, not a masking rule

        if event_no and EVENT_NO_RE.fullmatch(text.strip()):
            return []
        full = text
        if "编号" in text or re.search(r"[A-Za-z]", text):  # the team's event numbers are no one's
            text = _EVENT_TOKEN.sub(lambda m: " " * len(m.group(0)), text)
        out += [(r, "digits", True) for r in digit_runs(text)]
        tokens = latin_tokens(text)
        models = _equipment_models(text) if tokens else set()
        out += [(t, kind, True) for t, kind in tokens if not (event_no and _EVENT_PREFIX.fullmatch(t)) and t not in models]
        if _ACCOUNT_CUE_RX.search(text):
            out += [(t, "latin", True) for t in account_names(text)]
        out += [(t, "digits", True) for t in number_ends(text)]
        out += [(b, "birthday", True) for b in birthdays(text)]
        text = full
        out += [(r, "address", True) for r in room_numbers(text)]
        out += [(d, "email", True) for d in _DOMAIN.findall(text)]
        out += [(p, "plate", True) for p in plates(text)]
        out += [(d, "near_mask", True) for d in near_mask(text)]
        from wz_desktop.domain.anonymize import SURNAMES  # the surnames: data, not a masking rule
        from wz_desktop.domain.anonymize import _tagger  # the dictionary's frequencies: data, not a rule
        freq = _tagger()[2] if any("\u4e00" <= c <= "\u9fff" for c in text) else None
        out += [(nm, "name_shape", True) for nm in name_shapes(text, SURNAMES, freq)]
        if self.segmenter and any("\u4e00" <= c <= "\u9fff" for c in text):
            from wz_desktop.domain.anonymize import is_common_word  # the dictionary: data, not a masking rule
            team = [w for w in self.team_words if w in text]
            out += [(nm, "name_after_cue", True) for nm in names_in_place(text, SURNAMES, is_common_word)
                    if not any(nm in w or w in nm for w in team)]
        out += [(n, "known_name", True) for n in self.known_names if n in text]
        if self.segmenter and any("\u4e00" <= c <= "\u9fff" for c in text):
            out += self._segmented(text)
        return out

    def _segmented(self, text: str) -> list[tuple[str, str, bool]]:
        """Words the segmenter tags as person names (a surname token joined with the given name
        after it); sure when a relation or role word stands right before (家属：X, 其女X, 名叫X)
        or a report verb right after (X报警), unsure otherwise."""
        from wz_desktop.domain.anonymize import SURNAMES, _tagger, pos_tokens  # jieba, loaded once

        _, _, freq = _tagger()
        tokens = pos_tokens(text)
        team = [w for w in self.team_words if w in text]
        out = []
        pos = 0
        k = 0
        while k < len(tokens):
            word, flag = tokens[k]
            start = pos
            if flag.startswith("nr") and len(word) == 1 and k + 1 < len(tokens) \
                    and 1 <= len(tokens[k + 1][0]) <= 2 and all("\u4e00" <= c <= "\u9fff" for c in tokens[k + 1][0]) \
                    and tokens[k + 1][1][:1] in ("n", "a"):
                word = word + tokens[k + 1][0]
                k += 1
            pos = start + len(word)
            k += 1
            if not flag.startswith("nr") or len(word) < 2 or "某" in word or any(word in w for w in team) \
                    or word in _NICK_WORDS:
                continue
            if word[0] not in SURNAMES and freq.get(word, 0) >= 300 and not word.startswith(("欧阳", "司马", "上官")):
                continue  # a common word the dictionary tags as a name (幼儿园), not led by a surname
            before = text[max(0, start - 6):start].rstrip(" ：:\u3000")
            after = text[pos:pos + 2]
            sure = any(before.endswith(c) for c in _PERSON_CUES) or after in _AFTER_CUES
            out.append((word, "name_after_cue" if sure else "name", sure))
        return out

    def check_rows(self, rows: Iterable[tuple[str, int, str, str, bool]]) -> list[Problem]:
        """Every problem in (sheet, row, column header, text, is_event_no) cells."""
        found = []
        for sheet, row, column, text, event_no in rows:
            for fragment, reason, sure in self.problems(text, event_no=event_no):
                found.append(Problem(sheet, row, column, fragment, reason, sure))
        return found
