"""Blind 接龙 lists for bench/signup_trial.py, written before the reader's tests and samples were read.

Each list: ``id``, ``shape`` (what it tries), ``text`` (as pasted) and ``expect``: what the secretary
expects, one token a person, separated by spaces:

- ``name`` — a person who comes (no car, nobody unnamed brought along); ``a|b`` accepts either
  spelling; ``_`` stands for a space inside a name (``Jack_Wang``);
- ``name:car`` brings a car; ``name:out`` withdrew (absent or not coming is right);
  ``name:open`` left open (not decided); ``name:bring=N`` brings N people whose names are not given;
  ``name:maybe`` present is right, absent must be flagged; ``name:any`` either way;
- ``!word`` is not a person (present unflagged is silently wrong);
- ``?=text`` the line that reads exactly ``text`` must be put to the leader (a doubt or an
  unreadable line), not read silently.
"""
from __future__ import annotations

LISTS: list[dict[str, str]] = [
    dict(id="01-wechat-native", shape="#接龙, title, 例 line, 1. numbering, squad/plate/phone", text="""\
#接龙
12月5日 金州大黑山走失老人搜寻 出队报名
例 张三 中山分队 带车

1. 王建国 中山分队 带车
2. 李娜 甘井子分队
3. 刘强 辽B7K321 带车
4. 陈静
5. 赵磊 13840912345
""", expect="王建国:car 李娜 刘强:car 陈静 赵磊 !张三"),
    dict(id="02-plus-and-bring", shape="1、 numbering; +1, +2 家属, 带2人, 另带小王, 2人（我和老婆）", text="""\
接龙：周六上午 星海湾 水上救援演练
时间：8:30 星海广场集合
1、孙浩 +1
2、周敏 +2 家属
3、吴迪 带2人
4、郑凯 另带小王
5、冯军 2人（我和老婆）
""", expect="孙浩:bring=1 周敏:bring=2 吴迪:bring=2 郑凯 小王 冯军:bring=1"),
    dict(id="03-circled-roles", shape="① numbering, role in brackets", text="""\
#接龙
11月30日晚 旅顺口 山林搜救
例 姓名 分队 是否带车

① 高峰（驾驶员）带车
② 林杰（队医）
③ 何雨 旅顺分队
④ 马超（领队）
""", expect="高峰:car 林杰 何雨 马超"),
    dict(id="04-paren-number-phones", shape="（1） numbering, phones with spaces and hyphens", text="""\
报名接龙
（1）韩梅梅 138 4091 2345
（2）李雷 139-4112-6789 带车
（3）欧阳娜娜 15524681357
""", expect="韩梅梅 李雷:car 欧阳娜娜"),
    dict(id="05-half-paren-long-names", shape="1） numbering, 4-char names and names with ·", text="""\
周日 夏家河子 海上搜救 接龙
1）司马光明
2）阿卜杜·热合曼
3）买买提·艾力 带车
4）欧阳晓
""", expect="司马光明 阿卜杜·热合曼 买买提·艾力:car 欧阳晓"),
    dict(id="06-space-number-several", shape="'1 ' numbering, several people on a line", text="""\
#接龙
明早6点 龙王塘水库 打捞
例 张三

1 王建国
2 李娜 刘强
3 陈静、杨帆、何雨
4 马超+林杰
""", expect="王建国 李娜 刘强 陈静 杨帆 何雨 马超 林杰"),
    dict(id="07-issue-example", shape="+3（带家属王敏、新队员赵磊和刘洋）", text="""\
#接龙
12月1日 甘井子 走失儿童搜寻
1. 王建国 +3（带家属王敏、新队员赵磊和刘洋）
2. 李娜 带车
3. 孙浩 +2（老婆和儿子）
""", expect="王建国 王敏 赵磊 刘洋 李娜:car 孙浩:bring=2"),
    dict(id="08-mentions", shape="@name on a line and a remark with @ after the list", text="""\
#接龙
今晚8点 西岗区 走失老人
1. 王建国 @刘强 @陈静 一起
2. 李娜
@孙浩 你报一下
""", expect="王建国 刘强 陈静 李娜 !孙浩"),
    dict(id="09-two-squads-pasted", shape="a second list pasted under the first, one person in both", text="""\
#接龙
12月3日 大连湾 落水搜寻 中山分队
1. 王建国
2. 李娜
3. 刘强

#接龙
12月3日 大连湾 落水搜寻 甘井子分队
1. 陈静
2. 杨帆
3. 李娜
""", expect="王建国 李娜 刘强 陈静 杨帆"),
    dict(id="10-edited-three-times", shape="WeChat repeats the whole list at every edit", text="""\
#接龙
周六 大黑山 拉练
例 张三 带车

1. 王建国 带车
2. 李娜

#接龙
周六 大黑山 拉练
例 张三 带车

1. 王建国 带车
2. 李娜
3. 刘强

#接龙
周六 大黑山 拉练
例 张三 带车

1. 王建国 带车
2. 李娜
3. 刘强
4. 陈静 带车
""", expect="王建国:car 李娜 刘强 陈静:car !张三"),
    dict(id="11-edited-line-removed", shape="an edit where someone deleted their own line", text="""\
#接龙
周日 棒棰岛 水域训练
1. 王建国
2. 李娜
3. 刘强

#接龙
周日 棒棰岛 水域训练
1. 王建国
2. 刘强
3. 陈静
""", expect="王建国 刘强 陈静 李娜:out"),
    dict(id="12-edited-line-changed", shape="an edit where a line changed (请假 added, +1 added)", text="""\
#接龙
周日 棒棰岛 水域训练
1. 王建国 带车
2. 李娜
3. 刘强

#接龙
周日 棒棰岛 水域训练
1. 王建国 带车
2. 李娜 请假
3. 刘强 +1
""", expect="王建国:car 李娜:out 刘强:bring=1"),
    dict(id="13-withdrawn", shape="取消, ~~strike~~, 退出, 请假了", text="""\
接龙 今晚搜救
1. 王建国
2. 李娜 取消
3. ~~刘强~~
4. 陈静 退出
5. 杨帆 请假了
6. 何雨
""", expect="王建国 李娜:out 刘强:out 陈静:out 杨帆:out 何雨"),
    dict(id="14-forwarded-record", shape="copied chat record: sender + time headers, list twice", text="""\
中山分队救援群的聊天记录
王建国 12-02 20:13
#接龙
12月2日 金石滩 海上遇险
1. 王建国 带车
2. 李娜
赵磊 12-02 20:15
#接龙
12月2日 金石滩 海上遇险
1. 王建国 带车
2. 李娜
3. 刘强
""", expect="王建国:car 李娜 刘强 !赵磊"),
    dict(id="15-chat-after-list", shape="'刘强: 我也去' and '陈静：+1' typed as messages after the list", text="""\
#接龙
今晚8点 西岗 走失老人
1. 王建国
2. 李娜 带车
刘强: 我也去
陈静：+1
""", expect="王建国 李娜:car 刘强:maybe 陈静:maybe"),
    dict(id="16-traditional-fullwidth", shape="traditional characters and full-width digits", text="""\
＃接龍
１２月６日 救援隊 出隊報名
１．張偉 帶車
２．陳靜
３．劉強 ＋１
""", expect="張偉|张伟:car 陳靜|陈静 劉強|刘强:bring=1"),
    dict(id="17-fullwidth-spaces", shape="ideographic spaces, full-width dot and plus", text="""\
接龙　周六训练
1．王建国　带车
2．李娜（带车）
3．刘强　＋２
""", expect="王建国:car 李娜:car 刘强:bring=2"),
    dict(id="18-english-names", shape="English names, a Chinese name with its English one", text="""\
#接龙
周日 海上救援培训
1. Tom
2. Jack Wang 带车
3. 李娜 Lina
4. Annie
""", expect="Tom Jack_Wang|Jack:car 李娜 Annie !Lina !Wang"),
    dict(id="19-nicknames", shape="老张, 小李, 大刘, 阿杰", text="""\
#接龙 今晚夜搜
1. 老张 带车
2. 小李
3. 大刘 +1
4. 阿杰
""", expect="老张:car 小李 大刘:bring=1 阿杰"),
    dict(id="20-stickers", shape="[强] [OK] [抱拳] stickers, emoji, replies under the list", text="""\
#接龙
明天 7:00 大黑山 搜寻
1. 王建国 [强]
2. 李娜[OK]
3. 🚗刘强
4. 陈静 👍
5. 杨帆[抱拳][抱拳]
[强][强]
收到
""", expect="王建国 李娜 刘强:car 陈静 杨帆"),
    dict(id="21-blank-lines-notes", shape="blank lines between entries, seats, items, a 注 line", text="""\
#接龙
周六 夏家河 水域巡逻

1. 王建国 带车 可坐3人

2. 李娜 晚到半小时

3. 刘强 自带头灯、对讲机

注：请带好装备
""", expect="王建国:car 李娜 刘强"),
    dict(id="22-duplicate", shape="the same person twice, the second time with a car", text="""\
#接龙
今晚搜救
1. 王建国
2. 李娜
3. 王建国 带车
4. 刘强
""", expect="王建国:car 李娜 刘强"),
    dict(id="23-no-numbers", shape="no numbering at all", text="""\
今晚8点 星海公园 集合 夜间搜救 报名
王建国
李娜 带车
刘强
陈静 明早到
""", expect="王建国 李娜:car 刘强 陈静:open"),
    dict(id="24-squad-prefixes", shape="squad before the name: -, —, 【】, 分队, bare squad", text="""\
#接龙
12月7日 全队 联合搜救
例 分队-姓名

1. 中山-王建国
2. 甘井子—李娜 带车
3. 【旅顺】刘强
4. 金州分队 陈静
5. 西岗 杨帆
""", expect="王建国 李娜:car 刘强 陈静 杨帆 !西岗 !金州分队"),
    dict(id="25-roles-after", shape="role words after the name (医疗, 潜水员, 后勤, 司机)", text="""\
#接龙
紧急！金州 落水人员搜寻
1. 王建国（队长）带车
2. 李娜 医疗
3. 刘强 潜水员
4. 陈静 无人机
5. 杨帆 后勤
6. 何雨 司机
""", expect="王建国:car 李娜 刘强 陈静 杨帆 何雨 !医疗 !后勤 !潜水员"),
    dict(id="26-plates", shape="plates, 新能源, 可带3人 (seats, not people)", text="""\
#接龙
周日 拉练
1. 王建国 辽B12345
2. 李娜 辽BD12345 新能源
3. 刘强 车牌辽B·7K321 可带3人
""", expect="王建国:car 李娜:car 刘强:car"),
    dict(id="27-bring-named", shape="带2人（names）, 带女儿, +1 朋友张伟, 携家属2人", text="""\
#接龙
周六 海边 清理 公益活动
1. 王建国 带2人（王敏、王小明）
2. 李娜 带女儿
3. 刘强 +1 朋友张伟
4. 陈静 携家属2人
""", expect="王建国 王敏 王小明 李娜:bring=1 刘强 张伟 陈静:bring=2"),
    dict(id="28-couples", shape="夫妻俩, 和老公, 一家三口", text="""\
#接龙
周六 植树 公益
1. 王建国 夫妻俩
2. 李娜和老公
3. 刘强一家三口
""", expect="王建国:bring=1 李娜:bring=1 刘强:bring=2"),
    dict(id="29-several-joined", shape="、 和 space / between names", text="""\
#接龙
今晚 搜寻
1. 王建国、李娜和刘强
2. 陈静 杨帆 何雨
3. 马超/林杰
""", expect="王建国 李娜 刘强 陈静 杨帆 何雨 马超 林杰"),
    dict(id="30-conj-in-names", shape="names holding 和/与", text="""\
#接龙
1. 和平
2. 于和静 带车
3. 王建国与李娜
""", expect="和平 于和静:car 王建国 李娜"),
    dict(id="31-times", shape="arrival times and remarks after names", text="""\
#接龙
明早集合 6:30
1. 王建国 6:30到
2. 李娜 7点到
3. 刘强 直接去现场
4. 陈静 下班后过去 大概9点
""", expect="王建国 李娜 刘强 陈静"),
    dict(id="32-chatter-after", shape="replies and questions after the list", text="""\
#接龙
周六 大黑山 拉练 限20人
例 张三 带车

1. 王建国 带车
2. 李娜
3. 刘强

好的
@王建国 你的车能坐几个人
王建国：4个
""", expect="王建国:car 李娜 刘强 !张三"),
    dict(id="33-long-heading", shape="【接龙】 with 集合时间/地点/截止/要求/例：1. lines", text="""\
【接龙】12月8日（周日）大连湾海域 联合搜救演练
集合时间：7:30
集合地点：大连湾码头
截止时间：周六晚8点
要求：穿队服，带救生衣
例：1. 张三 中山分队 带车

1. 王建国 中山分队 带车
2. 李娜 中山分队
3. 刘强 甘井子分队 带车
""", expect="王建国:car 李娜 刘强:car !张三"),
    dict(id="34-keycap-numbers", shape="1️⃣ numbering", text="""\
接龙
1️⃣王建国
2️⃣李娜 🚗
3️⃣刘强
""", expect="王建国 李娜:car 刘强"),
    dict(id="35-plus-names", shape="+1 王敏, 加 赵磊, +赵云", text="""\
#接龙
今晚 搜寻
1. 王建国
2. 李娜 +1 王敏
3. 刘强 加 赵磊
4. 陈静 +赵云
""", expect="王建国 李娜 王敏 刘强 赵磊 陈静 赵云"),
    dict(id="36-on-behalf", shape="替刘强报, 帮杨帆报名", text="""\
#接龙
今晚 搜寻
1. 王建国
2. 李娜（替刘强报）
3. 陈静 帮杨帆报名
""", expect="王建国 李娜:any 刘强:maybe 陈静:any 杨帆:maybe"),
    dict(id="37-bare-plus-one", shape="a '+1' line with no name inside the list", text="""\
#接龙 今晚夜搜
1. 王建国
2. 李娜
+1
3. 刘强
""", expect="王建国 李娜 刘强 ?=+1"),
    dict(id="38-chinese-quantities", shape="带两个朋友, +两人, 带俩", text="""\
#接龙
周六 公益
1. 王建国 带两个朋友
2. 李娜 +两人
3. 刘强 带俩孩子
""", expect="王建国:bring=2 李娜:bring=2 刘强:bring=2"),
    dict(id="39-heading-like-names", shape="names ending like places (路, 站, 队) and 李组长", text="""\
#接龙
今晚 搜寻
1. 高路
2. 陈站
3. 周队 带车
4. 李组长
""", expect="高路 陈站 周队:car 李组长|李"),
    dict(id="40-sender-colon-lines", shape="'王建国:' sender lines before each copied message", text="""\
王建国:
#接龙
今晚 星海 搜寻
1. 王建国
2. 李娜

赵磊:
#接龙
今晚 星海 搜寻
1. 王建国
2. 李娜
3. 孙浩 带车
""", expect="王建国 李娜 孙浩:car !赵磊"),
    dict(id="41-member-codes", shape="WZ codes before/after, WZ-0415, lower case", text="""\
#接龙
1. WZ0312 王建国
2. 李娜 WZ-0415
3. 刘强 wz0588 带车
""", expect="王建国 李娜 刘强:car"),
    dict(id="42-gender-age", shape="男/女/age after the name", text="""\
#接龙
周日 拉练
1. 王建国 男 45
2. 李娜 女
3. 刘强（男）
""", expect="王建国 李娜 刘强"),
    dict(id="43-me-lines", shape="'我 李娜', '我老婆也去'", text="""\
#接龙
周六 公益
1. 王建国
2. 我 李娜
3. 刘强（我老婆也去）
""", expect="王建国 李娜 刘强:bring=1"),
    dict(id="44-summary-line", shape="a 共N人 summary and 车N辆 under the list", text="""\
#接龙
今晚 搜寻
1. 王建国 带车
2. 李娜
3. 刘强 带车
4. 陈静
共4人，车2辆
""", expect="王建国:car 李娜 刘强:car 陈静"),
    dict(id="45-tabs", shape="tab separated columns", text="""\
#接龙
1.\t王建国\t中山\t带车
2.\t李娜\t甘井子
3.\t刘强\t沙河口\t无车
""", expect="王建国:car 李娜 刘强 !中山 !甘井子 !沙河口"),
    dict(id="46-bullets", shape="- · • bullets", text="""\
接龙 今晚
- 王建国
· 李娜 带车
• 刘强
""", expect="王建国 李娜:car 刘强"),
    dict(id="47-duty-words", shape="two-character words after a name: 待命, 随时, 全天, 夜班, 值班", text="""\
#接龙
今晚 搜寻
1. 王建国 待命
2. 李娜 随时
3. 刘强 全天
4. 陈静 夜班
5. 杨帆 值班
""", expect="王建国 李娜 刘强 陈静 杨帆 !待命 !随时 !全天 !夜班 !值班"),
    dict(id="48-squad-after-name", shape="squad name after the person, without 分队", text="""\
#接龙
今晚 搜寻
1. 王建国 中山
2. 李娜 甘井子 带车
3. 刘强 沙河口
4. 陈静 金普
""", expect="王建国 李娜:car 刘强 陈静 !中山 !甘井子 !沙河口 !金普"),
    dict(id="49-plus-with-names-no-paren", shape="+2 王敏 赵磊 (names after the count, spaces)", text="""\
#接龙
今晚 搜寻
1. 王建国 +2 王敏 赵磊
2. 李娜 +1家属
""", expect="王建国 王敏 赵磊 李娜:bring=1"),
    dict(id="50-count-disagrees", shape="+1 with two names; +3 with one name", text="""\
#接龙
今晚 搜寻
1. 王建国 +1（王敏、赵磊）
2. 李娜 +3（带刘洋）
""", expect="王建国 王敏:maybe 赵磊:maybe 李娜:bring=2 刘洋 ?=2._李娜_+3（带刘洋） ?=1._王建国_+1（王敏、赵磊）"),
]

# A second batch, written after the fixes of the first (a held-out check of whether they generalise).
LISTS_B: list[dict[str, str]] = [
    dict(id="B01-example-numbered", shape="the example is the first numbered line (1. 示例)", text="""\
#接龙
周六 大黑山 拉练
1. 示例：张三 中山分队 带车
2. 王建国 中山分队 带车
3. 李娜
""", expect="王建国:car 李娜 !张三 !示例"),
    dict(id="B02-one-line", shape="a whole list on one line after 报名：", text="""\
今晚 星海 搜寻 集合 19:00
报名：王建国 李娜 刘强 陈静
""", expect="王建国 李娜 刘强 陈静"),
    dict(id="B03-glued-phone", shape="phone glued to the name", text="""\
#接龙
1. 王建国13840912345
2. 李娜 139 4112 6789 带车
""", expect="王建国 李娜:car"),
    dict(id="B04-no-hash-numbers", shape="No.1 and #1 numbering", text="""\
接龙 今晚
No.1 王建国
No.2 李娜 带车
#3 刘强
""", expect="王建国 李娜:car 刘强"),
    dict(id="B05-companions-next-line", shape="the names brought along on the next line", text="""\
#接龙
今晚 搜寻
1. 王建国
2. 刘强 +2
王敏、赵磊
3. 李娜
""", expect="王建国 刘强 王敏 赵磊 李娜"),
    dict(id="B06-withdraw-message", shape="a message under the list withdrawing", text="""\
#接龙
今晚 搜寻
1. 王建国
2. 李娜
3. 刘强
李娜：我去不了了，家里有事
刘强: 取消
""", expect="王建国 李娜:out 刘强:out"),
    dict(id="B07-all-on-one-line", shape="numbered entries on one line (newlines lost)", text="""\
#接龙 今晚搜寻
1. 王建国 2. 李娜 带车 3. 刘强
""", expect="王建国 李娜:car 刘强"),
    dict(id="B08-latin-nick", shape="Tony王, 小王Tony", text="""\
#接龙
1. Tony王
2. 王建国
3. Lily 带车
""", expect="Tony王|Tony:maybe 王建国 Lily:car"),
    dict(id="B09-count-lines", shape="接龙人数 and 已满 lines", text="""\
#接龙
周日 培训 限5人
接龙人数：3人
1. 王建国
2. 李娜
3. 刘强
已满，谢谢大家
""", expect="王建国 李娜 刘强"),
    dict(id="B10-keycap-ten", shape="9️⃣ 🔟 keycaps", text="""\
接龙
9️⃣王建国
🔟李娜 带车
""", expect="王建国 李娜:car"),
    dict(id="B11-role-glued", shape="队长王建国, 王建国队长, 李娜(副队)", text="""\
#接龙
1. 队长王建国 带车
2. 刘强队长
3. 李娜（副队）
""", expect="王建国:car 刘强 李娜"),
    dict(id="B12-complex-line", shape="car, seats, +1 家属 on one line", text="""\
#接龙
1. 王建国 带车（可坐3人）+1 家属
2. 李娜 不带车 +1（女儿）
""", expect="王建国:car,bring=1 李娜:bring=1"),
    dict(id="B13-slash-spaces", shape="'李娜 / 刘强 / 陈静'", text="""\
#接龙
1. 王建国
2. 李娜 / 刘强 / 陈静
""", expect="王建国 李娜 刘强 陈静"),
    dict(id="B14-cross-emoji", shape="✖️ ❎ and 🙅", text="""\
#接龙
1. 王建国 ✖️
2. 李娜 🙅
3. 刘强 ✅
""", expect="王建国:out 李娜:out 刘强"),
    dict(id="B15-arrived", shape="已到, 到了, 在路上", text="""\
#接龙 今晚搜寻
1. 王建国（已到）
2. 李娜 到了
3. 刘强 在路上
""", expect="王建国 李娜 刘强"),
    dict(id="B16-mentions-line", shape="a line of @mentions under the heading (the leader calls people)", text="""\
#接龙
今晚 搜寻 @王建国 @李娜 看到回复
1. 刘强
2. 陈静
""", expect="刘强 陈静 !王建国 !李娜"),
    dict(id="B17-names-with-dot-and-4", shape="迪丽热巴·迪力木拉提, 4-char", text="""\
#接龙
1. 迪丽热巴·迪力木拉提 带车
2. 诸葛晓明
3. 上官燕
""", expect="迪丽热巴·迪力木拉提:car 诸葛晓明 上官燕"),
    dict(id="B18-duplicate-variant", shape="the same person in full-width and with a squad", text="""\
#接龙
1. 王建国
2. 中山-王建国 带车
3. 李娜
""", expect="王建国:car 李娜"),
]

# A third batch, written after the fixes of the second (held out again).
LISTS_C: list[dict[str, str]] = [
    dict(id="C01-deng-n-ren", shape="王建国等3人, 李娜 x2", text="""\
#接龙
1. 王建国等3人
2. 李娜 x2
""", expect="王建国:bring=2 李娜:bring=1"),
    dict(id="C02-couple-suffix", shape="王建国夫妇, 刘强父子, 陈静一家", text="""\
#接龙
1. 王建国夫妇
2. 刘强父子
3. 陈静母女俩
""", expect="王建国:bring=1 刘强:bring=1 陈静:bring=1"),
    dict(id="C03-pick-up", shape="带车 接李娜 (picks someone up)", text="""\
#接龙
1. 王建国 带车 接李娜
2. 李娜
3. 刘强 带车 顺路接孙浩
""", expect="王建国:car 李娜 刘强:car 孙浩:maybe"),
    dict(id="C04-friend-of", shape="a person named only by whose friend they are", text="""\
#接龙
1. 王建国
2. 王建国的朋友
3. 李娜
""", expect="王建国 李娜 ?=2._王建国的朋友"),
    dict(id="C05-commas", shape="1、王建国，带车，可坐4人", text="""\
#接龙
1、王建国，带车，可坐4人
2、李娜，不带车
3、刘强，13840912345，中山分队
""", expect="王建国:car 李娜 刘强"),
    dict(id="C06-decorated", shape="🌸李娜🌸, 【王建国】, 李娜-带车", text="""\
#接龙
1. 🌸李娜🌸
2. 刘强-带车
3. 陈静_中山
""", expect="李娜 刘强:car 陈静 !中山"),
    dict(id="C07-open-bracket", shape="（明天早上到）, 看情况, 尽量", text="""\
#接龙
1. 王建国（明天早上到）
2. 李娜 看情况
3. 刘强 尽量
4. 陈静 一定到
""", expect="王建国:open 李娜:open 刘强:open 陈静"),
    dict(id="C08-all-people", shape="@所有人 line at the top, then the list", text="""\
@所有人 今晚紧急出队，能去的接龙
#接龙
1. 王建国
2. 李娜
""", expect="王建国 李娜 !所有人"),
    dict(id="C09-he-son", shape="王建国和他儿子王小明", text="""\
#接龙
1. 王建国和他儿子王小明
2. 李娜 +1 她老公
""", expect="王建国 王小明 李娜:bring=1"),
    dict(id="C10-latin-chinese", shape="David 李, 李 David", text="""\
#接龙
1. David 带车
2. 王建国 David
""", expect="David:car 王建国"),
    dict(id="C11-leader-adds", shape="the leader adds people on one numbered line with a note", text="""\
#接龙
1. 王建国
2. 李娜
3. （队长代报）刘强、陈静
""", expect="王建国 李娜 刘强 陈静"),
    dict(id="C12-space-in-list", shape="a blank line and a second part with 续 (continued)", text="""\
#接龙
今晚 搜寻
1. 王建国
2. 李娜

续：
3. 刘强
4. 陈静
""", expect="王建国 李娜 刘强 陈静"),
    dict(id="C13-time-name", shape="arrival time before the name without number", text="""\
今晚搜寻 接龙
19:30 王建国
20:00 李娜 带车
""", expect="王建国 李娜:car"),
    dict(id="C14-question-not-person", shape="questions under the list", text="""\
#接龙
1. 王建国
2. 李娜
还有人吗？
谁有车？
""", expect="王建国 李娜"),
    dict(id="C15-same-name-two-squads", shape="two members with the same name, told apart by squad", text="""\
#接龙
1. 中山-王伟
2. 金州-王伟 带车
""", expect="王伟 王伟:car"),
]

# A fourth batch, written after the fixes of the third (held out again).
LISTS_D: list[dict[str, str]] = [
    dict(id="D01-all-in-brackets", shape="（带车，可坐3人，+1家属）", text="""\
#接龙
1. 王建国（带车，可坐3人，+1家属）
2. 李娜（不带车）
""", expect="王建国:car,bring=1 李娜"),
    dict(id="D02-chinese-numerals", shape="一、 二、 numbering", text="""\
#接龙 周日拉练
一、王建国 带车
二、李娜
三、刘强
""", expect="王建国:car 李娜 刘强"),
    dict(id="D03-table", shape="a table copied from a sheet: 序号 姓名 分队 车", text="""\
周日拉练报名
序号 姓名 分队 带车
1 王建国 中山 是
2 李娜 甘井子 否
3 刘强 金州 是
""", expect="王建国:car 李娜 刘强:car"),
    dict(id="D04-glued-names", shape="two names glued with no separator", text="""\
#接龙
1. 王建国李娜
2. 刘强
""", expect="王建国:maybe 李娜:maybe 刘强 ?=1._王建国李娜"),
    dict(id="D05-inline-brackets", shape="1. 王建国 +1（赵磊）2. 李娜 请假", text="""\
#接龙
1. 王建国 +1（赵磊）2. 李娜 请假 3. 刘强
""", expect="王建国 赵磊 李娜:out 刘强"),
    dict(id="D06-hearts", shape="❤️王建国, 💪李娜💪", text="""\
#接龙
1. ❤️王建国
2. 💪李娜💪
3. ⭐刘强⭐ 带车
""", expect="王建国 李娜 刘强:car"),
    dict(id="D07-drive-others", shape="我开车带李娜、刘强 (李娜 on the list, 陈静 not)", text="""\
#接龙
1. 王建国 我开车带李娜、陈静
2. 李娜
""", expect="王建国:car 李娜 陈静:maybe"),
    dict(id="D08-marked-duplicate", shape="（重复） and （已报）", text="""\
#接龙
1. 王建国
2. 李娜
3. 王建国（重复）
4. 刘强（已在群里报过）
""", expect="王建国 李娜 刘强"),
    dict(id="D09-footer", shape="a footer line and 接龙已结束", text="""\
#接龙
1. 王建国
2. 李娜
—— 接龙已结束 ——
来自微信接龙小程序
""", expect="王建国 李娜"),
    dict(id="D10-pinyin", shape="a name in pinyin", text="""\
#接龙
1. Wang Jianguo
2. 李娜
""", expect="Wang_Jianguo|Wang:maybe 李娜 !Jianguo"),
    dict(id="D11-hyphen-people", shape="王建国-李娜-刘强 (hyphen between people)", text="""\
#接龙
1. 王建国-李娜-刘强
2. 陈静
""", expect="王建国 李娜 刘强 陈静"),
    dict(id="D12-same-as-above", shape="同上 (same as the line above)", text="""\
#接龙
1. 王建国 带车
2. 同上
3. 李娜
""", expect="王建国:car 李娜 ?=2._同上"),
    dict(id="D13-open-marks", shape="待定, ?, 尽量, 争取", text="""\
#接龙
1. 王建国 ？
2. 李娜 争取
3. 刘强 待定
""", expect="王建国:open 李娜:open 刘强:open"),
    dict(id="D14-plus-in-front", shape="+1 before the name", text="""\
#接龙
1. +1 王建国
2. 李娜 +1
""", expect="王建国 李娜:bring=1"),
    dict(id="D15-numbers-with-space-dot", shape="1 . 王建国 and 2 、李娜", text="""\
#接龙
1 . 王建国
2 、李娜
3 .刘强
""", expect="王建国 李娜 刘强"),
]

# A fifth batch, written after the fixes of the fourth (held out again).
LISTS_E: list[dict[str, str]] = [
    dict(id="E01-two-brackets", shape="（中山）（带车）", text="""\
#接龙
1. 王建国（中山）（带车）
2. 李娜【甘井子】
""", expect="王建国:car 李娜 !中山 !甘井子"),
    dict(id="E02-role-prefix", shape="医生李娜, 司机王建国", text="""\
#接龙
1. 医生李娜
2. 司机王建国 带车
""", expect="李娜 王建国:car"),
    dict(id="E03-honorifics", shape="王老师, 李姐, 张哥", text="""\
#接龙
1. 王老师
2. 李姐 带车
3. 张哥
""", expect="王老师 李姐:car 张哥"),
    dict(id="E04-total-after-car", shape="带车 2人", text="""\
#接龙
1. 王建国 带车 2人
""", expect="王建国:car,bring=1"),
    dict(id="E05-trailing-separator", shape="李娜、 and 刘强，", text="""\
#接龙
1. 李娜、
2. 刘强，带车
""", expect="李娜 刘强:car"),
    dict(id="E06-key-value", shape="姓名：王建国 电话：… 车辆：有", text="""\
#接龙
1. 姓名：王建国 电话：13840912345 车辆：有
2. 姓名：李娜 电话：13940912345 车辆：无
""", expect="王建国:car 李娜"),
    dict(id="E07-code-in-brackets", shape="王建国（WZ0312）", text="""\
#接龙
1. 王建国（WZ0312）带车
2. 李娜(wz0415)
""", expect="王建国:car 李娜"),
    dict(id="E08-two-tasks-same-first", shape="two different lists whose first person is the same", text="""\
#接龙
周六 大黑山 拉练
1. 王建国
2. 李娜

#接龙
周日 棒棰岛 水域训练
1. 王建国
2. 刘强
""", expect="王建国 李娜 刘强"),
    dict(id="E09-going-words", shape="已取消, （不去了）, 去", text="""\
#接龙
1. 王建国 已取消
2. 李娜（不去了）
3. 刘强 去
""", expect="王建国:out 李娜:out 刘强"),
    dict(id="E10-continuation", shape="a note on the next line, indented", text="""\
#接龙
1. 王建国
   带车 可坐4人
2. 李娜
""", expect="王建国:car 李娜"),
    dict(id="E11-kitchen-sink", shape="phone, plate, squad, title, car, +1 on one line", text="""\
#接龙
1. 王建国 13840912345 辽B12345 中山分队 队长 带车 +1
""", expect="王建国:car,bring=1"),
    dict(id="E12-total-line", shape="以上共3人 under the list", text="""\
#接龙
1. 王建国
2. 李娜
3. 刘强
以上共3人，请准时集合
""", expect="王建国 李娜 刘强"),
    dict(id="E13-glued-4char", shape="欧阳娜娜带车, 司马光明请假", text="""\
#接龙
1. 欧阳娜娜带车
2. 司马光明请假
""", expect="欧阳娜娜:car 司马光明:out"),
]

# A sixth batch, written after the fixes of the fifth (held out again).
LISTS_F: list[dict[str, str]] = [
    dict(id="F01-newer-first", shape="the newer version pasted above the older", text="""\
#接龙
周六 大黑山 拉练
1. 王建国
2. 李娜
3. 刘强

#接龙
周六 大黑山 拉练
1. 王建国
2. 李娜
""", expect="王建国 李娜 刘强:maybe"),
    dict(id="F02-rides-with", shape="李娜坐我车, 坐王建国的车", text="""\
#接龙
1. 王建国 带车 李娜坐我车
2. 李娜 坐王建国的车
""", expect="王建国:car 李娜"),
    dict(id="F03-glued-numbering", shape="1. 王建国2. 李娜 (no space before the next number)", text="""\
#接龙
1. 王建国2. 李娜
3. 刘强
""", expect="王建国 李娜 刘强"),
    dict(id="F04-ampersand", shape="王建国 & 李娜, 王建国&李娜", text="""\
#接龙
1. 王建国 & 李娜
2. 刘强&陈静
""", expect="王建国 李娜 刘强 陈静"),
    dict(id="F05-reason-in-brackets", shape="请假（孩子生病）, 不行", text="""\
#接龙
1. 刘强  请假（孩子生病）
2. 李娜 周六可以 周日不行
3. 王建国 可以
""", expect="刘强:out 李娜:open 王建国"),
    dict(id="F06-squad-bracket-first", shape="（中山分队）王建国, [甘井子]李娜", text="""\
#接龙
1. （中山分队）王建国
2. [甘井子]李娜 带车
""", expect="王建国 李娜:car"),
    dict(id="F07-ok-and-digits", shape="ok, 1, 可以 after the name", text="""\
#接龙
1. 王建国 ok
2. 李娜 1
3. 刘强 👌
""", expect="王建国 李娜 刘强"),
    dict(id="F08-plus-named-on-list", shape="+1 李娜 where 李娜 also signs up", text="""\
#接龙
1. 王建国 +1 李娜
2. 李娜
3. 刘强
""", expect="王建国 李娜 刘强"),
    dict(id="F09-three-lists", shape="three squads' lists pasted", text="""\
#接龙 中山分队
1. 王建国
2. 李娜
#接龙 甘井子分队
1. 刘强
#接龙 金州分队
1. 陈静
2. 王建国
""", expect="王建国 李娜 刘强 陈静"),
    dict(id="F10-late-and-leave-early", shape="晚到, 早退, 只能到10点", text="""\
#接龙
1. 王建国 晚到1小时
2. 李娜 早退
3. 刘强 只能到10点
""", expect="王建国 李娜 刘强"),
    dict(id="F11-name-and-nickname", shape="王建国（老王）, 李娜/娜娜", text="""\
#接龙
1. 王建国（老王）
2. 刘强（强子）带车
""", expect="王建国 刘强:car !老王 !强子"),
    dict(id="F12-emoji-only-car", shape="🚗×2 (two cars?), 🚗3座", text="""\
#接龙
1. 王建国 🚗3座
2. 李娜 🚙
""", expect="王建国:car 李娜:car"),
]

# A seventh batch, written after the fixes of the sixth (held out again).
LISTS_G: list[dict[str, str]] = [
    dict(id="G01-car-seats-people", shape="带车（车上还有李娜）", text="""\
#接龙
1. 王建国 带车（车上还有李娜、刘强）
2. 李娜
""", expect="王建国:car 李娜 刘强:maybe"),
    dict(id="G02-reply-quote", shape="a quoted reply line 「王建国：#接龙…」 then the list", text="""\
「王建国：#接龙 今晚搜寻」
- - - - - - - - - - - - - - -
1. 王建国
2. 李娜
""", expect="王建国 李娜"),
    dict(id="G03-nums-with-total", shape="1. 王建国（2人）", text="""\
#接龙
1. 王建国（2人）
2. 李娜（1人）
""", expect="王建国:bring=1 李娜"),
    dict(id="G04-phone-first", shape="phone before the name", text="""\
#接龙
1. 13840912345 王建国
2. 139-4112-6789 李娜 带车
""", expect="王建国 李娜:car"),
    dict(id="G05-surname-only", shape="王队, 李工, 张医生", text="""\
#接龙
1. 王队 带车
2. 李工
3. 张医生
""", expect="王队:car 李工 张医生|张"),
    dict(id="G06-squad-suffix-glued", shape="王建国（中山）, 李娜中山分队", text="""\
#接龙
1. 李娜中山分队
2. 刘强甘井子 带车
""", expect="李娜 刘强:car"),
    dict(id="G07-ditto-marks", shape="〃 and 同上 for car", text="""\
#接龙
1. 王建国 带车
2. 李娜 不带车
3. 刘强 带车
""", expect="王建国:car 李娜 刘强:car"),
    dict(id="G08-cancel-then-back", shape="取消 then 又能去了", text="""\
#接龙
1. 王建国
2. 李娜 取消
李娜：又能去了
""", expect="王建国 李娜:maybe"),
    dict(id="G09-three-names-spaces-tab", shape="tab between three people", text="""\
#接龙
1. 王建国\t李娜\t刘强
""", expect="王建国 李娜 刘强"),
    dict(id="G10-bring-kids-names", shape="带孩子王小明和王小红", text="""\
#接龙
1. 王建国 带孩子王小明和王小红
""", expect="王建国 王小明 王小红"),
    dict(id="G11-weekday-in-note", shape="周六到 周日走", text="""\
#接龙
1. 王建国 周六到 周日走
2. 李娜 周日上午到
""", expect="王建国 李娜"),
    dict(id="G12-numbers-in-parens-after", shape="王建国(1) 李娜(2)", text="""\
接龙
王建国(1)
李娜(2)
刘强(3)
""", expect="王建国 李娜 刘强"),
]

# An eighth batch, written after the fixes of the seventh (held out again).
LISTS_H: list[dict[str, str]] = [
    dict(id="H01-plus-zero", shape="+0, 不带人", text="""\
#接龙
1. 王建国 +0
2. 李娜 不带人
""", expect="王建国 李娜"),
    dict(id="H02-two-cars", shape="两辆车, 带2车", text="""\
#接龙
1. 王建国 两辆车
2. 李娜 带2台车
""", expect="王建国:car 李娜:car"),
    dict(id="H03-kid-ages", shape="带孩子（8岁）, +1 儿子10岁", text="""\
#接龙 公益植树
1. 王建国 带孩子（8岁）
2. 李娜 +1 儿子10岁
""", expect="王建国:bring=1 李娜:bring=1"),
    dict(id="H04-dash-list", shape="— 王建国 (em-dash bullets)", text="""\
接龙 今晚
— 王建国
— 李娜 带车
""", expect="王建国 李娜:car"),
    dict(id="H05-name-question", shape="王建国？ (unsure if coming)", text="""\
#接龙
1. 王建国？
2. 李娜
""", expect="王建国:open 李娜"),
    dict(id="H06-meet-point", shape="notes with places: 在星海上车, 金州集合", text="""\
#接龙
1. 王建国 在星海上车
2. 李娜 金州集合
3. 刘强 西岗接人
""", expect="王建国 李娜 刘强"),
    dict(id="H07-emoji-names", shape="🐯王建国, 李娜🌈, 小刘🚗", text="""\
#接龙
1. 🐯王建国
2. 李娜🌈
3. 小刘🚗
""", expect="王建国 李娜 小刘:car"),
    dict(id="H08-skip-number", shape="numbers skipped and repeated (1, 2, 2, 4)", text="""\
#接龙
1. 王建国
2. 李娜
2. 刘强
4. 陈静
""", expect="王建国 李娜 刘强 陈静"),
    dict(id="H09-one-name-many-lines", shape="a person adds info in a second numbered line", text="""\
#接龙
1. 王建国
2. 李娜
3. 王建国 补充：带车
""", expect="王建国:car 李娜"),
    dict(id="H10-couple-names", shape="王建国夫妇（王建国、李娜）", text="""\
#接龙
1. 王建国夫妇（王建国、李娜）
2. 刘强
""", expect="王建国 李娜 刘强"),
    dict(id="H11-three-chars-nickname", shape="老王头, 小李子", text="""\
#接龙
1. 老王头 带车
2. 小李子
""", expect="老王头:car 小李子"),
    dict(id="H12-sorry", shape="不好意思 来不了了 and 抱歉", text="""\
#接龙
1. 王建国 不好意思 临时有事
2. 李娜 抱歉 来不了了
""", expect="王建国:open 李娜:out"),
]

# A ninth batch, written after the fixes of the eighth (held out again).
LISTS_I: list[dict[str, str]] = [
    dict(id="I01-meeting-places", shape="a meeting place after the name (高速口, 东门, 北站)", text="""\
#接龙
1. 王建国 高速口
2. 李娜 东门
3. 刘强 北站上车
""", expect="王建国 李娜 刘强 !高速口 !东门"),
    dict(id="I02-equipment", shape="equipment after the name (头灯 绳索 担架)", text="""\
#接龙
1. 王建国 绳索
2. 李娜 担架 头灯
3. 刘强 金属探测器
""", expect="王建国 李娜 刘强 !绳索 !金属探测器"),
    dict(id="I03-skills", shape="skills after the name (游泳 急救 攀岩)", text="""\
#接龙
1. 王建国 游泳
2. 李娜 急救
3. 刘强 攀岩 绳降
""", expect="王建国 李娜 刘强 !游泳 !攀岩 !绳降"),
    dict(id="I04-status", shape="status words (待出发, 已出发, 出发了)", text="""\
#接龙
1. 王建国 已出发
2. 李娜 待出发
3. 刘强 马上出发
""", expect="王建国 李娜 刘强"),
    dict(id="I05-names-common-words", shape="real names that are everyday words (高峰 江涛 文静)", text="""\
#接龙
1. 高峰
2. 江涛 带车
3. 王建国 文静
""", expect="高峰 江涛:car 王建国 文静:maybe"),
    dict(id="I06-two-lists-edit-and-new", shape="an edit, then another squad's list", text="""\
#接龙
周六 大黑山 中山分队
1. 王建国
#接龙
周六 大黑山 中山分队
1. 王建国
2. 李娜
#接龙
周六 大黑山 甘井子分队
1. 刘强
""", expect="王建国 李娜 刘强"),
    dict(id="I07-amount-money", shape="AA 50元, 自费", text="""\
#接龙
1. 王建国 AA 50元
2. 李娜 自费
""", expect="王建国 李娜"),
    dict(id="I08-parenthetical-names", shape="王建国（和李娜一起）", text="""\
#接龙
1. 王建国（和李娜一起）
2. 刘强（跟陈静一起来）
""", expect="王建国 李娜 刘强 陈静"),
    dict(id="I09-time-range", shape="8-12点, 下午有空", text="""\
#接龙
1. 王建国 8-12点
2. 李娜 下午有空
""", expect="王建国 李娜"),
    dict(id="I10-minority-names", shape="names without a common surname (阿依古丽, 扎西)", text="""\
#接龙
1. 阿依古丽
2. 扎西 带车
3. 王建国 扎西
""", expect="阿依古丽 扎西:car 王建国"),
]

# A tenth batch, written after the fixes of the ninth (held out again).
LISTS_J: list[dict[str, str]] = [
    dict(id="J01-unit-after-name", shape="单位 after the name (大连理工, 中山医院)", text="""\
#接龙
1. 王建国 大连理工
2. 李娜 中山医院
3. 刘强 消防
""", expect="王建国 李娜 刘强 !大连理工 !中山医院"),
    dict(id="J02-car-model", shape="a car model after the name (哈弗H6, 大众)", text="""\
#接龙
1. 王建国 哈弗H6
2. 李娜 大众朗逸 可坐4人
""", expect="王建国:car 李娜:car"),
    dict(id="J03-dialect", shape="俺也去, 算俺一个", text="""\
#接龙
1. 王建国
刘强：俺也去
陈静：算俺一个
""", expect="王建国 刘强:maybe 陈静:maybe"),
    dict(id="J04-number-words", shape="第一个 王建国? 1号王建国", text="""\
#接龙
1号 王建国
2号 李娜 带车
""", expect="王建国 李娜:car"),
    dict(id="J05-gone-home", shape="已撤, 先撤了 (left during the task)", text="""\
#接龙
1. 王建国 已撤
2. 李娜
""", expect="王建国:any 李娜"),
    dict(id="J06-a-and-b-kids", shape="带儿子女儿", text="""\
#接龙 公益
1. 王建国 带儿子女儿
2. 李娜 带老公和闺女
""", expect="王建国:bring=2 李娜:bring=2"),
    dict(id="J07-two-persons-same-line-car", shape="王建国、李娜 都带车", text="""\
#接龙
1. 王建国、李娜 都带车
""", expect="王建国:car 李娜:car"),
    dict(id="J08-nickname-in-quotes", shape="“老王” 王建国", text="""\
#接龙
1. 王建国“老王”
2. “小李”李娜
""", expect="王建国 李娜 !老王 !小李"),
    dict(id="J09-long-note", shape="a long sentence after the name", text="""\
#接龙
1. 王建国 我下班后直接从单位过去大概八点半能到现场
2. 李娜
""", expect="王建国 李娜"),
    dict(id="J10-all-caps-code", shape="WZ0312王建国 (code glued)", text="""\
#接龙
1. WZ0312王建国
2. 李娜WZ0415 带车
""", expect="王建国 李娜:car"),
]

# Eleventh batch (signup3): written before the earlier batches were read in detail, as a team's
# volunteers write in the group, then graded once before any fix.
LISTS_K: list[dict[str, str]] = [
    dict(id="K01-native-emoji-fullwidth", shape="WeChat 接龙, emojis, full-width spaces, 复姓, plate with ·, 可带3人",
         text="""\
#接龙
12月6日（周六）大黑山 夜间搜救拉练
例：张三 分队 是否带车 电话

1. 王建国　中山分队　🚗带车　13998765432
2. 李娜 👩‍⚕️医疗组
3. 刘洋 金州分队 🚙 辽B·3K829
4. 欧阳明 🙋
5. 司马静 甘井子 开车 可带3人
6. 高山 👍
""", expect="王建国:car 李娜 刘洋:car 欧阳明 司马静:car 高山 !张三"),
    dict(id="K02-repost-correction", shape="list reposted with 改：不去了 and new lines", text="""\
#接龙
周日 星海湾 水域救援培训
例 张三 带车

1. 王伟 带车
2. 周全
3. 陈晓东

#接龙
周日 星海湾 水域救援培训
例 张三 带车

1. 王伟 带车
2. 周全
3. 陈晓东（改：不去了）
4. 孙丽
5. 马小军 +1
""", expect="王伟:car 周全 陈晓东:out 孙丽 马小军:bring=1 !张三"),
    dict(id="K03-signing-up-others", shape="代报, 帮X报, 替爱人报, 带儿子 named", text="""\
#接龙
12.7 旅顺 山地搜寻
1. 赵磊 带车 帮刘洋报一个
2. 刘洋（赵磊代报）
3. 张明 替我爱人黄丽报名
4. 黄丽
5. 郭建 带儿子郭小宇（16岁，已报备）
""", expect="赵磊:car 刘洋 张明 黄丽 郭建 郭小宇"),
    dict(id="K04-quoted-replies", shape="「name：…」 quotes and replies under the list", text="""\
#接龙
12月12日 小窑湾 冰面落水演练
例 张三 分队

1. 王建国 中山
2. 李娜 甘井子
3. 刘强 金州 带车
4. 陈静 医疗

「刘强：我带车，能坐4个」
- - - - - - - - - - - - - - -
李娜和陈静坐我车
「王建国：几点集合？」
- - - - - - - - - - - - - - -
7点半，小窑湾地铁站集合
""", expect="王建国 李娜 刘强:car 陈静 !张三"),
    dict(id="K05-wrapped-by-phone", shape="entries broken over two lines by the phone", text="""\
#接龙
12月8日 夏家河子 落水者搜寻（紧急）
例 张三 中山 带车

1. 王建国 中山 带车 可坐4
人
2. 李娜 甘井子 下午2点后才能
到
3. 刘强 金州 带车 带两名新队
员
4. 陈静
""", expect="王建国:car 李娜:maybe 刘强:car,bring=2 陈静"),
    dict(id="K06-minority-english-dog", shape="· names, English names, a search dog's name", text="""\
#接龙 周日 大连湾 搜救犬训练
1. 阿依古丽·买买提 带犬（黑豹）
2. 扎西 带车
3. Kevin Zhang 带车
4. Mike
5. 吐尔逊·艾力
6. Lily 王丽
7. 热娜
""", expect="阿依古丽·买买提 扎西:car Kevin_Zhang:car Mike 吐尔逊·艾力 王丽|Lily_王丽|Lily 热娜 !黑豹"),
    dict(id="K07-nicknames-full", shape="nicknames, 已满 then 候补", text="""\
#接龙
周六 龙王塘 失联驴友搜寻 限6人
例 张三

1. 老王 带车
2. 小李子
3. 大刘 +1
4. 何雨
5. 杨帆
已满，以下为候补
6. 于洋
7. 曹建华
""", expect="老王:car 小李子 大刘:bring=1 何雨 杨帆 于洋:open 曹建华:open !张三"),
    dict(id="K08-names-are-words", shape="names that are common words, a duty word after", text="""\
#接龙 12.13 山林防火巡护
1. 高山
2. 周全 带车
3. 文明 后勤
4. 金星 待命
5. 方圆 全程
6. 常胜 有车
7. 林海
8. 白云 半天
""", expect="高山 周全:car 文明 金星 方圆 常胜:car 林海 白云"),
    dict(id="K09-sheet-with-phones", shape="a sheet: name squad phone plate, 无 and —", text="""\
12月14日 棒棰岛 水上搜救 报名
序号 姓名 分队 电话 车牌
1 王建国 中山 13812345678 辽B12345
2 李娜 西岗 13987654321 无
3 张伟 沙河口 15840981234 辽BD98765（新能源）
4 刘洋 甘井子 18604113456 —
""", expect="王建国:car 李娜 张伟:car 刘洋"),
    dict(id="K10-times-roles", shape="arrival times, role before the name, 带电台", text="""\
#接龙 明早6:00集合 地点：西安路地铁站C口
例 张三 6:00到 带车

1. 王建国 5:50到 带车（可坐3人）
2. 李娜 6:10到，稍晚
3. 队医 孙静
4. 通讯 马超 带电台
5. 赵磊 只能上午，12点撤
6. 周丽 8点后直接去现场
""", expect="王建国:car 李娜 孙静 马超 赵磊 周丽 !张三"),
    dict(id="K11-messages-after", shape="withdrawal and change of count as chat messages", text="""\
#接龙
周日 大黑山 搜寻
1. 王建国 带车
2. 李娜
3. 刘强
4. 陈静 +2

刘强：不好意思我家里有事去不了了
陈静：我这边改成+1，我对象临时加班
王建国: 车上还有3个空位，需要的私我
""", expect="王建国:car 李娜 刘强:out 陈静:bring=1"),
    dict(id="K12-compound-surnames", shape="复姓, four-character names, brothers on one line", text="""\
#接龙
12月20日 冬季冰面救援培训
例：张三（分队）

1. 欧阳建国（中山）
2. 司马晓晓（西岗）
3. 诸葛明、诸葛远（兄弟俩）
4. 上官婉儿
5. 慕容雪 带车
""", expect="欧阳建国 司马晓晓 诸葛明 诸葛远 上官婉儿 慕容雪:car !张三"),
    dict(id="K13-groups-named", shape="two on a line, / , 带3名新队员：names", text="""\
#接龙 周六 金州 社区应急宣传 需志愿者
1. 王建国
2. 李娜、刘强（夫妻）
3. 孙浩 带孩子（10岁）
4. 周敏/周杰
5. 小组长 马超 带3名新队员：何雨 杨帆 林杰
""", expect="王建国 李娜 刘强 孙浩:bring=1 周敏 周杰 马超 何雨 杨帆 林杰"),
    dict(id="K14-marks", shape="✅ ❌ ✔️ 🤔待定 🚗", text="""\
#接龙 12/21 冬至 敬老院慰问
例 张三

1. 王建国 ✅
2. 李娜 ❌（临时值班）
3. 刘强 ✔️ 带车
4. 陈静 🤔待定
5. 赵磊 💪
6. 吴迪 🚗
""", expect="王建国 李娜:out 刘强:car 陈静:open 赵磊 吴迪:car !张三"),
    dict(id="K15-wechat-emoji-codes", shape="[强] [玫瑰] [抱拳] [OK] as copied from WeChat", text="""\
#接龙
周日上午 海之韵 救生衣捐赠活动
例 张三 +1

1. 王建国[强]
2. 李娜[玫瑰][玫瑰]
3. 刘强 +1[抱拳]
4. [OK]陈静
5. 黄晓明 [呲牙] 带车
""", expect="王建国 李娜 刘强:bring=1 陈静 黄晓明:car !张三"),
]

# Twelfth batch (signup3): written after the fixes of batch K, before running the reader on it (held out).
LISTS_L: list[dict[str, str]] = [
    dict(id="L01-squad-tags-masked-phones", shape="【squad】 before the name, last four digits, 138****5678, （女）",
         text="""\
#接龙
12月27日 登沙河 冰上救援实训
例：张三 【分队】 电话后四位

1. 【中山】王建国 5678
2. 【甘井子】李娜 1234 带车
3. 【金州】欧阳志远 9012
4. 孙悦（女）138****5678
""", expect="王建国 李娜:car 欧阳志远 孙悦 !张三"),
    dict(id="L02-changes-in-line", shape="不去了 in brackets, 改为带车, → 改成周日去, 补：带车", text="""\
#接龙
周六 大黑山 夜巡
1. 王建国
2. 李娜 （不去了，家里有事）
3. 刘强 改为带车
4. 陈静 → 改成周日去
5. 杨帆 补：带车
""", expect="王建国 李娜:out 刘强:car 陈静:open 杨帆:car"),
    dict(id="L03-signing-for-others", shape="writer's name at the end, 帮同事报, +闺蜜小美", text="""\
#接龙 元旦 滨海路 徒步巡护
1. 马超
2. 我和老公 —— 周敏
3. 帮我同事林杰报一个（他没进群）—— 高峰
4. 何雨+闺蜜小美
""", expect="马超 周敏:bring=1 林杰 高峰:any 何雨 小美"),
    dict(id="L04-keycap-numbers", shape="1️⃣ … 9️⃣ 🔟 numbering", text="""\
#接龙
周日 金石滩 海岸线搜寻
1️⃣ 王建国
2️⃣ 李娜
3️⃣ 刘强 带车
4️⃣ 陈静
5️⃣ 杨帆
6️⃣ 何雨
7️⃣ 马超
8️⃣ 林杰
9️⃣ 孙浩
🔟 周敏
""", expect="王建国 李娜 刘强:car 陈静 杨帆 何雨 马超 林杰 孙浩 周敏"),
    dict(id="L05-spaced-two-char-names", shape="two-character names spaced to align (王 伟, 李　娜)", text="""\
#接龙
12月29日 旅顺 南子弹库 山地搜救
1. 王 伟 带车
2. 李　娜
3. 欧阳晓峰
4. 张 敏 金州
""", expect="王伟:car 李娜 欧阳晓峰 张敏"),
    dict(id="L06-numbered-requirements-first", shape="a numbered list of requirements before the sign-up", text="""\
【出队通知】
金州区大魏家 老人走失
要求：
1. 带头灯、雨衣
2. 穿队服
3. 18:30前到集合点
接龙：
1. 王建国 带车
2. 李娜
3. 刘强
""", expect="王建国:car 李娜 刘强 !头灯 !雨衣 !穿队服"),
    dict(id="L07-minority-dots", shape="names with • ． - and long names without a dot", text="""\
#接龙 周六 体能测试
1. 迪丽热巴•迪力木拉提
2. 次仁多吉
3. 格桑卓玛 带车
4. 阿卜杜热西提．买买提
5. 木合塔尔-艾山
""", expect="迪丽热巴•迪力木拉提|迪丽热巴·迪力木拉提 次仁多吉 格桑卓玛:car 阿卜杜热西提．买买提|阿卜杜热西提·买买提 "
           "木合塔尔-艾山|木合塔尔·艾山"),
    dict(id="L08-english-mixed", shape="English names alone, with a surname, glued after a Chinese name, upper case",
         text="""\
#接龙
1. Jason
2. Amy Liu 带车
3. 王磊Leo
4. Cindy（医疗）
5. ZHANG Wei
""", expect="Jason Amy_Liu:car 王磊 Cindy ZHANG_Wei|Zhang_Wei"),
    dict(id="L09-hours", shape="hours after names: 07:00-12:00, 全天, 半天（上午）, 晚上8点后", text="""\
#接龙 周日 社区防汛值守
1. 王建国 07:00-12:00
2. 李娜 全天
3. 刘强 半天（上午）
4. 陈静 晚上8点后
5. 周全 全天
""", expect="王建国 李娜 刘强 陈静 周全"),
    dict(id="L10-final-list", shape="【最终名单】 reposted with the absent deleted", text="""\
#接龙
周日 棒棰岛 海上搜寻
1. 王建国 带车
2. 李娜
3. 刘强
4. 陈静 带车

【最终名单】（请假的已删除）
1. 王建国 带车
2. 刘强
3. 陈静 带车
""", expect="王建国:car 李娜:out 刘强 陈静:car"),
    dict(id="L11-grouped-by-squad", shape="【squad】 headings, numbering restarting in each", text="""\
#接龙 12.28 联合演练
【中山分队】
1. 王建国
2. 李娜
【西岗分队】
1. 刘强
2. 陈静 带车
【金州分队】
1. 孙浩 +1
""", expect="王建国 李娜 刘强 陈静:car 孙浩:bring=1"),
    dict(id="L12-emoji-words", shape="🙋‍♀️ 👌 🆗 😂有事去不了 🈶车 🈚车", text="""\
#接龙
周六 夏家河子 水上救援
1. 李娜🙋‍♀️ 我去我去
2. 王建国👌
3. 刘强 🆗
4. 陈静 😂有事去不了
5. 杨帆 🈶车
6. 何雨 🈚车
""", expect="李娜 王建国 刘强 陈静:out 杨帆:car 何雨"),
    dict(id="L13-name-and-nickname", shape="王建国（老王）, 李娜/娜姐, 大刘（刘强）", text="""\
#接龙
周日 西山水库 搜寻
1. 王建国（老王）
2. 李娜/娜姐
3. 大刘（刘强）带车
""", expect="王建国 李娜 刘强|大刘:car !老王 !娜姐"),
    dict(id="L14-riding-together", shape="坐李娜的车, 蹭车, 和刘强一起 (all listed)", text="""\
#接龙
周六 大黑山
1. 李娜 带车
2. 王建国 坐李娜的车
3. 刘强 蹭车
4. 陈静 和刘强一起
""", expect="李娜:car 王建国 刘强 陈静"),
]
