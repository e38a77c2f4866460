"""名册: the roster page and its editors (``page.RosterPage`` is the window's entry).

    page.py            RosterPage: tabs 队员 / 分队 / 车辆, commands, the workbook in and out
    models.py          the table models (members read a page at a time; squads, vehicles) and their view
    member_dialog.py   MemberDialog: one member with their certificates (certificates.py: the table)
    squad_dialog.py    SquadDialog
    vehicle_dialog.py  VehicleDialog
    jobs.py            the roster workbook's import and export, run in the background
    report_dialog.py   RosterReportDialog: what an import did
    common.py          colours, and how a phone or an expiry date is shown

The rules (what a member, squad or vehicle needs; codes, dates, expiry) are ``domain.roster_rules``.
"""
