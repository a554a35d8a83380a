"""The certificate template editor (TemplateEditorDialog): a form over the template's
elements with a live preview on which they are dragged, and the template as JSON for export
and import."""

from kienan_awards.ui.dialogs.template_editor.dialog import TemplateEditorDialog

__all__ = ["TemplateEditorDialog"]
