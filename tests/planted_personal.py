"""Personal data planted the ways secretaries write it: sentences for summaries and remarks, and raw
cells (counts, departure, squads, event numbers) as the importer keeps them. Each entry is the text
and the fragments that must not be in any shared output. Written for the tests, apart from the
masking code (wz_desktop/domain/anonymize.py); bench/anonymize_names.py measures the segmenter on
the names among them.

KNOWN_* are the names the test database holds (members, callers, users); the rest nobody recorded.
"""
from __future__ import annotations

# members of the roster, a caller of a call, a user (the test database puts them there)
KNOWN_MEMBERS = ["韩立新", "禤志坚", "亓小雨", "乔振宇"]
KNOWN_CALLERS = ["勾丽娟", "晁明"]
KNOWN_USERS = ["陈静"]
KNOWN_NAMES = KNOWN_MEMBERS + KNOWN_CALLERS + KNOWN_USERS

# (text, fragments that must be gone, kind of each fragment)
SENTENCES: list[tuple[str, list[str]]] = [
    # phones in every shape
    ("金州区老人走失，家属电话138 0411 2233，请速联系", ["138 0411 2233"]),
    ("回拨139-4115-6677核实属实", ["139-4115-6677"]),
    ("报警人留的号码是186.4088.1234，已回访", ["186.4088.1234"]),
    ("联系方式：(+86)13304112345，夜间勿扰", ["13304112345"]),
    ("求助人手机0086 15904116789", ["15904116789"]),
    ("值班秘书回拨＋８６ １３７９８８７６５４３", ["１３７９８８７６５４３"]),
    ("家属手机一三九八六五四三二一零，已安抚", ["一三九八六五四三二一零"]),
    ("电话幺三八零四一一二二三三（报警人）", ["幺三八零四一一二二三三"]),
    ("座机0411-84661234转3号分机", ["0411-84661234", "84661234"]),
    ("派出所座机（0411）8233 5566协调", ["8233 5566"]),
    ("联系电话：0411.8765.4321", ["8765.4321"]),
    ("手机 158 4111 2222 / 微信同号", ["158 4111 2222"]),
    # resident ID numbers
    ("走失老人身份证号210203195405121234，已报派出所", ["210203195405121234"]),
    ("身份证 2102 0319 8807 0412 3X 已核对", ["2102 0319 8807 0412 3X"]),
    ("证件号码：210211 19900101 002x", ["210211 19900101 002x"]),
    ("旧身份证号210202540512123登记", ["210202540512123"]),
    # vehicle plates
    ("救援车吉B6K2M7停于路口", ["B6K2M7"]),
    ("肇事车辆辽B6K2M7逃逸", ["辽B6K2M7", "B6K2M7"]),
    ("队员私家车辽B·7Q3D1参与转运", ["辽B·7Q3D1", "7Q3D1"]),
    ("新能源车辽BD12345被困水中", ["辽BD12345", "D12345"]),
    ("车牌 辽 B 88A66 的车主联系不上", ["88A66"]),
    ("京A·F0236号车辆落水", ["F0236"]),
    # e-mail, WeChat, QQ
    ("照片已发至 liuqiang_dl@163.com 备查", ["liuqiang_dl@163.com", "liuqiang_dl"]),
    ("家属微信号：wxid_k8s2m9q1，已拉群", ["wxid_k8s2m9q1", "k8s2m9q1"]),
    ("加微信 dalian-wang88 了解情况", ["dalian-wang88"]),
    ("报警人QQ：1234567890", ["1234567890"]),
    ("家属QQ号 87654321 留言求助", ["87654321"]),
    ("走失者微信 zhang_min1990", ["zhang_min1990"]),
    # addresses down to building, unit and room
    ("老人家住中山区星海湾小区5号楼1单元302", ["5号楼1单元302"]),
    ("送回沙河口区兴工街8-2-601室", ["8-2-601"]),
    ("住甘井子区华北路123号3栋2单元1101室", ["123号", "3栋2单元1101"]),
    ("被困于西岗区某小区12号楼3单元502室内", ["12号楼3单元502"]),
    ("地址：高新区七贤岭学苑小区A座1506", ["A座1506"]),
    # relatives and named people nobody recorded
    ("其女张敏称老人患有阿尔茨海默症", ["张敏"]),
    ("家属：刘强，称其父凌晨外出未归", ["刘强"]),
    ("老伴王桂兰报警，称老人晨练未归", ["王桂兰"]),
    ("走失人员：宓秀珍，女，78岁", ["宓秀珍"]),
    ("一名叫訾建军的男子在礁石上被困", ["訾建军"]),
    ("笪红梅报警称其子落水", ["笪红梅"]),
    ("驴友佴海涛等3人在大黑山迷路", ["佴海涛"]),
    ("其子赵宏伟驾车赶到现场配合搜寻", ["赵宏伟"]),
    ("家属 孙丽华 到场确认身份", ["孙丽华"]),
    ("失踪者名叫郜文博，身穿红色外套", ["郜文博"]),
    ("老人邸凤英走失，其女邸晓燕求助", ["邸凤英", "邸晓燕"]),
    ("男孩亢子轩落水，已送医", ["亢子轩"]),
    ("感谢热心市民谭志勇提供线索", ["谭志勇"]),
    ("由被困者妻子林小梅报警", ["林小梅"]),
    ("被救者栾永福已送至医院", ["栾永福"]),
    # names the database knows, wherever they are
    ("队员韩立新带队，禤志坚驾驶", ["韩立新", "禤志坚"]),
    ("亓小雨负责现场记录", ["亓小雨"]),
    ("乔振宇、韩立新两人先行", ["乔振宇", "韩立新"]),
    ("勾丽娟再次来电询问进展", ["勾丽娟"]),
    ("据晁明讲述，其母已失联两天", ["晁明"]),
    ("值班秘书陈静核实后派队", ["陈静"]),
    # all at once
    ("其女张敏（电话186 4111 0000，微信zm_0411）称老人住金州区友谊街道3号楼2单元501，车牌辽B·5T8K2",
     ["张敏", "186 4111 0000", "zm_0411", "3号楼2单元501", "5T8K2"]),
]

# Texts that hold nothing personal: they must come out unchanged (the team's own words among them)
CLEAN: list[str] = [
    "甘井子分队12名队员出动，配合消防搜救",
    "中山区一名男子欲轻生，配合派出所现场处置",
    "金州区80岁老人外出未归，110指挥中心指令协助寻找",
    "沙河口分队、西岗分队联合训练，队员考核合格",
    "城山驴友迷路被困，群众求助",
    "2023年共出队12次，行程300公里",
    "大黑山搜救，队员张开搜索线",
    "星海公园海边救起一名落水儿童",
    "某化工企业应急救护培训（心肺复苏+AED）",
    "旅顺口区老铁山搜救，出动车辆3台",
    "应急救护培训，学员45人",
    "水上救援队在棒棰岛训练",
]

# Raw cells the importer kept as text (counts, departure, squads, event numbers)
RAW_CELLS: list[tuple[str, str, list[str]]] = [
    # (column, raw text, fragments)
    ("headcount", "12人（韩立新带队）", ["韩立新"]),
    ("headcount", "约20人 联系人13804112233", ["13804112233"]),
    ("vehicles", "3台 含辽B6K2M7", ["B6K2M7"]),
    ("vehicles", "私家车2（禤志坚）", ["禤志坚"]),
    ("departure", "5月3日晚 晁明来电后", ["晁明"]),
    ("departure", "凌晨 报警人139 0411 7788", ["139 0411 7788"]),
    ("squads", "甘井子分队(乔振宇)", ["乔振宇"]),
    ("squads", "沙河口分队 亓小雨", ["亓小雨"]),
    ("event_no", "WZ2023-报警人勾丽娟", ["勾丽娟"]),
]
