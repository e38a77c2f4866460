"""The window (PySide6). Widgets only: every read and write goes through ``wz_desktop.store``.

    app.py          run_app(): the QApplication, translations, font, icon, excepthook, opening the database
    context.py      AppContext: the store, the settings and the app-wide signals handed to every widget
    main_window.py  MainWindow: menus, status bar, the task list, import and export
    task_model.py   TaskTableModel: the lazily paged task list model
    task_list.py    TaskListPage: filters above the table, preview below it
    task_detail.py  the read-only task detail (dialog and preview)
    import_report.py, export_dialog.py  the import report and the export form
    labels.py, palette.py, settings.py  words for codes, colours and icons, the INI settings file
    worker.py       Worker / BackgroundTask: long work in a QThread with progress and cancel
    dialogs.py      every message box and file dialog, as small functions tests replace
"""
