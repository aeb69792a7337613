<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AskScreen</name>
    <message>
        <location filename="../screens/ask.py" line="125" />
        <source>Hỏi gia sư</source>
        <translation>Ask the tutor</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="127" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="128" />
        <source>Quay lại trang trước</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="129" />
        <source>Hỏi điều bạn chưa rõ trong các bài học. Gõ có dấu hay không dấu đều được.</source>
        <translation>Ask about anything in the lessons you are not sure of. You can type with or without Vietnamese accent marks.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="130" />
        <source>Ví dụ: làm sao nhận biết cuộc gọi video giả?</source>
        <translation>Example: how can I spot a fake video call?</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="131" />
        <source>Câu hỏi của bạn</source>
        <translation>Your question</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="132" />
        <source>Hỏi</source>
        <translation>Ask</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="133" />
        <source>Gửi câu hỏi</source>
        <translation>Send question</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="134" />
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="135" />
        <source>Dừng câu trả lời</source>
        <translation>Stop the answer</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="136" />
        <location filename="../screens/ask.py" line="137" />
        <source>Câu trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="138" />
        <source>Các bài học có nói về điều này</source>
        <translation>Lessons that talk about this</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="166" />
        <source>Đang tìm trong các bài học…</source>
        <translation>Searching the lessons…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="188" />
        <source>Đang chờ AI xong việc trước…</source>
        <translation>Waiting for the AI to finish its last task…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="199" />
        <source>Đang mở mô hình AI…</source>
        <translation>Opening the AI model…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="227" />
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="245" />
        <source>AI đang đọc bài học…</source>
        <translation>The AI is reading the lessons…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="251" />
        <source>AI đang trả lời…</source>
        <translation>The AI is answering…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="265" />
        <source>AI chưa trả lời được. Đây là các đoạn bài học nói về điều này.</source>
        <translation>The AI could not answer yet. Here are the parts of the lessons about this.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="267" />
        <source>Đã dừng. Mở bài học bên dưới để đọc đầy đủ.</source>
        <translation>Stopped. Open a lesson below to read all of it.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="269" />
        <source>AI trả lời dựa vào bài học, nhưng AI có thể nhầm. Hãy mở bài học bên dưới để kiểm tra.</source>
        <translation>The AI answers from the lessons, but the AI can be wrong. Open a lesson below to check.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="299" />
        <source>Đọc thêm trong bài học (bấm để mở):</source>
        <translation>Read more in the lessons (click to open):</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../screens/result.py" line="93" />
        <source>Giấy chứng nhận của tôi</source>
        <translation>My certificates</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="94" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="95" />
        <source>Quay lại trang chính</source>
        <translation>Back to the home page</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="96" />
        <source>In lại giấy đã chọn</source>
        <translation>Print the chosen one again</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="97" />
        <source>In lại giấy chứng nhận đã chọn</source>
        <translation>Print the chosen certificate again</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="98" />
        <source>Danh sách giấy chứng nhận</source>
        <translation>List of certificates</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="106" />
        <source>Cấp %d: %s — ngày %s — số %s</source>
        <translation>Level %d: %s — %s — no. %s</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="118" />
        <source>Đã lưu giấy chứng nhận: %s</source>
        <translation>Certificate saved: %s</translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../screens/create_profile.py" line="84" />
        <source>Thêm người học mới</source>
        <translation>Add a new learner</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="85" />
        <source>&amp;Tên của bạn:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="86" />
        <source>Tên của bạn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="87" />
        <source>Ví dụ: Chị Hoa</source>
        <translation>For example: Hoa</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="88" />
        <source>Chọn một hình để dễ nhận ra mình:</source>
        <translation>Pick a picture so you can find yourself easily:</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="89" />
        <source>Đặt mã PIN 4 số (không bắt buộc)</source>
        <translation>Set a 4-digit PIN (optional)</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="90" />
        <source>Đặt mã PIN 4 số, không bắt buộc</source>
        <translation>Set a 4-digit PIN, optional</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="91" />
        <source>Mã PIN 4 số</source>
        <translation>4-digit PIN</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="92" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="93" />
        <source>Quay lại, không thêm</source>
        <translation>Back, do not add</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="94" />
        <location filename="../screens/create_profile.py" line="95" />
        <source>Lưu và vào học</source>
        <translation>Save and start learning</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="124" />
        <source>Hãy nhập tên của bạn.</source>
        <translation>Please type your name.</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="129" />
        <source>Hãy chọn một hình.</source>
        <translation>Please pick a picture.</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="136" />
        <source>Mã PIN phải có đúng 4 chữ số.</source>
        <translation>The PIN must have exactly 4 digits.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/home.py" line="160" />
        <location filename="../screens/home.py" line="161" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="162" />
        <source>Đổi người học</source>
        <translation>Switch learner</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="163" />
        <source>Đổi người học, trở về màn hình chọn tên</source>
        <translation>Switch learner, back to the list of names</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="164" />
        <source>Tìm bài học, ví dụ: lừa đảo, viết đơn</source>
        <translation>Search lessons, for example: scam, letter</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="165" />
        <location filename="../screens/home.py" line="167" />
        <source>Tìm bài học</source>
        <translation>Search lessons</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="166" />
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="168" />
        <source>Hỏi gia sư</source>
        <translation>Ask the tutor</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="169" />
        <source>Hỏi gia sư một câu, trả lời từ bài học</source>
        <translation>Ask the tutor a question, answered from the lessons</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="190" />
        <location filename="../screens/home.py" line="197" />
        <source>Chào %s!</source>
        <translation>Hello, %s!</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="210" />
        <source>Huy hiệu: %s</source>
        <translation>Badges: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="214" />
        <source>Tiếp tục bài đang học: %s</source>
        <translation>Continue: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="216" />
        <source>Bạn đã học hết các bài đang mở. Giỏi lắm!</source>
        <translation>You have finished every open lesson. Well done!</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="220" />
        <source>Ôn tập hôm nay (%d câu)</source>
        <translation>Today’s review (%d questions)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="222" />
        <source>Hôm nay chưa có câu cần ôn</source>
        <translation>Nothing to review today</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="225" />
        <source>Giấy chứng nhận của tôi (%d)</source>
        <translation>My certificates (%d)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="232" />
        <source>Máy này chưa có gói bài học nào. Hãy nhờ thầy cô hoặc cán bộ xã cài gói bài học.</source>
        <translation>No lesson pack is installed on this computer yet. Ask your teacher or the commune staff to install one.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="235" />
        <source>Năm cấp độ học:</source>
        <translation>The five levels:</translation>
    </message>
</context>
<context>
    <name>LearnerTile</name>
    <message>
        <location filename="../screens/start.py" line="41" />
        <source>(có mã PIN)</source>
        <translation>(has a PIN)</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="45" />
        <source>Hình %s. Có mã PIN.</source>
        <translation>Picture: %s. Has a PIN.</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="46" />
        <source>Hình %s.</source>
        <translation>Picture: %s.</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../screens/lesson.py" line="98" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="99" />
        <source>Quay lại trang trước</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="100" />
        <source>Nội dung bài học</source>
        <translation>Lesson text</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="101" />
        <source>◀ Trước</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="102" />
        <source>Phần trước</source>
        <translation>Previous part</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="103" />
        <source>Tiếp ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="104" />
        <source>Phần tiếp theo</source>
        <translation>Next part</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="105" />
        <source>Nghe</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="106" />
        <source>Nghe đọc phần này</source>
        <translation>Listen to this part</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="108" />
        <source>Thực hành với AI</source>
        <translation>Practice with AI</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="109" />
        <source>Thực hành viết câu lệnh cho AI với bài này</source>
        <translation>Practice writing prompts for the AI with this lesson</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="110" />
        <source>Làm bài tập</source>
        <translation>Do the exercises</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="111" />
        <source>Làm bài tập của bài này</source>
        <translation>Do the exercises of this lesson</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="123" />
        <source>Dừng ghi âm</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="123" />
        <source>Ghi âm giọng đọc</source>
        <translation>Record narration</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="125" />
        <source>Dừng ghi âm và lưu</source>
        <translation>Stop recording and save</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="125" />
        <source>Ghi âm giọng thầy cô đọc phần này</source>
        <translation>Record the teacher reading this part</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="186" />
        <source>Cấp %d · khoảng %d phút</source>
        <translation>Level %d · about %d minutes</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="187" />
        <source>Phần %d/%d</source>
        <translation>Part %d/%d</translation>
    </message>
</context>
<context>
    <name>LevelScreen</name>
    <message>
        <location filename="../screens/level.py" line="46" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="47" />
        <source>Quay lại trang chính</source>
        <translation>Back to the home page</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="48" />
        <source>Các bài học của cấp này</source>
        <translation>Lessons of this level</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="54" />
        <source>Cấp %d: %s</source>
        <translation>Level %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="66" />
        <source>    %s (%d phút)</source>
        <translation>    %s (%d minutes)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="122" />
        <location filename="../mainwindow.py" line="315" />
        <source>Gia sư Bình dân học AI</source>
        <translation>AI Tutor for Everyone (Bình dân học AI)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="335" />
        <source>Không mở được dữ liệu của ứng dụng. Hãy báo cho cán bộ kỹ thuật.</source>
        <translation>The app's data could not be opened. Please tell the technical staff.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="422" />
        <source>Bạn đã được tự đăng xuất vì lâu không dùng máy. Bấm vào hình của mình để học tiếp.</source>
        <translation>You were signed out because the computer was not used for a while. Tap your picture to continue.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="516" />
        <source>Hôm nay chưa có câu nào cần ôn. Hẹn bạn ngày mai!</source>
        <translation>Nothing to review today. See you tomorrow!</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="518" />
        <source>Ôn tập hôm nay</source>
        <translation>Today’s review</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="531" />
        <source>Bài kiểm tra cấp %d</source>
        <translation>Level %d test</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="562" />
        <source>Rất tốt! Bạn đã nắm được bài này.</source>
        <translation>Very good! You have got this lesson.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="563" />
        <source>Bạn làm lại thêm lần nữa nhé. Mỗi lần làm, bạn sẽ nhớ lâu hơn.</source>
        <translation>Try once more. Each time you will remember longer.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="565" />
        <source>Ôn xong rồi. Mai ta ôn tiếp nhé!</source>
        <translation>Review done. More tomorrow!</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="628" />
        <source>Không lưu được tệp PDF (ổ đĩa đầy hoặc không ghi được).</source>
        <translation>The PDF could not be saved (the disk is full or read-only).</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="741" />
        <source>Đang ghi âm… Đọc to phần này, xong thì bấm “Dừng ghi âm”.</source>
        <translation>Recording… Read this part aloud, then press “Stop recording”.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="757" />
        <source>Đã lưu giọng đọc. Từ nay máy này đọc phần này bằng giọng thầy cô.</source>
        <translation>Narration saved. This computer now reads this part in the teacher’s voice.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="787" />
        <source>Đang chuẩn bị…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="787" />
        <source>Tạm dừng</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="788" />
        <source>Nghe tiếp</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="788" />
        <source>Nghe</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="818" />
        <source>Gói bài học này đã có trên máy. Không có gì thay đổi.</source>
        <translation>This lesson pack is already installed. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="820" />
        <source>Đã cài gói bài học mới.</source>
        <translation>The new lesson pack is installed.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="828" />
        <source>Đang kiểm tra và cài gói bài học…</source>
        <translation>Checking and installing the lesson pack…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="842" />
        <source>Cài đặt hiển thị này chỉ dành cho %s.</source>
        <translation>These display settings are for %s only.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="845" />
        <source>Cài đặt hiển thị chung của máy này.</source>
        <translation>Display settings shared by everyone on this computer.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="846" />
        <source>Phiên bản %s. Dữ liệu lưu tại: %s</source>
        <translation>Version %s. Data is kept in: %s</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="918" />
        <source>Mã PIN chưa đúng. Bạn còn %d lần thử.</source>
        <translation>Wrong PIN. You have %d tries left.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="919" />
        <source>Mã PIN chưa đúng.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="922" />
        <source>Nhập sai quá nhiều lần. Hãy đợi %d phút rồi thử lại.</source>
        <translation>Too many wrong tries. Please wait %d minutes and try again.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="926" />
        <source>Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.</source>
        <translation>Something went wrong. Your data is safe.</translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="245" />
        <source>Với mỗi dòng bên trái, chọn ý hợp với nó.</source>
        <translation>For each line on the left, choose what matches it.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="256" />
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="259" />
        <source>Ý hợp với: %s</source>
        <translation>Match for: %s</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="269" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="270" />
        <source>Xong, gửi các cặp đã nối</source>
        <translation>Done, send these pairs</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="280" />
        <source>Hãy chọn cho đủ mọi dòng.</source>
        <translation>Please choose for every line.</translation>
    </message>
</context>
<context>
    <name>ModelsScreen</name>
    <message>
        <location filename="../screens/models.py" line="204" />
        <source>Quản lý mô hình AI</source>
        <translation>Manage AI models</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="206" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="207" />
        <source>Quay lại trang trước</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="208" />
        <source>Khởi động lại</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="209" />
        <source>Khởi động lại mô hình AI</source>
        <translation>Restart the AI model</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="210" />
        <source>Chọn mô hình khác</source>
        <translation>Choose another model</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="211" />
        <source>Chọn một mô hình AI khác trong danh sách</source>
        <translation>Choose another AI model from the list</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="212" />
        <source>Mô hình có trong máy</source>
        <translation>Models on this computer</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="213" />
        <source>Các mô hình AI có trong máy</source>
        <translation>AI models on this computer</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="214" />
        <source>Dùng mô hình này</source>
        <translation>Use this model</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="215" />
        <source>Dùng mô hình đang chọn</source>
        <translation>Use the selected model</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="216" />
        <source>Thêm mô hình từ USB</source>
        <translation>Add a model from USB</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="217" />
        <source>Tìm trong USB/thư mục khác…</source>
        <translation>Search a USB or other folder…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="218" />
        <source>Chọn USB hoặc thư mục để tìm mô hình AI</source>
        <translation>Choose a USB or folder to search for AI models</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="219" />
        <source>Các tệp mô hình tìm thấy</source>
        <translation>Model files found</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="220" />
        <source>Chép vào máy</source>
        <translation>Copy to computer</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="221" />
        <source>Chép mô hình đang chọn vào máy</source>
        <translation>Copy the selected model to this computer</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="222" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="223" />
        <source>Huỷ việc chép mô hình</source>
        <translation>Cancel copying the model</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="224" />
        <source>Tiến độ chép mô hình</source>
        <translation>Model copy progress</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="261" />
        <source>Đang xem các mô hình trong máy…</source>
        <translation>Checking the models on this computer…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="278" />
        <source>Không xem được các mô hình trong máy. Hãy thử lại.</source>
        <translation>Could not check the models on this computer. Please try again.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="306" />
        <source>Máy này chưa có mô hình AI nào. Các bài học vẫn dùng được. Hãy chép một mô hình từ USB ở phần dưới.</source>
        <translation>This computer has no AI model yet. The lessons still work. Copy a model from USB in the section below.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="309" />
        <source>Chưa dùng mô hình nào. Chọn một mô hình rồi bấm “Dùng mô hình này”.</source>
        <translation>No model in use yet. Choose a model, then click “Use this model”.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="324" />
        <source>%s — không dùng được
%s</source>
        <translation>%s — cannot be used
%s</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="329" />
        <source>%s — đang dùng</source>
        <translation>%s — in use</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="331" />
        <source>có sẵn trong phần mềm</source>
        <translation>comes with the app</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="332" />
        <source>đã chép vào máy</source>
        <translation>copied to this computer</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="334" />
        <source>có mẫu hội thoại</source>
        <translation>has a chat template</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="334" />
        <source>không có mẫu hội thoại</source>
        <translation>no chat template</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="335" />
        <source>Kiến trúc %s · %s · kiểu nén %s · ngữ cảnh %s · %s · %s</source>
        <translation>Architecture %s · %s · compression %s · context %s · %s · %s</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="338" />
        <source>Mức phù hợp: %s. %s</source>
        <translation>How well it fits: %s. %s</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="343" />
        <source>chạy tốt</source>
        <translation>runs well</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="345" />
        <source>chạy được nhưng chậm</source>
        <translation>runs, but slowly</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="347" />
        <source>quá lớn với máy này</source>
        <translation>too big for this computer</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="348" />
        <source>không chạy được</source>
        <translation>cannot run</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="353" />
        <source>Cho lớp học, nên dùng mô hình Qwen2.5-1.5B-Instruct bản Q4_K_M. Tệp nặng khoảng 1 GB, trả lời tiếng Việt tốt hơn mô hình nhỏ có sẵn. Hãy chép tệp vào USB ở nơi có mạng, cắm USB vào máy này rồi bấm “Tìm trong USB/thư mục khác…”.</source>
        <translation>For a class, we suggest the Qwen2.5-1.5B-Instruct model, Q4_K_M version. The file is about 1 GB and answers in Vietnamese better than the small built-in model. Copy the file to a USB where there is internet, plug the USB into this computer, then click “Search a USB or other folder…”.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="358" />
        <source>Máy này đủ bộ nhớ để chạy mô hình đó.</source>
        <translation>This computer has enough memory to run that model.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="360" />
        <source>Nhưng máy này còn ít bộ nhớ trống, nên:</source>
        <translation>But this computer has little free memory right now, so:</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="362" />
        <source>Máy này đang còn quá ít bộ nhớ trống (%s) để chạy AI. Hãy đóng bớt chương trình rồi mở lại trang này.</source>
        <translation>This computer has too little free memory right now (%s) to run the AI. Close some programs, then open this page again.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="364" />
        <source>Bộ nhớ (RAM) còn trống lúc này: %s.</source>
        <translation>Free memory (RAM) right now: %s.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="377" />
        <source>Đã chọn mô hình %s.</source>
        <translation>Model %s selected.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="383" />
        <source>Chọn USB hoặc thư mục có mô hình AI</source>
        <translation>Choose a USB or folder that has AI models</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="395" />
        <source>Đang tìm tệp mô hình trong %s…</source>
        <translation>Looking for model files in %s…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="406" />
        <source>Không thấy tệp mô hình (.gguf) nào ở đây.</source>
        <translation>No model files (.gguf) found here.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="418" />
        <source>Không đọc được thư mục này. Hãy kiểm tra USB rồi thử lại.</source>
        <translation>Could not read this folder. Check the USB and try again.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="432" />
        <source>Tìm thấy %d mô hình dùng được, %d tệp không dùng được.</source>
        <translation>Found %d usable models, %d files that cannot be used.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="447" />
        <source>Chưa biết chỗ lưu mô hình trong máy. Hãy mở lại phần mềm.</source>
        <translation>Don't know where to save models on this computer. Please reopen the app.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="457" />
        <source>Đang chép %s…</source>
        <translation>Copying %s…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="465" />
        <source>Đang huỷ…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="479" />
        <source>Đã chép xong. Mô hình %s đã có trong máy. Chọn nó ở danh sách trên rồi bấm “Dùng mô hình này”.</source>
        <translation>Copy finished. Model %s is now on this computer. Choose it in the list above, then click “Use this model”.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="492" />
        <source>Đã huỷ. Không có tệp nào bị chép dở trong máy.</source>
        <translation>Cancelled. No half-copied files were left on this computer.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="498" />
        <source>Chép mô hình không được. Hãy thử lại.</source>
        <translation>Could not copy the model. Please try again.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="522" />
        <source>Mô hình AI đã dừng bất ngờ.</source>
        <translation>The AI model stopped unexpectedly.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="530" />
        <source>Đang khởi động lại mô hình AI…</source>
        <translation>Restarting the AI model…</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="125" />
        <source>Chọn tất cả các ý đúng, rồi bấm “Xong”.</source>
        <translation>Choose every correct answer, then press “Done”.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="137" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="138" />
        <source>Xong, gửi câu trả lời</source>
        <translation>Done, send the answer</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="190" />
        <source>Chọn một dòng rồi bấm “Lên” hoặc “Xuống” để xếp lại cho đúng thứ tự.</source>
        <translation>Pick a line, then press “Up” or “Down” to put them in the right order.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="197" />
        <source>Các bước cần sắp xếp</source>
        <translation>Steps to put in order</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="207" />
        <source>▲ Lên</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="208" />
        <source>Đưa dòng đang chọn lên trên</source>
        <translation>Move the chosen line up</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="211" />
        <source>▼ Xuống</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="212" />
        <source>Đưa dòng đang chọn xuống dưới</source>
        <translation>Move the chosen line down</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="215" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="216" />
        <source>Xong, gửi thứ tự này</source>
        <translation>Done, send this order</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../widgets/pinpad.py" line="46" />
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="47" />
        <source>Xoá một số</source>
        <translation>Delete one digit</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="49" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="50" />
        <source>Xong, vào học</source>
        <translation>Done, start learning</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="53" />
        <source>Số %s</source>
        <translation>Digit %s</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="54" />
        <source>Bàn phím số để nhập mã PIN</source>
        <translation>Number pad for the PIN</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="81" />
        <source>Đã nhập %d trên 4 số</source>
        <translation>%d of 4 digits entered</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../screens/pin.py" line="44" />
        <source>Nhập mã PIN 4 số của bạn.</source>
        <translation>Enter your 4-digit PIN.</translation>
    </message>
    <message>
        <location filename="../screens/pin.py" line="45" />
        <source>Không phải tôi</source>
        <translation>Not me</translation>
    </message>
    <message>
        <location filename="../screens/pin.py" line="46" />
        <source>Không phải tôi, quay lại màn hình chọn người học</source>
        <translation>Not me, back to the list of learners</translation>
    </message>
    <message>
        <location filename="../screens/pin.py" line="49" />
        <source>Chào %s!</source>
        <translation>Hello, %s!</translation>
    </message>
</context>
<context>
    <name>PracticeScreen</name>
    <message>
        <location filename="../screens/practice.py" line="298" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="299" />
        <source>Rời phòng thực hành, quay lại bài học</source>
        <translation>Leave the practice room and go back to the lesson</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="300" />
        <source>Viết câu lệnh</source>
        <translation>Write a prompt</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="301" />
        <source>Tìm lỗi của AI</source>
        <translation>Find the AI's mistakes</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="302" />
        <source>Các phần thực hành</source>
        <translation>Practice parts</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="303" />
        <source>Tình huống</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="304" />
        <source>Tình huống của bài thực hành</source>
        <translation>The situation for this practice</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="305" />
        <location filename="../screens/practice.py" line="306" />
        <source>Tài liệu để dùng</source>
        <translation>Material to use</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="307" />
        <source>Gợi ý từng phần</source>
        <translation>Step-by-step hints</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="308" />
        <source>Gợi ý từng phần: viết câu lệnh theo từng ô</source>
        <translation>Step-by-step hints: write the prompt one box at a time</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="309" />
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="310" />
        <source>Dừng câu trả lời của AI</source>
        <translation>Stop the AI's answer</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="311" />
        <source>Thử lại</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="312" />
        <source>Sửa câu lệnh và thử lại</source>
        <translation>Edit the prompt and try again</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="313" />
        <location filename="../screens/practice.py" line="314" />
        <source>Câu trả lời của AI</source>
        <translation>The AI's answer</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="315" />
        <source>Nhận xét câu lệnh</source>
        <translation>Prompt feedback</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="316" />
        <location filename="../screens/practice.py" line="668" />
        <source>Kiểm tra câu trả lời của AI</source>
        <translation>Check the AI's answer</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="317" />
        <source>Các lần trước</source>
        <translation>Earlier tries</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="318" />
        <source>Nhận xét các lần trước</source>
        <translation>Feedback on earlier tries</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="320" />
        <source>Đây là một câu trả lời của AI. Trong đó có chỗ sai. Hãy chọn chữ ở chỗ sai: kéo chuột, hoặc giữ phím Shift và bấm phím mũi tên. Rồi bấm “Đánh dấu lỗi”. Đánh dấu xong thì bấm “Kiểm tra”.</source>
        <translation>Here is an answer from the AI. It has some mistakes. Select the words where it is wrong: drag the mouse, or hold the Shift key and press the arrow keys. Then click “Mark mistake”. When you are done marking, click “Check”.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="323" />
        <source>Câu trả lời của AI để tìm lỗi</source>
        <translation>AI answer to find mistakes in</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="324" />
        <source>Đánh dấu lỗi</source>
        <translation>Mark mistake</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="325" />
        <source>Đánh dấu chỗ đang chọn là lỗi</source>
        <translation>Mark the selected text as a mistake</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="326" />
        <source>Bỏ dấu</source>
        <translation>Unmark</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="327" />
        <source>Bỏ chỗ đánh dấu đang chọn trong danh sách</source>
        <translation>Remove the selected mark from the list</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="328" />
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="329" />
        <source>Kiểm tra các chỗ đã đánh dấu</source>
        <translation>Check the places you marked</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="330" />
        <source>Làm lại</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="331" />
        <source>Xoá các dấu và tìm lỗi lại</source>
        <translation>Clear the marks and look for mistakes again</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="332" />
        <location filename="../screens/practice.py" line="333" />
        <source>Các chỗ bạn đã đánh dấu</source>
        <translation>Places you marked</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="334" />
        <source>Kết quả tìm lỗi</source>
        <translation>Mistake-finding results</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="337" />
        <location filename="../screens/practice.py" line="399" />
        <source>Ví dụ: %s</source>
        <translation>Example: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="351" />
        <source>Phòng thực hành AI: %s</source>
        <translation>AI practice room: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="447" />
        <source>Câu lệnh ghép từ các ô trên (chỉ để xem)</source>
        <translation>Prompt made from the boxes above (view only)</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="449" />
        <source>Câu lệnh của bạn</source>
        <translation>Your prompt</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="461" />
        <source>AI đang bận trả lời việc khác. Hãy đợi một chút rồi bấm lại.</source>
        <translation>The AI is busy answering something else. Please wait a moment, then click again.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="481" />
        <source>Đang mở mô hình AI…</source>
        <translation>Opening the AI model…</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="487" />
        <source>Máy này chưa có mô hình AI, nên chưa có câu trả lời. Nhận xét câu lệnh ở ngay dưới đây.</source>
        <translation>This computer has no AI model yet, so there is no answer. Feedback on your prompt is just below.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="494" />
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="519" />
        <source>AI đang đọc câu lệnh…</source>
        <translation>The AI is reading the prompt…</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="525" />
        <source>AI đang trả lời…</source>
        <translation>The AI is answering…</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="540" />
        <source>Đã dừng. Câu trả lời chưa xong nên chương trình không kiểm tra nó.</source>
        <translation>Stopped. The answer was not finished, so the app did not check it.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="542" />
        <source>AI không trả lời gì. Hãy bấm “Thử lại”.</source>
        <translation>The AI gave no answer. Please click “Try again”.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="547" />
        <source>AI viết dài quá nên bị cắt bớt. Xem phần kiểm tra bên dưới.</source>
        <translation>The AI wrote too much, so it was cut short. See the check below.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="549" />
        <source>AI đã trả lời xong. Xem phần kiểm tra bên dưới.</source>
        <translation>The AI has finished answering. See the check below.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="609" />
        <source>Lần %d: %s — câu lệnh có %d/%d phần</source>
        <translation>Try %d: %s — prompt has %d/%d parts</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="613" />
        <source>AI đạt %d/%d điều kiện của bài.</source>
        <translation>The AI met %d/%d of the lesson's requirements.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="618" />
        <source>%d trên 3 sao</source>
        <translation>%d out of 3 stars</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="633" />
        <source>Câu lệnh: %s</source>
        <translation>Prompt: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="634" />
        <source>Câu lệnh được %d trên 3 sao</source>
        <translation>Prompt got %d out of 3 stars</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="648" />
        <source>Cẩn thận:</source>
        <translation>Be careful:</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="651" />
        <source>Đã có:</source>
        <translation>Already has:</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="653" />
        <source>Còn thiếu:</source>
        <translation>Still missing:</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="661" />
        <source>Bỏ qua</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="663" />
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="665" />
        <source>Chưa đạt</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="667" />
        <source>Câu trả lời của AI chỉ để bạn tập xem xét. Số sao tính theo câu lệnh của bạn.</source>
        <translation>The AI's answer is only for you to practice checking. Stars are based on your prompt.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="676" />
        <source>Gửi cho AI</source>
        <translation>Send to AI</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="679" />
        <source>Máy này chưa có mô hình AI. Bạn vẫn viết câu lệnh và được nhận xét như thường. Nhờ cán bộ chép mô hình từ USB để xem AI trả lời.</source>
        <translation>This computer has no AI model yet. You can still write prompts and get feedback as usual. Ask a staff member to copy a model from USB to see the AI's answers.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="681" />
        <source>Xem nhận xét</source>
        <translation>See feedback</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="710" />
        <source>Bạn chưa chọn chữ nào. Hãy chọn chỗ sai trước (kéo chuột, hoặc giữ Shift và bấm mũi tên).</source>
        <translation>You have not selected any words. First select the wrong part (drag the mouse, or hold Shift and press the arrow keys).</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="733" />
        <source>Bạn chưa đánh dấu chỗ nào. Hãy chọn chỗ sai rồi bấm “Đánh dấu lỗi”.</source>
        <translation>You have not marked anything. Select a wrong part, then click “Mark mistake”.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="765" />
        <source>Chỗ %d: “%s”</source>
        <translation>Place %d: “%s”</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="807" />
        <source>Kết quả: %s</source>
        <translation>Result: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="811" />
        <source>Bạn đã tìm đúng (tô xanh):</source>
        <translation>You found these correctly (green):</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="814" />
        <source>Bạn chưa tìm ra (tô cam):</source>
        <translation>You did not find these (orange):</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="817" />
        <source>Chỗ đánh dấu nhầm (tô đỏ):</source>
        <translation>Marked by mistake (red):</translation>
    </message>
</context>
<context>
    <name>QtVoiceRecorder</name>
    <message>
        <location filename="../recorder.py" line="38" />
        <source>Máy này không có micrô. Hãy cắm micrô rồi thử lại.</source>
        <translation>This computer has no microphone. Plug one in and try again.</translation>
    </message>
    <message>
        <location filename="../recorder.py" line="67" />
        <source>Không ghi âm được. Hãy thử lại.</source>
        <translation>Recording failed. Please try again.</translation>
    </message>
    <message>
        <location filename="../recorder.py" line="76" />
        <source>Không ghi âm được. Hãy kiểm tra micrô rồi thử lại.</source>
        <translation>Recording failed. Check the microphone and try again.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="61" />
        <source>Nghe ý: %s</source>
        <translation>Listen to: %s</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../screens/quiz.py" line="111" />
        <source>Dừng lại</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="112" />
        <source>Dừng làm bài, quay lại</source>
        <translation>Stop the exercise and go back</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="113" />
        <location filename="../screens/quiz.py" line="115" />
        <source>Nghe</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="114" />
        <source>Nghe đọc câu hỏi</source>
        <translation>Listen to the question</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="116" />
        <source>Nghe đọc lời giải thích</source>
        <translation>Listen to the explanation</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="140" />
        <source>Câu %d/%d</source>
        <translation>Question %d/%d</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="168" />
        <source>Đã ghi nhận câu trả lời.</source>
        <translation>Your answer is saved.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="171" />
        <source>Đúng rồi!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="171" />
        <source>Chưa đúng.</source>
        <translation>Not quite.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="186" />
        <source>Chưa lưu được câu trả lời.</source>
        <translation>The answer could not be saved.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="193" />
        <source>Thử lại</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="213" />
        <source>Xem kết quả</source>
        <translation>See the result</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="213" />
        <source>Câu tiếp ▶</source>
        <translation>Next question ▶</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../screens/result.py" line="50" />
        <location filename="../screens/result.py" line="51" />
        <source>Về trang chính</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="52" />
        <source>Làm lại</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="53" />
        <source>Làm lại lần nữa</source>
        <translation>Do it again</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="54" />
        <source>In giấy chứng nhận</source>
        <translation>Print the certificate</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="55" />
        <source>Tạo giấy chứng nhận để in</source>
        <translation>Make the certificate for printing</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="60" />
        <source>Đúng %d/%d câu</source>
        <translation>%d of %d right</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="71" />
        <source>Đã lưu giấy chứng nhận: %s</source>
        <translation>Certificate saved: %s</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../screens/search.py" line="55" />
        <location filename="../screens/search.py" line="61" />
        <source>Tìm bài học</source>
        <translation>Search lessons</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="56" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="57" />
        <source>Quay lại trang chính</source>
        <translation>Back to the home page</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="58" />
        <source>Gõ điều bạn muốn học, có dấu hay không dấu đều được</source>
        <translation>Type what you want to learn; accents are optional</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="59" />
        <source>Điều bạn muốn tìm</source>
        <translation>What you are looking for</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="60" />
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="62" />
        <source>Các bài học tìm được</source>
        <translation>Lessons found</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="78" />
        <source>Không tìm thấy bài nào. Hãy thử từ khác, ví dụ: “lừa đảo”, “viết đơn”.</source>
        <translation>No lesson found. Try other words, for example “lừa đảo” (scam) or “viết đơn” (letter).</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="80" />
        <source>Tìm thấy %d bài. Bấm vào một bài để mở.</source>
        <translation>Found %d lessons. Tap one to open it.</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="82" />
        <source>Cấp %d · %s</source>
        <translation>Level %d · %s</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="95" />
        <source>Đang tìm…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../screens/settings.py" line="111" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="112" />
        <source>Cỡ chữ:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="113" />
        <source>Nhỏ</source>
        <translation>Small</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="113" />
        <location filename="../screens/settings.py" line="123" />
        <source>Vừa</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="113" />
        <source>Lớn</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="113" />
        <source>Rất lớn</source>
        <translation>Very large</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="113" />
        <source>Lớn nhất</source>
        <translation>Largest</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="116" />
        <source>Cỡ chữ %s</source>
        <translation>Text size %s</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="117" />
        <source>Tương phản cao (nền đen, chữ sáng)</source>
        <translation>High contrast (black background, bright text)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="118" />
        <source>Tương phản cao</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="119" />
        <source>&amp;Ngôn ngữ:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="120" />
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="121" />
        <source>Tốc độ &amp;đọc:</source>
        <translation>Reading &amp;speed:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="122" />
        <source>Tốc độ đọc to</source>
        <translation>Read-aloud speed</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="123" />
        <source>Chậm</source>
        <translation>Slow</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="123" />
        <source>Nhanh</source>
        <translation>Fast</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="125" />
        <source>&amp;Giọng đọc:</source>
        <translation>&amp;Voice:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="126" />
        <source>Giọng đọc</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="127" />
        <source>Giọng miền Bắc</source>
        <translation>Northern voice</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="127" />
        <source>Giọng miền Trung</source>
        <translation>Central voice</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="128" />
        <source>Giọng miền Nam</source>
        <translation>Southern voice</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="130" />
        <source>&amp;Tự đăng xuất khi không dùng (cả máy):</source>
        <translation>&amp;Sign out when not in use (whole computer):</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="131" />
        <source>Cho phép thầy cô ghi âm giọng đọc bài (cả máy)</source>
        <translation>Let teachers record lesson narration (whole computer)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="132" />
        <source>Cho phép thầy cô ghi âm giọng đọc bài trên máy này</source>
        <translation>Let teachers record lesson narration on this computer</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="133" />
        <source>Tự đăng xuất khi không dùng</source>
        <translation>Sign out when not in use</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="137" />
        <source>Không bao giờ</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="137" />
        <location filename="../screens/settings.py" line="207" />
        <source>Sau %d phút</source>
        <translation>After %d minutes</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="141" />
        <source>Mô hình AI trên máy…</source>
        <translation>AI models on this computer…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="142" />
        <source>Xem, chép và chọn mô hình AI chạy trên máy này</source>
        <translation>View, copy and choose the AI models that run on this computer</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="143" />
        <source>Gói bài học</source>
        <translation>Lesson pack</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="146" />
        <source>Cài gói bài học mới từ USB…</source>
        <translation>Install a new lesson pack from USB…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="147" />
        <source>Cài gói bài học mới từ USB hoặc thư mục khác</source>
        <translation>Install a new lesson pack from a USB stick or another folder</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="148" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="149" />
        <source>Xong, quay lại</source>
        <translation>Done, go back</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="171" />
        <source>Chưa có gói bài học nào trên máy này.</source>
        <translation>No lesson pack is installed on this computer.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="173" />
        <source> (khoá thử nghiệm của nhóm phát triển)</source>
        <translation> (development test key)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="174" />
        <source>%s, phiên bản %s: %d bài học.
Người ký: %s. Mã khoá: %s.</source>
        <translation>%s, version %s: %d lessons.
Signed by: %s. Key id: %s.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="190" />
        <source>Chọn gói bài học</source>
        <translation>Choose a lesson pack</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="190" />
        <source>Gói bài học (*.bdpack);;Mọi tệp (*)</source>
        <translation>Lesson packs (*.bdpack);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ShortAnswerWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="294" />
        <source>Gõ câu trả lời (có dấu hay không dấu đều được)</source>
        <translation>Type the answer (accents are optional)</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="295" />
        <source>Câu trả lời của bạn</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="299" />
        <source>Trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="300" />
        <source>Gửi câu trả lời</source>
        <translation>Send the answer</translation>
    </message>
</context>
<context>
    <name>SpeechController</name>
    <message>
        <location filename="../speech.py" line="204" />
        <source>Không đọc được đoạn này. Bạn hãy đọc trên màn hình nhé.</source>
        <translation>This part cannot be read aloud. Please read it on the screen.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../screens/start.py" line="100" />
        <source>Ai đang học hôm nay?</source>
        <translation>Who is learning today?</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="104" />
        <source>Thêm người học</source>
        <translation>Add a learner</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="118" />
        <source>Đang mở dữ liệu…</source>
        <translation>Opening your data…</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="120" />
        <source>Bấm vào hình của bạn. Nếu chưa có, bấm “Thêm người học”.</source>
        <translation>Tap your picture. If you are not there yet, tap “Add a learner”.</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="102" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="103" />
        <source>Cài đặt của máy này</source>
        <translation>Settings of this computer</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="105" />
        <source>Thêm người học mới</source>
        <translation>Add a new learner</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="171" />
        <source>Đúng</source>
        <translation>True</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="172" />
        <source>Sai</source>
        <translation>False</translation>
    </message>
</context>
<context>
    <name>home</name>
    <message>
        <location filename="../screens/home.py" line="50" />
        <source>Cấp %d: %s</source>
        <translation>Level %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="55" />
        <source>Đã thuộc %d/%d bài</source>
        <translation>%d of %d lessons learnt</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="57" />
        <source> · Đã qua bài kiểm tra ✓</source>
        <translation> · Test passed ✓</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="59" />
        <source>Chưa mở. Hãy qua bài kiểm tra cấp %d trước.</source>
        <translation>Not open yet. Pass the level %d test first.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="65" />
        <source>Vào học cấp %d</source>
        <translation>Study level %d</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="66" />
        <source>Cấp %d chưa mở</source>
        <translation>Level %d is not open</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="72" />
        <source>Làm bài kiểm tra cấp %d</source>
        <translation>Take the level %d test</translation>
    </message>
</context>
</TS>