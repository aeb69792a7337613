<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
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
        <location filename="../screens/home.py" line="156" />
        <location filename="../screens/home.py" line="157" />
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="158" />
        <source>Đổi người học</source>
        <translation>Đổi người học</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="159" />
        <source>Đổi người học, trở về màn hình chọn tên</source>
        <translation>Đổi người học, trở về màn hình chọn tên</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="160" />
        <source>Tìm bài học, ví dụ: lừa đảo, viết đơn</source>
        <translation>Tìm bài học, ví dụ: lừa đảo, viết đơn</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="161" />
        <location filename="../screens/home.py" line="163" />
        <source>Tìm bài học</source>
        <translation>Tìm bài học</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="162" />
        <source>Tìm</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="184" />
        <location filename="../screens/home.py" line="191" />
        <source>Chào %s!</source>
        <translation>Chào %s!</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="204" />
        <source>Huy hiệu: %s</source>
        <translation>Huy hiệu: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="208" />
        <source>Tiếp tục bài đang học: %s</source>
        <translation>Tiếp tục bài đang học: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="210" />
        <source>Bạn đã học hết các bài đang mở. Giỏi lắm!</source>
        <translation>Bạn đã học hết các bài đang mở. Giỏi lắm!</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="214" />
        <source>Ôn tập hôm nay (%d câu)</source>
        <translation>Ôn tập hôm nay (%d câu)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="216" />
        <source>Hôm nay chưa có câu cần ôn</source>
        <translation>Hôm nay chưa có câu cần ôn</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="219" />
        <source>Giấy chứng nhận của tôi (%d)</source>
        <translation>Giấy chứng nhận của tôi (%d)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="226" />
        <source>Máy này chưa có gói bài học nào. Hãy nhờ thầy cô hoặc cán bộ xã cài gói bài học.</source>
        <translation>Máy này chưa có gói bài học nào. Hãy nhờ thầy cô hoặc cán bộ xã cài gói bài học.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="229" />
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
        <location filename="../screens/lesson.py" line="93" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="94" />
        <source>Quay lại trang trước</source>
        <translation>Quay lại trang trước</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="95" />
        <source>Nội dung bài học</source>
        <translation>Nội dung bài học</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="96" />
        <source>◀ Trước</source>
        <translation>◀ Trước</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="97" />
        <source>Phần trước</source>
        <translation>Phần trước</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="98" />
        <source>Tiếp ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="99" />
        <source>Phần tiếp theo</source>
        <translation>Phần tiếp theo</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="100" />
        <source>Nghe</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="101" />
        <source>Nghe đọc phần này</source>
        <translation>Nghe đọc phần này</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="103" />
        <source>Làm bài tập</source>
        <translation>Làm bài tập</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="104" />
        <source>Làm bài tập của bài này</source>
        <translation>Làm bài tập của bài này</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="116" />
        <source>Dừng ghi âm</source>
        <translation>Dừng ghi âm</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="116" />
        <source>Ghi âm giọng đọc</source>
        <translation>Ghi âm giọng đọc</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="118" />
        <source>Dừng ghi âm và lưu</source>
        <translation>Dừng ghi âm và lưu</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="118" />
        <source>Ghi âm giọng thầy cô đọc phần này</source>
        <translation>Ghi âm giọng thầy cô đọc phần này</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="179" />
        <source>Cấp %d · khoảng %d phút</source>
        <translation>Cấp %d · khoảng %d phút</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="180" />
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
        <location filename="../mainwindow.py" line="104" />
        <location filename="../mainwindow.py" line="259" />
        <source>Gia sư Bình dân học AI</source>
        <translation>Gia sư Bình dân học AI</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="279" />
        <source>Không mở được dữ liệu của ứng dụng. Hãy báo cho cán bộ kỹ thuật.</source>
        <translation>Không mở được dữ liệu của ứng dụng. Hãy báo cho cán bộ kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="366" />
        <source>Bạn đã được tự đăng xuất vì lâu không dùng máy. Bấm vào hình của mình để học tiếp.</source>
        <translation>Bạn đã được tự đăng xuất vì lâu không dùng máy. Bấm vào hình của mình để học tiếp.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="460" />
        <source>Hôm nay chưa có câu nào cần ôn. Hẹn bạn ngày mai!</source>
        <translation>Hôm nay chưa có câu nào cần ôn. Hẹn bạn ngày mai!</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="462" />
        <source>Ôn tập hôm nay</source>
        <translation>Ôn tập hôm nay</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="475" />
        <source>Bài kiểm tra cấp %d</source>
        <translation>Bài kiểm tra cấp %d</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="504" />
        <source>Rất tốt! Bạn đã nắm được bài này.</source>
        <translation>Rất tốt! Bạn đã nắm được bài này.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="505" />
        <source>Bạn làm lại thêm lần nữa nhé. Mỗi lần làm, bạn sẽ nhớ lâu hơn.</source>
        <translation>Bạn làm lại thêm lần nữa nhé. Mỗi lần làm, bạn sẽ nhớ lâu hơn.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="507" />
        <source>Ôn xong rồi. Mai ta ôn tiếp nhé!</source>
        <translation>Ôn xong rồi. Mai ta ôn tiếp nhé!</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="570" />
        <source>Không lưu được tệp PDF (ổ đĩa đầy hoặc không ghi được).</source>
        <translation>Không lưu được tệp PDF (ổ đĩa đầy hoặc không ghi được).</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="609" />
        <source>Đang ghi âm… Đọc to phần này, xong thì bấm “Dừng ghi âm”.</source>
        <translation>Đang ghi âm… Đọc to phần này, xong thì bấm “Dừng ghi âm”.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="625" />
        <source>Đã lưu giọng đọc. Từ nay máy này đọc phần này bằng giọng thầy cô.</source>
        <translation>Đã lưu giọng đọc. Từ nay máy này đọc phần này bằng giọng thầy cô.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="655" />
        <source>Đang chuẩn bị…</source>
        <translation>Đang chuẩn bị…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="655" />
        <source>Tạm dừng</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="656" />
        <source>Nghe tiếp</source>
        <translation>Nghe tiếp</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="656" />
        <source>Nghe</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="685" />
        <source>Gói bài học này đã có trên máy. Không có gì thay đổi.</source>
        <translation>Gói bài học này đã có trên máy. Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="687" />
        <source>Đã cài gói bài học mới.</source>
        <translation>Đã cài gói bài học mới.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="695" />
        <source>Đang kiểm tra và cài gói bài học…</source>
        <translation>Đang kiểm tra và cài gói bài học…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="709" />
        <source>Cài đặt hiển thị này chỉ dành cho %s.</source>
        <translation>Cài đặt hiển thị này chỉ dành cho %s.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="712" />
        <source>Cài đặt hiển thị chung của máy này.</source>
        <translation>Cài đặt hiển thị chung của máy này.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="713" />
        <source>Phiên bản %s. Dữ liệu lưu tại: %s</source>
        <translation>Phiên bản %s. Dữ liệu lưu tại: %s</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="785" />
        <source>Mã PIN chưa đúng. Bạn còn %d lần thử.</source>
        <translation>Mã PIN chưa đúng. Bạn còn %d lần thử.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="786" />
        <source>Mã PIN chưa đúng.</source>
        <translation>Mã PIN chưa đúng.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="789" />
        <source>Nhập sai quá nhiều lần. Hãy đợi %d phút rồi thử lại.</source>
        <translation>Nhập sai quá nhiều lần. Hãy đợi %d phút rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="793" />
        <source>Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.</source>
        <translation>Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.</translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="194" />
        <source>Với mỗi dòng bên trái, chọn ý hợp với nó.</source>
        <translation>Với mỗi dòng bên trái, chọn ý hợp với nó.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="205" />
        <source>— chọn —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="208" />
        <source>Ý hợp với: %s</source>
        <translation>Ý hợp với: %s</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="218" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="219" />
        <source>Xong, gửi các cặp đã nối</source>
        <translation>Xong, gửi các cặp đã nối</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="229" />
        <source>Hãy chọn cho đủ mọi dòng.</source>
        <translation>Hãy chọn cho đủ mọi dòng.</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="81" />
        <source>Chọn tất cả các ý đúng, rồi bấm “Xong”.</source>
        <translation>Chọn tất cả các ý đúng, rồi bấm “Xong”.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="93" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="94" />
        <source>Xong, gửi câu trả lời</source>
        <translation>Xong, gửi câu trả lời</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="139" />
        <source>Chọn một dòng rồi bấm “Lên” hoặc “Xuống” để xếp lại cho đúng thứ tự.</source>
        <translation>Chọn một dòng rồi bấm “Lên” hoặc “Xuống” để xếp lại cho đúng thứ tự.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="146" />
        <source>Các bước cần sắp xếp</source>
        <translation>Các bước cần sắp xếp</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="156" />
        <source>▲ Lên</source>
        <translation>▲ Lên</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="157" />
        <source>Đưa dòng đang chọn lên trên</source>
        <translation>Đưa dòng đang chọn lên trên</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="160" />
        <source>▼ Xuống</source>
        <translation>▼ Xuống</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="161" />
        <source>Đưa dòng đang chọn xuống dưới</source>
        <translation>Đưa dòng đang chọn xuống dưới</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="164" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="165" />
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
    <name>QuizScreen</name>
    <message>
        <location filename="../screens/quiz.py" line="109" />
        <source>Dừng lại</source>
        <translation>Dừng lại</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="110" />
        <source>Dừng làm bài, quay lại</source>
        <translation>Dừng làm bài, quay lại</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="111" />
        <location filename="../screens/quiz.py" line="113" />
        <source>Nghe</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="112" />
        <source>Nghe đọc câu hỏi</source>
        <translation>Nghe đọc câu hỏi</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="114" />
        <source>Nghe đọc lời giải thích</source>
        <translation>Nghe đọc lời giải thích</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="135" />
        <source>Câu %d/%d</source>
        <translation>Câu %d/%d</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="161" />
        <source>Đã ghi nhận câu trả lời.</source>
        <translation>Đã ghi nhận câu trả lời.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="164" />
        <source>Đúng rồi!</source>
        <translation>Đúng rồi!</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="164" />
        <source>Chưa đúng.</source>
        <translation>Chưa đúng.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="177" />
        <source>Chưa lưu được câu trả lời.</source>
        <translation>Chưa lưu được câu trả lời.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="184" />
        <source>Thử lại</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="204" />
        <source>Xem kết quả</source>
        <translation>Xem kết quả</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="204" />
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
        <location filename="../screens/settings.py" line="104" />
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="105" />
        <source>Cỡ chữ:</source>
        <translation>Cỡ chữ:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="106" />
        <source>Nhỏ</source>
        <translation>Nhỏ</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="106" />
        <location filename="../screens/settings.py" line="116" />
        <source>Vừa</source>
        <translation>Vừa</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="106" />
        <source>Lớn</source>
        <translation>Lớn</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="106" />
        <source>Rất lớn</source>
        <translation>Rất lớn</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="106" />
        <source>Lớn nhất</source>
        <translation>Lớn nhất</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="109" />
        <source>Cỡ chữ %s</source>
        <translation>Cỡ chữ %s</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="110" />
        <source>Tương phản cao (nền đen, chữ sáng)</source>
        <translation>Tương phản cao (nền đen, chữ sáng)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="111" />
        <source>Tương phản cao</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="112" />
        <source>&amp;Ngôn ngữ:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="113" />
        <source>Ngôn ngữ</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="114" />
        <source>Tốc độ &amp;đọc:</source>
        <translation>Tốc độ &amp;đọc:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="115" />
        <source>Tốc độ đọc to</source>
        <translation>Tốc độ đọc to</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="116" />
        <source>Chậm</source>
        <translation>Chậm</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="116" />
        <source>Nhanh</source>
        <translation>Nhanh</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="118" />
        <source>&amp;Giọng đọc:</source>
        <translation>&amp;Giọng đọc:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="119" />
        <source>Giọng đọc</source>
        <translation>Giọng đọc</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="120" />
        <source>Giọng miền Bắc</source>
        <translation>Giọng miền Bắc</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="120" />
        <source>Giọng miền Trung</source>
        <translation>Giọng miền Trung</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="121" />
        <source>Giọng miền Nam</source>
        <translation>Giọng miền Nam</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="123" />
        <source>&amp;Tự đăng xuất khi không dùng (cả máy):</source>
        <translation>&amp;Tự đăng xuất khi không dùng (cả máy):</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="124" />
        <source>Cho phép thầy cô ghi âm giọng đọc bài (cả máy)</source>
        <translation>Cho phép thầy cô ghi âm giọng đọc bài (cả máy)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="125" />
        <source>Cho phép thầy cô ghi âm giọng đọc bài trên máy này</source>
        <translation>Cho phép thầy cô ghi âm giọng đọc bài trên máy này</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="126" />
        <source>Tự đăng xuất khi không dùng</source>
        <translation>Tự đăng xuất khi không dùng</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="130" />
        <source>Không bao giờ</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="130" />
        <location filename="../screens/settings.py" line="198" />
        <source>Sau %d phút</source>
        <translation>Sau %d phút</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="134" />
        <source>Gói bài học</source>
        <translation>Gói bài học</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="137" />
        <source>Cài gói bài học mới từ USB…</source>
        <translation>Cài gói bài học mới từ USB…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="138" />
        <source>Cài gói bài học mới từ USB hoặc thư mục khác</source>
        <translation>Cài gói bài học mới từ USB hoặc thư mục khác</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="139" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="140" />
        <source>Xong, quay lại</source>
        <translation>Xong, quay lại</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="162" />
        <source>Chưa có gói bài học nào trên máy này.</source>
        <translation>Chưa có gói bài học nào trên máy này.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="164" />
        <source> (khoá thử nghiệm của nhóm phát triển)</source>
        <translation> (khoá thử nghiệm của nhóm phát triển)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="165" />
        <source>%s, phiên bản %s: %d bài học.
Người ký: %s. Mã khoá: %s.</source>
        <translation>%s, phiên bản %s: %d bài học.
Người ký: %s. Mã khoá: %s.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="181" />
        <source>Chọn gói bài học</source>
        <translation>Chọn gói bài học</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="181" />
        <source>Gói bài học (*.bdpack);;Mọi tệp (*)</source>
        <translation>Gói bài học (*.bdpack);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>ShortAnswerWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="243" />
        <source>Gõ câu trả lời (có dấu hay không dấu đều được)</source>
        <translation>Gõ câu trả lời (có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="244" />
        <source>Câu trả lời của bạn</source>
        <translation>Câu trả lời của bạn</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="248" />
        <source>Trả lời</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="249" />
        <source>Gửi câu trả lời</source>
        <translation>Gửi câu trả lời</translation>
    </message>
</context>
<context>
    <name>SpeechController</name>
    <message>
        <location filename="../speech.py" line="182" />
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
        <location filename="../widgets/questions.py" line="124" />
        <source>Đúng</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="125" />
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