"""The use cases: what the window (``ui/``) and the command line (``cli.py``) both do, in one place.

Each module is one kind of work, a few functions that take the open store and a
:class:`~wz_desktop.services.session.Session` (who acts) and check the session's rights at their
entry; under them the files are ``workbook/`` (pure: a file in, rows and a report out) and the
records are ``store/`` (all the SQL). No Qt here. See ``docs/layers.md``.

- ``imports``: import workbooks, then index the search once (``import_files``)
- ``exports``: export a year, plain or anonymised (``export_year``, ``prepare_share``, ``write_share``)
- ``calls``: log and verify a call (``log``, ``verify``)
- ``attendance``: a period's attendance figures and workbook
- ``event_numbers``: the next event number of a year, previewed or issued
- ``roster``: the roster's workbook, out and back in
- ``session``: who acts
- ``users``: add and change users, passwords (``create``, ``set_role``, ``set_password``, ``set_active``)
- ``settings``: every setting by name, whatever keeps it (docs/settings.md)
"""
