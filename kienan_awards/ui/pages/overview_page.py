"""The first page: what the database holds and the movements under way."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from kienan_awards.core.record_counts import record_counts


class OverviewPage(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("overview_page")
        self._db = db
        self.heading = QLabel(self.tr("Overview"))
        self.heading.setObjectName("page_heading")
        self._count_labels: dict[str, QLabel] = {}
        counts_box = QGroupBox(self.tr("Records"))
        counts_form = QFormLayout(counts_box)
        titles = {
            "units": self.tr("Units"),
            "people": self.tr("People"),
            "movements": self.tr("Emulation movements"),
            "decisions": self.tr("Decisions"),
            "awards": self.tr("Awards"),
        }
        for key, title in titles.items():
            label = QLabel()
            label.setObjectName(f"count_{key}")
            self._count_labels[key] = label
            counts_form.addRow(title, label)
        self.movements_box = QGroupBox(self.tr("Emulation movements"))
        self.movements_label = QLabel()
        self.movements_label.setWordWrap(True)
        QVBoxLayout(self.movements_box).addWidget(self.movements_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(counts_box)
        layout.addWidget(self.movements_box)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        for key, count in record_counts(self._db).items():
            self._count_labels[key].setText(f"{count:,}".replace(",", "."))
        rows = self._db.execute(
            """SELECT m.name, strftime('%d/%m/%Y', m.starts_on), strftime('%d/%m/%Y', m.ends_on),
                      (SELECT count(*) FROM targets t WHERE t.movement_id = m.id)
               FROM movements m ORDER BY m.starts_on DESC, m.id DESC LIMIT 5"""
        ).fetchall()
        if not rows:
            self.movements_label.setText(self.tr("No emulation movement recorded yet."))
            return
        lines = [
            self.tr("{name} ({start} - {end}): {targets} targets").format(
                name=name, start=start or "?", end=end or "?", targets=targets
            )
            for name, start, end, targets in rows
        ]
        self.movements_label.setText("\n".join(lines))
