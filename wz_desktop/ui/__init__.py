"""The window (PySide6). Widgets only: every read and write goes through ``wz_desktop.store``.

    app.py          run_app(): the QApplication, translations, font, icon, excepthook, opening the database
    context.py      AppContext: the store, the settings and the app-wide signals handed to every widget
    main_window.py  MainWindow: navigation, menus, status bar, record windows, import and export
    desk_page.py    DeskPage (工作台): what waits now
    calls_page.py   CallsPage (接报), with call_form.py (intake) and verify_form.py (核实)
    dispatch/       出队: form.py (DispatchForm), the roster picker, the members table, the 接龙 panel
    review_form.py  考核
    task_page.py    TaskPage: one task's whole story
    roster/         名册: page.py (RosterPage), the member, squad and vehicle editors, the import report
    task_model.py   TaskTableModel: the lazily paged task list model
    task_list.py    TaskListPage: filters above the table, preview below it
    task_detail.py  the task preview under the list
    widgets.py      time edit, pick-lists, a table of records
    form_errors.py  FormErrors: a form's messages beside their fields (the one way a form says what is wrong)
    forms.py        form(), hbox(), vbox() and small builders: a form's layout in one expression
    import_report.py, export_dialog.py  the import report and the export form
    labels.py, palette.py, settings.py  words for codes, colours and icons, the INI settings file
    worker.py       Worker / BackgroundTask: long work in a QThread with progress and cancel
    dialogs.py      every message box and file dialog, as small functions tests replace
"""
