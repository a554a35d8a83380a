"""The certificate template editor: the template as text (positions in millimetres, fonts,
sizes, colours, which lines the stock carries), the words put before an achievement in a field
of their own, with a live preview on a real award."""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.documents.certificate_layout import (
    CertificateTemplate,
    all_templates,
    check_template,
    reset_template,
    save_template,
)
from kienan_awards.core.documents.certificates import sample_certificate
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.ui.certificate_preview import preview_painting
from kienan_awards.ui.chart_widget import ChartWidget

PREVIEW_DELAY_MS = 300
LEAD_IN_KEY = "achievement_lead_in"  # set in its own field, not in the text


class TemplateEditorDialog(QDialog):
    # After a template is saved or reset: the door's ChangeSet.
    changed = Signal(object)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Certificate templates"))
        self.resize(1300, 760)
        self._db = db
        self.template_combo = QComboBox()
        for code, template in all_templates(db).items():
            self.template_combo.addItem(template.name, code)
        self.template_combo.currentIndexChanged.connect(self.load_template)
        self.mode = QComboBox()
        self.mode.addItem(_("Full"), "full")
        self.mode.addItem(_("Pre-printed stock"), "preprinted")
        self.mode.currentIndexChanged.connect(self.update_preview)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("template_text")
        mono = QFont("Cousine")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.editor.setFont(mono)
        self.lead_in = QLineEdit()
        self.lead_in.setObjectName("achievement_lead_in")
        self.lead_in.setToolTip(
            _(
                "Printed before an achievement that does not begin with a verb; one that does "
                "is printed as it stands. Left empty, nothing is put before an achievement."
            )
        )
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.preview = ChartWidget()
        self.save_button = QPushButton(_("Save"))
        self.save_button.clicked.connect(self.save)
        reset = QPushButton(_("Back to the shipped template"))
        reset.clicked.connect(self.reset)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.editor.textChanged.connect(self._timer.start)
        self.lead_in.textChanged.connect(self._timer.start)
        top = QHBoxLayout()
        top.addWidget(self.template_combo, 1)
        top.addWidget(self.mode)
        wording = QFormLayout()
        wording.addRow(_("Before the achievement:"), self.lead_in)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(top)
        left_layout.addLayout(wording)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(reset)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        self.load_template()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # A preview still waiting for the clerk to stop typing is not drawn once the dialog
        # has closed: its database may be closed by then.
        self._timer.stop()
        super().hideEvent(event)

    def current_template(self) -> CertificateTemplate:
        """The template as typed, with the lead-in of its field; KienanError says what is
        wrong with it."""
        try:
            template = CertificateTemplate.from_json(self.editor.toPlainText())
        except (ValueError, TypeError, KeyError) as error:
            raise KienanError(
                _("the template text is not valid: {error}").format(error=error)
            ) from None
        template = replace(template, achievement_lead_in=" ".join(self.lead_in.text().split()))
        check_template(template)
        return template

    def load_template(self) -> None:
        template = all_templates(self._db)[self.template_combo.currentData()]
        layout = json.loads(template.to_json())
        self.lead_in.setText(layout.pop(LEAD_IN_KEY))
        self.editor.setPlainText(json.dumps(layout, ensure_ascii=False, indent=1))
        self.update_preview()

    def update_preview(self) -> bool:
        try:
            template = self.current_template()
        except KienanError as error:
            self.problem.setText(shown(error))
            self.save_button.setEnabled(False)
            return False
        self.problem.clear()
        self.save_button.setEnabled(True)
        sample = sample_certificate(self._db, template.forms, template.recipient_kinds)
        if sample is None:
            self.preview.set_painting(None)
            return True
        data, code, qr = sample
        self.preview.set_painting(
            preview_painting(data, code, qr, template, self.mode.currentData())
        )
        return True

    def save(self) -> bool:
        try:
            changes = save_template(self._db, self.current_template())
        except KienanError as error:
            self.problem.setText(shown(error))
            return False
        self.problem.setText(_("Saved."))
        self.changed.emit(changes)
        return True

    def reset(self) -> None:
        changes = reset_template(self._db, self.template_combo.currentData())
        self.load_template()
        self.changed.emit(changes)
