"""A third blind trial of personal data (written before reading the earlier trials' sentences):
task summaries, remarks and squad cells as the secretaries type them, with personal data in shapes
of their own — phones grouped oddly or half in Chinese numerals, a phone's last four digits (尾号),
extension numbers (转8), bank cards, birthdays, plates with 学/警 or a new-energy letter, ids with
spaces, WeChat ids without digits, e-mail with # for @, names before an age or a phone, in lists,
with a health detail beside them, nicknames (老李头), addresses to the room.

Each entry: (class, text, the spans that are personal). ``CLEAN`` are texts that must stay as they
are: places (some led by a surname's character: 黄河路, 周水子, 李家街道), squads, kinds of work,
times, counts, equipment (IC-V86电台), event numbers.

``HELD_OUT`` is the second batch, written after the fixes without looking at their results first.
"""
from __future__ import annotations

SENTENCES: list[tuple[str, str, list[str]]] = [
    # --- phones in shapes of their own ---
    ("phone", "联系人王某某 139 4113 5678，到达后电话联系", ["139 4113 5678"]),
    ("phone", "报警人：刘女士，电话139-4113-5679，称其父亲早上外出未归", ["139-4113-5679", "刘女士"]),
    ("phone", "家属李先生手机１３９４１１３５６８０，请值班秘书回电", ["１３９４１１３５６８０", "李先生"]),
    ("phone", "求助人电话一三九四一一三五六八三，口述位置在老虎滩附近", ["一三九四一一三五六八三"]),
    ("phone", "小区物业座机84661235转806，夜间无人接听", ["84661235"]),
    ("phone", "电话139 41 13 56 85，打不通就发短信", ["139 41 13 56 85"]),
    ("phone", "报警人手机 139.4113.5687 / 座机 0411 8466 1236", ["139.4113.5687", "0411 8466 1236"]),
    ("phone", "家属留电话：幺三九 四幺幺三 五六八八", ["幺三九 四幺幺三 五六八八"]),
    ("phone", "电话是139四一一三5691，晚上八点以后打", ["139四一一三5691"]),
    ("phone", "伤者张某（男，67岁）右腿骨折，联系其女儿，手机尾号5682", ["5682"]),
    ("phone", "机主陈建华，手机号后四位5692，已关机", ["陈建华", "5692"]),
    ("phone", "(0411)84661237 王阿姨家，老人常去", ["(0411)84661237", "王阿姨"]),
    # --- ids, bank cards, birthdays ---
    ("id", "伤者身份证号210202195803124417，已交医院", ["210202195803124417"]),
    ("id", "走失人员身份证 210202 19470715 232X，户籍中山区", ["210202 19470715 232X"]),
    ("id", "老身份证号210203470715231（15位）", ["210203470715231"]),
    ("id", "银行卡号6222 0204 1100 3345 678，用于报销油费", ["6222 0204 1100 3345 678"]),
    ("id", "报销打款至工行卡6212260402001234567（队员周文涛）", ["6212260402001234567", "周文涛"]),
    ("birthday", "出生日期：1958-03-12，无业，独居", ["1958-03-12"]),
    ("birthday", "走失者生日1947年7月15日，属猪", ["1947年7月15日"]),
    # --- plates ---
    ("plate", "私家车辽B·12345送伤者至医院", ["辽B·12345"]),
    ("plate", "车牌辽B 1234学，教练车协助运输物资", ["辽B 1234学"]),
    ("plate", "新能源车辽BD12345停在星海广场北侧", ["辽BD12345"]),
    ("plate", "肇事车辆辽b 6k2m8已驶离现场", ["辽b 6k2m8"]),
    ("plate", "警车辽B·0358警到场协助", ["辽B·0358警"]),
    # --- WeChat, QQ, e-mail ---
    ("wechat", "家属微信：liu_mama1975，已加好友", ["liu_mama1975"]),
    ("wechat", "QQ 2837465910 / 邮箱 zhangwei1980#163.com", ["2837465910", "zhangwei1980#163.com"]),
    ("wechat", "照片发到 wzjy_dalian#qq.com（#换成@）", ["wzjy_dalian#qq.com"]),
    ("wechat", "vx号 sunny-0411 联系报名", ["sunny-0411"]),
    ("wechat", "报名加微信号：wangxiaomei，备注姓名", ["wangxiaomei"]),
    ("wechat", "企鹅号384756291，群里发过定位", ["384756291"]),
    # --- names in every position ---
    ("name", "伤者欧阳明月（女，34岁）脚踝扭伤，已送医", ["欧阳明月"]),
    ("name", "走失者阿依努尔·买买提，维吾尔族，23岁", ["阿依努尔·买买提"]),
    ("name", "外籍游客 John Miller 在老虎滩落水，已救起", ["John Miller"]),
    ("name", "老李头今早又去赶海，至今未回", ["老李头"]),
    ("name", "小王和小赵负责搜索东侧山坡", ["小王", "小赵"]),
    ("name", "失踪男孩名字叫刘子涵，12岁，穿红色校服", ["刘子涵"]),
    ("name", "报警人为其邻居赵秀兰", ["赵秀兰"]),
    ("name", "请联系谭振华13941135693，他知道路", ["谭振华", "13941135693"]),
    ("name", "队员：郑文博、钱思远、冯雪梅，共3人", ["郑文博", "钱思远", "冯雪梅"]),
    ("name", "由队长宋立军带队，6人出队", ["宋立军"]),
    ("name", "家属（儿子）：马建国 电话13941135694", ["马建国", "13941135694"]),
    ("name", "患者于海燕，女，56岁，有高血压、糖尿病史", ["于海燕"]),
    ("name", "郭玉珍72岁，独居，邻居发现其两天未出门", ["郭玉珍"]),
    ("name", "寻找张桂英老人，穿灰色外套，拄拐杖", ["张桂英"]),
    ("name", "王建国、李秀英夫妇在棒棰岛走散", ["王建国", "李秀英"]),
    ("name", "队员韩梅有哮喘，出队备好药", ["韩梅"]),
    ("name", "被困者巴雅尔图（蒙古族）已联系上", ["巴雅尔图"]),
    ("name", "老人的小名叫栓柱，喊小名才答应", ["栓柱"]),
    ("name", "联系人：Zhang Lei，英语交流", ["Zhang Lei"]),
    ("squad", "中山分队 带队：邹海涛", ["邹海涛"]),
    ("squad", "西岗分队（老周带队）", ["老周"]),
    # --- addresses ---
    ("address", "老人叫陈德胜，住中山区人民路23号3单元502", ["陈德胜", "23号3单元502"]),
    ("address", "家住锦绣小区7栋201，走失地点在小区门口", ["7栋201"]),
    ("address", "地址：西岗区八一路196-3号", ["196-3号"]),
    ("address", "甘井子区红旗西路88号A座1506，公司前台", ["88号A座1506"]),
    ("address", "送回至沙河口区春柳街道兴工街12-1-3", ["12-1-3"]),
]

# Texts that are not personal: kept exactly, and the check refuses none of them.
CLEAN: list[str] = [
    "星海广场至老虎滩沿线巡逻，6人2车",
    "IC-V86电台2部，备用电池4块",
    "事件编号WZ2024-0137，水上救援，19:40出队",
    "中山分队、西岗分队联合搜索，用时3小时20分",
    "无人机DJI M30T起飞2架次，热成像搜索",
    "与110指挥中心对接，120救护车到场",
    "培训：绳索技术，参训队员18人",
    "凌晨2点收队，车辆加油230元",
    "海上搜救，冲锋舟1艘，救生衣12件",
    "金石滩浴场防溺水值守，9:00-17:00",
    "配合派出所寻找走失老人，已找到，送回家中",
    "沙河口区马栏广场集合，03号车出发",
    "棒棰岛附近礁石区搜索，潮位1.2米",
    "步云山登山道东侧，海拔约450米处",
    "安全员检查装备：头盔、安全带、主锁各10套",
    "出队人数：15人（含新队员3人）",
    "车辆：大通V80 1台，帕杰罗1台",
    "气温零下5度，风力6级，能见度差",
    "2024年3月12日 14:30 接警，15:10出队",
    "累计搜索面积约2.5平方公里，发现可疑衣物1件",
    "李家街道办协助疏散群众",
    "周水子机场附近接应队员",
    "黄河路与长江路交汇处集合",
    "万达广场门口设点宣传防溺水",
    "夏家河子海水浴场巡逻2小时",
    "高新园区七贤岭公交站集合",
    "任务完成率100%，无人员受伤",
    "对讲机频道146.520，备用频道2",
]

# The held-out batch: written after the fixes above, before running anything on it.
HELD_OUT: list[tuple[str, str, list[str]]] = [
    ("phone", "报警人称手机号为 1 3 9 4 1 1 3 7 7 0 2（逐位念）", ["1 3 9 4 1 1 3 7 7 0 2"]),
    ("phone", "值班室座机：0411－82776543（全角横线）", ["0411－82776543"]),
    ("phone", "家属说号码是139 四一一三 7703，信号差", ["139 四一一三 7703"]),
    ("phone", "联系方式：尾数7704（机主本人）", ["7704"]),
    ("phone", "tel:+86-139-4113-7705 找刘姐", ["+86-139-4113-7705", "刘姐"]),
    ("id", "身份证：21020219620304551x", ["21020219620304551x"]),
    ("id", "建行卡 6217 0000 1234 5678 901 户名许文静", ["6217 0000 1234 5678 901", "许文静"]),
    ("birthday", "生于1962.03.04，籍贯山东", ["1962.03.04"]),
    ("birthday", "出生年月：1975年6月，退休教师", ["1975年6月"]),
    ("plate", "车辆 辽B-D67890 新能源，停放在老虎滩停车场", ["辽B-D67890"]),
    ("plate", "吉A·5G7K9 外地车陷入沙滩", ["吉A·5G7K9"]),
    ("wechat", "微信号 dl_boat_88，拉进现场群", ["dl_boat_88"]),
    ("wechat", "邮箱：li.hong(at)126.com", ["li.hong(at)126.com"]),
    ("wechat", "QQ号码:  55667788", ["55667788"]),
    ("name", "失联驴友慕容雪（女，29岁）最后定位在大黑山", ["慕容雪"]),
    ("name", "求助者为外籍人士 Anna Petrova，俄语", ["Anna Petrova"]),
    ("name", "小孙子豆豆跑丢了，奶奶在星海广场等", ["豆豆"]),
    ("name", "刘大爷和老伴儿在海边散步时走散", ["刘大爷"]),
    ("name", "带队队长：孔令辉；安全员：曹颖", ["孔令辉", "曹颖"]),
    ("name", "热依拉·艾山，女，走失时穿紫色外套", ["热依拉·艾山"]),
    ("name", "经询问，落水者系潘志强（45岁），已送中心医院", ["潘志强"]),
    ("name", "申请人：杜鹃；审核：陈立", ["杜鹃", "陈立"]),
    ("name", "王淑芬73岁有心脏病，出门未带药", ["王淑芬"]),
    ("name", "小宋、小冯两人负责通讯", ["小宋", "小冯"]),
    ("name", "伤员姓名：温柔，女", ["温柔"]),
    ("address", "住址：金州区友谊街道双D港小区15号楼2单元301", ["15号楼2单元301"]),
    ("address", "家住西岗区长春路157-9号", ["157-9号"]),
    ("address", "送至甘井子区泉水A区3栋", ["3栋"]),
    ("squad", "沙河口分队（联系人：雷鸣）", ["雷鸣"]),
]

HELD_OUT_CLEAN: list[str] = [
    "老虎滩公园东门集合，冲锋舟2艘",
    "星海湾大桥下水域搜索，潜水员2名",
    "事件编号DL2025-0042，城市搜救",
    "Motorola对讲机6部充电",
    "李家村山火扑救，出动30人",
    "常规训练：心肺复苏、AED使用",
    "回访家属，情绪稳定",
    "高速路口设卡，协助交警",
    "金石滩沙滩巡逻，发现走失儿童1名，已交民警",
    "凌晨3:20收队，全员安全",
    "周边村民协助搜山",
    "万家岭方向搜索，无果",
]

# --- grading: a span is left when it stands in the text as it is, or when its digits (in any hand)
# stand among the text's digits, or (Latin) in another case ---------------------------------------
_DIGITS = dict(zip("0123456789０１２３４５６７８９〇零一二三四五六七八九幺洞",
                   "0123456789" * 2 + "00123456789" + "10"))


def digits_only(text: str) -> str:
    return "".join(_DIGITS[c] for c in text if c in _DIGITS)


def leaks(masked: str, fragments: list[str]) -> list[str]:
    """The personal spans that ``masked`` still gives away."""
    left = []
    for f in fragments:
        d = digits_only(f)
        if f in masked or (f.isascii() and f.lower() in masked.lower()) \
                or (len(d) >= 4 and d in digits_only(masked)):
            left.append(f)
    return left


def build_workbook(path, entries: list[tuple[str, str, list[str]]], clean: list[str], year: int) -> list[str]:
    """A six-sheet workbook of the team's form with each entry as a task's summary or remarks (a
    ``squad`` entry as the squad cell), a clean text beside it, and the clean texts as tasks of
    their own. Returns every personal span it holds."""
    import datetime as dt

    from openpyxl import Workbook

    header = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
    names = ["水上救援", "城市搜救", "山地救援", "培训保障", "疫情防控", "队伍整备与设备保养"]
    wb = Workbook()
    wb.remove(wb.active)
    sheets = [wb.create_sheet(n) for n in names]
    for ws in sheets:
        ws.append(header)
    day, n, fragments = dt.datetime(year, 1, 1, 9, 0), 0, []
    for k, (kind, text, frags) in enumerate(entries):
        n += 1
        day += dt.timedelta(hours=29)
        other = clean[k % len(clean)]
        summary, remarks = (text, other) if k % 2 else (other, text)
        squads = "中山分队"
        if kind == "squad":
            summary, remarks, squads = other, "", text
        sheets[k % len(sheets)].append([f"{year}{n:04d}", summary, day, 6, 2, squads, remarks])
        fragments += frags
    for text in clean:
        n += 1
        day += dt.timedelta(hours=29)
        sheets[0].append([f"{year}{n:04d}", text, day, 10, 2, "西岗分队", "无"])
    wb.save(path)
    return fragments
