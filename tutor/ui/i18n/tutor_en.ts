<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <location filename="../screens/home.py" line="156" />
        <location filename="../screens/home.py" line="157" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="158" />
        <source>Đổi người học</source>
        <translation>Switch learner</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="159" />
        <source>Đổi người học, trở về màn hình chọn tên</source>
        <translation>Switch learner, back to the list of names</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="160" />
        <source>Tìm bài học, ví dụ: lừa đảo, viết đơn</source>
        <translation>Search lessons, for example: scam, letter</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="161" />
        <location filename="../screens/home.py" line="163" />
        <source>Tìm bài học</source>
        <translation>Search lessons</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="162" />
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="184" />
        <location filename="../screens/home.py" line="191" />
        <source>Chào %s!</source>
        <translation>Hello, %s!</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="204" />
        <source>Huy hiệu: %s</source>
        <translation>Badges: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="208" />
        <source>Tiếp tục bài đang học: %s</source>
        <translation>Continue: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="210" />
        <source>Bạn đã học hết các bài đang mở. Giỏi lắm!</source>
        <translation>You have finished every open lesson. Well done!</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="214" />
        <source>Ôn tập hôm nay (%d câu)</source>
        <translation>Today’s review (%d questions)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="216" />
        <source>Hôm nay chưa có câu cần ôn</source>
        <translation>Nothing to review today</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="219" />
        <source>Giấy chứng nhận của tôi (%d)</source>
        <translation>My certificates (%d)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="226" />
        <source>Máy này chưa có gói bài học nào. Hãy nhờ thầy cô hoặc cán bộ xã cài gói bài học.</source>
        <translation>No lesson pack is installed on this computer yet. Ask your teacher or the commune staff to install one.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="229" />
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
        <location filename="../screens/lesson.py" line="93" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="94" />
        <source>Quay lại trang trước</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="95" />
        <source>Nội dung bài học</source>
        <translation>Lesson text</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="96" />
        <source>◀ Trước</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="97" />
        <source>Phần trước</source>
        <translation>Previous part</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="98" />
        <source>Tiếp ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="99" />
        <source>Phần tiếp theo</source>
        <translation>Next part</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="100" />
        <source>Nghe</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="101" />
        <source>Nghe đọc phần này</source>
        <translation>Listen to this part</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="103" />
        <source>Làm bài tập</source>
        <translation>Do the exercises</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="104" />
        <source>Làm bài tập của bài này</source>
        <translation>Do the exercises of this lesson</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="116" />
        <source>Dừng ghi âm</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="116" />
        <source>Ghi âm giọng đọc</source>
        <translation>Record narration</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="118" />
        <source>Dừng ghi âm và lưu</source>
        <translation>Stop recording and save</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="118" />
        <source>Ghi âm giọng thầy cô đọc phần này</source>
        <translation>Record the teacher reading this part</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="179" />
        <source>Cấp %d · khoảng %d phút</source>
        <translation>Level %d · about %d minutes</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="180" />
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
        <location filename="../mainwindow.py" line="104" />
        <location filename="../mainwindow.py" line="259" />
        <source>Gia sư Bình dân học AI</source>
        <translation>AI Tutor for Everyone (Bình dân học AI)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="279" />
        <source>Không mở được dữ liệu của ứng dụng. Hãy báo cho cán bộ kỹ thuật.</source>
        <translation>The app's data could not be opened. Please tell the technical staff.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="366" />
        <source>Bạn đã được tự đăng xuất vì lâu không dùng máy. Bấm vào hình của mình để học tiếp.</source>
        <translation>You were signed out because the computer was not used for a while. Tap your picture to continue.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="460" />
        <source>Hôm nay chưa có câu nào cần ôn. Hẹn bạn ngày mai!</source>
        <translation>Nothing to review today. See you tomorrow!</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="462" />
        <source>Ôn tập hôm nay</source>
        <translation>Today’s review</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="475" />
        <source>Bài kiểm tra cấp %d</source>
        <translation>Level %d test</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="504" />
        <source>Rất tốt! Bạn đã nắm được bài này.</source>
        <translation>Very good! You have got this lesson.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="505" />
        <source>Bạn làm lại thêm lần nữa nhé. Mỗi lần làm, bạn sẽ nhớ lâu hơn.</source>
        <translation>Try once more. Each time you will remember longer.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="507" />
        <source>Ôn xong rồi. Mai ta ôn tiếp nhé!</source>
        <translation>Review done. More tomorrow!</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="570" />
        <source>Không lưu được tệp PDF (ổ đĩa đầy hoặc không ghi được).</source>
        <translation>The PDF could not be saved (the disk is full or read-only).</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="609" />
        <source>Đang ghi âm… Đọc to phần này, xong thì bấm “Dừng ghi âm”.</source>
        <translation>Recording… Read this part aloud, then press “Stop recording”.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="625" />
        <source>Đã lưu giọng đọc. Từ nay máy này đọc phần này bằng giọng thầy cô.</source>
        <translation>Narration saved. This computer now reads this part in the teacher’s voice.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="655" />
        <source>Đang chuẩn bị…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="655" />
        <source>Tạm dừng</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="656" />
        <source>Nghe tiếp</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="656" />
        <source>Nghe</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="685" />
        <source>Gói bài học này đã có trên máy. Không có gì thay đổi.</source>
        <translation>This lesson pack is already installed. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="687" />
        <source>Đã cài gói bài học mới.</source>
        <translation>The new lesson pack is installed.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="695" />
        <source>Đang kiểm tra và cài gói bài học…</source>
        <translation>Checking and installing the lesson pack…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="709" />
        <source>Cài đặt hiển thị này chỉ dành cho %s.</source>
        <translation>These display settings are for %s only.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="712" />
        <source>Cài đặt hiển thị chung của máy này.</source>
        <translation>Display settings shared by everyone on this computer.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="713" />
        <source>Phiên bản %s. Dữ liệu lưu tại: %s</source>
        <translation>Version %s. Data is kept in: %s</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="785" />
        <source>Mã PIN chưa đúng. Bạn còn %d lần thử.</source>
        <translation>Wrong PIN. You have %d tries left.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="786" />
        <source>Mã PIN chưa đúng.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="789" />
        <source>Nhập sai quá nhiều lần. Hãy đợi %d phút rồi thử lại.</source>
        <translation>Too many wrong tries. Please wait %d minutes and try again.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="793" />
        <source>Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.</source>
        <translation>Something went wrong. Your data is safe.</translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="194" />
        <source>Với mỗi dòng bên trái, chọn ý hợp với nó.</source>
        <translation>For each line on the left, choose what matches it.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="205" />
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="208" />
        <source>Ý hợp với: %s</source>
        <translation>Match for: %s</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="218" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="219" />
        <source>Xong, gửi các cặp đã nối</source>
        <translation>Done, send these pairs</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="229" />
        <source>Hãy chọn cho đủ mọi dòng.</source>
        <translation>Please choose for every line.</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="81" />
        <source>Chọn tất cả các ý đúng, rồi bấm “Xong”.</source>
        <translation>Choose every correct answer, then press “Done”.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="93" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="94" />
        <source>Xong, gửi câu trả lời</source>
        <translation>Done, send the answer</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="139" />
        <source>Chọn một dòng rồi bấm “Lên” hoặc “Xuống” để xếp lại cho đúng thứ tự.</source>
        <translation>Pick a line, then press “Up” or “Down” to put them in the right order.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="146" />
        <source>Các bước cần sắp xếp</source>
        <translation>Steps to put in order</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="156" />
        <source>▲ Lên</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="157" />
        <source>Đưa dòng đang chọn lên trên</source>
        <translation>Move the chosen line up</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="160" />
        <source>▼ Xuống</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="161" />
        <source>Đưa dòng đang chọn xuống dưới</source>
        <translation>Move the chosen line down</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="164" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="165" />
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
    <name>QuizScreen</name>
    <message>
        <location filename="../screens/quiz.py" line="109" />
        <source>Dừng lại</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="110" />
        <source>Dừng làm bài, quay lại</source>
        <translation>Stop the exercise and go back</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="111" />
        <location filename="../screens/quiz.py" line="113" />
        <source>Nghe</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="112" />
        <source>Nghe đọc câu hỏi</source>
        <translation>Listen to the question</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="114" />
        <source>Nghe đọc lời giải thích</source>
        <translation>Listen to the explanation</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="135" />
        <source>Câu %d/%d</source>
        <translation>Question %d/%d</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="161" />
        <source>Đã ghi nhận câu trả lời.</source>
        <translation>Your answer is saved.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="164" />
        <source>Đúng rồi!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="164" />
        <source>Chưa đúng.</source>
        <translation>Not quite.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="177" />
        <source>Chưa lưu được câu trả lời.</source>
        <translation>The answer could not be saved.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="184" />
        <source>Thử lại</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="204" />
        <source>Xem kết quả</source>
        <translation>See the result</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="204" />
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
        <location filename="../screens/settings.py" line="104" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="105" />
        <source>Cỡ chữ:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="106" />
        <source>Nhỏ</source>
        <translation>Small</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="106" />
        <location filename="../screens/settings.py" line="116" />
        <source>Vừa</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="106" />
        <source>Lớn</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="106" />
        <source>Rất lớn</source>
        <translation>Very large</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="106" />
        <source>Lớn nhất</source>
        <translation>Largest</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="109" />
        <source>Cỡ chữ %s</source>
        <translation>Text size %s</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="110" />
        <source>Tương phản cao (nền đen, chữ sáng)</source>
        <translation>High contrast (black background, bright text)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="111" />
        <source>Tương phản cao</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="112" />
        <source>&amp;Ngôn ngữ:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="113" />
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="114" />
        <source>Tốc độ &amp;đọc:</source>
        <translation>Reading &amp;speed:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="115" />
        <source>Tốc độ đọc to</source>
        <translation>Read-aloud speed</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="116" />
        <source>Chậm</source>
        <translation>Slow</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="116" />
        <source>Nhanh</source>
        <translation>Fast</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="118" />
        <source>&amp;Giọng đọc:</source>
        <translation>&amp;Voice:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="119" />
        <source>Giọng đọc</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="120" />
        <source>Giọng miền Bắc</source>
        <translation>Northern voice</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="120" />
        <source>Giọng miền Trung</source>
        <translation>Central voice</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="121" />
        <source>Giọng miền Nam</source>
        <translation>Southern voice</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="123" />
        <source>&amp;Tự đăng xuất khi không dùng (cả máy):</source>
        <translation>&amp;Sign out when not in use (whole computer):</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="124" />
        <source>Cho phép thầy cô ghi âm giọng đọc bài (cả máy)</source>
        <translation>Let teachers record lesson narration (whole computer)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="125" />
        <source>Cho phép thầy cô ghi âm giọng đọc bài trên máy này</source>
        <translation>Let teachers record lesson narration on this computer</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="126" />
        <source>Tự đăng xuất khi không dùng</source>
        <translation>Sign out when not in use</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="130" />
        <source>Không bao giờ</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="130" />
        <location filename="../screens/settings.py" line="198" />
        <source>Sau %d phút</source>
        <translation>After %d minutes</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="134" />
        <source>Gói bài học</source>
        <translation>Lesson pack</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="137" />
        <source>Cài gói bài học mới từ USB…</source>
        <translation>Install a new lesson pack from USB…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="138" />
        <source>Cài gói bài học mới từ USB hoặc thư mục khác</source>
        <translation>Install a new lesson pack from a USB stick or another folder</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="139" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="140" />
        <source>Xong, quay lại</source>
        <translation>Done, go back</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="162" />
        <source>Chưa có gói bài học nào trên máy này.</source>
        <translation>No lesson pack is installed on this computer.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="164" />
        <source> (khoá thử nghiệm của nhóm phát triển)</source>
        <translation> (development test key)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="165" />
        <source>%s, phiên bản %s: %d bài học.
Người ký: %s. Mã khoá: %s.</source>
        <translation>%s, version %s: %d lessons.
Signed by: %s. Key id: %s.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="181" />
        <source>Chọn gói bài học</source>
        <translation>Choose a lesson pack</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="181" />
        <source>Gói bài học (*.bdpack);;Mọi tệp (*)</source>
        <translation>Lesson packs (*.bdpack);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ShortAnswerWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="243" />
        <source>Gõ câu trả lời (có dấu hay không dấu đều được)</source>
        <translation>Type the answer (accents are optional)</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="244" />
        <source>Câu trả lời của bạn</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="248" />
        <source>Trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="249" />
        <source>Gửi câu trả lời</source>
        <translation>Send the answer</translation>
    </message>
</context>
<context>
    <name>SpeechController</name>
    <message>
        <location filename="../speech.py" line="182" />
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
        <location filename="../widgets/questions.py" line="124" />
        <source>Đúng</source>
        <translation>True</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="125" />
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