"""A base model's answer is held to the bullet count and word limit its prompt asks for."""

from tutor.local_llm.checks import bullet_lines, count_words
from tutor.local_llm.shaping import DEFAULT_LIST, Shape, ShapeGuard, prefill, read_shape


def test_the_shape_is_read_from_the_prompt_with_or_without_accents():
    assert read_shape("Trình bày thành 4 đến 6 gạch đầu dòng, tổng cộng dưới 150 chữ.") == \
        Shape((4, 6), False, 150)
    assert read_shape("trinh bay thanh 4 den 6 gach dau dong, duoi 150 chu") == Shape((4, 6), False, 150)
    assert read_shape("Hãy tóm tắt thành 4 ý gạch đầu dòng, không quá 80 từ.") == Shape((4, 4), False, 80)
    assert read_shape("Viết năm gạch đầu dòng.") == Shape((5, 5), False, None)
    assert read_shape("Viết thành danh sách đánh số, dưới 200 chữ.") == Shape(DEFAULT_LIST, True, 200)
    assert read_shape("Viết tin nhắn dưới 60 từ, giọng lễ phép.") == Shape(None, False, 60)


def test_a_prompt_without_count_or_limit_is_left_alone():
    assert not read_shape("Hãy viết một bài đăng bán gạo nếp, giọng gần gũi.").constrained
    assert not read_shape("Lập bảng 5 cột: Ngày, Hộ, Loại chè, Số kg, Ghi chú.").constrained
    # "each description is one bullet" is not a count of one
    assert read_shape("Viết 3 lời mô tả. Mỗi lời mô tả là một gạch đầu dòng.").items == DEFAULT_LIST


def feed(guard: ShapeGuard, pieces: list[str]) -> str:
    for piece in pieces:
        _kept, done = guard.accept(piece)
        if done:
            break
    return guard.text


def test_a_list_ends_after_its_largest_count():
    shape = read_shape("Viết 2 đến 3 gạch đầu dòng.")
    guard = ShapeGuard(shape, prefill(shape))
    text = feed(guard, [" Một", "\n", "- Hai", "\n", "- Ba", "\n", "- Bốn", "\n", "- Năm"])
    assert len(bullet_lines(text)) == 3 and guard.done


def test_a_list_long_enough_ends_where_other_text_begins():
    shape = read_shape("Viết 2 đến 5 gạch đầu dòng.")
    guard = ShapeGuard(shape, prefill(shape))
    text = feed(guard, [" Một", "\n- Hai", "\n", "Bạn là trợ lý", " AI nói tiếp"])
    assert text == "- Một\n- Hai\n" and guard.done


def test_a_word_limit_ends_at_a_sentence_end_and_never_past_the_limit():
    guard = ShapeGuard(read_shape("Viết dưới 20 chữ."))
    words = "Một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm.".split(" ")
    text = feed(guard, [" " + w for w in words] + [" Thêm", " nữa", " nữa."])
    assert text.strip().endswith("năm.") and count_words(text) <= 20
    endless = ShapeGuard(read_shape("Viết dưới 20 chữ."))
    text = feed(endless, [" chữ"] * 100)
    assert count_words(text) <= 20 and endless.done


def test_only_the_request_counts_not_the_material_after_it():
    # Lesson passages (Hỏi gia sư) or notes to summarise talk about bullets too.
    ask = ("Các đoạn bài học:\n\nMột câu lệnh tốt: viết 4 gạch đầu dòng, dưới 80 chữ.\n\n"
           "Câu hỏi: câu lệnh tốt có mấy phần?")
    assert not read_shape(ask).constrained
    practice = "Hãy tóm tắt thành 3 gạch đầu dòng.\n\nGhi chép: họp lúc 7 giờ, viết dưới 500 chữ."
    assert read_shape(practice) == Shape((3, 3), False, None)


def test_a_list_too_short_asks_for_its_next_item_instead_of_other_text():
    shape = read_shape("Viết 3 đến 4 gạch đầu dòng.")
    guard = ShapeGuard(shape, prefill(shape))
    kept, stop = guard.accept(" Một\nBạn là trợ lý")
    assert kept == " Một\n" and stop and not guard.done and guard.too_short()
    assert guard.next_item() == "-"
    guard.accept(" Hai")
    assert guard.next_item() == "\n-"            # the model ended mid-line: a new line first
    numbered = ShapeGuard(read_shape("Viết thành danh sách đánh số, 3 đến 5 bước."), "1.")
    numbered.accept(" Mở máy\n")
    assert numbered.next_item() == "2."
