; Inno Setup script: the per-user Windows installer of Gia sư Bình dân học AI.
;
; Build on Windows after PyInstaller has made dist\tutor (installers\README.md):
;   "%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installers\windows\tutor.iss
; Output: dist\GiaSuBinhDanHocAI-Setup-<version>.exe
;
; Per-user: no administrator rights (commune PCs often have none), installs into
; %LOCALAPPDATA%\Programs. Learner data lives outside the program folder, in
; %LOCALAPPDATA%\BinhDanHocAI\gia-su-binh-dan-hoc-ai (tutor\paths.py: platformdirs'
; user_data_dir(APP_NAME, APP_AUTHOR, roaming=False)); the uninstaller keeps it unless
; the person ticks the box to delete it.
;
; UTF-8 text: Inno Setup 6.3 and later read it without a byte-order mark.

#if Ver < EncodeVer(6, 6, 0)
  #error Inno Setup 6.6 or newer is needed (Vietnamese wizard text, CreateCustomForm with a size)
#endif
#if !FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
  #error Languages\Vietnamese.isl is missing from Inno Setup: install Inno Setup 6.6 or newer
#endif

#ifndef AppVersion
  #define AppVersion "0.1.0"
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
vi.DataFormTitle=Dữ liệu học tập
vi.DataFormNote=Máy này còn dữ liệu học tập: tên học viên, bài đã học và kết quả.%n%nThư mục: %1%n%nDữ liệu được giữ lại để lần sau cài lại vẫn dùng tiếp, trừ khi bạn đánh dấu ô dưới đây.
vi.DataFormDelete=Xoá cả dữ liệu học tập (xoá rồi không lấy lại được)
vi.DataDeleteFailed=Không xoá được thư mục dữ liệu:%n%1%n%nBạn có thể tự xoá sau.
en.DesktopIcon=Create a desktop shortcut
en.LaunchApp=Open {#AppName} now
en.UninstallShortcut=Uninstall {#AppName}
en.DataFormTitle=Learner data
en.DataFormNote=This PC still holds learner data: learners' names, finished lessons and results.%n%nFolder: %1%n%nThe data is kept, so a later install carries on with it, unless you tick the box below.
en.DataFormDelete=Also delete the learner data (it cannot be recovered)
en.DataDeleteFailed=Could not delete the data folder:%n%1%n%nYou can delete it yourself later.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"

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

{ The box starts unticked and closing the window keeps the data: a slip of the
  Enter key must not wipe a class's work. }
function AskToDeleteLearnerData(const DataDir: String): Boolean;
var
  Form: TSetupForm;
  Note: TNewStaticText;
  DeleteBox: TNewCheckBox;
  OKButton: TNewButton;
begin
  Form := CreateCustomForm(ScaleX(460), ScaleY(190), False, True);
  try
    Form.Caption := CustomMessage('DataFormTitle');

    Note := TNewStaticText.Create(Form);
    Note.Parent := Form;
    Note.AutoSize := False;
    Note.WordWrap := True;
    Note.Left := ScaleX(12);
    Note.Top := ScaleY(12);
    Note.Width := Form.ClientWidth - ScaleX(24);
    Note.Caption := FmtMessage(CustomMessage('DataFormNote'), [DataDir]);
    Note.AdjustHeight();

    DeleteBox := TNewCheckBox.Create(Form);
    DeleteBox.Parent := Form;
    DeleteBox.Left := ScaleX(12);
    DeleteBox.Top := Note.Top + Note.Height + ScaleY(12);
    DeleteBox.Width := Form.ClientWidth - ScaleX(24);
    DeleteBox.Height := ScaleY(17);
    DeleteBox.Caption := CustomMessage('DataFormDelete');
    DeleteBox.Checked := False;

    OKButton := TNewButton.Create(Form);
    OKButton.Parent := Form;
    OKButton.Caption := SetupMessage(msgButtonOK);
    OKButton.Width := Form.CalculateButtonWidth([OKButton.Caption]);
    OKButton.Height := ScaleY(23);
    OKButton.Left := Form.ClientWidth - OKButton.Width - ScaleX(12);
    OKButton.Top := Form.ClientHeight - OKButton.Height - ScaleY(12);
    OKButton.ModalResult := mrOk;
    OKButton.Default := True;
    Form.ActiveControl := OKButton;

    Result := (Form.ShowModal() = mrOk) and DeleteBox.Checked;
  finally
    Form.Free();
  end;
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
