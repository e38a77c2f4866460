"""出队: the dispatch form and its parts (``form.DispatchForm`` is the window's entry).

    form.py           DispatchForm: the form itself (fields, drafts, saving)
    common.py         what the parts share: colours, ``member_text``, ``short_summary``
    member_picker.py  MemberPicker: the search box over the roster (leader, members)
    member_table.py   MemberTable (+ RoleDelegate): who goes, with role, own car, note
    check_list.py     CheckList: the ticked squads and vehicles
    signup_dialog.py  SignupDialog: the 接龙 panel that reads a WeChat sign-up list
    new_member.py     NewMemberDialog, ask_new_member: "加入名册" from the 接龙 list
"""
