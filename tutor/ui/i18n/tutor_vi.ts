<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name />
    <message>
        <location filename="../screens/teacher/dialogs.py" line="52" />
        <source>Thêm điểm học</source>
        <translation>Thêm điểm học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="54" />
        <source>Máy này sẽ biết các máy tính của điểm học đó, để kiểm tra tệp USB nhận từ chúng. Mã đăng ký do cán bộ xã đưa.</source>
        <translation>Máy này sẽ biết các máy tính của điểm học đó, để kiểm tra tệp USB nhận từ chúng. Mã đăng ký do cán bộ xã đưa.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="60" />
        <source>Ví dụ: http://192.168.1.10:8765</source>
        <translation>Ví dụ: http://192.168.1.10:8765</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="61" />
        <source>Ví dụ: ABCD-EFGH-JKMN</source>
        <translation>Ví dụ: ABCD-EFGH-JKMN</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="62" />
        <source>Địa chỉ máy chủ:</source>
        <translation>Địa chỉ máy chủ:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="63" />
        <source>Mã đăng ký:</source>
        <translation>Mã đăng ký:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="70" />
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="71" />
        <location filename="../widgets/files.py" line="46" />
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="78" />
        <source>Địa chỉ máy chủ chưa đúng. Ví dụ: http://192.168.1.10:8765</source>
        <translation>Địa chỉ máy chủ chưa đúng. Ví dụ: http://192.168.1.10:8765</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="81" />
        <source>Mã đăng ký chỉ có chữ cái, chữ số và dấu gạch ngang.</source>
        <translation>Mã đăng ký chỉ có chữ cái, chữ số và dấu gạch ngang.</translation>
    </message>
    <message>
        <location filename="../widgets/files.py" line="43" />
        <source>Tìm trong:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location filename="../widgets/files.py" line="44" />
        <source>Tên tệp:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <location filename="../widgets/files.py" line="45" />
        <source>Loại tệp:</source>
        <translation>Loại tệp:</translation>
    </message>
</context>
<context>
    <name>AskScreen</name>
    <message>
        <location filename="../screens/ask.py" line="142" />
        <source>Hỏi gia sư</source>
        <translation>Hỏi gia sư</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="144" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="145" />
        <source>Quay lại trang trước</source>
        <translation>Quay lại trang trước</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="146" />
        <source>Hỏi điều bạn chưa rõ trong các bài học. Gõ có dấu hay không dấu đều được.</source>
        <translation>Hỏi điều bạn chưa rõ trong các bài học. Gõ có dấu hay không dấu đều được.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="147" />
        <source>Ví dụ: làm sao nhận biết cuộc gọi video giả?</source>
        <translation>Ví dụ: làm sao nhận biết cuộc gọi video giả?</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="148" />
        <source>Câu hỏi của bạn</source>
        <translation>Câu hỏi của bạn</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="149" />
        <source>Hỏi</source>
        <translation>Hỏi</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="150" />
        <source>Gửi câu hỏi</source>
        <translation>Gửi câu hỏi</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="151" />
        <source>Nghe</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="152" />
        <source>Nghe đọc câu trả lời</source>
        <translation>Nghe đọc câu trả lời</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="153" />
        <source>Dừng</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="154" />
        <source>Dừng câu trả lời</source>
        <translation>Dừng câu trả lời</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="155" />
        <location filename="../screens/ask.py" line="156" />
        <source>Câu trả lời</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="157" />
        <source>Các bài học có nói về điều này</source>
        <translation>Các bài học có nói về điều này</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="185" />
        <source>Đang tìm trong các bài học…</source>
        <translation>Đang tìm trong các bài học…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="207" />
        <source>Đang chờ AI xong việc trước…</source>
        <translation>Đang chờ AI xong việc trước…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="134" />
        <source>AI đang đọc bài học…</source>
        <translation>AI đang đọc bài học…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="253" />
        <source>AI chưa trả lời được. Đây là các đoạn bài học nói về điều này.</source>
        <translation>AI chưa trả lời được. Đây là các đoạn bài học nói về điều này.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="255" />
        <source>Đã dừng. Mở bài học bên dưới để đọc đầy đủ.</source>
        <translation>Đã dừng. Mở bài học bên dưới để đọc đầy đủ.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="257" />
        <source>AI trả lời dựa vào bài học, nhưng AI có thể nhầm. Hãy mở bài học bên dưới để kiểm tra.</source>
        <translation>AI trả lời dựa vào bài học, nhưng AI có thể nhầm. Hãy mở bài học bên dưới để kiểm tra.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="289" />
        <source>Đọc thêm trong bài học (bấm để mở):</source>
        <translation>Đọc thêm trong bài học (bấm để mở):</translation>
    </message>
</context>
<context>
    <name>AssignTab</name>
    <message>
        <location filename="../screens/teacher/assign.py" line="124" />
        <source>Giao bài học:</source>
        <translation>Giao bài học:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="125" />
        <source>Giao bài kiểm tra:</source>
        <translation>Giao bài kiểm tra:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="126" />
        <source>Chọn bài để giao, theo cấp và chủ đề</source>
        <translation>Chọn bài để giao, theo cấp và chủ đề</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="127" />
        <source>Chọn cấp của bài kiểm tra</source>
        <translation>Chọn cấp của bài kiểm tra</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="128" />
        <source>Có hạn hoàn thành:</source>
        <translation>Có hạn hoàn thành:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="129" />
        <source>Hạn hoàn thành (ngày/tháng/năm)</source>
        <translation>Hạn hoàn thành (ngày/tháng/năm)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="130" />
        <source>Giao cho cả lớp</source>
        <translation>Giao cho cả lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="131" />
        <source>Bài đã giao cho lớp:</source>
        <translation>Bài đã giao cho lớp:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="132" />
        <source>Bài đã giao cho lớp</source>
        <translation>Bài đã giao cho lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="133" />
        <source>Hiện cả bài đã huỷ</source>
        <translation>Hiện cả bài đã huỷ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="134" />
        <source>Huỷ bài đã chọn</source>
        <translation>Huỷ bài đã chọn</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="134" />
        <source>Huỷ bài giao đã chọn</source>
        <translation>Huỷ bài giao đã chọn</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="146" />
        <source>Cấp %d: %s</source>
        <translation>Cấp %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="167" />
        <source>Bài kiểm tra cấp %d: %s</source>
        <translation>Bài kiểm tra cấp %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="247" />
        <source>Chưa giao bài nào.</source>
        <translation>Chưa giao bài nào.</translation>
    </message>
</context>
<context>
    <name>AssignedPanel</name>
    <message>
        <location filename="../widgets/assigned.py" line="93" />
        <source>Bài được giao (%d bài chưa xong)</source>
        <translation>Bài được giao (%d bài chưa xong)</translation>
    </message>
    <message>
        <location filename="../widgets/assigned.py" line="94" />
        <source>Bài được giao: đã xong hết. Giỏi lắm!</source>
        <translation>Bài được giao: đã xong hết. Giỏi lắm!</translation>
    </message>
    <message>
        <location filename="../widgets/assigned.py" line="109" />
        <source>Xem tất cả (thêm %d bài)</source>
        <translation>Xem tất cả (thêm %d bài)</translation>
    </message>
    <message>
        <location filename="../widgets/assigned.py" line="111" />
        <source>Thu gọn</source>
        <translation>Thu gọn</translation>
    </message>
    <message>
        <location filename="../widgets/assigned.py" line="125" />
        <source>Hạn: %s</source>
        <translation>Hạn: %s</translation>
    </message>
    <message>
        <location filename="../widgets/assigned.py" line="127" />
        <source>Đã xong</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../widgets/assigned.py" line="129" />
        <source>Quá hạn</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../widgets/assigned.py" line="131" />
        <source>Chưa xong</source>
        <translation>Chưa xong</translation>
    </message>
</context>
<context>
    <name>AssignmentText</name>
    <message>
        <location filename="../screens/teacher/assign.py" line="24" />
        <source>Bài kiểm tra cấp %d</source>
        <translation>Bài kiểm tra cấp %d</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="27" />
        <source> và %d bài khác</source>
        <translation> và %d bài khác</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="28" />
        <source>%d bài: %s</source>
        <translation>%d bài: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="31" />
        <source>Hạn: %s</source>
        <translation>Hạn: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="32" />
        <source>giao lúc %s</source>
        <translation>giao lúc %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="35" />
        <source> (đã huỷ)</source>
        <translation> (đã huỷ)</translation>
    </message>
</context>
<context>
    <name>AvatarNames</name>
    <message>
        <location filename="../widgets/avatar.py" line="26" />
        <source>Mặt trời</source>
        <translation>Mặt trời</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="27" />
        <source>Mặt trăng</source>
        <translation>Mặt trăng</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="28" />
        <source>Ngôi sao</source>
        <translation>Ngôi sao</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="29" />
        <source>Bông hoa</source>
        <translation>Bông hoa</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="30" />
        <source>Chiếc lá</source>
        <translation>Chiếc lá</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="31" />
        <source>Cái cây</source>
        <translation>Cái cây</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="32" />
        <source>Bông lúa</source>
        <translation>Bông lúa</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="33" />
        <source>Con cá</source>
        <translation>Con cá</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="34" />
        <source>Con chim</source>
        <translation>Con chim</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="35" />
        <source>Ngôi nhà</source>
        <translation>Ngôi nhà</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="36" />
        <source>Ngọn núi</source>
        <translation>Ngọn núi</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="37" />
        <source>Trái tim</source>
        <translation>Trái tim</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="38" />
        <source>Giọt nước</source>
        <translation>Giọt nước</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="39" />
        <source>Cái chuông</source>
        <translation>Cái chuông</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="40" />
        <source>Con thuyền</source>
        <translation>Con thuyền</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="41" />
        <source>Chén trà</source>
        <translation>Chén trà</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../screens/result.py" line="95" />
        <source>Giấy chứng nhận của tôi</source>
        <translation>Giấy chứng nhận của tôi</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="96" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="97" />
        <source>Quay lại trang chính</source>
        <translation>Quay lại trang chính</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="98" />
        <source>In lại giấy đã chọn</source>
        <translation>In lại giấy đã chọn</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="99" />
        <source>In lại giấy chứng nhận đã chọn</source>
        <translation>In lại giấy chứng nhận đã chọn</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="100" />
        <source>Danh sách giấy chứng nhận</source>
        <translation>Danh sách giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="108" />
        <source>Cấp %d: %s — ngày %s — số %s</source>
        <translation>Cấp %d: %s — ngày %s — số %s</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="120" />
        <source>Đã lưu giấy chứng nhận: %s</source>
        <translation>Đã lưu giấy chứng nhận: %s</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <location filename="../screens/teacher/chart.py" line="43" />
        <source>Biểu đồ hoàn thành theo cấp</source>
        <translation>Biểu đồ hoàn thành theo cấp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/chart.py" line="51" />
        <source>Lớp đã đi được bao xa ở mỗi cấp (%)</source>
        <translation>Lớp đã đi được bao xa ở mỗi cấp (%)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/chart.py" line="55" />
        <source>Bài đã làm đạt</source>
        <translation>Bài đã làm đạt</translation>
    </message>
    <message>
        <location filename="../screens/teacher/chart.py" line="57" />
        <source>Đã qua bài kiểm tra cấp</source>
        <translation>Đã qua bài kiểm tra cấp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/chart.py" line="68" />
        <source>Cấp %d</source>
        <translation>Cấp %d</translation>
    </message>
    <message>
        <location filename="../screens/teacher/chart.py" line="89" />
        <source>Cấp %d: %s bài đã làm đạt; %d/%d người đã qua bài kiểm tra.</source>
        <translation>Cấp %d: %s bài đã làm đạt; %d/%d người đã qua bài kiểm tra.</translation>
    </message>
</context>
<context>
    <name>ClassActions</name>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="64" />
        <source>Hãy đánh dấu ít nhất một bài, hoặc chọn bài kiểm tra.</source>
        <translation>Hãy đánh dấu ít nhất một bài, hoặc chọn bài kiểm tra.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="68" />
        <source>Đã giao bài cho cả lớp. Người học sẽ thấy ở mục “Bài được giao”.</source>
        <translation>Đã giao bài cho cả lớp. Người học sẽ thấy ở mục “Bài được giao”.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="76" />
        <source>Huỷ bài đã giao</source>
        <translation>Huỷ bài đã giao</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="77" />
        <source>Huỷ bài đã giao này? Người học sẽ không còn thấy bài này trong mục “Bài được giao”.</source>
        <translation>Huỷ bài đã giao này? Người học sẽ không còn thấy bài này trong mục “Bài được giao”.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="78" />
        <source>Huỷ bài</source>
        <translation>Huỷ bài</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="78" />
        <location filename="../screens/teacher/class_actions.py" line="91" />
        <location filename="../screens/teacher/class_actions.py" line="189" />
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="81" />
        <source>Đã huỷ bài đã giao.</source>
        <translation>Đã huỷ bài đã giao.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="86" />
        <source>Đã thêm %d người vào lớp.</source>
        <translation>Đã thêm %d người vào lớp.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="89" />
        <location filename="../screens/teacher/class_actions.py" line="91" />
        <source>Bỏ khỏi lớp</source>
        <translation>Bỏ khỏi lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="90" />
        <source>Bỏ %d người đã chọn khỏi lớp? Bài đã học của họ vẫn được giữ.</source>
        <translation>Bỏ %d người đã chọn khỏi lớp? Bài đã học của họ vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="95" />
        <source>Đã bỏ %d người khỏi lớp.</source>
        <translation>Đã bỏ %d người khỏi lớp.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="100" />
        <source>Chọn tệp danh sách (CSV)</source>
        <translation>Chọn tệp danh sách (CSV)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="101" />
        <source>Tệp CSV (*.csv);;Mọi tệp (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="105" />
        <source>Không đọc được tệp này. Hãy kiểm tra USB.</source>
        <translation>Không đọc được tệp này. Hãy kiểm tra USB.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="116" />
        <source>Đã thêm %d người vào lớp. %d người đã có trong lớp.</source>
        <translation>Đã thêm %d người vào lớp. %d người đã có trong lớp.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="119" />
        <source>Các dòng bị bỏ qua:</source>
        <translation>Các dòng bị bỏ qua:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="130" />
        <source>Lưu danh sách lớp (CSV)</source>
        <translation>Lưu danh sách lớp (CSV)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="131" />
        <source>Tệp CSV (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="148" />
        <source>Gộp hai hồ sơ</source>
        <translation>Gộp hai hồ sơ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="149" />
        <source>Gộp hồ sơ “%s” vào hồ sơ “%s”?

Mọi bài đã học của “%s” sẽ tính cho “%s”. Hồ sơ “%s” sẽ không còn trên màn hình chọn người học. Không thể hoàn tác.</source>
        <translation>Gộp hồ sơ “%s” vào hồ sơ “%s”?

Mọi bài đã học của “%s” sẽ tính cho “%s”. Hồ sơ “%s” sẽ không còn trên màn hình chọn người học. Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="152" />
        <source>Gộp hồ sơ</source>
        <translation>Gộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="152" />
        <source>Không gộp</source>
        <translation>Không gộp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="155" />
        <source>Đã gộp hồ sơ “%s” vào “%s”.</source>
        <translation>Đã gộp hồ sơ “%s” vào “%s”.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="186" />
        <source>Mở khoá cấp</source>
        <translation>Mở khoá cấp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="187" />
        <source>Mở cấp %d cho %s mà không cần qua bài kiểm tra cấp trước? Việc này được ghi lại với tên của bạn.</source>
        <translation>Mở cấp %d cho %s mà không cần qua bài kiểm tra cấp trước? Việc này được ghi lại với tên của bạn.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="189" />
        <source>Mở khoá</source>
        <translation>Mở khoá</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="196" />
        <source>Đã mở cấp %d cho %s.</source>
        <translation>Đã mở cấp %d cho %s.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="215" />
        <source>Đã lưu nhóm của %s.</source>
        <translation>Đã lưu nhóm của %s.</translation>
    </message>
</context>
<context>
    <name>ClassGrid</name>
    <message>
        <location filename="../screens/teacher/grid.py" line="40" />
        <source>Đang học</source>
        <translation>Đang học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="42" />
        <source>Đạt bài tập</source>
        <translation>Đạt bài tập</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="44" />
        <source>Đã thuộc</source>
        <translation>Đã thuộc</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="45" />
        <source>Chưa học</source>
        <translation>Chưa học</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <location filename="../screens/teacher/class_page.py" line="93" />
        <source>Danh sách lớp</source>
        <translation>Danh sách lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="93" />
        <source>Quay lại danh sách lớp</source>
        <translation>Quay lại danh sách lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="94" />
        <source>Cập nhật</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="94" />
        <source>Đọc lại số liệu mới nhất của lớp</source>
        <translation>Đọc lại số liệu mới nhất của lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="97" />
        <source>Bảng theo dõi</source>
        <translation>Bảng theo dõi</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="98" />
        <source>Cần giúp đỡ (%d)</source>
        <translation>Cần giúp đỡ (%d)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="98" />
        <source>Cần giúp đỡ</source>
        <translation>Cần giúp đỡ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="99" />
        <source>Câu hỏi khó</source>
        <translation>Câu hỏi khó</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="99" />
        <source>Biểu đồ</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="99" />
        <source>Giao bài</source>
        <translation>Giao bài</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="99" />
        <source>Học viên</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="100" />
        <source>Gộp hồ sơ</source>
        <translation>Gộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="100" />
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="106" />
        <source>Các mục của lớp</source>
        <translation>Các mục của lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="112" />
        <source>Lớp học</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="117" />
        <source> (đã lưu trữ)</source>
        <translation> (đã lưu trữ)</translation>
    </message>
</context>
<context>
    <name>ClassReportPdf</name>
    <message>
        <location filename="../report_pdf.py" line="171" />
        <source>BÁO CÁO LỚP HỌC</source>
        <translation>BÁO CÁO LỚP HỌC</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="174" />
        <source>Lớp: %s</source>
        <translation>Lớp: %s</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="175" />
        <source>Giáo viên: %s</source>
        <translation>Giáo viên: %s</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="176" />
        <source>Ngày lập báo cáo: %s</source>
        <translation>Ngày lập báo cáo: %s</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="177" />
        <source>Số người học: %d</source>
        <translation>Số người học: %d</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="178" />
        <source>Số giấy chứng nhận đã cấp: %d</source>
        <translation>Số giấy chứng nhận đã cấp: %d</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="187" />
        <source>Cấp %d</source>
        <translation>Cấp %d</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="192" />
        <source>1. Hoàn thành theo cấp</source>
        <translation>1. Hoàn thành theo cấp</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="193" />
        <location filename="../report_pdf.py" line="238" />
        <source>Cấp</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="194" />
        <source>Tên cấp</source>
        <translation>Tên cấp</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="195" />
        <source>Người học</source>
        <translation>Người học</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="196" />
        <source>Qua bài kiểm tra</source>
        <translation>Qua bài kiểm tra</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="197" />
        <source>Lượt bài đã làm đạt</source>
        <translation>Lượt bài đã làm đạt</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="198" />
        <source>Lượt bài đã thuộc</source>
        <translation>Lượt bài đã thuộc</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="199" />
        <source>Chưa có số liệu.</source>
        <translation>Chưa có số liệu.</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="206" />
        <source>2. Mức nắm bài theo từng bài (số người)</source>
        <translation>2. Mức nắm bài theo từng bài (số người)</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="207" />
        <source>Bài</source>
        <translation>Bài</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="208" />
        <source>Tên bài</source>
        <translation>Tên bài</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="209" />
        <source>Chưa học</source>
        <translation>Chưa học</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="210" />
        <source>Đang học</source>
        <translation>Đang học</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="211" />
        <source>Làm đạt</source>
        <translation>Làm đạt</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="212" />
        <source>Đã thuộc</source>
        <translation>Đã thuộc</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="213" />
        <source>Chưa có bài học nào.</source>
        <translation>Chưa có bài học nào.</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="222" />
        <source>3. Từng người học</source>
        <translation>3. Từng người học</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="223" />
        <location filename="../report_pdf.py" line="237" />
        <source>Họ tên</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="224" />
        <source>Thời gian học</source>
        <translation>Thời gian học</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="225" />
        <source>Câu đúng / đã trả lời</source>
        <translation>Câu đúng / đã trả lời</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="226" />
        <source>Bài đạt / thuộc</source>
        <translation>Bài đạt / thuộc</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="227" />
        <source>Chứng nhận</source>
        <translation>Chứng nhận</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="228" />
        <source>Lần học gần nhất</source>
        <translation>Lần học gần nhất</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="229" />
        <source>Lớp chưa có người học.</source>
        <translation>Lớp chưa có người học.</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="232" />
        <source>Cấp %d: %s</source>
        <translation>Cấp %d: %s</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="236" />
        <source>4. Giấy chứng nhận đã cấp</source>
        <translation>4. Giấy chứng nhận đã cấp</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="239" />
        <source>Ngày cấp</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="240" />
        <source>Số giấy</source>
        <translation>Số giấy</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="241" />
        <source>Lớp chưa có giấy chứng nhận nào.</source>
        <translation>Lớp chưa có giấy chứng nhận nào.</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="268" />
        <location filename="../report_pdf.py" line="291" />
        <source>Báo cáo lớp %s</source>
        <translation>Báo cáo lớp %s</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="270" />
        <source>Trang %d/%d</source>
        <translation>Trang %d/%d</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="322" />
        <source>Giấy chứng nhận</source>
        <translation>Giấy chứng nhận</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../core_text.py" line="28" />
        <source>Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.</source>
        <translation>Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="30" />
        <source>Mã PIN chưa đúng. Bạn còn {tries} lần thử.</source>
        <translation>Mã PIN chưa đúng. Bạn còn {tries} lần thử.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="32" />
        <source>Mã PIN chưa đúng.</source>
        <translation>Mã PIN chưa đúng.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="34" />
        <source>Nhập sai quá nhiều lần. Hãy đợi khoảng {hours} giờ rồi thử lại.</source>
        <translation>Nhập sai quá nhiều lần. Hãy đợi khoảng {hours} giờ rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="36" />
        <source>Nhập sai quá nhiều lần. Hãy đợi {minutes} phút rồi thử lại.</source>
        <translation>Nhập sai quá nhiều lần. Hãy đợi {minutes} phút rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="38" />
        <source>Đồng hồ của máy đang sai ngày, nên giấy chứng nhận sẽ được cấp sau, khi đồng hồ được chỉnh đúng hoặc khi máy đồng bộ với máy chủ. Kết quả của bạn đã được lưu.</source>
        <translation>Đồng hồ của máy đang sai ngày, nên giấy chứng nhận sẽ được cấp sau, khi đồng hồ được chỉnh đúng hoặc khi máy đồng bộ với máy chủ. Kết quả của bạn đã được lưu.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="41" />
        <source>Hãy đăng nhập lại bằng tài khoản giáo viên.</source>
        <translation>Hãy đăng nhập lại bằng tài khoản giáo viên.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="43" />
        <source>Tên đăng nhập hoặc mật khẩu chưa đúng. Còn {tries} lần thử.</source>
        <translation>Tên đăng nhập hoặc mật khẩu chưa đúng. Còn {tries} lần thử.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="45" />
        <source>Tên đăng nhập hoặc mật khẩu chưa đúng.</source>
        <translation>Tên đăng nhập hoặc mật khẩu chưa đúng.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="47" />
        <source>Tệp dữ liệu trên máy này bị hỏng nên ứng dụng đã lấy lại bản sao lưu ngày {day}. Những gì học sau ngày đó trên máy này có thể bị thiếu. Tệp hỏng vẫn được giữ lại để thầy cô hoặc cán bộ kỹ thuật xem.</source>
        <translation>Tệp dữ liệu trên máy này bị hỏng nên ứng dụng đã lấy lại bản sao lưu ngày {day}. Những gì học sau ngày đó trên máy này có thể bị thiếu. Tệp hỏng vẫn được giữ lại để thầy cô hoặc cán bộ kỹ thuật xem.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="51" />
        <source>Tệp dữ liệu trên máy này bị hỏng và chưa có bản sao lưu dùng được. Ứng dụng đã tạo dữ liệu mới. Tệp hỏng vẫn được giữ lại để cán bộ kỹ thuật xem.</source>
        <translation>Tệp dữ liệu trên máy này bị hỏng và chưa có bản sao lưu dùng được. Ứng dụng đã tạo dữ liệu mới. Tệp hỏng vẫn được giữ lại để cán bộ kỹ thuật xem.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="54" />
        <source>Tệp dữ liệu trên máy này bị trống (có thể do USB bị rút ra khi đang dùng, hoặc máy tắt đột ngột). Ứng dụng đã lấy lại bản sao lưu ngày {day}. Những gì học sau ngày đó trên máy này có thể bị thiếu.</source>
        <translation>Tệp dữ liệu trên máy này bị trống (có thể do USB bị rút ra khi đang dùng, hoặc máy tắt đột ngột). Ứng dụng đã lấy lại bản sao lưu ngày {day}. Những gì học sau ngày đó trên máy này có thể bị thiếu.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="58" />
        <source>Tệp dữ liệu trên máy này bị mất (có thể do USB bị rút ra khi đang dùng, hoặc máy tắt đột ngột). Ứng dụng đã lấy lại bản sao lưu ngày {day}. Những gì học sau ngày đó trên máy này có thể bị thiếu.</source>
        <translation>Tệp dữ liệu trên máy này bị mất (có thể do USB bị rút ra khi đang dùng, hoặc máy tắt đột ngột). Ứng dụng đã lấy lại bản sao lưu ngày {day}. Những gì học sau ngày đó trên máy này có thể bị thiếu.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="62" />
        <source>Máy này chưa có người học nào, nhưng bản lưu ngày {day} có {found} người học. Nếu đây là dữ liệu của lớp, hãy bấm “Lấy lại dữ liệu cũ”.</source>
        <translation>Máy này chưa có người học nào, nhưng bản lưu ngày {day} có {found} người học. Nếu đây là dữ liệu của lớp, hãy bấm “Lấy lại dữ liệu cũ”.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="65" />
        <source>Bản lưu này cũng bị hỏng nên chưa lấy lại được. Hãy báo cho cán bộ kỹ thuật.</source>
        <translation>Bản lưu này cũng bị hỏng nên chưa lấy lại được. Hãy báo cho cán bộ kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="67" />
        <source>Không dùng được gói bài học này. Bài học hiện có vẫn giữ nguyên.</source>
        <translation>Không dùng được gói bài học này. Bài học hiện có vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="69" />
        <source>Tệp này không phải gói bài học, hoặc đã bị hỏng khi sao chép. Hãy chép lại tệp rồi thử lại. Bài học hiện có vẫn giữ nguyên.</source>
        <translation>Tệp này không phải gói bài học, hoặc đã bị hỏng khi sao chép. Hãy chép lại tệp rồi thử lại. Bài học hiện có vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="72" />
        <source>Gói bài học đã bị thay đổi sau khi đóng gói nên không an toàn để dùng. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</source>
        <translation>Gói bài học đã bị thay đổi sau khi đóng gói nên không an toàn để dùng. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="75" />
        <source>Chữ ký của gói bài học không đúng, có thể gói đã bị sửa. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</source>
        <translation>Chữ ký của gói bài học không đúng, có thể gói đã bị sửa. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="78" />
        <source>Gói bài học này do một nơi chưa được ứng dụng tin cậy ký. Chỉ dùng gói bài học từ nơi phát hành chính thức.</source>
        <translation>Gói bài học này do một nơi chưa được ứng dụng tin cậy ký. Chỉ dùng gói bài học từ nơi phát hành chính thức.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="81" />
        <source>Gói bài học này cần phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng rồi thử lại.</source>
        <translation>Gói bài học này cần phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="83" />
        <source>Gói bài học chứa tên tệp không an toàn nên đã bị từ chối. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</source>
        <translation>Gói bài học chứa tên tệp không an toàn nên đã bị từ chối. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="86" />
        <source>Gói bài học lớn bất thường nên đã bị từ chối để bảo vệ máy tính. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</source>
        <translation>Gói bài học lớn bất thường nên đã bị từ chối để bảo vệ máy tính. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="89" />
        <source>Gói bài học bị thiếu hoặc thừa tệp so với danh sách khi đóng gói. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</source>
        <translation>Gói bài học bị thiếu hoặc thừa tệp so với danh sách khi đóng gói. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="92" />
        <source>Nội dung gói bài học bị lỗi định dạng. Hãy báo cho nơi phát hành. Bài học hiện có vẫn giữ nguyên.</source>
        <translation>Nội dung gói bài học bị lỗi định dạng. Hãy báo cho nơi phát hành. Bài học hiện có vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="95" />
        <source>Không cài được gói bài học do lỗi khi ghi dữ liệu. Bài học hiện có vẫn giữ nguyên.</source>
        <translation>Không cài được gói bài học do lỗi khi ghi dữ liệu. Bài học hiện có vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="97" />
        <source>Gói này (phiên bản {offered}) cũ hơn gói đang dùng (phiên bản {installed}) nên không cài.</source>
        <translation>Gói này (phiên bản {offered}) cũ hơn gói đang dùng (phiên bản {installed}) nên không cài.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="99" />
        <source>Đã có gói phiên bản {version} với nội dung khác. Hãy hỏi nơi phát hành gói nào mới hơn.</source>
        <translation>Đã có gói phiên bản {version} với nội dung khác. Hãy hỏi nơi phát hành gói nào mới hơn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="101" />
        <source>Gói này là một bộ bài học khác với bộ đang dùng nên không cài thay thế.</source>
        <translation>Gói này là một bộ bài học khác với bộ đang dùng nên không cài thay thế.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="103" />
        <source>Nội dung bài học còn lỗi nên chưa đóng gói được.</source>
        <translation>Nội dung bài học còn lỗi nên chưa đóng gói được.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="105" />
        <source>Không đọc được khoá ký gói bài học.</source>
        <translation>Không đọc được khoá ký gói bài học.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="107" />
        <source>Phần chạy AI chưa được cài đủ trên máy này. Các bài học khác vẫn dùng bình thường.</source>
        <translation>Phần chạy AI chưa được cài đủ trên máy này. Các bài học khác vẫn dùng bình thường.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="109" />
        <source>Tệp mô hình AI bị hỏng hoặc không đúng loại. Hãy chép lại tệp mô hình.</source>
        <translation>Tệp mô hình AI bị hỏng hoặc không đúng loại. Hãy chép lại tệp mô hình.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="111" />
        <source>Không mở được mô hình AI này. Hãy chọn mô hình khác.</source>
        <translation>Không mở được mô hình AI này. Hãy chọn mô hình khác.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="113" />
        <source>Máy không đủ bộ nhớ để chạy mô hình AI này. Hãy đóng bớt chương trình hoặc chọn mô hình nhỏ hơn.</source>
        <translation>Máy không đủ bộ nhớ để chạy mô hình AI này. Hãy đóng bớt chương trình hoặc chọn mô hình nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="116" />
        <source>AI chưa sẵn sàng. Hãy thử lại.</source>
        <translation>AI chưa sẵn sàng. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="118" />
        <source>Câu hỏi và bài đọc quá dài cho mô hình này. Hãy hỏi ngắn hơn.</source>
        <translation>Câu hỏi và bài đọc quá dài cho mô hình này. Hãy hỏi ngắn hơn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="120" />
        <location filename="../core_text.py" line="122" />
        <source>AI gặp lỗi khi trả lời. Hãy thử lại.</source>
        <translation>AI gặp lỗi khi trả lời. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="124" />
        <source>Máy này chưa có mô hình AI. Các bài học vẫn dùng được; nhờ cán bộ chép mô hình từ USB để luyện với AI.</source>
        <translation>Máy này chưa có mô hình AI. Các bài học vẫn dùng được; nhờ cán bộ chép mô hình từ USB để luyện với AI.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="127" />
        <source>Không khởi động được phần chạy AI. Các bài học khác vẫn dùng bình thường.</source>
        <translation>Không khởi động được phần chạy AI. Các bài học khác vẫn dùng bình thường.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="129" />
        <source>Phần chạy AI bị dừng đột ngột. Bấm “Thử lại” để chạy lại.</source>
        <translation>Phần chạy AI bị dừng đột ngột. Bấm “Thử lại” để chạy lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="131" />
        <source>Phần chạy AI bị tắt, có thể do máy hết bộ nhớ. Hãy đóng bớt chương trình rồi bấm “Thử lại”.</source>
        <translation>Phần chạy AI bị tắt, có thể do máy hết bộ nhớ. Hãy đóng bớt chương trình rồi bấm “Thử lại”.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="134" />
        <source>Bộ xử lý của máy này đời cũ nên không chạy được AI. Các bài học khác vẫn dùng bình thường.</source>
        <translation>Bộ xử lý của máy này đời cũ nên không chạy được AI. Các bài học khác vẫn dùng bình thường.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="136" />
        <source>AI không dừng khi được yêu cầu nên đã bị tắt. Bấm “Thử lại” để chạy lại.</source>
        <translation>AI không dừng khi được yêu cầu nên đã bị tắt. Bấm “Thử lại” để chạy lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="138" />
        <source>AI đã được tắt.</source>
        <translation>AI đã được tắt.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="140" />
        <source>Không kết nối được máy chủ đồng bộ. Dữ liệu vẫn lưu trên máy này. Hãy thử lại sau.</source>
        <translation>Không kết nối được máy chủ đồng bộ. Dữ liệu vẫn lưu trên máy này. Hãy thử lại sau.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="142" />
        <source>Máy trả lời không phải máy chủ mà máy này đã đăng ký. Dữ liệu vẫn lưu trên máy này. Hãy báo giáo viên kiểm tra mạng.</source>
        <translation>Máy trả lời không phải máy chủ mà máy này đã đăng ký. Dữ liệu vẫn lưu trên máy này. Hãy báo giáo viên kiểm tra mạng.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="145" />
        <source>Máy chủ đồng bộ từ chối yêu cầu này.</source>
        <translation>Máy chủ đồng bộ từ chối yêu cầu này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="147" />
        <source>Máy này chưa đăng ký với máy chủ đồng bộ. Hãy nhờ giáo viên đăng ký.</source>
        <translation>Máy này chưa đăng ký với máy chủ đồng bộ. Hãy nhờ giáo viên đăng ký.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="149" />
        <source>Đang tải hồ sơ người học…</source>
        <translation>Đang tải hồ sơ người học…</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="151" />
        <source>Đồng bộ xong.</source>
        <translation>Đồng bộ xong.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="153" />
        <source>Đang gửi kết quả học…</source>
        <translation>Đang gửi kết quả học…</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="155" />
        <source>Tệp dữ liệu USB bị hỏng hoặc đã bị sửa. Không nhập tệp này.</source>
        <translation>Tệp dữ liệu USB bị hỏng hoặc đã bị sửa. Không nhập tệp này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="157" />
        <source>Tệp đăng ký không đọc được hoặc đã bị sửa. Hãy xin máy chủ một tệp mới.</source>
        <translation>Tệp đăng ký không đọc được hoặc đã bị sửa. Hãy xin máy chủ một tệp mới.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="159" />
        <source>Tệp đăng ký này là của máy chủ khác.</source>
        <translation>Tệp đăng ký này là của máy chủ khác.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="161" />
        <source>Không đọc được tệp đăng ký. Hãy kiểm tra USB rồi thử lại.</source>
        <translation>Không đọc được tệp đăng ký. Hãy kiểm tra USB rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="163" />
        <source>Tệp này không phải tệp đăng ký của máy chủ.</source>
        <translation>Tệp này không phải tệp đăng ký của máy chủ.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="165" />
        <source>Tệp đăng ký này đã hết hạn. Hãy xin máy chủ một tệp mới.</source>
        <translation>Tệp đăng ký này đã hết hạn. Hãy xin máy chủ một tệp mới.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="167" />
        <source>Máy này đã đăng ký với máy chủ rồi, không cần tệp này.</source>
        <translation>Máy này đã đăng ký với máy chủ rồi, không cần tệp này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="169" />
        <source>Cấp độ {level} chưa mở. Hãy hoàn thành bài kiểm tra của cấp trước, hoặc nhờ giáo viên mở giúp.</source>
        <translation>Cấp độ {level} chưa mở. Hãy hoàn thành bài kiểm tra của cấp trước, hoặc nhờ giáo viên mở giúp.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="172" />
        <source>Máy này chưa đọc to được. Bạn vẫn học bình thường bằng cách đọc chữ trên màn hình.</source>
        <translation>Máy này chưa đọc to được. Bạn vẫn học bình thường bằng cách đọc chữ trên màn hình.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="174" />
        <source>Không tìm thấy giọng đọc đã chọn. Hãy chọn giọng khác trong phần cài đặt.</source>
        <translation>Không tìm thấy giọng đọc đã chọn. Hãy chọn giọng khác trong phần cài đặt.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="176" />
        <source>Chưa đọc được đoạn này. Hãy bấm nút đọc lại một lần nữa.</source>
        <translation>Chưa đọc được đoạn này. Hãy bấm nút đọc lại một lần nữa.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="178" />
        <source>Bản ghi âm bị hỏng hoặc không đúng định dạng. Hãy ghi âm lại.</source>
        <translation>Bản ghi âm bị hỏng hoặc không đúng định dạng. Hãy ghi âm lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="180" />
        <source>Nhóm người học hoặc độ tuổi này không có trong danh sách. Hãy chọn lại.</source>
        <translation>Nhóm người học hoặc độ tuổi này không có trong danh sách. Hãy chọn lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="182" />
        <source>Hãy nhập tên của bạn.</source>
        <translation>Hãy nhập tên của bạn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="184" />
        <source>Tên dài quá. Hãy dùng tối đa {limit} chữ cái.</source>
        <translation>Tên dài quá. Hãy dùng tối đa {limit} chữ cái.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="186" />
        <source>Hãy chọn một hình.</source>
        <translation>Hãy chọn một hình.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="188" />
        <source>Mã PIN phải có đúng 4 chữ số.</source>
        <translation>Mã PIN phải có đúng 4 chữ số.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="190" />
        <source>Không tìm thấy người học này.</source>
        <translation>Không tìm thấy người học này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="192" />
        <source>Không tìm thấy phần bài này.</source>
        <translation>Không tìm thấy phần bài này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="194" />
        <source>Không tìm thấy câu hỏi này.</source>
        <translation>Không tìm thấy câu hỏi này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="196" />
        <source>Cấp độ này chưa có bài kiểm tra.</source>
        <translation>Cấp độ này chưa có bài kiểm tra.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="198" />
        <source>Không tìm thấy bài học này.</source>
        <translation>Không tìm thấy bài học này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="200" />
        <source>Không tìm thấy cấp độ này.</source>
        <translation>Không tìm thấy cấp độ này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="202" />
        <source>Bài kiểm tra này đã nộp rồi. Hãy bắt đầu một lần kiểm tra mới.</source>
        <translation>Bài kiểm tra này đã nộp rồi. Hãy bắt đầu một lần kiểm tra mới.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="204" />
        <source>Câu hỏi này không có trong bài kiểm tra.</source>
        <translation>Câu hỏi này không có trong bài kiểm tra.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="206" />
        <source>Không tìm thấy bài kiểm tra này.</source>
        <translation>Không tìm thấy bài kiểm tra này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="208" />
        <source>Tệp này không phải là mô hình AI (tệp .gguf). Hãy chọn đúng tệp mô hình.</source>
        <translation>Tệp này không phải là mô hình AI (tệp .gguf). Hãy chọn đúng tệp mô hình.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="210" />
        <source>Tệp mô hình này dùng định dạng quá cũ hoặc quá mới. Phần mềm chưa dùng được tệp này.</source>
        <translation>Tệp mô hình này dùng định dạng quá cũ hoặc quá mới. Phần mềm chưa dùng được tệp này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="212" />
        <source>Tệp mô hình bị thiếu phần cuối, có lẽ chép chưa xong. Hãy chép lại tệp từ USB rồi thử lại.</source>
        <translation>Tệp mô hình bị thiếu phần cuối, có lẽ chép chưa xong. Hãy chép lại tệp từ USB rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="214" />
        <source>Tệp mô hình bị hỏng nên không dùng được. Hãy chép lại một bản khác.</source>
        <translation>Tệp mô hình bị hỏng nên không dùng được. Hãy chép lại một bản khác.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="216" />
        <source>Không đọc được tệp mô hình. Hãy kiểm tra USB hoặc ổ đĩa rồi thử lại.</source>
        <translation>Không đọc được tệp mô hình. Hãy kiểm tra USB hoặc ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="218" />
        <source>Không tìm thấy mô hình có sẵn của phần mềm. Hãy cài lại phần mềm.</source>
        <translation>Không tìm thấy mô hình có sẵn của phần mềm. Hãy cài lại phần mềm.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="220" />
        <source>Mô hình có sẵn của phần mềm bị hỏng. Hãy cài lại phần mềm.</source>
        <translation>Mô hình có sẵn của phần mềm bị hỏng. Hãy cài lại phần mềm.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="222" />
        <source>Ổ đĩa không đủ chỗ: mô hình cần {size}, ổ chỉ còn {free} trống. Hãy xoá bớt tệp không cần rồi thử lại.</source>
        <translation>Ổ đĩa không đủ chỗ: mô hình cần {size}, ổ chỉ còn {free} trống. Hãy xoá bớt tệp không cần rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="225" />
        <source>Không đọc được tệp từ USB hoặc ổ đĩa. Hãy cắm lại USB rồi thử lại.</source>
        <translation>Không đọc được tệp từ USB hoặc ổ đĩa. Hãy cắm lại USB rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="227" />
        <source>Tệp mô hình này dùng kiểu nén mới mà phần mềm chưa hỗ trợ. Hãy chọn mô hình khác.</source>
        <translation>Tệp mô hình này dùng kiểu nén mới mà phần mềm chưa hỗ trợ. Hãy chọn mô hình khác.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="229" />
        <source>Bộ xử lý của máy này đời cũ (thiếu AVX) nên không chạy được mô hình AI. Các bài học khác vẫn dùng bình thường.</source>
        <translation>Bộ xử lý của máy này đời cũ (thiếu AVX) nên không chạy được mô hình AI. Các bài học khác vẫn dùng bình thường.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="232" />
        <source>Mô hình cần khoảng {need} bộ nhớ (RAM) nhưng máy chỉ còn {free} trống. Hãy đóng bớt chương trình khác hoặc chọn mô hình nhỏ hơn.</source>
        <translation>Mô hình cần khoảng {need} bộ nhớ (RAM) nhưng máy chỉ còn {free} trống. Hãy đóng bớt chương trình khác hoặc chọn mô hình nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="235" />
        <source>bộ xử lý đời cũ (thiếu AVX2)</source>
        <translation>bộ xử lý đời cũ (thiếu AVX2)</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="237" />
        <source>bộ nhớ còn trống ít</source>
        <translation>bộ nhớ còn trống ít</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="239" />
        <source>mô hình lớn</source>
        <translation>mô hình lớn</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="241" />
        <source>Máy chạy được nhưng sẽ chậm: {reasons}.</source>
        <translation>Máy chạy được nhưng sẽ chậm: {reasons}.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="243" />
        <source>Mô hình vừa với máy: cần khoảng {need} trong {free} bộ nhớ còn trống.</source>
        <translation>Mô hình vừa với máy: cần khoảng {need} trong {free} bộ nhớ còn trống.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="245" />
        <source>Tệp mô hình không còn trong máy.</source>
        <translation>Tệp mô hình không còn trong máy.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="247" />
        <source>Chưa có dấu kiểm tra cho mô hình này (không được chép vào bằng phần mềm).</source>
        <translation>Chưa có dấu kiểm tra cho mô hình này (không được chép vào bằng phần mềm).</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="249" />
        <source>Mô hình còn nguyên vẹn.</source>
        <translation>Mô hình còn nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="251" />
        <source>Tệp mô hình đã bị thay đổi hoặc hỏng. Hãy chép lại từ USB.</source>
        <translation>Tệp mô hình đã bị thay đổi hoặc hỏng. Hãy chép lại từ USB.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="253" />
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="255" />
        <source>Tên đăng nhập không được có dấu cách. Ví dụ: colan</source>
        <translation>Tên đăng nhập không được có dấu cách. Ví dụ: colan</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="257" />
        <source>Tên đăng nhập này đã có người dùng. Hãy chọn tên khác.</source>
        <translation>Tên đăng nhập này đã có người dùng. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="259" />
        <source>Tài khoản này do máy chủ của xã cấp. Hãy nhờ cán bộ đổi mật khẩu trên máy chủ.</source>
        <translation>Tài khoản này do máy chủ của xã cấp. Hãy nhờ cán bộ đổi mật khẩu trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="261" />
        <source>Mật khẩu cũ chưa đúng.</source>
        <translation>Mật khẩu cũ chưa đúng.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="263" />
        <source>Hãy chọn bài học hoặc một bài kiểm tra cấp độ.</source>
        <translation>Hãy chọn bài học hoặc một bài kiểm tra cấp độ.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="265" />
        <source>Hãy giao ít bài hơn trong một lần.</source>
        <translation>Hãy giao ít bài hơn trong một lần.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="267" />
        <source>Hạn nộp phải là một ngày.</source>
        <translation>Hạn nộp phải là một ngày.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="269" />
        <source>Hạn nộp đã qua. Hãy chọn một ngày từ hôm nay.</source>
        <translation>Hạn nộp đã qua. Hãy chọn một ngày từ hôm nay.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="271" />
        <source>Không tìm thấy bài đã giao này.</source>
        <translation>Không tìm thấy bài đã giao này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="273" />
        <source>Máy chủ không nhận tệp này.</source>
        <translation>Máy chủ không nhận tệp này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="275" />
        <source>Hãy đặt tên cho lớp.</source>
        <translation>Hãy đặt tên cho lớp.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="277" />
        <source>Không tìm thấy lớp này.</source>
        <translation>Không tìm thấy lớp này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="279" />
        <source>Lớp này đã được cất đi. Hãy mở lại lớp trước.</source>
        <translation>Lớp này đã được cất đi. Hãy mở lại lớp trước.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="281" />
        <source>Đã có một lớp tên này. Hãy chọn tên khác.</source>
        <translation>Đã có một lớp tên này. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="283" />
        <source>Không đọc được tệp này. Hãy lưu lại từ Excel dưới dạng CSV UTF-8.</source>
        <translation>Không đọc được tệp này. Hãy lưu lại từ Excel dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="285" />
        <source>Tệp không có tên người học nào.</source>
        <translation>Tệp không có tên người học nào.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="287" />
        <source>Tệp quá lớn. Hãy chia danh sách thành nhiều tệp nhỏ hơn.</source>
        <translation>Tệp quá lớn. Hãy chia danh sách thành nhiều tệp nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="289" />
        <source>Không thấy cột “Họ tên” trong tệp. Hãy đặt tên cột đầu là “Họ tên”.</source>
        <translation>Không thấy cột “Họ tên” trong tệp. Hãy đặt tên cột đầu là “Họ tên”.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="291" />
        <source>Không thể gộp một hồ sơ với chính nó.</source>
        <translation>Không thể gộp một hồ sơ với chính nó.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="293" />
        <source>Đã nhận xong.</source>
        <translation>Đã nhận xong.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="295" />
        <source>Không tìm thấy thư mục này trên USB.</source>
        <translation>Không tìm thấy thư mục này trên USB.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="297" />
        <source>Đã ghi xong.</source>
        <translation>Đã ghi xong.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="299" />
        <source>Đã gửi xong.</source>
        <translation>Đã gửi xong.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="301" />
        <source>Không tìm thấy thư mục này. Hãy cắm lại USB rồi chọn lại.</source>
        <translation>Không tìm thấy thư mục này. Hãy cắm lại USB rồi chọn lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="303" />
        <source>Ổ đĩa đã đầy. Hãy xoá bớt tệp rồi thử lại.</source>
        <translation>Ổ đĩa đã đầy. Hãy xoá bớt tệp rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="305" />
        <source>Ổ đĩa của máy đã đầy nên ứng dụng chưa mở được dữ liệu. Hãy xoá bớt tệp không cần (phim, ảnh cũ, tệp tải về) để có thêm ít nhất {need} MB trống, rồi mở lại ứng dụng. Dữ liệu học của mọi người vẫn còn nguyên, chưa bị đổi gì.</source>
        <translation>Ổ đĩa của máy đã đầy nên ứng dụng chưa mở được dữ liệu. Hãy xoá bớt tệp không cần (phim, ảnh cũ, tệp tải về) để có thêm ít nhất {need} MB trống, rồi mở lại ứng dụng. Dữ liệu học của mọi người vẫn còn nguyên, chưa bị đổi gì.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="309" />
        <source>Dữ liệu đang được một cửa sổ khác của ứng dụng dùng. Hãy đóng cửa sổ đó rồi mở lại ứng dụng. Dữ liệu vẫn còn nguyên.</source>
        <translation>Dữ liệu đang được một cửa sổ khác của ứng dụng dùng. Hãy đóng cửa sổ đó rồi mở lại ứng dụng. Dữ liệu vẫn còn nguyên.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="312" />
        <source>Máy chưa đọc được ổ đĩa chứa dữ liệu (có thể USB bị rút ra, hoặc ổ đĩa đang lỗi). Hãy cắm lại USB hoặc khởi động lại máy, rồi mở lại ứng dụng. Dữ liệu chưa bị đổi gì.</source>
        <translation>Máy chưa đọc được ổ đĩa chứa dữ liệu (có thể USB bị rút ra, hoặc ổ đĩa đang lỗi). Hãy cắm lại USB hoặc khởi động lại máy, rồi mở lại ứng dụng. Dữ liệu chưa bị đổi gì.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="315" />
        <source>Ổ đĩa của máy đã đầy nên câu trả lời vừa rồi chưa được lưu. Những gì đã lưu trước đó vẫn còn. Hãy nhờ người quen máy tính xoá bớt tệp không cần để có thêm ít nhất {need} MB trống, rồi bấm trả lời lại.</source>
        <translation>Ổ đĩa của máy đã đầy nên câu trả lời vừa rồi chưa được lưu. Những gì đã lưu trước đó vẫn còn. Hãy nhờ người quen máy tính xoá bớt tệp không cần để có thêm ít nhất {need} MB trống, rồi bấm trả lời lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="319" />
        <source>Máy đang bận nên câu trả lời vừa rồi chưa được lưu. Hãy đợi một chút rồi bấm lại. Nếu có hai cửa sổ của ứng dụng đang mở, hãy đóng một cửa sổ.</source>
        <translation>Máy đang bận nên câu trả lời vừa rồi chưa được lưu. Hãy đợi một chút rồi bấm lại. Nếu có hai cửa sổ của ứng dụng đang mở, hãy đóng một cửa sổ.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="322" />
        <source>Máy chưa ghi được vào ổ đĩa nên câu trả lời vừa rồi chưa được lưu. Những gì đã lưu trước đó vẫn còn. Nếu dùng USB, hãy kiểm tra USB còn cắm chắc, rồi bấm lại.</source>
        <translation>Máy chưa ghi được vào ổ đĩa nên câu trả lời vừa rồi chưa được lưu. Những gì đã lưu trước đó vẫn còn. Nếu dùng USB, hãy kiểm tra USB còn cắm chắc, rồi bấm lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="325" />
        <source>Chương trình chưa biết cách kiểm tra này nên bỏ qua.</source>
        <translation>Chương trình chưa biết cách kiểm tra này nên bỏ qua.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="327" />
        <source>Bài tập thiếu con số để kiểm tra nên bỏ qua.</source>
        <translation>Bài tập thiếu con số để kiểm tra nên bỏ qua.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="329" />
        <source>Câu trả lời có {count} chữ, trong giới hạn {limit} chữ.</source>
        <translation>Câu trả lời có {count} chữ, trong giới hạn {limit} chữ.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="331" />
        <source>Câu trả lời có {count} chữ, quá giới hạn {limit} chữ.</source>
        <translation>Câu trả lời có {count} chữ, quá giới hạn {limit} chữ.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="333" />
        <source>Câu trả lời có {count} chữ, đủ ít nhất {least} chữ.</source>
        <translation>Câu trả lời có {count} chữ, đủ ít nhất {least} chữ.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="335" />
        <source>Câu trả lời chỉ có {count} chữ, cần ít nhất {least} chữ.</source>
        <translation>Câu trả lời chỉ có {count} chữ, cần ít nhất {least} chữ.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="337" />
        <source>Câu trả lời có {count} câu, trong giới hạn {limit} câu.</source>
        <translation>Câu trả lời có {count} câu, trong giới hạn {limit} câu.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="339" />
        <source>Câu trả lời có {count} câu, quá giới hạn {limit} câu.</source>
        <translation>Câu trả lời có {count} câu, quá giới hạn {limit} câu.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="341" />
        <source>Câu trả lời không có gạch đầu dòng nào, cần {wanted} dòng.</source>
        <translation>Câu trả lời không có gạch đầu dòng nào, cần {wanted} dòng.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="343" />
        <source>Câu trả lời chỉ có {count} gạch đầu dòng, cần {wanted} dòng.</source>
        <translation>Câu trả lời chỉ có {count} gạch đầu dòng, cần {wanted} dòng.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="345" />
        <source>Câu trả lời có {count} gạch đầu dòng, nhiều hơn mức {wanted} dòng.</source>
        <translation>Câu trả lời có {count} gạch đầu dòng, nhiều hơn mức {wanted} dòng.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="347" />
        <source>Câu trả lời có {count} gạch đầu dòng, đúng mức {wanted} dòng.</source>
        <translation>Câu trả lời có {count} gạch đầu dòng, đúng mức {wanted} dòng.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="349" />
        <source>từ {low} đến {high}</source>
        <translation>từ {low} đến {high}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="351" />
        <source>ít nhất {low}</source>
        <translation>ít nhất {low}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="353" />
        <source>nhiều nhất {high}</source>
        <translation>nhiều nhất {high}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="355" />
        <source>Câu trả lời có nhắc “{said}”.</source>
        <translation>Câu trả lời có nhắc “{said}”.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="357" />
        <source>Câu trả lời chưa nhắc tới {phrases}.</source>
        <translation>Câu trả lời chưa nhắc tới {phrases}.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="359" />
        <source>Câu trả lời không nhắc tới {phrases}. Tốt.</source>
        <translation>Câu trả lời không nhắc tới {phrases}. Tốt.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="361" />
        <source>Câu trả lời có nhắc {said}, điều này cần tránh.</source>
        <translation>Câu trả lời có nhắc {said}, điều này cần tránh.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="363" />
        <source>Câu trả lời không có thông tin cá nhân như số điện thoại, số căn cước, số tài khoản hay e-mail.</source>
        <translation>Câu trả lời không có thông tin cá nhân như số điện thoại, số căn cước, số tài khoản hay e-mail.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="366" />
        <source>Câu trả lời có thông tin cá nhân: {found_data}. Hãy xoá đi trước khi dùng.</source>
        <translation>Câu trả lời có thông tin cá nhân: {found_data}. Hãy xoá đi trước khi dùng.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="368" />
        <source>{head} hoặc “{last}”</source>
        <translation>{head} hoặc “{last}”</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="370" />
        <source>{head} và {last}”</source>
        <translation>{head} và {last}”</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="372" />
        <source>số điện thoại</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="374" />
        <source>số căn cước</source>
        <translation>số căn cước</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="376" />
        <source>số tài khoản ngân hàng</source>
        <translation>số tài khoản ngân hàng</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="378" />
        <source>địa chỉ e-mail</source>
        <translation>địa chỉ e-mail</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="380" />
        <source>mã OTP hoặc mật khẩu</source>
        <translation>mã OTP hoặc mật khẩu</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="382" />
        <source>Chưa thấy {name}.</source>
        <translation>Chưa thấy {name}.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="384" />
        <source>Có {name}: thấy chữ {cue_words} trong “{excerpt}”.</source>
        <translation>Có {name}: thấy chữ {cue_words} trong “{excerpt}”.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="386" />
        <source>Thêm {name}: {hint}. Ví dụ cho bài này: “{example}”.</source>
        <translation>Thêm {name}: {hint}. Ví dụ cho bài này: “{example}”.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="388" />
        <source>Bạn đã dặn “{words}”, nhưng AI cần con số để biết dài bao nhiêu.</source>
        <translation>Bạn đã dặn “{words}”, nhưng AI cần con số để biết dài bao nhiêu.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="390" />
        <source>Câu lệnh có thông tin cá nhân: {found_data}. Đừng đưa những thông tin này lên AI. Hãy xoá đi, hoặc thay bằng chỗ trống như {placeholder}.</source>
        <translation>Câu lệnh có thông tin cá nhân: {found_data}. Đừng đưa những thông tin này lên AI. Hãy xoá đi, hoặc thay bằng chỗ trống như {placeholder}.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="393" />
        <source>Bài này không đòi phần nào riêng. Câu lệnh được {stars} sao.</source>
        <translation>Bài này không đòi phần nào riêng. Câu lệnh được {stars} sao.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="395" />
        <source>Cách tính sao: đủ mọi phần bài này cần thì 3 sao; có từ một nửa số phần trở lên thì 2 sao; ít hơn một nửa thì 1 sao. Câu lệnh có thông tin cá nhân thì chỉ được 1 sao.</source>
        <translation>Cách tính sao: đủ mọi phần bài này cần thì 3 sao; có từ một nửa số phần trở lên thì 2 sao; ít hơn một nửa thì 1 sao. Câu lệnh có thông tin cá nhân thì chỉ được 1 sao.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="398" />
        <source>Câu lệnh của bạn có {present}/{expected} phần, nhưng có thông tin cá nhân, nên được 1 sao.</source>
        <translation>Câu lệnh của bạn có {present}/{expected} phần, nhưng có thông tin cá nhân, nên được 1 sao.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="400" />
        <source>Câu lệnh của bạn có {present}/{expected} phần, nên được {stars} sao.</source>
        <translation>Câu lệnh của bạn có {present}/{expected} phần, nên được {stars} sao.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="402" />
        <source>Nhưng câu lệnh có thông tin cá nhân: hãy xoá đi trước khi gửi.</source>
        <translation>Nhưng câu lệnh có thông tin cá nhân: hãy xoá đi trước khi gửi.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="404" />
        <source>Câu lệnh đã sẵn sàng.</source>
        <translation>Câu lệnh đã sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="406" />
        <source>Tốt lắm! Câu lệnh có đủ {expected} phần bài này cần.</source>
        <translation>Tốt lắm! Câu lệnh có đủ {expected} phần bài này cần.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="408" />
        <source>Câu lệnh đã có {parts}.</source>
        <translation>Câu lệnh đã có {parts}.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="410" />
        <source>Câu lệnh chưa có phần nào bài này cần.</source>
        <translation>Câu lệnh chưa có phần nào bài này cần.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="412" />
        <source>Còn thiếu {parts}.</source>
        <translation>Còn thiếu {parts}.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="414" />
        <location filename="../core_text.py" line="480" />
        <source>Bạn chưa gõ câu lệnh. Hãy viết vài câu nhờ AI làm việc.</source>
        <translation>Bạn chưa gõ câu lệnh. Hãy viết vài câu nhờ AI làm việc.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="416" />
        <source>vai trò</source>
        <translation>vai trò</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="418" />
        <source>bối cảnh</source>
        <translation>bối cảnh</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="420" />
        <source>nhiệm vụ</source>
        <translation>nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="422" />
        <source>định dạng</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="424" />
        <source>độ dài</source>
        <translation>độ dài</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="426" />
        <source>giọng văn</source>
        <translation>giọng văn</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="428" />
        <source>ví dụ</source>
        <translation>ví dụ</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="430" />
        <source>giới hạn</source>
        <translation>giới hạn</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="432" />
        <source>nói AI đóng vai ai, bắt đầu bằng “Bạn là…”</source>
        <translation>nói AI đóng vai ai, bắt đầu bằng “Bạn là…”</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="434" />
        <source>kể chuyện gì, viết cho ai đọc, ví dụ “Người đọc là…” hoặc “Tôi là…”</source>
        <translation>kể chuyện gì, viết cho ai đọc, ví dụ “Người đọc là…” hoặc “Tôi là…”</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="436" />
        <source>nói rõ việc AI cần làm, bắt đầu bằng “Hãy viết…”, “Hãy tóm tắt…”</source>
        <translation>nói rõ việc AI cần làm, bắt đầu bằng “Hãy viết…”, “Hãy tóm tắt…”</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="438" />
        <source>nói cách trình bày: gạch đầu dòng, bảng, danh sách đánh số hay lá thư</source>
        <translation>nói cách trình bày: gạch đầu dòng, bảng, danh sách đánh số hay lá thư</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="440" />
        <source>ghi con số, ví dụ “dưới 100 chữ”, “3 câu”, “5 gạch đầu dòng”</source>
        <translation>ghi con số, ví dụ “dưới 100 chữ”, “3 câu”, “5 gạch đầu dòng”</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="442" />
        <source>nói cách nói, ví dụ “giọng thân mật”, “lễ phép”, “trang trọng”, “dễ hiểu”</source>
        <translation>nói cách nói, ví dụ “giọng thân mật”, “lễ phép”, “trang trọng”, “dễ hiểu”</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="444" />
        <source>đưa một ví dụ, bắt đầu bằng “Ví dụ:” hoặc dặn “viết theo mẫu này”</source>
        <translation>đưa một ví dụ, bắt đầu bằng “Ví dụ:” hoặc dặn “viết theo mẫu này”</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="446" />
        <source>dặn điều cần tránh, ví dụ “Không thêm thông tin khác”, “Đừng ghi số điện thoại”</source>
        <translation>dặn điều cần tránh, ví dụ “Không thêm thông tin khác”, “Đừng ghi số điện thoại”</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="448" />
        <source>[số điện thoại]</source>
        <translation>[số điện thoại]</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="450" />
        <source>[số căn cước]</source>
        <translation>[số căn cước]</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="452" />
        <source>[số tài khoản]</source>
        <translation>[số tài khoản]</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="454" />
        <source>[e-mail]</source>
        <translation>[e-mail]</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="456" />
        <source>[mã]</source>
        <translation>[mã]</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="458" />
        <source>Chưa có câu trả lời của AI để kiểm tra.</source>
        <translation>Chưa có câu trả lời của AI để kiểm tra.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="460" />
        <source>Câu trả lời của AI đạt {passed}/{counted} điều kiện của bài.</source>
        <translation>Câu trả lời của AI đạt {passed}/{counted} điều kiện của bài.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="462" />
        <source>Chỗ đánh dấu rộng quá. Hãy chọn đúng câu có lỗi thôi.</source>
        <translation>Chỗ đánh dấu rộng quá. Hãy chọn đúng câu có lỗi thôi.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="464" />
        <source>Chỗ này không sai.</source>
        <translation>Chỗ này không sai.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="466" />
        <source>Một chỗ đánh dấu được tính là tìm đúng khi ít nhất một nửa chỗ đó nằm trên chỗ sai, hoặc nó phủ ít nhất một nửa chỗ sai mà không dài quá hai lần chỗ sai, hoặc nó là câu chứa trọn chỗ sai. Đánh dấu cả đoạn dài thì không được tính. 3 sao: tìm đủ mọi lỗi và không đánh dấu nhầm. 2 sao: số lỗi tìm được trừ số chỗ nhầm vẫn từ một nửa số lỗi trở lên. Còn lại: 1 sao.</source>
        <translation>Một chỗ đánh dấu được tính là tìm đúng khi ít nhất một nửa chỗ đó nằm trên chỗ sai, hoặc nó phủ ít nhất một nửa chỗ sai mà không dài quá hai lần chỗ sai, hoặc nó là câu chứa trọn chỗ sai. Đánh dấu cả đoạn dài thì không được tính. 3 sao: tìm đủ mọi lỗi và không đánh dấu nhầm. 2 sao: số lỗi tìm được trừ số chỗ nhầm vẫn từ một nửa số lỗi trở lên. Còn lại: 1 sao.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="472" />
        <source>Giỏi lắm! Bạn tìm đủ {total} lỗi của AI.</source>
        <translation>Giỏi lắm! Bạn tìm đủ {total} lỗi của AI.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="474" />
        <source>Bạn tìm được {found}/{total} lỗi.</source>
        <translation>Bạn tìm được {found}/{total} lỗi.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="476" />
        <source>Có {wrong} chỗ đánh dấu nhầm.</source>
        <translation>Có {wrong} chỗ đánh dấu nhầm.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="478" />
        <source>Hãy đọc lại từng câu và tự hỏi: điều này có đúng không?</source>
        <translation>Hãy đọc lại từng câu và tự hỏi: điều này có đúng không?</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="482" />
        <source>Câu lệnh dài quá ({chars} ký tự). Hãy rút gọn còn dưới {max_chars} ký tự.</source>
        <translation>Câu lệnh dài quá ({chars} ký tự). Hãy rút gọn còn dưới {max_chars} ký tự.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="484" />
        <source>Bài này không có phần tìm lỗi của AI.</source>
        <translation>Bài này không có phần tìm lỗi của AI.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="486" />
        <source>Không chấm được loại câu hỏi này.</source>
        <translation>Không chấm được loại câu hỏi này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="488" />
        <source>Hãy chọn một đáp án.</source>
        <translation>Hãy chọn một đáp án.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="490" />
        <source>Hãy chọn ít nhất một đáp án.</source>
        <translation>Hãy chọn ít nhất một đáp án.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="492" />
        <source>Hãy chọn lại các đáp án.</source>
        <translation>Hãy chọn lại các đáp án.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="494" />
        <source>Hãy chọn Đúng hoặc Sai.</source>
        <translation>Hãy chọn Đúng hoặc Sai.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="496" />
        <source>Hãy sắp xếp tất cả các bước.</source>
        <translation>Hãy sắp xếp tất cả các bước.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="498" />
        <source>Hãy nối hết các cặp.</source>
        <translation>Hãy nối hết các cặp.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="500" />
        <source>Hãy nối lại các cặp.</source>
        <translation>Hãy nối lại các cặp.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="502" />
        <source>Hãy gõ câu trả lời của bạn.</source>
        <translation>Hãy gõ câu trả lời của bạn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="504" />
        <source>Câu trả lời dài quá. Hãy gõ ngắn gọn hơn.</source>
        <translation>Câu trả lời dài quá. Hãy gõ ngắn gọn hơn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="506" />
        <source>Bản ghi âm dài quá {minutes} phút. Hãy ghi từng đoạn ngắn hơn.</source>
        <translation>Bản ghi âm dài quá {minutes} phút. Hãy ghi từng đoạn ngắn hơn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="508" />
        <source>Không nghe thấy tiếng nói trong bản ghi âm. Hãy kiểm tra micrô rồi ghi lại.</source>
        <translation>Không nghe thấy tiếng nói trong bản ghi âm. Hãy kiểm tra micrô rồi ghi lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="510" />
        <source>Máy này chưa nghe được giọng nói. Bạn vẫn gõ chữ bằng bàn phím như thường.</source>
        <translation>Máy này chưa nghe được giọng nói. Bạn vẫn gõ chữ bằng bàn phím như thường.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="512" />
        <source>Thiếu tệp cấu hình đi kèm giọng đọc (tệp .onnx.json nằm cạnh tệp .onnx).</source>
        <translation>Thiếu tệp cấu hình đi kèm giọng đọc (tệp .onnx.json nằm cạnh tệp .onnx).</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="514" />
        <source>Tệp cấu hình giọng đọc bị hỏng. Hãy chép lại từ nguồn gốc.</source>
        <translation>Tệp cấu hình giọng đọc bị hỏng. Hãy chép lại từ nguồn gốc.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="516" />
        <source>Đây không phải giọng đọc Piper. Hãy chọn tệp .onnx của một giọng đọc Piper.</source>
        <translation>Đây không phải giọng đọc Piper. Hãy chọn tệp .onnx của một giọng đọc Piper.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="518" />
        <source>Tệp này không phải giọng đọc, hoặc bị chép thiếu. Hãy chép lại tệp .onnx.</source>
        <translation>Tệp này không phải giọng đọc, hoặc bị chép thiếu. Hãy chép lại tệp .onnx.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="520" />
        <source>Máy này chưa chạy được giọng đọc mới. Ứng dụng vẫn đọc bằng giọng sẵn có.</source>
        <translation>Máy này chưa chạy được giọng đọc mới. Ứng dụng vẫn đọc bằng giọng sẵn có.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="522" />
        <source>Tệp giọng đọc bị hỏng hoặc bị chép thiếu. Hãy chép lại từ nguồn gốc.</source>
        <translation>Tệp giọng đọc bị hỏng hoặc bị chép thiếu. Hãy chép lại từ nguồn gốc.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="524" />
        <source>Hãy chọn tệp giọng đọc có đuôi .onnx (kèm tệp .onnx.json cùng tên).</source>
        <translation>Hãy chọn tệp giọng đọc có đuôi .onnx (kèm tệp .onnx.json cùng tên).</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="526" />
        <source>Chép giọng đọc bị lỗi giữa chừng. Hãy thử lại.</source>
        <translation>Chép giọng đọc bị lỗi giữa chừng. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="528" />
        <source>Giọng mới: {speaker}</source>
        <translation>Giọng mới: {speaker}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="530" />
        <source>Giọng mới: {speaker} (tiếng nước ngoài: {language})</source>
        <translation>Giọng mới: {speaker} (tiếng nước ngoài: {language})</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="532" />
        <source>Máy còn {free_mb} MB bộ nhớ trống, giọng này cần khoảng {need_mb} MB. Không nên dùng trên máy này.</source>
        <translation>Máy còn {free_mb} MB bộ nhớ trống, giọng này cần khoảng {need_mb} MB. Không nên dùng trên máy này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="534" />
        <source>Đủ bộ nhớ (cần khoảng {need_mb} MB, máy còn {free_mb} MB).</source>
        <translation>Đủ bộ nhớ (cần khoảng {need_mb} MB, máy còn {free_mb} MB).</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="536" />
        <source>Đọc nhanh: chỉ mất {factor} giây cho mỗi giây lời nói.</source>
        <translation>Đọc nhanh: chỉ mất {factor} giây cho mỗi giây lời nói.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="538" />
        <source>Đọc được nhưng hơi chậm ({factor} giây cho mỗi giây lời nói): câu đầu sẽ chờ một lúc.</source>
        <translation>Đọc được nhưng hơi chậm ({factor} giây cho mỗi giây lời nói): câu đầu sẽ chờ một lúc.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="540" />
        <source>Máy này đọc giọng này quá chậm ({factor} giây cho mỗi giây lời nói). Nên dùng giọng có sẵn.</source>
        <translation>Máy này đọc giọng này quá chậm ({factor} giây cho mỗi giây lời nói). Nên dùng giọng có sẵn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="542" />
        <source>Lưu ý: đây là giọng tiếng nước ngoài ({language}), đọc tiếng Việt sẽ khó nghe.</source>
        <translation>Lưu ý: đây là giọng tiếng nước ngoài ({language}), đọc tiếng Việt sẽ khó nghe.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="544" />
        <source>Không mở được tệp gói bài học. Hãy kiểm tra USB hoặc chép tệp vào máy rồi thử lại.</source>
        <translation>Không mở được tệp gói bài học. Hãy kiểm tra USB hoặc chép tệp vào máy rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="546" />
        <source>Không nạp được gói bài học đi kèm ứng dụng.</source>
        <translation>Không nạp được gói bài học đi kèm ứng dụng.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="548" />
        <source>Một phần bài học trên máy này bị hỏng. Hãy nhờ cán bộ kỹ thuật nạp lại gói bài học (Cài đặt → Nạp gói bài học). Tiến độ học của bạn vẫn còn nguyên.</source>
        <translation>Một phần bài học trên máy này bị hỏng. Hãy nhờ cán bộ kỹ thuật nạp lại gói bài học (Cài đặt → Nạp gói bài học). Tiến độ học của bạn vẫn còn nguyên.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="550" />
        <source>Dữ liệu này do một phiên bản mới hơn của ứng dụng tạo ra. Hãy cài phiên bản mới nhất rồi mở lại.</source>
        <translation>Dữ liệu này do một phiên bản mới hơn của ứng dụng tạo ra. Hãy cài phiên bản mới nhất rồi mở lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="552" />
        <source>Đang chép mô hình… {done} / {total}</source>
        <translation>Đang chép mô hình… {done} / {total}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="554" />
        <source>Đang chuẩn bị mô hình có sẵn… {done} / {total}</source>
        <translation>Đang chuẩn bị mô hình có sẵn… {done} / {total}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="556" />
        <source>Đang kiểm tra tệp mô hình…</source>
        <translation>Đang kiểm tra tệp mô hình…</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="558" />
        <source>Đã kiểm tra xong.</source>
        <translation>Đã kiểm tra xong.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="560" />
        <source>Máy này đủ bộ nhớ cho mô hình {name}, khoảng {size}. Nhờ cán bộ chép tệp {file_name} từ USB vào máy để AI trả lời tốt hơn.</source>
        <translation>Máy này đủ bộ nhớ cho mô hình {name}, khoảng {size}. Nhờ cán bộ chép tệp {file_name} từ USB vào máy để AI trả lời tốt hơn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="562" />
        <source>Máy này dùng mô hình nhỏ có sẵn trong phần mềm. Mô hình nhỏ trả lời còn yếu: hãy xem câu trả lời của nó như bài tập để kiểm tra.</source>
        <translation>Máy này dùng mô hình nhỏ có sẵn trong phần mềm. Mô hình nhỏ trả lời còn yếu: hãy xem câu trả lời của nó như bài tập để kiểm tra.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="564" />
        <source>Tên đăng nhập dài quá. Hãy dùng tối đa {limit} chữ cái.</source>
        <translation>Tên đăng nhập dài quá. Hãy dùng tối đa {limit} chữ cái.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="566" />
        <source>Mật khẩu cần ít nhất {least} ký tự.</source>
        <translation>Mật khẩu cần ít nhất {least} ký tự.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="568" />
        <source>Mật khẩu dài quá. Hãy dùng tối đa {limit} ký tự.</source>
        <translation>Mật khẩu dài quá. Hãy dùng tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="570" />
        <source>Máy này đã đăng ký với máy chủ của xã. Tài khoản giáo viên do cán bộ tạo trên máy chủ, rồi tự về máy này khi đồng bộ.</source>
        <translation>Máy này đã đăng ký với máy chủ của xã. Tài khoản giáo viên do cán bộ tạo trên máy chủ, rồi tự về máy này khi đồng bộ.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="572" />
        <source>Tên lớp dài quá. Hãy dùng tối đa {limit} chữ cái.</source>
        <translation>Tên lớp dài quá. Hãy dùng tối đa {limit} chữ cái.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="574" />
        <source>Hồ sơ “{name}” đã được gộp hoặc cất đi.</source>
        <translation>Hồ sơ “{name}” đã được gộp hoặc cất đi.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="576" />
        <source>Hồ sơ “{name}” đã được gộp vào hồ sơ khác rồi.</source>
        <translation>Hồ sơ “{name}” đã được gộp vào hồ sơ khác rồi.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="578" />
        <source>Hồ sơ “{name}” đã được cất đi.</source>
        <translation>Hồ sơ “{name}” đã được cất đi.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="580" />
        <source>Dòng {line}:</source>
        <translation>Dòng {line}:</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="582" />
        <source>Dòng {line}: thiếu tên.</source>
        <translation>Dòng {line}: thiếu tên.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="584" />
        <source>Dòng {line}: tên “{name}” bị lỗi phông chữ. Hãy sửa tên rồi nhập lại.</source>
        <translation>Dòng {line}: tên “{name}” bị lỗi phông chữ. Hãy sửa tên rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="586" />
        <source>Dòng {line}: có {count} người tên “{name}”. Hãy ghi thêm mã người học.</source>
        <translation>Dòng {line}: có {count} người tên “{name}”. Hãy ghi thêm mã người học.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="588" />
        <source>Dòng {line}: trùng người với dòng {first}.</source>
        <translation>Dòng {line}: trùng người với dòng {first}.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="590" />
        <source>Tệp có quá nhiều dòng. Mỗi lần nhập tối đa {limit} người.</source>
        <translation>Tệp có quá nhiều dòng. Mỗi lần nhập tối đa {limit} người.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="592" />
        <source>Tệp này không dùng mã UTF-8 nên tên tiếng Việt sẽ bị lỗi. Trong Excel, hãy chọn Lưu thành → “CSV UTF-8 (Comma delimited)” rồi nhập lại.</source>
        <translation>Tệp này không dùng mã UTF-8 nên tên tiếng Việt sẽ bị lỗi. Trong Excel, hãy chọn Lưu thành → “CSV UTF-8 (Comma delimited)” rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="594" />
        <source>máy chủ đã thu hồi quyền của máy này, hãy thêm lại điểm học</source>
        <translation>máy chủ đã thu hồi quyền của máy này, hãy thêm lại điểm học</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="596" />
        <source>không kết nối được máy chủ {hub_url}</source>
        <translation>không kết nối được máy chủ {hub_url}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="598" />
        <source>chưa biết máy chủ của điểm học này. Hãy thêm điểm học, hoặc ghi ra USB.</source>
        <translation>chưa biết máy chủ của điểm học này. Hãy thêm điểm học, hoặc ghi ra USB.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="600" />
        <source>máy trả lời ở {hub_url} không phải máy chủ mà máy này đã đăng ký, nên không lấy danh sách máy từ đó. Hãy báo người quản lý máy chủ.</source>
        <translation>máy trả lời ở {hub_url} không phải máy chủ mà máy này đã đăng ký, nên không lấy danh sách máy từ đó. Hãy báo người quản lý máy chủ.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="603" />
        <source>Máy trả lời ở {hub_url} không phải máy chủ mà máy này đã đăng ký. Tệp vẫn nằm trên máy này. Hãy báo người quản lý máy chủ.</source>
        <translation>Máy trả lời ở {hub_url} không phải máy chủ mà máy này đã đăng ký. Tệp vẫn nằm trên máy này. Hãy báo người quản lý máy chủ.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="606" />
        <source>Đang nhận tệp {number}/{count}…</source>
        <translation>Đang nhận tệp {number}/{count}…</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="608" />
        <source>Đang ghi tệp {number}/{count}…</source>
        <translation>Đang ghi tệp {number}/{count}…</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="610" />
        <source>Đang gửi tệp {number}/{count}…</source>
        <translation>Đang gửi tệp {number}/{count}…</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="612" />
        <source>Đã nhận {count} tệp trước đó.</source>
        <translation>Đã nhận {count} tệp trước đó.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="614" />
        <source>Đã ghi {written}/{count} tệp.</source>
        <translation>Đã ghi {written}/{count} tệp.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="616" />
        <source>Không ghi được vào USB. Hãy kiểm tra USB rồi thử lại.</source>
        <translation>Không ghi được vào USB. Hãy kiểm tra USB rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="618" />
        <source>không đọc được tệp ({reason}).</source>
        <translation>không đọc được tệp ({reason}).</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="620" />
        <source>không gửi được ({reason}).</source>
        <translation>không gửi được ({reason}).</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="622" />
        <source>Sai {count} câu liền ở {lesson}</source>
        <translation>Sai {count} câu liền ở {lesson}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="624" />
        <source>Không học {days} ngày</source>
        <translation>Không học {days} ngày</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="626" />
        <source>Chưa học lần nào, đã vào lớp {days} ngày</source>
        <translation>Chưa học lần nào, đã vào lớp {days} ngày</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="628" />
        <source>Máy chủ đồng bộ dùng phiên bản mới hơn. Hãy cập nhật ứng dụng trên máy này.</source>
        <translation>Máy chủ đồng bộ dùng phiên bản mới hơn. Hãy cập nhật ứng dụng trên máy này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="630" />
        <source>Máy này chưa được đăng ký với máy chủ, hoặc đã bị thu hồi. Hãy đăng ký lại.</source>
        <translation>Máy này chưa được đăng ký với máy chủ, hoặc đã bị thu hồi. Hãy đăng ký lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="632" />
        <source>Gói dữ liệu quá lớn.</source>
        <translation>Gói dữ liệu quá lớn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="634" />
        <source>Dữ liệu gửi lên không đúng dạng.</source>
        <translation>Dữ liệu gửi lên không đúng dạng.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="636" />
        <source>Mã đăng ký không đúng. Hãy kiểm tra lại mã.</source>
        <translation>Mã đăng ký không đúng. Hãy kiểm tra lại mã.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="638" />
        <source>Mã đăng ký này đã hết hạn. Hãy xin mã mới ở người quản lý máy chủ.</source>
        <translation>Mã đăng ký này đã hết hạn. Hãy xin mã mới ở người quản lý máy chủ.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="640" />
        <source>Đã thử đăng ký sai quá nhiều lần. Hãy đợi khoảng 10 phút rồi thử lại.</source>
        <translation>Đã thử đăng ký sai quá nhiều lần. Hãy đợi khoảng 10 phút rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="642" />
        <source>Máy này đã bị thu hồi ở máy chủ. Hãy nhờ người quản lý máy chủ giúp.</source>
        <translation>Máy này đã bị thu hồi ở máy chủ. Hãy nhờ người quản lý máy chủ giúp.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="644" />
        <source>Mã máy này đã thuộc về một máy khác. Hãy nhờ người quản lý máy chủ giúp.</source>
        <translation>Mã máy này đã thuộc về một máy khác. Hãy nhờ người quản lý máy chủ giúp.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="646" />
        <source>Mã máy này đã được đăng ký. Hãy nhờ người quản lý máy chủ giúp.</source>
        <translation>Mã máy này đã được đăng ký. Hãy nhờ người quản lý máy chủ giúp.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="648" />
        <source>Chữ ký của máy này không đúng. Máy chủ không nhận dữ liệu này.</source>
        <translation>Chữ ký của máy này không đúng. Máy chủ không nhận dữ liệu này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="650" />
        <source>Yêu cầu này đã được gửi trước đây. Máy chủ không nhận lại.</source>
        <translation>Yêu cầu này đã được gửi trước đây. Máy chủ không nhận lại.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="652" />
        <source>Máy chủ này chưa được cấp quyền chuyển tiếp. Hãy nhờ người quản lý máy chủ cấp quyền.</source>
        <translation>Máy chủ này chưa được cấp quyền chuyển tiếp. Hãy nhờ người quản lý máy chủ cấp quyền.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="654" />
        <source>Máy chủ chưa có khóa của máy này. Hãy đồng bộ lại từ đầu.</source>
        <translation>Máy chủ chưa có khóa của máy này. Hãy đồng bộ lại từ đầu.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="656" />
        <source>Dữ liệu gửi lên không theo đúng thứ tự của máy này. Máy chủ không nhận.</source>
        <translation>Dữ liệu gửi lên không theo đúng thứ tự của máy này. Máy chủ không nhận.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="658" />
        <source>Không thấy danh mục của điểm học này trong USB.</source>
        <translation>Không thấy danh mục của điểm học này trong USB.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="660" />
        <source>Danh mục trong USB không phải của máy chủ mà máy này đã đăng ký. Máy không dùng.</source>
        <translation>Danh mục trong USB không phải của máy chủ mà máy này đã đăng ký. Máy không dùng.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="662" />
        <source>Danh mục trong USB dành cho điểm học khác.</source>
        <translation>Danh mục trong USB dành cho điểm học khác.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="664" />
        <source>Đang tải về: {name} {percent}%</source>
        <translation>Đang tải về: {name} {percent}%</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="666" />
        <source>Không tải {name}: máy cần khoảng {need_ram} bộ nhớ (RAM) để chạy nhưng chỉ còn {free_ram} trống.</source>
        <translation>Không tải {name}: máy cần khoảng {need_ram} bộ nhớ (RAM) để chạy nhưng chỉ còn {free_ram} trống.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="669" />
        <source>Không tải {name}: bộ xử lý của máy này đời cũ (thiếu {feature}) nên không chạy được.</source>
        <translation>Không tải {name}: bộ xử lý của máy này đời cũ (thiếu {feature}) nên không chạy được.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="671" />
        <source>Chưa tải {name}: ổ đĩa cần thêm {size} nhưng chỉ còn {free} trống. Hãy xoá bớt tệp không cần.</source>
        <translation>Chưa tải {name}: ổ đĩa cần thêm {size} nhưng chỉ còn {free} trống. Hãy xoá bớt tệp không cần.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="674" />
        <source>Tệp {name} tải về bị hỏng nên đã bị xoá. Máy sẽ tải lại ở lần đồng bộ sau.</source>
        <translation>Tệp {name} tải về bị hỏng nên đã bị xoá. Máy sẽ tải lại ở lần đồng bộ sau.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="676" />
        <source>Gói bài học {name} không có chữ ký hợp lệ nên đã bị xoá. Máy không dùng gói này.</source>
        <translation>Gói bài học {name} không có chữ ký hợp lệ nên đã bị xoá. Máy không dùng gói này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="678" />
        <source>Mất kết nối khi đang tải {name}. Lần đồng bộ sau máy sẽ tải tiếp từ chỗ đã dừng.</source>
        <translation>Mất kết nối khi đang tải {name}. Lần đồng bộ sau máy sẽ tải tiếp từ chỗ đã dừng.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="680" />
        <source>Máy chủ không cho tải {name}.</source>
        <translation>Máy chủ không cho tải {name}.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="687" />
        <source>Đúng rồi! Bạn làm tốt lắm.</source>
        <translation>Đúng rồi! Bạn làm tốt lắm.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="688" />
        <source>Chính xác! Cứ thế mà tiếp tục nhé.</source>
        <translation>Chính xác! Cứ thế mà tiếp tục nhé.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="689" />
        <source>Giỏi quá! Bạn đã nắm được ý này.</source>
        <translation>Giỏi quá! Bạn đã nắm được ý này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="690" />
        <source>Đúng vậy. Bạn hiểu bài rồi đấy.</source>
        <translation>Đúng vậy. Bạn hiểu bài rồi đấy.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="692" />
        <source>Chưa đúng, không sao cả. Đọc lời giải thích rồi thử lại nhé.</source>
        <translation>Chưa đúng, không sao cả. Đọc lời giải thích rồi thử lại nhé.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="694" />
        <source>Gần được rồi. Ai học cũng có lúc nhầm, mình xem lại một chút nhé.</source>
        <translation>Gần được rồi. Ai học cũng có lúc nhầm, mình xem lại một chút nhé.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="695" />
        <source>Chưa đúng lần này. Lần sau bạn sẽ nhớ hơn.</source>
        <translation>Chưa đúng lần này. Lần sau bạn sẽ nhớ hơn.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="697" />
        <source>Không sao đâu. Sai là một cách để học, bạn đọc giải thích nhé.</source>
        <translation>Không sao đâu. Sai là một cách để học, bạn đọc giải thích nhé.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="699" />
        <source>Bạn đã làm tốt bài này! Vài ngày nữa mình ôn lại một chút cho nhớ lâu.</source>
        <translation>Bạn đã làm tốt bài này! Vài ngày nữa mình ôn lại một chút cho nhớ lâu.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="701" />
        <source>Xong bài rồi! Hẹn bạn ôn lại sau ít hôm để thật thành thạo.</source>
        <translation>Xong bài rồi! Hẹn bạn ôn lại sau ít hôm để thật thành thạo.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="702" />
        <source>Tuyệt vời! Bạn đã thành thạo bài này.</source>
        <translation>Tuyệt vời! Bạn đã thành thạo bài này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="703" />
        <source>Bạn nhớ bài rất chắc. Đã thành thạo!</source>
        <translation>Bạn nhớ bài rất chắc. Đã thành thạo!</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="705" />
        <source>Chúc mừng bạn đã qua cấp độ {level}! Bạn nhận được huy hiệu và giấy chứng nhận.</source>
        <translation>Chúc mừng bạn đã qua cấp độ {level}! Bạn nhận được huy hiệu và giấy chứng nhận.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="707" />
        <source>Bạn đã vượt qua cấp độ {level}. Thật đáng tự hào!</source>
        <translation>Bạn đã vượt qua cấp độ {level}. Thật đáng tự hào!</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="710" />
        <source>Bạn đúng {correct} trên {total} câu. Cần {needed} câu đúng để qua. Ôn lại một chút rồi thử lần nữa nhé.</source>
        <translation>Bạn đúng {correct} trên {total} câu. Cần {needed} câu đúng để qua. Ôn lại một chút rồi thử lần nữa nhé.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="713" />
        <source>Lần này bạn đúng {correct} trên {total} câu. Cần {needed} câu. Bạn có thể làm lại bất cứ lúc nào.</source>
        <translation>Lần này bạn đúng {correct} trên {total} câu. Cần {needed} câu. Bạn có thể làm lại bất cứ lúc nào.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="716" />
        <source>Chào mừng bạn! Hôm nay ta bắt đầu từ bài đầu tiên nhé.</source>
        <translation>Chào mừng bạn! Hôm nay ta bắt đầu từ bài đầu tiên nhé.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="718" />
        <source>Chào mừng bạn quay lại! Hôm nay học một chút là tốt rồi.</source>
        <translation>Chào mừng bạn quay lại! Hôm nay học một chút là tốt rồi.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="719" />
        <source>Bạn đã học {days} ngày liền. Giỏi lắm!</source>
        <translation>Bạn đã học {days} ngày liền. Giỏi lắm!</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="721" />
        <source>{days} ngày liền rồi! Mỗi ngày một chút là nhớ lâu.</source>
        <translation>{days} ngày liền rồi! Mỗi ngày một chút là nhớ lâu.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="724" />
        <source>Các bài học chưa nói về điều này. Bạn thử hỏi cách khác, hoặc hỏi thầy cô, cán bộ xã.</source>
        <translation>Các bài học chưa nói về điều này. Bạn thử hỏi cách khác, hoặc hỏi thầy cô, cán bộ xã.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="727" />
        <source>Bạn chưa gõ câu hỏi. Hãy gõ điều bạn muốn hỏi, có dấu hay không dấu đều được.</source>
        <translation>Bạn chưa gõ câu hỏi. Hãy gõ điều bạn muốn hỏi, có dấu hay không dấu đều được.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="729" />
        <source>Bài học có nói về điều này.</source>
        <translation>Bài học có nói về điều này.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="731" />
        <source>Máy chưa có AI để trả lời, nhưng bài học có nói về điều này:</source>
        <translation>Máy chưa có AI để trả lời, nhưng bài học có nói về điều này:</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="732" />
        <source>(Bài “{title}”, mục “{heading}”)</source>
        <translation>(Bài “{title}”, mục “{heading}”)</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="734" />
        <source>Hôm nay không có gì cần ôn. Bạn có thể học bài mới.</source>
        <translation>Hôm nay không có gì cần ôn. Bạn có thể học bài mới.</translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../screens/create_profile.py" line="87" />
        <source>Thêm người học mới</source>
        <translation>Thêm người học mới</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="88" />
        <source>&amp;Tên của bạn:</source>
        <translation>&amp;Tên của bạn:</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="89" />
        <source>Tên của bạn</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="90" />
        <source>Ví dụ: Chị Hoa</source>
        <translation>Ví dụ: Chị Hoa</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="91" />
        <source>Chọn một hình để dễ nhận ra mình:</source>
        <translation>Chọn một hình để dễ nhận ra mình:</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="92" />
        <source>Đặt mã PIN 4 số (không bắt buộc)</source>
        <translation>Đặt mã PIN 4 số (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="93" />
        <source>Đặt mã PIN 4 số, không bắt buộc</source>
        <translation>Đặt mã PIN 4 số, không bắt buộc</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="148" />
        <source>Mã PIN cần đủ 4 số. Bạn mới bấm %d số.</source>
        <translation>Mã PIN cần đủ 4 số. Bạn mới bấm %d số.</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="99" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="100" />
        <source>Quay lại, không thêm</source>
        <translation>Quay lại, không thêm</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="101" />
        <location filename="../screens/create_profile.py" line="102" />
        <source>Lưu và vào học</source>
        <translation>Lưu và vào học</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="136" />
        <source>Hãy nhập tên của bạn.</source>
        <translation>Hãy nhập tên của bạn.</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="141" />
        <source>Hãy chọn một hình.</source>
        <translation>Hãy chọn một hình.</translation>
    </message>
</context>
<context>
    <name>DifficultTab</name>
    <message>
        <location filename="../screens/teacher/lists.py" line="96" />
        <source>Những câu cả lớp hay trả lời sai nhất. Nên giảng lại các câu này.</source>
        <translation>Những câu cả lớp hay trả lời sai nhất. Nên giảng lại các câu này.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="97" />
        <source>Câu hỏi khó của lớp</source>
        <translation>Câu hỏi khó của lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="99" />
        <source>Câu hỏi</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="99" />
        <source>Bài</source>
        <translation>Bài</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="99" />
        <source>Sai / đã trả lời</source>
        <translation>Sai / đã trả lời</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="99" />
        <source>Số người sai</source>
        <translation>Số người sai</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="101" />
        <source>Chưa có câu nào bị trả lời sai.</source>
        <translation>Chưa có câu nào bị trả lời sai.</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../widgets/downloads.py" line="43" />
        <source>Máy chủ gửi về máy này</source>
        <translation>Máy chủ gửi về máy này</translation>
    </message>
    <message>
        <location filename="../widgets/downloads.py" line="80" />
        <source>Đang tải về: %s (%s) %d%%</source>
        <translation>Đang tải về: %s (%s) %d%%</translation>
    </message>
    <message>
        <location filename="../widgets/downloads.py" line="82" />
        <source>Đang chờ tải: %s (%s)</source>
        <translation>Đang chờ tải: %s (%s)</translation>
    </message>
    <message>
        <location filename="../widgets/downloads.py" line="84" />
        <source>Đã có, dùng được: %s (%s)</source>
        <translation>Đã có, dùng được: %s (%s)</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../widgets/files.py" line="66" />
        <source>Mở</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../widgets/files.py" line="74" />
        <source>Chọn thư mục này</source>
        <translation>Chọn thư mục này</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../screens/teacher/grid.py" line="86" />
        <source>%s — Bài %s: %s — %s</source>
        <translation>%s — Bài %s: %s — %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="89" />
        <source> (đúng %d/%d câu)</source>
        <translation> (đúng %d/%d câu)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="111" />
        <source>%s. Cần giúp đỡ: %s</source>
        <translation>%s. Cần giúp đỡ: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="122" />
        <source>Người học</source>
        <translation>Người học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="128" />
        <source>Bài %s: %s</source>
        <translation>Bài %s: %s</translation>
    </message>
</context>
<context>
    <name>GridTab</name>
    <message>
        <location filename="../screens/teacher/grid.py" line="190" />
        <source>Xem cấp:</source>
        <translation>Xem cấp:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="191" />
        <source>Chọn cấp để xem</source>
        <translation>Chọn cấp để xem</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="192" />
        <source>Bảng theo dõi: người học theo từng bài</source>
        <translation>Bảng theo dõi: người học theo từng bài</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="193" />
        <source>Bấm vào tên (hoặc bấm Enter ở một ô) để xem trang của người học đó. ⚑ là người cần giúp đỡ.</source>
        <translation>Bấm vào tên (hoặc bấm Enter ở một ô) để xem trang của người học đó. ⚑ là người cần giúp đỡ.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="212" />
        <location filename="../screens/teacher/grid.py" line="213" />
        <source>Chú thích:</source>
        <translation>Chú thích:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="223" />
        <source>Tất cả các cấp</source>
        <translation>Tất cả các cấp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="225" />
        <source>Cấp %d: %s</source>
        <translation>Cấp %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="247" />
        <source>%d người học × %d bài</source>
        <translation>%d người học × %d bài</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../screens/teacher/group_dialog.py" line="18" />
        <source>Nhóm người học</source>
        <translation>Nhóm người học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/group_dialog.py" line="20" />
        <source>Nhóm và độ tuổi của %s, cho báo cáo của phong trào. Không bắt buộc; bấm lại hình đã chọn để bỏ chọn.</source>
        <translation>Nhóm và độ tuổi của %s, cho báo cáo của phong trào. Không bắt buộc; bấm lại hình đã chọn để bỏ chọn.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/group_dialog.py" line="29" />
        <source>Lưu nhóm</source>
        <translation>Lưu nhóm</translation>
    </message>
    <message>
        <location filename="../screens/teacher/group_dialog.py" line="29" />
        <source>Lưu nhóm và độ tuổi đã chọn cho người học này</source>
        <translation>Lưu nhóm và độ tuổi đã chọn cho người học này</translation>
    </message>
    <message>
        <location filename="../screens/teacher/group_dialog.py" line="31" />
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>HelpTab</name>
    <message>
        <location filename="../screens/teacher/lists.py" line="41" />
        <source>Những người sai nhiều câu liền hoặc 2 tuần nay không học. Bấm Enter hoặc bấm đúp để xem trang của người đó.</source>
        <translation>Những người sai nhiều câu liền hoặc 2 tuần nay không học. Bấm Enter hoặc bấm đúp để xem trang của người đó.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="43" />
        <source>Người học cần giúp đỡ</source>
        <translation>Người học cần giúp đỡ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="44" />
        <source>Hiện không có ai cần giúp đỡ. Cả lớp đang học đều.</source>
        <translation>Hiện không có ai cần giúp đỡ. Cả lớp đang học đều.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="53" />
        <source> (từ %s)</source>
        <translation> (từ %s)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/home.py" line="192" />
        <location filename="../screens/home.py" line="193" />
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="194" />
        <source>Đổi người học</source>
        <translation>Đổi người học</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="195" />
        <source>Đổi người học, trở về màn hình chọn tên</source>
        <translation>Đổi người học, trở về màn hình chọn tên</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="196" />
        <source>Tìm bài học, ví dụ: lừa đảo, viết đơn</source>
        <translation>Tìm bài học, ví dụ: lừa đảo, viết đơn</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="197" />
        <location filename="../screens/home.py" line="199" />
        <source>Tìm bài học</source>
        <translation>Tìm bài học</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="198" />
        <source>Tìm</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="200" />
        <source>Hỏi gia sư</source>
        <translation>Hỏi gia sư</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="201" />
        <source>Hỏi gia sư một câu, trả lời từ bài học</source>
        <translation>Hỏi gia sư một câu, trả lời từ bài học</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="229" />
        <location filename="../screens/home.py" line="236" />
        <source>Chào %s!</source>
        <translation>Chào %s!</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="249" />
        <source>Huy hiệu: %s</source>
        <translation>Huy hiệu: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="253" />
        <source>Tiếp tục bài đang học: %s</source>
        <translation>Tiếp tục bài đang học: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="255" />
        <source>Bạn đã học hết các bài đang mở. Giỏi lắm!</source>
        <translation>Bạn đã học hết các bài đang mở. Giỏi lắm!</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="259" />
        <source>Ôn tập hôm nay (%d câu)</source>
        <translation>Ôn tập hôm nay (%d câu)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="261" />
        <source>Hôm nay chưa có câu cần ôn</source>
        <translation>Hôm nay chưa có câu cần ôn</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="264" />
        <source>Giấy chứng nhận của tôi (%d)</source>
        <translation>Giấy chứng nhận của tôi (%d)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="271" />
        <source>Máy này chưa có gói bài học nào. Hãy nhờ thầy cô hoặc cán bộ xã cài gói bài học.</source>
        <translation>Máy này chưa có gói bài học nào. Hãy nhờ thầy cô hoặc cán bộ xã cài gói bài học.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="274" />
        <source>Năm cấp độ học:</source>
        <translation>Năm cấp độ học:</translation>
    </message>
</context>
<context>
    <name>LearnerGroupPicker</name>
    <message>
        <location filename="../widgets/learner_group.py" line="114" />
        <source>Người này thuộc nhóm nào? (không bắt buộc)</source>
        <translation>Người này thuộc nhóm nào? (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="115" />
        <source>Độ tuổi (không bắt buộc):</source>
        <translation>Độ tuổi (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="117" />
        <source>Bạn thuộc nhóm nào? (không bắt buộc)</source>
        <translation>Bạn thuộc nhóm nào? (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="118" />
        <source>Bạn bao nhiêu tuổi? (không bắt buộc)</source>
        <translation>Bạn bao nhiêu tuổi? (không bắt buộc)</translation>
    </message>
</context>
<context>
    <name>LearnerGroups</name>
    <message>
        <location filename="../widgets/learner_group.py" line="22" />
        <source>Học sinh, sinh viên</source>
        <translation>Học sinh, sinh viên</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="23" />
        <location filename="../widgets/learner_group.py" line="35" />
        <source>Người dân</source>
        <translation>Người dân</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="24" />
        <source>Cán bộ, công chức, viên chức</source>
        <translation>Cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="25" />
        <source>Người lao động trong doanh nghiệp</source>
        <translation>Người lao động trong doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="26" />
        <location filename="../widgets/learner_group.py" line="38" />
        <source>Khác</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="34" />
        <source>Học sinh,
sinh viên</source>
        <translation>Học sinh,
sinh viên</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="36" />
        <source>Cán bộ,
công chức</source>
        <translation>Cán bộ,
công chức</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="37" />
        <source>Lao động
doanh nghiệp</source>
        <translation>Lao động
doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="45" />
        <source>Dưới 18 tuổi</source>
        <translation>Dưới 18 tuổi</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="46" />
        <source>18 đến 34 tuổi</source>
        <translation>18 đến 34 tuổi</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="47" />
        <source>35 đến 59 tuổi</source>
        <translation>35 đến 59 tuổi</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="48" />
        <source>Từ 60 tuổi</source>
        <translation>Từ 60 tuổi</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="99" />
        <source>Trang người học</source>
        <translation>Trang người học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="100" />
        <source>Quay lại lớp</source>
        <translation>Quay lại lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="100" />
        <source>Quay lại trang của lớp</source>
        <translation>Quay lại trang của lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="102" />
        <source>Thời gian học:</source>
        <translation>Thời gian học:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="102" />
        <source>Số câu đã trả lời:</source>
        <translation>Số câu đã trả lời:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="103" />
        <source>Tỉ lệ trả lời đúng:</source>
        <translation>Tỉ lệ trả lời đúng:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="103" />
        <source>Bài đã làm đạt / đã thuộc:</source>
        <translation>Bài đã làm đạt / đã thuộc:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="104" />
        <source>Giấy chứng nhận:</source>
        <translation>Giấy chứng nhận:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="104" />
        <source>Lần học gần nhất:</source>
        <translation>Lần học gần nhất:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="105" />
        <source>Máy của người này đồng bộ lần cuối:</source>
        <translation>Máy của người này đồng bộ lần cuối:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="105" />
        <source>Cấp đã mở:</source>
        <translation>Cấp đã mở:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="109" />
        <source>Câu hay sai nhất:</source>
        <translation>Câu hay sai nhất:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="110" />
        <source>Câu hay sai nhất của người học</source>
        <translation>Câu hay sai nhất của người học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="111" />
        <source>Câu hỏi</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="111" />
        <source>Bài</source>
        <translation>Bài</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="111" />
        <source>Sai / đã trả lời</source>
        <translation>Sai / đã trả lời</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="112" />
        <source>Mở khoá cấp (không cần bài kiểm tra):</source>
        <translation>Mở khoá cấp (không cần bài kiểm tra):</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="113" />
        <source>Chọn cấp để mở khoá</source>
        <translation>Chọn cấp để mở khoá</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="114" />
        <source>Mở khoá…</source>
        <translation>Mở khoá…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="114" />
        <source>Mở khoá cấp đã chọn cho người học này</source>
        <translation>Mở khoá cấp đã chọn cho người học này</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="115" />
        <source>Chọn nhóm…</source>
        <translation>Chọn nhóm…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="116" />
        <source>Chọn nhóm người học và độ tuổi bằng hình</source>
        <translation>Chọn nhóm người học và độ tuổi bằng hình</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="140" />
        <source>%s (%d/%d câu)</source>
        <translation>%s (%d/%d câu)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="142" />
        <source>chưa trả lời câu nào</source>
        <translation>chưa trả lời câu nào</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="145" />
        <source>chưa học lần nào</source>
        <translation>chưa học lần nào</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="146" />
        <source>chưa biết</source>
        <translation>chưa biết</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="163" />
        <source>Cấp %d: %s</source>
        <translation>Cấp %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="168" />
        <source>Mọi cấp đã mở</source>
        <translation>Mọi cấp đã mở</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="172" />
        <source>chưa chọn</source>
        <translation>chưa chọn</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="173" />
        <source>Nhóm người học (cho báo cáo của phong trào): %s</source>
        <translation>Nhóm người học (cho báo cáo của phong trào): %s</translation>
    </message>
</context>
<context>
    <name>LearnerTile</name>
    <message>
        <location filename="../screens/start.py" line="84" />
        <source>(có mã PIN)</source>
        <translation>(có mã PIN)</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="88" />
        <source>Hình %s. Có mã PIN.</source>
        <translation>Hình %s. Có mã PIN.</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="89" />
        <source>Hình %s.</source>
        <translation>Hình %s.</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../screens/lesson.py" line="99" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="100" />
        <source>Quay lại trang trước</source>
        <translation>Quay lại trang trước</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="101" />
        <source>Nội dung bài học</source>
        <translation>Nội dung bài học</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="102" />
        <source>◀ Trước</source>
        <translation>◀ Trước</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="103" />
        <source>Phần trước</source>
        <translation>Phần trước</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="104" />
        <source>Tiếp ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="105" />
        <source>Phần tiếp theo</source>
        <translation>Phần tiếp theo</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="106" />
        <source>Nghe</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="107" />
        <source>Nghe đọc phần này</source>
        <translation>Nghe đọc phần này</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="109" />
        <source>Thực hành với AI</source>
        <translation>Thực hành với AI</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="110" />
        <source>Thực hành viết câu lệnh cho AI với bài này</source>
        <translation>Thực hành viết câu lệnh cho AI với bài này</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="111" />
        <source>Làm bài tập</source>
        <translation>Làm bài tập</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="112" />
        <source>Làm bài tập của bài này</source>
        <translation>Làm bài tập của bài này</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="124" />
        <source>Dừng ghi âm</source>
        <translation>Dừng ghi âm</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="124" />
        <source>Ghi âm giọng đọc</source>
        <translation>Ghi âm giọng đọc</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="126" />
        <source>Dừng ghi âm và lưu</source>
        <translation>Dừng ghi âm và lưu</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="126" />
        <source>Ghi âm giọng thầy cô đọc phần này</source>
        <translation>Ghi âm giọng thầy cô đọc phần này</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="182" />
        <source>Cấp %d · khoảng %d phút</source>
        <translation>Cấp %d · khoảng %d phút</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="183" />
        <source>Phần %d/%d</source>
        <translation>Phần %d/%d</translation>
    </message>
</context>
<context>
    <name>LevelCard</name>
    <message>
        <location filename="../screens/home.py" line="64" />
        <source>Hình cấp %d</source>
        <translation>Hình cấp %d</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="66" />
        <source>Cấp %d: %s</source>
        <translation>Cấp %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="72" />
        <source>Đã thuộc %d/%d bài</source>
        <translation>Đã thuộc %d/%d bài</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="74" />
        <source> · Đã qua bài kiểm tra ✓</source>
        <translation> · Đã qua bài kiểm tra ✓</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="76" />
        <source>Chưa mở. Hãy qua bài kiểm tra cấp %d trước.</source>
        <translation>Chưa mở. Hãy qua bài kiểm tra cấp %d trước.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="86" />
        <source>Vào học cấp %d</source>
        <translation>Vào học cấp %d</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="87" />
        <source>Cấp %d chưa mở</source>
        <translation>Cấp %d chưa mở</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="93" />
        <source>Làm bài kiểm tra cấp %d</source>
        <translation>Làm bài kiểm tra cấp %d</translation>
    </message>
</context>
<context>
    <name>LevelScreen</name>
    <message>
        <location filename="../screens/level.py" line="53" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="54" />
        <source>Quay lại trang chính</source>
        <translation>Quay lại trang chính</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="55" />
        <source>Các bài học của cấp này</source>
        <translation>Các bài học của cấp này</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="61" />
        <source>Cấp %d: %s</source>
        <translation>Cấp %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="75" />
        <source>%s (%d phút)</source>
        <translation>%s (%d phút)</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="78" />
        <source>. Đã học xong</source>
        <translation>. Đã học xong</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <location filename="../widgets/common.py" line="80" />
        <source>Xoá chữ đã gõ</source>
        <translation>Xoá chữ đã gõ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="74" />
        <location filename="../mainwindow.py" line="251" />
        <source>Gia sư Bình dân học AI</source>
        <translation>Gia sư Bình dân học AI</translation>
    </message>
    <message>
        <location filename="../controllers/session.py" line="121" />
        <source>Đã lấy lại dữ liệu cũ.</source>
        <translation>Đã lấy lại dữ liệu cũ.</translation>
    </message>
    <message>
        <location filename="../controllers/session.py" line="130" />
        <source>Không mở được dữ liệu của ứng dụng. Hãy báo cho cán bộ kỹ thuật.</source>
        <translation>Không mở được dữ liệu của ứng dụng. Hãy báo cho cán bộ kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../controllers/session.py" line="241" />
        <source>Bạn đã được tự đăng xuất vì lâu không dùng máy. Bấm vào hình của mình để học tiếp.</source>
        <translation>Bạn đã được tự đăng xuất vì lâu không dùng máy. Bấm vào hình của mình để học tiếp.</translation>
    </message>
    <message>
        <location filename="../controllers/quiz.py" line="109" />
        <source>Hôm nay chưa có câu nào cần ôn. Hẹn bạn ngày mai!</source>
        <translation>Hôm nay chưa có câu nào cần ôn. Hẹn bạn ngày mai!</translation>
    </message>
    <message>
        <location filename="../controllers/quiz.py" line="112" />
        <source>Ôn tập hôm nay</source>
        <translation>Ôn tập hôm nay</translation>
    </message>
    <message>
        <location filename="../controllers/quiz.py" line="131" />
        <source>Bài kiểm tra cấp %d</source>
        <translation>Bài kiểm tra cấp %d</translation>
    </message>
    <message>
        <location filename="../controllers/quiz.py" line="160" />
        <source>Rất tốt! Bạn đã nắm được bài này.</source>
        <translation>Rất tốt! Bạn đã nắm được bài này.</translation>
    </message>
    <message>
        <location filename="../controllers/quiz.py" line="161" />
        <source>Bạn làm lại thêm lần nữa nhé. Mỗi lần làm, bạn sẽ nhớ lâu hơn.</source>
        <translation>Bạn làm lại thêm lần nữa nhé. Mỗi lần làm, bạn sẽ nhớ lâu hơn.</translation>
    </message>
    <message>
        <location filename="../controllers/quiz.py" line="164" />
        <source>Ôn xong rồi. Mai ta ôn tiếp nhé!</source>
        <translation>Ôn xong rồi. Mai ta ôn tiếp nhé!</translation>
    </message>
    <message>
        <location filename="../controllers/certificates.py" line="55" />
        <source>Không lưu được tệp PDF (ổ đĩa đầy hoặc không ghi được).</source>
        <translation>Không lưu được tệp PDF (ổ đĩa đầy hoặc không ghi được).</translation>
    </message>
    <message>
        <location filename="../controllers/narration.py" line="151" />
        <source>Đang ghi âm… Đọc to phần này, xong thì bấm “Dừng ghi âm”.</source>
        <translation>Đang ghi âm… Đọc to phần này, xong thì bấm “Dừng ghi âm”.</translation>
    </message>
    <message>
        <location filename="../controllers/narration.py" line="168" />
        <source>Đã lưu giọng đọc. Từ nay máy này đọc phần này bằng giọng thầy cô.</source>
        <translation>Đã lưu giọng đọc. Từ nay máy này đọc phần này bằng giọng thầy cô.</translation>
    </message>
    <message>
        <location filename="../controllers/narration.py" line="117" />
        <source>Đang chuẩn bị…</source>
        <translation>Đang chuẩn bị…</translation>
    </message>
    <message>
        <location filename="../controllers/narration.py" line="118" />
        <source>Tạm dừng</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../controllers/narration.py" line="119" />
        <source>Nghe tiếp</source>
        <translation>Nghe tiếp</translation>
    </message>
    <message>
        <location filename="../controllers/narration.py" line="119" />
        <source>Nghe</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <location filename="../controllers/packs.py" line="29" />
        <source>Gói bài học này đã có trên máy. Không có gì thay đổi.</source>
        <translation>Gói bài học này đã có trên máy. Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../controllers/packs.py" line="32" />
        <source>Đã cài gói bài học mới.</source>
        <translation>Đã cài gói bài học mới.</translation>
    </message>
    <message>
        <location filename="../controllers/packs.py" line="36" />
        <source>Đang kiểm tra và cài gói bài học…</source>
        <translation>Đang kiểm tra và cài gói bài học…</translation>
    </message>
    <message>
        <location filename="../controllers/settings.py" line="50" />
        <source>Cài đặt hiển thị này chỉ dành cho %s.</source>
        <translation>Cài đặt hiển thị này chỉ dành cho %s.</translation>
    </message>
    <message>
        <location filename="../controllers/settings.py" line="54" />
        <source>Cài đặt hiển thị chung của máy này.</source>
        <translation>Cài đặt hiển thị chung của máy này.</translation>
    </message>
    <message>
        <location filename="../controllers/settings.py" line="55" />
        <source>Phiên bản %s. Dữ liệu lưu tại: %s</source>
        <translation>Phiên bản %s. Dữ liệu lưu tại: %s</translation>
    </message>
    <message>
        <location filename="../messages.py" line="21" />
        <source>Mã PIN chưa đúng. Bạn còn %d lần thử.</source>
        <translation>Mã PIN chưa đúng. Bạn còn %d lần thử.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="22" />
        <source>Mã PIN chưa đúng.</source>
        <translation>Mã PIN chưa đúng.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="26" />
        <source>Nhập sai quá nhiều lần. Hãy đợi khoảng %d giờ rồi thử lại.</source>
        <translation>Nhập sai quá nhiều lần. Hãy đợi khoảng %d giờ rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="28" />
        <source>Nhập sai quá nhiều lần. Hãy đợi %d phút rồi thử lại.</source>
        <translation>Nhập sai quá nhiều lần. Hãy đợi %d phút rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33" />
        <source>Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.</source>
        <translation>Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.</translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="271" />
        <source>Với mỗi dòng bên trái, chọn ý hợp với nó.</source>
        <translation>Với mỗi dòng bên trái, chọn ý hợp với nó.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="283" />
        <source>— chọn —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="286" />
        <source>Ý hợp với: %s</source>
        <translation>Ý hợp với: %s</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="304" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="305" />
        <source>Xong, gửi các cặp đã nối</source>
        <translation>Xong, gửi các cặp đã nối</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="313" />
        <source>✗ Chưa đúng. Đúng là: %s</source>
        <translation>✗ Chưa đúng. Đúng là: %s</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="316" />
        <source>✓ Đúng</source>
        <translation>✓ Đúng</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="329" />
        <source>Hãy chọn cho đủ mọi dòng.</source>
        <translation>Hãy chọn cho đủ mọi dòng.</translation>
    </message>
</context>
<context>
    <name>MemberOrigin</name>
    <message>
        <location filename="../screens/teacher/members.py" line="20" />
        <source>Danh sách của điểm học</source>
        <translation>Danh sách của điểm học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="21" />
        <source>Tạo trên máy này</source>
        <translation>Tạo trên máy này</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../screens/teacher/members.py" line="129" />
        <source>Họ tên</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="129" />
        <source>Nguồn</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="130" />
        <source>Người học trong lớp</source>
        <translation>Người học trong lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="131" />
        <source>Người học có thể thêm vào lớp</source>
        <translation>Người học có thể thêm vào lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="132" />
        <source>Bỏ khỏi lớp</source>
        <translation>Bỏ khỏi lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="132" />
        <source>Bỏ người đã chọn khỏi lớp</source>
        <translation>Bỏ người đã chọn khỏi lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="133" />
        <source>Thêm vào lớp</source>
        <translation>Thêm vào lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="133" />
        <source>Thêm người đã chọn vào lớp</source>
        <translation>Thêm người đã chọn vào lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="134" />
        <source>Nhập từ tệp CSV…</source>
        <translation>Nhập từ tệp CSV…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="134" />
        <source>Nhập danh sách lớp từ tệp CSV</source>
        <translation>Nhập danh sách lớp từ tệp CSV</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="135" />
        <source>Xuất ra tệp CSV…</source>
        <translation>Xuất ra tệp CSV…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="135" />
        <source>Xuất danh sách lớp ra tệp CSV</source>
        <translation>Xuất danh sách lớp ra tệp CSV</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="140" />
        <source>Trong lớp (%d người):</source>
        <translation>Trong lớp (%d người):</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="141" />
        <source>Có thể thêm vào lớp (%d người):</source>
        <translation>Có thể thêm vào lớp (%d người):</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="156" />
        <source>Hãy chọn ít nhất một người trong danh sách trước.</source>
        <translation>Hãy chọn ít nhất một người trong danh sách trước.</translation>
    </message>
</context>
<context>
    <name>MergeTab</name>
    <message>
        <location filename="../screens/teacher/merge.py" line="98" />
        <source>Khi một người có hai hồ sơ (ví dụ học ở hai máy khác nhau), hãy gộp lại thành một. Chọn hồ sơ giữ lại ở bên trái và hồ sơ cần gộp ở bên phải.</source>
        <translation>Khi một người có hai hồ sơ (ví dụ học ở hai máy khác nhau), hãy gộp lại thành một. Chọn hồ sơ giữ lại ở bên trái và hồ sơ cần gộp ở bên phải.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="100" />
        <source>Giữ lại hồ sơ này:</source>
        <translation>Giữ lại hồ sơ này:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="101" />
        <source>Hồ sơ giữ lại</source>
        <translation>Hồ sơ giữ lại</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="102" />
        <source>Gộp và ẩn hồ sơ này:</source>
        <translation>Gộp và ẩn hồ sơ này:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="103" />
        <source>Hồ sơ cần gộp</source>
        <translation>Hồ sơ cần gộp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="105" />
        <source>Lưu ý: mọi bài đã học, câu trả lời và giấy chứng nhận của hồ sơ bên phải sẽ tính cho hồ sơ bên trái. Hồ sơ bên phải sẽ không còn trên màn hình chọn người học. Không thể hoàn tác.</source>
        <translation>Lưu ý: mọi bài đã học, câu trả lời và giấy chứng nhận của hồ sơ bên phải sẽ tính cho hồ sơ bên trái. Hồ sơ bên phải sẽ không còn trên màn hình chọn người học. Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="107" />
        <source>Gộp hai hồ sơ…</source>
        <translation>Gộp hai hồ sơ…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="107" />
        <source>Gộp hai hồ sơ đã chọn</source>
        <translation>Gộp hai hồ sơ đã chọn</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="116" />
        <source>— Chọn người học —</source>
        <translation>— Chọn người học —</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="159" />
        <source>Đang đọc tiến độ…</source>
        <translation>Đang đọc tiến độ…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="162" />
        <source>Bài đã làm đạt: %d, đã thuộc: %d</source>
        <translation>Bài đã làm đạt: %d, đã thuộc: %d</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="163" />
        <source>Câu đã trả lời: %d (đúng %d)</source>
        <translation>Câu đã trả lời: %d (đúng %d)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="164" />
        <source>Thời gian học: %s</source>
        <translation>Thời gian học: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="165" />
        <source>Giấy chứng nhận: %d</source>
        <translation>Giấy chứng nhận: %d</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="166" />
        <source>Lần học gần nhất: %s</source>
        <translation>Lần học gần nhất: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="175" />
        <source>Hãy chọn hai hồ sơ khác nhau.</source>
        <translation>Hãy chọn hai hồ sơ khác nhau.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <location filename="../widgets/mic.py" line="252" />
        <source>Dừng</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="253" />
        <source>Dừng nghe</source>
        <translation>Dừng nghe</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="256" />
        <source>Nói</source>
        <translation>Nói</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="257" />
        <source>Nói thay cho gõ chữ</source>
        <translation>Nói thay cho gõ chữ</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="258" />
        <source>Bấm rồi nói. Nói xong, dừng lại một chút hoặc bấm lần nữa.</source>
        <translation>Bấm rồi nói. Nói xong, dừng lại một chút hoặc bấm lần nữa.</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="317" />
        <source>Đang nghe… Hãy nói. Nói xong thì dừng lại một chút.</source>
        <translation>Đang nghe… Hãy nói. Nói xong thì dừng lại một chút.</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="325" />
        <source>Đang viết nốt…</source>
        <translation>Đang viết nốt…</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="355" />
        <source>Chưa nghe rõ. Hãy bấm Nói và nói lại gần micrô hơn.</source>
        <translation>Chưa nghe rõ. Hãy bấm Nói và nói lại gần micrô hơn.</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="361" />
        <source>Chưa nghe được. Bạn vẫn gõ chữ bằng bàn phím được.</source>
        <translation>Chưa nghe được. Bạn vẫn gõ chữ bằng bàn phím được.</translation>
    </message>
</context>
<context>
    <name>ModelsScreen</name>
    <message>
        <location filename="../screens/models.py" line="221" />
        <source>Quản lý mô hình AI</source>
        <translation>Quản lý mô hình AI</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="223" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="224" />
        <source>Quay lại trang trước</source>
        <translation>Quay lại trang trước</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="225" />
        <source>Khởi động lại</source>
        <translation>Khởi động lại</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="226" />
        <source>Khởi động lại mô hình AI</source>
        <translation>Khởi động lại mô hình AI</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="227" />
        <source>Chọn mô hình khác</source>
        <translation>Chọn mô hình khác</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="228" />
        <source>Chọn một mô hình AI khác trong danh sách</source>
        <translation>Chọn một mô hình AI khác trong danh sách</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="229" />
        <source>Mô hình có trong máy</source>
        <translation>Mô hình có trong máy</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="230" />
        <source>Máy chủ đang gửi về máy này</source>
        <translation>Máy chủ đang gửi về máy này</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="231" />
        <source>Các mô hình AI có trong máy</source>
        <translation>Các mô hình AI có trong máy</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="232" />
        <source>Dùng mô hình này</source>
        <translation>Dùng mô hình này</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="233" />
        <source>Dùng mô hình đang chọn</source>
        <translation>Dùng mô hình đang chọn</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="234" />
        <source>Thêm mô hình từ USB</source>
        <translation>Thêm mô hình từ USB</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="235" />
        <source>Tìm trong USB/thư mục khác…</source>
        <translation>Tìm trong USB/thư mục khác…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="236" />
        <source>Chọn USB hoặc thư mục để tìm mô hình AI</source>
        <translation>Chọn USB hoặc thư mục để tìm mô hình AI</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="237" />
        <source>Các tệp mô hình tìm thấy</source>
        <translation>Các tệp mô hình tìm thấy</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="238" />
        <source>Chép vào máy</source>
        <translation>Chép vào máy</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="239" />
        <source>Chép mô hình đang chọn vào máy</source>
        <translation>Chép mô hình đang chọn vào máy</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="240" />
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="241" />
        <source>Huỷ việc chép mô hình</source>
        <translation>Huỷ việc chép mô hình</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="242" />
        <source>Tiến độ chép mô hình</source>
        <translation>Tiến độ chép mô hình</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="296" />
        <source>Đang tải về: %s %d%%</source>
        <translation>Đang tải về: %s %d%%</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="298" />
        <source>Sắp tải về: %s (%s)</source>
        <translation>Sắp tải về: %s (%s)</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="300" />
        <source>Đã tải về: %s</source>
        <translation>Đã tải về: %s</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="315" />
        <source>Đang xem các mô hình trong máy…</source>
        <translation>Đang xem các mô hình trong máy…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="332" />
        <source>Không xem được các mô hình trong máy. Hãy thử lại.</source>
        <translation>Không xem được các mô hình trong máy. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="360" />
        <source>Máy này chưa có mô hình AI nào. Các bài học vẫn dùng được. Hãy chép một mô hình từ USB ở phần dưới.</source>
        <translation>Máy này chưa có mô hình AI nào. Các bài học vẫn dùng được. Hãy chép một mô hình từ USB ở phần dưới.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="363" />
        <source>Chưa dùng mô hình nào. Chọn một mô hình rồi bấm “Dùng mô hình này”.</source>
        <translation>Chưa dùng mô hình nào. Chọn một mô hình rồi bấm “Dùng mô hình này”.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="378" />
        <source>%s — không dùng được
%s</source>
        <translation>%s — không dùng được
%s</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="383" />
        <source>%s — đang dùng</source>
        <translation>%s — đang dùng</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="385" />
        <source>có sẵn trong phần mềm</source>
        <translation>có sẵn trong phần mềm</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="386" />
        <source>đã chép vào máy</source>
        <translation>đã chép vào máy</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="388" />
        <source>có mẫu hội thoại</source>
        <translation>có mẫu hội thoại</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="388" />
        <source>không có mẫu hội thoại</source>
        <translation>không có mẫu hội thoại</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="389" />
        <source>Kiến trúc %s · %s · kiểu nén %s · ngữ cảnh %s · %s · %s</source>
        <translation>Kiến trúc %s · %s · kiểu nén %s · ngữ cảnh %s · %s · %s</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="392" />
        <source>Mức phù hợp: %s. %s</source>
        <translation>Mức phù hợp: %s. %s</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="398" />
        <source>chạy tốt</source>
        <translation>chạy tốt</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="400" />
        <source>chạy được nhưng chậm</source>
        <translation>chạy được nhưng chậm</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="402" />
        <source>quá lớn với máy này</source>
        <translation>quá lớn với máy này</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="403" />
        <source>không chạy được</source>
        <translation>không chạy được</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="408" />
        <source>Cho lớp học, nên dùng mô hình Qwen2.5-1.5B-Instruct bản Q4_K_M. Tệp nặng khoảng 1 GB, trả lời tiếng Việt tốt hơn mô hình nhỏ có sẵn. Hãy chép tệp vào USB ở nơi có mạng, cắm USB vào máy này rồi bấm “Tìm trong USB/thư mục khác…”.</source>
        <translation>Cho lớp học, nên dùng mô hình Qwen2.5-1.5B-Instruct bản Q4_K_M. Tệp nặng khoảng 1 GB, trả lời tiếng Việt tốt hơn mô hình nhỏ có sẵn. Hãy chép tệp vào USB ở nơi có mạng, cắm USB vào máy này rồi bấm “Tìm trong USB/thư mục khác…”.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="413" />
        <source>Máy này đủ bộ nhớ để chạy mô hình đó.</source>
        <translation>Máy này đủ bộ nhớ để chạy mô hình đó.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="415" />
        <source>Nhưng máy này còn ít bộ nhớ trống, nên:</source>
        <translation>Nhưng máy này còn ít bộ nhớ trống, nên:</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="417" />
        <source>Máy này đang còn quá ít bộ nhớ trống (%s) để chạy AI. Hãy đóng bớt chương trình rồi mở lại trang này.</source>
        <translation>Máy này đang còn quá ít bộ nhớ trống (%s) để chạy AI. Hãy đóng bớt chương trình rồi mở lại trang này.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="419" />
        <source>Bộ nhớ (RAM) còn trống lúc này: %s.</source>
        <translation>Bộ nhớ (RAM) còn trống lúc này: %s.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="432" />
        <source>Đã chọn mô hình %s.</source>
        <translation>Đã chọn mô hình %s.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="440" />
        <source>Chọn USB hoặc thư mục có mô hình AI</source>
        <translation>Chọn USB hoặc thư mục có mô hình AI</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="452" />
        <source>Đang tìm tệp mô hình trong %s…</source>
        <translation>Đang tìm tệp mô hình trong %s…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="463" />
        <source>Không thấy tệp mô hình (.gguf) nào ở đây.</source>
        <translation>Không thấy tệp mô hình (.gguf) nào ở đây.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="475" />
        <source>Không đọc được thư mục này. Hãy kiểm tra USB rồi thử lại.</source>
        <translation>Không đọc được thư mục này. Hãy kiểm tra USB rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="489" />
        <source>Tìm thấy %d mô hình dùng được, %d tệp không dùng được.</source>
        <translation>Tìm thấy %d mô hình dùng được, %d tệp không dùng được.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="504" />
        <source>Chưa biết chỗ lưu mô hình trong máy. Hãy mở lại phần mềm.</source>
        <translation>Chưa biết chỗ lưu mô hình trong máy. Hãy mở lại phần mềm.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="514" />
        <source>Đang chép %s…</source>
        <translation>Đang chép %s…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="522" />
        <source>Đang huỷ…</source>
        <translation>Đang huỷ…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="536" />
        <source>Đã chép xong. Mô hình %s đã có trong máy. Chọn nó ở danh sách trên rồi bấm “Dùng mô hình này”.</source>
        <translation>Đã chép xong. Mô hình %s đã có trong máy. Chọn nó ở danh sách trên rồi bấm “Dùng mô hình này”.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="549" />
        <source>Đã huỷ. Không có tệp nào bị chép dở trong máy.</source>
        <translation>Đã huỷ. Không có tệp nào bị chép dở trong máy.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="555" />
        <source>Chép mô hình không được. Hãy thử lại.</source>
        <translation>Chép mô hình không được. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="579" />
        <source>Mô hình AI đã dừng bất ngờ.</source>
        <translation>Mô hình AI đã dừng bất ngờ.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="587" />
        <source>Đang khởi động lại mô hình AI…</source>
        <translation>Đang khởi động lại mô hình AI…</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="130" />
        <source>Chọn tất cả các ý đúng, rồi bấm “Xong”.</source>
        <translation>Chọn tất cả các ý đúng, rồi bấm “Xong”.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="146" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="147" />
        <source>Xong, gửi câu trả lời</source>
        <translation>Xong, gửi câu trả lời</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="199" />
        <source>Chọn một dòng rồi bấm “Lên” hoặc “Xuống” để xếp lại cho đúng thứ tự.</source>
        <translation>Chọn một dòng rồi bấm “Lên” hoặc “Xuống” để xếp lại cho đúng thứ tự.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="206" />
        <source>Các bước cần sắp xếp</source>
        <translation>Các bước cần sắp xếp</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="216" />
        <source>▲ Lên</source>
        <translation>▲ Lên</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="217" />
        <source>Đưa dòng đang chọn lên trên</source>
        <translation>Đưa dòng đang chọn lên trên</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="220" />
        <source>▼ Xuống</source>
        <translation>▼ Xuống</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="221" />
        <source>Đưa dòng đang chọn xuống dưới</source>
        <translation>Đưa dòng đang chọn xuống dưới</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="224" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="225" />
        <source>Xong, gửi thứ tự này</source>
        <translation>Xong, gửi thứ tự này</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="249" />
        <source>Thứ tự đúng:</source>
        <translation>Thứ tự đúng:</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../widgets/pinpad.py" line="48" />
        <source>Xoá</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="49" />
        <source>Xoá một số</source>
        <translation>Xoá một số</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="51" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="52" />
        <source>Xong, vào học</source>
        <translation>Xong, vào học</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="55" />
        <source>Số %s</source>
        <translation>Số %s</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="56" />
        <source>Bàn phím số để nhập mã PIN</source>
        <translation>Bàn phím số để nhập mã PIN</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="83" />
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
        <location filename="../screens/practice.py" line="362" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="363" />
        <source>Rời phòng thực hành, quay lại bài học</source>
        <translation>Rời phòng thực hành, quay lại bài học</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="364" />
        <source>Nghe</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="365" />
        <source>Nghe nhận xét ngắn</source>
        <translation>Nghe nhận xét ngắn</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="367" />
        <source>Viết câu lệnh</source>
        <translation>Viết câu lệnh</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="369" />
        <source>Tìm lỗi của AI</source>
        <translation>Tìm lỗi của AI</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="370" />
        <source>Các phần thực hành</source>
        <translation>Các phần thực hành</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="371" />
        <source>Tình huống</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="372" />
        <source>Tình huống của bài thực hành</source>
        <translation>Tình huống của bài thực hành</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="373" />
        <location filename="../screens/practice.py" line="374" />
        <source>Tài liệu để dùng</source>
        <translation>Tài liệu để dùng</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="375" />
        <source>Gợi ý từng phần</source>
        <translation>Gợi ý từng phần</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="376" />
        <source>Gợi ý từng phần: viết câu lệnh theo từng ô</source>
        <translation>Gợi ý từng phần: viết câu lệnh theo từng ô</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="377" />
        <source>Dừng</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="378" />
        <source>Dừng câu trả lời của AI</source>
        <translation>Dừng câu trả lời của AI</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="379" />
        <source>Thử lại</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="380" />
        <source>Sửa câu lệnh và thử lại</source>
        <translation>Sửa câu lệnh và thử lại</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="381" />
        <location filename="../screens/practice.py" line="382" />
        <source>Câu trả lời của AI</source>
        <translation>Câu trả lời của AI</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="383" />
        <source>Nhận xét câu lệnh</source>
        <translation>Nhận xét câu lệnh</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="384" />
        <location filename="../screens/practice.py" line="736" />
        <source>Kiểm tra câu trả lời của AI</source>
        <translation>Kiểm tra câu trả lời của AI</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="385" />
        <source>Các lần trước</source>
        <translation>Các lần trước</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="386" />
        <source>Nhận xét các lần trước</source>
        <translation>Nhận xét các lần trước</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="388" />
        <source>Đây là một câu trả lời của AI. Trong đó có chỗ sai. Hãy chọn chữ ở chỗ sai: kéo chuột, hoặc giữ phím Shift và bấm phím mũi tên. Rồi bấm “Đánh dấu lỗi”. Đánh dấu xong thì bấm “Kiểm tra”.</source>
        <translation>Đây là một câu trả lời của AI. Trong đó có chỗ sai. Hãy chọn chữ ở chỗ sai: kéo chuột, hoặc giữ phím Shift và bấm phím mũi tên. Rồi bấm “Đánh dấu lỗi”. Đánh dấu xong thì bấm “Kiểm tra”.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="391" />
        <source>Câu trả lời của AI để tìm lỗi</source>
        <translation>Câu trả lời của AI để tìm lỗi</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="392" />
        <source>Đánh dấu lỗi</source>
        <translation>Đánh dấu lỗi</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="393" />
        <source>Đánh dấu chỗ đang chọn là lỗi</source>
        <translation>Đánh dấu chỗ đang chọn là lỗi</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="394" />
        <source>Bỏ dấu</source>
        <translation>Bỏ dấu</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="395" />
        <source>Bỏ chỗ đánh dấu đang chọn trong danh sách</source>
        <translation>Bỏ chỗ đánh dấu đang chọn trong danh sách</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="396" />
        <source>Kiểm tra</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="397" />
        <source>Kiểm tra các chỗ đã đánh dấu</source>
        <translation>Kiểm tra các chỗ đã đánh dấu</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="398" />
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="399" />
        <source>Xoá các dấu và tìm lỗi lại</source>
        <translation>Xoá các dấu và tìm lỗi lại</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="400" />
        <location filename="../screens/practice.py" line="401" />
        <source>Các chỗ bạn đã đánh dấu</source>
        <translation>Các chỗ bạn đã đánh dấu</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="402" />
        <source>Kết quả tìm lỗi</source>
        <translation>Kết quả tìm lỗi</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="405" />
        <location filename="../screens/practice.py" line="468" />
        <source>Ví dụ: %s</source>
        <translation>Ví dụ: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="419" />
        <source>Phòng thực hành AI: %s</source>
        <translation>Phòng thực hành AI: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="519" />
        <source>Câu lệnh ghép từ các ô trên (chỉ để xem)</source>
        <translation>Câu lệnh ghép từ các ô trên (chỉ để xem)</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="521" />
        <source>Câu lệnh của bạn</source>
        <translation>Câu lệnh của bạn</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="533" />
        <source>AI đang bận trả lời việc khác. Hãy đợi một chút rồi bấm lại.</source>
        <translation>AI đang bận trả lời việc khác. Hãy đợi một chút rồi bấm lại.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="555" />
        <source>Máy này chưa có mô hình AI, nên chưa có câu trả lời. Nhận xét câu lệnh ở ngay dưới đây.</source>
        <translation>Máy này chưa có mô hình AI, nên chưa có câu trả lời. Nhận xét câu lệnh ở ngay dưới đây.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="183" />
        <source>AI đang đọc câu lệnh…</source>
        <translation>AI đang đọc câu lệnh…</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="582" />
        <source>Đã dừng. Câu trả lời chưa xong nên chương trình không kiểm tra nó.</source>
        <translation>Đã dừng. Câu trả lời chưa xong nên chương trình không kiểm tra nó.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="584" />
        <source>AI không trả lời gì. Hãy bấm “Thử lại”.</source>
        <translation>AI không trả lời gì. Hãy bấm “Thử lại”.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="589" />
        <source>AI viết dài quá nên bị cắt bớt. Xem phần kiểm tra bên dưới.</source>
        <translation>AI viết dài quá nên bị cắt bớt. Xem phần kiểm tra bên dưới.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="591" />
        <source>AI đã trả lời xong. Xem phần kiểm tra bên dưới.</source>
        <translation>AI đã trả lời xong. Xem phần kiểm tra bên dưới.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="648" />
        <source>Lần %d: %s — câu lệnh có %d/%d phần</source>
        <translation>Lần %d: %s — câu lệnh có %d/%d phần</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="652" />
        <source>AI đạt %d/%d điều kiện của bài.</source>
        <translation>AI đạt %d/%d điều kiện của bài.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="657" />
        <source>%d trên 3 sao</source>
        <translation>%d trên 3 sao</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="675" />
        <source>Ẩn chi tiết</source>
        <translation>Ẩn chi tiết</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="675" />
        <source>Xem chi tiết</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="688" />
        <source>Câu lệnh: %s</source>
        <translation>Câu lệnh: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="689" />
        <source>Câu lệnh được %d trên 3 sao</source>
        <translation>Câu lệnh được %d trên 3 sao</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="716" />
        <source>Cẩn thận:</source>
        <translation>Cẩn thận:</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="719" />
        <source>Đã có:</source>
        <translation>Đã có:</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="721" />
        <source>Còn thiếu:</source>
        <translation>Còn thiếu:</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="729" />
        <source>Bỏ qua</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="731" />
        <source>Đạt</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="733" />
        <source>Chưa đạt</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="735" />
        <source>Câu trả lời của AI chỉ để bạn tập xem xét. Số sao tính theo câu lệnh của bạn.</source>
        <translation>Câu trả lời của AI chỉ để bạn tập xem xét. Số sao tính theo câu lệnh của bạn.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="744" />
        <source>Gửi cho AI</source>
        <translation>Gửi cho AI</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="747" />
        <source>Máy này chưa có mô hình AI. Bạn vẫn viết câu lệnh và được nhận xét như thường. Nhờ cán bộ chép mô hình từ USB để xem AI trả lời.</source>
        <translation>Máy này chưa có mô hình AI. Bạn vẫn viết câu lệnh và được nhận xét như thường. Nhờ cán bộ chép mô hình từ USB để xem AI trả lời.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="749" />
        <source>Xem nhận xét</source>
        <translation>Xem nhận xét</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="776" />
        <source>Bạn chưa chọn chữ nào. Hãy chọn chỗ sai trước (kéo chuột, hoặc giữ Shift và bấm mũi tên).</source>
        <translation>Bạn chưa chọn chữ nào. Hãy chọn chỗ sai trước (kéo chuột, hoặc giữ Shift và bấm mũi tên).</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="799" />
        <source>Bạn chưa đánh dấu chỗ nào. Hãy chọn chỗ sai rồi bấm “Đánh dấu lỗi”.</source>
        <translation>Bạn chưa đánh dấu chỗ nào. Hãy chọn chỗ sai rồi bấm “Đánh dấu lỗi”.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="831" />
        <source>Chỗ %d: “%s”</source>
        <translation>Chỗ %d: “%s”</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="873" />
        <source>Kết quả: %s</source>
        <translation>Kết quả: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="877" />
        <source>Bạn đã tìm đúng (tô xanh):</source>
        <translation>Bạn đã tìm đúng (tô xanh):</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="880" />
        <source>Bạn chưa tìm ra (tô cam):</source>
        <translation>Bạn chưa tìm ra (tô cam):</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="883" />
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
        <location filename="../widgets/questions.py" line="68" />
        <source>Nghe ý: %s</source>
        <translation>Nghe ý: %s</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../screens/quiz.py" line="115" />
        <source>Dừng lại</source>
        <translation>Dừng lại</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="116" />
        <source>Dừng làm bài, quay lại</source>
        <translation>Dừng làm bài, quay lại</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="117" />
        <location filename="../screens/quiz.py" line="119" />
        <source>Nghe</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="118" />
        <source>Nghe đọc câu hỏi</source>
        <translation>Nghe đọc câu hỏi</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="120" />
        <source>Nghe đọc lời giải thích</source>
        <translation>Nghe đọc lời giải thích</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="144" />
        <source>Câu %d/%d</source>
        <translation>Câu %d/%d</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="175" />
        <source>Đã ghi nhận câu trả lời.</source>
        <translation>Đã ghi nhận câu trả lời.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="178" />
        <source>Đúng rồi!</source>
        <translation>Đúng rồi!</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="178" />
        <source>Chưa đúng.</source>
        <translation>Chưa đúng.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="195" />
        <source>Chưa lưu được câu trả lời.</source>
        <translation>Chưa lưu được câu trả lời.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="202" />
        <source>Thử lại</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="222" />
        <source>Xem kết quả</source>
        <translation>Xem kết quả</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="222" />
        <source>Câu tiếp ▶</source>
        <translation>Câu tiếp ▶</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="26" />
        <source>Lưu báo cáo lớp (CSV)</source>
        <translation>Lưu báo cáo lớp (CSV)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="26" />
        <source>Tệp CSV (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="35" />
        <location filename="../screens/teacher/report_actions.py" line="54" />
        <source>Đang lập báo cáo…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="42" />
        <source>Lưu báo cáo lớp (PDF)</source>
        <translation>Lưu báo cáo lớp (PDF)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="42" />
        <location filename="../screens/teacher/report_actions.py" line="67" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="59" />
        <source>Đã lưu: %s</source>
        <translation>Đã lưu: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="66" />
        <source>Lưu giấy chứng nhận cả lớp (PDF)</source>
        <translation>Lưu giấy chứng nhận cả lớp (PDF)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="71" />
        <source>Giấy chứng nhận lớp %s</source>
        <translation>Giấy chứng nhận lớp %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="77" />
        <location filename="../screens/teacher/report_actions.py" line="99" />
        <source>Lớp chưa có giấy chứng nhận nào.</source>
        <translation>Lớp chưa có giấy chứng nhận nào.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="82" />
        <source>Đang chuẩn bị giấy chứng nhận…</source>
        <translation>Đang chuẩn bị giấy chứng nhận…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="108" />
        <source>Đã gửi %d giấy chứng nhận tới máy in.</source>
        <translation>Đã gửi %d giấy chứng nhận tới máy in.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../screens/teacher/reports.py" line="70" />
        <source>Lưu báo cáo để nộp cho xã hoặc để in. Tệp được lưu vào nơi bạn chọn (ví dụ ổ USB).</source>
        <translation>Lưu báo cáo để nộp cho xã hoặc để in. Tệp được lưu vào nơi bạn chọn (ví dụ ổ USB).</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="72" />
        <source>Lưu báo cáo PDF…</source>
        <translation>Lưu báo cáo PDF…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="72" />
        <source>Lưu báo cáo lớp thành tệp PDF để in</source>
        <translation>Lưu báo cáo lớp thành tệp PDF để in</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="73" />
        <source>Để in: mức hoàn thành từng cấp, từng bài và giấy chứng nhận đã cấp.</source>
        <translation>Để in: mức hoàn thành từng cấp, từng bài và giấy chứng nhận đã cấp.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="74" />
        <source>Lưu báo cáo CSV…</source>
        <translation>Lưu báo cáo CSV…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="74" />
        <source>Lưu báo cáo lớp thành tệp CSV cho Excel</source>
        <translation>Lưu báo cáo lớp thành tệp CSV cho Excel</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="75" />
        <source>Để mở bằng Excel: mỗi người học một dòng.</source>
        <translation>Để mở bằng Excel: mỗi người học một dòng.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="76" />
        <source>In chứng nhận cả lớp…</source>
        <translation>In chứng nhận cả lớp…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="77" />
        <source>Lưu mọi giấy chứng nhận của lớp vào một tệp PDF, mỗi giấy một trang</source>
        <translation>Lưu mọi giấy chứng nhận của lớp vào một tệp PDF, mỗi giấy một trang</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="78" />
        <source>Gửi thẳng mọi giấy chứng nhận của lớp tới máy in.</source>
        <translation>Gửi thẳng mọi giấy chứng nhận của lớp tới máy in.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="79" />
        <source>In ra máy in…</source>
        <translation>In ra máy in…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="79" />
        <source>In giấy chứng nhận cả lớp ra máy in</source>
        <translation>In giấy chứng nhận cả lớp ra máy in</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="85" />
        <source>Lớp có %d giấy chứng nhận. Mỗi giấy một trang A4 ngang.</source>
        <translation>Lớp có %d giấy chứng nhận. Mỗi giấy một trang A4 ngang.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="87" />
        <source>Lớp chưa có giấy chứng nhận nào.</source>
        <translation>Lớp chưa có giấy chứng nhận nào.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../screens/result.py" line="51" />
        <location filename="../screens/result.py" line="52" />
        <source>Về trang chính</source>
        <translation>Về trang chính</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="53" />
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="54" />
        <source>Làm lại lần nữa</source>
        <translation>Làm lại lần nữa</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="55" />
        <source>In giấy chứng nhận</source>
        <translation>In giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="56" />
        <source>Tạo giấy chứng nhận để in</source>
        <translation>Tạo giấy chứng nhận để in</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="61" />
        <source>Đúng %d/%d câu</source>
        <translation>Đúng %d/%d câu</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="73" />
        <source>Đã lưu giấy chứng nhận: %s</source>
        <translation>Đã lưu giấy chứng nhận: %s</translation>
    </message>
</context>
<context>
    <name>SampleAnswerPanel</name>
    <message>
        <location filename="../widgets/sample_answer.py" line="43" />
        <source>Bài mẫu: câu trả lời của một AI mạnh</source>
        <translation>Bài mẫu: câu trả lời của một AI mạnh</translation>
    </message>
    <message>
        <location filename="../widgets/sample_answer.py" line="45" />
        <source>Đây là bài viết mẫu, không phải câu trả lời của AI trên máy này. So sánh để thấy câu lệnh tốt nên nhận được gì.</source>
        <translation>Đây là bài viết mẫu, không phải câu trả lời của AI trên máy này. So sánh để thấy câu lệnh tốt nên nhận được gì.</translation>
    </message>
    <message>
        <location filename="../widgets/sample_answer.py" line="77" />
        <source>Bài mẫu (mở sau lần thử đầu)</source>
        <translation>Bài mẫu (mở sau lần thử đầu)</translation>
    </message>
    <message>
        <location filename="../widgets/sample_answer.py" line="79" />
        <source>Ẩn bài mẫu</source>
        <translation>Ẩn bài mẫu</translation>
    </message>
    <message>
        <location filename="../widgets/sample_answer.py" line="81" />
        <source>Xem bài mẫu của AI mạnh</source>
        <translation>Xem bài mẫu của AI mạnh</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../screens/search.py" line="61" />
        <location filename="../screens/search.py" line="67" />
        <source>Tìm bài học</source>
        <translation>Tìm bài học</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="62" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="63" />
        <source>Quay lại trang chính</source>
        <translation>Quay lại trang chính</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="64" />
        <source>Gõ điều bạn muốn học, có dấu hay không dấu đều được</source>
        <translation>Gõ điều bạn muốn học, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="65" />
        <source>Điều bạn muốn tìm</source>
        <translation>Điều bạn muốn tìm</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="66" />
        <source>Tìm</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="68" />
        <source>Các bài học tìm được</source>
        <translation>Các bài học tìm được</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="84" />
        <source>Không tìm thấy bài nào. Hãy thử từ khác, ví dụ: “lừa đảo”, “viết đơn”.</source>
        <translation>Không tìm thấy bài nào. Hãy thử từ khác, ví dụ: “lừa đảo”, “viết đơn”.</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="86" />
        <source>Tìm thấy %d bài. Bấm vào một bài để mở.</source>
        <translation>Tìm thấy %d bài. Bấm vào một bài để mở.</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="88" />
        <source>Cấp %d · %s</source>
        <translation>Cấp %d · %s</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="106" />
        <source>Đang tìm…</source>
        <translation>Đang tìm…</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../screens/settings.py" line="124" />
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="125" />
        <source>Cỡ chữ:</source>
        <translation>Cỡ chữ:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="126" />
        <source>Nhỏ</source>
        <translation>Nhỏ</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="126" />
        <location filename="../screens/settings.py" line="136" />
        <source>Vừa</source>
        <translation>Vừa</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="126" />
        <source>Lớn</source>
        <translation>Lớn</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="126" />
        <source>Rất lớn</source>
        <translation>Rất lớn</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="126" />
        <source>Lớn nhất</source>
        <translation>Lớn nhất</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="129" />
        <source>Cỡ chữ %s</source>
        <translation>Cỡ chữ %s</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="130" />
        <source>Tương phản cao (nền đen, chữ sáng)</source>
        <translation>Tương phản cao (nền đen, chữ sáng)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="131" />
        <source>Tương phản cao</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="132" />
        <source>&amp;Ngôn ngữ:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="133" />
        <source>Ngôn ngữ</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="134" />
        <source>Tốc độ &amp;đọc:</source>
        <translation>Tốc độ &amp;đọc:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="135" />
        <source>Tốc độ đọc to</source>
        <translation>Tốc độ đọc to</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="136" />
        <source>Chậm</source>
        <translation>Chậm</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="136" />
        <source>Nhanh</source>
        <translation>Nhanh</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="138" />
        <source>&amp;Giọng đọc:</source>
        <translation>&amp;Giọng đọc:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="139" />
        <source>Giọng đọc</source>
        <translation>Giọng đọc</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="140" />
        <source>Giọng miền Bắc</source>
        <translation>Giọng miền Bắc</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="140" />
        <source>Giọng miền Trung</source>
        <translation>Giọng miền Trung</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="141" />
        <source>Giọng miền Nam</source>
        <translation>Giọng miền Nam</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="143" />
        <location filename="../screens/settings.py" line="144" />
        <source>Đọc to tên nút khi chọn hoặc đưa chuột vào</source>
        <translation>Đọc to tên nút khi chọn hoặc đưa chuột vào</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="145" />
        <source>&amp;Tự đăng xuất khi không dùng (cả máy):</source>
        <translation>&amp;Tự đăng xuất khi không dùng (cả máy):</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="146" />
        <source>Cho phép thầy cô ghi âm giọng đọc bài (cả máy)</source>
        <translation>Cho phép thầy cô ghi âm giọng đọc bài (cả máy)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="147" />
        <source>Cho phép thầy cô ghi âm giọng đọc bài trên máy này</source>
        <translation>Cho phép thầy cô ghi âm giọng đọc bài trên máy này</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="148" />
        <source>Tự đăng xuất khi không dùng</source>
        <translation>Tự đăng xuất khi không dùng</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="152" />
        <source>Không bao giờ</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="152" />
        <location filename="../screens/settings.py" line="227" />
        <source>Sau %d phút</source>
        <translation>Sau %d phút</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="156" />
        <source>Mô hình AI trên máy…</source>
        <translation>Mô hình AI trên máy…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="157" />
        <source>Xem, chép và chọn mô hình AI chạy trên máy này</source>
        <translation>Xem, chép và chọn mô hình AI chạy trên máy này</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="158" />
        <source>Giọng đọc trên máy…</source>
        <translation>Giọng đọc trên máy…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="159" />
        <source>Xem, chép và chọn giọng đọc trên máy này</source>
        <translation>Xem, chép và chọn giọng đọc trên máy này</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="160" />
        <source>Đồng bộ…</source>
        <translation>Đồng bộ…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="161" />
        <source>Đồng bộ với máy chủ, đăng ký máy, ghi ra USB</source>
        <translation>Đồng bộ với máy chủ, đăng ký máy, ghi ra USB</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="162" />
        <source>Gói bài học</source>
        <translation>Gói bài học</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="165" />
        <source>Cài gói bài học mới từ USB…</source>
        <translation>Cài gói bài học mới từ USB…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="166" />
        <source>Cài gói bài học mới từ USB hoặc thư mục khác</source>
        <translation>Cài gói bài học mới từ USB hoặc thư mục khác</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="167" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="168" />
        <source>Xong, quay lại</source>
        <translation>Xong, quay lại</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="191" />
        <source>Chưa có gói bài học nào trên máy này.</source>
        <translation>Chưa có gói bài học nào trên máy này.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="194" />
        <source>nhóm phát triển (khoá thử nghiệm)</source>
        <translation>nhóm phát triển (khoá thử nghiệm)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="195" />
        <source>%s, phiên bản %s: %d bài học.
Người ký: %s. Mã khoá: %s.</source>
        <translation>%s, phiên bản %s: %d bài học.
Người ký: %s. Mã khoá: %s.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="210" />
        <source>Chọn gói bài học</source>
        <translation>Chọn gói bài học</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="210" />
        <source>Gói bài học (*.bdpack);;Mọi tệp (*)</source>
        <translation>Gói bài học (*.bdpack);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>ShortAnswerWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="345" />
        <source>Gõ câu trả lời (có dấu hay không dấu đều được)</source>
        <translation>Gõ câu trả lời (có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="346" />
        <source>Câu trả lời của bạn</source>
        <translation>Câu trả lời của bạn</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="355" />
        <source>Trả lời</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="356" />
        <source>Gửi câu trả lời</source>
        <translation>Gửi câu trả lời</translation>
    </message>
</context>
<context>
    <name>SpeechController</name>
    <message>
        <location filename="../speech.py" line="283" />
        <source>Không đọc được đoạn này. Bạn hãy đọc trên màn hình nhé.</source>
        <translation>Không đọc được đoạn này. Bạn hãy đọc trên màn hình nhé.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../screens/start.py" line="156" />
        <source>Ai đang học hôm nay?</source>
        <translation>Ai đang học hôm nay?</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="160" />
        <source>Thêm người học</source>
        <translation>Thêm người học</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="162" />
        <source>Dành cho giáo viên</source>
        <translation>Dành cho giáo viên</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="163" />
        <source>Dành cho giáo viên: quản lý lớp học, cần mật khẩu</source>
        <translation>Dành cho giáo viên: quản lý lớp học, cần mật khẩu</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="165" />
        <source>Lấy lại dữ liệu cũ</source>
        <translation>Lấy lại dữ liệu cũ</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="191" />
        <source>Đang mở dữ liệu…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="193" />
        <source>Bấm vào hình của bạn. Nếu chưa có, bấm “Thêm người học”.</source>
        <translation>Bấm vào hình của bạn. Nếu chưa có, bấm “Thêm người học”.</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="158" />
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="159" />
        <source>Cài đặt của máy này</source>
        <translation>Cài đặt của máy này</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="161" />
        <source>Thêm người học mới</source>
        <translation>Thêm người học mới</translation>
    </message>
</context>
<context>
    <name>StreamedAnswer</name>
    <message>
        <location filename="../widgets/streamed_answer.py" line="66" />
        <source>Đang mở mô hình AI…</source>
        <translation>Đang mở mô hình AI…</translation>
    </message>
    <message>
        <location filename="../widgets/streamed_answer.py" line="73" />
        <source>Đang dừng…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location filename="../widgets/streamed_answer.py" line="101" />
        <source>AI đang trả lời…</source>
        <translation>AI đang trả lời…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../sync_controller.py" line="154" />
        <source>Đang đồng bộ…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="156" />
        <source>Sẽ thử lại lúc %s.</source>
        <translation>Sẽ thử lại lúc %s.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="160" />
        <source>Chưa đồng bộ lần nào</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="162" />
        <source>Còn %d bản ghi chưa gửi</source>
        <translation>Còn %d bản ghi chưa gửi</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="174" />
        <source>Đã đồng bộ lúc %s hôm nay</source>
        <translation>Đã đồng bộ lúc %s hôm nay</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="176" />
        <source>Đã đồng bộ lúc %s hôm qua</source>
        <translation>Đã đồng bộ lúc %s hôm qua</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="177" />
        <source>Đã đồng bộ lúc %s ngày %s</source>
        <translation>Đã đồng bộ lúc %s ngày %s</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="295" />
        <source>Không đọc được USB. Hãy cắm lại USB rồi thử lại. Những gì đã chép vẫn còn trên máy.</source>
        <translation>Không đọc được USB. Hãy cắm lại USB rồi thử lại. Những gì đã chép vẫn còn trên máy.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="300" />
        <source>Đã dừng chép từ USB. Lần sau máy sẽ chép tiếp từ chỗ đã dừng.</source>
        <translation>Đã dừng chép từ USB. Lần sau máy sẽ chép tiếp từ chỗ đã dừng.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="308" />
        <source>Đã thêm vào máy: %s.</source>
        <translation>Đã thêm vào máy: %s.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="312" />
        <source>Đã có trên máy rồi nên không chép lại: %s.</source>
        <translation>Đã có trên máy rồi nên không chép lại: %s.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="318" />
        <source>USB không có gì dành cho máy này.</source>
        <translation>USB không có gì dành cho máy này.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="339" />
        <source>Máy chủ không nhận máy này nữa (đã bị thu hồi). Hãy đăng ký lại trong Cài đặt › Đồng bộ.</source>
        <translation>Máy chủ không nhận máy này nữa (đã bị thu hồi). Hãy đăng ký lại trong Cài đặt › Đồng bộ.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="341" />
        <source>Máy chủ dùng phiên bản mới hơn. Hãy cập nhật ứng dụng trên máy này.</source>
        <translation>Máy chủ dùng phiên bản mới hơn. Hãy cập nhật ứng dụng trên máy này.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="343" />
        <source>Không kết nối được máy chủ.</source>
        <translation>Không kết nối được máy chủ.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="347" />
        <source>Đồng bộ gặp lỗi. Dữ liệu vẫn lưu trên máy này.</source>
        <translation>Đồng bộ gặp lỗi. Dữ liệu vẫn lưu trên máy này.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="396" />
        <source>Đã đăng ký máy này với máy chủ “%s”.</source>
        <translation>Đã đăng ký máy này với máy chủ “%s”.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="410" />
        <source>Mã đăng ký không đúng. Hãy kiểm tra lại từng chữ và số.</source>
        <translation>Mã đăng ký không đúng. Hãy kiểm tra lại từng chữ và số.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="412" />
        <source>Máy này đã đăng ký ở một điểm học khác. Hãy nhờ cán bộ kỹ thuật.</source>
        <translation>Máy này đã đăng ký ở một điểm học khác. Hãy nhờ cán bộ kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="414" />
        <source>Máy chủ đã thu hồi quyền của máy này. Hãy xin mã đăng ký mới.</source>
        <translation>Máy chủ đã thu hồi quyền của máy này. Hãy xin mã đăng ký mới.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="416" />
        <source>Địa chỉ này không phải máy chủ đồng bộ. Hãy kiểm tra lại địa chỉ.</source>
        <translation>Địa chỉ này không phải máy chủ đồng bộ. Hãy kiểm tra lại địa chỉ.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="419" />
        <source>Không kết nối được máy chủ ở địa chỉ này. Hãy kiểm tra địa chỉ, dây mạng hoặc wifi.</source>
        <translation>Không kết nối được máy chủ ở địa chỉ này. Hãy kiểm tra địa chỉ, dây mạng hoặc wifi.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="423" />
        <source>Không đăng ký được. Hãy thử lại.</source>
        <translation>Không đăng ký được. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="433" />
        <source>Máy này đã vào điểm học “%s”. Bây giờ bạn có thể ghi kết quả học ra USB.</source>
        <translation>Máy này đã vào điểm học “%s”. Bây giờ bạn có thể ghi kết quả học ra USB.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="441" />
        <source>Không nhận được tệp đăng ký. Hãy thử lại.</source>
        <translation>Không nhận được tệp đăng ký. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="467" />
        <source>Không có bản ghi mới nào cần ghi ra USB.</source>
        <translation>Không có bản ghi mới nào cần ghi ra USB.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="471" />
        <source>Đã ghi %d bản ghi vào tệp %s</source>
        <translation>Đã ghi %d bản ghi vào tệp %s</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="479" />
        <source>Không ghi được vào USB (có thể đầy hoặc chỉ cho đọc). Dữ liệu vẫn còn nguyên trên máy này.</source>
        <translation>Không ghi được vào USB (có thể đầy hoặc chỉ cho đọc). Dữ liệu vẫn còn nguyên trên máy này.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="485" />
        <source>Không ghi được tệp. Dữ liệu vẫn còn nguyên trên máy này.</source>
        <translation>Không ghi được tệp. Dữ liệu vẫn còn nguyên trên máy này.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsScreen</name>
    <message>
        <location filename="../screens/sync_settings.py" line="236" />
        <source>Đồng bộ</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="237" />
        <location filename="../screens/sync_settings.py" line="300" />
        <location filename="../screens/sync_settings.py" line="303" />
        <source>Đăng ký máy này với máy chủ</source>
        <translation>Đăng ký máy này với máy chủ</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="239" />
        <source>Việc này áp dụng cho cả máy: kết quả học của mọi người trên máy này sẽ được gửi về máy chủ. Mã đăng ký do thầy cô hoặc cán bộ xã đưa.</source>
        <translation>Việc này áp dụng cho cả máy: kết quả học của mọi người trên máy này sẽ được gửi về máy chủ. Mã đăng ký do thầy cô hoặc cán bộ xã đưa.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="241" />
        <source>Địa chỉ &amp;máy chủ:</source>
        <translation>Địa chỉ &amp;máy chủ:</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="242" />
        <source>Ví dụ: http://192.168.1.10:8765</source>
        <translation>Ví dụ: http://192.168.1.10:8765</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="243" />
        <source>Địa chỉ máy chủ</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="244" />
        <source>Tìm máy chủ trong lớp</source>
        <translation>Tìm máy chủ trong lớp</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="245" />
        <source>Tìm máy chủ đồng bộ trong mạng của lớp</source>
        <translation>Tìm máy chủ đồng bộ trong mạng của lớp</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="246" />
        <source>Các máy chủ tìm thấy</source>
        <translation>Các máy chủ tìm thấy</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="247" />
        <source>Mã đăng &amp;ký:</source>
        <translation>Mã đăng &amp;ký:</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="248" />
        <source>Ví dụ: ABCD-EFGH-JKMN</source>
        <translation>Ví dụ: ABCD-EFGH-JKMN</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="249" />
        <source>Mã đăng ký</source>
        <translation>Mã đăng ký</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="65" />
        <location filename="../screens/sync_settings.py" line="250" />
        <source>Đăng ký máy này</source>
        <translation>Đăng ký máy này</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="67" />
        <source>Đăng ký</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="68" />
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="251" />
        <source>Đăng ký máy này với máy chủ đồng bộ</source>
        <translation>Đăng ký máy này với máy chủ đồng bộ</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="253" />
        <source>Máy này không có mạng? Nhờ cán bộ làm một tệp đăng ký ở máy chủ, chép vào USB, rồi cắm USB vào máy này và bấm nút dưới đây.</source>
        <translation>Máy này không có mạng? Nhờ cán bộ làm một tệp đăng ký ở máy chủ, chép vào USB, rồi cắm USB vào máy này và bấm nút dưới đây.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="255" />
        <source>Nhận tệp đăng ký từ USB…</source>
        <translation>Nhận tệp đăng ký từ USB…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="256" />
        <source>Nhận tệp đăng ký từ USB, cho máy không có mạng</source>
        <translation>Nhận tệp đăng ký từ USB, cho máy không có mạng</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="257" />
        <source>Ghi ra USB</source>
        <translation>Ghi ra USB</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="259" />
        <source>Khi không có mạng: ghi kết quả học chưa gửi ra USB, rồi mang USB đến máy chủ để nhập.</source>
        <translation>Khi không có mạng: ghi kết quả học chưa gửi ra USB, rồi mang USB đến máy chủ để nhập.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="260" />
        <source>Ghi ra USB…</source>
        <translation>Ghi ra USB…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="261" />
        <source>Ghi kết quả học chưa gửi ra USB</source>
        <translation>Ghi kết quả học chưa gửi ra USB</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="262" />
        <location filename="../screens/sync_settings.py" line="267" />
        <source>Nhận bài học, mô hình AI và giọng đọc từ USB</source>
        <translation>Nhận bài học, mô hình AI và giọng đọc từ USB</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="264" />
        <source>Cán bộ chép những thứ máy chủ gửi cho điểm học này vào USB. Cắm USB vào máy này rồi bấm nút dưới đây. Máy kiểm tra từng tệp trước khi dùng.</source>
        <translation>Cán bộ chép những thứ máy chủ gửi cho điểm học này vào USB. Cắm USB vào máy này rồi bấm nút dưới đây. Máy kiểm tra từng tệp trước khi dùng.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="266" />
        <source>Nhận từ USB…</source>
        <translation>Nhận từ USB…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="268" />
        <source>Dừng</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="269" />
        <source>Dừng chép từ USB</source>
        <translation>Dừng chép từ USB</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="270" />
        <source>Tiến độ chép tệp đang chép từ USB</source>
        <translation>Tiến độ chép tệp đang chép từ USB</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="271" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="272" />
        <source>Xong, quay lại cài đặt</source>
        <translation>Xong, quay lại cài đặt</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="294" />
        <source>Máy này đã đăng ký với máy chủ %s (điểm học: %s).</source>
        <translation>Máy này đã đăng ký với máy chủ %s (điểm học: %s).</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="295" />
        <source>không tên</source>
        <translation>không tên</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="296" />
        <source>Đổi sang máy chủ khác</source>
        <translation>Đổi sang máy chủ khác</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="298" />
        <source>Máy này đã vào điểm học %s bằng tệp đăng ký, không cần mạng. Hãy ghi kết quả học ra USB và mang đến máy chủ.</source>
        <translation>Máy này đã vào điểm học %s bằng tệp đăng ký, không cần mạng. Hãy ghi kết quả học ra USB và mang đến máy chủ.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="302" />
        <source>Máy này chưa đăng ký với máy chủ đồng bộ. Kết quả học chỉ lưu trên máy này.</source>
        <translation>Máy này chưa đăng ký với máy chủ đồng bộ. Kết quả học chỉ lưu trên máy này.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="309" />
        <source>Chưa ghi ra USB được: máy này cần vào một điểm học trước, để máy chủ nhận ra kết quả học của máy này. Đăng ký bằng mã (khi có mạng) hoặc nhận tệp đăng ký từ USB (ở phần trên).</source>
        <translation>Chưa ghi ra USB được: máy này cần vào một điểm học trước, để máy chủ nhận ra kết quả học của máy này. Đăng ký bằng mã (khi có mạng) hoặc nhận tệp đăng ký từ USB (ở phần trên).</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="315" />
        <source>Chưa nhận từ USB được: máy này cần vào một điểm học trước (ở phần trên), để biết USB có đúng là của máy chủ mình không.</source>
        <translation>Chưa nhận từ USB được: máy này cần vào một điểm học trước (ở phần trên), để biết USB có đúng là của máy chủ mình không.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="320" />
        <source>Không cần tệp đăng ký: máy này đã đăng ký với máy chủ qua mạng.</source>
        <translation>Không cần tệp đăng ký: máy này đã đăng ký với máy chủ qua mạng.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="327" />
        <source>Đang tìm máy chủ trong mạng của lớp…</source>
        <translation>Đang tìm máy chủ trong mạng của lớp…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="329" />
        <source>Máy này không tự tìm được máy chủ. Hãy gõ địa chỉ.</source>
        <translation>Máy này không tự tìm được máy chủ. Hãy gõ địa chỉ.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="340" />
        <source>(cần cập nhật ứng dụng trên máy này)</source>
        <translation>(cần cập nhật ứng dụng trên máy này)</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="347" />
        <source>Tìm thấy %d máy chủ. Bấm vào một máy chủ để chọn.</source>
        <translation>Tìm thấy %d máy chủ. Bấm vào một máy chủ để chọn.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="351" />
        <source>Không tìm thấy máy chủ nào trong mạng của lớp. Hãy hỏi thầy cô địa chỉ máy chủ rồi gõ vào.</source>
        <translation>Không tìm thấy máy chủ nào trong mạng của lớp. Hãy hỏi thầy cô địa chỉ máy chủ rồi gõ vào.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="361" />
        <source>Địa chỉ máy chủ chưa đúng. Ví dụ: http://192.168.1.10:8765</source>
        <translation>Địa chỉ máy chủ chưa đúng. Ví dụ: http://192.168.1.10:8765</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="367" />
        <source>Mã đăng ký chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang, ví dụ ABCD-EFGH-JKMN.</source>
        <translation>Mã đăng ký chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang, ví dụ ABCD-EFGH-JKMN.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="372" />
        <source>Máy này đang gửi kết quả về %s. Đổi sang máy chủ %s cho cả máy?</source>
        <translation>Máy này đang gửi kết quả về %s. Đổi sang máy chủ %s cho cả máy?</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="375" />
        <source>Đăng ký cả máy này với máy chủ %s? Kết quả học của mọi người trên máy sẽ được gửi về đó.</source>
        <translation>Đăng ký cả máy này với máy chủ %s? Kết quả học của mọi người trên máy sẽ được gửi về đó.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="382" />
        <source>Đang đăng ký…</source>
        <translation>Đang đăng ký…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="397" />
        <source>Đang đọc tệp đăng ký…</source>
        <translation>Đang đọc tệp đăng ký…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="410" />
        <source>Đang ghi ra USB…</source>
        <translation>Đang ghi ra USB…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="430" />
        <source>Đang kiểm tra USB…</source>
        <translation>Đang kiểm tra USB…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="473" />
        <source>Chọn tệp đăng ký trên USB</source>
        <translation>Chọn tệp đăng ký trên USB</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="474" />
        <source>Tệp đăng ký (*%s)</source>
        <translation>Tệp đăng ký (*%s)</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="480" />
        <source>Chọn USB hoặc thư mục để ghi</source>
        <translation>Chọn USB hoặc thư mục để ghi</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="486" />
        <source>Chọn USB có bài học từ máy chủ</source>
        <translation>Chọn USB có bài học từ máy chủ</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../sync_controller.py" line="511" />
        <source>Đồng bộ ngay</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="512" />
        <source>Đồng bộ ngay với máy chủ</source>
        <translation>Đồng bộ ngay với máy chủ</translation>
    </message>
</context>
<context>
    <name>TeacherAreaController</name>
    <message>
        <location filename="../screens/teacher/controller.py" line="197" />
        <source>Đã lưu: %s</source>
        <translation>Đã lưu: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="213" />
        <source>Không lưu được tệp (ổ đĩa đầy, USB đã rút ra hoặc không được phép ghi).</source>
        <translation>Không lưu được tệp (ổ đĩa đầy, USB đã rút ra hoặc không được phép ghi).</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="297" />
        <source>Khu vực giáo viên đã tự khoá vì lâu không dùng. Muốn vào lại, hãy đăng nhập.</source>
        <translation>Khu vực giáo viên đã tự khoá vì lâu không dùng. Muốn vào lại, hãy đăng nhập.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="298" />
        <source>Đã đăng xuất khỏi khu vực giáo viên.</source>
        <translation>Đã đăng xuất khỏi khu vực giáo viên.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="336" />
        <source>Đã tạo lớp “%s”.</source>
        <translation>Đã tạo lớp “%s”.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="345" />
        <source>Đổi tên lớp</source>
        <translation>Đổi tên lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="345" />
        <source>Tên mới của lớp:</source>
        <translation>Tên mới của lớp:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="363" />
        <source>Lưu trữ lớp</source>
        <translation>Lưu trữ lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="364" />
        <source>Lưu trữ lớp “%s”? Lớp sẽ ẩn khỏi danh sách và người học không còn thấy bài được giao của lớp này. Số liệu vẫn được giữ, có thể bỏ lưu trữ bất cứ lúc nào.</source>
        <translation>Lưu trữ lớp “%s”? Lớp sẽ ẩn khỏi danh sách và người học không còn thấy bài được giao của lớp này. Số liệu vẫn được giữ, có thể bỏ lưu trữ bất cứ lúc nào.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="366" />
        <source>Lưu trữ</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="366" />
        <location filename="../screens/teacher/controller.py" line="371" />
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="369" />
        <source>Bỏ lưu trữ lớp</source>
        <translation>Bỏ lưu trữ lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="370" />
        <source>Đưa lớp “%s” trở lại danh sách lớp đang học?</source>
        <translation>Đưa lớp “%s” trở lại danh sách lớp đang học?</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="371" />
        <source>Bỏ lưu trữ</source>
        <translation>Bỏ lưu trữ</translation>
    </message>
</context>
<context>
    <name>TeacherFormat</name>
    <message>
        <location filename="../screens/teacher/format.py" line="18" />
        <source>%d giờ %d phút</source>
        <translation>%d giờ %d phút</translation>
    </message>
    <message>
        <location filename="../screens/teacher/format.py" line="20" />
        <source>%d giờ</source>
        <translation>%d giờ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/format.py" line="22" />
        <source>%d phút</source>
        <translation>%d phút</translation>
    </message>
    <message>
        <location filename="../screens/teacher/format.py" line="23" />
        <source>dưới 1 phút</source>
        <translation>dưới 1 phút</translation>
    </message>
    <message>
        <location filename="../screens/teacher/format.py" line="41" />
        <source>chưa có</source>
        <translation>chưa có</translation>
    </message>
</context>
<context>
    <name>TeacherHomeScreen</name>
    <message>
        <location filename="../screens/teacher/classes.py" line="77" />
        <source>Các lớp học</source>
        <translation>Các lớp học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="78" />
        <source>Tên lớp mới:</source>
        <translation>Tên lớp mới:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="79" />
        <source>Ví dụ: Lớp thôn Bản Lìm, tối thứ Ba</source>
        <translation>Ví dụ: Lớp thôn Bản Lìm, tối thứ Ba</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="80" />
        <source>Tên lớp mới</source>
        <translation>Tên lớp mới</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="81" />
        <source>Tạo lớp</source>
        <translation>Tạo lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="82" />
        <source>Lớp của bạn:</source>
        <translation>Lớp của bạn:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="83" />
        <source>Danh sách lớp học</source>
        <translation>Danh sách lớp học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="84" />
        <source>Chưa có lớp nào. Hãy gõ tên lớp rồi bấm “Tạo lớp”.</source>
        <translation>Chưa có lớp nào. Hãy gõ tên lớp rồi bấm “Tạo lớp”.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="85" />
        <source>Hiện cả các lớp đã lưu trữ</source>
        <translation>Hiện cả các lớp đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="86" />
        <source>Mở lớp</source>
        <translation>Mở lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="86" />
        <source>Mở lớp đã chọn</source>
        <translation>Mở lớp đã chọn</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="87" />
        <source>Đổi tên</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="87" />
        <source>Đổi tên lớp đã chọn</source>
        <translation>Đổi tên lớp đã chọn</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="88" />
        <source>Máy tình nguyện viên</source>
        <translation>Máy tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="89" />
        <source>Máy tình nguyện viên: nhận và ghi dữ liệu học qua USB</source>
        <translation>Máy tình nguyện viên: nhận và ghi dữ liệu học qua USB</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="97" />
        <source>%s — %d người học</source>
        <translation>%s — %d người học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="99" />
        <source> (đã lưu trữ)</source>
        <translation> (đã lưu trữ)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="131" />
        <source>Bỏ lưu trữ</source>
        <translation>Bỏ lưu trữ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="131" />
        <source>Bỏ lưu trữ lớp đã chọn</source>
        <translation>Bỏ lưu trữ lớp đã chọn</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="133" />
        <source>Lưu trữ</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="133" />
        <source>Lưu trữ lớp đã chọn (ẩn đi, không xoá)</source>
        <translation>Lưu trữ lớp đã chọn (ẩn đi, không xoá)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="138" />
        <source>Hãy gõ tên lớp trước.</source>
        <translation>Hãy gõ tên lớp trước.</translation>
    </message>
</context>
<context>
    <name>TeacherLoginScreen</name>
    <message>
        <location filename="../screens/teacher/login.py" line="69" />
        <source>Tạo tài khoản giáo viên</source>
        <translation>Tạo tài khoản giáo viên</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="69" />
        <source>Đăng nhập giáo viên</source>
        <translation>Đăng nhập giáo viên</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="71" />
        <source>Máy này chưa có tài khoản giáo viên. Hãy tạo tài khoản đầu tiên. Người học sẽ không vào được khu vực này nếu không biết mật khẩu.</source>
        <translation>Máy này chưa có tài khoản giáo viên. Hãy tạo tài khoản đầu tiên. Người học sẽ không vào được khu vực này nếu không biết mật khẩu.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="74" />
        <source>Máy này nhận tài khoản giáo viên từ máy chủ của xã, nhưng chưa có tài khoản nào. Hãy nhờ cán bộ tạo tài khoản trên máy chủ. Sau đó bấm “Đồng bộ ngay” ở màn hình chọn người học.</source>
        <translation>Máy này nhận tài khoản giáo viên từ máy chủ của xã, nhưng chưa có tài khoản nào. Hãy nhờ cán bộ tạo tài khoản trên máy chủ. Sau đó bấm “Đồng bộ ngay” ở màn hình chọn người học.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="78" />
        <source>Khu vực này chỉ dành cho giáo viên. Hãy nhập tên đăng nhập và mật khẩu.</source>
        <translation>Khu vực này chỉ dành cho giáo viên. Hãy nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="80" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="80" />
        <source>Quay lại màn hình chọn người học</source>
        <translation>Quay lại màn hình chọn người học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="81" />
        <source>Tên đăng nhập:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="82" />
        <source>Tên đăng nhập</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="83" />
        <source>Tên hiển thị (ví dụ: Cô Lan):</source>
        <translation>Tên hiển thị (ví dụ: Cô Lan):</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="84" />
        <source>Tên hiển thị</source>
        <translation>Tên hiển thị</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="85" />
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="86" />
        <source>Mật khẩu</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="87" />
        <source>Nhập lại mật khẩu:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="88" />
        <source>Nhập lại mật khẩu</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="89" />
        <source>Tạo tài khoản</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="89" />
        <source>Đăng nhập</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="127" />
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="131" />
        <source>Hãy nhập mật khẩu.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="137" />
        <source>Hãy nhập tên hiển thị, ví dụ: Cô Lan.</source>
        <translation>Hãy nhập tên hiển thị, ví dụ: Cô Lan.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="141" />
        <source>Hai lần nhập mật khẩu không giống nhau. Hãy nhập lại.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau. Hãy nhập lại.</translation>
    </message>
</context>
<context>
    <name>TeacherScreen</name>
    <message>
        <location filename="../screens/teacher/frame.py" line="32" />
        <source>Đăng xuất</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../screens/teacher/frame.py" line="33" />
        <source>Đăng xuất khỏi khu vực giáo viên, trở về màn hình chọn người học</source>
        <translation>Đăng xuất khỏi khu vực giáo viên, trở về màn hình chọn người học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/frame.py" line="41" />
        <source>Giáo viên: %s</source>
        <translation>Giáo viên: %s</translation>
    </message>
</context>
<context>
    <name>TilesRow</name>
    <message>
        <location filename="../widgets/tiles_row.py" line="25" />
        <source>Không muốn gõ? Bấm một từ dưới đây:</source>
        <translation>Không muốn gõ? Bấm một từ dưới đây:</translation>
    </message>
    <message>
        <location filename="../widgets/tiles_row.py" line="34" />
        <source>Điền từ: %s</source>
        <translation>Điền từ: %s</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="180" />
        <source>Đúng</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="181" />
        <source>Sai</source>
        <translation>Sai</translation>
    </message>
</context>
<context>
    <name>VoicesScreen</name>
    <message>
        <location filename="../screens/voices.py" line="104" />
        <source>Giọng đọc trên máy</source>
        <translation>Giọng đọc trên máy</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="105" />
        <source>← Quay lại</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="105" />
        <source>Quay lại phần cài đặt</source>
        <translation>Quay lại phần cài đặt</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="107" />
        <source>Máy luôn có sẵn một giọng đọc. Bạn có thể chép thêm giọng đọc mới, nghe tự nhiên hơn, từ USB hoặc thư mục: chọn tệp .onnx (kèm tệp .onnx.json cùng tên).</source>
        <translation>Máy luôn có sẵn một giọng đọc. Bạn có thể chép thêm giọng đọc mới, nghe tự nhiên hơn, từ USB hoặc thư mục: chọn tệp .onnx (kèm tệp .onnx.json cùng tên).</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="109" />
        <source>Dùng giọng này</source>
        <translation>Dùng giọng này</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="110" />
        <source>Chép giọng mới từ USB hoặc thư mục…</source>
        <translation>Chép giọng mới từ USB hoặc thư mục…</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="111" />
        <source>Dừng chép</source>
        <translation>Dừng chép</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="112" />
        <source>Các giọng đọc trên máy</source>
        <translation>Các giọng đọc trên máy</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="125" />
        <source> (đang dùng)</source>
        <translation> (đang dùng)</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="126" />
        <source>Giọng có sẵn (espeak-ng)</source>
        <translation>Giọng có sẵn (espeak-ng)</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="155" />
        <source>Giọng có sẵn chạy trên mọi máy, không cần thêm bộ nhớ. Chọn giọng Bắc, Trung hay Nam trong phần cài đặt.</source>
        <translation>Giọng có sẵn chạy trên mọi máy, không cần thêm bộ nhớ. Chọn giọng Bắc, Trung hay Nam trong phần cài đặt.</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="161" />
        <source>Mã kiểm tra SHA-256: %s…</source>
        <translation>Mã kiểm tra SHA-256: %s…</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="177" />
        <source>Chọn tệp giọng đọc</source>
        <translation>Chọn tệp giọng đọc</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="177" />
        <source>Giọng đọc Piper (*.onnx)</source>
        <translation>Giọng đọc Piper (*.onnx)</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="199" />
        <source>Đã dừng chép. Máy không giữ lại phần đã chép dở.</source>
        <translation>Đã dừng chép. Máy không giữ lại phần đã chép dở.</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="204" />
        <source>Chưa chép được giọng đọc. Hãy thử lại.</source>
        <translation>Chưa chép được giọng đọc. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>VolunteerActions</name>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="46" />
        <source>Chọn thư mục trên USB có tệp đồng bộ</source>
        <translation>Chọn thư mục trên USB có tệp đồng bộ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="51" />
        <source>Đã nhận %d tệp mới từ USB.</source>
        <translation>Đã nhận %d tệp mới từ USB.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="52" />
        <source>Không có tệp mới nào trên USB này.</source>
        <translation>Không có tệp mới nào trên USB này.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="54" />
        <source>%d tệp đã có sẵn trên máy này.</source>
        <translation>%d tệp đã có sẵn trên máy này.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="56" />
        <source>%d tệp cũ được thay bằng tệp mới hơn của cùng máy.</source>
        <translation>%d tệp cũ được thay bằng tệp mới hơn của cùng máy.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="58" />
        <source>Không nhận các tệp sau:</source>
        <translation>Không nhận các tệp sau:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="64" />
        <source>Đang nhận và kiểm tra tệp…</source>
        <translation>Đang nhận và kiểm tra tệp…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="72" />
        <source>Chọn thư mục trên USB để ghi</source>
        <translation>Chọn thư mục trên USB để ghi</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="77" />
        <source>Đã ghi %d tệp vào %s. Hãy nhập các tệp này vào trạm của xã.</source>
        <translation>Đã ghi %d tệp vào %s. Hãy nhập các tệp này vào trạm của xã.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="82" />
        <source>Đang ghi ra USB…</source>
        <translation>Đang ghi ra USB…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="99" />
        <source>Đã đăng ký ở “%s”: máy này biết %d máy tính của điểm học đó.</source>
        <translation>Đã đăng ký ở “%s”: máy này biết %d máy tính của điểm học đó.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="104" />
        <source>Đang đăng ký với máy chủ…</source>
        <translation>Đang đăng ký với máy chủ…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="112" />
        <source>Đã cập nhật danh sách máy của: %s</source>
        <translation>Đã cập nhật danh sách máy của: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="118" />
        <source>Đang lấy danh sách máy từ máy chủ…</source>
        <translation>Đang lấy danh sách máy từ máy chủ…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="129" />
        <source>Đã gửi %d tệp lên máy chủ (%d bản ghi mới).</source>
        <translation>Đã gửi %d tệp lên máy chủ (%d bản ghi mới).</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="130" />
        <source>Không gửi được tệp nào lên máy chủ.</source>
        <translation>Không gửi được tệp nào lên máy chủ.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="136" />
        <source>Đang gửi các tệp lên máy chủ…</source>
        <translation>Đang gửi các tệp lên máy chủ…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="164" />
        <source>Mã đăng ký không đúng. Hãy kiểm tra lại từng chữ và số.</source>
        <translation>Mã đăng ký không đúng. Hãy kiểm tra lại từng chữ và số.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="166" />
        <source>Không kết nối được máy chủ. Hãy kiểm tra địa chỉ, dây mạng hoặc wifi.</source>
        <translation>Không kết nối được máy chủ. Hãy kiểm tra địa chỉ, dây mạng hoặc wifi.</translation>
    </message>
</context>
<context>
    <name>VolunteerScreen</name>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="84" />
        <source>Máy tình nguyện viên</source>
        <translation>Máy tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="85" />
        <source>Danh sách lớp</source>
        <translation>Danh sách lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="85" />
        <source>Quay lại danh sách lớp</source>
        <translation>Quay lại danh sách lớp</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="87" />
        <source>Ở mỗi điểm học: cắm USB có tệp đồng bộ của các máy rồi bấm “Nhận từ USB”. Khi về trạm của xã: bấm “Gửi lên máy chủ” nếu có mạng, hoặc “Ghi ra USB” rồi nhập các tệp đó vào trạm.</source>
        <translation>Ở mỗi điểm học: cắm USB có tệp đồng bộ của các máy rồi bấm “Nhận từ USB”. Khi về trạm của xã: bấm “Gửi lên máy chủ” nếu có mạng, hoặc “Ghi ra USB” rồi nhập các tệp đó vào trạm.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="89" />
        <source>Các tệp dữ liệu máy này đang mang</source>
        <translation>Các tệp dữ liệu máy này đang mang</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="91" />
        <source>Máy</source>
        <translation>Máy</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="91" />
        <source>Điểm học</source>
        <translation>Điểm học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="91" />
        <source>Số bản ghi</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="91" />
        <source>Người học</source>
        <translation>Người học</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="92" />
        <source>Ghi lúc</source>
        <translation>Ghi lúc</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="92" />
        <source>Dung lượng</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="92" />
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="94" />
        <source>Nhận từ USB…</source>
        <translation>Nhận từ USB…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="94" />
        <source>Nhận tệp đồng bộ từ một thư mục trên USB</source>
        <translation>Nhận tệp đồng bộ từ một thư mục trên USB</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="95" />
        <source>Ghi ra USB…</source>
        <translation>Ghi ra USB…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="95" />
        <source>Ghi mọi tệp đang mang ra một thư mục trên USB</source>
        <translation>Ghi mọi tệp đang mang ra một thư mục trên USB</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="96" />
        <source>Gửi lên máy chủ</source>
        <translation>Gửi lên máy chủ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="97" />
        <source>Gửi các tệp chưa giao lên máy chủ của từng điểm học, khi có mạng</source>
        <translation>Gửi các tệp chưa giao lên máy chủ của từng điểm học, khi có mạng</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="98" />
        <source>Thêm điểm học…</source>
        <translation>Thêm điểm học…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="99" />
        <source>Đăng ký máy này ở một điểm học bằng mã của điểm học đó</source>
        <translation>Đăng ký máy này ở một điểm học bằng mã của điểm học đó</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="100" />
        <source>Cập nhật danh sách máy</source>
        <translation>Cập nhật danh sách máy</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="101" />
        <source>Lấy lại danh sách máy tính của các điểm học từ máy chủ</source>
        <translation>Lấy lại danh sách máy tính của các điểm học từ máy chủ</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="119" />
        <source>“Cập nhật danh sách máy” cần một điểm học trước: bấm “Thêm điểm học…”.</source>
        <translation>“Cập nhật danh sách máy” cần một điểm học trước: bấm “Thêm điểm học…”.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="120" />
        <source>“Ghi ra USB…” chưa có gì để ghi: hãy “Nhận từ USB…” ở một điểm học trước.</source>
        <translation>“Ghi ra USB…” chưa có gì để ghi: hãy “Nhận từ USB…” ở một điểm học trước.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="121" />
        <source>“Gửi lên máy chủ”: mọi tệp đã được giao.</source>
        <translation>“Gửi lên máy chủ”: mọi tệp đã được giao.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="122" />
        <source>“Gửi lên máy chủ” chưa có gì để gửi: hãy “Nhận từ USB…” ở một điểm học trước.</source>
        <translation>“Gửi lên máy chủ” chưa có gì để gửi: hãy “Nhận từ USB…” ở một điểm học trước.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="124" />
        <source>Đang làm việc, chờ một chút…</source>
        <translation>Đang làm việc, chờ một chút…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="138" />
        <source>Máy này được đăng ký ở: %s</source>
        <translation>Máy này được đăng ký ở: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="139" />
        <source>Máy này chưa được đăng ký ở điểm học nào.</source>
        <translation>Máy này chưa được đăng ký ở điểm học nào.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="143" />
        <source>✓ Đã giao</source>
        <translation>✓ Đã giao</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="143" />
        <source>Chưa giao</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="152" />
        <source>Đang mang %d tệp, %d bản ghi. Chưa giao: %d tệp.</source>
        <translation>Đang mang %d tệp, %d bản ghi. Chưa giao: %d tệp.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="155" />
        <source>Máy này chưa mang tệp nào.</source>
        <translation>Máy này chưa mang tệp nào.</translation>
    </message>
</context>
</TS>