"""A page's dialogs answered by the test instead of the clerk."""


def answer_with(page, fill):
    """The page's dialogs answered by ``fill`` (which sets fields and saves) instead of shown;
    the last one kept as page.last_dialog."""

    def answer(dialog):
        page.last_dialog = dialog
        fill(dialog)
        return dialog.result() == dialog.DialogCode.Accepted

    page.open_dialog = answer
