; 万众救援台 — the Windows installer (Inno Setup 6.3 or newer).
;
; Build the bundle first, then compile this script (from the repository's root, on Windows):
;     .venv\Scripts\python -m PyInstaller --noconfirm --distpath dist --workpath build installer\wz_desktop.spec
;     .venv\Scripts\python installer\smoke_test.py dist\wz-desktop
;     iscc installer\wz-desktop.iss
; The setup program is written to dist\wz-desktop-setup-VERSION.exe.
;
; What it does: installs the one-folder bundle dist\wz-desktop\ to Program Files (or, for a user
; without administrator rights who chooses "only for me", to their own Programs folder), a Start-menu
; shortcut and, if ticked, one on the desktop; an uninstaller in Windows' "Apps" list.
;
; THE USER'S DATA IS NOT IN THE INSTALL FOLDER. The database (wanzhong.db), its backups, the settings
; and the logs live in the user data folder that platformdirs gives (wz_desktop/config.py):
;     %LOCALAPPDATA%\Wanzhong\wz-desktop\          (wanzhong.db, backups\, settings.ini)
;     %LOCALAPPDATA%\Wanzhong\wz-desktop\Logs\      (wz-desktop.log)
; or wherever WZ_DESKTOP_HOME points. Installing, upgrading and uninstalling never touch that folder
; (there is no [UninstallDelete] entry for it, on purpose): uninstalling keeps the data, and
; installing a newer version over an older one keeps it too. The uninstaller says where it is.
;
; Language: the wizard is in Simplified Chinese when ChineseSimplified.isl is found, else English.
; Inno Setup has shipped that file only as an unofficial translation (jrsoftware.org/files/istrans/,
; or github.com/jrsoftware/issrc: Files/Languages/Unofficial/); put it in Inno Setup's Languages
; folder or beside this script (installer\ChineseSimplified.isl). The compiler says which it used.
;
; Version: read from the bundle's wz-desktop.exe, whose version resource the spec writes from
; wz_desktop.__version__ (override: iscc /DAppVersion=1.2.3 installer\wz-desktop.iss).

#define AppName "万众救援台"
#define Publisher "大连万众应急救援队"
#define Bundle AddBackslash(SourcePath) + "..\dist\wz-desktop"
#define GuiExe "wz-desktop-gui.exe"
#define ConsoleExe "wz-desktop.exe"

#if !FileExists(Bundle + "\" + GuiExe)
  #error 找不到 dist\wz-desktop\wz-desktop-gui.exe：请先在 Windows 上用 PyInstaller 构建程序包（见本文件开头）。
#endif

#ifndef AppVersion
  #define AppVersion GetStringFileInfo(Bundle + "\" + ConsoleExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error 无法从 wz-desktop.exe 读出版本号；请用 /DAppVersion=... 指定。
#endif

#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseIsl AddBackslash(SourcePath) + "ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\Unofficial\ChineseSimplified.isl"
#endif
#ifdef ChineseIsl
  #pragma message "Chinese wizard: " + ChineseIsl
#else
  #pragma warning "ChineseSimplified.isl not found: the wizard will be in English only (see the top of this file)"
#endif

[Setup]
; the AppId never changes: it is how Windows knows a newer setup upgrades this application
AppId={{43B52BBE-EEC6-4182-B335-EBE4E3251070}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#Publisher}
VersionInfoVersion={#GetVersionNumbersString(Bundle + "\" + ConsoleExe)}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} 安装程序
; an ASCII folder name: the bundle runs from any path, but ASCII keeps old tools and scripts happy
DefaultDirName={autopf}\WanzhongRescueDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Program Files for everyone (administrator), or "only for me" without administrator rights
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
; PySide6 6.x runs on 64-bit Windows 10 and newer
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=wz-desktop-setup-{#AppVersion}
SetupIconFile=..\build\icon\wz-desktop.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; an upgrade closes a running window first (Windows' Restart Manager); the data stays where it is
CloseApplications=yes
RestartApplications=no

[Languages]
#ifdef ChineseIsl
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
; without a language prefix: Chinese, for every language; English where it is prefixed
DataKept=程序已卸载。您的数据没有删除：数据库、备份、设置和日志仍在%n%n%1%n%n以后重新安装万众救援台，会继续使用这些数据。换电脑时，请先在旧电脑上用“文件 → 备份”做一份备份，再在新电脑上恢复。如果确实不再需要这些数据，可以手动删除这个文件夹。
english.DataKept=The program has been removed. Your data has NOT been deleted: the database, its backups, the settings and the logs are still in%n%n%1%n%nInstalling 万众救援台 again will use them. To move to a new PC, make a backup on the old one (文件 → 备份) and restore it on the new one. Delete that folder by hand only if the data is really no longer needed.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; the previous version's bundle internals (its Python and Qt files), so that none stay beside the new
; ones; the install folder never holds user data
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{userdocs}"; Comment: "{#Publisher}的任务记录"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; no [UninstallDelete] for the data folder: uninstalling keeps the user's data (see the top of this file)

[Code]
function DataFolder(): String;
begin
  { where platformdirs puts the data of appname "wz-desktop", appauthor "Wanzhong" (wz_desktop/config.py) }
  Result := GetEnv('WZ_DESKTOP_HOME');
  if Result = '' then
    Result := ExpandConstant('{localappdata}\Wanzhong\wz-desktop');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]), mbInformation, MB_OK);
end;
