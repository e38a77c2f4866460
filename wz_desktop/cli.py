"""The command line: ``wz-desktop [--db PATH] [--demo] [--lang zh_CN|en] [COMMAND ...]``.

With no command it opens the window. Bad input gets a clear message and a non-zero exit, never a
traceback, and leaves the database untouched.

Messages for people follow the language: ``--lang`` when given, else the language chosen in the
settings (``ui/language``, as the window reads it), else Chinese. They are written as
``msg("…")`` (Chinese; ``resources/translations/extract.py`` puts them in the .ts, context
``"Domain"``) and printed by :func:`say`, which renders them, and the messages of the store and the
workbooks carried by exceptions, with :func:`text`: in Chinese as they are, in English translated
by our .qm installed on a ``QCoreApplication`` (QtCore only: no window, no display).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from wz_desktop import APP_TITLE, __version__
from wz_desktop.config import paths
from wz_desktop.domain.text import SEMICOLON, joined, msg, render, word
from wz_desktop.domain.words import TEAM_NAME

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

log = logging.getLogger(__name__)


# --- the language of the messages ----------------------------------------------------------------

_language = DEFAULT_LANGUAGE
_translators: list = []  # the QTranslators installed for English (kept alive)
_application = None  # the QCoreApplication made here for English, if one was needed
_argv: list[str] = []  # the arguments main() parses (a usage error needs --lang before parsing ends)


def configured_language() -> str:
    """The language chosen in the settings (the window's ``ui/language``), 'zh_CN' without one.

    Reads the settings file the window writes, with the window's own function, without creating
    the data folder when there is no settings file yet."""
    try:
        from PySide6.QtCore import QSettings

        from wz_desktop.ui.settings import configured_language as read_language
        from wz_desktop.ui.settings import settings_path

        path = settings_path()
        if not path.is_file():
            return DEFAULT_LANGUAGE
        return read_language(QSettings(str(path), QSettings.Format.IniFormat))
    except Exception:  # a settings file that cannot be read: Chinese
        log.exception("reading the language setting")
        return DEFAULT_LANGUAGE


def _language_in(argv: list[str]) -> str | None:
    """``--lang`` among arguments that did not parse (a usage error)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def use_language(language: str | None, *, gui: bool = False) -> str:
    """Print messages in ``language`` ('zh_CN' or 'en'; None: the settings'). For English our .qm
    is installed on the running Qt application, or on a QCoreApplication made here (a
    QGuiApplication with ``gui``: the PDF report needs one). Returns the language used."""
    global _language, _application
    language = language if language in LANGUAGES else configured_language()
    _language = language
    if language != "en":
        _remove_translators()
        return language
    if _translators:
        return language
    from PySide6.QtCore import QCoreApplication, QTranslator

    from wz_desktop.config import resources_dir

    app = QCoreApplication.instance()
    if app is None:
        if gui:
            from wz_desktop.report import ensure_gui_application

            app = _application = ensure_gui_application()
        else:
            app = _application = QCoreApplication([sys.argv[0] if sys.argv else "wz-desktop"])
    translator = QTranslator(app)
    if translator.load("wz_desktop_en", str(resources_dir() / "translations")):
        app.installTranslator(translator)
        _translators.append(translator)
    else:  # the messages stay Chinese
        log.warning("translation wz_desktop_en not found in %s", resources_dir() / "translations")
    return language


def _remove_translators() -> None:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() if _translators else None
    for translator in _translators:
        if app is not None:
            app.removeTranslator(translator)
    _translators.clear()


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def text(obj: Any) -> str:
    """A message (a ``msg`` Text, an exception carrying one, anything) in the language in use: in
    Chinese exactly ``str(obj)`` (the identity), in English translated (its arguments too)."""
    if _language != "en":
        return str(obj)
    return render(obj, _translate)


def say(obj: Any, file=None, flush: bool = False) -> None:
    """Print a message for people (stdout unless ``file``) in the language in use."""
    print(text(obj), file=file if file is not None else sys.stdout, flush=flush)


def fail(obj: Any) -> None:
    """An error for people on stderr: "错误：" and the message (an exception's Text translated too)."""
    say(msg("错误：{error}", error=obj), file=sys.stderr)


class ChineseArgumentParser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own messages are English; say it in Chinese
        self.print_usage(sys.stderr)
        if use_language(_language_in(_argv)) == "en":
            fail(message)
            sys.exit(EXIT_USAGE)
        translations = {
            "the following arguments are required": "缺少必需的参数",
            "unrecognized arguments": "无法识别的参数",
            "invalid int value": "不是有效的整数",
            "invalid choice": "无效的选项",
            "expected one argument": "需要一个参数值",
            "one of the arguments": "以下参数必须给出一个：",
            " is required": "",
            "not allowed with argument": "不能同时使用参数",
        }
        for en, zh in translations.items():
            message = message.replace(en, zh)
        print(msg("错误：{message}", message=message), file=sys.stderr)
        sys.exit(EXIT_USAGE)


def window_only(argv: list[str]) -> bool:
    """Whether ``argv`` only opens the window (``--db PATH``, ``--demo``, ``--lang``, ``--self-test``):
    then the commands' parsers need not be built (a part of the window's start). Anything else, a
    command, ``--help``, a typo, goes to the whole parser, which says what is wrong."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in ("--demo", "--self-test") or arg.startswith(("--db=", "--lang=")):
            continue
        if arg in ("--db", "--lang") and rest and not rest[0].startswith("-"):
            rest.pop(0)
            continue
        return False
    return True


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without ``commands`` only the window's options (``window_only``)."""
    parser = ChineseArgumentParser(
        prog="wz-desktop",
        description=msg("{app}：{team}的任务记录。不带命令时打开窗口。", app=APP_TITLE, team=TEAM_NAME),
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    parser.add_argument("--version", action="version", version=f"{APP_TITLE} (wz-desktop) {__version__}",
                        help="显示版本号并退出")
    parser.add_argument("--db", metavar="PATH", help="数据库文件（默认：用户数据目录中的 wanzhong.db）")
    parser.add_argument("--demo", action="store_true", help="在一个新建的演示数据库上打开窗口")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="窗口和命令行消息的语言（zh_CN 或 en；默认按设置）")
    # hidden: the installer's smoke test (installer/smoke_test.py) starts the bundle with it
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=ChineseArgumentParser)

    p_import = sub.add_parser("import", help="导入年度任务工作簿（.xlsx / .xls）", add_help=False)
    p_import.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_import.add_argument("files", nargs="+", metavar="FILE", help="要导入的工作簿")
    p_import.add_argument("--report", metavar="PATH", help="把完整的导入报告写成 JSON 文件")
    p_import.add_argument("--details", action="store_true", help="逐条列出跳过的行、保留原文和推断的值")

    p_export = sub.add_parser("export", help="导出某一年的任务为标准年度工作簿（每类任务一个工作表）", add_help=False)
    p_export.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_export.add_argument("--year", type=int, required=True, metavar="YYYY", help="年份")
    p_export.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="输出文件")
    p_export.add_argument("--anonymize", action="store_true",
                          help="给研究者和合作方的版本：隐去所有单元格中的姓名、电话、证件号、车牌、地址等个人信息")

    p_backup = sub.add_parser("backup", help="把数据库完整复制到一个文件（运行中也安全）", add_help=False)
    p_backup.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    backup_what = p_backup.add_mutually_exclusive_group(required=True)
    backup_what.add_argument("-o", "--output", metavar="FILE.db", help="备份文件（不能已存在）")
    backup_what.add_argument("--list", action="store_true", help="列出数据库的自动和手动备份，以及每份备份的内容")

    p_restore = sub.add_parser("restore", help="用一份备份替换数据库（先另存当前数据库）", add_help=False)
    p_restore.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_restore.add_argument("file", metavar="FILE", help="备份文件（如 backup --list 列出的）")
    p_restore.add_argument("--yes", action="store_true", help="不再询问，直接恢复")

    p_roster = sub.add_parser("roster", help="名册（分队、队员、证书、车辆）的 Excel 导入导出", add_help=False)
    p_roster.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    roster_sub = p_roster.add_subparsers(dest="roster_command", metavar="子命令", parser_class=ChineseArgumentParser)
    roster_sub.required = True
    p_roster_export = roster_sub.add_parser("export", help="把名册导出为 Excel 工作簿（分队、队员、证书、车辆四张表）",
                                            add_help=False)
    p_roster_export.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_roster_export.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="输出文件")
    p_roster_import = roster_sub.add_parser("import", help="从 Excel 名册导入（只新增和补充，不删除；导入前自动备份）",
                                            add_help=False)
    p_roster_import.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_roster_import.add_argument("file", metavar="FILE", help="要导入的名册工作簿（.xlsx / .xls）")
    p_roster_import.add_argument("--report", nargs="?", const="-", metavar="PATH",
                                 help="逐行列出跳过和不一致之处；给出 PATH 时把完整报告写成 JSON 文件")

    p_report = sub.add_parser("report", help="生成年度工作报告或月度工作简报（A4 PDF）", add_help=False)
    p_report.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_report.add_argument("--year", type=int, required=True, metavar="YYYY", help="年份")
    p_report.add_argument("--month", type=int, metavar="M", help="月份（1–12）；不给出时生成全年的报告")
    p_report.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="输出的 PDF 文件")

    p_audit = sub.add_parser("audit", help="把修改记录（谁、何时、改了什么）导出为 Excel", add_help=False)
    p_audit.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_audit.add_argument("--from", dest="since", metavar="DATE", help="从这一天起（YYYY-MM-DD，含当天）")
    p_audit.add_argument("--to", dest="until", metavar="DATE", help="到这一天为止（YYYY-MM-DD，含当天）")
    p_audit.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="输出文件")

    p_att = sub.add_parser("attendance", help="导出一段时间的出勤统计（按队员、按分队）为 Excel 工作簿", add_help=False)
    p_att.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_att.add_argument("--from", dest="since", required=True, metavar="DATE", help="起始日期（含），如 2022-10-01")
    p_att.add_argument("--to", dest="until", required=True, metavar="DATE", help="截止日期（含），如 2022-12-31")
    p_att.add_argument("--squad", metavar="NAME", help="只统计这个分队（分队名称）")
    p_att.add_argument("--kind", metavar="KIND", help="只统计这一类任务（如 水上救援、城市搜救，或 water、urban）")
    p_att.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="输出文件")

    p_dataset = sub.add_parser("dataset", help="导出供研究者使用的匿名数据集（CSV 与 Parquet、数据字典、k-匿名报告）",
                               add_help=False)
    p_dataset.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_dataset.add_argument("--from", dest="since", required=True, metavar="DATE", help="起始日期（含），如 2023-01-01")
    p_dataset.add_argument("--to", dest="until", required=True, metavar="DATE", help="截止日期（含），如 2023-12-31")
    p_dataset.add_argument("-k", type=int, default=3, metavar="K", help="k-匿名的 k（默认 3）")
    p_dataset.add_argument("-o", "--output", required=True, metavar="DIR", help="输出文件夹（新的或空的）")

    p_cases = sub.add_parser("cases", help="走失人员案件：列出案件，或本队的找到距离和用时统计", add_help=False)
    p_cases.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_cases.add_argument("--open", action="store_true", help="只列仍在搜寻的案件")
    p_cases.add_argument("--stats", action="store_true", help="打印按人员类别的找到距离、用时统计（不列案件）")
    p_cases.add_argument("--from", dest="since", metavar="DATE", help="统计：最后出现日期从这一天起（YYYY-MM-DD）")
    p_cases.add_argument("--to", dest="until", metavar="DATE", help="统计：到这一天为止（含）")

    p_demo = sub.add_parser("demo", help="生成演示数据库", add_help=False)
    p_demo.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_demo.add_argument("-o", "--output", required=True, metavar="FILE.db", help="输出的数据库文件（不能已存在）")
    return parser


def _failure(exc: BaseException):
    """What a system's or SQLite's failure means, in the user's language (never SQLite's English)."""
    from wz_desktop.store.errors import describe_failure

    return describe_failure(exc)


def _db_path(args) -> Path:
    return Path(args.db) if args.db else paths().default_db


def _open_store(path: Path, *, write: bool = True, create: bool = True, purpose: str | None = None):
    """Every command opens its database here, with suspicion (``store.opening.open_checked``): a
    missing or emptied database with copies, a damaged one, one another program writes, are refused
    in words (naming the copy to restore, or who holds it) and None is returned. ``write``: the
    command writes (takes the writers' lock, waiting a few seconds for it); ``create``: a missing
    file without copies is a new database."""
    from wz_desktop.store import StoreError
    from wz_desktop.store.lock import WRITE
    from wz_desktop.store.opening import open_checked

    try:
        return open_checked(path, write=write, create=create, purpose=purpose or WRITE,
                            on_wait=lambda holder: say(msg("正在等待：{holder}", holder=holder), file=sys.stderr,
                                                       flush=True))
    except StoreError as exc:
        fail(exc)
        return None


def _open_existing(path: Path, *, write: bool = False):
    """The store of a database that must already exist (export, backup, reports); None after saying why."""
    return _open_store(path, write=write, create=False)


def _new_file(target: Path, exists: Any) -> bool:
    """Commands that write a database file write a new one, never over an old one (``exists``: the
    message when it is there already)."""
    if target.exists():
        say(exists, file=sys.stderr)
        return False
    if not target.parent.exists():
        say(msg("错误：文件夹“{folder}”不存在。", folder=target.parent), file=sys.stderr)
        return False
    return True


def _logged_progress(file_name: str):
    """An import's steps in the log (what it was doing, if it stopped half-way)."""
    logger = logging.getLogger("wz_desktop.cli")
    last = [None]

    def progress(percent: int, message: str) -> None:
        if message != last[0]:
            last[0] = message
            logger.info("import %s: %d%% %s", file_name, percent, message)

    return progress


# --- the import reports in the language in use ---------------------------------------------------
# (the reports write their own Chinese, domain/report.py and workbook/roster.py; in Chinese those
# are printed as they are, in English these say the same, line by line)

def import_report_text(report, details: bool = False) -> str:
    """What ``import`` prints for one file: the report's summary (every entry too with
    ``details``), in the language in use."""
    return "\n".join(text(line) for line in (report.detail_lines() if details else report.summary_lines()))


def roster_report_text(report, details: bool = False) -> str:
    """What ``roster import`` prints: the summary (every entry too with ``details``), in the language in use."""
    return "\n".join(text(line) for line in (report.detail_lines() if details else report.summary_lines()))


# --- the commands --------------------------------------------------------------------------------

def cmd_import(args) -> int:
    from wz_desktop.services.imports import import_files
    from wz_desktop.services.session import SYSTEM_SESSION
    from wz_desktop.store.lock import IMPORT

    store = _open_store(_db_path(args), purpose=IMPORT)
    if store is None:
        return EXIT_FAILED
    loggers: dict[int, Any] = {}

    def file_progress(number: int, path: Path, percent: int, message: str) -> None:
        loggers.setdefault(number, _logged_progress(path.name))(percent, message)

    def done(report) -> None:
        print(import_report_text(report, args.details), file=sys.stdout if report.ok else sys.stderr, flush=True)

    with store:
        reports = import_files(store, SYSTEM_SESSION, [Path(name) for name in args.files], file_progress=file_progress,
                               done=done)
    failed = sum(1 for report in reports if not report.ok)
    if args.report:
        try:
            Path(args.report).write_text(
                json.dumps({"files": [r.to_dict() for r in reports]}, ensure_ascii=False, indent=1), encoding="utf-8")
            say(msg("完整报告已写入 {path}", path=args.report))
        except OSError as exc:
            say(msg("错误：无法写入报告“{path}”：{reason}", path=args.report, reason=exc.strerror or exc), file=sys.stderr)
            return EXIT_FAILED
    if len(reports) > 1:
        say(msg("共 {files} 个文件：导入 {imported} 个，失败 {failed} 个。", files=len(reports),
                imported=len(reports) - failed, failed=failed))
    return EXIT_FAILED if failed else EXIT_OK


def cmd_export(args) -> int:
    from wz_desktop.services.exports import ExportError, export_year
    from wz_desktop.services.session import SYSTEM_SESSION

    store = _open_existing(_db_path(args))
    if store is None:
        return EXIT_FAILED
    with store:
        try:
            if args.anonymize:
                return _export_anonymized(store, args)
            count = export_year(store, args.year, Path(args.output), session=SYSTEM_SESSION)
        except ExportError as exc:
            fail(exc)
            return EXIT_FAILED
    say(msg("已导出 {year} 年的 {count} 条任务到 {path}", year=args.year, count=count, path=args.output))
    for cut in getattr(count, "cuts", []):  # a text longer than a cell holds: named, never cut silently
        say(msg("注意：{cut}", cut=cut), file=sys.stderr)
    return EXIT_OK


def _export_anonymized(store, args) -> int:
    """export --anonymize: masked in layers, checked, written only when the check finds nothing."""
    from wz_desktop.domain.privacy_check import describe
    from wz_desktop.services.exports import export_anonymized
    from wz_desktop.services.session import SYSTEM_SESSION

    plan = export_anonymized(store, args.year, Path(args.output), session=SYSTEM_SESSION)
    say(msg("已导出 {year} 年的 {count} 条任务到 {path}（已隐去个人信息：{cells} 个单元格）", year=args.year,
            count=len(plan.rows), path=args.output, cells=len(plan.changes)))
    for problem in plan.unsure[:20]:
        say(msg("请人工确认：{where}", where=describe(problem)))
    return EXIT_OK


def cmd_dataset(args) -> int:
    from wz_desktop import dataset

    store = _open_existing(_db_path(args))
    if store is None:
        return EXIT_FAILED
    with store:
        try:
            reports = dataset.write(store, args.since, args.until, Path(args.output), k=args.k)
        except dataset.DatasetError as exc:
            fail(exc)
            return EXIT_FAILED
    for name, r in reports.items():
        say(msg("{name}：{rows} 行，{month} 行日期改为月份，{age} 行年龄段改为未知，{quarter} 行改为季度，删除 {gone} 行",
                name=name, rows=r["rows"], month=r["date_to_month"], age=r["age_to_unknown"],
                quarter=r["month_to_quarter"], gone=r["suppressed"]))
    say(msg("已导出研究数据集到 {path}", path=args.output))
    return EXIT_OK


def _years_text(tasks_by_year: dict) -> Any:
    """'2022 年 5 条，2023 年 7 条' (or '无')."""
    return joined([msg("{year} 年 {count} 条", year=y, count=n) for y, n in tasks_by_year.items()], msg("，")) or msg("无")


def _preview_line(info) -> str:
    preview = info.preview
    head = f"{info.taken_at:%Y-%m-%d %H:%M}  {text(word(info.reason_label, 'Backups'))}"
    size = f"{info.size / 1024 / 1024:.1f} MB" if info.size >= 1024 * 1024 else f"{max(1, round(info.size / 1024))} KB"
    if preview is None or not preview.ok:
        error = preview.error if preview else msg("未读取")
        return text(msg("{head}  {size}  不可用：{error}\n    {path}", head=head, size=size, error=error, path=info.path))
    return text(msg("{head}  {size}  任务 {tasks} 条（{years}），接报 {calls} 条，队员 {members} 人，"
                    "最近任务 {latest}，最后修改 {changed}\n    {path}", head=head, size=size, tasks=preview.tasks,
                    years=_years_text(preview.tasks_by_year), calls=preview.calls, members=preview.members,
                    latest=preview.latest_departure or msg("无"), changed=preview.latest_change or msg("无"),
                    path=info.path))


def cmd_backup_list(args) -> int:
    from wz_desktop.services import backups

    path = _db_path(args)
    infos = backups.copies(path)
    if not infos:
        folders = joined([str(f) for f in backups.folders(path)], SEMICOLON)
        say(msg("数据库“{name}”还没有备份（查找了：{folders}）。", name=path.name, folders=folders))
        return EXIT_OK
    say(msg("数据库“{path}”的备份（{count} 份，最新的在前）：", path=path, count=len(infos)))
    for info in infos:
        print(_preview_line(info))
    return EXIT_OK


def cmd_restore(args) -> int:
    from wz_desktop.services import backups
    from wz_desktop.services.session import SYSTEM_SESSION
    from wz_desktop.store.errors import StoreError

    path, source = _db_path(args), Path(args.file)
    if not source.is_file():
        say(msg("错误：找不到备份文件“{path}”。", path=source), file=sys.stderr)
        return EXIT_FAILED

    def confirm(preview) -> bool:
        say(msg("备份“{name}”：任务 {tasks} 条（{years}），接报 {calls} 条，队员 {members} 人，最近任务 {latest}。",
                name=source.name, tasks=preview.tasks, years=_years_text(preview.tasks_by_year), calls=preview.calls,
                members=preview.members, latest=preview.latest_departure or msg("无")))
        if args.yes:
            return True
        if not sys.stdin or not sys.stdin.isatty():
            say(msg("错误：要替换数据库，请在终端中确认，或加上 --yes。"), file=sys.stderr)
            return False
        answer = input(text(msg("用它替换数据库“{path}”？当前数据库会先另存一份。[y/N] ", path=path))).strip().lower()
        if answer not in ("y", "yes", "是"):
            say(msg("没有恢复，数据库没有改动。"))
            return False
        return True

    try:
        result = backups.restore(SYSTEM_SESSION, source, path, confirm=confirm)
    except StoreError as exc:
        fail(exc)
        return EXIT_FAILED
    if result is None:
        return EXIT_FAILED
    say(msg("已从“{source}”恢复数据库“{path}”（{tasks} 条任务）。", source=source, path=path, tasks=result.preview.tasks))
    if result.safety_copy:
        say(msg("恢复前的数据库已另存为 {path}", path=result.safety_copy))
    return EXIT_OK


def cmd_backup(args) -> int:
    if args.list:
        return cmd_backup_list(args)
    target = Path(args.output)
    if not _new_file(target, msg("错误：“{target}”已存在。备份只写入新文件，不覆盖。", target=target)):
        return EXIT_FAILED
    store = _open_existing(_db_path(args))
    if store is None:
        return EXIT_FAILED
    with store:
        from wz_desktop.services import backups
        from wz_desktop.services.session import SYSTEM_SESSION
        from wz_desktop.store.errors import DatabaseFailure

        try:
            count = backups.backup_to(store, SYSTEM_SESSION, target)
        except (OSError, DatabaseFailure) as exc:
            say(msg("错误：无法写入“{path}”：{reason}", path=target, reason=_failure(exc)),
                file=sys.stderr)
            return EXIT_FAILED
    say(msg("已备份到 {path}（{count} 条任务）", path=target, count=count))
    return EXIT_OK


def cmd_roster_export(args) -> int:
    from wz_desktop.workbook.reader import WorkbookError
    from wz_desktop.services.roster import export_roster
    from wz_desktop.services.session import SYSTEM_SESSION

    store = _open_existing(_db_path(args))
    if store is None:
        return EXIT_FAILED
    with store:
        try:
            counts = export_roster(store, Path(args.output), session=SYSTEM_SESSION)
        except WorkbookError as exc:
            fail(exc)
            return EXIT_FAILED
    say(msg("已导出名册到 {path}：{squads} 个分队、{members} 名队员、{certificates} 张证书、{vehicles} 辆车",
            path=args.output, squads=counts["分队"], members=counts["队员"], certificates=counts["证书"],
            vehicles=counts["车辆"]))
    return EXIT_OK


def cmd_roster_import(args) -> int:
    from wz_desktop.services.roster import BackupBeforeImportFailed, backup_before_import, import_roster
    from wz_desktop.services.session import SYSTEM_SESSION
    from wz_desktop.store.errors import StoreError
    from wz_desktop.workbook.reader import WorkbookError

    source = Path(args.file)
    if not source.is_file():
        say(msg("错误：找不到文件“{path}”。", path=source), file=sys.stderr)
        return EXIT_FAILED
    store = _open_store(_db_path(args))
    if store is None:
        return EXIT_FAILED
    with store:
        try:
            backup = backup_before_import(store, session=SYSTEM_SESSION)
        except BackupBeforeImportFailed as exc:
            say(msg("错误：导入前无法备份数据库（{reason}），没有导入。", reason=exc.reason), file=sys.stderr)
            return EXIT_FAILED
        if backup is not None:
            say(msg("导入前的数据库已备份到 {path}", path=backup))
        try:
            report = import_roster(store, source, session=SYSTEM_SESSION)
        except (WorkbookError, StoreError) as exc:
            fail(exc)
            return EXIT_FAILED
    print(roster_report_text(report, bool(args.report)))
    if args.report and args.report != "-":
        try:
            Path(args.report).write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
            say(msg("完整报告已写入 {path}", path=args.report))
        except OSError as exc:
            say(msg("错误：无法写入报告“{path}”：{reason}", path=args.report, reason=exc.strerror or exc), file=sys.stderr)
            return EXIT_FAILED
    return EXIT_OK


def cmd_report(args) -> int:
    store = _open_existing(_db_path(args))
    if store is None:
        return EXIT_FAILED
    from wz_desktop.report import ReportError, build_report, ensure_gui_application  # Qt's GUI: only when needed

    with store:
        try:
            ensure_gui_application()
            result = build_report(store, Path(args.output), args.year, args.month)
        except ReportError as exc:
            fail(exc)
            return EXIT_FAILED
    say(msg("已生成《{title}》：{path}（{pages} 页，{tasks} 条任务）", title=result.title, path=result.path,
            pages=result.pages, tasks=result.tasks))
    return EXIT_OK


def cmd_audit(args) -> int:
    import datetime as dt

    from wz_desktop.services.exports import ExportError, export_audit
    from wz_desktop.services.session import SYSTEM_SESSION
    from wz_desktop.store.audit import AuditFilter

    for value in (args.since, args.until):
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                say(msg("错误：日期“{value}”无法识别，请写成 2023-03-05 的样子。", value=value), file=sys.stderr)
                return EXIT_USAGE
    store = _open_existing(_db_path(args))
    if store is None:
        return EXIT_FAILED
    with store:
        try:
            count = export_audit(store, Path(args.output), AuditFilter(since=args.since, until=args.until),
                                 session=SYSTEM_SESSION)
        except ExportError as exc:
            fail(exc)
            return EXIT_FAILED
    say(msg("已导出 {count} 条修改记录到 {path}", count=count, path=args.output))
    return EXIT_OK


def _parse_day(value_text: str, what: Any):
    """A day typed as 2022-10-01, 2022/10/1, 2022.10.1 or 20221001; None after saying why
    (``what``: the message's name of the day, msg("起始日期"))."""
    import datetime as dt
    import re

    value = (value_text or "").strip()
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", value) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", value)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    say(msg("错误：{what}“{value}”不是有效的日期，请写成 2022-10-01 这样。", what=what, value=value_text), file=sys.stderr)
    return None


def _parse_kind(value_text: str):
    from wz_desktop.domain.kinds import KIND_ORDER, SHEET_NAMES
    from wz_desktop.domain.words import KIND_NAMES

    value = value_text.strip()
    for kind in KIND_ORDER:
        if value.lower() == kind.value or value == SHEET_NAMES[kind] or SHEET_NAMES[kind].startswith(value) and value:
            return kind
    names = joined([word(KIND_NAMES[k.value], KIND_NAMES.context) for k in KIND_ORDER])
    say(msg("错误：没有“{value}”这一类任务。可选：{names}（或 {codes}）。", value=value_text, names=names,
            codes=", ".join(k.value for k in KIND_ORDER)), file=sys.stderr)
    return None


def cmd_attendance(args) -> int:
    import difflib

    from wz_desktop.services.attendance import period_workbook
    from wz_desktop.services.session import SYSTEM_SESSION
    from wz_desktop.workbook.attendance import AttendanceExportError

    since, until = _parse_day(args.since, msg("起始日期")), _parse_day(args.until, msg("截止日期"))
    if since is None or until is None:
        return EXIT_FAILED
    if since > until:
        say(msg("错误：起始日期 {since} 晚于截止日期 {until}。", since=since, until=until), file=sys.stderr)
        return EXIT_FAILED
    kind = None
    if args.kind:
        kind = _parse_kind(args.kind)
        if kind is None:
            return EXIT_FAILED
    target = Path(args.output)
    if target.suffix.lower() != ".xlsx":
        say(msg("错误：输出文件名“{name}”应以 .xlsx 结尾。", name=target.name), file=sys.stderr)
        return EXIT_FAILED
    if not target.parent.exists():
        say(msg("错误：文件夹“{folder}”不存在。", folder=target.parent), file=sys.stderr)
        return EXIT_FAILED
    store = _open_existing(_db_path(args))
    if store is None:
        return EXIT_FAILED
    with store:
        squad = None
        if args.squad:
            wanted = args.squad.strip()
            squads = store.roster.squads()
            squad = next((s for s in squads if s.name == wanted), None)
            if squad is None:
                names = [s.name for s in squads]
                close = difflib.get_close_matches(wanted, names, n=5, cutoff=0.3)
                close += [n for n in names if (wanted in n or n in wanted) and n not in close]
                if close:
                    hint = msg("相近的分队：{names}。", names=joined(close[:5]))
                else:
                    hint = msg("现有分队：{names}。", names=joined(names) or msg("（无）"))
                say(msg("错误：没有名为“{name}”的分队。{hint}", name=wanted, hint=hint), file=sys.stderr)
                return EXIT_FAILED
        try:
            written = period_workbook(store, target, since, until, squad=squad, kind=kind, session=SYSTEM_SESSION)
        except AttendanceExportError as exc:
            fail(exc)
            return EXIT_FAILED
    members, squads = written.members, written.squads
    attended = sum(m.tasks for m in members)
    hours = sum(m.hours for m in members)
    turnouts = sum(s.turnouts for s in squads)
    who = squad.name if squad else msg("全队")
    say(msg("已导出{who} {period} 的出勤统计到 {path}：{members} 名队员出勤 {attended} 人次、{hours:.1f} 小时；"
            "{squads} 个分队出队 {turnouts} 次", who=who, period=msg("{since} 至 {until}", since=since, until=until),
            path=target, members=len(members), attended=attended, hours=hours, squads=len(squads), turnouts=turnouts))
    return EXIT_OK


def cmd_cases(args) -> int:
    """走失人员案件: the cases (title, category, last seen, outcome, turn-outs), or with ``--stats``
    the team's own figures per category (the 走失统计 tab's table), in the language in use."""
    import datetime as dt

    from wz_desktop.domain import lost_stats as stats

    store = _open_existing(_db_path(args))
    if store is None:
        return EXIT_FAILED
    with store:
        if not args.stats:
            lines = store.cases.lines(open_only=args.open, limit=100_000)
            for line in lines:
                person = line.person
                say(msg("#{id} {title}｜{category}｜最后出现 {seen}｜{outcome}｜出队 {turnouts} 次",
                        id=line.case_id, title=line.title, category=word(person.category, "Vocabulary"),
                        seen=" ".join(p for p in (person.last_seen_at, person.last_seen_place) if p) or "—",
                        outcome=word(person.outcome, "Vocabulary") if person.outcome else stats.SEARCHING,
                        turnouts=line.figures.turnouts))
            say(msg("共 {count} 个案件", count=len(lines)))
            return EXIT_OK
        try:
            until = (dt.date.fromisoformat(args.until) + dt.timedelta(days=1)).isoformat() if args.until else None
            since = dt.date.fromisoformat(args.since).isoformat() if args.since else None
        except ValueError:
            fail(msg("日期应写成 YYYY-MM-DD。"))
            return EXIT_FAILED
        figures = stats.lost_stats(store.cases.findings(since=since, until=until))
    for row in figures.rows:
        def cut(spread, as_text):
            return "、".join(f"{p}%≤{text(as_text(v))}" for p, v in zip(stats.PERCENTS, spread.values)) or "—"

        say(msg("{category}：{cases} 例，找到 {found} 例；距离（{known} 例有两点）{distance}；用时 {hours}{warning}",
                category=stats.category_word(row.category), cases=row.cases, found=row.found,
                known=row.distance.cases, distance=cut(row.distance, stats.distance_text),
                hours=cut(row.hours, stats.hours_text),
                warning=msg("（{warning}）", warning=row.warning) if row.warning else ""))
    return EXIT_OK


def cmd_demo(args) -> int:
    from wz_desktop.demo import build_demo_database

    target = Path(args.output)
    if not _new_file(target, msg("错误：“{target}”已存在。演示数据库只写入新文件，不覆盖。", target=target)):
        return EXIT_FAILED
    counts = build_demo_database(target)
    say(msg("演示数据库已生成：{path}（{count} 条任务）", path=target, count=counts["tasks"]))
    from wz_desktop.demo import DEMO_ADMIN, DEMO_LEADER, DEMO_PASSWORD, DEMO_SECRETARY

    say(msg("演示用户（密码都是 {password}）：{admin}（管理员）、{secretary}（值班秘书）、{leader}（分队长）",
            password=DEMO_PASSWORD, admin=DEMO_ADMIN, secretary=DEMO_SECRETARY, leader=DEMO_LEADER))
    return EXIT_OK


def cmd_self_test(args) -> int:
    """``--self-test`` (hidden): what a frozen build can lose, checked where it runs.

    Opens the main window on a fresh database in a temporary folder (settings there too: the user's
    data and settings are not touched), lets Qt draw it for a moment, checks the Qt platform plugin,
    Qt's Chinese translation, the icon (the SVG plugins), pyqtgraph and the map's districts, closes and exits 0 if all are
    there. The installer's smoke test runs the bundle with it, headless."""
    import tempfile

    from PySide6.QtCore import QCoreApplication, qVersion

    from wz_desktop.ui.app import application, install_translations

    app = application()
    problems = []
    print(msg("Qt {version}，平台插件 {platform}", version=qVersion(), platform=app.platformName()))
    loaded = install_translations(app)
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    print(msg("Qt 翻译：{loaded}（Cancel → {cancel}）", loaded=joined(loaded) if loaded else msg("无"), cancel=cancel))
    if "qtbase_zh_CN" not in loaded or cancel == "Cancel":
        problems.append("Qt 的中文翻译没有加载")
    icon = app.windowIcon()
    icon_ok = not icon.isNull() and not icon.pixmap(32, 32).isNull()
    print(msg("图标：{found}", found=msg("有") if icon_ok else msg("无")))
    if not icon_ok:
        problems.append("程序图标没有加载")
    try:
        import pyqtgraph

        print(f"pyqtgraph {pyqtgraph.__version__}")
    except Exception as exc:  # noqa: BLE001 (the charts would fail)
        problems.append(msg("pyqtgraph 无法加载：{exc}", exc=exc))
    try:  # the offline map's districts (resources/map, data files a bundle must carry)
        from wz_desktop.domain import geo

        print(msg("地图：{count} 个区县（{file}）", count=len(geo.districts()), file=geo.default_districts_file()))
        if len(geo.districts()) != 10:
            problems.append(msg("大连的区县地图不全：{count} 个区县", count=len(geo.districts())))
    except Exception as exc:  # noqa: BLE001 (the map would be empty)
        problems.append(msg("大连的区县地图无法加载：{exc}", exc=exc))
    if getattr(sys, "frozen", False):  # a bundle: everything must come from inside it, nothing from a Python install
        problems += _self_test_bundle()
    with tempfile.TemporaryDirectory(prefix="wz-self-test-") as folder:
        try:
            _self_test_window(app, Path(folder), problems)
        except Exception as exc:  # noqa: BLE001 (a module or a plugin missing from the bundle: say what)
            import traceback

            traceback.print_exc()
            problems.append(msg("主窗口无法打开：{error}: {exc}", error=type(exc).__name__, exc=exc))
    for problem in problems:
        print(msg("错误：{problem}", problem=problem), file=sys.stderr)
    print("自检通过。" if not problems else "自检未通过。", file=sys.stdout if not problems else sys.stderr)
    return EXIT_FAILED if problems else EXIT_OK


def _self_test_bundle() -> list[str]:
    from PySide6.QtCore import QLibraryInfo

    bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)).resolve()
    files = {name: Path(module.__file__) for name, module in list(sys.modules.items()) if getattr(module, "__file__", None)}
    # (relative names are modules built into a library, as shiboken's own support package)
    outside = sorted(name for name, file in files.items() if file.is_absolute() and not file.resolve().is_relative_to(bundle))
    qt_paths = {name: Path(QLibraryInfo.path(getattr(QLibraryInfo.LibraryPath, name)))
                for name in ("PluginsPath", "TranslationsPath")}
    print(msg("程序包：{bundle}（已加载 {count} 个模块，包外 {outside} 个）", bundle=bundle, count=len(sys.modules),
              outside=len(outside)))
    problems = [msg("模块 {name} 来自程序包之外：{file}", name=name, file=sys.modules[name].__file__)
                for name in outside[:5]]
    for name, path in qt_paths.items():
        print(msg("Qt {name}：{path}", name=name, path=path))
        if not path.resolve().is_relative_to(bundle):
            problems.append(msg("Qt 的 {name} 在程序包之外：{path}", name=name, path=path))
    return problems


def _self_test_window(app, folder: Path, problems: list[str]) -> None:
    import time

    from PySide6.QtCore import QSettings

    from wz_desktop.store import Store
    from wz_desktop.ui.context import AppContext
    from wz_desktop.ui.main_window import MainWindow

    store = Store.open(folder / "self-test.db")
    try:
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(store, settings=settings))
        window.show()
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        shown = window.isVisible() and not window.grab().isNull()
        print(msg("主窗口：{title}（{shown}）", title=window.windowTitle(), shown=msg("已显示") if shown else msg("未显示")))
        if not shown:
            problems.append("主窗口没有显示")
        window.close()
        window.deleteLater()
        app.processEvents()
        settings.sync()
    finally:
        store.close()


def open_window(args) -> int:
    from wz_desktop.ui.app import run_app, set_language_override

    if getattr(args, "lang", None):
        set_language_override(args.lang)
    return run_app(db_path=None if args.demo else _db_path(args), demo=args.demo)


def main(argv: list[str] | None = None) -> int:
    global _argv
    if hasattr(sys.stdout, "reconfigure"):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except Exception:  # noqa: BLE001 (a stream that cannot be reconfigured keeps its encoding)
                pass
    _argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(commands=not window_only(_argv))
    args = parser.parse_args(_argv)
    if args.command:  # the window sets up its own (same) log and language when it opens
        from wz_desktop.logs import setup_logging

        setup_logging()
        use_language(args.lang, gui=args.command == "report")
    try:
        if args.command == "import":
            return cmd_import(args)
        if args.command == "export":
            return cmd_export(args)
        if args.command == "dataset":
            return cmd_dataset(args)
        if args.command == "report":
            return cmd_report(args)
        if args.command == "attendance":
            return cmd_attendance(args)
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "cases":
            return cmd_cases(args)
        if args.command == "audit":
            return cmd_audit(args)
        if args.command == "backup":
            return cmd_backup(args)
        if args.command == "restore":
            return cmd_restore(args)
        if args.command == "roster":
            return cmd_roster_export(args) if args.roster_command == "export" else cmd_roster_import(args)
        if args.self_test:
            return cmd_self_test(args)
        return open_window(args)
    except KeyboardInterrupt:
        say(msg("已中断。"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into a command that stopped reading (e.g. head)
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_OK
    except Exception as exc:  # never a traceback: a store's or SQLite's or the system's failure in words
        from wz_desktop.store.errors import DatabaseFailure, StoreError, describe_failure

        if not isinstance(exc, (StoreError, DatabaseFailure, OSError, MemoryError)):
            raise
        log.error("command %s failed", args.command, exc_info=True)
        fail(exc if isinstance(exc, StoreError) else describe_failure(exc))
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
