<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
    <context>
        <name>App</name>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="179" />
            <source>发生了一个意外错误，刚才的操作可能没有完成。已经保存的数据不受影响。

{0}：{1}

详细信息已写入日志：{2}
如果问题反复出现，请把日志文件发给维护人员。</source>
            <translation>An unexpected error occurred; the last action may not have finished. Data already saved is not affected.

{0}: {1}

Details are in the log: {2}
If this keeps happening, please send the log file to the maintainer.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="218" />
            <source>正在填写的表单已保存为草稿，再次打开时可以继续。</source>
            <translation>The forms being filled in were saved as drafts; you can continue when you open them again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="219" />
            <source>程序出错</source>
            <translation>Program error</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="254" />
            <source>是空的（0 字节）</source>
            <translation>is empty (0 bytes)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="254" />
            <source>不存在</source>
            <translation>does not exist</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="255" />
            <source>数据库“{0}”{1}，但它有备份：这不是一个新数据库，不会新建。请恢复最新的完好备份。</source>
            <translation>The database "{0}" {1}, but it has backups: it is not a new database and none will be created. Please restore the newest good backup.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="262" />
            <source>数据库“{0}”已损坏：{1}</source>
            <translation>The database "{0}" is damaged: {1}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="274" />
            <location filename="../../wz_desktop/ui/app.py" line="279" />
            <location filename="../../wz_desktop/ui/app.py" line="285" />
            <location filename="../../wz_desktop/ui/app.py" line="316" />
            <source>无法打开数据库</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="275" />
            <source>{0}

万众救援台将退出。数据库文件没有被改动。</source>
            <translation>{0}

Wanzhong Rescue Desk will quit. The database file was not changed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="280" />
            <source>无法打开或创建数据库“{0}”：{1}

请检查文件夹是否存在、是否有写入权限。</source>
            <translation>Cannot open or create the database "{0}": {1}

Please check that the folder exists and that you may write to it.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="286" />
            <source>无法打开数据库“{0}”：{1}

万众救援台将退出。</source>
            <translation>Cannot open the database "{0}": {1}

Wanzhong Rescue Desk will quit.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="298" />
            <location filename="../../wz_desktop/ui/app.py" line="505" />
            <source>数据库“{0}”已损坏（{1}），只能查看和导出，不能修改。请从备份恢复。</source>
            <translation>The database "{0}" is damaged ({1}): it can only be viewed and exported, not changed. Please restore a backup.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="317" />
            <source>{0}

没有找到可以用来恢复的备份。万众救援台将退出。数据库文件没有被改动。</source>
            <translation>{0}

No backup to restore from was found. Wanzhong Rescue Desk will quit. The database file was not changed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="319" />
            <location filename="../../wz_desktop/ui/app.py" line="506" />
            <source>数据库已损坏</source>
            <translation>Database damaged</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="320" />
            <source>{0}

没有找到可以用来恢复的备份。程序仍会打开这个数据库，但只能查看和导出，不能修改，部分记录可能读不出或不完整：请尽快导出各年份的工作簿，并联系维护人员。</source>
            <translation>{0}

No backup to restore from was found. The database will still be opened, but only to view and export, not to change, and some records may be unreadable or incomplete: please export each year's workbook soon and contact the maintainer.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="328" />
            <source>万众救援台将退出</source>
            <translation>Wanzhong Rescue Desk will quit</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="328" />
            <source>数据库没有被改动。</source>
            <translation>The database was not changed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="345" />
            <source>恢复失败</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="350" />
            <source>已用 {0} 的备份恢复数据库：{1} 条任务。</source>
            <translation>Database restored from the backup of {0}: {1} tasks.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="353" />
            <source>损坏的数据库已另存为：{0}</source>
            <translation>The damaged database was saved as: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="354" />
            <source>数据库已恢复</source>
            <translation>Database restored</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="377" />
            <source>无法生成演示数据库</source>
            <translation>Cannot create the demo database</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="378" />
            <source>无法在“{0}”生成演示数据库：{1}</source>
            <translation>Cannot create the demo database at "{0}": {1}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="461" />
            <location filename="../../wz_desktop/ui/app.py" line="470" />
            <source>数据库已在使用中</source>
            <translation>Database in use</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="462" />
            <source>{0}

本窗口将关闭，数据库没有被改动。</source>
            <translation>{0}

This window will close; the database was not changed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="466" />
            <source>自 {0} 起</source>
            <translation>since {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="468" />
            <source>进程号 {0}</source>
            <translation>process {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="469" />
            <source>（{0}）</source>
            <translation> ({0})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="469" />
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="471" />
            <source>数据库已在另一个万众救援台窗口中打开{0}：
{1}

同一个数据库同时只能在一个窗口中使用，请切换到那个窗口继续工作。本窗口将关闭。</source>
            <translation>The database is already open in another Wanzhong Rescue Desk window{0}:
{1}

A database can be used in only one window at a time; please switch to that window to carry on. This window will close.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="507" />
            <source>数据库“{0}”未通过完整性检查：{1}

从现在起不再写入、不再备份这个文件，只能查看和导出。请用“文件 → 从备份恢复”恢复：{2}</source>
            <translation>The database "{0}" failed the integrity check: {1}

From now on nothing is written to this file and it is not backed up; it can only be viewed and exported. Please restore with "File → Restore from backup": {2}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/app.py" line="540" />
            <source>数据库结构已升级，升级前的副本保存在：{0}</source>
            <translation>The database structure was upgraded; a copy from before the upgrade is at: {0}</translation>
        </message>
        <message>
            <source>数据库“{0}”未通过完整性检查，已经损坏：{1}</source>
            <translation type="obsolete">The database "{0}" failed the integrity check and is damaged: {1}</translation>
        </message>
        <message>
            <source>{0}

没有找到可以用来恢复的备份。程序仍会打开这个数据库，但部分记录可能读不出或不完整：请尽快导出各年份的工作簿，并联系维护人员。</source>
            <translation type="obsolete">{0}

No backup to restore from was found. The database will still be opened, but some records may be unreadable or incomplete: please export each year's workbook soon and contact the maintainer.</translation>
        </message>
    </context>
    <context>
        <name>AttendancePage</name>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="213" />
            <source>本月</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="213" />
            <source>上月</source>
            <translation>Last month</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="214" />
            <source>本季度</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="214" />
            <source>上季度</source>
            <translation>Last quarter</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="215" />
            <source>今年</source>
            <translation>This year</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="215" />
            <source>去年</source>
            <translation>Last year</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="216" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="216" />
            <source>自定义</source>
            <translation>Custom</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="218" />
            <source>统计的时间段；选“自定义”后可填起止日期</source>
            <translation>The period counted; choose "Custom" to enter start and end dates</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="231" />
            <source>全部类别</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="234" />
            <source>导出 Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="236" />
            <source>把当前视图（含筛选条件和统计口径说明）导出为 Excel 工作簿（Ctrl+E）</source>
            <translation>Export the current view (with its filters and how it is counted) as an Excel workbook (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="239" />
            <source>时间(&amp;T)</source>
            <translation>&amp;Time</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="241" />
            <source>分队(&amp;D)</source>
            <translation>S&amp;quad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="243" />
            <source>类别(&amp;K)</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="263" />
            <source>双击一名队员查看其出队记录。</source>
            <translation>Double-click a member to see their dispatches.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="269" />
            <source>输入姓名、编号或电话查找队员（Ctrl+F）</source>
            <translation>Type a name, number or phone to find a member (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="274" />
            <source>队员(&amp;M)</source>
            <translation>&amp;Member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="284" />
            <source>自此日起没有出队(&amp;S)</source>
            <translation>No dispatch &amp;since</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="290" />
            <source>按队员</source>
            <translation>By member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="291" />
            <source>按分队</source>
            <translation>By squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="292" />
            <source>队员记录</source>
            <translation>Member record</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="293" />
            <source>久未出队</source>
            <translation>Long inactive</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="349" />
            <location filename="../../wz_desktop/ui/attendance_page.py" line="611" />
            <source>全部分队</source>
            <translation>All squads</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="351" />
            <source>{0}（已撤销）</source>
            <translation>{0} (cancelled)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="500" />
            <source>统计出错（{0}），详细信息已写入日志。</source>
            <translation>Counting failed ({0}); details are in the log.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="507" />
            <source>共 {0} 名队员，其中 {1} 名出勤，出勤 {2} 人次，{3:.1f} 小时</source>
            <translation>{0} members, {1} attended, {2} attendances, {3:.1f} hours</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="510" />
            <source>这段时间没有按人员的考勤记录。请换一个时间段或分队。</source>
            <translation>No per-member attendance in this period. Try another period or squad.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="518" />
            <source>共 {0} 个分队；这段时间共 {1} 次出队（一次出队可有几个分队参加，占比之和可超过 100%）</source>
            <translation>{0} squads; {1} dispatches in this period (several squads may join one dispatch, so shares can add up to more than 100%)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="521" />
            <source>这段时间没有出队记录。</source>
            <translation>No dispatches in this period.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="526" />
            <source>在上面输入姓名、编号或电话选择一名队员；在“按队员”中双击一名队员也可以。</source>
            <translation>Type a name, number or phone above to choose a member, or double-click a member under "By member".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="537" />
            <source>这名队员已不在名册中。</source>
            <translation>This member is no longer on the roster.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="540" />
            <source>{0}（{1}，{2}）的出队记录</source>
            <translation>Dispatches of {0} ({1}, {2})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="541" />
            <location filename="../../wz_desktop/ui/attendance_page.py" line="577" />
            <source>无编号</source>
            <translation>No number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="541" />
            <location filename="../../wz_desktop/ui/attendance_page.py" line="577" />
            <source>未分队</source>
            <translation>No squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="543" />
            <source>共 {0} 次，其中出勤 {1} 次，{2:.1f} 小时</source>
            <translation>{0} dispatches, attended {1}, {2:.1f} hours</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="550" />
            <source>共 {0} 名在册队员自 {1} 起没有出队，其中 {2} 名从未出队（只算按人员的考勤记录）</source>
            <translation>{0} members on the roster have not been dispatched since {1}; {2} never (counting per-member attendance only)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="552" />
            <source>按分队筛选；不按时间段和类别筛选</source>
            <translation>Filtered by squad; not by period or kind</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="577" />
            <source>{0}（{1}，{2}）</source>
            <translation>{0} ({1}, {2})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="579" />
            <source> 已离队</source>
            <translation> (left the team)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="617" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="617" />
            <location filename="../../wz_desktop/ui/attendance_page.py" line="621" />
            <location filename="../../wz_desktop/ui/attendance_page.py" line="621" />
            <location filename="../../wz_desktop/ui/attendance_page.py" line="623" />
            <location filename="../../wz_desktop/ui/attendance_page.py" line="625" />
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>分队</source>
            <translation>Squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="617" />
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="618" />
            <source>按队员出勤统计</source>
            <translation>Attendance by member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="618" />
            <source>按分队出勤统计</source>
            <translation>Attendance by squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="618" />
            <source>队员出队记录</source>
            <translation>Member's dispatches</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="618" />
            <source>久未出队的队员</source>
            <translation>Long-inactive members</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="623" />
            <source>队员</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="625" />
            <source>未出队起始日</source>
            <translation>Not dispatched since</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="626" />
            <source>导出时间</source>
            <translation>Exported at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="644" />
            <source>导出出勤统计</source>
            <translation>Export attendance</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="645" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="658" />
            <source>导出失败</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="662" />
            <source>导出完成</source>
            <translation>Export done</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/attendance_page.py" line="663" />
            <source>已把“{0}”的 {1} 行导出到：
{2}</source>
            <translation>Exported {1} rows of "{0}" to:
{2}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>出勤次数</source>
            <translation>Attended</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>迟到</source>
            <translation>Late</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>早退</source>
            <translation>Left early</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>缺勤</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>未考核</source>
            <translation>Not reviewed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>时长（小时）</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <location filename="../../wz_desktop/domain/words.py" />
            <source>水上救援</source>
            <translation>Water rescue</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <location filename="../../wz_desktop/domain/words.py" />
            <source>城市搜救</source>
            <translation>Urban search</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <location filename="../../wz_desktop/domain/words.py" />
            <source>山地救援</source>
            <translation>Mountain rescue</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <location filename="../../wz_desktop/domain/words.py" />
            <source>培训保障</source>
            <translation>Training support</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <location filename="../../wz_desktop/domain/words.py" />
            <source>疫情防控</source>
            <translation>Epidemic control</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <location filename="../../wz_desktop/domain/words.py" />
            <source>队伍整备与设备保养</source>
            <translation>Team upkeep and equipment</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>最近出队</source>
            <translation>Last dispatch</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>出勤队员</source>
            <translation>Members attending</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>出队次数</source>
            <translation>Dispatches</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>出队人数</source>
            <translation>Headcount</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>出队车次</source>
            <translation>Vehicle trips</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>人数不详的出队</source>
            <translation>Dispatches with unknown headcount</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>队员时长（小时）</source>
            <translation>Member hours</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>负担占比</source>
            <translation>Share of load</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>出队时间</source>
            <translation>Departure</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>事件摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>考勤</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" />
            <source>入队日期</source>
            <translation>Joined on</translation>
        </message>
        <message>
            <source>人员出勤按考勤记录统计（自 {0} 起有记录）</source>
            <translation type="obsolete">Member attendance is counted from attendance records (recorded since {0})</translation>
        </message>
        <message>
            <source>人员出勤按考勤记录统计（目前还没有按人员的考勤记录）</source>
            <translation type="obsolete">Member attendance is counted from attendance records (no per-member attendance recorded yet)</translation>
        </message>
        <message>
            <source>出队次数、人数、车次按任务记录统计（自 {0} 起），含导入的历史数据</source>
            <translation type="obsolete">Dispatches, people and vehicle trips are counted from task records (since {0}), including imported history</translation>
        </message>
        <message>
            <source>出队次数、人数、车次按任务记录统计，含导入的历史数据</source>
            <translation type="obsolete">Dispatches, people and vehicle trips are counted from task records, including imported history</translation>
        </message>
        <message>
            <source>；导入的历史数据只有人数，没有姓名，不计入人员出勤</source>
            <translation type="obsolete">; imported history has only headcounts, no names, and is not counted in member attendance</translation>
        </message>
        <message>
            <source>{0}；{1}。</source>
            <translation type="obsolete">{0}; {1}.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="56" />
            <source>修改记录</source>
            <translation>Change log</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="59" />
            <source>从</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="61" />
            <source>到</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="73" />
            <source>筛选(&amp;F)</source>
            <translation>&amp;Filter</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="74" />
            <source>导出 Excel(&amp;E)…</source>
            <translation>&amp;Export to Excel…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="95" />
            <source>经办人：</source>
            <translation>By:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="97" />
            <source>表：</source>
            <translation>Table:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="128" />
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="131" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="159" />
            <source>显示最近的 {0} 条（还有更早的，导出可得全部）</source>
            <translation>Showing the latest {0} (there are older ones; export to get them all)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="161" />
            <source>共 {0} 条</source>
            <translation>{0} entries</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="168" />
            <source>修改记录 {0}.xlsx</source>
            <translation>Change log {0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="169" />
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="178" />
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="180" />
            <source>导出修改记录</source>
            <translation>Export the change log</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="169" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" line="180" />
            <source>已导出 {0} 条修改记录到 {1}</source>
            <translation>Exported {0} change-log entries to {1}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" />
            <source>经办人</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" />
            <source>表</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" />
            <source>记录编号</source>
            <translation>Record no.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" />
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" />
            <source>原值</source>
            <translation>Old value</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/audit_dialog.py" />
            <source>新值</source>
            <translation>New value</translation>
        </message>
        <message>
            <source>任务</source>
            <translation type="obsolete">Tasks</translation>
        </message>
        <message>
            <source>出队队员</source>
            <translation type="obsolete">Members dispatched</translation>
        </message>
        <message>
            <source>出队车辆</source>
            <translation type="obsolete">Vehicles dispatched</translation>
        </message>
        <message>
            <source>来电</source>
            <translation type="obsolete">Calls</translation>
        </message>
        <message>
            <source>核实</source>
            <translation type="obsolete">Verifications</translation>
        </message>
        <message>
            <source>案件</source>
            <translation type="obsolete">Case</translation>
        </message>
        <message>
            <source>考核</source>
            <translation type="obsolete">Review</translation>
        </message>
        <message>
            <source>分队</source>
            <translation type="obsolete">Squad</translation>
        </message>
        <message>
            <source>队员</source>
            <translation type="obsolete">Member</translation>
        </message>
        <message>
            <source>证书</source>
            <translation type="obsolete">Certificate</translation>
        </message>
        <message>
            <source>车辆</source>
            <translation type="obsolete">Vehicles</translation>
        </message>
        <message>
            <source>用户</source>
            <translation type="obsolete">User</translation>
        </message>
        <message>
            <source>设置</source>
            <translation type="obsolete">Settings</translation>
        </message>
        <message>
            <source>导入</source>
            <translation type="obsolete">Import</translation>
        </message>
        <message>
            <source>名册</source>
            <translation type="obsolete">Roster</translation>
        </message>
        <message>
            <source>对外共享</source>
            <translation type="obsolete">Shares</translation>
        </message>
        <message>
            <source>数据库</source>
            <translation type="obsolete">Database</translation>
        </message>
        <message>
            <source>新增</source>
            <translation type="obsolete">Insert</translation>
        </message>
        <message>
            <source>修改</source>
            <translation type="obsolete">Update</translation>
        </message>
        <message>
            <source>删除</source>
            <translation type="obsolete">Delete</translation>
        </message>
        <message>
            <source>登录</source>
            <translation type="obsolete">Sign-in</translation>
        </message>
        <message>
            <source>登录失败</source>
            <translation type="obsolete">Sign-in failed</translation>
        </message>
        <message>
            <source>状态变更</source>
            <translation type="obsolete">Status change</translation>
        </message>
        <message>
            <source>从备份恢复</source>
            <translation type="obsolete">Restore from backup</translation>
        </message>
        <message>
            <source>共享</source>
            <translation type="obsolete">Shared</translation>
        </message>
        <message>
            <source>状态</source>
            <translation type="obsolete">Status</translation>
        </message>
        <message>
            <source>名称</source>
            <translation type="obsolete">Name</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation type="obsolete">Name</translation>
        </message>
        <message>
            <source>角色</source>
            <translation type="obsolete">Role</translation>
        </message>
        <message>
            <source>启用</source>
            <translation type="obsolete">Active</translation>
        </message>
        <message>
            <source>密码</source>
            <translation type="obsolete">Password</translation>
        </message>
        <message>
            <source>登录名</source>
            <translation type="obsolete">Login name</translation>
        </message>
        <message>
            <source>队长</source>
            <translation type="obsolete">Leader</translation>
        </message>
        <message>
            <source>区域</source>
            <translation type="obsolete">District</translation>
        </message>
        <message>
            <source>编号</source>
            <translation type="obsolete">Number</translation>
        </message>
        <message>
            <source>昵称</source>
            <translation type="obsolete">Nickname</translation>
        </message>
        <message>
            <source>电话</source>
            <translation type="obsolete">Phone</translation>
        </message>
        <message>
            <source>备注</source>
            <translation type="obsolete">Remarks</translation>
        </message>
        <message>
            <source>入队日期</source>
            <translation type="obsolete">Joined on</translation>
        </message>
        <message>
            <source>证书编号</source>
            <translation type="obsolete">Certificate no.</translation>
        </message>
        <message>
            <source>发证日期</source>
            <translation type="obsolete">Issued on</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation type="obsolete">Valid until</translation>
        </message>
        <message>
            <source>车牌</source>
            <translation type="obsolete">Plate</translation>
        </message>
        <message>
            <source>归属</source>
            <translation type="obsolete">Owner type</translation>
        </message>
        <message>
            <source>车主</source>
            <translation type="obsolete">Owner</translation>
        </message>
        <message>
            <source>座位</source>
            <translation type="obsolete">Seats</translation>
        </message>
        <message>
            <source>出勤</source>
            <translation type="obsolete">Attendance</translation>
        </message>
        <message>
            <source>时长</source>
            <translation type="obsolete">Hours</translation>
        </message>
        <message>
            <source>值</source>
            <translation type="obsolete">Value</translation>
        </message>
        <message>
            <source>事件编号</source>
            <translation type="obsolete">Event no.</translation>
        </message>
        <message>
            <source>事件摘要</source>
            <translation type="obsolete">Summary</translation>
        </message>
        <message>
            <source>出队时间</source>
            <translation type="obsolete">Departure</translation>
        </message>
        <message>
            <source>出队人数</source>
            <translation type="obsolete">Headcount</translation>
        </message>
        <message>
            <source>出队车次</source>
            <translation type="obsolete">Vehicle trips</translation>
        </message>
        <message>
            <source>任务结果</source>
            <translation type="obsolete">Outcome</translation>
        </message>
        <message>
            <source>救助人数</source>
            <translation type="obsolete">People helped</translation>
        </message>
        <message>
            <source>返回时间</source>
            <translation type="obsolete">Returned at</translation>
        </message>
        <message>
            <source>类别</source>
            <translation type="obsolete">Kind</translation>
        </message>
        <message>
            <source>文件</source>
            <translation type="obsolete">File</translation>
        </message>
        <message>
            <source>备份文件夹</source>
            <translation type="obsolete">Backup folder</translation>
        </message>
        <message>
            <source>保留每日备份份数</source>
            <translation type="obsolete">Daily backups kept</translation>
        </message>
        <message>
            <source>保留其他备份份数</source>
            <translation type="obsolete">Other backups kept</translation>
        </message>
    </context>
    <context>
        <name>AuditTable</name>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>任务</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>出队队员</source>
            <translation>Members dispatched</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>出队车辆</source>
            <translation>Vehicles dispatched</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>来电</source>
            <translation>Calls</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>核实</source>
            <translation>Verifications</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>案件</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>走失人员</source>
            <translation>Missing persons</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>考核</source>
            <translation>Reviews</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>分队</source>
            <translation>Squads</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>队员</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>证书</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>车辆</source>
            <translation>Vehicles</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>用户</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>导入</source>
            <translation>Imports</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>名册</source>
            <translation>Roster</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>对外共享</source>
            <translation>Shares</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>数据库</source>
            <translation>Database</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="50" />
            <source>{0:.1f} MB</source>
            <translation>{0:.1f} MB</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="51" />
            <source>{0} KB</source>
            <translation>{0} KB</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="60" />
            <source>每日自动备份</source>
            <translation>Daily automatic backup</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="61" />
            <source>导入前</source>
            <translation>Before import</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="62" />
            <source>升级前</source>
            <translation>Before upgrade</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="63" />
            <source>恢复前</source>
            <translation>Before restore</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="64" />
            <source>手动备份</source>
            <translation>Manual backup</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="65" />
            <source>名册导入前</source>
            <translation>Before roster import</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="66" />
            <source>损坏的数据库（留档）</source>
            <translation>Damaged database (kept)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="75" />
            <source>尚无备份</source>
            <translation>No backup yet</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="76" />
            <source>最近备份：{0}</source>
            <translation>Last backup: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="90" />
            <source>备份失败</source>
            <translation>Backup failed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="90" />
            <source>无法备份数据库：{0}。</source>
            <translation>Cannot back up the database: {0}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="92" />
            <source>备份完成</source>
            <translation>Backup done</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="92" />
            <source>数据库已备份到：
{0}</source>
            <translation>Database backed up to:
{0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="110" />
            <source>每日备份</source>
            <translation>Daily backup</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="110" />
            <source>正在备份数据库……</source>
            <translation>Backing up the database…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="115" />
            <source>已自动备份数据库（{0}）</source>
            <translation>Database backed up automatically ({0})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="129" />
            <source>已用 {0} 的备份（{1}）恢复数据库：{2} 条任务。</source>
            <translation>Database restored from the backup of {0} ({1}): {2} tasks.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="132" />
            <source>恢复前的数据库已保存为：{0}</source>
            <translation>The database from before the restore was saved as: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="147" />
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="150" />
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="210" />
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="147" />
            <source>另一项工作还在进行，请等它完成后再恢复。</source>
            <translation>Another job is still running; please wait for it to finish before restoring.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="151" />
            <source>用 {0} 的备份（{1}，{2} 条任务）替换当前数据库？

此后录入的内容会从数据库中消失；当前数据库会先另存一份“恢复前”备份，需要时可以再恢复回来。</source>
            <translation>Replace the current database with the backup of {0} ({1}, {2} tasks)?

Anything entered since will disappear from the database; the current database is first saved as a "before restore" backup, so you can restore it again if needed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="171" />
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="173" />
            <source>恢复失败</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="173" />
            <source>{0}

当前数据库没有被替换。</source>
            <translation>{0}

The current database was not replaced.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="178" />
            <source>无法打开数据库</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="187" />
            <source>恢复完成</source>
            <translation>Restore done</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="210" />
            <source>数据库已损坏</source>
            <translation>Database damaged</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="215" />
            <source>选择一份备份，用它替换数据库“{0}”。当前数据库会先另存一份。</source>
            <translation>Choose a backup to replace the database "{0}" with. The current database is saved first.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="217" />
            <source>没有找到数据库“{0}”的备份（查找了：{1}）。</source>
            <translation>No backups of the database "{0}" were found (looked in: {1}).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="226" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="226" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="226" />
            <source>任务数</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="226" />
            <source>最近任务</source>
            <translation>Latest task</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="226" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="226" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="242" />
            <source>恢复所选备份…</source>
            <translation>Restore the chosen backup…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="242" />
            <source>恢复所选备份</source>
            <translation>Restore the chosen backup</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="248" />
            <source>仍然打开</source>
            <translation>Open anyway</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="251" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="251" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="288" />
            <source>可用</source>
            <translation>Usable</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="288" />
            <source>不可用：{0}</source>
            <translation>Not usable: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="322" />
            <source>这份备份不能用来恢复：{0}</source>
            <translation>This backup cannot be used to restore: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="324" />
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="324" />
            <source>{0} 年 {1} 条</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="324" />
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="326" />
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="327" />
            <source>无</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/backup_dialog.py" line="325" />
            <source>任务 {0} 条（{1}）；接报 {2} 条；队员 {3} 人；最近任务出队 {4}；最后修改 {5}。
{6}</source>
            <translation>{0} tasks ({1}); {2} calls; {3} members; latest dispatch {4}; last change {5}.
{6}</translation>
        </message>
    </context>
    <context>
        <name>BaseMapDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="187" />
            <source>在地图上选驻地</source>
            <translation>Choose the base on the map</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="191" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="191" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="193" />
            <source>点击地图选定驻地，或在下方输入坐标</source>
            <translation>Click the base on the map, or type its coordinates below</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="203" />
            <source>还没有选定地点：点击地图，或输入坐标后按回车。</source>
            <translation>No point chosen yet: click the map, or type coordinates and press Enter.</translation>
        </message>
    </context>
    <context>
        <name>CallForm</name>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="91" />
            <source>输入开头的字或拼音首字母选择，如 js = 家属，1 = 110指挥中心</source>
            <translation>Type the first characters or pinyin initials to choose, e.g. js = family, 1 = 110 command centre</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="92" />
            <location filename="../../wz_desktop/ui/call_form.py" line="591" />
            <source>姓名或称呼，如 王女士</source>
            <translation>Name or how to address them, e.g. Ms Wang</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="93" />
            <source>手机 13804112233 或座机 0411-84661234</source>
            <translation>Mobile 13804112233 or landline 0411-84661234</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="96" />
            <source>输入开头的字或拼音首字母选择，如 gjzq = 甘井子区；可不选</source>
            <translation>Type the first characters or pinyin initials to choose, e.g. gjzq = Ganjingzi; optional</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="97" />
            <source>路名、小区、海域、山名、参照物</source>
            <translation>Road, estate, sea area, mountain, landmark</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="101" />
            <source>发生了什么：谁、几人、何时不见/被困、体貌特征……</source>
            <translation>What happened: who, how many, when missing/trapped, appearance…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="104" />
            <source>可不选；输入拼音首字母选择，如 ssjy = 水上救援。在此按 Enter 即登记</source>
            <translation>Optional; type pinyin initials to choose, e.g. ssjy = water rescue. Enter here logs the call</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="108" />
            <source>核实(&amp;V)…</source>
            <translation>&amp;Verify…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="108" />
            <source>核实刚登记的来电</source>
            <translation>Verify the call just logged</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="118" />
            <source>继续填写草稿(&amp;R)</source>
            <translation>&amp;Resume the draft</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="127" />
            <source>全部确认(&amp;Q)</source>
            <translation>Confirm all (&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="129" />
            <source>核对过了：去掉所有栏目的“从警情读出”标记</source>
            <translation>Checked: remove the "read from the alert" mark from every field</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="134" />
            <source>接报时间(&amp;T)</source>
            <translation>Received &amp;at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="135" />
            <source>信息来源(&amp;O)</source>
            <translation>S&amp;ource</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="136" />
            <source>求助人(&amp;N)</source>
            <translation>Caller &amp;name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="137" />
            <source>联系电话(&amp;P)</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="138" />
            <source>区域(&amp;R)</source>
            <translation>&amp;District</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="139" />
            <source>地点(&amp;A)</source>
            <translation>Pl&amp;ace</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="140" />
            <source>情况(&amp;D)</source>
            <translation>&amp;Details</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="141" />
            <source>建议任务类别(&amp;K)</source>
            <translation>Suggested &amp;kind</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="153" />
            <source>登记(&amp;S)</source>
            <translation>&amp;Log</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="154" />
            <source>登记这个来电（Ctrl+S；在最后一栏按 Enter 也可）</source>
            <translation>Log this call (Ctrl+S; or Enter in the last field)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="155" />
            <location filename="../../wz_desktop/ui/call_form.py" line="341" />
            <source>丢弃草稿</source>
            <translation>Discard draft</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="156" />
            <source>删除这份尚未登记的草稿</source>
            <translation>Delete this draft that has not been logged</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="157" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="158" />
            <source>关闭（Esc）；已填写的内容保存为草稿</source>
            <translation>Close (Esc); what is filled in is kept as a draft</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="159" />
            <source>粘贴警情…</source>
            <translation>Paste alert…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="161" />
            <source>把复制的警情短信、微信读进表格（{0}）：读出的栏目标黄，请逐栏核对</source>
            <translation>Read a copied alert (SMS, WeChat) into the form ({0}): the fields read are tinted yellow; check each one</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="284" />
            <source>草稿未能保存：{0}</source>
            <translation>The draft could not be saved: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="292" />
            <source>草稿已自动保存（{0}）</source>
            <translation>Draft saved automatically ({0})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="304" />
            <source>草稿（编号 {0}）不存在，可能已被丢弃。</source>
            <translation>The draft (no. {0}) does not exist; it may have been discarded.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="307" />
            <source>来电 #{0} 已经登记，不是草稿。</source>
            <translation>Call #{0} is already logged; it is not a draft.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="329" />
            <source>草稿 #{0}，接着填写后登记。</source>
            <translation>Draft #{0}: finish it, then log it.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="342" />
            <source>确定丢弃这份草稿吗？已填写的内容将被删除，无法恢复。</source>
            <translation>Discard this draft? What is filled in will be deleted and cannot be recovered.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="364" />
            <source>登记</source>
            <translation>Log</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="364" />
            <source>还有 {0} 栏是从警情读出、尚未核对的：{1}。仍然登记吗？</source>
            <translation>{0} fields were read from the alert and not yet checked: {1}. Log the call anyway?</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="386" />
            <source>已登记来电 #{0}：{1}。可接着登记下一个来电。</source>
            <translation>Logged call #{0}: {1}. You can log the next call now.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="387" />
            <source>核实 #{0}(&amp;V)…</source>
            <translation>&amp;Verify #{0}…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="404" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="404" />
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="404" />
            <source>年龄</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="405" />
            <source>身高</source>
            <translation>Height</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="405" />
            <source>衣着</source>
            <translation>Clothing</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="406" />
            <source>病情</source>
            <translation>Condition</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="406" />
            <source>本人电话</source>
            <translation>Person's phone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="407" />
            <source>最后见到的地点</source>
            <translation>Last seen at (place)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="407" />
            <source>最后见到的时间</source>
            <translation>Last seen at (time)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="408" />
            <source>船名</source>
            <translation>Vessel</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="408" />
            <source>经纬度</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="408" />
            <source>建议任务类别</source>
            <translation>Suggested kind</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="409" />
            <source>是否走失</source>
            <translation>Missing person</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="445" />
            <source>剪贴板里没有文字：先复制警情（短信、微信），再按 {0}。</source>
            <translation>The clipboard holds no text: copy the alert (SMS, WeChat) first, then press {0}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="462" />
            <source>{0}：{1} → {2}</source>
            <translation>{0}: {1} → {2}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="464" />
            <source>粘贴警情</source>
            <translation>Paste alert</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="464" />
            <source>这些栏目已经填写了，要换成警情里读出的吗？&lt;br&gt;{0}&lt;br&gt;选“否”则保留已填写的内容。</source>
            <translation>These fields are already filled in. Replace them with what was read from the alert?&lt;br&gt;{0}&lt;br&gt;Choose "No" to keep what was typed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="494" />
            <source>从粘贴的警情填了 {0} 栏（黄底），都是推测，请逐栏核对：改动或在栏内按 Enter 即确认。</source>
            <translation>{0} fields were filled from the pasted alert (yellow). They are guesses: check each one; editing it or pressing Enter in it confirms it.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="499" />
            <source>没有填（拿不准）：</source>
            <translation>Left empty (unsure): </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="504" />
            <source>警情里没有读到：{0}</source>
            <translation>Not found in the alert: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="506" />
            <source>保留了已填写的：{0}</source>
            <translation>Kept as typed: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="522" />
            <source>从粘贴的警情读出，请核对：{0}</source>
            <translation>Read from the pasted alert, please check: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="543" />
            <source>从粘贴的警情填的栏都已核对。</source>
            <translation>The fields filled from the pasted alert have all been checked.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="599" />
            <source>这个号码以前来过电话（{0} 次，最近一次 #{1}）：{2}</source>
            <translation>This number has called before (calls: {0}; the last, #{1}): {2}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="627" />
            <source>（另有 {0} 份草稿在“接报”页）</source>
            <translation> ({0} more drafts on the Calls page)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="628" />
            <source>有一份未登记的草稿 #{0}：{1}{2}</source>
            <translation>A draft not yet logged, #{0}: {1}{2}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="644" />
            <source>新来电</source>
            <translation>New call</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_form.py" line="646" />
            <source>来电草稿 #{0}</source>
            <translation>Call draft #{0}</translation>
        </message>
        <message>
            <source>{0}岁</source>
            <translation type="obsolete">{0} years old</translation>
        </message>
        <message>
            <source>身高{0}厘米</source>
            <translation type="obsolete">{0} cm tall</translation>
        </message>
        <message>
            <source>穿{0}</source>
            <translation type="obsolete">wearing {0}</translation>
        </message>
        <message>
            <source>走失人员：{0}</source>
            <translation type="obsolete">Missing person: {0}</translation>
        </message>
        <message>
            <source>最后见到：{0}</source>
            <translation type="obsolete">Last seen: {0}</translation>
        </message>
        <message>
            <source>船名：{0}</source>
            <translation type="obsolete">Vessel: {0}</translation>
        </message>
        <message>
            <source>经纬度（WGS-84）：{0}</source>
            <translation type="obsolete">Position (WGS-84): {0}</translation>
        </message>
    </context>
    <context>
        <name>CallModel</name>
        <message>
            <location filename="../../wz_desktop/ui/call_model.py" line="28" />
            <source>草稿</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_model.py" />
            <source>接报时间</source>
            <translation>Received at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_model.py" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_model.py" />
            <source>求助人</source>
            <translation>Caller</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_model.py" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_model.py" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_model.py" />
            <source>情况</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_model.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/call_model.py" />
            <source>已等待</source>
            <translation>Waited</translation>
        </message>
    </context>
    <context>
        <name>CallStatus</name>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>接报</source>
            <translation>Logged</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>核实</source>
            <translation>Verified</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>出队</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>不实</source>
            <translation>False</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>重复</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>已解除</source>
            <translation>Resolved</translation>
        </message>
    </context>
    <context>
        <name>CallsPage</name>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="104" />
            <source>已登记、尚未核实的来电，最早的在前</source>
            <translation>Logged calls not verified yet, oldest first</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="105" />
            <source>核实属实、尚未出队的来电，最早的在前</source>
            <translation>Calls verified as true, not dispatched yet, oldest first</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="106" />
            <source>已出队的来电</source>
            <translation>Calls dispatched</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="107" />
            <source>核实为不实、重复或已解除的来电（不生成任务，记录保留）</source>
            <translation>Calls found false, duplicate or resolved (no task is made; the record is kept)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="108" />
            <source>尚未登记的草稿</source>
            <translation>Drafts not logged yet</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="109" />
            <source>全部来电和草稿</source>
            <translation>All calls and drafts</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="122" />
            <source>搜索电话、求助人、地点、情况（Ctrl+F）</source>
            <translation>Search phone, caller, place, what happened (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="123" />
            <source>在全部来电和草稿中查找，如一个号码以前的来电；按 Esc 清除</source>
            <translation>Search all calls and drafts, e.g. a number's earlier calls; Esc clears</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="126" />
            <source>新来电(&amp;N)…</source>
            <translation>&amp;New call…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="127" />
            <location filename="../../wz_desktop/ui/calls_page.py" line="172" />
            <source>登记一个新来电（Ctrl+N）</source>
            <translation>Log a new call (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="173" />
            <source>当前用户的角色不能登记来电</source>
            <translation>The signed-in user's role cannot log calls</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="211" />
            <source>待核实</source>
            <translation>To verify</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="211" />
            <source>待出队</source>
            <translation>To dispatch</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="211" />
            <source>已出队</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="212" />
            <source>已结案</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="212" />
            <source>草稿</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="212" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="215" />
            <source>{0}（{1}）</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="216" />
            <source>找到 {0} 条</source>
            <translation>{0} found</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="217" />
            <source>共 {0} 条</source>
            <translation>{0} entries</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="219" />
            <source>没有等待核实的来电。按 Ctrl+N 登记新来电。</source>
            <translation>No calls waiting for verification. Press Ctrl+N to log a new call.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="220" />
            <source>没有等待出队的来电。</source>
            <translation>No calls waiting for dispatch.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="221" />
            <source>还没有出队的来电。</source>
            <translation>No calls dispatched yet.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="222" />
            <source>没有结案的来电。</source>
            <translation>No closed calls.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="223" />
            <source>没有草稿。</source>
            <translation>No drafts.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/calls_page.py" line="224" />
            <source>还没有来电。按 Ctrl+N 登记新来电。</source>
            <translation>No calls yet. Press Ctrl+N to log a new call.</translation>
        </message>
    </context>
    <context>
        <name>CaseForm</name>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="71" />
            <source>走失人员案件</source>
            <translation>Missing-person case</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="84" />
            <location filename="../../wz_desktop/ui/case_form.py" line="89" />
            <source>不详</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="97" />
            <source>照片文件（家属提供）</source>
            <translation>Photo file (from the family)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="98" />
            <source>选择…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="110" />
            <source>仍在搜寻</source>
            <translation>Still searching</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="114" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="120" />
            <source>全部确认(&amp;Q)</source>
            <translation>Confirm all (&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="125" />
            <source>点选最后出现地点(&amp;1)</source>
            <translation>Click sets the last-seen point (&amp;1)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="126" />
            <source>点选找到地点(&amp;2)</source>
            <translation>Click sets the found point (&amp;2)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="131" />
            <source>清除此点</source>
            <translation>Clear this point</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="139" />
            <source>年龄(&amp;A)</source>
            <translation>Age (&amp;A)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="150" />
            <source>案件名称(&amp;T)</source>
            <translation>Case title (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="151" />
            <source>姓名(&amp;N)</source>
            <translation>Name (&amp;N)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="152" />
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="154" />
            <source>人员类别(&amp;C)</source>
            <translation>Category (&amp;C)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="155" />
            <source>体貌特征(&amp;D)</source>
            <translation>Description (&amp;D)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="156" />
            <source>照片</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="157" />
            <source>家属电话</source>
            <translation>Family phone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="158" />
            <source>最后出现时间(&amp;L)</source>
            <translation>Last seen time (&amp;L)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="159" />
            <source>最后出现地点</source>
            <translation>Last seen at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="160" />
            <source>最后出现坐标</source>
            <translation>Last seen point</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="161" />
            <source>结果(&amp;R)</source>
            <translation>Outcome (&amp;R)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="161" />
            <source>找到者</source>
            <translation>Found by</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="163" />
            <source>找到时间(&amp;F)</source>
            <translation>Found at (time) (&amp;F)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="164" />
            <source>找到地点</source>
            <translation>Found at (place)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="165" />
            <source>找到坐标</source>
            <translation>Found point</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="166" />
            <source>搜寻</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="179" />
            <source>寻人启事…</source>
            <translation>Missing-person notice…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="180" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="180" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="228" />
            <source>只有值班秘书和管理员可以修改案件；姓名、电话等个人信息不显示。</source>
            <translation>Only duty secretaries and administrators can change a case; personal details such as name and phone are not shown.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="244" />
            <source>按来电的警情填了 {0} 栏（黄底），都是推测，请逐栏核对：改动或在栏内按 Enter 即确认。</source>
            <translation>{0} fields were filled from the call's alert (yellow): each is a guess; check them one by one: edit a field or press Enter in it to confirm.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="279" />
            <source>从来电的警情读出，请核对</source>
            <translation>Read from the call's alert: please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="290" />
            <source>按来电的警情填的 {0} 栏都已核对。</source>
            <translation>The {0} fields filled from the call's alert have all been checked.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="320" />
            <source>未定（在右边地图上点选或输入坐标）</source>
            <translation>Not set (click on the map on the right or type coordinates)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="324" />
            <source>{0}（GCJ-02）；{1}（WGS-84）{2}</source>
            <translation>{0} (GCJ-02); {1} (WGS-84){2}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="325" />
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="330" />
            <source>；距最后出现地点 {0}</source>
            <translation>; {0} from the last-seen point</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="341" />
            <source>最后出现</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="342" />
            <source>找到</source>
            <translation>Found</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="362" />
            <source>定下最后出现地点后，这里按本队以往同类案件画出找到距离的范围圈。</source>
            <translation>Once the last-seen point is set, rings show how far the team's earlier cases of the same kind were found.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="370" />
            <source>{0}%：{1}</source>
            <translation>{0}%: {1}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="385" />
            <source>保存后，这次出队并入本案件；以后的出队在任务页并入。</source>
            <translation>When saved, this turn-out joins the case; later turn-outs join it from their task page.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="388" />
            <source>{0} 次出队，共 {1} 人次</source>
            <translation>{0} turn-outs, {1} people in all</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="390" />
            <source>，历时 {0:.1f} 小时，{1:.0f} 人·小时</source>
            <translation>, {0:.1f} hours, {1:.0f} person-hours</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="392" />
            <source>；{0} 次出队尚未返回（用时在返回或找到后计算）</source>
            <translation>; {0} turn-outs not back yet (their time is counted on return or on the find)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="421" />
            <source>保存案件</source>
            <translation>Save the case</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="421" />
            <source>还有 {0} 栏是从警情读出、尚未核对的：{1}。仍然保存吗？</source>
            <translation>{0} fields were read from the alert and not yet checked: {1}. Save anyway?</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="456" />
            <source>选择照片</source>
            <translation>Choose a photo</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_form.py" line="457" />
            <source>图片 (*.jpg *.jpeg *.png *.bmp)</source>
            <translation>Pictures (*.jpg *.jpeg *.png *.bmp)</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation type="obsolete">Name</translation>
        </message>
        <message>
            <source>年龄</source>
            <translation type="obsolete">Age</translation>
        </message>
        <message>
            <source>人员类别</source>
            <translation type="obsolete">Category</translation>
        </message>
        <message>
            <source>体貌特征</source>
            <translation type="obsolete">Description</translation>
        </message>
        <message>
            <source>最后出现时间</source>
            <translation type="obsolete">Last seen time</translation>
        </message>
        <message>
            <source>{0} 次出队，共 {1} 人次，历时 {2:.1f} 小时，{3:.0f} 人·小时</source>
            <translation type="obsolete">{0} turn-outs, {1} people in all, {2:.1f} hours, {3:.0f} person-hours</translation>
        </message>
    </context>
    <context>
        <name>CaseList</name>
        <message>
            <location filename="../../wz_desktop/ui/case_list.py" line="25" />
            <source>走失人员案件</source>
            <translation>Missing-person case</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_list.py" line="26" />
            <source>按案件名称、姓名或地点查找</source>
            <translation>Find by case title, name or place</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_list.py" line="27" />
            <source>只看仍在搜寻的(&amp;O)</source>
            <translation>Only searches still going on (&amp;O)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_list.py" line="29" />
            <source>案件</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_list.py" line="29" />
            <source>人员类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_list.py" line="29" />
            <source>最后出现</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_list.py" line="30" />
            <source>结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_list.py" line="30" />
            <source>出队</source>
            <translation>Turn-outs</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_list.py" line="30" />
            <source>找到距离</source>
            <translation>Found at (distance)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_list.py" line="37" />
            <source>打开(&amp;E)</source>
            <translation>Open (&amp;E)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_list.py" line="38" />
            <source>新建案件(&amp;N)…</source>
            <translation>New case (&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_list.py" line="40" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_list.py" line="71" />
            <source>仍在搜寻</source>
            <translation>Still searching</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/case_list.py" line="79" />
            <source>{0} 个案件</source>
            <translation>{0} cases</translation>
        </message>
    </context>
    <context>
        <name>ChartsPage</name>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="91" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="775" />
            <source>所选范围内没有任务</source>
            <translation>No tasks in the chosen range</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="234" />
            <source>对比年份：</source>
            <translation>Compare with:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="236" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="250" />
            <source>不对比</source>
            <translation>No comparison</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="252" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="303" />
            <source>{0} 年</source>
            <translation>{0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="302" />
            <source>{0} 年（左）与 {1} 年（右，浅色）</source>
            <translation>{0} (left) and {1} (right, lighter)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="318" />
            <source>共 {0} 条任务</source>
            <translation>{0} tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="320" />
            <source>；另有 {0} 条任务出队时间不明，未计入</source>
            <translation>; {0} more tasks with an unknown departure time are not counted</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="352" />
            <source>类别 / 分队</source>
            <translation>Kind / squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="352" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="400" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="720" />
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>任务数</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="352" />
            <source>中位数（分钟）</source>
            <translation>Median (minutes)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="372" />
            <source>仅统计登记了来电的任务（{0} 条），其余 {1} 条没有来电记录</source>
            <translation>Only tasks with a logged call are counted ({0}); the other {1} have no call record</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="374" />
            <source>；另有 {0} 条有来电但出队时间只有日期</source>
            <translation>; {0} more have a call but only a date for the departure</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="376" />
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="391" />
            <source>从接报到出队的分钟数</source>
            <translation>Minutes from call to dispatch</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="403" />
            <source>中位数 {0:g} 分钟</source>
            <translation>Median {0:g} min</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="430" />
            <source>{0} 分钟：{1} 条任务</source>
            <translation>{0} min: {1} tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="447" />
            <source>统计出队时间精确到时分的任务 {0} 条</source>
            <translation>{0} tasks with the departure time to the minute</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="448" />
            <source>；{0} 条只有日期，未计入</source>
            <translation>; {0} with only a date are not counted</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="449" />
            <source>；{0} 条出队时间不明</source>
            <translation>; {0} with an unknown departure time</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="453" />
            <source>出队时段（小时 × 星期）</source>
            <translation>Departures by hour × weekday</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="460" />
            <source>时</source>
            <translation>Hour</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="472" />
            <source>{0} {1}:00–{1}:59：{2} 条任务</source>
            <translation>{0} {1}:00–{1}:59: {2} tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="509" />
            <source>人次与车次取自各任务登记的出队人数、车次（含导入的历史记录）；一条任务有几个分队参加，就计入每个分队</source>
            <translation>People and vehicle trips are the headcounts and trips recorded for each task (imported history included); a task with several squads counts for each squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="510" />
            <source>；{0} 条任务人数不明，未计入人次</source>
            <translation>; {0} tasks with an unknown headcount are not counted in people</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="522" />
            <source>{0}
任务 {1}，人次 {2}，车次 {3}</source>
            <translation>{0}
Tasks {1}, people {2}, vehicle trips {3}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="552" />
            <source>平均</source>
            <translation>Mean</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="554" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="952" />
            <source>中位数</source>
            <translation>Median</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="565" />
            <source>柱高为平均数，菱形为中位数；人数、车次不明的任务不计入</source>
            <translation>Bars are means, diamonds medians; tasks with an unknown headcount or number of trips are not counted</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="577" />
            <source>{0}（{1} 条任务）
人数：平均 {2}，中位数 {3}
车次：平均 {4}，中位数 {5}</source>
            <translation>{0} ({1} tasks)
People: mean {2}, median {3}
Vehicle trips: mean {4}, median {5}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="598" />
            <source>走失搜寻按“城市搜救”类别统计</source>
            <translation>Missing-person searches are counted from the "Urban search" kind</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="600" />
            <source>未记录</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="602" />
            <source>走失人员搜寻结果（城市搜救，共 {0} 次）</source>
            <translation>Missing-person search results (urban search, {0} in all)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="607" />
            <source>走失搜寻按“城市搜救”类别统计；“未记录”为没有登记结果的任务</source>
            <translation>Missing-person searches are counted from the "Urban search" kind; "Not recorded" means no result was entered</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="618" />
            <source>{0}：{1} 次（{2:.0f}%）</source>
            <translation>{0}: {1} ({2:.0f}%)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="657" />
            <source>显示：</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="658" />
            <source>走失最后出现地点</source>
            <translation>Where missing people were last seen</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="658" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="756" />
            <source>找到地点</source>
            <translation>Found at (place)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="658" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="758" />
            <source>分队驻地</source>
            <translation>Squads' bases</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="671" />
            <source>打开此案件</source>
            <translation>Open this case</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="673" />
            <source>先点击地图上案件的点</source>
            <translation>Click a case's point on the map first</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="735" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="833" />
            <source>找到地点：</source>
            <translation>Found here: </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="739" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="832" />
            <source>{0}驻地</source>
            <translation>{0}'s base</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="769" />
            <source>共 {0} 条任务，{1} 条知道在哪个区（来电登记的区域，或事件摘要写明的区县、地标）</source>
            <translation>{0} tasks, {1} of them in a known district (the call's district, or the district or landmark the summary names)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="772" />
            <source>；{0} 条看不出在哪个区，未计入</source>
            <translation>; {0} with no known district, not counted</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="778" />
            <source>走失人员案件（按最后出现时间）：共 {0} 个案件</source>
            <translation>Missing-person cases (by when last seen): {0} cases</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="780" />
            <source>，{0} 个有坐标</source>
            <translation>, {0} with a point</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="782" />
            <source>，{0} 个有找到地点</source>
            <translation>, {0} with where found</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="785" />
            <source>分队驻地 {0} 个</source>
            <translation>{0} squads' bases</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="786" />
            <source>。</source>
            <translation>. </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="810" />
            <source>{0}：{1} 条任务</source>
            <translation>{0}: {1} tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="841" />
            <source>，找到处距最后出现地点 {0}</source>
            <translation>, found {0} from where last seen</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="858" />
            <source>仍在搜寻</source>
            <translation>Still searching</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="863" />
            <source>最后出现</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="891" />
            <source>所选范围内没有走失人员案件</source>
            <translation>No missing-person cases in the chosen range</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="892" />
            <source>人员类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="892" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="988" />
            <source>案件数</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="892" />
            <source>已找到</source>
            <translation>Found</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="892" />
            <source>有距离</source>
            <translation>With distance</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="892" />
            <source>距离 25%</source>
            <translation>Distance 25%</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="892" />
            <source>距离 50%</source>
            <translation>Distance 50%</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="892" />
            <source>距离 75%</source>
            <translation>Distance 75%</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="893" />
            <source>距离 95%</source>
            <translation>Distance 95%</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="893" />
            <source>有用时</source>
            <translation>With time</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="893" />
            <source>用时 25%</source>
            <translation>Time 25%</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="893" />
            <source>用时 50%</source>
            <translation>Time 50%</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="893" />
            <source>用时 75%</source>
            <translation>Time 75%</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="893" />
            <source>用时 95%</source>
            <translation>Time 95%</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="893" />
            <source>提示</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="925" />
            <source>按最后出现时间统计所选时间内的走失人员案件，共 {0} 例，已找到 {1} 例。“类别”“分队”筛选不适用于走失统计（案件不属于某一类任务或某个分队）。</source>
            <translation>Missing-person cases last seen in the chosen period: {0}, of them {1} found. The kind and squad filters do not apply here (a case is not a task of one kind or one squad). </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="928" />
            <source>找到者：{0}。</source>
            <translation>Found by: {0}. </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="928" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="1356" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="930" />
            <source>分位数按线性插值计算（与 numpy、Excel 的 PERCENTILE.INC 相同）；不足 {0} 例不计算，不足 {1} 例仅供参考。</source>
            <translation>Percentiles by linear interpolation (as numpy and Excel's PERCENTILE.INC); not computed under {0} cases, for reference only under {1}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="936" />
            <source>距最后出现地点的距离（公里）</source>
            <translation>Distance from the last-seen point (km)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="936" />
            <source>公里</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="937" />
            <source>找到用时（小时）</source>
            <translation>Time to find (hours)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="937" />
            <source>小时</source>
            <translation>hours</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="958" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="1045" />
            <source>{0}（{1} 例）</source>
            <translation>{0} ({1} cases)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="969" />
            <source>结果与用时（全部类别，{0} 例）</source>
            <translation>Outcome by time (all categories, {0} cases)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="993" />
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1005" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="1009" />
            <source>距离：{0}</source>
            <translation>distance: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1005" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="1007" />
            <source>用时：{0}</source>
            <translation>time: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1011" />
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1050" />
            <source>{0}：{1} 例</source>
            <translation>{0}: {1} cases</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1153" />
            <source>保存图片…</source>
            <translation>Save image…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1156" />
            <source>时间：</source>
            <translation>Time:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1157" />
            <source>类别：</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1157" />
            <source>分队：</source>
            <translation>Squad:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1268" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="1270" />
            <location filename="../../wz_desktop/ui/charts_page.py" line="1284" />
            <source>保存图片</source>
            <translation>Save image</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1268" />
            <source>所选范围内没有任务，没有可保存的图表。</source>
            <translation>No tasks in the chosen range; there is no chart to save.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1270" />
            <source>PNG 图片 (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1284" />
            <source>图片未能保存：{0}</source>
            <translation>The image could not be saved: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1305" />
            <source>全部分队</source>
            <translation>All squads</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1354" />
            <source>全部类别</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" line="1358" />
            <source>{0} 个类别</source>
            <translation>{0} kinds</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>周一</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>周二</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>周三</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>周四</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>周五</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>周六</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>周日</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>月度任务</source>
            <translation>Monthly tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>响应时间</source>
            <translation>Response time</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>出队时段</source>
            <translation>Departure times</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>分队负担</source>
            <translation>Squad load</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>每任务人数与车次</source>
            <translation>People and trips per task</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>走失搜寻结果</source>
            <translation>Missing-person searches</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>地图</source>
            <translation>Map</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>走失统计</source>
            <translation>Missing persons</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>出队人次</source>
            <translation>People dispatched</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>出队车次</source>
            <translation>Vehicle trips</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>每任务出队人数</source>
            <translation>People per task</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>每任务出队车次</source>
            <translation>Vehicle trips per task</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>今年</source>
            <translation>This year</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>去年</source>
            <translation>Last year</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>最近 12 个月</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/charts_page.py" />
            <source>自定义</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>，找到处距最后出现地点 {0} 公里</source>
            <translation type="obsolete">, found {0} km from where last seen</translation>
        </message>
        <message>
            <source>类别</source>
            <translation type="obsolete">Kind</translation>
        </message>
        <message>
            <source>案件</source>
            <translation type="obsolete">Case</translation>
        </message>
        <message>
            <source>{0} 例</source>
            <translation type="obsolete">{0} cases</translation>
        </message>
        <message>
            <source>求助时段</source>
            <translation type="obsolete">Call times</translation>
        </message>
    </context>
    <context>
        <name>DatasetDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="139" />
            <source>导出研究数据集</source>
            <translation>Export the research dataset</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="146" />
            <source>研究数据集</source>
            <translation>research dataset</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="148" />
            <source>浏览(&amp;B)…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="152" />
            <source>不含姓名、电话、地址和自由文本；队员和车辆使用每次导出新生成的代号；年龄五岁一段，地点到区，时间到小时；k-匿名报告写在数据集的 README.md 中。</source>
            <translation>No names, phones, addresses or free text; members and vehicles get pseudonyms made anew for each export; ages in five-year bands, places to the district, times to the hour; the k-anonymity report is in the dataset's README.md.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="159" />
            <source>起始日期(&amp;S)：</source>
            <translation>&amp;Start date:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="160" />
            <source>截止日期(&amp;U)：</source>
            <translation>&amp;Until:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="161" />
            <source>文件夹(&amp;F)：</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="172" />
            <source>选择文件夹</source>
            <translation>Choose a folder</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="179" />
            <source>截止日期早于起始日期。</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="181" />
            <source>请填写一个新的或空的文件夹，它所在的文件夹必须已存在。</source>
            <translation>Please enter a new or empty folder; the folder it is in must exist.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="183" />
            <source>文件夹“{0}”不是空的，请选择一个新的或空的文件夹。</source>
            <translation>The folder "{0}" is not empty; please choose a new or empty folder.</translation>
        </message>
    </context>
    <context>
        <name>DeskPage</name>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="52" />
            <source>{0} 分钟</source>
            <translation>{0} min</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="55" />
            <source>{0} 小时 {1} 分</source>
            <translation>{0} h {1} min</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="57" />
            <source>{0} 天 {1} 小时</source>
            <translation>{0} d {1} h</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="116" />
            <location filename="../../wz_desktop/ui/desk_page.py" line="117" />
            <source>接报时间</source>
            <translation>Received at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="116" />
            <location filename="../../wz_desktop/ui/desk_page.py" line="117" />
            <source>已等待</source>
            <translation>Waited</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="116" />
            <location filename="../../wz_desktop/ui/desk_page.py" line="117" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="116" />
            <location filename="../../wz_desktop/ui/desk_page.py" line="117" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="116" />
            <location filename="../../wz_desktop/ui/desk_page.py" line="117" />
            <source>情况</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="118" />
            <location filename="../../wz_desktop/ui/desk_page.py" line="119" />
            <source>出队时间</source>
            <translation>Departure</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="118" />
            <source>已出队</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="118" />
            <location filename="../../wz_desktop/ui/desk_page.py" line="119" />
            <source>事件编号</source>
            <translation>Event no.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="118" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="118" />
            <location filename="../../wz_desktop/ui/desk_page.py" line="119" />
            <source>分队</source>
            <translation>Squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="118" />
            <location filename="../../wz_desktop/ui/desk_page.py" line="119" />
            <source>摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="119" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="120" />
            <source>到期日</source>
            <translation>Expires</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="120" />
            <source>队员</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="120" />
            <source>证书</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="143" />
            <location filename="../../wz_desktop/ui/desk_page.py" line="201" />
            <source>回车或双击打开一行。Ctrl+N 新来电，F5 刷新。把警情的文字拖到这里：新来电，读入警情。</source>
            <translation>Enter or double-click opens a row. Ctrl+N new call, F5 refresh. Drop the text of an alert here: a new call, with the alert read.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="202" />
            <source>回车或双击打开一行。F5 刷新。</source>
            <translation>Enter or double-click opens a row. F5 refreshes.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="226" />
            <source>待核实来电（{0}）</source>
            <translation>Calls to verify ({0})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="226" />
            <source>已核实，待出队（{0}）</source>
            <translation>Verified, to dispatch ({0})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="226" />
            <source>出队中（{0}）</source>
            <translation>Out on dispatch ({0})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="227" />
            <source>待考勤、考核、归档（{0}）</source>
            <translation>Attendance, review, archive due ({0})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="227" />
            <source>{0} 天内到期的证书（{1}）</source>
            <translation>Certificates expiring within {0} days ({1})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/desk_page.py" line="240" />
            <source>寻人启事仍在发布，案件已结束（{1}）：请撤回 — {0}</source>
            <translation>A missing-person notice is still out but the case is closed ({1}): withdraw it — {0}</translation>
        </message>
        <message>
            <source>寻人启事仍在发布，但人已找到（案件已结束）：请撤回 — {0}</source>
            <translation type="obsolete">A missing-person notice is still out but the person was found (the case is closed): withdraw it — {0}</translation>
        </message>
        <message>
            <source>回车或双击打开一行。Ctrl+N 新来电，F5 刷新。</source>
            <translation type="obsolete">Enter or double-click opens a row. Ctrl+N new call, F5 refresh.</translation>
        </message>
        <message>
            <source>待交考勤</source>
            <translation type="obsolete">Attendance due</translation>
        </message>
        <message>
            <source>待考核</source>
            <translation type="obsolete">To review</translation>
        </message>
        <message>
            <source>待归档</source>
            <translation type="obsolete">To archive</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../wz_desktop/ui/dialogs.py" line="45" />
            <source>选择要导入的年度工作簿</source>
            <translation>Choose the yearly workbooks to import</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dialogs.py" line="46" />
            <location filename="../../wz_desktop/ui/dialogs.py" line="55" />
            <source>Excel 工作簿 (*.xlsx *.xls);;所有文件 (*)</source>
            <translation>Excel workbooks (*.xlsx *.xls);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dialogs.py" line="54" />
            <source>选择要导入的名册</source>
            <translation>Choose the roster to import</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dialogs.py" line="69" />
            <source>打开所在文件夹</source>
            <translation>Open containing folder</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dialogs.py" line="107" />
            <source>选择数据库文件</source>
            <translation>Choose the database file</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dialogs.py" line="107" />
            <source>万众救援台数据库 (*.db);;所有文件 (*)</source>
            <translation>Wanzhong Rescue Desk database (*.db);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>DispatchForm</name>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/common.py" line="34" />
            <source>未分队</source>
            <translation>No squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/common.py" line="39" />
            <source>（已停用）</source>
            <translation> (inactive)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="95" />
            <source>出队</source>
            <translation>Dispatch</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="120" />
            <source>已恢复未保存的草稿</source>
            <translation>Unsaved draft restored</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="146" />
            <source>这个来电已在别处出队或结案，不能再从这里出队。</source>
            <translation>This call was dispatched or closed elsewhere; it cannot be dispatched from here any more.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="167" />
            <source>放弃草稿</source>
            <translation>Discard draft</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="180" />
            <source>留空则由系统按顺序编号；旧编号可照原样填写。</source>
            <translation>Leave empty to number automatically; old numbers can be entered as they are.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="182" />
            <source>一句话写明事件，例如“星海广场附近海域游客落水”</source>
            <translation>One sentence on the event, e.g. "Tourist fell into the sea near Xinghai Square"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="184" />
            <source>输入分队名称筛选，回车勾选第一个</source>
            <translation>Type a squad name to filter; Enter ticks the first</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="197" />
            <source>输入带队队长的姓名、电话或编号</source>
            <translation>Type the team leader's name, phone or number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="200" />
            <source>加队员：输入姓名、电话或编号，回车加入名单</source>
            <translation>Add members: type a name, phone or number; Enter adds to the list</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="201" />
            <source>粘贴接龙…</source>
            <translation>Paste sign-up list…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="201" />
            <source>粘贴微信接龙名单（Ctrl+Shift+V）</source>
            <translation>Paste a WeChat sign-up list (Ctrl+Shift+V)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="206" />
            <source>Delete 删除选中的行；F2 修改角色或备注；空格勾选自带车。</source>
            <translation>Delete removes the selected rows; F2 edits the role or remarks; Space ticks own car.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="213" />
            <source>备注（回车保存）</source>
            <translation>Remarks (Enter saves)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="216" />
            <source>任务类别</source>
            <translation>Task kind</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="217" />
            <source>事件编号</source>
            <translation>Event no.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="218" />
            <source>出队时间</source>
            <translation>Departure</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="219" />
            <source>事件摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="220" />
            <location filename="../../wz_desktop/ui/dispatch/member_table.py" line="68" />
            <location filename="../../wz_desktop/ui/dispatch/new_member.py" line="29" />
            <source>分队</source>
            <translation>Squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="221" />
            <source>带队队长</source>
            <translation>Team leader</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="222" />
            <source>出队队员</source>
            <translation>Members dispatched</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="224" />
            <source>车辆</source>
            <translation>Vehicles</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="225" />
            <source>出队人数</source>
            <translation>Headcount</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="226" />
            <source>出队车次</source>
            <translation>Vehicle trips</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="227" />
            <location filename="../../wz_desktop/ui/dispatch/member_table.py" line="68" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="235" />
            <source>关闭（Esc）</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="236" />
            <source>出队（Ctrl+S）</source>
            <translation>Dispatch (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="236" />
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="629" />
            <source>保存修改（Ctrl+S）</source>
            <translation>Save changes (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="254" />
            <source>— 请选择 —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="290" />
            <source>来电：{0}　{1}　{2}　{3}</source>
            <translation>Call: {0}  {1}  {2}  {3}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="295" />
            <source>来电（编号 {0}）不存在。</source>
            <translation>The call (no. {0}) does not exist.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="297" />
            <source>直接出队：培训保障、疫情防控、整备保养不需要来电。</source>
            <translation>Direct dispatch: training support, epidemic control and upkeep need no call.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="299" />
            <source>已归档的任务为只读；如需更正，请先在任务页写明原因重新打开。</source>
            <translation>An archived task is read-only; to correct it, first reopen it on the task page with a reason.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="302" />
            <source>只有值班秘书或管理员可以登记或修改出队；这里只能查看。</source>
            <translation>Only the duty secretary or an administrator may log or change a dispatch; here you can only look.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="316" />
            <source>留空则按名单计算；名单不全时可填写更大的数。</source>
            <translation>Leave empty to count from the list; if the list is incomplete, enter a larger number.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="323" />
            <source>车辆 {0}</source>
            <translation>Vehicle {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="325" />
            <source>（{0} 座）</source>
            <translation> ({0} seats)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="327" />
            <source>（队员私家车）</source>
            <translation> (member's car)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="505" />
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="506" />
            <source>按名单：{0}</source>
            <translation>From the list: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="507" />
            <source>名单 {0} 人；留空则按名单</source>
            <translation>{0} on the list; leave empty to use the list</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="508" />
            <source>队伍车辆 {0} + 队员自驾 {1}；留空则按名单</source>
            <translation>Team vehicles {0} + members' cars {1}; leave empty to use the list</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="513" />
            <source>留空则保持原编号</source>
            <translation>Leave empty to keep the number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="519" />
            <source>自动：{0}</source>
            <translation>Automatic: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="574" />
            <source>没有加入名册：{0}</source>
            <translation>Not added to the roster: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="590" />
            <source>请选择任务类别。</source>
            <translation>Please choose the task kind.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="602" />
            <source>名册中还没有分队。请先在“名册”页（Ctrl+6）的“分队”中新增分队，或在“名册”页导入队伍名册工作簿。</source>
            <translation>The roster has no squads yet. Add one under "Squads" on the Roster page (Ctrl+6), or import the roster workbook there.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="628" />
            <source>已出队，事件编号 {0}</source>
            <translation>Dispatched, event no. {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/form.py" line="631" />
            <source>已保存修改（事件编号 {0}）</source>
            <translation>Changes saved (event no. {0})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/member_picker.py" line="39" />
            <source>输入姓名、电话或编号查找队员，回车选中</source>
            <translation>Type a name, phone or number to find a member; Enter chooses</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/member_picker.py" line="68" />
            <source>名册中没有找到“{0}”</source>
            <translation>"{0}" not found on the roster</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/member_table.py" line="68" />
            <location filename="../../wz_desktop/ui/dispatch/new_member.py" line="29" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/member_table.py" line="68" />
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/member_table.py" line="68" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/member_table.py" line="68" />
            <source>自带车</source>
            <translation>Own car</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/new_member.py" line="21" />
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="298" />
            <source>加入名册</source>
            <translation>Add to roster</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/new_member.py" line="23" />
            <source>手机号，如 13804112233</source>
            <translation>Mobile number, e.g. 13804112233</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/new_member.py" line="25" />
            <source>（未分队）</source>
            <translation> (no squad)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/new_member.py" line="29" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/new_member.py" line="30" />
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="98" />
            <source>加入</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/new_member.py" line="30" />
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="112" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="87" />
            <source>粘贴接龙名单</source>
            <translation>Paste sign-up list</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="92" />
            <source>#接龙
甘井子区老人走失，19:00 集合
1. 王建国
2. 李娜 带车
3. 张伟 请假</source>
            <translation>#Sign-up
Ganjingzi: elderly man missing, meet at 19:00
1. Wang Jianguo
2. Li Na with car
3. Zhang Wei on leave</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="94" />
            <source>还没有粘贴名单。</source>
            <translation>No list pasted yet.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="97" />
            <source>行</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="97" />
            <source>接龙原文</source>
            <translation>Sign-up text</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="97" />
            <source>识别结果</source>
            <translation>Read as</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="97" />
            <source>队员</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="97" />
            <source>带车</source>
            <translation>With car</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="111" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="116" />
            <source>把微信群里的接龙整段粘贴到下面（Ctrl+V），每行的识别结果随即列出：</source>
            <translation>Paste the whole sign-up list from the WeChat group below (Ctrl+V); what each line is read as appears at once:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="200" />
            <source>跳过：{0}</source>
            <translation>Skipped: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="205" />
            <source>（随行）</source>
            <translation> (accompanying)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="224" />
            <source>共 {0} 人：已找到 {1}，需选择 {2}，名册中没有 {3}，不来或待定 {4}；跳过 {5} 行。将加入 {6} 人。</source>
            <translation>{0} people: {1} found, {2} to choose, {3} not on the roster, {4} not coming or unsure; {5} lines skipped. {6} will be added.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="229" />
            <source>同时选中分队：{0}</source>
            <translation>Also ticked squads: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="248" />
            <source>不来，跳过（{0}）</source>
            <translation>Not coming, skipped ({0})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="250" />
            <source>待定（{0}），需要时勾选“加入”</source>
            <translation>Unsure ({0}); tick "Add" if needed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="253" />
            <source>按编号</source>
            <translation>By number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="253" />
            <source>按昵称</source>
            <translation>By nickname</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="253" />
            <source>按昵称和分队</source>
            <translation>By nickname and squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="254" />
            <source>按姓名和分队</source>
            <translation>By name and squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="254" />
            <source>按部分姓名</source>
            <translation>By part of the name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="255" />
            <source>按部分姓名和分队</source>
            <translation>By part of the name and squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="256" />
            <source>已找到</source>
            <translation>Found</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="258" />
            <source>已选定</source>
            <translation>Chosen</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="260" />
            <source>；重复接龙的第 {0} 行已合并</source>
            <translation>; repeated sign-up on line {0} merged</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="263" />
            <source>请选择：{0}</source>
            <translation>Please choose: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="264" />
            <source>名册中没有这个人</source>
            <translation>Not on the roster</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="286" />
            <source>— 请选择是哪一位 —</source>
            <translation>— choose which one —</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="299" />
            <source>把“{0}”作为新队员加入名册</source>
            <translation>Add "{0}" to the roster as a new member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/dispatch/signup_dialog.py" line="357" />
            <source>第 {0} 行“{1}”名册中有多人符合，请选择是哪一位，或取消勾选“加入”。</source>
            <translation>Line {0} "{1}": several people on the roster match; choose which one, or untick "Add".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" />
            <source>空行（只有序号）</source>
            <translation>Empty line (number only)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" />
            <source>重复</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" />
            <source>无法识别姓名</source>
            <translation>Name not recognised</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" />
            <source>说明文字</source>
            <translation>Explanatory text</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" />
            <source>另一份接龙的标题</source>
            <translation>Heading of another list</translation>
        </message>
    </context>
    <context>
        <name>Domain</name>
        <message>
            <location filename="../../wz_desktop/cli.py" line="142" />
            <source>错误：{error}</source>
            <translation>Error: {error}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="163" />
            <source>错误：{message}</source>
            <translation>Error: {message}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="187" />
            <source>{app}：{team}的任务记录。不带命令时打开窗口。</source>
            <translation>{app}: the task records of the {team}. Without a command it opens the window.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="306" />
            <source>正在等待：{holder}</source>
            <translation>Waiting: {holder}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="325" />
            <location filename="../../wz_desktop/cli.py" line="702" />
            <source>错误：文件夹“{folder}”不存在。</source>
            <translation>Error: the folder "{folder}" does not exist.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="384" />
            <location filename="../../wz_desktop/cli.py" line="595" />
            <source>完整报告已写入 {path}</source>
            <translation>The full report was written to {path}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="386" />
            <location filename="../../wz_desktop/cli.py" line="597" />
            <source>错误：无法写入报告“{path}”：{reason}</source>
            <translation>Error: cannot write the report "{path}": {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="389" />
            <source>共 {files} 个文件：导入 {imported} 个，失败 {failed} 个。</source>
            <translation>{files} files: {imported} imported, {failed} failed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="409" />
            <source>已导出 {year} 年的 {count} 条任务到 {path}</source>
            <translation>Exported {count} tasks of {year} to {path}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="411" />
            <source>注意：{cut}</source>
            <translation>Note: {cut}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="422" />
            <source>已导出 {year} 年的 {count} 条任务到 {path}（已隐去个人信息：{cells} 个单元格）</source>
            <translation>Exported the {count} tasks of {year} to {path} (personal data masked in {cells} cells)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="425" />
            <source>请人工确认：{where}</source>
            <translation>Please confirm by eye: {where}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="442" />
            <source>{name}：{rows} 行，{month} 行日期改为月份，{age} 行年龄段改为未知，{quarter} 行改为季度，删除 {gone} 行</source>
            <translation>{name}: {rows} rows, {month} dates coarsened to the month, {age} age bands set to unknown, {quarter} months coarsened to the quarter, {gone} rows suppressed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="445" />
            <source>已导出研究数据集到 {path}</source>
            <translation>Research dataset exported to {path}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="451" />
            <source>{year} 年 {count} 条</source>
            <translation>{year}: {count}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="451" />
            <location filename="../../wz_desktop/domain/report.py" line="170" />
            <location filename="../../wz_desktop/store/imports.py" line="49" />
            <location filename="../../wz_desktop/store/lock.py" line="206" />
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="451" />
            <location filename="../../wz_desktop/cli.py" line="464" />
            <location filename="../../wz_desktop/cli.py" line="464" />
            <location filename="../../wz_desktop/cli.py" line="496" />
            <location filename="../../wz_desktop/cli.py" line="813" />
            <location filename="../../wz_desktop/cli.py" line="818" />
            <location filename="../../wz_desktop/services/exports.py" line="34" />
            <location filename="../../wz_desktop/workbook/exporter.py" line="54" />
            <location filename="../../wz_desktop/workbook/exporter.py" line="54" />
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="459" />
            <source>未读取</source>
            <translation>not read</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="460" />
            <source>{head}  {size}  不可用：{error}
    {path}</source>
            <translation>{head}  {size}  unusable: {error}
    {path}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="461" />
            <source>{head}  {size}  任务 {tasks} 条（{years}），接报 {calls} 条，队员 {members} 人，最近任务 {latest}，最后修改 {changed}
    {path}</source>
            <translation>{head}  {size}  {tasks} tasks ({years}), {calls} calls, {members} members, latest task {latest}, last changed {changed}
    {path}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="475" />
            <source>数据库“{name}”还没有备份（查找了：{folders}）。</source>
            <translation>The database "{name}" has no backups yet (looked in: {folders}).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="477" />
            <source>数据库“{path}”的备份（{count} 份，最新的在前）：</source>
            <translation>Backups of the database "{path}" ({count}, newest first):</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="490" />
            <source>错误：找不到备份文件“{path}”。</source>
            <translation>Error: the backup file "{path}" was not found.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="494" />
            <source>备份“{name}”：任务 {tasks} 条（{years}），接报 {calls} 条，队员 {members} 人，最近任务 {latest}。</source>
            <translation>Backup "{name}": {tasks} tasks ({years}), {calls} calls, {members} members, latest task {latest}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="500" />
            <source>错误：要替换数据库，请在终端中确认，或加上 --yes。</source>
            <translation>Error: to replace the database, confirm in a terminal or add --yes.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="502" />
            <source>用它替换数据库“{path}”？当前数据库会先另存一份。[y/N] </source>
            <translation>Replace the database "{path}" with it? A copy of the current database is saved first. [y/N] </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="504" />
            <source>没有恢复，数据库没有改动。</source>
            <translation>Not restored; the database was not changed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="515" />
            <source>已从“{source}”恢复数据库“{path}”（{tasks} 条任务）。</source>
            <translation>Restored the database "{path}" from "{source}" ({tasks} tasks).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="517" />
            <source>恢复前的数据库已另存为 {path}</source>
            <translation>The database as it was before the restore was saved as {path}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="525" />
            <source>错误：“{target}”已存在。备份只写入新文件，不覆盖。</source>
            <translation>Error: "{target}" already exists. A backup is only written to a new file, never over an old one.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="538" />
            <source>错误：无法写入“{path}”：{reason}</source>
            <translation>Error: cannot write "{path}": {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="541" />
            <source>已备份到 {path}（{count} 条任务）</source>
            <translation>Backed up to {path} ({count} tasks)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="559" />
            <source>已导出名册到 {path}：{squads} 个分队、{members} 名队员、{certificates} 张证书、{vehicles} 辆车</source>
            <translation>Exported the roster to {path}: {squads} squads, {members} members, {certificates} certificates, {vehicles} vehicles</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="573" />
            <source>错误：找不到文件“{path}”。</source>
            <translation>Error: the file "{path}" was not found.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="582" />
            <source>错误：导入前无法备份数据库（{reason}），没有导入。</source>
            <translation>Error: the database could not be backed up before the import ({reason}); nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="585" />
            <source>导入前的数据库已备份到 {path}</source>
            <translation>The database was backed up before the import to {path}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="615" />
            <source>已生成《{title}》：{path}（{pages} 页，{tasks} 条任务）</source>
            <translation>Made "{title}": {path} ({pages} pages, {tasks} tasks)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="632" />
            <source>错误：日期“{value}”无法识别，请写成 2023-03-05 的样子。</source>
            <translation>Error: the date "{value}" cannot be read; please write it like 2023-03-05.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="644" />
            <source>已导出 {count} 条修改记录到 {path}</source>
            <translation>Exported {count} change records to {path}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="661" />
            <source>错误：{what}“{value}”不是有效的日期，请写成 2022-10-01 这样。</source>
            <translation>Error: the {what} "{value}" is not a valid date; please write it like 2022-10-01.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="674" />
            <source>错误：没有“{value}”这一类任务。可选：{names}（或 {codes}）。</source>
            <translation>Error: there is no task kind "{value}". Choose from: {names} (or {codes}).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="686" />
            <source>起始日期</source>
            <translation>start date</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="686" />
            <source>截止日期</source>
            <translation>end date</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="690" />
            <source>错误：起始日期 {since} 晚于截止日期 {until}。</source>
            <translation>Error: the start date {since} is after the end date {until}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="699" />
            <source>错误：输出文件名“{name}”应以 .xlsx 结尾。</source>
            <translation>Error: the output file name "{name}" should end in .xlsx.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="718" />
            <source>相近的分队：{names}。</source>
            <translation>Similar squads: {names}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="720" />
            <source>现有分队：{names}。</source>
            <translation>Existing squads: {names}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="720" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="721" />
            <source>错误：没有名为“{name}”的分队。{hint}</source>
            <translation>Error: there is no squad named "{name}". {hint}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="732" />
            <source>全队</source>
            <translation>the whole team</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="733" />
            <source>已导出{who} {period} 的出勤统计到 {path}：{members} 名队员出勤 {attended} 人次、{hours:.1f} 小时；{squads} 个分队出队 {turnouts} 次</source>
            <translation>Exported the attendance of {who} for {period} to {path}: {members} members, {attended} attendances, {hours:.1f} hours; {squads} squads, {turnouts} turnouts</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="734" />
            <location filename="../../wz_desktop/domain/attendance.py" line="74" />
            <location filename="../../wz_desktop/report/figures.py" line="59" />
            <source>{since} 至 {until}</source>
            <translation>{since} to {until}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="754" />
            <source>#{id} {title}｜{category}｜最后出现 {seen}｜{outcome}｜出队 {turnouts} 次</source>
            <translation>#{id} {title} | {category} | last seen {seen} | {outcome} | {turnouts} turn-outs</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="759" />
            <source>共 {count} 个案件</source>
            <translation>{count} cases in all</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="765" />
            <location filename="../../wz_desktop/dataset.py" line="363" />
            <source>日期应写成 YYYY-MM-DD。</source>
            <translation>Dates are written YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="772" />
            <source>{category}：{cases} 例，找到 {found} 例；距离（{known} 例有两点）{distance}；用时 {hours}{warning}</source>
            <translation>{category}: {cases} cases, {found} found; distance ({known} with both points) {distance}; time {hours}{warning}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="776" />
            <source>（{warning}）</source>
            <translation> ({warning})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="784" />
            <source>错误：“{target}”已存在。演示数据库只写入新文件，不覆盖。</source>
            <translation>Error: "{target}" already exists. The demo database is only written to a new file, never over an old one.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="787" />
            <source>演示数据库已生成：{path}（{count} 条任务）</source>
            <translation>Demo database created: {path} ({count} tasks)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="790" />
            <source>演示用户（密码都是 {password}）：{admin}（管理员）、{secretary}（值班秘书）、{leader}（分队长）</source>
            <translation>Demo users (the password of each is {password}): {admin} (administrator), {secretary} (duty secretary), {leader} (squad leader)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="810" />
            <source>Qt {version}，平台插件 {platform}</source>
            <translation>Qt {version}, platform plugin {platform}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="813" />
            <source>Qt 翻译：{loaded}（Cancel → {cancel}）</source>
            <translation>Qt translations: {loaded} (Cancel → {cancel})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="818" />
            <source>图标：{found}</source>
            <translation>Icon: {found}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="818" />
            <source>有</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="826" />
            <source>pyqtgraph 无法加载：{exc}</source>
            <translation>pyqtgraph cannot be loaded: {exc}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="830" />
            <source>地图：{count} 个区县（{file}）</source>
            <translation>Map: {count} districts ({file})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="832" />
            <source>大连的区县地图不全：{count} 个区县</source>
            <translation>Dalian's district map is incomplete: {count} districts</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="834" />
            <source>大连的区县地图无法加载：{exc}</source>
            <translation>Dalian's district map cannot be loaded: {exc}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="844" />
            <source>主窗口无法打开：{error}: {exc}</source>
            <translation>The main window cannot open: {error}: {exc}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="846" />
            <source>错误：{problem}</source>
            <translation>Error: {problem}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="860" />
            <source>程序包：{bundle}（已加载 {count} 个模块，包外 {outside} 个）</source>
            <translation>Bundle: {bundle} ({count} modules loaded, {outside} from outside it)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="862" />
            <source>模块 {name} 来自程序包之外：{file}</source>
            <translation>The module {name} comes from outside the bundle: {file}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="865" />
            <source>Qt {name}：{path}</source>
            <translation>Qt {name}: {path}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="867" />
            <source>Qt 的 {name} 在程序包之外：{path}</source>
            <translation>Qt's {name} is outside the bundle: {path}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="890" />
            <source>主窗口：{title}（{shown}）</source>
            <translation>Main window: {title} ({shown})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="890" />
            <source>已显示</source>
            <translation>shown</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="890" />
            <source>未显示</source>
            <translation>not shown</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/cli.py" line="952" />
            <source>已中断。</source>
            <translation>Interrupted.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/dataset.py" line="316" />
            <source>数据集表 {name} 的列与数据字典不符。</source>
            <translation>The columns of the dataset's table {name} do not match the data dictionary.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/dataset.py" line="320" />
            <source>数据集表 {name} 引用了不存在的任务。</source>
            <translation>The dataset's table {name} refers to tasks that are not in it.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/dataset.py" line="322" />
            <source>数据集的任务编号重复。</source>
            <translation>The dataset's task references are not unique.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/dataset.py" line="365" />
            <source>截止日期早于起始日期。</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/dataset.py" line="368" />
            <source>文件夹“{folder}”不是空的，请选择一个新的或空的文件夹。</source>
            <translation>The folder "{folder}" is not empty; please choose a new or empty folder.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/dataset.py" line="371" />
            <source>{since} 至 {until} 之间没有任务和来电。</source>
            <translation>There are no tasks or calls between {since} and {until}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/dataset.py" line="391" />
            <source>研究数据集 {since} 至 {until}</source>
            <translation>Research dataset {since} to {until}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/dataset.py" line="392" />
            <source>{cells} 行；k={k}；删除 {suppressed} 行</source>
            <translation>{cells} rows; k={k}; {suppressed} rows removed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/demo.py" line="604" />
            <source>“{path}”已存在。演示数据库只写入新文件。</source>
            <translation>"{path}" already exists. The demo database is only written to a new file.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/demo.py" line="857" />
            <source>{name}（{owner}私家车）</source>
            <translation>{name} ({owner}'s own car)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="145" />
            <location filename="../../wz_desktop/domain/notice.py" line="110" />
            <source>{age}岁</source>
            <translation>{age} years old</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="151" />
            <source>走失人员：{person}</source>
            <translation>Missing person: {person}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="154" />
            <source>最后见到：{seen}</source>
            <translation>Last seen: {seen}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="156" />
            <source>船名：{vessel}</source>
            <translation>Vessel: {vessel}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="158" />
            <source>经纬度（WGS-84）：{position}</source>
            <translation>Position (WGS-84): {position}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="329" />
            <source>警情里没有写接报时间。</source>
            <translation>The alert does not say when it was received.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="362" />
            <source>看不出警情是谁转来的。</source>
            <translation>The alert does not say who passed it on.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="393" />
            <source>走失人员有几个号码。</source>
            <translation>The missing person has several phone numbers.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="398" />
            <source>唯一的号码是走失人员家人的，不是求助人的。</source>
            <translation>The only number is the missing person's family's, not the caller's.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="411" />
            <source>有几个电话号码，看不出哪个是求助人的。</source>
            <translation>There are several phone numbers; none is said to be the caller’s.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="444" />
            <source>警情只说平时常去哪里。</source>
            <translation>The alert only says where the person usually goes.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="468" />
            <source>由经纬度推断</source>
            <translation>from the position</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="498" />
            <source>由“{word}”推断</source>
            <translation>from "{word}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="502" />
            <source>警情里有几个区：{names}。</source>
            <translation>The alert names several districts: {names}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="511" />
            <source>由地标“{word}”推断</source>
            <translation>from the landmark "{word}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="515" />
            <source>“{word}”不止一处，看不出是哪个区。</source>
            <translation>There is more than one "{word}"; the district is not clear.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="519" />
            <source>“{word}”跨两个区，看不出是哪个。</source>
            <translation>"{word}" spans two districts; which one is not clear.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="521" />
            <source>警情里没有区县，也没有认得的地标。</source>
            <translation>The alert names no district and no known landmark.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="541" />
            <source>警情里的经纬度读不出。</source>
            <translation>The position in the alert cannot be read.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="565" />
            <source>警情里有几条船：{names}。</source>
            <translation>The alert names several vessels: {names}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="586" />
            <source>看不出是水上、城市还是山地的任务。</source>
            <translation>Whether this is a water, urban or mountain task is not clear.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="685" />
            <source>由出生年份推算</source>
            <translation>from the year of birth</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="769" />
            <source>警情只说可能去了哪里，不是最后见到的地方。</source>
            <translation>The alert only says where the person may have gone, not where they were last seen.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/alert.py" line="784" />
            <source>时间是一个范围：{text}</source>
            <translation>The time is a range: {text}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/attendance.py" line="58" />
            <source>没有这样的时间段：{key}</source>
            <translation>No such period: {key}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/attendance.py" line="76" />
            <source>{since} 起</source>
            <translation>from {since}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/attendance.py" line="78" />
            <source>至 {until}</source>
            <translation>until {until}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/attendance.py" line="79" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/attendance.py" line="85" />
            <source>人员出勤按考勤记录统计（自 {month} 起有记录）</source>
            <translation>Member attendance is counted from attendance records (recorded since {month})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/attendance.py" line="86" />
            <source>人员出勤按考勤记录统计（目前还没有按人员的考勤记录）</source>
            <translation>Member attendance is counted from attendance records (no per-member attendance recorded yet)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/attendance.py" line="88" />
            <source>出队次数、人数、车次按任务记录统计（自 {month} 起），含导入的历史数据</source>
            <translation>Dispatches, people and vehicle trips are counted from task records (since {month}), including imported history</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/attendance.py" line="90" />
            <source>出队次数、人数、车次按任务记录统计，含导入的历史数据</source>
            <translation>Dispatches, people and vehicle trips are counted from task records, including imported history</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/attendance.py" line="92" />
            <source>{named}；{tasks}；导入的历史数据只有人数，没有姓名，不计入人员出勤。</source>
            <translation>{named}; {tasks}; imported history has headcounts but no names, so it is not in member attendance.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/attendance.py" line="93" />
            <source>{named}；{tasks}。</source>
            <translation>{named}; {tasks}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="136" />
            <source>{month}·{day} </source>
            <translation>{month}/{day} </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="137" />
            <source>（{surname}某）</source>
            <translation> ({surname})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="139" />
            <source>{date}{what}走失{who}</source>
            <translation>{date}{what} missing{who}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="145" />
            <source>身高{height}厘米</source>
            <translation>{height} cm tall</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="146" />
            <source>穿{clothing}</source>
            <translation>wearing {clothing}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="198" />
            <source>类别“{value}”不在列表中，请从{choices}中选择。</source>
            <translation>Category "{value}" is not on the list: choose one of {choices}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="201" />
            <source>性别只能是“男”或“女”，不知道就空着。</source>
            <translation>Sex is either "male" or "female"; leave it empty if not known.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="203" />
            <source>年龄 {value} 不对：应在 0 到 {top} 之间，不知道就空着。</source>
            <translation>Age {value} is wrong: it is between 0 and {top}; leave it empty if not known.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="211" />
            <source>时间“{value}”无法识别，请写成 2023-03-05 19:30 的样子。</source>
            <translation>Time "{value}" cannot be read: write it like 2023-03-05 19:30.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="213" />
            <source>时间 {moment} 晚于现在，请检查日期和时间。</source>
            <translation>Time {moment} is later than now: check the date and the time.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="219" />
            <source>找到时间 {found} 早于最后出现时间 {seen}，请检查。</source>
            <translation>Found at {found}, before the last sighting at {seen}: please check.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="222" />
            <source>结果“{value}”不在列表中，请从{choices}中选择。</source>
            <translation>Outcome "{value}" is not on the list: choose one of {choices}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="225" />
            <source>找到者“{value}”不在列表中，请从{choices}中选择。</source>
            <translation>Found by "{value}" is not on the list: choose one of {choices}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="228" />
            <source>已找到：请填写找到的时间（统计找到用时要用）。</source>
            <translation>Found: fill in when (the statistics of the time to find need it).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="230" />
            <source>填了找到的时间、地点或找到者，请同时选择结果。</source>
            <translation>A time, place or finder is filled in: choose the outcome as well.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="233" />
            <source>同意公开的项目“{value}”不认识。</source>
            <translation>Unknown item(s) to publish: "{value}".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/cases.py" line="236" />
            <location filename="../../wz_desktop/store/cases.py" line="332" />
            <source>坐标 {point} 不在大连附近，请检查经纬度是否写反或坐标系是否选对。</source>
            <translation>Point {point} is not near Dalian: check that latitude and longitude are not swapped and that the right coordinate system is chosen.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/geo.py" line="225" />
            <source>坐标“{text}”无法识别：请写成 121.6147,38.9140、38.9140N 121.6147E、北纬38°54′50″ 东经121°36′53″ 或 38°54.84′N 121°36.88′E。</source>
            <translation>The coordinates "{text}" cannot be read: write them as 121.6147,38.9140, 38.9140N 121.6147E, 38°54′50″N 121°36′53″E or 38°54.84′N 121°36.88′E.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/geo.py" line="240" />
            <source>坐标“{text}”中的分或秒不对：分、秒应小于 60，只有最后一个数可以带小数。</source>
            <translation>The minutes or seconds in the coordinates "{text}" are wrong: minutes and seconds are under 60, and only the last number may have decimals.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/geo.py" line="355" />
            <source>坐标“{text}”分不清哪个是经度、哪个是纬度：请加上 N/E 或 北纬/东经。</source>
            <translation>In the coordinates "{text}" it is not clear which is the longitude and which the latitude: add N and E.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/geo.py" line="358" />
            <source>坐标“{text}”超出范围：纬度在 -90 到 90 之间，经度在 -180 到 180 之间。</source>
            <translation>The coordinates "{text}" are out of range: latitude is between -90 and 90, longitude between -180 and 180.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="31" />
            <source>已归档的任务为只读；如需更正，请先写明原因重新打开。</source>
            <translation>An archived task is read-only; to correct it, first reopen it with a reason.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="43" />
            <source>任务类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="43" />
            <source>来电</source>
            <translation>Call</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="43" />
            <source>事件编号</source>
            <translation>Event number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="43" />
            <source>出队时间</source>
            <translation>Departure</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="44" />
            <source>事件摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="44" />
            <location filename="../../wz_desktop/workbook/roster.py" line="35" />
            <source>分队</source>
            <translation>Squads</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="44" />
            <source>带队队长</source>
            <translation>Leader</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="44" />
            <source>出队队员</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="45" />
            <source>出队人数</source>
            <translation>Headcount</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="45" />
            <source>出队车次</source>
            <translation>Vehicle trips</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="45" />
            <location filename="../../wz_desktop/workbook/roster.py" line="35" />
            <source>车辆</source>
            <translation>Vehicles</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="47" />
            <source>返回时间</source>
            <translation>Returned at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="47" />
            <source>任务结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="47" />
            <source>救助人数</source>
            <translation>People helped</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="48" />
            <source>出勤</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="48" />
            <source>意见</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="127" />
            <source>救援任务须从核实属实的来电出队；培训保障、疫情防控、整备保养可直接出队。</source>
            <translation>A rescue must be dispatched from a call verified as true; training support, epidemic control and upkeep can be dispatched directly.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="129" />
            <source>该来电尚未核实属实，不能出队。</source>
            <translation>This call has not been verified as true; the team cannot be dispatched yet.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="132" />
            <source>请填写出队时间，例如 2023-03-05 19:30。</source>
            <translation>Please enter the departure time, e.g. 2023-03-05 19:30.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="134" />
            <location filename="../../wz_desktop/store/lifecycle.py" line="401" />
            <source>出队时间“{value}”无法识别，请写成 2023-03-05 19:30 的样子。</source>
            <translation>The departure time "{value}" cannot be read; please write it like 2023-03-05 19:30.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="139" />
            <source>出队时间 {moment} 早于接报时间 {received}，请检查。</source>
            <translation>The departure time {moment} is before the call was received ({received}); please check.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="142" />
            <source>出队时间 {moment} 晚于现在，请检查日期和时间。</source>
            <translation>The departure time {moment} is later than now; please check the date and time.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="144" />
            <source>请写一句事件摘要，例如“星海广场附近海域游客落水”。</source>
            <translation>Please write a one-line summary, e.g. "Tourist fell into the sea near Xinghai Square".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="146" />
            <source>请至少选择一个分队。</source>
            <translation>Please choose at least one squad.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="150" />
            <source>出队人数不能为负数。</source>
            <translation>The headcount cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="152" />
            <source>出队人数 {headcount} 少于名单上的 {people} 人；请补全人数或删去名单中未去的人。</source>
            <translation>The headcount {headcount} is less than the {people} people on the list; please correct the headcount or remove the people who did not go.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="155" />
            <source>请添加出队队员（可粘贴接龙名单），或在名单不详时直接填写出队人数。</source>
            <translation>Please add the members who went (you can paste the sign-up list), or enter the headcount if the list is not known.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="159" />
            <source>出队车次不能为负数。</source>
            <translation>The vehicle trips cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="161" />
            <source>出队车次 {trips} 少于所列车辆（含队员自驾）的 {listed} 车次。</source>
            <translation>The vehicle trips {trips} are fewer than the {listed} trips of the listed vehicles (members' own cars included).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="164" />
            <source>名单中有重复的队员，请删去重复的一行。</source>
            <translation>A member is on the list twice; please delete the repeated line.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="167" />
            <source>角色“{role}”无效：只能是{choices}之一。</source>
            <translation>The role "{role}" is not valid: it must be one of {choices}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="218" />
            <source>请填写返回时间。</source>
            <translation>Please enter the return time.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="220" />
            <source>返回时间“{value}”无法识别，请写成 2023-03-05 23:10 的样子。</source>
            <translation>The return time "{value}" cannot be read; please write it like 2023-03-05 23:10.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="224" />
            <source>返回时间 {moment} 早于出队时间 {departure}，请检查。</source>
            <translation>The return time {moment} is before the departure ({departure}); please check.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="227" />
            <source>返回时间 {moment} 晚于现在，请检查日期和时间。</source>
            <translation>The return time {moment} is later than now; please check the date and time.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="236" />
            <source>请选择任务结果。</source>
            <translation>Please choose the result.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="238" />
            <source>任务结果“{value}”无效：请从{choices}中选择。</source>
            <translation>The result "{value}" is not valid: please choose from {choices}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="240" />
            <source>救助人数不能为负数。</source>
            <translation>The number of people helped cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="244" />
            <source>队员 {member_id}</source>
            <translation>member {member_id}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="246" />
            <source>{who} 重复出现</source>
            <translation>{who} appears twice</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="249" />
            <source>{who} 的出勤未填（出勤 / 迟到 / 早退 / 缺勤）</source>
            <translation>{who}'s attendance is not filled in (present / late / left early / absent)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="251" />
            <source>{who} 的时长 {hours:g} 小时不合理（0–{longest:g}）</source>
            <translation>{who}'s {hours:g} hours are not plausible (0–{longest:g})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="254" />
            <source>{who} 缺勤，时长应为 0</source>
            <translation>{who} was absent, so the hours should be 0</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="256" />
            <source>{who} 的角色“{role}”无效</source>
            <translation>{who} has an invalid role "{role}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="259" />
            <source>出队名单上还有 {count} 人没有填写出勤</source>
            <translation>{count} people on the dispatch list have no attendance yet</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="262" />
            <source>{problems}……。</source>
            <translation>{problems}…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lifecycle.py" line="263" />
            <source>{problems}。</source>
            <translation>{problems}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="53" />
            <source>6 小时内</source>
            <translation>within 6 h</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="53" />
            <source>6–24 小时</source>
            <translation>6–24 h</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="53" />
            <source>1–3 天</source>
            <translation>1–3 days</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="53" />
            <source>3 天以上</source>
            <translation>over 3 days</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="54" />
            <source>用时不明</source>
            <translation>time unknown</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="56" />
            <source>仍在搜寻</source>
            <translation>still searching</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="58" />
            <source>未记录</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="96" />
            <source>只有 {cases} 例，不足 {least} 例，不计算</source>
            <translation>n = {cases}, fewer than {least}: not computed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="98" />
            <source>仅 {cases} 例，仅供参考</source>
            <translation>n = {cases}: for reference only</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="203" />
            <source>{metres} 米</source>
            <translation>{metres} m</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="204" />
            <source>{km:.1f} 公里</source>
            <translation>{km:.1f} km</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="210" />
            <source>{minutes} 分钟</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="212" />
            <source>{hours:.1f} 小时</source>
            <translation>{hours:.1f} h</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="213" />
            <source>{days:.1f} 天</source>
            <translation>{days:.1f} days</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="218" />
            <source>全部类别</source>
            <translation>all categories</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="246" />
            <source>{cases} 例有已知地点的{category}案件中，一半在距最后出现地点 {half}以内找到，95% 在 {most}以内。</source>
            <translation>Of {cases} {category} cases with known points, half were found within {half} of the last-seen point, 95% within {most}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="252" />
            <source>有已知地点的{category}案件只有 {own} 例，不足 {least} 例，改用全部类别的 {cases} 例：一半在距最后出现地点 {half}以内找到，95% 在 {most}以内。</source>
            <translation>Only {own} {category} cases have known points, fewer than {least}, so all {cases} cases of every category are used: half were found within {half} of the last-seen point, 95% within {most}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="257" />
            <source>有已知地点的案件只有 {cases} 例（{category} {own} 例），不足 {least} 例，不画搜索圈。</source>
            <translation>Only {cases} cases have known points ({category}: {own}), fewer than {least}: no search rings are drawn.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/lost_stats.py" line="263" />
            <source>{sentence}（仅 {cases} 例，仅供参考）</source>
            <translation>{sentence} (n = {cases}: for reference only)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/matching.py" line="91" />
            <source>{field}：文件为“{file}”，数据库为“{database}”</source>
            <translation>{field}: "{file}" in the file, "{database}" in the database</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="44" />
            <source>{field}：</source>
            <translation>{field}: </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="71" />
            <source>【{title}】</source>
            <translation>[{title}]</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="74" />
            <source>照片：见附图</source>
            <translation>Photo: see the picture</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="94" />
            <source>{year}年{month}月{day}日{hour}时{minute:02d}分许</source>
            <translation>around {hour}:{minute:02d} on {year}-{month}-{day}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="96" />
            <source>{year}年{month}月{day}日{hour}时许</source>
            <translation>around {hour}:00 on {year}-{month}-{day}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="101" />
            <source>{year}年{month}月{day}日</source>
            <translation>{year}-{month}-{day}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="127" />
            <source>值班电话“{value}”里有不是号码的字：只写数字，可以用空格、-、+ 和括号。</source>
            <translation>The duty phone "{value}" has characters that are not a number: write digits only, with spaces, -, + and brackets if you like.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="130" />
            <source>值班电话“{value}”有 {digits} 位数字：应在 {low} 到 {high} 位之间，例如 0411-12345678。</source>
            <translation>The duty phone "{value}" has {digits} digits: it has {low} to {high}, e.g. 0411-12345678.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="159" />
            <source>家属同意公开“{field}”，但案件里没有填写：启事里不写这一项。</source>
            <translation>The family agreed to publish "{field}", but the case has none: the notice leaves it out.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="164" />
            <source>家属同意公开照片，但案件里没有照片：启事里不放照片。</source>
            <translation>The family agreed to publish a photo, but the case has none: the notice has no photo.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="166" />
            <source>照片文件“{path}”不存在或无法读取：启事里不放照片。请在案件里重新选择照片。</source>
            <translation>The photo file "{path}" does not exist or cannot be read: the notice has no photo. Choose the photo again in the case.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="171" />
            <source>若您见到此人或知道其下落，请立即拨打 {phone} 与我们联系，或拨打 110 报警。</source>
            <translation>If you see this person or know where they are, call {phone} at once, or call the police on 110.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="173" />
            <source>若您见到此人或知道其下落，请立即拨打 110 报警，或联系{team}。</source>
            <translation>If you see this person or know where they are, call the police on 110 at once, or contact {team}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="174" />
            <source>启事里没有联系电话：队里没有设置值班电话（设置 → 值班电话，管理员可改），家属也没有同意公开电话。只写了 110。</source>
            <translation>The notice has no phone to call: the team has set no duty phone (Settings → Duty phone, administrators) and the family did not agree to publish theirs. It says 110 only.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="176" />
            <source>家属还没有同意公开任何能认出此人的项目：这样的启事帮不上忙。</source>
            <translation>The family has not agreed to publish anything by which the person could be recognised: such a notice helps nobody.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="177" />
            <source>寻人启事</source>
            <translation>Missing-person notice</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/notice.py" line="178" />
            <source>感谢您的关注与转发！</source>
            <translation>Thank you for reading and sharing!</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="150" />
            <source>数字“{value}”超过 15 位，Excel 只保存 15 位有效数字，后面几位可能已被改成 0，按单元格里的“{value}”保存，请核对原始记录</source>
            <translation>The number "{value}" has more than 15 digits; Excel keeps only 15 significant digits, so the last ones may have been changed to 0. Saved as the cell holds it ("{value}"); please check the original record</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="162" />
            <source>单元格不是文字而是{what}（可能是 Excel 自动改写了输入），按“{value}”保存，请核对</source>
            <translation>The cell holds {what}, not text (Excel may have rewritten what was typed); saved as "{value}", please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="164" />
            <location filename="../../wz_desktop/domain/parse.py" line="225" />
            <source>日期或时刻</source>
            <translation>a date or a time</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="164" />
            <source>逻辑值</source>
            <translation>a logical value</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="196" />
            <location filename="../../wz_desktop/domain/parse.py" line="330" />
            <location filename="../../wz_desktop/domain/parse.py" line="711" />
            <location filename="../../wz_desktop/domain/parse.py" line="758" />
            <location filename="../../wz_desktop/domain/parse.py" line="903" />
            <source>占位符，视为空</source>
            <translation>a placeholder: taken as empty</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="223" />
            <source>编号单元格不是文字而是{what}（可能是 Excel 自动改写了输入），按“{value}”保存，请核对</source>
            <translation>The event number cell holds no text but {what} (Excel may have changed what was typed); saved as "{value}", please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="225" />
            <source>逻辑值或小数</source>
            <translation>a truth value or a decimal</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="227" />
            <source>占位符，视为无编号</source>
            <translation>a placeholder: no event number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="230" />
            <source>编号“{raw}”按“{value}”读取</source>
            <translation>event number "{raw}" read as "{value}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="308" />
            <location filename="../../wz_desktop/domain/parse.py" line="320" />
            <source>不是数字，保留原值</source>
            <translation>not a number; the value is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="315" />
            <source>不是整数，保留原值</source>
            <translation>not a whole number; the value is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="317" />
            <source>负数，保留原值</source>
            <translation>a negative number; the value is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="336" />
            <source>全角数字“{raw}”读作 {value}</source>
            <translation>full-width digits "{raw}" read as {value}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="339" />
            <source>无法读出数字，保留原文“{raw}”</source>
            <translation>cannot read a number; the text "{raw}" is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="341" />
            <source>“{raw}”不是整数，保留原文</source>
            <translation>"{raw}" is not a whole number; the text is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="344" />
            <source>“{raw}”是约数，按 {value} 记录，原文保留</source>
            <translation>"{raw}" is an approximate number, recorded as {value}; the text is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="346" />
            <source>中文数字“{raw}”读作 {value}</source>
            <translation>Chinese numerals "{raw}" read as {value}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="348" />
            <source>从文字“{raw}”中读出 {value}</source>
            <translation>read {value} out of the words "{raw}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="417" />
            <source>星期一</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="417" />
            <source>星期二</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="417" />
            <source>星期三</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="417" />
            <source>星期四</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="417" />
            <source>星期五</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="417" />
            <source>星期六</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="417" />
            <source>星期日</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="459" />
            <source>“{raw}”没有年份，按工作簿年份读作 {value}</source>
            <translation>"{raw}" has no year; read with the workbook's year as {value}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="512" />
            <source>写了不止一个星期几</source>
            <translation>more than one weekday is written</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="546" />
            <location filename="../../wz_desktop/domain/parse.py" line="558" />
            <source>中文数字的时刻</source>
            <translation>a time in Chinese numerals</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="550" />
            <source>“{word}”读作 {minute} 分</source>
            <translation>"{word}" read as {minute} minutes</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="556" />
            <source>分钟数不清楚（应写成两位数字或带“分”字）</source>
            <translation>the minutes are unclear (write two digits or a minutes mark)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="569" />
            <source>时刻“{time}”前后矛盾或超出范围</source>
            <translation>the time "{time}" contradicts itself or is out of range</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="571" />
            <source>分钟或秒数超出范围</source>
            <translation>the minutes or seconds are out of range</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="574" />
            <source>时段“{period}”的 {hour} 点读作 {h} 时</source>
            <translation>hour {hour} with "{period}" read as {h}:00</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="576" />
            <source>秒数不计</source>
            <translation>seconds left out</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="584" />
            <source>没有年份，工作簿的年份也不知道</source>
            <translation>no year, and the workbook's year is not known</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="586" />
            <source>没有年份，按工作簿年份 {year} 年读取</source>
            <translation>no year: read with the workbook's year {year}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="593" />
            <source>英文月份</source>
            <translation>an English month name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="598" />
            <source>中文数字的日期</source>
            <translation>a date in Chinese numerals</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="600" />
            <source>连写的日期</source>
            <translation>a date written without separators</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="602" />
            <source>年份 {year} 不在 1990 到 2100 之间</source>
            <translation>the year {year} is not between 1990 and 2100</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="606" />
            <source>没有这一天</source>
            <translation>there is no such day</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="631" />
            <source>时刻写在日期之前</source>
            <translation>the time written before the date</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="637" />
            <source>“{weekday}”与日期 {day} 不符（那天是{actual}）</source>
            <translation>"{weekday}" does not match the date {day} (that day is a {actual})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="639" />
            <source>星期几与日期相符</source>
            <translation>the weekday matches the date</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="642" />
            <source>只有年月，没有哪一天</source>
            <translation>only a year and a month, no day</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="643" />
            <source>不是一个日期或时间</source>
            <translation>not one date or time</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="652" />
            <location filename="../../wz_desktop/domain/parse.py" line="793" />
            <source>不是一个时刻</source>
            <translation>not a time of day</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="670" />
            <source>数字 {raw} 按 Excel 日期序号读作 {value}</source>
            <translation>the number {raw} read as an Excel date serial: {value}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="684" />
            <location filename="../../wz_desktop/domain/parse.py" line="697" />
            <source>只有时刻没有日期，保留原值</source>
            <translation>a time without a date; the value is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="685" />
            <source>日期 {raw} 不是出队日期，保留原值</source>
            <translation>the date {raw} is no departure date; the value is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="691" />
            <location filename="../../wz_desktop/domain/parse.py" line="699" />
            <source>不是日期，保留原值</source>
            <translation>not a date; the value is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="695" />
            <source>数字“{raw}”不是日期，保留原值</source>
            <translation>the number "{raw}" is not a date; the value is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="719" />
            <location filename="../../wz_desktop/domain/parse.py" line="763" />
            <source>无法读出一个出队时间（{why}），保留原文“{raw}”</source>
            <translation>cannot read one departure ({why}); the text "{raw}" is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="723" />
            <location filename="../../wz_desktop/domain/parse.py" line="836" />
            <location filename="../../wz_desktop/domain/parse.py" line="841" />
            <source>“{raw}”读作 {value}：{why}</source>
            <translation>"{raw}" read as {value}: {why}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="745" />
            <source>时间一栏里是完整的日期和时间“{value}”，与日期一栏相符，按它读取</source>
            <translation>The time column holds a whole date and time "{value}", the same day as the date column; read as that</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="769" />
            <source>时间一栏里是日期</source>
            <translation>the time column holds a date</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="781" />
            <source>时间一栏里的数字不是一天中的时刻</source>
            <translation>the number in the time column is not a time of day</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="785" />
            <source>数字按 Excel 时刻读取</source>
            <translation>a number read as an Excel time of day</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="795" />
            <source>时刻超出一天</source>
            <translation>the time is beyond one day</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="799" />
            <source>只有时刻没有日期</source>
            <translation>a time without a date</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="801" />
            <location filename="../../wz_desktop/domain/parse.py" line="830" />
            <source>不是日期</source>
            <translation>not a date</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="811" />
            <source>日期一栏里的数字不是日期</source>
            <translation>the number in the date column is not a date</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="815" />
            <location filename="../../wz_desktop/domain/parse.py" line="822" />
            <source>数字按 Excel 日期序号读取</source>
            <translation>a number read as an Excel date serial</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="832" />
            <source>日期一栏里的时刻与时间一栏不同</source>
            <translation>the time in the date column differs from the time column</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="908" />
            <source>分队“{raw}”中“{suffix}”只写了一次，读作“{value}”</source>
            <translation>Squads "{raw}": "{suffix}" is written once for all, read as "{value}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/parse.py" line="915" />
            <source>分队“{raw}”整理为“{value}”</source>
            <translation>squads "{raw}" tidied to "{value}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/privacy_check.py" line="314" />
            <source>一串数字</source>
            <translation>a run of digits</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/privacy_check.py" line="314" />
            <source>字母数字编号</source>
            <translation>a letter-and-digit id</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/privacy_check.py" line="314" />
            <source>门牌、楼号或房号</source>
            <translation>a house, building or room number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/privacy_check.py" line="315" />
            <source>电子邮箱</source>
            <translation>an e-mail address</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/privacy_check.py" line="315" />
            <source>数据库中的姓名</source>
            <translation>a name the database holds</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/privacy_check.py" line="315" />
            <source>称谓后的姓名</source>
            <translation>a name after a relation word</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/privacy_check.py" line="316" />
            <source>疑似姓名</source>
            <translation>a possible name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/privacy_check.py" line="316" />
            <source>姓名的写法（复姓、昵称、拼音或少数民族姓名）</source>
            <translation>a name's shape (compound surname, nickname, pinyin or minority name)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/privacy_check.py" line="317" />
            <source>车牌</source>
            <translation>Plate</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/privacy_check.py" line="317" />
            <source>已隐去号码旁残留的数字</source>
            <translation>digits left beside a masked number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/privacy_check.py" line="318" />
            <source>出生日期</source>
            <translation>date of birth</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/privacy_check.py" line="319" />
            <source>{sheet}表第 {row} 行“{column}”列：{what}“{fragment}”</source>
            <translation>sheet {sheet}, row {row}, column "{column}": {what} "{fragment}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="33" />
            <source>跳过的工作表</source>
            <translation>Skipped sheets</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="34" />
            <source>跳过的行</source>
            <translation>Skipped rows</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="35" />
            <source>无法识别、保留原文的值</source>
            <translation>Unrecognised values (original kept)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="36" />
            <source>推断的值</source>
            <translation>Inferred values</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="37" />
            <source>无法识别的列</source>
            <translation>Unrecognised columns</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="38" />
            <source>缺少的列</source>
            <translation>Missing columns</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="39" />
            <source>表头位置</source>
            <translation>Header position</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="40" />
            <source>重复的事件编号</source>
            <translation>Duplicate event numbers</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="41" />
            <source>与数据库不一致（以数据库为准）</source>
            <translation>Differs from the database (the database wins)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="42" />
            <source>由合并单元格补齐的值</source>
            <translation>Values filled from merged cells</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="43" />
            <source>文件内重复的行</source>
            <translation>Rows repeated within the file</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="44" />
            <source>新建的分队</source>
            <translation>Squads created</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="45" />
            <source>隐藏的工作表和行（任务照常导入）</source>
            <translation>Hidden sheets and rows (tasks imported as usual)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="46" />
            <source>自检发现的差异（已标记待复核）</source>
            <translation>Differences found by the self-check (marked for review)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="47" />
            <source>含有看不见的控制字符的单元格（已去掉，已标记待复核）</source>
            <translation>Cells holding invisible control characters (removed, flagged for review)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="48" />
            <source>不合常理的人数、车次或年份（按原值保存，已标记待复核）</source>
            <translation>Head counts, vehicle trips or years that cannot be right (saved as they are, flagged for review)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="69" />
            <source>工作表“{sheet}”</source>
            <translation>sheet "{sheet}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="71" />
            <source>第 {row} 行</source>
            <translation>row {row}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="73" />
            <source>{column} 列</source>
            <translation>column {column}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="78" />
            <source>（原文：{raw}）</source>
            <translation> (as written: {raw})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="79" />
            <source>  {where}：{message}{extra}</source>
            <translation>  {where}: {message}{extra}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="91" />
            <source>【{label}】{count} 处</source>
            <translation>[{label}] {count}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="94" />
            <source>  …… 另有 {count} 处，见完整报告</source>
            <translation>  … {count} more, see the full report</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="150" />
            <source>✗ {file}：未导入。{error}</source>
            <translation>✗ {file}: not imported. {error}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="150" />
            <source>  数据库没有任何改动。</source>
            <translation>  The database was not changed at all.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="154" />
            <source>✓ {file}：{year} 年，读取 {rows} 行任务，新增 {added} 条，已有且一致 {unchanged} 条，与数据库不一致 {differing} 条（以数据库为准）。</source>
            <translation>✓ {file}: year {year}, {rows} task rows read: {added} added, {unchanged} already there and the same, {differing} different from the database (the database wins).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="157" />
            <source>✓ {file}：读取 {rows} 行任务，新增 {added} 条，已有且一致 {unchanged} 条，与数据库不一致 {differing} 条（以数据库为准）。</source>
            <translation>✓ {file}: {rows} task rows read: {added} added, {unchanged} already there and the same, {differing} different from the database (the database wins).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="159" />
            <source>  跳过 {skipped} 行，保留原文 {raw} 个值，推断 {guesses} 个值，{flagged} 条任务标记为待复核。</source>
            <translation>  {skipped} rows skipped, {raw} values kept as written, {guesses} values inferred, {flagged} tasks marked for review.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="167" />
            <source>  {label} {count} 处，例如：{examples}</source>
            <translation>  {label}: {count}, for example: {examples}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="170" />
            <source>  此文件以前导入过：{imports}</source>
            <translation>  This file was imported before: {imports}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="172" />
            <source>  导入前的数据库备份：{path}</source>
            <translation>  Backup of the database before the import: {path}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/report.py" line="181" />
            <source>  技术细节（供排查问题用）：{detail}</source>
            <translation>  Technical detail (for troubleshooting): {detail}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roles.py" line="57" />
            <source>登记和核实来电</source>
            <translation>log and verify calls</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roles.py" line="57" />
            <source>登记或修改出队</source>
            <translation>record or change dispatches</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roles.py" line="57" />
            <source>交考勤</source>
            <translation>hand in attendance</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roles.py" line="58" />
            <source>考核、退回、归档或取消任务</source>
            <translation>review, send back, archive or cancel tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roles.py" line="58" />
            <source>重新打开已归档的任务</source>
            <translation>reopen archived tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roles.py" line="59" />
            <source>修改名册</source>
            <translation>change the roster</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roles.py" line="59" />
            <source>导入数据</source>
            <translation>import data</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roles.py" line="59" />
            <source>修改设置</source>
            <translation>change the settings</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roles.py" line="60" />
            <source>管理用户</source>
            <translation>manage users</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roles.py" line="60" />
            <source>保存草稿</source>
            <translation>save drafts</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roles.py" line="102" />
            <source>{role}“{name}”无权{action}。如需操作，请用有权限的账号登录。</source>
            <translation>{role} "{name}" may not {action}. To do this, sign in with an account that may.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roles.py" line="106" />
            <source>分队长“{name}”的账号没有指定分队，不能交考勤。请管理员在用户管理中设置分队。</source>
            <translation>The account of squad leader "{name}" has no squad, so it cannot hand in attendance. Please ask an administrator to set the squad in user management.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roles.py" line="108" />
            <source>分队长“{name}”只能为本分队的任务交考勤，这项任务不属于本分队。</source>
            <translation>Squad leader "{name}" can hand in attendance only for their own squad's tasks; this task is not one of them.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="81" />
            <source>电话“{phone}”不像手机或座机号码：手机是 11 位（如 138-0411-2233），座机请带区号（如 0411-84661234）。</source>
            <translation>The phone "{phone}" doesn't look like a mobile or landline number: mobiles have 11 digits (e.g. 138-0411-2233); give landlines with the area code (e.g. 0411-84661234).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="119" />
            <source>电话“{text}”读不出手机或座机号码，没有存为电话，原文记入备注</source>
            <translation>No mobile or landline number could be read in the phone "{text}": no phone stored, the text kept in the notes</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="125" />
            <source>电话一栏有 {count} 个号码（“{text}”）：存第一个 {phone}，原文记入备注</source>
            <translation>The phone column holds {count} numbers ("{text}"): the first, {phone}, stored, the text kept in the notes</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="128" />
            <source>电话“{text}”里除了 {phone} 还有别的数字，已存 {phone}，原文记入备注</source>
            <translation>The phone "{text}" holds other digits besides {phone}: {phone} stored, the text kept in the notes</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="131" />
            <source>电话“{text}”：存为 {phone}，其余文字记入备注</source>
            <translation>Phone "{text}": stored as {phone}, the other words kept in the notes</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="160" />
            <source>姓名“{text}”：括号里的“{inside}”记为昵称</source>
            <translation>Name "{text}": "{inside}" in brackets stored as the nickname</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="162" />
            <source>姓名“{text}”：括号里的“{inside}”记入备注</source>
            <translation>Name "{text}": "{inside}" in brackets kept in the notes</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="168" />
            <source>姓名“{text}”中间的空格已去掉，记为“{name}”</source>
            <translation>The spaces inside the name "{text}" were removed: stored as "{name}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="172" />
            <source>姓名“{text}”像是不止一个人，按原样存为一位队员，请核对</source>
            <translation>The name "{text}" looks like more than one person: stored as written as one member; please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="237" />
            <source>请填写队员姓名。</source>
            <translation>Please enter the member's name.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="242" />
            <source>编号 {code} 已是{name}的编号，请换一个，或不填。</source>
            <translation>Number {code} is already {name}'s; choose another or leave it empty.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="248" />
            <source>入队日期“{date}”无法识别，请写成 2023-04-01，或留空。</source>
            <translation>The join date "{date}" cannot be read; write it as 2023-04-01 or leave it empty.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="269" />
            <source>第 {row} 张证书没有名称，请填写证书名称或删除这一行。</source>
            <translation>Certificate {row} has no name; enter its name or delete the row.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="273" />
            <source>第 {row} 张证书的发证日期“{date}”无法识别，请写成 2023-06-30。</source>
            <translation>The issue date "{date}" of certificate {row} cannot be read; write it as 2023-06-30.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="277" />
            <source>第 {row} 张证书的有效期“{date}”无法识别，请写成 2026-06-30；长期有效的留空。</source>
            <translation>The expiry "{date}" of certificate {row} cannot be read; write it as 2026-06-30, or leave empty if it never expires.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="296" />
            <source>请填写分队名称。</source>
            <translation>Please enter the squad name.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="305" />
            <source>队员私家车请填写车主的编号或姓名。</source>
            <translation>For a member's car, enter the owner's number or name.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="314" />
            <source>有 {count} 位队员叫“{name}”，请填写车主的编号。</source>
            <translation>{count} members are called "{name}"; please enter the owner's number.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="315" />
            <source>找不到队员“{name}”，请填写车主的编号或姓名。</source>
            <translation>No member "{name}" found; please enter the owner's number or name.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/roster_rules.py" line="325" />
            <location filename="../../wz_desktop/store/roster.py" line="875" />
            <source>请填写车牌或车辆名称。</source>
            <translation>Please enter the plate or the name of the vehicle.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="558" />
            <source>带来的人“{text}”：姓名是{names}吗？请核对</source>
            <translation>Brought along, "{text}": is the name {names}? Please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="558" />
            <location filename="../../wz_desktop/domain/signup.py" line="678" />
            <location filename="../../wz_desktop/domain/signup.py" line="829" />
            <source> 或 </source>
            <translation> or </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="587" />
            <source>“{text}”：{name}也去吗？请核对</source>
            <translation>"{text}": is {name} coming too? Please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="594" />
            <source>“{text}”：是替{name}报名吗？请核对</source>
            <translation>"{text}": signing up {name} for them? Please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="653" />
            <source>“{text}”：是带来的人吗？请核对</source>
            <translation>"{text}": is this someone brought along? Please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="664" />
            <source>写的是带{count}人，列出的却是更多人（{names}），请核对</source>
            <translation>It says {count} brought along but names more ({names}); please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="677" />
            <location filename="../../wz_desktop/domain/signup.py" line="828" />
            <source>“{text}”可以读作{readings}，请确认是哪几位</source>
            <translation>"{text}" reads as {readings}; please confirm who they are</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="685" />
            <source>带来的人“{text}”读不出姓名，请核对</source>
            <translation>No name could be read in "{text}" (brought along); please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="705" />
            <source>写的是共{count}人，列出的却是{listed}人（{names}），请核对</source>
            <translation>It says {count} in all but lists {listed} more ({names}); please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="711" />
            <source>“{text}”按连本人共{count}人算（带{more}人），请核对</source>
            <translation>"{text}" was read as {count} in all, the writer included ({more} brought along); please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="726" />
            <source>未写姓名{count}人</source>
            <translation>{count} without a name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="727" />
            <source>写的是+{count}，列出的却是{listed}人（{names}），请核对</source>
            <translation>It says +{count} but lists {listed} ({names}); please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="816" />
            <source>“{word}”写在{name}后面，也可能是另一个人的名字，请核对</source>
            <translation>"{word}" after {name} may also be another person's name; please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="822" />
            <source>“{word}”不像姓名，也许是{name}的昵称，请核对</source>
            <translation>"{word}" does not look like a name: perhaps {name}'s nickname; please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="860" />
            <source>这一行写了{count}人，“{note}”记在了{name}名下，请核对</source>
            <translation>This line names {count} people; "{note}" was put with {name}; please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="868" />
            <source>“{text}”写在名字前面：是本人报名，还是另带人？请核对</source>
            <translation>"{text}" stands before the name: the person signing up, or bringing others? Please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="887" />
            <source>群里的消息“{text}”改了{name}所带的人或车，已按消息记下，请核对</source>
            <translation>The message "{text}" in the group changed who or what car {name} brings; taken as the message says, please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="906" />
            <source>{first}；{again}</source>
            <translation>{first}; {again}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="956" />
            <source>下一行“{text}”记在了{name}名下，请核对</source>
            <translation>The next line "{text}" was put with {name}; please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1009" />
            <source>“{column}”一栏写的是“{value}”，是否带车请核对</source>
            <translation>The "{column}" column says "{value}"; please check whether they bring a car</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1026" />
            <source>第{line}行起的接龙是修改后再次发出的，其中没有这一行（可能已删去），请核对</source>
            <translation>The list from line {line} is the same list posted again after an edit, without this line (perhaps deleted); please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1028" />
            <source>第{lines}行起的接龙是同一份接龙修改后再次发出的，以最后一版为准</source>
            <translation>The list from line {lines} is the same list posted again after an edit; its last version holds</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1148" />
            <source>这一行里有{count}处编号读不出姓名，请核对</source>
            <translation>This line has {count} numbered part(s) with no name that could be read; please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1230" />
            <source>下一行的{names}可能就是这里带来的人，请核对</source>
            <translation>{names} on the next line may be the people this line brings; please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1235" />
            <source>“{text}”是群里的一条消息，说不参加了；请核对</source>
            <translation>"{text}" is a message in the group saying they will not come; please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1239" />
            <source>“{text}”是群里的一条消息，说到了是否参加；请核对</source>
            <translation>"{text}" is a message in the group about coming; please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1242" />
            <source>“{text}”是群里的一条消息，不在接龙里；是否报名请核对</source>
            <translation>"{text}" is a message in the group, not on the list; please check whether they signed up</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1245" />
            <source>写在第{line}行“{text}”之后：是候补吗？请核对</source>
            <translation>Written after line {line} "{text}": on standby? Please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1248" />
            <source>“{name}”被划掉了（~~），按不参加算，请核对</source>
            <translation>"{name}" is struck out (~~) and taken as not coming; please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1264" />
            <source>粘贴的是{count}份接龙（分别从第{lines}行起），已合并为一份名单；其中{again}人重复，只算一次</source>
            <translation>{count} lists were pasted (from lines {lines}) and merged into one; {again} listed again were counted once</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1395" />
            <source>“{name}”在名册中属于{squad}，与所写分队“{hint}”不符</source>
            <translation>"{name}" belongs to {squad} in the roster, not to the squad written ("{hint}")</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1396" />
            <source>未分队</source>
            <translation>no squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1398" />
            <source>名册中有{count}人符合“{name}”</source>
            <translation>{count} people in the roster match "{name}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1415" />
            <source>编号{code}在名册中是“{member}”，与所写姓名“{name}”不符</source>
            <translation>Code {code} is "{member}" in the roster, not the name written ("{name}")</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1418" />
            <source>编号{code}不在名册中；</source>
            <translation>Code {code} is not in the roster; </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1427" />
            <source>名册中没有“{name}”，可添加为新队员</source>
            <translation>"{name}" is not in the roster; they can be added as a new member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1429" />
            <source>{note}{reason}</source>
            <translation>{note}{reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1464" />
            <location filename="../../wz_desktop/domain/text.py" line="126" />
            <location filename="../../wz_desktop/workbook/anonymized.py" line="151" />
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1464" />
            <source>是否随行，请核对</source>
            <translation>Brought along? Please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/signup.py" line="1469" />
            <source>{doubt}；{reason}</source>
            <translation>{doubt}; {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/text.py" line="125" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="33" />
            <source>接报时间</source>
            <translation>Received at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="33" />
            <source>信息来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="33" />
            <source>求助人</source>
            <translation>Caller</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="34" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="34" />
            <source>区域</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="34" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="35" />
            <source>情况</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="52" />
            <source>{field}：{message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="79" />
            <source>任务类别“{kind}”无效。</source>
            <translation>The task kind "{kind}" is not valid.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="159" />
            <source>请填写接报时间，例如 2023-03-05 19:30。</source>
            <translation>Please enter when the call was received, e.g. 2023-03-05 19:30.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="161" />
            <source>接报时间“{value}”无法识别，请写成 2023-03-05 19:30 的样子。</source>
            <translation>The time received "{value}" cannot be read; please write it like 2023-03-05 19:30.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="163" />
            <source>接报时间 {moment} 晚于现在，请检查日期和时间。</source>
            <translation>The time received {moment} is later than now; please check the date and time.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="165" />
            <source>接报时间 {moment} 早于建队时间（2015 年），请检查年份。</source>
            <translation>The time received {moment} is before the team was founded (2015); please check the year.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="167" />
            <source>请选择信息来源。</source>
            <translation>Please choose the source.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="169" />
            <source>信息来源“{value}”不在列表中，请从{choices}中选择。</source>
            <translation>The source "{value}" is not in the list; please choose from {choices}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="172" />
            <source>请填写联系电话，核实时要回拨。</source>
            <translation>Please enter a phone number: it is called back to verify the call.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="174" />
            <source>联系电话“{value}”不像手机或座机号码：手机为 11 位（如 13804112233），座机如 0411-84661234。</source>
            <translation>The phone number "{value}" does not look like a mobile or landline number: a mobile has 11 digits (e.g. 13804112233), a landline looks like 0411-84661234.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="177" />
            <source>请填写地点或区域。</source>
            <translation>Please enter the place or the district.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="179" />
            <source>请简要写明发生了什么。</source>
            <translation>Please describe briefly what happened.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="194" />
            <location filename="../../wz_desktop/domain/workflow.py" line="203" />
            <source>核实结果“{value}”无效：只能是{choices}之一。</source>
            <translation>The verification result "{value}" is not valid: it must be one of {choices}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="209" />
            <source>核实时间“{value}”无法识别，请写成 2023-03-05 19:30 的样子。</source>
            <translation>The verification time "{value}" cannot be read; please write it like 2023-03-05 19:30.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="212" />
            <source>核实时间 {moment} 晚于现在，请检查日期和时间。</source>
            <translation>The verification time {moment} is later than now; please check the date and time.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="214" />
            <source>核实时间 {moment} 早于接报时间 {received}，请检查。</source>
            <translation>The verification time {moment} is before the call was received ({received}); please check.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="259" />
            <source>该来电已按“{old}”结案，不能再改为“{new}”。</source>
            <translation>This call was closed as "{old}" and can no longer be changed to "{new}".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="261" />
            <source>该来电已出队，不能再改为“{new}”。</source>
            <translation>The team has already been dispatched for this call; it can no longer be changed to "{new}".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="263" />
            <source>该来电已是“{old}”状态。</source>
            <translation>This call is already "{old}".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="265" />
            <source>来电须先核实属实，才能出队。</source>
            <translation>A call must be verified as true before the team is dispatched.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="266" />
            <source>来电不能从“{old}”改为“{new}”。</source>
            <translation>A call cannot go from "{old}" to "{new}".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="286" />
            <source>任务已取消，不能再改为“{new}”。</source>
            <translation>The task is cancelled and can no longer be changed to "{new}".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="288" />
            <source>任务已是“{old}”状态。</source>
            <translation>The task is already "{old}".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="290" />
            <source>已归档的任务只能写明原因后重新打开（回到“已考核”），不能直接修改状态。</source>
            <translation>An archived task can only be reopened with a reason (back to "Reviewed"); its status cannot be changed directly.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="292" />
            <source>任务已“{old}”，不能再取消；只有出队或返回的任务可以取消。</source>
            <translation>The task is already "{old}" and can no longer be cancelled; only dispatched or returned tasks can be cancelled.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="293" />
            <source>任务不能从“{old}”改为“{new}”。</source>
            <translation>A task cannot go from "{old}" to "{new}".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="295" />
            <location filename="../../wz_desktop/store/lifecycle.py" line="498" />
            <source>重新打开已归档的任务须写明原因。</source>
            <translation>Reopening an archived task needs a reason.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="305" />
            <location filename="../../wz_desktop/domain/workflow.py" line="327" />
            <source>事件编号格式“{pattern}”无效（{reason}），例如 WZ{{year}}-{{seq:04d}}。</source>
            <translation>The event number pattern "{pattern}" is not valid ({reason}); an example: WZ{{year}}-{{seq:04d}}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/workflow.py" line="309" />
            <source>事件编号格式“{pattern}”无效：须含一个 {{year}}（年份）和一个 {{seq}}（序号），例如 WZ{{year}}-{{seq:04d}}。</source>
            <translation>The event number pattern "{pattern}" is not valid: it needs one {{year}} (the year) and one {{seq}} (the sequence number), e.g. WZ{{year}}-{{seq:04d}}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="60" />
            <source>没有找到可以显示中文的字体，无法生成报告。请安装一种中文字体（Windows 自带“微软雅黑”；Linux 可安装 Noto Sans CJK SC，即软件包 fonts-noto-cjk）后再试。</source>
            <translation>No font that can show Chinese was found, so the report cannot be made. Please install a Chinese font (Windows comes with "Microsoft YaHei"; on Linux install Noto Sans CJK SC, the package fonts-noto-cjk) and try again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="87" />
            <source>{team} {year} 年度工作报告</source>
            <translation>{team}: annual report {year}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="88" />
            <source>{team} {year} 年 {month} 月工作简报</source>
            <translation>{team}: monthly report {year}-{month}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="93" />
            <source>{year}年度工作报告.pdf</source>
            <translation>annual report {year}.pdf</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="94" />
            <source>{year}年{month:02d}月工作简报.pdf</source>
            <translation>monthly report {year}-{month:02d}.pdf</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="148" />
            <source>{label}（{unit}）</source>
            <translation>{label} ({unit})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="157" />
            <source>{year} 年度工作报告</source>
            <translation>Annual report {year}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="158" />
            <source>{year} 年 {month} 月工作简报</source>
            <translation>Monthly report {year}-{month}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="165" />
            <source>统计期间：{span}（按出队时间）</source>
            <translation>Period: {span} (by departure time)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="166" />
            <source>生成时间：{made}　由{app} {version} 生成</source>
            <translation>Made {made} by {app} {version}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="181" />
            <source>，增加 {percent:.1f}%</source>
            <translation>, up {percent:.1f}%</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="182" />
            <source>，减少 {percent:.1f}%</source>
            <translation>, down {percent:.1f}%</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="183" />
            <source>{period}共执行任务 {tasks} 次，出队 {people} 人次、车辆 {trips} 车次，救助群众 {helped} 人。{before}（{previous}）共 {previous_tasks} 次任务{change}。</source>
            <translation>{period}: {tasks} tasks, {people} people and {trips} vehicle trips dispatched, {helped} people helped. {before} ({previous}): {previous_tasks} tasks{change}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="186" />
            <source>去年同月</source>
            <translation>The same month last year</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="186" />
            <source>上年</source>
            <translation>The year before</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="193" />
            <source>另有 {count} 条任务出队人数不明，未计入人次。</source>
            <translation>Another {count} tasks have no headcount and are not in the people counted.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="204" />
            <source>{month}月</source>
            <translation>{month}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="206" />
            <source>{month}
{year}年</source>
            <translation>{month}
{year}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="208" />
            <source>{year} 年各月任务数（按类别堆叠）</source>
            <translation>Tasks per month in {year} (stacked by kind)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="209" />
            <source>近 12 个月任务数（{first} 至 {last}，按类别堆叠）</source>
            <translation>Tasks in the last 12 months ({first} to {last}, stacked by kind)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="212" />
            <source>近 12 个月共 {total} 条任务</source>
            <translation>{total} tasks in the last 12 months</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="213" />
            <source>共 {total} 条任务</source>
            <translation>{total} tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="222" />
            <source>{period}与去年同月对比（按类别）</source>
            <translation>{period} against the same month last year (by kind)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="230" />
            <source>仅统计登记了来电的任务（{measured} 条），其余 {no_call} 条没有来电记录</source>
            <translation>Only tasks with a logged call are counted ({measured}); the other {no_call} have no call</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="233" />
            <source>；另有 {unmeasured} 条有来电但出队时间只有日期</source>
            <translation>; another {unmeasured} have a call but only a departure date</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="242" />
            <source>中位数 {median:g} 分钟</source>
            <translation>median {median:g} minutes</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="257" />
            <source>统计出队时间精确到时分的任务 {timed} 条</source>
            <translation>{timed} tasks with a departure time to the minute are counted</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="259" />
            <source>；{date_only} 条只有日期，未计入</source>
            <translation>; {date_only} with only a date are not counted</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="261" />
            <source>；{undated} 条出队时间不明</source>
            <translation>; {undated} without a departure time</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="283" />
            <source>；{unknown} 条任务人数不明，未计入人次</source>
            <translation>; {unknown} tasks without a headcount are not in the people counted</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="285" />
            <source>；图中为任务最多的 {shown} 个分队，全部 {squads} 个分队见下表</source>
            <translation>; the chart shows the {shown} squads with the most tasks, the table below all {squads}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="298" />
            <source>占全部任务 = 分队出队次数 ÷ 本期全部任务数（{tasks} 条）；一条任务可有几个分队参加，合计可超过 100%。出勤队员和出勤时长按队员的出勤记录统计（见“八、队员出勤”）。</source>
            <translation>Share of all tasks = the squad's dispatches ÷ all tasks of the period ({tasks}); several squads may take part in one task, so the total may be over 100%. Members present and hours are counted from the attendance records (see "8. Member attendance").</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="323" />
            <source>走失人员搜寻结果（城市搜救，共 {total} 次）</source>
            <translation>Outcomes of searches for missing people (urban search, {total} in all)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="338" />
            <source>出勤按队员的出勤记录统计，自有记录的第一天（{since}）起；此前导入的历史记录只有人数、没有姓名，不计入队员的出勤。出勤包括迟到和早退，缺勤不计；时长只计出勤的任务。</source>
            <translation>Attendance is counted from the attendance records, from their first day ({since}); history imported before that has headcounts but no names and is not in member attendance. Present includes late and left early, absent is not counted; hours count only the tasks attended.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="343" />
            <source>出勤时长前 {count} 名队员（本期共 {total} 名队员出勤）</source>
            <translation>The {count} members with the most hours ({total} members attended in the period)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="365" />
            <source>本期最后出现的走失人员案件 {cases} 例，已找到 {found} 例。距离为最后出现地点到找到地点的直线距离，用时为最后出现到找到（或自行返回）的时间。分位数按线性插值计算（与 numpy、Excel 的 PERCENTILE.INC 相同）；不足 {least} 例不计算，不足 {few} 例仅供参考。</source>
            <translation>Missing-person cases last seen in the period: {cases}, of them {found} found. The distance is the straight line from the last-seen point to where the person was found; the time runs from the last sighting to the find (or the return home). Percentiles by linear interpolation (as numpy and Excel's PERCENTILE.INC); not computed under {least} cases, for reference only under {few}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="396" />
            <source>结果与用时（全部类别，共 {cases} 例）</source>
            <translation>Outcome by time (all categories, {cases} cases)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="402" />
            <source>找到者（已找到的 {found} 例）：{who}。</source>
            <translation>Found by ({found} found): {who}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="407" />
            <source>历年累计：距最后出现地点的距离（截至 {until}，共 {cases} 例）</source>
            <translation>All years: distance from the last-seen point (up to {until}, {cases} cases)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="429" />
            <source>正在排版：{name}……</source>
            <translation>Laying out: {name}…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="445" />
            <source>第 {number} 页，共 {total} 页</source>
            <translation>Page {number} of {total}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="468" />
            <source>报告文件名“{path}”应以 .pdf 结尾。</source>
            <translation>The report file name "{path}" should end in .pdf.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="470" />
            <source>“{path}”是一个文件夹，请给出文件名。</source>
            <translation>"{path}" is a folder; please give a file name.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="472" />
            <location filename="../../wz_desktop/workbook/attendance.py" line="152" />
            <location filename="../../wz_desktop/workbook/audit.py" line="32" />
            <location filename="../../wz_desktop/workbook/exporter.py" line="71" />
            <location filename="../../wz_desktop/workbook/roster.py" line="173" />
            <source>文件夹“{parent}”不存在。</source>
            <translation>The folder "{parent}" does not exist.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="475" />
            <source>内部错误：生成 PDF 之前需要创建 Qt 应用程序（QGuiApplication）。</source>
            <translation>Internal error: a Qt application (QGuiApplication) must exist before a PDF is made.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="502" />
            <source>正在绘制（共 {total} 页）……</source>
            <translation>Drawing ({total} pages)…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="506" />
            <source>正在绘制第 {number} / {count} 页……</source>
            <translation>Drawing page {number} / {count}…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="509" />
            <source>生成于 {made}</source>
            <translation>Made {made}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="513" />
            <location filename="../../wz_desktop/report/build.py" line="519" />
            <source>无法写入“{path}”：文件夹不可写或磁盘已满。</source>
            <translation>Cannot write "{path}": the folder cannot be written or the disk is full.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="524" />
            <source>无法写入“{path}”：{reason}（文件是否正在被其他程序打开？）</source>
            <translation>Cannot write "{path}": {reason} (is the file open in another program?)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="534" />
            <source>报告已生成。</source>
            <translation>The report is made.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="550" />
            <source>数据库中还没有任务，无法生成报告。</source>
            <translation>The database has no tasks yet, so no report can be made.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/build.py" line="554" />
            <source>找不到 pdftoppm（poppler-utils），无法把报告页面转成图片。</source>
            <translation>pdftoppm (poppler-utils) was not found, so the report pages cannot be turned into images.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/figures.py" line="56" />
            <source>{year} 年 {month} 月</source>
            <translation>{month}/{year}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/figures.py" line="56" />
            <source>{year} 年</source>
            <translation>{year}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/figures.py" line="64" />
            <source>年份“{year}”无效。</source>
            <translation>The year "{year}" is not valid.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/figures.py" line="66" />
            <source>月份“{month}”无效，应为 1 到 12。</source>
            <translation>The month "{month}" is not valid; it should be 1 to 12.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/figures.py" line="93" />
            <source>（数据库中还没有任务）</source>
            <translation>(the database has no tasks yet)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/figures.py" line="112" />
            <source>{period}没有任务记录，无法生成报告。{year} 年有任务的月份：{months} 月。</source>
            <translation>There are no tasks in {period}, so no report can be made. Months of {year} with tasks: {months}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/figures.py" line="114" />
            <source>{period}没有任务记录，无法生成报告。数据库中有任务的年份：{years}。</source>
            <translation>There are no tasks in {period}, so no report can be made. Years with tasks in the database: {years}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/figures.py" line="155" />
            <source>{y}年{m}月</source>
            <translation>{y}-{m}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/figures.py" line="155" />
            <source>{m}月</source>
            <translation>month {m}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/report/pages.py" line="201" />
            <source>{caption}（续）</source>
            <translation>{caption} (continued)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/backups.py" line="62" />
            <location filename="../../wz_desktop/store/backups.py" line="503" />
            <source>没有恢复，数据库没有改动：{holder}</source>
            <translation>Nothing was restored, the database was not changed: {holder}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/cases.py" line="61" />
            <source>照片“{name}”太大（{mb:.0f} MB），请用 20 MB 以内的照片。</source>
            <translation>Photo "{name}" is too big ({mb:.0f} MB): use one of 20 MB or less.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/cases.py" line="65" />
            <source>照片文件“{path}”无法读取：{reason}</source>
            <translation>Photo file "{path}" cannot be read: {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/cases.py" line="69" />
            <source>“{name}”不是 JPG、PNG 或 BMP 图片。</source>
            <translation>"{name}" is not a JPG, PNG or BMP picture.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/cases.py" line="78" />
            <source>照片无法存入“{folder}”：{reason}</source>
            <translation>The photo cannot be stored in "{folder}": {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/cases.py" line="125" />
            <location filename="../../wz_desktop/store/cases.py" line="294" />
            <location filename="../../wz_desktop/store/cases.py" line="315" />
            <source>走失人员案件（编号 {case_id}）不存在，可能已被删除。</source>
            <translation>Missing-person case (no. {case_id}) does not exist; it may have been deleted.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/exports.py" line="35" />
            <source>数据库中没有 {year} 年的任务（有任务的年份：{years}）。</source>
            <translation>The database has no tasks in {year} (years with tasks: {years}).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/exports.py" line="40" />
            <source>无法写入“{path}”：{reason}。请检查文件夹能否写入、文件是否在 Excel 中打开、磁盘是否已满。没有写出文件。</source>
            <translation>Cannot write "{path}": {reason}. Please check that the folder can be written, that the file is not open in Excel and that the disk is not full. No file was written.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/exports.py" line="52" />
            <source>正在导出 {year} 年的 {total} 条任务</source>
            <translation>Exporting the {total} tasks of {year}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/exports.py" line="59" />
            <source>已导出 {written} 条任务</source>
            <translation>{written} tasks exported</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/exports.py" line="83" />
            <source>确认人 {name}</source>
            <translation>confirmed by {name}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/exports.py" line="84" />
            <source>人工修改 {count} 个单元格</source>
            <translation>{count} cells changed by hand</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/exports.py" line="85" />
            <source>匿名工作簿 {year} 年（{written} 条任务）</source>
            <translation>Anonymised workbook {year} ({written} tasks)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="78" />
            <location filename="../../wz_desktop/services/imports.py" line="164" />
            <source>导入已取消。</source>
            <translation>Import cancelled.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="93" />
            <location filename="../../wz_desktop/services/imports.py" line="154" />
            <source>正在更新搜索索引</source>
            <translation>Updating the search index</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="129" />
            <source>正在读取“{name}”</source>
            <translation>Reading "{name}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="135" />
            <source>正在读取并识别表头和数据</source>
            <translation>Reading the headers and the data</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="139" />
            <source>{when}（{name}）</source>
            <translation>{when} ({name})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="141" />
            <source>正在与数据库比对</source>
            <translation>Comparing with the database</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="147" />
            <source>正在提交</source>
            <translation>Committing</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="160" />
            <source>任务已导入，但搜索索引和分队关联暂未更新（{exc}），下次打开数据库时会自动补齐；在此之前搜索仍能找到这些任务。</source>
            <translation>The tasks were imported, but the search index and the squad links are not yet updated ({exc}); they are completed the next time the database opens, and search still finds these tasks until then.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="175" />
            <source>写入数据库时出错：{reason}。已撤销本次导入，数据库没有改动。</source>
            <translation>Writing to the database failed: {reason}. The import was undone; the database is unchanged.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="179" />
            <source>读写文件时出错：{reason}。没有导入，数据库没有改动。</source>
            <translation>Reading or writing a file failed: {reason}. Nothing was imported; the database is unchanged.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="183" />
            <source>导入时发生内部错误（{error}），已撤销本次导入，数据库没有改动。</source>
            <translation>An internal error occurred during the import ({error}); the import was undone and the database is unchanged.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="188" />
            <source>完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="188" />
            <source>未导入</source>
            <translation>Not imported</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="222" />
            <source>正在写入数据库</source>
            <translation>Writing to the database</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/imports.py" line="234" />
            <source>与数据库中的任务（{task}）不一致，保留数据库中的值：{differences}</source>
            <translation>Differs from the task in the database ({task}); the database's values are kept: {differences}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="91" />
            <source>分队“{name}”不存在，已新建</source>
            <translation>The squad "{name}" did not exist and was created</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="110" />
            <source>有 {count} 位队员叫“{name}”，无法确定是哪一位（请填写编号）</source>
            <translation>{count} members are called "{name}"; which one cannot be told (please fill in the number)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="113" />
            <source>找不到队员“{who}”</source>
            <translation>No member "{who}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="114" />
            <source>没有填写队员编号或姓名</source>
            <translation>Neither the member's number nor name is filled in</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="125" />
            <source>缺少分队名称</source>
            <translation>No squad name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="128" />
            <source>分队“{name}”在文件中重复（第 {seen} 行已有）</source>
            <translation>The squad "{name}" is in the file twice (already on row {seen})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="143" />
            <source>辖区“{district}”与数据库中的“{stored}”不同，未修改</source>
            <translation>The district "{district}" differs from "{stored}" in the database; not changed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="158" />
            <source>队长：{why}，未设置</source>
            <translation>Leader: {why}; not set</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="173" />
            <source>导入时{label}一栏原文：{raw}</source>
            <translation>As imported, the {label} column read: {raw}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="188" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="191" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="194" />
            <source>缺少姓名（编号“{code}”）</source>
            <translation>No name (number "{code}")</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="194" />
            <source>缺少姓名</source>
            <translation>No name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="197" />
            <source>编号“{code}”在文件中重复（第 {seen} 行已有），此行未导入</source>
            <translation>The number "{code}" is in the file twice (already on row {seen}); this row was not imported</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="207" />
            <source>“在队”一栏的“{active}”无法识别（应为“是”或“否”）：新队员按在队记录，已有的队员不改动，原文记入备注</source>
            <translation>The "active" value "{active}" cannot be read (it should be yes or no): a new member is recorded as active, an existing one is left as they were; the text kept in the notes</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="210" />
            <source>在队</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="213" />
            <source>入队日期“{joined}”无法识别，留空，原文记入备注</source>
            <translation>Joining date "{joined}" cannot be read: left empty, the text kept in the notes</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="215" />
            <source>入队日期</source>
            <translation>Joined on</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="229" />
            <source>电话 {phone} 已属于编号“{code}”的{name}，与此行编号“{row_code}”不符，此行未导入</source>
            <translation>The phone {phone} already belongs to {name}, number "{code}", not to this row's number "{row_code}"; this row was not imported</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="280" />
            <source>缺少证书名称</source>
            <translation>No certificate name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="288" />
            <source>有效期“{expires}”无法识别（应为日期，如 2025-06-30）</source>
            <translation>The expiry "{expires}" cannot be read (it should be a date such as 2025-06-30)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="294" />
            <source>与第 {seen} 行重复</source>
            <translation>The same as row {seen}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="302" />
            <source>{name}的证书“{cert}”（{number}）已在数据库中，有效期“{stored}”与文件中的“{expires}”不同，未修改</source>
            <translation>{name}'s certificate "{cert}" ({number}) is already in the database, valid until "{stored}", not "{expires}" as in the file; not changed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="304" />
            <location filename="../../wz_desktop/services/roster.py" line="305" />
            <source>长期</source>
            <translation>no end</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="322" />
            <source>缺少车牌和名称</source>
            <translation>No plate and no name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="326" />
            <source>车辆“{vehicle}”在文件中重复（第 {seen} 行已有）</source>
            <translation>The vehicle "{vehicle}" is in the file twice (already on row {seen})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="338" />
            <source>车主：{why}</source>
            <translation>Owner: {why}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="345" />
            <source>座位数“{seats}”不是整数</source>
            <translation>The seats "{seats}" are not a whole number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="357" />
            <source>车辆“{vehicle}”已在数据库中，与文件内容不同，未修改</source>
            <translation>The vehicle "{vehicle}" is already in the database and differs from the file; not changed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="393" />
            <source>导入名册 {name}：{summary}</source>
            <translation>Roster import {name}: {summary}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/services/roster.py" line="396" />
            <source>导入“{name}”时出错，数据库没有任何改动：{reason}</source>
            <translation>Importing "{name}" failed; the database was not changed: {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/__init__.py" line="164" />
            <location filename="../../wz_desktop/store/__init__.py" line="177" />
            <location filename="../../wz_desktop/store/db.py" line="152" />
            <location filename="../../wz_desktop/store/db.py" line="154" />
            <source>无法打开数据库“{path}”：{reason}</source>
            <translation>Cannot open the database "{path}": {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/__init__.py" line="166" />
            <location filename="../../wz_desktop/store/__init__.py" line="180" />
            <source>数据库“{name}”已损坏：{reason}</source>
            <translation>The database "{name}" is damaged: {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/__init__.py" line="206" />
            <source>登录名或密码不对，或账号已停用，没有切换用户。</source>
            <translation>The login or password is wrong, or the account is deactivated: the user was not switched.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/__init__.py" line="214" />
            <source>用户“{user}”已停用或不存在，不能登录。</source>
            <translation>The user "{user}" is deactivated or does not exist and cannot sign in.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/__init__.py" line="228" />
            <location filename="../../wz_desktop/store/__init__.py" line="231" />
            <source>没有有效的登录，不能代为操作。</source>
            <translation>There is no valid sign-in to act for.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/attendance.py" line="136" />
            <source>任务类别“{value}”无效。</source>
            <translation>The task kind "{value}" is not valid.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/audit.py" line="131" />
            <source>“{name}”不是在此登录的用户（{signed_in}），不能以其名义修改记录。</source>
            <translation>"{name}" is not the user signed in here ({signed_in}) and cannot change records in their name.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/audit.py" line="209" />
            <source>新增 {count:,} 条（编号 {first}–{last}）</source>
            <translation>{count:,} added (ids {first}–{last})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="154" />
            <source>无法打开：{reason}</source>
            <translation>cannot be opened: {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="160" />
            <source>不是万众救援台的数据库（没有任务表）</source>
            <translation>not a Wanzhong Rescue Desk database (no task table)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="181" />
            <source>由更新版本的万众救援台创建（结构版本 {version}）</source>
            <translation>made by a newer version of Wanzhong Rescue Desk (structure version {version})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="183" />
            <source>已损坏或不是数据库：{reason}</source>
            <translation>damaged or not a database: {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="384" />
            <source>文件不存在：{path}</source>
            <translation>file not found: {path}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="401" />
            <source>备份文件“{path}”不存在。</source>
            <translation>The backup file "{path}" does not exist.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="405" />
            <source>备份“{name}”由更新版本的万众救援台创建（结构版本 {version}，本程序只认识到 {latest}），不能用本程序恢复。请升级程序后再恢复。</source>
            <translation>The backup "{name}" was made by a newer version of Wanzhong Rescue Desk (structure version {version}; this program knows up to {latest}) and cannot be restored with this program. Please upgrade the program first.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="409" />
            <source>备份“{name}”不能用来恢复：{error}。</source>
            <translation>The backup "{name}" cannot be restored: {error}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="412" />
            <source>备份“{name}”已损坏（完整性检查未通过：{problem}），不能用来恢复。</source>
            <translation>The backup "{name}" is damaged (integrity check failed: {problem}) and cannot be restored.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="525" />
            <source>从备份“{backup}”恢复；替换前的数据库另存为“{copy}”</source>
            <translation>Restored from the backup "{backup}"; the database it replaced was saved as "{copy}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="527" />
            <source>从备份“{backup}”恢复</source>
            <translation>Restored from the backup "{backup}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="538" />
            <source>不能用数据库自己来恢复它。</source>
            <translation>A database cannot be restored from itself.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="543" />
            <source>恢复前无法保存当前数据库的副本（{reason}），没有恢复，数据库没有改动。</source>
            <translation>Could not save a copy of the current database before restoring ({reason}); nothing was restored and the database was not changed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="550" />
            <source>数据库“{name}”仍被其他程序或后台任务打开，没有恢复，数据库没有改动。请关闭它们后再试。</source>
            <translation>The database "{name}" is still open in another program or background task; nothing was restored and the database was not changed. Please close them and try again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="568" />
            <source>恢复前的数据库已保存在“{path}”。</source>
            <translation>The database from before the restore is saved at "{path}".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="569" />
            <source>恢复失败：{reason}。{kept}</source>
            <translation>Restore failed: {reason}. {kept}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/backups.py" line="573" />
            <source>恢复后的数据库未通过完整性检查：{problem}</source>
            <translation>The restored database failed the integrity check: {problem}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/calls.py" line="89" />
            <source>来电（编号 {call_id}）不存在，可能已被删除。</source>
            <translation>The call (number {call_id}) does not exist; it may have been deleted.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/calls.py" line="170" />
            <source>该来电已登记，不能再存为草稿；请直接修改来电记录。</source>
            <translation>This call is already logged and cannot be saved as a draft again; please edit the call record instead.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/calls.py" line="194" />
            <source>该来电已经登记过了。</source>
            <translation>This call has already been logged.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/calls.py" line="208" />
            <source>已登记的来电不能删除，只能核实为不实、重复或已解除。</source>
            <translation>A logged call cannot be deleted; it can only be verified as false, duplicate or resolved.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/calls.py" line="217" />
            <location filename="../../wz_desktop/store/calls.py" line="226" />
            <source>来电未能保存：{reason}</source>
            <translation>The call was not saved: {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/calls.py" line="247" />
            <source>草稿尚未登记，请先登记来电再核实。</source>
            <translation>This draft is not logged yet; please log the call before verifying it.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/calls.py" line="281" />
            <source>该来电刚被其他人修改过，请刷新后再试。</source>
            <translation>Someone else has just changed this call; please refresh and try again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/calls.py" line="329" />
            <source>发出事件编号 {number}</source>
            <translation>Event number {number} issued</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/cases.py" line="264" />
            <source>内部错误：并入案件需要任务流程。</source>
            <translation>Internal error: linking to a case needs the task flow.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/cases.py" line="274" />
            <location filename="../../wz_desktop/store/lifecycle.py" line="548" />
            <source>案件（编号 {case_id}）不存在。</source>
            <translation>The case (number {case_id}) does not exist.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/cases.py" line="276" />
            <source>该案件已有走失人员记录，请直接修改。</source>
            <translation>This case already has a missing person: edit it instead.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/cases.py" line="290" />
            <source>内部错误：保存走失人员需要案件编号。</source>
            <translation>Internal error: saving a missing person needs the case number.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/cases.py" line="318" />
            <source>该案件的寻人启事还没有发布，无需撤回。</source>
            <translation>The notice of this case was never published: there is nothing to withdraw.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/cases.py" line="336" />
            <location filename="../../wz_desktop/store/users.py" line="214" />
            <source>分队（编号 {squad_id}）不存在。</source>
            <translation>The squad (number {squad_id}) does not exist.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/db.py" line="71" />
            <source>数据库没有给出新记录的编号。</source>
            <translation>The database gave no id for the new record.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/db.py" line="150" />
            <source>数据库“{name}”正被另一个程序占用，请稍后再试。</source>
            <translation>The database "{name}" is in use by another program; please try again later.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/db.py" line="157" />
            <source>无法打开数据库“{path}”：文件不是数据库或已损坏（{reason}）</source>
            <translation>Cannot open the database "{path}": the file is not a database or is damaged ({reason})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/db.py" line="195" />
            <source>数据库“{name}”由更新版本的万众救援台创建（结构版本 {version}，本程序只认识到 {latest}）。请升级程序后再打开。</source>
            <translation>The database "{name}" was made by a newer version of Wanzhong Rescue Desk (structure version {version}; this program knows up to {latest}). Please upgrade the program before opening it.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/db.py" line="208" />
            <source>数据库需要升级结构，但现在不能升级：{holder}</source>
            <translation>The database needs its structure upgraded, but that is not possible now: {holder}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/db.py" line="231" />
            <source>数据库结构升级到版本 {version} 失败，数据库未改动：{reason}</source>
            <translation>Upgrading the database structure to version {version} failed; the database was not changed: {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/db.py" line="243" />
            <location filename="../../wz_desktop/store/db.py" line="300" />
            <source>数据库正被另一个程序写入，请稍后再试。</source>
            <translation>Another program is writing to the database; please try again later.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/errors.py" line="68" />
            <source>磁盘已满，没有空间写入。请腾出磁盘空间后再试</source>
            <translation>The disk is full. Please free some disk space and try again</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/errors.py" line="70" />
            <source>数据库文件或所在文件夹是只读的，无法写入</source>
            <translation>The database file or its folder is read-only and cannot be written</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/errors.py" line="72" />
            <source>没有写入权限（文件可能正被其他程序打开，或文件夹不允许写入）</source>
            <translation>No permission to write (the file may be open in another program, or the folder may not allow writing)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/errors.py" line="74" />
            <source>数据库正被另一个程序写入，请稍后再试</source>
            <translation>Another program is writing to the database; please try again later</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/errors.py" line="76" />
            <source>读写磁盘时出错，请检查磁盘和文件是否完好</source>
            <translation>An error occurred reading or writing the disk; please check the disk and the file</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/errors.py" line="79" />
            <source>文件已损坏或不是数据库</source>
            <translation>the file is damaged or not a database</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/errors.py" line="81" />
            <source>无法打开数据库文件（文件夹不存在、没有权限，或文件正被占用）</source>
            <translation>cannot open the database file (the folder does not exist, no permission, or the file is in use)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/errors.py" line="83" />
            <source>没有读写权限</source>
            <translation>no permission to read or write</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/errors.py" line="85" />
            <source>内存不足</source>
            <translation>out of memory</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/errors.py" line="87" />
            <source>这是一个文件夹，不是文件</source>
            <translation>this is a folder, not a file</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/errors.py" line="89" />
            <source>路径中的符号链接指向自己（形成了循环）</source>
            <translation>a symbolic link in the path points to itself (a loop)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/errors.py" line="91" />
            <source>文件不存在</source>
            <translation>the file does not exist</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/errors.py" line="93" />
            <source>系统错误（错误号 {code}）</source>
            <translation>system error (error number {code})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/errors.py" line="98" />
            <source>数据库操作失败（{name}），详细信息已写入日志</source>
            <translation>the database operation failed ({name}); the details are in the log</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/imports.py" line="41" />
            <source>新增 {count:,} 条</source>
            <translation>{count:,} added</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/imports.py" line="43" />
            <source>已有相同 {count:,} 条</source>
            <translation>{count:,} already there</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/imports.py" line="45" />
            <source>与数据库不一致 {count:,} 条（保留数据库的值）</source>
            <translation>{count:,} differ from the database (the database's values kept)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/imports.py" line="47" />
            <source>跳过 {count:,} 行</source>
            <translation>{count:,} rows skipped</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/imports.py" line="49" />
            <source>导入 {file}：{counts}</source>
            <translation>Import {file}: {counts}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="139" />
            <source>{name}：{attendance}</source>
            <translation>{name}: {attendance}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="141" />
            <source> {hours:g} 小时</source>
            <translation> {hours:g} hours</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="142" />
            <source>（{role}）</source>
            <translation> ({role})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="159" />
            <source>记录尚未保存，没有编号。</source>
            <translation>The record is not saved yet and has no id.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="167" />
            <source>时间“{text}”无法识别。</source>
            <translation>The time "{text}" cannot be read.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="191" />
            <source>任务（编号 {task_id}）不存在，可能已被删除。</source>
            <translation>The task (number {task_id}) does not exist; it may have been deleted.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="218" />
            <source>该任务刚被其他人修改过，请刷新后再试。</source>
            <translation>Someone else has just changed this task; please refresh and try again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="235" />
            <source>分队（编号 {squad_id}）不存在，请重新选择。</source>
            <translation>The squad (number {squad_id}) does not exist; please choose again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="252" />
            <source>来电（编号 {call_id}）不存在。</source>
            <translation>The call (number {call_id}) does not exist.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="258" />
            <source>该来电已经出队，请在原任务上修改；同一案件的再次出队请用“并案”。</source>
            <translation>The team has already been dispatched for this call; please edit that task. For another dispatch on the same case, use "Link to case".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="266" />
            <source>事件编号 {number} 已被另一任务使用，请留空由系统编号。</source>
            <translation>The event number {number} is already used by another task; leave it empty to have one assigned.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="290" />
            <source>任务未能保存：{reason}</source>
            <translation>The task was not saved: {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="346" />
            <source>出队后不能更换来电。</source>
            <translation>The call cannot be changed after the dispatch.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="393" />
            <source>不能修改这些字段：{fields}</source>
            <translation>These fields cannot be changed: {fields}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="410" />
            <source>出队人数和车次须为不小于 0 的整数。</source>
            <translation>The headcount and the vehicle trips must be whole numbers, 0 or more.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="448" />
            <source>考勤表中有不在出队名单上的队员，请先在出队记录中添加。</source>
            <translation>The attendance lists members who are not on the dispatch list; please add them to the dispatch first.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="471" />
            <source>退回时请写明原因，队长才知道要改什么。</source>
            <translation>Please give a reason when sending it back, so that the squad leader knows what to change.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="508" />
            <source>取消任务须写明原因。</source>
            <translation>Cancelling a task needs a reason.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="522" />
            <source>补录以往的考核记录 {count:,} 条</source>
            <translation>{count:,} earlier reviews recorded afterwards</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lifecycle.py" line="531" />
            <source>请写案件名称，例如“3·5 老人走失搜寻”。</source>
            <translation>Please name the case, e.g. "3·5 search for a missing elderly man".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lock.py" line="201" />
            <source>自 {since} 起</source>
            <translation>since {since}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lock.py" line="203" />
            <source>在计算机“{host}”上</source>
            <translation>on computer "{host}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lock.py" line="205" />
            <source>进程号 {pid}</source>
            <translation>process {pid}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lock.py" line="206" />
            <source>（{details}）</source>
            <translation> ({details})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lock.py" line="210" />
            <source>数据库“{name}”正在导入工作簿（另一个万众救援台命令{detail}）。请等导入结束后再试。</source>
            <translation>The database "{name}" is importing a workbook (another Wanzhong Rescue Desk command{detail}). Please try again when the import has finished.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lock.py" line="213" />
            <source>数据库“{name}”正在从备份恢复（另一个万众救援台命令{detail}）。请等恢复结束后再试。</source>
            <translation>The database "{name}" is being restored from a backup (another Wanzhong Rescue Desk command{detail}). Please try again when the restore has finished.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lock.py" line="216" />
            <source>数据库“{name}”正在升级结构（另一个万众救援台程序{detail}）。请等升级结束后再试。</source>
            <translation>The structure of the database "{name}" is being upgraded (another Wanzhong Rescue Desk program{detail}). Please try again when the upgrade has finished.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lock.py" line="219" />
            <source>数据库“{name}”正被另一个万众救援台命令写入{detail}。请等它结束后再试。</source>
            <translation>Another Wanzhong Rescue Desk command is writing to the database "{name}"{detail}. Please try again when it has finished.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/lock.py" line="220" />
            <source>数据库“{name}”已在另一个万众救援台窗口中打开{detail}。同一个数据库同时只能在一个窗口中使用，请切换到那个窗口继续工作。</source>
            <translation>The database "{name}" is already open in another Wanzhong Rescue Desk window{detail}. A database can be used in only one window at a time; please switch to that window to carry on.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="80" />
            <source>无法读取文件：{reason}</source>
            <translation>cannot read the file: {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="82" />
            <source>文件是空的（0 字节）</source>
            <translation>the file is empty (0 bytes)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="84" />
            <source>文件头已损坏，或不是万众救援台的数据库文件</source>
            <translation>the file header is damaged, or it is not a Wanzhong Rescue Desk database file</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="88" />
            <source>文件头已损坏（页大小 {size} 无效）</source>
            <translation>the file header is damaged (page size {size} is invalid)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="90" />
            <source>文件头已损坏（格式字段无效）</source>
            <translation>the file header is damaged (invalid format fields)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="92" />
            <source>文件被截断（大小 {size} 字节不是页大小 {page} 的整数倍）</source>
            <translation>the file is truncated (its size, {size} bytes, is not a multiple of the page size {page})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="97" />
            <source>文件被截断（应有 {pages} 页，只剩 {left} 页）</source>
            <translation>the file is truncated ({pages} pages expected, only {left} left)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="100" />
            <source>文件头已损坏（空闲页记录超出文件）</source>
            <translation>the file header is damaged (the free page list points outside the file)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="190" />
            <source>无法作为数据库打开：{reason}</source>
            <translation>cannot be opened as a database: {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="223" />
            <source>完整性检查未通过（{count} 处问题，如：{first}）</source>
            <translation>the integrity check failed ({count} problems, e.g. {first})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="227" />
            <source>读取时出错：{reason}</source>
            <translation>error while reading: {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="255" />
            <source>它不是万众救援台的数据库（结构版本 {version}，其中的表：{tables}）</source>
            <translation>it is not a Wanzhong Rescue Desk database (schema version {version}, tables: {tables})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="260" />
            <source>{problem}；旁边的“{wal}”文件可能属于另一个数据库</source>
            <translation>{problem}; the file "{wal}" beside it may belong to another database</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="276" />
            <source>没有找到可以用来恢复的完好备份（查找了：{folders}）。数据库文件没有被改动，请联系维护人员。</source>
            <translation>No good backup to restore from was found (looked in: {folders}). The database file was not changed; please contact the maintainer.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="278" />
            <source>最新的完好备份是“{copy}”（{when}，{tasks} 条任务）。恢复它：wz-desktop --db "{db}" restore "{copy}"</source>
            <translation>The newest good backup is "{copy}" ({when}, {tasks} tasks). To restore it: wz-desktop --db "{db}" restore "{copy}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="286" />
            <source>数据库“{path}”已损坏：{problem}。没有写入、报告或备份任何内容。{hint}</source>
            <translation>The database "{path}" is damaged: {problem}. Nothing was written, reported or backed up. {hint}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="314" />
            <source>无法访问</source>
            <translation>cannot be reached</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="317" />
            <source>无法访问（{reason}）</source>
            <translation>cannot be reached ({reason})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="319" />
            <source>是一个文件夹</source>
            <translation>is a folder</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="321" />
            <source>不是普通文件</source>
            <translation>is not an ordinary file</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="322" />
            <source>数据库“{path}”{what}，不是数据库文件。没有写入任何内容。请用 --db 指定正确的数据库文件，或把它移开后用 restore 从备份恢复。</source>
            <translation>The database "{path}" {what}: it is no database file. Nothing was written. Name the right database file with --db, or move it aside and restore a backup with restore.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="377" />
            <location filename="../../wz_desktop/store/opening.py" line="410" />
            <source>数据库“{path}”不存在。请先用 import 导入工作簿，或用 --db 指定数据库。</source>
            <translation>the database "{path}" does not exist. Import a workbook first with import, or give the database with --db.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="384" />
            <source>{holder}（最多等待 {seconds:.0f} 秒）</source>
            <translation>{holder} (waiting at most {seconds:.0f} seconds)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="397" />
            <source>是空的（0 字节）</source>
            <translation>is empty (0 bytes)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="397" />
            <source>不存在</source>
            <translation>does not exist</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="399" />
            <source>数据库“{path}”{what}，但它有备份：这不是一个新数据库，没有新建。{hint}</source>
            <translation>The database "{path}" {what}, but it has backups: it is not a new database, and none was created. {hint}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="403" />
            <source>数据库“{path}”{what}，它有 {count} 个备份，但都已损坏或无法使用：这不是一个新数据库，没有新建。{hint}</source>
            <translation>The database "{path}" {what}; it has {count} backup(s), but all are damaged or unusable: this is not a new database, none was created. {hint}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="407" />
            <source>数据库“{path}”是空的（0 字节），也没有找到它的备份。请用 import 导入工作簿重新建立，或用 --db 指定正确的数据库。</source>
            <translation>The database "{path}" is empty (0 bytes) and no backup of it was found. Import a workbook with import to build it again, or name the right database with --db.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="419" />
            <source>无法读取数据库“{path}”：{reason}。数据库没有被改动，没有写入任何内容。请检查这个文件和它所在文件夹的权限（读取数据库也需要在它旁边建立临时文件），或把它复制到可以写入的文件夹后再用 --db 指定。</source>
            <translation>Cannot read the database "{path}": {reason}. The database was not changed, nothing was written. Check the rights on this file and its folder (reading a database also makes temporary files beside it), or copy it to a folder you can write to and name it with --db.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/opening.py" line="424" />
            <source>“{path}”不是万众救援台可以使用的数据库：{problem}。没有写入、报告或备份任何内容。如果选错了文件，请用 --db 指定正确的数据库。{hint}</source>
            <translation>"{path}" is not a database Wanzhong Rescue Desk can use: {problem}. Nothing was written, reported or backed up. If this is the wrong file, name the right database with --db. {hint}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="121" />
            <source>考勤“{value}”无效：只能是{choices}之一。</source>
            <translation>The attendance "{value}" is not valid: it must be one of {choices}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="126" />
            <source>车辆归属“{value}”无效：只能是队伍车辆（team）或队员私家车（member）。</source>
            <translation>The vehicle owner kind "{value}" is not valid: it must be a team vehicle (team) or a member's own car (member).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="129" />
            <source>队员私家车“{vehicle}”需要指明车主。</source>
            <translation>The member's own car "{vehicle}" needs an owner.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="145" />
            <source>{what}：队员编号已被其他队员使用。</source>
            <translation>{what}: the member code is already used by another member.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="147" />
            <source>{what}：同名分队已存在。</source>
            <translation>{what}: a squad with this name already exists.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="149" />
            <source>{what}：引用的分队、队员、车辆或任务不存在。</source>
            <translation>{what}: the squad, member, vehicle or task it refers to does not exist.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="150" />
            <source>{what}：{reason}</source>
            <translation>{what}: {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="181" />
            <location filename="../../wz_desktop/store/roster.py" line="621" />
            <source>分队名称不能为空。</source>
            <translation>The squad name cannot be empty.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="193" />
            <source>无法添加分队</source>
            <translation>Cannot add the squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="210" />
            <source>设置 {count} 个分队的队长</source>
            <translation>Leaders of {count} squads set</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="217" />
            <source>无法设置分队队长</source>
            <translation>Cannot set the squad leaders</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="253" />
            <location filename="../../wz_desktop/store/roster.py" line="776" />
            <source>队员姓名不能为空。</source>
            <translation>The member's name cannot be empty.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="262" />
            <source>入队日期的个数与队员人数不一致。</source>
            <translation>The number of joining dates does not match the number of members.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="279" />
            <source>无法添加队员</source>
            <translation>Cannot add the member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="286" />
            <source>队员还没有保存，无法修改。</source>
            <translation>The member has not been saved yet and cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="305" />
            <source>无法保存队员</source>
            <translation>Cannot save the member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="394" />
            <location filename="../../wz_desktop/store/roster.py" line="828" />
            <source>证书名称不能为空。</source>
            <translation>The certificate name cannot be empty.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="411" />
            <source>无法添加证书</source>
            <translation>Cannot add the certificate</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="462" />
            <source>无法添加车辆</source>
            <translation>Cannot add the vehicle</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="515" />
            <source>{count:,} 名队员记入 {tasks:,} 次任务的出队名单</source>
            <translation>{count:,} members put on the lists of {tasks:,} tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="518" />
            <source>无法记录出队队员</source>
            <translation>Cannot record the members of the dispatch</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="525" />
            <source>出队队员的任务编号与所改任务不一致。</source>
            <translation>The task number of the dispatched members does not match the task being changed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="548" />
            <source>该队员不在这次任务的出队名单上。</source>
            <translation>This member is not on the dispatch list of this task.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="551" />
            <source>队员编号 {member_id}</source>
            <translation>member id {member_id}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="583" />
            <source>{count:,} 车次记入 {tasks:,} 次任务</source>
            <translation>{count:,} vehicle trips recorded for {tasks:,} tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="585" />
            <source>无法记录出队车辆</source>
            <translation>Cannot record the vehicles of the dispatch</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="618" />
            <source>分队还没有保存，无法修改。</source>
            <translation>The squad has not been saved yet and cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="629" />
            <source>这个分队已不在数据库中。</source>
            <translation>This squad is no longer in the database.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="634" />
            <source>无法保存分队</source>
            <translation>Cannot save the squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="693" />
            <source>无法按“{sort}”排序。</source>
            <translation>Cannot sort by "{sort}".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="764" />
            <location filename="../../wz_desktop/store/roster.py" line="786" />
            <source>这位队员已不在数据库中。</source>
            <translation>This member is no longer in the database.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="810" />
            <source>要修改的证书不属于这位队员。</source>
            <translation>The certificate to change does not belong to this member.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="826" />
            <source>证书还没有保存，无法修改。</source>
            <translation>The certificate has not been saved yet and cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="839" />
            <source>这张证书已不在数据库中。</source>
            <translation>This certificate is no longer in the database.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="892" />
            <location filename="../../wz_desktop/store/roster.py" line="907" />
            <source>这辆车已不在数据库中。</source>
            <translation>This vehicle is no longer in the database.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/roster.py" line="898" />
            <source>无法保存车辆</source>
            <translation>Cannot save the vehicle</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/sharing.py" line="77" />
            <source>{what}；隐去 {cells} 个单元格；{note}</source>
            <translation>{what}; {cells} cells masked; {note}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/sharing.py" line="78" />
            <source>{what}；隐去 {cells} 个单元格</source>
            <translation>{what}; {cells} cells masked</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/tasks.py" line="377" />
            <source>批量新增 {n:,} 条任务（编号 {first}–{last}）</source>
            <translation>{n:,} tasks added at once (ids {first}–{last})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="121" />
            <source>密码至少需要 {count} 个字符。</source>
            <translation>The password needs at least {count} characters.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="123" />
            <source>密码的开头和结尾不能是空格。</source>
            <translation>The password cannot begin or end with a space.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="162" />
            <source>用户（编号 {user_id}）不存在。</source>
            <translation>The user (number {user_id}) does not exist.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="176" />
            <source>第一个用户必须是管理员。</source>
            <translation>The first user must be an administrator.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="180" />
            <source>登录名不能为空，不能含空格，最多 40 个字符。</source>
            <translation>The login name cannot be empty or contain spaces, and has at most 40 characters.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="182" />
            <source>请填写姓名（将记在经办的记录上）。</source>
            <translation>Please enter the name (it is written on the records this user handles).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="194" />
            <source>登录名“{login}”已被使用。</source>
            <translation>The login name "{login}" is already taken.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="195" />
            <source>无法添加用户：{reason}</source>
            <translation>Cannot add the user: {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="205" />
            <source>已经有用户了：新用户请由管理员在“用户管理”中添加。</source>
            <translation>There are users already: new users are added by an administrator in "User management".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="212" />
            <source>分队长须指定所属分队。</source>
            <translation>A squad leader needs a squad.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="230" />
            <source>原密码不对，密码没有修改。</source>
            <translation>The current password is wrong; the password was not changed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="245" />
            <source>这是唯一的管理员，不能改为其他角色：请先指定另一位管理员。</source>
            <translation>This is the only administrator and cannot be given another role: please make someone else an administrator first.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="268" />
            <source>这是唯一的管理员，不能停用：请先指定另一位管理员。</source>
            <translation>This is the only administrator and cannot be deactivated: please make someone else an administrator first.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="270" />
            <source>不能停用正在使用的账号。</source>
            <translation>The account in use cannot be deactivated.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="314" />
            <source>（登录名 {login}）</source>
            <translation>(login {login})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/store/users.py" line="315" />
            <source>密码错误（连续第 {failed} 次）</source>
            <translation>Wrong password ({failed} times in a row)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/anonymized.py" line="149" />
            <source>等共 {n} 处</source>
            <translation>, {n} in all</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/anonymized.py" line="150" />
            <source>隐去个人信息后仍有个人信息：{cells}{more}。已停止导出，没有写出文件。</source>
            <translation>Personal data is left after masking: {cells}{more}. The export was stopped; no file was written.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" line="150" />
            <location filename="../../wz_desktop/workbook/audit.py" line="30" />
            <location filename="../../wz_desktop/workbook/exporter.py" line="69" />
            <location filename="../../wz_desktop/workbook/roster.py" line="171" />
            <source>导出文件名“{path}”应以 .xlsx 结尾。</source>
            <translation>The export file name "{path}" should end in .xlsx.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" line="179" />
            <source>{label}：</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" line="198" />
            <source>导出已取消，没有写入文件。</source>
            <translation>The export was cancelled; no file was written.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" line="200" />
            <location filename="../../wz_desktop/workbook/attendance.py" line="215" />
            <source>已写入 {written:,} 行</source>
            <translation>{written:,} rows written</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/attendance.py" line="208" />
            <source>无法写入“{path}”：{reason}</source>
            <translation>Cannot write "{path}": {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/audit.py" line="58" />
            <source>无法写入“{path}”：{reason}。没有写出文件。</source>
            <translation>Cannot write "{path}": {reason}. No file was written.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/exporter.py" line="52" />
            <source>“{sheet}”第 {row} 行（事件编号 {event_no}，出队时间 {departure}）的“{column}”有 {length} 字，超过 Excel 单元格的上限 {limit} 字：导出时截去了最后 {cut} 字（从“{start}”起）。数据库中的原文完整保留。</source>
            <translation>"{sheet}" row {row} (event number {event_no}, departure {departure}): the "{column}" has {length} characters, more than an Excel cell holds ({limit}): the last {cut} characters were cut in the export (from "{start}" on). The database keeps the whole text.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/exporter.py" line="134" />
            <source>已写入 {written} / {total} 条</source>
            <translation>{written} / {total} written</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/exporter.py" line="156" />
            <source>隐去个人信息后仍有疑似姓名或电话，已停止导出，没有写出文件。</source>
            <translation>After hiding personal data there are still what look like names or phone numbers; the export was stopped and no file was written.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="192" />
            <source>表头在第 {top}–{bottom} 行（多行表头：合并的分组单元格与下面的列名合起来读）</source>
            <translation>The header is on rows {top}–{bottom} (a header of several rows: each merged group cell is read together with the column names under it)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="195" />
            <source>表头在第 {top} 行，上面的标题行不是任务</source>
            <translation>The header is on row {top}; the title rows above it are not tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="198" />
            <source>出队日期（{date} 列）和出队时间（{time} 列）合为一个出队时间</source>
            <translation>The departure date (column {date}) and the departure time (column {time}) make one departure</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="202" />
            <source>“{label}”列说明每行任务的类别，按该列归入各类任务</source>
            <translation>The column "{label}" gives each task's kind; tasks are sorted into the kinds by it</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="212" />
            <source>“{label}”列与 {first} 列都是“{header}”：取 {first} 列；本列的值随任务保存在待复核标记中，两列不一致的行逐行报告</source>
            <translation>Column “{label}” and column {first} are both “{header}”: column {first} is read; this column’s values are kept in the review marks, and each row where the two differ is reported</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="219" />
            <source>“{label}”是序号列，不是事件编号，也不是七列之一；该列的值随任务保存在待复核标记中，不写入导出</source>
            <translation>"{label}" is a row-number column, not the event number and none of the seven columns; its values are kept with the tasks in their review notes and not exported</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="222" />
            <source>表头“{label}”不是七列之一，该列的值随任务保存在待复核标记中，不写入导出</source>
            <translation>The header "{label}" is none of the seven columns; its values are kept with the tasks in their review marks and not exported</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="223" />
            <source>表头“{label}”不是七列之一（该列为空）</source>
            <translation>The header "{label}" is none of the seven columns (the column is empty)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="227" />
            <source>没有“{header}”列</source>
            <translation>No "{header}" column</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="304" />
            <source>“{name}”里的出队时间都无法识别，文件名和标题里也没有年份，无法确定年份。请在文件名中写上年份（如“2021年救援任务统计.xlsx”）后再导入。</source>
            <translation>None of the departure times in "{name}" can be read and neither the file name nor the title has a year, so the year is unknown. Please put the year in the file name (e.g. "2021 rescue tasks.xlsx") and import again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="307" />
            <location filename="../../wz_desktop/workbook/importer.py" line="308" />
            <source>出队时间无法识别，年份按工作簿认作 {year}</source>
            <translation>The departure time cannot be read; the year is taken from the workbook: {year}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="319" />
            <source>工作表名写明 {year} 年，与工作簿的年份不同：本表没有年份的日期按 {year} 年读取</source>
            <translation>The sheet name says {year}, not the workbook's year: this sheet's dates without a year are read in {year}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="357" />
            <source>自检：工作表名“{sheet}”中有“{word}”，可能是作废、备份、草稿或复制出的表；其中的任务照常导入并标记待复核，请核对它是否已作废或与其他工作表重复</source>
            <translation>Self-check: the sheet name "{sheet}" holds "{word}": it may be void, a backup, a draft or a copy; its tasks are imported and flagged for review, please check whether it is void or repeats another sheet</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="418" />
            <source>出队时间 {value} 是 {year} 年，与本表多数任务的 {common} 年相差 {gap} 年；按原值保存，请核对（可能是年份打错了）</source>
            <translation>The departure {value} is in {year}, {gap} years from {common}, the year of most tasks of the sheet; saved as it is. Please check (the year may be mistyped)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="442" />
            <source>出队时间单元格{shown}不显示年份，单元格里存的却是 {year} 年，与工作簿的 {book} 年不同（在 Excel 里输入“3月5日”会自动补上输入当天的年份）；按 {value} 保存，请核对</source>
            <translation>The departure cell {shown} shows no year, but holds the year {year}, not the workbook's {book} (typing "March 5" into Excel adds the year of the day it is typed); saved as {value}, please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="477" />
            <source>第 {row} 行起是另一张表，列的顺序不同，按它自己的表头读取</source>
            <translation>From row {row} on another table begins, its columns in another order: read by its own header</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="567" />
            <source>显示为“{shown}”</source>
            <translation>shown as "{shown}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="584" />
            <source>数字格式“{format}”</source>
            <translation>number format "{format}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="616" />
            <source>自检：出队时间单元格只显示时刻（{how}），看不到日期；单元格里存的是 {value}，按此保存，请核对日期</source>
            <translation>Self-check: the departure cell shows only the time ({how}), not the day; the cell holds {value}, stored as such; please check the day</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="619" />
            <source>自检：出队时间单元格只显示日期（{how}），看不到时刻；单元格里存的是 {value}，按此保存，请核对时刻</source>
            <translation>Self-check: the departure cell shows only the day ({how}), not the time; the cell holds {value}, stored as such; please check the time</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="744" />
            <source>工作表名看不出类别，按标题“{title}”认作“{sheet}”</source>
            <translation>The sheet name does not say the kind; taken as "{sheet}" from the title "{title}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="749" />
            <source>空工作表，跳过</source>
            <translation>Empty sheet, skipped</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="750" />
            <source>工作表名是“{kind}”，但其中没有任何内容（空表，或只有图表、图片），没有任务导入</source>
            <translation>The sheet is named "{kind}" but holds nothing (empty, or only a chart or pictures); no tasks imported</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="758" />
            <source>不是任务表（没有任务表头），跳过；其中有 {lines} 行内容未导入</source>
            <translation>Not a task sheet (no task header), skipped; {lines} rows in it were not imported</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="763" />
            <source>工作表“{sheet}”有任务表头，但看不出属于哪一类任务。请把工作表改名为其中一类（{kinds}）后再导入。</source>
            <translation>The sheet "{sheet}" has a task header, but it is not clear which task kind it holds. Please name the sheet after one of the kinds, as the Chinese sheet names are written ({kinds}), and import again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="777" />
            <source>工作表“{sheet}”找不到表头（事件编号、事件摘要、出队时间……），其中的 {rows} 行无法可靠地读取。请在任务上方加上表头行后再导入。</source>
            <translation>The sheet "{sheet}" has no header (event number, summary, departure…), so its {rows} rows cannot be read reliably. Please add a header row above the tasks and import again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="780" />
            <source>工作表名是“{kind}”，但它不是任务表（{why}），没有作为任务读取；其中 {lines} 行内容未导入，请核对</source>
            <translation>The sheet is named "{kind}" but is not a task table ({why}); it was not read as tasks and its {lines} rows were not imported; please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="789" />
            <source>没有找到表头行，按标准的七列顺序读取</source>
            <translation>No header row found; read in the standard order of the seven columns</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="799" />
            <source>这是隐藏的工作表（隐藏只是显示设置），其中的任务照常导入</source>
            <translation>This sheet is hidden (hiding is only a view setting); its tasks are imported as usual</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="808" />
            <source>“{name}”里没有任务表：工作表{sheets}虽以任务类别命名，但都不是任务表（空表，或没有任务表头、各行也不像任务，如汇总表、数据透视表、说明），没有导入任何内容。请确认选的是任务统计工作簿。</source>
            <translation>"{name}" holds no task table: the sheets {sheets} are named for kinds of task but none is a task table (empty, or without a task header and with rows that do not look like tasks, such as a summary, a pivot table or notes); nothing was imported. Please check that this is the task workbook.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="811" />
            <source>“{sheet}”</source>
            <translation>"{sheet}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="812" />
            <source>“{name}”里没有任务表：没有一个工作表以任务类别命名，也没有任务表头。</source>
            <translation>"{name}" has no task sheet: no sheet is named after a task kind or has a task header.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="877" />
            <source>像是汇总表或数据透视表，有“{word}”</source>
            <translation>it looks like a summary or pivot table: it has "{word}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="878" />
            <source>没有任务表头，各行也不像任务</source>
            <translation>no task header, and its rows do not look like tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="988" />
            <source>第 {first}–{last} 行之间另有 {count} 行也不是任务，跳过（未逐行列出）</source>
            <translation>Between rows {first} and {last}, {count} more rows are not tasks either: skipped (not listed one by one)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1033" />
            <source>空行（只有合并单元格延伸下来的值）</source>
            <translation>Empty row (only values of merged cells reaching down)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1035" />
            <source>第 {first}–{last} 行共 {count} 行是空行（只有合并单元格延伸下来的值），跳过</source>
            <translation>Rows {first}–{last}: {count} empty rows (only values of merged cells reaching down), skipped</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1042" />
            <source>第 {first}–{last} 行共 {count} 行是空行，跳过</source>
            <translation>Rows {first}–{last}: {count} empty rows, skipped</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1069" />
            <source>第 {first}–{last} 行共 {count} 行只有序号，没有任务内容，跳过</source>
            <translation>Rows {first}–{last}: {count} rows with only a row number, nothing of a task: skipped</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1071" />
            <source>只有序号，没有任务内容，跳过</source>
            <translation>Only a row number, nothing of a task: skipped</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1127" />
            <source>第 {first}–{last} 行共 {count} 行只有日期，没有任务内容，跳过</source>
            <translation>Rows {first}–{last}: {count} rows with only a date and a word saying nothing was done: skipped</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1129" />
            <source>只有日期，没有任务内容，跳过</source>
            <translation>Only a date and a word saying nothing was done: skipped</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1157" />
            <source>第 {row} 行是隐藏行（隐藏只是显示设置），其中的任务照常导入</source>
            <translation>Row {row} is hidden (hiding is only a view setting); its task is imported as usual</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1159" />
            <source>第 {first}–{last} 行是隐藏行（隐藏只是显示设置），其中 {count} 条任务照常导入</source>
            <translation>Rows {first}–{last} are hidden (hiding is only a view setting); their {count} tasks are imported as usual</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1218" />
            <source>合计行（没有编号、摘要和时间，数字是上面各行之和），不是任务</source>
            <translation>A totals row (no number, summary or time; its numbers are the sums of the rows above), not a task</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1268" />
            <source>出队人数 {value} 多于全队的人数（约 {most} 人），按原值保存，请核对原始记录（可能多打了数字）</source>
            <translation>A head count of {value} is more than the whole team (about {most} people); saved as it is. Please check the original record (a digit may have been typed twice)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1271" />
            <source>出队车次 {value} 大得不合常理（超过 {most}），按原值保存，请核对原始记录（可能多打了数字）</source>
            <translation>Vehicle trips of {value} are too many to be right (more than {most}); saved as they are. Please check the original record (a digit may have been typed twice)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1285" />
            <source>单元格里有看不见的控制字符（{codes}），已去掉后读取；原文中写作 [U+…]，请核对</source>
            <translation>The cell held invisible control characters ({codes}); they were removed before reading; the original shows them as [U+…]. Please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1384" />
            <source>公式“{formula}”保存的结果不是算出来的（文件要求打开时重新计算，由程序生成），保留公式原文</source>
            <translation>The result saved with the formula "{formula}" was not computed (the file, written by a program, asks to be recalculated when opened); the formula text is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1387" />
            <source>公式“{formula}”没有保存计算结果，保留公式原文</source>
            <translation>The formula "{formula}" was saved without its result; the formula text is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1390" />
            <source>单元格是错误值“{error}”（公式算不出结果），保留原文</source>
            <translation>The cell holds the error value "{error}" (its formula has no result); the text is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1393" />
            <source>单元格是公式，文件里保存的结果是空的（生成文件的程序可能没有计算它），在 Excel 中打开时可能不是空的，请核对</source>
            <translation>The cell is a formula whose saved result is empty (the program that wrote the file may not have computed it); Excel may show something else when it opens the file: please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1453" />
            <source>自检：本行既没有事件编号也没有出队时间，可能不是任务（说明文字或合计），已作为任务导入，请核对</source>
            <translation>Self-check: this row has neither an event number nor a departure time; it may be no task (a note or a total). It was imported as a task; please check it</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1459" />
            <source>自检：分队“{source}”保存为“{stored}”，其中有不是分队名称的部分，请核对</source>
            <translation>Self-check: squads "{source}" were saved as "{stored}", with a part that names no squad; please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1488" />
            <source>合并单元格，本行取“{value}”</source>
            <translation>Merged cell: this row takes "{value}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1500" />
            <source>自检：本行只有出队时间，没有摘要、编号、人数等内容，可能不是任务（如值班日志里没有任务的一天），已作为任务导入，请核对</source>
            <translation>Self-check: this row holds only a departure, no summary, number, counts or anything else; it may be no task (a day without a task in a duty log). Imported as a task: please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1537" />
            <location filename="../../wz_desktop/workbook/importer.py" line="1558" />
            <source>表尾（制表人、审核、日期等），不是任务</source>
            <translation>The footer of the table (made by, checked by, date …), not a task</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1556" />
            <source>{total}行，不是任务</source>
            <translation>{total} row, not a task</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1617" />
            <source>自检：出队时间只有日期“{day}”，“{label}”列（{column} 列）的“{time}”像是时刻，表头没有说明，未并入出队时间，请核对</source>
            <translation>Self-check: the departure is only the day “{day}”; “{time}” in column “{label}” ({column}) looks like a time of day, but the header does not say so: not joined to the departure, please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1636" />
            <source>{first} 列和 {second} 列都是“{header}”：取 {first} 列的“{value}”，{second} 列是“{other}”，请核对</source>
            <translation>Columns {first} and {second} are both “{header}”: column {first}’s “{value}” was taken, column {second} says “{other}”; please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1668" />
            <source>类别“{value}”不是任何一类任务，暂归入“{kind}”</source>
            <translation>The kind "{value}" is none of the task kinds; put under "{kind}" for now</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1669" />
            <source>没有类别，暂归入“{kind}”</source>
            <translation>No kind given; put under "{kind}" for now</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1686" />
            <source>自检：单元格“{source}”保存为“{stored}”，报告中没有说明这一差异，请核对</source>
            <translation>Self-check: the cell "{source}" was stored as "{stored}", and nothing in the report explains the difference; please check it</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1778" />
            <source>“{sheet}”第 {row} 行</source>
            <translation>"{sheet}" row {row}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1781" />
            <source>{places} 等 {count} 处</source>
            <translation>{places} and others, {count} places in all</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1783" />
            <source>编号 {number} 在文件中出现 {count} 次：{places}</source>
            <translation>The number {number} appears {count} times in the file: {places}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/importer.py" line="1785" />
            <source>编号 {number} 用在 {count} 条不同的任务上（都保留，已标记待复核）</source>
            <translation>The number {number} is used on {count} different tasks (all kept, marked for review)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="83" />
            <source>单元格的文字里有 {elements}（注音、字段、脚注、标题或列表之类），不同的程序显示出的文字可能不同；已按文件中保存的文字读取，请核对</source>
            <translation>The cell's text holds {elements} (a ruby reading, a field, a footnote, a heading, a list or the like), which programs may show differently; it was read as the file saves it. Please check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="133" />
            <source>文件“{name}”的扩展名是 {suffix}，但内容其实是 {real} 格式的工作簿，所以无法按 {suffix} 读取。请把文件扩展名改为 {real} 后再导入，或在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。</source>
            <translation>The file "{name}" has the extension {suffix} but is really a {real} workbook, so it cannot be read as {suffix}. Rename it to {real} and import it again, or open it in Excel or WPS, save it as .xlsx and import that.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="152" />
            <source>文件“{name}”已损坏：缺少工作簿必需的组成部分（例如某张工作表的数据），无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入；如果打不开，请向发送人要一份原文件。</source>
            <translation>The file "{name}" is damaged: a part every workbook needs (such as a sheet's data) is missing, so it cannot be read. Open it in Excel or WPS, save it as .xlsx and import that; if it does not open, ask the sender for the original file.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="173" />
            <source>文件“{name}”是一个空的压缩包，里面没有工作簿，无法读取。请确认选的是任务统计工作簿。</source>
            <translation>The file "{name}" is an empty zip archive with no workbook in it, so it cannot be read. Please check that you chose the tasks workbook.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="174" />
            <source>文件“{name}”是压缩包，但不是 Excel 工作簿（里面没有工作表），无法读取。如果它是下载来的压缩文件，请先解压，再导入里面的工作簿（.xlsx、.xls、.xlsm 或 .ods）。</source>
            <translation>The file "{name}" is a zip archive but not an Excel workbook (it holds no sheets), so it cannot be read. If it is a downloaded archive, unpack it first and import the workbook inside (.xlsx, .xls, .xlsm or .ods).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="203" />
            <source>文件“{name}”是 Excel 工作簿，但它的一个内部部件放在不常见的位置（{part}），本程序读不了，未导入任何内容。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。</source>
            <translation>The file "{name}" is an Excel workbook, but one of its inner parts lies under an unusual name ({part}) that this program cannot read; nothing was imported. Open it in Excel or WPS, save it as .xlsx again, and import that.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="283" />
            <source>找不到文件“{path}”。</source>
            <translation>The file "{path}" was not found.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="285" />
            <source>“{path}”是文件夹，不是工作簿。</source>
            <translation>"{path}" is a folder, not a workbook.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="287" />
            <source>文件“{path}”是空文件（0 字节），无法读取。</source>
            <translation>The file "{path}" is empty (0 bytes) and cannot be read.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="296" />
            <source>文件“{name}”是 WPS 表格文件（{suffix}），不能直接导入。请在 WPS 中打开它，选“另存为”，保存类型选 Excel 工作簿（.xlsx），再导入保存的文件。</source>
            <translation>The file "{name}" is a WPS spreadsheet ({suffix}) and cannot be imported directly. Open it in WPS, choose "Save As", pick the type Excel workbook (.xlsx), then import the saved file.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="299" />
            <source>文件“{name}”是 Excel 二进制工作簿（.xlsb），不能直接导入。请在 Excel 或 WPS 中打开它，另存为 Excel 工作簿（.xlsx），再导入保存的文件。</source>
            <translation>The file "{name}" is an Excel binary workbook (.xlsb) and cannot be imported directly. Open it in Excel or WPS, save it as an Excel workbook (.xlsx), then import the saved file.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="302" />
            <source>文件“{name}”是表格模板（{suffix}），不能直接导入。请在 Excel 或 WPS 中打开它，另存为 Excel 工作簿（.xlsx），再导入保存的文件。</source>
            <translation>The file "{name}" is a spreadsheet template ({suffix}) and cannot be imported directly. Open it in Excel or WPS, save it as an Excel workbook (.xlsx), then import the saved file.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="305" />
            <source>文件“{name}”是 XML 格式的表格（{suffix}），不能直接导入。请在 LibreOffice、Excel 或 WPS 中打开它，另存为 Excel 工作簿（.xlsx）或 .ods，再导入保存的文件。</source>
            <translation>The file "{name}" is a spreadsheet in XML form ({suffix}) and cannot be imported directly. Open it in LibreOffice, Excel or WPS, save it as an Excel workbook (.xlsx) or .ods, then import the saved file.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="308" />
            <source>文件“{name}”是文本文件（{suffix}），不是 Excel 工作簿，不能直接导入（文本里没有日期格式和合并单元格，容易读错）。请在 Excel 或 WPS 中打开它，另存为 Excel 工作簿（.xlsx），再导入保存的文件。</source>
            <translation>The file "{name}" is a text file ({suffix}), not an Excel workbook, and cannot be imported directly (text has no date formats or merged cells and is easily misread). Open it in Excel or WPS, save it as an Excel workbook (.xlsx), then import the saved file.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="311" />
            <source>文件“{name}”不是 Excel 工作簿：只能导入 .xlsx、.xlsm、.xls 和 .ods 文件。如果它是别的表格文件，请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。</source>
            <translation>The file "{name}" is not an Excel workbook: only .xlsx, .xlsm, .xls and .ods files can be imported. If it is another kind of spreadsheet, open it in Excel or WPS, save it as .xlsx and import that.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="470" />
            <source>文件“{name}”未导入：{reason}</source>
            <translation>The file "{name}" was not imported: {reason}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="551" />
            <source>文件“{name}”的工作簿目录（workbook.xml）把同一张工作表列了两次（“{first}”和“{second}”），文件已损坏，未导入任何内容。请在 Excel 或 WPS 中打开它并另存后再导入。</source>
            <translation>The list of sheets (workbook.xml) of the file "{name}" names one sheet twice ("{first}" and "{second}"): the file is damaged. Nothing was imported. Please open it in Excel or WPS, save it, and import again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="567" />
            <source>文件“{name}”其实是网页（HTML/XML）文件，只是扩展名是 {suffix}，无法作为工作簿读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。</source>
            <translation>The file "{name}" is really a web page (HTML/XML) with the extension {suffix}; it cannot be read as a workbook. Please open it in Excel or WPS, save it as .xlsx, and import that.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="570" />
            <source>文件“{name}”其实是文本（CSV）文件，只是扩展名是 {suffix}，无法作为工作簿读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。</source>
            <translation>The file "{name}" is really a text (CSV) file with the extension {suffix}; it cannot be read as a workbook. Please open it in Excel or WPS, save it as .xlsx, and import that.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/reader.py" line="572" />
            <source>文件“{name}”不是 Excel 工作簿（内容既不是 .xlsx、.xls，也不是 .ods），无法读取。请确认选的是任务统计工作簿；如果它在 Excel 或 WPS 中能打开，请另存为 .xlsx 后再导入。</source>
            <translation>The file "{name}" is not an Excel workbook (its content is neither .xlsx, .xls nor .ods), so it cannot be read. Please check that you chose the tasks workbook; if Excel or WPS opens it, save it as .xlsx and import that.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/roster.py" line="35" />
            <source>队员</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/roster.py" line="35" />
            <source>证书</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/roster.py" line="121" />
            <source>✓ {file}：名册已导入。</source>
            <translation>✓ {file}: roster imported.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/roster.py" line="127" />
            <source>  {sheet}：读取 {rows} 行，新增 {added}，更新 {updated}，未变 {unchanged}，跳过 {skipped}，与数据库不一致 {differing}（以数据库为准）。</source>
            <translation>  {sheet}: {rows} rows read, {added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped, {differing} different from the database (the database wins).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/roster.py" line="130" />
            <source>  {sheet}：读取 {rows} 行，新增 {added}，更新 {updated}，未变 {unchanged}，跳过 {skipped}。</source>
            <translation>  {sheet}: {rows} rows read, {added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/roster.py" line="209" />
            <source>无法写入“{path}”：{reason}。请检查文件夹能否写入、文件是否在 Excel 中打开。</source>
            <translation>Cannot write "{path}": {reason}. Please check that the folder can be written and that the file is not open in Excel.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/roster.py" line="307" />
            <source>工作表名没有说明是什么表，按表头（姓名、电话等）读作队员</source>
            <translation>The sheet's name does not say what it holds: read as members by its header (name, phone …)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/roster.py" line="309" />
            <source>不是名册的工作表（应为分队、队员、证书或车辆）</source>
            <translation>Not a roster sheet (it should be squads, members, certificates or vehicles)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/roster.py" line="312" />
            <source>已有一张“{kind}”工作表（“{name}”），这张未读取</source>
            <translation>There is already a "{kind}" sheet ("{name}"); this one was not read</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/roster.py" line="325" />
            <source>文件“{name}”的工作表“{sheet}”找不到表头（应有“{need}”等列），未导入任何内容。</source>
            <translation>The sheet "{sheet}" of the file "{name}" has no header (columns such as "{need}"); nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/roster.py" line="330" />
            <source>列“{label}”无法识别，已忽略</source>
            <translation>The column "{label}" is not recognised and was ignored</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/roster.py" line="340" />
            <source>文件“{name}”中没有名册工作表（分队、队员、证书或车辆），未导入任何内容。</source>
            <translation>The file "{name}" has no roster sheet (squads, members, certificates or vehicles); nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/scan.py" line="163" />
            <source>文件“{name}”的“{part}”中有一段超过 {kb} KB 的连续文字（Excel 的一个单元格最多只能放 32767 个字符），不像正常的工作簿（可能已损坏或是恶意构造的），未导入任何内容。</source>
            <translation>In the file "{name}", "{part}" holds a stretch of text longer than {kb} KB (an Excel cell holds at most 32,767 characters): this is not an ordinary workbook (it may be damaged or built to do harm). Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/scan.py" line="169" />
            <source>文件“{name}”中的长段文字解压后超过 {limit} MB，超出了能安全读取的范围，未导入任何内容。请把它拆成几个文件后再导入。</source>
            <translation>The long texts of the file "{name}" unpack to more than {limit} MB, more than can be read safely. Nothing was imported. Please split it into several files and import those.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/scan.py" line="212" />
            <source>文件“{name}”已损坏或不完整（可能没有下载或复制完），无法读取。请重新下载或复制一次；如果还是这样，请向发送人要一份完整的原文件。</source>
            <translation>The file "{name}" is damaged or incomplete (perhaps not fully downloaded or copied), so it cannot be read. Download or copy it again; if it stays so, ask the sender for a complete original file.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/scan.py" line="218" />
            <source>文件“{name}”已损坏：内部的表格数据（XML）格式错误或不完整，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入；如果打不开，请向发送人要一份原文件。</source>
            <translation>The file "{name}" is damaged: its table data (XML) is malformed or incomplete, so it cannot be read. Open it in Excel or WPS, save it as .xlsx and import that; if it does not open, ask the sender for the original file.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/scan.py" line="224" />
            <source>文件“{name}”已损坏：内部的记录有误，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入；如果打不开，请向发送人要一份原文件。</source>
            <translation>The file "{name}" is damaged: its records are wrong inside, so it cannot be read. Open it in Excel or WPS, save it as .xlsx and import that; if it does not open, ask the sender for the original file.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/scan.py" line="234" />
            <source>工作表“{sheet}”的单元格 {cell} 离表格其余部分太远：要读它，须按 {rows} 行 × {cols} 列（{cells} 个单元格）整块读取，超出了能安全读取的范围，未导入任何内容。请在 Excel 或 WPS 中删除该单元格（或多余的行列）后另存，再导入。</source>
            <translation>The cell {cell} of the sheet "{sheet}" lies too far from the rest of the table: reading it would take a block of {rows} rows × {cols} columns ({cells} cells), more than can be read safely. Nothing was imported. Please delete that cell (or the extra rows and columns) in Excel or WPS, save, and import again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/scan.py" line="241" />
            <source>文件“{name}”中的“{part}”解压后超过 {limit} MB，不像正常的工作簿（可能是恶意构造的压缩文件），未导入任何内容。</source>
            <translation>In the file "{name}", "{part}" unpacks to more than {limit} MB: this is not an ordinary workbook (it may be a maliciously built archive). Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/scan.py" line="247" />
            <source>工作表“{sheet}”有超过 {limit} 个合并区域，超出了能安全读取的范围，未导入任何内容。请取消多余的合并单元格后另存，再导入。</source>
            <translation>The sheet "{sheet}" has more than {limit} merged ranges, more than can be read safely. Nothing was imported. Please unmerge the cells that need no merging, save, and import again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/scan.py" line="253" />
            <source>工作表“{sheet}”有超过 {limit} 个有内容的单元格，超出了能安全读取的范围，未导入任何内容。请把它拆成几个工作表或几个文件后再导入。</source>
            <translation>The sheet "{sheet}" has more than {limit} cells with content, more than can be read safely. Nothing was imported. Please split it into several sheets or files and import those.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/xls_scan.py" line="45" />
            <source>文件“{name}”设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开它，取消密码后另存，再导入。</source>
            <translation>The file "{name}" has an opening password (it is encrypted) and cannot be read. Please open it in Excel or WPS, remove the password, save, and import again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/xls_scan.py" line="72" />
            <source>文件“{name}”不是 Excel 工作簿（里面没有工作表数据），无法读取。</source>
            <translation>The file "{name}" is not an Excel workbook (it holds no sheet data) and cannot be read.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/xlsx_scan.py" line="103" />
            <source>文件“{name}”的共享字符串表声称有 {declared} 个字符串，实际只有 {items} 个，文件已损坏或是恶意构造的，未导入任何内容。请在 Excel 或 WPS 中打开它并另存后再导入。</source>
            <translation>The shared strings of the file "{name}" claim {declared} strings but hold only {items}: the file is damaged or was built to do harm. Nothing was imported. Please open it in Excel or WPS, save it, and import again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/workbook/xlsx_scan.py" line="111" />
            <source>文件“{name}”的共享字符串表有超过 {limit} 个字符串，超出了能安全读取的范围，未导入任何内容。请把它拆成几个文件后再导入。</source>
            <translation>The shared strings of the file "{name}" hold more than {limit} strings, more than can be read safely. Nothing was imported. Please split it into several files and import those.</translation>
        </message>
        <message>
            <source>“在队”一栏的“{active}”无法识别（应为“是”或“否”），没有改动是否在队，原文记入备注</source>
            <translation type="obsolete">The "active" value "{active}" cannot be read (it should be yes or no): whether the member is in the team was not changed, the text kept in the notes</translation>
        </message>
        <message>
            <source>“在队”一栏的“{active}”无法识别（应为“是”或“否”）</source>
            <translation type="obsolete">The "active" value "{active}" is not recognised (it should be yes or no)</translation>
        </message>
        <message>
            <source>入队日期“{joined}”无法识别</source>
            <translation type="obsolete">The joining date "{joined}" cannot be read</translation>
        </message>
        <message>
            <source>出队时间 {value} 是 {year} 年，与工作簿的 {book} 年相差 {gap} 年；按原值保存，请核对（可能是年份打错了）</source>
            <translation type="obsolete">The departure {value} is in {year}, {gap} years from the workbook's {book}; saved as it is. Please check (the year may be mistyped)</translation>
        </message>
        <message>
            <source>大得不合常理的人数或车次（按原值保存，已标记待复核）</source>
            <translation type="obsolete">Head counts or vehicle trips too large to be right (saved as they are, flagged for review)</translation>
        </message>
        <message>
            <source>文件“{name}”已损坏或不完整（可能没有下载或复制完），无法读取。</source>
            <translation type="obsolete">The file "{name}" is damaged or incomplete (perhaps not fully downloaded or copied) and cannot be read.</translation>
        </message>
        <message>
            <source>文件“{name}”已损坏，或受密码保护，无法读取（{reason}）。</source>
            <translation type="obsolete">The file "{name}" is damaged or protected by a password and cannot be read ({reason}).</translation>
        </message>
        <message>
            <source>文件“{name}”不是 Excel 工作簿（.xlsx 或 .xls），无法读取。</source>
            <translation type="obsolete">The file "{name}" is not an Excel workbook (.xlsx or .xls) and cannot be read.</translation>
        </message>
        <message>
            <source>文件“{path}”不是 Excel 工作簿：只能导入 .xlsx 和 .xls 文件。</source>
            <translation type="obsolete">The file "{path}" is not an Excel workbook: only .xlsx and .xls files can be imported.</translation>
        </message>
        <message>
            <source>文件“{name}”是压缩包，但不是 Excel 工作簿（里面没有工作表），无法读取。</source>
            <translation type="obsolete">The file "{name}" is a zip archive but not an Excel workbook (it holds no sheets) and cannot be read.</translation>
        </message>
        <message>
            <source>最后出现坐标</source>
            <translation type="obsolete">Last seen point</translation>
        </message>
        <message>
            <source>找到坐标</source>
            <translation type="obsolete">Found point</translation>
        </message>
        <message>
            <source>启事里没有联系电话：队里没有设置值班电话，家属也没有同意公开电话。只写了 110。</source>
            <translation type="obsolete">The notice has no phone to call: the team has set no duty phone and the family did not agree to publish theirs. It says 110 only.</translation>
        </message>
        <message>
            <source>（已隐去姓名和电话）</source>
            <translation type="obsolete"> (names and phone numbers hidden)</translation>
        </message>
        <message>
            <source>已导出 {year} 年的 {count} 条任务到 {path}{kind}</source>
            <translation type="obsolete">Exported {count} tasks of {year} to {path}{kind}</translation>
        </message>
        <message>
            <source>“{label}”列说明每行任务的类别，按该列归入六类任务</source>
            <translation type="obsolete">The column "{label}" gives each task's kind; tasks are sorted into the six kinds by it</translation>
        </message>
        <message>
            <source>工作表“{sheet}”有任务表头，但看不出属于六类任务中的哪一类。请把工作表改名为六类之一（水上救援、城市搜救、山地救援、培训保障、疫情防控、队伍整备与设备保养）后再导入。</source>
            <translation type="obsolete">The sheet "{sheet}" has a task header, but it is not clear which of the six task kinds it holds. Please name the sheet after one of the six kinds (water rescue, urban search and rescue, mountain rescue, training support, epidemic control, team upkeep and equipment maintenance, as the Chinese sheet names are written) and import again.</translation>
        </message>
        <message>
            <source>“{name}”里没有任务表：没有一个工作表是六类任务之一，也没有任务表头。</source>
            <translation type="obsolete">"{name}" has no task sheet: no sheet is named after one of the six task kinds or has a task header.</translation>
        </message>
        <message>
            <source>类别“{value}”不是六类任务之一，暂归入“{kind}”</source>
            <translation type="obsolete">The kind "{value}" is none of the six; put under "{kind}" for now</translation>
        </message>
        <message>
            <source>错误：没有恢复，数据库没有改动。{holder}</source>
            <translation type="obsolete">Error: nothing was restored, the database was not changed. {holder}</translation>
        </message>
        <message>
            <source>错误：数据库“{path}”不存在。请先用 import 导入工作簿，或用 --db 指定数据库。</source>
            <translation type="obsolete">Error: the database "{path}" does not exist. Import a workbook first with import, or give the database with --db.</translation>
        </message>
        <message>
            <source>错误：{holder}请先关闭那个窗口，再恢复。</source>
            <translation type="obsolete">Error: {holder} Please close that window first, then restore.</translation>
        </message>
        <message>
            <source>数据库“{name}”正被另一个程序占用（{reason}），请稍后再试。</source>
            <translation type="obsolete">The database "{name}" is in use by another program ({reason}); please try again later.</translation>
        </message>
        <message>
            <source>读写磁盘时出错（{reason}），请检查磁盘</source>
            <translation type="obsolete">Error reading or writing the disk ({reason}); please check the disk</translation>
        </message>
        <message>
            <source>“{raw}”表示人数或车次不详，视为空，原文保留</source>
            <translation type="obsolete">"{raw}" says the number is not known: taken as empty, the text is kept</translation>
        </message>
        <message>
            <source>分钟数不清楚（应写成两位数字或带“分”）</source>
            <translation type="obsolete">the minutes are unclear (write two digits, or add 分)</translation>
        </message>
        <message>
            <source>“{period}{hour}点”读作 {h} 时</source>
            <translation type="obsolete">"{period}{hour}点" read as hour {h}</translation>
        </message>
        <message>
            <source>“{hour} {period}”读作 {h} 时</source>
            <translation type="obsolete">"{hour} {period}" read as hour {h}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="28" />
            <source>{0}年救援任务统计（匿名）.xlsx</source>
            <translation>Rescue task statistics {0} (anonymised).xlsx</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="29" />
            <source>{0}年救援任务统计.xlsx</source>
            <translation>Rescue task statistics {0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="146" />
            <source>导出年度工作簿</source>
            <translation>Export a yearly workbook</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="149" />
            <source>{0} 年（{1} 条）</source>
            <translation>{0} ({1} tasks)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="150" />
            <source>匿名导出（供研究者与合作方）(&amp;A)</source>
            <translation>&amp;Anonymised export (for researchers and partners)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="152" />
            <source>同样的标准工作簿，所有单元格中的姓名、电话、证件号、车牌、微信/QQ、邮箱、门牌房号被遮盖（如 某女士、***）；写出之前先列出每一处改动供您确认；若仍发现个人信息，导出会被拒绝。</source>
            <translation>The same standard workbook, with names, phones, ID numbers, plates, WeChat/QQ ids, e-mail and house or room numbers masked in every cell (e.g. Ms X, ***); every change is listed for you to confirm before the file is written; if personal data is still found, the export is refused.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="155" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="156" />
            <source>导出为标准年度工作簿，每类任务一个工作表（{0}）。</source>
            <translation>Export as the standard yearly workbook, one sheet per task kind ({0}).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="157" />
            <source>年份(&amp;Y)：</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="157" />
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="172" />
            <source>导出到</source>
            <translation>Export to</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="172" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>同样的六表工作簿，所有单元格中的姓名、电话、证件号、车牌、微信/QQ、邮箱、门牌房号被遮盖（如 某女士、***）；写出之前先列出每一处改动供您确认；若仍发现个人信息，导出会被拒绝。</source>
            <translation type="obsolete">The same six-sheet workbook, with names, phones, ID numbers, plates, WeChat/QQ ids, e-mail and house or room numbers masked in every cell (e.g. Ms X, ***); every change is listed for you to confirm before the file is written; if personal data is still found, the export is refused.</translation>
        </message>
        <message>
            <source>导出为标准的六表工作簿（水上救援、城市搜救、山地救援、培训保障、疫情防控、队伍整备与设备保养）。</source>
            <translation type="obsolete">Export as the standard six-sheet workbook (water rescue, urban search, mountain rescue, training support, epidemic control, team upkeep and equipment).</translation>
        </message>
        <message>
            <source>同样的六表工作簿，事件摘要和备注中的姓名、电话号码被遮盖（如 某女士、***）；若仍发现个人信息，导出会被拒绝。</source>
            <translation type="obsolete">The same six-sheet workbook, with names and phone numbers in summaries and remarks masked (e.g. Ms X, ***); if personal data is still found, the export is refused.</translation>
        </message>
        <message>
            <source>浏览(&amp;B)…</source>
            <translation type="obsolete">&amp;Browse…</translation>
        </message>
        <message>
            <source>保存到(&amp;F)：</source>
            <translation type="obsolete">Save &amp;to:</translation>
        </message>
        <message>
            <source>取消</source>
            <translation type="obsolete">Cancel</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>姓名</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>分队</source>
            <translation>Squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>启用</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>登录名</source>
            <translation>Login name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>队长</source>
            <translation>Leader</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>区域</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>昵称</source>
            <translation>Nickname</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>入队日期</source>
            <translation>Joined on</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>证书编号</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>发证日期</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>队员</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>车牌</source>
            <translation>Plate</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>归属</source>
            <translation>Owner type</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>车主</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>座位</source>
            <translation>Seats</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>出勤</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>时长</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>值</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>事件编号</source>
            <translation>Event no.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>事件摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>出队时间</source>
            <translation>Departure</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>出队人数</source>
            <translation>Headcount</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>出队车次</source>
            <translation>Vehicle trips</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>任务结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>救助人数</source>
            <translation>People helped</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>返回时间</source>
            <translation>Returned at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>案件</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>出队队员</source>
            <translation>Members dispatched</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>车辆</source>
            <translation>Vehicles</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>来电</source>
            <translation>Call</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>年份</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>带队队长</source>
            <translation>Team leader</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>备份文件夹</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>保留每日备份份数</source>
            <translation>Daily backups kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>保留其他备份份数</source>
            <translation>Other backups kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>人员类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>年龄</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>体貌特征</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>照片</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>最后出现时间</source>
            <translation>Last seen time</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>最后出现地点</source>
            <translation>Last seen at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>最后出现经度</source>
            <translation>Last seen longitude</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>最后出现纬度</source>
            <translation>Last seen latitude</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>找到时间</source>
            <translation>Found at (time)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>找到地点</source>
            <translation>Found at (place)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>找到经度</source>
            <translation>Found longitude</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>找到纬度</source>
            <translation>Found latitude</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>找到者</source>
            <translation>Found by</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>家属电话</source>
            <translation>Family phone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>最后出现坐标</source>
            <translation>Last seen point</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>找到坐标</source>
            <translation>Found point</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>同意公开</source>
            <translation>Agreed to publish</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>启事发布</source>
            <translation>Notice published</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>启事撤回</source>
            <translation>Notice withdrawn</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/help_dialog.py" line="44" />
            <source>万众救援台 帮助</source>
            <translation>Wanzhong Rescue Desk help</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/help_dialog.py" line="53" />
            <source>使用指南</source>
            <translation>Guide</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/help_dialog.py" line="54" />
            <location filename="../../wz_desktop/ui/help_dialog.py" line="82" />
            <source>快捷键</source>
            <translation>Shortcuts</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/help_dialog.py" line="69" />
            <source>表单中：到下一栏；最后一栏：登记或保存</source>
            <translation>In a form: to the next field; in the last one: log or save</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/help_dialog.py" line="70" />
            <source>表单中：登记、保存、出队、交考勤</source>
            <translation>In a form: log, save, dispatch, hand in</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/help_dialog.py" line="71" />
            <source>关闭表单（已填写的内容保存为草稿）</source>
            <translation>Close the form (what is typed is kept as a draft)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/help_dialog.py" line="72" />
            <source>接报表单中：读入复制的警情（读出的栏目标黄，请核对）；出队表单中：读入接龙名单</source>
            <translation>Call form: read a copied alert (the fields read are tinted yellow: check them); dispatch form: read the WeChat sign-up list</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/help_dialog.py" line="73" />
            <source>带下划线的字母</source>
            <translation>the underlined letter</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/help_dialog.py" line="73" />
            <source>按钮和栏目：例如 Alt+D 出队…、Alt+V 核实…</source>
            <translation>Buttons and fields: e.g. Alt+D Dispatch…, Alt+V Verify…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/help_dialog.py" line="74" />
            <source>拼音首字母</source>
            <translation>Pinyin initials</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/help_dialog.py" line="74" />
            <source>选择框中：如 js = 家属，gjzq = 甘井子区，zd = 找到平安</source>
            <translation>In a pick list: e.g. js = Family, gjzq = Ganjingzi, zd = Found safe</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/help_dialog.py" line="75" />
            <source>考勤表的出勤列：出勤、迟到、早退、缺勤</source>
            <translation>Attendance column of the sheet: present, late, left early, absent</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/import_report.py" line="99" />
            <source>导入完成</source>
            <translation>Import done</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/import_report.py" line="101" />
            <source>导入失败</source>
            <translation>Import failed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/import_report.py" line="103" />
            <source>导入部分完成</source>
            <translation>Import partly done</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/import_report.py" line="104" />
            <source>保存导入报告</source>
            <translation>Save the import report</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/import_report.py" line="106" />
            <source>{0} 个文件：导入 {1} 个，失败 {2} 个；新增任务 {3} 条。</source>
            <translation>{0} files: {1} imported, {2} failed; {3} new tasks.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/import_report.py" line="109" />
            <source>未导入的文件没有对数据库做任何改动。</source>
            <translation>Files not imported made no change to the database.</translation>
        </message>
        <message>
            <source>保存完整报告(&amp;S)…</source>
            <translation type="obsolete">&amp;Save full report…</translation>
        </message>
        <message>
            <source>把每一处跳过、保留原文和推断的值写成 JSON 文件</source>
            <translation type="obsolete">Write every skipped row, kept original text and inferred value to a JSON file</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation type="obsolete">Close</translation>
        </message>
        <message>
            <source>详细报告：</source>
            <translation type="obsolete">Full report:</translation>
        </message>
        <message>
            <source>{0}-导入报告.json</source>
            <translation type="obsolete">{0}-import report.json</translation>
        </message>
        <message>
            <source>JSON 文件 (*.json)</source>
            <translation type="obsolete">JSON file (*.json)</translation>
        </message>
        <message>
            <source>无法保存报告</source>
            <translation type="obsolete">Cannot save the report</translation>
        </message>
        <message>
            <source>无法写入“{0}”：{1}</source>
            <translation type="obsolete">Cannot write "{0}": {1}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../wz_desktop/ui/labels.py" line="95" />
            <source>无法识别、保留原文的值</source>
            <translation>Unrecognised values (original kept)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/labels.py" line="96" />
            <source>推断的值</source>
            <translation>Inferred values</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/labels.py" line="97" />
            <source>由合并单元格补齐的值</source>
            <translation>Values filled from merged cells</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/labels.py" line="98" />
            <source>与数据库不一致（以数据库为准）</source>
            <translation>Differs from the database (the database wins)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/labels.py" line="99" />
            <source>重复的事件编号</source>
            <translation>Duplicate event numbers</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/labels.py" line="105" />
            <source>待复核：导入时有值无法识别或是推断出来的，请打开详情核对原文。</source>
            <translation>To check: on import a value was unrecognised or inferred; open the details to check the original.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>事件编号</source>
            <translation>Event no.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>事件摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>出队时间</source>
            <translation>Departure</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>出队人数</source>
            <translation>Headcount</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>出队车次</source>
            <translation>Vehicle trips</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>分队名称</source>
            <translation>Squad name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>水上救援</source>
            <translation>Water rescue</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>城市搜救</source>
            <translation>Urban search</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>山地救援</source>
            <translation>Mountain rescue</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>培训保障</source>
            <translation>Training support</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>疫情防控</source>
            <translation>Epidemic control</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>队伍整备与设备保养</source>
            <translation>Team upkeep and equipment</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>出队</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>待交考勤</source>
            <translation>Attendance due</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>待考核</source>
            <translation>To review</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>已考核</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>归档</source>
            <translation>Archived</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>本程序录入</source>
            <translation>Entered here</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>工作簿导入</source>
            <translation>Workbook import</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>演示数据</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <source>年份</source>
            <translation type="obsolete">Year</translation>
        </message>
        <message>
            <source>类别</source>
            <translation type="obsolete">Kind</translation>
        </message>
        <message>
            <source>返回</source>
            <translation type="obsolete">Returned</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="61" />
            <source>（第 {0}/{1} 个文件）</source>
            <translation> (file {0}/{1})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="62" />
            <source>{0}：{1}{2}</source>
            <translation>{0}: {1}{2}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="64" />
            <source>正在更新搜索索引</source>
            <translation>Updating the search index</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="129" />
            <source>万众救援台 — {0}</source>
            <translation>Wanzhong Rescue Desk — {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="220" />
            <source>导入工作簿(&amp;I)…</source>
            <translation>&amp;Import workbooks…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="221" />
            <source>导入年度任务工作簿（.xlsx / .xls），可一次选择多个</source>
            <translation>Import yearly task workbooks (.xlsx / .xls); several may be chosen at once</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="224" />
            <source>导出年度工作簿(&amp;E)…</source>
            <translation>&amp;Export yearly workbook…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="225" />
            <source>把某一年的任务导出为标准年度工作簿（每类任务一个工作表）</source>
            <translation>Export one year's tasks as the standard yearly workbook (one sheet per task kind)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="228" />
            <source>生成报告(&amp;R)…</source>
            <translation>Make &amp;report…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="229" />
            <source>月度或年度工作报告（PDF，A4）：关键数字、图表和表格</source>
            <translation>Monthly or yearly work report (PDF, A4): key figures, charts and tables</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="231" />
            <source>导出研究数据集(&amp;D)…</source>
            <translation>Export the research &amp;dataset…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="232" />
            <source>供研究者使用的匿名数据集：求助、调度、出勤、车辆、执行结果（CSV 与 Parquet）</source>
            <translation>An anonymised dataset for researchers: calls, dispatch, attendance, vehicles, outcomes (CSV and Parquet)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="234" />
            <source>备份数据库(&amp;B)…</source>
            <translation>&amp;Back up database…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="235" />
            <source>用 SQLite 备份接口复制一份数据库到备份文件夹（使用中也安全）</source>
            <translation>Copy the database to the backup folder with SQLite's backup API (safe while in use)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="237" />
            <source>从备份恢复(&amp;S)…</source>
            <translation>Re&amp;store from backup…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="238" />
            <source>查看备份的内容，选一份恢复（恢复前先备份当前数据库）</source>
            <translation>See what the backups hold and restore one (the current database is backed up first)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="240" />
            <source>设置(&amp;T)…</source>
            <translation>Se&amp;ttings…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="241" />
            <source>数据位置、事件编号格式、备份位置与保留份数、界面语言</source>
            <translation>Data location, event number pattern, backup folder and rotation, language</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="244" />
            <source>退出(&amp;Q)</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="244" />
            <source>关闭万众救援台</source>
            <translation>Close Wanzhong Rescue Desk</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="246" />
            <source>刷新(&amp;R)</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="246" />
            <source>重新读取数据库</source>
            <translation>Read the database again</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="249" />
            <source>搜索(&amp;F)</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="250" />
            <source>把光标移到本页的搜索框（工作台、接报页：任务搜索）</source>
            <translation>Move the cursor to this page's search box (Desk and Calls: task search)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="252" />
            <source>新来电(&amp;N)…</source>
            <translation>&amp;New call…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="253" />
            <source>登记一个新来电（在任何窗口中都可按 Ctrl+N）</source>
            <translation>Log a new call (Ctrl+N works in every window)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="257" />
            <source>直接出队(&amp;D)…</source>
            <translation>&amp;Direct dispatch…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="258" />
            <source>培训保障、疫情防控、整备保养：不经来电直接出队</source>
            <translation>Training support, epidemic control, upkeep: dispatch without a call</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="260" />
            <source>走失人员案件(&amp;M)…</source>
            <translation>Missing-person cases (&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="261" />
            <source>走失人员案件：仍在搜寻的、已找到的，打开一个在地图上记最后出现和找到的地点</source>
            <translation>Missing-person cases: those still searched for and those found; open one to mark where the person was last seen and found on the map</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="263" />
            <source>值班员(&amp;O)…</source>
            <translation>&amp;Operator…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="264" />
            <source>写在每条记录上的登记人、核实人、修改人</source>
            <translation>Who logged, verified and changed each record</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="269" />
            <source>转到“{0}”</source>
            <translation>Go to "{0}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="272" />
            <source>使用指南(&amp;G)</source>
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="273" />
            <source>一个夜班的步骤和按键（任何窗口中按 F1）</source>
            <translation>A night shift's steps and keys (F1 in any window)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="276" />
            <source>快捷键一览(&amp;K)</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="277" />
            <source>所有快捷键</source>
            <translation>All keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="279" />
            <source>打开日志文件夹(&amp;L)</source>
            <translation>Open the &amp;log folder</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="280" />
            <source>程序出错时，请把日志文件发给维护人员</source>
            <translation>When the program fails, please send the log file to the maintainer</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="281" />
            <source>关于万众救援台(&amp;A)</source>
            <translation>&amp;About Wanzhong Rescue Desk</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="286" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="299" />
            <source>工作(&amp;W)</source>
            <translation>&amp;Work</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="304" />
            <source>用户(&amp;U)</source>
            <translation>&amp;Users</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="307" />
            <source>查看(&amp;V)</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="313" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="323" />
            <source>数据库：{0}</source>
            <translation>Database: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="346" />
            <source>任务 {0} 条</source>
            <translation>{0} tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="348" />
            <source>任务 {0} 条（列出 {1} 条）</source>
            <translation>{0} tasks ({1} listed)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="363" />
            <source>等待处理的事项</source>
            <translation>Things waiting</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="363" />
            <source>等待核实的来电</source>
            <translation>Calls waiting for verification</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="364" />
            <source>未归档的任务</source>
            <translation>Tasks not archived</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="364" />
            <source>在队队员</source>
            <translation>Active members</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="365" />
            <source>队员和分队的出勤</source>
            <translation>Attendance of members and squads</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="365" />
            <source>任务的图表</source>
            <translation>Charts of the tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="374" />
            <source>工作台</source>
            <translation>Desk</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="374" />
            <source>接报</source>
            <translation>Calls</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="374" />
            <source>任务</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="375" />
            <source>出勤</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="375" />
            <source>统计</source>
            <translation>Charts</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="375" />
            <source>名册</source>
            <translation>Roster</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="408" />
            <source>已刷新</source>
            <translation>Refreshed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="465" />
            <source>出队</source>
            <translation>Dispatch</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="503" />
            <source>已出队：{0} {1}</source>
            <translation>Dispatched: {0} {1}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="527" />
            <location filename="../../wz_desktop/ui/main_window.py" line="532" />
            <source>值班员</source>
            <translation>Operator</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="527" />
            <source>值班员姓名（写在登记、核实、修改的记录上）：</source>
            <translation>Operator's name (written on what is logged, verified and changed):</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="532" />
            <source>请填写值班员姓名。</source>
            <translation>Please enter the operator's name.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="535" />
            <location filename="../../wz_desktop/ui/main_window.py" line="764" />
            <source>值班员：{0}</source>
            <translation>Operator: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="549" />
            <source>日志</source>
            <translation>Log</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="549" />
            <source>日志文件夹：{0}</source>
            <translation>Log folder: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="556" />
            <source>&lt;h3&gt;万众救援台 {0}&lt;/h3&gt;&lt;p&gt;大连万众应急救援队秘书组的任务记录程序：接报、出队、考勤、考核与年度工作簿。&lt;/p&gt;&lt;p&gt;数据库：{1}&lt;/p&gt;&lt;p&gt;Qt {2} / PySide6 {3}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Wanzhong Rescue Desk {0}&lt;/h3&gt;&lt;p&gt;The task records of the secretaries of the Dalian Wanzhong Emergency Rescue Team: calls, dispatches, attendance, review and the yearly workbooks.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;&lt;p&gt;Qt {2} / PySide6 {3}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="562" />
            <source>关于万众救援台</source>
            <translation>About Wanzhong Rescue Desk</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="570" />
            <source>另一项工作还在进行，请等它完成。</source>
            <translation>Another job is still running; please wait for it to finish.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="605" />
            <source>导入工作簿</source>
            <translation>Import workbooks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="606" />
            <source>正在导入 {0} 个文件……</source>
            <translation>Importing {0} files…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="609" />
            <source>正在导入……</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="621" />
            <source>导入结束：新增 {0} 条任务，{1} 个文件未导入。</source>
            <translation>Import finished: {0} new tasks, {1} files not imported.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="623" />
            <source>导入完成：新增 {0} 条任务。</source>
            <translation>Import done: {0} new tasks.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="631" />
            <source>导入失败</source>
            <translation>Import failed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="631" />
            <source>{0}

数据库没有改动。</source>
            <translation>{0}

The database was not changed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="671" />
            <location filename="../../wz_desktop/ui/main_window.py" line="686" />
            <source>导出年度工作簿</source>
            <translation>Export a yearly workbook</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="671" />
            <source>数据库中还没有任务，没有可以导出的年份。</source>
            <translation>There are no tasks in the database yet, so no year to export.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="681" />
            <source>匿名导出</source>
            <translation>Anonymised export</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="682" />
            <source>正在隐去 {0} 年的个人信息……</source>
            <translation>Masking the personal data of {0}…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="687" />
            <location filename="../../wz_desktop/ui/main_window.py" line="690" />
            <source>正在导出 {0} 年……</source>
            <translation>Exporting {0}…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="704" />
            <source>导出研究数据集</source>
            <translation>Export the research dataset</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="705" />
            <source>正在导出研究数据集……</source>
            <translation>Exporting the research dataset…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="711" />
            <source>已导出研究数据集到：
{0}
（k-匿名：删除 {1} 行，详见其中的 README.md）</source>
            <translation>Research dataset exported to:
{0}
(k-anonymity: {1} rows suppressed; see its README.md)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="713" />
            <location filename="../../wz_desktop/ui/main_window.py" line="746" />
            <source>导出完成</source>
            <translation>Export done</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="725" />
            <source>匿名导出已取消，没有写入文件。</source>
            <translation>Anonymised export cancelled; no file was written.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="737" />
            <source>已导出 {0} 年的 {1} 条任务到：
{2}</source>
            <translation>Exported {1} tasks of {0} to:
{2}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="743" />
            <source>{0} 处文字超过 Excel 单元格的上限，导出时截短了：</source>
            <translation>{0} texts were longer than an Excel cell holds and were cut in the export:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="751" />
            <source>导出已取消，没有写入文件。</source>
            <translation>Export cancelled; no file was written.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="754" />
            <source>导出失败</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="810" />
            <location filename="../../wz_desktop/ui/main_window.py" line="823" />
            <location filename="../../wz_desktop/ui/main_window.py" line="831" />
            <source>生成报告</source>
            <translation>Make report</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="810" />
            <source>数据库中还没有任务，无法生成报告。</source>
            <translation>There are no tasks in the database yet; cannot make a report.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="823" />
            <source>正在生成报告……</source>
            <translation>Making the report…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="830" />
            <source>已生成报告：{0}</source>
            <translation>Report made: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="831" />
            <source>已生成《{0}》（{1} 页）：
{2}</source>
            <translation>Made "{0}" ({1} pages):
{2}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="837" />
            <source>报告已取消，没有写入文件。</source>
            <translation>Report cancelled; no file was written.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/main_window.py" line="839" />
            <source>生成报告失败</source>
            <translation>Report failed</translation>
        </message>
        <message>
            <source>把某一年的任务导出为标准六表工作簿</source>
            <translation type="obsolete">Export one year's tasks as the standard six-sheet workbook</translation>
        </message>
        <message>
            <source>导入已取消。</source>
            <translation type="obsolete">Import cancelled.</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../wz_desktop/ui/map_view.py" line="122" />
            <source>如 38.9140N 121.6147E 或 121.6147,38.9140</source>
            <translation>e.g. 38.9140N 121.6147E or 121.6147,38.9140</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/map_view.py" line="123" />
            <source>输入坐标</source>
            <translation>Coordinates</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/map_view.py" line="125" />
            <source>WGS-84（手机 GPS）</source>
            <translation>WGS-84 (a phone's GPS)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/map_view.py" line="126" />
            <source>GCJ-02（地图应用）</source>
            <translation>GCJ-02 (a map app)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/map_view.py" line="127" />
            <source>定位</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/map_view.py" line="129" />
            <source>按区县定位</source>
            <translation>Go to a district</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/map_view.py" line="130" />
            <source>按区县定位…</source>
            <translation>Go to a district…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/map_view.py" line="133" />
            <source>输入坐标：</source>
            <translation>Coordinates:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/map_view.py" line="449" />
            <source>，不在大连市各区县内</source>
            <translation>, outside the districts of Dalian</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/map_view.py" line="478" />
            <source>这个坐标不在大连附近，请检查经纬度是否写反。</source>
            <translation>This point is not near Dalian; check that latitude and longitude are not swapped.</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="47" />
            <source>编辑队员</source>
            <translation>Edit member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="47" />
            <source>新增队员</source>
            <translation>New member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="50" />
            <source>微信群里的名字，接龙时会用到</source>
            <translation>Their name in the WeChat group, used for sign-up lists</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="51" />
            <source>如 WZ0312，可以不填</source>
            <translation>e.g. WZ0312; optional</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="54" />
            <source>（未分队）</source>
            <translation> (no squad)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="59" />
            <source>手机 138-0411-2233 或座机 0411-84661234</source>
            <translation>Mobile 138-0411-2233 or landline 0411-84661234</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="64" />
            <source>在队</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="65" />
            <source>如 2023-04-01</source>
            <translation>e.g. 2023-04-01</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="71" />
            <source>添加证书(&amp;A)</source>
            <translation>&amp;Add certificate</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="73" />
            <source>删除证书(&amp;D)</source>
            <translation>&amp;Delete certificate</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="75" />
            <source>已恢复上次未保存的内容。</source>
            <translation>What was not saved last time was restored.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="85" />
            <source>姓名(&amp;M)</source>
            <translation>Na&amp;me</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="86" />
            <source>昵称(&amp;K)</source>
            <translation>Nic&amp;kname</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="87" />
            <source>编号(&amp;C)</source>
            <translation>Numb&amp;er</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="88" />
            <source>分队(&amp;Q)</source>
            <translation>S&amp;quad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="89" />
            <source>电话(&amp;P)</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="90" />
            <source>职务(&amp;R)</source>
            <translation>Pos&amp;ition</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="91" />
            <source>入队日期(&amp;J)</source>
            <translation>&amp;Joined on</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="92" />
            <source>备注(&amp;B)</source>
            <translation>Remar&amp;ks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="97" />
            <source>保存(&amp;S)</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="97" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="108" />
            <source>证书：</source>
            <translation>Certificates:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/member_dialog.py" line="231" />
            <source>没有保存：{0}</source>
            <translation>Not saved: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/certificates.py" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/certificates.py" />
            <source>证书编号</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/certificates.py" />
            <source>发证日期</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/certificates.py" />
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>电话“{0}”不像手机或座机号码：手机是 11 位（如 138-0411-2233），座机请带区号（如 0411-84661234）。</source>
            <translation type="obsolete">The phone "{0}" doesn't look like a mobile or landline number: mobiles have 11 digits (e.g. 138-0411-2233); give landlines with the area code (e.g. 0411-84661234).</translation>
        </message>
        <message>
            <source>第 {0} 张证书没有名称，请填写证书名称或删除这一行。</source>
            <translation type="obsolete">Certificate {0} has no name; enter its name or delete the row.</translation>
        </message>
        <message>
            <source>第 {0} 张证书的发证日期“{1}”无法识别，请写成 2023-06-30。</source>
            <translation type="obsolete">The issue date "{1}" of certificate {0} cannot be read; write it as 2023-06-30.</translation>
        </message>
        <message>
            <source>第 {0} 张证书的有效期“{1}”无法识别，请写成 2026-06-30；长期有效的留空。</source>
            <translation type="obsolete">The expiry "{1}" of certificate {0} cannot be read; write it as 2026-06-30, or leave empty if it never expires.</translation>
        </message>
        <message>
            <source>请填写队员姓名。</source>
            <translation type="obsolete">Please enter the member's name.</translation>
        </message>
        <message>
            <source>编号 {0} 已是{1}的编号，请换一个，或不填。</source>
            <translation type="obsolete">Number {0} is already {1}'s; choose another or leave it empty.</translation>
        </message>
        <message>
            <source>入队日期“{0}”无法识别，请写成 2023-04-01，或留空。</source>
            <translation type="obsolete">The join date "{0}" cannot be read; write it as 2023-04-01 or leave it empty.</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="84" />
            <source>家属同意公开的项目</source>
            <translation>What the family agreed to publish</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="94" />
            <source>勾选即保存到案件。只勾选家属明确同意公开的项目。</source>
            <translation>A tick is saved to the case at once. Tick only what the family clearly agreed to publish.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="100" />
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="253" />
            <source>已发布(&amp;P)</source>
            <translation>&amp;Published</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="101" />
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="251" />
            <source>启事已在微信公众号发出：记下时间。案件结束后工作台会提醒撤回。</source>
            <translation>The notice went out on the WeChat channel: note the time. Once the case is closed the desk reminds you to withdraw it.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="104" />
            <source>已撤回(&amp;W)</source>
            <translation>&amp;Withdrawn</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="124" />
            <source>复制文字(&amp;T)</source>
            <translation>Copy &amp;text</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="129" />
            <source>文字（贴在图片下面）</source>
            <translation>Text (paste it under the picture)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="140" />
            <source>保存图片(&amp;S)…</source>
            <translation>&amp;Save picture…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="142" />
            <source>复制图片(&amp;I)</source>
            <translation>Copy p&amp;icture</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="149" />
            <source>图片（发到公众号）</source>
            <translation>Picture (for the WeChat channel)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="164" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="170" />
            <source>Ctrl+S 保存图片，Ctrl+Shift+C 复制文字，Esc 关闭。</source>
            <translation>Ctrl+S saves the picture, Ctrl+Shift+C copies the text, Esc closes. The notice itself is in Chinese, for the readers of the channel.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="196" />
            <source>寻人启事 — {0}</source>
            <translation>Missing-person notice — {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="196" />
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="275" />
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="296" />
            <source>寻人启事</source>
            <translation>Missing-person notice</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="199" />
            <source>这个案件没有走失人员记录，不能写寻人启事。</source>
            <translation>This case has no missing person: there is no notice to write.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="210" />
            <source>你的角色不能记录案件：只能看，不能修改、发布或撤回。</source>
            <translation>Your role does not record cases: you may look, not change, publish or withdraw.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="230" />
            <source>{0} × {1} 像素</source>
            <translation>{0} × {1} pixels</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="236" />
            <source>{0} 发布，{1} 已撤回。</source>
            <translation>Published {0}, withdrawn {1}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="238" />
            <source>已于 {0} 发布。</source>
            <translation>Published {0}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="240" />
            <source>尚未发布。</source>
            <translation>Not published yet.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="242" />
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="247" />
            <source>案件已结束（{0}）：不再发布寻人启事。</source>
            <translation>The case is closed ({0}): the notice is not published any more.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="249" />
            <source>先勾选家属同意公开的项目。</source>
            <translation>First tick what the family agreed to publish.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="252" />
            <source>再次发布(&amp;P)</source>
            <translation>&amp;Published again</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="257" />
            <source>案件已结束（{0}），寻人启事仍在发布：请到微信公众号删除或更新这篇启事，然后点“已撤回”。</source>
            <translation>The case is closed ({0}) and its notice is still out: delete or update it on the WeChat channel, then click "Withdrawn".</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="275" />
            <source>同意公开的项目没有保存：{0}</source>
            <translation>What the family agreed to publish was not saved: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="313" />
            <source>寻人启事-案件{0}-{1}.png</source>
            <translation>missing-person-notice-case{0}-{1}.png</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="321" />
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="331" />
            <source>保存寻人启事图片</source>
            <translation>Save the picture of the notice</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="322" />
            <source>PNG 图片 (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="332" />
            <source>图片没有保存到 {0}：{1}</source>
            <translation>The picture was not saved to {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="341" />
            <source>文件夹不存在</source>
            <translation>the folder does not exist</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/notice_dialog.py" line="346" />
            <source>写入失败（磁盘满了或没有权限？）</source>
            <translation>could not write (is the disk full, or is it not allowed?)</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/import_report.py" line="50" />
            <source>保存完整报告(&amp;S)…</source>
            <translation>&amp;Save full report…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/import_report.py" line="51" />
            <source>把每一处跳过、保留原文和推断的值写成 JSON 文件</source>
            <translation>Write every skipped row, kept original text and inferred value to a JSON file</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/import_report.py" line="54" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/import_report.py" line="61" />
            <source>详细报告：</source>
            <translation>Full report:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/import_report.py" line="77" />
            <source>{0}-导入报告.json</source>
            <translation>{0}-import report.json</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/import_report.py" line="78" />
            <source>JSON 文件 (*.json)</source>
            <translation>JSON file (*.json)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/import_report.py" line="85" />
            <source>无法保存报告</source>
            <translation>Cannot save the report</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/import_report.py" line="86" />
            <source>无法写入“{0}”：{1}</source>
            <translation>Cannot write "{0}": {1}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/report_dialog.py" line="30" />
            <source>{0}年度工作报告.pdf</source>
            <translation>Work report {0}.pdf</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/report_dialog.py" line="31" />
            <source>{0}年{1:02d}月工作简报.pdf</source>
            <translation>Work brief {0}-{1:02d}.pdf</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/report_dialog.py" line="58" />
            <source>生成报告</source>
            <translation>Make report</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/report_dialog.py" line="62" />
            <source>{0} 年</source>
            <translation>{0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/report_dialog.py" line="62" />
            <source>{0} 年（{1} 条）</source>
            <translation>{0} ({1} tasks)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/report_dialog.py" line="65" />
            <source>全年（年度工作报告）</source>
            <translation>Whole year (yearly work report)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/report_dialog.py" line="67" />
            <source>{0} 月（月度工作简报）</source>
            <translation>Month {0} (monthly work brief)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/report_dialog.py" line="68" />
            <source>A4 版 PDF：主要数据、各项图表（与“统计”页相同）、分队出队与出勤表、队员出勤。</source>
            <translation>A4 PDF: key figures, the charts (as on the Charts page), squad dispatch and attendance tables, member attendance.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/report_dialog.py" line="69" />
            <source>年份(&amp;Y)：</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/report_dialog.py" line="69" />
            <source>期间(&amp;M)：</source>
            <translation>Peri&amp;od:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/report_dialog.py" line="70" />
            <source>生成</source>
            <translation>Make</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/report_dialog.py" line="85" />
            <source>报告保存到</source>
            <translation>Save report to</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/report_dialog.py" line="85" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF file (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/report_dialog.py" line="93" />
            <source>数据库中还没有任务，无法生成报告。</source>
            <translation>There are no tasks in the database yet; cannot make a report.</translation>
        </message>
        <message>
            <source>浏览(&amp;B)…</source>
            <translation type="obsolete">&amp;Browse…</translation>
        </message>
        <message>
            <source>保存到(&amp;F)：</source>
            <translation type="obsolete">Save &amp;to:</translation>
        </message>
        <message>
            <source>取消</source>
            <translation type="obsolete">Cancel</translation>
        </message>
    </context>
    <context>
        <name>ReviewForm</name>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="164" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="164" />
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="164" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="164" />
            <source>出勤</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="164" />
            <source>时长（小时）</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="164" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="268" />
            <source>可按拼音首字母或数字选择，例如 zd → 找到平安</source>
            <translation>Choose by pinyin initials or a digit, e.g. zd → found safe</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="271" />
            <source>不详可留空</source>
            <translation>Leave empty if unknown</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="276" />
            <source>全部出勤(&amp;A)</source>
            <translation>&amp;All attended</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="277" />
            <source>把每位队员设为“出勤”，时长按出队到返回计算</source>
            <translation>Set every member to "attended", with hours from departure to return</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="278" />
            <source>方向键移动；出勤列按 1 出勤、2 迟到、3 早退、4 缺勤；角色列按 1 队长、2 副队长、3 队员；时长、备注直接输入，回车确认。</source>
            <translation>Arrow keys move; attendance column: 1 attended, 2 late, 3 left early, 4 absent; role column: 1 leader, 2 deputy leader, 3 member; type hours and remarks directly, Enter confirms.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="289" />
            <source>返回时间</source>
            <translation>Returned at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="289" />
            <source>任务结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="290" />
            <source>救助人数</source>
            <translation>People helped</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="295" />
            <location filename="../../wz_desktop/ui/review_form.py" line="653" />
            <source>交考勤</source>
            <translation>Hand in attendance</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="295" />
            <source>交考勤（Ctrl+S）</source>
            <translation>Hand in attendance (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="297" />
            <source>取消任务…</source>
            <translation>Cancel task…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="298" />
            <location filename="../../wz_desktop/ui/review_form.py" line="708" />
            <source>考核通过</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="299" />
            <source>退回…</source>
            <translation>Return…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="300" />
            <location filename="../../wz_desktop/ui/review_form.py" line="718" />
            <location filename="../../wz_desktop/ui/review_form.py" line="720" />
            <source>归档</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="301" />
            <source>重新打开…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="302" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="303" />
            <source>关闭（Esc）；已填写的内容保存为草稿</source>
            <translation>Close (Esc); what is filled in is kept as a draft</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="340" />
            <source>考核 — {0}</source>
            <translation>Review — {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="342" />
            <source>出队时间 {0}</source>
            <translation>Departure {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="455" />
            <source>已归档，只读。如需更正，请点“重新打开…”并写明原因。</source>
            <translation>Archived, read-only. To correct it, click "Reopen…" and give a reason.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="457" />
            <source>已归档，只读。如需更正，请管理员写明原因重新打开。</source>
            <translation>Archived, read-only. To correct it, an administrator must reopen it with a reason.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="460" />
            <source>只有本任务所属分队的分队长或值班秘书可以交考勤。</source>
            <translation>Only the squad leader of this task's squad or the duty secretary may hand in attendance.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="463" />
            <source>任务已取消，只读。</source>
            <translation>Task cancelled, read-only.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="466" />
            <source>考勤被退回（{0}，{1}）：{2}。请修改后重新交考勤。</source>
            <translation>Attendance returned ({0}, {1}): {2}. Please correct it and hand it in again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="469" />
            <source>考勤已交，待秘书组考核：核对无误点“考核通过”，有问题点“退回…”写明原因。</source>
            <translation>Attendance handed in, waiting for the secretaries' review: if it is right click "Approve", if not click "Return…" and give a reason.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="472" />
            <source>考核已通过，可以归档。</source>
            <translation>Review passed; ready to archive.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="474" />
            <source>已重新打开（{0}，{1}）：{2}</source>
            <translation>Reopened ({0}, {1}): {2}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="507" />
            <source>早于出队时间？</source>
            <translation>Earlier than the departure?</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="509" />
            <source>出队到返回 {0} 小时</source>
            <translation>{0} hours from departure to return</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="614" />
            <source>救助人数“{0}”不是整数，请填写数字（不详可留空）。</source>
            <translation>People helped "{0}" is not a whole number; please enter a number (leave empty if unknown).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="624" />
            <source>{0} 的时长“{1}”不是数字</source>
            <translation>The hours "{1}" for {0} are not a number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="630" />
            <source>。请填写小时数，例如 3 或 2.5。</source>
            <translation>. Please enter hours, e.g. 3 or 2.5.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="653" />
            <source>{0} 记为出勤，时长却是 0 小时。
确定这样交考勤吗？</source>
            <translation>{0} marked present, yet with 0 hours.
Hand in the attendance like this?</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="654" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="711" />
            <location filename="../../wz_desktop/ui/review_form.py" line="714" />
            <source>退回考勤</source>
            <translation>Return attendance</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="711" />
            <source>请写明退回原因（队长会看到）：</source>
            <translation>Please give the reason for returning it (the leader will see it):</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="718" />
            <source>归档后任务为只读，更正须写明原因重新打开。确定归档吗？</source>
            <translation>An archived task is read-only; corrections need it reopened with a reason. Archive it?</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="723" />
            <location filename="../../wz_desktop/ui/review_form.py" line="726" />
            <source>重新打开</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="723" />
            <source>请写明重新打开的原因（将记入历史）：</source>
            <translation>Please give the reason for reopening (kept in the history):</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="729" />
            <location filename="../../wz_desktop/ui/review_form.py" line="732" />
            <source>取消任务</source>
            <translation>Cancel task</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/review_form.py" line="729" />
            <source>请写明取消任务的原因，例如“人已找到，队伍返回”：</source>
            <translation>Please give the reason for cancelling the task, e.g. "Person found, team returning":</translation>
        </message>
    </context>
    <context>
        <name>RosterPage</name>
        <message>
            <location filename="../../wz_desktop/ui/roster/common.py" line="47" />
            <source>{0}（已过期）</source>
            <translation>{0} (expired)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/common.py" line="49" />
            <source>{0}（今天到期）</source>
            <translation>{0} (expires today)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/common.py" line="49" />
            <source>{0}（{1} 天后）</source>
            <translation>{0} (in {1} days)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/jobs.py" line="24" />
            <source>正在备份数据库</source>
            <translation>Backing up the database</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/jobs.py" line="28" />
            <source>导入前无法备份数据库（{0}），没有导入。</source>
            <translation>The database could not be backed up before the import ({0}); nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/jobs.py" line="31" />
            <source>正在读取并导入“{0}”</source>
            <translation>Reading and importing "{0}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/jobs.py" line="33" />
            <source>导入完成</source>
            <translation>Import done</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/jobs.py" line="43" />
            <source>正在写入“{0}”</source>
            <translation>Writing "{0}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/jobs.py" line="45" />
            <location filename="../../wz_desktop/ui/roster/page.py" line="514" />
            <source>导出完成</source>
            <translation>Export done</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" line="129" />
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>在队</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" line="129" />
            <location filename="../../wz_desktop/ui/roster/models.py" line="223" />
            <location filename="../../wz_desktop/ui/roster/models.py" line="241" />
            <location filename="../../wz_desktop/ui/roster/page.py" line="127" />
            <location filename="../../wz_desktop/ui/roster/page.py" line="278" />
            <source>停用</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" line="159" />
            <source>“{0}”已于 {1} 过期（{2} 天前），请提醒队员复审。</source>
            <translation>"{0}" expired on {1} ({2} days ago); please remind the member to renew it.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" line="161" />
            <source>“{0}”将于 {1} 到期（还有 {2} 天）。</source>
            <translation>"{0}" expires on {1} (in {2} days).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" line="223" />
            <location filename="../../wz_desktop/ui/roster/models.py" line="241" />
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>在用</source>
            <translation>In use</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="75" />
            <source>导入名册(&amp;I)…</source>
            <translation>&amp;Import roster…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="76" />
            <source>从 Excel 名册（分队、队员、证书、车辆）导入；导入前自动备份数据库</source>
            <translation>Import from an Excel roster (squads, members, certificates, vehicles); the database is backed up first</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="78" />
            <source>导出名册(&amp;E)…</source>
            <translation>&amp;Export roster…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="79" />
            <source>把分队、队员、证书和车辆导出为 Excel 名册</source>
            <translation>Export squads, members, certificates and vehicles as an Excel roster</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="84" />
            <source>队员(&amp;1)</source>
            <translation>Members (&amp;1)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="85" />
            <source>分队(&amp;2)</source>
            <translation>Squads (&amp;2)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="86" />
            <source>车辆(&amp;3)</source>
            <translation>Vehicles (&amp;3)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="90" />
            <source>新增队员</source>
            <translation>New member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="108" />
            <source>搜索姓名、昵称、编号或电话（Ctrl+F）</source>
            <translation>Search names, nicknames, numbers or phones (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="113" />
            <source>只看在队(&amp;A)</source>
            <translation>&amp;Active only</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="123" />
            <source>新增队员(&amp;N)</source>
            <translation>&amp;New member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="123" />
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="125" />
            <location filename="../../wz_desktop/ui/roster/page.py" line="157" />
            <location filename="../../wz_desktop/ui/roster/page.py" line="168" />
            <source>编辑…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="126" />
            <source>或在表中按 Enter、双击</source>
            <translation>or press Enter or double-click in the table</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="128" />
            <source>离队的队员停用而不删除：他的出队记录都保留</source>
            <translation>Members who leave are made inactive, not deleted: their dispatches are all kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="156" />
            <source>新增分队</source>
            <translation>New squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="167" />
            <source>新增车辆</source>
            <translation>New vehicle</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="169" />
            <source>停用 / 恢复</source>
            <translation>Deactivate / reactivate</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="224" />
            <source>全部分队</source>
            <translation>All squads</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="226" />
            <source>{0}（{1}）</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="270" />
            <source>列出 {0} 人（在队共 {1} 人）</source>
            <translation>{0} listed ({1} active in all)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="278" />
            <source>恢复在队</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="283" />
            <source>{0} 位在队队员的证书 30 天内到期。</source>
            <translation>Certificates of {0} active members expire within 30 days.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="366" />
            <source>停用队员“{0}”？

停用后不再出现在出队的候选名单中；</source>
            <translation>Deactivate member "{0}"?

They will no longer appear among the candidates for dispatch;</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="367" />
            <source>他的 {0} 次出队记录都保留。</source>
            <translation>their {0} dispatches are all kept.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="368" />
            <source>以后可以随时恢复在队。</source>
            <translation>You can reactivate them at any time.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="369" />
            <source>停用队员</source>
            <translation>Deactivate member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="374" />
            <location filename="../../wz_desktop/ui/roster/page.py" line="423" />
            <source>无法保存</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="416" />
            <source>停用车辆</source>
            <translation>Deactivate vehicle</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="417" />
            <source>停用车辆“{0}”？已有的出队记录保留，以后可以恢复。</source>
            <translation>Deactivate vehicle "{0}"? Existing dispatch records are kept; you can reactivate it later.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="468" />
            <source>导入名册</source>
            <translation>Import roster</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="469" />
            <source>正在导入“{0}”……</source>
            <translation>Importing "{0}"…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="487" />
            <source>名册导入失败</source>
            <translation>Roster import failed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="487" />
            <source>{0}

数据库没有改动。</source>
            <translation>{0}

The database was not changed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="494" />
            <source>队伍名册-{0}.xlsx</source>
            <translation>Team roster-{0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="495" />
            <location filename="../../wz_desktop/ui/roster/page.py" line="504" />
            <source>导出名册</source>
            <translation>Export roster</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="495" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="505" />
            <source>正在导出名册到“{0}”……</source>
            <translation>Exporting the roster to "{0}"…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="512" />
            <source>已导出名册：{0} 个分队、{1} 名队员、{2} 张证书、{3} 辆车，保存在：
{4}</source>
            <translation>Roster exported: {0} squads, {1} members, {2} certificates, {3} vehicles, saved in:
{4}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/page.py" line="518" />
            <source>名册导出失败</source>
            <translation>Roster export failed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>昵称</source>
            <translation>Nickname</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>分队</source>
            <translation>Squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>职务</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>证书到期</source>
            <translation>Certificate expiry</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>车牌</source>
            <translation>Plate</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>归属</source>
            <translation>Owner type</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>车主</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>座位</source>
            <translation>Seats</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>辖区</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>队长</source>
            <translation>Leader</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>在队人数</source>
            <translation>Active members</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>队伍车辆</source>
            <translation>Team vehicle</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/models.py" />
            <source>队员私家车</source>
            <translation>Member's car</translation>
        </message>
    </context>
    <context>
        <name>RosterReportDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/roster/report_dialog.py" line="22" />
            <source>名册导入完成</source>
            <translation>Roster import done</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/report_dialog.py" line="23" />
            <source>保存名册导入报告</source>
            <translation>Save the roster import report</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/report_dialog.py" line="27" />
            <source>{0}：新增 {1} 行，更新 {2} 行，跳过 {3} 行。</source>
            <translation>{0}: {1} rows added, {2} updated, {3} skipped.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/report_dialog.py" line="29" />
            <source>跳过的行没有导入，原因见下面的详细报告；改好后可以再导入一次。</source>
            <translation>Skipped rows were not imported; the reasons are in the full report below. Correct them and import again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/report_dialog.py" line="35" />
            <source>导入前的数据库已备份到：{0}</source>
            <translation>The database from before the import was backed up to: {0}</translation>
        </message>
        <message>
            <source>保存完整报告(&amp;S)…</source>
            <translation type="obsolete">&amp;Save full report…</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation type="obsolete">Close</translation>
        </message>
        <message>
            <source>详细报告：</source>
            <translation type="obsolete">Full report:</translation>
        </message>
        <message>
            <source>{0}-导入报告.json</source>
            <translation type="obsolete">{0}-import report.json</translation>
        </message>
        <message>
            <source>JSON 文件 (*.json)</source>
            <translation type="obsolete">JSON file (*.json)</translation>
        </message>
        <message>
            <source>无法保存报告</source>
            <translation type="obsolete">Cannot save the report</translation>
        </message>
        <message>
            <source>无法写入“{0}”：{1}</source>
            <translation type="obsolete">Cannot write "{0}": {1}</translation>
        </message>
    </context>
    <context>
        <name>SaveFileDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="70" />
            <source>浏览(&amp;B)…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="82" />
            <source>保存到(&amp;F)：</source>
            <translation>Save &amp;to:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/export_dialog.py" line="88" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="117" />
            <source>请填写完整的路径，例如 D:\万众救援台\wanzhong.db。</source>
            <translation>Please enter the full path, e.g. D:\Wanzhong\wanzhong.db.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="119" />
            <source>“{0}”是一个文件夹，请填写数据库文件名。</source>
            <translation>"{0}" is a folder; please enter a database file name.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="121" />
            <source>文件夹“{0}”不存在，请选择一个已有的文件夹。</source>
            <translation>The folder "{0}" does not exist; please choose an existing folder.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="127" />
            <source>无法读取“{0}”：{1}</source>
            <translation>Cannot read "{0}": {1}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="129" />
            <source>“{0}”不是万众救援台的数据库文件。</source>
            <translation>"{0}" is not a Wanzhong Rescue Desk database file.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="143" />
            <source>请填写完整的文件夹路径，例如 D:\万众救援台\备份。</source>
            <translation>Please enter the full folder path, e.g. D:\Wanzhong\Backups.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="145" />
            <source>“{0}”是一个文件，不是文件夹。</source>
            <translation>"{0}" is a file, not a folder.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="151" />
            <source>无法在“{0}”创建或写入备份：{1}。请选择另一个文件夹，或检查权限。</source>
            <translation>Cannot create or write backups in "{0}": {1}. Please choose another folder or check the permissions.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="160" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="195" />
            <source>{0}“{1}”</source>
            <translation>{0} "{1}"</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="196" />
            <source>只有管理员可以修改事件编号格式、值班电话和备份设置（当前登录：{0}），这些项目不能更改。</source>
            <translation>Only an administrator may change the event number pattern, the duty phone and the backup settings (signed in: {0}); these cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="203" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="204" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="222" />
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="508" />
            <source>数据位置</source>
            <translation>Data location</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="226" />
            <source>默认：{0}</source>
            <translation>Default: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="227" />
            <source>浏览(&amp;B)…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="234" />
            <source>数据库文件(&amp;D)：</source>
            <translation>&amp;Database file:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="236" />
            <source>启动时打开的数据库（命令行 --db 指定的除外）。留空则使用默认位置。更改在下次启动万众救援台时生效；当前打开的是：{0}</source>
            <translation>The database opened at start (unless --db is given on the command line). Leave empty for the default place. A change takes effect the next time Wanzhong Rescue Desk starts; open now: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="241" />
            <source>事件编号</source>
            <translation>Event no.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="249" />
            <source>编号格式(&amp;P)：</source>
            <translation>Number &amp;pattern:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="251" />
            <source>下一个编号：</source>
            <translation>Next number:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="252" />
            <source>{year} 为年份，{seq} 为当年的序号，{seq:04d} 表示补足四位，例如 WZ{year}-{seq:04d} → WZ2023-0001。已有的编号不会改变。</source>
            <translation>{year} is the year, {seq} the sequence number within the year, {seq:04d} pads it to four digits, e.g. WZ{year}-{seq:04d} → WZ2023-0001. Existing numbers do not change.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="257" />
            <source>值班电话</source>
            <translation>Duty phone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="260" />
            <source>例如 0411-12345678</source>
            <translation>e.g. 0411-12345678</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="263" />
            <source>队伍值班电话(&amp;H)：</source>
            <translation>The team’s duty p&amp;hone:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="265" />
            <source>寻人启事里请大家拨打的电话。留空：家属同意公开电话时写家属的电话，否则只写 110。</source>
            <translation>The number a missing-person notice asks people to call. Empty: the family’s phone where they agreed to publish it, else 110 only.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="270" />
            <source>备份</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="275" />
            <source>默认：数据库旁的 backups 文件夹（{0}）</source>
            <translation>Default: the backups folder beside the database ({0})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="276" />
            <source>浏览(&amp;R)…</source>
            <translation>B&amp;rowse…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="286" />
            <source>备份文件夹(&amp;F)：</source>
            <translation>Backup &amp;folder:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="288" />
            <source>保留每日备份(&amp;K)：</source>
            <translation>&amp;Keep daily backups:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="289" />
            <source>保留其他备份(&amp;O)：</source>
            <translation>Keep &amp;other backups:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="291" />
            <source>每日备份保留最近的若干份；导入、升级、恢复前的备份另计（各 1–365 份）。更改文件夹后，新的备份保存到新文件夹，旧的备份留在原处。</source>
            <translation>The latest daily backups are kept; backups before imports, upgrades and restores are counted separately (1–365 each). After changing the folder, new backups go to the new folder and old ones stay where they are.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="300" />
            <source> 份</source>
            <translation> copies</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="305" />
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="510" />
            <source>界面语言</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="312" />
            <source>语言(&amp;L)：</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="313" />
            <source>更改语言在重新启动万众救援台后生效。</source>
            <translation>A change of language takes effect when Wanzhong Rescue Desk is restarted.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="317" />
            <source>日志</source>
            <translation>Log</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="322" />
            <source>打开日志文件夹(&amp;G)</source>
            <translation>Open the lo&amp;g folder</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="326" />
            <source>日志文件：</source>
            <translation>Log file:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="328" />
            <source>程序出错时，请把这个文件发给维护人员。</source>
            <translation>When the program fails, please send this file to the maintainer.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="355" />
            <source>{0}（{1} 年）</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="397" />
            <source>选择备份文件夹</source>
            <translation>Choose the backup folder</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="409" />
            <source>无法打开文件夹</source>
            <translation>Cannot open the folder</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="410" />
            <source>无法打开日志文件夹：{0}</source>
            <translation>Cannot open the log folder: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="427" />
            <source>请填写事件编号格式，例如 WZ{year}-{seq:04d}。</source>
            <translation>Please enter the event number pattern, e.g. WZ{year}-{seq:04d}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="436" />
            <source>事件编号格式“{0}”无效：{1}</source>
            <translation>The event number pattern "{0}" is not valid: {1}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="451" />
            <source>保留的备份份数须在 {0} 到 {1} 之间。</source>
            <translation>The number of backups kept must be between {0} and {1}.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="499" />
            <source>无法保存备份设置：{0}</source>
            <translation>Cannot save the backup settings: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="515" />
            <source>无法保存设置文件：{0}</source>
            <translation>Cannot save the settings file: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="518" />
            <source>设置已保存</source>
            <translation>Settings saved</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="519" />
            <source>{0}的更改将在下次启动万众救援台时生效。</source>
            <translation>The change of {0} takes effect the next time Wanzhong Rescue Desk starts.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/settings_dialog.py" line="519" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>只有管理员可以修改事件编号格式和备份设置（当前登录：{0}），这些项目不能更改。</source>
            <translation type="obsolete">Only an administrator may change the event number pattern and the backup settings (signed in: {0}); these cannot be changed.</translation>
        </message>
    </context>
    <context>
        <name>ShareReviewDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="44" />
            <source>匿名导出：请确认要共享的内容</source>
            <translation>Anonymised export: please confirm what will be shared</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="46" />
            <source>{0} 年：{1} 条任务，隐去个人信息的单元格 {2} 个，待人工确认 {3} 处。文件：{4}</source>
            <translation>{0}: {1} tasks, {2} cells with personal data masked, {3} fragments to confirm by eye. File: {4}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="49" />
            <source>黄色：检查不能确定是否为个人信息，请看一眼；红色：仍有个人信息，不能导出。可以双击“共享的内容”修改措辞，修改后会重新检查。</source>
            <translation>Yellow: the check cannot tell whether this is personal, please look; red: personal data is left, the file cannot be exported. Double-click "What is shared" to reword a cell; it is checked again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="54" />
            <source>位置</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="54" />
            <source>原文</source>
            <translation>Original</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="54" />
            <source>共享的内容</source>
            <translation>What is shared</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="55" />
            <source>隐去的内容</source>
            <translation>What was masked</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="55" />
            <source>检查</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="73" />
            <source>确认并导出(&amp;C)</source>
            <translation>&amp;Confirm and export</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="101" />
            <source>{0}表 第 {1} 行 {2}</source>
            <translation>sheet {0}, row {1}, {2}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/share_review.py" line="121" />
            <source>检查发现仍有个人信息（红色行），不能导出。请修改这些内容后再试。</source>
            <translation>The check found personal data left (red rows); the file cannot be exported. Please reword these cells and try again.</translation>
        </message>
    </context>
    <context>
        <name>SquadDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="35" />
            <source>编辑分队</source>
            <translation>Edit squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="35" />
            <source>新增分队</source>
            <translation>New squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="43" />
            <source>（未指定）</source>
            <translation> (not set)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="44" />
            <source>在用</source>
            <translation>In use</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="48" />
            <source>如 38.9140N 121.6147E 或 121.6147,38.9140；空着表示不知道</source>
            <translation>e.g. 38.9140N 121.6147E or 121.6147,38.9140; leave empty when not known</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="49" />
            <source>驻地坐标</source>
            <translation>Base's coordinates</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="53" />
            <source>WGS-84（手机 GPS）</source>
            <translation>WGS-84 (a phone's GPS)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="54" />
            <source>GCJ-02（地图应用）</source>
            <translation>GCJ-02 (a map app)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="55" />
            <source>在地图上选(&amp;M)…</source>
            <translation>Choose on the map (&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="56" />
            <source>在大连地图上点选驻地</source>
            <translation>Click the base on the map of Dalian</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="78" />
            <source>分队保存并有了队员之后再指定队长</source>
            <translation>Choose the leader once the squad is saved and has members</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="90" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="90" />
            <source>辖区</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="91" />
            <source>队长</source>
            <translation>Leader</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="92" />
            <source>驻地(&amp;B)</source>
            <translation>Base (&amp;B)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="94" />
            <source>保存(&amp;S)</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="94" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="107" />
            <source>坐标 {0} 不在大连附近，请检查经纬度是否写反或坐标系是否选对。</source>
            <translation>The point {0} is not near Dalian: check that latitude and longitude are not swapped and that the right system is chosen.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="118" />
            <source>驻地未设置</source>
            <translation>No base set</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="121" />
            <source>不在大连市各区县内</source>
            <translation>not in any of Dalian's districts</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/squad_dialog.py" line="122" />
            <source>保存为 {0}（GCJ-02），{1}</source>
            <translation>Kept as {0} (GCJ-02), {1}</translation>
        </message>
        <message>
            <source>请填写分队名称。</source>
            <translation type="obsolete">Please enter the squad name.</translation>
        </message>
    </context>
    <context>
        <name>Step</name>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>出队</source>
            <translation>Dispatch</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>修改出队</source>
            <translation>Dispatch changed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>返回</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>交考勤</source>
            <translation>Attendance handed in</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>退回</source>
            <translation>Sent back</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>考核通过</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>归档</source>
            <translation>Archived</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>重新打开</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>修改</source>
            <translation>Update</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>并案</source>
            <translation>Joined to a case</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>移出案件</source>
            <translation>Left the case</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>考勤</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>新增</source>
            <translation>Insert</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>登录</source>
            <translation>Sign-in</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>登录失败</source>
            <translation>Sign-in failed</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>状态变更</source>
            <translation>Status change</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>共享</source>
            <translation>Shared</translation>
        </message>
    </context>
    <context>
        <name>TaskDetail</name>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="28" />
            <source>任务 #{0}</source>
            <translation>Task #{0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="39" />
            <location filename="../../wz_desktop/ui/task_detail.py" line="77" />
            <source>待复核</source>
            <translation>To check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="45" />
            <source>原文：</source>
            <translation>Original:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="51" />
            <source>工作表“{0}” 第 {1} 行</source>
            <translation>Sheet "{0}" row {1}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="53" />
            <source>（导入批次 #{0}）</source>
            <translation> (import batch #{0})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="56" />
            <source>事件摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="57" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="60" />
            <source>出队时间</source>
            <translation>Departure</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="61" />
            <source>分队</source>
            <translation>Squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="62" />
            <source>出队人数</source>
            <translation>Headcount</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="63" />
            <source>出队车次</source>
            <translation>Vehicle trips</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="64" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="65" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="66" />
            <source>事件编号</source>
            <translation>Event no.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="67" />
            <source>年份</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="70" />
            <source>结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="72" />
            <source>救助人数</source>
            <translation>People helped</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="74" />
            <source>返回时间</source>
            <translation>Returned at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="75" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="76" />
            <source>导入位置</source>
            <translation>Imported from</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="77" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="77" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="78" />
            <source>内部编号</source>
            <translation>Internal no.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="93" />
            <source>标记</source>
            <translation>Flag</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="96" />
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="96" />
            <source>问题</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="96" />
            <source>原文</source>
            <translation>Original</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="96" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="96" />
            <source>处理</source>
            <translation>Handled</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="104" />
            <source>已处理</source>
            <translation>Handled</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="104" />
            <source>未处理</source>
            <translation>Not handled</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_detail.py" line="109" />
            <source>没有标记。</source>
            <translation>No flags.</translation>
        </message>
    </context>
    <context>
        <name>TaskListPage</name>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="92" />
            <source>只看某一年的任务</source>
            <translation>Show only one year's tasks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="96" />
            <source>只看某一类任务</source>
            <translation>Show only one kind of task</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="97" />
            <source>全部类别</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="103" />
            <source>搜索事件编号、摘要、分队、备注（Ctrl+F）</source>
            <translation>Search event numbers, summaries, squads, remarks (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="104" />
            <source>输入一个或几个词（用空格分开），列出全部包含这些词的任务；按 Esc 清除</source>
            <translation>Type one or more words (separated by spaces) to list every task containing them; Esc clears</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="106" />
            <source>只看待复核</source>
            <translation>To check only</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="107" />
            <source>只列出导入时有值无法识别、需要核对原文的任务</source>
            <translation>List only tasks with values that could not be read on import and need checking against the original</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="109" />
            <source>年份(&amp;Y)</source>
            <translation>&amp;Year</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="111" />
            <source>类别(&amp;K)</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="176" />
            <source>打开详情</source>
            <translation>Open details</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="178" />
            <source>复制所选行</source>
            <translation>Copy selected rows</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="222" />
            <source>全部年份</source>
            <translation>All years</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="226" />
            <source>{0} 年（{1} 条）</source>
            <translation>{0} ({1} tasks)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="274" />
            <source>共 {0} 条</source>
            <translation>{0} entries</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="276" />
            <source>选择一条任务，这里显示它的全部内容（双击或按 Enter 打开详情）。</source>
            <translation>Choose a task to see all of it here (double-click or Enter opens the details).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="278" />
            <source>数据库中还没有任务。
用“文件 → 导入工作簿…”（Ctrl+I）导入年度任务工作簿，或把工作簿拖到这个窗口上。</source>
            <translation>There are no tasks in the database yet.
Use "File → Import workbooks…" (Ctrl+I) to import yearly task workbooks, or drop a workbook on this window.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_list.py" line="280" />
            <source>没有符合条件的任务。请换一个年份、类别或搜索词（按 Esc 清除搜索）。</source>
            <translation>No tasks match. Try another year, kind or search words (Esc clears the search).</translation>
        </message>
    </context>
    <context>
        <name>TaskPage</name>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="135" />
            <source>修改出队…</source>
            <translation>Edit dispatch…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="136" />
            <source>考核…</source>
            <translation>Review…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="148" />
            <source>来电</source>
            <translation>Call</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="148" />
            <source>核实</source>
            <translation>Verification</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="148" />
            <source>出队</source>
            <translation>Dispatch</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="148" />
            <source>考核</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="149" />
            <source>历史</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="149" />
            <source>案件</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="149" />
            <source>工作簿原文与标记</source>
            <translation>Workbook original and flags</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="169" />
            <location filename="../../wz_desktop/ui/task_page.py" line="409" />
            <source>并入案件…</source>
            <translation>Join a case…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="170" />
            <location filename="../../wz_desktop/ui/task_page.py" line="517" />
            <source>移出案件</source>
            <translation>Leave the case</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="171" />
            <source>走失人员案件(&amp;P)…</source>
            <translation>Missing-&amp;person case…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="173" />
            <source>走失人员：姓名、类别、最后出现和找到的地点（在地图上点选）、结果、寻人启事</source>
            <translation>Missing person: name, category, where last seen and found (clicked on the map), outcome, notice</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="228" />
            <source>任务 — {0}</source>
            <translation>Task — {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="235" />
            <source>已归档，只读。如需更正，请在“考核…”中点“重新打开…”并写明原因。</source>
            <translation>Archived, read-only. To correct it, click "Reopen…" in "Review…" and give the reason.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="238" />
            <source>任务已取消。</source>
            <translation>Task cancelled.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="265" />
            <source>工作簿导入的记录，没有来电信息。</source>
            <translation>Imported from a workbook; no call information.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="266" />
            <source>直接出队（没有来电）。</source>
            <translation>Direct dispatch (no call).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="269" />
            <source>接报时间</source>
            <translation>Received at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="270" />
            <source>信息来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="271" />
            <source>求助人</source>
            <translation>Caller</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="272" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="273" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="274" />
            <source>情况</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="275" />
            <source>接报人</source>
            <translation>Logged by</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="276" />
            <source>来电状态</source>
            <translation>Call status</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="281" />
            <source>没有核实记录。</source>
            <translation>No verification record.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="284" />
            <location filename="../../wz_desktop/ui/task_page.py" line="325" />
            <location filename="../../wz_desktop/ui/task_page.py" line="372" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="284" />
            <source>核实人</source>
            <translation>Verified by</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="284" />
            <source>方式</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="284" />
            <source>结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="284" />
            <location filename="../../wz_desktop/ui/task_page.py" line="429" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="291" />
            <source>出队时间</source>
            <translation>Departure</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="292" />
            <source>分队</source>
            <translation>Squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="293" />
            <source>带队队长</source>
            <translation>Team leader</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="294" />
            <source>出队人数</source>
            <translation>Headcount</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="295" />
            <source>出队车次</source>
            <translation>Vehicle trips</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="296" />
            <source>车辆</source>
            <translation>Vehicles</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="297" />
            <location filename="../../wz_desktop/ui/task_page.py" line="303" />
            <location filename="../../wz_desktop/ui/task_page.py" line="320" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="301" />
            <source>自驾</source>
            <translation>Own car</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="302" />
            <source>出队队员</source>
            <translation>Members dispatched</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="303" />
            <location filename="../../wz_desktop/ui/task_page.py" line="320" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="303" />
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="303" />
            <location filename="../../wz_desktop/ui/task_page.py" line="320" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="303" />
            <source>车</source>
            <translation>Vehicle</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="305" />
            <source>没有出队名单。</source>
            <translation>No dispatch list.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="311" />
            <source>返回时间</source>
            <translation>Returned at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="312" />
            <source>任务结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="313" />
            <source>救助人数</source>
            <translation>People helped</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="319" />
            <location filename="../../wz_desktop/ui/task_page.py" line="320" />
            <source>出勤</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="320" />
            <source>时长（小时）</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="324" />
            <source>考核经过</source>
            <translation>Review steps</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="325" />
            <location filename="../../wz_desktop/ui/task_page.py" line="372" />
            <source>经办人</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="325" />
            <source>环节</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="325" />
            <source>意见 / 原因</source>
            <translation>Comment / reason</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="327" />
            <source>尚未交考勤。</source>
            <translation>Attendance not handed in yet.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="348" />
            <source>去掉 {0}</source>
            <translation>removed {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="350" />
            <source>加上 {0}</source>
            <translation>added {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="353" />
            <source>车辆 {0} → {1} 辆</source>
            <translation>vehicles {0} → {1}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="370" />
            <source>没有修改记录。</source>
            <translation>No changes recorded.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="372" />
            <source>经过</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="376" />
            <source>未并入案件。同一次搜寻的多次出队可并入一个案件。</source>
            <translation>Not part of a case. Several dispatches of one search can be joined into a case.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="377" />
            <source>{0}（{1} 立案）</source>
            <translation>{0} (opened {1})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="385" />
            <source>本案件共 {0} 次出队；点下面的出队打开它：</source>
            <translation>This case has {0} dispatches; click one below to open it:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="386" />
            <source>本案件暂无其他出队。</source>
            <translation>This case has no other dispatches yet.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="403" />
            <source>打开这次出队</source>
            <translation>Open this dispatch</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="409" />
            <source>改并其他案件…</source>
            <translation>Move to another case…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="414" />
            <source>工作表“{0}” 第 {1} 行</source>
            <translation>Sheet "{0}" row {1}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="416" />
            <source>（导入批次 #{0}）</source>
            <translation> (import batch #{0})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="417" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="417" />
            <source>导入位置</source>
            <translation>Imported from</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="418" />
            <source>待复核</source>
            <translation>To check</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="418" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="418" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="422" />
            <source>{0}原文</source>
            <translation>{0} original</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="426" />
            <source>已处理</source>
            <translation>Handled</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="426" />
            <source>未处理</source>
            <translation>Not handled</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="428" />
            <source>标记</source>
            <translation>Flag</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="429" />
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="429" />
            <source>问题</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="429" />
            <source>原文</source>
            <translation>Original</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="429" />
            <source>处理</source>
            <translation>Handled</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="431" />
            <source>没有标记。</source>
            <translation>No flags.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="471" />
            <location filename="../../wz_desktop/ui/task_page.py" line="484" />
            <source>并入案件</source>
            <translation>Join a case</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="472" />
            <source>选择已有案件，或输入新案件名称（例如“3·5 老人走失搜寻”）：</source>
            <translation>Choose an existing case or type a new case name (e.g. "5 Mar: search for elderly man"):</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="492" />
            <source>{0}岁</source>
            <translation>{0} years old</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="494" />
            <source>走失人员：{0}</source>
            <translation>Missing person: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="494" />
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="496" />
            <source>；最后出现：{0}</source>
            <translation>; last seen: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="497" />
            <source>；结果：{0}</source>
            <translation>; outcome: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_page.py" line="497" />
            <source>仍在搜寻</source>
            <translation>Still searching</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>交考勤</source>
            <translation>Hand in attendance</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>退回</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>考核通过</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>归档</source>
            <translation>Archived</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>重新打开</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>走失人员案件(&amp;M)…</source>
            <translation type="obsolete">&amp;Missing-person case…</translation>
        </message>
        <message>
            <source>走失人员案件…</source>
            <translation type="obsolete">Missing-person case…</translation>
        </message>
        <message>
            <source>状态</source>
            <translation type="obsolete">Status</translation>
        </message>
        <message>
            <source>类别</source>
            <translation type="obsolete">Kind</translation>
        </message>
        <message>
            <source>已归档，只读。更正须在“考核…”中写明原因重新打开。</source>
            <translation type="obsolete">Archived, read-only. Corrections need it reopened with a reason under "Review…".</translation>
        </message>
    </context>
    <context>
        <name>TaskTableModel</name>
        <message>
            <location filename="../../wz_desktop/ui/task_model.py" line="58" />
            <source>事件编号</source>
            <translation>Event no.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_model.py" line="58" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_model.py" line="58" />
            <source>出队时间</source>
            <translation>Departure</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_model.py" line="58" />
            <source>事件摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_model.py" line="58" />
            <source>人数</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_model.py" line="58" />
            <source>车次</source>
            <translation>Trips</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_model.py" line="58" />
            <source>分队</source>
            <translation>Squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_model.py" line="58" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_model.py" line="58" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/task_model.py" line="216" />
            <source>点击切换按出队时间升序 / 降序排列</source>
            <translation>Click to sort by departure time, ascending / descending</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>万众救援台</source>
            <translation>Wanzhong Rescue Desk</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>大连万众应急救援队</source>
            <translation>Dalian Wanzhong Emergency Rescue Team</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="66" />
            <source>未登录（以系统身份运行）</source>
            <translation>Not signed in (running as the system)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="76" />
            <location filename="../../wz_desktop/ui/users.py" line="80" />
            <source>当前用户：{0}（{1}）</source>
            <translation>Signed in: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="77" />
            <source>当前用户：{0}</source>
            <translation>Signed in: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="79" />
            <source>当前用户：{0}（{1}，{2}）</source>
            <translation>Signed in: {0} ({1}, {2})</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="112" />
            <source>创建管理员</source>
            <translation>Create the administrator</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="112" />
            <source>登录万众救援台</source>
            <translation>Sign in to Wanzhong Rescue Desk</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="118" />
            <source>例如 王磊（记在经办的记录上）</source>
            <translation>e.g. Wang Lei (written on the records you handle)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="126" />
            <location filename="../../wz_desktop/ui/users.py" line="297" />
            <source>登录名(&amp;L)：</source>
            <translation>&amp;Login name:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="128" />
            <source>这是第一次使用这个数据库。请先创建管理员账号：管理员可以添加值班秘书和分队长的账号、修改设置、重新打开已归档的任务。密码至少 {0} 个字符，请牢记。</source>
            <translation>This is the first use of this database. Please create the administrator account first: the administrator can add accounts for duty secretaries and squad leaders, change settings and reopen archived tasks. The password needs at least {0} characters; keep it safe.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="131" />
            <location filename="../../wz_desktop/ui/users.py" line="298" />
            <source>姓名(&amp;N)：</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="132" />
            <location filename="../../wz_desktop/ui/users.py" line="136" />
            <location filename="../../wz_desktop/ui/users.py" line="302" />
            <source>密码(&amp;P)：</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="133" />
            <location filename="../../wz_desktop/ui/users.py" line="303" />
            <source>再次输入密码(&amp;A)：</source>
            <translation>Password &amp;again:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="135" />
            <source>数据库：{0}</source>
            <translation>Database: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="142" />
            <source>创建并登录</source>
            <translation>Create and sign in</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="142" />
            <source>登录</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="145" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="175" />
            <location filename="../../wz_desktop/ui/users.py" line="342" />
            <source>请填写登录名。</source>
            <translation>Please enter the login name.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="180" />
            <source>两次输入的密码不一样，请重新输入。</source>
            <translation>The two passwords differ; please enter them again.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="197" />
            <source>密码错误次数过多，请 {0} 秒后再试。</source>
            <translation>Too many wrong passwords; please try again in {0} seconds.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="198" />
            <source>登录名或密码不对，或账号已停用。</source>
            <translation>Wrong login name or password, or the account is disabled.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="279" />
            <location filename="../../wz_desktop/ui/users.py" line="509" />
            <source>添加用户</source>
            <translation>Add user</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="279" />
            <source>修改用户 {0}</source>
            <translation>Edit user {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="290" />
            <source>（无）</source>
            <translation> (none)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="299" />
            <source>角色(&amp;R)：</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="300" />
            <source>所属分队(&amp;S)：</source>
            <translation>&amp;Squad:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="314" />
            <source>值班秘书：登记一切记录（用户、设置和重新打开已归档任务除外）。分队长：只能为本分队的任务交考勤。管理员：全部权限。</source>
            <translation>Duty secretary: records everything (except users, settings and reopening archived tasks). Squad leader: hands in attendance for their own squad's tasks only. Administrator: everything.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="344" />
            <source>请填写姓名。</source>
            <translation>Please enter the name.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="346" />
            <source>分队长须选择所属分队。</source>
            <translation>A squad leader needs a squad.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="348" />
            <location filename="../../wz_desktop/ui/users.py" line="386" />
            <source>密码至少需要 {0} 个字符。</source>
            <translation>The password needs at least {0} characters.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="350" />
            <location filename="../../wz_desktop/ui/users.py" line="388" />
            <source>两次输入的密码不一样。</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="371" />
            <source>原密码(&amp;O)：</source>
            <translation>&amp;Old password:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="374" />
            <source>新密码(&amp;P)：</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="375" />
            <source>再次输入(&amp;A)：</source>
            <translation>&amp;Again:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="423" />
            <source>用户管理</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="433" />
            <source>添加用户(&amp;N)…</source>
            <translation>&amp;Add user…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="434" />
            <source>修改角色(&amp;E)…</source>
            <translation>&amp;Edit role…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="435" />
            <source>重设密码(&amp;P)…</source>
            <translation>Reset &amp;password…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="436" />
            <location filename="../../wz_desktop/ui/users.py" line="494" />
            <source>停用(&amp;D)</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="443" />
            <source>用户不会被删除，只能停用：修改记录中保留他们的名字。</source>
            <translation>Users are never deleted, only disabled: the change log keeps their names.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="471" />
            <source>启用</source>
            <translation>Enabled</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="471" />
            <source>已停用</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="494" />
            <source>启用(&amp;D)</source>
            <translation>Ena&amp;ble</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="522" />
            <source>修改用户</source>
            <translation>Edit user</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="533" />
            <source>重设 {0} 的密码</source>
            <translation>Reset the password of {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="536" />
            <location filename="../../wz_desktop/ui/users.py" line="539" />
            <source>重设密码</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="539" />
            <source>已为 {0} 设置新密码，请当面告知本人。</source>
            <translation>A new password was set for {0}; please tell them in person.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="547" />
            <location filename="../../wz_desktop/ui/users.py" line="550" />
            <source>停用用户</source>
            <translation>Disable user</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="547" />
            <source>停用后 {0} 不能再登录（记录和修改历史都保留）。确定停用吗？</source>
            <translation>Once disabled, {0} can no longer sign in (records and change history are kept). Disable?</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="553" />
            <source>启用用户</source>
            <translation>Enable user</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="581" />
            <source>用户管理(&amp;U)…</source>
            <translation>&amp;Users…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="583" />
            <source>切换用户(&amp;W)…</source>
            <translation>S&amp;witch user…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="585" />
            <source>修改密码(&amp;P)…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="587" />
            <source>修改记录(&amp;H)…</source>
            <translation>Change &amp;log…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="589" />
            <source>谁在何时改了哪条记录；可按日期、用户、表筛选并导出 Excel</source>
            <translation>Who changed which record when; filter by date, user and table, and export to Excel</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="625" />
            <location filename="../../wz_desktop/ui/users.py" line="632" />
            <location filename="../../wz_desktop/ui/users.py" line="634" />
            <source>修改密码</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" line="634" />
            <source>密码已修改，下次登录请用新密码。</source>
            <translation>Password changed; use the new one next time you sign in.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" />
            <source>登录名</source>
            <translation>Login name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" />
            <source>所属分队</source>
            <translation>Squad</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/users.py" />
            <source>上次登录</source>
            <translation>Last sign-in</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>值班秘书</source>
            <translation>Duty secretary</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>分队长</source>
            <translation>Squad leader</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>管理员</source>
            <translation>Administrator</translation>
        </message>
    </context>
    <context>
        <name>VehicleDialog</name>
        <message>
            <location filename="../../wz_desktop/ui/roster/vehicle_dialog.py" line="28" />
            <source>编辑车辆</source>
            <translation>Edit vehicle</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/vehicle_dialog.py" line="28" />
            <source>新增车辆</source>
            <translation>New vehicle</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/vehicle_dialog.py" line="29" />
            <source>如 辽B12345</source>
            <translation>e.g. 辽B12345</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/vehicle_dialog.py" line="35" />
            <source>车主的编号或姓名</source>
            <translation>Owner's number or name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/vehicle_dialog.py" line="39" />
            <source>未填</source>
            <translation>Not given</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/vehicle_dialog.py" line="40" />
            <source>在用</source>
            <translation>In use</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/vehicle_dialog.py" line="56" />
            <source>车牌</source>
            <translation>Plate</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/vehicle_dialog.py" line="56" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/vehicle_dialog.py" line="57" />
            <source>归属</source>
            <translation>Owner type</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/vehicle_dialog.py" line="57" />
            <source>车主</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/vehicle_dialog.py" line="58" />
            <source>座位</source>
            <translation>Seats</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/vehicle_dialog.py" line="60" />
            <source>保存(&amp;S)</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/vehicle_dialog.py" line="60" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/vehicle_dialog.py" line="81" />
            <source>没有保存：{0}</source>
            <translation>Not saved: {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/common.py" />
            <source>队伍车辆</source>
            <translation>Team vehicle</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/roster/common.py" />
            <source>队员私家车</source>
            <translation>Member's car</translation>
        </message>
        <message>
            <source>队员私家车请填写车主的编号或姓名。</source>
            <translation type="obsolete">For a member's car, enter the owner's number or name.</translation>
        </message>
        <message>
            <source>有 {0} 位队员叫“{1}”，请填写车主的编号。</source>
            <translation type="obsolete">{0} members are called "{1}"; please enter the owner's number.</translation>
        </message>
        <message>
            <source>找不到队员“{0}”，请填写车主的编号或姓名。</source>
            <translation type="obsolete">No member "{0}" found; please enter the owner's number or name.</translation>
        </message>
        <message>
            <source>请填写车牌或车辆名称。</source>
            <translation type="obsolete">Please enter the plate or a name for the vehicle.</translation>
        </message>
    </context>
    <context>
        <name>VerifyForm</name>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="74" />
            <source>原始警情</source>
            <translation>Original alert</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="79" />
            <source>接报时粘贴的警情原文（只读）</source>
            <translation>The alert as pasted when the call was logged (read-only)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="99" />
            <source>输入拼音首字母选择，如 hb = 回拨信息来源，xc = 现场核实</source>
            <translation>Type pinyin initials to choose, e.g. hb = called back the source, xc = checked on site</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="107" />
            <source>属实(&amp;S)</source>
            <translation>&amp;True</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="107" />
            <source>不实(&amp;B)</source>
            <translation>&amp;False</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="107" />
            <source>重复(&amp;C)</source>
            <translation>D&amp;uplicate</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="108" />
            <source>已解除(&amp;J)</source>
            <translation>&amp;Resolved</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="116" />
            <source>属实：等待出队</source>
            <translation>True: waiting for dispatch</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="118" />
            <source>该来电将结案，不生成任务，但会保留记录</source>
            <translation>The call will be closed without a task, but its record is kept</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="120" />
            <source>如：已与家属通话，老人仍未找到；在此按 Enter 即保存</source>
            <translation>e.g. Spoke to the family; the old man is still missing. Enter here saves</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="126" />
            <source>核实人(&amp;R)</source>
            <translation>Verified &amp;by</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="127" />
            <source>核实方式(&amp;M)</source>
            <translation>&amp;Method</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="128" />
            <source>核实时间(&amp;T)</source>
            <translation>Verified &amp;at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="129" />
            <source>核实结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="130" />
            <source>说明(&amp;N)</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="140" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="141" />
            <source>保存核实结果（Ctrl+S；在“说明”中按 Enter 也可）</source>
            <translation>Save the verification (Ctrl+S; or Enter in "Note")</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="142" />
            <source>出队(&amp;D)…</source>
            <translation>&amp;Dispatch…</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="143" />
            <source>为这个来电登记出队</source>
            <translation>Record a dispatch for this call</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="144" />
            <location filename="../../wz_desktop/ui/verify_form.py" line="381" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="144" />
            <source>关闭（Esc）</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="197" />
            <source>来电 #{0} 不存在，可能已被删除。</source>
            <translation>Call #{0} does not exist; it may have been deleted.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="203" />
            <location filename="../../wz_desktop/ui/verify_form.py" line="245" />
            <source>来电 #{0}</source>
            <translation>Call #{0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="205" />
            <source>&lt;b&gt;来电 #{0}&lt;/b&gt;　状态：{1}</source>
            <translation>&lt;b&gt;Call #{0}&lt;/b&gt;  Status: {1}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="208" />
            <source>接报时间</source>
            <translation>Received at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="209" />
            <source>信息来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="210" />
            <source>求助人</source>
            <translation>Caller</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="211" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="212" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="213" />
            <source>情况</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="214" />
            <source>建议任务类别</source>
            <translation>Suggested kind</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="215" />
            <source>登记人</source>
            <translation>Logged by</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="227" />
            <source>{0}　{1}　{2}：&lt;b&gt;{3}&lt;/b&gt;</source>
            <translation>{0}  {1}  {2}: &lt;b&gt;{3}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="232" />
            <source>核实记录：</source>
            <translation>Verifications:</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="243" />
            <source>核实来电 #{0}</source>
            <translation>Verify call #{0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="286" />
            <source>已等待 {0}</source>
            <translation>Waited {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="311" />
            <source>请填写核实人。</source>
            <translation>Please enter who verified it.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="313" />
            <source>请填写核实时间，例如 19:40 或 2023-03-05 19:40。</source>
            <translation>Please enter the verification time, e.g. 19:40 or 2023-03-05 19:40.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="315" />
            <source>请选择核实结果：属实、不实、重复或已解除。</source>
            <translation>Please choose the result: true, false, duplicate or resolved.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="339" />
            <source>结案</source>
            <translation>Close the call</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="340" />
            <source>核实结果为“{0}”：该来电将结案，不生成任务，但会保留记录。
确定吗？</source>
            <translation>Verification result "{0}": the call will be closed without a task, but its record is kept.
Continue?</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="359" />
            <source>已核实属实，等待出队。</source>
            <translation>Verified as true, waiting for dispatch.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="362" />
            <source>已按“{0}”结案，记录已保留。</source>
            <translation>Closed as "{0}"; the record is kept.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/verify_form.py" line="381" />
            <source>核实结果尚未保存，确定关闭吗？</source>
            <translation>The verification is not saved yet. Close anyway?</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../wz_desktop/ui/labels.py" line="122" />
            <location filename="../../wz_desktop/domain/words.py" />
            <source>家属</source>
            <translation>Family</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>110指挥中心</source>
            <translation>110 Command Centre</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>海上搜救中心</source>
            <translation>Maritime SAR Centre</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>海警</source>
            <translation>Coast Guard</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>边防</source>
            <translation>Border police</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>派出所</source>
            <translation>Police station</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>消防</source>
            <translation>Fire service</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>群众</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>回拨信息来源</source>
            <translation>Called the source back</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>机构确认</source>
            <translation>Confirmed by the agency</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>现场核实</source>
            <translation>Checked on site</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>属实</source>
            <translation>True</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>不实</source>
            <translation>False</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>重复</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>已解除</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>找到平安</source>
            <translation>Found safe</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>救起</source>
            <translation>Rescued</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>遗体打捞</source>
            <translation>Body recovered</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>移交</source>
            <translation>Handed over</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>未找到</source>
            <translation>Not found</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>误报</source>
            <translation>False alarm</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>出勤</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>迟到</source>
            <translation>Late</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>早退</source>
            <translation>Left early</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>缺勤</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>队长</source>
            <translation>Leader</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>副队长</source>
            <translation>Deputy leader</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>队员</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>中山区</source>
            <translation>Zhongshan</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>西岗区</source>
            <translation>Xigang</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>沙河口区</source>
            <translation>Shahekou</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>甘井子区</source>
            <translation>Ganjingzi</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>旅顺口区</source>
            <translation>Lüshunkou</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>金州区</source>
            <translation>Jinzhou</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>普兰店区</source>
            <translation>Pulandian</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>瓦房店市</source>
            <translation>Wafangdian</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>庄河市</source>
            <translation>Zhuanghe</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>长海县</source>
            <translation>Changhai</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>高新园区</source>
            <translation>Hi-tech Zone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>开发区</source>
            <translation>Development Zone</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>金普新区</source>
            <translation>Jinpu New Area</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>失智老人</source>
            <translation>Elderly with dementia</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>智力障碍</source>
            <translation>Intellectual disability</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>精神疾病</source>
            <translation>Mental illness</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>儿童</source>
            <translation>Child</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>离家出走青少年</source>
            <translation>Runaway teenager</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>轻生倾向</source>
            <translation>Despondent</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>登山徒步</source>
            <translation>Hiker / climber</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>垂钓赶海</source>
            <translation>Angler / beachcomber</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>男</source>
            <translation>Male</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>女</source>
            <translation>Female</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>受伤找到</source>
            <translation>Found injured</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>遇难</source>
            <translation>Found dead</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>自行返回</source>
            <translation>Returned on their own</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>救援队</source>
            <translation>The team</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>警方</source>
            <translation>Police</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>本人</source>
            <translation>Themselves</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>年龄</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>体貌特征</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>照片</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>最后出现地点</source>
            <translation>Last seen at</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>最后出现时间</source>
            <translation>Last seen time</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/domain/words.py" />
            <source>联系电话</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <source>平安找到</source>
            <translation type="obsolete">Found safe</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <location filename="../../wz_desktop/ui/widgets.py" line="56" />
            <source>如 19:30、昨天 19:30、3-5 19:30</source>
            <translation>e.g. 19:30, 昨天 19:30, 3-5 19:30</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/widgets.py" line="57" />
            <source>可写 19:30、1930、19点半、昨天 19:30、3-5 19:30、2023-03-05 19:30</source>
            <translation>You can write 19:30, 1930, 19点半, 昨天 19:30 (yesterday), 3-5 19:30, 2023-03-05 19:30</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/widgets.py" line="89" />
            <source>无法识别“{0}”。可写 19:30、昨天 19:30、3-5 19:30、2023-03-05 19:30</source>
            <translation>Cannot read "{0}". You can write 19:30, 昨天 19:30 (yesterday), 3-5 19:30, 2023-03-05 19:30</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/widgets.py" line="91" />
            <source>即 {0}</source>
            <translation>= {0}</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/widgets.py" line="199" />
            <source>刚刚</source>
            <translation>just now</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/widgets.py" line="201" />
            <source>{0} 分钟</source>
            <translation>{0} min</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/widgets.py" line="204" />
            <source>{0} 小时 {1} 分</source>
            <translation>{0} h {1} min</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/widgets.py" line="204" />
            <source>{0} 小时</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/widgets.py" line="206" />
            <source>{0} 天 {1} 小时</source>
            <translation>{0} d {1} h</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/widgets.py" line="206" />
            <source>{0} 天</source>
            <translation>{0} d</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/widgets.py" line="238" />
            <source>这条记录已在别处修改。重新载入会显示新的内容（这里未保存的修改将丢失）。</source>
            <translation>This record was changed elsewhere. Reloading shows the new content (changes not saved here are lost).</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/widgets.py" line="241" />
            <source>重新载入(&amp;L)</source>
            <translation>Re&amp;load</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <location filename="../../wz_desktop/ui/worker.py" line="94" />
            <source>操作已取消。</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/worker.py" line="99" />
            <source>后台任务发生内部错误（{0}：{1}），详细信息已写入日志。</source>
            <translation>A background job had an internal error ({0}: {1}); details are in the log.</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/worker.py" line="143" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../wz_desktop/ui/worker.py" line="167" />
            <source>正在取消……</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
</TS>
