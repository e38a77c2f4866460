"""Leaks and over-masking on the fresh texts (tests/fresh_personal.py), per class: what the masking
leaves and what the independent check alone would miss. Run: PYTHONPATH=. python bench/privacy_fresh.py"""
import sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1] / "tests"))
from fresh_personal import SENTENCES, CLEAN, RAW_CELLS
import planted_personal
from test_privacy_fresh import leftovers
from wz_desktop.domain.anonymize import Masker
from wz_desktop.domain.privacy_check import PrivacyChecker
TEAM = ["甘井子分队", "沙河口分队", "西岗分队", "中山分队", "甘井子区"]
m = Masker((), TEAM)
c = PrivacyChecker((), TEAM)
classes = [("phones", 0, 9), ("ids", 9, 13), ("rare/compound/minority/latin names", 13, 24), ("nicknames", 24, 29),
           ("relatives", 29, 33), ("addresses", 33, 39), ("plates", 39, 42), ("wechat/qq/email", 42, 49), ("age+name+place", 49, 53),
           ("second round (names, phones, plates, e-mail, ids)", 53, 63)]
tot = 0
totc = 0
for name, a, b in classes:
    leak = [t for t, f in SENTENCES[a:b] if leftovers(m.mask(t).text, f)]
    unref = [t for t, f in SENTENCES[a:b] if not [p for p in c.problems(t) if p[2]]]
    tot += len(leak)
    totc += len(unref)
    print(f"{name:40s} texts {b-a:2d}  leak after masking {len(leak):2d}   check-alone misses {len(unref):2d}")
leak = [t for col, t, f in RAW_CELLS if leftovers(m.mask_cell(col, t).text, f, col == "event_no")]
unref = [t for col, t, f in RAW_CELLS if not [p for p in c.problems(t) if p[2]]]
print(f"{'raw cells':40s} texts {len(RAW_CELLS):2d}  leak after masking {len(leak):2d}   check-alone misses {len(unref):2d}")
print("total leaking", tot + len(leak), "of", len(SENTENCES) + len(RAW_CELLS), "; check misses", totc + len(unref))
nick = ["队员在小区门口集合，3小时后返回", "小车2台、老师1人随行", "师姐带队训练", "老乡指路，小路难行", "安保队员20人，温泉附近巡逻", "西门外集合，南宫路口等候", "东方明珠小区门口", "队员小车2台"]
allclean = CLEAN + nick + planted_personal.CLEAN
over = [t for t in allclean if m.mask(t).text != t]
refused = [t for t in allclean if [p for p in c.problems(t) if p[2]]]
print("over-masked", len(over), "of", len(allclean), over, "; check refuses clean", len(refused), refused)
