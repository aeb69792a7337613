<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AskScreen</name>
    <message>
        <location filename="../screens/ask.py" line="125" />
        <source>Hỏi gia sư</source>
        <translation>Hỏi gia sư</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="127" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="128" />
        <source>Quay lại trang trước</source>
        <translation>Quay lại trang trước</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="129" />
        <source>Hỏi điều bạn chưa rõ trong các bài học. Gõ có dấu hay không dấu đều được.</source>
        <translation>Hỏi điều bạn chưa rõ trong các bài học. Gõ có dấu hay không dấu đều được.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="130" />
        <source>Ví dụ: làm sao nhận biết cuộc gọi video giả?</source>
        <translation>Ví dụ: làm sao nhận biết cuộc gọi video giả?</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="131" />
        <source>Câu hỏi của bạn</source>
        <translation>Câu hỏi của bạn</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="132" />
        <source>Hỏi</source>
        <translation>Hỏi</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="133" />
        <source>Gửi câu hỏi</source>
        <translation>Gửi câu hỏi</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="134" />
        <source>Dừng</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="135" />
        <source>Dừng câu trả lời</source>
        <translation>Dừng câu trả lời</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="136" />
        <location filename="../screens/ask.py" line="137" />
        <source>Câu trả lời</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="138" />
        <source>Các bài học có nói về điều này</source>
        <translation>Các bài học có nói về điều này</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="166" />
        <source>Đang tìm trong các bài học…</source>
        <translation>Đang tìm trong các bài học…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="188" />
        <source>Đang chờ AI xong việc trước…</source>
        <translation>Đang chờ AI xong việc trước…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="199" />
        <source>Đang mở mô hình AI…</source>
        <translation>Đang mở mô hình AI…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="227" />
        <source>Đang dừng…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="245" />
        <source>AI đang đọc bài học…</source>
        <translation>AI đang đọc bài học…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="251" />
        <source>AI đang trả lời…</source>
        <translation>AI đang trả lời…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="265" />
        <source>AI chưa trả lời được. Đây là các đoạn bài học nói về điều này.</source>
        <translation>AI chưa trả lời được. Đây là các đoạn bài học nói về điều này.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="267" />
        <source>Đã dừng. Mở bài học bên dưới để đọc đầy đủ.</source>
        <translation>Đã dừng. Mở bài học bên dưới để đọc đầy đủ.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="269" />
        <source>AI trả lời dựa vào bài học, nhưng AI có thể nhầm. Hãy mở bài học bên dưới để kiểm tra.</source>
        <translation>AI trả lời dựa vào bài học, nhưng AI có thể nhầm. Hãy mở bài học bên dưới để kiểm tra.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="299" />
        <source>Đọc thêm trong bài học (bấm để mở):</source>
        <translation>Đọc thêm trong bài học (bấm để mở):</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../screens/result.py" line="93" />
        <source>Giấy chứng nhận của tôi</source>
        <translation>Giấy chứng nhận của tôi</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="94" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="95" />
        <source>Quay lại trang chính</source>
        <translation>Quay lại trang chính</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="96" />
        <source>In lại giấy đã chọn</source>
        <translation>In lại giấy đã chọn</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="97" />
        <source>In lại giấy chứng nhận đã chọn</source>
        <translation>In lại giấy chứng nhận đã chọn</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="98" />
        <source>Danh sách giấy chứng nhận</source>
        <translation>Danh sách giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="106" />
        <source>Cấp %d: %s — ngày %s — số %s</source>
        <translation>Cấp %d: %s — ngày %s — số %s</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="118" />
        <source>Đã lưu giấy chứng nhận: %s</source>
        <translation>Đã lưu giấy chứng nhận: %s</translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../screens/create_profile.py" line="84" />
        <source>Thêm người học mới</source>
        <translation>Thêm người học mới</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="85" />
        <source>&amp;Tên của bạn:</source>
        <translation>&amp;Tên của bạn:</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="86" />
        <source>Tên của bạn</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="87" />
        <source>Ví dụ: Chị Hoa</source>
        <translation>Ví dụ: Chị Hoa</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="88" />
        <source>Chọn một hình để dễ nhận ra mình:</source>
        <translation>Chọn một hình để dễ nhận ra mình:</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="89" />
        <source>Đặt mã PIN 4 số (không bắt buộc)</source>
        <translation>Đặt mã PIN 4 số (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="90" />
        <source>Đặt mã PIN 4 số, không bắt buộc</source>
        <translation>Đặt mã PIN 4 số, không bắt buộc</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="91" />
        <source>Mã PIN 4 số</source>
        <translation>Mã PIN 4 số</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="92" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="93" />
        <source>Quay lại, không thêm</source>
        <translation>Quay lại, không thêm</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="94" />
        <location filename="../screens/create_profile.py" line="95" />
        <source>Lưu và vào học</source>
        <translation>Lưu và vào học</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="124" />
        <source>Hãy nhập tên của bạn.</source>
        <translation>Hãy nhập tên của bạn.</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="129" />
        <source>Hãy chọn một hình.</source>
        <translation>Hãy chọn một hình.</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="136" />
        <source>Mã PIN phải có đúng 4 chữ số.</source>
        <translation>Mã PIN phải có đúng 4 chữ số.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/home.py" line="160" />
        <location filename="../screens/home.py" line="161" />
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="162" />
        <source>Đổi người học</source>
        <translation>Đổi người học</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="163" />
        <source>Đổi người học, trở về màn hình chọn tên</source>
        <translation>Đổi người học, trở về màn hình chọn tên</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="164" />
        <source>Tìm bài học, ví dụ: lừa đảo, viết đơn</source>
        <translation>Tìm bài học, ví dụ: lừa đảo, viết đơn</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="165" />
        <location filename="../screens/home.py" line="167" />
        <source>Tìm bài học</source>
        <translation>Tìm bài học</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="166" />
        <source>Tìm</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="168" />
        <source>Hỏi gia sư</source>
        <translation>Hỏi gia sư</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="169" />
        <source>Hỏi gia sư một câu, trả lời từ bài học</source>
        <translation>Hỏi gia sư một câu, trả lời từ bài học</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="190" />
        <location filename="../screens/home.py" line="197" />
        <source>Chào %s!</source>
        <translation>Chào %s!</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="210" />
        <source>Huy hiệu: %s</source>
        <translation>Huy hiệu: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="214" />
        <source>Tiếp tục bài đang học: %s</source>
        <translation>Tiếp tục bài đang học: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="216" />
        <source>Bạn đã học hết các bài đang mở. Giỏi lắm!</source>
        <translation>Bạn đã học hết các bài đang mở. Giỏi lắm!</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="220" />
        <source>Ôn tập hôm nay (%d câu)</source>
        <translation>Ôn tập hôm nay (%d câu)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="222" />
        <source>Hôm nay chưa có câu cần ôn</source>
        <translation>Hôm nay chưa có câu cần ôn</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="225" />
        <source>Giấy chứng nhận của tôi (%d)</source>
        <translation>Giấy chứng nhận của tôi (%d)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="232" />
        <source>Máy này chưa có gói bài học nào. Hãy nhờ thầy cô hoặc cán bộ xã cài gói bài học.</source>
        <translation>Máy này chưa có gói bài học nào. Hãy nhờ thầy cô hoặc cán bộ xã cài gói bài học.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="235" />
        <source>Năm cấp độ học:</source>
        <translation>Năm cấp độ học:</translation>
    </message>
</context>
<context>
    <name>LearnerTile</name>
    <message>
        <location filename="../screens/start.py" line="41" />
        <source>(có mã PIN)</source>
        <translation>(có mã PIN)</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="45" />
        <source>Hình %s. Có mã PIN.</source>
        <translation>Hình %s. Có mã PIN.</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="46" />
        <source>Hình %s.</source>
        <translation>Hình %s.</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../screens/lesson.py" line="98" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="99" />
        <source>Quay lại trang trước</source>
        <translation>Quay lại trang trước</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="100" />
        <source>Nội dung bài học</source>
        <translation>Nội dung bài học</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="101" />
        <source>◀ Trước</source>
        <translation>◀ Trước</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="102" />
        <source>Phần trước</source>
        <translation>Phần trước</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="103" />
        <source>Tiếp ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="104" />
        <source>Phần tiếp theo</source>
        <translation>Phần tiếp theo</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="105" />
        <source>Nghe</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="106" />
        <source>Nghe đọc phần này</source>
        <translation>Nghe đọc phần này</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="108" />
        <source>Thực hành với AI</source>
        <translation>Thực hành với AI</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="109" />
        <source>Thực hành viết câu lệnh cho AI với bài này</source>
        <translation>Thực hành viết câu lệnh cho AI với bài này</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="110" />
        <source>Làm bài tập</source>
        <translation>Làm bài tập</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="111" />
        <source>Làm bài tập của bài này</source>
        <translation>Làm bài tập của bài này</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="123" />
        <source>Dừng ghi âm</source>
        <translation>Dừng ghi âm</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="123" />
        <source>Ghi âm giọng đọc</source>
        <translation>Ghi âm giọng đọc</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="125" />
        <source>Dừng ghi âm và lưu</source>
        <translation>Dừng ghi âm và lưu</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="125" />
        <source>Ghi âm giọng thầy cô đọc phần này</source>
        <translation>Ghi âm giọng thầy cô đọc phần này</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="186" />
        <source>Cấp %d · khoảng %d phút</source>
        <translation>Cấp %d · khoảng %d phút</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="187" />
        <source>Phần %d/%d</source>
        <translation>Phần %d/%d</translation>
    </message>
</context>
<context>
    <name>LevelScreen</name>
    <message>
        <location filename="../screens/level.py" line="46" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="47" />
        <source>Quay lại trang chính</source>
        <translation>Quay lại trang chính</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="48" />
        <source>Các bài học của cấp này</source>
        <translation>Các bài học của cấp này</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="54" />
        <source>Cấp %d: %s</source>
        <translation>Cấp %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="66" />
        <source>    %s (%d phút)</source>
        <translation>    %s (%d phút)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="122" />
        <location filename="../mainwindow.py" line="315" />
        <source>Gia sư Bình dân học AI</source>
        <translation>Gia sư Bình dân học AI</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="335" />
        <source>Không mở được dữ liệu của ứng dụng. Hãy báo cho cán bộ kỹ thuật.</source>
        <translation>Không mở được dữ liệu của ứng dụng. Hãy báo cho cán bộ kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="422" />
        <source>Bạn đã được tự đăng xuất vì lâu không dùng máy. Bấm vào hình của mình để học tiếp.</source>
        <translation>Bạn đã được tự đăng xuất vì lâu không dùng máy. Bấm vào hình của mình để học tiếp.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="516" />
        <source>Hôm nay chưa có câu nào cần ôn. Hẹn bạn ngày mai!</source>
        <translation>Hôm nay chưa có câu nào cần ôn. Hẹn bạn ngày mai!</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="518" />
        <source>Ôn tập hôm nay</source>
        <translation>Ôn tập hôm nay</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="531" />
        <source>Bài kiểm tra cấp %d</source>
        <translation>Bài kiểm tra cấp %d</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="562" />
        <source>Rất tốt! Bạn đã nắm được bài này.</source>
        <translation>Rất tốt! Bạn đã nắm được bài này.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="563" />
        <source>Bạn làm lại thêm lần nữa nhé. Mỗi lần làm, bạn sẽ nhớ lâu hơn.</source>
        <translation>Bạn làm lại thêm lần nữa nhé. Mỗi lần làm, bạn sẽ nhớ lâu hơn.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="565" />
        <source>Ôn xong rồi. Mai ta ôn tiếp nhé!</source>
        <translation>Ôn xong rồi. Mai ta ôn tiếp nhé!</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="628" />
        <source>Không lưu được tệp PDF (ổ đĩa đầy hoặc không ghi được).</source>
        <translation>Không lưu được tệp PDF (ổ đĩa đầy hoặc không ghi được).</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="741" />
        <source>Đang ghi âm… Đọc to phần này, xong thì bấm “Dừng ghi âm”.</source>
        <translation>Đang ghi âm… Đọc to phần này, xong thì bấm “Dừng ghi âm”.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="757" />
        <source>Đã lưu giọng đọc. Từ nay máy này đọc phần này bằng giọng thầy cô.</source>
        <translation>Đã lưu giọng đọc. Từ nay máy này đọc phần này bằng giọng thầy cô.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="787" />
        <source>Đang chuẩn bị…</source>
        <translation>Đang chuẩn bị…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="787" />
        <source>Tạm dừng</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="788" />
        <source>Nghe tiếp</source>
        <translation>Nghe tiếp</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="788" />
        <source>Nghe</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="818" />
        <source>Gói bài học này đã có trên máy. Không có gì thay đổi.</source>
        <translation>Gói bài học này đã có trên máy. Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="820" />
        <source>Đã cài gói bài học mới.</source>
        <translation>Đã cài gói bài học mới.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="828" />
        <source>Đang kiểm tra và cài gói bài học…</source>
        <translation>Đang kiểm tra và cài gói bài học…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="842" />
        <source>Cài đặt hiển thị này chỉ dành cho %s.</source>
        <translation>Cài đặt hiển thị này chỉ dành cho %s.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="845" />
        <source>Cài đặt hiển thị chung của máy này.</source>
        <translation>Cài đặt hiển thị chung của máy này.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="846" />
        <source>Phiên bản %s. Dữ liệu lưu tại: %s</source>
        <translation>Phiên bản %s. Dữ liệu lưu tại: %s</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="918" />
        <source>Mã PIN chưa đúng. Bạn còn %d lần thử.</source>
        <translation>Mã PIN chưa đúng. Bạn còn %d lần thử.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="919" />
        <source>Mã PIN chưa đúng.</source>
        <translation>Mã PIN chưa đúng.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="922" />
        <source>Nhập sai quá nhiều lần. Hãy đợi %d phút rồi thử lại.</source>
        <translation>Nhập sai quá nhiều lần. Hãy đợi %d phút rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="926" />
        <source>Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.</source>
        <translation>Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.</translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="245" />
        <source>Với mỗi dòng bên trái, chọn ý hợp với nó.</source>
        <translation>Với mỗi dòng bên trái, chọn ý hợp với nó.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="256" />
        <source>— chọn —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="259" />
        <source>Ý hợp với: %s</source>
        <translation>Ý hợp với: %s</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="269" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="270" />
        <source>Xong, gửi các cặp đã nối</source>
        <translation>Xong, gửi các cặp đã nối</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="280" />
        <source>Hãy chọn cho đủ mọi dòng.</source>
        <translation>Hãy chọn cho đủ mọi dòng.</translation>
    </message>
</context>
<context>
    <name>ModelsScreen</name>
    <message>
        <location filename="../screens/models.py" line="204" />
        <source>Quản lý mô hình AI</source>
        <translation>Quản lý mô hình AI</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="206" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="207" />
        <source>Quay lại trang trước</source>
        <translation>Quay lại trang trước</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="208" />
        <source>Khởi động lại</source>
        <translation>Khởi động lại</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="209" />
        <source>Khởi động lại mô hình AI</source>
        <translation>Khởi động lại mô hình AI</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="210" />
        <source>Chọn mô hình khác</source>
        <translation>Chọn mô hình khác</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="211" />
        <source>Chọn một mô hình AI khác trong danh sách</source>
        <translation>Chọn một mô hình AI khác trong danh sách</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="212" />
        <source>Mô hình có trong máy</source>
        <translation>Mô hình có trong máy</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="213" />
        <source>Các mô hình AI có trong máy</source>
        <translation>Các mô hình AI có trong máy</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="214" />
        <source>Dùng mô hình này</source>
        <translation>Dùng mô hình này</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="215" />
        <source>Dùng mô hình đang chọn</source>
        <translation>Dùng mô hình đang chọn</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="216" />
        <source>Thêm mô hình từ USB</source>
        <translation>Thêm mô hình từ USB</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="217" />
        <source>Tìm trong USB/thư mục khác…</source>
        <translation>Tìm trong USB/thư mục khác…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="218" />
        <source>Chọn USB hoặc thư mục để tìm mô hình AI</source>
        <translation>Chọn USB hoặc thư mục để tìm mô hình AI</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="219" />
        <source>Các tệp mô hình tìm thấy</source>
        <translation>Các tệp mô hình tìm thấy</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="220" />
        <source>Chép vào máy</source>
        <translation>Chép vào máy</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="221" />
        <source>Chép mô hình đang chọn vào máy</source>
        <translation>Chép mô hình đang chọn vào máy</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="222" />
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="223" />
        <source>Huỷ việc chép mô hình</source>
        <translation>Huỷ việc chép mô hình</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="224" />
        <source>Tiến độ chép mô hình</source>
        <translation>Tiến độ chép mô hình</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="261" />
        <source>Đang xem các mô hình trong máy…</source>
        <translation>Đang xem các mô hình trong máy…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="278" />
        <source>Không xem được các mô hình trong máy. Hãy thử lại.</source>
        <translation>Không xem được các mô hình trong máy. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="306" />
        <source>Máy này chưa có mô hình AI nào. Các bài học vẫn dùng được. Hãy chép một mô hình từ USB ở phần dưới.</source>
        <translation>Máy này chưa có mô hình AI nào. Các bài học vẫn dùng được. Hãy chép một mô hình từ USB ở phần dưới.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="309" />
        <source>Chưa dùng mô hình nào. Chọn một mô hình rồi bấm “Dùng mô hình này”.</source>
        <translation>Chưa dùng mô hình nào. Chọn một mô hình rồi bấm “Dùng mô hình này”.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="324" />
        <source>%s — không dùng được
%s</source>
        <translation>%s — không dùng được
%s</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="329" />
        <source>%s — đang dùng</source>
        <translation>%s — đang dùng</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="331" />
        <source>có sẵn trong phần mềm</source>
        <translation>có sẵn trong phần mềm</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="332" />
        <source>đã chép vào máy</source>
        <translation>đã chép vào máy</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="334" />
        <source>có mẫu hội thoại</source>
        <translation>có mẫu hội thoại</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="334" />
        <source>không có mẫu hội thoại</source>
        <translation>không có mẫu hội thoại</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="335" />
        <source>Kiến trúc %s · %s · kiểu nén %s · ngữ cảnh %s · %s · %s</source>
        <translation>Kiến trúc %s · %s · kiểu nén %s · ngữ cảnh %s · %s · %s</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="338" />
        <source>Mức phù hợp: %s. %s</source>
        <translation>Mức phù hợp: %s. %s</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="343" />
        <source>chạy tốt</source>
        <translation>chạy tốt</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="345" />
        <source>chạy được nhưng chậm</source>
        <translation>chạy được nhưng chậm</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="347" />
        <source>quá lớn với máy này</source>
        <translation>quá lớn với máy này</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="348" />
        <source>không chạy được</source>
        <translation>không chạy được</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="353" />
        <source>Cho lớp học, nên dùng mô hình Qwen2.5-1.5B-Instruct bản Q4_K_M. Tệp nặng khoảng 1 GB, trả lời tiếng Việt tốt hơn mô hình nhỏ có sẵn. Hãy chép tệp vào USB ở nơi có mạng, cắm USB vào máy này rồi bấm “Tìm trong USB/thư mục khác…”.</source>
        <translation>Cho lớp học, nên dùng mô hình Qwen2.5-1.5B-Instruct bản Q4_K_M. Tệp nặng khoảng 1 GB, trả lời tiếng Việt tốt hơn mô hình nhỏ có sẵn. Hãy chép tệp vào USB ở nơi có mạng, cắm USB vào máy này rồi bấm “Tìm trong USB/thư mục khác…”.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="358" />
        <source>Máy này đủ bộ nhớ để chạy mô hình đó.</source>
        <translation>Máy này đủ bộ nhớ để chạy mô hình đó.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="360" />
        <source>Nhưng máy này còn ít bộ nhớ trống, nên:</source>
        <translation>Nhưng máy này còn ít bộ nhớ trống, nên:</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="362" />
        <source>Máy này đang còn quá ít bộ nhớ trống (%s) để chạy AI. Hãy đóng bớt chương trình rồi mở lại trang này.</source>
        <translation>Máy này đang còn quá ít bộ nhớ trống (%s) để chạy AI. Hãy đóng bớt chương trình rồi mở lại trang này.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="364" />
        <source>Bộ nhớ (RAM) còn trống lúc này: %s.</source>
        <translation>Bộ nhớ (RAM) còn trống lúc này: %s.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="377" />
        <source>Đã chọn mô hình %s.</source>
        <translation>Đã chọn mô hình %s.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="383" />
        <source>Chọn USB hoặc thư mục có mô hình AI</source>
        <translation>Chọn USB hoặc thư mục có mô hình AI</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="395" />
        <source>Đang tìm tệp mô hình trong %s…</source>
        <translation>Đang tìm tệp mô hình trong %s…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="406" />
        <source>Không thấy tệp mô hình (.gguf) nào ở đây.</source>
        <translation>Không thấy tệp mô hình (.gguf) nào ở đây.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="418" />
        <source>Không đọc được thư mục này. Hãy kiểm tra USB rồi thử lại.</source>
        <translation>Không đọc được thư mục này. Hãy kiểm tra USB rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="432" />
        <source>Tìm thấy %d mô hình dùng được, %d tệp không dùng được.</source>
        <translation>Tìm thấy %d mô hình dùng được, %d tệp không dùng được.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="447" />
        <source>Chưa biết chỗ lưu mô hình trong máy. Hãy mở lại phần mềm.</source>
        <translation>Chưa biết chỗ lưu mô hình trong máy. Hãy mở lại phần mềm.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="457" />
        <source>Đang chép %s…</source>
        <translation>Đang chép %s…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="465" />
        <source>Đang huỷ…</source>
        <translation>Đang huỷ…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="479" />
        <source>Đã chép xong. Mô hình %s đã có trong máy. Chọn nó ở danh sách trên rồi bấm “Dùng mô hình này”.</source>
        <translation>Đã chép xong. Mô hình %s đã có trong máy. Chọn nó ở danh sách trên rồi bấm “Dùng mô hình này”.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="492" />
        <source>Đã huỷ. Không có tệp nào bị chép dở trong máy.</source>
        <translation>Đã huỷ. Không có tệp nào bị chép dở trong máy.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="498" />
        <source>Chép mô hình không được. Hãy thử lại.</source>
        <translation>Chép mô hình không được. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="522" />
        <source>Mô hình AI đã dừng bất ngờ.</source>
        <translation>Mô hình AI đã dừng bất ngờ.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="530" />
        <source>Đang khởi động lại mô hình AI…</source>
        <translation>Đang khởi động lại mô hình AI…</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="125" />
        <source>Chọn tất cả các ý đúng, rồi bấm “Xong”.</source>
        <translation>Chọn tất cả các ý đúng, rồi bấm “Xong”.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="137" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="138" />
        <source>Xong, gửi câu trả lời</source>
        <translation>Xong, gửi câu trả lời</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="190" />
        <source>Chọn một dòng rồi bấm “Lên” hoặc “Xuống” để xếp lại cho đúng thứ tự.</source>
        <translation>Chọn một dòng rồi bấm “Lên” hoặc “Xuống” để xếp lại cho đúng thứ tự.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="197" />
        <source>Các bước cần sắp xếp</source>
        <translation>Các bước cần sắp xếp</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="207" />
        <source>▲ Lên</source>
        <translation>▲ Lên</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="208" />
        <source>Đưa dòng đang chọn lên trên</source>
        <translation>Đưa dòng đang chọn lên trên</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="211" />
        <source>▼ Xuống</source>
        <translation>▼ Xuống</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="212" />
        <source>Đưa dòng đang chọn xuống dưới</source>
        <translation>Đưa dòng đang chọn xuống dưới</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="215" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="216" />
        <source>Xong, gửi thứ tự này</source>
        <translation>Xong, gửi thứ tự này</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../widgets/pinpad.py" line="46" />
        <source>Xoá</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="47" />
        <source>Xoá một số</source>
        <translation>Xoá một số</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="49" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="50" />
        <source>Xong, vào học</source>
        <translation>Xong, vào học</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="53" />
        <source>Số %s</source>
        <translation>Số %s</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="54" />
        <source>Bàn phím số để nhập mã PIN</source>
        <translation>Bàn phím số để nhập mã PIN</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="81" />
        <source>Đã nhập %d trên 4 số</source>
        <translation>Đã nhập %d trên 4 số</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../screens/pin.py" line="44" />
        <source>Nhập mã PIN 4 số của bạn.</source>
        <translation>Nhập mã PIN 4 số của bạn.</translation>
    </message>
    <message>
        <location filename="../screens/pin.py" line="45" />
        <source>Không phải tôi</source>
        <translation>Không phải tôi</translation>
    </message>
    <message>
        <location filename="../screens/pin.py" line="46" />
        <source>Không phải tôi, quay lại màn hình chọn người học</source>
        <translation>Không phải tôi, quay lại màn hình chọn người học</translation>
    </message>
    <message>
        <location filename="../screens/pin.py" line="49" />
        <source>Chào %s!</source>
        <translation>Chào %s!</translation>
    </message>
</context>
<context>
    <name>PracticeScreen</name>
    <message>
        <location filename="../screens/practice.py" line="298" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="299" />
        <source>Rời phòng thực hành, quay lại bài học</source>
        <translation>Rời phòng thực hành, quay lại bài học</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="300" />
        <source>Viết câu lệnh</source>
        <translation>Viết câu lệnh</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="301" />
        <source>Tìm lỗi của AI</source>
        <translation>Tìm lỗi của AI</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="302" />
        <source>Các phần thực hành</source>
        <translation>Các phần thực hành</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="303" />
        <source>Tình huống</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="304" />
        <source>Tình huống của bài thực hành</source>
        <translation>Tình huống của bài thực hành</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="305" />
        <location filename="../screens/practice.py" line="306" />
        <source>Tài liệu để dùng</source>
        <translation>Tài liệu để dùng</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="307" />
        <source>Gợi ý từng phần</source>
        <translation>Gợi ý từng phần</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="308" />
        <source>Gợi ý từng phần: viết câu lệnh theo từng ô</source>
        <translation>Gợi ý từng phần: viết câu lệnh theo từng ô</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="309" />
        <source>Dừng</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="310" />
        <source>Dừng câu trả lời của AI</source>
        <translation>Dừng câu trả lời của AI</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="311" />
        <source>Thử lại</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="312" />
        <source>Sửa câu lệnh và thử lại</source>
        <translation>Sửa câu lệnh và thử lại</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="313" />
        <location filename="../screens/practice.py" line="314" />
        <source>Câu trả lời của AI</source>
        <translation>Câu trả lời của AI</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="315" />
        <source>Nhận xét câu lệnh</source>
        <translation>Nhận xét câu lệnh</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="316" />
        <location filename="../screens/practice.py" line="668" />
        <source>Kiểm tra câu trả lời của AI</source>
        <translation>Kiểm tra câu trả lời của AI</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="317" />
        <source>Các lần trước</source>
        <translation>Các lần trước</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="318" />
        <source>Nhận xét các lần trước</source>
        <translation>Nhận xét các lần trước</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="320" />
        <source>Đây là một câu trả lời của AI. Trong đó có chỗ sai. Hãy chọn chữ ở chỗ sai: kéo chuột, hoặc giữ phím Shift và bấm phím mũi tên. Rồi bấm “Đánh dấu lỗi”. Đánh dấu xong thì bấm “Kiểm tra”.</source>
        <translation>Đây là một câu trả lời của AI. Trong đó có chỗ sai. Hãy chọn chữ ở chỗ sai: kéo chuột, hoặc giữ phím Shift và bấm phím mũi tên. Rồi bấm “Đánh dấu lỗi”. Đánh dấu xong thì bấm “Kiểm tra”.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="323" />
        <source>Câu trả lời của AI để tìm lỗi</source>
        <translation>Câu trả lời của AI để tìm lỗi</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="324" />
        <source>Đánh dấu lỗi</source>
        <translation>Đánh dấu lỗi</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="325" />
        <source>Đánh dấu chỗ đang chọn là lỗi</source>
        <translation>Đánh dấu chỗ đang chọn là lỗi</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="326" />
        <source>Bỏ dấu</source>
        <translation>Bỏ dấu</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="327" />
        <source>Bỏ chỗ đánh dấu đang chọn trong danh sách</source>
        <translation>Bỏ chỗ đánh dấu đang chọn trong danh sách</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="328" />
        <source>Kiểm tra</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="329" />
        <source>Kiểm tra các chỗ đã đánh dấu</source>
        <translation>Kiểm tra các chỗ đã đánh dấu</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="330" />
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="331" />
        <source>Xoá các dấu và tìm lỗi lại</source>
        <translation>Xoá các dấu và tìm lỗi lại</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="332" />
        <location filename="../screens/practice.py" line="333" />
        <source>Các chỗ bạn đã đánh dấu</source>
        <translation>Các chỗ bạn đã đánh dấu</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="334" />
        <source>Kết quả tìm lỗi</source>
        <translation>Kết quả tìm lỗi</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="337" />
        <location filename="../screens/practice.py" line="399" />
        <source>Ví dụ: %s</source>
        <translation>Ví dụ: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="351" />
        <source>Phòng thực hành AI: %s</source>
        <translation>Phòng thực hành AI: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="447" />
        <source>Câu lệnh ghép từ các ô trên (chỉ để xem)</source>
        <translation>Câu lệnh ghép từ các ô trên (chỉ để xem)</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="449" />
        <source>Câu lệnh của bạn</source>
        <translation>Câu lệnh của bạn</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="461" />
        <source>AI đang bận trả lời việc khác. Hãy đợi một chút rồi bấm lại.</source>
        <translation>AI đang bận trả lời việc khác. Hãy đợi một chút rồi bấm lại.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="481" />
        <source>Đang mở mô hình AI…</source>
        <translation>Đang mở mô hình AI…</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="487" />
        <source>Máy này chưa có mô hình AI, nên chưa có câu trả lời. Nhận xét câu lệnh ở ngay dưới đây.</source>
        <translation>Máy này chưa có mô hình AI, nên chưa có câu trả lời. Nhận xét câu lệnh ở ngay dưới đây.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="494" />
        <source>Đang dừng…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="519" />
        <source>AI đang đọc câu lệnh…</source>
        <translation>AI đang đọc câu lệnh…</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="525" />
        <source>AI đang trả lời…</source>
        <translation>AI đang trả lời…</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="540" />
        <source>Đã dừng. Câu trả lời chưa xong nên chương trình không kiểm tra nó.</source>
        <translation>Đã dừng. Câu trả lời chưa xong nên chương trình không kiểm tra nó.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="542" />
        <source>AI không trả lời gì. Hãy bấm “Thử lại”.</source>
        <translation>AI không trả lời gì. Hãy bấm “Thử lại”.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="547" />
        <source>AI viết dài quá nên bị cắt bớt. Xem phần kiểm tra bên dưới.</source>
        <translation>AI viết dài quá nên bị cắt bớt. Xem phần kiểm tra bên dưới.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="549" />
        <source>AI đã trả lời xong. Xem phần kiểm tra bên dưới.</source>
        <translation>AI đã trả lời xong. Xem phần kiểm tra bên dưới.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="609" />
        <source>Lần %d: %s — câu lệnh có %d/%d phần</source>
        <translation>Lần %d: %s — câu lệnh có %d/%d phần</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="613" />
        <source>AI đạt %d/%d điều kiện của bài.</source>
        <translation>AI đạt %d/%d điều kiện của bài.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="618" />
        <source>%d trên 3 sao</source>
        <translation>%d trên 3 sao</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="633" />
        <source>Câu lệnh: %s</source>
        <translation>Câu lệnh: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="634" />
        <source>Câu lệnh được %d trên 3 sao</source>
        <translation>Câu lệnh được %d trên 3 sao</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="648" />
        <source>Cẩn thận:</source>
        <translation>Cẩn thận:</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="651" />
        <source>Đã có:</source>
        <translation>Đã có:</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="653" />
        <source>Còn thiếu:</source>
        <translation>Còn thiếu:</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="661" />
        <source>Bỏ qua</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="663" />
        <source>Đạt</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="665" />
        <source>Chưa đạt</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="667" />
        <source>Câu trả lời của AI chỉ để bạn tập xem xét. Số sao tính theo câu lệnh của bạn.</source>
        <translation>Câu trả lời của AI chỉ để bạn tập xem xét. Số sao tính theo câu lệnh của bạn.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="676" />
        <source>Gửi cho AI</source>
        <translation>Gửi cho AI</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="679" />
        <source>Máy này chưa có mô hình AI. Bạn vẫn viết câu lệnh và được nhận xét như thường. Nhờ cán bộ chép mô hình từ USB để xem AI trả lời.</source>
        <translation>Máy này chưa có mô hình AI. Bạn vẫn viết câu lệnh và được nhận xét như thường. Nhờ cán bộ chép mô hình từ USB để xem AI trả lời.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="681" />
        <source>Xem nhận xét</source>
        <translation>Xem nhận xét</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="710" />
        <source>Bạn chưa chọn chữ nào. Hãy chọn chỗ sai trước (kéo chuột, hoặc giữ Shift và bấm mũi tên).</source>
        <translation>Bạn chưa chọn chữ nào. Hãy chọn chỗ sai trước (kéo chuột, hoặc giữ Shift và bấm mũi tên).</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="733" />
        <source>Bạn chưa đánh dấu chỗ nào. Hãy chọn chỗ sai rồi bấm “Đánh dấu lỗi”.</source>
        <translation>Bạn chưa đánh dấu chỗ nào. Hãy chọn chỗ sai rồi bấm “Đánh dấu lỗi”.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="765" />
        <source>Chỗ %d: “%s”</source>
        <translation>Chỗ %d: “%s”</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="807" />
        <source>Kết quả: %s</source>
        <translation>Kết quả: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="811" />
        <source>Bạn đã tìm đúng (tô xanh):</source>
        <translation>Bạn đã tìm đúng (tô xanh):</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="814" />
        <source>Bạn chưa tìm ra (tô cam):</source>
        <translation>Bạn chưa tìm ra (tô cam):</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="817" />
        <source>Chỗ đánh dấu nhầm (tô đỏ):</source>
        <translation>Chỗ đánh dấu nhầm (tô đỏ):</translation>
    </message>
</context>
<context>
    <name>QtVoiceRecorder</name>
    <message>
        <location filename="../recorder.py" line="38" />
        <source>Máy này không có micrô. Hãy cắm micrô rồi thử lại.</source>
        <translation>Máy này không có micrô. Hãy cắm micrô rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../recorder.py" line="67" />
        <source>Không ghi âm được. Hãy thử lại.</source>
        <translation>Không ghi âm được. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../recorder.py" line="76" />
        <source>Không ghi âm được. Hãy kiểm tra micrô rồi thử lại.</source>
        <translation>Không ghi âm được. Hãy kiểm tra micrô rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="61" />
        <source>Nghe ý: %s</source>
        <translation>Nghe ý: %s</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../screens/quiz.py" line="111" />
        <source>Dừng lại</source>
        <translation>Dừng lại</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="112" />
        <source>Dừng làm bài, quay lại</source>
        <translation>Dừng làm bài, quay lại</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="113" />
        <location filename="../screens/quiz.py" line="115" />
        <source>Nghe</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="114" />
        <source>Nghe đọc câu hỏi</source>
        <translation>Nghe đọc câu hỏi</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="116" />
        <source>Nghe đọc lời giải thích</source>
        <translation>Nghe đọc lời giải thích</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="140" />
        <source>Câu %d/%d</source>
        <translation>Câu %d/%d</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="168" />
        <source>Đã ghi nhận câu trả lời.</source>
        <translation>Đã ghi nhận câu trả lời.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="171" />
        <source>Đúng rồi!</source>
        <translation>Đúng rồi!</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="171" />
        <source>Chưa đúng.</source>
        <translation>Chưa đúng.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="186" />
        <source>Chưa lưu được câu trả lời.</source>
        <translation>Chưa lưu được câu trả lời.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="193" />
        <source>Thử lại</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="213" />
        <source>Xem kết quả</source>
        <translation>Xem kết quả</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="213" />
        <source>Câu tiếp ▶</source>
        <translation>Câu tiếp ▶</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../screens/result.py" line="50" />
        <location filename="../screens/result.py" line="51" />
        <source>Về trang chính</source>
        <translation>Về trang chính</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="52" />
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="53" />
        <source>Làm lại lần nữa</source>
        <translation>Làm lại lần nữa</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="54" />
        <source>In giấy chứng nhận</source>
        <translation>In giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="55" />
        <source>Tạo giấy chứng nhận để in</source>
        <translation>Tạo giấy chứng nhận để in</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="60" />
        <source>Đúng %d/%d câu</source>
        <translation>Đúng %d/%d câu</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="71" />
        <source>Đã lưu giấy chứng nhận: %s</source>
        <translation>Đã lưu giấy chứng nhận: %s</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../screens/search.py" line="55" />
        <location filename="../screens/search.py" line="61" />
        <source>Tìm bài học</source>
        <translation>Tìm bài học</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="56" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="57" />
        <source>Quay lại trang chính</source>
        <translation>Quay lại trang chính</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="58" />
        <source>Gõ điều bạn muốn học, có dấu hay không dấu đều được</source>
        <translation>Gõ điều bạn muốn học, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="59" />
        <source>Điều bạn muốn tìm</source>
        <translation>Điều bạn muốn tìm</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="60" />
        <source>Tìm</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="62" />
        <source>Các bài học tìm được</source>
        <translation>Các bài học tìm được</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="78" />
        <source>Không tìm thấy bài nào. Hãy thử từ khác, ví dụ: “lừa đảo”, “viết đơn”.</source>
        <translation>Không tìm thấy bài nào. Hãy thử từ khác, ví dụ: “lừa đảo”, “viết đơn”.</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="80" />
        <source>Tìm thấy %d bài. Bấm vào một bài để mở.</source>
        <translation>Tìm thấy %d bài. Bấm vào một bài để mở.</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="82" />
        <source>Cấp %d · %s</source>
        <translation>Cấp %d · %s</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="95" />
        <source>Đang tìm…</source>
        <translation>Đang tìm…</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../screens/settings.py" line="111" />
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="112" />
        <source>Cỡ chữ:</source>
        <translation>Cỡ chữ:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="113" />
        <source>Nhỏ</source>
        <translation>Nhỏ</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="113" />
        <location filename="../screens/settings.py" line="123" />
        <source>Vừa</source>
        <translation>Vừa</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="113" />
        <source>Lớn</source>
        <translation>Lớn</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="113" />
        <source>Rất lớn</source>
        <translation>Rất lớn</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="113" />
        <source>Lớn nhất</source>
        <translation>Lớn nhất</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="116" />
        <source>Cỡ chữ %s</source>
        <translation>Cỡ chữ %s</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="117" />
        <source>Tương phản cao (nền đen, chữ sáng)</source>
        <translation>Tương phản cao (nền đen, chữ sáng)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="118" />
        <source>Tương phản cao</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="119" />
        <source>&amp;Ngôn ngữ:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="120" />
        <source>Ngôn ngữ</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="121" />
        <source>Tốc độ &amp;đọc:</source>
        <translation>Tốc độ &amp;đọc:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="122" />
        <source>Tốc độ đọc to</source>
        <translation>Tốc độ đọc to</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="123" />
        <source>Chậm</source>
        <translation>Chậm</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="123" />
        <source>Nhanh</source>
        <translation>Nhanh</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="125" />
        <source>&amp;Giọng đọc:</source>
        <translation>&amp;Giọng đọc:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="126" />
        <source>Giọng đọc</source>
        <translation>Giọng đọc</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="127" />
        <source>Giọng miền Bắc</source>
        <translation>Giọng miền Bắc</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="127" />
        <source>Giọng miền Trung</source>
        <translation>Giọng miền Trung</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="128" />
        <source>Giọng miền Nam</source>
        <translation>Giọng miền Nam</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="130" />
        <source>&amp;Tự đăng xuất khi không dùng (cả máy):</source>
        <translation>&amp;Tự đăng xuất khi không dùng (cả máy):</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="131" />
        <source>Cho phép thầy cô ghi âm giọng đọc bài (cả máy)</source>
        <translation>Cho phép thầy cô ghi âm giọng đọc bài (cả máy)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="132" />
        <source>Cho phép thầy cô ghi âm giọng đọc bài trên máy này</source>
        <translation>Cho phép thầy cô ghi âm giọng đọc bài trên máy này</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="133" />
        <source>Tự đăng xuất khi không dùng</source>
        <translation>Tự đăng xuất khi không dùng</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="137" />
        <source>Không bao giờ</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="137" />
        <location filename="../screens/settings.py" line="207" />
        <source>Sau %d phút</source>
        <translation>Sau %d phút</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="141" />
        <source>Mô hình AI trên máy…</source>
        <translation>Mô hình AI trên máy…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="142" />
        <source>Xem, chép và chọn mô hình AI chạy trên máy này</source>
        <translation>Xem, chép và chọn mô hình AI chạy trên máy này</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="143" />
        <source>Gói bài học</source>
        <translation>Gói bài học</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="146" />
        <source>Cài gói bài học mới từ USB…</source>
        <translation>Cài gói bài học mới từ USB…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="147" />
        <source>Cài gói bài học mới từ USB hoặc thư mục khác</source>
        <translation>Cài gói bài học mới từ USB hoặc thư mục khác</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="148" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="149" />
        <source>Xong, quay lại</source>
        <translation>Xong, quay lại</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="171" />
        <source>Chưa có gói bài học nào trên máy này.</source>
        <translation>Chưa có gói bài học nào trên máy này.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="173" />
        <source> (khoá thử nghiệm của nhóm phát triển)</source>
        <translation> (khoá thử nghiệm của nhóm phát triển)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="174" />
        <source>%s, phiên bản %s: %d bài học.
Người ký: %s. Mã khoá: %s.</source>
        <translation>%s, phiên bản %s: %d bài học.
Người ký: %s. Mã khoá: %s.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="190" />
        <source>Chọn gói bài học</source>
        <translation>Chọn gói bài học</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="190" />
        <source>Gói bài học (*.bdpack);;Mọi tệp (*)</source>
        <translation>Gói bài học (*.bdpack);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>ShortAnswerWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="294" />
        <source>Gõ câu trả lời (có dấu hay không dấu đều được)</source>
        <translation>Gõ câu trả lời (có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="295" />
        <source>Câu trả lời của bạn</source>
        <translation>Câu trả lời của bạn</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="299" />
        <source>Trả lời</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="300" />
        <source>Gửi câu trả lời</source>
        <translation>Gửi câu trả lời</translation>
    </message>
</context>
<context>
    <name>SpeechController</name>
    <message>
        <location filename="../speech.py" line="204" />
        <source>Không đọc được đoạn này. Bạn hãy đọc trên màn hình nhé.</source>
        <translation>Không đọc được đoạn này. Bạn hãy đọc trên màn hình nhé.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../screens/start.py" line="100" />
        <source>Ai đang học hôm nay?</source>
        <translation>Ai đang học hôm nay?</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="104" />
        <source>Thêm người học</source>
        <translation>Thêm người học</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="118" />
        <source>Đang mở dữ liệu…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="120" />
        <source>Bấm vào hình của bạn. Nếu chưa có, bấm “Thêm người học”.</source>
        <translation>Bấm vào hình của bạn. Nếu chưa có, bấm “Thêm người học”.</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="102" />
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="103" />
        <source>Cài đặt của máy này</source>
        <translation>Cài đặt của máy này</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="105" />
        <source>Thêm người học mới</source>
        <translation>Thêm người học mới</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="171" />
        <source>Đúng</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="172" />
        <source>Sai</source>
        <translation>Sai</translation>
    </message>
</context>
<context>
    <name>home</name>
    <message>
        <location filename="../screens/home.py" line="50" />
        <source>Cấp %d: %s</source>
        <translation>Cấp %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="55" />
        <source>Đã thuộc %d/%d bài</source>
        <translation>Đã thuộc %d/%d bài</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="57" />
        <source> · Đã qua bài kiểm tra ✓</source>
        <translation> · Đã qua bài kiểm tra ✓</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="59" />
        <source>Chưa mở. Hãy qua bài kiểm tra cấp %d trước.</source>
        <translation>Chưa mở. Hãy qua bài kiểm tra cấp %d trước.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="65" />
        <source>Vào học cấp %d</source>
        <translation>Vào học cấp %d</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="66" />
        <source>Cấp %d chưa mở</source>
        <translation>Cấp %d chưa mở</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="72" />
        <source>Làm bài kiểm tra cấp %d</source>
        <translation>Làm bài kiểm tra cấp %d</translation>
    </message>
</context>
</TS>