"""万众救援台 (Wanzhong Rescue Desk): records of the Dalian Wanzhong Emergency Rescue Team."""

__version__ = "0.1.0"
APP_NAME = "wz-desktop"
APP_TITLE = "万众救援台"
ORG_NAME = "Wanzhong"


def _sqlite_utils_without_pandas() -> None:
    """sqlite-utils imports pandas as it is imported, when pandas is installed (to store pandas
    values, which this application never passes): a second or more at every start of the window.
    pandas is for the research dataset only (``wz_desktop/dataset.py`` imports it when it is used),
    so sqlite-utils is imported here with pandas out of its sight; pandas imports normally later."""
    import importlib.abc
    import sys

    if "sqlite_utils" in sys.modules or "pandas" in sys.modules:
        return

    class _NoPandas(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "pandas" or name.startswith("pandas."):
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    blocker = _NoPandas()
    sys.meta_path.insert(0, blocker)
    try:
        import sqlite_utils.db  # noqa: F401
    except ImportError:
        pass
    finally:
        sys.meta_path.remove(blocker)


_sqlite_utils_without_pandas()
