"""The window: pages, table models and dialogs over kienan_awards.core."""
