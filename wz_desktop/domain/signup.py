"""Reading a WeChat sign-up list (接龙) and finding its people in the roster.

Squad leaders paste what their WeChat group typed: a heading (what, where, when), then one person a
line, numbered by WeChat (``1. 王建国``) or by hand (``1、`` ``1)`` ``①`` or nothing), with a car
(``带车`` ``🚗``), a note, a member code (``WZ0312``), a squad prefix (``甘井子-``) or people brought
along (``+1（带家属队员马超）``). :func:`parse_signup` reads such a text into a :class:`SignupList`;
:func:`match_entries` finds each person in the roster through a small :class:`MemberLookup`, so this
module needs no store. Nothing is decided silently: lines that are left open (``在外地``, ``待定``),
names that fit several members and lines that could not be read are all reported.

Everyone written is kept: several people on a line (``张三 李四``, ``陈静、杨帆``, ``@韩梅梅 @李雷``,
``马超和林杰``, ``马超+林杰``, ``马超/林杰``, ``王建国、李娜和刘强``) are several entries, while a squad, place,
role or duty beside a name (``李娜 中山``, ``刘强 潜水员``, ``金州分队 陈静``, ``林杰 待命``) is no person
(a word after a mere space is one only where it starts with a surname and is no everyday word; one that
might still be a name, ``王建国 全天``, is asked about); every person brought along is read, whatever the bring word
(带/携/还有/另带), role words (家属, 新队员, 朋友 …) and separators (、,；/ 和 及 与 跟), and every
count (``带2人``, ``携家属2人``, ``+两人``, ``带俩孩子``; a total with the writer: ``2人（我和老婆）``,
``一家三口``, ``夫妻俩``); a count that
disagrees with the names, a run of names that reads in several ways or a name after a bare 带 is
put to the leader (``SignupEntry.doubts`` / ``unsure``), never settled by the roster alone. A second
list pasted under the first is merged, and ``SignupList.remarks`` says so. Where it is the same list
posted again after an edit (WeChat repeats the heading and every line), the later version holds, and a
person missing from it is left open with a doubt; the repeated heading, dated or not, and the sender
lines of a copied chat record (``赵磊 12-02 20:15``) are never read as people. A message under the list
(``杨帆：+1``) is its writer, left open for the leader; a bare ``+1`` is put to the leader; a struck
name (``~~刘强~~``) is not coming; a plate (``辽B12345``) is a car; note words in traditional
characters (``帶車``, ``請假``) are read. ``1. 王建国 2. 李娜 3. 刘强`` on one line is three entries; a
title (``队长王建国``) or the example (``1. 示例：张三``) is no name; ``报名：王建国 李娜`` lists people.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from wz_desktop.domain.anonymize import _COMPOUND_SET, PLACES, SURNAMES, TEAM_WORDS, is_common_word, load_dictionary
from wz_desktop.domain.text import Text, joined, msg

if TYPE_CHECKING:
    from wz_desktop.domain.records import Member

# --- what the lines say -------------------------------------------------------------------------

# A car: these words or emoji, unless the line says there is none.
CAR_WORDS = ("带车", "开车", "自驾", "有车", "私家车", "车可坐", "车能坐", "可拉", "能拉", "可带", "🚗", "🚙", "🚘", "🚕",
             "🛻", "🚐")
NO_CAR_WORDS = ("没车", "不带车", "无车", "没有车", "不开车", "没开车", "不自驾", "蹭车", "搭车", "坐车", "需要车",
                "需要接", "车坏")
# Not coming.
NOT_COMING_WORDS = ("请假", "❌", "❎", "✖", "🙅", "⛔", "不去", "来不了", "去不了", "到不了", "不能去", "不能来", "不参加", "参加不了",
                    "取消", "退出", "去不成")
# Left open: shown to the leader, not decided here.
OPEN_WORDS = ("不行", "有事", "在外地", "外地", "明早到", "明天到", "明早", "明天早上", "明天上午", "明天中午", "明天下午", "明天再", "待定", "看情况", "不确定", "不一定", "争取", "尽量",
              "可能", "出差", "再定", "晚点定", "候补", "替补", "备选", "?", "？",
              # words that leave coming itself open, whatever follows them
              "暂定", "未定", "待确认", "待通知", "说不准", "说不定", "不好说", "视情况", "到时候再说", "到时候看",
              "有空就去", "有时间就去", "能去就去", "尽量去", "尽可能去")
# A hedge on going itself ("也许去", "大概能来", "估计能到", "应该能去", "看时间", "再说吧"), not on a time, an
# amount or a word of the note ("大概8点到", "估计晚10分钟", "应该可以带4个人", "再说一句"): open too.
_HEDGED = re.compile(r"(?:也许|或许|大概|估计|应该|兴许)(?:能|可以|会)?(?:去|来|参加|到场|过去|到)(?:吧|的|了)?(?:$|[\s,，。!！]|(?=带))"
                     r"|^(?:也许|或许|大概|估计)(?:吧)?$|^看(?:时间|安排|工作|情况|天气)(?:吧|再说|而定)?$|^再说吧?$|^到时候(?:吧)?$")
_EXAMPLE_WORDS = ("示例", "例如", "样例", "例子", "举例", "格式", "模板", "同上", "同前", "同楼上")
# "报名：王建国 李娜 刘强": a label, then the people, all on one line.
_LABEL = re.compile(r"^(?:报名|已报名|名单|报名名单|人员|报名人员|参加人员|出队人员|参加|出队)\s*[:：]\s*(?=\S)")
# Titles written before or after a name ("队长王建国", "刘强队长"): not part of it.
_TITLES = ("副队长", "队长", "副队", "组长", "领队", "队医", "秘书长", "秘书", "医生", "司机", "驾驶员", "护士", "教练",
           "安全员", "联络员")
# Words that may follow a name without a space ("李娜带车"): the name ends where one begins.
_NOTE_STARTS = ("带车", "开车", "自驾", "有车", "没车", "不带车", "无车", "请假", "不去", "来不了", "去不了", "到不了",
                "到了", "已到", "晚到", "迟到", "早退", "在外地", "明早", "明天", "待定", "看情况", "可坐", "可拉", "下班",
                "马上", "稍晚", "晚点", "直接", "带家属", "带朋友", "取消", "退出", "不参加", "参加不了", "去不成", "不能",
                "另带", "还带", "另外带", "一家", "全家", "夫妻", "两口子", "俩口子", "夫妇", "父子", "父女", "母子",
                "母女", "等", *_TITLES)
# A line that names any of these before its first space is a heading (what, where, when), not a person.
_HEADING_WORDS = ("接龙", "报名", "集合", "地点", "时间", "出队", "救援", "搜救", "搜寻", "走失", "落水", "被困", "培训",
                  "保障", "分队", "紧急", "通知", "今晚", "今天", "明天", "明早", "上午", "下午", "晚上", "凌晨", "中午",
                  "星期", "任务", "活动", "姓名", "要求", "注意", "备注", "携带", "装备", "地址", "位置", "联系", "电话",
                  "大队", "中队", "以上", "以下", "人员", "队员", "大家", "收到", "格式", "例",
                  "好的", "明白", "谢谢", "辛苦", "加油", "安全", "已满", "满员")
_HEADING_ENDINGS = ("区", "路", "站", "街", "市", "县", "镇", "号", "队", "组", "群", "点")
# People brought along: "+3（带家属王敏、新队员赵磊和刘洋）". A bring word, then perhaps a quantity
# ("两个"), then role words, then a name or not ("带个朋友" brings one whose name is not given).
_BRING_WORDS = ("另外带", "另带", "还带", "再带", "带上", "带着", "携带", "携同", "带", "携", "还有", "另有", "另外",
                "加上")
_ROLE_WORDS = tuple(sorted((
    "家属", "新队员", "老队员", "队员", "新人", "学员", "朋友", "好友", "同事", "爱人", "老公", "老婆", "媳妇", "妻子", "丈夫",
    "儿子", "女儿", "闺女", "孩子", "小孩", "战友", "同学", "亲属", "亲戚", "家人", "邻居", "队友", "志愿者", "父亲",
    "母亲", "爸爸", "妈妈", "哥哥", "姐姐", "弟弟", "妹妹", "表弟", "表妹", "表哥", "表姐", "侄子", "外甥", "徒弟", "师傅",
    "同伴", "伙伴", "闺蜜", "发小", "舍友", "室友", "师兄", "师姐", "师弟", "师妹", "对象", "男朋友", "女朋友", "男友", "女友",
    "老乡", "叔叔", "阿姨", "侄女", "外甥女", "岳父", "岳母", "公公", "婆婆", "老伴", "儿媳", "女婿", "孙子", "孙女", "外孙",
    "外孙女", "学生", "领导", "搭档"), key=len, reverse=True))
# Between two names: "赵磊和刘洋", "王敏及赵磊". These characters also occur in names (和平, 和静), so a
# run is only split where every part is a name, and where it can be split in several ways nothing is
# picked (the leader confirms).
_CONJ = "和及与跟"
_QUANTITY = re.compile(r"^(\d{1,2}|[一二两俩三四五六七八九十]{1,3})?\s*[个位名]?")
_NUM = r"(\d{1,2}|[一二两俩三四五六七八九十]{1,3})"
# A count of people that is no name: "两人", "3个", "三位".
_COUNT_WORD = re.compile(_NUM + r"\s*(?:个人|个|位|名|人|口)?")
_NUMERALS = {"一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# What a note says that a name never is (a word, not a person): "带车", "晚到", "头灯", "夫妻俩".
# (Characters that are also surnames or common in given names — 代, 那, 舟 … — are left out.)
_NOT_NAME_WORDS = ("车", "到", "点", "分钟", "小时", "半", "犬", "装备", "头灯", "手电", "绳", "无人机", "对讲", "电台",
                   "担架", "药品", "急救", "救生", "帐篷", "睡袋", "干粮", "工具", "设备", "热成像", "冲锋舟", "橡皮艇",
                   "皮划艇", "一起", "夫妻", "全家", "俩", "人一", "准时", "马上", "路上", "出发", "已", "收到", "好的",
                   "队长", "领队", "司机", "帮", "替", "接龙", "报名", "都", "也", "我", "你", "他", "她", "们", "这",
                   "吗", "呢", "吧", "啊", "了")

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_NUMBERING = re.compile(
    r"^\s*(?:"
    r"[(（]\s*\d{1,3}\s*[)）]"  # (1)
    r"|(?:[Nn][Oo]\.?|[#＃])\s*\d{1,3}(?:\s*[.．、:：)）]|\s+|(?=[" + _CJK + r"]))"  # No.1 #3
    r"|\d{1,3}号\s+"  # 1号 王建国
    r"|\d{1,3}\ufe0f?\u20e3"  # 1️⃣
    r"|\d{1,3}(?:\s*[.．。、,，)）\-—]|\s+|$|(?![月日号点时年])(?=[" + _CJK + r"]))"  # 1. 1、 1) 1 王 1王 (not 12月)
    r"|[\u2460-\u249b\u24ea\u24f5-\u24fe\u2776-\u2793]"  # ① ⑴ ⒈ ❶ ➀ ➊
    r"|[一二三四五六七八九十]{1,3}\s*[、.．]"  # 一、 十二、
    r")\s*"
)
_CODE = re.compile(r"(?<![A-Za-z0-9])[Ww][Zz]\s?-?\d{3,6}(?![0-9])")
_SQUAD_PREFIX = re.compile(r"^([" + _CJK + r"]{2,8})\s*[-—－_/|｜]\s*(?=[" + _CJK + r"A-Za-z])")
_SQUAD_WORD = re.compile(r"^([" + _CJK + r"]{2,8})\s+([" + _CJK + r"·]{2,8})(?![" + _CJK + r"])")
_SQUAD_BRACKET = re.compile(r"^[【\[［(（]([" + _CJK + r"]{2,8})[】\]］)）]\s*")
_NAME_RUN = re.compile(r"^[" + _CJK + r"·•]+")
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{1,19}")
_TIME = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*点|[上下]午|今晚|明早|周[一二三四五六日天]")
_LEADING_TIME = re.compile(r"(\d{1,2}\s*[:：]\s*\d{2}到?|\d{1,2}点(?:半|\d{1,2}分?)?到?)\s+(?=[" + _CJK + r"@])")
# A chat record copied with its senders: "赵磊 12-02 20:15", "王建国 昨天 20:13" (a name, then when).
_SENDER = re.compile(r"^\S{1,20}\s+(?:\d{2,4}[-/年])?(?:\d{1,2}[-/月]\d{1,2}日?\s*)?(?:昨天|前天|星期.|周.)?\s*"
                     r"\d{1,2}:\d{2}(?::\d{2})?$")
# A message in the group typed under the list: "陈静：+1", "刘强: 我也去" (a name, a colon, what was said).
_CHAT = re.compile(r"^([" + _CJK + r"·]{2,8})\s*[:：]\s*(\S.*)$")
# What such a message says when it signs its writer up (the leader confirms: it is not on the list).
_JOINING = re.compile(r"[+＋]\s*1|(?:我也|我|俺也|俺)?(?:去|参加|报名)|算[我俺](?:一个)?|加我|[我俺]也来|同去|我来|[👍✋🙋‍♂️🙋‍♀️🙋]+")
# A message about going (from someone on the list): "又能去了", "我可以来".
_GOING_TALK = re.compile(r"去|来|参加|报名|能行|可以")
# The leader closing the list ("已满，以下为候补", "人够了"): who signs up below is on standby.
_FULL = re.compile(r"已满|满员|额满|报满|名额已?满|人满|满了|人够了|够人了|已截止|停止报名|(?:以下|后面|之后|下面).{0,6}(?:候补|替补)"
                   r"|^\W*(?:候补|替补)\W*$")
# A label over numbered requirements ("要求：" then "1. 带头灯、雨衣"): the numbered lines under it are no people.
_NOTES_LABEL = re.compile(r"^[【\[]?[^\d\s:：]{0,4}(?:要求|须知|注意事项|注意|装备|物品|纪律|提醒|说明|规则|流程|安排)[】\]]?\s*[:：]?\s*$")
# A line with a count and no name: "+1", "＋2 带车".
_NAMELESS = re.compile(r"[+＋]\s*(?:\d{1,2}|[一两二三])\s*(?:[个位人]\s*)?(?:带车|开车|🚗|[" + _CJK + r"]{0,2})?")
# A car's number plate (辽B12345, 辽B·7K321, 辽BD12345): a member who writes it brings the car.
_PLATE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]\s*[·.\-]?\s*[A-Z0-9]{5,6}(?![A-Z0-9])")
# The few traditional characters of the note words (帶車, 請假, 開車 …), read as their simplified
# selves where a note is looked at (names and notes are kept as typed).
# (and the emoji that stand for a word: "🈶车" is 有车, "🈚车" 无车)
_TRADITIONAL = str.maketrans("帶車開請來參還與隊時間點報攜夫兩個們嗎決沒無遲過約幾號週紅僅錯誤\U0001F236\U0001F21A",
                             "带车开请来参还与队时间点报携夫两个们吗决没无迟过约几号周红仅错误有无")
_PLUS = re.compile(r"[+＋]\s*" + _NUM + r"(?!\d)(?:\s*(?:个人|个|位|名|人))?")  # not "+13800138000": a phone
# How many a line brings, written with a bring word: "带2人", "携家属2人", "另带1位" (not "可带3人": seats).
_BRING_COUNT = re.compile(r"(?<![可能坐])(?:带上|带着|携带|携同|带|携|另有|还有)(?:家属|朋友|亲属|家人)?\s*" + _NUM
                          + r"\s*(?:个人|个|位|名|人)(?![" + _CJK + r"])")
# How many come in all, the writer too: "2人（我和老婆）", "我们3个", "一家三口", "夫妻俩".
_TOTAL = re.compile(r"(?:^|(?<=\s))(?:我们|我家|一共|共|全家|一家|等)?\s*" + _NUM + r"\s*(?:个人|人|口)(?![" + _CJK + r"])"
                    r"|(?:一家|全家)" + _NUM + r"口|^[xX×*＊]\s*(\d)(?!\d)")
_COUPLE = re.compile(r"(?:夫妻|夫妇|父子|父女|母子|母女|兄弟|姐妹|姐弟|兄妹)(?:俩|两人|二人|两个|同去|一起)?|两口子|俩口子"
                     r"|我们俩|我俩")
# Full-width digits, letters and the ideographic space are read as their ASCII selves (one for one,
# so positions do not move); full-width punctuation is kept as typed, for the note.
_WIDTH = {**{0xFF10 + i: ord("0") + i for i in range(10)}, **{0xFF21 + i: ord("A") + i for i in range(26)},
          **{0xFF41 + i: ord("a") + i for i in range(26)}, 0x3000: ord(" "), 0xA0: ord(" ")}


# WeChat's own emoji, copied as their names in brackets ("王建国[强]", "[OK]陈静", "+1[抱拳]"): read as
# blanks (the line is kept as typed). Only these names: "[中山]" is a squad.
_WECHAT_EMOJI = frozenset((
    "微笑 撇嘴 色 发呆 得意 流泪 害羞 闭嘴 睡 大哭 尴尬 发怒 调皮 呲牙 惊讶 难过 酷 冷汗 抓狂 吐 偷笑 愉快 可爱 白眼 傲慢 饥饿 困 "
    "惊恐 流汗 憨笑 悠闲 大兵 奋斗 咒骂 疑问 嘘 晕 疯了 衰 骷髅 敲打 再见 擦汗 抠鼻 鼓掌 糗大了 坏笑 左哼哼 右哼哼 哈欠 鄙视 "
    "委屈 快哭了 阴险 亲亲 吓 可怜 菜刀 西瓜 啤酒 篮球 乒乓 咖啡 饭 猪头 玫瑰 凋谢 嘴唇 示爱 爱心 心碎 蛋糕 闪电 炸弹 刀 足球 "
    "瓢虫 便便 月亮 太阳 礼物 拥抱 强 弱 握手 胜利 抱拳 勾引 拳头 差劲 爱你 NO OK 爱情 飞吻 跳跳 发抖 怄火 转圈 磕头 回头 跳绳 "
    "投降 激动 乱舞 献吻 左太极 右太极 嘿哈 捂脸 奸笑 机智 皱眉 耶 吃瓜 加油 汗 天啊 Emm 社会社会 旺柴 好的 打脸 哇 翻白眼 "
    "666 让我看看 叹气 苦涩 裂开 合十 烟花 爆竹 福 红包 發 发 庆祝 破涕为笑 笑脸 生病 脸红 恐惧 失望 无语 好的 点赞 "
    "Smile Grimace Drool Scowl CoolGuy Sob Shy Silent Sleep Cry Awkward Angry Tongue Grin Surprise Frown Ruthless "
    "Blush Scream Puke Chuckle Joyful Slight Smug Hungry Drowsy Panic Sweat Laugh Commando Determined Scold Shocked "
    "Shhh Dizzy Tormented Toasted Skull Hammer Wave Speechless NosePick Clap Shame Trick Yawn Pooh-pooh Shrunken "
    "TearingUp Sly Kiss Wrath Whimper Cleaver Watermelon Beer Basketball PingPong Coffee Rice Pig Rose Wilt Lips "
    "Heart BrokenHeart Cake Lightning Bomb Dagger Soccer Ladybug Poop Moon Sun Gift Hug ThumbsUp ThumbsDown Shake "
    "Peace Fight Beckon Fist Pinky RockOn Nuh-uh Love Blowkiss Waddle Tremble Aaagh Twirl Kotow Dramatic JumpRope "
    "Surrender Hooray Meditate Smooch Facepalm Smirk Smart Concerned Yeah! Onlooker GoForIt Sweats OMG Respect Doge "
    "NoProb MyBad Wow Boring Awesome LetMeSee Sigh Hurt Broken Worship Party Firecracker Fireworks Packet Blessing "
    "Rich Duh").split())
_EMOJI_CODE = re.compile(r"[\[［]([^\[\]［］\s]{1,12})[\]］]")


# The dot of a transliterated name, as phones type it ("迪丽热巴•迪力木拉提", "阿卜杜热西提．买买提"): read as ·.
_DOTS = re.compile(r"(?<=[\u4e00-\u9fff])[•・‧．﹒∙⋅･](?=[\u4e00-\u9fff])")


def _dot(m: re.Match[str]) -> str:
    """The dot between two runs of characters, read as a name's ·, unless a Chinese name stands on both sides
    ("王建国•李娜" is two people: the dot parts them as 、 does)."""
    before = re.search(r"[\u4e00-\u9fff]+$", m.string[:m.start()])
    after = re.match(r"[\u4e00-\u9fff]+", m.string[m.end():])
    if before and after and all(2 <= len(w) <= 3 and _surname_first(w) for w in (before.group(0), after.group(0))):
        return "、"
    return "·"


def _blank_emoji(line: str) -> str:
    """``line`` with WeChat's emoji names (``[强]``) as blanks of the same length."""
    return _EMOJI_CODE.sub(lambda m: " " * len(m.group(0)) if m.group(1) in _WECHAT_EMOJI else m.group(0), line)


def _is_decoration(ch: str) -> bool:
    """Emoji, symbols and marks that may stand before a name (🔥 ✅ @ ·)."""
    if ch.isspace() or ch in "@#*~～-—_·•>》|｜":
        return True
    code = ord(ch)
    return (code >= 0x1F000 or 0x2190 <= code <= 0x2BFF or 0xFE00 <= code <= 0xFE0F or code == 0x200D
            or 0x3200 <= code <= 0x33FF)


def _has(text: str, words: Iterable[str]) -> bool:
    return any(w in text for w in words)


# --- the result -------------------------------------------------------------------------------

@dataclass
class SignupEntry:
    """One person on the list, as written.

    ``coming`` is True, False (请假, ❌ …) or None where the line leaves it open (在外地, 明早到,
    待定 …). ``extra`` are the names of people brought along (``+1（带家属队员马超）``), ``plus`` how
    many the line says it brings (named or not; where no ``+N`` is written, how many it names).
    ``repeats`` are the numbers of later lines that named the same person again (they are folded
    into this entry). ``doubts`` say what could not be read for sure (a count that disagrees with the
    names, a run of names that splits in several ways, a trailing note on a line of several people);
    ``unsure`` are the names of ``extra`` that stand in such a doubt: matching never settles them
    alone, the leader confirms each. Several people on one line (``1. 张三、李四``) are several entries
    with the same ``line_no``.
    """

    name: str
    line: str
    line_no: int  # 1-based, in the pasted text
    code: str | None = None
    squad_hint: str | None = None
    car: bool = False
    coming: bool | None = True
    note: str = ""
    extra: list[str] = field(default_factory=list)
    plus: int = 0
    repeats: list[int] = field(default_factory=list)
    unsure: list[str] = field(default_factory=list)  # names in ``extra`` the leader must confirm
    doubts: list[Text] = field(default_factory=list)  # what the leader should check on this line


class SkipReason(str, Enum):
    EMPTY = "empty"  # a number with no name ("3. ")
    DUPLICATE = "duplicate"  # the same person, or the same heading, again
    UNREADABLE = "unreadable"  # a numbered line where no name could be read
    TEXT = "text"  # a line after the list began that is not a person (a remark)
    HEADING = "heading"  # the heading of a second list pasted under the first


SKIP_LABELS = {SkipReason.EMPTY: "空行（只有序号）", SkipReason.DUPLICATE: "重复",
               SkipReason.UNREADABLE: "无法识别姓名", SkipReason.TEXT: "说明文字",
               SkipReason.HEADING: "另一份接龙的标题"}


@dataclass
class SkippedLine:
    line_no: int
    line: str
    reason: SkipReason


@dataclass
class SignupList:
    heading: list[str] = field(default_factory=list)  # lines before the first person: what, where, when
    entries: list[SignupEntry] = field(default_factory=list)
    skipped: list[SkippedLine] = field(default_factory=list)
    lists: list[int] = field(default_factory=list)  # line where each list pasted begins (its first person)
    remarks: list[Text] = field(default_factory=list)  # what the reading did to the whole text (merged lists)

    @property
    def coming(self) -> list[SignupEntry]:
        return [e for e in self.entries if e.coming is True]

    @property
    def undecided(self) -> list[SignupEntry]:
        return [e for e in self.entries if e.coming is None]

    @property
    def cars(self) -> int:
        return sum(1 for e in self.entries if e.car and e.coming is not False)


# --- reading a list ------------------------------------------------------------------------------

@dataclass
class _Reading:
    name: str
    code: str | None
    squad_hint: str | None
    rest: str
    lead: str = ""  # an emoji before the name (🚗刘强): part of the note
    plus_first: bool = False  # "+1 王建国": a count before the name (本人 +1, or one more?)


def _read_person(text: str, strict: bool) -> _Reading | None:
    """Code, squad prefix and name at the start of ``text``; None where no name can be read.

    ``strict`` (lines without a number): the name must be followed by a space, a bracket, a symbol
    or a known note word, not by a digit or letter, and must not look like a heading.
    """
    code = squad = None
    i = 0
    while i < len(text) and _is_decoration(text[i]):
        i += 1
    lead = re.sub(r"[\s@#*~～\-—_·•>》|｜]+", "", text[:i])  # an emoji before the name (🚗刘强) is part of the note
    text = text[i:]
    plus_first = False
    if label := re.match(r"(?:姓名|名字)\s*[:：]\s*", text):  # "姓名：王建国 电话：…"
        text = text[label.end():]
    if plus := re.match(r"[+＋]\s*\d{1,2}\s+(?=[" + _CJK + r"])", text):  # "+1 王建国": the count is the note
        lead, text, plus_first = f"{lead} {plus.group(0).strip()}".strip(), text[plus.end():], True
    if when := _LEADING_TIME.match(text):  # "1. 19:30 张三": the time is a note
        lead, text = f"{lead} {when.group(1)}".strip(), text[when.end():].lstrip("@")
    for _ in range(3):
        m = _CODE.match(text)
        if m and code is None:
            code = re.sub(r"[\s\-]", "", m.group(0)).upper()
            text = re.sub(r"^[\s\-—_·.:：/|]+", "", text[m.end():])
            continue
        m = _SQUAD_PREFIX.match(text) or _SQUAD_BRACKET.match(text)
        after = _NAME_RUN.match(text[m.end():]) if m else None
        if m and after and re.search(r"[-—－_]", m.group(0)) and _transliterated(m.group(1)):
            text = f"{m.group(1)}·{text[m.end():]}"  # "木合塔尔-艾山": one name, its dot typed as a hyphen
            break
        if m and squad is None and not _is_squad(m.group(1)) and (
                (re.search(r"[/\-—]", m.group(0)) and _bare_word(m.group(1))[0] and after and _name_like(after.group(0)))
                or (after and _is_squad(after.group(0)))):
            break  # "马超/林杰": two people; "陈静_中山": the name, then the squad
        if m and squad is None and text[m.end():] and not text[m.end():].startswith(_NOTE_STARTS):
            squad = m.group(1)
            text = text[m.end():]
            continue
        m = _SQUAD_WORD.match(text)
        if m and squad is None and _is_squad(m.group(1)) and _name_like(m.group(2)):
            squad = m.group(1)  # "金州分队 陈静", "西岗 杨帆": the squad, then the name
            text = text[m.start(2):]
            continue
        break
    title = next((t for t in _TITLES if text.startswith(t) and _NAME_RUN.match(text[len(t):].lstrip())), None)
    if title:  # "队长王建国": the title is part of the note
        lead, text = f"{lead} {title}".strip(), text[len(title):].lstrip()
    elif (role := re.match(r"([" + _CJK + r"]{2,5})\s+(?=([" + _CJK + r"·]{2,4})(?![" + _CJK + r"·]))", text)) \
            and _role_before(role.group(1), strict) and _bare_word(role.group(2))[0]:
        # "通讯 马超", "小组长 马超": a duty or a role before a name (or a nickname: one person either way)
        lead, text = f"{lead} {role.group(1)}".strip(), text[role.end():]
    spaced = re.match(r"([" + _CJK + r"])\s+([" + _CJK + r"])(?:\s+([" + _CJK + r"]))?(?![" + _CJK + r"·])", text)
    if spaced and spaced.group(1) in SURNAMES and not _has(spaced.group(0)[1:], "到去来男女是有无在我也不"):
        text = "".join(g for g in spaced.groups() if g) + text[spaced.end():]  # "王 伟", "李　娜": spaced to line up
    run = _NAME_RUN.match(text)
    if run:
        word = run.group(0).strip("·•")
        name = None
        cut = min((word.find(w) for w in _NOTE_STARTS if word.find(w) >= 2), default=-1)
        glued = next((i for i in (2, 3, 4) if len(word) > i + 1 and _name_like(word[:i])
                      and _is_squad(re.sub(r"(分队|中队|小队|区|县)$", "", word[i:]) or word[i:])), None)
        if glued is not None and squad is None and not 2 <= cut <= glued:
            name, squad = word[:glued], word[glued:]  # "李娜中山分队": the name, then the squad
        elif 2 <= cut <= 4:
            name = word[:cut]
        elif 2 <= len(word) <= 4 or ("·" in word and len(word) <= 16):
            name = word
        elif len(readings := _readings(word)) == 1:
            name = readings[0][0]  # "张三和李四": the others are read from the rest
        elif ((pair := re.match(r"^(.{2,4}?)[" + _CONJ + r"](.+)$", word)) and _name_like(pair.group(1))
              and _strip_role(pair.group(2)) == ("", _strip_role(pair.group(2))[1]) and _strip_role(pair.group(2))[1]):
            name = pair.group(1)  # "周敏和老公": the name, then who comes along
        if name is None or name.startswith(_NOTE_STARTS) or name in NOT_COMING_WORDS or name in _EXAMPLE_WORDS:
            return None  # ("1. 示例：张三 …" is the example, not a person)
        rest = text[len(name):]
        if strict:
            glued = name == word and rest[:1].isascii() and rest[:1].isalnum() and not _CODE.match(rest)
            if glued or _has(name, _HEADING_WORDS) or name.endswith(_HEADING_ENDINGS) or _noteish(name):
                return None  # "甘井子区78岁…", "今晚8点…", "集合地点：…", "队长 我去", "我也去" are not people
    elif not strict and (latin := _LATIN_NAME.match(text)) and not _CODE.match(text):
        name = latin.group(0)
        rest = text[len(name):]
        chinese = re.match(r"\s*([" + _CJK + r"]{2,4})(?![" + _CJK + r"·])", rest)
        surname = re.match(r"\s+([A-Z][a-z]{1,14})(?![A-Za-z0-9])", rest)
        if (chinese and name.isalpha() and _surname_first(chinese.group(1)) and _name_like(chinese.group(1))
                and not is_common_word(chinese.group(1))):
            # "Lily 王丽": the English name, then the name the roster knows (as "王丽 Lily" is)
            lead, name, rest = f"{lead} {name}".strip(), chinese.group(1), rest[chinese.end():]
        elif surname and name.isalpha() and name[0].isupper() and not _car(surname.group(1)):
            name, rest = f"{name} {surname.group(1)}", rest[surname.end():]  # "Kevin Zhang": one person
    else:
        return None
    if code is None:
        m = _CODE.search(rest)
        if m:
            code = re.sub(r"[\s\-]", "", m.group(0)).upper()
            rest = rest[:m.start()] + rest[m.end():]
            rest = re.sub(r"[(（]\s*[)）]", "", rest)
    return _Reading(name, code, squad, rest, lead, plus_first)


def _signed(text: str) -> _Reading | None:
    """A line that says its piece first and signs it ("我和老公 —— 周敏", "帮同事林杰报一个 — 高峰"): the
    name after the dash is the person, what comes before is the note. None where the line starts with a
    name itself ("马超 —— 林杰" is read as names are)."""
    m = re.fullmatch(r"(.+?)\s*(?:——|—|--|－－|──|~~?|～)\s*@?([" + _CJK + r"·]{2,4})\s*", text)
    if not m:
        return None
    head, name = m.group(1).strip(), m.group(2)
    if not (_name_like(name) and _surname_first(name)) or is_common_word(name):
        return None
    first = _read_person(head, strict=False)
    if first is not None and _name_like(first.name) and _surname_first(first.name):
        return None
    return _Reading(name, None, None, f" {head}")


def _note(rest: str) -> str:
    note = re.sub(r"\s+", " ", rest).strip(" -—_,，、;；:：/／~～&＆")
    m = re.fullmatch(r"[(（【\[]([^()（）【】\[\]]*)[)）】\]]", note)
    return m.group(1).strip() if m else note


# A change of day or time ("改成周日去", "改到明天"): not this call-out as written; the leader decides.
_MOVED = re.compile(r"(?:改|换|调)(?:成|为|到|在)?\s*(?:周[一二三四五六日天末]|星期.|礼拜.|明天|后天|下周|下次|下回|改天|"
                    r"[\d一二三四五六七八九十]{1,3}\s*[号日])")


def _coming(note: str) -> bool | None:
    note = note.translate(_TRADITIONAL)
    if _has(note, NOT_COMING_WORDS):
        return False
    if _has(note, OPEN_WORDS) or _MOVED.search(note) or any(_HEDGED.search(part) for part in re.split(r"[,，;；]", note)):
        return None
    return True


def _car(note: str) -> bool:
    note = note.translate(_TRADITIONAL)
    model = re.search(r"哈弗|比亚迪|吉利|奇瑞|别克|雪佛兰|丰田|本田|日产|马自达|宝马|奔驰|奥迪|特斯拉|蔚来|小鹏|五菱|传祺|荣威"
                      r"|斯柯达|三菱|路虎|[Jj]eep|途观|朗逸|帕萨特|速腾|迈腾|卡罗拉|凯美瑞|雅阁|思域|汉兰达|普拉多|越野车|SUV|皮卡",
                      note)  # a car's make or model: "哈弗H6"
    said = model or (re.search(r"(?:车辆|带车|开车|车)\s*[:：]\s*(有|是|带|√|✓|开)", note)  # "车辆：有"
            or re.search(r"(?:\d|[一二两三])\s*(?:辆|台|部)\s*车", note))  # "两辆车", "带2台车"
    return (_has(note, CAR_WORDS) or _PLATE.search(note) is not None or said is not None) and not _has(note, NO_CAR_WORDS)


def _name_like(text: str) -> bool:
    """Whether ``text`` can be a name standing in a note or beside another name: 2–4 Chinese
    characters (or a name with ·) holding no word that a note uses (车, 到, 队长, 家属 …)."""
    if not (re.fullmatch(r"[" + _CJK + r"]{2,4}", text)
            or re.fullmatch(r"[" + _CJK + r"]{1,8}·[" + _CJK + r"·]{1,8}", text)):
        return False
    if _COUNT_WORD.fullmatch(text) or _COUPLE.fullmatch(text):
        return False  # "两人", "三位", "夫妻俩": how many, not who
    return not (_noteish(text) or _has(text, _ROLE_WORDS) or text.startswith(_BRING_WORDS))


# every word a note uses, for "does this text begin a note?"
_NOTE_WORDS = tuple(w for words in (_NOT_NAME_WORDS, _NOTE_STARTS, CAR_WORDS, NO_CAR_WORDS, NOT_COMING_WORDS, OPEN_WORDS,
                                    _HEADING_WORDS) for w in words)


def _noteish(text: str) -> bool:
    return _has(text, _NOTE_WORDS)


def _strip_role(text: str) -> tuple[str, int]:
    """``text`` without the role words before it ("新队员赵磊" → 赵磊), and how many there were."""
    count = 0
    mine = re.match(r"(?:他的|她的|我的|他|她|我)(?=" + "|".join(_ROLE_WORDS) + ")", text)
    if mine:
        text = text[mine.end():]  # "他儿子王小明"
    while True:
        word = next((w for w in _ROLE_WORDS if text.startswith(w)), None)
        if word is None:
            return text, count
        text, count = text[len(word):], count + 1


def _name_heads(text: str) -> list[str]:
    """The names ``text`` may start with when a note's words follow ("王敏一同前往" → 王敏, 王敏一):
    every length that is a name and leaves words a note uses (a dictionary word or a note word)."""
    heads = []
    for k in (4, 3, 2):
        head, rest = text[:k], text[k:]
        if (rest and _name_like(head) and _surname_first(head) and head not in _COMPOUND_SET
                and (k < 4 or head[:2] in _COMPOUND_SET)
                and ((len(rest) >= 2 and is_common_word(rest[:2])) or rest.startswith(_NOTE_WORDS))):
            heads.append(head)
    return heads


def _readings(run: str) -> list[list[str]]:
    """Every way of reading ``run`` as names joined by 和/及/与/跟 ("赵磊和刘洋" → [[赵磊, 刘洋]];
    "王和平" → [[王和平]]; "李四和平和王五" → two readings). A part may carry role words before it."""
    found: list[list[str]] = []

    def walk(start: int, acc: list[str]) -> None:
        for j in range(start + 1, len(run) - 1):
            if run[j] in _CONJ:
                part = _strip_role(run[start:j])[0]
                if _name_like(part):
                    walk(j + 1, [*acc, part])
        part = _strip_role(run[start:])[0]
        if _name_like(part):
            found.append([*acc, part])

    if len(run) <= 24:  # a name run, not a paragraph
        walk(0, [])
    # "邓超同去", "李娜随行": four characters read as one name may be a two-character name and a word
    # of the note after it (few names have four characters without a compound surname); both
    # readings go to the leader, so neither is taken silently
    for reading in list(found):
        head, tail = reading[-1][:2], reading[-1][2:]  # the note follows the last name
        if (len(reading[-1]) == 4 and head not in _COMPOUND_SET and tail[0] not in _CONJ and _surname_first(head)
                and _name_like(head) and (is_common_word(tail) or _noteish(tail))):
            found.append([*reading[:-1], head])
    return [r for i, r in enumerate(found) if r not in found[:i]]


def _quantity(text: str | None) -> int:
    if not text:
        return 1
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + _NUMERALS.get(text[1:], 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _NUMERALS.get(tens, 1) * 10 + _NUMERALS.get(ones, 0)
    return _NUMERALS.get(text, 1)


@dataclass
class _Companions:
    named: list[str] = field(default_factory=list)
    unnamed: int = 0  # "带个朋友", "两位家属": brought along, no name given
    unsure: list[str] = field(default_factory=list)
    doubts: list[Text] = field(default_factory=list)
    counted: int = 0  # people whose names are in doubt but not their number ("邓超同去": 邓超同去 or 邓超, one person)

    @property
    def any(self) -> bool:
        return bool(self.named or self.unnamed or self.unsure or self.doubts)

    def offer(self, piece: str, heads: list[str]) -> None:
        """One person brought, whose name is one of ``heads`` ("王敏一起" → 王敏): the leader confirms."""
        self.unsure += [h for h in heads if h not in self.unsure]
        self.counted += 1
        self.doubts.append(msg("带来的人“{text}”：姓名是{names}吗？请核对", text=piece, names=joined(heads, msg(" 或 "))))


_DIGIT_COUNT = re.compile(r"(?<=[" + _CJK + r"])\d{1,2}(?=[个位名" + _CJK + r"])")
_PIECE = re.compile(r"[^\s、,，/;；()（）【】\[\]。.:：!！~～]+")


def _companions(segment: str, counted: bool) -> _Companions:
    """The people ``segment`` of a note brings along.

    ``counted``: the segment follows a ``+N``, so every name in it is someone brought along.
    Otherwise only what a bring or role word introduces is (带家属王敏, 携朋友, 还有新队员赵磊), and
    the names that follow it in the same list; a plain word (晚到, 带车, 带头灯) is a note.
    """
    out = _Companions()
    going = counted
    named_end = -1  # where the last name read ends: "李四（朋友）" says who 李四 is, it brings nobody more
    pending, counted_as = 0, 0  # "带3名新队员：何雨 杨帆 林杰": the names that follow are the three counted
    for m in _PIECE.finditer(segment):
        piece = m.group(0).lstrip("@+＋")
        if not re.fullmatch(r"[" + _CJK + r"·]+", _DIGIT_COUNT.sub("", piece)):
            continue  # a count, an emoji, a code: not a person ("带3个朋友" is read: its digits count)
        if drive := re.match(r"(?:我|我们)?(?:开车|自驾|驾车|顺路|顺便|车上|车里)+(?=带|接|携|还有)", piece):
            piece = piece[drive.end():]  # "我开车带李娜": who is brought follows
        fetch = (re.fullmatch(r"(?:顺路接|顺便接|接上|去接|接)([" + _CJK + r"·]{2,4})", piece)
                 or re.fullmatch(r"(?:和|跟|与|同)([" + _CJK + r"·]{2,4}?)(?:一起|一块儿?|同去|同行)(?:来|去|走)?", piece))
        if fetch and _name_like(fetch.group(1)):
            # "顺路接孙浩": someone picked up on the way, going too perhaps; the leader confirms
            out.unsure += [fetch.group(1)] if fetch.group(1) not in out.unsure else []
            out.doubts.append(msg("“{text}”：{name}也去吗？请核对", text=piece, name=fetch.group(1)))
            continue
        behalf = re.fullmatch(r"(?:替|帮|代)(?:我的|我们|我)?(?:" + "|".join(_ROLE_WORDS) + r")*([" + _CJK + r"·]{2,4}?)"
                              r"(?:报名|报个名|报一个|报一下|报上|报|接龙|接)?", piece)
        if behalf and _name_like(behalf.group(1)):
            # "替刘强报", "帮杨帆报名": someone else signed up by this line; the leader confirms
            out.unsure += [behalf.group(1)] if behalf.group(1) not in out.unsure else []
            out.doubts.append(msg("“{text}”：是替{name}报名吗？请核对", text=piece, name=behalf.group(1)))
            continue
        describes = named_end >= 0 and re.fullmatch(r"\s*[(（【\[]\s*", segment[named_end:m.start()]) is not None
        rest, bring, role, quantity = piece, False, 0, None
        while True:  # 带 / 两个 / 家属 / 新队员, in any order people write them
            word = next((w for w in _BRING_WORDS if rest.startswith(w) and len(rest) > len(w)), None)
            if word is not None:
                rest, bring = rest[len(word):], True
                continue
            q = _QUANTITY.match(rest)
            if q and q.end() and rest[q.end():].startswith(_ROLE_WORDS):
                rest, quantity = rest[q.end():], _quantity(q.group(1))
                continue
            stripped, had = _strip_role(rest)
            if had:
                rest, role = stripped, role + had
                continue
            mine = next((w for w in ("我的", "我家", "我和", "我跟", "我与", "我", "他的", "她的", "他", "她",
                                     *(_CONJ if not role else ()))
                         if rest.startswith(w)), None)
            if mine and _strip_role(rest[len(mine):])[1]:
                rest = rest[len(mine):]  # "我老婆也去", "和老公": the role follows
                continue
            if role and rest and rest[0] in _CONJ and not _readings(rest):  # "两个朋友和家属王敏": one more group
                out.unnamed += quantity or role
                rest, role, quantity = rest[1:], 0, None
                going = True
                continue
            break
        if role and rest and _noteish(rest) and not _readings(rest):
            if heads := _name_heads(rest):  # "家属王敏一起过去": a name before the note, offered to the leader
                out.offer(piece, heads)
                going = True
                continue
            rest = ""  # "老婆也去", "孩子一起": the role, then a note
        if not rest:
            if role and describes and not bring and quantity is None:
                continue  # "+1 李四（朋友）"
            if role:  # "带个朋友", "两位家属", "带老婆孩子": people without a name
                out.unnamed += quantity or role
                pending, counted_as = quantity or role, quantity or 0
                going = True
            continue
        if not (going or role or bring):
            continue  # a note before anyone is brought ("晚到", "带车")
        readings = _readings(rest)
        if rest[0] in _CONJ and len(rest) > 2:
            joining = _readings(rest[1:])
            if joining and (out.named or out.unnamed):
                readings = joining  # "王敏 和赵磊": 和 joins the names
            else:
                readings += [r for r in joining if r not in readings]
        if role and not going:  # "孩子生病" is no child named 生病: a name after a role starts as names do
            readings = [r for r in readings if all(_surname_first(n) or re.fullmatch(r"[小阿][" + _CJK + r"]", n)
                                                   for n in r)]  # (or is a pet name: "闺蜜小美")
        if bring and not role and not going and readings:
            # "带王敏": a person, or a thing the note does not know (带急救包)? the leader says
            names = list(dict.fromkeys(n for r in readings for n in r))
            out.unsure += [n for n in names if n not in out.unsure]
            out.doubts.append(msg("“{text}”：是带来的人吗？请核对", text=piece))
            going = True
            continue
        if len(readings) == 1:
            new = [n for n in readings[0] if n not in out.named]
            out.named += new
            if (pending or counted_as) and not bring and not role:
                taken = min(pending, len(new))  # the names of those just counted
                out.unnamed, pending = out.unnamed - taken, pending - taken
                if len(new) > taken and counted_as:  # "带2名新队员：何雨 杨帆 林杰"
                    out.unsure += [n for n in out.named if n not in out.unsure]
                    out.doubts.append(msg("写的是带{count}人，列出的却是更多人（{names}），请核对", count=counted_as,
                                          names=joined(out.named)))
                    counted_as = 0
            else:
                pending = counted_as = 0
            going = True
            named_end = m.end()
            continue
        elif readings:
            names = list(dict.fromkeys(n for r in readings for n in r))
            out.unsure += [n for n in names if n not in out.unsure]
            if len({len(r) for r in readings}) == 1:
                out.counted += len(readings[0])
            out.doubts.append(msg("“{text}”可以读作{readings}，请确认是哪几位", text=piece,
                                  readings=joined(("、".join(r) for r in readings), msg(" 或 "))))
            going = True
        elif (role or going) and len(rest) >= 2 and (_name_heads(rest) or not _noteish(rest)):
            # "家属王敏一同前往", "王敏一起": a name, then words of the note; the name is offered, the leader confirms
            if heads := _name_heads(rest):
                out.offer(piece, heads)
            else:
                out.doubts.append(msg("带来的人“{text}”读不出姓名，请核对", text=piece))
    return out


def _extras(note: str) -> tuple[int, list[str], list[str], list[Text]]:
    """(how many, names, names to confirm, doubts) of the people a note brings along:
    ``+1（带家属队员马超）``, ``+2 马超、李四``, ``+3（带家属王敏、新队员赵磊和刘洋）``, ``带朋友王敏``.

    Nobody written is dropped: a name is read whole or left to the leader with a doubt, and a count
    that disagrees with the names listed puts every one of them to the leader.
    """
    m = _PLUS.search(note) or _BRING_COUNT.search(note)
    if m is None and (total := _TOTAL.search(note) or _COUPLE.search(note)):
        # "2人（我和老婆）", "一家三口", "夫妻俩": so many in all, the writer one of them
        count = _quantity(next((g for g in total.groups() if g), None)) if total.re is _TOTAL else 2
        found = _companions(note[total.end():], counted=True)
        found.named = [n for n in found.named if n not in ("我", "本人", "自己")]
        doubts = list(found.doubts)
        listed = len(found.named) + found.unnamed + found.counted
        if found.named and listed != count - 1:
            doubts.append(msg("写的是共{count}人，列出的却是{listed}人（{names}），请核对", count=count, listed=listed,
                              names=joined(found.named)))
            return count - 1, [*found.named, *found.unsure], [*found.named, *found.unsure], doubts
        if total.re is _TOTAL and not total.group(0).startswith(("我们", "我家", "一共", "共", "全家", "一家", "等", "x",
                                                                   "X", "×", "*", "＊")) \
                and not re.search(r"我|本人|自己", note[total.end():]):
            doubts.append(msg("“{text}”按连本人共{count}人算（带{more}人），请核对", text=total.group(0).strip(),
                              count=count, more=count - 1))
        return count - 1, [*found.named, *found.unsure], found.unsure, doubts
    if m is None:
        found = _companions(note, counted=False)
        return (len(found.named) + found.unnamed + found.counted, [*found.named, *[n for n in found.unsure if n not in found.named]],
                found.unsure, found.doubts)
    count = _quantity(m.group(1))
    found = _companions(note[m.end():], counted=True)
    if not found.any:  # the names before the count: "（带家属王敏）+1"
        found = _companions(note[:m.start()], counted=False)
    listed = len(found.named) + found.unnamed
    unsure = list(found.unsure)
    if (found.named or found.unnamed) and not found.unsure and listed != count \
            and (found.named or found.unnamed > count):  # "+2 家属": a role word names no number
        who = [*found.named] + ([msg("未写姓名{count}人", count=found.unnamed)] if found.unnamed else [])
        found.doubts.append(msg("写的是+{count}，列出的却是{listed}人（{names}），请核对", count=count, listed=listed,
                                names=joined(who)))
        unsure = [*found.named]
    return count, [*found.named, *[n for n in found.unsure if n not in found.named]], unsure, found.doubts


_TOKEN = re.compile(r"[(（【\[][^()（）【】\[\]]*[)）】\]]|[^\s、,，;；/\-—&＆(（【\[]+")
_PLACE_ENDINGS = ("口", "门", "站", "路", "街", "桥", "村", "湾", "岛", "园", "场", "楼", "港", "广场")
_SQUAD_ENDINGS = ("分队", "中队", "小队", "大队", "队", "区", "县", "市", "组")


_SQUAD_PLACES = ("中山", "高新", "开发区", "普湾", "花园口", "长兴岛")


def _transliterated(word: str) -> bool:
    """Whether ``word`` (before a hyphen) is the first part of a transliterated name (木合塔尔, 阿依古丽):
    four characters or more, no compound surname, and no squad, place or everyday word."""
    return (len(word) >= 4 and word[:2] not in _COMPOUND_SET and not _is_squad(word) and word not in TEAM_WORDS
            and not word.endswith((*_SQUAD_ENDINGS, *_PLACE_ENDINGS, *_HEADING_ENDINGS)) and not _noteish(word)
            and not is_common_word(word))


def _is_squad(word: str) -> bool:
    """A squad or district written where a name could stand: 金州分队, 西岗, 甘井子区, 水上救援队."""
    return word in PLACES or word in _SQUAD_PLACES or word.endswith(("分队", "中队", "小队", "大队", "救援队")) or (
        len(word) >= 3 and word.endswith(("区", "县")))


def _role_before(word: str, strict: bool) -> bool:
    """Whether ``word``, written before a name with a space ("通讯 马超"), is a role or duty rather
    than another person: a title, or an everyday word that does not start as a name does (高山 does)."""
    if strict and _has(word, _HEADING_WORDS):
        return False  # ("今晚 王建国 李娜": a heading)
    if word in _TITLES or word.endswith(_TITLES):
        return True
    return not _surname_first(word) and not _is_squad(word) and is_common_word(word)


def _surname_first(word: str) -> bool:
    """Whether ``word`` starts as a person's name or a nickname does (王…, 欧阳…, 老张, 小李, 阿杰)."""
    return (word[:2] in _COMPOUND_SET or word[0] in SURNAMES
            or (len(word) in (2, 3) and word[0] in "老小阿" and word[1] in SURNAMES))


def _bare_word(word: str) -> tuple[bool, bool]:
    """(a person, worth asking) for a word standing after a name with only a space between
    ("李娜 刘强", "李娜 中山", "刘强 潜水员", "杨帆 全天"). Written like that, a squad, a place, a
    role or a duty is at least as likely as another person: a word is a person only where it starts
    with a surname and is no place, team word or everyday word; an everyday word that starts with a
    surname (全天, 司机, 江山) may still be a name, so it is asked about, not taken."""
    if not _name_like(word) or word in PLACES or word.endswith(_SQUAD_ENDINGS):
        return False, False
    if word.endswith(_PLACE_ENDINGS):
        return False, _surname_first(word)  # "高速口", "北站": a place more likely, but 王建山 is a name: asked
    if not _surname_first(word) or (len(word) >= 4 and word[:2] not in _COMPOUND_SET and "·" not in word):
        return False, False  # ("周六可以": four characters and no compound surname)
    if word in TEAM_WORDS or is_common_word(word):
        return False, True
    return True, False


def _others(rest: str, first: str) -> tuple[list[tuple[int, int, str]], list[Text]]:
    """(start, end, name) of the other people a line names after its first ("张三 李四 王五",
    "张三、李四", "@张三 @李四", "张三和李四", "张三、李四和王五"): the names that follow one another,
    each perhaps with a note in brackets; the first word that is not a name ends them (the rest is
    the note). A word after a mere space must look like a name (:func:`_bare_word`); what may be a
    name but is not taken, and a run that reads as names in several ways, are doubts."""
    found: list[tuple[int, int, str]] = []
    doubts: list[Text] = []
    end = 0
    joining = False  # "张三 加 李四", "张三 和 李四": the word joins the next name
    for m in _TOKEN.finditer(rest):
        token = m.group(0)
        if token[0] in "(（【[":
            end = m.end()
            continue  # "张三（带车）、李四": the bracket is the note of the name before it
        if token in ("加", "和", "跟", "及", "与", "还有"):
            joining, end = True, m.end()
            continue
        bare = (not joining and not token.startswith(("@", "+", "＋"))
                and not re.search(r"[、,，;；/\-—&＆]", rest[end:m.start()]))
        joining = False
        name = token.lstrip("@+＋")  # "@李四", "张三+李四"
        if name[:1] in _CONJ and _name_like(name[1:]):
            found.append((m.start(), m.end(), name[1:]))  # "张三 和李四"
        elif _name_like(name):
            person, ask = _bare_word(name) if bare else (True, False)
            if not person:
                if ask:
                    doubts.append(msg("“{word}”写在{name}后面，也可能是另一个人的名字，请核对",
                                      word=name, name=found[-1][2] if found else first))
                break
            found.append((m.start(), m.end(), name))
            if not bare and not _surname_first(name) and "·" not in name:
                # "李娜/娜姐": a nickname of the one before, or another person known by it? the leader says
                doubts.append(msg("“{word}”不像姓名，也许是{name}的昵称，请核对", word=name,
                                  name=found[-2][2] if len(found) > 1 else first))
        elif len(readings := _readings(name)) == 1 and len(readings[0]) > 1 and (not bare or found):
            found += [(m.start(), m.end(), part) for part in readings[0]]  # "张三、李四和王五"
        else:
            if len(readings) > 1 and not bare:
                doubts.append(msg("“{text}”可以读作{readings}，请确认是哪几位", text=name,
                                  readings=joined(("、".join(r) for r in readings), msg(" 或 "))))
            break
        end = m.end()
    return found, doubts


def _entries(reading: _Reading, line: str, line_no: int) -> list[SignupEntry]:
    """The entries of one line: its person, and the others it names, each with their note."""
    others, line_doubts = _others(reading.rest, reading.name)
    spans = [(reading.name, 0), *((name, end) for _, end, name in others)]
    ends = [start for start, _, _ in others] + [len(reading.rest)]
    entries: list[SignupEntry] = []
    for (name, start), end in zip(spans, ends):
        own = reading.rest[start:end]
        if own.strip() in ("加", "和", "跟", "及", "与", "还有"):
            own = ""  # "张三 加 李四": the word joined the two
        if not entries and reading.lead:
            own = f"{reading.lead} {own}"
        note = _note(own)
        plus, extra, unsure, doubts = _extras(note)
        entries.append(SignupEntry(
            name=name, line=line, line_no=line_no, code=reading.code if not entries else None,
            squad_hint=reading.squad_hint, car=_car(note), coming=_coming(note), note=note, extra=extra, plus=plus,
            unsure=unsure, doubts=doubts))
    if len(entries) > 1 and (last := entries[-1]).note:
        # "张三、李四 请假": the note after the last name may be meant for all; say where it went
        for entry in entries[:-1]:
            if not entry.note and last.note.startswith(("都", "均", "全都", "全部", "俩都", "两人都")):
                entry.note, entry.coming, entry.car = last.note, last.coming, last.car  # "王建国、李娜 都带车"
            elif not entry.note and last.coming is not True:
                entry.note, entry.coming = last.note, last.coming
        last.doubts.append(msg("这一行写了{count}人，“{note}”记在了{name}名下，请核对", count=len(entries),
                               note=last.note, name=last.name))
        if (last.plus and not last.extra and not (_PLUS.search(last.note) or _BRING_COUNT.search(last.note))
                and (_TOTAL.search(last.note) or _COUPLE.search(last.note))):
            # "李娜、刘强（夫妻）", "诸葛明、诸葛远（兄弟俩）": the total counts the people written on the line
            last.plus = max(0, last.plus + 1 - len(entries))
    entries[-1].doubts += [d for d in line_doubts if d not in entries[-1].doubts]
    if reading.plus_first:
        entries[0].doubts.append(msg("“{text}”写在名字前面：是本人报名，还是另带人？请核对", text=reading.lead))
    return entries


def _changes(entry: SignupEntry, said: str, line: str) -> bool:
    """A message under the list from someone on it that changes how many they bring or their car
    ("陈静：我这边改成+1", "王建国：我不带车了"): taken for their entry, and said; False where it says neither."""
    text = said.translate(_TRADITIONAL)
    count = _PLUS.search(text) or _BRING_COUNT.search(text)
    car = _car(text) or _has(text, NO_CAR_WORDS)
    if not (count or car):
        return False
    if count:
        entry.plus, entry.extra, unsure, doubts = _extras(_note(text[count.start():]))
        entry.unsure = [*unsure]
        entry.doubts += [d for d in doubts if d not in entry.doubts]
    if car:
        entry.car = _car(text)
    entry.note = f"{entry.note} {said.strip()}".strip()
    entry.doubts.append(msg("群里的消息“{text}”改了{name}所带的人或车，已按消息记下，请核对", text=line, name=entry.name))
    return True


def _same_person(a: SignupEntry, b: SignupEntry) -> bool:
    if a.name != b.name:
        return False
    if a.code and b.code and a.code != b.code:
        return False  # two members who share a name
    return not (a.squad_hint and b.squad_hint and a.squad_hint != b.squad_hint)


def _fold(first: SignupEntry, again: SignupEntry) -> None:
    """A person listed again: keep the first line, take what the later one adds."""
    first.repeats.append(again.line_no)
    first.code = first.code or again.code
    first.squad_hint = first.squad_hint or again.squad_hint
    first.car = first.car or again.car
    if again.note and again.note != first.note:
        first.note = msg("{first}；{again}", first=first.note, again=again.note) if first.note else again.note
        if again.coming != first.coming:
            first.coming = None  # the two lines disagree: the leader decides
    for name in again.extra:
        if name not in first.extra:
            first.extra.append(name)
    for name in again.unsure:
        if name not in first.unsure:
            first.unsure.append(name)
    for doubt in again.doubts:
        if doubt not in first.doubts:
            first.doubts.append(doubt)
    first.plus = max(first.plus, again.plus)


def _replace(first: SignupEntry, later: SignupEntry) -> None:
    """The same person in a later version of an edited list: what the later line says is what holds
    (WeChat repeats the whole list at every edit, so ``李娜`` then ``李娜 请假`` is a change of mind)."""
    first.repeats.append(later.line_no)
    first.code = later.code or first.code
    first.squad_hint = later.squad_hint or first.squad_hint
    first.car, first.coming, first.note, first.plus = later.car, later.coming, later.note, later.plus
    first.extra, first.unsure, first.doubts = list(later.extra), list(later.unsure), list(later.doubts)


def _same_list_again(before: list[str], again: list[str], first_line: str, again_line: str) -> bool:
    """Whether a list pasted under another is the same 接龙 posted again after an edit: the same
    heading (what WeChat repeats), or the same first line."""
    def key(lines: list[str]) -> list[str]:
        return [re.sub(r"\s+", "", line) for line in lines if line.strip()]

    return bool(key(before)) and key(before) == key(again) or key([first_line]) == key([again_line])


def _continued(result: SignupList, lines: list[str], numbered: list[re.Match[str] | None], above: int, line_no: int,
               text: str) -> None:
    """A line of notes right under a numbered person ("1. 王建国" then "   带车 可坐4人"): what it says
    about a car or coming is taken for that person, and said."""
    if not above or numbered[above - 1] is None or any(lines[i].strip() for i in range(above, line_no - 1)):
        return
    indented = lines[line_no - 1][:1].isspace()
    if not (_car(text) or _coming(text) is False or (indented and _coming(text) is None)):
        return  # ("还有人吗？" under the list is a question to the group)
    entry = next((e for e in reversed(result.entries) if e.line_no == above), None)
    if entry is None:
        return
    entry.note = f"{entry.note} {text}".strip()
    entry.car = entry.car or _car(text)
    if _coming(text) is not True:
        entry.coming = None if entry.coming is not False else entry.coming
    entry.doubts.append(msg("下一行“{text}”记在了{name}名下，请核对", text=text, name=entry.name))


_YES = ("是", "有", "√", "✓", "✔", "✔️", "✅", "☑", "☑️", "Y", "y", "yes", "Yes", "带", "带车", "有车", "开车", "自驾", "1")
_NO = ("否", "无", "没有", "没", "×", "✗", "❌", "✖", "❎", "N", "n", "no", "No", "不带", "不带车", "无车", "没车", "0", "-", "/")
# "例：姓名+分队+是否带车": the list's own form, its fields joined by what the lines will use
_FORM = re.compile(r"^(?:例|如|示例|例如|样例|格式|模板|填写格式|接龙格式)\s*[:：]?\s*(?=\S)")
_FORM_SEPARATORS = re.compile(r"\s*[+＋\-—－/／|｜、,，]\s*|\s+")


def _table_cars(result: SignupList) -> None:
    """A list whose heading names its columns, then rows that follow them: a list copied from a sheet
    (``序号 姓名 分队 带车`` over ``1 王建国 中山 是``) or a form to fill (``例：姓名+分队+是否带车`` over
    ``1. 王建国+沙河口+是``). The car column's 是/有/√/✅ is a car, its 否/无/× none (whatever else the
    line says); a value it cannot read is asked about."""
    header = next((h.split() for h in reversed(result.heading)
                   if "姓名" in h.split() and h.split()[0] in ("序号", "编号", "姓名", "No.", "NO")), None)
    numbered = True
    if header is None:
        form = next((h for h in reversed(result.heading)
                     if (m := _FORM.match(h)) and re.search(r"姓名|名字|名称", h[m.end():])), None)
        if form is None:
            return
        asked = re.sub(r"[(（【][^)）】]*[)）】]", "", form[_FORM.match(form).end():])  # type: ignore[union-attr]
        header = [f for f in _FORM_SEPARATORS.split(asked.strip()) if f]  # "车辆(有/无)": one field
        numbered = False
    column = next((i for i, word in enumerate(header) if "车" in word), None)
    name = next((i for i, word in enumerate(header) if re.search(r"姓名|名字|名称", word)), None)
    if column is None or name is None:
        return
    for entry in result.entries:
        body = entry.line if numbered else entry.line[m.end():] if (m := _NUMBERING.match(entry.line)) else entry.line
        fields = (body.split() if numbered else [f for f in _FORM_SEPARATORS.split(body.strip()) if f])
        if len(fields) < len(header) or (numbered and len(fields) != len(header)) or fields[name] != entry.name:
            continue  # the line does not follow the form (a form's line may go on: "是 晚到半小时")
        others = [e for e in result.entries if e.line_no == entry.line_no and e is not entry
                  and e.name in fields and e.name != entry.name and not e.extra and not e.code]
        if others and not numbered and all(fields.index(e.name) != name for e in others):
            # "赵磊-西岗-无车" read as two people: 西岗 is what the form's 分队 column holds, no one else
            result.entries = [e for e in result.entries if e not in others]
            entry.note = " ".join(f for i, f in enumerate(fields) if i != name)
            entry.doubts = [d for d in entry.doubts if not any(e.name in d for e in others)]
        value = fields[column]
        bare = re.sub(r"[(（【][^)）】]*[)）】]", "", value).strip()  # "是（可坐4人）"
        bare = re.sub(r"^(?:是否带车|带车|车辆|车)\s*[:：]?\s*(?=\S)", "", bare)  # "车✅", "车辆：有"
        bare = bare.replace("\ufe0f", "")  # ✔️ is ✔
        if bare in _YES:
            entry.car = True
        elif bare in _NO or re.fullmatch(r"(?:否|无|没有|没|不带|[❌✖❎×✗])+", bare):  # "否❌"
            entry.car = False
            if entry.coming is False and _coming(bare) is False:  # "❌" answers the car column, not whether one comes
                entry.coming = _coming(" ".join(f for i, f in enumerate(fields) if i not in (name, column)))
        elif value != entry.name:
            entry.doubts.append(msg("“{column}”一栏写的是“{value}”，是否带车请核对", column=header[column], value=value))


def _dropped_in_edit(result: SignupList, edits: list[bool]) -> None:
    """A person on a list that was posted again after an edit, but not on the later version: perhaps
    they deleted their line. Nothing is decided: the entry is left open, with a doubt."""
    if not any(edits):
        return
    starts = result.lists

    def version(line_no: int) -> int:
        return max(i for i, start in enumerate(starts) if start <= line_no or i == 0)

    for entry in result.entries:
        last = max(version(n) for n in (entry.line_no, *entry.repeats))
        if last + 1 < len(edits) and edits[last + 1]:
            entry.coming = None
            entry.doubts.append(msg("第{line}行起的接龙是修改后再次发出的，其中没有这一行（可能已删去），请核对",
                                    line=starts[last + 1]))
    result.remarks.append(msg("第{lines}行起的接龙是同一份接龙修改后再次发出的，以最后一版为准",
                              lines=joined(starts[i] for i, edit in enumerate(edits) if edit)))


def _inline(body: str, number: int | None) -> list[str]:
    """``body`` cut where the next numbers follow on the same line ("王建国 2. 李娜 带车 3. 刘强": the
    line breaks were lost), each part one person's; just ``[body]`` where they do not."""
    parts, start, want = [], 0, (number or 0) + 1
    if number is None:
        return [body]
    for m in re.finditer(r"(?<=[\s)）】\]" + _CJK + r"])(\d{1,3})\s*[.．、]\s*(?=\S)", body):
        if int(m.group(1)) == want:
            parts.append(body[start:m.start()].strip())
            start, want = m.end(), want + 1
    return [*parts, body[start:].strip()]


def _number(numbering: str) -> int | None:
    """The number a numbered line starts with ("12." → 12, "③" → 3), None where none can be told."""
    digits = re.search(r"\d+", numbering)
    if digits:
        return int(digits.group(0))
    if chinese := re.search(r"[一二三四五六七八九十]{1,3}", numbering):
        return _quantity(chinese.group(0))
    for ch in numbering:
        try:
            return int(unicodedata.numeric(ch))
        except (TypeError, ValueError):
            continue
    return None


def _wrapped(clean: list[str], numbered: list[re.Match[str] | None]) -> list[bool]:
    """Per line: a line the phone wrapped ("3. 刘强 金州 带两名新队" then "员"): one character, no name,
    under a numbered line that has a note, read as the end of that line."""
    out = [False] * len(clean)
    for i in range(1, len(clean)):
        above = numbered[i - 1]
        out[i] = (above is not None and numbered[i] is None and re.fullmatch(r"[" + _CJK + r"]", clean[i]) is not None
                  and re.search(r"\s", clean[i - 1][above.end():].strip()) is not None
                  and (i + 1 == len(clean) or not clean[i + 1] or numbered[i + 1] is not None))
    return out


def prepare() -> None:
    """What reading a list needs loaded, loaded now: jieba's dictionary (whether a word beside a name
    is an everyday word) takes about two seconds the first time in a process. The dispatch form
    calls this in a thread as it opens, so the first list pasted reads at once."""
    load_dictionary()


def parse_signup(text: str) -> SignupList:
    """Read a pasted 接龙 list. Every line ends up a heading line, one or more entries, or a skipped line.

    A second list pasted under the first (its numbers start again at 1) is merged into one: a person
    on both is one entry (the later line a repeat), the second heading is skipped as such, and
    ``remarks`` says so.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [line.lstrip("\ufeff") for line in lines]
    clean = [_DOTS.sub(_dot, _blank_emoji(line.translate(_WIDTH))).strip() for line in lines]
    numbered = [_NUMBERING.match(line) for line in clean]
    wrapped = _wrapped(clean, numbered)
    for i in range(len(clean) - 1, 0, -1):
        if wrapped[i]:
            clean[i - 1] += clean[i]
    result = SignupList()
    started = False
    last_number: int | None = None
    last_entry_line = 0
    between = False  # a line that is not a person since the last entry
    new_heading = False  # a "#接龙" line since the last entry: what follows up to the next number is a heading
    firsts: list[str] = []  # the first line of each list
    heads: list[list[str]] = []  # the heading of each list
    edits: list[bool] = []  # per list: the list before it posted again after an edit
    full: tuple[int, str] | None = None  # the line that closed this list ("已满"): who follows is on standby
    notes = False  # under a "要求：" label: numbered requirements follow, not people
    for line_no, (raw, has_number) in enumerate(zip(lines, numbered), start=1):
        line = clean[line_no - 1]
        if wrapped[line_no - 1]:
            result.skipped.append(SkippedLine(line_no, raw.strip(), SkipReason.TEXT))  # read with the line above
            continue
        if not line:
            if raw.strip():  # only WeChat emoji ("[强][强]")
                (result.skipped.append(SkippedLine(line_no, raw.strip(), SkipReason.TEXT)) if started
                 else result.heading.append(raw.strip()))
            continue
        chat = None
        more: list[_Reading] = []
        inline_doubt: Text | None = None
        if has_number is not None and notes:
            (result.skipped.append(SkippedLine(line_no, raw.strip(), SkipReason.TEXT)) if started
             else result.heading.append(raw.strip()))
            continue
        notes = has_number is None and _NOTES_LABEL.match(line) is not None
        if has_number is not None:
            number = _number(has_number.group(0))
            if number == 1 and result.entries and (between or (last_number or 0) >= 2):
                result.lists.append(line_no)  # numbering starts again: a second list
                full = None
                head = []
                for skipped in result.skipped:
                    if skipped.line_no > last_entry_line and skipped.reason == SkipReason.TEXT:
                        skipped.reason = SkipReason.HEADING
                    if skipped.line_no > last_entry_line and skipped.reason != SkipReason.EMPTY:
                        head.append(skipped.line)
                edits.append(_same_list_again(heads[-1], head, firsts[-1], raw.strip()))
                heads.append(head)
                firsts.append(raw.strip())
            new_heading = False
            last_number = number if number is not None else last_number
            body = line[has_number.end():].strip()
            if not body or all(_is_decoration(ch) for ch in body):
                result.skipped.append(SkippedLine(line_no, raw.strip(), SkipReason.EMPTY))
                started = True
                continue
            body, *inline = _inline(body, number)
            reading = _signed(body) or _read_person(body, strict=False)
            more = [r for r in (_read_person(part, strict=False) for part in inline) if r is not None]
            if len(more) < len(inline):
                inline_doubt = msg("这一行里有{count}处编号读不出姓名，请核对", count=len(inline) - len(more))
            following = next((_number(m.group(0)) for m in numbered[line_no:] if m is not None), None)
            in_list = (number is not None and following == number + 1 and not body.startswith(_EXAMPLE_WORDS)
                       and not _has(body, _HEADING_WORDS))
            if reading is None:
                if not started and not in_list:
                    result.heading.append(raw.strip())
                elif not started:  # "1. 王建国李娜" opens the list, unread: put to the leader, not hidden in the heading
                    result.skipped.append(SkippedLine(line_no, raw.strip(), SkipReason.UNREADABLE))
                    started = between = True
                elif new_heading:  # "12月2日 金石滩" under a "#接龙" posted again
                    result.skipped.append(SkippedLine(line_no, raw.strip(), SkipReason.TEXT))
                else:
                    result.skipped.append(SkippedLine(line_no, raw.strip(), SkipReason.UNREADABLE))
                    between = True
                continue
        else:
            reading = None
            stripped = raw.strip()
            numbers_follow = any(m is not None for m in numbered[line_no:])
            before_list = not started and numbers_follow
            again = started and re.sub(r"\s+", "", stripped) in {re.sub(r"\s+", "", h) for h in result.heading}
            heading_again = again or (new_heading and numbers_follow)  # a list posted again: its heading
            # WeChat's quote of an earlier message ("「刘强：我带车」") and the rule under it: read as that
            # message (a withdrawal quoted counts), never as a note of the line above
            quoted = line.startswith(("「", "『")) or re.fullmatch(r"[-—－─\s]{5,}", line) is not None
            chat = _CHAT.match(line.strip("「」『』 ") if quoted else line) if started else None
            if chat and _name_like(chat.group(1)):
                if _JOINING.fullmatch(chat.group(2).strip()) or _coming(chat.group(2)) is False:
                    reading = _Reading(chat.group(1), None, None, "")  # "陈静：+1", "李娜：去不了了": its writer
                elif _GOING_TALK.search(chat.group(2)) and chat.group(1) in {e.name for e in result.entries}:
                    reading = _Reading(chat.group(1), None, None, "")  # "李娜：又能去了": a change of mind
                elif (listed := next((e for e in result.entries if e.name == chat.group(1)), None)) is not None \
                        and _changes(listed, chat.group(2), stripped):
                    result.skipped.append(SkippedLine(line_no, stripped, SkipReason.TEXT))  # "陈静：改成+1"
                    between = True
                    continue
                else:
                    chat = None
                    reading = None  # "王建国：4个": a reply
            elif (label := _LABEL.match(line)) and (reading := _read_person(line[label.end():], strict=False)):
                pass  # "报名：王建国 李娜": the people after the label
            elif started and _NAMELESS.fullmatch(line):
                result.skipped.append(SkippedLine(line_no, stripped, SkipReason.UNREADABLE))  # "+1": who?
                between = True
                continue
            elif (not before_list and not heading_again and not quoted and not line.startswith(("#", "【", "["))
                    and not line.endswith((":", "：")) and not _SENDER.match(line)
                    and not (line.startswith("@") and re.search(r"[你您吗呢？?]|一下", line))):
                # ("@孙浩 你报一下" asks someone: not a sign-up)
                reading = (_signed(line) if started else None) or _read_person(line, strict=True)
            if reading is None:
                if not started:
                    result.heading.append(stripped)
                elif again:
                    result.skipped.append(SkippedLine(line_no, stripped, SkipReason.DUPLICATE))
                else:
                    result.skipped.append(SkippedLine(line_no, stripped, SkipReason.TEXT))
                    if _FULL.search(line.translate(_TRADITIONAL)):
                        full = (line_no, stripped)
                    if not quoted:
                        _continued(result, lines, numbered, last_entry_line, line_no, stripped)
                between = True
                new_heading = new_heading or (started and (line.startswith(("#", "【")) or "接龙" in line))
                continue
        if not started or not result.lists:
            result.lists.append(line_no)
            heads.append(list(result.heading))
            firsts.append(raw.strip())
            edits.append(False)
        just_above = (started and numbered[last_entry_line - 1] is not None  # a numbered line, then one without
                      and all(not lines[i].strip() for i in range(last_entry_line, line_no - 1)))
        above = [e for e in result.entries if e.line_no == last_entry_line] if just_above else []
        started, between, last_entry_line = True, False, line_no
        added = False
        line_entries = _entries(reading, raw.strip(), line_no)
        for other in more:  # "1. 王建国 2. 李娜 3. 刘强" on one line
            line_entries += _entries(other, raw.strip(), line_no)
        if inline_doubt is not None:
            line_entries[-1].doubts.append(inline_doubt)
        if has_number is None and chat is None and above and 0 < len(line_entries) <= above[-1].plus - len(above[-1].extra):
            # "2. 刘强 +2" then "王敏、赵磊": perhaps the two it brings, perhaps two more
            above[-1].doubts.append(msg("下一行的{names}可能就是这里带来的人，请核对",
                                        names=joined(e.name for e in line_entries)))
        for entry in line_entries:
            if has_number is None and chat is not None and _coming(chat.group(2)) is False:
                entry.note, entry.coming = chat.group(2).strip(), False  # a later line that disagrees leaves it open
                entry.doubts.append(msg("“{text}”是群里的一条消息，说不参加了；请核对", text=raw.strip()))
            elif has_number is None and chat is not None and not _JOINING.fullmatch(chat.group(2).strip()) \
                    and _coming(chat.group(2)) is True:
                entry.note, entry.coming = chat.group(2).strip(), None
                entry.doubts.append(msg("“{text}”是群里的一条消息，说到了是否参加；请核对", text=raw.strip()))
            elif has_number is None and chat is not None:
                entry.note, entry.coming = chat.group(2).strip(), None
                entry.doubts.append(msg("“{text}”是群里的一条消息，不在接龙里；是否报名请核对", text=raw.strip()))
            if full is not None and entry.coming is True:  # "已满，以下为候补" above it
                entry.coming = None
                entry.doubts.append(msg("写在第{line}行“{text}”之后：是候补吗？请核对", line=full[0], text=full[1]))
            if re.search(r"~~[^~]*" + re.escape(entry.name) + r"[^~]*~~", line):
                entry.coming = False  # "~~赵六~~": struck out
                entry.doubts.append(msg("“{name}”被划掉了（~~），按不参加算，请核对", name=entry.name))
        for entry in line_entries:
            first = next((e for e in result.entries if _same_person(e, entry)), None)
            if first is None:
                result.entries.append(entry)
                added = True
            elif edits[-1] and max([first.line_no, *first.repeats]) < result.lists[-1]:
                _replace(first, entry)  # the same list after an edit: the later line holds
            else:
                _fold(first, entry)
        if not added:  # everyone on the line was listed before
            result.skipped.append(SkippedLine(line_no, raw.strip(), SkipReason.DUPLICATE))
    _dropped_in_edit(result, edits)
    _table_cars(result)
    if len(result.lists) > 1:
        repeats = sum(1 for e in result.entries for n in e.repeats if n >= result.lists[1])
        result.remarks.append(msg("粘贴的是{count}份接龙（分别从第{lines}行起），已合并为一份名单；其中{again}人重复，只算一次",
                                  count=len(result.lists), lines=joined(result.lists), again=repeats))
    return result


# --- finding the people in the roster -------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    """A roster member as matching needs it."""

    id: int
    name: str
    nickname: str = ""
    squad: str = ""
    code: str | None = None
    active: bool = True

    @classmethod
    def from_member(cls, member: Member, squad: str = "") -> Candidate:
        """From a :class:`wz_desktop.domain.records.Member` (read from the roster: it has an id) and its squad's name."""
        assert member.id is not None, "a member of the roster has an id"
        return cls(id=member.id, name=member.name, nickname=member.nickname or "", squad=squad, code=member.code,
                   active=member.active)


class MemberLookup(Protocol):
    """What matching asks of the roster.

    ``by_code``: the member with this code (already upper-case, e.g. ``WZ0312``), or None.
    ``by_name``: members whose name or nickname is exactly this text.
    ``search``: members whose name or nickname starts with, or contains, the text (may return [];
    used only where nothing matched exactly).
    """

    def by_code(self, code: str) -> Candidate | None: ...

    def by_name(self, name: str) -> Sequence[Candidate]: ...

    def search(self, text: str) -> Sequence[Candidate]: ...


@dataclass
class FunctionLookup:
    """A :class:`MemberLookup` made of plain functions (e.g. wrapping ``RosterRepo``)."""

    code_fn: Callable[[str], Candidate | None]
    name_fn: Callable[[str], Sequence[Candidate]]
    search_fn: Callable[[str], Sequence[Candidate]] | None = None

    def by_code(self, code: str) -> Candidate | None:
        return self.code_fn(code)

    def by_name(self, name: str) -> Sequence[Candidate]:
        return self.name_fn(name)

    def search(self, text: str) -> Sequence[Candidate]:
        return self.search_fn(text) if self.search_fn else []


class MatchStatus(str, Enum):
    MATCHED = "matched"
    AMBIGUOUS = "ambiguous"  # several members fit: the leader picks
    UNKNOWN = "unknown"  # no member fits: offer to add to the roster


@dataclass
class Match:
    """What the roster says about one name on the list (an entry, or a person an entry brings along).

    ``how``: 'code', 'name', 'name+squad', 'nickname', 'nickname+squad', 'partial', 'partial+squad'
    for a match; ``reason`` says in Chinese why a name was left ambiguous or unknown.
    """

    entry: SignupEntry
    name: str
    status: MatchStatus
    member_id: int | None = None
    candidates: list[Candidate] = field(default_factory=list)
    how: str = ""
    reason: str = ""
    extra_of: SignupEntry | None = None  # set for people brought along (``entry`` is then the same)

    @property
    def is_extra(self) -> bool:
        return self.extra_of is not None


def _squad_key(text: str) -> str:
    text = re.sub(r"\s+", "", text or "")
    for suffix in ("分队", "中队", "小队", "大队", "救援队", "队", "区", "县", "市"):
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
            break
    return text


def squad_fits(hint: str | None, squad: str) -> bool:
    """Whether a squad prefix as typed (``甘井子``) names this squad (``甘井子分队``)."""
    if not hint or not squad:
        return False
    a, b = _squad_key(hint), _squad_key(squad)
    return bool(a and b) and (a == b or a in b or b in a)


def _by_squad(candidates: list[Candidate], hint: str | None) -> list[Candidate]:
    if not hint:
        return candidates
    return [c for c in candidates if squad_fits(hint, c.squad)]


def _ordered(candidates: Iterable[Candidate]) -> list[Candidate]:
    seen: dict[int, Candidate] = {}
    for c in candidates:
        seen.setdefault(c.id, c)
    return sorted(seen.values(), key=lambda c: (not c.active, c.id))


def _decide(match: Match, candidates: list[Candidate], how: str, hint: str | None) -> bool:
    """Settle ``match`` from these candidates if they decide it; False where there were none."""
    candidates = _ordered(candidates)
    if not candidates:
        return False
    narrowed = _by_squad(candidates, hint)
    if len(candidates) == 1 and (not hint or narrowed):
        match.status, match.member_id, match.how = MatchStatus.MATCHED, candidates[0].id, how
    elif len(candidates) > 1 and len(narrowed) == 1:
        match.status, match.member_id, match.how = MatchStatus.MATCHED, narrowed[0].id, how + "+squad"
    else:
        match.status = MatchStatus.AMBIGUOUS
        if len(candidates) == 1:
            match.reason = msg("“{name}”在名册中属于{squad}，与所写分队“{hint}”不符", name=match.name,
                               squad=candidates[0].squad or msg("未分队"), hint=hint)
        else:
            match.reason = msg("名册中有{count}人符合“{name}”", count=len(candidates), name=match.name)
    match.candidates = candidates
    return True


def _match_one(entry: SignupEntry, name: str, code: str | None, hint: str | None, lookup: MemberLookup,
               extra_of: SignupEntry | None) -> Match:
    match = Match(entry=entry, name=name, status=MatchStatus.UNKNOWN, extra_of=extra_of)
    code_note = ""
    if code:
        member = lookup.by_code(code)
        if member is not None:
            if name in (member.name, member.nickname):
                match.status, match.member_id, match.how, match.candidates = MatchStatus.MATCHED, member.id, "code", [member]
                return match
            others = [c for c in lookup.by_name(name) if c.id != member.id]
            match.status, match.candidates = MatchStatus.AMBIGUOUS, _ordered([member, *others])
            match.reason = msg("编号{code}在名册中是“{member}”，与所写姓名“{name}”不符", code=code, member=member.name,
                               name=name)
            return match
        code_note = msg("编号{code}不在名册中；", code=code)
    found = list(lookup.by_name(name))
    exact = [c for c in found if c.name == name]
    nick = [c for c in found if c.name != name]
    settled = _decide(match, exact, "name", hint) or _decide(match, nick, "nickname", hint)
    if not settled:
        partial = [c for c in lookup.search(name) if c.name != name and c.nickname != name]
        settled = _decide(match, partial, "partial", hint)
    if not settled:
        match.reason = msg("名册中没有“{name}”，可添加为新队员", name=name)
    if code_note and match.status != MatchStatus.MATCHED:
        match.reason = msg("{note}{reason}", note=code_note, reason=match.reason)
    return match


def match_entries(entries: Iterable[SignupEntry] | SignupList, lookup: MemberLookup) -> list[Match]:
    """One :class:`Match` per entry, in list order, each followed by those for the people it brings
    along (a name brought along that is also on the list, or brought twice, is matched once). A name
    the entry is unsure of (:attr:`SignupEntry.unsure`) is left for the leader to confirm even
    where the roster has exactly one member of that name.

    Order of trust: the member code; then the exact name (narrowed by the squad prefix where several
    members share it); then an unambiguous nickname; then an unambiguous partial match. A name that
    fits several members stays ambiguous, with the candidates listed; nothing is picked silently.
    """
    if isinstance(entries, SignupList):
        entries = entries.entries
    entries = list(entries)
    listed = {e.name for e in entries}
    brought: set[str] = set()
    matches: list[Match] = []
    for entry in entries:
        matches.append(_match_one(entry, entry.name, entry.code, entry.squad_hint, lookup, None))
        for name in entry.extra:
            if name in listed or name in brought:
                continue
            brought.add(name)
            match = _match_one(entry, name, None, None, lookup, entry)
            if name in entry.unsure:
                _confirm(match, entry)
            matches.append(match)
    return matches


def _confirm(match: Match, entry: SignupEntry) -> None:
    """A name read with a doubt is never settled by the roster alone: the leader picks or adds."""
    doubt = joined(entry.doubts, msg("；")) if entry.doubts else msg("是否随行，请核对")
    if match.status == MatchStatus.MATCHED:
        match.status, match.member_id, match.how = MatchStatus.AMBIGUOUS, None, ""
        match.reason = doubt
    else:
        match.reason = msg("{doubt}；{reason}", doubt=doubt, reason=match.reason)
