"""The PySide6 user interface. Widgets call the services; they never build SQL."""
