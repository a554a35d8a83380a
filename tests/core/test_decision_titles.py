"""The trích yếu a decision is offered says what it confers, as offices word it."""

from kienan_awards.core.awards.decision_titles import decision_title


def test_forms_of_commendation_are_given_each_once_in_the_order_proposed():
    forms = [("Giấy khen", "commendation"), ("Bằng khen", "commendation"), ("Giấy khen", "c")]
    assert decision_title(forms, 2026) == "Về việc tặng Giấy khen, Bằng khen năm 2026"


def test_emulation_titles_are_recognised_not_given():
    forms = [("Lao động tiên tiến", "title"), ("Chiến sĩ thi đua cơ sở", "title")]
    assert decision_title(forms, 2025) == "Về việc công nhận danh hiệu thi đua năm 2025"


def test_titles_and_a_commendation_together_say_both():
    forms = [("Lao động tiên tiến", "title"), ("Giấy khen", "commendation")]
    assert decision_title(forms, 2025) == (
        "Về việc công nhận danh hiệu thi đua và tặng Giấy khen năm 2025"
    )


def test_no_line_yet_offers_the_certificate_of_merit():
    assert decision_title([], 2026) == "Về việc tặng Giấy khen năm 2026"
