"""The dashboard's dock widgets: upcoming appointments, statistics and the day's to-do lists."""
