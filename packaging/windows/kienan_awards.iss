; Inno Setup script: installs the one-folder program built by PyInstaller
; (dist\kienan-awards, see packaging\build_windows.cmd) for the current user or for all users,
; with Start menu and optional desktop shortcuts. The program keeps its database, backups and
; logs in the user's %LOCALAPPDATA%\KienAnAwards, never in the program's folder, so an update
; or an uninstall leaves the register where it is.
#define AppName "Kien An Awards"
#define AppVersion ReadIni(SourcePath + "\..\..\dist\kienan-awards\VERSION.ini", "version", "value", "0.0.0")

[Setup]
AppId={{6E8B2C1A-4F0D-4B7E-9C55-3A1D2E7F9B40}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Kien An Awards
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=kienan-awards-{#AppVersion}-setup
SetupIconFile=..\icons\kienan-awards.ico
UninstallDisplayIcon={app}\kienan-awards.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\kienan-awards\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\kienan-awards.exe"
Name: "{group}\{#AppName} (English)"; Filename: "{app}\kienan-awards.exe"; Parameters: "--lang en"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\kienan-awards.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\kienan-awards.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the program..."
Filename: "{app}\kienan-awards.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
