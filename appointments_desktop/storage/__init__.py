"""Storage: opening the database, models, migrations, scopes and statistics. No Qt."""
