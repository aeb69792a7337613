"""The local SQLite store: connection set-up, migrations, backups and recovery."""
