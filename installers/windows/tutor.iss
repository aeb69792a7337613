; Inno Setup script: the per-user Windows installer of Gia sư Bình dân học AI.
;
; Build on Windows after PyInstaller has made dist\tutor (installers\README.md):
;   "%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installers\windows\tutor.iss
; /DAppVersion is required and must be tutor\__init__.py's __version__.
; Output: dist\GiaSuBinhDanHocAI-Setup-<version>.exe
;
; Per-user: no administrator rights (commune PCs often have none), installs into
; %LOCALAPPDATA%\Programs. Learner data lives outside the program folder, in
; %LOCALAPPDATA%\BinhDanHocAI\gia-su-binh-dan-hoc-ai (tutor\paths.py: platformdirs'
; user_data_dir(APP_NAME, APP_AUTHOR, roaming=False)); the uninstaller asks, and keeps it
; unless the person answers Yes.
;
; UTF-8 text: Inno Setup 6.3 and later read it without a byte-order mark.

; 6.5.0 is the oldest Inno Setup whose official Languages\Vietnamese.isl this script can
; use (that file is written for 6.5.0+); the rest needs less (x64compatible: 6.3).
#if Ver < EncodeVer(6, 5, 0)
  #error Inno Setup 6.5 or newer is needed (its Languages\Vietnamese.isl is the Vietnamese wizard text)
#endif
#if !FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
  #error Languages\Vietnamese.isl is missing from Inno Setup: install Inno Setup 6.5 or newer
#endif

; No default: a default would silently go stale and label a new build with an old version.
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=<tutor\__init__.py's __version__> installers\windows\tutor.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\tutor"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Gia sư Bình dân học AI"
#define AppExe "tutor.exe"
#define DataDir "{localappdata}\BinhDanHocAI\gia-su-binh-dan-hoc-ai"
; The app joins the bundled model's chunks into this file on first start
; (tutor\local_llm\bundled.py); it is a copy, not learner data.
#define JoinedModel DataDir + "\models\gemma-3-270m-q4_k_m.gguf"

[Setup]
; Keep AppId forever: upgrades and the uninstaller find the installed copy by it.
AppId={{6D3C1F52-8E4B-4C7A-9B1E-2F0A5C7D9E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Nhóm phát triển Gia sư Bình dân học AI
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\GiaSuBinhDanHocAI
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=GiaSuBinhDanHocAI-Setup-{#AppVersion}
; The model's use restrictions must bind everyone who receives it (Gemma Terms of
; Use, section 3.1): the licence page asks the person to accept them.
LicenseFile={#BundleDir}\licenses\GEMMA-NOTICE.txt
; Solid LZMA2 with the largest dictionary gives the smallest Setup.exe; the model
; (already dense) and Qt are most of it.
Compression=lzma2/max
SolidCompression=yes
LZMAUseSeparateProcess=yes
; PySide6 (Qt 6) and Python 3.11 need 64-bit Windows 10 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
; Vietnamese first whatever language Windows speaks (many commune PCs run an English
; Windows); the language dialog lets a teacher switch to English.
LanguageDetectionMethod=none
ShowLanguageDialog=yes
CloseApplications=yes
SetupIconFile=tutor.ico

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.DesktopIcon=Tạo biểu tượng trên màn hình
vi.LaunchApp=Mở {#AppName} ngay
vi.UninstallShortcut=Gỡ {#AppName}
; The buttons of this question are Windows' own: "Có"/"Không" on a Vietnamese Windows,
; "Yes"/"No" on an English one, so the Vietnamese text names both.
vi.DataAsk=Xoá cả dữ liệu học tập trong %1?%n%nXoá rồi thì không lấy lại được.%nChọn “Không” (No) để giữ lại kết quả học của mọi người. Nên giữ lại.
vi.DataDeleteFailed=Không xoá được thư mục dữ liệu:%n%1%n%nBạn có thể tự xoá sau.
en.DesktopIcon=Create a desktop shortcut
en.LaunchApp=Open {#AppName} now
en.UninstallShortcut=Uninstall {#AppName}
en.DataAsk=Also delete the learner data in %1?%n%nDeleted data cannot be recovered.%nChoose “No” to keep everyone's results. Keeping them is recommended.
en.DataDeleteFailed=Could not delete the data folder:%n%1%n%nYou can delete it yourself later.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"

[InstallDelete]
; An upgrade replaces the whole _internal folder instead of copying over it: files the
; old version had and this one lacks would stay otherwise (a stale ggml-cpu-*.dll is
; picked up by ggml's backend scan, an old *.dist-info confuses the version report).
; The learner data lives outside {app} and is not touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallShortcut}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The joined model (about 250 MB) is rebuilt from the program folder when the app is
; installed again; the learner data beside it is handled in [Code].
Type: files; Name: "{#JoinedModel}"

[Code]
var
  DeleteLearnerData: Boolean;

function LearnerDataDir(): String;
begin
  Result := ExpandConstant('{#DataDir}');
end;

{ No is the default button, so pressing Enter keeps the data: a slip must not wipe
  a class's work. }
function AskToDeleteLearnerData(const DataDir: String): Boolean;
begin
  Result := MsgBox(FmtMessage(CustomMessage('DataAsk'), [DataDir]),
                   mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  // Ask before the files go, delete after. A silent uninstall (an upgrade script,
  // an admin tool) never deletes learner data.
  if CurUninstallStep = usUninstall then
  begin
    DeleteLearnerData := False;
    if DirExists(LearnerDataDir()) and not UninstallSilent() then
      DeleteLearnerData := AskToDeleteLearnerData(LearnerDataDir());
  end;
  if (CurUninstallStep = usPostUninstall) and DeleteLearnerData then
  begin
    if DelTree(LearnerDataDir(), True, True, True) then
      RemoveDir(ExtractFileDir(LearnerDataDir()))  // BinhDanHocAI\, only if now empty
    else
      MsgBox(FmtMessage(CustomMessage('DataDeleteFailed'), [LearnerDataDir()]), mbError, MB_OK);
  end;
end;
