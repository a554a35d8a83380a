"""The import wizard's steps: the file and what it holds, how its columns are read, every
row checked, and what was imported. ImportDialog (ui/dialogs/import_dialog.py) holds them."""
