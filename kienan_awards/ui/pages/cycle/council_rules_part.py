"""The office's rules for the council's votes, as its regulation sets them: what a share is
counted against, the quorum, and a threshold per title, each with the regulation's name and
article. Nothing has a default: a title without a threshold says so, and its tally gives
shares and no verdict."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.awards.council_votes import (
    OF_IN_OFFICE,
    OF_PRESENT,
    Threshold,
    share_from_text,
    threshold_text,
)
from kienan_awards.core.cycle import council
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import N_, _, shown
from kienan_awards.core.messages import Message
from kienan_awards.ui.dialogs.dialog_parts import failure_label
from kienan_awards.ui.pages.cycle.plain_tables import fit_columns

SHARE_OF_WORDS = {
    OF_PRESENT: N_("the members present"),
    OF_IN_OFFICE: N_("every member in office"),
}
# The thresholds table's columns.
TITLE, SHARE, MORE_THAN, REGULATION, ARTICLE, STATE = range(6)


class CouncilRulesPart(QWidget):
    changed = Signal(object)  # the ChangeSet of the rules saved

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.codes: list[str] = []
        self.share_of_combo = QComboBox()
        self.share_of_combo.addItem(_("(not set)"), None)
        for key, words in SHARE_OF_WORDS.items():
            self.share_of_combo.addItem(_(words), key)
        self.quorum_edit = QLineEdit()
        self.quorum_edit.setPlaceholderText(_("e.g. 2/3 or 50%; empty: no quorum set"))
        self.regulation_edit = QLineEdit()
        self.regulation_edit.setPlaceholderText(
            _("e.g. Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng phường …")
        )
        self.article_edit = QLineEdit()
        self.article_edit.setPlaceholderText(_("e.g. khoản 2 Điều 8"))
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("council_thresholds")
        self.table.setHorizontalHeaderLabels(
            [_("Title"), _("Threshold"), _("More than"), _("Regulation"), _("Article"), _("Now")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(_("Save the rules"))
        self.save_button.setObjectName("save_council_rules")
        self.save_button.clicked.connect(self.save)
        self.problem = failure_label("council_rules_problem")

        form = QFormLayout()
        form.addRow(_("A share is counted against"), self.share_of_combo)
        form.addRow(_("Quorum (members present of those in office)"), self.quorum_edit)
        form.addRow(_("Regulation of the quorum"), self.regulation_edit)
        form.addRow(_("Article"), self.article_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        note = QLabel(
            _(
                "Each title's threshold: the share of agreeing ballots a candidate needs, as "
                "the regulation sets it (at least, unless ticked 'more than'). A title left "
                "empty has no threshold: its tally shows shares and no verdict. A threshold "
                "whose regulation is left empty takes the quorum's."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)

    def refresh(self) -> None:
        rules = council.council_rules(self._db)
        self.share_of_combo.setCurrentIndex(
            max(self.share_of_combo.findData(rules.share_of if rules else None), 0)
        )
        quorum = rules.quorum if rules else None
        self.quorum_edit.setText(threshold_text(quorum.share) if quorum else "")
        self.regulation_edit.setText(quorum.regulation if quorum else "")
        self.article_edit.setText(quorum.article if quorum else "")
        thresholds = rules.thresholds if rules else {}
        forms = council.ballot_forms(self._db)
        self.codes = [code for code, _name in forms]
        self.table.setRowCount(len(forms))
        for row, (code, name) in enumerate(forms):
            held = thresholds.get(code)
            title = QTableWidgetItem(name)
            title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, TITLE, title)
            self.table.setItem(
                row, SHARE, QTableWidgetItem(threshold_text(held.share) if held else "")
            )
            box = QTableWidgetItem()
            box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            more_than = held is not None and not held.at_least
            box.setCheckState(Qt.CheckState.Checked if more_than else Qt.CheckState.Unchecked)
            self.table.setItem(row, MORE_THAN, box)
            self.table.setItem(row, REGULATION, QTableWidgetItem(held.regulation if held else ""))
            self.table.setItem(row, ARTICLE, QTableWidgetItem(held.article if held else ""))
            state = QTableWidgetItem(_state(held))
            state.setFlags(state.flags() & ~Qt.ItemFlag.ItemIsEditable)
            state.setToolTip(held.basis if held else "")
            self.table.setItem(row, STATE, state)
        fit_columns(self.table)
        # A long regulation's name is cut short on screen; it is whole in its cell.
        self.table.setColumnWidth(REGULATION, min(self.table.columnWidth(REGULATION), 380))
        self.problem.clear()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _share(self, text: str, where: str):
        try:
            return share_from_text(text)
        except KienanError as error:
            raise _at(where, error) from None

    def entered(self) -> tuple[str | None, dict[str, Threshold], Threshold | None]:
        """What the form holds, read as the core takes it; refused with the row or field."""
        quorum = None
        if self.quorum_edit.text().strip():
            where = _("Quorum")
            share = self._share(self.quorum_edit.text(), where)
            quorum = _threshold(share, self.regulation_edit.text(), self.article_edit.text(), where)
        thresholds = {}
        for row, code in enumerate(self.codes):
            if not self._text(row, SHARE):
                continue
            where = self._text(row, TITLE)
            share = self._share(self._text(row, SHARE), where)
            more_than = self.table.item(row, MORE_THAN).checkState() == Qt.CheckState.Checked
            regulation = self._text(row, REGULATION) or self.regulation_edit.text()
            article = self._text(row, ARTICLE)
            thresholds[code] = _threshold(share, regulation, article, where, not more_than)
        return self.share_of_combo.currentData(), thresholds, quorum

    def save(self) -> bool:
        try:
            share_of, thresholds, quorum = self.entered()
            changes = council.set_rules(self._db, share_of, thresholds, quorum)
        except KienanError as error:
            self.problem.setText(shown(error))
            return False
        self.refresh()
        self.changed.emit(changes)
        return True


def _at(where: str, error: KienanError) -> KienanError:
    """The core's refusal, said of the field or row it came from."""
    return KienanError(Message("{where}: {problem}", where=where, problem=error.args[0]))


def _threshold(share, regulation: str, article: str, where: str, at_least: bool = True):
    if not regulation.strip():
        raise KienanError(Message("{where}: name the regulation that sets it", where=where))
    try:
        return Threshold(share, regulation.strip(), article.strip(), at_least)
    except KienanError as error:
        raise _at(where, error) from None


def _state(held: Threshold | None) -> str:
    if held is None:
        return _("no threshold set")
    rule = _("at least {share}") if held.at_least else _("more than {share}")
    return rule.format(share=threshold_text(held.share))
