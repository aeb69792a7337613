<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../screens/teacher/dialogs.py" line="52" />
        <source>Thêm điểm học</source>
        <translation>Add a site</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="54" />
        <source>Máy này sẽ biết các máy tính của điểm học đó, để kiểm tra tệp USB nhận từ chúng. Mã đăng ký do cán bộ xã đưa.</source>
        <translation>This laptop will learn that site's PCs, to check the USB files it collects from them. The commune officer gives you the enrollment code.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="60" />
        <source>Ví dụ: http://192.168.1.10:8765</source>
        <translation>For example: http://192.168.1.10:8765</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="61" />
        <source>Ví dụ: ABCD-EFGH-JKMN</source>
        <translation>For example: ABCD-EFGH-JKMN</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="62" />
        <source>Địa chỉ máy chủ:</source>
        <translation>Hub address:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="63" />
        <source>Mã đăng ký:</source>
        <translation>Enrollment code:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="70" />
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="71" />
        <location filename="../widgets/files.py" line="46" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="78" />
        <source>Địa chỉ máy chủ chưa đúng. Ví dụ: http://192.168.1.10:8765</source>
        <translation>The hub address is not right. For example: http://192.168.1.10:8765</translation>
    </message>
    <message>
        <location filename="../screens/teacher/dialogs.py" line="81" />
        <source>Mã đăng ký chỉ có chữ cái, chữ số và dấu gạch ngang.</source>
        <translation>An enrollment code has only letters, digits and dashes.</translation>
    </message>
    <message>
        <location filename="../widgets/files.py" line="43" />
        <source>Tìm trong:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../widgets/files.py" line="44" />
        <source>Tên tệp:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../widgets/files.py" line="45" />
        <source>Loại tệp:</source>
        <translation>File type:</translation>
    </message>
</context>
<context>
    <name>AskScreen</name>
    <message>
        <location filename="../screens/ask.py" line="142" />
        <source>Hỏi gia sư</source>
        <translation>Ask the tutor</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="144" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="145" />
        <source>Quay lại trang trước</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="146" />
        <source>Hỏi điều bạn chưa rõ trong các bài học. Gõ có dấu hay không dấu đều được.</source>
        <translation>Ask about anything in the lessons you are not sure of. You can type with or without Vietnamese accent marks.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="147" />
        <source>Ví dụ: làm sao nhận biết cuộc gọi video giả?</source>
        <translation>Example: how can I spot a fake video call?</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="148" />
        <source>Câu hỏi của bạn</source>
        <translation>Your question</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="149" />
        <source>Hỏi</source>
        <translation>Ask</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="150" />
        <source>Gửi câu hỏi</source>
        <translation>Send question</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="151" />
        <source>Nghe</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="152" />
        <source>Nghe đọc câu trả lời</source>
        <translation>Listen to the answer</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="153" />
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="154" />
        <source>Dừng câu trả lời</source>
        <translation>Stop the answer</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="155" />
        <location filename="../screens/ask.py" line="156" />
        <source>Câu trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="157" />
        <source>Các bài học có nói về điều này</source>
        <translation>Lessons that talk about this</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="185" />
        <source>Đang tìm trong các bài học…</source>
        <translation>Searching the lessons…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="207" />
        <source>Đang chờ AI xong việc trước…</source>
        <translation>Waiting for the AI to finish its last task…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="134" />
        <source>AI đang đọc bài học…</source>
        <translation>The AI is reading the lessons…</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="253" />
        <source>AI chưa trả lời được. Đây là các đoạn bài học nói về điều này.</source>
        <translation>The AI could not answer yet. Here are the parts of the lessons about this.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="255" />
        <source>Đã dừng. Mở bài học bên dưới để đọc đầy đủ.</source>
        <translation>Stopped. Open a lesson below to read all of it.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="257" />
        <source>AI trả lời dựa vào bài học, nhưng AI có thể nhầm. Hãy mở bài học bên dưới để kiểm tra.</source>
        <translation>The AI answers from the lessons, but the AI can be wrong. Open a lesson below to check.</translation>
    </message>
    <message>
        <location filename="../screens/ask.py" line="289" />
        <source>Đọc thêm trong bài học (bấm để mở):</source>
        <translation>Read more in the lessons (click to open):</translation>
    </message>
</context>
<context>
    <name>AssignTab</name>
    <message>
        <location filename="../screens/teacher/assign.py" line="124" />
        <source>Giao bài học:</source>
        <translation>Assign lessons:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="125" />
        <source>Giao bài kiểm tra:</source>
        <translation>Assign a level test:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="126" />
        <source>Chọn bài để giao, theo cấp và chủ đề</source>
        <translation>Choose lessons to assign, by level and topic</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="127" />
        <source>Chọn cấp của bài kiểm tra</source>
        <translation>Choose the level of the test</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="128" />
        <source>Có hạn hoàn thành:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="129" />
        <source>Hạn hoàn thành (ngày/tháng/năm)</source>
        <translation>Due date (day/month/year)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="130" />
        <source>Giao cho cả lớp</source>
        <translation>Assign to the whole class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="131" />
        <source>Bài đã giao cho lớp:</source>
        <translation>Assigned to the class:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="132" />
        <source>Bài đã giao cho lớp</source>
        <translation>Assigned to the class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="133" />
        <source>Hiện cả bài đã huỷ</source>
        <translation>Also show cancelled assignments</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="134" />
        <source>Huỷ bài đã chọn</source>
        <translation>Cancel the selected one</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="134" />
        <source>Huỷ bài giao đã chọn</source>
        <translation>Cancel the selected assignment</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="146" />
        <source>Cấp %d: %s</source>
        <translation>Level %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="167" />
        <source>Bài kiểm tra cấp %d: %s</source>
        <translation>Level %d test: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="247" />
        <source>Chưa giao bài nào.</source>
        <translation>Nothing assigned yet.</translation>
    </message>
</context>
<context>
    <name>AssignedPanel</name>
    <message>
        <location filename="../widgets/assigned.py" line="93" />
        <source>Bài được giao (%d bài chưa xong)</source>
        <translation>Assigned to you (%d not done yet)</translation>
    </message>
    <message>
        <location filename="../widgets/assigned.py" line="94" />
        <source>Bài được giao: đã xong hết. Giỏi lắm!</source>
        <translation>Assigned to you: all done. Well done!</translation>
    </message>
    <message>
        <location filename="../widgets/assigned.py" line="109" />
        <source>Xem tất cả (thêm %d bài)</source>
        <translation>Show all (%d more)</translation>
    </message>
    <message>
        <location filename="../widgets/assigned.py" line="111" />
        <source>Thu gọn</source>
        <translation>Show fewer</translation>
    </message>
    <message>
        <location filename="../widgets/assigned.py" line="125" />
        <source>Hạn: %s</source>
        <translation>Due: %s</translation>
    </message>
    <message>
        <location filename="../widgets/assigned.py" line="127" />
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../widgets/assigned.py" line="129" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../widgets/assigned.py" line="131" />
        <source>Chưa xong</source>
        <translation>Not done yet</translation>
    </message>
</context>
<context>
    <name>AssignmentText</name>
    <message>
        <location filename="../screens/teacher/assign.py" line="24" />
        <source>Bài kiểm tra cấp %d</source>
        <translation>Level %d test</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="27" />
        <source> và %d bài khác</source>
        <translation> and %d more</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="28" />
        <source>%d bài: %s</source>
        <translation>%d lessons: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="31" />
        <source>Hạn: %s</source>
        <translation>Due: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="32" />
        <source>giao lúc %s</source>
        <translation>assigned %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/assign.py" line="35" />
        <source> (đã huỷ)</source>
        <translation> (cancelled)</translation>
    </message>
</context>
<context>
    <name>AvatarNames</name>
    <message>
        <location filename="../widgets/avatar.py" line="26" />
        <source>Mặt trời</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="27" />
        <source>Mặt trăng</source>
        <translation>Moon</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="28" />
        <source>Ngôi sao</source>
        <translation>Star</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="29" />
        <source>Bông hoa</source>
        <translation>Flower</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="30" />
        <source>Chiếc lá</source>
        <translation>Leaf</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="31" />
        <source>Cái cây</source>
        <translation>Tree</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="32" />
        <source>Bông lúa</source>
        <translation>Rice</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="33" />
        <source>Con cá</source>
        <translation>Fish</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="34" />
        <source>Con chim</source>
        <translation>Bird</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="35" />
        <source>Ngôi nhà</source>
        <translation>House</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="36" />
        <source>Ngọn núi</source>
        <translation>Mountain</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="37" />
        <source>Trái tim</source>
        <translation>Heart</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="38" />
        <source>Giọt nước</source>
        <translation>Water drop</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="39" />
        <source>Cái chuông</source>
        <translation>Bell</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="40" />
        <source>Con thuyền</source>
        <translation>Boat</translation>
    </message>
    <message>
        <location filename="../widgets/avatar.py" line="41" />
        <source>Chén trà</source>
        <translation>Tea cup</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../screens/result.py" line="95" />
        <source>Giấy chứng nhận của tôi</source>
        <translation>My certificates</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="96" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="97" />
        <source>Quay lại trang chính</source>
        <translation>Back to the home page</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="98" />
        <source>In lại giấy đã chọn</source>
        <translation>Print the chosen one again</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="99" />
        <source>In lại giấy chứng nhận đã chọn</source>
        <translation>Print the chosen certificate again</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="100" />
        <source>Danh sách giấy chứng nhận</source>
        <translation>List of certificates</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="108" />
        <source>Cấp %d: %s — ngày %s — số %s</source>
        <translation>Level %d: %s — %s — no. %s</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="120" />
        <source>Đã lưu giấy chứng nhận: %s</source>
        <translation>Certificate saved: %s</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <location filename="../screens/teacher/chart.py" line="43" />
        <source>Biểu đồ hoàn thành theo cấp</source>
        <translation>Completion chart by level</translation>
    </message>
    <message>
        <location filename="../screens/teacher/chart.py" line="51" />
        <source>Lớp đã đi được bao xa ở mỗi cấp (%)</source>
        <translation>How far the class has got in each level (%)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/chart.py" line="55" />
        <source>Bài đã làm đạt</source>
        <translation>Lessons passed</translation>
    </message>
    <message>
        <location filename="../screens/teacher/chart.py" line="57" />
        <source>Đã qua bài kiểm tra cấp</source>
        <translation>Passed the level test</translation>
    </message>
    <message>
        <location filename="../screens/teacher/chart.py" line="68" />
        <source>Cấp %d</source>
        <translation>Level %d</translation>
    </message>
    <message>
        <location filename="../screens/teacher/chart.py" line="89" />
        <source>Cấp %d: %s bài đã làm đạt; %d/%d người đã qua bài kiểm tra.</source>
        <translation>Level %d: %s of lessons passed; %d/%d learners passed the test.</translation>
    </message>
</context>
<context>
    <name>ClassActions</name>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="64" />
        <source>Hãy đánh dấu ít nhất một bài, hoặc chọn bài kiểm tra.</source>
        <translation>Tick at least one lesson, or choose a test.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="68" />
        <source>Đã giao bài cho cả lớp. Người học sẽ thấy ở mục “Bài được giao”.</source>
        <translation>Assigned to the whole class. Learners will see it under “Assigned to you”.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="76" />
        <source>Huỷ bài đã giao</source>
        <translation>Cancel assignment</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="77" />
        <source>Huỷ bài đã giao này? Người học sẽ không còn thấy bài này trong mục “Bài được giao”.</source>
        <translation>Cancel this assignment? Learners will no longer see it under “Assigned to you”.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="78" />
        <source>Huỷ bài</source>
        <translation>Cancel it</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="78" />
        <location filename="../screens/teacher/class_actions.py" line="91" />
        <location filename="../screens/teacher/class_actions.py" line="189" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="81" />
        <source>Đã huỷ bài đã giao.</source>
        <translation>Assignment cancelled.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="86" />
        <source>Đã thêm %d người vào lớp.</source>
        <translation>Added %d learners to the class.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="89" />
        <location filename="../screens/teacher/class_actions.py" line="91" />
        <source>Bỏ khỏi lớp</source>
        <translation>Remove from class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="90" />
        <source>Bỏ %d người đã chọn khỏi lớp? Bài đã học của họ vẫn được giữ.</source>
        <translation>Remove the %d selected learners from the class? Their progress is kept.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="95" />
        <source>Đã bỏ %d người khỏi lớp.</source>
        <translation>Removed %d learners from the class.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="100" />
        <source>Chọn tệp danh sách (CSV)</source>
        <translation>Choose the list file (CSV)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="101" />
        <source>Tệp CSV (*.csv);;Mọi tệp (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="105" />
        <source>Không đọc được tệp này. Hãy kiểm tra USB.</source>
        <translation>This file cannot be read. Please check the USB stick.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="116" />
        <source>Đã thêm %d người vào lớp. %d người đã có trong lớp.</source>
        <translation>Added %d learners to the class. %d were already in it.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="119" />
        <source>Các dòng bị bỏ qua:</source>
        <translation>Rows skipped:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="130" />
        <source>Lưu danh sách lớp (CSV)</source>
        <translation>Save the class list (CSV)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="131" />
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="148" />
        <source>Gộp hai hồ sơ</source>
        <translation>Merge two profiles</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="149" />
        <source>Gộp hồ sơ “%s” vào hồ sơ “%s”?

Mọi bài đã học của “%s” sẽ tính cho “%s”. Hồ sơ “%s” sẽ không còn trên màn hình chọn người học. Không thể hoàn tác.</source>
        <translation>Merge profile “%s” into profile “%s”?

Everything “%s” has learned will count for “%s”. Profile “%s” will no longer appear on the learner picker. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="152" />
        <source>Gộp hồ sơ</source>
        <translation>Merge profiles</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="152" />
        <source>Không gộp</source>
        <translation>Do not merge</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="155" />
        <source>Đã gộp hồ sơ “%s” vào “%s”.</source>
        <translation>Merged profile “%s” into “%s”.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="186" />
        <source>Mở khoá cấp</source>
        <translation>Unlock level</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="187" />
        <source>Mở cấp %d cho %s mà không cần qua bài kiểm tra cấp trước? Việc này được ghi lại với tên của bạn.</source>
        <translation>Open level %d for %s without the previous level's test? This is recorded under your name.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="189" />
        <source>Mở khoá</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="196" />
        <source>Đã mở cấp %d cho %s.</source>
        <translation>Level %d is now open for %s.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_actions.py" line="215" />
        <source>Đã lưu nhóm của %s.</source>
        <translation>Saved the group of %s.</translation>
    </message>
</context>
<context>
    <name>ClassGrid</name>
    <message>
        <location filename="../screens/teacher/grid.py" line="40" />
        <source>Đang học</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="42" />
        <source>Đạt bài tập</source>
        <translation>Quiz passed</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="44" />
        <source>Đã thuộc</source>
        <translation>Mastered</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="45" />
        <source>Chưa học</source>
        <translation>Not started</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <location filename="../screens/teacher/class_page.py" line="93" />
        <source>Danh sách lớp</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="93" />
        <source>Quay lại danh sách lớp</source>
        <translation>Back to the list of classes</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="94" />
        <source>Cập nhật</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="94" />
        <source>Đọc lại số liệu mới nhất của lớp</source>
        <translation>Read the class's latest figures again</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="97" />
        <source>Bảng theo dõi</source>
        <translation>Progress grid</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="98" />
        <source>Cần giúp đỡ (%d)</source>
        <translation>Needs help (%d)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="98" />
        <source>Cần giúp đỡ</source>
        <translation>Needs help</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="99" />
        <source>Câu hỏi khó</source>
        <translation>Difficult questions</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="99" />
        <source>Biểu đồ</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="99" />
        <source>Giao bài</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="99" />
        <source>Học viên</source>
        <translation>Learners</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="100" />
        <source>Gộp hồ sơ</source>
        <translation>Merge profiles</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="100" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="106" />
        <source>Các mục của lớp</source>
        <translation>Sections of the class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="112" />
        <source>Lớp học</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/class_page.py" line="117" />
        <source> (đã lưu trữ)</source>
        <translation> (archived)</translation>
    </message>
</context>
<context>
    <name>ClassReportPdf</name>
    <message>
        <location filename="../report_pdf.py" line="171" />
        <source>BÁO CÁO LỚP HỌC</source>
        <translation>CLASS REPORT</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="174" />
        <source>Lớp: %s</source>
        <translation>Class: %s</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="175" />
        <source>Giáo viên: %s</source>
        <translation>Teacher: %s</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="176" />
        <source>Ngày lập báo cáo: %s</source>
        <translation>Report date: %s</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="177" />
        <source>Số người học: %d</source>
        <translation>Learners: %d</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="178" />
        <source>Số giấy chứng nhận đã cấp: %d</source>
        <translation>Certificates issued: %d</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="187" />
        <source>Cấp %d</source>
        <translation>Level %d</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="192" />
        <source>1. Hoàn thành theo cấp</source>
        <translation>1. Completion by level</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="193" />
        <location filename="../report_pdf.py" line="238" />
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="194" />
        <source>Tên cấp</source>
        <translation>Level name</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="195" />
        <source>Người học</source>
        <translation>Learner</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="196" />
        <source>Qua bài kiểm tra</source>
        <translation>Passed the test</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="197" />
        <source>Lượt bài đã làm đạt</source>
        <translation>Lessons passed (learner × lesson)</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="198" />
        <source>Lượt bài đã thuộc</source>
        <translation>Lessons mastered (learner × lesson)</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="199" />
        <source>Chưa có số liệu.</source>
        <translation>No figures yet.</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="206" />
        <source>2. Mức nắm bài theo từng bài (số người)</source>
        <translation>2. Mastery by lesson (number of learners)</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="207" />
        <source>Bài</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="208" />
        <source>Tên bài</source>
        <translation>Lesson name</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="209" />
        <source>Chưa học</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="210" />
        <source>Đang học</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="211" />
        <source>Làm đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="212" />
        <source>Đã thuộc</source>
        <translation>Mastered</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="213" />
        <source>Chưa có bài học nào.</source>
        <translation>No lessons yet.</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="222" />
        <source>3. Từng người học</source>
        <translation>3. Each learner</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="223" />
        <location filename="../report_pdf.py" line="237" />
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="224" />
        <source>Thời gian học</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="225" />
        <source>Câu đúng / đã trả lời</source>
        <translation>Right / answered</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="226" />
        <source>Bài đạt / thuộc</source>
        <translation>Lessons passed / mastered</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="227" />
        <source>Chứng nhận</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="228" />
        <source>Lần học gần nhất</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="229" />
        <source>Lớp chưa có người học.</source>
        <translation>The class has no learners yet.</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="232" />
        <source>Cấp %d: %s</source>
        <translation>Level %d: %s</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="236" />
        <source>4. Giấy chứng nhận đã cấp</source>
        <translation>4. Certificates issued</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="239" />
        <source>Ngày cấp</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="240" />
        <source>Số giấy</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="241" />
        <source>Lớp chưa có giấy chứng nhận nào.</source>
        <translation>The class has no certificates yet.</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="268" />
        <location filename="../report_pdf.py" line="291" />
        <source>Báo cáo lớp %s</source>
        <translation>Report of class %s</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="270" />
        <source>Trang %d/%d</source>
        <translation>Page %d/%d</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="322" />
        <source>Giấy chứng nhận</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../core_text.py" line="28" />
        <source>Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.</source>
        <translation>Something went wrong. Your data is still safe.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="30" />
        <source>Mã PIN chưa đúng. Bạn còn {tries} lần thử.</source>
        <translation>The PIN is not right. You have {tries} more tries.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="32" />
        <source>Mã PIN chưa đúng.</source>
        <translation>The PIN is not right.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="34" />
        <source>Nhập sai quá nhiều lần. Hãy đợi khoảng {hours} giờ rồi thử lại.</source>
        <translation>Too many wrong tries. Please wait about {hours} hours, then try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="36" />
        <source>Nhập sai quá nhiều lần. Hãy đợi {minutes} phút rồi thử lại.</source>
        <translation>Too many wrong tries. Please wait {minutes} minutes, then try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="38" />
        <source>Đồng hồ của máy đang sai ngày, nên giấy chứng nhận sẽ được cấp sau, khi đồng hồ được chỉnh đúng hoặc khi máy đồng bộ với máy chủ. Kết quả của bạn đã được lưu.</source>
        <translation>The computer's clock shows the wrong date, so the certificate will be given later, when the clock is set right or when the computer syncs with the server. Your result has been saved.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="41" />
        <source>Hãy đăng nhập lại bằng tài khoản giáo viên.</source>
        <translation>Please sign in again with the teacher account.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="43" />
        <source>Tên đăng nhập hoặc mật khẩu chưa đúng. Còn {tries} lần thử.</source>
        <translation>The user name or password is not right. {tries} tries left.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="45" />
        <source>Tên đăng nhập hoặc mật khẩu chưa đúng.</source>
        <translation>The user name or password is not right.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="47" />
        <source>Tệp dữ liệu trên máy này bị hỏng nên ứng dụng đã lấy lại bản sao lưu ngày {day}. Những gì học sau ngày đó trên máy này có thể bị thiếu. Tệp hỏng vẫn được giữ lại để thầy cô hoặc cán bộ kỹ thuật xem.</source>
        <translation>The data file on this computer was damaged, so the app brought back the backup of {day}. What was learned on this computer after that day may be missing. The damaged file is kept for the teacher or a technician to look at.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="51" />
        <source>Tệp dữ liệu trên máy này bị hỏng và chưa có bản sao lưu dùng được. Ứng dụng đã tạo dữ liệu mới. Tệp hỏng vẫn được giữ lại để cán bộ kỹ thuật xem.</source>
        <translation>The data file on this computer was damaged and there is no usable backup yet. The app has started new data. The damaged file is kept for a technician to look at.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="54" />
        <source>Tệp dữ liệu trên máy này bị trống (có thể do USB bị rút ra khi đang dùng, hoặc máy tắt đột ngột). Ứng dụng đã lấy lại bản sao lưu ngày {day}. Những gì học sau ngày đó trên máy này có thể bị thiếu.</source>
        <translation>The data file on this computer was empty (perhaps the USB stick was pulled out while in use, or the computer switched off suddenly). The app brought back the backup of {day}. What was learned on this computer after that day may be missing.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="58" />
        <source>Tệp dữ liệu trên máy này bị mất (có thể do USB bị rút ra khi đang dùng, hoặc máy tắt đột ngột). Ứng dụng đã lấy lại bản sao lưu ngày {day}. Những gì học sau ngày đó trên máy này có thể bị thiếu.</source>
        <translation>The data file on this computer was missing (perhaps the USB stick was pulled out while in use, or the computer switched off suddenly). The app brought back the backup of {day}. What was learned on this computer after that day may be missing.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="62" />
        <source>Máy này chưa có người học nào, nhưng bản lưu ngày {day} có {found} người học. Nếu đây là dữ liệu của lớp, hãy bấm “Lấy lại dữ liệu cũ”.</source>
        <translation>There are no learners on this computer yet, but the copy of {day} holds {found} learners. If this is your class's data, press “Restore the old data”.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="65" />
        <source>Bản lưu này cũng bị hỏng nên chưa lấy lại được. Hãy báo cho cán bộ kỹ thuật.</source>
        <translation>This copy is damaged too, so it could not be restored. Please tell a technician.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="67" />
        <source>Không dùng được gói bài học này. Bài học hiện có vẫn giữ nguyên.</source>
        <translation>This lesson pack cannot be used. The lessons you have stay as they are.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="69" />
        <source>Tệp này không phải gói bài học, hoặc đã bị hỏng khi sao chép. Hãy chép lại tệp rồi thử lại. Bài học hiện có vẫn giữ nguyên.</source>
        <translation>This file is not a lesson pack, or it was damaged when copied. Copy the file again and try again. The lessons you have stay as they are.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="72" />
        <source>Gói bài học đã bị thay đổi sau khi đóng gói nên không an toàn để dùng. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</source>
        <translation>The lesson pack was changed after it was made, so it is not safe to use. Ask the publisher for the original file, then try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="75" />
        <source>Chữ ký của gói bài học không đúng, có thể gói đã bị sửa. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</source>
        <translation>The lesson pack's signature is wrong; the pack may have been changed. Ask the publisher for the original file, then try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="78" />
        <source>Gói bài học này do một nơi chưa được ứng dụng tin cậy ký. Chỉ dùng gói bài học từ nơi phát hành chính thức.</source>
        <translation>This lesson pack was signed by a source the app does not trust. Use only lesson packs from the official publisher.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="81" />
        <source>Gói bài học này cần phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng rồi thử lại.</source>
        <translation>This lesson pack needs a newer version of the app. Update the app, then try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="83" />
        <source>Gói bài học chứa tên tệp không an toàn nên đã bị từ chối. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</source>
        <translation>The lesson pack holds unsafe file names, so it was refused. Ask the publisher for the original file, then try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="86" />
        <source>Gói bài học lớn bất thường nên đã bị từ chối để bảo vệ máy tính. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</source>
        <translation>The lesson pack is unusually large, so it was refused to protect the computer. Ask the publisher for the original file, then try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="89" />
        <source>Gói bài học bị thiếu hoặc thừa tệp so với danh sách khi đóng gói. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.</source>
        <translation>The lesson pack has missing or extra files compared with its list. Ask the publisher for the original file, then try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="92" />
        <source>Nội dung gói bài học bị lỗi định dạng. Hãy báo cho nơi phát hành. Bài học hiện có vẫn giữ nguyên.</source>
        <translation>The lesson pack's content is badly formatted. Tell the publisher. The lessons you have stay as they are.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="95" />
        <source>Không cài được gói bài học do lỗi khi ghi dữ liệu. Bài học hiện có vẫn giữ nguyên.</source>
        <translation>The lesson pack could not be installed because saving failed. The lessons you have stay as they are.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="97" />
        <source>Gói này (phiên bản {offered}) cũ hơn gói đang dùng (phiên bản {installed}) nên không cài.</source>
        <translation>This pack (version {offered}) is older than the one in use (version {installed}), so it was not installed.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="99" />
        <source>Đã có gói phiên bản {version} với nội dung khác. Hãy hỏi nơi phát hành gói nào mới hơn.</source>
        <translation>A pack with version {version} and different content is already installed. Ask the publisher which pack is newer.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="101" />
        <source>Gói này là một bộ bài học khác với bộ đang dùng nên không cài thay thế.</source>
        <translation>This pack is a different set of lessons from the one in use, so it does not replace it.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="103" />
        <source>Nội dung bài học còn lỗi nên chưa đóng gói được.</source>
        <translation>The lesson content still has errors, so it could not be packed.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="105" />
        <source>Không đọc được khoá ký gói bài học.</source>
        <translation>The lesson pack signing key could not be read.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="107" />
        <source>Phần chạy AI chưa được cài đủ trên máy này. Các bài học khác vẫn dùng bình thường.</source>
        <translation>The AI engine is not fully installed on this computer. The other lessons work as usual.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="109" />
        <source>Tệp mô hình AI bị hỏng hoặc không đúng loại. Hãy chép lại tệp mô hình.</source>
        <translation>The AI model file is damaged or of the wrong kind. Copy the model file again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="111" />
        <source>Không mở được mô hình AI này. Hãy chọn mô hình khác.</source>
        <translation>This AI model could not be opened. Choose another model.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="113" />
        <source>Máy không đủ bộ nhớ để chạy mô hình AI này. Hãy đóng bớt chương trình hoặc chọn mô hình nhỏ hơn.</source>
        <translation>The computer does not have enough memory for this AI model. Close some programs or choose a smaller model.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="116" />
        <source>AI chưa sẵn sàng. Hãy thử lại.</source>
        <translation>The AI is not ready yet. Please try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="118" />
        <source>Câu hỏi và bài đọc quá dài cho mô hình này. Hãy hỏi ngắn hơn.</source>
        <translation>The question and the reading are too long for this model. Ask a shorter question.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="120" />
        <location filename="../core_text.py" line="122" />
        <source>AI gặp lỗi khi trả lời. Hãy thử lại.</source>
        <translation>The AI had a problem answering. Please try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="124" />
        <source>Máy này chưa có mô hình AI. Các bài học vẫn dùng được; nhờ cán bộ chép mô hình từ USB để luyện với AI.</source>
        <translation>This computer has no AI model yet. The lessons still work; ask a helper to copy a model from a USB stick to practise with AI.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="127" />
        <source>Không khởi động được phần chạy AI. Các bài học khác vẫn dùng bình thường.</source>
        <translation>The AI engine could not start. The other lessons work as usual.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="129" />
        <source>Phần chạy AI bị dừng đột ngột. Bấm “Thử lại” để chạy lại.</source>
        <translation>The AI engine stopped suddenly. Press “Try again” to run it again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="131" />
        <source>Phần chạy AI bị tắt, có thể do máy hết bộ nhớ. Hãy đóng bớt chương trình rồi bấm “Thử lại”.</source>
        <translation>The AI engine was stopped, perhaps because the computer ran out of memory. Close some programs, then press “Try again”.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="134" />
        <source>Bộ xử lý của máy này đời cũ nên không chạy được AI. Các bài học khác vẫn dùng bình thường.</source>
        <translation>This computer's processor is too old to run the AI. The other lessons work as usual.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="136" />
        <source>AI không dừng khi được yêu cầu nên đã bị tắt. Bấm “Thử lại” để chạy lại.</source>
        <translation>The AI did not stop when asked, so it was ended. Press “Try again” to run it again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="138" />
        <source>AI đã được tắt.</source>
        <translation>The AI has been turned off.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="140" />
        <source>Không kết nối được máy chủ đồng bộ. Dữ liệu vẫn lưu trên máy này. Hãy thử lại sau.</source>
        <translation>Could not connect to the sync server. The data is still kept on this computer. Try again later.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="142" />
        <source>Máy trả lời không phải máy chủ mà máy này đã đăng ký. Dữ liệu vẫn lưu trên máy này. Hãy báo giáo viên kiểm tra mạng.</source>
        <translation>The machine that answered is not the server this computer enrolled with. The data is still kept on this computer. Ask the teacher to check the network.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="145" />
        <source>Máy chủ đồng bộ từ chối yêu cầu này.</source>
        <translation>The sync server refused this request.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="147" />
        <source>Máy này chưa đăng ký với máy chủ đồng bộ. Hãy nhờ giáo viên đăng ký.</source>
        <translation>This computer is not enrolled with the sync server yet. Ask the teacher to enrol it.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="149" />
        <source>Đang tải hồ sơ người học…</source>
        <translation>Loading learner profiles…</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="151" />
        <source>Đồng bộ xong.</source>
        <translation>Sync finished.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="153" />
        <source>Đang gửi kết quả học…</source>
        <translation>Sending learning results…</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="155" />
        <source>Tệp dữ liệu USB bị hỏng hoặc đã bị sửa. Không nhập tệp này.</source>
        <translation>The USB data file is damaged or was changed. It was not imported.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="157" />
        <source>Tệp đăng ký không đọc được hoặc đã bị sửa. Hãy xin máy chủ một tệp mới.</source>
        <translation>The enrollment file cannot be read or was changed. Ask the server for a new file.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="159" />
        <source>Tệp đăng ký này là của máy chủ khác.</source>
        <translation>This enrollment file belongs to another server.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="161" />
        <source>Không đọc được tệp đăng ký. Hãy kiểm tra USB rồi thử lại.</source>
        <translation>The enrollment file could not be read. Check the USB stick, then try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="163" />
        <source>Tệp này không phải tệp đăng ký của máy chủ.</source>
        <translation>This file is not a server enrollment file.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="165" />
        <source>Tệp đăng ký này đã hết hạn. Hãy xin máy chủ một tệp mới.</source>
        <translation>This enrollment file has expired. Ask the server for a new file.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="167" />
        <source>Máy này đã đăng ký với máy chủ rồi, không cần tệp này.</source>
        <translation>This computer is already enrolled with the server; it does not need this file.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="169" />
        <source>Cấp độ {level} chưa mở. Hãy hoàn thành bài kiểm tra của cấp trước, hoặc nhờ giáo viên mở giúp.</source>
        <translation>Level {level} is not open yet. Finish the test of the level before, or ask the teacher to open it.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="172" />
        <source>Máy này chưa đọc to được. Bạn vẫn học bình thường bằng cách đọc chữ trên màn hình.</source>
        <translation>This computer cannot read aloud yet. You can still learn as usual by reading the text on the screen.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="174" />
        <source>Không tìm thấy giọng đọc đã chọn. Hãy chọn giọng khác trong phần cài đặt.</source>
        <translation>The chosen reading voice was not found. Choose another voice in Settings.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="176" />
        <source>Chưa đọc được đoạn này. Hãy bấm nút đọc lại một lần nữa.</source>
        <translation>This part could not be read aloud. Press the read button once more.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="178" />
        <source>Bản ghi âm bị hỏng hoặc không đúng định dạng. Hãy ghi âm lại.</source>
        <translation>The recording is damaged or in the wrong format. Please record again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="180" />
        <source>Nhóm người học hoặc độ tuổi này không có trong danh sách. Hãy chọn lại.</source>
        <translation>This learner group or age band is not in the list. Please choose again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="182" />
        <source>Hãy nhập tên của bạn.</source>
        <translation>Please type your name.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="184" />
        <source>Tên dài quá. Hãy dùng tối đa {limit} chữ cái.</source>
        <translation>The name is too long. Use at most {limit} letters.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="186" />
        <source>Hãy chọn một hình.</source>
        <translation>Please choose a picture.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="188" />
        <source>Mã PIN phải có đúng 4 chữ số.</source>
        <translation>The PIN must have exactly 4 digits.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="190" />
        <source>Không tìm thấy người học này.</source>
        <translation>This learner was not found.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="192" />
        <source>Không tìm thấy phần bài này.</source>
        <translation>This part of the lesson was not found.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="194" />
        <source>Không tìm thấy câu hỏi này.</source>
        <translation>This question was not found.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="196" />
        <source>Cấp độ này chưa có bài kiểm tra.</source>
        <translation>This level has no test yet.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="198" />
        <source>Không tìm thấy bài học này.</source>
        <translation>This lesson was not found.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="200" />
        <source>Không tìm thấy cấp độ này.</source>
        <translation>This level was not found.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="202" />
        <source>Bài kiểm tra này đã nộp rồi. Hãy bắt đầu một lần kiểm tra mới.</source>
        <translation>This test was already handed in. Start a new test.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="204" />
        <source>Câu hỏi này không có trong bài kiểm tra.</source>
        <translation>This question is not in the test.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="206" />
        <source>Không tìm thấy bài kiểm tra này.</source>
        <translation>This test was not found.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="208" />
        <source>Tệp này không phải là mô hình AI (tệp .gguf). Hãy chọn đúng tệp mô hình.</source>
        <translation>This file is not an AI model (a .gguf file). Choose the right model file.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="210" />
        <source>Tệp mô hình này dùng định dạng quá cũ hoặc quá mới. Phần mềm chưa dùng được tệp này.</source>
        <translation>This model file uses a format that is too old or too new. The app cannot use it yet.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="212" />
        <source>Tệp mô hình bị thiếu phần cuối, có lẽ chép chưa xong. Hãy chép lại tệp từ USB rồi thử lại.</source>
        <translation>The end of the model file is missing; perhaps the copy did not finish. Copy the file from the USB stick again, then try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="214" />
        <source>Tệp mô hình bị hỏng nên không dùng được. Hãy chép lại một bản khác.</source>
        <translation>The model file is damaged and cannot be used. Copy another one.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="216" />
        <source>Không đọc được tệp mô hình. Hãy kiểm tra USB hoặc ổ đĩa rồi thử lại.</source>
        <translation>The model file could not be read. Check the USB stick or disk, then try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="218" />
        <source>Không tìm thấy mô hình có sẵn của phần mềm. Hãy cài lại phần mềm.</source>
        <translation>The app's built-in model was not found. Please reinstall the app.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="220" />
        <source>Mô hình có sẵn của phần mềm bị hỏng. Hãy cài lại phần mềm.</source>
        <translation>The app's built-in model is damaged. Please reinstall the app.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="222" />
        <source>Ổ đĩa không đủ chỗ: mô hình cần {size}, ổ chỉ còn {free} trống. Hãy xoá bớt tệp không cần rồi thử lại.</source>
        <translation>Not enough disk space: the model needs {size}, the disk has only {free} free. Delete files you do not need, then try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="225" />
        <source>Không đọc được tệp từ USB hoặc ổ đĩa. Hãy cắm lại USB rồi thử lại.</source>
        <translation>The file could not be read from the USB stick or disk. Plug the USB stick in again, then try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="227" />
        <source>Tệp mô hình này dùng kiểu nén mới mà phần mềm chưa hỗ trợ. Hãy chọn mô hình khác.</source>
        <translation>This model file uses a newer compression the app does not support yet. Choose another model.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="229" />
        <source>Bộ xử lý của máy này đời cũ (thiếu AVX) nên không chạy được mô hình AI. Các bài học khác vẫn dùng bình thường.</source>
        <translation>This computer's processor is too old (no AVX) to run an AI model. The other lessons work as usual.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="232" />
        <source>Mô hình cần khoảng {need} bộ nhớ (RAM) nhưng máy chỉ còn {free} trống. Hãy đóng bớt chương trình khác hoặc chọn mô hình nhỏ hơn.</source>
        <translation>The model needs about {need} of memory (RAM) but the computer has only {free} free. Close other programs or choose a smaller model.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="235" />
        <source>bộ xử lý đời cũ (thiếu AVX2)</source>
        <translation>an old processor (no AVX2)</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="237" />
        <source>bộ nhớ còn trống ít</source>
        <translation>little free memory</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="239" />
        <source>mô hình lớn</source>
        <translation>a large model</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="241" />
        <source>Máy chạy được nhưng sẽ chậm: {reasons}.</source>
        <translation>The computer can run it, but slowly: {reasons}.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="243" />
        <source>Mô hình vừa với máy: cần khoảng {need} trong {free} bộ nhớ còn trống.</source>
        <translation>The model fits this computer: it needs about {need} of the {free} of free memory.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="245" />
        <source>Tệp mô hình không còn trong máy.</source>
        <translation>The model file is no longer on this computer.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="247" />
        <source>Chưa có dấu kiểm tra cho mô hình này (không được chép vào bằng phần mềm).</source>
        <translation>There is no check mark for this model yet (it was not copied in with the app).</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="249" />
        <source>Mô hình còn nguyên vẹn.</source>
        <translation>The model is intact.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="251" />
        <source>Tệp mô hình đã bị thay đổi hoặc hỏng. Hãy chép lại từ USB.</source>
        <translation>The model file was changed or damaged. Copy it again from the USB stick.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="253" />
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Please type a user name.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="255" />
        <source>Tên đăng nhập không được có dấu cách. Ví dụ: colan</source>
        <translation>A user name cannot have spaces. For example: colan</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="257" />
        <source>Tên đăng nhập này đã có người dùng. Hãy chọn tên khác.</source>
        <translation>This user name is already taken. Choose another one.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="259" />
        <source>Tài khoản này do máy chủ của xã cấp. Hãy nhờ cán bộ đổi mật khẩu trên máy chủ.</source>
        <translation>This account was issued by the commune's server. Ask the officer to change the password on the server.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="261" />
        <source>Mật khẩu cũ chưa đúng.</source>
        <translation>The old password is not right.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="263" />
        <source>Hãy chọn bài học hoặc một bài kiểm tra cấp độ.</source>
        <translation>Choose lessons or a level test.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="265" />
        <source>Hãy giao ít bài hơn trong một lần.</source>
        <translation>Assign fewer lessons at a time.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="267" />
        <source>Hạn nộp phải là một ngày.</source>
        <translation>The due date must be a date.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="269" />
        <source>Hạn nộp đã qua. Hãy chọn một ngày từ hôm nay.</source>
        <translation>The due date has passed. Choose a day from today on.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="271" />
        <source>Không tìm thấy bài đã giao này.</source>
        <translation>This assignment was not found.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="273" />
        <source>Máy chủ không nhận tệp này.</source>
        <translation>The server did not accept this file.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="275" />
        <source>Hãy đặt tên cho lớp.</source>
        <translation>Please give the class a name.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="277" />
        <source>Không tìm thấy lớp này.</source>
        <translation>This class was not found.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="279" />
        <source>Lớp này đã được cất đi. Hãy mở lại lớp trước.</source>
        <translation>This class has been put away. Open the class again first.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="281" />
        <source>Đã có một lớp tên này. Hãy chọn tên khác.</source>
        <translation>There is already a class with this name. Choose another name.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="283" />
        <source>Không đọc được tệp này. Hãy lưu lại từ Excel dưới dạng CSV UTF-8.</source>
        <translation>This file could not be read. Save it again from Excel as CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="285" />
        <source>Tệp không có tên người học nào.</source>
        <translation>The file has no learner names.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="287" />
        <source>Tệp quá lớn. Hãy chia danh sách thành nhiều tệp nhỏ hơn.</source>
        <translation>The file is too large. Split the list into several smaller files.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="289" />
        <source>Không thấy cột “Họ tên” trong tệp. Hãy đặt tên cột đầu là “Họ tên”.</source>
        <translation>There is no “Họ tên” (Full name) column in the file. Name the first column “Họ tên”.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="291" />
        <source>Không thể gộp một hồ sơ với chính nó.</source>
        <translation>A profile cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="293" />
        <source>Đã nhận xong.</source>
        <translation>Receiving finished.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="295" />
        <source>Không tìm thấy thư mục này trên USB.</source>
        <translation>This folder was not found on the USB stick.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="297" />
        <source>Đã ghi xong.</source>
        <translation>Writing finished.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="299" />
        <source>Đã gửi xong.</source>
        <translation>Sending finished.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="301" />
        <source>Không tìm thấy thư mục này. Hãy cắm lại USB rồi chọn lại.</source>
        <translation>This folder was not found. Plug the USB stick in again, then choose again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="303" />
        <source>Ổ đĩa đã đầy. Hãy xoá bớt tệp rồi thử lại.</source>
        <translation>The disk is full. Delete some files, then try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="305" />
        <source>Ổ đĩa của máy đã đầy nên ứng dụng chưa mở được dữ liệu. Hãy xoá bớt tệp không cần (phim, ảnh cũ, tệp tải về) để có thêm ít nhất {need} MB trống, rồi mở lại ứng dụng. Dữ liệu học của mọi người vẫn còn nguyên, chưa bị đổi gì.</source>
        <translation>The computer's disk is full, so the app could not open its data. Delete some files you do not need (films, old photos, downloads) to free at least {need} MB, then open the app again. Everyone's learning data is still there, nothing was changed.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="309" />
        <source>Dữ liệu đang được một cửa sổ khác của ứng dụng dùng. Hãy đóng cửa sổ đó rồi mở lại ứng dụng. Dữ liệu vẫn còn nguyên.</source>
        <translation>The data is being used by another window of the app. Close that window, then open the app again. The data is still there.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="312" />
        <source>Máy chưa đọc được ổ đĩa chứa dữ liệu (có thể USB bị rút ra, hoặc ổ đĩa đang lỗi). Hãy cắm lại USB hoặc khởi động lại máy, rồi mở lại ứng dụng. Dữ liệu chưa bị đổi gì.</source>
        <translation>The computer could not read the disk that holds the data (the USB stick may have been pulled out, or the disk has a fault). Plug the USB stick back in or restart the computer, then open the app again. Nothing in the data was changed.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="315" />
        <source>Ổ đĩa của máy đã đầy nên câu trả lời vừa rồi chưa được lưu. Những gì đã lưu trước đó vẫn còn. Hãy nhờ người quen máy tính xoá bớt tệp không cần để có thêm ít nhất {need} MB trống, rồi bấm trả lời lại.</source>
        <translation>The computer's disk is full, so your last answer was not saved. Everything saved before is still there. Ask someone who knows computers to delete files you do not need to free at least {need} MB, then answer again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="319" />
        <source>Máy đang bận nên câu trả lời vừa rồi chưa được lưu. Hãy đợi một chút rồi bấm lại. Nếu có hai cửa sổ của ứng dụng đang mở, hãy đóng một cửa sổ.</source>
        <translation>The computer is busy, so your last answer was not saved. Wait a moment, then press again. If two windows of the app are open, close one.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="322" />
        <source>Máy chưa ghi được vào ổ đĩa nên câu trả lời vừa rồi chưa được lưu. Những gì đã lưu trước đó vẫn còn. Nếu dùng USB, hãy kiểm tra USB còn cắm chắc, rồi bấm lại.</source>
        <translation>The computer could not write to the disk, so your last answer was not saved. Everything saved before is still there. If you use a USB stick, check it is firmly in, then press again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="325" />
        <source>Chương trình chưa biết cách kiểm tra này nên bỏ qua.</source>
        <translation>The program does not know this check yet, so it was skipped.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="327" />
        <source>Bài tập thiếu con số để kiểm tra nên bỏ qua.</source>
        <translation>The exercise has no number to check against, so it was skipped.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="329" />
        <source>Câu trả lời có {count} chữ, trong giới hạn {limit} chữ.</source>
        <translation>The answer has {count} words, within the limit of {limit} words.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="331" />
        <source>Câu trả lời có {count} chữ, quá giới hạn {limit} chữ.</source>
        <translation>The answer has {count} words, over the limit of {limit} words.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="333" />
        <source>Câu trả lời có {count} chữ, đủ ít nhất {least} chữ.</source>
        <translation>The answer has {count} words, at least {least} words as needed.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="335" />
        <source>Câu trả lời chỉ có {count} chữ, cần ít nhất {least} chữ.</source>
        <translation>The answer has only {count} words; it needs at least {least} words.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="337" />
        <source>Câu trả lời có {count} câu, trong giới hạn {limit} câu.</source>
        <translation>The answer has {count} sentences, within the limit of {limit} sentences.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="339" />
        <source>Câu trả lời có {count} câu, quá giới hạn {limit} câu.</source>
        <translation>The answer has {count} sentences, over the limit of {limit} sentences.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="341" />
        <source>Câu trả lời không có gạch đầu dòng nào, cần {wanted} dòng.</source>
        <translation>The answer has no bullet points; it needs {wanted} lines.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="343" />
        <source>Câu trả lời chỉ có {count} gạch đầu dòng, cần {wanted} dòng.</source>
        <translation>The answer has only {count} bullet points; it needs {wanted} lines.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="345" />
        <source>Câu trả lời có {count} gạch đầu dòng, nhiều hơn mức {wanted} dòng.</source>
        <translation>The answer has {count} bullet points, more than {wanted} lines.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="347" />
        <source>Câu trả lời có {count} gạch đầu dòng, đúng mức {wanted} dòng.</source>
        <translation>The answer has {count} bullet points, right for {wanted} lines.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="349" />
        <source>từ {low} đến {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="351" />
        <source>ít nhất {low}</source>
        <translation>at least {low}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="353" />
        <source>nhiều nhất {high}</source>
        <translation>at most {high}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="355" />
        <source>Câu trả lời có nhắc “{said}”.</source>
        <translation>The answer mentions “{said}”.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="357" />
        <source>Câu trả lời chưa nhắc tới {phrases}.</source>
        <translation>The answer does not mention {phrases} yet.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="359" />
        <source>Câu trả lời không nhắc tới {phrases}. Tốt.</source>
        <translation>The answer does not mention {phrases}. Good.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="361" />
        <source>Câu trả lời có nhắc {said}, điều này cần tránh.</source>
        <translation>The answer mentions {said}, which should be avoided.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="363" />
        <source>Câu trả lời không có thông tin cá nhân như số điện thoại, số căn cước, số tài khoản hay e-mail.</source>
        <translation>The answer has no personal details such as phone numbers, ID numbers, bank accounts or e-mail.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="366" />
        <source>Câu trả lời có thông tin cá nhân: {found_data}. Hãy xoá đi trước khi dùng.</source>
        <translation>The answer has personal details: {found_data}. Delete them before using it.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="368" />
        <source>{head} hoặc “{last}”</source>
        <translation>{head} or “{last}”</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="370" />
        <source>{head} và {last}”</source>
        <translation>{head} and {last}”</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="372" />
        <source>số điện thoại</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="374" />
        <source>số căn cước</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="376" />
        <source>số tài khoản ngân hàng</source>
        <translation>bank account number</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="378" />
        <source>địa chỉ e-mail</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="380" />
        <source>mã OTP hoặc mật khẩu</source>
        <translation>OTP code or password</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="382" />
        <source>Chưa thấy {name}.</source>
        <translation>No {name} yet.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="384" />
        <source>Có {name}: thấy chữ {cue_words} trong “{excerpt}”.</source>
        <translation>Has {name}: found the words {cue_words} in “{excerpt}”.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="386" />
        <source>Thêm {name}: {hint}. Ví dụ cho bài này: “{example}”.</source>
        <translation>Add {name}: {hint}. An example for this exercise: “{example}”.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="388" />
        <source>Bạn đã dặn “{words}”, nhưng AI cần con số để biết dài bao nhiêu.</source>
        <translation>You asked for “{words}”, but the AI needs a number to know how long.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="390" />
        <source>Câu lệnh có thông tin cá nhân: {found_data}. Đừng đưa những thông tin này lên AI. Hãy xoá đi, hoặc thay bằng chỗ trống như {placeholder}.</source>
        <translation>The prompt has personal details: {found_data}. Do not give these to an AI. Delete them, or put a blank such as {placeholder} instead.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="393" />
        <source>Bài này không đòi phần nào riêng. Câu lệnh được {stars} sao.</source>
        <translation>This exercise needs no particular parts. The prompt gets {stars} star(s).</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="395" />
        <source>Cách tính sao: đủ mọi phần bài này cần thì 3 sao; có từ một nửa số phần trở lên thì 2 sao; ít hơn một nửa thì 1 sao. Câu lệnh có thông tin cá nhân thì chỉ được 1 sao.</source>
        <translation>How stars are given: every part this exercise needs gives 3 stars; half the parts or more gives 2 stars; less than half gives 1 star. A prompt with personal details gets only 1 star.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="398" />
        <source>Câu lệnh của bạn có {present}/{expected} phần, nhưng có thông tin cá nhân, nên được 1 sao.</source>
        <translation>Your prompt has {present}/{expected} parts, but it has personal details, so it gets 1 star.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="400" />
        <source>Câu lệnh của bạn có {present}/{expected} phần, nên được {stars} sao.</source>
        <translation>Your prompt has {present}/{expected} parts, so it gets {stars} star(s).</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="402" />
        <source>Nhưng câu lệnh có thông tin cá nhân: hãy xoá đi trước khi gửi.</source>
        <translation>But the prompt has personal details: delete them before sending.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="404" />
        <source>Câu lệnh đã sẵn sàng.</source>
        <translation>The prompt is ready.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="406" />
        <source>Tốt lắm! Câu lệnh có đủ {expected} phần bài này cần.</source>
        <translation>Well done! The prompt has all {expected} parts this exercise needs.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="408" />
        <source>Câu lệnh đã có {parts}.</source>
        <translation>The prompt has {parts}.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="410" />
        <source>Câu lệnh chưa có phần nào bài này cần.</source>
        <translation>The prompt has none of the parts this exercise needs yet.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="412" />
        <source>Còn thiếu {parts}.</source>
        <translation>Still missing: {parts}.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="414" />
        <location filename="../core_text.py" line="480" />
        <source>Bạn chưa gõ câu lệnh. Hãy viết vài câu nhờ AI làm việc.</source>
        <translation>You have not typed a prompt yet. Write a few sentences asking the AI to do something.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="416" />
        <source>vai trò</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="418" />
        <source>bối cảnh</source>
        <translation>context</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="420" />
        <source>nhiệm vụ</source>
        <translation>task</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="422" />
        <source>định dạng</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="424" />
        <source>độ dài</source>
        <translation>length</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="426" />
        <source>giọng văn</source>
        <translation>tone</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="428" />
        <source>ví dụ</source>
        <translation>example</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="430" />
        <source>giới hạn</source>
        <translation>limits</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="432" />
        <source>nói AI đóng vai ai, bắt đầu bằng “Bạn là…”</source>
        <translation>say who the AI should be, starting with “Bạn là…” (You are…)</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="434" />
        <source>kể chuyện gì, viết cho ai đọc, ví dụ “Người đọc là…” hoặc “Tôi là…”</source>
        <translation>say what it is about and who will read it, e.g. “Người đọc là…” (The reader is…) or “Tôi là…” (I am…)</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="436" />
        <source>nói rõ việc AI cần làm, bắt đầu bằng “Hãy viết…”, “Hãy tóm tắt…”</source>
        <translation>say clearly what the AI should do, starting with “Hãy viết…” (Write…), “Hãy tóm tắt…” (Summarise…)</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="438" />
        <source>nói cách trình bày: gạch đầu dòng, bảng, danh sách đánh số hay lá thư</source>
        <translation>say how to lay it out: bullet points, a table, a numbered list or a letter</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="440" />
        <source>ghi con số, ví dụ “dưới 100 chữ”, “3 câu”, “5 gạch đầu dòng”</source>
        <translation>give a number, e.g. “dưới 100 chữ” (under 100 words), “3 câu” (3 sentences), “5 gạch đầu dòng” (5 bullet points)</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="442" />
        <source>nói cách nói, ví dụ “giọng thân mật”, “lễ phép”, “trang trọng”, “dễ hiểu”</source>
        <translation>say how it should sound, e.g. “giọng thân mật” (friendly), “lễ phép” (polite), “trang trọng” (formal), “dễ hiểu” (easy to understand)</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="444" />
        <source>đưa một ví dụ, bắt đầu bằng “Ví dụ:” hoặc dặn “viết theo mẫu này”</source>
        <translation>give an example, starting with “Ví dụ:” (For example:) or say “viết theo mẫu này” (follow this model)</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="446" />
        <source>dặn điều cần tránh, ví dụ “Không thêm thông tin khác”, “Đừng ghi số điện thoại”</source>
        <translation>say what to avoid, e.g. “Không thêm thông tin khác” (Add nothing else), “Đừng ghi số điện thoại” (No phone numbers)</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="448" />
        <source>[số điện thoại]</source>
        <translation>[phone number]</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="450" />
        <source>[số căn cước]</source>
        <translation>[ID number]</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="452" />
        <source>[số tài khoản]</source>
        <translation>[account number]</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="454" />
        <source>[e-mail]</source>
        <translation>[e-mail]</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="456" />
        <source>[mã]</source>
        <translation>[code]</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="458" />
        <source>Chưa có câu trả lời của AI để kiểm tra.</source>
        <translation>There is no AI answer to check yet.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="460" />
        <source>Câu trả lời của AI đạt {passed}/{counted} điều kiện của bài.</source>
        <translation>The AI's answer meets {passed}/{counted} conditions of the exercise.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="462" />
        <source>Chỗ đánh dấu rộng quá. Hãy chọn đúng câu có lỗi thôi.</source>
        <translation>This mark is too wide. Select just the sentence with the mistake.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="464" />
        <source>Chỗ này không sai.</source>
        <translation>Nothing is wrong here.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="466" />
        <source>Một chỗ đánh dấu được tính là tìm đúng khi ít nhất một nửa chỗ đó nằm trên chỗ sai, hoặc nó phủ ít nhất một nửa chỗ sai mà không dài quá hai lần chỗ sai, hoặc nó là câu chứa trọn chỗ sai. Đánh dấu cả đoạn dài thì không được tính. 3 sao: tìm đủ mọi lỗi và không đánh dấu nhầm. 2 sao: số lỗi tìm được trừ số chỗ nhầm vẫn từ một nửa số lỗi trở lên. Còn lại: 1 sao.</source>
        <translation>A mark counts as found when at least half of it lies on the mistake, or it covers at least half of the mistake without being more than twice as long, or it is the sentence that holds the whole mistake. Marking a whole long passage does not count. 3 stars: every mistake found and no wrong marks. 2 stars: mistakes found minus wrong marks is still half the mistakes or more. Otherwise: 1 star.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="472" />
        <source>Giỏi lắm! Bạn tìm đủ {total} lỗi của AI.</source>
        <translation>Well done! You found all {total} of the AI's mistakes.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="474" />
        <source>Bạn tìm được {found}/{total} lỗi.</source>
        <translation>You found {found}/{total} mistakes.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="476" />
        <source>Có {wrong} chỗ đánh dấu nhầm.</source>
        <translation>{wrong} marks are wrong.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="478" />
        <source>Hãy đọc lại từng câu và tự hỏi: điều này có đúng không?</source>
        <translation>Read each sentence again and ask yourself: is this true?</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="482" />
        <source>Câu lệnh dài quá ({chars} ký tự). Hãy rút gọn còn dưới {max_chars} ký tự.</source>
        <translation>The prompt is too long ({chars} characters). Cut it to under {max_chars} characters.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="484" />
        <source>Bài này không có phần tìm lỗi của AI.</source>
        <translation>This exercise has no find-the-AI's-mistakes part.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="486" />
        <source>Không chấm được loại câu hỏi này.</source>
        <translation>This kind of question cannot be marked.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="488" />
        <source>Hãy chọn một đáp án.</source>
        <translation>Please choose one answer.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="490" />
        <source>Hãy chọn ít nhất một đáp án.</source>
        <translation>Please choose at least one answer.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="492" />
        <source>Hãy chọn lại các đáp án.</source>
        <translation>Please choose the answers again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="494" />
        <source>Hãy chọn Đúng hoặc Sai.</source>
        <translation>Please choose True or False.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="496" />
        <source>Hãy sắp xếp tất cả các bước.</source>
        <translation>Please put all the steps in order.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="498" />
        <source>Hãy nối hết các cặp.</source>
        <translation>Please match all the pairs.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="500" />
        <source>Hãy nối lại các cặp.</source>
        <translation>Please match the pairs again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="502" />
        <source>Hãy gõ câu trả lời của bạn.</source>
        <translation>Please type your answer.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="504" />
        <source>Câu trả lời dài quá. Hãy gõ ngắn gọn hơn.</source>
        <translation>The answer is too long. Please type a shorter one.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="506" />
        <source>Bản ghi âm dài quá {minutes} phút. Hãy ghi từng đoạn ngắn hơn.</source>
        <translation>The recording is longer than {minutes} minutes. Please record shorter parts.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="508" />
        <source>Không nghe thấy tiếng nói trong bản ghi âm. Hãy kiểm tra micrô rồi ghi lại.</source>
        <translation>No speech was heard in the recording. Please check the microphone and record again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="510" />
        <source>Máy này chưa nghe được giọng nói. Bạn vẫn gõ chữ bằng bàn phím như thường.</source>
        <translation>This computer cannot listen to speech yet. You can still type with the keyboard as usual.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="512" />
        <source>Thiếu tệp cấu hình đi kèm giọng đọc (tệp .onnx.json nằm cạnh tệp .onnx).</source>
        <translation>The voice's settings file is missing (the .onnx.json file next to the .onnx file).</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="514" />
        <source>Tệp cấu hình giọng đọc bị hỏng. Hãy chép lại từ nguồn gốc.</source>
        <translation>The voice's settings file is damaged. Please copy it again from the original.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="516" />
        <source>Đây không phải giọng đọc Piper. Hãy chọn tệp .onnx của một giọng đọc Piper.</source>
        <translation>This is not a Piper voice. Please choose the .onnx file of a Piper voice.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="518" />
        <source>Tệp này không phải giọng đọc, hoặc bị chép thiếu. Hãy chép lại tệp .onnx.</source>
        <translation>This file is not a voice, or it was not copied completely. Please copy the .onnx file again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="520" />
        <source>Máy này chưa chạy được giọng đọc mới. Ứng dụng vẫn đọc bằng giọng sẵn có.</source>
        <translation>This computer cannot run new voices yet. The app still reads with its built-in voice.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="522" />
        <source>Tệp giọng đọc bị hỏng hoặc bị chép thiếu. Hãy chép lại từ nguồn gốc.</source>
        <translation>The voice file is damaged or was not copied completely. Please copy it again from the original.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="524" />
        <source>Hãy chọn tệp giọng đọc có đuôi .onnx (kèm tệp .onnx.json cùng tên).</source>
        <translation>Please choose a voice file ending in .onnx (with the .onnx.json file of the same name).</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="526" />
        <source>Chép giọng đọc bị lỗi giữa chừng. Hãy thử lại.</source>
        <translation>Copying the voice failed part way. Please try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="528" />
        <source>Giọng mới: {speaker}</source>
        <translation>New voice: {speaker}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="530" />
        <source>Giọng mới: {speaker} (tiếng nước ngoài: {language})</source>
        <translation>New voice: {speaker} (foreign language: {language})</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="532" />
        <source>Máy còn {free_mb} MB bộ nhớ trống, giọng này cần khoảng {need_mb} MB. Không nên dùng trên máy này.</source>
        <translation>This computer has {free_mb} MB of free memory; this voice needs about {need_mb} MB. Do not use it on this computer.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="534" />
        <source>Đủ bộ nhớ (cần khoảng {need_mb} MB, máy còn {free_mb} MB).</source>
        <translation>Enough memory (needs about {need_mb} MB, {free_mb} MB free).</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="536" />
        <source>Đọc nhanh: chỉ mất {factor} giây cho mỗi giây lời nói.</source>
        <translation>Reads fast: only {factor} seconds of work for each second of speech.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="538" />
        <source>Đọc được nhưng hơi chậm ({factor} giây cho mỗi giây lời nói): câu đầu sẽ chờ một lúc.</source>
        <translation>Reads, but a little slowly ({factor} seconds of work for each second of speech): the first sentence takes a moment.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="540" />
        <source>Máy này đọc giọng này quá chậm ({factor} giây cho mỗi giây lời nói). Nên dùng giọng có sẵn.</source>
        <translation>This computer reads with this voice too slowly ({factor} seconds of work for each second of speech). Better use the built-in voice.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="542" />
        <source>Lưu ý: đây là giọng tiếng nước ngoài ({language}), đọc tiếng Việt sẽ khó nghe.</source>
        <translation>Note: this is a foreign-language voice ({language}); Vietnamese read with it is hard to follow.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="544" />
        <source>Không mở được tệp gói bài học. Hãy kiểm tra USB hoặc chép tệp vào máy rồi thử lại.</source>
        <translation>The lesson pack file cannot be opened. Please check the USB stick, or copy the file to this computer, and try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="546" />
        <source>Không nạp được gói bài học đi kèm ứng dụng.</source>
        <translation>The lesson pack that comes with the app could not be loaded.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="548" />
        <source>Một phần bài học trên máy này bị hỏng. Hãy nhờ cán bộ kỹ thuật nạp lại gói bài học (Cài đặt → Nạp gói bài học). Tiến độ học của bạn vẫn còn nguyên.</source>
        <translation>Part of the lessons on this computer is damaged. Please ask a technician to load the lesson pack again (Settings → Load lesson pack). Your progress is still all there.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="550" />
        <source>Dữ liệu này do một phiên bản mới hơn của ứng dụng tạo ra. Hãy cài phiên bản mới nhất rồi mở lại.</source>
        <translation>This data was made by a newer version of the app. Please install the latest version and open it again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="552" />
        <source>Đang chép mô hình… {done} / {total}</source>
        <translation>Copying the model… {done} / {total}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="554" />
        <source>Đang chuẩn bị mô hình có sẵn… {done} / {total}</source>
        <translation>Preparing the built-in model… {done} / {total}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="556" />
        <source>Đang kiểm tra tệp mô hình…</source>
        <translation>Checking the model file…</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="558" />
        <source>Đã kiểm tra xong.</source>
        <translation>Checking finished.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="560" />
        <source>Máy này đủ bộ nhớ cho mô hình {name}, khoảng {size}. Nhờ cán bộ chép tệp {file_name} từ USB vào máy để AI trả lời tốt hơn.</source>
        <translation>This computer has enough memory for the model {name}, about {size}. Ask a technician to copy the file {file_name} from USB so that the AI answers better.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="562" />
        <source>Máy này dùng mô hình nhỏ có sẵn trong phần mềm. Mô hình nhỏ trả lời còn yếu: hãy xem câu trả lời của nó như bài tập để kiểm tra.</source>
        <translation>This computer uses the small model built into the app. A small model answers weakly: treat its answers as exercises to check.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="564" />
        <source>Tên đăng nhập dài quá. Hãy dùng tối đa {limit} chữ cái.</source>
        <translation>The user name is too long. Please use at most {limit} letters.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="566" />
        <source>Mật khẩu cần ít nhất {least} ký tự.</source>
        <translation>The password needs at least {least} characters.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="568" />
        <source>Mật khẩu dài quá. Hãy dùng tối đa {limit} ký tự.</source>
        <translation>The password is too long. Please use at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="570" />
        <source>Máy này đã đăng ký với máy chủ của xã. Tài khoản giáo viên do cán bộ tạo trên máy chủ, rồi tự về máy này khi đồng bộ.</source>
        <translation>This computer is registered with the commune's server. Teacher accounts are made by an officer on the server and come to this computer when it syncs.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="572" />
        <source>Tên lớp dài quá. Hãy dùng tối đa {limit} chữ cái.</source>
        <translation>The class name is too long. Please use at most {limit} letters.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="574" />
        <source>Hồ sơ “{name}” đã được gộp hoặc cất đi.</source>
        <translation>The profile “{name}” has been merged or put away.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="576" />
        <source>Hồ sơ “{name}” đã được gộp vào hồ sơ khác rồi.</source>
        <translation>The profile “{name}” has already been merged into another one.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="578" />
        <source>Hồ sơ “{name}” đã được cất đi.</source>
        <translation>The profile “{name}” has been put away.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="580" />
        <source>Dòng {line}:</source>
        <translation>Line {line}:</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="582" />
        <source>Dòng {line}: thiếu tên.</source>
        <translation>Line {line}: the name is missing.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="584" />
        <source>Dòng {line}: tên “{name}” bị lỗi phông chữ. Hãy sửa tên rồi nhập lại.</source>
        <translation>Line {line}: the name “{name}” has broken letters. Please correct the name and import again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="586" />
        <source>Dòng {line}: có {count} người tên “{name}”. Hãy ghi thêm mã người học.</source>
        <translation>Line {line}: {count} people are named “{name}”. Please add the learner code.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="588" />
        <source>Dòng {line}: trùng người với dòng {first}.</source>
        <translation>Line {line}: the same person as line {first}.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="590" />
        <source>Tệp có quá nhiều dòng. Mỗi lần nhập tối đa {limit} người.</source>
        <translation>The file has too many lines. Import at most {limit} people at a time.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="592" />
        <source>Tệp này không dùng mã UTF-8 nên tên tiếng Việt sẽ bị lỗi. Trong Excel, hãy chọn Lưu thành → “CSV UTF-8 (Comma delimited)” rồi nhập lại.</source>
        <translation>This file is not in UTF-8, so Vietnamese names would come out broken. In Excel, choose Save As → “CSV UTF-8 (Comma delimited)” and import again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="594" />
        <source>máy chủ đã thu hồi quyền của máy này, hãy thêm lại điểm học</source>
        <translation>the server has withdrawn this computer's access; add the learning site again</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="596" />
        <source>không kết nối được máy chủ {hub_url}</source>
        <translation>cannot reach the server {hub_url}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="598" />
        <source>chưa biết máy chủ của điểm học này. Hãy thêm điểm học, hoặc ghi ra USB.</source>
        <translation>the server of this learning site is not known. Add the learning site, or write to USB.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="600" />
        <source>máy trả lời ở {hub_url} không phải máy chủ mà máy này đã đăng ký, nên không lấy danh sách máy từ đó. Hãy báo người quản lý máy chủ.</source>
        <translation>the machine answering at {hub_url} is not the hub this laptop enrolled with, so no PC list was taken from it. Tell the hub's operator.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="603" />
        <source>Máy trả lời ở {hub_url} không phải máy chủ mà máy này đã đăng ký. Tệp vẫn nằm trên máy này. Hãy báo người quản lý máy chủ.</source>
        <translation>The machine answering at {hub_url} is not the hub this laptop enrolled with. The file is still on this laptop. Tell the hub's operator.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="606" />
        <source>Đang nhận tệp {number}/{count}…</source>
        <translation>Receiving file {number}/{count}…</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="608" />
        <source>Đang ghi tệp {number}/{count}…</source>
        <translation>Writing file {number}/{count}…</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="610" />
        <source>Đang gửi tệp {number}/{count}…</source>
        <translation>Sending file {number}/{count}…</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="612" />
        <source>Đã nhận {count} tệp trước đó.</source>
        <translation>{count} files were received before that.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="614" />
        <source>Đã ghi {written}/{count} tệp.</source>
        <translation>{written}/{count} files were written.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="616" />
        <source>Không ghi được vào USB. Hãy kiểm tra USB rồi thử lại.</source>
        <translation>Cannot write to the USB stick. Please check the stick and try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="618" />
        <source>không đọc được tệp ({reason}).</source>
        <translation>the file cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="620" />
        <source>không gửi được ({reason}).</source>
        <translation>could not be sent ({reason}).</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="622" />
        <source>Sai {count} câu liền ở {lesson}</source>
        <translation>{count} wrong answers in a row in {lesson}</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="624" />
        <source>Không học {days} ngày</source>
        <translation>Not studied for {days} days</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="626" />
        <source>Chưa học lần nào, đã vào lớp {days} ngày</source>
        <translation>Not studied yet, in the class for {days} days</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="628" />
        <source>Máy chủ đồng bộ dùng phiên bản mới hơn. Hãy cập nhật ứng dụng trên máy này.</source>
        <translation>The sync server uses a newer version. Please update the app on this computer.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="630" />
        <source>Máy này chưa được đăng ký với máy chủ, hoặc đã bị thu hồi. Hãy đăng ký lại.</source>
        <translation>This computer is not registered with the server, or it was withdrawn. Please register again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="632" />
        <source>Gói dữ liệu quá lớn.</source>
        <translation>The data package is too large.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="634" />
        <source>Dữ liệu gửi lên không đúng dạng.</source>
        <translation>The data sent is not in the right form.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="636" />
        <source>Mã đăng ký không đúng. Hãy kiểm tra lại mã.</source>
        <translation>The registration code is wrong. Please check the code.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="638" />
        <source>Mã đăng ký này đã hết hạn. Hãy xin mã mới ở người quản lý máy chủ.</source>
        <translation>This registration code has expired. Please ask the server's manager for a new one.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="640" />
        <source>Đã thử đăng ký sai quá nhiều lần. Hãy đợi khoảng 10 phút rồi thử lại.</source>
        <translation>Too many wrong registration tries. Please wait about 10 minutes and try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="642" />
        <source>Máy này đã bị thu hồi ở máy chủ. Hãy nhờ người quản lý máy chủ giúp.</source>
        <translation>This computer was withdrawn on the server. Please ask the server's manager for help.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="644" />
        <source>Mã máy này đã thuộc về một máy khác. Hãy nhờ người quản lý máy chủ giúp.</source>
        <translation>This computer's code already belongs to another computer. Please ask the server's manager for help.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="646" />
        <source>Mã máy này đã được đăng ký. Hãy nhờ người quản lý máy chủ giúp.</source>
        <translation>This computer's code is already registered. Please ask the server's manager for help.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="648" />
        <source>Chữ ký của máy này không đúng. Máy chủ không nhận dữ liệu này.</source>
        <translation>This computer's signature is wrong. The server does not accept this data.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="650" />
        <source>Yêu cầu này đã được gửi trước đây. Máy chủ không nhận lại.</source>
        <translation>This request was sent before. The server does not take it again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="652" />
        <source>Máy chủ này chưa được cấp quyền chuyển tiếp. Hãy nhờ người quản lý máy chủ cấp quyền.</source>
        <translation>This server may not forward data yet. Please ask the server's manager to allow it.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="654" />
        <source>Máy chủ chưa có khóa của máy này. Hãy đồng bộ lại từ đầu.</source>
        <translation>The server does not have this computer's key yet. Please sync again from the start.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="656" />
        <source>Dữ liệu gửi lên không theo đúng thứ tự của máy này. Máy chủ không nhận.</source>
        <translation>The data sent is not in this computer's order. The server does not accept it.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="658" />
        <source>Không thấy danh mục của điểm học này trong USB.</source>
        <translation>This site's catalogue is not on the USB stick.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="660" />
        <source>Danh mục trong USB không phải của máy chủ mà máy này đã đăng ký. Máy không dùng.</source>
        <translation>The catalogue on the USB stick is not from the hub this PC is enrolled with. It was not used.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="662" />
        <source>Danh mục trong USB dành cho điểm học khác.</source>
        <translation>The catalogue on the USB stick is for another site.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="664" />
        <source>Đang tải về: {name} {percent}%</source>
        <translation>Downloading: {name} {percent}%</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="666" />
        <source>Không tải {name}: máy cần khoảng {need_ram} bộ nhớ (RAM) để chạy nhưng chỉ còn {free_ram} trống.</source>
        <translation>{name} not downloaded: it needs about {need_ram} of memory (RAM) to run, but only {free_ram} is free.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="669" />
        <source>Không tải {name}: bộ xử lý của máy này đời cũ (thiếu {feature}) nên không chạy được.</source>
        <translation>{name} not downloaded: this PC's processor is too old (no {feature}) to run it.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="671" />
        <source>Chưa tải {name}: ổ đĩa cần thêm {size} nhưng chỉ còn {free} trống. Hãy xoá bớt tệp không cần.</source>
        <translation>{name} not downloaded yet: the disk needs {size} more but has only {free} free. Please delete files you do not need.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="674" />
        <source>Tệp {name} tải về bị hỏng nên đã bị xoá. Máy sẽ tải lại ở lần đồng bộ sau.</source>
        <translation>The downloaded file {name} was damaged and has been deleted. This PC will download it again at the next sync.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="676" />
        <source>Gói bài học {name} không có chữ ký hợp lệ nên đã bị xoá. Máy không dùng gói này.</source>
        <translation>The lesson pack {name} has no valid signature and has been deleted. This PC will not use it.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="678" />
        <source>Mất kết nối khi đang tải {name}. Lần đồng bộ sau máy sẽ tải tiếp từ chỗ đã dừng.</source>
        <translation>The connection dropped while downloading {name}. At the next sync this PC continues from where it stopped.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="680" />
        <source>Máy chủ không cho tải {name}.</source>
        <translation>The hub does not allow downloading {name}.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="687" />
        <source>Đúng rồi! Bạn làm tốt lắm.</source>
        <translation>That's right! Well done.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="688" />
        <source>Chính xác! Cứ thế mà tiếp tục nhé.</source>
        <translation>Exactly! Keep going like this.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="689" />
        <source>Giỏi quá! Bạn đã nắm được ý này.</source>
        <translation>Great! You have got this idea.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="690" />
        <source>Đúng vậy. Bạn hiểu bài rồi đấy.</source>
        <translation>Yes. You understand the lesson.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="692" />
        <source>Chưa đúng, không sao cả. Đọc lời giải thích rồi thử lại nhé.</source>
        <translation>Not right yet, and that's fine. Read the explanation and try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="694" />
        <source>Gần được rồi. Ai học cũng có lúc nhầm, mình xem lại một chút nhé.</source>
        <translation>Almost. Everyone who learns makes mistakes; let's look again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="695" />
        <source>Chưa đúng lần này. Lần sau bạn sẽ nhớ hơn.</source>
        <translation>Not right this time. Next time you will remember better.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="697" />
        <source>Không sao đâu. Sai là một cách để học, bạn đọc giải thích nhé.</source>
        <translation>Never mind. Mistakes are a way to learn; read the explanation.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="699" />
        <source>Bạn đã làm tốt bài này! Vài ngày nữa mình ôn lại một chút cho nhớ lâu.</source>
        <translation>You did this lesson well! In a few days we will review it so it stays.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="701" />
        <source>Xong bài rồi! Hẹn bạn ôn lại sau ít hôm để thật thành thạo.</source>
        <translation>Lesson done! Review it again in a few days to master it.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="702" />
        <source>Tuyệt vời! Bạn đã thành thạo bài này.</source>
        <translation>Wonderful! You have mastered this lesson.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="703" />
        <source>Bạn nhớ bài rất chắc. Đã thành thạo!</source>
        <translation>You remember this lesson well. Mastered!</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="705" />
        <source>Chúc mừng bạn đã qua cấp độ {level}! Bạn nhận được huy hiệu và giấy chứng nhận.</source>
        <translation>Congratulations, you passed level {level}! You get a badge and a certificate.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="707" />
        <source>Bạn đã vượt qua cấp độ {level}. Thật đáng tự hào!</source>
        <translation>You passed level {level}. Be proud!</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="710" />
        <source>Bạn đúng {correct} trên {total} câu. Cần {needed} câu đúng để qua. Ôn lại một chút rồi thử lần nữa nhé.</source>
        <translation>You got {correct} of {total} right. You need {needed} to pass. Review a little and try again.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="713" />
        <source>Lần này bạn đúng {correct} trên {total} câu. Cần {needed} câu. Bạn có thể làm lại bất cứ lúc nào.</source>
        <translation>This time you got {correct} of {total} right. You need {needed}. You can try again any time.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="716" />
        <source>Chào mừng bạn! Hôm nay ta bắt đầu từ bài đầu tiên nhé.</source>
        <translation>Welcome! Today we start with the first lesson.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="718" />
        <source>Chào mừng bạn quay lại! Hôm nay học một chút là tốt rồi.</source>
        <translation>Welcome back! A little learning today is good.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="719" />
        <source>Bạn đã học {days} ngày liền. Giỏi lắm!</source>
        <translation>You have learned {days} days in a row. Well done!</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="721" />
        <source>{days} ngày liền rồi! Mỗi ngày một chút là nhớ lâu.</source>
        <translation>{days} days in a row! A little each day makes it stay.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="724" />
        <source>Các bài học chưa nói về điều này. Bạn thử hỏi cách khác, hoặc hỏi thầy cô, cán bộ xã.</source>
        <translation>The lessons do not talk about this yet. Try asking another way, or ask a teacher or a commune officer.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="727" />
        <source>Bạn chưa gõ câu hỏi. Hãy gõ điều bạn muốn hỏi, có dấu hay không dấu đều được.</source>
        <translation>You have not typed a question. Type what you want to ask, with or without accents.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="729" />
        <source>Bài học có nói về điều này.</source>
        <translation>The lessons cover this.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="731" />
        <source>Máy chưa có AI để trả lời, nhưng bài học có nói về điều này:</source>
        <translation>The computer has no AI to answer yet, but the lessons say this:</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="732" />
        <source>(Bài “{title}”, mục “{heading}”)</source>
        <translation>(Lesson “{title}”, part “{heading}”)</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="734" />
        <source>Hôm nay không có gì cần ôn. Bạn có thể học bài mới.</source>
        <translation>Nothing to review today. You can learn a new lesson.</translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../screens/create_profile.py" line="87" />
        <source>Thêm người học mới</source>
        <translation>Add a new learner</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="88" />
        <source>&amp;Tên của bạn:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="89" />
        <source>Tên của bạn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="90" />
        <source>Ví dụ: Chị Hoa</source>
        <translation>For example: Hoa</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="91" />
        <source>Chọn một hình để dễ nhận ra mình:</source>
        <translation>Pick a picture so you can find yourself easily:</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="92" />
        <source>Đặt mã PIN 4 số (không bắt buộc)</source>
        <translation>Set a 4-digit PIN (optional)</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="93" />
        <source>Đặt mã PIN 4 số, không bắt buộc</source>
        <translation>Set a 4-digit PIN, optional</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="148" />
        <source>Mã PIN cần đủ 4 số. Bạn mới bấm %d số.</source>
        <translation>The PIN needs 4 digits. You have pressed %d.</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="99" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="100" />
        <source>Quay lại, không thêm</source>
        <translation>Back, do not add</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="101" />
        <location filename="../screens/create_profile.py" line="102" />
        <source>Lưu và vào học</source>
        <translation>Save and start learning</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="136" />
        <source>Hãy nhập tên của bạn.</source>
        <translation>Please type your name.</translation>
    </message>
    <message>
        <location filename="../screens/create_profile.py" line="141" />
        <source>Hãy chọn một hình.</source>
        <translation>Please pick a picture.</translation>
    </message>
</context>
<context>
    <name>DifficultTab</name>
    <message>
        <location filename="../screens/teacher/lists.py" line="96" />
        <source>Những câu cả lớp hay trả lời sai nhất. Nên giảng lại các câu này.</source>
        <translation>The questions the class gets wrong most often. Worth explaining them again.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="97" />
        <source>Câu hỏi khó của lớp</source>
        <translation>The class's difficult questions</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="99" />
        <source>Câu hỏi</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="99" />
        <source>Bài</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="99" />
        <source>Sai / đã trả lời</source>
        <translation>Wrong / answered</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="99" />
        <source>Số người sai</source>
        <translation>Learners wrong</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="101" />
        <source>Chưa có câu nào bị trả lời sai.</source>
        <translation>No question has been answered wrongly yet.</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../widgets/downloads.py" line="43" />
        <source>Máy chủ gửi về máy này</source>
        <translation>What the hub sends to this PC</translation>
    </message>
    <message>
        <location filename="../widgets/downloads.py" line="80" />
        <source>Đang tải về: %s (%s) %d%%</source>
        <translation>Downloading: %s (%s) %d%%</translation>
    </message>
    <message>
        <location filename="../widgets/downloads.py" line="82" />
        <source>Đang chờ tải: %s (%s)</source>
        <translation>Waiting to download: %s (%s)</translation>
    </message>
    <message>
        <location filename="../widgets/downloads.py" line="84" />
        <source>Đã có, dùng được: %s (%s)</source>
        <translation>Ready to use: %s (%s)</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../widgets/files.py" line="66" />
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../widgets/files.py" line="74" />
        <source>Chọn thư mục này</source>
        <translation>Choose this folder</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../screens/teacher/grid.py" line="86" />
        <source>%s — Bài %s: %s — %s</source>
        <translation>%s — Lesson %s: %s — %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="89" />
        <source> (đúng %d/%d câu)</source>
        <translation> (%d/%d answers right)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="111" />
        <source>%s. Cần giúp đỡ: %s</source>
        <translation>%s. Needs help: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="122" />
        <source>Người học</source>
        <translation>Learner</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="128" />
        <source>Bài %s: %s</source>
        <translation>Lesson %s: %s</translation>
    </message>
</context>
<context>
    <name>GridTab</name>
    <message>
        <location filename="../screens/teacher/grid.py" line="190" />
        <source>Xem cấp:</source>
        <translation>Show level:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="191" />
        <source>Chọn cấp để xem</source>
        <translation>Choose the level to show</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="192" />
        <source>Bảng theo dõi: người học theo từng bài</source>
        <translation>Progress grid: learners by lesson</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="193" />
        <source>Bấm vào tên (hoặc bấm Enter ở một ô) để xem trang của người học đó. ⚑ là người cần giúp đỡ.</source>
        <translation>Click a name (or press Enter on a cell) to open that learner's page. ⚑ marks a learner who needs help.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="212" />
        <location filename="../screens/teacher/grid.py" line="213" />
        <source>Chú thích:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="223" />
        <source>Tất cả các cấp</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="225" />
        <source>Cấp %d: %s</source>
        <translation>Level %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/grid.py" line="247" />
        <source>%d người học × %d bài</source>
        <translation>%d learners × %d lessons</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../screens/teacher/group_dialog.py" line="18" />
        <source>Nhóm người học</source>
        <translation>Learner group</translation>
    </message>
    <message>
        <location filename="../screens/teacher/group_dialog.py" line="20" />
        <source>Nhóm và độ tuổi của %s, cho báo cáo của phong trào. Không bắt buộc; bấm lại hình đã chọn để bỏ chọn.</source>
        <translation>The group and age of %s, for the movement's reports. Optional; press the chosen picture again to clear it.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/group_dialog.py" line="29" />
        <source>Lưu nhóm</source>
        <translation>Save group</translation>
    </message>
    <message>
        <location filename="../screens/teacher/group_dialog.py" line="29" />
        <source>Lưu nhóm và độ tuổi đã chọn cho người học này</source>
        <translation>Save the chosen group and age for this learner</translation>
    </message>
    <message>
        <location filename="../screens/teacher/group_dialog.py" line="31" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HelpTab</name>
    <message>
        <location filename="../screens/teacher/lists.py" line="41" />
        <source>Những người sai nhiều câu liền hoặc 2 tuần nay không học. Bấm Enter hoặc bấm đúp để xem trang của người đó.</source>
        <translation>Learners with several wrong answers in a row, or no study for 2 weeks. Press Enter or double-click to open their page.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="43" />
        <source>Người học cần giúp đỡ</source>
        <translation>Learners who need help</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="44" />
        <source>Hiện không có ai cần giúp đỡ. Cả lớp đang học đều.</source>
        <translation>Nobody needs help right now. The whole class is keeping up.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/lists.py" line="53" />
        <source> (từ %s)</source>
        <translation> (since %s)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/home.py" line="192" />
        <location filename="../screens/home.py" line="193" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="194" />
        <source>Đổi người học</source>
        <translation>Switch learner</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="195" />
        <source>Đổi người học, trở về màn hình chọn tên</source>
        <translation>Switch learner, back to the list of names</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="196" />
        <source>Tìm bài học, ví dụ: lừa đảo, viết đơn</source>
        <translation>Search lessons, for example: scam, letter</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="197" />
        <location filename="../screens/home.py" line="199" />
        <source>Tìm bài học</source>
        <translation>Search lessons</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="198" />
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="200" />
        <source>Hỏi gia sư</source>
        <translation>Ask the tutor</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="201" />
        <source>Hỏi gia sư một câu, trả lời từ bài học</source>
        <translation>Ask the tutor a question, answered from the lessons</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="229" />
        <location filename="../screens/home.py" line="236" />
        <source>Chào %s!</source>
        <translation>Hello, %s!</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="249" />
        <source>Huy hiệu: %s</source>
        <translation>Badges: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="253" />
        <source>Tiếp tục bài đang học: %s</source>
        <translation>Continue: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="255" />
        <source>Bạn đã học hết các bài đang mở. Giỏi lắm!</source>
        <translation>You have finished every open lesson. Well done!</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="259" />
        <source>Ôn tập hôm nay (%d câu)</source>
        <translation>Today’s review (%d questions)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="261" />
        <source>Hôm nay chưa có câu cần ôn</source>
        <translation>Nothing to review today</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="264" />
        <source>Giấy chứng nhận của tôi (%d)</source>
        <translation>My certificates (%d)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="271" />
        <source>Máy này chưa có gói bài học nào. Hãy nhờ thầy cô hoặc cán bộ xã cài gói bài học.</source>
        <translation>No lesson pack is installed on this computer yet. Ask your teacher or the commune staff to install one.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="274" />
        <source>Năm cấp độ học:</source>
        <translation>The five levels:</translation>
    </message>
</context>
<context>
    <name>LearnerGroupPicker</name>
    <message>
        <location filename="../widgets/learner_group.py" line="114" />
        <source>Người này thuộc nhóm nào? (không bắt buộc)</source>
        <translation>Which group is this person in? (optional)</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="115" />
        <source>Độ tuổi (không bắt buộc):</source>
        <translation>Age (optional):</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="117" />
        <source>Bạn thuộc nhóm nào? (không bắt buộc)</source>
        <translation>Which group are you in? (optional)</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="118" />
        <source>Bạn bao nhiêu tuổi? (không bắt buộc)</source>
        <translation>How old are you? (optional)</translation>
    </message>
</context>
<context>
    <name>LearnerGroups</name>
    <message>
        <location filename="../widgets/learner_group.py" line="22" />
        <source>Học sinh, sinh viên</source>
        <translation>Pupil or student</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="23" />
        <location filename="../widgets/learner_group.py" line="35" />
        <source>Người dân</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="24" />
        <source>Cán bộ, công chức, viên chức</source>
        <translation>Public official or civil servant</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="25" />
        <source>Người lao động trong doanh nghiệp</source>
        <translation>Worker in an enterprise</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="26" />
        <location filename="../widgets/learner_group.py" line="38" />
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="34" />
        <source>Học sinh,
sinh viên</source>
        <translation>Pupil,
student</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="36" />
        <source>Cán bộ,
công chức</source>
        <translation>Public
official</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="37" />
        <source>Lao động
doanh nghiệp</source>
        <translation>Enterprise
worker</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="45" />
        <source>Dưới 18 tuổi</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="46" />
        <source>18 đến 34 tuổi</source>
        <translation>18 to 34</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="47" />
        <source>35 đến 59 tuổi</source>
        <translation>35 to 59</translation>
    </message>
    <message>
        <location filename="../widgets/learner_group.py" line="48" />
        <source>Từ 60 tuổi</source>
        <translation>60 or older</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="99" />
        <source>Trang người học</source>
        <translation>Learner page</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="100" />
        <source>Quay lại lớp</source>
        <translation>Back to the class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="100" />
        <source>Quay lại trang của lớp</source>
        <translation>Back to the class page</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="102" />
        <source>Thời gian học:</source>
        <translation>Time spent:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="102" />
        <source>Số câu đã trả lời:</source>
        <translation>Questions answered:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="103" />
        <source>Tỉ lệ trả lời đúng:</source>
        <translation>Answers right:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="103" />
        <source>Bài đã làm đạt / đã thuộc:</source>
        <translation>Lessons passed / mastered:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="104" />
        <source>Giấy chứng nhận:</source>
        <translation>Certificates:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="104" />
        <source>Lần học gần nhất:</source>
        <translation>Last activity:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="105" />
        <source>Máy của người này đồng bộ lần cuối:</source>
        <translation>Last sync of their PC:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="105" />
        <source>Cấp đã mở:</source>
        <translation>Levels open:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="109" />
        <source>Câu hay sai nhất:</source>
        <translation>Most often wrong:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="110" />
        <source>Câu hay sai nhất của người học</source>
        <translation>The learner's most often wrong questions</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="111" />
        <source>Câu hỏi</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="111" />
        <source>Bài</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="111" />
        <source>Sai / đã trả lời</source>
        <translation>Wrong / answered</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="112" />
        <source>Mở khoá cấp (không cần bài kiểm tra):</source>
        <translation>Unlock a level (without its test):</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="113" />
        <source>Chọn cấp để mở khoá</source>
        <translation>Choose the level to unlock</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="114" />
        <source>Mở khoá…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="114" />
        <source>Mở khoá cấp đã chọn cho người học này</source>
        <translation>Unlock the chosen level for this learner</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="115" />
        <source>Chọn nhóm…</source>
        <translation>Choose group…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="116" />
        <source>Chọn nhóm người học và độ tuổi bằng hình</source>
        <translation>Choose the learner's group and age with pictures</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="140" />
        <source>%s (%d/%d câu)</source>
        <translation>%s (%d/%d answers)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="142" />
        <source>chưa trả lời câu nào</source>
        <translation>no answers yet</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="145" />
        <source>chưa học lần nào</source>
        <translation>has not studied yet</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="146" />
        <source>chưa biết</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="163" />
        <source>Cấp %d: %s</source>
        <translation>Level %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="168" />
        <source>Mọi cấp đã mở</source>
        <translation>Every level is open</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="172" />
        <source>chưa chọn</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../screens/teacher/learner_page.py" line="173" />
        <source>Nhóm người học (cho báo cáo của phong trào): %s</source>
        <translation>Learner group (for the movement's reports): %s</translation>
    </message>
</context>
<context>
    <name>LearnerTile</name>
    <message>
        <location filename="../screens/start.py" line="84" />
        <source>(có mã PIN)</source>
        <translation>(has a PIN)</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="88" />
        <source>Hình %s. Có mã PIN.</source>
        <translation>Picture: %s. Has a PIN.</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="89" />
        <source>Hình %s.</source>
        <translation>Picture: %s.</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../screens/lesson.py" line="99" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="100" />
        <source>Quay lại trang trước</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="101" />
        <source>Nội dung bài học</source>
        <translation>Lesson text</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="102" />
        <source>◀ Trước</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="103" />
        <source>Phần trước</source>
        <translation>Previous part</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="104" />
        <source>Tiếp ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="105" />
        <source>Phần tiếp theo</source>
        <translation>Next part</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="106" />
        <source>Nghe</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="107" />
        <source>Nghe đọc phần này</source>
        <translation>Listen to this part</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="109" />
        <source>Thực hành với AI</source>
        <translation>Practice with AI</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="110" />
        <source>Thực hành viết câu lệnh cho AI với bài này</source>
        <translation>Practice writing prompts for the AI with this lesson</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="111" />
        <source>Làm bài tập</source>
        <translation>Do the exercises</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="112" />
        <source>Làm bài tập của bài này</source>
        <translation>Do the exercises of this lesson</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="124" />
        <source>Dừng ghi âm</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="124" />
        <source>Ghi âm giọng đọc</source>
        <translation>Record narration</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="126" />
        <source>Dừng ghi âm và lưu</source>
        <translation>Stop recording and save</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="126" />
        <source>Ghi âm giọng thầy cô đọc phần này</source>
        <translation>Record the teacher reading this part</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="182" />
        <source>Cấp %d · khoảng %d phút</source>
        <translation>Level %d · about %d minutes</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="183" />
        <source>Phần %d/%d</source>
        <translation>Part %d/%d</translation>
    </message>
</context>
<context>
    <name>LevelCard</name>
    <message>
        <location filename="../screens/home.py" line="64" />
        <source>Hình cấp %d</source>
        <translation>Picture of level %d</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="66" />
        <source>Cấp %d: %s</source>
        <translation>Level %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="72" />
        <source>Đã thuộc %d/%d bài</source>
        <translation>%d of %d lessons learnt</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="74" />
        <source> · Đã qua bài kiểm tra ✓</source>
        <translation> · Test passed ✓</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="76" />
        <source>Chưa mở. Hãy qua bài kiểm tra cấp %d trước.</source>
        <translation>Not open yet. Pass the level %d test first.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="86" />
        <source>Vào học cấp %d</source>
        <translation>Study level %d</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="87" />
        <source>Cấp %d chưa mở</source>
        <translation>Level %d is not open</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="93" />
        <source>Làm bài kiểm tra cấp %d</source>
        <translation>Take the level %d test</translation>
    </message>
</context>
<context>
    <name>LevelScreen</name>
    <message>
        <location filename="../screens/level.py" line="53" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="54" />
        <source>Quay lại trang chính</source>
        <translation>Back to the home page</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="55" />
        <source>Các bài học của cấp này</source>
        <translation>Lessons of this level</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="61" />
        <source>Cấp %d: %s</source>
        <translation>Level %d: %s</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="75" />
        <source>%s (%d phút)</source>
        <translation>%s (%d min)</translation>
    </message>
    <message>
        <location filename="../screens/level.py" line="78" />
        <source>. Đã học xong</source>
        <translation>. Done</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <location filename="../widgets/common.py" line="80" />
        <source>Xoá chữ đã gõ</source>
        <translation>Clear what you typed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="74" />
        <location filename="../mainwindow.py" line="251" />
        <source>Gia sư Bình dân học AI</source>
        <translation>AI Tutor for Everyone (Bình dân học AI)</translation>
    </message>
    <message>
        <location filename="../controllers/session.py" line="121" />
        <source>Đã lấy lại dữ liệu cũ.</source>
        <translation>The old data has been restored.</translation>
    </message>
    <message>
        <location filename="../controllers/session.py" line="130" />
        <source>Không mở được dữ liệu của ứng dụng. Hãy báo cho cán bộ kỹ thuật.</source>
        <translation>The app's data could not be opened. Please tell the technical staff.</translation>
    </message>
    <message>
        <location filename="../controllers/session.py" line="241" />
        <source>Bạn đã được tự đăng xuất vì lâu không dùng máy. Bấm vào hình của mình để học tiếp.</source>
        <translation>You were signed out because the computer was not used for a while. Tap your picture to continue.</translation>
    </message>
    <message>
        <location filename="../controllers/quiz.py" line="109" />
        <source>Hôm nay chưa có câu nào cần ôn. Hẹn bạn ngày mai!</source>
        <translation>Nothing to review today. See you tomorrow!</translation>
    </message>
    <message>
        <location filename="../controllers/quiz.py" line="112" />
        <source>Ôn tập hôm nay</source>
        <translation>Today’s review</translation>
    </message>
    <message>
        <location filename="../controllers/quiz.py" line="131" />
        <source>Bài kiểm tra cấp %d</source>
        <translation>Level %d test</translation>
    </message>
    <message>
        <location filename="../controllers/quiz.py" line="160" />
        <source>Rất tốt! Bạn đã nắm được bài này.</source>
        <translation>Very good! You have got this lesson.</translation>
    </message>
    <message>
        <location filename="../controllers/quiz.py" line="161" />
        <source>Bạn làm lại thêm lần nữa nhé. Mỗi lần làm, bạn sẽ nhớ lâu hơn.</source>
        <translation>Try once more. Each time you will remember longer.</translation>
    </message>
    <message>
        <location filename="../controllers/quiz.py" line="164" />
        <source>Ôn xong rồi. Mai ta ôn tiếp nhé!</source>
        <translation>Review done. More tomorrow!</translation>
    </message>
    <message>
        <location filename="../controllers/certificates.py" line="55" />
        <source>Không lưu được tệp PDF (ổ đĩa đầy hoặc không ghi được).</source>
        <translation>The PDF could not be saved (the disk is full or read-only).</translation>
    </message>
    <message>
        <location filename="../controllers/narration.py" line="151" />
        <source>Đang ghi âm… Đọc to phần này, xong thì bấm “Dừng ghi âm”.</source>
        <translation>Recording… Read this part aloud, then press “Stop recording”.</translation>
    </message>
    <message>
        <location filename="../controllers/narration.py" line="168" />
        <source>Đã lưu giọng đọc. Từ nay máy này đọc phần này bằng giọng thầy cô.</source>
        <translation>Narration saved. This computer now reads this part in the teacher’s voice.</translation>
    </message>
    <message>
        <location filename="../controllers/narration.py" line="117" />
        <source>Đang chuẩn bị…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../controllers/narration.py" line="118" />
        <source>Tạm dừng</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../controllers/narration.py" line="119" />
        <source>Nghe tiếp</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../controllers/narration.py" line="119" />
        <source>Nghe</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../controllers/packs.py" line="29" />
        <source>Gói bài học này đã có trên máy. Không có gì thay đổi.</source>
        <translation>This lesson pack is already installed. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../controllers/packs.py" line="32" />
        <source>Đã cài gói bài học mới.</source>
        <translation>The new lesson pack is installed.</translation>
    </message>
    <message>
        <location filename="../controllers/packs.py" line="36" />
        <source>Đang kiểm tra và cài gói bài học…</source>
        <translation>Checking and installing the lesson pack…</translation>
    </message>
    <message>
        <location filename="../controllers/settings.py" line="50" />
        <source>Cài đặt hiển thị này chỉ dành cho %s.</source>
        <translation>These display settings are for %s only.</translation>
    </message>
    <message>
        <location filename="../controllers/settings.py" line="54" />
        <source>Cài đặt hiển thị chung của máy này.</source>
        <translation>Display settings shared by everyone on this computer.</translation>
    </message>
    <message>
        <location filename="../controllers/settings.py" line="55" />
        <source>Phiên bản %s. Dữ liệu lưu tại: %s</source>
        <translation>Version %s. Data is kept in: %s</translation>
    </message>
    <message>
        <location filename="../messages.py" line="21" />
        <source>Mã PIN chưa đúng. Bạn còn %d lần thử.</source>
        <translation>Wrong PIN. You have %d tries left.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="22" />
        <source>Mã PIN chưa đúng.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="26" />
        <source>Nhập sai quá nhiều lần. Hãy đợi khoảng %d giờ rồi thử lại.</source>
        <translation>Too many wrong tries. Wait about %d hours and try again.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="28" />
        <source>Nhập sai quá nhiều lần. Hãy đợi %d phút rồi thử lại.</source>
        <translation>Too many wrong tries. Please wait %d minutes and try again.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33" />
        <source>Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.</source>
        <translation>Something went wrong. Your data is safe.</translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="271" />
        <source>Với mỗi dòng bên trái, chọn ý hợp với nó.</source>
        <translation>For each line on the left, choose what matches it.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="283" />
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="286" />
        <source>Ý hợp với: %s</source>
        <translation>Match for: %s</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="304" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="305" />
        <source>Xong, gửi các cặp đã nối</source>
        <translation>Done, send these pairs</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="313" />
        <source>✗ Chưa đúng. Đúng là: %s</source>
        <translation>✗ Not right. The right one is: %s</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="316" />
        <source>✓ Đúng</source>
        <translation>✓ Right</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="329" />
        <source>Hãy chọn cho đủ mọi dòng.</source>
        <translation>Please choose for every line.</translation>
    </message>
</context>
<context>
    <name>MemberOrigin</name>
    <message>
        <location filename="../screens/teacher/members.py" line="20" />
        <source>Danh sách của điểm học</source>
        <translation>Learning site roster</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="21" />
        <source>Tạo trên máy này</source>
        <translation>Created on this PC</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../screens/teacher/members.py" line="129" />
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="129" />
        <source>Nguồn</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="130" />
        <source>Người học trong lớp</source>
        <translation>Learners in the class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="131" />
        <source>Người học có thể thêm vào lớp</source>
        <translation>Learners who can join the class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="132" />
        <source>Bỏ khỏi lớp</source>
        <translation>Remove from class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="132" />
        <source>Bỏ người đã chọn khỏi lớp</source>
        <translation>Remove the selected learners from the class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="133" />
        <source>Thêm vào lớp</source>
        <translation>Add to class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="133" />
        <source>Thêm người đã chọn vào lớp</source>
        <translation>Add the selected learners to the class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="134" />
        <source>Nhập từ tệp CSV…</source>
        <translation>Import from CSV…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="134" />
        <source>Nhập danh sách lớp từ tệp CSV</source>
        <translation>Import the class list from a CSV file</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="135" />
        <source>Xuất ra tệp CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="135" />
        <source>Xuất danh sách lớp ra tệp CSV</source>
        <translation>Export the class list to a CSV file</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="140" />
        <source>Trong lớp (%d người):</source>
        <translation>In the class (%d):</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="141" />
        <source>Có thể thêm vào lớp (%d người):</source>
        <translation>Can join the class (%d):</translation>
    </message>
    <message>
        <location filename="../screens/teacher/members.py" line="156" />
        <source>Hãy chọn ít nhất một người trong danh sách trước.</source>
        <translation>Select at least one person in the list first.</translation>
    </message>
</context>
<context>
    <name>MergeTab</name>
    <message>
        <location filename="../screens/teacher/merge.py" line="98" />
        <source>Khi một người có hai hồ sơ (ví dụ học ở hai máy khác nhau), hãy gộp lại thành một. Chọn hồ sơ giữ lại ở bên trái và hồ sơ cần gộp ở bên phải.</source>
        <translation>When one person has two profiles (for example from studying on two PCs), merge them into one. Choose the profile to keep on the left and the one to merge on the right.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="100" />
        <source>Giữ lại hồ sơ này:</source>
        <translation>Keep this profile:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="101" />
        <source>Hồ sơ giữ lại</source>
        <translation>Profile to keep</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="102" />
        <source>Gộp và ẩn hồ sơ này:</source>
        <translation>Merge and hide this profile:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="103" />
        <source>Hồ sơ cần gộp</source>
        <translation>Profile to merge</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="105" />
        <source>Lưu ý: mọi bài đã học, câu trả lời và giấy chứng nhận của hồ sơ bên phải sẽ tính cho hồ sơ bên trái. Hồ sơ bên phải sẽ không còn trên màn hình chọn người học. Không thể hoàn tác.</source>
        <translation>Note: every lesson, answer and certificate of the profile on the right will count for the profile on the left. The profile on the right will no longer appear on the learner picker. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="107" />
        <source>Gộp hai hồ sơ…</source>
        <translation>Merge the two profiles…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="107" />
        <source>Gộp hai hồ sơ đã chọn</source>
        <translation>Merge the two chosen profiles</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="116" />
        <source>— Chọn người học —</source>
        <translation>— Choose a learner —</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="159" />
        <source>Đang đọc tiến độ…</source>
        <translation>Reading progress…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="162" />
        <source>Bài đã làm đạt: %d, đã thuộc: %d</source>
        <translation>Lessons passed: %d, mastered: %d</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="163" />
        <source>Câu đã trả lời: %d (đúng %d)</source>
        <translation>Questions answered: %d (%d right)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="164" />
        <source>Thời gian học: %s</source>
        <translation>Time spent: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="165" />
        <source>Giấy chứng nhận: %d</source>
        <translation>Certificates: %d</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="166" />
        <source>Lần học gần nhất: %s</source>
        <translation>Last activity: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/merge.py" line="175" />
        <source>Hãy chọn hai hồ sơ khác nhau.</source>
        <translation>Choose two different profiles.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <location filename="../widgets/mic.py" line="252" />
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="253" />
        <source>Dừng nghe</source>
        <translation>Stop listening</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="256" />
        <source>Nói</source>
        <translation>Speak</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="257" />
        <source>Nói thay cho gõ chữ</source>
        <translation>Speak instead of typing</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="258" />
        <source>Bấm rồi nói. Nói xong, dừng lại một chút hoặc bấm lần nữa.</source>
        <translation>Press, then speak. When you are done, pause for a moment or press again.</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="317" />
        <source>Đang nghe… Hãy nói. Nói xong thì dừng lại một chút.</source>
        <translation>Listening… Please speak. Pause for a moment when you are done.</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="325" />
        <source>Đang viết nốt…</source>
        <translation>Writing the last words…</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="355" />
        <source>Chưa nghe rõ. Hãy bấm Nói và nói lại gần micrô hơn.</source>
        <translation>Nothing clear was heard. Press Speak and talk closer to the microphone.</translation>
    </message>
    <message>
        <location filename="../widgets/mic.py" line="361" />
        <source>Chưa nghe được. Bạn vẫn gõ chữ bằng bàn phím được.</source>
        <translation>Could not listen. You can still type with the keyboard.</translation>
    </message>
</context>
<context>
    <name>ModelsScreen</name>
    <message>
        <location filename="../screens/models.py" line="221" />
        <source>Quản lý mô hình AI</source>
        <translation>Manage AI models</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="223" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="224" />
        <source>Quay lại trang trước</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="225" />
        <source>Khởi động lại</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="226" />
        <source>Khởi động lại mô hình AI</source>
        <translation>Restart the AI model</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="227" />
        <source>Chọn mô hình khác</source>
        <translation>Choose another model</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="228" />
        <source>Chọn một mô hình AI khác trong danh sách</source>
        <translation>Choose another AI model from the list</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="229" />
        <source>Mô hình có trong máy</source>
        <translation>Models on this computer</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="230" />
        <source>Máy chủ đang gửi về máy này</source>
        <translation>Coming from the hub to this PC</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="231" />
        <source>Các mô hình AI có trong máy</source>
        <translation>AI models on this computer</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="232" />
        <source>Dùng mô hình này</source>
        <translation>Use this model</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="233" />
        <source>Dùng mô hình đang chọn</source>
        <translation>Use the selected model</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="234" />
        <source>Thêm mô hình từ USB</source>
        <translation>Add a model from USB</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="235" />
        <source>Tìm trong USB/thư mục khác…</source>
        <translation>Search a USB or other folder…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="236" />
        <source>Chọn USB hoặc thư mục để tìm mô hình AI</source>
        <translation>Choose a USB or folder to search for AI models</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="237" />
        <source>Các tệp mô hình tìm thấy</source>
        <translation>Model files found</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="238" />
        <source>Chép vào máy</source>
        <translation>Copy to computer</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="239" />
        <source>Chép mô hình đang chọn vào máy</source>
        <translation>Copy the selected model to this computer</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="240" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="241" />
        <source>Huỷ việc chép mô hình</source>
        <translation>Cancel copying the model</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="242" />
        <source>Tiến độ chép mô hình</source>
        <translation>Model copy progress</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="296" />
        <source>Đang tải về: %s %d%%</source>
        <translation>Downloading: %s %d%%</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="298" />
        <source>Sắp tải về: %s (%s)</source>
        <translation>Coming soon: %s (%s)</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="300" />
        <source>Đã tải về: %s</source>
        <translation>Downloaded: %s</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="315" />
        <source>Đang xem các mô hình trong máy…</source>
        <translation>Checking the models on this computer…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="332" />
        <source>Không xem được các mô hình trong máy. Hãy thử lại.</source>
        <translation>Could not check the models on this computer. Please try again.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="360" />
        <source>Máy này chưa có mô hình AI nào. Các bài học vẫn dùng được. Hãy chép một mô hình từ USB ở phần dưới.</source>
        <translation>This computer has no AI model yet. The lessons still work. Copy a model from USB in the section below.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="363" />
        <source>Chưa dùng mô hình nào. Chọn một mô hình rồi bấm “Dùng mô hình này”.</source>
        <translation>No model in use yet. Choose a model, then click “Use this model”.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="378" />
        <source>%s — không dùng được
%s</source>
        <translation>%s — cannot be used
%s</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="383" />
        <source>%s — đang dùng</source>
        <translation>%s — in use</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="385" />
        <source>có sẵn trong phần mềm</source>
        <translation>comes with the app</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="386" />
        <source>đã chép vào máy</source>
        <translation>copied to this computer</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="388" />
        <source>có mẫu hội thoại</source>
        <translation>has a chat template</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="388" />
        <source>không có mẫu hội thoại</source>
        <translation>no chat template</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="389" />
        <source>Kiến trúc %s · %s · kiểu nén %s · ngữ cảnh %s · %s · %s</source>
        <translation>Architecture %s · %s · compression %s · context %s · %s · %s</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="392" />
        <source>Mức phù hợp: %s. %s</source>
        <translation>How well it fits: %s. %s</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="398" />
        <source>chạy tốt</source>
        <translation>runs well</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="400" />
        <source>chạy được nhưng chậm</source>
        <translation>runs, but slowly</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="402" />
        <source>quá lớn với máy này</source>
        <translation>too big for this computer</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="403" />
        <source>không chạy được</source>
        <translation>cannot run</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="408" />
        <source>Cho lớp học, nên dùng mô hình Qwen2.5-1.5B-Instruct bản Q4_K_M. Tệp nặng khoảng 1 GB, trả lời tiếng Việt tốt hơn mô hình nhỏ có sẵn. Hãy chép tệp vào USB ở nơi có mạng, cắm USB vào máy này rồi bấm “Tìm trong USB/thư mục khác…”.</source>
        <translation>For a class, we suggest the Qwen2.5-1.5B-Instruct model, Q4_K_M version. The file is about 1 GB and answers in Vietnamese better than the small built-in model. Copy the file to a USB where there is internet, plug the USB into this computer, then click “Search a USB or other folder…”.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="413" />
        <source>Máy này đủ bộ nhớ để chạy mô hình đó.</source>
        <translation>This computer has enough memory to run that model.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="415" />
        <source>Nhưng máy này còn ít bộ nhớ trống, nên:</source>
        <translation>But this computer has little free memory right now, so:</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="417" />
        <source>Máy này đang còn quá ít bộ nhớ trống (%s) để chạy AI. Hãy đóng bớt chương trình rồi mở lại trang này.</source>
        <translation>This computer has too little free memory right now (%s) to run the AI. Close some programs, then open this page again.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="419" />
        <source>Bộ nhớ (RAM) còn trống lúc này: %s.</source>
        <translation>Free memory (RAM) right now: %s.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="432" />
        <source>Đã chọn mô hình %s.</source>
        <translation>Model %s selected.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="440" />
        <source>Chọn USB hoặc thư mục có mô hình AI</source>
        <translation>Choose a USB or folder that has AI models</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="452" />
        <source>Đang tìm tệp mô hình trong %s…</source>
        <translation>Looking for model files in %s…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="463" />
        <source>Không thấy tệp mô hình (.gguf) nào ở đây.</source>
        <translation>No model files (.gguf) found here.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="475" />
        <source>Không đọc được thư mục này. Hãy kiểm tra USB rồi thử lại.</source>
        <translation>Could not read this folder. Check the USB and try again.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="489" />
        <source>Tìm thấy %d mô hình dùng được, %d tệp không dùng được.</source>
        <translation>Found %d usable models, %d files that cannot be used.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="504" />
        <source>Chưa biết chỗ lưu mô hình trong máy. Hãy mở lại phần mềm.</source>
        <translation>Don't know where to save models on this computer. Please reopen the app.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="514" />
        <source>Đang chép %s…</source>
        <translation>Copying %s…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="522" />
        <source>Đang huỷ…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="536" />
        <source>Đã chép xong. Mô hình %s đã có trong máy. Chọn nó ở danh sách trên rồi bấm “Dùng mô hình này”.</source>
        <translation>Copy finished. Model %s is now on this computer. Choose it in the list above, then click “Use this model”.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="549" />
        <source>Đã huỷ. Không có tệp nào bị chép dở trong máy.</source>
        <translation>Cancelled. No half-copied files were left on this computer.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="555" />
        <source>Chép mô hình không được. Hãy thử lại.</source>
        <translation>Could not copy the model. Please try again.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="579" />
        <source>Mô hình AI đã dừng bất ngờ.</source>
        <translation>The AI model stopped unexpectedly.</translation>
    </message>
    <message>
        <location filename="../screens/models.py" line="587" />
        <source>Đang khởi động lại mô hình AI…</source>
        <translation>Restarting the AI model…</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="130" />
        <source>Chọn tất cả các ý đúng, rồi bấm “Xong”.</source>
        <translation>Choose every correct answer, then press “Done”.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="146" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="147" />
        <source>Xong, gửi câu trả lời</source>
        <translation>Done, send the answer</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="199" />
        <source>Chọn một dòng rồi bấm “Lên” hoặc “Xuống” để xếp lại cho đúng thứ tự.</source>
        <translation>Pick a line, then press “Up” or “Down” to put them in the right order.</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="206" />
        <source>Các bước cần sắp xếp</source>
        <translation>Steps to put in order</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="216" />
        <source>▲ Lên</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="217" />
        <source>Đưa dòng đang chọn lên trên</source>
        <translation>Move the chosen line up</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="220" />
        <source>▼ Xuống</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="221" />
        <source>Đưa dòng đang chọn xuống dưới</source>
        <translation>Move the chosen line down</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="224" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="225" />
        <source>Xong, gửi thứ tự này</source>
        <translation>Done, send this order</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="249" />
        <source>Thứ tự đúng:</source>
        <translation>The right order:</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../widgets/pinpad.py" line="48" />
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="49" />
        <source>Xoá một số</source>
        <translation>Delete one digit</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="51" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="52" />
        <source>Xong, vào học</source>
        <translation>Done, start learning</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="55" />
        <source>Số %s</source>
        <translation>Digit %s</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="56" />
        <source>Bàn phím số để nhập mã PIN</source>
        <translation>Number pad for the PIN</translation>
    </message>
    <message>
        <location filename="../widgets/pinpad.py" line="83" />
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
        <location filename="../screens/practice.py" line="362" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="363" />
        <source>Rời phòng thực hành, quay lại bài học</source>
        <translation>Leave the practice room and go back to the lesson</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="364" />
        <source>Nghe</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="365" />
        <source>Nghe nhận xét ngắn</source>
        <translation>Listen to the short comment</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="367" />
        <source>Viết câu lệnh</source>
        <translation>Write a prompt</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="369" />
        <source>Tìm lỗi của AI</source>
        <translation>Find the AI's mistakes</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="370" />
        <source>Các phần thực hành</source>
        <translation>Practice parts</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="371" />
        <source>Tình huống</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="372" />
        <source>Tình huống của bài thực hành</source>
        <translation>The situation for this practice</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="373" />
        <location filename="../screens/practice.py" line="374" />
        <source>Tài liệu để dùng</source>
        <translation>Material to use</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="375" />
        <source>Gợi ý từng phần</source>
        <translation>Step-by-step hints</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="376" />
        <source>Gợi ý từng phần: viết câu lệnh theo từng ô</source>
        <translation>Step-by-step hints: write the prompt one box at a time</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="377" />
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="378" />
        <source>Dừng câu trả lời của AI</source>
        <translation>Stop the AI's answer</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="379" />
        <source>Thử lại</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="380" />
        <source>Sửa câu lệnh và thử lại</source>
        <translation>Edit the prompt and try again</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="381" />
        <location filename="../screens/practice.py" line="382" />
        <source>Câu trả lời của AI</source>
        <translation>The AI's answer</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="383" />
        <source>Nhận xét câu lệnh</source>
        <translation>Prompt feedback</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="384" />
        <location filename="../screens/practice.py" line="736" />
        <source>Kiểm tra câu trả lời của AI</source>
        <translation>Check the AI's answer</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="385" />
        <source>Các lần trước</source>
        <translation>Earlier tries</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="386" />
        <source>Nhận xét các lần trước</source>
        <translation>Feedback on earlier tries</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="388" />
        <source>Đây là một câu trả lời của AI. Trong đó có chỗ sai. Hãy chọn chữ ở chỗ sai: kéo chuột, hoặc giữ phím Shift và bấm phím mũi tên. Rồi bấm “Đánh dấu lỗi”. Đánh dấu xong thì bấm “Kiểm tra”.</source>
        <translation>Here is an answer from the AI. It has some mistakes. Select the words where it is wrong: drag the mouse, or hold the Shift key and press the arrow keys. Then click “Mark mistake”. When you are done marking, click “Check”.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="391" />
        <source>Câu trả lời của AI để tìm lỗi</source>
        <translation>AI answer to find mistakes in</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="392" />
        <source>Đánh dấu lỗi</source>
        <translation>Mark mistake</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="393" />
        <source>Đánh dấu chỗ đang chọn là lỗi</source>
        <translation>Mark the selected text as a mistake</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="394" />
        <source>Bỏ dấu</source>
        <translation>Unmark</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="395" />
        <source>Bỏ chỗ đánh dấu đang chọn trong danh sách</source>
        <translation>Remove the selected mark from the list</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="396" />
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="397" />
        <source>Kiểm tra các chỗ đã đánh dấu</source>
        <translation>Check the places you marked</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="398" />
        <source>Làm lại</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="399" />
        <source>Xoá các dấu và tìm lỗi lại</source>
        <translation>Clear the marks and look for mistakes again</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="400" />
        <location filename="../screens/practice.py" line="401" />
        <source>Các chỗ bạn đã đánh dấu</source>
        <translation>Places you marked</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="402" />
        <source>Kết quả tìm lỗi</source>
        <translation>Mistake-finding results</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="405" />
        <location filename="../screens/practice.py" line="468" />
        <source>Ví dụ: %s</source>
        <translation>Example: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="419" />
        <source>Phòng thực hành AI: %s</source>
        <translation>AI practice room: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="519" />
        <source>Câu lệnh ghép từ các ô trên (chỉ để xem)</source>
        <translation>Prompt made from the boxes above (view only)</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="521" />
        <source>Câu lệnh của bạn</source>
        <translation>Your prompt</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="533" />
        <source>AI đang bận trả lời việc khác. Hãy đợi một chút rồi bấm lại.</source>
        <translation>The AI is busy answering something else. Please wait a moment, then click again.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="555" />
        <source>Máy này chưa có mô hình AI, nên chưa có câu trả lời. Nhận xét câu lệnh ở ngay dưới đây.</source>
        <translation>This computer has no AI model yet, so there is no answer. Feedback on your prompt is just below.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="183" />
        <source>AI đang đọc câu lệnh…</source>
        <translation>The AI is reading the prompt…</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="582" />
        <source>Đã dừng. Câu trả lời chưa xong nên chương trình không kiểm tra nó.</source>
        <translation>Stopped. The answer was not finished, so the app did not check it.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="584" />
        <source>AI không trả lời gì. Hãy bấm “Thử lại”.</source>
        <translation>The AI gave no answer. Please click “Try again”.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="589" />
        <source>AI viết dài quá nên bị cắt bớt. Xem phần kiểm tra bên dưới.</source>
        <translation>The AI wrote too much, so it was cut short. See the check below.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="591" />
        <source>AI đã trả lời xong. Xem phần kiểm tra bên dưới.</source>
        <translation>The AI has finished answering. See the check below.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="648" />
        <source>Lần %d: %s — câu lệnh có %d/%d phần</source>
        <translation>Try %d: %s — prompt has %d/%d parts</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="652" />
        <source>AI đạt %d/%d điều kiện của bài.</source>
        <translation>The AI met %d/%d of the lesson's requirements.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="657" />
        <source>%d trên 3 sao</source>
        <translation>%d out of 3 stars</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="675" />
        <source>Ẩn chi tiết</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="675" />
        <source>Xem chi tiết</source>
        <translation>See details</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="688" />
        <source>Câu lệnh: %s</source>
        <translation>Prompt: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="689" />
        <source>Câu lệnh được %d trên 3 sao</source>
        <translation>Prompt got %d out of 3 stars</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="716" />
        <source>Cẩn thận:</source>
        <translation>Be careful:</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="719" />
        <source>Đã có:</source>
        <translation>Already has:</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="721" />
        <source>Còn thiếu:</source>
        <translation>Still missing:</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="729" />
        <source>Bỏ qua</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="731" />
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="733" />
        <source>Chưa đạt</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="735" />
        <source>Câu trả lời của AI chỉ để bạn tập xem xét. Số sao tính theo câu lệnh của bạn.</source>
        <translation>The AI's answer is only for you to practice checking. Stars are based on your prompt.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="744" />
        <source>Gửi cho AI</source>
        <translation>Send to AI</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="747" />
        <source>Máy này chưa có mô hình AI. Bạn vẫn viết câu lệnh và được nhận xét như thường. Nhờ cán bộ chép mô hình từ USB để xem AI trả lời.</source>
        <translation>This computer has no AI model yet. You can still write prompts and get feedback as usual. Ask a staff member to copy a model from USB to see the AI's answers.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="749" />
        <source>Xem nhận xét</source>
        <translation>See feedback</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="776" />
        <source>Bạn chưa chọn chữ nào. Hãy chọn chỗ sai trước (kéo chuột, hoặc giữ Shift và bấm mũi tên).</source>
        <translation>You have not selected any words. First select the wrong part (drag the mouse, or hold Shift and press the arrow keys).</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="799" />
        <source>Bạn chưa đánh dấu chỗ nào. Hãy chọn chỗ sai rồi bấm “Đánh dấu lỗi”.</source>
        <translation>You have not marked anything. Select a wrong part, then click “Mark mistake”.</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="831" />
        <source>Chỗ %d: “%s”</source>
        <translation>Place %d: “%s”</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="873" />
        <source>Kết quả: %s</source>
        <translation>Result: %s</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="877" />
        <source>Bạn đã tìm đúng (tô xanh):</source>
        <translation>You found these correctly (green):</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="880" />
        <source>Bạn chưa tìm ra (tô cam):</source>
        <translation>You did not find these (orange):</translation>
    </message>
    <message>
        <location filename="../screens/practice.py" line="883" />
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
        <location filename="../widgets/questions.py" line="68" />
        <source>Nghe ý: %s</source>
        <translation>Listen to: %s</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../screens/quiz.py" line="115" />
        <source>Dừng lại</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="116" />
        <source>Dừng làm bài, quay lại</source>
        <translation>Stop the exercise and go back</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="117" />
        <location filename="../screens/quiz.py" line="119" />
        <source>Nghe</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="118" />
        <source>Nghe đọc câu hỏi</source>
        <translation>Listen to the question</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="120" />
        <source>Nghe đọc lời giải thích</source>
        <translation>Listen to the explanation</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="144" />
        <source>Câu %d/%d</source>
        <translation>Question %d/%d</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="175" />
        <source>Đã ghi nhận câu trả lời.</source>
        <translation>Your answer is saved.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="178" />
        <source>Đúng rồi!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="178" />
        <source>Chưa đúng.</source>
        <translation>Not quite.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="195" />
        <source>Chưa lưu được câu trả lời.</source>
        <translation>The answer could not be saved.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="202" />
        <source>Thử lại</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="222" />
        <source>Xem kết quả</source>
        <translation>See the result</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="222" />
        <source>Câu tiếp ▶</source>
        <translation>Next question ▶</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="26" />
        <source>Lưu báo cáo lớp (CSV)</source>
        <translation>Save the class report (CSV)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="26" />
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="35" />
        <location filename="../screens/teacher/report_actions.py" line="54" />
        <source>Đang lập báo cáo…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="42" />
        <source>Lưu báo cáo lớp (PDF)</source>
        <translation>Save the class report (PDF)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="42" />
        <location filename="../screens/teacher/report_actions.py" line="67" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="59" />
        <source>Đã lưu: %s</source>
        <translation>Saved: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="66" />
        <source>Lưu giấy chứng nhận cả lớp (PDF)</source>
        <translation>Save the whole class's certificates (PDF)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="71" />
        <source>Giấy chứng nhận lớp %s</source>
        <translation>Certificates of class %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="77" />
        <location filename="../screens/teacher/report_actions.py" line="99" />
        <source>Lớp chưa có giấy chứng nhận nào.</source>
        <translation>The class has no certificates yet.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="82" />
        <source>Đang chuẩn bị giấy chứng nhận…</source>
        <translation>Preparing the certificates…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/report_actions.py" line="108" />
        <source>Đã gửi %d giấy chứng nhận tới máy in.</source>
        <translation>Sent %d certificates to the printer.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../screens/teacher/reports.py" line="70" />
        <source>Lưu báo cáo để nộp cho xã hoặc để in. Tệp được lưu vào nơi bạn chọn (ví dụ ổ USB).</source>
        <translation>Save a report for the commune or to print. The file is saved where you choose (for example a USB stick).</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="72" />
        <source>Lưu báo cáo PDF…</source>
        <translation>Save PDF report…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="72" />
        <source>Lưu báo cáo lớp thành tệp PDF để in</source>
        <translation>Save the class report as a PDF to print</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="73" />
        <source>Để in: mức hoàn thành từng cấp, từng bài và giấy chứng nhận đã cấp.</source>
        <translation>To print: completion by level, by lesson and the certificates issued.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="74" />
        <source>Lưu báo cáo CSV…</source>
        <translation>Save CSV report…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="74" />
        <source>Lưu báo cáo lớp thành tệp CSV cho Excel</source>
        <translation>Save the class report as a CSV file for Excel</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="75" />
        <source>Để mở bằng Excel: mỗi người học một dòng.</source>
        <translation>To open in Excel: one learner per row.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="76" />
        <source>In chứng nhận cả lớp…</source>
        <translation>Certificates for the whole class…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="77" />
        <source>Lưu mọi giấy chứng nhận của lớp vào một tệp PDF, mỗi giấy một trang</source>
        <translation>Save every certificate of the class in one PDF file, one per page</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="78" />
        <source>Gửi thẳng mọi giấy chứng nhận của lớp tới máy in.</source>
        <translation>Send every certificate of the class straight to the printer.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="79" />
        <source>In ra máy in…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="79" />
        <source>In giấy chứng nhận cả lớp ra máy in</source>
        <translation>Print the whole class's certificates</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="85" />
        <source>Lớp có %d giấy chứng nhận. Mỗi giấy một trang A4 ngang.</source>
        <translation>The class has %d certificates. One landscape A4 page each.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/reports.py" line="87" />
        <source>Lớp chưa có giấy chứng nhận nào.</source>
        <translation>The class has no certificates yet.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../screens/result.py" line="51" />
        <location filename="../screens/result.py" line="52" />
        <source>Về trang chính</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="53" />
        <source>Làm lại</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="54" />
        <source>Làm lại lần nữa</source>
        <translation>Do it again</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="55" />
        <source>In giấy chứng nhận</source>
        <translation>Print the certificate</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="56" />
        <source>Tạo giấy chứng nhận để in</source>
        <translation>Make the certificate for printing</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="61" />
        <source>Đúng %d/%d câu</source>
        <translation>%d of %d right</translation>
    </message>
    <message>
        <location filename="../screens/result.py" line="73" />
        <source>Đã lưu giấy chứng nhận: %s</source>
        <translation>Certificate saved: %s</translation>
    </message>
</context>
<context>
    <name>SampleAnswerPanel</name>
    <message>
        <location filename="../widgets/sample_answer.py" line="43" />
        <source>Bài mẫu: câu trả lời của một AI mạnh</source>
        <translation>Sample: the answer of a strong AI</translation>
    </message>
    <message>
        <location filename="../widgets/sample_answer.py" line="45" />
        <source>Đây là bài viết mẫu, không phải câu trả lời của AI trên máy này. So sánh để thấy câu lệnh tốt nên nhận được gì.</source>
        <translation>This is a sample written for this task, not the answer of the AI on this PC. Compare them to see what a good prompt should get.</translation>
    </message>
    <message>
        <location filename="../widgets/sample_answer.py" line="77" />
        <source>Bài mẫu (mở sau lần thử đầu)</source>
        <translation>Sample (opens after your first try)</translation>
    </message>
    <message>
        <location filename="../widgets/sample_answer.py" line="79" />
        <source>Ẩn bài mẫu</source>
        <translation>Hide the sample</translation>
    </message>
    <message>
        <location filename="../widgets/sample_answer.py" line="81" />
        <source>Xem bài mẫu của AI mạnh</source>
        <translation>See a strong AI's sample</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../screens/search.py" line="61" />
        <location filename="../screens/search.py" line="67" />
        <source>Tìm bài học</source>
        <translation>Search lessons</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="62" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="63" />
        <source>Quay lại trang chính</source>
        <translation>Back to the home page</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="64" />
        <source>Gõ điều bạn muốn học, có dấu hay không dấu đều được</source>
        <translation>Type what you want to learn; accents are optional</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="65" />
        <source>Điều bạn muốn tìm</source>
        <translation>What you are looking for</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="66" />
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="68" />
        <source>Các bài học tìm được</source>
        <translation>Lessons found</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="84" />
        <source>Không tìm thấy bài nào. Hãy thử từ khác, ví dụ: “lừa đảo”, “viết đơn”.</source>
        <translation>No lesson found. Try other words, for example “lừa đảo” (scam) or “viết đơn” (letter).</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="86" />
        <source>Tìm thấy %d bài. Bấm vào một bài để mở.</source>
        <translation>Found %d lessons. Tap one to open it.</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="88" />
        <source>Cấp %d · %s</source>
        <translation>Level %d · %s</translation>
    </message>
    <message>
        <location filename="../screens/search.py" line="106" />
        <source>Đang tìm…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../screens/settings.py" line="124" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="125" />
        <source>Cỡ chữ:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="126" />
        <source>Nhỏ</source>
        <translation>Small</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="126" />
        <location filename="../screens/settings.py" line="136" />
        <source>Vừa</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="126" />
        <source>Lớn</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="126" />
        <source>Rất lớn</source>
        <translation>Very large</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="126" />
        <source>Lớn nhất</source>
        <translation>Largest</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="129" />
        <source>Cỡ chữ %s</source>
        <translation>Text size %s</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="130" />
        <source>Tương phản cao (nền đen, chữ sáng)</source>
        <translation>High contrast (black background, bright text)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="131" />
        <source>Tương phản cao</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="132" />
        <source>&amp;Ngôn ngữ:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="133" />
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="134" />
        <source>Tốc độ &amp;đọc:</source>
        <translation>Reading &amp;speed:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="135" />
        <source>Tốc độ đọc to</source>
        <translation>Read-aloud speed</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="136" />
        <source>Chậm</source>
        <translation>Slow</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="136" />
        <source>Nhanh</source>
        <translation>Fast</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="138" />
        <source>&amp;Giọng đọc:</source>
        <translation>&amp;Voice:</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="139" />
        <source>Giọng đọc</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="140" />
        <source>Giọng miền Bắc</source>
        <translation>Northern voice</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="140" />
        <source>Giọng miền Trung</source>
        <translation>Central voice</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="141" />
        <source>Giọng miền Nam</source>
        <translation>Southern voice</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="143" />
        <location filename="../screens/settings.py" line="144" />
        <source>Đọc to tên nút khi chọn hoặc đưa chuột vào</source>
        <translation>Read a button's name aloud on focus or hover</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="145" />
        <source>&amp;Tự đăng xuất khi không dùng (cả máy):</source>
        <translation>&amp;Sign out when not in use (whole computer):</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="146" />
        <source>Cho phép thầy cô ghi âm giọng đọc bài (cả máy)</source>
        <translation>Let teachers record lesson narration (whole computer)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="147" />
        <source>Cho phép thầy cô ghi âm giọng đọc bài trên máy này</source>
        <translation>Let teachers record lesson narration on this computer</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="148" />
        <source>Tự đăng xuất khi không dùng</source>
        <translation>Sign out when not in use</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="152" />
        <source>Không bao giờ</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="152" />
        <location filename="../screens/settings.py" line="227" />
        <source>Sau %d phút</source>
        <translation>After %d minutes</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="156" />
        <source>Mô hình AI trên máy…</source>
        <translation>AI models on this computer…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="157" />
        <source>Xem, chép và chọn mô hình AI chạy trên máy này</source>
        <translation>View, copy and choose the AI models that run on this computer</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="158" />
        <source>Giọng đọc trên máy…</source>
        <translation>Voices on this PC…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="159" />
        <source>Xem, chép và chọn giọng đọc trên máy này</source>
        <translation>See, copy and choose the voices on this PC</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="160" />
        <source>Đồng bộ…</source>
        <translation>Sync…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="161" />
        <source>Đồng bộ với máy chủ, đăng ký máy, ghi ra USB</source>
        <translation>Sync with the server, enrol this PC, write to USB</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="162" />
        <source>Gói bài học</source>
        <translation>Lesson pack</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="165" />
        <source>Cài gói bài học mới từ USB…</source>
        <translation>Install a new lesson pack from USB…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="166" />
        <source>Cài gói bài học mới từ USB hoặc thư mục khác</source>
        <translation>Install a new lesson pack from a USB stick or another folder</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="167" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="168" />
        <source>Xong, quay lại</source>
        <translation>Done, go back</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="191" />
        <source>Chưa có gói bài học nào trên máy này.</source>
        <translation>No lesson pack is installed on this computer.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="194" />
        <source>nhóm phát triển (khoá thử nghiệm)</source>
        <translation>the development team (test key)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="195" />
        <source>%s, phiên bản %s: %d bài học.
Người ký: %s. Mã khoá: %s.</source>
        <translation>%s, version %s: %d lessons.
Signed by: %s. Key id: %s.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="210" />
        <source>Chọn gói bài học</source>
        <translation>Choose a lesson pack</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="210" />
        <source>Gói bài học (*.bdpack);;Mọi tệp (*)</source>
        <translation>Lesson packs (*.bdpack);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ShortAnswerWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="345" />
        <source>Gõ câu trả lời (có dấu hay không dấu đều được)</source>
        <translation>Type the answer (accents are optional)</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="346" />
        <source>Câu trả lời của bạn</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="355" />
        <source>Trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="356" />
        <source>Gửi câu trả lời</source>
        <translation>Send the answer</translation>
    </message>
</context>
<context>
    <name>SpeechController</name>
    <message>
        <location filename="../speech.py" line="283" />
        <source>Không đọc được đoạn này. Bạn hãy đọc trên màn hình nhé.</source>
        <translation>This part cannot be read aloud. Please read it on the screen.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../screens/start.py" line="156" />
        <source>Ai đang học hôm nay?</source>
        <translation>Who is learning today?</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="160" />
        <source>Thêm người học</source>
        <translation>Add a learner</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="162" />
        <source>Dành cho giáo viên</source>
        <translation>For teachers</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="163" />
        <source>Dành cho giáo viên: quản lý lớp học, cần mật khẩu</source>
        <translation>For teachers: manage classes, needs a password</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="165" />
        <source>Lấy lại dữ liệu cũ</source>
        <translation>Restore the old data</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="191" />
        <source>Đang mở dữ liệu…</source>
        <translation>Opening your data…</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="193" />
        <source>Bấm vào hình của bạn. Nếu chưa có, bấm “Thêm người học”.</source>
        <translation>Tap your picture. If you are not there yet, tap “Add a learner”.</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="158" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="159" />
        <source>Cài đặt của máy này</source>
        <translation>Settings of this computer</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="161" />
        <source>Thêm người học mới</source>
        <translation>Add a new learner</translation>
    </message>
</context>
<context>
    <name>StreamedAnswer</name>
    <message>
        <location filename="../widgets/streamed_answer.py" line="66" />
        <source>Đang mở mô hình AI…</source>
        <translation>Opening the AI model…</translation>
    </message>
    <message>
        <location filename="../widgets/streamed_answer.py" line="73" />
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../widgets/streamed_answer.py" line="101" />
        <source>AI đang trả lời…</source>
        <translation>The AI is answering…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../sync_controller.py" line="154" />
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="156" />
        <source>Sẽ thử lại lúc %s.</source>
        <translation>Will try again at %s.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="160" />
        <source>Chưa đồng bộ lần nào</source>
        <translation>Never synced yet</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="162" />
        <source>Còn %d bản ghi chưa gửi</source>
        <translation>%d records not sent yet</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="174" />
        <source>Đã đồng bộ lúc %s hôm nay</source>
        <translation>Synced at %s today</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="176" />
        <source>Đã đồng bộ lúc %s hôm qua</source>
        <translation>Synced at %s yesterday</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="177" />
        <source>Đã đồng bộ lúc %s ngày %s</source>
        <translation>Synced at %s on %s</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="295" />
        <source>Không đọc được USB. Hãy cắm lại USB rồi thử lại. Những gì đã chép vẫn còn trên máy.</source>
        <translation>Could not read the USB stick. Plug it in again and try again. What was already copied stays on this PC.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="300" />
        <source>Đã dừng chép từ USB. Lần sau máy sẽ chép tiếp từ chỗ đã dừng.</source>
        <translation>Copying from the USB stick stopped. Next time the PC goes on from where it stopped.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="308" />
        <source>Đã thêm vào máy: %s.</source>
        <translation>Added to this PC: %s.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="312" />
        <source>Đã có trên máy rồi nên không chép lại: %s.</source>
        <translation>Already on this PC, not copied again: %s.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="318" />
        <source>USB không có gì dành cho máy này.</source>
        <translation>The USB stick has nothing for this PC.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="339" />
        <source>Máy chủ không nhận máy này nữa (đã bị thu hồi). Hãy đăng ký lại trong Cài đặt › Đồng bộ.</source>
        <translation>The server no longer accepts this PC (it was revoked). Enrol it again in Settings › Sync.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="341" />
        <source>Máy chủ dùng phiên bản mới hơn. Hãy cập nhật ứng dụng trên máy này.</source>
        <translation>The server uses a newer version. Please update the app on this PC.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="343" />
        <source>Không kết nối được máy chủ.</source>
        <translation>Could not reach the server.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="347" />
        <source>Đồng bộ gặp lỗi. Dữ liệu vẫn lưu trên máy này.</source>
        <translation>Sync ran into an error. The data is still kept on this PC.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="396" />
        <source>Đã đăng ký máy này với máy chủ “%s”.</source>
        <translation>This PC is now enrolled with the server “%s”.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="410" />
        <source>Mã đăng ký không đúng. Hãy kiểm tra lại từng chữ và số.</source>
        <translation>The enrolment code is wrong. Please check each letter and digit.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="412" />
        <source>Máy này đã đăng ký ở một điểm học khác. Hãy nhờ cán bộ kỹ thuật.</source>
        <translation>This PC is enrolled at another learning site. Please ask a technician.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="414" />
        <source>Máy chủ đã thu hồi quyền của máy này. Hãy xin mã đăng ký mới.</source>
        <translation>The server has revoked this PC. Please ask for a new enrolment code.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="416" />
        <source>Địa chỉ này không phải máy chủ đồng bộ. Hãy kiểm tra lại địa chỉ.</source>
        <translation>This address is not a sync server. Please check the address.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="419" />
        <source>Không kết nối được máy chủ ở địa chỉ này. Hãy kiểm tra địa chỉ, dây mạng hoặc wifi.</source>
        <translation>Could not reach a server at this address. Please check the address, the network cable or the Wi-Fi.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="423" />
        <source>Không đăng ký được. Hãy thử lại.</source>
        <translation>Enrolment failed. Please try again.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="433" />
        <source>Máy này đã vào điểm học “%s”. Bây giờ bạn có thể ghi kết quả học ra USB.</source>
        <translation>This PC has joined the site “%s”. You can now write the results to USB.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="441" />
        <source>Không nhận được tệp đăng ký. Hãy thử lại.</source>
        <translation>The enrollment file could not be taken in. Please try again.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="467" />
        <source>Không có bản ghi mới nào cần ghi ra USB.</source>
        <translation>There are no new records to write to USB.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="471" />
        <source>Đã ghi %d bản ghi vào tệp %s</source>
        <translation>Wrote %d records to the file %s</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="479" />
        <source>Không ghi được vào USB (có thể đầy hoặc chỉ cho đọc). Dữ liệu vẫn còn nguyên trên máy này.</source>
        <translation>Could not write to the USB stick (it may be full or read-only). The data is still safe on this PC.</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="485" />
        <source>Không ghi được tệp. Dữ liệu vẫn còn nguyên trên máy này.</source>
        <translation>Could not write the file. The data is still safe on this PC.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsScreen</name>
    <message>
        <location filename="../screens/sync_settings.py" line="236" />
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="237" />
        <location filename="../screens/sync_settings.py" line="300" />
        <location filename="../screens/sync_settings.py" line="303" />
        <source>Đăng ký máy này với máy chủ</source>
        <translation>Enrol this PC with a server</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="239" />
        <source>Việc này áp dụng cho cả máy: kết quả học của mọi người trên máy này sẽ được gửi về máy chủ. Mã đăng ký do thầy cô hoặc cán bộ xã đưa.</source>
        <translation>This applies to the whole PC: everyone's learning results on this PC will be sent to the server. The teacher or the commune officer gives you the enrolment code.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="241" />
        <source>Địa chỉ &amp;máy chủ:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="242" />
        <source>Ví dụ: http://192.168.1.10:8765</source>
        <translation>For example: http://192.168.1.10:8765</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="243" />
        <source>Địa chỉ máy chủ</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="244" />
        <source>Tìm máy chủ trong lớp</source>
        <translation>Find the classroom server</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="245" />
        <source>Tìm máy chủ đồng bộ trong mạng của lớp</source>
        <translation>Look for a sync server on the classroom network</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="246" />
        <source>Các máy chủ tìm thấy</source>
        <translation>Servers found</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="247" />
        <source>Mã đăng &amp;ký:</source>
        <translation>Enrolment &amp;code:</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="248" />
        <source>Ví dụ: ABCD-EFGH-JKMN</source>
        <translation>For example: ABCD-EFGH-JKMN</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="249" />
        <source>Mã đăng ký</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="65" />
        <location filename="../screens/sync_settings.py" line="250" />
        <source>Đăng ký máy này</source>
        <translation>Enrol this PC</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="67" />
        <source>Đăng ký</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="68" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="251" />
        <source>Đăng ký máy này với máy chủ đồng bộ</source>
        <translation>Enrol this PC with the sync server</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="253" />
        <source>Máy này không có mạng? Nhờ cán bộ làm một tệp đăng ký ở máy chủ, chép vào USB, rồi cắm USB vào máy này và bấm nút dưới đây.</source>
        <translation>No network on this PC? Ask the officer to make an enrollment file at the server and copy it to a USB stick, then plug the stick into this PC and press the button below.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="255" />
        <source>Nhận tệp đăng ký từ USB…</source>
        <translation>Take in enrollment file from USB…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="256" />
        <source>Nhận tệp đăng ký từ USB, cho máy không có mạng</source>
        <translation>Take in an enrollment file from USB, for a PC with no network</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="257" />
        <source>Ghi ra USB</source>
        <translation>Write to USB</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="259" />
        <source>Khi không có mạng: ghi kết quả học chưa gửi ra USB, rồi mang USB đến máy chủ để nhập.</source>
        <translation>Without a network: write the unsent learning results to a USB stick, then take it to the server to import.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="260" />
        <source>Ghi ra USB…</source>
        <translation>Write to USB…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="261" />
        <source>Ghi kết quả học chưa gửi ra USB</source>
        <translation>Write the unsent learning results to USB</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="262" />
        <location filename="../screens/sync_settings.py" line="267" />
        <source>Nhận bài học, mô hình AI và giọng đọc từ USB</source>
        <translation>Take lessons, AI models and voices from a USB stick</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="264" />
        <source>Cán bộ chép những thứ máy chủ gửi cho điểm học này vào USB. Cắm USB vào máy này rồi bấm nút dưới đây. Máy kiểm tra từng tệp trước khi dùng.</source>
        <translation>A volunteer copies what the hub sends to this site onto a USB stick. Plug the stick into this PC and press the button below. The PC checks every file before using it.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="266" />
        <source>Nhận từ USB…</source>
        <translation>Take from USB…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="268" />
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="269" />
        <source>Dừng chép từ USB</source>
        <translation>Stop copying from the USB stick</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="270" />
        <source>Tiến độ chép tệp đang chép từ USB</source>
        <translation>Progress of the file being copied from the USB stick</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="271" />
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="272" />
        <source>Xong, quay lại cài đặt</source>
        <translation>Done, back to settings</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="294" />
        <source>Máy này đã đăng ký với máy chủ %s (điểm học: %s).</source>
        <translation>This PC is enrolled with the server %s (learning site: %s).</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="295" />
        <source>không tên</source>
        <translation>no name</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="296" />
        <source>Đổi sang máy chủ khác</source>
        <translation>Switch to another server</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="298" />
        <source>Máy này đã vào điểm học %s bằng tệp đăng ký, không cần mạng. Hãy ghi kết quả học ra USB và mang đến máy chủ.</source>
        <translation>This PC joined the site %s with an enrollment file, without a network. Write the results to USB and take them to the server.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="302" />
        <source>Máy này chưa đăng ký với máy chủ đồng bộ. Kết quả học chỉ lưu trên máy này.</source>
        <translation>This PC is not enrolled with a sync server. Learning results are kept on this PC only.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="309" />
        <source>Chưa ghi ra USB được: máy này cần vào một điểm học trước, để máy chủ nhận ra kết quả học của máy này. Đăng ký bằng mã (khi có mạng) hoặc nhận tệp đăng ký từ USB (ở phần trên).</source>
        <translation>Cannot write to USB yet: this PC must join a site first, so the server knows its results. Enroll with a code (with a network) or take in an enrollment file from USB (above).</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="315" />
        <source>Chưa nhận từ USB được: máy này cần vào một điểm học trước (ở phần trên), để biết USB có đúng là của máy chủ mình không.</source>
        <translation>Cannot take from USB yet: this PC must join a site first (above), so it can tell whether the stick comes from its own hub.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="320" />
        <source>Không cần tệp đăng ký: máy này đã đăng ký với máy chủ qua mạng.</source>
        <translation>No enrollment file needed: this PC is already enrolled with the server over the network.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="327" />
        <source>Đang tìm máy chủ trong mạng của lớp…</source>
        <translation>Looking for servers on the classroom network…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="329" />
        <source>Máy này không tự tìm được máy chủ. Hãy gõ địa chỉ.</source>
        <translation>This PC cannot look for servers by itself. Please type the address.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="340" />
        <source>(cần cập nhật ứng dụng trên máy này)</source>
        <translation>(update the app on this PC first)</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="347" />
        <source>Tìm thấy %d máy chủ. Bấm vào một máy chủ để chọn.</source>
        <translation>Found %d servers. Click one to choose it.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="351" />
        <source>Không tìm thấy máy chủ nào trong mạng của lớp. Hãy hỏi thầy cô địa chỉ máy chủ rồi gõ vào.</source>
        <translation>No server found on the classroom network. Ask the teacher for the server address and type it in.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="361" />
        <source>Địa chỉ máy chủ chưa đúng. Ví dụ: http://192.168.1.10:8765</source>
        <translation>The server address is not right. For example: http://192.168.1.10:8765</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="367" />
        <source>Mã đăng ký chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang, ví dụ ABCD-EFGH-JKMN.</source>
        <translation>An enrolment code has only plain letters, digits and dashes, for example ABCD-EFGH-JKMN.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="372" />
        <source>Máy này đang gửi kết quả về %s. Đổi sang máy chủ %s cho cả máy?</source>
        <translation>This PC sends its results to %s. Switch the whole PC to the server %s?</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="375" />
        <source>Đăng ký cả máy này với máy chủ %s? Kết quả học của mọi người trên máy sẽ được gửi về đó.</source>
        <translation>Enrol this whole PC with the server %s? Everyone's learning results on this PC will be sent there.</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="382" />
        <source>Đang đăng ký…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="397" />
        <source>Đang đọc tệp đăng ký…</source>
        <translation>Reading the enrollment file…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="410" />
        <source>Đang ghi ra USB…</source>
        <translation>Writing to the USB stick…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="430" />
        <source>Đang kiểm tra USB…</source>
        <translation>Checking the USB stick…</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="473" />
        <source>Chọn tệp đăng ký trên USB</source>
        <translation>Choose the enrollment file on the USB stick</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="474" />
        <source>Tệp đăng ký (*%s)</source>
        <translation>Enrollment file (*%s)</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="480" />
        <source>Chọn USB hoặc thư mục để ghi</source>
        <translation>Choose the USB stick or a folder to write to</translation>
    </message>
    <message>
        <location filename="../screens/sync_settings.py" line="486" />
        <source>Chọn USB có bài học từ máy chủ</source>
        <translation>Choose the USB stick with lessons from the hub</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../sync_controller.py" line="511" />
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../sync_controller.py" line="512" />
        <source>Đồng bộ ngay với máy chủ</source>
        <translation>Sync with the server now</translation>
    </message>
</context>
<context>
    <name>TeacherAreaController</name>
    <message>
        <location filename="../screens/teacher/controller.py" line="197" />
        <source>Đã lưu: %s</source>
        <translation>Saved: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="213" />
        <source>Không lưu được tệp (ổ đĩa đầy, USB đã rút ra hoặc không được phép ghi).</source>
        <translation>Could not save the file (disk full, USB stick removed or no permission to write).</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="297" />
        <source>Khu vực giáo viên đã tự khoá vì lâu không dùng. Muốn vào lại, hãy đăng nhập.</source>
        <translation>The teacher area locked itself after a quiet spell. Log in to go back in.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="298" />
        <source>Đã đăng xuất khỏi khu vực giáo viên.</source>
        <translation>Logged out of the teacher area.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="336" />
        <source>Đã tạo lớp “%s”.</source>
        <translation>Class “%s” created.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="345" />
        <source>Đổi tên lớp</source>
        <translation>Rename class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="345" />
        <source>Tên mới của lớp:</source>
        <translation>New name of the class:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="363" />
        <source>Lưu trữ lớp</source>
        <translation>Archive class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="364" />
        <source>Lưu trữ lớp “%s”? Lớp sẽ ẩn khỏi danh sách và người học không còn thấy bài được giao của lớp này. Số liệu vẫn được giữ, có thể bỏ lưu trữ bất cứ lúc nào.</source>
        <translation>Archive class “%s”? It will be hidden from the list and its learners will no longer see its assignments. The figures are kept; you can unarchive it at any time.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="366" />
        <source>Lưu trữ</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="366" />
        <location filename="../screens/teacher/controller.py" line="371" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="369" />
        <source>Bỏ lưu trữ lớp</source>
        <translation>Unarchive class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="370" />
        <source>Đưa lớp “%s” trở lại danh sách lớp đang học?</source>
        <translation>Bring class “%s” back to the list of active classes?</translation>
    </message>
    <message>
        <location filename="../screens/teacher/controller.py" line="371" />
        <source>Bỏ lưu trữ</source>
        <translation>Unarchive</translation>
    </message>
</context>
<context>
    <name>TeacherFormat</name>
    <message>
        <location filename="../screens/teacher/format.py" line="18" />
        <source>%d giờ %d phút</source>
        <translation>%d h %d min</translation>
    </message>
    <message>
        <location filename="../screens/teacher/format.py" line="20" />
        <source>%d giờ</source>
        <translation>%d h</translation>
    </message>
    <message>
        <location filename="../screens/teacher/format.py" line="22" />
        <source>%d phút</source>
        <translation>%d min</translation>
    </message>
    <message>
        <location filename="../screens/teacher/format.py" line="23" />
        <source>dưới 1 phút</source>
        <translation>under 1 min</translation>
    </message>
    <message>
        <location filename="../screens/teacher/format.py" line="41" />
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>TeacherHomeScreen</name>
    <message>
        <location filename="../screens/teacher/classes.py" line="77" />
        <source>Các lớp học</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="78" />
        <source>Tên lớp mới:</source>
        <translation>New class name:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="79" />
        <source>Ví dụ: Lớp thôn Bản Lìm, tối thứ Ba</source>
        <translation>For example: Bản Lìm village, Tuesday evening</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="80" />
        <source>Tên lớp mới</source>
        <translation>New class name</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="81" />
        <source>Tạo lớp</source>
        <translation>Create class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="82" />
        <source>Lớp của bạn:</source>
        <translation>Your classes:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="83" />
        <source>Danh sách lớp học</source>
        <translation>List of classes</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="84" />
        <source>Chưa có lớp nào. Hãy gõ tên lớp rồi bấm “Tạo lớp”.</source>
        <translation>No classes yet. Type a class name, then press “Create class”.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="85" />
        <source>Hiện cả các lớp đã lưu trữ</source>
        <translation>Also show archived classes</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="86" />
        <source>Mở lớp</source>
        <translation>Open class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="86" />
        <source>Mở lớp đã chọn</source>
        <translation>Open the selected class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="87" />
        <source>Đổi tên</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="87" />
        <source>Đổi tên lớp đã chọn</source>
        <translation>Rename the selected class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="88" />
        <source>Máy tình nguyện viên</source>
        <translation>Volunteer laptop</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="89" />
        <source>Máy tình nguyện viên: nhận và ghi dữ liệu học qua USB</source>
        <translation>Volunteer laptop: receive and write learning data by USB</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="97" />
        <source>%s — %d người học</source>
        <translation>%s — %d learners</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="99" />
        <source> (đã lưu trữ)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="131" />
        <source>Bỏ lưu trữ</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="131" />
        <source>Bỏ lưu trữ lớp đã chọn</source>
        <translation>Unarchive the selected class</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="133" />
        <source>Lưu trữ</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="133" />
        <source>Lưu trữ lớp đã chọn (ẩn đi, không xoá)</source>
        <translation>Archive the selected class (hidden, not deleted)</translation>
    </message>
    <message>
        <location filename="../screens/teacher/classes.py" line="138" />
        <source>Hãy gõ tên lớp trước.</source>
        <translation>Type the class name first.</translation>
    </message>
</context>
<context>
    <name>TeacherLoginScreen</name>
    <message>
        <location filename="../screens/teacher/login.py" line="69" />
        <source>Tạo tài khoản giáo viên</source>
        <translation>Create a teacher account</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="69" />
        <source>Đăng nhập giáo viên</source>
        <translation>Teacher login</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="71" />
        <source>Máy này chưa có tài khoản giáo viên. Hãy tạo tài khoản đầu tiên. Người học sẽ không vào được khu vực này nếu không biết mật khẩu.</source>
        <translation>This PC has no teacher account yet. Create the first one. Learners cannot enter this area without the password.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="74" />
        <source>Máy này nhận tài khoản giáo viên từ máy chủ của xã, nhưng chưa có tài khoản nào. Hãy nhờ cán bộ tạo tài khoản trên máy chủ. Sau đó bấm “Đồng bộ ngay” ở màn hình chọn người học.</source>
        <translation>This PC receives teacher accounts from the commune's hub, but none has arrived yet. Ask the officer to create an account on the hub. Then press “Sync now” on the learner picker.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="78" />
        <source>Khu vực này chỉ dành cho giáo viên. Hãy nhập tên đăng nhập và mật khẩu.</source>
        <translation>This area is for teachers only. Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="80" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="80" />
        <source>Quay lại màn hình chọn người học</source>
        <translation>Back to the learner picker</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="81" />
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="82" />
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="83" />
        <source>Tên hiển thị (ví dụ: Cô Lan):</source>
        <translation>Display name (for example: Ms Lan):</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="84" />
        <source>Tên hiển thị</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="85" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="86" />
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="87" />
        <source>Nhập lại mật khẩu:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="88" />
        <source>Nhập lại mật khẩu</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="89" />
        <source>Tạo tài khoản</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="89" />
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="127" />
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="131" />
        <source>Hãy nhập mật khẩu.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="137" />
        <source>Hãy nhập tên hiển thị, ví dụ: Cô Lan.</source>
        <translation>Enter a display name, for example: Ms Lan.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/login.py" line="141" />
        <source>Hai lần nhập mật khẩu không giống nhau. Hãy nhập lại.</source>
        <translation>The two passwords are not the same. Type them again.</translation>
    </message>
</context>
<context>
    <name>TeacherScreen</name>
    <message>
        <location filename="../screens/teacher/frame.py" line="32" />
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../screens/teacher/frame.py" line="33" />
        <source>Đăng xuất khỏi khu vực giáo viên, trở về màn hình chọn người học</source>
        <translation>Log out of the teacher area and go back to the learner picker</translation>
    </message>
    <message>
        <location filename="../screens/teacher/frame.py" line="41" />
        <source>Giáo viên: %s</source>
        <translation>Teacher: %s</translation>
    </message>
</context>
<context>
    <name>TilesRow</name>
    <message>
        <location filename="../widgets/tiles_row.py" line="25" />
        <source>Không muốn gõ? Bấm một từ dưới đây:</source>
        <translation>Prefer not to type? Tap a word below:</translation>
    </message>
    <message>
        <location filename="../widgets/tiles_row.py" line="34" />
        <source>Điền từ: %s</source>
        <translation>Fill in the word: %s</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <location filename="../widgets/questions.py" line="180" />
        <source>Đúng</source>
        <translation>True</translation>
    </message>
    <message>
        <location filename="../widgets/questions.py" line="181" />
        <source>Sai</source>
        <translation>False</translation>
    </message>
</context>
<context>
    <name>VoicesScreen</name>
    <message>
        <location filename="../screens/voices.py" line="104" />
        <source>Giọng đọc trên máy</source>
        <translation>Voices on this PC</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="105" />
        <source>← Quay lại</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="105" />
        <source>Quay lại phần cài đặt</source>
        <translation>Back to the settings</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="107" />
        <source>Máy luôn có sẵn một giọng đọc. Bạn có thể chép thêm giọng đọc mới, nghe tự nhiên hơn, từ USB hoặc thư mục: chọn tệp .onnx (kèm tệp .onnx.json cùng tên).</source>
        <translation>This PC always has a built-in voice. You can copy in new voices that sound more natural from a USB stick or folder: choose the .onnx file (with the .onnx.json file of the same name).</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="109" />
        <source>Dùng giọng này</source>
        <translation>Use this voice</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="110" />
        <source>Chép giọng mới từ USB hoặc thư mục…</source>
        <translation>Copy a new voice from a USB stick or folder…</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="111" />
        <source>Dừng chép</source>
        <translation>Stop copying</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="112" />
        <source>Các giọng đọc trên máy</source>
        <translation>The voices on this PC</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="125" />
        <source> (đang dùng)</source>
        <translation> (in use)</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="126" />
        <source>Giọng có sẵn (espeak-ng)</source>
        <translation>Built-in voice (espeak-ng)</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="155" />
        <source>Giọng có sẵn chạy trên mọi máy, không cần thêm bộ nhớ. Chọn giọng Bắc, Trung hay Nam trong phần cài đặt.</source>
        <translation>The built-in voice runs on every PC and needs no extra memory. Choose the northern, central or southern voice in the settings.</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="161" />
        <source>Mã kiểm tra SHA-256: %s…</source>
        <translation>SHA-256 checksum: %s…</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="177" />
        <source>Chọn tệp giọng đọc</source>
        <translation>Choose a voice file</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="177" />
        <source>Giọng đọc Piper (*.onnx)</source>
        <translation>Piper voices (*.onnx)</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="199" />
        <source>Đã dừng chép. Máy không giữ lại phần đã chép dở.</source>
        <translation>Copying stopped. Nothing half-copied was kept.</translation>
    </message>
    <message>
        <location filename="../screens/voices.py" line="204" />
        <source>Chưa chép được giọng đọc. Hãy thử lại.</source>
        <translation>The voice could not be copied. Please try again.</translation>
    </message>
</context>
<context>
    <name>VolunteerActions</name>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="46" />
        <source>Chọn thư mục trên USB có tệp đồng bộ</source>
        <translation>Choose the folder on the USB stick with the sync files</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="51" />
        <source>Đã nhận %d tệp mới từ USB.</source>
        <translation>Received %d new files from the USB stick.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="52" />
        <source>Không có tệp mới nào trên USB này.</source>
        <translation>No new files on this USB stick.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="54" />
        <source>%d tệp đã có sẵn trên máy này.</source>
        <translation>%d files were already on this laptop.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="56" />
        <source>%d tệp cũ được thay bằng tệp mới hơn của cùng máy.</source>
        <translation>%d older files replaced by a newer file from the same PC.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="58" />
        <source>Không nhận các tệp sau:</source>
        <translation>These files were not taken:</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="64" />
        <source>Đang nhận và kiểm tra tệp…</source>
        <translation>Receiving and checking files…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="72" />
        <source>Chọn thư mục trên USB để ghi</source>
        <translation>Choose the folder on the USB stick to write to</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="77" />
        <source>Đã ghi %d tệp vào %s. Hãy nhập các tệp này vào trạm của xã.</source>
        <translation>Wrote %d files to %s. Import them at the commune's sync station.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="82" />
        <source>Đang ghi ra USB…</source>
        <translation>Writing to the USB stick…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="99" />
        <source>Đã đăng ký ở “%s”: máy này biết %d máy tính của điểm học đó.</source>
        <translation>Enrolled at “%s”: this laptop knows %d PCs of that site.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="104" />
        <source>Đang đăng ký với máy chủ…</source>
        <translation>Enrolling with the hub…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="112" />
        <source>Đã cập nhật danh sách máy của: %s</source>
        <translation>PC lists updated for: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="118" />
        <source>Đang lấy danh sách máy từ máy chủ…</source>
        <translation>Fetching the PC lists from the hub…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="129" />
        <source>Đã gửi %d tệp lên máy chủ (%d bản ghi mới).</source>
        <translation>Sent %d files to the hub (%d new records).</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="130" />
        <source>Không gửi được tệp nào lên máy chủ.</source>
        <translation>No file could be sent to the hub.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="136" />
        <source>Đang gửi các tệp lên máy chủ…</source>
        <translation>Sending the files to the hub…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="164" />
        <source>Mã đăng ký không đúng. Hãy kiểm tra lại từng chữ và số.</source>
        <translation>The enrollment code is wrong. Check each letter and digit.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer_actions.py" line="166" />
        <source>Không kết nối được máy chủ. Hãy kiểm tra địa chỉ, dây mạng hoặc wifi.</source>
        <translation>Cannot reach the hub. Check the address, the network cable or the Wi-Fi.</translation>
    </message>
</context>
<context>
    <name>VolunteerScreen</name>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="84" />
        <source>Máy tình nguyện viên</source>
        <translation>Volunteer laptop</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="85" />
        <source>Danh sách lớp</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="85" />
        <source>Quay lại danh sách lớp</source>
        <translation>Back to the list of classes</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="87" />
        <source>Ở mỗi điểm học: cắm USB có tệp đồng bộ của các máy rồi bấm “Nhận từ USB”. Khi về trạm của xã: bấm “Gửi lên máy chủ” nếu có mạng, hoặc “Ghi ra USB” rồi nhập các tệp đó vào trạm.</source>
        <translation>At each site: plug in the USB stick with the PCs' sync files and press “Collect from USB”. Back at the commune: press “Send to the hub” if there is a network, or “Write to USB” and import those files at the hub.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="89" />
        <source>Các tệp dữ liệu máy này đang mang</source>
        <translation>Data files this laptop carries</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="91" />
        <source>Máy</source>
        <translation>PC</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="91" />
        <source>Điểm học</source>
        <translation>Learning site</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="91" />
        <source>Số bản ghi</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="91" />
        <source>Người học</source>
        <translation>Learner</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="92" />
        <source>Ghi lúc</source>
        <translation>Written at</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="92" />
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="92" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="94" />
        <source>Nhận từ USB…</source>
        <translation>Receive from USB…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="94" />
        <source>Nhận tệp đồng bộ từ một thư mục trên USB</source>
        <translation>Receive sync files from a folder on a USB stick</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="95" />
        <source>Ghi ra USB…</source>
        <translation>Write to USB…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="95" />
        <source>Ghi mọi tệp đang mang ra một thư mục trên USB</source>
        <translation>Write every carried file to a folder on a USB stick</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="96" />
        <source>Gửi lên máy chủ</source>
        <translation>Send to the hub</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="97" />
        <source>Gửi các tệp chưa giao lên máy chủ của từng điểm học, khi có mạng</source>
        <translation>Send the files not yet delivered to each site's hub, when there is a network</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="98" />
        <source>Thêm điểm học…</source>
        <translation>Add a site…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="99" />
        <source>Đăng ký máy này ở một điểm học bằng mã của điểm học đó</source>
        <translation>Enroll this laptop at a site with that site's code</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="100" />
        <source>Cập nhật danh sách máy</source>
        <translation>Update the PC list</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="101" />
        <source>Lấy lại danh sách máy tính của các điểm học từ máy chủ</source>
        <translation>Fetch the sites' PC lists from the hub again</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="119" />
        <source>“Cập nhật danh sách máy” cần một điểm học trước: bấm “Thêm điểm học…”.</source>
        <translation>“Update the PC list” needs a site first: press “Add a site…”.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="120" />
        <source>“Ghi ra USB…” chưa có gì để ghi: hãy “Nhận từ USB…” ở một điểm học trước.</source>
        <translation>“Write to USB…” has nothing to write yet: “Receive from USB…” at a site first.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="121" />
        <source>“Gửi lên máy chủ”: mọi tệp đã được giao.</source>
        <translation>“Send to the hub”: every file has been delivered.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="122" />
        <source>“Gửi lên máy chủ” chưa có gì để gửi: hãy “Nhận từ USB…” ở một điểm học trước.</source>
        <translation>“Send to the hub” has nothing to send yet: “Receive from USB…” at a site first.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="124" />
        <source>Đang làm việc, chờ một chút…</source>
        <translation>Working, please wait a moment…</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="138" />
        <source>Máy này được đăng ký ở: %s</source>
        <translation>This laptop is enrolled at: %s</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="139" />
        <source>Máy này chưa được đăng ký ở điểm học nào.</source>
        <translation>This laptop is not enrolled at any learning site yet.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="143" />
        <source>✓ Đã giao</source>
        <translation>✓ Delivered</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="143" />
        <source>Chưa giao</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="152" />
        <source>Đang mang %d tệp, %d bản ghi. Chưa giao: %d tệp.</source>
        <translation>Carrying %d files, %d records. Not delivered: %d files.</translation>
    </message>
    <message>
        <location filename="../screens/teacher/volunteer.py" line="155" />
        <source>Máy này chưa mang tệp nào.</source>
        <translation>This laptop carries no files yet.</translation>
    </message>
</context>
</TS>