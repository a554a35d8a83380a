"""The dialogs the window opens (an import, an award, the trash, the templates, verifying a
certificate, the office at a first start, the demo data), each followed by what it changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kienan_awards.core.changes import EVERYTHING
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.records.office import office_on
from kienan_awards.core.records.record_counts import holds_records
from kienan_awards.ui.read_only import is_writable

if TYPE_CHECKING:
    from kienan_awards.ui.dialogs.award_dialog import AwardDialog
    from kienan_awards.ui.dialogs.import_dialog import ImportDialog
    from kienan_awards.ui.dialogs.template_editor import TemplateEditorDialog
    from kienan_awards.ui.dialogs.trash_dialog import TrashDialog
    from kienan_awards.ui.dialogs.verify_dialog import VerifyDialog
    from kienan_awards.ui.main_window.window import MainWindow

# The dialogs below are imported when first opened, not at start: with what they bring
# (the list reader, the certificate printer, the demo) they are a good part of the window's
# start-up time. The welcome too: most starts find the office recorded.

Ask = Callable[[QWidget, str, str], bool]


def ask_with_message_box(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class WindowDialogs(QObject):
    def __init__(self, db, window: MainWindow):
        super().__init__(window)
        self._db = db
        self._window = window

    def open_import_dialog(self) -> ImportDialog:
        from kienan_awards.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self._db, self._window)
        dialog.changed.connect(lambda changes: self._window.changes_made(changes, dialog))
        dialog.open()
        return dialog

    def open_award(self, award_id: int) -> AwardDialog:
        from kienan_awards.ui.dialogs.award_dialog import AwardDialog

        dialog = AwardDialog(self._db, award_id, self._window)
        dialog.changed.connect(lambda changes: self._window.changes_made(changes, dialog))
        dialog.open()
        return dialog

    def open_template_editor(self) -> TemplateEditorDialog:
        from kienan_awards.ui.dialogs.template_editor import TemplateEditorDialog

        dialog = TemplateEditorDialog(self._db, self._window)
        dialog.changed.connect(lambda changes: self._window.changes_made(changes, dialog))
        dialog.open()
        return dialog

    def open_verify(self) -> VerifyDialog:
        from kienan_awards.ui.dialogs.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self._db, self._window)
        dialog.open()
        return dialog

    def open_trash(self) -> TrashDialog:
        from kienan_awards.ui.dialogs.trash_dialog import TrashDialog

        dialog = TrashDialog(self._db, self._window)
        dialog.edited.connect(lambda group: self._window.edit_made(group, dialog))
        dialog.open()
        return dialog

    def start_a_movement(self) -> None:
        """The overview's first step: a new movement, on the page that follows it up."""
        self._window.show_page("movements")
        self._window.pages["movements"].new_movement()

    def offer_welcome(self, run=lambda dialog: dialog.exec()) -> bool:
        """At start, when no office is recorded for today (a new database, or one whose
        authority has ended), ask for it; the demo data may come with it. True when saved."""
        if not is_writable(self._db) or office_on(self._db) is not None:
            return False
        from kienan_awards.ui.dialogs.office_dialog import OfficeDialog

        dialog = OfficeDialog(
            self._db, self._window, welcome=True, mover=self._window.move_database_to
        )
        accepted = run(dialog) == QDialog.DialogCode.Accepted
        if accepted and dialog.moved_to is not None:
            self._window.reopen_moved_database(dialog.moved_to)
        elif accepted:
            self._window.changes_made(dialog.changes, dialog)
        return accepted

    def offer_demo_data(self, ask: Ask) -> bool:
        """On an empty database, ask whether to load the demo data; True when it was loaded."""
        if holds_records(self._db) or not is_writable(self._db):
            return False
        if not ask(
            self._window,
            _("Empty database"),
            _(
                "This database holds no records yet. Load the demo data, so that every page "
                "has something to show? (Choose No to start with an empty register.)"
            ),
        ):
            return False
        from kienan_awards.core import demo

        try:
            demo.load_demo(self._db)
        except KienanError as error:
            QMessageBox.warning(self._window, _("Demo data not loaded"), shown(error))
            return False
        self._window.changes_made(EVERYTHING)  # the demo fills every kind of record
        return True
