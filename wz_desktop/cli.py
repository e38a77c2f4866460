"""The command line: ``wz-desktop [--db PATH] [--demo] [COMMAND ...]``.

With no command it opens the window. Messages for people are in Chinese; bad input gets a clear
message and a non-zero exit, never a traceback, and leaves the database untouched.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from wz_desktop import APP_TITLE, __version__
from wz_desktop.config import paths

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class ChineseArgumentParser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own messages are English; say it in Chinese
        translations = {
            "the following arguments are required": "缺少必需的参数",
            "unrecognized arguments": "无法识别的参数",
            "invalid int value": "不是有效的整数",
            "invalid choice": "无效的选项",
            "expected one argument": "需要一个参数值",
        }
        for en, zh in translations.items():
            message = message.replace(en, zh)
        self.print_usage(sys.stderr)
        print(f"错误：{message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = ChineseArgumentParser(
        prog="wz-desktop",
        description=f"{APP_TITLE}：大连万众应急救援队的任务记录。不带命令时打开窗口。",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    parser.add_argument("--version", action="version", version=f"{APP_TITLE} (wz-desktop) {__version__}",
                        help="显示版本号并退出")
    parser.add_argument("--db", metavar="PATH", help="数据库文件（默认：用户数据目录中的 wanzhong.db）")
    parser.add_argument("--demo", action="store_true", help="在一个新建的演示数据库上打开窗口")
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=ChineseArgumentParser)

    p_import = sub.add_parser("import", help="导入年度任务工作簿（.xlsx / .xls）", add_help=False)
    p_import.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_import.add_argument("files", nargs="+", metavar="FILE", help="要导入的工作簿")
    p_import.add_argument("--report", metavar="PATH", help="把完整的导入报告写成 JSON 文件")
    p_import.add_argument("--details", action="store_true", help="逐条列出跳过的行、保留原文和推断的值")

    p_export = sub.add_parser("export", help="导出某一年的任务为标准六表工作簿", add_help=False)
    p_export.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_export.add_argument("--year", type=int, required=True, metavar="YYYY", help="年份")
    p_export.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="输出文件")
    p_export.add_argument("--anonymize", action="store_true",
                          help="给研究者和合作方的版本：隐去摘要和备注中的姓名与电话")

    p_backup = sub.add_parser("backup", help="把数据库完整复制到一个文件（运行中也安全）", add_help=False)
    p_backup.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_backup.add_argument("-o", "--output", required=True, metavar="FILE.db", help="备份文件（不能已存在）")

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

    p_demo = sub.add_parser("demo", help="生成演示数据库", add_help=False)
    p_demo.add_argument("-h", "--help", action="help", help="显示帮助并退出")
    p_demo.add_argument("-o", "--output", required=True, metavar="FILE.db", help="输出的数据库文件（不能已存在）")
    return parser


def _db_path(args) -> Path:
    return Path(args.db) if args.db else paths().default_db


def _open_store(path: Path):
    from wz_desktop.store import Store, StoreError

    try:
        return Store.open(path)
    except StoreError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return None


def _open_existing(path: Path):
    """The store of a database that must already exist (export, backup); None after saying why."""
    if not path.exists():
        print(f"错误：数据库“{path}”不存在。请先用 import 导入工作簿，或用 --db 指定数据库。", file=sys.stderr)
        return None
    return _open_store(path)


def _new_file(target: Path, what: str) -> bool:
    """Commands that write a database file write a new one, never over an old one."""
    if target.exists():
        print(f"错误：“{target}”已存在。{what}只写入新文件，不覆盖。", file=sys.stderr)
        return False
    if not target.parent.exists():
        print(f"错误：文件夹“{target.parent}”不存在。", file=sys.stderr)
        return False
    return True


def cmd_import(args) -> int:
    from wz_desktop.workbook.importer import import_workbook

    store = _open_store(_db_path(args))
    if store is None:
        return EXIT_FAILED
    reports = []
    failed = 0
    with store:
        for name in args.files:
            report = import_workbook(store, Path(name), index=False)
            reports.append(report)
            text = report.detail_text() if args.details else report.summary_text()
            print(text, file=sys.stdout if report.ok else sys.stderr, flush=True)
            if not report.ok:
                failed += 1
        if failed < len(reports):  # the search index and squad links, once for all the files
            try:
                store.tasks.index_pending()
                store.database.checkpoint()
            except Exception:  # the tasks are in; the index is finished when the database next opens
                logging.getLogger(__name__).exception("search index after the import")
    if args.report:
        try:
            Path(args.report).write_text(
                json.dumps({"files": [r.to_dict() for r in reports]}, ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"完整报告已写入 {args.report}")
        except OSError as exc:
            print(f"错误：无法写入报告“{args.report}”：{exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAILED
    if len(reports) > 1:
        print(f"共 {len(reports)} 个文件：导入 {len(reports) - failed} 个，失败 {failed} 个。")
    return EXIT_FAILED if failed else EXIT_OK


def cmd_export(args) -> int:
    from wz_desktop.workbook.exporter import ExportError, export_year

    store = _open_existing(_db_path(args))
    if store is None:
        return EXIT_FAILED
    with store:
        try:
            count = export_year(store, args.year, Path(args.output), anonymize=args.anonymize)
        except ExportError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return EXIT_FAILED
    kind = "（已隐去姓名和电话）" if args.anonymize else ""
    print(f"已导出 {args.year} 年的 {count} 条任务到 {args.output}{kind}")
    return EXIT_OK


def cmd_backup(args) -> int:
    target = Path(args.output)
    if not _new_file(target, "备份"):
        return EXIT_FAILED
    store = _open_existing(_db_path(args))
    if store is None:
        return EXIT_FAILED
    with store:
        from wz_desktop.store.errors import DatabaseFailure

        try:
            store.database.backup_to(target)
        except (OSError, DatabaseFailure) as exc:
            print(f"错误：无法写入“{target}”：{getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
            return EXIT_FAILED
        count = store.tasks.total()
    print(f"已备份到 {target}（{count} 条任务）")
    return EXIT_OK


def cmd_roster_export(args) -> int:
    from wz_desktop.workbook.reader import WorkbookError
    from wz_desktop.workbook.roster import export_roster

    store = _open_existing(_db_path(args))
    if store is None:
        return EXIT_FAILED
    with store:
        try:
            counts = export_roster(store, Path(args.output))
        except WorkbookError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return EXIT_FAILED
    print(f"已导出名册到 {args.output}：{counts['分队']} 个分队、{counts['队员']} 名队员、"
          f"{counts['证书']} 张证书、{counts['车辆']} 辆车")
    return EXIT_OK


def cmd_roster_import(args) -> int:
    from wz_desktop.store.errors import DatabaseFailure, StoreError
    from wz_desktop.workbook.reader import WorkbookError
    from wz_desktop.workbook.roster import import_roster

    source = Path(args.file)
    if not source.is_file():
        print(f"错误：找不到文件“{source}”。", file=sys.stderr)
        return EXIT_FAILED
    store = _open_store(_db_path(args))
    if store is None:
        return EXIT_FAILED
    with store:
        counts = store.roster.counts()
        if counts["members"] or counts["squads"] or counts["vehicles"] or store.tasks.total():
            try:
                backup = store.backup("before-roster-import")
            except (OSError, StoreError, DatabaseFailure) as exc:
                print(f"错误：导入前无法备份数据库（{getattr(exc, 'strerror', None) or exc}），没有导入。",
                      file=sys.stderr)
                return EXIT_FAILED
            print(f"导入前的数据库已备份到 {backup}")
        try:
            report = import_roster(store, source)
        except (WorkbookError, StoreError) as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return EXIT_FAILED
    print(report.detail_text() if args.report else "\n".join(report.summary_lines()))
    if args.report and args.report != "-":
        try:
            Path(args.report).write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"完整报告已写入 {args.report}")
        except OSError as exc:
            print(f"错误：无法写入报告“{args.report}”：{exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAILED
    return EXIT_OK


def cmd_demo(args) -> int:
    from wz_desktop.demo import build_demo_database

    target = Path(args.output)
    if not _new_file(target, "演示数据库"):
        return EXIT_FAILED
    counts = build_demo_database(target)
    print(f"演示数据库已生成：{target}（{counts['tasks']} 条任务）")
    return EXIT_OK


def open_window(args) -> int:
    from wz_desktop.ui.app import run_app

    return run_app(db_path=None if args.demo else _db_path(args), demo=args.demo)


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except Exception:
                pass
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command:  # the window sets up its own (same) log when it opens
        from wz_desktop.logs import setup_logging

        setup_logging()
    try:
        if args.command == "import":
            return cmd_import(args)
        if args.command == "export":
            return cmd_export(args)
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "backup":
            return cmd_backup(args)
        if args.command == "roster":
            return cmd_roster_export(args) if args.roster_command == "export" else cmd_roster_import(args)
        return open_window(args)
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into a command that stopped reading (e.g. head)
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
