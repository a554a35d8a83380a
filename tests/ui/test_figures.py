"""Figures in the window follow its language; years and register numbers are never grouped."""

from decimal import Decimal

from kienan_awards.core.records.record_lists import ListColumn, RecordList
from kienan_awards.ui.figures import figure, percent
from kienan_awards.ui.models.record_table_model import RecordTableModel

COUNTS = RecordList(
    name="counts",
    id_sql="1",
    from_sql="(SELECT 1)",
    columns=(
        ListColumn("awards", "Awards", "1234", numeric=True, shown_as="quantity"),
        ListColumn("year", "Year", "2024", numeric=True),
    ),
    default_order="1",
)


def test_the_vietnamese_window_writes_1_234_567_comma_5(interface_language):
    interface_language("vi")
    assert figure(1234567.5) == "1.234.567,5"
    assert figure(Decimal("754505")) == "754.505"
    assert percent(Decimal("101.25")) == "101,25%"


def test_the_english_window_writes_1_234_567_point_5(interface_language):
    interface_language("en")
    assert figure(1234567.5) == "1,234,567.5"
    assert percent("6.6") == "6.6%"
    assert figure(None) == ""


def test_list_cells_group_counts_but_not_years(db, interface_language):
    model = RecordTableModel(db, COUNTS)
    interface_language("vi")
    assert [model.index(0, c).data() for c in range(2)] == ["1.234", 2024]
    interface_language("en")
    assert model.index(0, 0).data() == "1,234"


def test_leaving_a_language_leaves_its_figures_too(qapp, interface_language):
    from kienan_awards.ui.translations import remove_translations

    interface_language("vi")
    remove_translations(qapp)
    assert figure(1234.5) == "1,234.5"


def test_the_award_catalogue_names_recipient_kinds_and_writes_coefficients_in_vietnamese(
    db, interface_language
):
    from kienan_awards.core.records.record_lists import AWARD_FORMS

    interface_language("vi")
    model = RecordTableModel(db, AWARD_FORMS)
    kinds, coefficients = (
        AWARD_FORMS.columns.index(AWARD_FORMS.column(k))
        for k in ("recipient_kinds", "coefficients")
    )
    assert model.index(0, kinds).data() == "cá nhân, tập thể, hộ gia đình"
    assert "tập thể 0,6" in model.index(0, coefficients).data()
    interface_language("en")
    assert model.index(0, kinds).data() == "individual, collective, household"
    assert "collective 0.6" in model.index(0, coefficients).data()


def test_a_coefficient_that_is_not_a_figure_is_shown_as_stored_not_an_error(interface_language):
    from kienan_awards.ui.models.record_table_model import cell_text

    interface_language("vi")
    assert cell_text("kind_figures", "collective 0.6, household abc, individual") == (
        "tập thể 0,6; household abc; cá nhân"
    )
    assert cell_text("translated", 7) == "7"


def test_people_show_their_gender_in_the_windows_language(db, interface_language):
    from kienan_awards.core import demo
    from kienan_awards.core.records.record_lists import PEOPLE

    demo.load_demo(db)
    model = RecordTableModel(db, PEOPLE)
    gender = PEOPLE.columns.index(PEOPLE.column("gender"))
    interface_language("vi")
    assert {model.index(r, gender).data() for r in range(20)} <= {"Nam", "Nữ"}
    interface_language("en")
    assert {model.index(r, gender).data() for r in range(20)} <= {"Male", "Female"}


def test_the_english_windows_charts_write_english_figures_and_words(interface_language):
    from kienan_awards.ui.chart_widget import window_words

    interface_language("en")
    assert window_words("7,1") == "7.1" and window_words("754.505") == "754,505"
    assert window_words("Kế hoạch / Plan") == "Plan"
    assert window_words("Thực hiện / Actual") == "Actual"
    assert window_words("KH 743.355") == "Plan 743,355"
    assert window_words("Thu ngân sách — Toàn địa bàn") == "Thu ngân sách — Whole area"
    assert [window_words(t) for t in ("31/03", "2025", "—", "triệu đồng")] == [
        "31/03",
        "2025",
        "—",
        "triệu đồng",
    ]


def test_the_vietnamese_windows_charts_drop_the_english_of_the_legend(interface_language):
    from kienan_awards.ui.chart_widget import window_words

    interface_language("vi")
    assert window_words("Kế hoạch / Plan") == "Kế hoạch"
    assert window_words("Thực hiện / Actual") == "Thực hiện"
    assert window_words("7,1") == "7,1" and window_words("Toàn địa bàn") == "Toàn địa bàn"


def test_the_overviews_charts_speak_the_window_and_saved_charts_stay_vietnamese(
    qtbot, db, interface_language, monkeypatch, tmp_path
):
    from kienan_awards.core import demo
    from kienan_awards.ui import chart_widget
    from kienan_awards.ui.pages.overview_page import OverviewPage

    demo.load_demo(db)
    interface_language("en")
    painted = []
    words = chart_widget.window_words
    monkeypatch.setattr(chart_widget, "window_words", lambda t: painted.append(t) or words(t))
    page = OverviewPage(db)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.matrix.setCurrentCell(0, 0)
    page.bar_chart.grab()
    assert "Kế hoạch / Plan" in painted and "Toàn địa bàn" in painted
    painted.clear()
    page.choose_export_path = lambda suffix: str(tmp_path / f"charts.{suffix}")
    assert page.export_charts("png") and painted == []  # the saved file: as documents write
