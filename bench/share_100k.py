"""The anonymised workbook's plan of a big database, timed: every cell masked and checked
(``services.exports.prepare_share``, what ``export --anonymize`` and the window do before writing).
Run on a copy of the database (it is opened read-only), before and after a change, alternately:

    PYTHONPATH=<tree> python bench/share_100k.py COPY.db YEAR
"""
import sys
import time

from wz_desktop.services.exports import prepare_share
from wz_desktop.services.session import SYSTEM_SESSION
from wz_desktop.store.opening import open_checked


def main() -> None:
    db, year = sys.argv[1], int(sys.argv[2])
    store = open_checked(db, write=False, create=False)
    try:
        from wz_desktop.domain.anonymize import load_dictionary
        load_dictionary()
        start = time.perf_counter()
        cpu = time.process_time()
        plan = prepare_share(store, year, session=SYSTEM_SESSION)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        store.close()
    print(f"{len(plan.rows)} tasks: {wall:.1f} s wall, {cpu:.1f} s CPU; cells changed {len(plan.changes)}, "
          f"refused {len(plan.refused)}, unsure {len(plan.unsure)}")


if __name__ == "__main__":
    main()
