; Inno Setup script: installs the one-folder program built by PyInstaller (dist\kienan-awards,
; see packaging\build_windows.cmd) on 64-bit Windows 10 1809 or later, for the current user or
; for all users, with Start menu and optional desktop shortcuts and, as an option, the command
; line on PATH. The program keeps its database, backups and logs in the user's
; %LOCALAPPDATA%\KienAnAwards and its settings in %APPDATA%\KienAnAwards and the registry
; (HKCU\Software\KienAnAwards), never in the program's folder: an update or an uninstall
; leaves the register and the settings where they are.
#if VER < EncodeVer(6, 5, 0)
  #error Inno Setup 6.5 or later is needed (x64compatible, and Vietnamese.isl is written for 6.5)
#endif

#define AppName "Kien An Awards"
#define WindowExe "kienan-awards.exe"
#define CommandLineExe "kienan-awards-cli.exe"
; Written by packaging\kienan_awards.spec from kienan_awards.__version__.
#define VersionFile AddBackslash(SourcePath) + "..\..\dist\kienan-awards-version.ini"
#define AppVersion ReadIni(VersionFile, "version", "value", "")
#define AppNumericVersion ReadIni(VersionFile, "version", "numeric", "")
#if AppVersion == ""
  #error dist\kienan-awards-version.ini is missing: build the program first (packaging\build_windows.cmd)
#endif
; Inno Setup's Vietnamese translation ("unofficial", kept by its translators in Inno Setup's
; sources, Files\Languages\Unofficial\Vietnamese.isl; the installer of Inno Setup does not
; carry it): packaging\build_windows.cmd downloads it at a pinned revision to build\inno\.
#define VietnameseMessages "..\..\build\inno\Vietnamese.isl"

[Setup]
AppId={{6E8B2C1A-4F0D-4B7E-9C55-3A1D2E7F9B40}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Kien An Awards
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoCompany=Kien An Awards
VersionInfoDescription={#AppName} Setup
VersionInfoCopyright=Kien An Awards authors, GPL-3.0-or-later
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1809: the oldest Windows the bundled Qt 6 runs on.
MinVersion=10.0.17763
; The command line's folder may be added to PATH (task addtopath).
ChangesEnvironment=yes
OutputDir=..\..\dist
OutputBaseFilename=kienan-awards-{#AppVersion}-setup
SetupIconFile=..\icons\kienan-awards.ico
UninstallDisplayIcon={app}\{#WindowExe}
UninstallDisplayName={#AppName}
#ifdef SIGNED
; build_windows.cmd defines the "signtool" command (iscc /S) when a certificate is given.
SignTool=signtool
SignedUninstaller=yes
#endif
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
; Vietnamese first: the language chosen when Windows speaks neither.
Name: "vietnamese"; MessagesFile: "{#VietnameseMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.EnglishShortcut=%1 (English)
vietnamese.EnglishShortcut=%1 (tiếng Anh)
english.CommandLineGroup=Command line:
vietnamese.CommandLineGroup=Dòng lệnh:
english.CommandLineOnPath=Add the command line (kienan-awards-cli) to &PATH
vietnamese.CommandLineOnPath=Thêm dòng lệnh (kienan-awards-cli) vào &PATH
english.CheckingProgram=Checking the installed program...
vietnamese.CheckingProgram=Đang kiểm tra chương trình vừa cài đặt...
english.SelfTestFailed=The installed program did not pass its self-test (exit code %1).%n%nIt may not start or print on this computer. To see what failed, open a command prompt and run:%n%n"%2" --self-test%n%nYour data has not been touched.
vietnamese.SelfTestFailed=Chương trình vừa cài đặt không vượt qua bước tự kiểm tra (mã thoát %1).%n%nChương trình có thể không chạy hoặc không in được trên máy này. Để xem lỗi, hãy mở cửa sổ dòng lệnh và chạy:%n%n"%2" --self-test%n%nDữ liệu của bạn không bị động đến.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "addtopath"; Description: "{cm:CommandLineOnPath}"; GroupDescription: "{cm:CommandLineGroup}"; Flags: unchecked

[InstallDelete]
; What an older version left in the program's folder goes before the new files are copied, so
; no module or Qt library it had and this one dropped is loaded by mistake. Only the program's
; folder: the database and the settings live elsewhere.
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\VERSION.ini"

[Files]
Source: "..\..\dist\kienan-awards\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#WindowExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:EnglishShortcut,{#AppName}}"; Filename: "{app}\{#WindowExe}"; Parameters: "--lang en"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#WindowExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; As the user who started Setup, not as the administrator it may have become: the program
; opens that user's own database.
Filename: "{app}\{#WindowExe}"; WorkingDir: "{app}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[Code]
{ PATH of this user (HKCU), or of the machine (HKLM) when installed for all users. }
function EnvironmentRoot: Integer;
begin
  if IsAdminInstallMode then
    Result := HKEY_LOCAL_MACHINE
  else
    Result := HKEY_CURRENT_USER;
end;

function EnvironmentKey: String;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

{ Path without any entry naming Folder (letter case and a final backslash aside). }
function PathWithout(Path, Folder: String): String;
var
  Rest, Entry: String;
  Separator: Integer;
begin
  Result := '';
  Rest := Path;
  while Rest <> '' do
  begin
    Separator := Pos(';', Rest);
    if Separator = 0 then
    begin
      Entry := Rest;
      Rest := '';
    end
    else
    begin
      Entry := Copy(Rest, 1, Separator - 1);
      Delete(Rest, 1, Separator);
    end;
    if (Entry <> '') and (CompareText(RemoveBackslash(Entry), RemoveBackslash(Folder)) <> 0) then
    begin
      if Result <> '' then
        Result := Result + ';';
      Result := Result + Entry;
    end;
  end;
end;

procedure SetOnPath(Folder: String; Wanted: Boolean);
var
  Path, Changed: String;
begin
  if not RegQueryStringValue(EnvironmentRoot, EnvironmentKey, 'Path', Path) then
    Path := '';
  Changed := PathWithout(Path, Folder);
  if Wanted then
  begin
    if Changed <> '' then
      Changed := Changed + ';';
    Changed := Changed + Folder;
  end;
  if Changed <> Path then
    RegWriteExpandStringValue(EnvironmentRoot, EnvironmentKey, 'Path', Changed);
end;

{ The installed program proves it starts, draws its window and prints to PDF, on a temporary
  database (kienan-awards-cli --self-test); the clerk hears at once when it cannot. }
procedure CheckInstalledProgram;
var
  CommandLine, Explanation: String;
  ResultCode: Integer;
begin
  CommandLine := ExpandConstant('{app}\{#CommandLineExe}');
  WizardForm.StatusLabel.Caption := CustomMessage('CheckingProgram');
  if not Exec(CommandLine, '--self-test', ExpandConstant('{app}'), SW_HIDE, ewWaitUntilTerminated, ResultCode) then
    Log(Format('The self-test could not be started: %s', [SysErrorMessage(ResultCode)]))
  else
    Log(Format('The self-test ended with exit code %d', [ResultCode]));
  if ResultCode <> 0 then
  begin
    Explanation := FmtMessage(CustomMessage('SelfTestFailed'), [IntToStr(ResultCode), CommandLine]);
    SuppressibleMsgBox(Explanation, mbError, MB_OK, IDOK);
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    SetOnPath(ExpandConstant('{app}'), WizardIsTaskSelected('addtopath'));
    CheckInstalledProgram;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    SetOnPath(ExpandConstant('{app}'), False);
end;
